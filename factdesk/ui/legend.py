"""The key to the reader's colours: each verdict's highlight, a plain mark, overlaps, search hits
and check-worthy sentences, each swatch drawn as the reader draws it on its page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QShowEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from factdesk.store.read import VerdictInfo
from factdesk.ui import looks, reader
from factdesk.ui.labels import verdict_text
from factdesk.ui.widgets import PlainLabel

#: How many swatches a row of the key holds.
COLUMNS = 3


def _t(text: str) -> str:
    return QCoreApplication.translate("Legend", text)


def swatch(colour: QColor, alpha: int, underline: QColor | None = None, dotted: bool = False) -> QPixmap:
    """A small piece of the reading page with ``colour`` laid over it as the reader lays it."""
    size = 30, 16
    pixmap = QPixmap(*size)
    pixmap.fill(QColor(looks.READER_BACKGROUND))
    painter = QPainter(pixmap)
    try:
        fill = QColor(colour)
        fill.setAlpha(alpha)
        painter.fillRect(0, 2, size[0], size[1] - 5, fill)
        if underline is not None:
            pen = QPen(underline, 2, Qt.PenStyle.DotLine if dotted else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPoint(0, size[1] - 2), QPoint(size[0], size[1] - 2))
        painter.setPen(QColor("#9e9e9e"))
        painter.drawRect(0, 0, size[0] - 1, size[1] - 1)
    finally:
        painter.end()
    return pixmap


class HighlightLegend(QWidget):
    """What each colour of the reader means (the «Colour key» button by the reader shows it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highlightLegend")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(4, 2, 4, 2)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(2)
        self.entries: list[tuple[str, QColor]] = []  # what the key says, and the colour it shows
        self._verdicts: list[VerdictInfo] = []
        self._dirty = True

    def set_verdicts(self, verdicts: list[VerdictInfo]) -> None:
        self._verdicts = list(verdicts)
        self._dirty = True
        if self.isVisible():  # a hidden key is built when it is first shown: nothing at start-up
            self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.retranslate()
        super().showEvent(event)

    def retranslate(self) -> None:
        self._dirty = False
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        alpha = reader.HIGHLIGHT_ALPHA
        rows: list[tuple[str, QPixmap, QColor]] = []
        for v in self._verdicts:
            colour = QColor(v.color or reader.NEUTRAL.name())
            rows.append((verdict_text(v.label_ar, v.label_en), swatch(colour, alpha), colour))
        plain = reader.NEUTRAL
        rows.append(
            (_t("Plain mark (no claim yet)"), swatch(plain, alpha, plain.darker(130), dotted=True), plain)
        )
        deeper = QColor(reader.NEUTRAL)
        rows.append(
            (
                _t("Overlaps (deeper, underlined)"),
                swatch(deeper, alpha + 55, deeper.darker(160)),
                deeper,
            )
        )
        rows.append((_t("Search hit"), swatch(reader.HIT, 255), reader.HIT))
        rows.append(
            (_t("Check-worthy sentence"), swatch(QColor(0, 0, 0, 0), 0, reader.SUGGESTION), reader.SUGGESTION)
        )
        self.entries = [(text, colour) for text, _pixmap, colour in rows]
        for index, (text, pixmap, _colour) in enumerate(rows):
            row, column = divmod(index, COLUMNS)
            box = PlainLabel(self)
            box.setPixmap(pixmap)
            box.setAccessibleName(text)
            words = PlainLabel(text, self)
            self._grid.addWidget(box, row, 2 * column)
            self._grid.addWidget(words, row, 2 * column + 1)
            box.show()  # made while the key is being shown: children added then stay hidden otherwise
            words.show()
        for column in range(COLUMNS):
            self._grid.setColumnStretch(2 * column + 1, 1)
