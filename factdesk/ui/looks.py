"""How the window looks: fonts and colours set through palettes, not an application style sheet.

A style sheet on the whole application makes Qt style every widget through its slower
style-sheet engine (it cost a sixth of start-up); the few emphases FactDesk wants are set here
on the widgets that carry their object names.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

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
