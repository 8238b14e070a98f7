"""Importing everything a fact-checker has: one file reviewed before its text freezes, folders and
several files as one undo step with a result per file, pasted web pages, files dropped on the window."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog
from support import run_job, shared

from factdesk.app.imports import IMPORT_PATTERNS, FileOutcome
from factdesk.core import operations as ops
from factdesk.core.text import strip_bidi_controls
from factdesk.importers import load
from factdesk.ui.import_dialog import (
    UNCERTAIN,
    ImportResultsDialog,
    ImportReviewDialog,
    text_with_choices,
    warning_text,
)
from factdesk.ui.jobs import Job
from factdesk.ui.preferences import Preferences
from factdesk.ui.window import MainWindow

SPUTNIK = ("corpus", "html", "htmldate_1550981615_sputniknews_arabic.html")
BODY = "أعلنت وزارة الدفاع اليوم أن الطيران دمّر قافلة من 36 سيارة قرب الرقة، وقالت إن الضربة جاءت ليلًا."
ARTICLE = (
    f"مقتل مسلحين قرب الرقة\n\nموسكو ـ حسن عمارة\n\n{BODY}\nوأضاف البيان أن العملية مستمرة.\n\nأرسل تعليقك\n"
)
PHRASE = "قال الوزير إن الحكومة ستبني مدرسة"


def _accept_review(monkeypatch, adjust=None) -> list[ImportReviewDialog]:
    """Make the review dialog's exec() accept at once (after ``adjust(dialog)``), then cancel any retry.

    Returns the dialogs shown, to count them: read their widgets only in ``adjust``, while they are open,
    since a closed review dialog is deleted (deleteLater) whenever the next event loop runs."""
    shown: list[ImportReviewDialog] = []

    def fake_exec(dialog: ImportReviewDialog) -> int:
        shown.append(dialog)
        if len(shown) > 1:
            return QDialog.DialogCode.Rejected
        if adjust is not None:
            adjust(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportReviewDialog, "exec", fake_exec)
    return shown


def _untick(dialog: ImportReviewDialog, line: str) -> None:
    item = next(i for i in dialog.removal_items() if i.text() == line)
    item.setCheckState(Qt.CheckState.Unchecked)


# ---------------------------------------------------------------------------------------------
# the review dialog


def test_review_proposes_the_dateline_and_a_removal_can_be_put_back(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "raqqa.txt"
    path.write_text(ARTICLE.replace("\n", "\r\n"), encoding="utf-8")
    dialog = ImportReviewDialog(str(path), name=path.name)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "مقتل مسلحين قرب الرقة"
    assert (dialog.place_edit.text(), dialog.author_edit.text()) == ("موسكو", "حسن عمارة")
    assert [i.text() for i in dialog.removal_items()] == [
        "مقتل مسلحين قرب الرقة",
        "موسكو ـ حسن عمارة",
        "أرسل تعليقك",
    ]
    assert all(i.checkState() == Qt.CheckState.Checked for i in dialog.removal_items())
    assert dialog.preview.toPlainText().startswith(BODY)
    assert dialog.encoding_row.isVisibleTo(dialog)  # a text file: its encoding can be chosen
    op = dialog.result_operation()
    assert op.text == dialog.result.text and op.text.startswith(BODY) and op.text.endswith("مستمرة.")

    _untick(dialog, "موسكو ـ حسن عمارة")
    op = dialog.result_operation()
    assert op.text.startswith("موسكو ـ حسن عمارة\n\n" + BODY)  # kept where it was
    assert "مقتل مسلحين" not in op.text and "أرسل تعليقك" not in op.text
    assert dialog.preview.toPlainText() == op.text
    _untick(dialog, "أرسل تعليقك")
    assert dialog.result_operation().text.endswith("مستمرة.\n\nأرسل تعليقك")

    dialog.outlet_edit.setText("اليوم السابع")
    dialog.date_edit.setText("2017-05-31")
    op = dialog.result_operation()
    assert (op.title, op.place, op.author, op.outlet, op.published) == (
        "مقتل مسلحين قرب الرقة",
        "موسكو",
        "حسن عمارة",
        "اليوم السابع",
        "2017-05-31",
    )
    assert op.origin == "file:raqqa.txt;encoding=utf-8" and "\r" not in op.text


def test_text_with_choices_puts_back_any_line_where_it_was() -> None:
    raw = "العنوان هنا\n\nالقاهرة - وكالات: أعلنت الوزارة اليوم خبرًا.\nفقرة ثانية.\n\nأخبار متعلقة\n\nشارك"
    result = load(raw.encode("utf-8"), name="a.txt")
    assert result.removed_head == ("العنوان هنا", "القاهرة - وكالات:")
    assert result.removed_tail == ("أخبار متعلقة", "شارك")
    assert text_with_choices(result, [True, True], [True, True]) == result.text
    assert text_with_choices(result, [False, False], [False, False]) == raw
    assert text_with_choices(result, [True, False], [True, True]) == (
        "القاهرة - وكالات: أعلنت الوزارة اليوم خبرًا.\nفقرة ثانية."
    )
    assert text_with_choices(result, [False, True], [True, True]) == (
        "العنوان هنا\n\nأعلنت الوزارة اليوم خبرًا.\nفقرة ثانية."
    )
    assert text_with_choices(result, [True, True], [True, False]) == (
        "أعلنت الوزارة اليوم خبرًا.\nفقرة ثانية.\n\nشارك"
    )
    assert text_with_choices(result, [True, True], [False, True]) == (
        "أعلنت الوزارة اليوم خبرًا.\nفقرة ثانية.\n\nأخبار متعلقة"
    )


def test_choosing_the_encoding_reads_the_file_again(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(PHRASE.encode("cp1256"))  # short legacy Arabic: the guess cannot be sure
    dialog = ImportReviewDialog(str(path), name=path.name)
    qtbot.addWidget(dialog)
    assert not dialog.result.encoding_confident
    assert dialog.encoding_row.isVisibleTo(dialog) and dialog.encoding_note.text()
    codecs = [dialog.encoding_combo.itemData(i) for i in range(dialog.encoding_combo.count())]
    assert {"cp1256", "iso8859-6", "cp720"} <= set(codecs)
    previews = dialog.encoding_combo.itemText(codecs.index("cp1256"))
    assert PHRASE in previews  # each candidate shows how the text reads in it

    dialog.encoding_combo.setCurrentIndex(codecs.index("cp720"))
    assert dialog.result.encoding == "cp720"
    assert PHRASE not in dialog.preview.toPlainText()
    # an encoding that cannot read the bytes is refused in words; the reading and the choice stay
    dialog.encoding_combo.setCurrentIndex(codecs.index("iso8859-6"))
    assert dialog.error_label.isVisibleTo(dialog) and "encoding" in dialog.error_label.text()
    assert dialog.result.encoding == "cp720" and dialog.encoding_combo.currentData() == "cp720"
    dialog.encoding_combo.setCurrentIndex(codecs.index("cp1256"))
    assert not dialog.error_label.isVisibleTo(dialog)
    assert dialog.result.encoding == "cp1256"
    assert dialog.preview.toPlainText() == PHRASE
    assert "as you chose" in dialog.encoding_note.text()
    assert dialog.result_operation().origin == "file:old.txt;encoding=cp1256"


def test_unfolding_presentation_forms_reads_again(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "shaped.txt"
    path.write_text("ﻣﺮﺣﺒﺎ ﺑﻜﻢ في التقرير\n", encoding="utf-8")  # presentation forms, as some PDFs hold
    dialog = ImportReviewDialog(str(path), name=path.name)
    qtbot.addWidget(dialog)
    assert dialog.fold_check.isChecked()
    assert dialog.preview.toPlainText() == "مرحبا بكم في التقرير"
    assert "presentation forms" in dialog.warnings_label.text()
    dialog.fold_check.setChecked(False)
    assert dialog.preview.toPlainText() == "ﻣﺮﺣﺒﺎ ﺑﻜﻢ في التقرير"
    assert "presentation forms: 8" in dialog.hidden_label.text()


def test_a_text_already_in_the_project_cannot_be_imported_again(session, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    first = ImportReviewDialog(str(path), name=path.name, project=session.project)
    qtbot.addWidget(first)
    assert first.import_button.isEnabled() and not first.is_duplicate()
    session.run(first.result_operation())
    again = ImportReviewDialog(str(path), name=path.name, project=session.project)
    qtbot.addWidget(again)
    assert again.is_duplicate() and "مقتل مسلحين قرب الرقة" in again.duplicate_label.text()
    assert not again.import_button.isEnabled()
    _untick(again, "أرسل تعليقك")  # a different text is a different article
    assert not again.is_duplicate() and again.import_button.isEnabled()


def test_a_corpus_web_page_imports_with_its_date_after_review(window: MainWindow, qtbot, monkeypatch) -> None:
    page = shared(*SPUTNIK)
    seen: dict[str, object] = {}

    def look(dialog: ImportReviewDialog) -> None:
        # read the dialog while it is open, as the user sees it: once closed it is deleted (deleteLater),
        # and when that happens depends on the event loops that ran before, i.e. on test order
        seen.update(
            confident=dialog.result.encoding_confident,
            encoding=dialog.encoding_combo.currentData(),
            date=dialog.date_edit.text(),
        )

    shown = _accept_review(monkeypatch, look)
    before = window.session.read.article_count()
    steps = window.session.undo_stack.count()
    job = window.file_tasks.import_files([str(page)], show=False, start=False, review=True)
    run_job(qtbot, job)
    assert len(shown) == 1
    assert seen == {"confident": True, "encoding": "utf-8", "date": "2020-03-17"}
    assert [o.status for o in job.outcomes] == ["imported"]
    assert window.session.read.article_count() == before + 1
    assert window.session.undo_stack.count() == steps + 1
    row = window.session.project.get("article", job.outcomes[0].article_id)
    assert row["published"] == "2020-03-17" and row["outlet"] == "Sputnik Arabic"
    assert row["title"] == "مصر تسجل 30 إصابة جديدة وحالتي وفاة بفيروس كورونا"
    assert row["url"].startswith("https://arabic.sputniknews.com/")
    assert row["origin"] == f"file:{page.name};format=html;encoding=utf-8"
    assert "<script" not in row["text"] and "أعلنت وزارة الصحة" in row["text"]
    assert window.workbench.article_id == row["id"]


def test_a_cancelled_review_imports_nothing(window: MainWindow, qtbot, monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(ImportReviewDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    before = window.session.read.article_count()
    job = window.file_tasks.import_files([str(path)], show=False, start=False, review=True)
    run_job(qtbot, job)
    assert job.outcomes[0].status == "failed"
    assert window.session.read.article_count() == before


# ---------------------------------------------------------------------------------------------
# several files, folders


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    (folder / "pages").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "pages" / "b.html").write_text(
        "<html><head><title>عنوان الصفحة</title></head><body><nav><a href='/'>الرئيسية</a></nav>"
        "<script>var tracking = 1;</script><article><h1>عنوان الصفحة</h1>"
        "<p>قالت الوزارة في بيان إن المساعدات وصلت إلى 120 ألف أسرة في المدينة خلال الأسبوع الماضي.</p>"
        "<p>وأضاف البيان أن التوزيع سيستمر حتى نهاية الشهر الجاري في كل الأحياء.</p></article></body></html>",
        encoding="utf-8",
    )
    (folder / "c-copy.txt").write_text(ARTICLE, encoding="utf-8")  # the same article twice
    (folder / "d.docx").write_bytes(b"PK\x03\x04 this is not a real Word document")
    (folder / ".hidden.txt").write_text("ملف مخفي\n\nنص لا يُستورد", encoding="utf-8")
    (folder / ".git" / "notes.txt").write_text("ملف داخل مجلد مخفي", encoding="utf-8")
    (folder / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")  # not a kind FactDesk imports
    return folder


def test_a_folder_imports_as_one_undo_step_with_a_result_per_file(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    folder = _folder(tmp_path)
    before = window.session.read.article_count()
    steps = window.session.undo_stack.count()
    job = window.file_tasks.import_folder(str(folder), show=False, start=False)
    run_job(qtbot, job)
    outcomes = {o.name: o for o in job.outcomes}
    assert list(outcomes) == ["a.txt", "c-copy.txt", "d.docx", "pages/b.html", "table.csv"]  # hidden left out
    assert {name: o.status for name, o in outcomes.items()} == {
        "a.txt": "imported",
        "c-copy.txt": "duplicate",
        "d.docx": "failed",
        "pages/b.html": "imported",
        "table.csv": "skipped",
    }  # a kind of file FactDesk does not import: skipped with a note
    assert outcomes["table.csv"].reason == "not-importable" and outcomes["table.csv"].detail
    assert "a.txt" in outcomes["c-copy.txt"].detail
    assert outcomes["c-copy.txt"].article_id == outcomes["a.txt"].article_id
    assert outcomes["d.docx"].reason == "damaged" and "damaged" in outcomes["d.docx"].detail
    assert window.session.read.article_count() == before + 2
    assert window.session.undo_stack.count() == steps + 1
    page = window.session.project.get("article", outcomes["pages/b.html"].article_id)
    assert (
        page["title"] == "عنوان الصفحة" and "tracking" not in page["text"] and "الرئيسية" not in page["text"]
    )

    again = window.file_tasks.import_paths(
        [str(folder / "a.txt"), str(folder / "pages")], show=False, start=False
    )
    run_job(qtbot, again)
    assert [o.status for o in again.outcomes] == ["duplicate", "duplicate"]
    assert "مقتل مسلحين قرب الرقة" in again.outcomes[0].detail  # which article it duplicates
    assert window.session.undo_stack.count() == steps + 1

    window.menu_actions.undo.trigger()
    assert window.session.read.article_count() == before


def test_a_cancelled_folder_import_leaves_nothing(window: MainWindow, qtbot, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    before = window.session.read.article_count()
    steps = window.session.undo_stack.count()
    job = window.file_tasks.import_folder(str(folder), show=False, start=False)
    job.cancel()
    run_job(qtbot, job, "cancelled_signal")
    assert window.session.read.article_count() == before
    assert window.session.undo_stack.count() == steps

    seen: list[str] = []

    def cancel_after_first(done: int, total: int, text: str) -> None:
        seen.append(text)
        if done == 1:
            job2.cancel()

    job2 = Job(
        lambda progress, cancelled: window.file_tasks.read(
            [str(folder)], lambda d, t, s: (progress(d, t, s), cancel_after_first(d, t, s)), cancelled
        ),
        "import",
        window,
        show=False,
    )
    job2.finished.connect(window.file_tasks.apply)
    run_job(qtbot, job2, "cancelled_signal")
    assert "a.txt" in seen and "pages/b.html" not in seen
    assert window.session.read.article_count() == before


def test_several_files_leave_out_an_unsure_encoding_for_review(
    window: MainWindow, qtbot, monkeypatch, tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    unsure = tmp_path / "old.txt"
    unsure.write_bytes(PHRASE.encode("cp1256"))
    job = window.file_tasks.import_files([str(good), str(unsure)], show=True, start=False)
    run_job(qtbot, job)
    outcomes = {o.name: o for o in job.outcomes}
    assert outcomes["old.txt"].status == "failed" and outcomes["old.txt"].reason == UNCERTAIN
    results = job.results_dialog
    assert isinstance(results, ImportResultsDialog) and results.isVisible()
    assert (
        results.review_button.isVisible() and results.review_button.isEnabled()
    )  # the unsure row is current
    before = window.session.read.article_count()
    parents: list[object] = []
    shown = _accept_review(monkeypatch, lambda d: (parents.append(d.parent()), d.choose_encoding("cp1256")))
    results.review_button.click()
    assert len(shown) == 1 and parents == [results]
    assert window.session.read.article_count() == before + 1
    assert outcomes["old.txt"].status == "imported"
    assert results.rows()[1][1] == results.status_text("imported")
    assert window.session.project.get("article", outcomes["old.txt"].article_id)["text"] == PHRASE
    results.close()


def test_the_result_table_says_what_happened_to_each_file(qtbot, arabic) -> None:
    outcomes = [
        FileOutcome("a.txt", "imported", title="مقتل مسلحين", detail="مقتل مسلحين", article_id="x"),
        FileOutcome("b.txt", "duplicate", detail="already in the project as «مقتل مسلحين»", article_id="x"),
        FileOutcome(
            "c.docx",
            "failed",
            detail="The document is damaged: its structure cannot be read.",
            reason="damaged",
        ),
        FileOutcome(
            "d.jpg",
            "skipped",
            detail="Left out: not a kind of file FactDesk imports.",
            reason="not-importable",
        ),
    ]
    dialog = ImportResultsDialog(outcomes)
    qtbot.addWidget(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    rows = dialog.rows()
    assert [r[0] for r in rows] == ["a.txt", "b.txt", "c.docx", "d.jpg"]
    assert rows[0][1] == "استُورد" and "مقتل مسلحين" in rows[0][2]
    assert rows[2][1] == "لم يُستورد"
    assert rows[3][1] == "تُرك" and "Left out" in rows[3][2]
    assert "1" in dialog.summary.text() and "ما استُورد" in dialog.summary.text()
    assert not dialog.review_button.isVisibleTo(dialog)
    opened = []
    dialog.openArticle.connect(opened.append)
    dialog.table.cellDoubleClicked.emit(1, 0)
    dialog.table.cellDoubleClicked.emit(2, 0)
    dialog.table.cellDoubleClicked.emit(3, 0)
    assert opened == ["x"]


def test_the_file_dialog_offers_every_kind_the_importers_read() -> None:
    from factdesk.importers.sniff import extension_format

    assert all(extension_format("a" + pattern[1:]) for pattern in IMPORT_PATTERNS)
    for ext in ("txt", "html", "htm", "mhtml", "docx", "odt", "pdf"):
        assert f"*.{ext}" in IMPORT_PATTERNS


# ---------------------------------------------------------------------------------------------
# paste


def test_a_pasted_web_page_goes_through_the_importers_and_the_review(window: MainWindow, monkeypatch) -> None:
    mime = QMimeData()
    mime.setHtml(
        "<html><body><nav><a href='/'>الرئيسية</a> | <a href='/news'>أخبار</a></nav>"
        "<script>var ad = 'إعلان';</script><h1>عنوان الخبر</h1><p>موسكو ـ حسن عمارة</p>"
        f"<p>{BODY}</p><p>أرسل تعليقك</p></body></html>"
    )
    mime.setText("نص عادي لا يُستخدم حين توجد صفحة")

    def check(dialog: ImportReviewDialog) -> None:
        assert dialog.pasted and not dialog.encoding_row.isVisibleTo(dialog)
        assert (dialog.place_edit.text(), dialog.author_edit.text()) == ("موسكو", "حسن عمارة")
        assert dialog.preview.toPlainText() == BODY

    shown = _accept_review(monkeypatch, check)
    steps = window.session.undo_stack.count()
    article_id = window.file_tasks.paste_article(mime)
    assert len(shown) == 1 and article_id
    row = window.session.project.get("article", article_id)
    assert row["text"] == BODY and row["title"] == "عنوان الخبر" and row["origin"] == "paste;format=html"
    assert window.session.undo_stack.count() == steps + 1


def test_pasted_plain_text_goes_through_the_paste_dialog(window: MainWindow, monkeypatch) -> None:
    from factdesk.ui.dialogs import PasteArticleDialog

    mime = QMimeData()
    mime.setText(ARTICLE)
    seen = []

    def fake_exec(dialog: PasteArticleDialog) -> int:
        seen.append(dialog.place_edit.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PasteArticleDialog, "exec", fake_exec)
    article_id = window.file_tasks.paste_article(mime)
    assert seen == ["موسكو"]
    row = window.session.project.get("article", article_id)
    assert row["text"].startswith(BODY) and row["origin"] == "paste"


# ---------------------------------------------------------------------------------------------
# drag and drop


def _drag_enter(mime: QMimeData) -> QDragEnterEvent:
    return QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )


def _drop(mime: QMimeData) -> QDropEvent:
    return QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )


def test_files_and_folders_dropped_on_the_window_are_imported(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    folder = _folder(tmp_path)
    extra = tmp_path / "extra.txt"
    extra.write_text("خبر آخر\n\nنص خبر آخر عن المدينة.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder)), QUrl.fromLocalFile(str(extra))])
    assert window.acceptDrops()
    enter = _drag_enter(mime)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    text_only = QMimeData()
    text_only.setText("نص")
    refused = _drag_enter(text_only)
    window.dragEnterEvent(refused)
    assert not refused.isAccepted()

    before = window.session.read.article_count()
    steps = window.session.undo_stack.count()
    drop = _drop(mime)
    window.dropEvent(drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: bool(window.findChildren(ImportResultsDialog)), timeout=30_000)
    assert window.session.read.article_count() == before + 3
    assert window.session.undo_stack.count() == steps + 1
    results = window.findChildren(ImportResultsDialog)[0]
    assert [r[0] for r in results.rows()] == [
        "a.txt",
        "c-copy.txt",
        "d.docx",
        "pages/b.html",
        "table.csv",
        "extra.txt",
    ]
    results.close()


def test_nothing_can_be_dropped_without_a_project(qtbot, tmp_path: Path) -> None:
    w = MainWindow(Preferences())
    qtbot.addWidget(w)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    enter = _drag_enter(mime)
    w.dragEnterEvent(enter)
    assert not enter.isAccepted()
    drop = _drop(mime)
    w.dropEvent(drop)
    assert not drop.isAccepted()
    assert not w.menu_actions.import_folder.isEnabled()


# ---------------------------------------------------------------------------------------------
# the Arabic interface


def test_the_import_dialogs_are_right_to_left_and_arabic(qtbot, arabic, tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(PHRASE.encode("cp1256"))
    dialog = ImportReviewDialog(str(path), name=path.name)
    qtbot.addWidget(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.preview.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.url_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.windowTitle() == "مراجعة المقال قبل استيراده"
    assert "لم يتأكد" in dialog.encoding_note.text() and "Windows-1256" in dialog.encoding_note.text()
    assert dialog.import_button.text() == "استيراد"
    results = ImportResultsDialog([FileOutcome("a.txt", "imported", "عنوان")])
    qtbot.addWidget(results)
    assert results.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert results.windowTitle() == "نتائج الاستيراد"


def test_the_importers_warnings_are_told_in_arabic(arabic) -> None:
    for warning in (
        "the lead paragraph shown above the article body was added to it",
        "3 Arabic presentation forms (shaped letters) were turned into ordinary letters",
        "encoding guessed as Windows-1256 with low confidence (0.12): compare the candidates and "
        "choose the encoding that reads",
        "mojibake repaired: 2 garbled stretches of Arabic (UTF-8 once misread as Windows-1256) turned "
        "back into Arabic",
        "named «.docx», but it is plain text; read as such",
        "pages 2, 3 have no text layer (scanned?): their text is missing; run OCR to include it",
    ):
        words = warning_text(warning)
        assert words != warning and any("\u0600" <= c <= "\u06ff" for c in words), warning
    assert warning_text("something new") == "something new"


def test_an_import_operation_is_one_step(session) -> None:
    """The whole of a several-file import is one Batch: one undo takes it all back."""
    a = ops.ImportArticle(text="نص أول للمقال.", title="أول")
    b = ops.ImportArticle(text="نص ثان للمقال.", title="ثان")
    steps = session.undo_stack.count()
    session.run(ops.Batch("import articles", [a, b]))
    assert session.undo_stack.count() == steps + 1
    session.undo_stack.undo()
    assert session.project.get("article", a.id) is None and session.project.get("article", b.id) is None


# ---------------------------------------------------------------------------------------------
# the import report in the window: every line taken out, proposals, hidden characters by name, code

HIDDEN = f"{BODY} \u202eمقلوب\u202c و\u200dكلمة"


def _click(qtbot, button) -> None:
    assert button.isVisibleTo(button.window()) and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_every_line_taken_out_is_listed_and_keeping_them_all_gives_back_the_file(
    qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "raqqa.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    dialog = ImportReviewDialog(str(path), name=path.name)
    qtbot.addWidget(dialog)
    items = dialog.removal_items()
    assert [i.text() for i in items] == ["مقتل مسلحين قرب الرقة", "موسكو ـ حسن عمارة", "أرسل تعليقك"]
    for item in items:
        item.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.preview.toPlainText() == ARTICLE.strip("\n")  # exactly the file, line for line
    op = dialog.result_operation()
    assert op.text == ARTICLE.strip("\n")
    # kept lines still give the title, place and author
    assert (op.title, op.place, op.author) == ("مقتل مسلحين قرب الرقة", "موسكو", "حسن عمارة")
    items[0].setCheckState(Qt.CheckState.Checked)
    assert dialog.result_operation().text == ARTICLE.split("\n\n", 1)[1].strip("\n")


def test_a_proposed_dateline_can_be_accepted_or_left(qtbot, tmp_path: Path, monkeypatch) -> None:
    from proposals import propose_datelines

    propose_datelines(monkeypatch)
    path = tmp_path / "raqqa.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    dialog = ImportReviewDialog(str(path), name=path.name)
    qtbot.addWidget(dialog)
    assert dialog.proposals_box.isVisibleTo(dialog)
    [(proposal, words, accept)] = dialog.proposal_rows
    assert words.text().startswith("\u200e")  # an English sentence, even with an Arabic line quoted first
    assert strip_bidi_controls(words.text()) == (
        "«موسكو ـ حسن عمارة» may be a dateline: place «موسكو», author «حسن عمارة»."
    )
    assert (dialog.place_edit.text(), dialog.author_edit.text()) == ("", "")
    assert dialog.preview.toPlainText().startswith("موسكو ـ حسن عمارة\n\n" + BODY)  # left: stays in the text
    assert dialog.result_operation().place == ""

    _click(qtbot, accept)
    assert (dialog.place_edit.text(), dialog.author_edit.text()) == ("موسكو", "حسن عمارة")
    assert dialog.preview.toPlainText().startswith(BODY)
    assert not dialog.proposals_box.isVisibleTo(dialog)
    assert [i.text() for i in dialog.removal_items()] == [
        "مقتل مسلحين قرب الرقة",
        "موسكو ـ حسن عمارة",
        "أرسل تعليقك",
    ]
    op = dialog.result_operation()
    assert (op.place, op.author) == ("موسكو", "حسن عمارة") and op.text.startswith(BODY)

    dialog.fold_check.setChecked(False)  # reading the file again keeps the choice
    assert dialog.place_edit.text() == "موسكو" and dialog.preview.toPlainText().startswith(BODY)
    _untick(dialog, "موسكو ـ حسن عمارة")  # an accepted line can be kept in the text like any other
    op = dialog.result_operation()
    assert op.text.startswith("موسكو ـ حسن عمارة\n\n" + BODY) and op.place == "موسكو"


def test_hidden_characters_are_named_in_the_review(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "hidden.txt"
    path.write_text(f"عنوان\n\n{HIDDEN}\n", encoding="utf-8")
    dialog = ImportReviewDialog(str(path), name=path.name)
    qtbot.addWidget(dialog)
    shown = dialog.hidden_label.text()
    assert (
        "\u2066RLO\u2069 (right-to-left override): 1" in shown
        and "\u2066ZWJ\u2069 (zero width joiner): 1" in shown
    )
    assert "\u2066PDF\u2069 (pop directional formatting): 1" in shown
    assert not dialog.leaks_label.isVisibleTo(dialog)


def test_corpus_articles_show_bidi_controls_presentation_forms_and_leaked_code(qtbot) -> None:
    bidi = ImportReviewDialog(str(shared("corpus", "articles", "snn_046.txt")), name="snn_046.txt")
    shaped = ImportReviewDialog(str(shared("corpus", "articles", "snn_051.txt")), name="snn_051.txt")
    leaky = ImportReviewDialog(str(shared("corpus", "articles", "snn_026.txt")), name="snn_026.txt")
    for dialog in (bidi, shaped, leaky):
        qtbot.addWidget(dialog)
    assert "\u2066LRE\u2069 (left-to-right embedding): 44" in bidi.hidden_label.text()
    assert (
        "presentation forms (shaped letters) were turned into ordinary letters"
        in shaped.warnings_label.text()
    )
    assert leaky.leaks_label.isVisibleTo(leaky)
    assert "line 1: «\u2066#vote_area2 ul {" in leaky.leaks_label.text()
    leaky.removal_items()[0].setCheckState(Qt.CheckState.Unchecked)  # the title kept above: line 3
    assert "line 3: «" in leaky.leaks_label.text()


def test_the_review_report_speaks_arabic(qtbot, arabic, tmp_path: Path, monkeypatch) -> None:
    from proposals import propose_datelines

    propose_datelines(monkeypatch)
    path = tmp_path / "raqqa.txt"
    path.write_text(ARTICLE.replace(BODY, HIDDEN), encoding="utf-8")
    dialog = ImportReviewDialog(str(path), name=path.name)
    qtbot.addWidget(dialog)
    [(_proposal, words, accept)] = dialog.proposal_rows
    assert accept.text() == "قبول" and "قد يكون سطر المكان والكاتب" in words.text()
    assert "تجاوز من اليمين إلى اليسار" in dialog.hidden_label.text()


def test_the_results_list_shows_each_files_report(window: MainWindow, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE.replace(BODY, HIDDEN), encoding="utf-8")
    shutil.copy(shared("corpus", "articles", "snn_026.txt"), folder / "b.txt")
    (folder / "c.docx").write_bytes(b"PK\x03\x04 not a Word document")
    job = window.file_tasks.import_folder(str(folder), show=True, start=False)
    run_job(qtbot, job)
    results = job.results_dialog
    assert isinstance(results, ImportResultsDialog)
    results.table.setCurrentCell(0, 0)
    report = results.report_view.toPlainText()
    assert "Taken out at the top: «مقتل مسلحين قرب الرقة\u200f»" in report
    assert "Taken out at the top: «موسكو ـ حسن عمارة\u200f»" in report
    assert "Taken out at the end: «أرسل تعليقك\u200f»" in report
    assert "\u2066RLO\u2069 (right-to-left override): 1" in report
    results.table.setCurrentCell(1, 0)
    assert "line 1: «\u2066#vote_area2" in results.report_view.toPlainText()
    results.table.setCurrentCell(2, 0)  # a failed file has nothing to report
    assert not results.report_view.isVisibleTo(results)
    results.close()


def test_the_window_and_the_command_line_give_the_same_text_for_the_same_choices(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    import json

    from click.testing import CliRunner
    from proposals import propose_datelines

    from factdesk.cli import cli

    propose_datelines(monkeypatch)
    path = tmp_path / "raqqa.txt"
    path.write_text(ARTICLE, encoding="utf-8")

    def command_line(*flags: str) -> tuple[str, str, str]:
        project = str(tmp_path / f"p{len(list(tmp_path.glob('*.factdesk')))}.factdesk")
        runner = CliRunner()
        assert runner.invoke(cli, ["new", project]).exit_code == 0
        row = json.loads(runner.invoke(cli, ["import", project, str(path), *flags, "--json"]).stdout)[0]
        shown = json.loads(runner.invoke(cli, ["show", project, row["article"][:8], "--json"]).stdout)
        return shown["text"], shown["place"], shown["author"]

    def window(keep_head: bool, accept: bool) -> tuple[str, str, str]:
        dialog = ImportReviewDialog(str(path), name=path.name)
        qtbot.addWidget(dialog)
        if accept:
            _click(qtbot, dialog.proposal_rows[0][2])
        for item in dialog.removal_items():
            if keep_head and item.text() in ("مقتل مسلحين قرب الرقة", "موسكو ـ حسن عمارة"):  # the top lines
                item.setCheckState(Qt.CheckState.Unchecked)
        op = dialog.result_operation()
        return op.text, op.place, op.author

    assert window(keep_head=False, accept=False) == command_line()
    assert window(keep_head=True, accept=False) == command_line("--keep-head")
    assert window(keep_head=False, accept=True) == command_line("--accept-datelines")
    assert window(keep_head=True, accept=True) == command_line("--accept-datelines", "--keep-head")


def test_a_garbled_stretch_left_as_it_is_is_said_in_arabic(qtbot, arabic) -> None:
    from factdesk.importers.mojibake import repair
    from factdesk.ui.import_texts import warning_text

    garbled = "المملكة".encode().decode("cp1256")
    [warning] = repair("قالت الوزارة" + garbled + "ان الوفد وصل.").warnings()
    shown = warning_text(warning)
    assert shown.startswith("يبدو أن 1 من المقاطع نص عربي مشوّه")
    assert "«المملكة»" in shown and garbled in shown
