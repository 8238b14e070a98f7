"""Changing and removing what exists, in the project file: each step done, undone and redone gives
exactly the project before and after it (every row, byte for byte). Deleting an article takes what
points into its text, the evidence quoting it too, and says so before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factdesk.app.editing import edit_article, plan_article_deletion
from factdesk.app.evidence import add_evidence
from factdesk.core import operations as ops
from factdesk.store.project import Project


@pytest.fixture
def demo(demo_copy: Path):
    p = Project.open(demo_copy, backup=False)
    try:
        yield p
    finally:
        p.close()


def _quoting_evidence(p: Project) -> tuple[str, str]:
    """An article's claim highlight quoted as refuting evidence (the demo quotes none): (article, evidence)."""
    app = p.rows("appearance")[0]
    span = p.get("span", str(app["span_id"]))
    assert span is not None
    source = next(s for s in p.rows("source") if s["article_id"] == span["article_id"])
    plan = add_evidence(
        p, str(app["claim_id"]), "refutes", source_id=str(source["id"]), span_id=str(span["id"])
    )
    p.run(plan.operation)
    return str(span["article_id"]), plan.evidence_id


def _statement(p: Project) -> dict:
    return next(s for s in p.rows("source") if s["kind"] == "official_statement")


STEPS: dict[str, Callable[[Project], ops.Operation]] = {
    "edit article": lambda p: edit_article(
        p,
        str(p.rows("article")[0]["id"]),
        {"title": " عنوان مصحح ", "outlet": "سانا", "published": "2017-06-02"},
    ),
    "delete article": lambda p: plan_article_deletion(p, _quoting_evidence(p)[0]).operation,
    "evidence from a source alone": lambda p: (
        add_evidence(
            p,
            str(p.rows("claim")[1]["id"]),
            "context",
            source_id=ops_add_call(p),
            note="اتصال هاتفي مع مكتب الإعلام، 2 حزيران",
        ).operation
    ),
    "edit evidence": lambda p: ops.EditEvidence(
        str(p.rows("evidence")[0]["id"]), stance="refutes", note="البيان لا يذكر الرقم"
    ),
    "delete evidence": lambda p: ops.DeleteEvidence(str(p.rows("evidence")[0]["id"])),
    "edit source": lambda p: ops.EditSource(
        str(_statement(p)["id"]), {"reliability": "low", "title": "بيان الوزارة (نسخة منقولة)"}
    ),
    "delete source": lambda p: ops.DeleteSource(str(_statement(p)["id"])),
    "change role": lambda p: ops.SetRole(str(p.rows("appearance")[0]["id"]), "different_figure"),
    "unlink": lambda p: ops.Unlink(str(p.rows("appearance")[0]["id"])),
}


def ops_add_call(p: Project) -> str:
    """A phone call recorded as a source of the project (a step of its own, before the one tested)."""
    call = ops.AddSource("مكالمة مع مكتب الإعلام في الرقة", kind="person", accessed="2017-06-02")
    p.run(call)
    return call.id


@pytest.mark.parametrize("name", sorted(STEPS))
def test_each_step_done_undone_and_redone_gives_the_exact_project(demo: Project, name: str) -> None:
    op = STEPS[name](demo)
    before = demo.snapshot()
    done = demo.run(op)
    assert done.changes, f"{name} changed nothing"
    after = demo.snapshot()
    assert after != before
    demo.undo()
    assert demo.snapshot() == before
    demo.redo()
    assert demo.snapshot() == after


def test_deleting_an_article_takes_the_evidence_quoting_it_and_says_so_first(demo: Project) -> None:
    article_id, quoting = _quoting_evidence(demo)
    spans = {str(s["id"]) for s in demo.find("span", "article_id", article_id)}
    links = [a for a in demo.rows("appearance") if a["span_id"] in spans]
    plan = plan_article_deletion(demo, article_id)
    assert (plan.highlights, plan.links, plan.evidence, plan.sources_kept) == (len(spans), len(links), 1, 1)
    claims, evidence_before = len(demo.rows("claim")), len(demo.rows("evidence"))
    demo.run(plan.operation)
    assert demo.get("evidence", quoting) is None
    assert len(demo.rows("evidence")) == evidence_before - 1  # evidence citing its source, unquoted, stays
    assert len(demo.rows("claim")) == claims
    assert not demo.find("span", "article_id", article_id)
    assert all(a["span_id"] not in spans for a in demo.rows("appearance"))


def test_an_article_edit_never_touches_the_text(demo: Project) -> None:
    article = demo.rows("article")[0]
    with pytest.raises(ops.OperationError, match="Only an article's details"):
        edit_article(demo, str(article["id"]), {"text": "نص آخر"})
    with pytest.raises(ops.OperationError):
        demo.run(ops.EditArticle(str(article["id"]), {"content_hash": "0"}))
    demo.run(edit_article(demo, str(article["id"]), {"author": " مراسل الوكالة "}))
    row = demo.get("article", str(article["id"]))
    assert row is not None and row["author"] == "مراسل الوكالة" and row["text"] == article["text"]


def test_evidence_from_a_source_alone_quotes_nothing(demo: Project) -> None:
    claim = demo.rows("claim")[0]
    source = ops_add_call(demo)
    plan = add_evidence(demo, str(claim["id"]), "refutes", source_id=source, note="نفى الرقم")
    assert isinstance(plan.operation, ops.AddEvidence) and plan.span_id is None
    demo.run(plan.operation)
    row = demo.get("evidence", plan.evidence_id)
    assert row is not None
    assert (row["claim_id"], row["source_id"], row["stance"], row["note"], row["span_id"]) == (
        claim["id"],
        source,
        "refutes",
        "نفى الرقم",
        None,
    )
