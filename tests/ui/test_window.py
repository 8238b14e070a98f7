"""The main window as a fact-checker uses it: every action, undo and redo, search, compare,
the start screen, the language switch, right-to-left geometry."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from factdesk.store import queries
from factdesk.ui import i18n
from factdesk.ui.preferences import Preferences
from factdesk.ui.window import MainWindow


@pytest.fixture
def window(open_window, demo_copy: Path, arabic) -> MainWindow:
    return open_window(demo_copy)


def shown_by_the_excepthook(exc: BaseException, monkeypatch) -> list[tuple[str, str]]:
    """What the application's exception hook puts on screen for ``exc`` (raised, so it has a traceback)."""
    from factdesk.ui import app as app_module

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    saved = sys.excepthook
    try:
        app_module.install_excepthook()
        try:
            raise exc
        except type(exc) as raised:
            sys.excepthook(type(raised), raised, raised.__traceback__)
    finally:
        sys.excepthook = saved
    return shown


def article_ids(w: MainWindow) -> list[str]:
    return w.session.read.article_ids()


def select_words(w: MainWindow, phrase: str, inner: int = 1) -> tuple[int, int]:
    """Select from inside the first letter pair of ``phrase`` to inside its last word."""
    reader = w.workbench.reader
    at = reader.text.index(phrase)
    reader.select_range(at + inner, at + len(phrase) - inner)
    return at, at + len(phrase)


def test_start_screen_offers_new_open_recent_and_demo(qtbot, monkeypatch, tmp_path, arabic) -> None:
    w = MainWindow(Preferences())
    qtbot.addWidget(w)
    assert w.stack.currentWidget() is w.start
    assert not w.menu_actions.new_claim.isEnabled()
    assert w.start.demo_button.text() == "افتح المشروع التجريبي"
    qtbot.mouseClick(w.start.demo_button, Qt.MouseButton.LeftButton)
    assert w.session is not None and w.stack.currentWidget() is w.workbench
    assert len(article_ids(w)) == 2
    recent = Preferences().get("recent")
    assert recent and recent[0].endswith("demo.factdesk")
    w.close_project()
    assert w.stack.currentWidget() is w.start


def test_right_to_left_geometry(window: MainWindow) -> None:
    wb = window.workbench
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    articles_x = wb.articles.mapTo(window, QPoint(0, 0)).x()
    reader_x = wb.reader.mapTo(window, QPoint(0, 0)).x()
    side_x = wb.side.mapTo(window, QPoint(0, 0)).x()
    assert articles_x > reader_x > side_x  # the article list sits at the right edge
    # the first line of Arabic text starts at the right: its first character is right of centre
    cursor = wb.reader.textCursor()
    cursor.setPosition(0)
    assert wb.reader.cursorRect(cursor).x() > wb.reader.viewport().width() * 0.8


def test_new_claim_from_a_selection_snaps_to_words_and_undoes(window: MainWindow) -> None:
    wb = window.workbench
    wb.open_article(
        next(a for a in article_ids(window) if "قافلة" in window.session.project.get("article", a)["text"])
    )
    start, end = select_words(window, "كانت متجهة من الرقة")
    before = window.session.read.claim_count()
    claim_id = wb.new_claim_from_selection("القافلة كانت متجهة من الرقة")
    assert claim_id and window.session.read.claim_count() == before + 1
    app = window.session.read.appearances(claim_id)[0]
    assert (app.start, app.end) == (start, end) and app.quote == "كانت متجهة من الرقة"
    assert wb.claim_id == claim_id and wb.claims_model.row_of(claim_id) >= 0
    assert any(claim_id in h.claim_ids for h in wb.reader.highlights)
    assert "Undo" not in window.menu_actions.undo.text() and "تراجع" in window.menu_actions.undo.text()
    window.menu_actions.undo.trigger()
    assert window.session.read.claim_count() == before
    assert not any(claim_id in h.claim_ids for h in wb.reader.highlights)
    window.menu_actions.redo.trigger()
    assert window.session.project.get("claim", claim_id) is not None
    assert any(claim_id in h.claim_ids for h in wb.reader.highlights)
    # highlights never enter Qt's own text undo stack
    assert not wb.reader.document().isUndoAvailable()


def test_link_mark_and_evidence_with_undo(window: MainWindow) -> None:
    wb = window.workbench
    conn = window.session.project.conn
    claim = queries.claims(conn)[0]
    n_apps = claim.appearances
    select_words(window, "وزارة الدفاع")
    span_id = wb.link_selection(claim.id, "denies")
    assert span_id
    assert queries.claims_by_ids(conn, [claim.id])[claim.id].appearances == n_apps + 1
    window.menu_actions.undo.trigger()
    assert queries.claims_by_ids(conn, [claim.id])[claim.id].appearances == n_apps

    select_words(window, "الرقة", inner=0)
    marked = wb.mark_selection()
    assert any(h.span_id == marked and h.claim_ids == () for h in wb.reader.highlights)
    window.menu_actions.undo.trigger()
    assert not any(h.span_id == marked for h in wb.reader.highlights)

    select_words(window, "وزارة الدفاع")
    choice = SimpleNamespace(
        claim_id=claim.id, stance="refutes", source_id=None, new_source_title="المقال نفسه", note="ملاحظة"
    )
    evidence_id = wb.add_evidence_from_selection(choice)
    row = window.session.project.get("evidence", evidence_id)
    assert row["stance"] == "refutes" and row["span_id"]
    source = window.session.project.get("source", row["source_id"])
    assert source["article_id"] == wb.article_id and source["title"] == "المقال نفسه"
    article = window.session.project.get("article", wb.article_id)
    # the article made a source carries its outlet and date, as from the command line (app.evidence)
    assert (source["publisher"], source["published"]) == (article["outlet"], article["published"])
    window.menu_actions.undo.trigger()
    assert window.session.project.get("evidence", evidence_id) is None
    assert window.session.project.get("source", row["source_id"]) is None  # one step: all of it undone


def test_one_key_per_verdict_and_the_selection_stays(window: MainWindow, qtbot) -> None:
    wb = window.workbench
    claim = window.session.read.claims()[0]  # the convoy: highlighted in both articles
    wb.select_claim(claim.id)
    window.activateWindow()
    wb.claims.setFocus()
    qtbot.keyClick(wb.claims, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)  # 7th verdict: False
    assert window.session.project.get("claim", claim.id)["verdict"] == "false"
    assert wb.claims_model.id_at(wb.claims.currentIndex().row()) == claim.id
    assert window.menu_actions.undo.text() == "تراجع: تحديد الحكم"
    i18n.install("en")
    window.retranslate()
    assert window.menu_actions.undo.text() == "Undo: set verdict"
    i18n.install("ar")
    window.menu_actions.undo.trigger()
    assert window.session.project.get("claim", claim.id)["verdict"] == claim.verdict
    # the highlight takes the colour of its claim's verdict
    window.menu_actions.verdicts["true"].trigger()
    colours = {h.color for h in wb.reader.highlights if claim.id in h.claim_ids}
    assert colours == {"#2e7d32"}, "the claim's words are not highlighted in the article shown"
    assert wb.claims_model.id_at(wb.claims.currentIndex().row()) == claim.id


def test_rationale_and_delete_with_confirmation(window: MainWindow, monkeypatch) -> None:
    wb = window.workbench
    claim = window.session.read.claims()[0]
    wb.select_claim(claim.id)
    wb.detail.rationale.setPlainText("تبين أن الرقم 120 ورد في مصدر واحد.")
    wb.detail.commit_rationale()
    assert window.session.project.get("claim", claim.id)["rationale"] == "تبين أن الرقم 120 ورد في مصدر واحد."
    from factdesk.ui import dialogs

    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: False)
    window.menu_actions.delete_claim.trigger()
    assert window.session.project.get("claim", claim.id) is not None
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    window.menu_actions.delete_claim.trigger()
    assert window.session.project.get("claim", claim.id) is None
    window.menu_actions.undo.trigger()
    assert window.session.project.get("claim", claim.id) is not None


def test_search_opens_the_article_with_every_hit_and_steps_through_them(window: MainWindow) -> None:
    wb = window.workbench
    window.menu_actions.find.trigger()
    assert wb.side.currentWidget() is wb.search
    hits = wb.search.run_search("الرقه")
    assert len(hits) == 2 and wb.search.results.count() == 2
    wb.search.open_row(1)
    assert wb.article_id == hits[1].article_id
    assert wb.reader.hit_count == len(hits[1].hits) > 1
    first = wb.reader.current_hit
    window.menu_actions.next_hit.trigger()
    assert wb.reader.current_hit == (first + 1) % wb.reader.hit_count
    window.menu_actions.previous_hit.trigger()
    assert wb.reader.current_hit == first
    start, end = hits[1].hits[first]
    assert wb.reader.text[start:end] in ("الرقة", "الرَّقة", "الرقه")
    assert wb.search.run_search('( AND " :') == []  # whatever a user types


def test_compare_aligns_the_seed_figures(window: MainWindow, qtbot) -> None:
    ids = article_ids(window)
    dialog = window.compare(ids[0], ids[1])
    qtbot.addWidget(dialog)
    rows = dialog.compare_view.rows()
    # the seeds share two claims: the convoy of 25 May and the SDF's denial; «أكثر من 80» (the night of
    # 30 May) and «ما لا يقل عن 120» (the convoy) are two events, never one row of differing figures
    assert len(rows) == 2
    assert any("25" in a and "25" in b for _, a, b in rows)
    assert not any("120" in a + b and "80" in a + b for _, a, b in rows)
    assert not any("32" in a + b and "36" in a + b for _, a, b in rows)
    dialog.close()


def test_the_window_and_its_translator_keep_what_qt_names(window: MainWindow) -> None:
    """Qt's own ``QWidget.actions()`` and ``QTranslator.language()`` are not shadowed by attributes."""
    from PySide6.QtGui import QAction

    assert isinstance(window.actions(), list)
    assert all(isinstance(action, QAction) for action in window.menu_actions.by_name.values())
    assert i18n._installed, "no catalogue installed for Arabic"
    assert all(translator.language().startswith("ar") for translator in i18n._installed)
    assert i18n.current_language() == "ar"


def test_the_file_tasks_do_not_know_the_window() -> None:
    """The window owns its file tasks and hears them by signals; they never import the window's module."""
    import ast

    import factdesk.ui.file_tasks as tasks

    tree = ast.parse(Path(tasks.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {
        alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
    }
    assert "factdesk.ui.window" not in imported


def test_language_switch_retranslates_everything(window: MainWindow) -> None:
    assert window.file_menu.title() == "&ملف"
    window.set_language("en")
    assert window.file_menu.title() == "&File"
    assert window.workbench.side.tabText(0) == "Claim"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.workbench.reader.layoutDirection() == Qt.LayoutDirection.RightToLeft  # text stays RTL
    assert Preferences().get("language") == "en"
    window.set_language("ar")
    assert window.workbench.side.tabText(0) == "الادعاء"
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_clicking_a_highlight_selects_its_claim(window: MainWindow, qtbot) -> None:
    wb = window.workbench
    h = next(h for h in wb.reader.highlights if h.claim_ids)
    wb.reader.show_range(h.start, h.start, select=False)
    cursor = wb.reader.textCursor()
    cursor.setPosition(wb.reader._map.to_utf16(h.start + 1))
    rect = wb.reader.cursorRect(cursor)
    qtbot.mouseClick(wb.reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wb.claim_id == h.claim_ids[0]
    assert wb.detail.claim_id == h.claim_ids[0]


def test_an_unexpected_error_shows_plain_words_and_writes_a_log(window: MainWindow, monkeypatch) -> None:
    from factdesk.ui.preferences import log_dir

    shown = shown_by_the_excepthook(RuntimeError("boom"), monkeypatch)
    assert shown and "boom" in shown[0][1] and "Traceback" not in shown[0][1]
    assert "RuntimeError: boom" in (log_dir() / "factdesk.log").read_text(encoding="utf-8")


def test_closing_loses_nothing(window: MainWindow, demo_copy: Path) -> None:
    claim = window.session.read.claims()[0]
    window.workbench.select_claim(claim.id)
    window.workbench.set_verdict("misleading")
    window.close()
    from factdesk.store.project import Project

    with Project.open(demo_copy, readonly=True) as p:
        assert p.get("claim", claim.id)["verdict"] == "misleading"


def test_the_reader_uses_an_arabic_font_from_the_preference_list(window: MainWindow) -> None:
    """The reader shows Arabic in the first installed font of the list (or the one chosen), and Qt
    really draws with it: not a substitute that lacks the letters."""
    from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics

    from factdesk.ui.preferences import READING_FONTS

    installed = [f for f in READING_FONTS if f in QFontDatabase.families()]
    assert installed, f"none of the reading fonts is installed here: {READING_FONTS}"
    wb = window.workbench
    font = wb.reader.font()
    assert font.family() == installed[0]
    assert QFontInfo(font).family() == installed[0]
    assert all(QFontMetrics(font).inFontUcs4(ord(ch)) for ch in "عربيةٌ٢٥")
    assert font.pointSize() == window.prefs.get("reader_size")
    chosen = next(
        (
            f
            for f in QFontDatabase.families()
            if f != installed[0] and QFontDatabase.WritingSystem.Arabic in QFontDatabase.writingSystems(f)
        ),
        None,
    )
    assert chosen, "a second font with Arabic letters is needed to test choosing one"
    window.prefs.set("reader_font", chosen)
    wb.apply_font()
    assert wb.reader.font().family() == chosen
    window.prefs.set("reader_font", "A font nobody has")
    wb.apply_font()
    assert wb.reader.font().family() == installed[0]


def test_articles_filter_as_you_type_and_show_their_counts(window: MainWindow) -> None:
    wb = window.workbench
    assert wb.articles_model.rowCount() == 2
    wb.article_filter.setText("روسيا ترفض")
    assert wb.articles_model.rowCount() == 1
    row = wb.articles_model.item(0)
    assert row.spans >= 4 and row.claims == 4
    wb.article_filter.setText("لا يوجد مقال بهذا العنوان")
    assert wb.articles_model.rowCount() == 0
    wb.article_filter.clear()
    assert wb.articles_model.rowCount() == 2


def test_claims_sort_and_filter_in_sql_keeping_the_selection(window: MainWindow) -> None:
    wb = window.workbench
    conn = window.session.project.conn
    assert [wb.claims_model.id_at(i) for i in range(wb.claims_model.rowCount())] == queries.claim_ids(conn)
    chosen = queries.claim_ids(conn)[2]
    wb.select_claim(chosen)
    wb.claims.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [wb.claims_model.id_at(i) for i in range(wb.claims_model.rowCount())] == queries.claim_ids(
        conn, order="verdict"
    )
    assert wb.claims_model.id_at(wb.claims.currentIndex().row()) == chosen
    wb.verdict_filter.setCurrentIndex(wb.verdict_filter.findData("unproven"))
    assert wb.claims_model.rowCount() == len(queries.claim_ids(conn, verdict="unproven")) == 2
    wb.verdict_filter.setCurrentIndex(0)
    wb.claim_filter.setText("قافله")  # folded: finds «قافلة»
    assert wb.claims_model.rowCount() >= 1
    assert all("قافلة" in wb.claims_model.item(i).text for i in range(wb.claims_model.rowCount()))


def test_show_invisible_characters_is_a_preference(window: MainWindow) -> None:
    window.menu_actions.show_invisibles.setChecked(True)
    assert window.workbench.reader.show_invisibles
    assert Preferences().get("show_invisibles") is True
    window.menu_actions.show_invisibles.setChecked(False)
    assert not window.workbench.reader.show_invisibles


@pytest.mark.parametrize(
    "action", ["new_claim", "link", "mark", "evidence", "verdict", "rationale", "delete"]
)
def test_every_action_undoes_and_redoes_exactly(window: MainWindow, action: str) -> None:
    wb = window.workbench
    project = window.session.project
    claim = window.session.read.claims()[0]
    wb.select_claim(claim.id)
    before = project.snapshot()
    if action == "new_claim":
        select_words(window, "وزارة الدفاع")
        wb.new_claim_from_selection("ادعاء جديد")
    elif action == "link":
        select_words(window, "وزارة الدفاع")
        wb.link_selection(claim.id, "asserts")
    elif action == "mark":
        select_words(window, "وزارة الدفاع")
        wb.mark_selection()
    elif action == "evidence":
        select_words(window, "وزارة الدفاع")
        wb.add_evidence_from_selection(
            SimpleNamespace(
                claim_id=claim.id, stance="context", source_id=None, new_source_title="مصدر", note=""
            )
        )
    elif action == "verdict":
        window.menu_actions.verdicts["mostly_true"].trigger()
    elif action == "rationale":
        wb.detail.rationale.setPlainText("تعليل جديد")
        wb.detail.commit_rationale()
    else:
        wb.delete_claim(confirm=False)
    after = project.snapshot()
    assert after != before
    window.menu_actions.undo.trigger()
    assert project.snapshot() == before
    window.menu_actions.redo.trigger()
    assert project.snapshot() == after


def test_arabic_cells_read_right_to_left_under_the_english_interface(window: MainWindow) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    window.set_language("en")
    wb = window.workbench
    delegate = wb.claims.itemDelegateForColumn(1)
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, wb.claims_model.index(0, 1))
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert option.direction == Qt.LayoutDirection.RightToLeft
    window.set_language("ar")


def test_a_failed_backup_on_opening_is_said_in_the_status_bar(qtbot, demo_copy: Path, arabic) -> None:
    # Something else already holds the backups' name: the on-open backup cannot be made.
    (demo_copy.parent / (demo_copy.name + "-backups")).write_text("not a folder", encoding="utf-8")
    w = MainWindow(Preferences())
    qtbot.addWidget(w)
    assert w.open_project(str(demo_copy))
    qtbot.waitUntil(
        lambda: "تعذّرت النسخة الاحتياطية عند الفتح" in w.statusBar().currentMessage(), timeout=10_000
    )
    assert w.session is not None and w.session.project.backup_error
    assert w.session.project.backup_error in w.statusBar().currentMessage()
    w.close_project()


# ---------------------------------------------------------------------------------------------
# the project file: always whole, saved as a copy, found in its folder, its path in sight

LRI, PDI = "\u2066", "\u2069"


def copy_main_file_only(path: Path, target: Path) -> Path:
    shutil.copyfile(path, target)  # what a file manager or a mail client takes: no -wal beside it
    return target


def test_an_edit_in_the_window_is_in_the_project_file_at_once(window: MainWindow, tmp_path: Path) -> None:
    from factdesk.store.project import Project

    claim = window.session.read.claims()[0]
    window.workbench.select_claim(claim.id)
    window.menu_actions.verdicts["misleading"].trigger()
    window.workbench.detail.rationale.setPlainText("الرقم ورد في بيان واحد")
    window.workbench.detail.commit_rationale()
    copy = copy_main_file_only(window.session.project.path, tmp_path / "mailed.factdesk")
    with Project.open(copy, backup=False) as p:
        assert p.get("claim", claim.id)["verdict"] == "misleading"
        assert p.get("claim", claim.id)["rationale"] == "الرقم ورد في بيان واحد"
        assert p.snapshot() == window.session.project.snapshot()


def test_a_checkpoint_held_up_by_a_reader_is_finished_when_idle(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    """An export reading on its own connection can keep the checkpoint from finishing; the
    window tries again until the project file alone holds the change."""
    from factdesk.store.project import Project

    claim = window.session.read.claims()[0]
    window.workbench.select_claim(claim.id)
    reader = sqlite3.connect(window.session.project.path)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM claims").fetchone()
        window.menu_actions.verdicts["false"].trigger()
        assert not window.session.project.whole
    finally:
        reader.close()
    qtbot.waitUntil(lambda: window.session.project.whole, timeout=10_000)
    copy = copy_main_file_only(window.session.project.path, tmp_path / "later.factdesk")
    with Project.open(copy, backup=False) as p:
        assert p.get("claim", claim.id)["verdict"] == "false"


def test_save_a_copy_from_the_file_menu(window: MainWindow, qtbot, monkeypatch, tmp_path: Path) -> None:
    from factdesk.store.project import Project

    project = window.project_path()
    target = tmp_path / "for-the-editor.factdesk"
    asked: list[str] = []

    def pick(parent, title, suggested, filters):
        asked.append(suggested)
        return str(target.with_suffix("")), filters  # the user typed no extension

    monkeypatch.setattr(QFileDialog, "getSaveFileName", pick)
    window.workbench.select_claim(window.session.read.claims()[0].id)
    window.menu_actions.verdicts["true"].trigger()
    assert window.menu_actions.save_copy in window.file_menu.actions()
    window.menu_actions.save_copy.trigger()
    qtbot.waitUntil(lambda: str(target) in window.statusBar().currentMessage(), timeout=20_000)
    assert Path(asked[0]).parent == project.parent  # offered beside the project, under another name
    assert Path(asked[0]) != project
    assert LRI + str(target) + PDI in window.statusBar().currentMessage()
    with Project.open(target, backup=False) as copy:
        assert copy.integrity_check() == []
        assert copy.snapshot() == window.session.project.snapshot()
        assert {c["text"] for c in copy.rows("claim")} == {c.text for c in window.session.read.claims()}
    assert window.session.project.path == project  # still working on the project itself


def test_save_a_copy_refuses_to_overwrite_the_open_project(window: MainWindow, qtbot, monkeypatch) -> None:
    project = window.project_path()
    before = window.session.project.snapshot()
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(project), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    window.menu_actions.save_copy.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=20_000)
    assert "open project itself" in warned[0]
    assert window.session.project.snapshot() == before
    assert window.session.project.integrity_check() == []


def test_show_in_folder_opens_the_projects_folder(window: MainWindow, monkeypatch, demo_copy: Path) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(QUrl(url)) or True)
    assert window.menu_actions.show_in_folder in window.file_menu.actions()
    window.menu_actions.show_in_folder.trigger()
    assert len(opened) == 1
    assert opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()) == demo_copy.parent.absolute()
    # no file manager at all: the window says where the project is instead
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    window.menu_actions.show_in_folder.trigger()
    assert LRI + str(demo_copy.parent.absolute()) + PDI in window.statusBar().currentMessage()


def test_the_full_path_is_in_sight(window: MainWindow, demo_copy: Path) -> None:
    full = str(demo_copy.absolute())
    assert window.windowTitle().startswith(demo_copy.name)
    label = window.path_label
    assert label.isVisible()
    assert label.text() == LRI + full + PDI  # whole, kept left-to-right in the Arabic interface
    assert LRI + full + PDI in label.toolTip()
    assert LRI + full + PDI in window.menu_actions.show_in_folder.toolTip()
    assert LRI + full + PDI in window.menu_actions.show_in_folder.statusTip()
    assert window.menu_actions.show_in_folder.toolTip().startswith("عرض")  # the sentence itself is Arabic
    window.close_project()
    assert label.text() == ""
    assert (
        not window.menu_actions.save_copy.isEnabled() and not window.menu_actions.show_in_folder.isEnabled()
    )


def test_new_projects_and_the_demo_go_to_the_documents_folder(qtbot, monkeypatch, tmp_path: Path) -> None:
    import platformdirs

    from factdesk.ui import start
    from factdesk.ui.preferences import config_dir

    w = MainWindow(Preferences())
    qtbot.addWidget(w)
    w.open_demo()
    demo = Path(w.session.project.path)
    assert demo.parent == start.projects_dir()
    w.close_project()
    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: offered.append(a[2]) or ("", ""))
    w.new_project()
    assert Path(offered[0]).parent == start.projects_dir()
    # outside the tests (no FACTDESK_CONFIG_DIR), that folder is Documents/FactDesk
    monkeypatch.delenv("FACTDESK_CONFIG_DIR")
    assert start.projects_dir() == Path(platformdirs.user_documents_dir()) / "FactDesk"
    assert config_dir() != start.projects_dir() and config_dir() not in start.projects_dir().parents


def test_a_read_only_project_opens_for_reading_with_a_notice(
    qtbot, demo_copy: Path, monkeypatch, arabic
) -> None:
    from factdesk.store.errors import ProjectReadOnly
    from factdesk.store.project import Project

    real_open = Project.open.__func__

    def open_on_a_read_only_disk(cls, path, *, readonly=False, **kw):  # what the store says there
        if not readonly:
            raise ProjectReadOnly(
                f"«{Path(path).name}» cannot be written here (attempt to write a readonly database)."
            )
        return real_open(cls, path, readonly=True, **kw)

    monkeypatch.setattr(Project, "open", classmethod(open_on_a_read_only_disk))
    w = MainWindow(Preferences())
    qtbot.addWidget(w)
    assert w.open_project(str(demo_copy))
    assert w.session is not None and w.session.project.readonly
    assert "للقراءة فقط" in w.windowTitle()
    assert "لا يمكن حفظ التغييرات" in w.statusBar().currentMessage()
    assert len(article_ids(w)) == 2  # the articles are there to read
    w.close_project()


def test_a_damaged_project_is_said_at_once_not_listed_as_if_sound(
    qtbot, demo_copy: Path, monkeypatch, arabic
) -> None:
    from support import damage_data_pages

    damage_data_pages(demo_copy)
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: said.append((title, text)))
    w = MainWindow(Preferences())
    qtbot.addWidget(w)
    assert not w.open_project(str(demo_copy))
    assert w.session is None  # nothing of it is listed
    [(title, text)] = said
    assert title == "المشروع تالف"
    assert demo_copy.name in text and "لن يُكتب فيه شيء" in text and "تُضيع كل تغيير جرى بعدها" in text


def test_a_damaged_page_met_while_reading_is_called_damage_not_a_bug(window: MainWindow, monkeypatch) -> None:
    [(title, text)] = shown_by_the_excepthook(
        sqlite3.DatabaseError("database disk image is malformed"), monkeypatch
    )
    assert title == "المشروع تالف" and "لن يُكتب فيه شيء" in text


def test_an_appearance_keeps_its_date_whole_in_arabic(window: MainWindow) -> None:
    """«2017-06-01» after an Arabic title must not read «01-06-2017»: the date is isolated left to right."""
    claim = window.session.read.claims()[0]
    window.workbench.select_claim(claim.id)
    listing = window.workbench.detail.appearances
    dates = [a.published for a in window.session.read.appearances(claim.id) if a.published]
    texts = [listing.item(i).text() for i in range(listing.count())]
    assert dates, "the demo's articles have dates"
    for date in dates:
        assert any(f"\u2066{date}\u2069" in text for text in texts), texts
