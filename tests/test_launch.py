"""`factdesk` starts the window or the command line, as the user asked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import REPO

from factdesk.launch import wants_window


@pytest.mark.parametrize(
    "argv,expected",
    [
        ([], (True, None)),
        (["demo.factdesk"], (True, "demo.factdesk")),
        (["open", "x.factdesk"], (True, "x.factdesk")),
        (["claims", "x.factdesk"], (False, None)),
        (["--help"], (False, None)),
        (["demo", "out.factdesk"], (False, None)),
        (["no-such-command", "x"], (False, None)),
    ],
)
def test_which_interface(argv: list[str], expected: tuple[bool, str | None]) -> None:
    assert wants_window(argv) == expected


def test_the_real_entry_point_opens_the_demo_in_the_window(demo_copy: Path, tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        FACTDESK_EXIT_WHEN_SHOWN="1",
        FACTDESK_CONFIG_DIR=str(tmp_path / "config"),
    )
    done = subprocess.run(
        [sys.executable, "-m", "factdesk", str(demo_copy)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f"shown: {demo_copy.name}" in done.stdout
    assert "Traceback" not in done.stderr


def test_the_self_check_builds_the_demo_opens_it_and_exits_cleanly(tmp_path: Path) -> None:
    """`factdesk --smoke` is what the packaged builds run: it must pass on a sound install, and leave
    the user's preferences alone (it keeps its own in its temporary folder)."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        FACTDESK_CONFIG_DIR=str(tmp_path / "config"),
        PYTHONPATH=str(REPO),  # run from elsewhere: this checkout's factdesk, not an installed one
    )
    done = subprocess.run(
        [sys.executable, "-m", "factdesk", "--smoke"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-check passed" in done.stdout
    assert "FAILED" not in done.stdout
    assert "the article list shows 3 articles" in done.stdout
    assert "Qt's own catalogue is loaded" in done.stdout
    assert not (tmp_path / "config").exists(), "the self-check wrote into the user's configuration folder"
    assert list(tmp_path.iterdir()) == [], "the self-check left files in the working folder"
