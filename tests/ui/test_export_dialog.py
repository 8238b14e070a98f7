"""The export dialog, driven as a user drives it: its shortcut, ticks in the lists, the format and
file typed or chosen with the keyboard, the Export button; the file it writes is the one
«factdesk export» writes for the same request."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from printed import FALSE_CLAIM, HOSTILE_CLAIM, TRUE_CLAIM, build
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget

from factdesk.cli import cli
from factdesk.ui.export_dialog import ExportDialog


def _open_dialog(window, qtbot) -> ExportDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.workbench.claims.setFocus()  # where a user's keys go after clicking the claims list
    QTest.keyClick(
        window.workbench.claims,
        Qt.Key.Key_X,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(
        lambda: any(isinstance(w, ExportDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible())
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # keys and focus go to it, as to a dialog just opened
    return dialog


def _toggle(qtbot, listing: QListWidget, text: str) -> None:
    """Click the row whose text is ``text``, then press Space: its tick goes on or off."""
    item = next(listing.item(i) for i in range(listing.count()) if listing.item(i).text() == text)
    rect = listing.visualItemRect(item)
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.keyClick(listing, Qt.Key.Key_Space)


def _choose(qtbot, combo, text: str) -> None:
    """Focus the combo box as a click would, then walk it with the arrow keys to ``text``."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def _type_file(qtbot, dialog: ExportDialog, path: Path) -> None:
    qtbot.mouseClick(dialog.target, Qt.MouseButton.LeftButton)
    QTest.keyClick(dialog.target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.target, str(path))


def _rows(path: Path) -> list[tuple]:
    sheet = load_workbook(path, read_only=True).worksheets[0]
    return [tuple(c for c in row) for row in sheet.iter_rows(values_only=True)]


def test_export_dialog_filters_columns_and_writes_what_the_command_line_writes(
    open_window, qtbot, tmp_path: Path
) -> None:
    built = build(tmp_path / "p.factdesk")
    window = open_window(built.path)
    dialog = _open_dialog(window, qtbot)
    assert dialog.count.text().endswith("3")  # every claim, before any choice
    assert dialog.table.rowCount() == 3

    # only al-Jazeera's claims, only three columns, English headers, XLSX
    _choose(qtbot, dialog.outlet, "الجزيرة")
    qtbot.waitUntil(lambda: dialog.count.text().endswith("1"))
    for column in [dialog.columns.item(i).text() for i in range(dialog.columns.count())]:
        if column not in ("Claim", "Verdict (English)", "Outlets"):
            _toggle(qtbot, dialog.columns, column)
    _choose(qtbot, dialog.lang, "English")
    qtbot.waitUntil(lambda: dialog.table.columnCount() == 3)
    headers = [dialog.table.horizontalHeaderItem(i).text() for i in range(3)]
    assert headers == ["Claim", "Verdict (English)", "Outlets"]
    assert dialog.table.item(0, 0).text() == FALSE_CLAIM

    target = tmp_path / "from-window.xlsx"
    _type_file(qtbot, dialog, target)
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as written:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert written.args == [1, str(target)]
    assert "1" in dialog.status.text()

    from_cli = tmp_path / "from-cli.xlsx"
    result = CliRunner().invoke(cli, ["export", "xlsx", str(built.path), "-o", str(from_cli), "--lang", "en"])
    assert result.exit_code == 0, result.output
    window_rows = _rows(target)
    assert window_rows == [
        ("Claim", "Verdict (English)", "Outlets"),
        (FALSE_CLAIM, "False", "الأهرام\nالجزيرة"),
    ]
    cli_rows = _rows(from_cli)
    keep = [cli_rows[0].index(h) for h in ("Claim", "Verdict (English)", "Outlets")]
    assert [
        tuple(r[i] for i in keep) for r in cli_rows if r[keep[0]] == FALSE_CLAIM or r[0] == "Claim ID"
    ] == window_rows


def test_csv_from_the_dialog_tells_how_to_open_it_and_honours_the_bom(
    open_window, qtbot, tmp_path: Path
) -> None:
    built = build(tmp_path / "p.factdesk")
    window = open_window(built.path)
    dialog = _open_dialog(window, qtbot)
    assert not dialog.bom.isEnabled()  # only a CSV has a byte-order mark to choose
    _choose(qtbot, dialog.format, "CSV (plain text)")
    assert dialog.bom.isEnabled()
    advice = dialog.advice.text()
    assert "Character set" in advice and "Unicode (UTF-8)" in advice and "XLSX and ODS" in advice
    assert dialog.target.text().endswith(".csv")
    # untick «True»: the true claim leaves the preview and the file
    _toggle(qtbot, dialog.verdicts, "True")
    qtbot.waitUntil(lambda: dialog.count.text().endswith("2"))
    qtbot.mouseClick(dialog.bom, Qt.MouseButton.LeftButton)
    assert not dialog.bom.isChecked()
    target = tmp_path / "claims.csv"
    _type_file(qtbot, dialog, target)
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
    data = target.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")
    assert FALSE_CLAIM in text and TRUE_CLAIM not in text
    assert (tmp_path / "claims-corrections.csv").exists()
    assert not list(tmp_path.glob(".claims*"))  # no temporary file left behind


@pytest.mark.usefixtures("arabic")
def test_the_dialog_speaks_arabic_and_shows_hostile_text_as_text(open_window, qtbot, tmp_path: Path) -> None:
    built = build(tmp_path / "p.factdesk")
    window = open_window(built.path)
    dialog = _open_dialog(window, qtbot)
    assert dialog.windowTitle() == "تصدير التقرير"
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    claims = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    # shown as the exported cell holds it: as written, the override closed at the end of its line
    assert HOSTILE_CLAIM + "\u202c" in claims


def test_a_date_that_is_not_one_is_said_and_nothing_is_written(open_window, qtbot, tmp_path: Path) -> None:
    built = build(tmp_path / "p.factdesk")
    window = open_window(built.path)
    dialog = _open_dialog(window, qtbot)
    qtbot.mouseClick(dialog.since, Qt.MouseButton.LeftButton)
    QTest.keyClicks(dialog.since, "31/31/2024")
    QTest.keyClick(dialog.since, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.since.message.isVisible())
    assert "year-month-day" in dialog.since.message.text()
    target = tmp_path / "never.xlsx"
    _type_file(qtbot, dialog, target)
    with qtbot.assertNotEmitted(dialog.exported, wait=300):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not target.exists()
    # a real date: only the claims reviewed since then
    qtbot.mouseClick(dialog.since, Qt.MouseButton.LeftButton)
    QTest.keyClick(dialog.since, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.since, "2999-01-01")
    QTest.keyClick(dialog.since, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.count.text().endswith(": 0"))
    assert not dialog.since.message.isVisible() and not dialog.export_button.isEnabled()
