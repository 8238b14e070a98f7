"""Application-layer tests: plain Python, except the agreement tests, which also drive the window
(pytest-qt, offscreen) and so get their own preferences and log folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Preferences and the crash log go to a temporary folder, never the user's."""
    monkeypatch.setenv("FACTDESK_CONFIG_DIR", str(tmp_path / "config"))
