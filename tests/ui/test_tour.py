"""The guided tour: offered on first run, restarted from Help, five steps that each point at the real
part of the window and name the real key of what to do there, moved by keyboard and closed by Escape."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from factdesk.ui.preferences import Preferences
from factdesk.ui.window import MainWindow

#: what each step points at (an attribute path from the workbench) and the actions it names
STEPS = [
    ("articles", ("focus_articles", "import_files")),
    ("reader", ("mark_span",)),
    ("claims", ("new_claim", "link_claim")),
    ("detail.evidence", ("add_evidence",)),
    ("detail.verdict", ("verdict_place_1", "verdict_place_2", "undo")),
]


@pytest.fixture
def first_run(qtbot) -> Iterator[MainWindow]:
    """The window as it first opens: no project, the start screen, nothing seen yet; in the
    interface's language (English, or Arabic with the ``arabic`` fixture), and its direction."""
    from factdesk.ui import i18n

    windows = []

    def make() -> MainWindow:
        prefs = Preferences()
        prefs.set("language", i18n.current_language())
        w = MainWindow(prefs)
        qtbot.addWidget(w)
        w.resize(1400, 900)
        w.show()
        qtbot.waitExposed(w)
        w.activateWindow()  # the window's keys (Escape) work in the active window, as on a desktop
        qtbot.waitUntil(w.isActiveWindow)
        windows.append(w)
        return w

    yield make  # type: ignore[misc]
    for w in windows:
        w.close_project()


def callout(window: MainWindow) -> QWidget | None:
    shown = [c for c in window.findChildren(QWidget, "tourCallout") if c.isVisible()]
    assert len(shown) <= 1
    return shown[0] if shown else None


def ring(window: MainWindow) -> QWidget:
    (shown,) = [r for r in window.findChildren(QWidget, "tourRing") if r.isVisible()]
    return shown


def button(panel: QWidget, text: str) -> QPushButton:
    (found,) = [b for b in panel.findChildren(QPushButton) if b.text() == text and b.isVisible()]
    return found


def words(panel: QWidget) -> str:
    return " ".join(label.text() for label in panel.findChildren(QLabel) if label.isVisible())


def part(window: MainWindow, path: str) -> QWidget:
    widget: object = window.workbench
    for name in path.split("."):
        widget = getattr(widget, name)
    assert isinstance(widget, QWidget)
    return widget


def in_window(window: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def press(window: MainWindow, key: Qt.Key) -> None:
    QTest.keyClick(window.focusWidget() or window, key)


def test_the_first_run_offers_the_tour_and_not_once_it_was_taken(first_run, qtbot) -> None:
    window = first_run()
    offer = window.findChild(QPushButton, "tourButton")
    assert offer is not None and offer.isVisible()
    assert window.session is None
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: callout(window) is not None)
    assert window.session is not None and window.session.project.path.name == "demo.factdesk"
    assert "1" in words(callout(window))
    press(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: callout(window) is None)
    window.close_project()  # back on the start screen: no longer offered
    assert not window.findChild(QPushButton, "tourButton").isVisible()

    again = first_run()  # the next time FactDesk starts
    assert not again.findChild(QPushButton, "tourButton").isVisible()
    assert again.start.demo_button.isVisible()  # the demo itself is still there
    assert callout(again) is None


def test_help_guided_tour_starts_it_again_at_the_first_step(first_run, qtbot) -> None:
    window = first_run()
    window.findChild(QPushButton, "tourButton").click()
    panel = callout(window)
    assert panel is not None
    press(window, Qt.Key.Key_Return)
    press(window, Qt.Key.Key_Return)
    assert in_window(window, window.workbench.claims).intersects(ring(window).geometry())
    press(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: callout(window) is None)

    (entry,) = [a for a in window.help_menu.actions() if a is window.menu_actions.guided_tour]
    assert entry.isEnabled() and entry.text()
    entry.trigger()
    qtbot.waitUntil(lambda: callout(window) is not None)
    assert ring(window).geometry().contains(in_window(window, window.workbench.articles))
    assert window.session.project.path.name == "demo.factdesk"


def test_help_guided_tour_works_without_a_project_and_after_the_start_screen_offer(first_run, qtbot) -> None:
    window = first_run()
    window.findChild(QPushButton, "tourButton").click()
    press(window, Qt.Key.Key_Escape)
    window.close_project()
    window.menu_actions.guided_tour.trigger()
    qtbot.waitUntil(lambda: callout(window) is not None)
    assert window.session is not None


def test_each_step_points_at_a_visible_part_and_names_its_real_key(first_run, qtbot) -> None:
    window = first_run()
    # the tour reads the keys from the actions: a key changed there is the key it names
    window.menu_actions.new_claim.setShortcut(QKeySequence("Ctrl+Alt+N"))
    window.menu_actions.guided_tour.trigger()
    seen = []
    for n, (path, names) in enumerate(STEPS, 1):
        panel = callout(window)
        assert panel is not None, f"step {n} shows no callout"
        target = part(window, path)
        assert target.isVisible() and not target.visibleRegion().isEmpty(), path
        area = in_window(window, target)
        around = ring(window).geometry()
        assert around.contains(area) and around.width() - area.width() <= 12, (path, around, area)
        assert not panel.geometry().intersects(area), f"step {n} covers the {path} it points at"
        assert window.centralWidget().geometry().contains(panel.geometry()), f"step {n} is cut off"
        text = words(panel)
        assert f"{n}" in text
        for name in names:
            key = (
                window.menu_actions.action_named(name)
                .shortcut()
                .toString(QKeySequence.SequenceFormat.NativeText)
            )
            assert key and key in text, (path, name, key, text)
        if path == "articles":  # where the import is, as the menus name it
            assert window.file_menu.title().replace("&", "") in text
            assert window.menu_actions.import_files.text().replace("&", "").rstrip("…") in text
        seen.append(text)
        press(window, Qt.Key.Key_Return)
    assert "Ctrl+Alt+N" in seen[2]
    assert callout(window) is None  # Enter on the last step finishes the tour
    assert len(set(seen)) == len(STEPS)


def test_back_and_next_by_mouse_and_arrows_in_the_reading_direction(first_run, qtbot) -> None:
    window = first_run()
    window.menu_actions.guided_tour.trigger()
    panel = callout(window)
    assert not button(panel, "Back").isEnabled()  # nothing before the first step
    qtbot.mouseClick(button(panel, "Next"), Qt.MouseButton.LeftButton)
    assert ring(window).geometry().contains(in_window(window, window.workbench.reader))
    press(window, Qt.Key.Key_Right)  # English reads left to right: Right goes on
    assert ring(window).geometry().contains(in_window(window, window.workbench.claims))
    press(window, Qt.Key.Key_Left)
    assert ring(window).geometry().contains(in_window(window, window.workbench.reader))
    qtbot.mouseClick(button(callout(window), "Back"), Qt.MouseButton.LeftButton)
    assert ring(window).geometry().contains(in_window(window, window.workbench.articles))


def test_in_arabic_left_goes_on_and_the_callout_is_on_the_reading_side(arabic, first_run, qtbot) -> None:
    window = first_run()
    assert window.isRightToLeft()
    window.menu_actions.guided_tour.trigger()
    articles = in_window(window, window.workbench.articles)
    panel = callout(window)
    # the article list is at the right edge: its callout is to its left, over the reader
    assert panel.geometry().right() < articles.left()
    press(window, Qt.Key.Key_Left)
    assert ring(window).geometry().contains(in_window(window, window.workbench.reader))
    press(window, Qt.Key.Key_Right)
    assert ring(window).geometry().contains(articles)


def test_in_english_the_article_list_callout_is_to_its_right(first_run) -> None:
    window = first_run()
    window.menu_actions.guided_tour.trigger()
    articles = in_window(window, window.workbench.articles)
    assert callout(window).geometry().left() > articles.right()


def test_escape_closes_the_tour_wherever_the_focus_is(first_run, qtbot) -> None:
    window = first_run()
    window.menu_actions.guided_tour.trigger()
    press(window, Qt.Key.Key_Return)
    reader = window.workbench.reader
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, 20))
    assert window.focusWidget() is reader
    QTest.keyClick(reader, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: callout(window) is None)
    assert window.session is not None  # the demo stays open
    assert not [r for r in window.findChildren(QWidget, "tourRing") if r.isVisible()]


def test_a_step_notices_the_words_selected_but_next_never_waits(first_run, qtbot) -> None:
    window = first_run()
    window.menu_actions.guided_tour.trigger()
    panel = callout(window)
    done = panel.findChild(QLabel, "tourDone")
    assert not done.isVisible()
    assert button(panel, "Next").isEnabled()  # the article was not changed: Next works anyway
    press(window, Qt.Key.Key_Return)
    assert not done.isVisible()
    reader = window.workbench.reader
    reader.setFocus()
    QTest.keyClick(reader, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)  # the first line's words
    assert reader.textCursor().hasSelection()
    qtbot.waitUntil(done.isVisible)
    assert done.text()
    assert callout(window) is panel  # still the same step: the user goes on when ready
    assert ring(window).geometry().contains(in_window(window, reader))


def test_closing_the_project_ends_the_tour(first_run, qtbot) -> None:
    window = first_run()
    window.menu_actions.guided_tour.trigger()
    window.menu_actions.close_project.trigger()
    qtbot.waitUntil(lambda: callout(window) is None)
    assert window.stack.currentWidget() is window.start


def test_the_verdict_step_notices_a_verdict_set_by_its_key(first_run, qtbot) -> None:
    window = first_run()
    window.menu_actions.guided_tour.trigger()
    for _ in range(4):
        press(window, Qt.Key.Key_Return)
    panel = callout(window)
    assert ring(window).geometry().contains(in_window(window, window.workbench.detail.verdict))
    done = panel.findChild(QLabel, "tourDone")
    assert not done.isVisible()
    claim = window.workbench.claim_id
    before = window.session.read.get("claim", claim)["verdict"]
    # the key of a verdict other than the claim's, pressed where the focus is (the callout)
    slot = next(a for a in window.menu_actions.verdict_slots if a.data() != before)
    QTest.keySequence(window.focusWidget(), slot.shortcut())
    qtbot.waitUntil(done.isVisible)
    assert window.session.read.get("claim", claim)["verdict"] == slot.data()
    assert callout(window) is panel


def test_switching_the_language_retells_the_step_on_the_other_side(first_run, qtbot) -> None:
    window = first_run()
    window.menu_actions.guided_tour.trigger()
    articles = window.workbench.articles
    assert "Open an article" in words(callout(window))
    window.menu_actions.language_ar.trigger()
    qtbot.waitUntil(lambda: "Open an article" not in words(callout(window)))
    qtbot.waitUntil(lambda: callout(window).geometry().right() < in_window(window, articles).left())
    assert ring(window).geometry().contains(in_window(window, articles))
    window.menu_actions.language_en.trigger()
    qtbot.waitUntil(lambda: "Open an article" in words(callout(window)))
    qtbot.waitUntil(lambda: callout(window).geometry().left() > in_window(window, articles).right())


def test_the_arabic_tour_speaks_arabic_at_every_step(arabic, first_run) -> None:
    from test_arabic_everywhere import _english  # the no-English check every screen goes through

    window = first_run()
    offer = window.findChild(QPushButton, "tourButton")
    assert offer.isVisible() and _english(window.start) == []
    offer.click()
    for step in range(1, 6):
        panel = callout(window)
        assert panel is not None
        assert _english(panel) == [], f"step {step}"
        panel.findChild(QPushButton, "tourNext").click()
    assert callout(window) is None
