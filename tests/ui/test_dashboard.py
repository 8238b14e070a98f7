"""The project dashboard, opened and used as a user would: its shortcut, its tabs, a verdict given in
the window redrawing it, and the printable report written from it."""

from __future__ import annotations

from pathlib import Path

import pytest
from printed import TRUE_CLAIM, build
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from factdesk.exporters import charts
from factdesk.ui.dashboard import DashboardWindow


def _open(window, qtbot) -> DashboardWindow:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.workbench.claims.setFocus()  # where a user's keys go after clicking the claims list
    QTest.keyClick(
        window.workbench.claims,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(
        lambda: any(isinstance(w, DashboardWindow) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    dash = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DashboardWindow) and w.isVisible())
    qtbot.waitExposed(dash)
    return dash


def _bar_values(dash: DashboardWindow, chart: str) -> dict[str, float]:
    """What the chart says once its tab is shown: each bar's label and length, from its figure."""
    bar = dash.tabs.tabBar()
    index = dash.tabs.indexOf(dash.chart_tabs[chart])
    if dash.tabs.currentIndex() != index:
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    ax = dash.chart_tabs[chart].figure.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    return dict(zip(labels, [p.get_width() for p in ax.patches], strict=False))


def test_dashboard_charts_follow_the_project(open_window, qtbot, tmp_path: Path) -> None:
    built = build(tmp_path / "p.factdesk")
    window = open_window(built.path)
    dash = _open(window, qtbot)
    assert "3" in dash.summary.text()
    bars = _bar_values(dash, "verdicts")
    assert bars == {"Unverified": 1, "True": 1, "False": 1}
    # each tab shows its chart: click through them
    bar = dash.tabs.tabBar()
    for i, chart in enumerate(charts.CHARTS):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
        assert dash.tabs.currentWidget() is dash.chart_tabs[chart]
        assert dash.chart_tabs[chart].figure.axes[0].get_title() == charts.title(chart, "en")
    assert _bar_values(dash, "outlets") == {"الأهرام": 2, "الجزيرة": 1}

    # the false claim judged true in the window: the dashboard redraws by itself
    window.workbench.select_claim(built.false_id)
    window.menu_actions.verdicts["true"].trigger()
    qtbot.waitUntil(lambda: _bar_values(dash, "verdicts").get("True") == 2)
    assert "False" not in _bar_values(dash, "verdicts")
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: _bar_values(dash, "verdicts").get("False") == 1)


def test_printable_report_from_the_dashboard(open_window, qtbot, tmp_path: Path) -> None:
    built = build(tmp_path / "p.factdesk")
    window = open_window(built.path)
    dash = _open(window, qtbot)
    target = tmp_path / "report.html"
    with qtbot.waitSignal(dash.reportWritten, timeout=60_000) as written:
        dash.save_report(str(target), show=False)
    assert written.args == [3, str(target)]
    page = target.read_text("utf-8")
    assert TRUE_CLAIM in page and page.count("data:image/svg+xml") == 4


@pytest.mark.usefixtures("arabic")
def test_dashboard_in_arabic_reads_from_the_right(open_window, qtbot, tmp_path: Path) -> None:
    built = build(tmp_path / "p.factdesk")
    window = open_window(built.path)
    dash = _open(window, qtbot)
    assert dash.windowTitle() == "لوحة مؤشرات المشروع"
    ax = dash.chart_tabs["verdicts"].figure.axes[0]
    assert ax.get_title() == "توزيع الأحكام"  # given as written: matplotlib shapes it itself
    assert ax.xaxis_inverted()  # bars grow leftwards
    assert set(_bar_values(dash, "verdicts")) == {"لم يُتحقق منه", "صحيح", "خاطئ"}
