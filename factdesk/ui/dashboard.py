"""The project dashboard: verdict distribution, claims per outlet, verdicts by outlet, work over time.

The counts come from :func:`factdesk.app.printable.dashboard` (the store's read API, the same counts
the printable report draws); the charts are :mod:`factdesk.exporters.charts` drawn on matplotlib's
Qt canvas, one tab each, in the interface language. It follows the project: after any change the
counts are read again. «Printable report…» writes the HTML or PDF report on a worker thread.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from factdesk.app.printable import dashboard, export_report
from factdesk.core.dashboard import Dashboard
from factdesk.exporters import charts
from factdesk.ui import i18n
from factdesk.ui.dialogs import interface_direction
from factdesk.ui.jobs import Job
from factdesk.ui.session import ProjectSession
from factdesk.ui.widgets import PlainLabel, fit_to_screen


class ChartTab(QWidget):
    """One chart on a canvas of its own."""

    def __init__(self, chart: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.figure = Figure(figsize=(8, 5))
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.canvas)

    def draw(self, counts: Dashboard, lang: str) -> None:
        charts.draw(self.figure, self.chart, counts, lang)
        self.canvas.draw_idle()


class DashboardWindow(QDialog):
    """Four charts of the open project, redrawn when the project changes."""

    #: (claims written, file) once a printable report is written
    reportWritten = Signal(int, str)
    #: the error of a report that failed
    reportFailed = Signal(object)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.counts: Dashboard | None = None
        self.job: Job | None = None
        self.setLayoutDirection(interface_direction())
        self.setWindowTitle(self.tr("Project dashboard"))
        fit_to_screen(self, 960, 700)
        self.summary = PlainLabel(self)
        self.summary.setObjectName("summary")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("charts")
        self.chart_tabs = {chart: ChartTab(chart, self.tabs) for chart in charts.CHARTS}
        titles = {
            "verdicts": self.tr("&Verdicts"),
            "outlets": self.tr("&Outlets"),
            "verdicts_by_outlet": self.tr("Verdicts &by outlet"),
            "months": self.tr("&Work over time"),
        }
        for chart, tab in self.chart_tabs.items():
            self.tabs.addTab(tab, titles[chart])
        self.status = PlainLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.report_button = buttons.addButton(
            self.tr("&Printable report (HTML, PDF)…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.report_button.setObjectName("printable")
        self.report_button.clicked.connect(lambda: self.save_report())
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        #: charts drawn from older counts than the latest: redrawn when their tab is shown
        self._stale: set[str] = set()
        # a burst of changes (an import, an undo of many) is counted once, when it is over
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(250)
        self._pending.timeout.connect(self.refresh)
        session.changed.connect(self._project_changed)
        self.tabs.currentChanged.connect(self._draw_current)
        self.refresh()

    def _project_changed(self, *_: object) -> None:
        self._pending.start()

    def refresh(self) -> None:
        """Count again and redraw the chart in view (the others when their tab is shown)."""
        if self.session.closed:
            return
        self.counts = dashboard(self.session.read)
        self._stale = set(self.chart_tabs)
        self._draw_current()
        self.summary.setText(
            self.tr("Claims: %1 · outlets: %2 · claims quoted nowhere: %3")
            .replace("%1", str(self.counts.claims))
            .replace("%2", str(sum(1 for o in self.counts.outlets if o.outlet)))
            .replace("%3", str(self.counts.unquoted))
        )

    def _draw_current(self, *_: object) -> None:
        tab = self.tabs.currentWidget()
        if self.counts is None or not isinstance(tab, ChartTab) or tab.chart not in self._stale:
            return
        tab.draw(self.counts, "ar" if i18n.current_language() == "ar" else "en")
        self._stale.discard(tab.chart)

    def save_report(self, target: str | None = None, *, show: bool = True) -> Job | None:
        """Write the printable report (HTML or PDF, by the name's extension) on a worker thread."""
        if self.job is not None:
            return None
        if target is None:
            target, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the printable report"),
                str(Path.home() / "report.pdf"),
                self.tr("PDF documents (*.pdf);;Web pages (*.html)"),
            )
        if not target:
            return None
        project = self.session.project.path
        lang = "ar" if i18n.current_language() == "ar" else "en"
        self.job = Job(
            lambda progress, cancelled: export_report(
                project, target, lang=lang, progress=progress, cancelled=cancelled
            ),
            self.tr("Writing the printable report…"),
            self,
            show=show,
        )
        self.job.finished.connect(lambda n: self._written(int(n), target))
        self.job.failed.connect(self._failed)
        self.job.cancelled_signal.connect(self._ended)
        self.status.setText(self.tr("Writing the printable report…"))
        return self.job.start()

    def _ended(self) -> None:
        self.job = None
        self.status.setText(self.tr("Cancelled: nothing was written."))

    def _written(self, count: int, target: str) -> None:
        self.job = None
        self.status.setText(
            self.tr("Claims written: %1, to %2").replace("%1", str(count)).replace("%2", target)
        )
        self.reportWritten.emit(count, target)

    def _failed(self, exc: object) -> None:
        self.job = None
        self.status.setText(self.tr("The report was not written: %1").replace("%1", str(exc)))
        self.reportFailed.emit(exc)
