"""The verdict scale editor, driven as a fact-checker would: from the menu, by keys and clicks.
The keys Ctrl+1 … follow the edited order; a verdict still in use is never removed silently."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from factdesk.ui import bidi
from factdesk.ui.scale_editor import VerdictScaleDialog

OK = QDialogButtonBox.StandardButton.Ok
LEFT = Qt.MouseButton.LeftButton


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying Arabic text (QTest.keyClicks only knows Latin-1)."""
    widget.setFocus()
    for char in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        )


def _with_dialog(qtbot, open_it: Callable[[], object], drive: Callable[[VerdictScaleDialog], None]) -> None:
    """Open the (modal) scale editor with ``open_it`` and drive it with ``drive`` once it shows; a
    failure inside closes it and is raised here, so a broken test never leaves a dialog waiting."""
    failures: list[BaseException] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, VerdictScaleDialog):
            QTimer.singleShot(20, act)
            return
        try:
            drive(dialog)
        except BaseException as exc:  # re-raised below, after the dialog is closed
            failures.append(exc)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)
    open_it()
    if failures:
        raise failures[0]


def _keys(window) -> list[str]:
    return [v.key for v in window.session.read.verdicts()]


def test_reordering_adding_and_removing_a_verdict_is_one_step_and_the_keys_follow(
    open_window, demo_copy: Path, qtbot
) -> None:
    window = open_window(demo_copy)
    bench = window.workbench
    before = window.session.project.snapshot()
    unproven = [c.id for c in window.session.read.claims() if c.verdict == "unproven"]
    assert unproven  # the demo has claims that are «unproven»

    def drive(dialog: VerdictScaleDialog) -> None:
        # «False» up two places with the keyboard, from its English label
        en = dialog.rows["false"][1]
        en.setFocus()
        qtbot.keyClick(en, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(en, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        assert bidi.strip(dialog.places["false"].text()) == "Ctrl+5"
        # a new verdict at the end
        qtbot.mouseClick(dialog.add_button, LEFT)
        new = dialog.order[-1]
        qtbot.waitUntil(dialog.rows[new][0].hasFocus)  # the new verdict's Arabic label, ready to type
        type_text(dialog.rows[new][0], "ساخر")
        qtbot.keyClicks(dialog.rows[new][1], "Satire")
        dialog.rows[new][2].setFocus()
        qtbot.keyClick(dialog.rows[new][2], Qt.Key.Key_Up)  # rating 1
        # «Unproven» is still used: removing it asks where its claims go
        qtbot.mouseClick(dialog.controls["unproven"][2], LEFT)
        move_to = dialog.moves["unproven"]
        assert move_to.isVisibleTo(dialog) and move_to.currentIndex() == -1
        qtbot.mouseClick(dialog.buttons.button(OK), LEFT)
        assert dialog.isVisible() and dialog.message.isVisibleTo(dialog)  # refused: no verdict chosen
        assert "2" in dialog.message.text()
        move_to.setFocus()
        qtbot.keyClick(move_to, Qt.Key.Key_Down)  # the first verdict kept: «Unverified»
        assert move_to.currentData() == "unverified"
        qtbot.mouseClick(dialog.buttons.button(OK), LEFT)
        assert not dialog.isVisible()

    _with_dialog(qtbot, window.menu_actions.edit_scale.trigger, drive)
    assert _keys(window) == [
        "unverified",
        "in_progress",
        "true",
        "mostly_true",
        "false",
        "half_true",
        "misleading",
        "satire",
    ]
    satire = window.session.read.verdicts()[-1]
    assert (satire.label_ar, satire.label_en, satire.rating_value) == ("ساخر", "Satire", 1)
    assert all(window.session.project.get("claim", c)["verdict"] == "unverified" for c in unproven)
    # the verdict menu and its keys follow the new order
    assert [a.data() for a in window.menu_actions.verdict_slots] == _keys(window)
    fifth = window.menu_actions.action_named("verdict_place_5")
    assert fifth is not None and fifth.data() == "false" and fifth.shortcut().toString() == "Ctrl+5"
    claim = window.session.read.claims()[0]
    bench.select_claim(claim.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    bench.claims.setFocus()
    qtbot.keyClick(bench.claims, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.session.project.get("claim", claim.id)["verdict"] == "false"
    qtbot.keyClick(bench.claims, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.session.project.get("claim", claim.id)["verdict"] == "satire"
    assert bench.verdict_filter.findData("satire") >= 0 and bench.verdict_filter.findData("unproven") < 0
    # three steps: the scale, then two verdicts; undoing them gives back exactly what was there
    for _ in range(3):
        window.menu_actions.undo.trigger()
    assert window.session.project.snapshot() == before
    assert [a.data() for a in window.menu_actions.verdict_slots] == _keys(window)
    assert _keys(window)[-1] == "unproven"


def test_cancelling_the_editor_changes_nothing(open_window, demo_copy: Path, qtbot) -> None:
    window = open_window(demo_copy)
    before = window.session.project.snapshot()
    stack = window.session.undo_stack.count()

    def drive(dialog: VerdictScaleDialog) -> None:
        qtbot.mouseClick(dialog.controls["unproven"][2], LEFT)
        qtbot.mouseClick(dialog.controls["true"][0], LEFT)  # «True» up a place
        assert dialog.order.index("true") == 1
        dialog.reject()

    _with_dialog(qtbot, window.menu_actions.edit_scale.trigger, drive)
    assert window.session.project.snapshot() == before and window.session.undo_stack.count() == stack


def test_the_verdict_new_claims_start_with_cannot_be_removed_in_the_editor(session, qtbot) -> None:
    dialog = VerdictScaleDialog(session.read.verdicts())
    qtbot.addWidget(dialog)
    assert not dialog.controls["unverified"][2].isEnabled()


def test_an_unused_verdict_is_removed_without_a_question(session, qtbot) -> None:
    counts = {v.key: n for v, n in session.read.verdict_counts()}
    assert counts["half_true"] == 0
    dialog = VerdictScaleDialog(session.read.verdicts(), in_use=counts)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.controls["half_true"][2], LEFT)
    assert not dialog.moves["half_true"].isVisibleTo(dialog) and dialog.problem() == ""
    session.run(dialog.operation())
    assert "half_true" not in [v.key for v in session.read.verdicts()]


def test_the_editor_and_the_command_line_make_the_same_scale(
    session, demo_copy: Path, tmp_path: Path, qtbot
) -> None:
    """The same request (a verdict «Satire» added last, «False» moved to fifth place) gives the
    same scale from the window's editor as from «factdesk verdict add / move»."""
    import shutil

    from click.testing import CliRunner

    from factdesk.cli import cli
    from factdesk.store.project import Project

    other = tmp_path / "cli.factdesk"
    shutil.copy(demo_copy, other)  # the session's project, before any change
    dialog = VerdictScaleDialog(session.read.verdicts())
    qtbot.addWidget(dialog)
    dialog.move("false", -1)
    dialog.move("false", -1)
    new = dialog.add_verdict()
    dialog.rows[new][0].setText("ساخر")
    dialog.rows[new][1].setText("Satire")
    session.run(dialog.operation())
    for args in (
        ["verdict", "add", str(other), "--label-ar", "ساخر", "--label-en", "Satire", "--color", "#607d8b"],
        ["verdict", "move", str(other), "false", "5"],
    ):
        result = CliRunner().invoke(cli, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
    with Project.open(other, readonly=True) as p:
        assert p.read.verdicts() == session.read.verdicts()


def test_a_scale_longer_than_nine_keeps_its_tenth_verdict_in_the_menu(window) -> None:
    from factdesk.app import scale

    window.session.run(scale.add_verdict(window.session.read, "ساخر", "Satire"))
    window.session.run(scale.add_verdict(window.session.read, "مفبرك", "Fabricated"))
    slots = window.menu_actions.verdict_slots
    assert [a.data() for a in slots] == _keys(window) and len(slots) == 10
    assert slots[8].shortcut().toString() == "Ctrl+9" and slots[9].shortcut().isEmpty()
    assert slots[9] in window.verdict_menu.actions() and slots[9].text().endswith("Fabricated")
    window.session.undo_stack.undo()
    assert (
        len(window.menu_actions.verdict_slots) == 9 and window.menu_actions.verdicts.get("fabricated") is None
    )
