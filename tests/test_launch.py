"""`factdesk` starts the window or the command line, as the user asked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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
