"""Help → Keyboard shortcuts: every key of the window's actions, read from the actions themselves
(which take their keys from the one table in :mod:`factdesk.ui.actions`), so the list cannot drift
from what the keys do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factdesk.core import text as textrules
from factdesk.ui.actions import Actions, all_shortcuts
from factdesk.ui.widgets import isolated


def shortcut_rows(actions: Actions) -> list[tuple[str, str]]:
    """(what the action does, its key as this platform writes it) for every action with a key."""
    rows = []
    for name, _key in all_shortcuts():
        action = actions.action_named(name)
        if action is None or action.shortcut().isEmpty():
            continue
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
        rows.append((text, action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
    return rows


class ShortcutsDialog(QDialog):
    """A table of every action and its key; typing filters it."""

    def __init__(self, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from factdesk.ui.dialogs import interface_direction

        self.setLayoutDirection(interface_direction())
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 640)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter by action or key…"))
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Key")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.rows = shortcut_rows(actions)
        self.table.setRowCount(len(self.rows))
        for i, (text, key) in enumerate(self.rows):
            what = QTableWidgetItem(text)
            if textrules.base_direction(text) == "rtl":
                what.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, 0, what)
            # a key reads left to right in either language: «Ctrl+Shift+K», never «K+Shift+Ctrl»
            self.table.setItem(i, 1, QTableWidgetItem(isolated(key)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.filter.setFocus()

    def _filter(self, typed: str) -> None:
        wanted = typed.strip().casefold()
        for i, (text, key) in enumerate(self.rows):
            shown = not wanted or wanted in text.casefold() or wanted in key.casefold()
            self.table.setRowHidden(i, not shown)

    def shown_rows(self) -> list[tuple[str, str]]:
        """The rows the filter leaves in sight."""
        return [row for i, row in enumerate(self.rows) if not self.table.isRowHidden(i)]


__all__ = ["ShortcutsDialog", "shortcut_rows"]
