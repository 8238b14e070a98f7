"""The right-to-left article reader.

The article text goes into a read-only ``QPlainTextEdit`` once; highlights are layout formats
applied by a ``QSyntaxHighlighter`` (they never touch the document, so they never enter Qt's text
undo stack), computed per block from an index built when the spans are set, so adding one
highlight re-lays out only the blocks it covers, and Qt paints only the visible blocks.

Spans are code-point offsets; Qt counts UTF-16 units. The conversion happens here and only
through :class:`factdesk.core.text.OffsetMap`.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from factdesk.core import text as textrules
from factdesk.ui.widgets import literal

NEUTRAL = QColor("#90a4ae")
HIT = QColor("#ffeb3b")
CURRENT_HIT = QColor("#ff9800")


@dataclass(frozen=True, slots=True)
class Highlight:
    """A span as the reader draws it (code points), with the claims it belongs to."""

    span_id: str
    start: int
    end: int
    claim_ids: tuple[str, ...]
    color: str  # the verdict colour of its (first) claim, or "" for an unlinked span


#: How a stretch of text covered by highlights looks: the colour of the last of them to start (the
#: innermost), how many cover it, the colour of the first (the outermost), and whether one of
#: them belongs to the selected claim.
SegmentKey = tuple[str, int, str, bool]


def span_segments(
    ranges: Sequence[tuple[int, int, str, bool]], length: int
) -> list[tuple[int, int, SegmentKey]]:
    """The elementary stretches of a block between highlight edges, each with how it looks.

    ``ranges`` are (start, end, colour name, bold) in the block's UTF-16 units, sorted by start and
    then longest first; ``length`` is the block's length. Overlaps show as such (a deeper colour, an
    underline) instead of one hiding the other. One sweep over the edges, sorted once, with the
    covering highlights kept in two heaps (the first and the last of them in ``ranges``' order), so
    100,000 highlights in one paragraph cost n log n, not n² (asking every highlight at every edge
    took 516 s). Neighbouring stretches that look the same are joined.
    """
    n = len(ranges)
    if not n:
        return []
    by_end = sorted(range(n), key=lambda i: ranges[i][1])
    edges = sorted({0, length, *(r[0] for r in ranges), *(r[1] for r in ranges)})
    alive = bytearray(n)
    first: list[int] = []  # min-heap of covering indices
    last: list[int] = []  # min-heap of negated covering indices
    count = bold = 0
    next_start = next_end = 0
    out: list[tuple[int, int, SegmentKey]] = []
    for x, following in zip(edges, edges[1:], strict=False):
        while next_end < n and ranges[by_end[next_end]][1] <= x:
            i = by_end[next_end]
            next_end += 1
            if alive[i]:
                alive[i] = 0
                count -= 1
                bold -= ranges[i][3]
        while next_start < n and ranges[next_start][0] <= x:
            i = next_start
            next_start += 1
            if ranges[i][1] > x:
                alive[i] = 1
                count += 1
                bold += ranges[i][3]
                heapq.heappush(first, i)
                heapq.heappush(last, -i)
        if not count:
            continue
        while not alive[first[0]]:
            heapq.heappop(first)
        while not alive[-last[0]]:
            heapq.heappop(last)
        key = (ranges[-last[0]][2], count, ranges[first[0]][2], bold > 0)
        if out and out[-1][1] == x and out[-1][2] == key:
            out[-1] = (out[-1][0], following, key)
        else:
            out.append((x, following, key))
    return out


class SpanHighlighter(QSyntaxHighlighter):
    """Draws highlights and search hits as layout formats, block by block."""

    def __init__(self, document: QTextDocument, ranges_for_block) -> None:
        super().__init__(document)
        self._ranges_for_block = ranges_for_block
        self._hits_by_block: dict[int, list[tuple[int, int, bool]]] = {}
        self._formats: dict[tuple[str, int, str, bool], QTextCharFormat] = {}

    def set_hits(self, hits_by_block: dict[int, list[tuple[int, int, bool]]]) -> set[int]:
        changed = set(self._hits_by_block) | set(hits_by_block)
        self._hits_by_block = hits_by_block
        return changed

    def highlightBlock(self, text: str) -> None:
        number = self.currentBlock().blockNumber()
        ranges = self._ranges_for_block(number)
        if ranges:
            self._paint_spans(ranges, len(text))
        for start, end, current in self._hits_by_block.get(number, ()):
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT_HIT if current else HIT)
            fmt.setForeground(QColor("#000000"))
            self.setFormat(start, end - start, fmt)

    def _paint_spans(self, ranges: list[tuple[int, int, str, bool]], length: int) -> None:
        for a, b, key in span_segments(ranges, length):
            fmt = self._formats.get(key)
            if fmt is None:
                fmt = self._formats[key] = self._make_format(*key)
            self.setFormat(a, b - a, fmt)

    @staticmethod
    def _make_format(top: str, depth: int, bottom: str, bold: bool) -> QTextCharFormat:
        fmt = QTextCharFormat()
        colour = QColor(top)
        colour.setAlpha(min(230, 70 + 55 * (depth - 1)))
        fmt.setBackground(colour)
        if depth > 1:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(bottom).darker(160))
            fmt.setFontUnderline(True)
        if bold:
            fmt.setFontWeight(QFont.Weight.DemiBold)
        return fmt


class ArticleReader(QPlainTextEdit):
    """Shows one article right-to-left with its highlights; reports clicks and selections."""

    claimClicked = Signal(str)
    spanClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setMouseTracking(True)
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        # QPlainTextEdit does not right-align RTL text by default, and Qt mirrors a plain
        # AlignRight in a right-to-left document: AlignAbsolute keeps "right" meaning right.
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.document().setDocumentMargin(18)
        self._highlighter = SpanHighlighter(self.document(), self._ranges_for_block)
        self._members: dict[int, list[Highlight]] = {}  # block number -> highlights touching it
        self._block_starts: list[int] = [0]  # UTF-16 position of each block (the text never changes)
        self._pending: set[int] = set()  # blocks whose highlights are not laid out yet
        self._idle = QTimer(self, singleShot=True, interval=0)
        self._idle.timeout.connect(self._work_through_pending)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._flush_visible())
        self.article_id: str | None = None
        self.text = ""
        self._map = textrules.OffsetMap("")
        self._highlights: list[Highlight] = []
        self._starts: list[int] = []
        self._claim_texts: dict[str, tuple[str, str]] = {}
        self._colour_names: dict[str, str] = {}  # a verdict colour as given -> as Qt names it
        self._selected_claim: str | None = None
        self._hits: list[tuple[int, int]] = []
        self._current_hit = -1
        self._invisibles: list[textrules.Invisible] = []
        self.show_invisibles = False

    # ------------------------------------------------------------------------------------------
    # content

    def set_article(self, article_id: str | None, text: str) -> None:
        self.article_id = article_id
        self.text = text
        self._map = textrules.OffsetMap(text)
        self._hits, self._current_hit = [], -1
        self._highlighter.set_hits({})
        self._members = {}
        self._pending = set()
        self._highlights, self._starts = [], []
        self.setPlainText(text)
        starts, block = [], self.document().begin()
        while block.isValid():
            starts.append(block.position())
            block = block.next()
        self._block_starts = starts or [0]
        self._invisibles = textrules.find_invisibles(text)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def set_highlights(
        self,
        highlights: list[Highlight],
        claim_texts: dict[str, tuple[str, str]],
        selected_claim: str | None = None,
    ) -> None:
        """Replace all highlights (e.g. when the article opens). ``claim_texts`` maps a claim
        id to (claim text, verdict label) for tooltips."""
        old_blocks = set(self._members)
        self._highlights = sorted(highlights, key=lambda h: (h.start, -h.end))
        self._starts = [h.start for h in self._highlights]
        self._claim_texts = claim_texts
        self._selected_claim = selected_claim
        self._members = {}
        for h in self._highlights:
            for number in self._blocks_of(h):
                self._members.setdefault(number, []).append(h)
        # Lay out what is on screen now; the rest follows in idle moments or as it scrolls in.
        self._pending |= old_blocks | set(self._members)
        self._flush_visible()
        if self._pending:
            self._idle.start()

    def add_highlight(
        self, highlight: Highlight, claim_texts: dict[str, tuple[str, str]] | None = None
    ) -> None:
        """Add one highlight, re-laying out only the blocks it covers."""
        i = bisect.bisect_left(self._starts, highlight.start)
        self._highlights.insert(i, highlight)
        self._starts.insert(i, highlight.start)
        if claim_texts:
            self._claim_texts.update(claim_texts)
        blocks = self._blocks_of(highlight)
        for number in blocks:
            self._members.setdefault(number, []).append(highlight)
        self._pending -= blocks
        self._rehighlight(blocks)

    def select_claim(self, claim_id: str | None) -> None:
        """Show the highlights of the selected claim in bold."""
        if claim_id == self._selected_claim:
            return
        wanted = {claim_id, self._selected_claim}
        self._selected_claim = claim_id
        blocks: set[int] = set()
        for h in self._highlights:
            if wanted & set(h.claim_ids):
                blocks |= self._blocks_of(h)
        self._rehighlight(blocks)

    @property
    def highlights(self) -> list[Highlight]:
        return list(self._highlights)

    def _blocks_of(self, h: Highlight) -> set[int]:
        first = bisect.bisect_right(self._block_starts, self._map.to_utf16(h.start)) - 1
        last = bisect.bisect_right(self._block_starts, max(self._map.to_utf16(h.end) - 1, 0)) - 1
        return set(range(max(first, 0), max(last, first) + 1))

    def _visible_blocks(self) -> range:
        block = self.firstVisibleBlock()
        if not block.isValid():
            return range(0)
        first = block.blockNumber()
        offset = self.contentOffset()
        height = self.viewport().height()
        last = first
        while block.isValid() and self.blockBoundingGeometry(block).translated(offset).top() <= height:
            last = block.blockNumber()
            block = block.next()
        return range(first, last + 1)

    def _flush_visible(self) -> None:
        if not self._pending:
            return
        now = self._pending.intersection(self._visible_blocks())
        if now:
            self._pending -= now
            self._rehighlight(now)

    def _work_through_pending(self) -> None:
        """Lay out pending highlights a slice at a time, so the window stays responsive."""
        self._flush_visible()
        batch = sorted(self._pending)[:60]
        self._pending.difference_update(batch)
        self._rehighlight(set(batch))
        if self._pending:
            self._idle.start()

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        self._flush_visible()

    def _ranges_for_block(self, number: int) -> list[tuple[int, int, str, bool]]:
        members = self._members.get(number)
        if not members:
            return []
        block = self.document().findBlockByNumber(number)
        b0, b1 = block.position(), block.position() + block.length() - 1
        out = []
        names = self._colour_names
        to_utf16 = self._map.to_utf16
        selected = self._selected_claim
        for h in sorted(members, key=lambda m: (m.start, -m.end)):
            a, b = max(to_utf16(h.start), b0) - b0, min(to_utf16(h.end), b1) - b0
            if b > a:
                name = names.get(h.color)
                if name is None:
                    name = names[h.color] = QColor(h.color).name() if h.color else NEUTRAL.name()
                out.append((a, b, name, selected is not None and selected in h.claim_ids))
        return out

    def _rehighlight(self, blocks: set[int]) -> None:
        doc = self.document()
        for number in sorted(blocks):
            block = doc.findBlockByNumber(number)
            if block.isValid():
                self._highlighter.rehighlightBlock(block)

    # ------------------------------------------------------------------------------------------
    # search hits

    def set_hits(self, hits: list[tuple[int, int]], current: int = 0) -> None:
        self._hits = sorted(hits)
        self._current_hit = current if hits else -1
        self._refresh_hits()
        if hits:
            self.show_range(*self._hits[self._current_hit], select=False)

    def next_hit(self, step: int = 1) -> int:
        if not self._hits:
            return -1
        self._current_hit = (self._current_hit + step) % len(self._hits)
        self._refresh_hits()
        self.show_range(*self._hits[self._current_hit], select=False)
        return self._current_hit

    @property
    def hit_count(self) -> int:
        return len(self._hits)

    @property
    def current_hit(self) -> int:
        return self._current_hit

    def _refresh_hits(self) -> None:
        doc = self.document()
        by_block: dict[int, list[tuple[int, int, bool]]] = {}
        for i, (s, e) in enumerate(self._hits):
            s16, e16 = self._map.to_utf16(s), self._map.to_utf16(e)
            block = doc.findBlock(s16)
            b0 = block.position()
            by_block.setdefault(block.blockNumber(), []).append(
                (s16 - b0, min(e16, b0 + block.length() - 1) - b0, i == self._current_hit)
            )
        changed = self._highlighter.set_hits(by_block)
        for number in sorted(changed):
            self._highlighter.rehighlightBlock(doc.findBlockByNumber(number))

    # ------------------------------------------------------------------------------------------
    # positions and selection (code points outside, UTF-16 inside)

    def selection(self) -> tuple[int, int] | None:
        """The selection in code points, or None when nothing is selected."""
        c = self.textCursor()
        if not c.hasSelection():
            return None
        a, b = sorted((c.selectionStart(), c.selectionEnd()))
        return self._map.to_codepoint(a), self._map.to_codepoint(b)

    def snapped_selection(self) -> tuple[int, int] | None:
        """The selection widened to whole words, never splitting a letter from its marks; the
        visible selection is updated to match."""
        sel = self.selection()
        if sel is None:
            return None
        try:
            start, end = textrules.snap_to_words(self.text, *sel)
        except ValueError:
            return None
        if (start, end) != sel:
            self.select_range(start, end)
        return start, end

    def select_range(self, start: int, end: int) -> None:
        c = self.textCursor()
        c.setPosition(self._map.to_utf16(start))
        c.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(c)

    def show_range(self, start: int, end: int, *, select: bool = True) -> None:
        """Scroll so that [start, end) is visible (and select it)."""
        c = self.textCursor()
        c.setPosition(self._map.to_utf16(start))
        if select:
            c.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(c)
        self.centerCursor()

    def codepoint_at(self, pos: QPoint) -> int:
        return self._map.to_codepoint(self.cursorForPosition(pos).position())

    def highlights_at(self, cp: int) -> list[Highlight]:
        i = bisect.bisect_right(self._starts, cp)
        return [h for h in self._highlights[:i] if h.start <= cp < h.end]

    # ------------------------------------------------------------------------------------------
    # events

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            lines = []
            cp = self.codepoint_at(self.viewport().mapFromGlobal(e.globalPos()))
            for h in self.highlights_at(cp):
                if not h.claim_ids:
                    lines.append(self.tr("Highlight without a claim"))
                for cid in h.claim_ids:
                    claim, verdict = self._claim_texts.get(cid, ("", ""))
                    lines.append(f"{claim}\n— {verdict}")
            if lines:
                QToolTip.showText(e.globalPos(), literal("\n\n".join(lines)), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        super().mouseReleaseEvent(e)
        if e.button() != Qt.MouseButton.LeftButton:
            return
        if self.textCursor().hasSelection():
            self.snapped_selection()
            return
        hits = self.highlights_at(self.codepoint_at(e.position().toPoint()))
        if hits:
            h = hits[-1]
            if h.claim_ids:
                self.claimClicked.emit(h.claim_ids[0])
            else:
                self.spanClicked.emit(h.span_id)

    def paintEvent(self, e: QPaintEvent) -> None:
        super().paintEvent(e)
        if not self.show_invisibles or not self._invisibles:
            return
        painter = QPainter(self.viewport())
        try:
            font = QFont(self.font())
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.55))
            painter.setFont(font)
            top = self.cursorForPosition(QPoint(0, 0)).position()
            bottom = self.cursorForPosition(
                QPoint(self.viewport().width(), self.viewport().height())
            ).position()
            lo, hi = sorted((top, bottom))
            lo_cp, hi_cp = (
                self._map.to_codepoint(lo),
                self._map.to_codepoint(min(hi + 200, self._map.utf16_length)),
            )
            for inv in self._invisibles:
                if inv.offset < lo_cp or inv.offset > hi_cp:
                    continue
                c = QTextCursor(self.document())
                c.setPosition(self._map.to_utf16(inv.offset))
                rect = self.cursorRect(c)
                label = inv.name
                width = painter.fontMetrics().horizontalAdvance(label) + 4
                box = QRect(rect.x() - width // 2, rect.top() - 2, width, painter.fontMetrics().height())
                painter.fillRect(box, QColor("#c62828") if inv.is_bidi else QColor("#6a1b9a"))
                painter.setPen(QColor("#ffffff"))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        finally:
            painter.end()

    def invisibles(self) -> list[textrules.Invisible]:
        return list(self._invisibles)
