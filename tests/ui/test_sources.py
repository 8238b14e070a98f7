"""The sources panel on the demo project: list, filter, edit as one undoable step, new, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit

from factdesk.app.demo import CLAIMS as DEMO_CLAIMS
from factdesk.ui.models import ID_ROLE

STATEMENT = "بيان وزارة الدفاع الروسية عن الضربات قرب الرقة"


@pytest.fixture
def panel(session, qtbot):
    from factdesk.ui.sources import SourcesPanel

    widget = SourcesPanel(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.messages = []
    widget.explain = widget.messages.append  # no modal message boxes in tests
    return widget


def _shown_ids(panel) -> list[str]:
    return [panel.table.model().index(r, 0).data(ID_ROLE) for r in range(panel.table.model().rowCount())]


def _source_id(session, title: str) -> str:
    return next(str(r["id"]) for r in session.project.rows("source") if r["title"] == title)


def _type(widget, text: str) -> None:
    """Key presses carrying Arabic text (QTest.keyClicks only knows Latin-1)."""
    for char in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        )


def _type_and_leave(qtbot, edit: QLineEdit, text: str) -> None:
    """Type as a user does (select all, type over it), then move the focus away."""
    edit.setFocus()
    edit.selectAll()
    if text:
        _type(edit, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


def test_lists_the_demo_sources(panel, session) -> None:
    ids = _shown_ids(panel)
    assert sorted(ids) == sorted(str(r["id"]) for r in session.project.rows("source"))
    assert len(ids) == 3
    titles = [panel.table.model().index(r, 0).data() for r in range(len(ids))]
    assert STATEMENT in titles


def test_filter_narrows_and_is_arabic_folded(panel, qtbot) -> None:
    _type(panel.filter_edit, "بيان")
    assert panel.table.model().rowCount() == 1
    assert panel.table.model().index(0, 0).data() == STATEMENT
    panel.filter_edit.clear()
    assert panel.table.model().rowCount() == 3
    # no hamza, taa marbuta as heh: still found
    panel.filter_edit.setText("الرقه")
    assert panel.table.model().rowCount() == 3
    panel.filter_edit.setText("الاتفاق بين قوات")
    assert panel.table.model().rowCount() == 0


def test_select_fills_the_form_and_lists_the_claims_citing_it(panel, session, qtbot) -> None:
    sid = _source_id(session, STATEMENT)
    with qtbot.waitSignal(panel.sourceSelected) as signal:
        assert panel.select_source(sid)
    assert signal.args == [sid]
    assert panel.field("title").text() == STATEMENT
    assert panel.field("date").text() == "2017-06-01"
    assert panel.field("kind").currentData() == "official_statement"
    assert panel.field("reliability").currentData() == "medium"
    assert panel.field("publisher").text() == "وزارة الدفاع الروسية"
    assert isinstance(panel.field("notes"), QPlainTextEdit)
    cited = [panel.evidence_list.item(i).data(ID_ROLE) for i in range(panel.evidence_list.count())]
    assert len(cited) == len(DEMO_CLAIMS)
    assert set(cited) == {str(r["id"]) for r in session.project.rows("claim")}


def test_editing_the_title_is_one_undoable_step_and_undo_shows_in_the_form(panel, session, qtbot) -> None:
    sid = _source_id(session, STATEMENT)
    panel.select_source(sid)
    before = session.undo_stack.count()
    _type_and_leave(qtbot, panel.field("title"), "بيان الوزارة")
    assert session.undo_stack.count() == before + 1
    assert session.project.get("source", sid)["title"] == "بيان الوزارة"
    assert session.project.get("source", sid)["published"] == "2017-06-01"  # only the title changed
    shown = [panel.table.model().index(r, 0).data() for r in range(panel.table.model().rowCount())]
    assert "بيان الوزارة" in shown and STATEMENT not in shown
    # leaving again without typing saves nothing more
    QApplication.sendEvent(panel.field("title"), QFocusEvent(QEvent.Type.FocusOut))
    panel.commit()
    assert session.undo_stack.count() == before + 1

    session.undo_stack.undo()
    assert session.project.get("source", sid)["title"] == STATEMENT
    assert panel.field("title").text() == STATEMENT
    session.undo_stack.redo()
    assert panel.field("title").text() == "بيان الوزارة"


def test_enter_saves_and_a_combo_choice_saves_at_once(panel, session, qtbot) -> None:
    sid = _source_id(session, STATEMENT)
    panel.select_source(sid)
    before = session.undo_stack.count()
    publisher = panel.field("publisher")
    publisher.setFocus()
    publisher.selectAll()
    _type(publisher, "الكرملين")
    qtbot.keyClick(publisher, Qt.Key.Key_Return)
    assert session.project.get("source", sid)["publisher"] == "الكرملين"
    combo: QComboBox = panel.field("reliability")
    combo.setCurrentIndex(combo.findData("high"))
    combo.activated.emit(combo.currentIndex())
    assert session.project.get("source", sid)["reliability"] == "high"
    assert session.undo_stack.count() == before + 2
    session.undo_stack.undo()
    assert panel.field("reliability").currentData() == "medium"


def test_notes_are_saved_when_they_lose_focus(panel, session, qtbot) -> None:
    sid = _source_id(session, STATEMENT)
    panel.select_source(sid)
    notes: QPlainTextEdit = panel.field("notes")
    notes.setPlainText("ملاحظة\nثانية")
    QApplication.sendEvent(notes, QFocusEvent(QEvent.Type.FocusOut))
    assert session.project.get("source", sid)["notes"] == "ملاحظة\nثانية"


def test_an_invalid_date_shows_a_message_and_runs_nothing(panel, session, qtbot) -> None:
    sid = _source_id(session, STATEMENT)
    panel.select_source(sid)
    before = session.undo_stack.count()
    date = panel.field("date")
    _type_and_leave(qtbot, date, "2017-13-45")
    assert session.undo_stack.count() == before
    assert session.project.get("source", sid)["published"] == "2017-06-01"
    assert date.message.isVisible()
    assert "2017-05-31" in date.message.text()
    assert date.text() == "2017-13-45"  # what the user typed stays, to be corrected
    # correcting it (Arabic-Indic digits are fine) saves it and hides the message
    _type_and_leave(qtbot, date, "٢٠١٧-٥-٣١")
    assert not date.message.isVisible()
    assert session.project.get("source", sid)["published"] == "2017-05-31"
    assert date.text() == "2017-05-31"  # shown the standard way
    assert session.undo_stack.count() == before + 1


def test_a_refused_edit_is_explained_and_the_form_goes_back(panel, session, qtbot) -> None:
    sid = _source_id(session, STATEMENT)
    panel.select_source(sid)
    before = session.undo_stack.count()
    _type_and_leave(qtbot, panel.field("title"), "")
    assert session.undo_stack.count() == before
    qtbot.waitUntil(lambda: panel.messages == ["A source needs a title."])
    assert panel.field("title").text() == STATEMENT


def test_new_source_appears_and_is_selected(panel, session, qtbot) -> None:
    before = session.undo_stack.count()
    new_id = panel.new_source()
    assert new_id is not None
    assert session.undo_stack.count() == before + 1
    assert new_id in _shown_ids(panel)
    assert panel.current_id() == new_id
    assert panel.table.currentIndex().data(ID_ROLE) == new_id
    assert panel.field("title").text() == "New source"
    session.undo_stack.undo()
    assert new_id not in _shown_ids(panel)
    assert panel.current_id() is None
    assert not panel.form_side.isEnabled()


def test_delete_asks_naming_the_source_and_its_evidence(panel, session, monkeypatch) -> None:
    from factdesk.ui import dialogs

    sid = _source_id(session, STATEMENT)
    panel.select_source(sid)
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, **kw: asked.append(text) or False)
    assert not panel.delete_selected()
    assert STATEMENT in asked[0] and str(len(DEMO_CLAIMS)) in asked[0]
    assert session.project.get("source", sid) is not None


def test_delete_and_undo_bring_back_the_source_and_its_evidence(panel, session) -> None:
    sid = _source_id(session, STATEMENT)
    evidence = session.project.find("evidence", "source_id", sid)
    assert len(evidence) == len(DEMO_CLAIMS)
    panel.select_source(sid)
    before = session.undo_stack.count()
    assert panel.delete_selected(confirm=False)
    assert session.undo_stack.count() == before + 1
    assert session.project.get("source", sid) is None
    assert session.project.find("evidence", "source_id", sid) == []
    assert sid not in _shown_ids(panel)
    assert panel.current_id() in _shown_ids(panel)  # a neighbour is selected

    session.undo_stack.undo()
    assert session.project.get("source", sid) is not None
    assert session.project.find("evidence", "source_id", sid) == evidence
    assert sid in _shown_ids(panel)


def test_arabic_interface_is_right_to_left(session, qtbot, arabic) -> None:
    from factdesk.ui.sources import SourcesPanel

    widget = SourcesPanel(session)
    qtbot.addWidget(widget)
    assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
