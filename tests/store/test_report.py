"""The verified-claim report as the store gathers it: one record per claim, its appearances in
reading order, its evidence in the order it was added, and the filters the export offers."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdesk.core import operations as ops
from factdesk.store import queries
from factdesk.store.project import Project

LATER = "قتل أكثر من 120 مسلحا في الرقة يوم 25 أيار.\nوقالت الوزارة إن القافلة ضمت 32 سيارة."
EARLIER = "أعلنت الوزارة مقتل 80 مسلحا في الرقة.\nوأضافت أن القافلة ضمت 36 سيارة."


def do(project: Project, op: ops.Operation):
    """Run ``op`` and hand it back: it carries the id of what it made."""
    project.run(op)
    return op


@pytest.fixture()
def project(tmp_path: Path):
    p = Project.create(tmp_path / "report.factdesk")
    yield p
    p.close()


def test_appearances_read_by_date_then_import_order_then_position(project: Project) -> None:
    # Imported first but published later: the earlier report must come first in the record.
    later = do(project, ops.ImportArticle(LATER, title="الحياة", outlet="الحياة", published="2017-05-27"))
    earlier = do(
        project, ops.ImportArticle(EARLIER, title="القدس", outlet="القدس العربي", published="2017-05-26")
    )
    claim = do(project, ops.CreateClaim("عدد القتلى في قصف القافلة"))
    spans = []
    for article, body, word in (
        (later, LATER, "32 سيارة"),
        (later, LATER, "120 مسلحا"),
        (earlier, EARLIER, "80 مسلحا"),
    ):
        start = body.index(word)
        span = do(project, ops.AddSpan(article.id, start, start + len(word)))
        spans.append(span)
        project.run(ops.LinkSpan(claim.id, span.id, role="different_figure"))
    (record,) = queries.report(project.conn)
    assert [(a.article_title, a.quote) for a in record.appearances] == [
        ("القدس", "80 مسلحا"),
        ("الحياة", "120 مسلحا"),
        ("الحياة", "32 سيارة"),
    ]
    assert {a.role for a in record.appearances} == {"different_figure"}
    assert [a.published for a in record.appearances] == ["2017-05-26", "2017-05-27", "2017-05-27"]


def test_evidence_in_the_order_it_was_added_with_its_quote(project: Project) -> None:
    article = do(project, ops.ImportArticle(EARLIER, title="القدس"))
    claim = do(project, ops.CreateClaim("80 قتيلا"))
    start = EARLIER.index("80 مسلحا")
    span = do(project, ops.AddSpan(article.id, start, start + 8))
    titles = ["بيان وزارة الدفاع", "تقرير المرصد", "أرشيف الوكالة"]
    for i, title in enumerate(titles):
        source = do(project, ops.AddSource(title, url=f"https://example.org/{i}"))
        project.run(
            ops.AddEvidence(
                claim.id,
                source.id,
                stance=("supports", "refutes", "context")[i],
                span_id=span.id if i == 1 else None,
                note=f"ملاحظة {i}",
            )
        )
    (record,) = queries.report(project.conn)
    assert [e.source_title for e in record.evidence] == titles
    assert [e.stance for e in record.evidence] == ["supports", "refutes", "context"]
    assert [e.quote for e in record.evidence] == ["", "80 مسلحا", ""]
    assert record.verdict_key == "unverified"
    assert (record.verdict_ar, record.verdict_en) == ("لم يُتحقق منه", "Unverified")


def test_filters_by_verdict_and_article(project: Project) -> None:
    first = do(project, ops.ImportArticle(EARLIER, title="القدس"))
    second = do(project, ops.ImportArticle(LATER, title="الحياة"))
    wrong = do(project, ops.CreateClaim("80 قتيلا"))
    right = do(project, ops.CreateClaim("القافلة في 25 أيار"))
    project.run(ops.SetVerdict(wrong.id, "false", rationale="المصادر تقول 120"))
    start = LATER.index("25 أيار")
    span = do(project, ops.AddSpan(second.id, start, start + 7))
    project.run(ops.LinkSpan(right.id, span.id))
    assert [r.claim_id for r in queries.report(project.conn)] == [wrong.id, right.id]
    assert [r.claim_id for r in queries.report(project.conn, verdicts_in=["false"])] == [wrong.id]
    assert [r.claim_id for r in queries.report(project.conn, article_id=second.id)] == [right.id]
    assert list(queries.report(project.conn, article_id=first.id)) == []
    (record,) = queries.report(project.conn, verdicts_in=["false"])
    assert record.rationale == "المصادر تقول 120"
    assert record.rating_value is not None
