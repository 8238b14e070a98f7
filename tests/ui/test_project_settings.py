"""File → Project settings…: the organisation that ClaimReview exports name, set by keyboard in
one undoable step, the same as `factdesk setting`."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from factdesk.cli import cli
from factdesk.store.project import Project

ORGANISATION = "فريق التحقق في المنصة"


def _fill_when_shown(found: list[str], typed: dict[str, str], key=Qt.Key.Key_Return) -> None:
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        found.append(dialog.windowTitle())
        edit = dialog.findChild(QLineEdit, "setting_organisation")
        for name, text in typed.items():
            edit = dialog.findChild(QLineEdit, f"setting_{name}")
            QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            for char in text:  # key presses carrying the text (QTest.keyClicks knows only Latin-1)
                QApplication.sendEvent(
                    edit, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
                )
        QTest.keyClick(edit, key)  # Enter saves (Save is the default button), Escape cancels

    QTimer.singleShot(0, act)


def test_the_organisation_is_set_in_one_undoable_step(arabic, open_window, demo_copy: Path) -> None:
    window = open_window(demo_copy)
    session = window.session
    steps = session.undo_stack.count()
    shown: list[str] = []
    _fill_when_shown(shown, {"organisation": ORGANISATION, "organisation_url": "https://example.org"})
    window.menu_actions.project_settings.trigger()  # File → Project settings…
    assert shown == ["إعدادات المشروع"]
    assert session.read.setting("organisation") == ORGANISATION
    assert session.read.setting("organisation_url") == "https://example.org"
    assert session.undo_stack.count() == steps + 1
    assert session.undo_label() == "تغيير إعدادات المشروع"  # the undo menu names the step in Arabic
    session.undo_stack.undo()
    assert session.read.setting("organisation") == "" and session.read.setting("organisation_url") == ""


def test_escape_changes_nothing(open_window, demo_copy: Path) -> None:
    window = open_window(demo_copy)
    session = window.session
    steps = session.undo_stack.count()
    shown: list[str] = []
    _fill_when_shown(shown, {"organisation": ORGANISATION}, key=Qt.Key.Key_Escape)
    window.menu_actions.project_settings.trigger()
    assert shown and session.read.setting("organisation") == ""
    assert session.undo_stack.count() == steps


def test_the_window_and_the_command_line_set_the_same(open_window, demo_copy: Path, tmp_path: Path) -> None:
    by_cli = tmp_path / "cli.factdesk"
    shutil.copy(demo_copy, by_cli)
    ran = CliRunner().invoke(
        cli, ["setting", str(by_cli), "organisation", ORGANISATION], catch_exceptions=False
    )
    assert ran.exit_code == 0, ran.output
    window = open_window(demo_copy)
    _fill_when_shown([], {"organisation": ORGANISATION})
    window.menu_actions.project_settings.trigger()
    with Project.open(by_cli) as p:
        assert p.read.setting("organisation") == window.session.read.setting("organisation") == ORGANISATION
