"""The new-claim dialog: the quote it comes from, and room to put the claim in one's own words.

Enter finishes (as in any one-line question); Ctrl+Enter (or Shift+Enter) starts a new line. The
editor wraps words, and the dialog is large enough to rephrase a long claim without scrolling.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from factdesk.ui.widgets import PlainLabel

#: How much of a long quote the dialog shows above the editor (the claim starts as the whole quote).
QUOTE_SHOWN = 600


class ClaimTextEdit(QPlainTextEdit):
    """Word-wrapped text where Enter finishes and Ctrl+Enter or Shift+Enter starts a new line."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)  # Tab goes on to the buttons

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            mods = e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
                self.textCursor().insertText("\n")
                self.ensureCursorVisible()
            elif mods == Qt.KeyboardModifier.NoModifier:
                self.finished.emit()
            else:
                super().keyPressEvent(e)
            return
        super().keyPressEvent(e)


class NewClaimDialog(QDialog):
    """Ask for a claim in the fact-checker's words, starting from the selected quote."""

    def __init__(self, quote: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from factdesk.ui.dialogs import embed, interface_direction

        self.setLayoutDirection(interface_direction())
        self.setWindowTitle(self.tr("New claim"))
        self.resize(760, 440)
        self.setSizeGripEnabled(True)
        shown = quote if len(quote) <= QUOTE_SHOWN else quote[:QUOTE_SHOWN] + "…"
        self.quote_label = PlainLabel(f"«{embed(shown)}»", self)
        self.quote_label.setWordWrap(True)
        self.quote_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.quote_label.setMargin(6)
        self.quote_label.setToolTip(self.tr("The selected passage"))
        self.prompt = PlainLabel(self.tr("The claim in your own words:"), self)
        self.hint = PlainLabel(self.tr("Enter makes the claim; Ctrl+Enter starts a new line."), self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.editor = ClaimTextEdit(self)
        self.editor.setPlainText(quote)
        self.editor.selectAll()
        self.editor.setMinimumHeight(160)
        self.prompt.setBuddy(self.editor)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make the claim"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote_label)
        layout.addWidget(self.prompt)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.editor.finished.connect(self.accept)
        self.editor.textChanged.connect(self._update_ok)
        self._update_ok()
        self.editor.setFocus()

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text()))

    def accept(self) -> None:
        if self.text():
            super().accept()

    @staticmethod
    def ask(quote: str, parent: QWidget | None = None) -> str | None:
        """The claim as the user wrote it, or None if they cancelled."""
        dialog = NewClaimDialog(quote, parent)
        try:
            return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


__all__ = ["ClaimTextEdit", "NewClaimDialog"]
