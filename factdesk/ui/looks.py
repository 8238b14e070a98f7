"""How the window looks: fonts and colours set through palettes, not an application style sheet.

A style sheet on the whole application makes Qt style every widget through its slower
style-sheet engine (it cost a sixth of start-up); the few emphases FactDesk wants are set here
on the widgets that carry their object names.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QProxyStyle, QStyle, QWidget

from factdesk.ui import i18n

#: object name -> (point size change, bold, text colour)
LABELS = {
    "sectionLabel": (0, True, "#37474f"),
    "readerTitle": (4, True, "#263238"),
    "readerMeta": (0, False, "#607d8b"),
    "detailHeading": (0, True, "#455a64"),
    "startTitle": (16, True, "#1a237e"),
}
READER_BACKGROUND = "#fffdf8"


def apply(root: QWidget) -> None:
    """Give every named label under ``root`` its emphasis."""
    for label in root.findChildren(QLabel):
        spec = LABELS.get(label.objectName())
        if spec is None:
            continue
        delta, bold, colour = spec
        font = QFont(label.font())
        if delta:
            font.setPointSizeF(font.pointSizeF() + delta)
        font.setBold(bold)
        label.setFont(font)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        label.setPalette(palette)


def paper(editor: QPlainTextEdit) -> None:
    """A warm reading background for article text."""
    palette = editor.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(READER_BACKGROUND))
    editor.setPalette(palette)


class InterfaceStyle(QProxyStyle):
    """The platform's style, but for one thing: in Arabic, keyboard mnemonics are not underlined.

    A line under an Arabic letter («&ملف») reads as a diacritic (a kasra) or a dot, and changes the
    word. The mnemonic itself still works (Alt+م opens the menu); only its mark is not drawn. Asked
    at every paint, so switching the language takes effect at once."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: Any = None,
        widget: Any = None,
        returnData: Any = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_UnderlineShortcut and i18n.current_language() == "ar":
            return 0
        return super().styleHint(hint, option, widget, returnData)


_style: InterfaceStyle | None = None


def install_style(app: QApplication) -> InterfaceStyle:
    """Wrap the application's style in :class:`InterfaceStyle` (once)."""
    current = app.style()
    if isinstance(current, InterfaceStyle):
        return current
    global _style
    _style = InterfaceStyle(current.name())  # held here too: Qt calls back into this Python object
    app.setStyle(_style)
    return _style
