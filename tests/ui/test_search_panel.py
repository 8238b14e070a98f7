"""The search panel: folded by default, the exact-spelling switch by mouse and keyboard, in Arabic."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from factdesk.core import operations as ops

NAME = "قال علي إن الوفد وصل إلى بالرياض مساء أمس."
PREPOSITION = "جلس الوزير على المنصة وعلى يمينه الوفد، ثم تحدث على الهواء."


@pytest.fixture
def window(open_window, tmp_path: Path, arabic):
    from factdesk.store.project import Project

    path = tmp_path / "names.factdesk"
    with Project.create(path) as project:
        project.run(ops.ImportArticle(PREPOSITION, title="المنصة"))
        project.run(ops.ImportArticle(NAME, title="الوفد"))
    return open_window(path, size=(1200, 800))


def titles(panel) -> list[str]:
    return [panel.results.item(i).text().split("  (")[0] for i in range(panel.results.count())]


def test_the_exact_switch_changes_the_hits_by_mouse_and_keyboard(window, qtbot) -> None:
    panel = window.workbench.search
    window.menu_actions.find.trigger()
    assert panel.exact.text() == "الإملاء كما كُتب تمامًا"  # translated
    panel.query.setText("علي")  # QTest cannot type non-ASCII keys; Return is pressed for real
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    # folded: «على» matches too, but the article that spells «علي» comes first
    assert titles(panel) == ["الوفد", "المنصة"]
    qtbot.mouseClick(panel.exact, Qt.MouseButton.LeftButton)
    assert panel.exact.isChecked()
    assert titles(panel) == ["الوفد"]
    assert [NAME[a:b] for a, b in panel.hits[0].hits] == ["علي"]
    panel.exact.setFocus()
    qtbot.keyClick(panel.exact, Qt.Key.Key_Space)
    assert not panel.exact.isChecked()
    assert titles(panel) == ["الوفد", "المنصة"]


def test_a_word_finds_its_proclitic_form_and_opens_on_the_whole_word(window) -> None:
    panel = window.workbench.search
    hits = panel.run_search("الرياض")
    assert [h.title for h in hits] == ["الوفد"]
    panel.open_row(0)
    start, end = hits[0].hits[0]
    assert window.workbench.reader.text[start:end] == "بالرياض"
    assert window.workbench.reader.hit_count == 1
