"""Shared fixtures: fresh projects in temporary folders, the demo project, the shared corpus."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from support import REPO, SHARED, Cli, shared  # noqa: F401  (re-exported for fixtures)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "work.factdesk"


@pytest.fixture
def project(project_path: Path) -> Iterator:
    from factdesk.store.project import Project

    p = Project.create(project_path)
    try:
        yield p
    finally:
        p.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo project built once per session; copy it before changing it."""
    from factdesk.app.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.factdesk"
    build_demo(path)
    return path


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    import sqlite3

    target = tmp_path / "demo.factdesk"
    src = sqlite3.connect(demo_file)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


@pytest.fixture
def cli(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    """Run ``python -m factdesk ARGS`` as a user would; crash logs (if any) go to a temp folder."""
    state = tmp_path_factory.mktemp("state")
    env = {**os.environ, "XDG_STATE_HOME": str(state), "PYTHONUTF8": "1"}

    def run(*args: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "factdesk", *map(str, args)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=120,
        )

    return run
