"""The window reaches every operation: articles (edit details, delete), appearances (role, note, unlink),
evidence (edit, delete), the verdict scale. Each is one undo step; deleting first says what goes with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMenu
from support import REPO, operations_used

from factdesk.core import operations as ops

KINDS = ("article", "span", "claim", "appearance", "source", "evidence", "verdict")


def everything(session) -> dict[str, list]:
    key = {"verdict": "key"}
    return {k: sorted(session.project.rows(k), key=lambda r, k=k: str(r[key.get(k, "id")])) for k in KINDS}


def undo_all(session) -> None:
    while session.undo_stack.canUndo():
        session.undo_stack.undo()


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """Every confirmation's words; the user says yes."""
    from factdesk.ui import dialogs

    words: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, **kw: words.append(text) or True)
    return words


@pytest.fixture
def detail(session, qtbot):
    from factdesk.ui.detail import ClaimDetail

    widget = ClaimDetail(session)
    qtbot.addWidget(widget)
    widget.failures = []
    widget.failed.connect(widget.failures.append)
    # a claim with evidence and two appearances (the demo also has claims one article alone gives)
    claim = next(
        c
        for c in session.project.rows("claim")
        if session.project.find("evidence", "claim_id", c["id"])
        and len(session.project.find("appearance", "claim_id", c["id"])) == 2
    )
    widget.show_claim(str(claim["id"]))
    widget.resize(500, 800)
    widget.show()
    return widget


def test_every_operation_is_reachable_from_the_window() -> None:
    used = operations_used(*(REPO / "factdesk" / "ui").glob("*.py"))
    if "claim_from_selection" in used:  # the everyday gesture: a highlight made a new claim
        used |= {"AddSpan", "CreateClaim", "LinkSpan"}

    def subclasses(cls: type) -> list[type]:
        return [s for sub in cls.__subclasses__() for s in (sub, *subclasses(sub))]

    operations = {c.__name__ for c in subclasses(ops.Operation)} - {"Batch", "Replay"}
    assert len(operations) >= 20
    assert sorted(operations - used) == []


# ---------------------------------------------------------------------------------------------
# articles


def test_the_article_list_menu_edits_details_as_one_step(session, qtbot, monkeypatch) -> None:
    from factdesk.ui import dialogs, editing

    before = everything(session)
    article = before["article"][0]
    monkeypatch.setattr(
        dialogs.ArticleDetailsDialog,
        "ask",
        staticmethod(lambda row, parent=None: {"title": "عنوان آخر", "published": "2017-06-03"}),
    )
    menu = editing.article_actions(None, session, str(article["id"]))
    next(a for a in menu.actions() if a.objectName() == "edit_article").trigger()
    row = session.project.get("article", str(article["id"]))
    assert (row["title"], row["published"], row["text"]) == ("عنوان آخر", "2017-06-03", article["text"])
    assert session.undo_stack.count() == 1 and session.undo_label() == "edit article"
    session.undo_stack.undo()
    assert everything(session) == before


def test_the_article_details_dialog_gives_only_what_changed(qapp) -> None:
    from factdesk.ui.dialogs import ArticleDetailsDialog

    row = {
        "title": "عنوان",
        "outlet": "سبوتنيك",
        "author": "",
        "place": "موسكو",
        "url": "",
        "published": "2017-05",
    }
    dialog = ArticleDetailsDialog(row)
    try:
        assert dialog.title_edit.text() == "عنوان" and dialog.changes() == {}
        dialog.author_edit.setText(" وكالات ")
        dialog.date_edit.setText("٢٠١٧-٠٥-٣١")
        assert dialog.changes() == {"author": "وكالات", "published": "2017-05-31"}
        dialog.date_edit.setText("31 May")
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted and dialog.date_edit.is_flagged()
    finally:
        dialog.deleteLater()


def test_deleting_an_article_says_what_goes_and_undo_brings_all_back(session, asked) -> None:
    from factdesk.ui import editing

    before = everything(session)
    article = before["article"][0]
    spans = [s for s in before["span"] if s["article_id"] == article["id"]]
    links = [a for a in before["appearance"] if a["span_id"] in {s["id"] for s in spans}]
    assert spans and links
    assert editing.delete_article(session, None, str(article["id"]))
    assert len(asked) == 1
    assert f"«{article['title']}" in asked[0]
    assert f"Its {len(spans)} highlight(s) will be deleted" in asked[0]
    assert f"{len(links)} link(s) from them to claims will go too; the claims themselves stay" in asked[0]
    now = everything(session)
    assert session.project.get("article", str(article["id"])) is None
    assert len(now["claim"]) == len(before["claim"]) and len(now["span"]) == len(before["span"]) - len(spans)
    assert session.undo_stack.count() == 1 and session.undo_label() == "delete article"
    session.undo_stack.undo()
    assert everything(session) == before


def test_saying_no_deletes_nothing(session, monkeypatch) -> None:
    from factdesk.ui import dialogs, editing

    monkeypatch.setattr(dialogs, "confirm", lambda *a, **kw: False)
    before = everything(session)
    assert not editing.delete_article(session, None, str(before["article"][0]["id"]))
    assert everything(session) == before and session.undo_stack.count() == 0


def test_the_window_article_list_has_the_menu(open_window, demo_copy: Path, asked, monkeypatch) -> None:
    window = open_window(demo_copy)
    bench = window.workbench
    first = bench.articles_model.id_at(0)
    chosen: list[str] = []

    def run_menu(menu: QMenu, _at) -> None:  # the user picks «Delete article…»
        chosen.extend(a.text() for a in menu.actions())
        next(a for a in menu.actions() if a.objectName() == "delete_article").trigger()

    from factdesk.ui import editing

    monkeypatch.setattr(editing, "popup", run_menu)
    rect = bench.articles.visualRect(bench.articles_model.index(0, 0))
    bench.articles.customContextMenuRequested.emit(rect.center())
    assert chosen == ["Edit details…", "Delete article…"]
    assert window.session.project.get("article", first) is None and bench.article_id != first
    window.session.undo_stack.undo()
    assert window.session.project.get("article", first) is not None
    assert bench.articles_model.row_of(first) >= 0


# ---------------------------------------------------------------------------------------------
# appearances and evidence, in the claim's detail


def _select(lst, row: int = 0) -> None:
    lst.setCurrentRow(row)


def test_the_role_of_an_appearance_changes_in_one_step(detail, session) -> None:
    before = everything(session)
    _select(detail.appearances)
    app_id = detail.appearances.currentItem().data(detail_roles()["appearance"])
    assert detail.role_button.isEnabled()
    detail.role_actions["different_figure"].trigger()
    assert session.project.get("appearance", app_id)["role"] == "different_figure"
    assert (
        "[reports a different figure]"
        in detail.appearances.item(0).text() + detail.appearances.item(1).text()
    )
    session.undo_stack.undo()
    assert everything(session) == before


def detail_roles() -> dict[str, int]:
    from factdesk.ui import detail

    return {"appearance": detail.APPEARANCE_ROLE, "span": detail.SPAN_ROLE, "evidence": detail.EVIDENCE_ROLE}


def test_unlink_asks_and_keeps_the_highlight(detail, session, asked) -> None:
    before = everything(session)
    _select(detail.appearances)
    item = detail.appearances.currentItem()
    app_id, span_id = item.data(detail_roles()["appearance"]), item.data(detail_roles()["span"])
    detail.unlink_button.click()
    assert len(asked) == 1 and "The highlight stays in the article" in asked[0]
    assert session.project.get("appearance", app_id) is None
    assert session.project.get("span", span_id) is not None
    assert detail.appearances.count() == 1
    assert session.undo_label() == "unlink"
    session.undo_stack.undo()
    assert everything(session) == before and detail.appearances.count() == 2


def test_a_highlight_note_is_edited_from_its_appearance(detail, session) -> None:
    before = everything(session)
    _select(detail.appearances, 1)
    span_id = detail.appearances.currentItem().data(detail_roles()["span"])
    assert detail.edit_highlight_note(note="رقم مختلف")
    assert session.project.get("span", span_id)["note"] == "رقم مختلف"
    assert session.undo_label() == "edit highlight"
    session.undo_stack.undo()
    assert everything(session) == before


def test_evidence_is_edited_from_the_detail(detail, session, monkeypatch) -> None:
    from factdesk.ui import dialogs

    before = everything(session)
    _select(detail.evidence)
    ev_id = detail.evidence.currentItem().data(detail_roles()["evidence"])
    seen = []
    monkeypatch.setattr(
        dialogs.EvidenceEditDialog,
        "ask",
        staticmethod(
            lambda stance, note, title, parent=None: (
                seen.append((stance, title)) or ("refutes", "يدحضه البيان")
            )
        ),
    )
    detail.edit_evidence_button.click()
    row = session.project.get("evidence", ev_id)
    assert seen and seen[0][0] == before_row(before, ev_id)["stance"]
    assert (row["stance"], row["note"]) == ("refutes", "يدحضه البيان")
    assert session.undo_stack.count() == 1 and session.undo_label() == "edit evidence"
    session.undo_stack.undo()
    assert everything(session) == before


def before_row(rows: dict[str, list], ev_id: str) -> dict:
    return next(e for e in rows["evidence"] if e["id"] == ev_id)


def test_the_evidence_dialog_keeps_stance_and_note(qapp) -> None:
    from factdesk.ui.dialogs import EvidenceEditDialog

    dialog = EvidenceEditDialog("context", "سياق", "بيان")
    try:
        assert dialog.stance() == "context" and dialog.note_edit.text() == "سياق"
        dialog.stance_buttons["supports"].setChecked(True)
        assert dialog.stance() == "supports"
    finally:
        dialog.deleteLater()


def test_evidence_is_deleted_after_asking(detail, session, asked) -> None:
    before = everything(session)
    count = detail.evidence.count()
    _select(detail.evidence)
    ev_id = detail.evidence.currentItem().data(detail_roles()["evidence"])
    detail.delete_evidence_button.click()
    assert len(asked) == 1 and "The claim and the source stay" in asked[0]
    assert session.project.get("evidence", ev_id) is None and detail.evidence.count() == count - 1
    assert session.undo_label() == "delete evidence"
    session.undo_stack.undo()
    assert everything(session) == before


def test_buttons_wait_for_a_selection(detail) -> None:
    detail.appearances.setCurrentRow(-1)
    detail.evidence.setCurrentRow(-1)
    assert not detail.unlink_button.isEnabled() and not detail.delete_evidence_button.isEnabled()
    detail.show_claim(None)
    assert not detail.role_button.isEnabled()


# ---------------------------------------------------------------------------------------------
# the verdict scale


def test_the_verdict_scale_is_edited_in_one_step(session, qtbot) -> None:
    from factdesk.ui.scale_editor import VerdictScaleDialog

    before = everything(session)
    dialog = VerdictScaleDialog(session.read.verdicts())
    qtbot.addWidget(dialog)
    assert dialog.operation() is None  # nothing changed, nothing to undo
    ar, en, rating, _ = dialog.rows["false"]
    en.setText("Wrong")
    rating.setValue(0)  # none
    dialog.set_color("misleading", "#123456")
    op = dialog.operation()
    assert isinstance(op, ops.Batch) and op.label == "edit verdict scale"
    session.run(op)
    scale = {v.key: v for v in session.read.verdicts()}
    assert (scale["false"].label_en, scale["false"].rating_value, scale["misleading"].color) == (
        "Wrong",
        None,
        "#123456",
    )
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert everything(session) == before


def test_a_verdict_without_a_label_is_refused_in_the_dialog(session, qtbot) -> None:
    from factdesk.ui.scale_editor import VerdictScaleDialog

    dialog = VerdictScaleDialog(session.read.verdicts())
    qtbot.addWidget(dialog)
    dialog.rows["true"][0].setText(" ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.message.isVisibleTo(dialog)


def test_the_scale_button_edits_the_scale_and_the_window_shows_it(
    open_window, demo_copy: Path, monkeypatch
) -> None:
    from factdesk.ui.scale_editor import VerdictScaleDialog

    window = open_window(demo_copy)
    bench = window.workbench

    def exec_(dialog) -> int:
        dialog.rows["true"][1].setText("Right")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(VerdictScaleDialog, "exec", exec_)
    model = bench.claims_model
    claim_row = next(
        r for r in range(model.rowCount()) if model.item(r).verdict == "true"
    )  # the demo has one
    bench.detail.scale_button.click()
    assert bench.verdict_filter.findText("Right") >= 0
    assert window.menu_actions.verdicts["true"].text().endswith("Right")
    assert model.index(claim_row, 0).data() == "Right"
    assert window.session.undo_label() == "edit verdict scale"
    window.session.undo_stack.undo()
    assert bench.verdict_filter.findText("Right") < 0 and bench.verdict_filter.findText("True") >= 0
    assert model.index(claim_row, 0).data() == "True"
