"""A full disk is called a full disk, loses nothing acknowledged, and the project opens once space is freed.

The attack runs in a private tmpfs of 4 MB (``unshare``: as root a mount namespace, as a user a user
and mount namespace), so the real disk is never filled.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from factdesk.store.errors import DiskFull

HELPER = Path(__file__).resolve().parent / "helpers" / "fill_disk.py"
REPO = Path(__file__).resolve().parents[2]


def test_a_full_disk_is_said_plainly_and_the_project_opens_once_space_is_freed(tmp_path: Path) -> None:
    unshare = shutil.which("unshare")
    assert unshare, "this test needs «unshare» (util-linux) to make a small private disk"
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    namespace = ["-m"] if os.geteuid() == 0 else ["-r", "-m"]
    script = 'mount -t tmpfs -o size=4m tmpfs "$1" && shift && exec "$@"'
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUTF8": "1"}
    done = subprocess.run(
        [
            unshare,
            *namespace,
            "sh",
            "-c",
            script,
            "sh",
            str(mount_point),
            sys.executable,
            str(HELPER),
            str(mount_point),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["acked"] > 0
    assert report["kind"] == DiskFull.__name__, report
    assert "is full" in report["said"] and "Nothing was lost" in report["said"]
    assert "damaged" not in report["said"] and "could not be read" not in report["said"]
    assert report["opened"], report
    assert report["all_there"] and report["check"] == []
