"""Small widgets shared by the screens, and the one safe path for showing stored text.

Everything a project holds (titles, outlets, claims, notes, file names) came from outside: an
imported page, a pasted text, someone else's project file. Qt reads any label, tooltip or message
box text as rich text when :func:`Qt.mightBeRichText` says it looks like HTML, and rich text loads
``<img src="file://…">`` and follows styles. So stored text reaches the screen only through
:class:`PlainLabel` (a label that is plain text by construction) and :func:`literal` (a tooltip or
message text that shows its characters, whatever they look like). ``tests/test_architecture.py``
fails when a label, tooltip or message box in ``factdesk/ui`` goes round them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from factdesk.ui import bidi, looks

#: A tooltip or message longer than this shows its beginning and an ellipsis: a 100,000-character
#: title is still shown literally, but not laid out whole in a floating window.
LITERAL_LIMIT = 2000
#: A label asks for at most this many characters' width (its preferred width), and never needs more
#: than the second (its minimum): a long unbroken title is cut at the edge, not the window widened.
WIDTH_CHARS = 120
MIN_WIDTH_CHARS = 40


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` x ``height``, or less where its screen is smaller (a laptop's
    1366 x 768): a window or dialog never opens taller or wider than the screen it is on, with room
    left for the title bar and a panel. Its layout still sets the least it can shrink to."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 24), min(height, room.height() - 64)
    widget.resize(max(width, 200), max(height, 150))


def literal(text: str, limit: int = LITERAL_LIMIT) -> str:
    """``text`` as a tooltip or message box shows it literally.

    Qt treats such text as rich text when it looks like HTML (``Qt.mightBeRichText``); then it is
    escaped and wrapped so that ``<img src=…>`` shows as those characters and loads nothing, and
    line breaks and runs of spaces stay as typed. Text that Qt would show as plain is returned as
    it is (so most tooltips are unchanged). Longer than ``limit``: cut, with an ellipsis."""
    if len(text) > limit:
        text = text[:limit] + "…"
    if not text or not GuiQt.mightBeRichText(text):
        return text
    return f'<p style="white-space:pre-wrap">{html.escape(text, quote=False)}</p>'


def joined(parts: list[str] | tuple[str, ...]) -> str:
    """Stored fields on one line («outlet · author · place»), each isolated: see :func:`bidi.line`."""
    return bidi.line(parts)


def no_mnemonic(text: str) -> str:
    """``text`` for a button, a check box or a group title, where Qt reads ``&`` as the mark of a
    keyboard shortcut: «Q&A» stays «Q&A» instead of «QA» with an underlined A."""
    return text.replace("&", "&&")


def plain_title(text: str) -> str:
    """``text`` for a window title, where Qt reads ``[*]`` as the place of the unsaved-changes
    mark and hides it: a file named «draft[*]» keeps its name."""
    return text.replace("[*]", "[*][*]")


class PlainLabel(QLabel):
    """A label whose text is always shown as the characters it holds: never rich text, never a
    link, never an image. Every label of the window is one (``QLabel`` itself is auto-detecting:
    an article title starting with ``<img src="file:///dev/zero">`` would be read as HTML)."""

    def __init__(self, text: str | QWidget | None = None, parent: QWidget | None = None) -> None:
        if isinstance(text, QWidget):
            text, parent = None, text
        super().__init__(parent)
        super().setTextFormat(Qt.TextFormat.PlainText)
        self.setOpenExternalLinks(False)
        if text:
            self.setText(text)

    def setTextFormat(self, _format: Qt.TextFormat) -> None:
        """Stays plain text, whatever is asked."""
        super().setTextFormat(Qt.TextFormat.PlainText)

    def limit_lines(self, lines: int) -> None:
        """Show at most ``lines`` lines (the rest is cut off, the text itself is kept whole): a
        100,000-character title must not push the article off the window."""
        margins = self.contentsMargins()
        self.setMaximumHeight(
            self.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom() + 2 * self.margin()
        )

    def minimumSizeHint(self) -> QSize:
        """Never wider than a line of about 40 characters, however long an unbroken word of the
        text: a title of 100,000 letters without a space would otherwise be the window's minimum."""
        hint = super().minimumSizeHint()
        return QSize(
            min(hint.width(), self.fontMetrics().averageCharWidth() * MIN_WIDTH_CHARS), hint.height()
        )

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * WIDTH_CHARS), hint.height())


def shortened(text: str, limit: int = 200) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, for a button or a choice that names
    stored text (the whole text is shown where it is the subject)."""
    return text if len(text) <= limit else text[:limit] + "…"


class ChipDelegate(QStyledItemDelegate):
    """Draws a verdict as a coloured rounded chip with its label."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        from factdesk.ui.models import COLOR_ROLE  # here: the models use this module's literal()

        color = index.data(COLOR_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        metrics = option.fontMetrics
        width = min(option.rect.width() - 8, metrics.horizontalAdvance(text) + 18)
        height = min(option.rect.height() - 6, metrics.height() + 6)
        x = option.rect.x() + (option.rect.width() - width) // 2
        y = option.rect.y() + (option.rect.height() - height) // 2
        chip = QRect(x, y, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color or "#9e9e9e"))
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setPen(looks.ink_on(color or "#9e9e9e"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        return QSize(option.fontMetrics.horizontalAdvance(text) + 30, option.fontMetrics.height() + 10)


def isolated(value: object) -> str:
    """A path, a date or an address kept whole and left to right inside a line of either direction:
    see :func:`bidi.ltr`."""
    return bidi.ltr(value)
