"""The result list of an import of several files: imported, duplicate of which article, failed and why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factdesk.ui import looks
from factdesk.ui.dialogs import ERROR_COLOR, embed, interface_direction
from factdesk.ui.import_texts import (
    MUTED_COLOR,
    UNCERTAIN,
    align_right,
    report_text,
    warning_text,
)
from factdesk.ui.widgets import PlainLabel, literal

# ---------------------------------------------------------------------------------------------
# ImportResultsDialog


class Outcome(Protocol):
    """What :class:`ImportResultsDialog` shows of each file (see ``factdesk.app.imports.FileOutcome``)."""

    name: str
    status: str
    detail: str
    path: str
    article_id: str
    reason: str
    warnings: tuple[str, ...]


class ImportResultsDialog(QDialog):
    """One row per file of an import: imported, duplicate (of which article), or failed and why.

    A double-click on an imported or duplicate file emits ``openArticle``; a file left out because its
    encoding is not sure can be reviewed on its own (``reviewRequested``)."""

    openArticle = Signal(str)
    reviewRequested = Signal(object)

    def __init__(self, outcomes: Sequence[Outcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcomes = list(outcomes)
        self.setLayoutDirection(interface_direction())
        self.setWindowTitle(self.tr("Import results"))
        self.resize(900, 520)
        counts = {
            status: sum(1 for o in self.outcomes if o.status == status)
            for status in ("imported", "duplicate", "failed", "skipped")
        }
        summary = (
            self.tr("Imported: %1. Already in the project: %2. Not imported: %3.")
            .replace("%1", str(counts["imported"]))
            .replace("%2", str(counts["duplicate"]))
            .replace("%3", str(counts["failed"]))
        )
        if counts["skipped"]:
            summary += " " + self.tr("Left out (not a kind of file FactDesk imports): %1.").replace(
                "%1", str(counts["skipped"])
            )
        self.summary = PlainLabel(summary, self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("sectionLabel")

        self.table = QTableWidget(len(self.outcomes), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Details")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        colours = {
            "imported": "#2e7d32",
            "duplicate": "#8d6e00",
            "failed": ERROR_COLOR,
            "skipped": MUTED_COLOR,
        }
        for row, outcome in enumerate(self.outcomes):
            name_item = QTableWidgetItem(outcome.name)
            name_item.setToolTip(literal(outcome.path or outcome.name))
            status_item = QTableWidgetItem(self.status_text(outcome.status))
            status_item.setForeground(QColor(colours.get(outcome.status, MUTED_COLOR)))
            detail = outcome.detail
            if outcome.status == "imported":
                title = outcome.detail or getattr(outcome, "title", "")
                detail = self.tr("as «%1»").replace("%1", embed(title)) if title else self.tr("(untitled)")
            notes = [warning_text(w) for w in outcome.warnings]
            message = getattr(outcome, "message", "")  # the importer's own words, for the curious
            detail_item = QTableWidgetItem(detail)
            detail_item.setToolTip(literal("\n".join([detail, *notes, *([message] if message else [])])))
            for col, item in enumerate((name_item, status_item, detail_item)):
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(0)
        header.resizeSection(0, min(header.sectionSize(0), 320))
        # wrapped details need the columns' final widths: measure the rows again when they change
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.cellDoubleClicked.connect(self._open_row)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())

        # the import report of the selected file: lines taken out, possible datelines, hidden characters…
        self.report_title = QLabel(self)
        self.report_title.setTextFormat(Qt.TextFormat.PlainText)
        self.report_title.setObjectName("sectionLabel")
        self.report_view = QPlainTextEdit(self)
        self.report_view.setReadOnly(True)
        self.report_view.setMaximumHeight(170)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            align_right(self.report_view)

        self.review_button = QPushButton(self.tr("Review and import…"), self)
        self.review_button.setToolTip(
            self.tr("Choose the encoding of a file FactDesk was not sure of, and import it on its own.")
        )
        self.review_button.clicked.connect(self._review)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.report_title)
        layout.addWidget(self.report_view)
        layout.addLayout(buttons)
        looks.apply(self)
        self.review_button.setVisible(any(o.reason == UNCERTAIN for o in self.outcomes))
        first = next((i for i, o in enumerate(self.outcomes) if o.reason == UNCERTAIN), 0)
        if self.outcomes:
            self.table.setCurrentCell(first, 0)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def status_text(self, status: str) -> str:
        return {
            "imported": self.tr("Imported"),
            "duplicate": self.tr("Already in the project"),
            "failed": self.tr("Not imported"),
            "skipped": self.tr("Left out"),
        }.get(status, status)

    def rows(self) -> list[tuple[str, str, str]]:
        """(file, result, details) as shown."""
        return [
            tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(self.table.rowCount())
        ]

    def current(self) -> Outcome | None:
        row = self.table.currentRow()
        return self.outcomes[row] if 0 <= row < len(self.outcomes) else None

    def _update_buttons(self) -> None:
        outcome = self.current()
        self.review_button.setEnabled(outcome is not None and outcome.reason == UNCERTAIN)
        self._show_report(outcome)

    def _show_report(self, outcome: Outcome | None) -> None:
        """The selected file's import report (imported or duplicate files: a failed one has none)."""
        shown = outcome is not None and outcome.status in ("imported", "duplicate")
        self.report_title.setVisible(shown)
        self.report_view.setVisible(shown)
        if outcome is None or not shown:
            return
        self.report_title.setText(
            self.tr("What the import of «%1» took out, and what its text holds:").replace(
                "%1", embed(outcome.name)
            )
        )
        report = getattr(outcome, "report", None)
        # a file reviewed on its own was imported as its review showed it, with the lines chosen there
        self.report_view.setPlainText(
            report_text(report)
            if report is not None
            else self.tr(
                "This file was checked in its review before import, which listed what was taken out."
            )
        )

    def _open_row(self, row: int, _col: int) -> None:
        outcome = self.outcomes[row]
        if outcome.article_id and outcome.status in ("imported", "duplicate"):
            self.openArticle.emit(outcome.article_id)

    def _review(self) -> None:
        outcome = self.current()
        if outcome is not None and outcome.reason == UNCERTAIN:
            self.reviewRequested.emit(outcome)

    def mark_imported(self, outcome: Outcome, title: str) -> None:
        """Show that a reviewed file has now been imported."""
        row = self.outcomes.index(outcome)
        self.table.item(row, 1).setText(self.status_text("imported"))
        self.table.item(row, 1).setForeground(QColor("#2e7d32"))
        self.table.item(row, 2).setText(
            self.tr("as «%1»").replace("%1", embed(title)) if title else self.tr("(untitled)")
        )
        self._update_buttons()
