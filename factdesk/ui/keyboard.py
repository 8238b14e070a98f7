"""The keyboard's rules that no single widget can keep: Ctrl+Z reaches the project's undo unless a
text field has an edit of its own to take back.

Qt gives Ctrl+Z to whichever text field has the focus, even one with nothing to undo (its undo
history is empty, or was reset when the claim it shows was reloaded). Then the key does nothing
and the project's Edit → Undo never runs. :class:`ProjectUndoFirst` lets a text field keep the key
only while it has its own typing to undo (or redo).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

StdKey = QKeySequence.StandardKey
#: The property that marks a text field already watched.
WATCHED = "factdeskUndoFirst"


def own_history(widget: QObject, redo: bool) -> bool | None:
    """Whether a text field has typing of its own to undo (or redo); None if it is no text field."""
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        if widget.isReadOnly():
            return False
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return None


class ProjectUndoFirst(QObject):
    """For one window: in its text fields, Undo and Redo go to the field only while it has its own
    typing to take back; otherwise to the project. Each text field is watched from the first time
    it takes the focus (no filter on the whole application: that would see every event)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if (
            isinstance(new, QLineEdit | QPlainTextEdit | QTextEdit)
            and not new.property(WATCHED)
            and new.window() is self._window
        ):
            new.setProperty(WATCHED, True)
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if event.matches(StdKey.Undo):
            redo = False
        elif event.matches(StdKey.Redo):
            redo = True
        else:
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        if own_history(watched, redo) is False:
            event.ignore()  # not the field's: the window's shortcut takes it
            return True
        return False


__all__ = ["ProjectUndoFirst", "own_history"]
