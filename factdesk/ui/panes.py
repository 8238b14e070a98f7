"""The sizes of the window's panes, as the user left them: restored on opening, saved on moving.

Each splitter is remembered under its own preference key (``panes_<name>``); a saved list that does
not fit the splitter any more (a pane added since) is ignored, so the defaults apply.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSplitter

from factdesk.ui.preferences import Preferences

#: How long after the last move the sizes are written (ms): a drag moves the splitter many times.
SAVE_DELAY_MS = 400


class PaneMemory(QObject):
    def __init__(self, prefs: Preferences, splitters: dict[str, QSplitter], parent: QObject | None = None):
        super().__init__(parent)
        self.prefs = prefs
        self.splitters = splitters
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        for name, splitter in splitters.items():
            sizes = self.saved(name)
            if len(sizes) == splitter.count() and sum(sizes) > 0:
                splitter.setSizes(sizes)
            splitter.splitterMoved.connect(lambda *_: self._timer.start())

    def saved(self, name: str) -> list[int]:
        try:
            return [max(0, int(v)) for v in self.prefs.get(f"panes_{name}")]
        except (TypeError, ValueError):
            return []

    def save(self) -> None:
        """Write the current sizes now (also when the project closes, before a pending write)."""
        self._timer.stop()
        for name, splitter in self.splitters.items():
            sizes = splitter.sizes()
            if sum(sizes) > 0:
                self.prefs.set(f"panes_{name}", [str(s) for s in sizes])
