"""Check-worthy sentences in the reader: View → Show check-worthy sentences underlines them at their
code points, found off the window's thread (a late result for another article is dropped); one key
makes the sentence at the caret a claim (undoable), F8 steps through them, a sentence a claim
already covers loses its underline, the reasons show in the interface language, and the toggle is
remembered."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QToolTip

from factdesk.app.reading import read_text
from factdesk.core import text as textrules
from factdesk.ui.preferences import Preferences
from factdesk.ui.reader import (
    NEUTRAL,
    SUGGESTION,
    SUGGESTION_FIGURE,
    SUGGESTION_STRONG,
    ArticleReader,
    SuggestionMark,
)
from factdesk.ui.window import MainWindow

#: the seed figure of the Sputnik report, «ما لا يقل عن 120» (the convoy of 25 May)
CONVOY = "ما لا يقل عن 120"
#: the seed figure of the RT report, «أكثر من 80» (the night of 30 May)
NIGHT = "أكثر من 80"

#: how a suggestion is underlined: the strongest with a deeper wave, the others dashed
UNDERLINED = {
    QTextCharFormat.UnderlineStyle.WaveUnderline: SUGGESTION_STRONG,
    QTextCharFormat.UnderlineStyle.DashUnderline: SUGGESTION,
}


def article_with(window: MainWindow, phrase: str) -> str:
    read = window.session.read
    found = [a for a in read.article_ids() if phrase in str(read.get("article", a)["text"])]
    assert found, f"no article of the demo holds «{phrase}»"
    return found[0]


def format_at(reader: ArticleReader, cp: int) -> QTextCharFormat:
    """The format the reader lays out at code point ``cp`` (converted by the reader's one offset map)."""
    pos = reader._map.to_utf16(cp)
    block = reader.document().findBlock(pos)
    rel = pos - block.position()
    ranges = block.layout().formats()  # keep the list alive while copying its formats
    found = [QTextCharFormat(f.format) for f in ranges if f.start <= rel < f.start + f.length]
    return found[-1] if found else QTextCharFormat()


def underlined(reader: ArticleReader, cp: int) -> bool:
    fmt = format_at(reader, cp)
    return UNDERLINED.get(fmt.underlineStyle()) == fmt.underlineColor()


def show_suggestions(window: MainWindow, qtbot, article_id: str) -> ArticleReader:
    wb = window.workbench
    if wb.article_id != article_id:
        wb.open_article(article_id)
    with qtbot.waitSignal(wb.suggestions.shown, timeout=10_000, check_params_cb=lambda a: a == article_id):
        window.menu_actions.show_suggestions.setChecked(True)
    reader = wb.reader
    qtbot.waitUntil(lambda: not reader._pending, timeout=10_000)  # every block laid out
    return reader


def mark_holding(reader: ArticleReader, phrase: str) -> SuggestionMark:
    at = reader.text.index(phrase)
    mark = next((m for m in reader.suggestions if m.start <= at < m.end), None)
    assert mark is not None, f"no suggestion holds «{phrase}»"
    return mark


def test_the_toggle_underlines_each_sentence_at_its_code_points(window: MainWindow, qtbot) -> None:
    article = article_with(window, CONVOY)
    reader = show_suggestions(window, qtbot, article)
    expected = read_text(article, reader.text, None).suggestions
    assert len(expected) > 3
    # the ranked sentences of the rules, each snapped to whole words like a selection
    assert [(m.start, m.end) for m in reader.suggestions] == sorted(
        textrules.snap_to_words(reader.text, s.start, s.end) for s in expected
    )
    live = reader.open_suggestions()
    assert live, "every sentence of the seed is already a claim: nothing left to show"
    for mark in live:
        # the words are underlined, in the suggestion colour, from the first letter to the last
        assert all(underlined(reader, cp) for cp in range(mark.start, mark.end)), reader.text[
            mark.start : mark.end
        ]
        # the full stop after it and the space before the next sentence are not
        assert mark.end == len(reader.text) or not underlined(reader, mark.end)
    strong = [m for m in live if m.strong]
    assert strong and all("figure" in m.reasons for m in strong)
    wave = format_at(reader, strong[0].start).underlineStyle()
    assert wave == QTextCharFormat.UnderlineStyle.WaveUnderline
    weak = [m for m in live if not m.strong]
    if weak:
        assert (
            format_at(reader, weak[0].start).underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
        )
    # its figures stand out in the same colour family
    figure = next(f for m in strong for f in m.figures)
    assert format_at(reader, figure[0]).foreground().color() == SUGGESTION_FIGURE
    # turned off, every underline goes
    window.menu_actions.show_suggestions.setChecked(False)
    qtbot.waitUntil(lambda: not reader._pending, timeout=10_000)
    assert reader.suggestions == []
    assert not any(underlined(reader, cp) for m in live for cp in range(m.start, m.end))


def test_underlines_keep_a_highlight_and_land_right_after_an_emoji(qtbot) -> None:
    """Code points outside, UTF-16 inside: after an emoji (two UTF-16 units) the underline still
    starts on the sentence's first letter, and a highlight under it keeps its colour."""
    from factdesk.ui.reader import Highlight

    text = "😀 قال الوزير إن 80 مسلحاً قتلوا. جملة أخرى."
    reader = ArticleReader()
    qtbot.addWidget(reader)
    reader.set_article("a", text)
    start, end = text.index("قال"), text.index("قتلوا") + len("قتلوا")
    reader.set_highlights([Highlight("s", text.index("الوزير"), text.index(" إن"), (), "")], {})
    reader.set_suggestions(
        [SuggestionMark(start, end, 9.0, ("figure",), True, ((text.index("80"), text.index("80") + 2),))]
    )
    qtbot.waitUntil(lambda: not reader._pending)
    assert not underlined(reader, start - 1) and underlined(reader, start) and underlined(reader, end - 1)
    assert not underlined(reader, end)
    inside = format_at(reader, text.index("الوزير"))
    assert inside.background().color().name() == NEUTRAL.name()  # the unlinked highlight's colour is kept
    assert underlined(reader, text.index("الوزير"))


def test_the_reading_runs_off_the_window_thread_and_a_late_result_is_dropped(
    window: MainWindow, qtbot
) -> None:
    wb = window.workbench
    first = article_with(window, NIGHT)
    second = article_with(window, CONVOY)
    assert first != second
    wb.open_article(first)
    release, started = threading.Event(), threading.Event()
    threads: list[int] = []

    def gated(article_id: str, text: str, published):
        threads.append(threading.get_ident())
        if article_id == first:
            started.set()
            assert release.wait(30), "the test never released the first reading"
        return read_text(article_id, text, published)

    wb.suggestions.read_fn = gated
    window.menu_actions.show_suggestions.setChecked(True)  # returns at once: the reading waits on its thread
    qtbot.waitUntil(started.is_set, timeout=10_000)  # the window's event loop turns meanwhile
    assert wb.reader.suggestions == []
    with qtbot.waitSignal(wb.suggestions.shown, timeout=10_000) as shown:
        wb.open_article(second)
    assert shown.args == [second]
    drawn = list(wb.reader.suggestions)
    assert any(CONVOY in wb.reader.text[m.start : m.end] for m in drawn)
    with qtbot.waitSignal(wb.suggestions.discarded, timeout=10_000) as dropped:
        release.set()
    assert dropped.args == [first]
    qtbot.waitUntil(lambda: wb.suggestions.running() == 0, timeout=10_000)
    assert wb.reader.article_id == second and wb.reader.suggestions == drawn  # never the first article's
    assert threads and threading.main_thread().ident not in threads


def test_closing_the_project_while_reading_leaves_no_worker_behind(window: MainWindow, qtbot) -> None:
    wb = window.workbench
    release, started = threading.Event(), threading.Event()

    def gated(article_id: str, text: str, published):
        started.set()
        release.wait(30)
        return read_text(article_id, text, published)

    wb.suggestions.read_fn = gated
    window.menu_actions.show_suggestions.setChecked(True)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    release.set()  # the worker finishes while the window closes: closing waits for it
    window.close_project()
    assert [t for t in threading.enumerate() if t.name == "factdesk-job-suggestions"] == []


def test_one_key_makes_the_sentence_at_the_caret_a_claim_and_undo_removes_it(
    window: MainWindow, qtbot
) -> None:
    article = article_with(window, CONVOY)
    reader = show_suggestions(window, qtbot, article)
    mark = next(m for m in reader.open_suggestions() if m.strong)
    sentence = reader.text[mark.start : mark.end]
    middle = (mark.start + mark.end) // 2
    reader.select_range(middle, middle)  # just the caret, inside the sentence
    before = set(window.session.read.claim_ids())
    window.menu_actions.claim_suggestion.trigger()
    (claim_id,) = set(window.session.read.claim_ids()) - before
    claim = window.session.read.get("claim", claim_id)
    assert claim["text"] == sentence
    (appearance,) = window.session.read.appearances(claim_id)
    assert (appearance.article_id, appearance.start, appearance.end) == (article, mark.start, mark.end)
    assert appearance.quote == sentence
    # what is left to check: the sentence is no longer underlined
    qtbot.waitUntil(lambda: not reader._pending)
    assert mark not in reader.open_suggestions()
    assert not underlined(reader, mark.start)
    assert window.session.undo_label() != ""
    window.menu_actions.undo.trigger()
    assert window.session.read.get("claim", claim_id) is None
    qtbot.waitUntil(lambda: not reader._pending)
    assert mark in reader.open_suggestions() and underlined(reader, mark.start)


def test_a_sentence_a_claim_already_covers_is_not_underlined(window: MainWindow, qtbot) -> None:
    """The demo already has a claim on «مقتل أكثر من 80 مسلحاً»: its sentence is not offered again."""
    article = article_with(window, NIGHT)
    reader = show_suggestions(window, qtbot, article)
    mark = mark_holding(reader, NIGHT)
    at = reader.text.index(NIGHT)
    assert any(h.claim_ids for h in reader.highlights_at(at)), "the demo no longer claims «أكثر من 80»"
    assert mark not in reader.open_suggestions()
    assert not underlined(reader, at)
    assert reader.suggestion_at(at) is None


def test_f8_steps_through_what_is_left_to_check(window: MainWindow, qtbot) -> None:
    reader = show_suggestions(window, qtbot, article_with(window, CONVOY))
    live = reader.open_suggestions()
    reader.select_range(0, 0)
    visited, said = [], []
    for _ in live:
        window.menu_actions.next_suggestion.trigger()
        visited.append(reader.selection())
        said.append(window.statusBar().currentMessage())
    assert visited == [(m.start, m.end) for m in live]  # reading order, each selected
    assert said[0].startswith(f"Check-worthy sentence 1 of {len(live)}: Worth checking")
    window.menu_actions.next_suggestion.trigger()
    assert reader.selection() == (live[0].start, live[0].end)  # round again
    window.menu_actions.previous_suggestion.trigger()
    assert reader.selection() == (live[-1].start, live[-1].end)


def test_the_context_menu_over_a_sentence_offers_to_claim_it(window: MainWindow, qtbot) -> None:
    reader = show_suggestions(window, qtbot, article_with(window, CONVOY))
    reader.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    elsewhere, mark = reader.open_suggestions()[:2]
    reader.select_range(elsewhere.start, elsewhere.start)  # the caret on another sentence
    c = reader.textCursor()
    c.setPosition(reader._map.to_utf16(mark.start + 1))
    point = reader.cursorRect(c).center()
    assert reader.suggestion_at(reader.codepoint_at(point)) == mark, "the second sentence is not in sight"
    menu = reader.context_menu_at(point)
    try:
        assert window.menu_actions.claim_suggestion in menu.actions()
        assert reader.suggestion_at_caret() == mark  # the caret followed the right click
    finally:
        menu.deleteLater()


def test_the_reasons_show_on_hover_in_the_interface_language(window: MainWindow, qtbot, arabic) -> None:
    reader = show_suggestions(window, qtbot, article_with(window, CONVOY))
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    mark = next(m for m in reader.open_suggestions() if {"figure", "named actor"} <= set(m.reasons))
    tip = reader.suggestion_tip(mark)
    assert tip.startswith("جديرة بالتحقق أولاً")
    assert "أرقام" in tip and "جهات مسمّاة" in tip and "figure" not in tip
    reader.show_range(mark.start, mark.start, select=False)
    c = reader.textCursor()
    c.setPosition(reader._map.to_utf16(mark.start + 2))
    local = reader.cursorRect(c).center()
    event = QHelpEvent(QEvent.Type.ToolTip, local, reader.viewport().mapToGlobal(local))
    QApplication.sendEvent(reader, event)
    assert "أرقام" in QToolTip.text()
    QToolTip.hideText()


def test_the_reasons_read_in_english_too(window: MainWindow, qtbot) -> None:
    reader = show_suggestions(window, qtbot, article_with(window, CONVOY))
    mark = next(m for m in reader.open_suggestions() if m.strong)
    assert reader.suggestion_tip(mark).startswith("Worth checking first: figures")


def test_the_toggle_is_remembered(window: MainWindow, qtbot, demo_copy: Path) -> None:
    window.menu_actions.show_suggestions.setChecked(True)
    assert Preferences().get("show_suggestions") is True
    window.close_project()
    again = MainWindow(Preferences())
    qtbot.addWidget(again)
    try:
        assert again.menu_actions.show_suggestions.isChecked()
        assert again.open_project(str(demo_copy))
        wb = again.workbench
        assert wb.suggestions.enabled
        qtbot.waitUntil(lambda: bool(wb.reader.suggestions), timeout=10_000)
    finally:
        again.close_project()


@pytest.mark.parametrize("on", [True, False])
def test_the_claim_key_says_why_it_did_nothing(window: MainWindow, qtbot, on: bool) -> None:
    reader = window.workbench.reader
    if on:
        reader = show_suggestions(window, qtbot, article_with(window, NIGHT))
        at = reader.text.index(NIGHT)
        reader.select_range(at, at)  # a sentence already claimed: nothing underlined there
    before = window.session.read.claim_count()
    window.menu_actions.claim_suggestion.trigger()
    assert window.session.read.claim_count() == before
    assert window.statusBar().currentMessage()
