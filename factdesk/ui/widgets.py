"""Small widgets shared by the screens."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from factdesk.ui.models import COLOR_ROLE


class ChipDelegate(QStyledItemDelegate):
    """Draws a verdict as a coloured rounded chip with its label."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
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
        painter.setPen(QColor("#ffffff"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        return QSize(option.fontMetrics.horizontalAdvance(text) + 30, option.fontMetrics.height() + 10)
