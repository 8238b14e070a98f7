"""The Qt-free packages type-check under mypy's strict settings (``[tool.mypy]`` in pyproject.toml).

mypy runs from the repository root, so it reads this checkout's code and its configuration (the packages
it checks are listed there once); its cache goes to a fresh temporary folder, so a clean clone behaves
the same as a developer's tree.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from support import REPO


def test_mypy_is_clean_on_the_qt_free_packages(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "mypy-cache")]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert "No module named mypy" not in done.stderr, (
        "mypy is missing: install the dev extra (pip install -e .[dev])"
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success: no issues found" in done.stdout, done.stdout + done.stderr


def test_mypy_checks_every_package_below_the_interfaces() -> None:
    """A new Qt-free package is type-checked too, and so is the command line: only the window (and the
    entry points that start it) are left out of the list mypy reads."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    packages = {p.name for p in (REPO / "factdesk").iterdir() if (p / "__init__.py").is_file()}
    expected = {f"factdesk.{name}" for name in packages - {"ui"}} | {"factdesk.cli", "factdesk.packaged"}
    assert expected == set(config["packages"])
