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


def page_owners(path: Path) -> dict[int, str]:
    """The table or index owning each page of the file (SQLite's dbstat)."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return {int(p): str(name) for name, p in conn.execute("SELECT name, pageno FROM dbstat")}
    finally:
        conn.close()


def overwrite_pages(path: Path, pages: list[int], seed: int) -> None:
    """Random bytes (from ``seed``) over whole pages of the file."""
    from factdesk.store.header import read_header

    size = read_header(path).page_size
    rng = random.Random(seed)
    with open(path, "r+b") as fh:
        for page in pages:
            fh.seek((page - 1) * size)
            fh.write(rng.randbytes(size))


def damage_data_pages(path: Path) -> None:
    """Random bytes over the middle data pages, leaving the schema readable (so the file opens)."""
    from factdesk.store.header import read_header

    owners = page_owners(path)
    count = read_header(path).page_count
    pages = [p for p in range(count // 3 + 1, 2 * count // 3 + 1) if owners.get(p) != "sqlite_schema"]
    assert len(pages) >= 5
    overwrite_pages(path, pages, seed=9)


def garble(text: str, codec: str) -> str:
    """What a tool does when it reads UTF-8 as ``codec`` and saves the result as UTF-8 again."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode(codec))
        except UnicodeDecodeError:
            out.append(chr(byte))  # Windows-1252 tools pass its five undefined bytes through
    return "".join(out)


def operations_used(*paths: Path) -> set[str]:
    """The operation classes (``ops.Name``) the modules at ``paths`` build, directly or through the
    application-layer modules (``factdesk.app.…``) they import: what an interface can reach."""
    import ast

    seen: set[Path] = set()
    todo, used = list(paths), set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "ops"
            ):
                used.add(node.attr)
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("factdesk.app"):
                module = REPO / Path(*str(node.module).split("."))
                todo.append(
                    module.with_suffix(".py")
                    if module.with_suffix(".py").exists()
                    else module / "__init__.py"
                )
    return used


def fresh_copy_of_articles(source: Path, target: Path) -> None:
    """A new project at ``target`` holding the same articles as the project ``source`` (and nothing
    else): where annotations exported from ``source`` can be imported again."""
    from factdesk.core import model
    from factdesk.core import operations as ops
    from factdesk.store.project import Project

    with Project.open(source, readonly=True) as old:
        rows = old.read.rows(model.ARTICLE)
    fields = ("title", "outlet", "author", "place", "url", "published", "language", "origin")
    with Project.create(target) as new:
        for row in rows:
            new.run(ops.ImportArticle(str(row["text"]), **{f: str(row[f] or "") for f in fields}))
