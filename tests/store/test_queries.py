"""The store's read API: what the window and the command line see of a project.

Lists are filtered and sorted in SQL and answered through ``project.read`` on a connection that
cannot write, which still sees every operation as soon as it is committed.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from factdesk.core import operations as ops
from factdesk.store.project import Project
from factdesk.store.read import ProjectReader

FIRST = "قال المرصد إن أكثر من 80 مقاتلاً قتلوا قرب الرقة، وإن 36 آلية دمرت."
SECOND = "أعلنت وزارة الدفاع أن 120 مقاتلاً على الأقل قتلوا قرب الرَّقة وأن 32 سيارة دمرت."


@dataclass
class World:
    project: Project
    first: str
    second: str
    dead: str  # a claim in both articles
    vehicles: str  # a claim in the first only
    source: str


def _quote(project: Project, aid: str, words: str, claim_id: str, role: str = "asserts") -> None:
    text = str(project.get("article", aid)["text"])
    start = text.index(words)
    span = ops.AddSpan(aid, start, start + len(words), kind="claim")
    project.run(ops.Batch("link", [span, ops.LinkSpan(claim_id, span.id, role)]))


@pytest.fixture
def world(project: Project) -> World:
    first = ops.ImportArticle(FIRST, title="ضربات روسية", outlet="المرصد", published="2017-05-31")
    second = ops.ImportArticle(SECOND, title="بيان الدفاع", outlet="الوزارة", published="2017-05-30")
    project.run(first)
    project.run(second)
    dead, vehicles = ops.CreateClaim("عدد القتلى قرب الرقة"), ops.CreateClaim("عدد الآليات المدمرة")
    project.run(dead)
    project.run(vehicles)
    _quote(project, first.id, "أكثر من 80", dead.id)
    _quote(project, second.id, "120 مقاتلاً", dead.id, role="different_figure")
    _quote(project, first.id, "36 آلية", vehicles.id)
    source = ops.AddSource("تقرير المرصد", url="https://example.org/report")
    project.run(source)
    project.run(ops.AddEvidence(dead.id, source.id, stance="refutes", note="الأرقام تختلف"))
    project.run(ops.SetVerdict(dead.id, "misleading"))
    project.run(ops.SetVerdict(dead.id, "false"))
    return World(project, first.id, second.id, dead.id, vehicles.id, source.id)


def test_articles_are_listed_filtered_by_their_metadata_and_sorted_in_sql(world: World) -> None:
    read = world.project.read
    assert [a.id for a in read.articles()] == [world.first, world.second]  # as imported
    assert read.article_ids(order="published") == [world.first, world.second]  # newest first
    assert read.article_ids(order="title") == sorted(
        [world.first, world.second], key=lambda i: str(world.project.get("article", i)["title"])
    )
    assert read.article_ids(contains="الدفاع") == [world.second]
    assert read.article_ids(contains="المرصد") == [world.first]  # the outlet
    assert read.article_ids(contains="مقاتلاً") == []  # the text is for search, not this filter
    first = read.articles_by_ids([world.first])[world.first]
    assert (first.outlet, first.spans, first.claims) == ("المرصد", 2, 2)
    assert read.article_count() == 2
    assert read.articles(limit=1, offset=1)[0].id == world.second


def test_claims_with_their_counts_by_verdict_text_and_article(world: World) -> None:
    read = world.project.read
    dead = read.claims_by_ids([world.dead])[world.dead]
    assert (dead.verdict, dead.appearances, dead.articles, dead.sources) == ("false", 2, 2, 1)
    assert read.claim_ids() == [world.dead, world.vehicles]
    assert read.claim_ids(descending=True) == [world.vehicles, world.dead]
    assert read.claim_ids(verdict="false") == [world.dead]
    assert read.claim_ids(contains="الآليات") == [world.vehicles]
    assert read.claim_ids(article_id=world.second) == [world.dead]
    assert [c.id for c in read.claims(order="modified", limit=1)] in ([world.dead], [world.vehicles])
    assert read.claim_count() == 2
    assert [v.key for v in read.verdicts()][:2] == ["unverified", "in_progress"]


def test_a_claim_s_appearances_evidence_and_every_verdict_it_had(world: World) -> None:
    read = world.project.read
    apps = read.appearances(world.dead)
    assert [(a.article_id, a.quote, a.role) for a in apps] == [
        (world.second, "120 مقاتلاً", "different_figure"),
        (world.first, "أكثر من 80", "asserts"),
    ]
    (ev,) = read.evidence(world.dead)
    assert (ev.source_id, ev.stance, ev.note, ev.url) == (
        world.source,
        "refutes",
        "الأرقام تختلف",
        "https://example.org/report",
    )
    assert [(before, after) for _at, before, after in read.verdict_changes(world.dead)] == [
        (None, "unverified"),
        ("unverified", "misleading"),
        ("misleading", "false"),
    ]
    assert read.history("claim", world.dead)[0].label == "set verdict"


def test_the_comparison_and_the_highlights_of_an_article(world: World) -> None:
    read = world.project.read
    (shared,) = read.shared_claims(world.first, world.second)
    assert shared.claim_id == world.dead
    assert [a.quote for a in shared.left] == ["أكثر من 80"] and [a.quote for a in shared.right] == [
        "120 مقاتلاً"
    ]
    spans, claims = read.article_highlights(world.first)
    assert [FIRST[start:end] for _sid, start, end, _c, _col in spans] == ["أكثر من 80", "36 آلية"]
    assert spans[0][3] == (world.dead,) and spans[0][4] == next(
        v.color for v in read.verdicts() if v.key == "false"
    )
    assert claims[world.dead][0] == "عدد القتلى قرب الرقة"
    assert len(read.spans_in(world.first, 0, FIRST.index("36"))) == 1


def test_an_articles_highlights_come_in_reading_order_longest_first(world: World) -> None:
    """The reader draws them in that order without sorting them again: by start, and of two that
    start together the longer first (the outer one), each once whatever claims it is linked to."""
    a = FIRST.index("أكثر")
    spans = [ops.AddSpan(world.first, a, a + 4), ops.AddSpan(world.first, a, FIRST.index("قتلوا") - 1)]
    spans.append(ops.AddSpan(world.first, 0, 3))
    world.project.run(ops.Batch("spans", spans))
    # the longest is linked last, to two claims: neither the links' order nor their number counts
    world.project.run(ops.LinkSpan(world.dead, spans[1].id))
    world.project.run(ops.LinkSpan(world.vehicles, spans[1].id))
    got = [
        (start, end) for _sid, start, end, _c, _col in world.project.read.article_highlights(world.first)[0]
    ]
    old = (a, FIRST.index("مقاتلاً") - 1)  # «أكثر من 80», linked when the world was made
    assert got == [
        (0, 3),
        (a, FIRST.index("قتلوا") - 1),
        old,
        (a, a + 4),
        (FIRST.index("36"), FIRST.index("دمرت") - 1),
    ]


def test_the_report_and_search_read_through_the_same_api(world: World) -> None:
    read = world.project.read
    assert [r.claim_id for r in read.report(verdicts_in=["false"])] == [world.dead]
    assert [h.article_id for h in read.search_articles("الدفاع")] == [world.second]
    assert read.count_articles("مقاتلا") == 2
    assert [h.claim_id for h in read.search_claims("الآليات")] == [world.vehicles]


def test_the_read_api_cannot_write(world: World) -> None:
    """Even a view that reached past the API to its connection could not change the project."""
    conn = world.project.read._conn
    assert conn is not world.project.conn
    with pytest.raises(sqlite3.OperationalError, match="readonly|read-only|query_only"):
        conn.execute("DELETE FROM claims")
    assert world.project.read.claim_count() == 2


def test_the_read_api_sees_each_operation_as_soon_as_it_is_committed(world: World) -> None:
    read = world.project.read
    before = read.claim_ids()
    claim = ops.CreateClaim("ادعاء جديد")
    world.project.run(claim)
    assert read.claim_ids() == [*before, claim.id]
    world.project.undo()
    assert read.claim_ids() == before


def test_the_read_api_answers_from_another_thread(world: World) -> None:
    """A background task (an export) may ask while the window's thread writes."""
    answers: list[int] = []
    thread = threading.Thread(target=lambda: answers.append(world.project.read.claim_count()))
    thread.start()
    thread.join()
    assert answers == [2]


def test_a_project_open_for_reading_reads_on_its_one_connection(world: World) -> None:
    path = world.project.path
    world.project.close()
    with Project.open(path, readonly=True) as p:
        assert isinstance(p.read, ProjectReader) and p.read._conn is p.conn
        assert p.read.claim_count() == 2


def test_closing_the_project_closes_its_read_connection(tmp_path: Path) -> None:
    p = Project.create(tmp_path / "closing.factdesk")
    read = p.read
    assert read.claim_count() == 0
    p.close()
    with pytest.raises(sqlite3.ProgrammingError):
        read.claim_count()
