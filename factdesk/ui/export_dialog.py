"""The export dialog of the verified-claim report: which claims (verdict, review dates, article,
outlet), which columns, XLSX, ODS or CSV (BOM on or off), a preview of the first rows.

It asks and shows; the work is :func:`factdesk.app.report_table.export_table`, the workflow
``factdesk export csv|xlsx|ods`` runs too, on a worker thread (:class:`~factdesk.ui.jobs.Job`) with
a progress bar and cancel. The file is written under a temporary name and renamed when whole.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factdesk.app.exports import ReportFilter
from factdesk.app.report_table import FORMATS, TableRequest, export_table, preview
from factdesk.exporters.sheets import CLAIM_COLUMNS
from factdesk.ui import i18n
from factdesk.ui.dialogs import DateEdit, interface_direction
from factdesk.ui.jobs import Job
from factdesk.ui.labels import verdict_text
from factdesk.ui.session import ProjectSession
from factdesk.ui.widgets import PlainLabel, literal, no_mnemonic

#: the file extension of each format
SUFFIX = {"xlsx": ".xlsx", "ods": ".ods", "csv": ".csv"}
#: rows shown in the preview
PREVIEW_ROWS = 5


class ExportDialog(QDialog):
    """Choose the claims, the columns and the format, see the first rows, export."""

    #: (claims written, file) once a report is written
    exported = Signal(int, str)
    #: the error, once shown
    failed = Signal(object)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job: Job | None = None
        self.setLayoutDirection(interface_direction())
        self.setWindowTitle(self.tr("Export the report"))
        self.resize(980, 760)
        read = session.read
        arabic = i18n.current_language() == "ar"

        # which claims -------------------------------------------------------------------------
        claims = QGroupBox(no_mnemonic(self.tr("Which claims")), self)
        form = QFormLayout(claims)
        self.verdicts = QListWidget(claims)
        self.verdicts.setObjectName("verdicts")
        for v in read.verdicts():
            item = QListWidgetItem(verdict_text(v.label_ar, v.label_en), self.verdicts)
            item.setData(Qt.ItemDataRole.UserRole, v.key)
            item.setCheckState(Qt.CheckState.Checked)
        self.verdicts.setMaximumHeight(150)
        form.addRow(self._buddy(self.tr("&Verdicts:"), self.verdicts), self.verdicts)
        dates = QWidget(claims)
        dates.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        self.since = DateEdit(dates)
        self.since.setObjectName("since")
        self.until = DateEdit(dates)
        self.until.setObjectName("until")
        row.addWidget(self.since)
        row.addWidget(self._buddy(self.tr("&to"), self.until))
        row.addWidget(self.until)
        form.addRow(self._buddy(self.tr("&Reviewed from:"), self.since), dates)
        form.addRow("", self.since.message)
        form.addRow("", self.until.message)
        self.article = QComboBox(claims)
        self.article.setObjectName("article")
        self.article.addItem(self.tr("All articles"), None)
        for a in read.articles(order="title"):
            self.article.addItem(a.title or self.tr("(untitled)"), a.id)
        form.addRow(self._buddy(self.tr("&Article:"), self.article), self.article)
        self.outlet = QComboBox(claims)
        self.outlet.setObjectName("outlet")
        self.outlet.addItem(self.tr("All outlets"), None)
        for name in read.outlets():
            self.outlet.addItem(name, name)
        form.addRow(self._buddy(self.tr("O&utlet:"), self.outlet), self.outlet)

        # which columns, which format --------------------------------------------------------------
        shape = QGroupBox(no_mnemonic(self.tr("Columns and format")), self)
        shape_form = QFormLayout(shape)
        self.columns = QListWidget(shape)
        self.columns.setObjectName("columns")
        for column in CLAIM_COLUMNS:
            item = QListWidgetItem(column.ar if arabic else column.en, self.columns)
            item.setData(Qt.ItemDataRole.UserRole, column.key)
            item.setCheckState(Qt.CheckState.Checked)
        self.columns.setMaximumHeight(150)
        shape_form.addRow(self._buddy(self.tr("Co&lumns:"), self.columns), self.columns)
        self.format = QComboBox(shape)
        self.format.setObjectName("format")
        names = {
            "xlsx": self.tr("Excel workbook (XLSX), recommended"),
            "ods": self.tr("OpenDocument spreadsheet (ODS), recommended"),
            "csv": self.tr("CSV (plain text)"),
        }
        for key in FORMATS:
            self.format.addItem(names[key], key)
        shape_form.addRow(self._buddy(self.tr("F&ormat:"), self.format), self.format)
        self.lang = QComboBox(shape)
        self.lang.setObjectName("lang")
        self.lang.addItem(self.tr("Arabic"), "ar")
        self.lang.addItem(self.tr("English"), "en")
        self.lang.addItem(self.tr("English names, both verdict labels (for scripts)"), "both")
        self.lang.setCurrentIndex(0 if arabic else 1)
        shape_form.addRow(self._buddy(self.tr("&Headers:"), self.lang), self.lang)
        self.bom = QCheckBox(self.tr("Byte-order &mark (BOM), which Excel needs to read Arabic"), shape)
        self.bom.setObjectName("bom")
        self.bom.setChecked(True)
        shape_form.addRow("", self.bom)
        self.advice = PlainLabel(self)  # the whole dialog's width: it is the longest text here
        self.advice.setObjectName("advice")
        self.advice.setWordWrap(True)

        # where ----------------------------------------------------------------------------------
        where = QWidget(self)
        where_row = QHBoxLayout(where)
        where_row.setContentsMargins(0, 0, 0, 0)
        self.target = QLineEdit(where)
        self.target.setObjectName("target")
        self.target.setText(str(Path.home() / "claims.xlsx"))
        self.target.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        choose = QPushButton(self.tr("&Choose…"), where)
        choose.clicked.connect(self._choose)
        where_label = self._buddy(self.tr("&File:"), self.target)
        where_row.addWidget(where_label)
        where_row.addWidget(self.target, 1)
        where_row.addWidget(choose)

        # preview ----------------------------------------------------------------------------------
        self.count = PlainLabel(self)
        self.count.setObjectName("count")
        self.table = QTableWidget(self)
        self.table.setObjectName("preview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(160)
        self.status = PlainLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export")
        self.export_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(claims, 1)
        top.addWidget(shape, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.advice)
        layout.addWidget(where)
        layout.addWidget(PlainLabel(no_mnemonic(self.tr("First rows")), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        # The preview reads the project (about a second for 10,000 claims): a run of ticks is
        # previewed once, when it pauses.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(200)
        self._pending.timeout.connect(self.refresh)
        for signal in (
            self.verdicts.itemChanged,
            self.columns.itemChanged,
            self.article.currentIndexChanged,
            self.outlet.currentIndexChanged,
            self.lang.currentIndexChanged,
            self.since.editingFinished,
            self.until.editingFinished,
        ):
            signal.connect(self._pending.start)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self.refresh()

    def _buddy(self, text: str, widget: QWidget) -> PlainLabel:
        label = PlainLabel(text, self)
        label.setBuddy(widget)
        return label

    # what the dialog asks for -------------------------------------------------------------------

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _checked(self, widget: QListWidget) -> list[str]:
        return [
            str(widget.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def report_filter(self) -> ReportFilter | None:
        """The claims chosen, or None (and a message under the field) when a date is not a date."""
        since, until = self.since.check(), self.until.check()
        if since is None or until is None:
            return None
        verdicts = self._checked(self.verdicts)
        everything = len(verdicts) == self.verdicts.count()
        return ReportFilter(
            verdicts=() if everything else verdicts,
            since=since,
            until=until,
            article_id=self.article.currentData(),
            outlet=self.outlet.currentData(),
        )

    def request(self) -> TableRequest | None:
        only = self.report_filter()
        if only is None:
            return None
        columns = self._checked(self.columns)
        return TableRequest(
            format=self.chosen_format(),
            target=Path(self.target.text().strip()).expanduser(),
            only=only,
            columns=None if len(columns) == self.columns.count() else columns,
            lang=str(self.lang.currentData()),
            bom=self.bom.isChecked(),
        )

    # reacting ------------------------------------------------------------------------------------

    def _format_changed(self) -> None:
        fmt = self.chosen_format()
        self.bom.setEnabled(fmt == "csv")
        if fmt == "csv":
            self.advice.setText(
                self.tr(
                    "Excel opens this CSV as it is. LibreOffice needs to be told it is UTF-8: open it "
                    "with File > Open, and in the Text Import dialog set Character set to "
                    "«Unicode (UTF-8)» and tick «Format quoted field as text». The corrections history "
                    "is written beside it (NAME-corrections.csv). XLSX and ODS need no import dialog: "
                    "they are recommended."
                )
            )
        else:
            self.advice.setText(
                self.tr(
                    "Opens in Excel and LibreOffice without any import dialog: a claims sheet and a "
                    "corrections-history sheet, right to left."
                )
            )
        text = self.target.text().strip()
        if text:
            self.target.setText(str(Path(text).with_suffix(SUFFIX[fmt])))

    def refresh(self) -> None:
        """Show the first rows and the number of claims the chosen report would hold."""
        if self.session.closed:  # the project was closed under the dialog
            return
        only = self.report_filter()
        if only is None:
            return
        if not self._checked(self.verdicts):  # no verdict ticked: no claim (an empty filter means all)
            self.table.clear()
            self.table.setRowCount(0)
            self.count.setText(self.tr("Tick at least one verdict."))
            self.export_button.setEnabled(False)
            return
        columns = self._checked(self.columns)
        headers, rows, total = preview(
            self.session.read,
            only,
            columns=None if len(columns) == self.columns.count() else columns,
            lang=str(self.lang.currentData()),
            rows=PREVIEW_ROWS,
        )
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                first_line = value.split("\n", 1)[0]
                item = QTableWidgetItem(first_line)
                item.setToolTip(literal(value))
                self.table.setItem(r, c, item)
        self.count.setText(self.tr("Claims in this report: %1").replace("%1", str(total)))
        self.export_button.setEnabled(total > 0 and bool(headers))

    def _choose(self) -> None:
        fmt = self.chosen_format()
        filters = {
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "ods": self.tr("OpenDocument spreadsheets (*.ods)"),
            "csv": self.tr("CSV files (*.csv)"),
        }
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the report"), self.target.text(), filters[fmt]
        )
        if chosen:
            self.target.setText(str(Path(chosen).with_suffix(SUFFIX[fmt])))

    # exporting -----------------------------------------------------------------------------------

    def export(self, *, show: bool = True) -> Job | None:
        """Write the report on a worker thread; :attr:`exported` says when it is written."""
        request = self.request()
        if request is None or self.job is not None or not self._checked(self.verdicts):
            return None
        if not request.target.name or not request.target.parent.is_dir():
            self.status.setText(self.tr("Choose a file in an existing folder."))
            return None
        if request.target.suffix.lower() != SUFFIX[request.format]:
            request = TableRequest(
                request.format,
                request.target.with_suffix(SUFFIX[request.format]),
                request.only,
                request.columns,
                request.lang,
                request.bom,
            )
        project = self.session.project.path
        self.status.setText(self.tr("Exporting…"))
        self.export_button.setEnabled(False)
        self.job = Job(
            lambda progress, cancelled: export_table(
                project, request, progress=progress, cancelled=cancelled
            ),
            self.tr("Exporting the report…"),
            self,
            show=show,
        )
        target = str(request.target)
        self.job.finished.connect(lambda n: self._done(int(n), target))
        self.job.failed.connect(self._failed)
        self.job.cancelled_signal.connect(self._cancelled)
        return self.job.start()

    def _done(self, count: int, target: str) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.status.setText(
            self.tr("Claims written: %1, to %2").replace("%1", str(count)).replace("%2", target)
        )
        self.exported.emit(count, target)

    def _failed(self, exc: object) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("The report was not written: %1").replace("%1", str(exc)))
        self.failed.emit(exc)

    def _cancelled(self) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Cancelled: nothing was written."))
