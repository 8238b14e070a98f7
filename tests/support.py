"""Helpers shared by the tests (importable as ``support``: pytest puts tests/ on the path)."""

from __future__ import annotations

import random
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

#: ``cli(*args)``: run ``python -m factdesk ARGS`` as a user would (the ``cli`` fixture of tests/conftest.py).
Cli = Callable[..., subprocess.CompletedProcess[str]]


def run_job(qtbot: Any, job: Any, signal: str = "finished") -> Any:
    """Start a window's background ``job`` and wait for its signal (connected first, so it cannot be
    missed); what the signal carried."""
    with qtbot.waitSignal(getattr(job, signal), timeout=30_000) as blocker:
        job.start()
    return blocker.args[0] if blocker.args else None


def shared(*parts: str) -> Path:
    """A path inside ../shared (real third-party material, never copied into the repo).

    Fails, never skips, when it is missing: these tests need it and CI has it beside the clone.
    """
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.fail(f"{path} is missing: the tests read real material from ../shared/ beside the repository")
    return path


def damage_data_pages(path: Path) -> None:
    """Random bytes over the middle data pages, leaving the schema readable (so the file opens)."""
    from factdesk.store.header import read_header

    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        owners = {int(p): str(n) for n, p in conn.execute("SELECT name, pageno FROM dbstat")}
    finally:
        conn.close()
    count = read_header(path).page_count
    pages = [p for p in range(count // 3 + 1, 2 * count // 3 + 1) if owners.get(p) != "sqlite_schema"]
    assert len(pages) >= 5
    size = read_header(path).page_size
    rng = random.Random(9)
    with open(path, "r+b") as fh:
        for page in pages:
            fh.seek((page - 1) * size)
            fh.write(rng.randbytes(size))
