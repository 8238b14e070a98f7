"""The ``factdesk`` command: the window, or the command line.

``factdesk`` alone opens the window (on the last project, or the start screen), ``factdesk
PATH`` opens that project in the window, ``factdesk open PATH`` too; ``factdesk --smoke`` is the
self-check of an installed copy (:func:`factdesk.ui.app.smoke`); anything else is a command of
:mod:`factdesk.cli`, which never imports Qt.
"""

from __future__ import annotations

import sys
from pathlib import Path


def wants_window(argv: list[str]) -> tuple[bool, str | None]:
    from factdesk.cli import cli

    if not argv:
        return True, None
    first = argv[0]
    if first == "open" and len(argv) == 2 and not argv[1].startswith("-"):
        return True, argv[1]
    if first.startswith("-") or first in cli.commands:
        return False, None
    if len(argv) == 1 and (first.endswith(".factdesk") or Path(first).is_file()):
        return True, first
    return False, None


def main() -> None:
    argv = sys.argv[1:]
    if argv == ["--smoke"]:
        from factdesk.ui.app import smoke

        sys.exit(smoke())
    window, path = wants_window(argv)
    if window:
        from factdesk.ui.app import run

        sys.exit(run(path))
    from factdesk.cli import main as cli_main

    cli_main()
