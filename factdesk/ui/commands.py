"""The File menu's long work: import, export, check, backups, preferences.

Reading and parsing files, writing the report, checking and copying the project all run on a
worker thread (:mod:`factdesk.ui.jobs`) with a progress bar and cancel; what must change the
project is then applied on the UI thread as one operation, so a cancel or a failure leaves
nothing half done.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from factdesk.core import operations as ops
from factdesk.store import backup as backups
from factdesk.store.errors import ProjectError
from factdesk.ui.dialogs import embed, show_error
from factdesk.ui.jobs import Cancelled, Job
from factdesk.ui.widgets import literal

if TYPE_CHECKING:
    from factdesk.importers import ImportResult
    from factdesk.importers.report import ImportReport
    from factdesk.ui.import_dialog import ImportResultsDialog
    from factdesk.ui.window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


@dataclass
class FileOutcome:
    """What happened to one file of an import."""

    name: str  # as shown: the file's name, or its path inside the imported folder
    status: str  # imported | duplicate | failed
    detail: str  # the title imported; the article it duplicates; why it failed (interface language)
    path: str = ""
    article_id: str = ""  # the article imported, or the one it duplicates
    reason: str = ""  # why it failed: an ImportRefused reason, "uncertain-encoding" or "error"
    message: str = ""  # the importer's own words (English), for a tooltip or a bug report
    warnings: tuple[str, ...] = ()
    result: ImportResult | None = field(default=None, repr=False, compare=False)  # kept for a review
    report: ImportReport | None = field(default=None, repr=False, compare=False)  # lines taken out, hidden…


def connect(window: MainWindow) -> None:
    a = window.actions
    a.import_files.triggered.connect(lambda: import_files(window))
    a.import_folder.triggered.connect(lambda: import_folder(window))
    a.paste_article.triggered.connect(lambda: paste_article(window))
    a.export_csv.triggered.connect(lambda: export_csv(window))
    a.check_project.triggered.connect(lambda: check_project(window))
    a.backup_now.triggered.connect(lambda: backup_now(window))
    a.restore_backup.triggered.connect(lambda: restore_backup(window))
    a.preferences.triggered.connect(lambda: preferences(window))


# ---------------------------------------------------------------------------------------------
# import

#: What the file dialog offers: every extension the importers read (factdesk.importers.sniff).
IMPORT_PATTERNS = ("*.txt", "*.text", "*.md", "*.html", "*.htm", "*.xhtml", "*.shtml", "*.mht", "*.mhtml",
                   "*.docx", "*.odt", "*.pdf")


def collect_files(paths: list[str], cancelled: Callable[[], bool] = lambda: False) -> list[tuple[str, str]]:
    """``(path, shown name)`` of each file to import: each file as given; each folder's files that FactDesk
    imports, recursively in name order, hidden files and folders left out (links to folders not
    followed), shown by their path inside the folder."""
    from factdesk.importers.sniff import extension_format

    found: list[tuple[str, str]] = []
    for given in paths:
        if not os.path.isdir(given):
            found.append((given, Path(given).name or given))
            continue
        inside: list[tuple[str, str]] = []
        for root, dirs, files in os.walk(given):
            if cancelled():
                raise Cancelled
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                if not name.startswith(".") and extension_format(name) is not None:
                    path = os.path.join(root, name)
                    inside.append((path, Path(os.path.relpath(path, given)).as_posix()))
        inside.sort(key=lambda item: item[1].casefold())
        found.extend(inside)
    return found


def parse_files(paths: list[str], progress, cancelled) -> tuple[list[ops.ImportArticle], list[FileOutcome]]:  # noqa: ANN001
    """Read each file, or each importable file of each folder (worker thread): the operations to run,
    and a result per file ("imported" until :func:`apply_imports` finds duplicates). Nothing is stored
    here. A file whose encoding is not sure is not imported (reason ``uncertain-encoding``) but keeps
    its reading for a review, as does the only file of an import."""
    from factdesk.importers import load
    from factdesk.importers.errors import ImportRefused
    from factdesk.importers.report import report_of
    from factdesk.importers.safety import ImportBudget
    from factdesk.ui.import_texts import (
        UNCERTAIN,
        describe_origin,
        operation_from_result,
        refusal_text,
        uncertain_text,
    )

    progress(0, 0, tr("Looking for files…"))
    files = collect_files(paths, cancelled)
    todo: list[ops.ImportArticle] = []
    results: list[FileOutcome] = []
    budget = ImportBudget()
    for i, (path, shown) in enumerate(files):
        if cancelled():
            raise Cancelled
        progress(i, len(files), shown)
        name = Path(path).name
        if budget.full:
            results.append(FileOutcome(shown, "failed", budget_text(budget), path=path, reason="too-large"))
            continue
        try:
            result = load(path, name=name)
        except ImportRefused as exc:
            results.append(FileOutcome(shown, "failed", refusal_text(exc), path=path, reason=exc.reason,
                                       message=str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - one unreadable file must not lose the others
            results.append(FileOutcome(shown, "failed", tr("FactDesk could not read it: %1")
                                       .replace("%1", str(exc) or type(exc).__name__), path=path, reason="error",
                                       message=repr(exc)))
            continue
        keep = result if len(files) == 1 or not result.encoding_confident else None
        if not result.encoding_confident:
            results.append(FileOutcome(shown, "failed", uncertain_text(result), path=path, reason=UNCERTAIN,
                                       warnings=result.warnings, result=keep))
            continue
        op = operation_from_result(result, origin=describe_origin(name, result))
        if not budget.admit(op.text):
            results.append(FileOutcome(shown, "failed", budget_text(budget), path=path, reason="too-large"))
            continue
        todo.append(op)
        results.append(FileOutcome(shown, "imported", op.title, path=path, article_id=op.id,
                                   warnings=result.warnings, result=keep, report=report_of(result)))
    progress(len(files), len(files), "")
    return todo, results


def budget_text(budget) -> str:  # noqa: ANN001 - an importers.safety.ImportBudget
    return tr("Not imported: this import already holds %1 characters of text, as much as one import holds. "
              "Import the remaining files in another go.").replace("%1", f"{budget.used:,}")


def apply_imports(window: MainWindow, todo: list[ops.ImportArticle], results: list[FileOutcome]) -> list[FileOutcome]:
    """Run the parsed imports as one operation (one undo step); duplicates are reported, not imported."""
    session = window.session
    assert session is not None
    seen: dict[str, FileOutcome] = {}
    batch: list[tuple[FileOutcome, ops.ImportArticle]] = []
    by_name = iter([r for r in results if r.status == "imported"])
    for op in todo:
        outcome = next(by_name)
        digest = ops.content_hash(op.text)
        existing = session.project.find("article", "content_hash", digest)
        if existing:
            outcome.status = "duplicate"
            outcome.article_id = str(existing[0]["id"])
            outcome.detail = tr("already in the project as «%1»").replace(
                "%1", embed(str(existing[0]["title"]) or tr("(untitled)")))
            continue
        if digest in seen:
            first = seen[digest]
            outcome.status = "duplicate"
            outcome.article_id = first.article_id
            outcome.detail = tr("the same text as «%1», imported with it").replace("%1", embed(first.name))
            continue
        seen[digest] = outcome
        batch.append((outcome, op))
    if batch:
        label = "import article" if len(batch) == 1 else "import articles"
        try:
            session.run(ops.Batch(label, [op for _, op in batch]), origin=window)
        except (ops.OperationError, ProjectError) as exc:
            message = exc.message if isinstance(exc, ProjectError) else str(exc)
            for outcome, _ in batch:
                outcome.status = "failed"
                outcome.article_id = ""
                outcome.detail = tr("Nothing was imported: %1").replace("%1", message)
            return results
        if window.workbench is not None:
            window.workbench.open_article(batch[0][1].id)
    return results


def import_files(window: MainWindow, paths: list[str] | None = None, *, show: bool = True, start: bool = True,
                 review: bool | None = None) -> Job | None:
    """Import files of any supported format. One file shown interactively is reviewed first
    (:class:`~factdesk.ui.import_dialog.ImportReviewDialog`); several are read on a worker thread and
    imported as one undo step, with a table of what happened to each."""
    if window.session is None:
        return None
    if paths is None:
        patterns = " ".join(IMPORT_PATTERNS)
        paths, _ = QFileDialog.getOpenFileNames(
            window, tr("Import files"), str(Path.home()),
            tr("Articles (%1)").replace("%1", patterns) + ";;" + tr("All files (*)"))
    if not paths:
        return None
    return import_paths(window, list(paths), show=show, start=start, review=review)


def import_folder(window: MainWindow, folder: str | None = None, *, show: bool = True,
                  start: bool = True) -> Job | None:
    """Import every supported file of a folder and its subfolders (hidden ones left out) as one undo step."""
    if window.session is None:
        return None
    if folder is None:
        folder = QFileDialog.getExistingDirectory(window, tr("Import a folder"), str(Path.home()))
    if not folder:
        return None
    return import_paths(window, [folder], show=show, start=start, review=False)


def import_paths(window: MainWindow, paths: list[str], *, show: bool = True, start: bool = True,
                 review: bool | None = None) -> Job | None:
    """Import files and folders (as dropped on the window): read on a worker thread with progress and
    cancel, then applied as one operation, so that a cancel or a failure leaves nothing half imported.

    ``review`` (default: when ``show`` and ``paths`` is one file) shows the file in the review dialog
    before anything is stored. The job's ``outcomes`` hold a :class:`FileOutcome` per file once done.
    """
    if window.session is None or not paths:
        return None
    single = len(paths) == 1 and not os.path.isdir(paths[0])
    if review is None:
        review = show and single
    job = Job(lambda progress, cancelled: parse_files(paths, progress, cancelled), tr("Importing…"), window,
              show=show)
    job.outcomes = []  # type: ignore[attr-defined]

    session = window.session

    def done(result: tuple[list[ops.ImportArticle], list[FileOutcome]]) -> None:
        if window.session is not session:  # the project was closed meanwhile: import into no other
            return
        todo, outcomes = result
        if review and len(outcomes) == 1 and outcomes[0].result is not None:
            outcome = outcomes[0]
            article = review_and_import(window, outcome.path, name=Path(outcome.path).name, result=outcome.result)
            if article is None:
                outcome.status, outcome.detail = "failed", tr("not imported: the review was cancelled")
            else:
                outcome.status, outcome.article_id = "imported", article
            job.outcomes = outcomes  # type: ignore[attr-defined]
            return
        outcomes = apply_imports(window, todo, outcomes)
        job.outcomes = outcomes  # type: ignore[attr-defined]
        if not show:
            return
        if not outcomes:
            QMessageBox.information(window, tr("Import"), tr("No file that FactDesk imports was found there."))
        elif len(outcomes) == 1 and outcomes[0].status == "failed":
            show_error(window, tr("«%1» was not imported. %2").replace("%1", embed(outcomes[0].name))
                       .replace("%2", outcomes[0].detail))
        else:
            job.results_dialog = show_outcomes(window, outcomes)  # type: ignore[attr-defined]

    job.finished.connect(done)
    job.failed.connect(lambda exc: _report_failure(window, exc))
    job.cancelled_signal.connect(lambda: window.statusBar().showMessage(
        tr("Import cancelled: nothing was imported."), 8000))
    return job.start() if start else job


def show_outcomes(window: MainWindow, outcomes: list[FileOutcome]) -> ImportResultsDialog:
    """The table of what happened to each file (window-modal, not blocking)."""
    from factdesk.ui.import_dialog import ImportResultsDialog

    dialog = ImportResultsDialog(outcomes, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def open_article(article_id: str) -> None:
        if window.workbench is not None:
            window.workbench.open_article(article_id)

    def review(outcome: FileOutcome) -> None:
        article = review_and_import(window, outcome.path, name=Path(outcome.path).name, parent=dialog)
        if article is not None:
            row = window.session.project.get("article", article) if window.session else None
            outcome.status, outcome.reason, outcome.article_id = "imported", "", article
            outcome.detail = str(row["title"]) if row else ""
            dialog.mark_imported(outcome, outcome.detail)

    dialog.openArticle.connect(open_article)
    dialog.reviewRequested.connect(review)
    dialog.open()
    return dialog


def review_and_import(window: MainWindow, source: str | bytes, *, name: str, result: ImportResult | None = None,
                      pasted: bool = False, parent: QWidget | None = None) -> str | None:
    """Show one article in the review dialog and import it, as the user confirms it, as one undo step.
    The new article's id, or None if cancelled. A refusal is explained and the dialog stays open."""
    from factdesk.importers.errors import ImportRefused
    from factdesk.ui.import_dialog import ImportReviewDialog, refusal_text

    session = window.session
    if session is None:
        return None
    font = window.workbench.reader.font() if window.workbench is not None else None
    try:
        dialog = ImportReviewDialog(source, name=name, result=result, pasted=pasted, project=session.project,
                                    font=font, parent=parent or window)
    except ImportRefused as exc:
        show_error(parent or window, tr("«%1» was not imported. %2").replace("%1", embed(name))
                   .replace("%2", refusal_text(exc)))
        return None
    try:
        while dialog.exec() == QDialog.DialogCode.Accepted:
            op = dialog.result_operation()
            try:
                session.run(op, origin=window)
            except ops.OperationError as exc:
                show_error(dialog, str(exc))
                continue
            except ProjectError as exc:
                show_error(dialog, exc.message)
                return None
            if window.workbench is not None:
                window.workbench.open_article(op.id)
            return op.id
        return None
    finally:
        dialog.deleteLater()


def paste_article(window: MainWindow, mime: QMimeData | None = None) -> str | None:
    """Import an article from the clipboard (or ``mime``): a copied web page goes through the importers
    (navigation and scripts dropped) and the review dialog; plain text through the paste dialog, which
    also takes text typed or pasted into it. The new article's id, or None."""
    if window.session is None:
        return None
    from factdesk.importers import load
    from factdesk.importers.errors import ImportRefused
    from factdesk.ui.dialogs import PasteArticleDialog, run_or_explain

    if mime is None:
        mime = QGuiApplication.clipboard().mimeData()
    if mime is not None and mime.hasHtml() and mime.html().strip():
        data = mime.html().encode("utf-8")
        try:
            result = load(data, name="pasted.html")
        except ImportRefused:
            result = None  # a fragment with no article in it: take its text as plain text instead
        if result is not None:
            return review_and_import(window, data, name="pasted.html", result=result, pasted=True)

    dialog = PasteArticleDialog(window)
    try:
        if mime is not None and (mime.hasText() or mime.hasHtml()):
            dialog.text_edit.insertFromMimeData(mime)
            dialog.propose()
        while dialog.exec() == QDialog.DialogCode.Accepted:
            op = dialog.result_operation()
            if run_or_explain(window.session, dialog, op, origin=window):
                if window.workbench is not None:
                    window.workbench.open_article(op.id)
                return op.id
        return None
    finally:
        dialog.deleteLater()


# ---------------------------------------------------------------------------------------------
# export, check, backups


def export_csv(window: MainWindow, target: str | None = None, *, show: bool = True, start: bool = True) -> Job | None:
    if window.session is None:
        return None
    if target is None:
        target, _ = QFileDialog.getSaveFileName(window, tr("Export the CSV report"),
                                                str(Path.home() / "claims.csv"), tr("CSV files (*.csv)"))
    if not target:
        return None
    project_path = window.session.project.path

    def work(progress, cancelled) -> int:  # noqa: ANN001
        from factdesk.exporters.csv_report import write_csv_report
        from factdesk.store.project import Project

        with Project.open(project_path, readonly=True) as p:
            total = p.read.claim_count()

            def rows():
                for i, report in enumerate(p.read.report()):
                    if cancelled():
                        raise Cancelled  # the file is written under a temporary name: nothing is left
                    if i % 200 == 0:
                        progress(i, total, "")
                    yield report

            return write_csv_report(rows(), target)

    job = Job(work, tr("Exporting the report…"), window, show=show)
    if show:
        job.finished.connect(lambda n: QMessageBox.information(
            window, tr("Export"), literal(tr("Claims written: %1, to %2").replace("%1", str(n)).replace("%2", target))))
    job.failed.connect(lambda exc: _report_failure(window, exc))
    return job.start() if start else job


def check_project(window: MainWindow, *, show: bool = True, start: bool = True) -> Job | None:
    if window.session is None:
        return None
    project_path = window.session.project.path

    def work(progress, cancelled) -> list[str]:  # noqa: ANN001
        from factdesk.store.project import Project

        progress(0, 0, tr("Checking every page of the project…"))
        with Project.open(project_path, readonly=True) as p:
            return p.integrity_check()

    job = Job(work, tr("Checking the project…"), window, show=show)
    if show:
        job.finished.connect(lambda problems: QMessageBox.information(
            window, tr("Check"), literal(tr("The project passed the full integrity check.") if not problems
                                         else tr("Problems were found:") + "\n" + "\n".join(problems))))
    job.failed.connect(lambda exc: _report_failure(window, exc))
    return job.start() if start else job


def backup_now(window: MainWindow, *, show: bool = True, start: bool = True) -> Job | None:
    if window.session is None:
        return None
    project_path = window.session.project.path
    job = Job(lambda progress, cancelled: backups.make_backup(project_path, reason="manual"),
              tr("Making a backup…"), window, show=show)
    if show:
        job.finished.connect(lambda made: QMessageBox.information(
            window, tr("Backup"), literal(tr("Backed up to %1").replace("%1", str(made.path)))))
    job.failed.connect(lambda exc: _report_failure(window, exc))
    return job.start() if start else job


def restore_backup(window: MainWindow, chosen: Path | None = None) -> bool:
    """Put a backup in place of the open project (the current state is kept as a backup)."""
    if window.session is None:
        return False
    path = window.session.project.path
    if chosen is None:
        found = backups.list_backups(path)
        if not found:
            QMessageBox.information(window, tr("Restore"), tr("This project has no backups yet."))
            return False
        labels = [f"{b.made:%Y-%m-%d %H:%M:%S} — {b.reason}" for b in found]
        label, ok = QInputDialog.getItem(window, tr("Restore a backup"), tr("Backup to restore:"), labels, 0, False)
        if not ok:
            return False
        chosen = found[labels.index(label)].path
    window.close_project()
    from factdesk.store.lock import WriteLock

    lock = WriteLock(path)
    try:
        lock.acquire()
        backups.restore(path, chosen)
    except ProjectError as exc:
        QMessageBox.critical(window, tr("Restore"), literal(exc.message))
        return False
    finally:
        lock.release()
    return window.open_project(str(path))


def preferences(window: MainWindow) -> None:
    from factdesk.ui.dialogs import PreferencesDialog

    before = window.prefs.get("language")
    if PreferencesDialog.edit(window.prefs, window):
        if window.prefs.get("language") != before:
            window.set_language(window.prefs.get("language"))
        if window.workbench is not None:
            window.workbench.apply_font()


def _report_failure(window: MainWindow, exc: BaseException) -> None:
    message = exc.message if isinstance(exc, ProjectError) else str(exc)
    QMessageBox.warning(window, tr("That did not work"), literal(message))
