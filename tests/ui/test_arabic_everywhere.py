"""In Arabic, every screen speaks Arabic: no English left in a label, button, menu, tab, header or
placeholder of the main window and of each dialog (a string looked up under a context the compiled
catalogue does not have comes out in English, silently)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from support import shared

#: Latin words that are names, not English: the product, formats, encodings, the web.
_NAMES = {
    "FactDesk",
    "UTF",
    "CSV",
    "XLSX",
    "ODS",
    "OpenDocument",
    "PDF",
    "HTML",
    "Word",
    "Excel",
    "LibreOffice",
    "ClaimReview",
    "https",
    "http",
    "www",
    "ISO",
    "BOM",
    "Ctrl",
    "Shift",
    "Alt",
    "Del",
    "Delete",
    "Enter",
    "Return",
    "Esc",
    "windows",
    "cp",
    "mac",
    "arabic",
    "iso",
    "latin",
    "ascii",
    "Tab",
    "F1",
    "OK",
    "English",  # the language's own name, in the language menu
    "DOS",
    "JSON",  # ClaimReview (JSON-LD), a format's name
    "Hypothesis",  # the annotation tool whose exports File → Import annotations… reads  # encodings are named as their standards name them: «CP720 (DOS Arabic)»
}
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
#: What the user or an article put there («title», a file name, an address) is not the interface's.
_EMBEDDED = re.compile(
    r"«[^»]*»|#[0-9a-fA-F]{6}\b|\S+\.(?:html?|txt|docx?|odt|pdf|factdesk)\b|https?://\S+|/\S+"
)


def _texts(widget) -> Iterator[tuple[str, str]]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QPlainTextEdit,
        QTableView,
        QTabWidget,
        QTreeView,
        QWidget,
    )

    for child in [widget, *widget.findChildren(QWidget)]:
        name = type(child).__name__
        if child.toolTip():
            yield f"{name} tooltip", child.toolTip()
        if child.accessibleName():
            yield f"{name} accessible name", child.accessibleName()
        for action in child.actions():
            yield f"{name} action", action.text()
            if action.toolTip() != action.text().replace("&", ""):
                yield f"{name} action tooltip", action.toolTip()
        if isinstance(child, QLabel | QAbstractButton):
            yield name, child.text()
        elif isinstance(child, QGroupBox):
            yield name, child.title()
        elif isinstance(child, QLineEdit | QPlainTextEdit):
            yield name, child.placeholderText()
        elif isinstance(child, QTabWidget):
            yield from ((name, child.tabText(i)) for i in range(child.count()))
        elif isinstance(child, QMenu):
            yield name, child.title()
            yield from ((name, a.text()) for a in child.actions())
        elif isinstance(child, QComboBox) and not child.isEditable():
            yield from ((name, child.itemText(i)) for i in range(child.count()))
        if isinstance(child, QTableView | QTreeView) and child.model() is not None:
            header = child.horizontalHeader() if isinstance(child, QTableView) else child.header()
            for column in range(header.count()):
                yield name, str(child.model().headerData(column, Qt.Orientation.Horizontal) or "")


def _english(widget) -> list[str]:
    found = []
    for where, text in _texts(widget):
        plain = _EMBEDDED.sub(" ", text.replace("&", ""))
        words = [w for w in _LATIN_WORD.findall(plain) if w not in _NAMES and w.lower() not in _NAMES]
        if words:
            found.append(f"{where}: {text!r}")
    return sorted(set(found))


@pytest.fixture
def arabic_window(arabic, open_window, demo_copy):
    window = open_window(demo_copy)
    assert window.layoutDirection().name == "RightToLeft"
    return window


def test_the_main_window_and_its_menus_speak_arabic(arabic_window) -> None:
    window = arabic_window
    claim = window.session.read.claims()[0]
    window.workbench.select_claim(claim.id)
    assert _english(window) == []


def test_the_start_screen_speaks_arabic(arabic, qtbot) -> None:
    from factdesk.ui.preferences import Preferences
    from factdesk.ui.window import MainWindow

    window = MainWindow(Preferences())
    qtbot.addWidget(window)
    assert _english(window) == []


def test_every_dialog_speaks_arabic(arabic_window, qtbot) -> None:
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

    window = arabic_window
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
    }
    ids = read.article_ids()
    dialogs["compare"] = window.compare(ids[0], ids[1])
    dialogs["export"] = window.export_dialog()
    dialogs["export"].format.setCurrentIndex(dialogs["export"].format.findData("csv"))  # its advice too
    dialogs["dashboard"] = window.dashboard()
    english = {}
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        if found := _english(dialog):
            english[name] = found
    assert english == {}


def annotation_results(parent):
    """The results of an annotation import with one annotation re-anchored and one orphan."""
    from factdesk.app.annotations import QUOTE_GONE, AnnotationImport, Orphan, Placed
    from factdesk.ui.annotation_import import AnnotationImportDialog

    result = AnnotationImport(read=3, unusable=1, spans_added=2, seq=7)
    result.placed += [
        Placed("a", 0, 5, "افتتحت 14 مدرسة", "افتتحت 14 مدرسة", 100.0),
        Placed("a", 9, 20, "بنسبه 12%", "بنسبة 12%", 91.0),
    ]
    result.orphans.append(Orphan("أغلقت 30 مدرسة", "https://news.example/a", "gone", QUOTE_GONE, "مدارس"))
    return AnnotationImportDialog(result, "hypothesis.json", parent)


def test_the_interchange_exports_and_the_annotation_import_speak_arabic(
    arabic_window, qtbot, tmp_path, monkeypatch
) -> None:
    """The export dialog on ClaimReview and on the annotations, the import's results and its refusal."""
    from PySide6.QtWidgets import QMessageBox

    from factdesk.ui import annotation_import

    window = arabic_window
    claimreview = window.export_dialog("claimreview")
    qtbot.addWidget(claimreview)
    assert claimreview.per_claim.isVisible()
    found = {"claimreview": _english(claimreview)}
    claimreview.choose_format("annotations")
    found["annotations"] = _english(claimreview)
    results = annotation_results(window)
    qtbot.addWidget(results)
    found["results"] = _english(results)
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    bad = tmp_path / "x.json"
    bad.write_text("لا", encoding="utf-8")
    assert annotation_import.import_annotations(window.session, window, str(bad)) is None
    found["refusal"] = _english(boxes[0])
    assert found == {"claimreview": [], "annotations": [], "results": [], "refusal": []}


def test_the_check_finds_english_left_in_a_dialog(arabic, qtbot) -> None:
    from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("العنوان: «Sputnik Arabic» UTF-8 https://example.com/a"))
    assert _english(dialog) == []
    layout.addWidget(QLabel("Publication date:"))
    assert _english(dialog) == ["QLabel: 'Publication date:'"]


def test_context_menus_speak_arabic(arabic_window, qtbot) -> None:
    """The reader's menu (Qt's own Copy and Select All, the window's actions), a line edit's (Undo, Cut,
    Paste…), the article list's: Qt's Arabic catalogue and ours together."""
    from PySide6.QtCore import QPoint

    from factdesk.ui import editing

    window = arabic_window
    bench = window.workbench
    bench.reader.selectAll()
    menus = {
        "reader": bench.reader.context_menu_at(QPoint(20, 20)),
        "filter": bench.article_filter.createStandardContextMenu(),
        "article": editing.article_actions(
            bench.articles, window.session, window.session.read.article_ids()[0]
        ),
    }
    found = {}
    for name, menu in menus.items():
        qtbot.addWidget(menu)
        assert menu.actions(), name
        if english := _english(menu):
            found[name] = english
    assert found == {}


def test_messages_speak_arabic(arabic_window, qtbot) -> None:
    """The About box, a confirmation and an error: words and buttons in Arabic."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from factdesk.ui import dialogs
    from factdesk.ui.about import about_box

    window = arabic_window
    about = about_box(window)
    qtbot.addWidget(about)
    assert _english(about) == []
    seen: dict[str, list[str]] = {}

    def look(name: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen[name] = _english(box)
        box.reject()

    QTimer.singleShot(0, lambda: look("confirm"))
    dialogs.confirm(window, "حذف", "أتريد الحذف؟", yes="احذف")
    QTimer.singleShot(0, lambda: look("error"))
    dialogs.show_error(window, "لا يمكن ذلك.")
    assert seen == {"confirm": [], "error": []}


def test_every_side_tab_and_the_colour_key_speak_arabic(arabic_window, qtbot) -> None:
    window = arabic_window
    bench = window.workbench
    bench.legend_button.click()
    qtbot.waitUntil(bench.legend.isVisible)
    for tab in range(bench.side.count()):
        bench.side.tabBar().setCurrentIndex(tab)
        qtbot.waitUntil(lambda t=tab: bench.side.currentIndex() == t)
        assert _english(bench.side.currentWidget()) == [], bench.side.tabText(tab)
    assert _english(bench.legend) == []
