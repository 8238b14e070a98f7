"""Helpers shared by the tests (importable as ``support``: pytest puts tests/ on the path)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared(*parts: str) -> Path:
    """A path inside ../shared (real third-party material, never copied into the repo).

    Fails, never skips, when it is missing: these tests need it and CI has it beside the clone.
    """
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.fail(f"{path} is missing: the tests read real material from ../shared/ beside the repository")
    return path
