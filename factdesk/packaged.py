"""Where the data files FactDesk ships are: in the installed package, or in the source folder.

The repository keeps them in its top-level ``resources/`` (catalogues, gazetteer, icons) and
``seeds/`` (the demo's articles) folders; the wheel carries them as ``factdesk/resources`` and
``factdesk/seeds`` (``[tool.setuptools.package-dir]`` in pyproject.toml). They are found through
:mod:`importlib.resources` in an installed FactDesk, and beside the package in a source checkout
(or an editable install, whose ``factdesk`` folder is the checkout's). Qt-free and stdlib only, so
every layer may ask.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path
from typing import Final, Literal

__all__ = ["folder", "resource", "seeds"]

#: The source checkout: the folder that holds the ``factdesk`` package.
SOURCE_TREE: Final = Path(__file__).resolve().parents[1]


def folder(name: Literal["resources", "seeds"]) -> Path:
    """The shipped folder ``name``: the installed package's copy, else the source checkout's."""
    installed = importlib.resources.files("factdesk") / name
    if isinstance(installed, Path) and installed.is_dir():
        return installed
    return SOURCE_TREE / name


def resource(*parts: str) -> Path:
    """A file under ``resources/`` (``resource("i18n", "factdesk_ar.qm")``); it may not exist."""
    return folder("resources").joinpath(*parts)


def seeds() -> Path:
    """The demo's seed articles and their ``seeds.json``."""
    return folder("seeds")
