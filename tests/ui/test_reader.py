"""The reader: code points outside, UTF-16 inside; selections snap to words; highlights are
layout formats (never document edits), overlaps visible, re-laid out only where they change."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from factdesk.ui.reader import NEUTRAL, ArticleReader, Highlight, SpanHighlighter, span_segments

TEXT = "😀 خرج المسلحون من الرَّقة ليل 30 مايو/أيار 2017 نحو Palmyra تدمر.\nسطر ثانٍ فيه 👩‍👩‍👧 و«بيك آب»."


@pytest.fixture
def reader(qtbot) -> ArticleReader:
    r = ArticleReader()
    qtbot.addWidget(r)
    r.resize(900, 500)
    r.set_article("a", TEXT)
    r.show()
    qtbot.waitExposed(r)
    return r


def formats_at(reader: ArticleReader, cp: int) -> list[QTextCharFormat]:
    pos = reader._map.to_utf16(cp)
    block = reader.document().findBlock(pos)
    rel = pos - block.position()
    ranges = block.layout().formats()  # keep the list alive while copying its formats
    return [QTextCharFormat(f.format) for f in ranges if f.start <= rel < f.start + f.length]


def test_code_points_survive_the_utf16_boundary(reader: ArticleReader) -> None:
    start = TEXT.index("الرَّقة")
    end = start + len("الرَّقة")
    reader.select_range(start, end)
    assert reader.selection() == (start, end)
    # Qt's own offsets are UTF-16: the emoji before it counts twice there
    assert reader.textCursor().selectionStart() == start + 1
    second = TEXT.index("و«بيك")
    reader.select_range(second, len(TEXT))
    assert TEXT[slice(*reader.selection())] == "و«بيك آب»."


@pytest.mark.parametrize("backwards", [False, True])
def test_a_selection_snaps_to_whole_words_in_either_direction(reader: ArticleReader, backwards: bool) -> None:
    a = TEXT.index("المسلحون") + 3
    b = TEXT.index("30") + 1
    c = reader.textCursor()
    first, second = (b, a) if backwards else (a, b)
    c.setPosition(reader._map.to_utf16(first))
    c.setPosition(reader._map.to_utf16(second), QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(c)
    start, end = reader.snapped_selection()
    assert TEXT[start:end] == "المسلحون من الرَّقة ليل 30"
    assert reader.selection() == (start, end)  # the visible selection follows


def test_snapping_keeps_marks_latin_words_and_dates_whole(reader: ArticleReader) -> None:
    shadda = TEXT.index("الرَّقة") + 3  # between ر and its shadda
    reader.select_range(shadda, shadda + 1)
    assert TEXT[slice(*reader.snapped_selection())] == "الرَّقة"
    p = TEXT.index("Palmyra") + 2
    reader.select_range(p, p + 2)
    assert TEXT[slice(*reader.snapped_selection())] == "Palmyra"
    d = TEXT.index("مايو/أيار") + 1
    reader.select_range(d, d + 3)
    assert TEXT[slice(*reader.snapped_selection())] in ("مايو/أيار", "مايو")


def test_highlights_are_layout_formats_with_visible_overlaps(reader: ArticleReader) -> None:
    a = TEXT.index("المسلحون")
    b = TEXT.index("ليل")
    reader.set_highlights(
        [
            Highlight("s1", a, b + 3, ("c1",), "#c62828"),
            Highlight("s2", b, b + 6, (), ""),
        ],
        {"c1": ("خرج المسلحون", "خاطئ")},
    )
    only_first = formats_at(reader, a)
    both = formats_at(reader, b + 1)
    assert only_first and only_first[0].background().color().name() == "#c62828"
    assert both and both[0].fontUnderline()  # the overlap is marked as such
    assert both[0].background().color().alpha() > only_first[0].background().color().alpha()
    assert not reader.document().isUndoAvailable()
    assert reader.document().toPlainText() == TEXT  # the text itself never changes
    assert [h.span_id for h in reader.highlights_at(b + 1)] == ["s1", "s2"]


def test_adding_a_highlight_relays_out_only_its_block(reader: ArticleReader, monkeypatch) -> None:
    reader.set_highlights([Highlight("s1", 2, 6, (), "")], {})
    calls = []
    original = reader._highlighter.rehighlightBlock
    monkeypatch.setattr(
        reader._highlighter,
        "rehighlightBlock",
        lambda block: (calls.append(block.blockNumber()), original(block)),
    )
    start = TEXT.index("سطر")
    reader.add_highlight(Highlight("s2", start, start + 3, ("c9",), "#2e7d32"))
    assert calls == [1]
    assert formats_at(reader, start)[0].background().color().name() == "#2e7d32"


def test_selected_claim_is_bold(reader: ArticleReader) -> None:
    a = TEXT.index("تدمر")
    reader.set_highlights([Highlight("s1", a, a + 4, ("c1",), "#2e7d32")], {"c1": ("تدمر", "صحيح")})
    assert formats_at(reader, a)[0].fontWeight() < 600
    reader.select_claim("c1")
    assert formats_at(reader, a)[0].fontWeight() >= 600


def test_search_hits_and_navigation(reader: ArticleReader) -> None:
    hits = [(TEXT.index("الرَّقة"), TEXT.index("الرَّقة") + 7), (TEXT.index("تدمر"), TEXT.index("تدمر") + 4)]
    reader.set_hits(hits)
    assert reader.hit_count == 2 and reader.current_hit == 0
    assert reader.next_hit() == 1
    assert reader.next_hit() == 0
    assert reader.next_hit(-1) == 1
    assert formats_at(reader, hits[1][0])[-1].background().color().name() == "#ff9800"


def test_invisible_characters_are_found_and_can_be_drawn(qtbot) -> None:
    r = ArticleReader()
    qtbot.addWidget(r)
    r.set_article("b", "نص\u202eمعكوس\u202c و\u200fعلامة")
    assert [i.name for i in r.invisibles()] == ["RLO", "PDF", "RLM"]
    r.show_invisibles = True
    r.resize(500, 200)
    r.show()
    qtbot.waitExposed(r)
    image = r.viewport().grab().toImage()
    reds = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, 60, 2)
        if image.pixelColor(x, y).name() == "#c62828"
    )
    assert reds > 0  # the bidi controls are shown, not trusted


def test_reader_is_right_to_left(reader: ArticleReader) -> None:
    assert reader.layoutDirection() == Qt.LayoutDirection.RightToLeft
    option = reader.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft


def _looks_per_character(ranges: list[tuple[int, int, str, bool]], length: int) -> list[tuple | None]:
    """The definition, one character at a time: the highlights covering it, in the reader's order
    (by start, longest first); the innermost's colour on top, how many, the outermost's colour,
    bold if any is the selected claim's."""
    out: list[tuple | None] = []
    for x in range(length):
        cover = [r for r in ranges if r[0] <= x < r[1]]
        out.append((cover[-1][2], len(cover), cover[0][2], any(r[3] for r in cover)) if cover else None)
    return out


def test_overlapping_highlights_keep_their_colours_and_positions() -> None:
    red, green, grey = "#c62828", "#2e7d32", "#90a4ae"
    ranges = [(2, 10, red, False), (4, 6, green, True), (5, 12, grey, False)]
    assert span_segments(ranges, 14) == [
        (2, 4, (red, 1, red, False)),
        (4, 5, (green, 2, red, True)),
        (5, 6, (grey, 3, red, True)),
        (6, 10, (grey, 2, red, False)),
        (10, 12, (grey, 1, grey, False)),
    ]


@pytest.mark.parametrize("seed", range(20))
def test_the_sweep_agrees_with_asking_every_highlight_at_every_character(seed: int) -> None:
    rng = random.Random(seed)
    length = 60
    ranges = []
    for _ in range(rng.randint(1, 25)):
        a = rng.randrange(length - 1)
        ranges.append(
            (
                a,
                rng.randint(a + 1, min(length, a + 20)),
                rng.choice(("#c62828", "#2e7d32", "#90a4ae")),
                rng.random() < 0.2,
            )
        )
    ranges.sort(key=lambda r: (r[0], -r[1]))
    drawn: list[tuple | None] = [None] * length
    for a, b, key in span_segments(ranges, length):
        drawn[a:b] = [key] * (b - a)
    assert drawn == _looks_per_character(ranges, length)


def test_the_reader_draws_overlaps_where_they_are(reader: ArticleReader, qtbot) -> None:
    """The layout formats Qt holds for a block show, at each character, what the overlaps there say."""
    a = TEXT.index("المسلحون")
    b = TEXT.index("ليل")
    c = TEXT.index("2017")
    reader.set_highlights(
        [
            Highlight("s1", a, c, ("c1",), "#c62828"),
            Highlight("s2", b, b + 3, ("c2",), "#2e7d32"),
            Highlight("s3", b + 1, c + 4, (), ""),
        ],
        {},
        selected_claim="c2",
    )
    qtbot.waitUntil(lambda: not reader._pending)  # laid out while idle, a batch of blocks at a time
    ranges = reader._ranges_for_block(0)
    expected = _looks_per_character(ranges, TEXT.index("\n") + 1)
    for cp in range(a - 2, c + 6):
        shown = formats_at(reader, cp)
        key = expected[reader._map.to_utf16(cp)]
        if key is None:
            assert not shown or shown[0].background().style() == Qt.BrushStyle.NoBrush, cp
            continue
        want = SpanHighlighter._make_format(*key)
        got = shown[0]
        assert got.background().color().name() == want.background().color().name(), cp
        assert got.background().color().alpha() == want.background().color().alpha(), cp
        assert got.fontUnderline() == want.fontUnderline(), cp
        assert got.fontWeight() == want.fontWeight(), cp
    assert formats_at(reader, b + 1)[0].background().color().name() == NEUTRAL.name()  # innermost on top
    assert formats_at(reader, b)[0].fontWeight() >= 600  # the selected claim's words


def test_a_highlight_covering_a_whole_line_is_drawn(reader: ArticleReader, qtbot) -> None:
    """A highlight from the first letter of a line to its last has no edge inside the line."""
    start = TEXT.index("\n") + 1
    reader.set_highlights([Highlight("s1", start, len(TEXT), ("c1",), "#2e7d32")], {})
    qtbot.waitUntil(lambda: not reader._pending)
    for cp in (start, len(TEXT) - 1):
        assert formats_at(reader, cp)[0].background().color().name() == "#2e7d32"
    reader.set_highlights([], {})  # and taking it away clears the line
    qtbot.waitUntil(lambda: not reader._pending)
    assert not formats_at(reader, start)


def test_what_is_on_screen_has_its_highlights_at_the_first_paint(qtbot) -> None:
    """Opening lays out the blocks on screen before they are painted, the others only later."""
    line = "قال المتحدث إن عدد الضحايا بلغ 120 شخصا في الهجوم الأخير على القرية."
    text = "\n".join([line] * 400)
    r = ArticleReader()
    qtbot.addWidget(r)
    r.resize(700, 400)
    word = line.index("الضحايا")
    starts = [i * (len(line) + 1) for i in range(400)]
    r.set_article("long", text)
    r.set_highlights([Highlight(f"s{i}", s + word, s + word + 7, (), "") for i, s in enumerate(starts)], {})
    painted: list[set[int]] = []
    waiting_then: list[int] = []
    original = r.paintEvent

    def spy(e) -> None:
        original(e)
        painted.append(set(r._visible_blocks()) & r._pending)
        waiting_then.append(len(r._pending))

    r.paintEvent = spy  # type: ignore[method-assign]
    r.show()
    qtbot.waitExposed(r)
    qtbot.waitUntil(lambda: bool(painted))
    assert painted[0] == set()  # no block on screen was waiting for its highlights
    for number in r._visible_blocks():
        assert formats_at(r, starts[number] + word)[0].background().style() != Qt.BrushStyle.NoBrush
    # the rest of the article was not laid out before the first paint (asked at that paint: the idle
    # slices that follow it are quick enough to finish before the event loop hands back here)
    assert waiting_then[0] > 0
    qtbot.waitUntil(lambda: not r._pending)
    assert formats_at(r, starts[-1] + word)  # and is, once idle


def test_a_long_highlight_shows_in_every_paragraph_it_covers(qtbot) -> None:
    """A highlight over thousands of letters (a whole passage quoted) shows in each of its
    paragraphs, under the short ones inside it, and in none after it; given out of order too."""
    para = "😀 قال المتحدث إن عدد الضحايا بلغ 120 شخصا في الهجوم الأخير على القرية الواقعة شمالا."
    text = "\n".join([para] * 120)
    starts = [i * (len(para) + 1) for i in range(120)]
    r = ArticleReader()
    qtbot.addWidget(r)
    r.resize(700, 400)
    r.set_article("long", text)
    word = para.index("الضحايا")
    long = Highlight("long", starts[3] + 2, starts[80] + 10, ("c1",), "#c62828")  # about 6,800 letters
    short = Highlight("short", starts[40] + word, starts[40] + word + 7, ("c2",), "#2e7d32")
    after = Highlight("after", starts[100] + word, starts[100] + word + 7, (), "")
    r.set_highlights([after, short, long], {})
    r.show()
    qtbot.waitExposed(r)
    qtbot.waitUntil(lambda: not r._pending)
    for number in (3, 41, 79):
        shown = formats_at(r, starts[number] + word)
        assert shown and shown[0].background().color().name() == "#c62828"
    both = formats_at(r, starts[40] + word)
    assert both and both[0].background().color().name() == "#2e7d32" and both[0].fontUnderline()
    assert not formats_at(r, starts[81] + word)  # past its end
    assert not formats_at(r, starts[2] + word)  # before its start
    assert formats_at(r, starts[100] + word)
    assert [h.span_id for h in r.highlights_at(starts[40] + word)] == ["long", "short"]
