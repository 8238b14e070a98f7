"""Tags, the claim's own note and the claims table's filters, driven by keys and clicks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from factdesk.core import operations as ops
from factdesk.ui.labels import verdict_text

LEFT = Qt.MouseButton.LeftButton


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying Arabic text (QTest.keyClicks only knows Latin-1)."""
    widget.setFocus()
    for char in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        )


def leave(widget: QWidget) -> None:
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


def shown_ids(bench) -> list[str]:
    model = bench.claims_model
    return [model.id_at(r) for r in range(model.rowCount())]


def test_a_claim_is_tagged_with_enter_filtered_by_its_tag_and_untagged_with_delete(
    open_window, demo_copy: Path, qtbot
) -> None:
    window = open_window(demo_copy)
    bench = window.workbench
    tags = bench.detail.tags_note
    claims = window.session.read.claims()
    first, second = claims[0].id, claims[1].id
    bench.select_claim(first)
    type_text(tags.tag_edit, "#سوريا")
    qtbot.keyClick(tags.tag_edit, Qt.Key.Key_Return)
    assert tags.tag_names() == ["سوريا"] and tags.tag_edit.text() == ""
    bench.select_claim(second)
    type_text(tags.tag_edit, "انتخابات")
    qtbot.keyClick(tags.tag_edit, Qt.Key.Key_Return)
    assert window.session.read.claim_tags(second) == ["انتخابات"]
    # the tag filter lists the project's tags, and keeps the claims filed under the one chosen
    tag_filter = bench.claim_filters.tag
    assert [tag_filter.itemData(i) for i in range(tag_filter.count())] == [None, "انتخابات", "سوريا"]
    tag_filter.setFocus()
    qtbot.keyClick(tag_filter, Qt.Key.Key_Down)
    qtbot.keyClick(tag_filter, Qt.Key.Key_Down)
    assert tag_filter.currentData() == "سوريا"
    assert shown_ids(bench) == [first]
    counts = "".join(ch for ch in bench.claim_filters.counts.text() if ch.isprintable())
    assert (
        counts == f"{verdict_text(claims[0].verdict_ar, claims[0].verdict_en)}: 1"
    )  # one claim left, at its verdict
    # one undo takes the last tag off; Delete on the selected tag takes a tag off
    window.menu_actions.undo.trigger()
    assert window.session.read.claim_tags(second) == []
    bench.select_claim(first)
    tags.tags.setFocus()
    tags.tags.setCurrentRow(0)
    qtbot.keyClick(tags.tags, Qt.Key.Key_Delete)
    assert window.session.read.claim_tags(first) == []
    # the tag chosen is gone: the filter falls back to every claim
    qtbot.waitUntil(lambda: tag_filter.currentData() is None)
    assert len(shown_ids(bench)) == len(claims)
    window.menu_actions.undo.trigger()
    assert window.session.read.claim_tags(first) == ["سوريا"]


def test_the_note_is_saved_when_leaving_it_in_one_undoable_step(open_window, demo_copy: Path, qtbot) -> None:
    window = open_window(demo_copy)
    bench = window.workbench
    claim = window.session.read.claims()[0]
    bench.select_claim(claim.id)
    note = bench.detail.tags_note.note
    type_text(note, "اتصل بالمرصد")
    leave(note)
    assert window.session.project.get("claim", claim.id)["note"] == "اتصل بالمرصد"
    assert window.session.undo_label() == "edit claim note"
    window.menu_actions.undo.trigger()
    assert window.session.project.get("claim", claim.id)["note"] == ""
    assert note.toPlainText() == ""


def test_the_table_filters_by_still_unverified_article_outlet_and_dates(
    open_window, demo_copy: Path, qtbot
) -> None:
    window = open_window(demo_copy)
    bench = window.workbench
    read = window.session.read
    filters = bench.claim_filters
    everyone = shown_ids(bench)
    qtbot.mouseClick(filters.unverified, LEFT)
    still = {c.id for c in read.claims() if c.verdict in ("unverified", "in_progress")}
    assert set(shown_ids(bench)) == still and 0 < len(still) < len(everyone)
    # a verdict set elsewhere takes the claim off the list at once
    some = sorted(still)[0]
    window.session.run(ops.SetVerdict(some, "false"))
    assert some not in shown_ids(bench)
    qtbot.mouseClick(filters.unverified, LEFT)
    assert len(shown_ids(bench)) == len(everyone)
    # in the article open in the reader
    articles = read.rows("article")
    may = next(a for a in articles if a["published"] == "2017-05")
    june = next(a for a in articles if a["published"] == "2017-06-01")
    bench.open_article(june["id"])
    qtbot.mouseClick(filters.in_article, LEFT)
    in_june = set(read.claim_ids(article_id=june["id"]))
    assert set(shown_ids(bench)) == in_june
    bench.open_article(may["id"])
    assert set(shown_ids(bench)) == set(read.claim_ids(article_id=may["id"]))
    qtbot.mouseClick(filters.in_article, LEFT)
    # by outlet (the demo's articles have none: give one its outlet)
    window.session.run(ops.EditArticle(june["id"], {"outlet": "وكالة الأنباء"}))
    assert filters.outlet.findData("وكالة الأنباء") >= 0
    filters.outlet.setCurrentIndex(filters.outlet.findData("وكالة الأنباء"))
    assert set(shown_ids(bench)) == in_june
    # by publication date, typed as a user types it
    qtbot.mouseClick(filters.clear_button, LEFT)
    assert len(shown_ids(bench)) == len(everyone)
    filters.since.setFocus()
    qtbot.keyClicks(filters.since, "2017-06-01")
    qtbot.keyClick(filters.since, Qt.Key.Key_Return)
    assert set(shown_ids(bench)) == in_june
    filters.since.clear()
    filters.until.setFocus()
    qtbot.keyClicks(filters.until, "2017-05")
    qtbot.keyClick(filters.until, Qt.Key.Key_Return)
    assert set(shown_ids(bench)) == set(read.claim_ids(article_id=may["id"]))
    # what is not a date is said so, and filters nothing
    filters.until.selectAll()
    qtbot.keyClicks(filters.until, "soon")
    qtbot.keyClick(filters.until, Qt.Key.Key_Return)
    assert filters.until.is_flagged() and len(shown_ids(bench)) == len(everyone)


def test_selecting_a_claim_hidden_by_the_filters_clears_them(open_window, demo_copy: Path, qtbot) -> None:
    window = open_window(demo_copy)
    bench = window.workbench
    done = next(c for c in window.session.read.claims() if c.verdict == "true")
    qtbot.mouseClick(bench.claim_filters.unverified, LEFT)
    assert done.id not in shown_ids(bench)
    bench.select_claim(done.id)
    assert not bench.claim_filters.unverified.isChecked()
    assert bench.claims_model.id_at(bench.claims.currentIndex().row()) == done.id
