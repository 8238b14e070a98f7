"""The export dialog: the verified-claim report (XLSX, ODS or CSV: which claims, which columns, BOM
on or off, a preview of the first rows) and the interchange formats, ClaimReview (JSON-LD for search
engines and fact-check aggregators: which claims, a feed or one file per claim, the rating's words)
and W3C Web Annotations (every highlight, for other annotation tools).

It asks and shows; the work is the workflow the command line runs for the same request
(:func:`factdesk.app.report_table.export_table` for ``factdesk export csv|xlsx|ods``,
:func:`factdesk.app.exports.export_claimreview` and :func:`~factdesk.app.exports.export_annotations`
for ``factdesk export claimreview|annotations``), on a worker thread (:class:`~factdesk.ui.jobs.Job`)
with a progress bar and cancel. Each file is written under a temporary name and renamed when whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

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
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factdesk.app import exports
from factdesk.app.exports import ClaimReviewExport, ReportFilter
from factdesk.app.report_table import FORMATS, TableRequest, export_table, preview
from factdesk.core import model
from factdesk.core.filenames import safe_filename
from factdesk.core.operations import Changes
from factdesk.exporters.claimreview import CLAIM_REVIEWED_MAX
from factdesk.exporters.sheets import CLAIM_COLUMNS
from factdesk.ui import bidi, i18n
from factdesk.ui.dialogs import DateEdit, interface_direction
from factdesk.ui.import_texts import align_right
from factdesk.ui.jobs import Job, JobFn
from factdesk.ui.labels import verdict_text
from factdesk.ui.session import ProjectSession
from factdesk.ui.widgets import PlainLabel, fit_to_screen, literal, no_mnemonic

#: The interchange formats, after the report's (the same workflows as «factdesk export …»).
CLAIMREVIEW, ANNOTATIONS = "claimreview", "annotations"
INTERCHANGE = (CLAIMREVIEW, ANNOTATIONS)
#: the file extension of each format
SUFFIX = {"xlsx": ".xlsx", "ods": ".ods", "csv": ".csv", CLAIMREVIEW: ".jsonld", ANNOTATIONS: ".jsonld"}
#: what a proposed file name says after the project's name
NAME_ENDING = {CLAIMREVIEW: "claimreview", ANNOTATIONS: "annotations"}
#: rows shown in the preview
PREVIEW_ROWS = 5


class ExportDialog(QDialog):
    """Choose the claims, the columns and the format, see the first rows, export."""

    #: (records written: claims, ClaimReviews or annotations; file or folder) once an export is written
    exported = Signal(int, str)
    #: what was written, in words, once an export is written (the window's status bar shows it)
    said = Signal(str)
    #: the error, once shown
    failed = Signal(object)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job: Job | None = None
        self.setLayoutDirection(interface_direction())
        self.setWindowTitle(self.tr("Export the report"))
        fit_to_screen(self, 980, 800)
        read = session.read
        arabic = i18n.current_language() == "ar"

        # which claims -------------------------------------------------------------------------
        self.claims_box = claims = QGroupBox(no_mnemonic(self.tr("Which claims")), self)
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
        self.since.setAccessibleName(self.tr("Reviewed from"))
        self.until.setAccessibleName(self.tr("Reviewed until"))
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
        names[CLAIMREVIEW] = self.tr("ClaimReview (JSON-LD), for search engines and fact-check sites")
        names[ANNOTATIONS] = self.tr("W3C Web Annotations (JSON-LD): every highlight")
        for key in (*FORMATS, *INTERCHANGE):
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
        # ClaimReview only: the rating's words, a feed or one file per claim, who publishes
        self.rating_lang = QComboBox(shape)
        self.rating_lang.setObjectName("rating_lang")
        self.rating_lang.addItem(self.tr("Arabic"), "ar")
        self.rating_lang.addItem(self.tr("English"), "en")
        # Arabic by default, as «factdesk export claimreview»: the reviews are read where they are published
        self.rating_lang.setToolTip(
            literal(
                self.tr("The language of the rating's «alternateName»; its English label is always in «name»")
            )
        )
        self.rating_label = self._buddy(self.tr("&Rating in:"), self.rating_lang)
        shape_form.addRow(self.rating_label, self.rating_lang)
        self.per_claim = QCheckBox(self.tr("One file per claim, in a &folder (else one feed file)"), shape)
        self.per_claim.setObjectName("per_claim")
        shape_form.addRow("", self.per_claim)
        self.organisation = PlainLabel(shape)
        self.organisation.setObjectName("organisation")
        self.organisation.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("Project &settings…"), shape)
        self.settings_button.setObjectName("project_settings")
        self.settings_button.clicked.connect(self._edit_settings)
        shape_form.addRow(self.organisation, self.settings_button)
        self._shape_form = shape_form
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
        self.target.setAccessibleName(self.tr("File"))
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
        self.table.setAccessibleName(self.tr("First rows"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(160)
        self.status = PlainLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        # what the user should know about what was written (claims search engines will cut)
        self.warnings = QPlainTextEdit(self)
        self.warnings.setObjectName("warnings")
        self.warnings.setReadOnly(True)
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.warnings.setMaximumHeight(110)
        if arabic:
            align_right(self.warnings)
        self.warnings.hide()

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
        self.preview_label = PlainLabel(no_mnemonic(self.tr("First rows")), self)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.table, 1)
        layout.addStretch()  # takes the preview's room when there is none (the annotations)
        layout.addWidget(self.count)
        layout.addWidget(self.status)
        layout.addWidget(self.warnings)
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
        self.per_claim.toggled.connect(self._retarget)
        self.session.changed.connect(self._project_changed)  # the organisation set meanwhile
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

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

    def choose_format(self, fmt: str) -> None:
        """Show the dialog on ``fmt`` (File → Export ClaimReview… opens it so)."""
        index = self.format.findData(fmt)
        if index >= 0:
            self.format.setCurrentIndex(index)

    def _format_changed(self) -> None:
        fmt = self.chosen_format()
        self.status.clear()  # what the last export said is not about this format
        self.warnings.clear()
        self.warnings.hide()
        report = fmt in FORMATS
        self.bom.setEnabled(fmt == "csv")
        self.columns.setEnabled(report)
        self.lang.setEnabled(report)
        self.claims_box.setEnabled(fmt != ANNOTATIONS)  # every highlight goes: no claim filter applies
        for widget in (self.rating_lang, self.per_claim, self.settings_button):
            self._shape_form.setRowVisible(widget, fmt == CLAIMREVIEW)
        self.table.setVisible(fmt != ANNOTATIONS)
        self.preview_label.setVisible(fmt != ANNOTATIONS)
        if fmt == "csv":
            advice = self.tr(
                "Excel opens this CSV as it is. LibreOffice needs to be told it is UTF-8: open it "
                "with File > Open, and in the Text Import dialog set Character set to "
                "«Unicode (UTF-8)» and tick «Format quoted field as text». The corrections history "
                "is written beside it (NAME-corrections.csv). XLSX and ODS need no import dialog: "
                "they are recommended."
            )
        elif fmt == CLAIMREVIEW:
            advice = self.tr(
                "ClaimReview is the markup search engines and fact-check sites read: one review per "
                "judged claim of the chosen ones (claims still Unverified or In progress are left "
                "out), safe to paste into a web page's «script» element. Search engines show at most "
                "%1 characters of a claim: longer ones are listed after the export."
            ).replace("%1", str(CLAIM_REVIEWED_MAX))
        elif fmt == ANNOTATIONS:
            advice = self.tr(
                "Every highlight of the project, with its claim and verdict, as W3C Web Annotations "
                "(the words quoted and their place): other annotation tools read them, and File → "
                "Import annotations… brings them into another project."
            )
        else:
            advice = self.tr(
                "Opens in Excel and LibreOffice without any import dialog: a claims sheet and a "
                "corrections-history sheet, right to left."
            )
        # a paragraph that starts with a Latin name («ClaimReview …») still reads right to left in Arabic
        self.advice.setText(bidi.paragraph(advice, i18n.current_language() == "ar"))
        self._show_organisation()
        self._retarget()
        self.refresh()

    def _retarget(self) -> None:
        """The file the format writes: the report keeps the name given, with the format's extension; an
        interchange file is proposed from the project's name (a folder of files, one per claim)."""
        fmt = self.chosen_format()
        text = self.target.text().strip()
        folder = Path(text).expanduser().parent if text else Path.home()
        if fmt in INTERCHANGE:
            stem = f"{Path(self.session.project.path).stem}-{NAME_ENDING[fmt]}"
            per_claim = fmt == CLAIMREVIEW and self.per_claim.isChecked()
            self.target.setText(str(folder / safe_filename(stem, "" if per_claim else SUFFIX[fmt])))
        elif text:
            self.target.setText(str(Path(text).with_suffix(SUFFIX[fmt])))

    def _show_organisation(self) -> None:
        name = self.session.read.setting("organisation").strip() if not self.session.closed else ""
        if name:
            text = self.tr("Reviewed by: %1 (the project's organisation)").replace("%1", bidi.auto(name))
        else:
            text = self.tr(
                "ClaimReview names the organisation that reviewed each claim: set it in the project's "
                "settings first."
            )
        self.organisation.setText(text)

    def _edit_settings(self) -> None:
        from factdesk.ui.project_settings import ProjectSettingsDialog

        ProjectSettingsDialog.edit(self.session, self)  # a change comes back through _project_changed

    def _project_changed(self, changes: Changes, _origin: object = None) -> None:
        """The organisation set or changed while the dialog is open (File → Project settings…): say
        who reviews, and allow ClaimReview once there is one."""
        if not self.session.closed and changes.touches(model.SETTING):
            self._show_organisation()
            self.refresh()

    def refresh(self) -> None:
        """Show the first rows and the number of claims the chosen report would hold (for the
        annotations, the number of highlights)."""
        if self.session.closed:  # the project was closed under the dialog
            return
        fmt = self.chosen_format()
        if fmt == ANNOTATIONS:
            read = self.session.read
            highlights = sum(read.span_counts(read.article_ids()).values())
            self.count.setText(self.tr("Highlights in the project: %1").replace("%1", str(highlights)))
            self.export_button.setEnabled(highlights > 0)
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
        columns = self._checked(self.columns) if fmt in FORMATS else []
        headers, rows, total = preview(
            self.session.read,
            only,
            columns=None if len(columns) == self.columns.count() or fmt not in FORMATS else columns,
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
        enabled = total > 0 and bool(headers)
        if fmt == CLAIMREVIEW:
            enabled = total > 0 and bool(self.session.read.setting("organisation").strip())
        self.export_button.setEnabled(enabled)

    def _choose(self) -> None:
        fmt = self.chosen_format()
        if fmt == CLAIMREVIEW and self.per_claim.isChecked():
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("A folder for the ClaimReview files"), str(Path(self.target.text()).parent)
            )
            if chosen:
                self.target.setText(str(Path(chosen) / Path(self.target.text()).name))
            return
        filters = {
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "ods": self.tr("OpenDocument spreadsheets (*.ods)"),
            "csv": self.tr("CSV files (*.csv)"),
            CLAIMREVIEW: self.tr("JSON-LD files (*.jsonld *.json)"),
            ANNOTATIONS: self.tr("JSON-LD files (*.jsonld *.json)"),
        }
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the report"), self.target.text(), filters[fmt]
        )
        if chosen:
            path = Path(chosen)
            if fmt not in INTERCHANGE or path.suffix.lower() not in (".jsonld", ".json"):
                path = path.with_suffix(SUFFIX[fmt])
            self.target.setText(str(path))

    # exporting -----------------------------------------------------------------------------------

    def export(self, *, show: bool = True) -> Job | None:
        """Write the export on a worker thread; :attr:`exported` says when it is written."""
        fmt = self.chosen_format()
        if fmt in INTERCHANGE:
            return self._export_interchange(fmt, show=show)
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
        target = str(request.target)
        return self._run(
            lambda progress, cancelled: export_table(
                project, request, progress=progress, cancelled=cancelled
            ),
            self.tr("Exporting the report…"),
            lambda n: self._done(
                int(n),
                target,
                self.tr("Claims written: %1, to %2").replace("%1", str(n)).replace("%2", bidi.ltr(target)),
            ),
            show,
        )

    def _export_interchange(self, fmt: str, *, show: bool) -> Job | None:
        """ClaimReview or the annotations, through the workflow «factdesk export …» runs."""
        if self.job is not None:
            return None
        target = Path(self.target.text().strip()).expanduser()
        per_claim = fmt == CLAIMREVIEW and self.per_claim.isChecked()
        if not target.name or not target.parent.is_dir():
            self.status.setText(self.tr("Choose a file in an existing folder."))
            return None
        if not per_claim and target.suffix.lower() not in (".jsonld", ".json"):
            target = target.with_suffix(SUFFIX[fmt])
        project = self.session.project.path
        shown = str(target)
        if fmt == ANNOTATIONS:
            return self._run(
                lambda progress, cancelled: exports.export_annotations(project, target),
                self.tr("Exporting the annotations…"),
                lambda n: self._done(
                    int(n),
                    shown,
                    self.tr("Annotations written: %1, to %2")
                    .replace("%1", str(n))
                    .replace("%2", bidi.ltr(shown)),
                ),
                show,
            )
        only = self.report_filter()
        if only is None or not self._checked(self.verdicts):
            return None
        if not self.session.read.setting("organisation").strip():
            self.status.setText(self.organisation.text())
            return None
        lang = str(self.rating_lang.currentData())
        return self._run(
            lambda progress, cancelled: exports.export_claimreview(
                project,
                target,
                only=only,
                lang=lang,
                per_claim=per_claim,
                progress=progress,
                cancelled=cancelled,
            ),
            self.tr("Exporting ClaimReview…"),
            lambda done: self._claimreview_done(done, shown),
            show,
        )

    def _run(self, work: JobFn, title: str, done: Callable[[Any], None], show: bool) -> Job:
        self.status.setText(self.tr("Exporting…"))
        self.warnings.clear()
        self.warnings.hide()
        self.export_button.setEnabled(False)
        self.job = Job(work, title, self, show=show)
        self.job.finished.connect(done)
        self.job.failed.connect(self._failed)
        self.job.cancelled_signal.connect(self._cancelled)
        return self.job.start()

    def _claimreview_done(self, done: ClaimReviewExport, target: str) -> None:
        words = (
            self.tr("ClaimReview records written: %1, to %2. Claims not judged yet, left out: %3.")
            .replace("%1", str(done.written))
            .replace("%2", bidi.ltr(target))
            .replace("%3", str(done.skipped))
        )
        if done.too_long:
            lines = [
                self.tr(
                    "Search engines show at most %1 characters of a claim («claimReviewed»); these are "
                    "longer and will be cut. Shorten them in the claim's detail:"
                ).replace("%1", str(CLAIM_REVIEWED_MAX))
            ]
            for _claim_id, text in done.too_long:
                lines.append(
                    self.tr("«%1»: %2 characters")
                    .replace("%1", bidi.auto(text))
                    .replace("%2", str(len(text)))
                )
            rtl = i18n.current_language() == "ar"
            self.warnings.setPlainText("\n".join(bidi.paragraph(line, rtl) for line in lines))
            self.warnings.show()
            words += " " + self.tr("Claims longer than search engines show: %1.").replace(
                "%1", str(len(done.too_long))
            )
        self._done(done.written, target, words)

    def _done(self, count: int, target: str, words: str) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.status.setText(words)
        self.exported.emit(count, target)
        self.said.emit(words)

    def _failed(self, exc: object) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("The report was not written: %1").replace("%1", str(exc)))
        self.failed.emit(exc)

    def _cancelled(self) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Cancelled: nothing was written."))
