"""A dependable keyboard workflow, driven by keys as a user would: undo reaches the steps of an
earlier session, Ctrl+Z never lands in a text field that has nothing of its own to undo, Tab leaves
the tables, Alt+1…4 move between the parts of the window, the highlight at the cursor is chosen
without the mouse, F1 lists every key, and the new-claim, link and evidence dialogs work from the
keyboard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPlainTextEdit, QWidget

from factdesk.ui.window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(open_window, demo_copy: Path, qtbot) -> MainWindow:
    w = open_window(demo_copy)
    activate(w, qtbot)
    return w


def activate(w: MainWindow, qtbot) -> None:
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the keyboard focus is, as a user presses it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def press_action(qtbot, action: QAction) -> None:
    """The key of a window action, pressed where the focus is (the platform's own key for standard ones)."""
    target = QApplication.focusWidget()
    assert target is not None and not action.shortcut().isEmpty()
    QTest.keySequence(target, action.shortcut())


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying Arabic text (QTest.keyClicks only knows Latin-1)."""
    for char in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        )


def in_modal(qtbot, drive: Callable[[QDialog], None]) -> list[str]:
    """Run ``drive`` on the modal dialog the next action opens (it blocks in its own event loop)."""
    errors: list[str] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isActiveWindow():  # shown, and the keyboard's
            QTimer.singleShot(10, step)
            return
        try:
            drive(dialog)
        except AssertionError as exc:  # said after the dialog is gone, by the test itself
            errors.append(str(exc) or "assertion failed")
            dialog.reject()

    QTimer.singleShot(0, step)
    return errors


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def select_first_claim(w: MainWindow, qtbot) -> str:
    press(qtbot, Qt.Key.Key_3, ALT)  # the claims table
    assert focused() is w.workbench.claims
    press(qtbot, Qt.Key.Key_Down)
    claim_id = w.workbench.claim_id
    assert claim_id is not None and w.workbench.detail.claim_id == claim_id
    return claim_id


# ---------------------------------------------------------------------------------------------
# undo after reopening


def test_reopening_offers_the_last_step_of_the_earlier_session(open_window, demo_copy: Path, qtbot) -> None:
    first = open_window(demo_copy)
    activate(first, qtbot)
    claim_id = select_first_claim(first, qtbot)
    before = first.session.project.get("claim", claim_id)["verdict"]
    step_before = first.menu_actions.undo.text()  # the last step of building the demo
    press(qtbot, Qt.Key.Key_7, CTRL)  # the seventh verdict: False
    assert first.session.project.get("claim", claim_id)["verdict"] == "false" != before
    first.close_project()

    again = open_window(demo_copy)
    activate(again, qtbot)
    undo, redo = again.menu_actions.undo, again.menu_actions.redo
    assert undo.isEnabled() and undo.text() == "Undo: set verdict"
    press(qtbot, Qt.Key.Key_1, ALT)
    press_action(qtbot, undo)
    assert again.session.project.get("claim", claim_id)["verdict"] == before
    assert again.statusBar().currentMessage() == "Undone: set verdict"
    # the step before it, made when the demo was built, is next (as «factdesk undo» would take it)
    assert undo.isEnabled() and undo.text() == step_before
    assert redo.isEnabled() and redo.text() == "Redo: set verdict"
    again.close_project()

    # what was undone before closing is offered to redo after reopening
    third = open_window(demo_copy)
    activate(third, qtbot)
    assert third.menu_actions.redo.text() == "Redo: set verdict"
    assert third.menu_actions.undo.isEnabled()
    press(qtbot, Qt.Key.Key_1, ALT)
    press_action(qtbot, third.menu_actions.redo)
    assert third.session.project.get("claim", claim_id)["verdict"] == "false"
    assert third.statusBar().currentMessage() == "Redone: set verdict"
    assert third.menu_actions.undo.text() == "Undo: set verdict"


def test_each_step_is_confirmed_in_the_status_bar(window: MainWindow, qtbot) -> None:
    select_first_claim(window, qtbot)
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert window.statusBar().currentMessage() == "Done: set verdict"
    press_action(qtbot, window.menu_actions.undo)
    assert window.statusBar().currentMessage() == "Undone: set verdict"


# ---------------------------------------------------------------------------------------------
# undo and the text fields


def test_undo_after_an_edit_never_goes_into_the_rationale(window: MainWindow, qtbot) -> None:
    """The issue's case: after a rationale edit, focus moves on; Ctrl+Z twice undoes two project
    steps and the rationale box neither takes the focus nor the key."""
    wb = window.workbench
    claim_id = select_first_claim(window, qtbot)
    original = window.session.project.get("claim", claim_id)["rationale"]
    press(qtbot, Qt.Key.Key_R, CTRL)  # Claim → Edit rationale
    assert focused() is wb.detail.rationale
    QTest.keyClicks(wb.detail.rationale, "abc")
    press(qtbot, Qt.Key.Key_3, ALT)  # back to the claims table: the edit is one step
    assert focused() is wb.claims, "the rationale box took the focus back"
    assert window.session.project.get("claim", claim_id)["rationale"] != original
    assert window.menu_actions.undo.text() == "Undo: edit claim"
    earlier = window.session.undo_stack.index()

    press_action(qtbot, window.menu_actions.undo)
    assert window.session.project.get("claim", claim_id)["rationale"] == original
    assert focused() is wb.claims
    press_action(qtbot, window.menu_actions.undo)  # the second Ctrl+Z: the step before, not the box
    assert window.session.undo_stack.index() == earlier - 2
    assert focused() is wb.claims
    assert wb.detail.rationale.toPlainText() == window.session.project.get("claim", claim_id)["rationale"]


def test_a_text_field_keeps_ctrl_z_only_for_its_own_typing(window: MainWindow, qtbot) -> None:
    wb = window.workbench
    claim_id = select_first_claim(window, qtbot)
    press(qtbot, Qt.Key.Key_5, CTRL)  # a project step: set verdict
    verdict = window.session.project.get("claim", claim_id)["verdict"]
    press(qtbot, Qt.Key.Key_R, CTRL)
    box = wb.detail.rationale
    text = box.toPlainText()
    QTest.keyClicks(box, "xy")
    press_action(qtbot, window.menu_actions.undo)  # the box's own typing first
    assert box.toPlainText() == text and focused() is box
    assert window.session.project.get("claim", claim_id)["verdict"] == verdict
    press_action(qtbot, window.menu_actions.undo)  # nothing of its own left: the project's step
    assert window.session.project.get("claim", claim_id)["verdict"] != verdict
    assert focused() is box, "undo moved the focus"


# ---------------------------------------------------------------------------------------------
# moving around


def test_tab_leaves_the_tables(window: MainWindow, qtbot) -> None:
    wb = window.workbench
    for key, table in ((Qt.Key.Key_1, wb.articles), (Qt.Key.Key_3, wb.claims)):
        press(qtbot, key, ALT)
        assert focused() is table
        row = table.currentIndex().row()
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is not table, "Tab stayed in the table"
        press(qtbot, key, ALT)
        press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert focused() is not table, "Shift+Tab stayed in the table"
        assert table.currentIndex().row() == row  # and did not move its row


def test_tab_leaves_the_claim_and_rationale_boxes_and_commits_them(window: MainWindow, qtbot) -> None:
    wb = window.workbench
    claim_id = select_first_claim(window, qtbot)
    press(qtbot, Qt.Key.Key_R, CTRL)
    QTest.keyClicks(wb.detail.rationale, "tab")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is not wb.detail.rationale
    assert "\t" not in wb.detail.rationale.toPlainText()
    assert window.session.project.get("claim", claim_id)["rationale"].startswith("tab")
    press(qtbot, Qt.Key.Key_4, ALT)
    assert focused() is wb.detail.claim_text
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is not wb.detail.claim_text


def test_alt_keys_move_between_the_parts_of_the_window(window: MainWindow, qtbot) -> None:
    wb = window.workbench
    press(qtbot, Qt.Key.Key_2, ALT)
    assert focused() is wb.reader
    press(qtbot, Qt.Key.Key_1, ALT)
    assert focused() is wb.articles and wb.articles.currentIndex().isValid()
    press(qtbot, Qt.Key.Key_3, ALT)
    assert focused() is wb.claims and wb.claims.currentIndex().isValid()  # the arrows work at once
    wb.side.setCurrentWidget(wb.search)
    press(qtbot, Qt.Key.Key_4, ALT)
    assert wb.side.currentWidget() is wb.detail_page
    assert wb.detail.isAncestorOf(focused()) and focused() is wb.detail.claim_text


def test_the_highlight_at_the_cursor_is_chosen_without_the_mouse(window: MainWindow, qtbot) -> None:
    wb = window.workbench
    h = next(h for h in wb.reader.highlights if h.claim_ids)
    press(qtbot, Qt.Key.Key_2, ALT)
    wb.reader.show_range(h.start + 1, h.start + 1, select=False)  # the caret inside the highlight
    press(qtbot, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert wb.reader.selection() == (h.start, h.end)
    assert wb.claim_id == h.claim_ids[0] and wb.detail.claim_id == h.claim_ids[0]
    assert wb.claims_model.id_at(wb.claims.currentIndex().row()) == h.claim_ids[0]
    assert focused() is wb.reader
    # overlapping highlights: a wider one marked around it (Ctrl+M); pressing again moves to it
    wb.reader.select_range(max(0, h.start - 12), h.end)
    press(qtbot, Qt.Key.Key_M, CTRL)
    wider = next(x for x in wb.reader.highlights if x.start < h.start and x.end >= h.end and not x.claim_ids)
    wb.reader.show_range(h.start + 1, h.start + 1, select=False)
    press(qtbot, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert wb.reader.selection() == (h.start, h.end)  # the innermost first
    press(qtbot, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert wb.reader.selection() == (wider.start, wider.end)
    press(qtbot, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert wb.reader.selection() == (h.start, h.end)  # and round again
    # nowhere near a highlight: said in the status bar, nothing selected
    covered = {i for x in wb.reader.highlights for i in range(x.start - 1, x.end + 1)}
    free = next(i for i in range(len(wb.reader.text)) if i not in covered)
    wb.reader.show_range(free, free, select=False)
    press(qtbot, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert wb.reader.selection() is None
    assert window.statusBar().currentMessage() == "There is no highlight at the cursor."


# ---------------------------------------------------------------------------------------------
# the keys themselves


def every_shortcut(w: MainWindow) -> dict[str, list[str]]:
    """Each key of the window (its actions and shortcuts, the workbench's too) and who has it."""
    found: dict[str, list[str]] = {}
    for action in w.findChildren(QAction):
        for seq in action.shortcuts():
            if not seq.isEmpty():
                found.setdefault(seq.toString(), []).append(action.objectName() or action.text())
    for shortcut in w.findChildren(QShortcut):
        if not shortcut.key().isEmpty():
            found.setdefault(shortcut.key().toString(), []).append(shortcut.objectName() or "QShortcut")
    return found


def test_no_two_actions_share_a_key(window: MainWindow) -> None:
    keys = every_shortcut(window)
    shared = {key: names for key, names in keys.items() if len(names) > 1}
    assert not shared, f"keys given to more than one action: {shared}"
    # the keys this work adds are among them, as the table says
    for key in ("Alt+1", "Alt+2", "Alt+3", "Alt+4", "Ctrl+Shift+H", "F1"):
        assert key in keys


def test_help_lists_every_shortcut_from_the_actions_table(window: MainWindow, qtbot) -> None:
    from factdesk.ui.actions import all_shortcuts
    from factdesk.ui.shortcuts_dialog import ShortcutsDialog

    press(qtbot, Qt.Key.Key_2, ALT)
    press(qtbot, Qt.Key.Key_F1)
    dialog = next(d for d in window.findChildren(ShortcutsDialog) if d.isVisible())
    qtbot.waitUntil(dialog.isActiveWindow)
    listed = dict((key, text) for text, key in dialog.rows)
    for name, _key in all_shortcuts():
        action = window.menu_actions.action_named(name)
        if action is None:  # a place of the scale beyond its last verdict (Ctrl+9 on eight) has no action
            assert name == f"verdict_place_{len(window.menu_actions.verdict_slots) + 1}"
            continue
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert key in listed, f"{name} ({key}) is not listed"
        assert listed[key] == action.text().replace("&", "").rstrip("…")
    assert set(listed) == {k for k in every_shortcut(window)}  # nothing listed that no action has
    assert focused() is dialog.filter
    QTest.keyClicks(dialog.filter, "ctrl+shift+k")
    assert [key for _text, key in dialog.shown_rows()] == ["Ctrl+Shift+K"]
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


# ---------------------------------------------------------------------------------------------
# the dialogs


def select_phrase(w: MainWindow, qtbot, phrase: str) -> tuple[int, int]:
    """``phrase`` selected in the reader, which has the focus."""
    wb = w.workbench
    article = next(
        a for a in w.session.read.article_ids() if phrase in w.session.project.get("article", a)["text"]
    )
    wb.open_article(article)
    press(qtbot, Qt.Key.Key_2, ALT)
    at = wb.reader.text.index(phrase)
    wb.reader.select_range(at, at + len(phrase))
    return at, at + len(phrase)


def test_enter_makes_the_claim_and_ctrl_enter_starts_a_new_line(window: MainWindow, qtbot) -> None:
    wb = window.workbench
    select_phrase(window, qtbot, "كانت متجهة من الرقة")
    before = window.session.read.claim_count()

    def drive(dialog: QDialog) -> None:
        editor = dialog.findChild(QPlainTextEdit)
        assert QApplication.focusWidget() is editor
        assert editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
        assert dialog.width() >= 700 and editor.height() >= 150  # room to rephrase
        assert "«" in dialog.quote_label.text()
        QTest.keyClicks(editor, "first line")  # types over the selected quote
        QTest.keyClick(editor, Qt.Key.Key_Return, CTRL)
        QTest.keyClicks(editor, "second line")
        QTest.keyClick(editor, Qt.Key.Key_Return)

    errors = in_modal(qtbot, drive)
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Claim → New claim from selection
    assert not errors, errors
    assert window.session.read.claim_count() == before + 1
    assert window.session.project.get("claim", wb.claim_id)["text"] == "first line\nsecond line"
    assert window.statusBar().currentMessage().startswith("Done: ")


def test_the_link_dialog_shows_the_quote_and_keeps_the_claim_just_worked_on(
    window: MainWindow, qtbot
) -> None:
    wb = window.workbench
    claims = window.session.read.claims(order="modified")
    worked_on = claims[-1]  # not the most recently changed: the dialog would pick that one anyway
    wb.select_claim(worked_on.id)
    start, end = select_phrase(window, qtbot, "كانت متجهة من الرقة")
    quote = wb.reader.text[start:end]

    def drive(dialog: QDialog) -> None:
        assert quote in dialog.quote_label.text()
        assert dialog.chosen() == worked_on.id
        word = next(w for w in worked_on.text.split() if len(w) > 3)
        type_text(dialog.search_edit, word)  # typing one of its words keeps it chosen
        assert dialog.chosen() == worked_on.id
        QTest.keyClick(dialog.search_edit, Qt.Key.Key_Return)

    errors = in_modal(qtbot, drive)
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert not errors, errors
    assert quote in [a.quote for a in window.session.read.appearances(worked_on.id)]


def test_the_evidence_dialog_shows_the_quote_and_keeps_the_claim_just_worked_on(
    window: MainWindow, qtbot
) -> None:
    wb = window.workbench
    worked_on = window.session.read.claims(order="modified")[-1]
    wb.select_claim(worked_on.id)
    select_phrase(window, qtbot, "كانت متجهة من الرقة")
    before = len(window.session.read.evidence(worked_on.id))

    def drive(dialog: QDialog) -> None:
        assert dialog.quote_label is not None and "«" in dialog.quote_label.text()
        assert dialog.claims.chosen() == worked_on.id
        word = next(w for w in worked_on.text.split() if len(w) > 3)
        type_text(dialog.search_edit, word)
        assert dialog.claims.chosen() == worked_on.id
        QTest.keyClick(dialog.search_edit, Qt.Key.Key_Return)

    errors = in_modal(qtbot, drive)
    press(qtbot, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert not errors, errors
    assert len(window.session.read.evidence(worked_on.id)) == before + 1


def test_about_names_the_open_project_in_full(window: MainWindow, demo_copy: Path, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    window.menu_actions.about.trigger()  # Help → About FactDesk
    assert said and str(demo_copy.absolute()) in said[0]


def test_the_new_dialogs_speak_arabic(arabic, open_window, demo_copy: Path, qtbot) -> None:
    from test_arabic_everywhere import _LATIN_WORD, _NAMES, _english

    from factdesk.ui.claim_dialog import NewClaimDialog
    from factdesk.ui.dialogs import ClaimPicker
    from factdesk.ui.shortcuts_dialog import ShortcutsDialog

    w = open_window(demo_copy)
    dialogs = {
        "shortcuts": ShortcutsDialog(w.menu_actions, w),
        "new claim": NewClaimDialog("كانت متجهة من الرقة", w),
        "link": ClaimPicker(w.session, w, quote="كانت متجهة من الرقة"),
    }
    english = {name: found for name, dialog in dialogs.items() if (found := _english(dialog))}
    assert english == {}
    # the list itself: every action in Arabic, the keys as keys
    rows = dialogs["shortcuts"].rows
    assert rows
    assert [text for text, _key in rows if set(_LATIN_WORD.findall(text)) - _NAMES] == []
    assert ("الانتقال إلى قائمة المقالات", "Alt+1") in rows
    for dialog in dialogs.values():
        dialog.deleteLater()
