"""The library of published fact-checks: importing (one step, duplicates skipped and counted),
deleting, and attaching one to a claim as a source with evidence, all undone as one step."""

from __future__ import annotations

import pytest

from factdesk.core import operations as ops
from factdesk.core.model import EVIDENCE, FACTCHECK, SOURCE
from factdesk.core.operations import OperationError
from factdesk.store.project import Project

SDF = "قوات سوريا الديموقراطية تنفي وجود اتفاق مع تنظيم داعش للخروج من الرقه"
RAQQA = "مقتل أكثر من 80 مسلحا من داعش قرب الرقة في غارة روسية"


def item(claim: str, url: str, rating: str = "", verdict: str = "", **more: str) -> dict[str, str]:
    return {"claim": claim, "url": url, "rating": rating, "verdict": verdict, **more}


ITEMS = [
    item(SDF, "https://misbar.example/sdf", "صحيح", "true", publisher="مسبار", title="هل نفت قسد؟",
         review_date="2017-06-02T10:00:00Z"),
    item(RAQQA, "https://fatabyyano.example/raqqa-80", "مضلل", "misleading", publisher="فتبينوا"),
    item("الجمال تصوت في الانتخابات", "https://satire.example/camels", "بحاجة إلى توضيح", ""),
]  # fmt: skip


def test_an_import_is_one_step_and_a_second_import_skips_what_is_there(project: Project) -> None:
    first = ops.ImportFactChecks(ITEMS, origin="library.jsonld")
    outcome = project.run(first)
    assert len(first.added) == 3 and first.duplicates == [] and first.skipped == []
    rows = {str(r["url"]): r for r in project.rows(FACTCHECK)}
    assert rows["https://misbar.example/sdf"]["rating"] == "صحيح"
    assert rows["https://misbar.example/sdf"]["verdict"] == "true"
    assert rows["https://satire.example/camels"]["verdict"] == ""  # kept as written, mapped to nothing
    assert rows["https://satire.example/camels"]["origin"] == "library.jsonld"

    # the same items again (one with extra spaces), one new, one without a link
    again = ops.ImportFactChecks(
        [*ITEMS, item("  " + SDF.replace(" ", "  ") + " ", ITEMS[0]["url"]), item(RAQQA, "https://afp.example/r"),
         item("بلا رابط", "")]
    )  # fmt: skip
    project.run(again)
    assert again.duplicates == [0, 1, 2, 3] and len(again.added) == 1
    assert again.skipped == [(5, "no link to the fact-check")]
    assert project.read.factcheck_count() == 4

    project.undo()  # the second import
    assert project.read.factcheck_count() == 3
    project.undo()  # the first: the whole import goes in one step
    assert project.read.factcheck_count() == 0 and outcome.seq is not None
    project.redo()
    assert project.read.factcheck_count() == 3
    assert project.integrity_check() == []


def test_items_repeated_inside_one_import_are_added_once(project: Project) -> None:
    op = ops.ImportFactChecks([ITEMS[1], ITEMS[1], item(RAQQA, ITEMS[1]["url"], "زائف")])
    project.run(op)
    assert len(op.added) == 1 and op.duplicates == [1, 2]


def test_unknown_fields_are_refused_in_words(project: Project) -> None:
    with pytest.raises(OperationError, match="Unknown fact-check fields: score"):
        project.run(ops.ImportFactChecks([{"claim": SDF, "url": "https://x.example", "score": "1"}]))


def test_deleting_fact_checks_is_one_undoable_step(project: Project) -> None:
    op = ops.ImportFactChecks(ITEMS)
    project.run(op)
    project.run(ops.DeleteFactChecks(op.added))
    assert project.read.factcheck_count() == 0
    assert project.read.match_factchecks(SDF) == []
    project.undo()
    assert project.read.factcheck_count() == 3
    assert [h.url for h in project.read.match_factchecks(SDF)][0] == "https://misbar.example/sdf"
    with pytest.raises(OperationError, match="There is no published fact-check"):
        project.run(ops.DeleteFactChecks(["no-such-id"]))


@pytest.mark.parametrize(
    ("position", "stance"),
    [(0, "supports"), (1, "refutes"), (2, "context")],
    ids=["true", "misleading", "none"],
)
def test_attaching_adds_a_source_and_evidence_whose_stance_follows_the_rating(
    project: Project, position: int, stance: str
) -> None:
    imported = ops.ImportFactChecks(ITEMS)
    project.run(imported)
    claim = ops.CreateClaim("قسد نفت وجود اتفاق مع داعش")
    project.run(claim)
    attach = ops.AttachFactCheck(claim.id, imported.added[position])
    project.run(attach)
    source = project.get(SOURCE, attach.source_id)
    evidence = project.get(EVIDENCE, attach.evidence_id)
    assert source is not None and evidence is not None
    assert source["kind"] == "fact_check" and source["url"] == ITEMS[position]["url"]
    assert evidence["claim_id"] == claim.id and evidence["stance"] == stance
    assert evidence["note"] == ITEMS[position]["rating"]  # the rating as the publisher wrote it
    if position == 0:
        assert source["publisher"] == "مسبار" and source["title"] == "هل نفت قسد؟"
        assert source["published"] == "2017-06-02"
    if position == 2:
        assert source["title"] == ITEMS[2]["claim"]  # no title: the claim it reviewed names it

    project.undo()  # one step takes both away
    assert project.get(SOURCE, attach.source_id) is None and project.get(EVIDENCE, attach.evidence_id) is None
    assert project.read.factcheck_count() == 3  # the library itself is untouched


def test_a_fact_check_attached_twice_is_refused_and_reused_for_another_claim(project: Project) -> None:
    imported = ops.ImportFactChecks(ITEMS)
    project.run(imported)
    one, two = ops.CreateClaim("الادعاء الأول"), ops.CreateClaim("الادعاء الثاني")
    project.run(ops.Batch("new claim", [one, two]))
    first = ops.AttachFactCheck(one.id, imported.added[1])
    project.run(first)
    with pytest.raises(OperationError, match="already a source of this claim"):
        project.run(ops.AttachFactCheck(one.id, imported.added[1]))
    second = ops.AttachFactCheck(two.id, imported.added[1])
    project.run(second)
    assert second.source_id == first.source_id
    assert len([s for s in project.rows(SOURCE) if s["kind"] == "fact_check"]) == 1
    # the library can be emptied; the sources made from it stay whole
    project.run(ops.DeleteFactChecks(imported.added))
    assert project.get(SOURCE, first.source_id)["url"] == ITEMS[1]["url"]  # type: ignore[index]


def test_attach_refuses_what_is_not_there(project: Project) -> None:
    with pytest.raises(OperationError, match="There is no claim"):
        project.run(ops.AttachFactCheck("nope", "nope"))
    claim = ops.CreateClaim("ادعاء")
    project.run(claim)
    with pytest.raises(OperationError, match="There is no published fact-check"):
        project.run(ops.AttachFactCheck(claim.id, "nope"))


def test_stance_of_each_verdict() -> None:
    assert ops.factcheck_stance("false") == ops.factcheck_stance("misleading") == "refutes"
    assert ops.factcheck_stance("true") == ops.factcheck_stance("mostly_true") == "supports"
    assert ops.factcheck_stance("half_true") == ops.factcheck_stance("") == "context"
