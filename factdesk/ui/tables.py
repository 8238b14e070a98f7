"""How the claims and articles tables are set up, in one place (the window and the benchmarks
use the same code).

Columns get widths from the font, not from their contents: measuring contents asks the model for
hundreds of rows (75,000 ``data()`` calls at 10,000 claims) before the first paint.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from factdesk.core import text as textrules
from factdesk.ui.widgets import ChipDelegate


def _width(view: QTableView, *samples: str, pad: int = 24) -> int:
    """Wide enough for every sample in the cells' font and in the header's (both languages)."""
    cell, head = view.fontMetrics(), view.horizontalHeader().fontMetrics()
    return max(max(cell.horizontalAdvance(s), head.horizontalAdvance(s)) for s in samples) + pad


class AutoDirectionDelegate(QStyledItemDelegate):
    """Lays out each cell in the direction of its own text, so an Arabic claim reads right to left
    (closing «» and figures in place) even under the English, left-to-right interface."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        direction = textrules.base_direction(option.text)
        if direction == "rtl":
            option.direction = Qt.LayoutDirection.RightToLeft
            option.displayAlignment = (
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
            )
        elif direction == "ltr":
            option.direction = Qt.LayoutDirection.LeftToRight


def setup_claims_table(view: QTableView) -> None:
    """Verdict chip, claim (stretching), appearances, sources, last change; sorting in SQL."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
    view.verticalHeader().hide()
    view.setItemDelegateForColumn(0, ChipDelegate(view))
    header = view.horizontalHeader()
    # no sort indicator at first: claims in the order they were made (sorting then in SQL)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.setSortIndicatorShown(True)
    view.setSortingEnabled(True)
    for col in range(header.count()):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    view.setItemDelegateForColumn(1, AutoDirectionDelegate(view))
    view.setColumnWidth(0, _width(view, "صحيح في معظمه", "Mostly true", pad=36))
    view.setColumnWidth(2, _width(view, "99 في 99 مقالًا", "99 in 99 article(s)", "Appearances"))
    view.setColumnWidth(3, _width(view, "المصادر", "Sources"))
    view.setColumnWidth(4, _width(view, "2026-11-23 11:47", "Last change"))


#: How many average characters of a title the article list shows before the other columns.
TITLE_CHARS = 30


def setup_articles_table(view: QTableView) -> None:
    """Title (stretching), outlet, date, highlights, claims."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    for col in range(header.count()):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
    # the title first and wide enough to tell articles apart (a stretching title shrank to a few
    # letters beside the four other columns); the last column takes what is left, and a narrow
    # pane scrolls sideways instead of cutting every title short
    header.setStretchLastSection(True)
    view.setColumnWidth(0, view.fontMetrics().averageCharWidth() * TITLE_CHARS)
    view.setItemDelegateForColumn(0, AutoDirectionDelegate(view))
    view.setColumnWidth(1, _width(view, "الوسيلة", "Outlet"))
    view.setColumnWidth(2, _width(view, "2017-06-01", "Date"))
    view.setColumnWidth(3, _width(view, "تظليلات", "Highlights", pad=14))
    view.setColumnWidth(4, _width(view, "ادعاءات", "Claims", pad=14))
