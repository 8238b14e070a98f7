"""The File menu's long work: import, export, check, backups, as an object the window owns.

:class:`FileTasks` asks (file pickers, the review dialog), runs the workflows of :mod:`factdesk.app`
on a worker thread (:mod:`factdesk.ui.jobs`) with a progress bar and cancel, and shows what came back.
It knows nothing of the window: it is given the open session (:meth:`FileTasks.set_session`) and
talks back by signals (an article to open, a message for the status bar, the project to close and
open again around a restore). What must change the project is applied on the UI thread as one
operation, so a cancel or a failure leaves nothing half done.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from factdesk.app import backups
from factdesk.app import imports as app_imports
from factdesk.app.imports import IMPORT_PATTERNS, FileOutcome, ImportPlan
from factdesk.app.progress import CancelCheck, Progress
from factdesk.core import operations as ops
from factdesk.store.errors import ProjectError
from factdesk.ui import bidi
from factdesk.ui.dialogs import embed, show_error
from factdesk.ui.jobs import Job
from factdesk.ui.widgets import literal

if TYPE_CHECKING:
    from factdesk.importers import ImportResult
    from factdesk.ui.import_dialog import ImportResultsDialog
    from factdesk.ui.session import ProjectSession

__all__ = ["IMPORT_PATTERNS", "FileOutcome", "FileTasks"]


def tr(text: str) -> str:
    return QCoreApplication.translate("FileTasks", text)


class FileTasks(QObject):
    """Import, export, check, back up and restore the open project, for the window that owns it."""

    #: an article was imported (or reviewed and imported): the window shows it
    imported = Signal(str)
    #: a short message for the status bar
    message = Signal(str)
    #: a long task failed (the exception): already shown, for whoever listens
    failed = Signal(object)
    #: the project must be closed now (a restore is about to replace its file)
    closeRequested = Signal()
    #: this project file must be opened (after a restore)
    openRequested = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent
        self.session: ProjectSession | None = None
        #: the reader's font, for the review dialog's preview (set by the window)
        self.font_source: Callable[[], QFont | None] = lambda: None

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session

    # -----------------------------------------------------------------------------------------
    # import

    def import_files(
        self,
        paths: list[str] | None = None,
        *,
        show: bool = True,
        start: bool = True,
        review: bool | None = None,
    ) -> Job | None:
        """Import files of any supported format. One file shown interactively is reviewed first
        (:class:`~factdesk.ui.import_dialog.ImportReviewDialog`); several are read on a worker thread and
        imported as one undo step, with a table of what happened to each."""
        if self.session is None:
            return None
        if paths is None:
            patterns = " ".join(IMPORT_PATTERNS)
            paths, _ = QFileDialog.getOpenFileNames(
                self.widget,
                tr("Import files"),
                str(Path.home()),
                tr("Articles (%1)").replace("%1", patterns) + ";;" + tr("All files (*)"),
            )
        if not paths:
            return None
        return self.import_paths(list(paths), show=show, start=start, review=review)

    def import_folder(
        self, folder: str | None = None, *, show: bool = True, start: bool = True
    ) -> Job | None:
        """Import every supported file of a folder and its subfolders (hidden ones left out, other kinds
        of file skipped with a note) as one undo step."""
        if self.session is None:
            return None
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self.widget, tr("Import a folder"), str(Path.home()))
        if not folder:
            return None
        return self.import_paths([folder], show=show, start=start, review=False)

    @staticmethod
    def read(paths: list[str], progress: Progress, cancelled: CancelCheck) -> ImportPlan:
        """Find and read the files (worker thread; nothing stored): :mod:`factdesk.app.imports`, with
        each file's outcome worded in the interface language."""
        progress(0, 0, tr("Looking for files…"))
        plan = app_imports.read_files(
            app_imports.find_files(paths, cancelled), progress=progress, cancelled=cancelled
        )
        _word(plan.outcomes)
        return plan

    def apply(self, plan: ImportPlan) -> list[FileOutcome]:
        """Run the plan as one operation (one undo step); duplicates are reported by the operation."""
        session = self.session
        if session is None:
            return plan.outcomes
        outcomes = app_imports.apply_plan(plan, lambda op: session.run(op, origin=self.parent()))
        _word(outcomes)
        first = next((o.article_id for o in outcomes if o.status == app_imports.IMPORTED), None)
        if first is not None:
            self.imported.emit(first)
        return outcomes

    def import_paths(
        self, paths: list[str], *, show: bool = True, start: bool = True, review: bool | None = None
    ) -> Job | None:
        """Import files and folders (as dropped on the window): read on a worker thread with progress and
        cancel, then applied as one operation, so that a cancel or a failure leaves nothing half imported.

        ``review`` (default: when ``show`` and ``paths`` is one file) shows the file in the review dialog
        before anything is stored. The job's ``outcomes`` hold a :class:`FileOutcome` per file once done.
        """
        if self.session is None or not paths:
            return None
        single = len(paths) == 1 and not os.path.isdir(paths[0])
        if review is None:
            review = show and single
        job = Job(
            lambda progress, cancelled: self.read(paths, progress, cancelled),
            tr("Importing…"),
            self.widget,
            show=show,
        )
        job.outcomes = []  # type: ignore[attr-defined]
        session = self.session

        def done(plan: ImportPlan) -> None:
            if self.session is not session:  # the project was closed meanwhile: import into no other
                return
            outcomes = plan.outcomes
            if review and len(outcomes) == 1 and outcomes[0].result is not None:
                outcome = outcomes[0]
                article = self.review_and_import(
                    outcome.path, name=Path(outcome.path).name, result=outcome.result
                )
                if article is None:
                    outcome.status, outcome.detail = "failed", tr("not imported: the review was cancelled")
                else:
                    outcome.status, outcome.article_id = "imported", article
                job.outcomes = outcomes  # type: ignore[attr-defined]
                return
            outcomes = self.apply(plan)
            job.outcomes = outcomes  # type: ignore[attr-defined]
            if not show:
                return
            if not outcomes:
                QMessageBox.information(
                    self.widget, tr("Import"), tr("No file that FactDesk imports was found there.")
                )
            elif len(outcomes) == 1 and outcomes[0].status == "failed":
                show_error(
                    self.widget,
                    tr("«%1» was not imported. %2")
                    .replace("%1", embed(outcomes[0].name))
                    .replace("%2", outcomes[0].detail),
                )
            else:
                job.results_dialog = self.show_outcomes(outcomes)  # type: ignore[attr-defined]

        job.finished.connect(done)
        job.failed.connect(self._report_failure)
        job.cancelled_signal.connect(lambda: self.message.emit(tr("Import cancelled: nothing was imported.")))
        return job.start() if start else job

    def show_outcomes(self, outcomes: list[FileOutcome]) -> ImportResultsDialog:
        """The table of what happened to each file (window-modal, not blocking)."""
        from factdesk.ui.import_dialog import ImportResultsDialog

        dialog = ImportResultsDialog(outcomes, self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def review(outcome: FileOutcome) -> None:
            article = self.review_and_import(outcome.path, name=Path(outcome.path).name, parent=dialog)
            if article is not None:
                row = self.session.read.get("article", article) if self.session else None
                outcome.status, outcome.reason, outcome.article_id = "imported", "", article
                outcome.detail = outcome.title = str(row["title"]) if row else ""
                dialog.mark_imported(outcome, outcome.detail)

        dialog.openArticle.connect(self.imported)
        dialog.reviewRequested.connect(review)
        dialog.open()
        return dialog

    def review_and_import(
        self,
        source: str | bytes,
        *,
        name: str,
        result: ImportResult | None = None,
        pasted: bool = False,
        parent: QWidget | None = None,
    ) -> str | None:
        """Show one article in the review dialog and import it, as the user confirms it, as one undo step.
        The new article's id, or None if cancelled. A refusal is explained and the dialog stays open."""
        from factdesk.importers.errors import ImportRefused
        from factdesk.ui.import_dialog import ImportReviewDialog, refusal_text

        session = self.session
        if session is None:
            return None
        try:
            dialog = ImportReviewDialog(
                source,
                name=name,
                result=result,
                pasted=pasted,
                project=session.read,
                font=self.font_source(),
                parent=parent or self.widget,
            )
        except ImportRefused as exc:
            show_error(
                parent or self.widget,
                tr("«%1» was not imported. %2").replace("%1", embed(name)).replace("%2", refusal_text(exc)),
            )
            return None
        try:
            while dialog.exec() == QDialog.DialogCode.Accepted:
                op = dialog.result_operation()
                try:
                    session.run(op, origin=self.parent())
                except ops.OperationError as exc:
                    show_error(dialog, str(exc))
                    continue
                except ProjectError as exc:
                    show_error(dialog, exc.message)
                    return None
                self.imported.emit(op.id)
                return op.id
            return None
        finally:
            dialog.deleteLater()

    def paste_article(self, mime: QMimeData | None = None) -> str | None:
        """Import an article from the clipboard (or ``mime``): a copied web page goes through the importers
        (navigation and scripts dropped) and the review dialog; plain text through the paste dialog, which
        also takes text typed or pasted into it. The new article's id, or None."""
        if self.session is None:
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
                return self.review_and_import(data, name="pasted.html", result=result, pasted=True)

        dialog = PasteArticleDialog(self.widget)
        try:
            if mime is not None and (mime.hasText() or mime.hasHtml()):
                dialog.text_edit.insertFromMimeData(mime)
                dialog.propose()
            while dialog.exec() == QDialog.DialogCode.Accepted:
                op = dialog.result_operation()
                if run_or_explain(self.session, dialog, op, origin=self.parent()):
                    self.imported.emit(op.id)
                    return op.id
            return None
        finally:
            dialog.deleteLater()

    # -----------------------------------------------------------------------------------------
    # export, check, backups

    def export_csv(self, target: str | None = None, *, show: bool = True, start: bool = True) -> Job | None:
        if self.session is None:
            return None
        if target is None:
            target, _ = QFileDialog.getSaveFileName(
                self.widget,
                tr("Export the CSV report"),
                str(Path.home() / "claims.csv"),
                tr("CSV files (*.csv)"),
            )
        if not target:
            return None
        from factdesk.app.exports import export_csv

        project_path = self.session.project.path
        job = Job(
            lambda progress, cancelled: export_csv(
                project_path, target, progress=progress, cancelled=cancelled
            ),
            tr("Exporting the report…"),
            self.widget,
            show=show,
        )
        if show:
            job.finished.connect(
                lambda n: QMessageBox.information(
                    self.widget,
                    tr("Export"),
                    literal(
                        tr("Claims written: %1, to %2").replace("%1", str(n)).replace("%2", bidi.ltr(target))
                    ),
                )
            )
        job.failed.connect(self._report_failure)
        return job.start() if start else job

    def check_project(self, *, show: bool = True, start: bool = True) -> Job | None:
        if self.session is None:
            return None
        project_path = self.session.project.path

        def work(progress: Progress, cancelled: CancelCheck) -> list[str]:
            from factdesk.store.project import Project

            progress(0, 0, tr("Checking every page of the project…"))
            with Project.open(project_path, readonly=True) as p:
                return p.integrity_check()

        job = Job(work, tr("Checking the project…"), self.widget, show=show)
        if show:
            job.finished.connect(
                lambda problems: QMessageBox.information(
                    self.widget,
                    tr("Check"),
                    literal(
                        tr("The project passed the full integrity check.")
                        if not problems
                        else tr("Problems were found:") + "\n" + "\n".join(problems)
                    ),
                )
            )
        job.failed.connect(self._report_failure)
        return job.start() if start else job

    def backup_now(self, *, show: bool = True, start: bool = True) -> Job | None:
        if self.session is None:
            return None
        project_path = self.session.project.path
        job = Job(
            lambda progress, cancelled: backups.make_backup(project_path),
            tr("Making a backup…"),
            self.widget,
            show=show,
        )
        if show:
            job.finished.connect(
                lambda made: QMessageBox.information(
                    self.widget,
                    tr("Backup"),
                    literal(tr("Backed up to %1").replace("%1", bidi.ltr(made.path))),
                )
            )
        job.failed.connect(self._report_failure)
        return job.start() if start else job

    def restore_backup(self, chosen: Path | None = None) -> bool:
        """Put a backup in place of the open project (the current state is kept as a backup): the project
        is closed first (``closeRequested``), the store takes its lock, and it is opened again."""
        if self.session is None:
            return False
        path = self.session.project.path
        if chosen is None:
            found = backups.list_backups(path)
            if not found:
                QMessageBox.information(self.widget, tr("Restore"), tr("This project has no backups yet."))
                return False
            labels = [f"{b.made:%Y-%m-%d %H:%M:%S} — {b.reason}" for b in found]
            label, ok = QInputDialog.getItem(
                self.widget, tr("Restore a backup"), tr("Backup to restore:"), labels, 0, False
            )
            if not ok:
                return False
            chosen = found[labels.index(label)].path
        self.closeRequested.emit()
        try:
            backups.restore(path, chosen)
        except ProjectError as exc:
            QMessageBox.critical(self.widget, tr("Restore"), literal(exc.message))
            return False
        self.openRequested.emit(str(path))
        return self.session is not None

    def _report_failure(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, ProjectError) else str(exc)
        QMessageBox.warning(self.widget, tr("That did not work"), literal(message))
        self.failed.emit(exc)


def _word(outcomes: list[FileOutcome]) -> None:
    """Each outcome's ``detail`` in the interface language."""
    from factdesk.ui.import_texts import outcome_text

    for outcome in outcomes:
        outcome.detail = outcome_text(outcome)
