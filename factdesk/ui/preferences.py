"""The user's preferences: a table of defaults, and only changed keys written.

Stored in an INI file in the user's config folder (platformdirs), or under ``FACTDESK_CONFIG_DIR``
when set (tests use a temporary folder).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir, user_log_dir
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase

DEFAULTS: dict[str, Any] = {
    "language": "ar",
    "tour_seen": False,  # the start screen offers the guided tour until it has been taken
    "reader_font": "",  # empty: the first installed font of READING_FONTS
    "reader_size": 15,
    "show_invisibles": False,
    "show_suggestions": False,  # View → Show check-worthy sentences
    "recent": [],
    "last_project": "",
    "reviewer": "",
    "interface_size": 0,  # the interface's text size in points; 0: the system's
    "panes_main": [],  # the sizes of the window's panes as last left (articles, reader, side)
    "panes_window": [],  # the top panes and the claims table
    "panes_sources": [],  # the sources list and its form
}

#: Arabic reading fonts, best first; DejaVu Sans is everywhere and covers Arabic.
READING_FONTS = (
    "Noto Naskh Arabic",
    "Amiri",
    "Scheherazade New",
    "Noto Sans Arabic",
    "Vazirmatn",
    "Dubai",
    "Segoe UI",
    "Tahoma",
    "Arial",
    "Geeza Pro",
    "DejaVu Sans",
)
MAX_RECENT = 10


def config_dir() -> Path:
    override = os.environ.get("FACTDESK_CONFIG_DIR")
    return Path(override) if override else Path(user_config_dir("FactDesk", appauthor=False))


def log_dir() -> Path:
    override = os.environ.get("FACTDESK_CONFIG_DIR")
    return Path(override) / "logs" if override else Path(user_log_dir("FactDesk", appauthor=False))


class Preferences:
    def __init__(self, path: Path | None = None) -> None:
        path = path or config_dir() / "factdesk.ini"
        path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self._qs.value(key, default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        if isinstance(default, list):
            if value in (None, ""):
                return []
            return [value] if isinstance(value, str) else list(value)
        return value if value is not None else default

    def set(self, key: str, value: Any) -> None:
        if value == DEFAULTS[key]:
            self._qs.remove(key)
        else:
            self._qs.setValue(key, value)
        self._qs.sync()

    def remember_project(self, path: str) -> None:
        recent = [p for p in self.get("recent") if p != path]
        self.set("recent", [path, *recent][:MAX_RECENT])
        self.set("last_project", path)

    def reading_font(self) -> str:
        chosen = self.get("reader_font")
        families = set(QFontDatabase.families())
        if chosen and chosen in families:
            return chosen
        return next((f for f in READING_FONTS if f in families), "DejaVu Sans")
