"""The project's library of published fact-checks: import a file, search as you type, open or copy a link.

The workflow is :mod:`factdesk.app.factchecks` (the command line's too); the file is read on a worker
thread and its fact-checks added on this one as ONE operation (one undo step). The table model holds
the ids of the fact-checks listed and reads their fields through the store's read API.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from factdesk.app.factchecks import (
    FACTCHECK_PATTERNS,
    MIN_SCORE,
    FactCheckFileError,
    FactCheckMatch,
    clear_library,
    import_operation,
    match,
    read_file,
)
from factdesk.core.operations import Changes, OperationError
from factdesk.store.errors import ProjectError
from factdesk.store.read import FactCheckHit
from factdesk.ui import dialogs
from factdesk.ui.jobs import Job
from factdesk.ui.labels import verdict_text
from factdesk.ui.session import ProjectSession
from factdesk.ui.widgets import PlainLabel, fit_to_screen, isolated, literal

#: The most fact-checks the table lists for one search (the library can hold many thousands).
LIST_LIMIT = 1000

CLAIM, RATING, PUBLISHER, DATE, LINK = range(5)


class FactCheckTableModel(QAbstractTableModel):
    """The fact-checks listed: their ids, in order, and their fields as last read."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ids: list[str] = []
        self._rows: dict[str, FactCheckHit] = {}
        self._verdicts: dict[str, str] = {}

    def load(self, query: str) -> None:
        """List the fact-checks whose claim or title holds ``query`` (all of them when empty)."""
        self.beginResetModel()
        try:
            hits = self.session.read.search_factchecks(query, limit=LIST_LIMIT)
        except ValueError:  # a query too long to search (QueryRefused): nothing listed
            hits = []
        self.ids = [h.id for h in hits]
        self._rows = {h.id: h for h in hits}
        self._verdicts = {v.key: verdict_text(v.label_ar, v.label_en) for v in self.session.read.verdicts()}
        self.endResetModel()

    def load_matches(self, found: list[FactCheckMatch]) -> None:
        """List ``found`` (fact-checks ranked by closeness to a passage), best first."""
        self.beginResetModel()
        self.ids = [m.item.id for m in found]
        self._rows = {m.item.id: m.item for m in found}
        self._verdicts = {v.key: verdict_text(v.label_ar, v.label_en) for v in self.session.read.verdicts()}
        self.endResetModel()

    def hit(self, row: int) -> FactCheckHit | None:
        return self._rows.get(self.ids[row]) if 0 <= row < len(self.ids) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Claim"),
            self.tr("Rating"),
            self.tr("Publisher"),
            self.tr("Date"),
            self.tr("Web address"),
        )[section]

    def rating_text(self, h: FactCheckHit) -> str:
        """The rating as published, with the project's verdict it stands for."""
        rating = h.rating or self.tr("(no rating)")
        verdict = self._verdicts.get(h.verdict, h.verdict)
        return f"{rating} ({verdict})" if verdict and verdict != rating else rating

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        h = self.hit(index.row()) if index.isValid() else None
        if h is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CLAIM:
                return " ".join(h.claim.split())
            if column == RATING:
                return self.rating_text(h)
            if column == PUBLISHER:
                return h.publisher or h.site
            if column == DATE:
                return isolated(h.review_date[:10]) if h.review_date else ""
            return h.url
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == LINK:
                return literal(self.tr("Double-click to open %1").replace("%1", h.url))
            if column == CLAIM:
                return literal(h.claim + (f"\n{h.title}" if h.title else ""))
        if role == Qt.ItemDataRole.ForegroundRole and column == LINK:
            return QGuiApplication.palette().link()
        if role == Qt.ItemDataRole.UserRole:
            return h.id
        return None


class FactCheckLibrary(QDialog):
    """The library in a window of its own: import, search, open a link, copy it, empty the library."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("factcheckLibrary")
        self.setLayoutDirection(dialogs.interface_direction())
        self.setWindowTitle(self.tr("Fact-check library"))
        self.count_label = PlainLabel()
        self.import_button = QPushButton(self.tr("Import a file…"))
        self.import_button.setToolTip(
            self.tr("ClaimReview (JSON-LD), a fact-check tools JSON export, or a CSV table")
        )
        self.import_button.clicked.connect(lambda: self.choose_file())
        self.clear_button = QPushButton(self.tr("Empty the library…"))
        self.clear_button.clicked.connect(lambda: self.clear_library())
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the claims and titles (الرقه finds الرقة)"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.textChanged.connect(self.refresh)
        #: the passage whose closest fact-checks are listed ("" when the search box decides)
        self.matching = ""
        self.match_note = PlainLabel()
        self.match_note.setWordWrap(True)
        self.match_note.setObjectName("factcheckMatchNote")
        self.match_note.setVisible(False)
        self.result_note = PlainLabel()
        self.result_note.setWordWrap(True)
        self.result_note.setObjectName("importResult")
        self.model = FactCheckTableModel(session, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Published fact-checks"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CLAIM, QHeaderView.ResizeMode.Stretch)
        for column in (RATING, PUBLISHER, DATE, LINK):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(RATING, 150)
        self.table.setColumnWidth(PUBLISHER, 120)
        self.table.setColumnWidth(DATE, 95)
        self.table.setColumnWidth(LINK, 260)
        self.table.doubleClicked.connect(self._double_clicked)
        self.open_button = QPushButton(self.tr("Open link"))
        self.open_button.clicked.connect(lambda: self.open_link())
        self.copy_button = QPushButton(self.tr("Copy link"))
        self.copy_button.clicked.connect(lambda: self.copy_link())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)

        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.clear_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.copy_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.result_note)
        layout.addWidget(self.search)
        layout.addWidget(self.match_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.job: Job | None = None
        session.changed.connect(self._on_changed)
        fit_to_screen(self, 1100, 640)
        self.refresh()

    @classmethod
    def show_for(cls, session: ProjectSession, parent: QWidget | None = None) -> FactCheckLibrary:
        dialog = cls(session, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # ------------------------------------------------------------------------------------------

    def show_matches(self, passage: str) -> int:
        """List the library's fact-checks closest to ``passage`` (words selected in an article),
        best first; typing in the search box goes back to searching. Returns how many."""
        self.matching = " ".join(passage.split())
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh()
        self.raise_()
        self.activateWindow()
        return len(self.model.ids)

    def refresh(self, *_: object) -> None:
        if self.session.closed:
            return
        if self.search.text().strip():
            self.matching = ""
        if self.matching:
            found = match(self.session.read, self.matching, limit=20, min_score=MIN_SCORE)
            self.model.load_matches(found)
            quote = self.matching if len(self.matching) <= 90 else self.matching[:89] + "…"
            self.match_note.setText(
                (
                    self.tr("Closest to «%1»: %n published fact-check(s), best first.", "", len(found))
                    if found
                    else self.tr("No published fact-check of the library is close to «%1».")
                ).replace("%1", quote)
            )
        else:
            self.model.load(self.search.text())
            self.match_note.setText("")
        self.match_note.setVisible(bool(self.matching))
        total = self.session.read.factcheck_count()
        self.count_label.setText(
            self.tr("Published fact-checks in the library: %1").replace("%1", f"{total:,}")
            + (
                "  ·  " + self.tr("shown: %1").replace("%1", f"{len(self.model.ids):,}")
                if self.search.text().strip()
                else ""
            )
        )
        self.clear_button.setEnabled(total > 0 and not self.session.project.readonly)
        self.import_button.setEnabled(not self.session.project.readonly)
        self._update_buttons()

    def _on_changed(self, changes: Changes, origin: object) -> None:
        if changes.touches("factcheck", "verdict"):
            self.refresh()

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.open_button.setEnabled(chosen)
        self.copy_button.setEnabled(chosen)

    def current(self) -> FactCheckHit | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.hit(rows[0].row()) if rows else None

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == LINK:
            self.open_link()

    def open_link(self) -> bool:
        h = self.current()
        return bool(h and h.url) and QDesktopServices.openUrl(QUrl(h.url))  # type: ignore[union-attr]

    def copy_link(self) -> str:
        h = self.current()
        if h is None:
            return ""
        QGuiApplication.clipboard().setText(h.url)
        return h.url

    # ------------------------------------------------------------------------------------------
    # importing: read on a worker thread, added here as one operation

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import published fact-checks"),
            "",
            self.tr("Fact-checks (%1)").replace("%1", " ".join(FACTCHECK_PATTERNS))
            + ";;"
            + self.tr("All files (*)"),
        )
        if path:
            self.import_job(path).start()

    def import_job(self, path: str) -> Job:
        """The job that reads ``path`` (start it); what it read is added when it finishes."""
        if self.session.closed:
            raise OperationError("The project is closed.")
        self.result_note.setText(self.tr("Reading «%1»…").replace("%1", isolated(path)))
        self.import_button.setEnabled(False)
        job = Job(lambda progress, cancelled: read_file(path), self.tr("Reading fact-checks"), self)
        job.finished.connect(lambda result: self._imported(path, result))
        job.failed.connect(self._failed)
        self.job = job
        return job

    def _failed(self, exc: object) -> None:
        self.import_button.setEnabled(not self.session.project.readonly)
        if isinstance(exc, FactCheckFileError):
            self.result_note.setText(self.tr("Nothing was added: %1").replace("%1", exc.message))
        else:
            self.result_note.setText(self.tr("Nothing was added: %1").replace("%1", str(exc)))

    def _imported(self, path: str, result: Any) -> None:
        from pathlib import Path

        name = Path(path).name
        if self.session.closed:  # the project was closed while the file was read: nothing to add it to
            return
        op = import_operation(result, origin=name)
        try:
            if op.items:
                self.session.run(op, origin=self)
        except (OperationError, ProjectError) as exc:
            self._failed(exc if isinstance(exc, OperationError) else OperationError(exc.message))
            return
        finally:
            self.import_button.setEnabled(not self.session.project.readonly)
        skipped = len(result.skipped) + len(op.skipped)
        words = (
            self.tr("From «%1»: %2 added, %3 already in the library, %4 left out (%5 read).")
            .replace("%1", isolated(name))
            .replace("%2", f"{len(op.added):,}")
            .replace("%3", f"{len(op.duplicates):,}")
            .replace("%4", f"{skipped:,}")
            .replace("%5", f"{len(result.items) + len(result.skipped):,}")
        )
        reasons = {
            "no claim text": self.tr("no claim text"),
            "no link to the fact-check (url)": self.tr("no link to the fact-check"),
            "no link to the fact-check": self.tr("no link to the fact-check"),
        }
        left_out = [
            self.tr("item %1: %2").replace("%1", str(n)).replace("%2", reasons.get(why, why))
            for n, why in list(result.skipped)[:5]
        ]
        if left_out:
            words += " " + self.tr("Left out: %1").replace(
                "%1", "؛ ".join(left_out) if self._rtl() else "; ".join(left_out)
            )
        self.result_note.setText(words)
        self.refresh()

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def clear_library(self, *, confirmed: bool = False) -> bool:
        """Take every fact-check out of the library after asking (one undoable step)."""
        total = self.session.read.factcheck_count()
        if total == 0:
            return False
        if not confirmed and not dialogs.confirm(
            self,
            self.tr("Empty the library"),
            self.tr(
                "Take the %1 published fact-checks out of the library? Sources made from them stay. "
                "You can undo this."
            ).replace("%1", f"{total:,}"),
            yes=self.tr("Empty"),
        ):
            return False
        return dialogs.run_or_explain(self.session, self, clear_library(self.session.read), self)
