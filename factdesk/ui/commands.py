"""The File menu's long work: import, export, check, backups, preferences.

Reading and parsing files, writing the report, checking and copying the project all run on a
worker thread (:mod:`factdesk.ui.jobs`) with a progress bar and cancel; what must change the
project is then applied on the UI thread as one operation, so a cancel or a failure leaves
nothing half done.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from factdesk.core import operations as ops
from factdesk.store import backup as backups
from factdesk.store import queries
from factdesk.store.errors import ProjectError
from factdesk.ui.jobs import Cancelled, Job

if TYPE_CHECKING:
    from factdesk.ui.window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


@dataclass
class FileOutcome:
    name: str
    status: str  # imported | duplicate | failed
    detail: str


def connect(window: MainWindow) -> None:
    a = window.actions
    a.import_files.triggered.connect(lambda: import_files(window))
    a.paste_article.triggered.connect(lambda: paste_article(window))
    a.export_csv.triggered.connect(lambda: export_csv(window))
    a.check_project.triggered.connect(lambda: check_project(window))
    a.backup_now.triggered.connect(lambda: backup_now(window))
    a.restore_backup.triggered.connect(lambda: restore_backup(window))
    a.preferences.triggered.connect(lambda: preferences(window))


# ---------------------------------------------------------------------------------------------
# import


def parse_files(paths: list[str], progress, cancelled) -> tuple[list[ops.ImportArticle], list[FileOutcome]]:  # noqa: ANN001
    """Decode and parse each file (worker thread): operations to run, and a result per file."""
    from factdesk.importers.errors import ImportRefused
    from factdesk.importers.news import parse_article
    from factdesk.importers.plaintext import read_text_file

    todo: list[ops.ImportArticle] = []
    results: list[FileOutcome] = []
    for i, path in enumerate(paths):
        if cancelled():
            raise Cancelled
        progress(i, len(paths), Path(path).name)
        try:
            text, used = read_text_file(path)
            draft = parse_article(text)
            todo.append(ops.ImportArticle(text=draft.text, title=draft.title, author=draft.author,
                                          place=draft.place, origin=f"file:{Path(path).name};encoding={used}"))
            results.append(FileOutcome(Path(path).name, "imported", draft.title))
        except ImportRefused as exc:
            results.append(FileOutcome(Path(path).name, "failed", str(exc)))
    progress(len(paths), len(paths), "")
    return todo, results


def apply_imports(window: MainWindow, todo: list[ops.ImportArticle], results: list[FileOutcome]) -> list[FileOutcome]:
    """Run the parsed imports as one operation; duplicates are reported, not imported."""
    session = window.session
    assert session is not None
    seen: dict[str, str] = {}
    batch: list[ops.ImportArticle] = []
    by_name = iter([r for r in results if r.status == "imported"])
    for op in todo:
        outcome = next(by_name)
        digest = ops.content_hash(op.text)
        existing = session.project.find("article", "content_hash", digest)
        if existing or digest in seen:
            outcome.status = "duplicate"
            title = existing[0]["title"] if existing else seen[digest]
            outcome.detail = tr("already in the project as «%1»").replace("%1", str(title))
            continue
        seen[digest] = op.title
        batch.append(op)
    if batch:
        label = "import article" if len(batch) == 1 else "import articles"
        session.run(ops.Batch(label, batch), origin=window)
        if window.workbench is not None:
            window.workbench.open_article(batch[0].id)
    return results


def import_files(window: MainWindow, paths: list[str] | None = None, *, show: bool = True, start: bool = True) -> Job | None:
    if window.session is None:
        return None
    if paths is None:
        paths, _ = QFileDialog.getOpenFileNames(window, tr("Import text files"), str(Path.home()),
                                                tr("Text files (*.txt);;All files (*)"))
    if not paths:
        return None
    job = Job(lambda progress, cancelled: parse_files(paths, progress, cancelled), tr("Importing…"), window,
              show=show)

    def done(result: tuple[list[ops.ImportArticle], list[FileOutcome]]) -> None:
        outcomes = apply_imports(window, *result)
        job.outcomes = outcomes  # type: ignore[attr-defined]
        if show:
            lines = [f"{o.name}: " + {"imported": tr("imported"), "duplicate": tr("duplicate"),
                                      "failed": tr("failed")}[o.status] + (f" — {o.detail}" if o.detail else "")
                     for o in outcomes]
            QMessageBox.information(window, tr("Import"), "\n".join(lines))

    job.finished.connect(done)
    job.failed.connect(lambda exc: _report_failure(window, exc))
    return job.start() if start else job


def paste_article(window: MainWindow) -> None:
    if window.session is None:
        return
    from factdesk.ui.dialogs import PasteArticleDialog

    dialog = PasteArticleDialog(window)
    if dialog.exec():
        op = dialog.result_operation()
        try:
            window.session.run(op, origin=window)
        except ops.OperationError as exc:
            QMessageBox.warning(window, tr("That cannot be done"), str(exc))
            return
        if window.workbench is not None:
            window.workbench.articles_model.reload()
            window.workbench.open_article(op.id)


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
            total = queries.claim_count(p.conn)

            def rows():
                for i, report in enumerate(queries.report(p.conn)):
                    if cancelled():
                        raise Cancelled  # the file is written under a temporary name: nothing is left
                    if i % 200 == 0:
                        progress(i, total, "")
                    yield report

            return write_csv_report(rows(), target)

    job = Job(work, tr("Exporting the report…"), window, show=show)
    if show:
        job.finished.connect(lambda n: QMessageBox.information(
            window, tr("Export"), tr("Claims written: %1, to %2").replace("%1", str(n)).replace("%2", target)))
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
            window, tr("Check"), tr("The project passed the full integrity check.") if not problems
            else tr("Problems were found:") + "\n" + "\n".join(problems)))
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
            window, tr("Backup"), tr("Backed up to %1").replace("%1", str(made.path))))
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
        QMessageBox.critical(window, tr("Restore"), exc.message)
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
    QMessageBox.warning(window, tr("That did not work"), message)
