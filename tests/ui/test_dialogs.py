"""The dialogs, built directly (no modal exec) on the demo project."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from factdesk.app.demo import CLAIMS as DEMO_CLAIMS
from factdesk.app.evidence import add_evidence
from factdesk.core import operations as ops
from factdesk.ui.models import ID_ROLE

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_ce109d537c2ac835.txt"


def _type(widget, text: str) -> None:
    for char in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        )


def _ok(dialog) -> QDialogButtonBox:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


# ---------------------------------------------------------------------------------------------
# dates


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2017-05-31", "2017-05-31"),
        ("2017-05", "2017-05"),
        ("2017", "2017"),
        ("", ""),
        ("  2017-5-3 ", "2017-05-03"),
        ("٢٠١٧-٠٥-٣١", "2017-05-31"),
        ("2017–05–31", "2017-05-31"),
        ("\u200f2017-05-31", "2017-05-31"),
        ("2017-02-30", None),
        ("2017-13", None),
        ("31/05/2017", None),
        ("أمس", None),
        ("17-05-31", None),
    ],
)
def test_dates_are_iso_and_written_the_standard_way(typed: str, stored: str | None) -> None:
    from factdesk.ui.dialogs import normalise_date

    assert normalise_date(typed) == stored


# ---------------------------------------------------------------------------------------------
# ClaimPicker


def test_claim_picker_finds_claims_arabic_folded(session, qtbot) -> None:
    from factdesk.ui.dialogs import VERDICT_ROLE, ClaimPicker

    picker = ClaimPicker(session, None, "Link")
    qtbot.addWidget(picker)
    assert picker.list.count() == len(DEMO_CLAIMS)  # nothing typed: recent claims
    _type(picker.search_edit, "قافله")  # no diacritics, taa marbuta written as heh
    texts = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert texts and all("قافلة" in t for t in texts)
    assert "قافلة 25 مايو/أيار ضمّت 32 سيارة «بيك أب»" in texts
    row = texts.index("قافلة 25 مايو/أيار ضمّت 32 سيارة «بيك أب»")
    assert picker.list.item(row).data(VERDICT_ROLE) == "Unproven"
    assert picker.role_combo.currentData() == "asserts"
    assert picker.chosen() == picker.list.item(0).data(ID_ROLE)
    picker.list.setCurrentRow(1)
    picker.role_combo.setCurrentIndex(picker.role_combo.findData("different_figure"))
    chosen = picker.chosen()
    claim = session.project.get("claim", chosen)
    assert claim is not None and "قافلة" in str(claim["text"])
    assert picker.role() == "different_figure"
    picker.accept()
    assert picker.result() == QDialog.DialogCode.Accepted


def test_claim_picker_enter_accepts_and_nothing_found_cannot_be_accepted(session, qtbot) -> None:
    from factdesk.ui.dialogs import ClaimPicker

    picker = ClaimPicker(session)
    qtbot.addWidget(picker)
    picker.show()
    _type(picker.search_edit, "لا يوجد شيء كهذا")
    assert picker.list.count() == 0
    assert picker.chosen() is None
    assert not _ok(picker).isEnabled()
    assert picker.search.status.isVisible()
    picker.accept()
    assert picker.isVisible()

    picker.search_edit.clear()
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Down)  # arrows in the search line move the list
    assert picker.list.currentRow() == 1
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert picker.result() == QDialog.DialogCode.Accepted
    assert not picker.isVisible()


def test_claim_picker_double_click_accepts(session, qtbot) -> None:
    from factdesk.ui.dialogs import ClaimPicker

    picker = ClaimPicker(session)
    qtbot.addWidget(picker)
    picker.show()
    picker.list.itemDoubleClicked.emit(picker.list.item(2))
    assert picker.result() == QDialog.DialogCode.Accepted


# ---------------------------------------------------------------------------------------------
# EvidenceDialog


@pytest.fixture
def new_article(session) -> tuple[str, str]:
    op = ops.ImportArticle(text="نص مقال جديد عن القافلة.", title="مقال جديد")
    session.run(op)
    return op.id, op.title


def test_evidence_from_this_article_makes_a_new_source(session, qtbot, new_article) -> None:
    from factdesk.ui.dialogs import EvidenceChoice, EvidenceDialog

    article_id, title = new_article
    dialog = EvidenceDialog(session, None, article_id, title, quote="القافلة")
    qtbot.addWidget(dialog)
    _type(dialog.search_edit, "قافله")
    claim_id = dialog.claims.chosen()
    assert claim_id
    dialog.stance_buttons["refutes"].setChecked(True)
    assert dialog.this_article_radio.isChecked()
    dialog.note_edit.setText("  ملاحظة ")
    dialog.accept()
    choice = dialog.choice()
    assert choice == EvidenceChoice(claim_id, "refutes", None, "مقال جديد", "ملاحظة")

    before = session.undo_stack.count()
    plan = add_evidence(
        session.read,
        choice.claim_id,
        choice.stance,
        source_id=choice.source_id,
        new_source_title=choice.new_source_title,
        article_id=article_id,
        note=choice.note,
    )
    session.run(plan.operation)
    assert session.undo_stack.count() == before + 1  # source and evidence: one step
    source = session.project.find("source", "article_id", article_id)[0]
    assert source["title"] == "مقال جديد" and source["kind"] == "article"
    evidence = session.project.find("evidence", "source_id", source["id"])
    assert [(e["claim_id"], e["stance"], e["note"]) for e in evidence] == [(claim_id, "refutes", "ملاحظة")]


def test_evidence_from_an_article_that_is_already_a_source_reuses_it(session, qtbot) -> None:
    from factdesk.ui.dialogs import EvidenceDialog

    source = next(r for r in session.project.rows("source") if r["article_id"])
    dialog = EvidenceDialog(session, None, str(source["article_id"]), str(source["title"]))
    qtbot.addWidget(dialog)
    choice = dialog.choice()
    assert choice is not None
    assert choice.source_id == source["id"] and choice.new_source_title is None


def test_evidence_from_another_source(session, qtbot, new_article) -> None:
    from factdesk.ui.dialogs import EvidenceDialog

    dialog = EvidenceDialog(session, None, *new_article)
    qtbot.addWidget(dialog)
    index = next(i for i in range(dialog.source_combo.count()) if "بيان" in dialog.source_combo.itemText(i))
    dialog.source_combo.setCurrentIndex(index)
    dialog.source_combo.activated.emit(index)
    assert dialog.existing_radio.isChecked()
    dialog.stance_buttons["context"].setChecked(True)
    choice = dialog.choice()
    assert choice.source_id == dialog.source_combo.itemData(index)
    assert choice.new_source_title is None and choice.stance == "context"
    plan = add_evidence(
        session.read, choice.claim_id, choice.stance, source_id=choice.source_id, article_id=new_article[0]
    )
    assert isinstance(plan.operation, ops.AddEvidence) and plan.source_id == choice.source_id


# ---------------------------------------------------------------------------------------------
# PasteArticleDialog


def test_paste_proposes_dateline_and_removes_site_text(qtbot) -> None:
    from factdesk.ui.dialogs import PasteArticleDialog

    dialog = PasteArticleDialog()
    qtbot.addWidget(dialog)
    # as a Windows clipboard gives it, with a right-to-left mark some sites put first
    pasted = "\u200f" + SEED.read_text(encoding="utf-8").replace("\n", "\r\n")
    mime = QMimeData()
    mime.setText(pasted)
    dialog.text_edit.insertFromMimeData(mime)
    dialog.propose()
    assert dialog.place_edit.text() == "موسكو"
    assert dialog.author_edit.text() == "حسن عمارة"
    removed = [dialog.removed_list.item(i).text() for i in range(dialog.removed_list.count())]
    assert "أرسل تعليقك" in removed
    assert dialog.remove_tail_check.isChecked()
    assert dialog.hidden_label.text()

    dialog.outlet_edit.setText("اليوم السابع")
    dialog.date_edit.setText("2017-05-31")
    op = dialog.result_operation()
    assert isinstance(op, ops.ImportArticle)
    assert "\r" not in op.text
    assert not op.text.rstrip().endswith("أرسل تعليقك")
    assert not op.text.startswith("موسكو")
    assert (op.place, op.author, op.outlet, op.published) == (
        "موسكو",
        "حسن عمارة",
        "اليوم السابع",
        "2017-05-31",
    )

    dialog.remove_tail_check.setChecked(False)
    assert dialog.result_operation().text.endswith("أرسل تعليقك")


def test_paste_takes_html_as_plain_text_and_user_fields_win(qtbot) -> None:
    from factdesk.ui.dialogs import PasteArticleDialog

    dialog = PasteArticleDialog()
    qtbot.addWidget(dialog)
    dialog.author_edit.setFocus()
    _type(dialog.author_edit, "كاتب آخر")
    mime = QMimeData()
    mime.setHtml(
        "<p><b>موسكو ـ حسن عمارة</b></p><p>أعلنت الوزارة اليوم أن <i>الطيران</i> دمّر القافلة.</p>"
        "<p>أرسل تعليقك</p>"
    )
    assert dialog.text_edit.canInsertFromMimeData(mime)
    dialog.text_edit.insertFromMimeData(mime)
    dialog.propose()
    op = dialog.result_operation()
    assert op.text == "أعلنت الوزارة اليوم أن الطيران دمّر القافلة."
    assert op.place == "موسكو"
    assert op.author == "كاتب آخر"  # what the user typed is not replaced by the proposal


def test_paste_refuses_a_bad_date_and_empty_text(qtbot) -> None:
    from factdesk.ui.dialogs import PasteArticleDialog

    dialog = PasteArticleDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not _ok(dialog).isEnabled()
    dialog.text_edit.setPlainText("نص قصير")
    dialog.propose()
    assert _ok(dialog).isEnabled()
    dialog.date_edit.setText("31 مايو")
    assert not _ok(dialog).isEnabled()
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.date_edit.message.isVisible()


def test_pasted_article_imports_as_one_step(session, qtbot) -> None:
    from factdesk.ui.dialogs import PasteArticleDialog

    dialog = PasteArticleDialog()
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText("عنوان\n\nنص المقال هنا.")
    op = dialog.result_operation()
    assert op.title == "عنوان" and op.text == "نص المقال هنا."
    before = session.undo_stack.count()
    session.run(op)
    assert session.undo_stack.count() == before + 1
    assert session.project.get("article", op.id)["text"] == "نص المقال هنا."


# ---------------------------------------------------------------------------------------------
# PreferencesDialog


def test_preferences_write_the_chosen_values(qtbot) -> None:
    from factdesk.ui.dialogs import PreferencesDialog
    from factdesk.ui.preferences import Preferences

    prefs = Preferences()
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() == "ar"
    assert (dialog.size_spin.minimum(), dialog.size_spin.maximum()) == (9, 40)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.size_spin.setValue(22)
    dialog.invisibles_check.setChecked(True)
    dialog.reviewer_edit.setText(" سارة ")
    dialog.accept()
    assert prefs.get("language") == "en"
    assert prefs.get("reader_size") == 22
    assert prefs.get("show_invisibles") is True
    assert prefs.get("reviewer") == "سارة"
    assert prefs.get("reader_font") == ""  # the font was not touched: the default still applies
    chooser = PreferencesDialog(prefs)
    qtbot.addWidget(chooser)
    assert chooser.font_combo.count() > 1, "a second font with Arabic letters is needed to test choosing one"
    other = (chooser.font_combo.currentIndex() + 1) % chooser.font_combo.count()
    chooser.font_combo.setCurrentIndex(other)
    chooser.accept()
    assert prefs.get("reader_font") == chooser.font_combo.itemText(other)
    fresh = PreferencesDialog(Preferences())
    qtbot.addWidget(fresh)
    assert fresh.language_combo.currentData() == "en"


def test_preferences_cancel_writes_nothing(qtbot) -> None:
    from factdesk.ui.dialogs import PreferencesDialog
    from factdesk.ui.preferences import Preferences

    prefs = Preferences()
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.reject()
    assert prefs.get("language") == "ar"


# ---------------------------------------------------------------------------------------------
# direction


def test_every_dialog_is_right_to_left_in_arabic(session, qtbot, arabic, new_article) -> None:
    from factdesk.ui.dialogs import ClaimPicker, EvidenceDialog, PasteArticleDialog, PreferencesDialog
    from factdesk.ui.preferences import Preferences

    made = [
        ClaimPicker(session),
        EvidenceDialog(session, None, *new_article),
        PasteArticleDialog(),
        PreferencesDialog(Preferences()),
    ]
    for dialog in made:
        qtbot.addWidget(dialog)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft, type(dialog).__name__
    picker = made[0]
    assert picker.list.item(0).data(Qt.ItemDataRole.UserRole + 3)  # Arabic verdict label on the chip


def test_message_boxes_are_right_to_left_and_plain(qtbot, arabic, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from factdesk.ui import dialogs

    seen = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append((box.layoutDirection(), box.text(), box.textFormat(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert dialogs.confirm(None, "حذف", "<b>حذف المصدر؟</b>", yes="احذف") is False
    dialogs.show_error(None, "A source needs a title.")
    assert seen[0][0] == seen[1][0] == Qt.LayoutDirection.RightToLeft
    assert seen[0][1] == "<b>حذف المصدر؟</b>" and seen[0][2] == Qt.TextFormat.PlainText
    assert "احذف" in seen[0][3]
    assert seen[1][1] == "A source needs a title."
