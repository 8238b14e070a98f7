"""Two articles side by side, and the claims they share lined up between them.

The top row picks the two articles (A and B) and swaps them; below, two readers show each article
with all its highlights, and a table lists the claims that appear in both, one row per claim:
the claim with its verdict colour, the role and the words of A, the words and the role of B. The
two quotes sit next to each other, so differing figures can be read side by side; the figures
(digit runs, Latin or Arabic-Indic) are drawn in bold. Selecting a row scrolls both readers to
the claim's words and selects them.

In a right-to-left interface everything mirrors: article A, the first, is on the right.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from factdesk.assist.compare import EventContext, FigurePair
from factdesk.assist.figures import Figure
from factdesk.core.model import Row
from factdesk.core.operations import Changes, OperationError
from factdesk.core.text import base_direction
from factdesk.store.read import Appearance, ArticleSummary, SharedClaim, VerdictInfo
from factdesk.ui import bidi, looks
from factdesk.ui.dialogs import interface_direction
from factdesk.ui.jobs import Job
from factdesk.ui.labels import role_text, verdict_text
from factdesk.ui.reader import ArticleReader, Highlight
from factdesk.ui.session import ProjectSession
from factdesk.ui.widgets import PlainLabel, joined, literal

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: A picker entry's tooltip as stored (its ToolTipRole holds it made :func:`literal`).
TIP_ROLE = Qt.ItemDataRole.UserRole + 2

#: A figure: a run of digits (any script: Latin, Arabic-Indic, Extended Arabic-Indic), with the
#: thousands and decimal separators that may sit inside it (1,000 / 2.5 / ١٬٠٠٠ / ٢٫٥).
FIGURE = re.compile(r"\d+(?:[.,\u066b\u066c]\d+)*")

#: The kinds of change that alter what the comparison shows.
CLAIM_KINDS = ("claim", "appearance", "span", "verdict")


def figure_runs(text: str) -> list[tuple[int, int]]:
    """The [start, end) code-point ranges of the figures in ``text``."""
    return [m.span() for m in FIGURE.finditer(text)]


# ----------------------------------------------------------------------------------------------
# the table of shared claims


class SharedClaimsModel(QAbstractTableModel):
    """One row per claim found in both articles. Holds the few rows in memory (two articles
    share a handful of claims), reloaded from :meth:`ProjectReader.shared_claims` on change."""

    CLAIM, ROLE_A, QUOTE_A, QUOTE_B, ROLE_B = range(5)
    RICH_COLUMNS = (CLAIM, QUOTE_A, QUOTE_B)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SharedClaim] = []
        self._verdicts: dict[str, VerdictInfo] = {}
        self._chips: dict[str, QIcon] = {}

    # data in

    def set_rows(self, rows: list[SharedClaim], verdicts: list[VerdictInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._verdicts = {v.key: v for v in verdicts}
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    # data out

    def shared(self, row: int) -> SharedClaim | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, claim_id: str | None) -> int:
        for i, s in enumerate(self._rows):
            if s.claim_id == claim_id:
                return i
        return -1

    @staticmethod
    def quotes(appearances: tuple[Appearance, ...]) -> str:
        return "\n".join(a.quote for a in appearances)

    @staticmethod
    def roles(appearances: tuple[Appearance, ...]) -> str:
        seen: list[str] = []
        for a in appearances:
            text = role_text(a.role)
            if text not in seen:
                seen.append(text)
        return "\n".join(seen)

    def verdict_label(self, key: str) -> str:
        info = self._verdicts.get(key)
        if info is None:
            return key
        return verdict_text(info.label_ar, info.label_en)

    def _chip(self, color: str) -> QIcon:
        icon = self._chips.get(color)
        if icon is None:
            pixmap = QPixmap(28, 28)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(QColor(color).darker(140))
                painter.setBrush(QColor(color))
                painter.drawRoundedRect(QRectF(3.5, 3.5, 21, 21), 6, 6)
            finally:
                painter.end()
            icon = self._chips[color] = QIcon(pixmap)
        return icon

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Claim"),
                self.tr("Role in A"),
                self.tr("Quote in A"),
                self.tr("Quote in B"),
                self.tr("Role in B"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.shared(index.row()) if index.isValid() else None
        if row is None:
            return None
        col = index.column()
        if role == ID_ROLE:
            return row.claim_id
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.text,
                self.roles(row.left),
                self.quotes(row.left),
                self.quotes(row.right),
                self.roles(row.right),
            )[col]
        if role == Qt.ItemDataRole.DecorationRole and col == self.CLAIM:
            return self._chip(row.color or "#90a4ae")
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.CLAIM:
                return literal(f"{row.text}\n— {self.verdict_label(row.verdict)}")
            return literal(self.data(index, Qt.ItemDataRole.DisplayRole))
        if role == Qt.ItemDataRole.ForegroundRole and col in (self.ROLE_A, self.ROLE_B):
            apps = row.left if col == self.ROLE_A else row.right
            if any(a.role == "different_figure" for a in apps):
                return QColor("#b45309")
            if any(a.role == "denies" for a in apps):
                return QColor("#b71c1c")
        return None


# ----------------------------------------------------------------------------------------------
# the table of figure pairs

#: A judgement's colour: red for a conflict, green for agreement, amber for two events, grey otherwise.
VERDICT_COLORS = {
    "conflict": "#c62828",
    "agree": "#2e7d32",
    "compatible": "#558b2f",
    "different_event": "#b45309",
    "unclear": "#546e7a",
    "only": "#616161",
}


def verdict_words(verdict: str) -> str:
    """A pair's judgement in words, translated."""
    t = QCoreApplication.translate
    return {
        "conflict": t("FigurePairsModel", "Conflict: same event, different figures"),
        "agree": t("FigurePairsModel", "Agree"),
        "compatible": t("FigurePairsModel", "Agree: the bounds allow both"),
        "different_event": t("FigurePairsModel", "Same kind of figure, different event: check"),
        "unclear": t("FigurePairsModel", "Event unclear: check"),
        "only": t("FigurePairsModel", "Given by one article only"),
    }.get(verdict, verdict)


def kind_words(kind: str) -> str:
    t = QCoreApplication.translate
    return {
        "killed": t("FigurePairsModel", "killed"),
        "injured": t("FigurePairsModel", "injured"),
        "fighters": t("FigurePairsModel", "fighters"),
        "vehicles": t("FigurePairsModel", "vehicles"),
        "money": t("FigurePairsModel", "money"),
        "percentage": t("FigurePairsModel", "percentage"),
        "people": t("FigurePairsModel", "people"),
        "other": t("FigurePairsModel", "other"),
    }.get(kind, kind)


def bound_words(bound: str) -> str:
    t = QCoreApplication.translate
    return {
        "at_least": t("FigurePairsModel", "at least"),
        "more_than": t("FigurePairsModel", "more than"),
        "about": t("FigurePairsModel", "about"),
        "less_than": t("FigurePairsModel", "less than"),
        "up_to": t("FigurePairsModel", "up to"),
    }.get(bound, "")


def _number(value: float | int) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


class FigurePairsModel(QAbstractTableModel):
    """One row per figure pair of the two articles: kind, the figure in A and in B (as each article
    writes it, with its counted thing), the judgement in colour and words, and the dates read. A row
    holds the pair (article ids and code-point offsets), nothing of Qt's; the view adapts it."""

    KIND, FIGURE_A, FIGURE_B, VERDICT, DATES = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FigurePair] = []
        self._texts: dict[str, str] = {}

    def set_rows(self, rows: list[FigurePair], texts: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = dict(texts)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def pair(self, row: int) -> FigurePair | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (
            self.tr("Kind"),
            self.tr("Figure in A"),
            self.tr("Figure in B"),
            self.tr("Judgement"),
            self.tr("Dates read"),
        )[section]

    def figure_text(self, pair: FigurePair, side: str) -> str:
        """The figure in its article's own words: the number, its qualifier and its counted thing."""
        f, aid = (pair.a, pair.a_id) if side == "a" else (pair.b, pair.b_id)
        if f is None:
            return "—"
        text = self._texts.get(aid, "")
        start, end = f.start, f.end
        if f.thing_end > f.thing_start:
            start, end = min(start, f.thing_start), max(end, f.thing_end)
        return " ".join(text[start:end].split()) or f.text

    @staticmethod
    def value_text(f: Figure) -> str:
        """The value as read, in the interface's words («more than 80»)."""
        value = _number(f.value) + (f"–{_number(f.high)}" if f.high is not None else "")
        return " ".join(p for p in (bound_words(f.bound), value) if p)

    @staticmethod
    def dates_text(ctx: EventContext | None) -> str:
        if ctx is None or not ctx.dates:
            return "—"
        # the ISO date is isolated left to right: after Arabic letters its digits would otherwise be
        # read as Arabic numbers and «2017-05-30» shown as «30-05-2017»
        return "، ".join(
            f"{d.text} ({bidi.ltr(d.date.isoformat())})" if d.date else d.text for d in ctx.dates
        )

    def _tooltip(self, pair: FigurePair) -> str:
        lines = [verdict_words(pair.verdict)]
        sides = (
            (self.tr("A: %1"), pair.a, pair.a_context, pair.a_id),
            (self.tr("B: %1"), pair.b, pair.b_context, pair.b_id),
        )
        for label, f, ctx, aid in sides:
            if f is None or ctx is None:
                continue
            quote = " ".join(self._texts.get(aid, "")[ctx.start : ctx.end].split())
            lines.append(label.replace("%1", f"«{f.text}» = {self.value_text(f)}"))
            lines.append(self.tr("Dates read: %1").replace("%1", self.dates_text(ctx)))
            if ctx.places:
                lines.append(self.tr("Places: %1").replace("%1", "، ".join(ctx.places)))
            if ctx.actors:
                lines.append(self.tr("Actors: %1").replace("%1", "، ".join(ctx.actors)))
            if len(quote) > 200:
                quote = quote[:199] + "…"
            lines.append(f"«{quote}»")
        return "\n".join(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        pair = self.pair(index.row()) if index.isValid() else None
        if pair is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                kind_words(pair.kind),
                self.figure_text(pair, "a"),
                self.figure_text(pair, "b"),
                verdict_words(pair.verdict),
                "\n".join(
                    t
                    for t in (
                        self.tr("A: %1").replace("%1", self.dates_text(pair.a_context)) if pair.a else "",
                        self.tr("B: %1").replace("%1", self.dates_text(pair.b_context)) if pair.b else "",
                    )
                    if t
                ),
            )[col]
        if role == ID_ROLE:
            return pair.verdict
        if role == Qt.ItemDataRole.ForegroundRole and col == self.VERDICT:
            return QColor(VERDICT_COLORS.get(pair.verdict, "#616161"))
        if role == Qt.ItemDataRole.FontRole and col == self.VERDICT and pair.verdict == "conflict":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(self._tooltip(pair))
        return None


class _Snapshot:
    """The two articles' rows, read on the UI thread, for the comparison to run on a worker thread
    without touching the project's connection."""

    def __init__(self, rows: dict[str, Row]) -> None:
        self._rows = rows

    def get(self, kind: str, key: str) -> Row | None:
        return self._rows.get(key) if kind == "article" else None

    def find(self, kind: str, field: str, value: object) -> list[Row]:
        return []

    def shared_claims(self, left_id: str, right_id: str) -> list[SharedClaim]:
        return []  # the view reads these itself


class FigureDelegate(QStyledItemDelegate):
    """Draws a cell's text as a small document with its figures in bold, wrapped to the
    column. The paragraph direction comes from the text itself (Unicode bidi), so Arabic runs
    right to left and starts at the right edge, whatever the interface direction."""

    PADDING = 4

    def _document(self, text: str, font: QFont, width: float) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        doc.setDefaultTextOption(option)
        cursor = QTextCursor(doc)
        plain, bold = QTextCharFormat(), QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        at = 0
        for start, end in figure_runs(text):
            if start > at:
                cursor.insertText(text[at:start], plain)
            cursor.insertText(text[start:end], bold)
            at = end
        if at < len(text):
            cursor.insertText(text[at:], plain)
        if width > 0:
            doc.setTextWidth(width)
        return doc

    def _text_rect(self, option: QStyleOptionViewItem, widget: QWidget | None):
        style = widget.style() if widget is not None else QGuiApplication.instance().style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        return rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QGuiApplication.instance().style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = self._text_rect(opt, widget)
        doc = self._document(text, opt.font, rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, opt.palette.color(group, QPalette.ColorRole.HighlightedText)
            )
        else:
            context.palette.setColor(
                QPalette.ColorRole.Text, opt.palette.color(group, QPalette.ColorRole.Text)
            )
        painter.save()
        try:
            painter.translate(rect.topLeft())
            painter.setClipRect(rect.translated(-rect.topLeft()))
            doc.documentLayout().draw(painter, context)
        finally:
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        base = super().sizeHint(option, index)
        if opt.rect.width() > 0:  # the view asks with the column's width: wrap to it
            rect = self._text_rect(opt, opt.widget)
            doc = self._document(opt.text, opt.font, rect.width())
            margin = opt.rect.width() - rect.width()
        else:
            doc = self._document(opt.text, opt.font, 0)
            doc.setTextWidth(min(doc.idealWidth(), 360.0))
            margin = 2 * self.PADDING + 8
            if opt.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
                margin += opt.decorationSize.width() + 4
        height = int(doc.size().height() + 0.999) + 2 * self.PADDING
        return QSize(max(base.width(), int(doc.idealWidth()) + margin), max(base.height(), height))


# ----------------------------------------------------------------------------------------------
# one side


class ArticlePane(QWidget):
    """An article's title, outlet and date above its reader."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.badge = PlainLabel(self)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setFixedSize(26, 26)
        self.badge.setStyleSheet(
            "QLabel { background: #37474f; color: white; border-radius: 13px; font-weight: bold; }"
        )
        self.title = PlainLabel(self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.limit_lines(3)
        self.meta = PlainLabel(self)
        meta_palette = self.meta.palette()
        meta_palette.setColor(QPalette.ColorRole.WindowText, looks.muted(meta_palette))
        self.meta.setPalette(meta_palette)
        self.reader = ArticleReader(self)
        # The article is Arabic text: its header reads right to left like the reader below.
        for label in (self.title, self.meta):
            label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        lines = QVBoxLayout()
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(2)
        lines.addWidget(self.title)
        lines.addWidget(self.meta)
        head.addLayout(lines, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(head)
        layout.addWidget(self.reader, 1)
        self._summary: ArticleSummary | None = None

    def set_summary(self, summary: ArticleSummary | None) -> None:
        self._summary = summary
        self.retranslate()

    def retranslate(self) -> None:
        s = self._summary
        if s is None:
            self.title.setText(self.tr("No article"))
            self.meta.setText("")
            self.meta.setVisible(False)
            return
        self.title.setText(s.title or self.tr("(untitled)"))
        parts = [p for p in (s.outlet, s.published) if p]
        if not s.outlet:
            parts.insert(0, self.tr("outlet unknown"))
        self.meta.setText(joined(parts))
        # The outlet and date line up under the title, on the side where the title starts,
        # even when they are Latin text or digits (a label would align them by their own text).
        side = (
            Qt.AlignmentFlag.AlignRight
            if base_direction(self.title.text()) == "rtl"
            else Qt.AlignmentFlag.AlignLeft
        )
        self.meta.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)
        self.meta.setVisible(True)
        self.title.setToolTip(literal(joined((s.title, s.outlet, s.author, s.place, s.published))))


# ----------------------------------------------------------------------------------------------
# the view


class CompareView(QWidget):
    """Compare two articles: pickers and a swap button, two readers, the shared claims, and the
    figure pairs judged by event (computed off the UI thread), one key making a pair linked claims."""

    #: the figure pairs of the articles shown are listed
    pairsReady = Signal()

    def __init__(
        self,
        session: ProjectSession,
        left_id: str | None = None,
        right_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.left_id: str | None = None
        self.right_id: str | None = None
        self._articles: dict[str, ArticleSummary] = {}
        self._selected_claim: str | None = None

        # pickers
        self.left_label = PlainLabel(self)
        self.right_label = PlainLabel(self)
        self.left_picker = self._picker()
        self.right_picker = self._picker()
        self.left_label.setBuddy(self.left_picker)
        self.right_label.setBuddy(self.right_picker)
        self.swap_button = QPushButton(self)
        bar = QHBoxLayout()
        bar.addWidget(self.left_label)
        bar.addWidget(self.left_picker, 1)
        bar.addWidget(self.swap_button)
        bar.addWidget(self.right_label)
        bar.addWidget(self.right_picker, 1)

        # readers: the first widget of a horizontal splitter is on the right in RTL
        self.left_pane = ArticlePane(self)
        self.right_pane = ArticlePane(self)
        self.left_reader = self.left_pane.reader
        self.right_reader = self.right_pane.reader
        self.readers = QSplitter(Qt.Orientation.Horizontal, self)
        self.readers.setChildrenCollapsible(False)
        self.readers.addWidget(self.left_pane)
        self.readers.addWidget(self.right_pane)

        # the shared claims
        self.summary = PlainLabel(self)
        self.summary.setWordWrap(True)
        self.model = SharedClaimsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(FigureDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setIconSize(QSize(14, 14))
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SharedClaimsModel.QUOTE_A, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SharedClaimsModel.QUOTE_B, QHeaderView.ResizeMode.Stretch)
        # the roles are a word each; the claim gets a third of a laptop-wide pane, the quotes the rest
        # (fixed widths of 300 + 2 x 130 left the two quotes a letter a line in a 640-pixel pane)
        header.setSectionResizeMode(SharedClaimsModel.ROLE_A, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SharedClaimsModel.ROLE_B, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(SharedClaimsModel.CLAIM, 220)
        self._row_fit = QTimer(self)
        self._row_fit.setSingleShot(True)
        self._row_fit.setInterval(0)
        self._row_fit.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._row_fit.start())

        claims_box = QWidget(self)
        claims_layout = QVBoxLayout(claims_box)
        claims_layout.setContentsMargins(4, 0, 4, 4)
        claims_layout.addWidget(self.summary)
        claims_layout.addWidget(self.table, 1)

        # the figure pairs, judged by event, beside the shared claims
        self.figures_summary = PlainLabel(self)
        self.figures_summary.setWordWrap(True)
        self.pairs_model = FigurePairsModel(self)
        self.pairs_table = QTableView(self)
        self.pairs_table.setModel(self.pairs_model)
        self.pairs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairs_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairs_table.setWordWrap(True)
        self.pairs_table.setAlternatingRowColors(True)
        self.pairs_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # the figures in their articles' words, digits in bold, each cell in its own text's direction
        self.figure_delegate = FigureDelegate(self.pairs_table)
        for column in (FigurePairsModel.FIGURE_A, FigurePairsModel.FIGURE_B):
            self.pairs_table.setItemDelegateForColumn(column, self.figure_delegate)
        pairs_header = self.pairs_table.horizontalHeader()
        pairs_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        pairs_header.setSectionResizeMode(FigurePairsModel.VERDICT, QHeaderView.ResizeMode.Stretch)
        pairs_header.resizeSection(FigurePairsModel.KIND, 80)
        pairs_header.resizeSection(FigurePairsModel.FIGURE_A, 130)
        pairs_header.resizeSection(FigurePairsModel.FIGURE_B, 130)
        pairs_header.resizeSection(FigurePairsModel.DATES, 210)
        self.link_action = QAction(self)
        self.link_action.setShortcut(QKeySequence("Ctrl+L"))
        self.link_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.link_action.triggered.connect(self.link_selected_pair)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self._undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.redo_action.triggered.connect(self._redo)
        self.addActions([self.link_action, self.undo_action, self.redo_action])
        self.link_button = QPushButton(self)
        self.link_button.clicked.connect(self.link_selected_pair)
        self.link_status = PlainLabel(self)
        self.link_status.setWordWrap(True)
        self.link_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_button)
        link_row.addWidget(self.link_status, 1)
        figures_box = QWidget(self)
        figures_layout = QVBoxLayout(figures_box)
        figures_layout.setContentsMargins(4, 0, 4, 4)
        figures_layout.addWidget(self.figures_summary)
        figures_layout.addWidget(self.pairs_table, 1)
        figures_layout.addLayout(link_row)
        self._pairs_job: Job | None = None
        self._pairs_for: tuple[str | None, str | None] = (None, None)

        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.setChildrenCollapsible(False)
        bottom.addWidget(claims_box)
        bottom.addWidget(figures_box)
        self.bottom = bottom

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.readers)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        # wiring
        self.left_picker.activated.connect(lambda _i: self._picked(self.left_picker))
        self.right_picker.activated.connect(lambda _i: self._picked(self.right_picker))
        self.swap_button.clicked.connect(self.swap)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.pairs_table.selectionModel().selectionChanged.connect(self._pair_selected)
        self.pairs_table.customContextMenuRequested.connect(self._pairs_menu)
        self.left_reader.claimClicked.connect(self._claim_clicked)
        self.right_reader.claimClicked.connect(self._claim_clicked)
        session.changed.connect(self._on_changed)

        self.setLayoutDirection(interface_direction())
        self.retranslate()
        self._load_articles()
        ids = list(self._articles)
        if left_id is None and ids:
            left_id = ids[0]
        if right_id is None:
            right_id = next((i for i in ids if i != left_id), left_id)
        self.set_articles(left_id, right_id)

    # ------------------------------------------------------------------------------------------
    # public

    def set_articles(self, left_id: str | None, right_id: str | None) -> None:
        """Compare ``left_id`` (A) with ``right_id`` (B). Keeps the selected claim if both share it."""
        if left_id != self.left_id:
            self.left_id = left_id
            self._open(self.left_pane, left_id)
        if right_id != self.right_id:
            self.right_id = right_id
            self._open(self.right_pane, right_id)
        self._sync_pickers()
        self._reload_claims(scroll=True)
        self._reload_pairs()

    def swap(self) -> None:
        self.set_articles(self.right_id, self.left_id)

    def rows(self) -> list[tuple[str, str, str]]:
        """(claim text, quote in A, quote in B) for each row, as shown."""
        out = []
        for r in range(self.model.rowCount()):
            s = self.model.shared(r)
            if s is not None:
                out.append((s.text, self.model.quotes(s.left), self.model.quotes(s.right)))
        return out

    def select_row(self, row: int) -> None:
        """Select a row: both readers scroll to the claim's words and select them."""
        if not 0 <= row < self.model.rowCount():
            self.table.clearSelection()
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def selected_claim(self) -> str | None:
        return self._selected_claim

    def retranslate(self) -> None:
        self.setLayoutDirection(interface_direction())
        self.left_label.setText(self.tr("Article &A:"))
        self.right_label.setText(self.tr("Article &B:"))
        self.swap_button.setText(self.tr("Swap"))
        self.swap_button.setToolTip(self.tr("Swap the two articles"))
        self.link_action.setText(self.tr("Make linked claims"))
        self.link_button.setText(self.tr("Make linked claims"))
        self.link_button.setToolTip(
            self.tr("Make the selected figure pair into linked claims (Ctrl+L); Ctrl+Z undoes it")
        )
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.pairs_model.retranslate()
        self._update_figures_summary()
        self.left_pane.badge.setText(self.tr("A"))
        self.right_pane.badge.setText(self.tr("B"))
        self.left_pane.retranslate()
        self.right_pane.retranslate()
        self.model.retranslate()
        self._update_summary()
        self._fill_pickers()
        self._row_fit.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------------------------------
    # loading

    def _picker(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return combo

    def _load_articles(self) -> None:
        self._articles = {a.id: a for a in self.session.read.articles()}
        self._fill_pickers()

    def _fill_pickers(self) -> None:
        for combo in (self.left_picker, self.right_picker):
            combo.blockSignals(True)
            try:
                combo.clear()
                for a in self._articles.values():
                    title = a.title or self.tr("(untitled)")
                    combo.addItem(title, a.id)
                    tip = joined((a.title, a.outlet, a.published))
                    combo.setItemData(combo.count() - 1, tip, TIP_ROLE)
                    combo.setItemData(combo.count() - 1, literal(tip), Qt.ItemDataRole.ToolTipRole)
            finally:
                combo.blockSignals(False)
        self._sync_pickers()

    def _sync_pickers(self) -> None:
        for combo, ident in ((self.left_picker, self.left_id), (self.right_picker, self.right_id)):
            combo.blockSignals(True)
            try:
                combo.setCurrentIndex(combo.findData(ident) if ident is not None else -1)
                combo.setToolTip(literal(combo.currentData(TIP_ROLE) or ""))
            finally:
                combo.blockSignals(False)

    def _picked(self, combo: QComboBox) -> None:
        ident = combo.currentData()
        if combo is self.left_picker:
            # picking B's article as A swaps them rather than comparing an article with itself
            right = self.left_id if ident == self.right_id and self.left_id is not None else self.right_id
            self.set_articles(ident, right)
        else:
            left = self.right_id if ident == self.left_id and self.right_id is not None else self.left_id
            self.set_articles(left, ident)

    def _open(self, pane: ArticlePane, article_id: str | None) -> None:
        row = self.session.read.get("article", article_id) if article_id else None
        pane.reader.set_article(article_id if row else None, str(row["text"]) if row else "")
        pane.set_summary(self._articles.get(article_id) if article_id else None)

    def _highlight(self, pane: ArticlePane) -> None:
        reader = pane.reader
        if reader.article_id is None:
            reader.set_highlights([], {})
            return
        spans, claims = self.session.read.article_highlights(reader.article_id)
        texts = {cid: (text, verdict_text(ar, en)) for cid, (text, ar, en) in claims.items()}
        reader.set_highlights([Highlight(*s) for s in spans], texts, self._selected_claim)

    def _reload_claims(self, *, scroll: bool = False) -> None:
        """Reload the shared claims and the highlights of both readers, keeping the selection."""
        keep = self._selected_claim
        read = self.session.read
        rows = read.shared_claims(self.left_id, self.right_id) if self.left_id and self.right_id else []
        blocker = self.table.selectionModel().blockSignals(True)
        try:
            self.model.set_rows(rows, read.verdicts())
        finally:
            self.table.selectionModel().blockSignals(blocker)
        row = self.model.row_of(keep)
        self._selected_claim = keep if row >= 0 else None
        self._highlight(self.left_pane)
        self._highlight(self.right_pane)
        if row >= 0:
            if scroll:
                self.select_row(row)
            else:  # a refresh must not move the readers under the user's eyes
                self.table.selectionModel().blockSignals(True)
                try:
                    self.select_row(row)
                finally:
                    self.table.selectionModel().blockSignals(False)
        self._update_summary()
        self.table.resizeRowsToContents()

    def _update_summary(self) -> None:
        n = self.model.rowCount()
        if not (self.left_id and self.right_id):
            text = self.tr("Choose two articles to compare.")
        elif n == 0:
            text = self.tr(
                "No claim appears in both articles yet: link a highlight in each to the same claim."
            )
        else:
            text = self.tr("%n claim(s) appear in both articles", "", n)
        self.summary.setText(text)

    # ------------------------------------------------------------------------------------------
    # figure pairs

    def figure_pairs(self) -> list[FigurePair]:
        """The figure pairs as listed (row order)."""
        return [p for r in range(self.pairs_model.rowCount()) if (p := self.pairs_model.pair(r)) is not None]

    def pairs_job(self) -> Job | None:
        """The comparison running in the background, if any (tests wait for its ``finished``)."""
        return self._pairs_job

    def select_pair(self, row: int) -> None:
        if not 0 <= row < self.pairs_model.rowCount():
            self.pairs_table.clearSelection()
            return
        index = self.pairs_model.index(row, 0)
        self.pairs_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.pairs_table.scrollTo(index)

    def selected_pair(self) -> FigurePair | None:
        rows = self.pairs_table.selectionModel().selectedRows()
        return self.pairs_model.pair(rows[0].row()) if rows else None

    def _reload_pairs(self) -> None:
        """Compare the two articles' figures off the UI thread; a result for articles no longer shown
        is dropped."""
        wanted = (self.left_id, self.right_id)
        if wanted == self._pairs_for:  # listed, or being compared
            return
        self._pairs_for = wanted
        self.pairs_model.set_rows([], {})
        if not (self.left_id and self.right_id) or self.left_id == self.right_id:
            self._pairs_job = None
            self._update_figures_summary()
            return
        rows: dict[str, Row] = {}
        for ident in wanted:
            row = self.session.read.get("article", ident) if ident else None
            if row is not None:
                rows[str(ident)] = row
        snapshot = _Snapshot(rows)
        ids = [str(i) for i in wanted]

        def work(progress: Any, cancelled: Any) -> Any:
            from factdesk.app.compare import compare_articles

            return compare_articles(snapshot, ids)

        # no Qt parent: closing the view while the job runs must not delete the job under its thread;
        # the connections to the view's own methods end with the view
        job = Job(work, self.tr("Comparing figures…"), None, show=False)
        self._pairs_job = job
        job.finished.connect(self._pairs_ready)
        job.failed.connect(self._pairs_failed)
        self._update_figures_summary()
        job.start()

    def _pairs_ready(self, result: Any) -> None:
        """The comparison is done: list it, unless the view has moved on to other articles."""
        if list(result.article_ids) != [self.left_id, self.right_id]:
            return
        self._pairs_job = None
        self.pairs_model.set_rows(result.pairs, {k: r.text for k, r in result.readings.items()})
        self.pairs_table.resizeRowsToContents()
        self._update_figures_summary()
        self.pairsReady.emit()

    def _pairs_failed(self, exc: object) -> None:
        self._pairs_job = None
        self.figures_summary.setText(self.tr("The figures could not be compared: %1").replace("%1", str(exc)))

    def _update_figures_summary(self) -> None:
        if self._pairs_job is not None:
            self.figures_summary.setText(self.tr("Comparing the figures…"))
            return
        pairs = self.figure_pairs()
        conflicts = sum(p.verdict == "conflict" for p in pairs)
        others = sum(p.verdict == "different_event" for p in pairs)
        if not pairs:
            self.figures_summary.setText(self.tr("No figures to compare."))
            return
        self.figures_summary.setText(
            joined(
                (
                    self.tr("%n figure pair(s)", "", len(pairs)),
                    self.tr("%n conflict(s)", "", conflicts),
                    self.tr("%n about another event", "", others),
                )
            )
        )

    def _pair_selected(self, *_: object) -> None:
        pair = self.selected_pair()
        if pair is None:
            return
        from factdesk.app.compare import figure_phrase

        for reader, f in ((self.left_reader, pair.a), (self.right_reader, pair.b)):
            if f is not None and reader.article_id in (pair.a_id, pair.b_id):
                start, end = figure_phrase(self._text_of(reader), f)
                reader.show_range(start, end)

    def _text_of(self, reader: ArticleReader) -> str:
        row = self.session.read.get("article", reader.article_id) if reader.article_id else None
        return str(row["text"]) if row else ""

    def link_selected_pair(self) -> bool:
        """Make the selected pair into linked claims: one undoable change. Says in words why not."""
        from factdesk.app.compare import link_pair

        pair = self.selected_pair()
        if pair is None:
            self.link_status.setText(self.tr("Select a figure pair first."))
            return False
        try:
            op = link_pair(self.session.read, pair)
            outcome = self.session.run(op)
        except OperationError as exc:
            self.link_status.setText(self._refusal(str(exc)))
            return False
        self.link_status.setText(
            self.tr("Linked as one claim; Ctrl+Z undoes it.") if outcome else self.tr("Nothing to change.")
        )
        return True

    def _refusal(self, message: str) -> str:
        if "different events" in message:
            return self.tr("These figures are about different events: they are two claims, not one.")
        if "already linked" in message:
            return self.tr("Already linked to one claim.")
        return message

    def _pairs_menu(self, pos: QPoint) -> None:
        index = self.pairs_table.indexAt(pos)
        if index.isValid():
            self.select_pair(index.row())
        menu = QMenu(self)
        menu.addAction(self.link_action)
        self.link_action.setEnabled(self.selected_pair() is not None)
        menu.exec(self.pairs_table.viewport().mapToGlobal(pos))
        self.link_action.setEnabled(True)

    def _undo(self) -> None:
        if self.session.undo_stack.canUndo():
            self.session.undo_stack.undo()

    def _redo(self) -> None:
        if self.session.undo_stack.canRedo():
            self.session.undo_stack.redo()

    # ------------------------------------------------------------------------------------------
    # reactions

    def _selection_changed(self, *_: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        shared = self.model.shared(rows[0].row()) if rows else None
        self._selected_claim = shared.claim_id if shared else None
        for reader, apps in (
            (self.left_reader, shared.left if shared else ()),
            (self.right_reader, shared.right if shared else ()),
        ):
            reader.select_claim(self._selected_claim)
            if apps:
                reader.show_range(apps[0].start, apps[0].end)

    def _claim_clicked(self, claim_id: str) -> None:
        row = self.model.row_of(claim_id)
        if row >= 0:
            self.select_row(row)

    def _on_changed(self, changes: Changes, origin: object) -> None:
        if changes.touches("article"):
            self._load_articles()
            left, right = self.left_id, self.right_id
            touched = {key for kind, key in changes.keys if kind == "article"}
            for pane, ident in ((self.left_pane, left), (self.right_pane, right)):
                if ident in touched or (ident is not None and ident not in self._articles):
                    self._open(pane, ident if ident in self._articles else None)
                else:
                    pane.set_summary(self._articles.get(ident) if ident else None)
            self.left_id = left if left in self._articles else None
            self.right_id = right if right in self._articles else None
            self._sync_pickers()
            self._reload_claims()
            if touched & {left, right}:
                self._pairs_for = (None, None)
            self._reload_pairs()
        elif changes.touches(*CLAIM_KINDS):
            self._reload_claims()


__all__ = ["CompareView", "FigureDelegate", "FigurePairsModel", "SharedClaimsModel", "figure_runs"]
