"""Comparing articles in a project and turning a figure pair into linked claims: one undoable
change, reusing a highlight or claim already there, refused for two different events."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdesk.app.compare import compare_articles, figure_phrase, link_pair
from factdesk.assist.compare import FigurePair
from factdesk.core import operations as ops
from factdesk.store.project import Project

#: Two reports of one convoy (same day, same place) whose figures differ, and one that agrees.
ONE = (
    "أعلنت الوزارة أن الطيران دمر يوم 25 مايو/أيار 2017 قافلة من 36 سيارة كانت متجهة من الرقة إلى تدمر، "
    "وأسفر القصف عن مقتل أكثر من 80 مسلحا من تنظيم داعش في الرقة يوم 25 مايو/أيار 2017."
)
TWO = (
    "قال مصدر إن الطيران استهدف في الـ25 من الشهر الجاري قافلة مكونة من 32 سيارة متجهة من الرقة إلى تدمر، "
    "وأسفر القصف عن مقتل ما لا يقل عن 80 مسلحا من تنظيم داعش في الرقة يوم 25 مايو/أيار 2017."
)


def _two_reports(project: Project) -> tuple[str, str]:
    a = ops.ImportArticle(ONE, title="تقرير أ", published="2017-06-01")
    b = ops.ImportArticle(TWO, title="تقرير ب", published="2017-05")
    project.run(ops.Batch("import", [a, b]))
    return a.id, b.id


def _pair(project: Project, ids: tuple[str, str], kind: str) -> FigurePair:
    result = compare_articles(project.read, list(ids))
    found = [p for p in result.pairs if p.kind == kind]
    assert len(found) == 1, result.pairs
    return found[0]


def _appearances(project: Project, claim_id: str) -> list[tuple[str, str, str]]:
    return sorted((a.article_id, a.role, a.quote) for a in project.read.appearances(claim_id))


def test_comparison_gives_the_shared_claims_and_the_judged_pairs(demo_file: Path) -> None:
    with Project.open(demo_file, readonly=True) as p:
        ids = [a.id for a in p.read.articles()]
        result = compare_articles(p.read, ids)
    assert len(result.shared) == 1 and len(result.shared[0].claims) == 2  # the demo's two shared claims
    assert {(p.kind, p.verdict) for p in result.pairs} == {
        ("killed", "different_event"),
        ("vehicles", "different_event"),
        ("vehicles", "only"),
    }
    for pair in result.pairs:
        for f, aid in ((pair.a, pair.a_id), (pair.b, pair.b_id)):
            if f is not None:
                assert result.readings[aid].text[f.start : f.end] == f.text


def test_comparison_needs_two_different_articles(demo_file: Path) -> None:
    with Project.open(demo_file, readonly=True) as p:
        aid = p.read.articles()[0].id
        with pytest.raises(ops.OperationError, match="two different articles"):
            compare_articles(p.read, [aid, aid])


def test_a_conflict_becomes_one_claim_with_a_different_figure_and_one_undo(project: Project) -> None:
    ids = _two_reports(project)
    pair = _pair(project, ids, "vehicles")
    assert pair.verdict == "conflict"
    before = project.read.claim_count()
    outcome = project.run(link_pair(project.read, pair))
    claims = {m.key for m in outcome.mutations if m.kind == "claim"}
    assert len(claims) == 1 and project.read.claim_count() == before + 1
    (claim,) = claims
    apps = _appearances(project, claim)
    assert apps == sorted([(pair.a_id, "asserts", "36 سيارة"), (pair.b_id, "different_figure", "32 سيارة")])
    assert all(s["kind"] == "figure" for s in project.read.rows("span"))
    project.undo()
    assert project.read.claim_count() == before and project.read.rows("span") == []


def test_figures_that_agree_are_asserted_by_both(project: Project) -> None:
    ids = _two_reports(project)
    pair = _pair(project, ids, "killed")
    assert pair.verdict == "compatible"  # «أكثر من 80» and «ما لا يقل عن 80»
    outcome = project.run(link_pair(project.read, pair, "قتل أكثر من 80 مسلحا في قصف القافلة"))
    (claim,) = {m.key for m in outcome.mutations if m.kind == "claim"}
    assert project.read.get("claim", claim)["text"] == "قتل أكثر من 80 مسلحا في قصف القافلة"
    assert {role for _, role, _ in _appearances(project, claim)} == {"asserts"}
    # the highlight takes the word naming what happened: «مقتل أكثر من 80 مسلحا»
    assert {q for _, _, q in _appearances(project, claim)} == {
        "مقتل أكثر من 80 مسلحا",
        "مقتل ما لا يقل عن 80 مسلحا",
    }


def test_an_existing_highlight_and_its_claim_are_reused(project: Project) -> None:
    ids = _two_reports(project)
    pair = _pair(project, ids, "vehicles")
    assert pair.a is not None
    start = ONE.index("قافلة من 36")
    end = ONE.index("سيارة", start) + len("سيارة")
    project.run(ops.claim_from_selection(pair.a_id, start, end, "قافلة من 36 سيارة"))
    spans, claims = len(project.read.rows("span")), project.read.claim_count()
    project.run(link_pair(project.read, pair))
    assert len(project.read.rows("span")) == spans + 1  # only B's figure is new
    assert project.read.claim_count() == claims  # A's claim is reused
    (claim,) = [c["id"] for c in project.read.rows("claim")]
    assert [(aid, role) for aid, role, _ in _appearances(project, claim)] == sorted(
        [(pair.a_id, "asserts"), (pair.b_id, "different_figure")]
    )
    with pytest.raises(ops.OperationError, match="already linked"):
        link_pair(project.read, pair)


def test_two_different_events_are_not_made_one_claim(demo_copy: Path) -> None:
    with Project.open(demo_copy) as p:
        result = compare_articles(p.read, [a.id for a in p.read.articles()])
        killed = next(x for x in result.pairs if x.kind == "killed")
        with pytest.raises(ops.OperationError, match="different events"):
            link_pair(p.read, killed)


def test_a_figure_only_one_article_gives_becomes_its_own_claim(project: Project) -> None:
    a = ops.ImportArticle("قتل 12 مدنيا وأصيب 30 مدنيا في حلب يوم 3 مارس/آذار 2018.", published="2018-03-04")
    b = ops.ImportArticle("قتل 12 مدنيا في حلب يوم 3 مارس/آذار 2018.", published="2018-03-04")
    project.run(ops.Batch("import", [a, b]))
    only = [p for p in compare_articles(project.read, [a.id, b.id]).pairs if p.verdict == "only"]
    assert len(only) == 1
    project.run(link_pair(project.read, only[0]))
    (claim,) = [c["id"] for c in project.read.rows("claim")]
    assert [(aid, role) for aid, role, _ in _appearances(project, claim)] == [(a.id, "asserts")]


def test_the_figure_phrase_keeps_its_qualifier_and_thing() -> None:
    text = "وتدمير 36 سيارة و8 صهاريج"
    from factdesk.assist.figures import find_figures

    f = find_figures(text)[0]
    start, end = figure_phrase(text, f)
    assert text[start:end] == "تدمير 36 سيارة"  # the «و» before it stays out


def test_three_articles_are_compared_two_by_two(project: Project) -> None:
    ids = _two_reports(project)
    third = ops.ImportArticle(
        "دمر الطيران يوم 25 مايو/أيار 2017 قافلة من 36 سيارة قرب تدمر.", published="2017-05-26"
    )
    project.run(third)
    result = compare_articles(project.read, [*ids, third.id])
    assert [(s.a_id, s.b_id) for s in result.shared] == [
        (ids[0], ids[1]),
        (ids[0], third.id),
        (ids[1], third.id),
    ]
    vehicles = {(p.a_id, p.b_id): p.verdict for p in result.pairs if p.kind == "vehicles"}
    assert vehicles == {
        (ids[0], ids[1]): "conflict",
        (ids[0], third.id): "agree",  # 36 and 36, the same day and place
        (ids[1], third.id): "conflict",
    }
