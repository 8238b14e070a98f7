"""The fact-check library workflow both interfaces use: import a file (one step, counts in words),
match a claim's words against the library, attach a match as a source with evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdesk.app import factchecks as library
from factdesk.core.model import EVIDENCE, SOURCE
from factdesk.store.project import Project

DATA = Path(__file__).resolve().parents[1] / "data" / "factchecks"


def test_each_kind_of_file_is_imported_with_its_counts(project: Project) -> None:
    jsonld = library.import_file(DATA / "library.jsonld", project.run)
    assert (jsonld.format, jsonld.read, jsonld.added, jsonld.duplicates) == ("claimreview", 4, 3, 0)
    assert jsonld.skipped == ((4, "no link to the fact-check (url)"),)
    tools = library.import_file(DATA / "tools.json", project.run)
    # the first review is already in the library (same link, same claim); the claim without a review is left out
    assert (tools.format, tools.read, tools.added, tools.duplicates) == ("factcheck-tools", 4, 2, 1)
    assert [n for n, _ in tools.skipped] == [4]
    table = library.import_file(DATA / "library.csv", project.run)
    assert (table.format, table.read, table.added, len(table.skipped)) == ("csv", 3, 2, 1)
    assert "2 fact-check(s) added" in table.words() and "1 left out" in table.words()
    assert project.read.factcheck_count() == 7
    again = library.import_file(DATA / "library.csv", project.run)
    assert (again.added, again.duplicates) == (0, 2)
    assert "2 already there (skipped)" in again.words()
    rows = {h.url: h for h in project.read.search_factchecks("", limit=100)}
    assert rows["https://factcheck.afp.example/raqqa"].rating == "خبر كاذب"
    assert rows["https://factcheck.afp.example/raqqa"].verdict == "false"
    assert rows["https://satire.example/camels"].verdict == ""  # «بحاجة إلى توضيح» maps to nothing: kept
    assert rows["https://afp.example/en/convoy"].verdict == "misleading"
    assert rows["https://misbar.example/ar/sdf-deal"].origin == "library.jsonld"


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("broken.json", "damaged"),
        ("missing.json", "There is no file"),
        ("", "is a folder"),
    ],
)
def test_a_file_without_fact_checks_is_refused_in_words_and_nothing_changes(
    project: Project, name: str, words: str
) -> None:
    with pytest.raises(library.FactCheckFileError, match=words):
        library.import_file(DATA / name, project.run)
    assert project.read.factcheck_count() == 0 and project.undo_label() is None


def test_a_claim_finds_its_fact_checks_and_attaching_one_is_one_undo_step(demo_copy: Path) -> None:
    with Project.open(demo_copy) as project:
        library.import_file(DATA / "library.jsonld", project.run)
        claim = next(c for c in project.rows("claim") if "قوات سوريا" in str(c["text"]))
        found = library.match_claim(project.read, str(claim["id"]))
        assert found and found[0].rank == 1
        assert found[0].item.url == "https://misbar.example/ar/sdf-deal"
        assert all(m.score >= library.MIN_SCORE for m in found)
        assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)
        # text no fact-check is about finds nothing above the threshold
        assert library.match(project.read, "سعر الذهب في الأسواق اليوم", min_score=library.MIN_SCORE) == []

        op = library.attach(str(claim["id"]), found[0].item.id)
        project.run(op)
        evidence = project.get(EVIDENCE, op.evidence_id)
        source = project.get(SOURCE, op.source_id)
        assert evidence is not None and source is not None
        assert (evidence["stance"], evidence["note"]) == ("supports", "صحيح")
        assert (source["kind"], source["publisher"]) == ("fact_check", "مسبار")
        assert [e.source_title for e in project.read.evidence(str(claim["id"]))][-1] == source["title"]
        project.undo()
        assert project.get(EVIDENCE, op.evidence_id) is None and project.get(SOURCE, op.source_id) is None


def test_the_library_can_be_emptied_in_one_undoable_step(project: Project) -> None:
    library.import_file(DATA / "library.jsonld", project.run)
    project.run(library.clear_library(project.read))
    assert project.read.factcheck_count() == 0
    project.undo()
    assert project.read.factcheck_count() == 3


def test_a_file_too_large_is_refused_in_words(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factdesk.assist import factchecks as reading

    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_bytes(b"[" + b" " * 5000 + b"]")
    with pytest.raises(library.FactCheckFileError, match="Split it into smaller files"):
        library.import_file(big, project.run)
    assert project.read.factcheck_count() == 0
