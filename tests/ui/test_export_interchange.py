"""ClaimReview and W3C Web Annotations from the window, and annotations brought back in, driven as a
user drives them: the File menu's entries, the export dialog's format, its fields and its Export
button; File → Import annotations… with the file chosen, the results shown, one Ctrl+Z. The files the
window writes are the ones «factdesk export claimreview|annotations» writes for the same request."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from printed import FALSE_CLAIM, HOSTILE_CLAIM, TRUE_CLAIM, build
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QPushButton
from support import REPO, fresh_copy_of_articles

from factdesk.cli import cli
from factdesk.core import model
from factdesk.core import operations as ops
from factdesk.store.project import Project
from factdesk.ui.annotation_import import AnnotationImportDialog
from factdesk.ui.export_dialog import ExportDialog

#: The hostile claim made long: search engines show at most 75 characters of it.
LONG_HOSTILE = HOSTILE_CLAIM + " في تقرير نشر على مواقع كثيرة"
#: The article the Hypothesis export annotates (tests/data/annotations/hypothesis-export.json).
HYPOTHESIS_URL = "https://news.example/ar/2024/budget-schools"
HYPOTHESIS_ARTICLE = (
    "قال وزير التعليم إن الحكومة افتتحت 14 مدرسة جديدة في محافظة أسوان خلال العام الماضي.\n"
    "وأضاف أن الميزانية المخصصة للتعليم ارتفعت بنسبة 12% مقارنة بالعام السابق.\n"
    "ونفى الوزير ما تردد عن إغلاق مدارس في القرى النائية."
)


def _dialog(window, qtbot, action: str) -> ExportDialog:
    """Open the export dialog from its File-menu entry ``action``, as a click on it does."""
    entry = window.menu_actions.by_name[action]
    assert entry in window.file_menu.actions() and entry.isEnabled()
    entry.trigger()
    qtbot.waitUntil(
        lambda: any(isinstance(w, ExportDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible())
    qtbot.waitExposed(dialog)
    return dialog


def _type_file(qtbot, dialog: ExportDialog, path: Path) -> None:
    qtbot.mouseClick(dialog.target, Qt.MouseButton.LeftButton)
    QTest.keyClick(dialog.target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.target, str(path))


def _judged_project(tmp_path: Path) -> Path:
    """The printed project with its hostile claim judged and made longer than search engines show."""
    built = build(tmp_path / "p.factdesk")
    with Project.open(built.path) as p:
        p.run(ops.EditClaim(built.hostile_id, text=LONG_HOSTILE))
        p.run(ops.SetVerdict(built.hostile_id, "misleading", rationale="نص مريب", reviewer="منى"))
    return built.path


def test_claimreview_is_exported_from_the_dialog_as_the_command_line_exports_it(
    open_window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    path = _judged_project(tmp_path)
    window = open_window(path)
    dialog = _dialog(window, qtbot, "export_claimreview")
    assert dialog.chosen_format() == "claimreview"
    # what does not apply to ClaimReview is off; its own choices are there
    assert not dialog.columns.isEnabled() and not dialog.lang.isEnabled() and not dialog.bom.isEnabled()
    assert dialog.claims_box.isEnabled() and dialog.per_claim.isVisible() and dialog.rating_lang.isVisible()
    assert Path(dialog.target.text()).name == "p-claimreview.jsonld"
    # no organisation yet: said, and nothing can be exported until it is set
    assert "settings" in dialog.organisation.text() and not dialog.export_button.isEnabled()

    from factdesk.ui.project_settings import ProjectSettingsDialog

    def fill(settings: ProjectSettingsDialog) -> int:
        settings.fields["organisation"].setText("مسبار")
        settings.fields["organisation_url"].setText("https://misbar.example")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProjectSettingsDialog, "exec", fill)
    steps = window.session.undo_stack.count()  # the project's earlier steps, from its journal
    qtbot.mouseClick(dialog.settings_button, Qt.MouseButton.LeftButton)
    assert "مسبار" in dialog.organisation.text() and dialog.export_button.isEnabled()
    assert window.session.undo_stack.count() == steps + 1  # the settings: one step of their own

    target = tmp_path / "reviews.jsonld"
    _type_file(qtbot, dialog, target)
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as written:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert written.args == [3, str(target)]  # every judged claim
    raw = target.read_text(encoding="utf-8")
    assert "<" not in raw and "\\u003c/script\\u003e" in raw  # safe inside a web page's script element
    feed = json.loads(raw)
    reviews = {r["claimReviewed"]: r for r in feed["dataFeedElement"]}
    assert set(reviews) == {FALSE_CLAIM, TRUE_CLAIM, LONG_HOSTILE}
    assert reviews[FALSE_CLAIM]["reviewRating"]["name"] == "False"
    assert reviews[FALSE_CLAIM]["reviewRating"]["alternateName"] == "خاطئ"
    assert {r["author"]["name"] for r in reviews.values()} == {"مسبار"}
    # the long claim is named, in words, in the dialog; the status bar says how many were written
    assert dialog.warnings.isVisible()
    assert "75" in dialog.warnings.toPlainText() and HOSTILE_CLAIM[:20] in dialog.warnings.toPlainText()
    assert "ClaimReview records written: 3" in window.statusBar().currentMessage()

    from_cli = tmp_path / "cli.jsonld"
    done = CliRunner().invoke(cli, ["export", "claimreview", str(path), "-o", str(from_cli)])
    assert done.exit_code == 0, done.output
    assert "characters; search engines show at most 75" in done.output
    assert json.loads(from_cli.read_text(encoding="utf-8")) == feed


def test_claimreview_per_claim_follows_the_claim_filter(open_window, qtbot, tmp_path: Path) -> None:
    path = _judged_project(tmp_path)
    with Project.open(path) as p:
        p.run(ops.SetSetting("organisation", "مسبار"))
    window = open_window(path)
    dialog = _dialog(window, qtbot, "export_report")
    dialog.choose_format("claimreview")
    # untick «Misleading»: the hostile claim stays out of the file as of the preview
    item = next(
        dialog.verdicts.item(i)
        for i in range(dialog.verdicts.count())
        if dialog.verdicts.item(i).text() == "Misleading"
    )
    item.setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.per_claim, Qt.MouseButton.LeftButton)
    assert dialog.per_claim.isChecked() and Path(dialog.target.text()).suffix == ""
    folder = tmp_path / "each"
    _type_file(qtbot, dialog, folder)
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as written:
        QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
    assert written.args[0] == 2  # the false and the true claim
    files = sorted(folder.iterdir())
    assert len(files) == 2 and all(f.suffix == ".jsonld" for f in files)
    texts = {json.loads(f.read_text(encoding="utf-8"))["claimReviewed"] for f in files}
    assert texts == {FALSE_CLAIM, TRUE_CLAIM}
    assert not dialog.warnings.isVisible()


def _spans(path: Path) -> list[tuple]:
    with Project.open(path, readonly=True) as p:
        texts = {r["id"]: r["text"] for r in p.read.rows(model.ARTICLE)}
        return sorted(
            (texts[s["article_id"]], s["start"], s["end"], s["quote"]) for s in p.read.rows(model.SPAN)
        )


def _import_through_the_menu(window, qtbot, monkeypatch, file: Path) -> AnnotationImportDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    entry = window.menu_actions.import_annotations
    assert entry in window.file_menu.actions() and entry.isEnabled()
    entry.trigger()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, AnnotationImportDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    return next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, AnnotationImportDialog) and w.isVisible()
    )


def test_annotations_exported_from_one_window_are_imported_in_another_and_one_undo_takes_them_back(
    open_window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    built = build(tmp_path / "p.factdesk")
    window = open_window(built.path)
    dialog = _dialog(window, qtbot, "export_annotations")
    assert dialog.chosen_format() == "annotations"
    assert not dialog.claims_box.isEnabled() and not dialog.per_claim.isVisible()  # every highlight goes
    assert dialog.count.text().endswith("3")
    assert Path(dialog.target.text()).name == "p-annotations.jsonld"
    file = tmp_path / "highlights.jsonld"
    _type_file(qtbot, dialog, file)
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as written:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert written.args == [3, str(file)]
    assert "Annotations written: 3" in window.statusBar().currentMessage()
    from_cli = tmp_path / "cli.jsonld"
    done = CliRunner().invoke(cli, ["export", "annotations", str(built.path), "-o", str(from_cli)])
    assert done.exit_code == 0 and json.loads(from_cli.read_text("utf-8")) == json.loads(
        file.read_text("utf-8")
    )

    other = tmp_path / "other.factdesk"
    fresh_copy_of_articles(built.path, other)
    second = open_window(other)
    assert _spans(other) == []
    steps = second.session.undo_stack.count()
    results = _import_through_the_menu(second, qtbot, monkeypatch, file)
    assert "Placed exactly: 3" in results.summary.text() and "Not placed, their quote not found: 0" in (
        results.summary.text()
    )
    assert not results.orphans.isVisible() and not results.changed.isVisible()
    assert _spans(other) == _spans(built.path)
    assert second.workbench.claims_model.rowCount() == 2  # the claims the highlights carry, shown
    assert second.session.undo_stack.count() == steps + 1
    assert second.session.undo_label() == "import annotations"
    assert "placed exactly 3" in second.statusBar().currentMessage()

    qtbot.mouseClick(
        next(b for b in results.findChildren(QPushButton) if b.text() == "Close"),
        Qt.MouseButton.LeftButton,
    )
    qtbot.waitUntil(lambda: not results.isVisible())
    second.activateWindow()
    qtbot.waitUntil(second.isActiveWindow)
    second.workbench.claims.setFocus()
    QTest.keyClick(second.workbench.claims, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _spans(other) == [] and second.workbench.claims_model.rowCount() == 0
    with Project.open(other, readonly=True) as p:
        assert p.read.rows(model.CLAIM) == [] and p.read.rows(model.APPEARANCE) == []


def test_a_hypothesis_export_is_placed_and_its_orphans_are_listed(
    open_window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "h.factdesk"
    with Project.create(path) as p:
        p.run(ops.ImportArticle(HYPOTHESIS_ARTICLE, title="مدارس أسوان", url=HYPOTHESIS_URL))
    window = open_window(path)
    steps = window.session.undo_stack.count()
    fixture = REPO / "tests" / "data" / "annotations" / "hypothesis-export.json"
    results = _import_through_the_menu(window, qtbot, monkeypatch, fixture)
    summary = results.summary.text()
    assert "Annotations in the file: 3" in summary and "Placed exactly: 1" in summary
    assert "Re-anchored where the quote moved or changed slightly: 1" in summary
    assert "Items of the file with no quote to place: 1" in summary  # the page note
    assert results.changed.rowCount() == 1 and results.changed.isVisible()
    assert results.orphans.isVisible()
    (orphan,) = results.orphan_rows()
    assert orphan[0] == "أغلقت الحكومة 30 مدرسة في القرى النائية"
    assert orphan[1] == HYPOTHESIS_URL and "no longer in «مدارس أسوان»" in orphan[2]
    quotes = [q for *_rest, q in _spans(path)]
    assert quotes == ["افتتحت 14 مدرسة جديدة", "ارتفعت بنسبة 12% مقارنة بالعام السابق"]
    with Project.open(path, readonly=True) as p:
        notes = {s["quote"]: s["note"] for s in p.read.rows(model.SPAN)}
    assert notes["افتتحت 14 مدرسة جديدة"] == "هل العدد صحيح؟ البيان الرسمي يذكر 12\n#أرقام #تعليم"
    assert window.session.undo_stack.count() == steps + 1
    results.close()


def test_a_file_that_is_not_json_is_refused_in_words_and_changes_nothing(
    open_window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    built = build(tmp_path / "p.factdesk")
    window = open_window(built.path)
    before = _spans(built.path)
    steps = window.session.undo_stack.count()
    bad = tmp_path / "notes.json"
    bad.write_bytes(b"\xff\xfe<html>not annotations</html>")
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append((box.text(), box.detailedText())) or 0)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.menu_actions.import_annotations.trigger()
    ((text, details),) = said
    assert "was not imported, and nothing was changed" in text
    assert "W3C Web Annotations" in text and "Hypothesis" in text
    assert "is not an annotation file FactDesk can read" in details  # the importer's own words
    assert window.findChildren(AnnotationImportDialog) == []  # no results: nothing was imported
    assert _spans(built.path) == before and window.session.undo_stack.count() == steps
