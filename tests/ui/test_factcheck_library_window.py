"""The fact-check library window: a file imported through it (read off the UI thread, added as one
undoable step), a bad file refused in words, search as you type, the link opened or copied."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from support import run_job

from factdesk.ui.factcheck_library import CLAIM, LINK, RATING

DATA = Path(__file__).resolve().parents[1] / "data" / "factchecks"


def _urls(dialog) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, LINK)) for row in range(model.rowCount())]


def test_import_search_copy_and_undo_through_the_dialog(
    open_window, demo_copy: Path, tmp_path: Path, qtbot
) -> None:
    window = open_window(demo_copy)
    assert window.menu_actions.factcheck_library.isEnabled()
    dialog = window.factcheck_library()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and "0" in dialog.count_label.text()

    path = tmp_path / "مسبار.csv"
    shutil.copy(DATA / "library.csv", path)
    run_job(qtbot, dialog.import_job(str(path)))
    note = dialog.result_note.text()
    assert "2 added" in note and "1 left out" in note and "(3 read)" in note and "item 3" in note
    assert sorted(_urls(dialog)) == [
        "https://afp.example/en/convoy",
        "https://misbar.example/ar/convoy-palmyra",
    ]
    ratings = {dialog.model.data(dialog.model.index(r, RATING)) for r in range(2)}
    # the rating as published, with the project's verdict it stands for
    assert {r.split(" (")[0] for r in ratings} == {"غير دقيق", "Missing context"}
    assert all(r.endswith(")") and len(r.split(" (")) == 2 for r in ratings)

    # the same file again: nothing added, both counted as already there
    run_job(qtbot, dialog.import_job(str(path)))
    assert "0 added, 2 already in the library" in dialog.result_note.text()

    # search as you type, folded: «الرقه» finds «الرقة»
    dialog.search.setText("الرقه")
    assert _urls(dialog) == ["https://misbar.example/ar/convoy-palmyra"]
    assert "الرقة" in dialog.model.data(dialog.model.index(0, CLAIM))
    dialog.table.selectRow(0)
    assert dialog.copy_link() == "https://misbar.example/ar/convoy-palmyra"
    assert QGuiApplication.clipboard().text() == "https://misbar.example/ar/convoy-palmyra"
    dialog.search.setText("")

    # one undo step takes the whole import back, and the dialog follows
    window.menu_actions.undo.trigger()
    assert dialog.model.rowCount() == 0
    assert window.session.read.factcheck_count() == 0


def test_a_bad_file_is_refused_in_words_and_nothing_is_added(open_window, demo_copy: Path, qtbot) -> None:
    window = open_window(demo_copy)
    dialog = window.factcheck_library()
    qtbot.addWidget(dialog)
    run_job(qtbot, dialog.import_job(str(DATA / "broken.json")), "failed")
    note = dialog.result_note.text()
    assert note.startswith("Nothing was added") and "damaged" in note and "broken.json" in note
    assert window.session.read.factcheck_count() == 0
    assert dialog.import_button.isEnabled()


def test_the_library_can_be_emptied_and_the_emptying_undone(open_window, demo_copy: Path, qtbot) -> None:
    window = open_window(demo_copy)
    dialog = window.factcheck_library()
    qtbot.addWidget(dialog)
    run_job(qtbot, dialog.import_job(str(DATA / "library.jsonld")))
    assert dialog.model.rowCount() == 3 and dialog.clear_button.isEnabled()
    assert dialog.clear_library(confirmed=True)
    assert dialog.model.rowCount() == 0 and not dialog.clear_button.isEnabled()
    window.menu_actions.undo.trigger()
    assert dialog.model.rowCount() == 3


def test_the_library_window_goes_with_its_project(open_window, demo_copy: Path, qtbot) -> None:
    window = open_window(demo_copy)
    dialog = window.factcheck_library()
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        window.close_project()
    assert window.session is None


def test_selected_words_are_looked_up_in_the_library(
    open_window, demo_copy: Path, tmp_path: Path, qtbot
) -> None:
    """Has this been fact-checked already? Words selected in an article (Ctrl+Shift+K, or the
    reader's menu) list the library's closest fact-checks, best first; typing searches again."""
    window = open_window(demo_copy)
    library = window.factcheck_library()
    qtbot.addWidget(library)
    run_job(qtbot, library.import_job(str(DATA / "library.csv")))
    library.close()

    wb = window.workbench
    phrase = "تدمير قافلة، كانت متجهة من الرقة إلى تدمر يوم 25 مايو"
    article = next(a for a in wb.session.read.rows("article") if phrase in a["text"])
    wb.open_article(article["id"])
    reader = wb.reader
    start = reader.text.index(phrase)
    reader.select_range(start, start + len(phrase))
    assert window.menu_actions.check_published.isEnabled()
    assert window.menu_actions.check_published in reader.context_menu_at(reader.rect().center()).actions()

    dialog = window.check_published()
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert _urls(dialog)[0] == "https://misbar.example/ar/convoy-palmyra"
    assert "https://afp.example/en/convoy" not in _urls(dialog)  # another language: not close
    assert "تدمير قافلة" in dialog.match_note.text() and dialog.match_note.isVisible()

    dialog.search.setText("Raqqa")  # typing goes back to searching the library
    assert _urls(dialog) == ["https://afp.example/en/convoy"] and not dialog.match_note.isVisible()


def test_looking_up_nothing_says_what_to_select(open_window, demo_copy: Path) -> None:
    window = open_window(demo_copy)
    wb = window.workbench
    wb.open_article(wb.session.read.rows("article")[0]["id"])
    wb.reader.select_range(0, 0)  # a bare caret, no check-worthy sentence shown
    assert window.check_published() is None
    assert "Select the words" in window.statusBar().currentMessage()
