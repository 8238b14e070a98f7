"""Every control that takes the keyboard's focus has a name a screen reader can say, in Arabic: the
main window (each tab of the side pane) and each dialog."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from support import shared
from test_arabic_everywhere import annotation_results

ARABIC = re.compile("[\u0600-\u06ff]")


def unnamed(root: QWidget) -> list[str]:
    """The focusable, visible controls under ``root`` whose accessible name is empty."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if widget.focusProxy() is not None:
            continue  # its proxy takes the focus, and is checked itself
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            found.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return sorted(set(found))


def test_every_control_of_the_window_has_a_name(arabic, open_window, demo_copy, qtbot) -> None:
    window = open_window(demo_copy)
    bench = window.workbench
    bench.select_claim(window.session.read.claims()[0].id)
    missing = {}
    for tab in range(bench.side.count()):
        bench.side.tabBar().setCurrentIndex(tab)
        qtbot.waitUntil(lambda t=tab: bench.side.currentIndex() == t)
        if found := unnamed(window):
            missing[bench.side.tabText(tab)] = found
    assert missing == {}
    interface = QAccessible.queryAccessibleInterface(bench.article_filter)
    assert ARABIC.search(interface.text(QAccessible.Text.Name))  # said in the interface's language


def test_every_control_of_each_dialog_has_a_name(arabic, open_window, demo_copy, qtbot) -> None:
    from factdesk.ui.about import about_box
    from factdesk.ui.dialogs import (
        ArticleDetailsDialog,
        ClaimPicker,
        EvidenceDialog,
        EvidenceEditDialog,
        PasteArticleDialog,
        PreferencesDialog,
    )
    from factdesk.ui.import_dialog import ImportReviewDialog
    from factdesk.ui.scale_editor import VerdictScaleDialog

    window = open_window(demo_copy)
    read = window.session.read
    article = read.rows("article")[0]
    page = shared("corpus", "html", "htmldate_1550981615_sputniknews_arabic.html")
    dialogs = {
        "paste": PasteArticleDialog(window),
        "preferences": PreferencesDialog(window.prefs, window),
        "article details": ArticleDetailsDialog(article, window),
        "evidence": EvidenceDialog(window.session, window, str(article["id"]), str(article["title"])),
        "evidence edit": EvidenceEditDialog("supports", "", "مصدر", window),
        "verdict scale": VerdictScaleDialog(read.verdicts(), window),
        "import review": ImportReviewDialog(str(page), name=page.name, project=read, parent=window),
        "claim picker": ClaimPicker(window.session, window),
        "fact-check library": window.factcheck_library(),
        "about": about_box(window),
        "export ClaimReview": window.export_dialog("claimreview"),
        "annotation import results": annotation_results(window),
    }
    missing = {}
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        if found := unnamed(dialog):
            missing[name] = found
    assert missing == {}


def test_the_check_finds_an_unnamed_control(arabic, qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    edit = QLineEdit()
    layout.addWidget(edit)
    assert unnamed(root) == ["QLineEdit in QWidget"]
    edit.setAccessibleName("الاسم")
    assert unnamed(root) == []
    QApplication.processEvents()
