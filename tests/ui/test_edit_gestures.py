"""Every editing step has a way in, driven as a user drives it: a button or a right-click, a menu item
picked, a dialog filled by typing and accepted, a question answered. Evidence comes from any source of
the project (a phone call, an official statement), from the claim's detail and from the Sources tab;
articles are edited and deleted; evidence is edited and removed from the Sources tab. Each is one undo
step that undo and redo take back and forth exactly; a deletion says first what goes, «Cancel» the
default answer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from factdesk.app.evidence import add_evidence
from factdesk.core import operations as ops
from factdesk.ui.labels import stance_text

CALL = "مكالمة هاتفية مع مكتب الإعلام في الرقة"
STATEMENT = "بيان وزارة الدفاع الروسية عن الضربات قرب الرقة"
KINDS = ("article", "span", "claim", "appearance", "source", "evidence", "verdict")


def everything(session) -> dict[str, list]:
    key = {"verdict": "key"}
    return {k: sorted(session.project.rows(k), key=lambda r, k=k: str(r[key.get(k, "id")])) for k in KINDS}


# ---------------------------------------------------------------------------------------------
# the user's hands: typing, clicking, right-clicking, answering what a modal window asks


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying the text (QTest.keyClicks knows only Latin-1, not Arabic)."""
    for char in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        )


def retype(edit: QLineEdit, text: str) -> None:
    """Select what the field holds (Ctrl+A) and type over it."""
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(edit, text)


def right_click(view, pos: QPoint) -> None:
    """A right-click at ``pos`` of the view's viewport, through the window system as a mouse gives it
    (so that Qt makes the context-menu request itself)."""
    window = view.window()
    at = view.viewport().mapTo(window, pos)
    # the mouse comes from elsewhere: two clicks at one spot in a row would be read as a double-click
    QTest.mouseMove(window.windowHandle(), at + QPoint(40, 0))
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, at)


def when_shown(find: Callable[[], QWidget | None], act: Callable[[QWidget], None]) -> list[QWidget]:
    """Do ``act`` to the window ``find`` returns, once it is shown (while its own event loop runs).
    The list it returns holds that window once acted on: the tests assert it was."""
    done: list[QWidget] = []
    waiting = [True]
    _waiting.append(waiting)

    def poll() -> None:
        if not waiting[0]:
            return  # the test is over
        widget = find()
        if widget is not None and widget.isVisible():
            waiting[0] = False
            done.append(widget)
            act(widget)
        else:
            QTimer.singleShot(5, poll)

    QTimer.singleShot(0, poll)
    return done


#: The hands still waiting for a window, stopped when their test ends (never acting in another test).
_waiting: list[list[bool]] = []


@pytest.fixture(autouse=True)
def _hands_withdrawn(qapp) -> Iterator[None]:
    yield
    for waiting in _waiting:
        waiting[0] = False
    _waiting.clear()


def answer_dialog(act: Callable[[QWidget], None]) -> list[QWidget]:
    return when_shown(QApplication.activeModalWidget, act)


def pick_in_menu(name: str) -> list[QWidget]:
    """Click the item of the context menu about to open whose object name (or text) is ``name``."""

    def click(menu: QWidget) -> None:
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if name in (a.objectName(), a.text()))
        assert action.isEnabled(), f"«{action.text()}» is disabled"
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    return when_shown(QApplication.activePopupWidget, click)


def menu_items(into: list[str]) -> list[QWidget]:
    """Note the items of the context menu about to open, then close it with Escape."""

    def read(menu: QWidget) -> None:
        assert isinstance(menu, QMenu)
        into.extend(a.objectName() or a.text() for a in menu.actions() if not a.isSeparator())
        QTest.keyClick(menu, Qt.Key.Key_Escape)

    return when_shown(QApplication.activePopupWidget, read)


def button(widget: QWidget, text: str) -> QAbstractButton:
    return next(b for b in widget.findChildren(QAbstractButton) if b.text() == text and b.isVisible())


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def press_enter(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Return)


# ---------------------------------------------------------------------------------------------
# evidence from a source alone, from the claim's detail


@pytest.fixture
def detail(session, qtbot):
    from factdesk.ui.detail import ClaimDetail

    widget = ClaimDetail(session)
    qtbot.addWidget(widget)
    widget.show_claim(str(session.project.rows("claim")[0]["id"]))
    widget.resize(520, 820)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_phone_call_in_sources_is_attached_from_the_claim_detail(session, detail) -> None:
    session.run(ops.AddSource(CALL, kind="person", accessed="2017-06-02"))
    call_id = next(str(s["id"]) for s in session.project.rows("source") if s["title"] == CALL)
    claim_id = str(detail.claim_id)
    before, steps = everything(session), session.undo_stack.count()

    def fill(dialog: QWidget) -> None:
        type_text(dialog.focusWidget(), "مكالمه هاتفيه")  # the search line; spelling variants match
        click(dialog.findChild(QRadioButton, "stance_refutes"))
        note = dialog.findChild(QLineEdit, "evidenceNote")
        click(note)
        type_text(note, "نفى المكتب الرقم")
        press_enter(note)

    answered = answer_dialog(fill)
    click(detail.findChild(QPushButton, "attachEvidence"))
    assert answered
    new = [e for e in session.project.rows("evidence") if e["source_id"] == call_id]
    assert len(new) == 1
    assert (new[0]["claim_id"], new[0]["stance"], new[0]["note"], new[0]["span_id"]) == (
        claim_id,
        "refutes",
        "نفى المكتب الرقم",
        None,
    )
    shown = detail.findChild(QListWidget).parent().findChildren(QListWidget)
    assert any(CALL in lst.item(i).text() for lst in shown for i in range(lst.count()))
    assert session.undo_stack.count() == steps + 1 and session.undo_label() == "add evidence"
    after = everything(session)
    session.undo_stack.undo()
    assert everything(session) == before
    session.undo_stack.redo()
    assert everything(session) == after


def test_cancelling_the_evidence_dialog_adds_nothing(session, detail) -> None:
    before, steps = everything(session), session.undo_stack.count()
    answered = answer_dialog(lambda dialog: QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape))
    click(detail.findChild(QPushButton, "attachEvidence"))
    assert answered and everything(session) == before and session.undo_stack.count() == steps


def test_the_empty_part_of_the_evidence_list_offers_a_source(session, detail) -> None:
    evidence = next(
        lst
        for lst in detail.findChildren(QListWidget)
        if lst.count() and lst.item(0).text().startswith("[") and STATEMENT in lst.item(0).text()
    )
    last = evidence.visualItemRect(evidence.item(evidence.count() - 1))
    if last.bottom() + 12 >= evidence.viewport().height():  # no empty part showing: a taller window
        detail.window().resize(detail.window().width(), detail.window().height() + 400)
        QApplication.processEvents()
    below = last.bottom() + 6
    assert below < evidence.viewport().height(), "the evidence list shows no empty part to click"
    items: list[str] = []
    shown = menu_items(items)
    right_click(evidence, QPoint(10, below))
    assert shown and items == ["attach_evidence"]


# ---------------------------------------------------------------------------------------------
# the Sources tab: a source used as evidence, the evidence citing it edited and removed


@pytest.fixture
def window(open_window, demo_copy: Path):
    return open_window(demo_copy)


def _sources_tab(window):
    bench = window.workbench
    bar = bench.side.tabBar()
    click_at(bar, bar.tabRect(bench.side.indexOf(bench.sources)).center())
    assert bench.side.currentWidget() is bench.sources
    return bench.sources


def click_at(widget: QWidget, pos: QPoint) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def _row_of(table, title: str):
    model = table.model()
    return next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data() == title)


def test_a_source_is_used_as_evidence_from_the_sources_tab(window) -> None:
    session = window.session
    sources = _sources_tab(window)
    index = _row_of(sources.table, STATEMENT)
    click_at(sources.table.viewport(), sources.table.visualRect(index).center())
    statement = next(str(s["id"]) for s in session.project.rows("source") if s["title"] == STATEMENT)
    claim = session.project.rows("claim")[2]
    before, steps = everything(session), session.undo_stack.count()
    cited = sources.evidence_list.count()

    def fill(dialog: QWidget) -> None:
        type_text(dialog.focusWidget(), str(claim["text"]))  # the whole claim: it alone contains it
        click(button(dialog, stance_text("context")))
        note = dialog.findChild(QLineEdit, "evidenceNote")
        click(note)
        type_text(note, "البيان لا يذكر عدد الآليات")
        press_enter(note)

    answered = answer_dialog(fill)
    picked = pick_in_menu("attach_source")
    right_click(sources.table, sources.table.visualRect(index).center())
    assert picked and answered
    added = [e for e in everything(session)["evidence"] if e not in before["evidence"]]
    assert [(e["claim_id"], e["source_id"], e["stance"], e["note"]) for e in added] == [
        (claim["id"], statement, "context", "البيان لا يذكر عدد الآليات")
    ]
    assert sources.evidence_list.count() == cited + 1
    assert session.undo_stack.count() == steps + 1 and session.undo_label() == "add evidence"
    session.undo_stack.undo()
    assert everything(session) == before and sources.evidence_list.count() == cited


def test_the_claim_menu_attaches_a_source_to_the_selected_claim(window) -> None:
    session = window.session
    bench = window.workbench
    claim_id = bench.claims_model.id_at(0)
    assert claim_id
    click_at(bench.claims.viewport(), bench.claims.visualRect(bench.claims.model().index(0, 0)).center())
    assert bench.claim_id == claim_id
    before = len(session.project.rows("evidence"))

    def fill(dialog: QWidget) -> None:
        type_text(dialog.focusWidget(), "بيان وزاره الدفاع")
        press_enter(dialog.focusWidget())

    answered = answer_dialog(fill)
    action = next(a for a in window.claim_menu.actions() if a.objectName() == "attach_evidence")
    action.trigger()
    assert answered and bench.side.currentWidget() is bench.detail_page
    rows = session.project.rows("evidence")
    assert len(rows) == before + 1
    assert any(e["claim_id"] == claim_id and e["stance"] == "supports" for e in rows)


def test_evidence_is_edited_then_removed_from_the_sources_tab(window) -> None:
    session = window.session
    sources = _sources_tab(window)
    index = _row_of(sources.table, STATEMENT)
    click_at(sources.table.viewport(), sources.table.visualRect(index).center())
    lst = sources.evidence_list
    # the form scrolls in its part of the tab: a window tall enough to show the list whole
    window.resize(window.width(), 1400)
    QApplication.processEvents()
    scroll = sources.findChild(QScrollArea, "sourceFormScroll")
    assert not scroll.verticalScrollBar().isVisible(), "the evidence list is not shown whole"
    first = lst.visualItemRect(lst.item(0)).center()
    start = everything(session)
    statement = next(str(s["id"]) for s in start["source"] if s["title"] == STATEMENT)
    cited = [e for e in start["evidence"] if e["source_id"] == statement]

    # edit: a stance and a note
    def edit(dialog: QWidget) -> None:
        click(button(dialog, stance_text("refutes")))
        note = dialog.findChild(QLineEdit)
        click(note)
        retype(note, "الأرقام في البيان تختلف")
        press_enter(note)

    answered = answer_dialog(edit)
    picked = pick_in_menu("edit_evidence")
    right_click(lst, first)
    assert picked and answered
    changed = [e for e in everything(session)["evidence"] if e not in start["evidence"]]
    assert len(changed) == 1 and (changed[0]["stance"], changed[0]["note"]) == (
        "refutes",
        "الأرقام في البيان تختلف",
    )
    assert changed[0]["id"] in {e["id"] for e in cited}
    assert session.undo_label() == "edit evidence"
    edited = everything(session)

    # delete: asked first, «Cancel» the default answer
    asked: list[str] = []

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        press_enter(box)

    answered = answer_dialog(cancel)
    picked = pick_in_menu("delete_evidence")
    right_click(lst, first)
    assert picked and answered and everything(session) == edited
    assert "The claim and the source stay" in asked[0]

    answered = answer_dialog(lambda box: click(button(box, "Delete")))
    picked = pick_in_menu("delete_evidence")
    right_click(lst, first)
    assert picked and answered
    gone = everything(session)
    assert len(gone["evidence"]) == len(start["evidence"]) - 1
    assert session.undo_label() == "delete evidence" and lst.count() == max(len(cited) - 1, 1)
    session.undo_stack.undo()
    assert everything(session) == edited
    session.undo_stack.undo()
    assert everything(session) == start


# ---------------------------------------------------------------------------------------------
# articles: details edited, the article deleted with what points into it


def _quote_in_open_article(window) -> tuple[str, str]:
    """Evidence quoting a highlight of the open article (the demo quotes none): (article, evidence)."""
    session = window.session
    article_id = str(window.workbench.article_id)
    span = session.project.find("span", "article_id", article_id)[0]
    link = session.project.find("appearance", "span_id", span["id"])[0]
    statement = next(s for s in session.project.rows("source") if s["kind"] == "official_statement")
    plan = add_evidence(
        session.read,
        str(link["claim_id"]),
        "refutes",
        source_id=str(statement["id"]),
        span_id=str(span["id"]),
    )
    session.run(plan.operation)
    return article_id, plan.evidence_id


def test_the_edit_menu_deletes_the_open_article_after_saying_what_goes(window) -> None:
    session = window.session
    article_id, quoting = _quote_in_open_article(window)
    before = everything(session)
    spans = {s["id"] for s in before["span"] if s["article_id"] == article_id}
    links = [a for a in before["appearance"] if a["span_id"] in spans]
    action = next(a for a in window.edit_menu.actions() if a.objectName() == "delete_article")
    asked: list[str] = []

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        press_enter(box)

    answered = answer_dialog(cancel)
    action.trigger()
    assert answered and everything(session) == before
    assert f"Its {len(spans)} highlight(s) will be deleted with it." in asked[0]
    assert f"{len(links)} link(s) from them to claims will go too" in asked[0]
    assert "1 evidence item(s) quoting the article will be deleted too." in asked[0]

    answered = answer_dialog(lambda box: click(button(box, "Delete")))
    action.trigger()
    assert answered
    after = everything(session)
    assert session.project.get("article", article_id) is None
    assert not any(s["article_id"] == article_id for s in after["span"])
    assert not any(a["span_id"] in spans for a in after["appearance"])
    assert session.project.get("evidence", quoting) is None
    assert len(after["evidence"]) == len(before["evidence"]) - 1 and len(after["claim"]) == len(
        before["claim"]
    )
    assert window.workbench.article_id != article_id
    assert session.undo_label() == "delete article"
    session.undo_stack.undo()
    assert everything(session) == before
    session.undo_stack.redo()
    assert everything(session) == after


def test_the_article_list_right_click_edits_the_details_never_the_text(window) -> None:
    session = window.session
    bench = window.workbench
    article_id = bench.articles_model.id_at(0)
    before, steps = everything(session), session.undo_stack.count()
    text = session.project.get("article", article_id)["text"]

    def fill(dialog: QWidget) -> None:
        title = dialog.focusWidget()
        assert isinstance(title, QLineEdit)
        retype(title, "عنوان مصحح")
        QTest.keyClick(title, Qt.Key.Key_Tab)
        retype(dialog.focusWidget(), "سانا")  # the outlet
        for _ in range(4):  # author, place, web address, date
            QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        retype(dialog.focusWidget(), "٢٠١٧-٠٦-٠٢")
        press_enter(dialog.focusWidget())

    answered = answer_dialog(fill)
    picked = pick_in_menu("edit_article")
    right_click(bench.articles, bench.articles.visualRect(bench.articles_model.index(0, 0)).center())
    assert picked and answered
    row = session.project.get("article", article_id)
    assert (row["title"], row["outlet"], row["published"], row["text"]) == (
        "عنوان مصحح",
        "سانا",
        "2017-06-02",
        text,
    )
    assert bench.articles_model.index(bench.articles_model.row_of(article_id), 0).data() == "عنوان مصحح"
    assert session.undo_stack.count() == steps + 1 and session.undo_label() == "edit article"
    session.undo_stack.undo()
    assert everything(session) == before


def test_the_window_and_the_command_line_delete_an_article_alike(
    open_window, demo_file: Path, tmp_path
) -> None:
    import shutil

    from factdesk.cli import cli
    from factdesk.store.project import Project

    by_window, by_command = tmp_path / "window.factdesk", tmp_path / "cli.factdesk"
    shutil.copy(demo_file, by_window)
    shutil.copy(demo_file, by_command)
    window = open_window(by_window)
    article_id = str(window.workbench.article_id)
    answered = answer_dialog(lambda box: click(button(box, "Delete")))
    next(a for a in window.edit_menu.actions() if a.objectName() == "delete_article").trigger()
    assert answered
    window.close_project()
    result = CliRunner().invoke(cli, ["article", "delete", str(by_command), article_id[:8]])
    assert result.exit_code == 0, result.output

    def world(path: Path) -> dict[str, list]:
        with Project.open(path, readonly=True) as p:
            snap = p.snapshot()
        return {
            k: [{f: v for f, v in r.items() if f != "modified"} for r in rows] for k, rows in snap.items()
        }

    assert world(by_window) == world(by_command)
    assert all(a["id"] != article_id for a in world(by_window)["article"])


# ---------------------------------------------------------------------------------------------
# appearances in the claim's detail: the role changed, the link removed


def _claim_with_two_appearances(session) -> str:
    return next(
        str(c["id"])
        for c in session.project.rows("claim")
        if len(session.project.find("appearance", "claim_id", c["id"])) == 2
    )


def _appearance_list(detail) -> QListWidget:
    return next(
        lst
        for lst in detail.findChildren(QListWidget)
        if lst.count() and lst.item(0).toolTip() == "Open the article at this passage"
    )


def test_the_role_button_changes_how_a_passage_relates_to_its_claim(session, detail) -> None:
    detail.show_claim(_claim_with_two_appearances(session))
    appearances = _appearance_list(detail)
    rect = appearances.visualItemRect(appearances.item(1))
    click_at(appearances.viewport(), rect.center())
    before = everything(session)
    role_button = next(b for b in detail.findChildren(QAbstractButton) if b.text() == "Role")
    assert role_button.isEnabled()
    picked = pick_in_menu("role_denies")
    click(role_button)
    assert picked
    changed = [a for a in everything(session)["appearance"] if a not in before["appearance"]]
    assert len(changed) == 1 and changed[0]["role"] == "denies"
    assert session.undo_label() == "change role"
    assert "[denies]" in "".join(appearances.item(i).text() for i in range(appearances.count()))
    session.undo_stack.undo()
    assert everything(session) == before


def test_a_passage_is_unlinked_from_its_menu_after_asking_and_its_highlight_stays(session, detail) -> None:
    detail.show_claim(_claim_with_two_appearances(session))
    appearances = _appearance_list(detail)
    before = everything(session)
    at = appearances.visualItemRect(appearances.item(0)).center()

    answered = answer_dialog(lambda box: press_enter(box))  # «Cancel» is the default: nothing goes
    picked = pick_in_menu("Unlink from this claim…")
    right_click(appearances, at)
    assert picked and answered and everything(session) == before

    answered = answer_dialog(lambda box: click(button(box, "Unlink")))
    picked = pick_in_menu("Unlink from this claim…")
    right_click(appearances, at)
    assert picked and answered
    after = everything(session)
    assert len(after["appearance"]) == len(before["appearance"]) - 1
    assert after["span"] == before["span"]  # the highlight stays in its article
    assert appearances.count() == 1 and session.undo_label() == "unlink"
    session.undo_stack.undo()
    assert everything(session) == before
    session.undo_stack.redo()
    assert everything(session) == after


def test_the_evidence_dialog_reads_right_to_left_in_arabic(session, detail, arabic) -> None:
    detail.retranslate()
    seen: list[tuple[object, str]] = []

    def look(dialog: QWidget) -> None:
        seen.append((dialog.layoutDirection(), dialog.windowTitle()))
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)

    answered = answer_dialog(look)
    click(detail.findChild(QPushButton, "attachEvidence"))
    assert answered and seen == [(Qt.LayoutDirection.RightToLeft, "إضافة دليل من مصدر")]


def test_a_source_is_deleted_from_its_menu_saying_what_evidence_goes(window) -> None:
    session = window.session
    sources = _sources_tab(window)
    index = _row_of(sources.table, STATEMENT)
    at = sources.table.visualRect(index).center()
    click_at(sources.table.viewport(), at)
    before = everything(session)
    statement = next(str(s["id"]) for s in before["source"] if s["title"] == STATEMENT)
    cited = [e for e in before["evidence"] if e["source_id"] == statement]
    asked: list[str] = []

    def delete(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        click(button(box, "Delete"))

    answered = answer_dialog(delete)
    picked = pick_in_menu("delete_source")
    right_click(sources.table, at)
    assert picked and answered
    assert f"The {len(cited)} evidence item(s) citing it will be deleted with it" in asked[0]
    after = everything(session)
    assert session.project.get("source", statement) is None
    assert len(after["evidence"]) == len(before["evidence"]) - len(cited)
    assert session.undo_label() == "delete source"
    session.undo_stack.undo()
    assert everything(session) == before


def test_the_menu_key_on_the_article_list_acts_on_the_row_the_keyboard_is_on(window) -> None:
    from PySide6.QtGui import QContextMenuEvent

    session = window.session
    bench = window.workbench
    view = bench.articles
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    second = bench.articles_model.id_at(1)
    assert bench.article_id == second
    first = bench.articles_model.id_at(0)
    answered = answer_dialog(lambda box: click(button(box, "Delete")))
    picked = pick_in_menu("delete_article")
    # what Qt sends the focused list when the menu key is pressed (offscreen has no such key)
    at = QPoint(4, 4)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, at, view.mapToGlobal(at), Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(view, event)
    assert picked and answered
    assert session.project.get("article", second) is None
    assert session.project.get("article", first) is not None


def test_the_window_and_the_command_line_attach_a_source_alike(
    open_window, demo_file: Path, tmp_path
) -> None:
    import shutil

    from factdesk.cli import cli
    from factdesk.store.project import Project

    by_window, by_command = tmp_path / "window.factdesk", tmp_path / "cli.factdesk"
    shutil.copy(demo_file, by_window)
    shutil.copy(demo_file, by_command)
    window = open_window(by_window)
    bench = window.workbench
    click_at(bench.claims.viewport(), bench.claims.visualRect(bench.claims.model().index(0, 0)).center())
    claim_id = str(bench.claim_id)
    statement = next(str(s["id"]) for s in window.session.project.rows("source") if s["title"] == STATEMENT)

    def fill(dialog: QWidget) -> None:
        type_text(dialog.focusWidget(), "بيان وزاره الدفاع")
        click(dialog.findChild(QRadioButton, "stance_refutes"))
        note = dialog.findChild(QLineEdit, "evidenceNote")
        click(note)
        type_text(note, "البيان ينفي الرقم")
        press_enter(note)

    answered = answer_dialog(fill)
    next(a for a in window.claim_menu.actions() if a.objectName() == "attach_evidence").trigger()
    assert answered
    window.close_project()
    result = CliRunner().invoke(
        cli,
        [
            "evidence",
            "add",
            str(by_command),
            claim_id[:8],
            statement[:8],
            "--stance",
            "refutes",
            "--note",
            "البيان ينفي الرقم",
        ],
    )
    assert result.exit_code == 0, result.output

    def evidence(path: Path) -> list[dict]:
        with Project.open(path, readonly=True) as p:
            rows = p.rows("evidence")
        plain = [{k: v for k, v in r.items() if k not in ("id", "created", "modified")} for r in rows]
        return sorted(plain, key=lambda r: sorted((k, str(v)) for k, v in r.items()))

    assert evidence(by_window) == evidence(by_command)
    assert {
        "claim_id": claim_id,
        "source_id": statement,
        "stance": "refutes",
        "span_id": None,
        "note": "البيان ينفي الرقم",
    } in evidence(by_window)
