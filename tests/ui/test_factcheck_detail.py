"""The claim's detail lists the closest published fact-checks of the project's library, and one click
attaches one as a source with evidence: one step, which Ctrl+Z takes back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from factdesk.app import factchecks as library

DATA = Path(__file__).resolve().parents[1] / "data" / "factchecks"


def _sdf_claim(window) -> str:
    return next(c.id for c in window.session.read.claims() if "قوات سوريا" in c.text)


def test_the_detail_shows_matches_and_attaching_one_is_undone_by_ctrl_z(
    open_window, demo_copy: Path, qtbot
) -> None:
    window = open_window(demo_copy)
    detail = window.workbench.detail
    claim_id = _sdf_claim(window)
    detail.show_claim(claim_id)
    assert detail.factcheck_ids() == []
    assert "library of published fact-checks is empty" in detail.factcheck_note.text()

    # the library gets a matching item: the open detail lists it at once
    window.session.run(library.import_operation(library.read_file(DATA / "library.jsonld"), "library.jsonld"))
    ids = detail.factcheck_ids()
    assert ids, detail.factcheck_note.text()
    first = window.session.read.factchecks_by_ids(ids[:1])[ids[0]]
    assert first.url == "https://misbar.example/ar/sdf-deal"
    row = detail.factchecks.itemWidget(detail.factchecks.item(0))
    button = row.findChild(QPushButton, "attachFactcheck")
    assert button.isEnabled() and button.text() == "Attach as source"
    before = len(window.session.read.evidence(claim_id))

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    evidence = window.session.read.evidence(claim_id)
    assert len(evidence) == before + 1
    added = next(e for e in evidence if e.url == first.url)
    assert (added.stance, added.note, added.publisher) == ("supports", "صحيح", "مسبار")
    assert any(first.url in detail.evidence.item(i).text() or "هل نفت قسد" in detail.evidence.item(i).text()
               for i in range(detail.evidence.count()))  # fmt: skip
    # the same fact-check cannot be attached twice: its button says so
    button = detail.factchecks.itemWidget(detail.factchecks.item(0)).findChild(QPushButton, "attachFactcheck")
    assert not button.isEnabled() and button.text() == "Attached"

    window.menu_actions.undo.trigger()  # what Ctrl+Z runs
    assert len(window.session.read.evidence(claim_id)) == before
    assert not any(s["url"] == first.url for s in window.session.read.rows("source"))
    button = detail.factchecks.itemWidget(detail.factchecks.item(0)).findChild(QPushButton, "attachFactcheck")
    assert button.isEnabled()


def test_a_claim_no_fact_check_is_about_says_so(open_window, demo_copy: Path) -> None:
    window = open_window(demo_copy)
    window.session.run(library.import_operation(library.read_file(DATA / "library.jsonld")))
    claim = next(c.id for c in window.session.read.claims() if "بيك أب" in c.text)
    window.workbench.detail.show_claim(claim)
    assert window.workbench.detail.factcheck_ids() == []
    assert "No published fact-check" in window.workbench.detail.factcheck_note.text()
