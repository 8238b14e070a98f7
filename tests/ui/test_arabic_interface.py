"""The Arabic interface as a reader meets it: the About box right to left, no line under Arabic
letters for keyboard mnemonics, confirmations with Arabic buttons and the safe choice first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox

from factdesk.ui import bidi, i18n, looks

RTL = Qt.LayoutDirection.RightToLeft


def test_the_about_box_is_right_to_left_in_arabic(arabic, qtbot) -> None:
    from factdesk.ui.about import about_box

    box = about_box(None)
    qtbot.addWidget(box)
    assert box.layoutDirection() == RTL
    text = box.findChild(QLabel, "qt_msgbox_label").text()
    assert text.startswith(bidi.RLM) and "بيئة عمل" in text  # the sentence starts at the right
    assert box.windowTitle() == "حول FactDesk"
    assert [b.text().replace("&", "") for b in box.buttons()] == ["حسنًا"]


def test_the_about_box_is_left_to_right_in_english(qapp, qtbot) -> None:
    from factdesk.ui.about import about_box

    box = about_box(None)
    qtbot.addWidget(box)
    assert box.findChild(QLabel, "qt_msgbox_label").text().startswith(bidi.LRM + "FactDesk")


def _menu_picture(text: str) -> QImage:
    menu = QMenu()
    menu.addAction(text)
    menu.adjustSize()
    picture = menu.grab().toImage()
    menu.deleteLater()
    return picture


def test_arabic_mnemonics_are_not_underlined_but_english_ones_are(qapp) -> None:
    """A line under «م» of «&ملف» reads as a diacritic: in Arabic the mark is not drawn (the mnemonic
    still opens the menu with Alt); in English «&File» still shows its underlined F."""
    looks.install_style(QApplication.instance())
    assert isinstance(QApplication.style(), looks.InterfaceStyle)
    assert _menu_picture("&File") != _menu_picture("File")  # English: the F is underlined
    i18n.install("ar")
    try:
        assert _menu_picture("&ملف") == _menu_picture("ملف")
        assert _menu_picture("&File") == _menu_picture("File")
    finally:
        i18n.install("en")
    assert looks.install_style(QApplication.instance()) is QApplication.style()  # installed once


def test_deleting_a_claim_asks_in_arabic_with_cancel_as_the_default(arabic, open_window, demo_copy, qtbot):
    window = open_window(demo_copy)
    claim = window.session.read.claims()[0]
    window.workbench.select_claim(claim.id)
    asked: list[QMessageBox] = []
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box)
        seen.extend(b.text().replace("&", "") for b in box.buttons())
        seen.append("default: " + box.defaultButton().text().replace("&", ""))
        press(box, Qt.Key.Key_Return)  # Enter takes the default

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, answer)
    window.workbench.delete_claim()
    assert asked
    assert sorted(seen) == sorted(["حذف", "إلغاء", "default: إلغاء"])
    assert window.session.read.get("claim", claim.id) is not None  # Enter kept it


def press(widget, key) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, key)
