"""The crash log: one writer for the command line and the window.

An unexpected error is written with its traceback to ``factdesk.log`` under the user's log folder
(``FACTDESK_CONFIG_DIR/logs`` when that is set), for a bug report; the interface then says in plain
words that nothing saved was lost and where the details are.
"""

from __future__ import annotations

import os
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

LOG_NAME = "factdesk.log"


def log_dir() -> Path:
    """Where the log is written (the same folder for both interfaces)."""
    override = os.environ.get("FACTDESK_CONFIG_DIR")
    if override:
        return Path(override) / "logs"
    from platformdirs import user_log_dir

    return Path(user_log_dir("FactDesk", appauthor=False))


def log_crash(exc: BaseException, tb: TracebackType | None = None, *, context: str | None = None) -> Path:
    """Append ``exc`` with its traceback to the log; the log's path. ``context`` says what was running
    (by default the command line's arguments)."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    what = " ".join(sys.argv[1:]) if context is None else context
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"--- {datetime.now().isoformat()} factdesk {what}".rstrip() + "\n")
        fh.write(
            "".join(traceback.format_exception(type(exc), exc, tb if tb is not None else exc.__traceback__))
        )
    return path


def crash_message(exc: BaseException, log: Path) -> str:
    """What the command line says of an unexpected error (the window words it in its own language)."""
    return (
        f"something unexpected went wrong ({type(exc).__name__}: {exc}). "
        f"Nothing saved was lost. Details are in {log}"
    )
