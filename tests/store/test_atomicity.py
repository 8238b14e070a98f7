"""An operation happens completely or not at all: a failure in the middle of a multi-step change,
or an undo that no longer fits the project, leaves the project and its journal exactly as they
were — in memory and in the file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from factdesk.core import operations as ops
from factdesk.core.operations import OperationError
from factdesk.store.project import Project, StaleChange

TEXT = (
    "أعلنت وزارة الدفاع الروسية عن مقتل أكثر من 80 مسلحاً في الرَّقة.\n"
    "وقالت الوزارة في بيان إن الضربات استهدفت قافلة من 32 سيارة «بيك أب» كانت متجهة إلى تدمر."
)


@dataclass
class World:
    path: Path
    article_id: str
    claim_id: str
    span_id: str


def _range(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


class Fault:
    """A failure struck right after the store applies a change, in the middle of an operation (as a
    crash or a full disk would), while it is switched on. The store has no hook for it: the test
    wraps the step that applies each change."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.armed = False
        apply = Project._apply

        def failing(project: Project, mutation: ops.Mutation) -> ops.Mutation:
            done = apply(project, mutation)
            if self.armed:
                raise RuntimeError("boom")
            return done

        monkeypatch.setattr(Project, "_apply", failing)


@pytest.fixture
def fault(monkeypatch: pytest.MonkeyPatch) -> Fault:
    return Fault(monkeypatch)


@pytest.fixture
def world(tmp_path: Path) -> World:
    """A closed project with an article carrying highlights, claims linked to them, sources
    (one of them the article itself) and evidence quoting a highlight."""
    path = tmp_path / "atomic.factdesk"
    with Project.create(path) as p:
        article = ops.ImportArticle(TEXT, title="ضربات قرب الرقة", outlet="وكالة")
        p.run(article)
        s, e = _range("مقتل أكثر من 80 مسلحاً")
        batch = ops.claim_from_selection(article.id, s, e, "قُتل أكثر من 80 مسلحاً في الرقة")
        p.run(batch)
        span_id = str(batch.ops[0].id)  # type: ignore[attr-defined]
        claim_id = str(batch.ops[1].id)  # type: ignore[attr-defined]
        s, e = _range("قافلة من 32 سيارة")
        second = ops.claim_from_selection(article.id, s, e, "القافلة ضمّت 32 سيارة", role="different_figure")
        p.run(second)
        statement = ops.AddSource("بيان وزارة الدفاع", kind="official_statement")
        report = ops.AddSource("التقرير نفسه", kind="article", article_id=article.id)
        p.run(ops.Batch("sources", [statement, report]))
        p.run(ops.AddEvidence(claim_id, statement.id, "supports", span_id=span_id))
        p.run(ops.AddEvidence(claim_id, report.id, "context"))
        p.run(ops.SetVerdict(claim_id, "unproven", rationale="لا تأكيد مستقلاً"))
        assert p.integrity_check() == []
    return World(path, article.id, claim_id, span_id)


def state(project: Project) -> tuple[object, ...]:
    """Everything a user could see or undo: the records and the whole journal."""
    conn = project.conn
    return (
        project.snapshot(),
        conn.execute("SELECT count(*) FROM operations").fetchone()[0],
        conn.execute("SELECT count(*) FROM history").fetchone()[0],
        conn.execute("SELECT * FROM operations ORDER BY seq").fetchall(),
        conn.execute("SELECT * FROM history ORDER BY seq").fetchall(),
        project.undo_label(),
    )


def assert_unchanged_on_disk(path: Path, before: tuple[object, ...]) -> None:
    with Project.open(path, readonly=True) as again:
        assert state(again) == before
    with Project.open(path, backup=False) as again:
        assert again.integrity_check() == []  # the search index agrees with the records


def test_failure_inside_claim_from_selection_changes_nothing(world: World, fault: Fault) -> None:
    project = Project.open(world.path, backup=False)
    try:
        before = state(project)
        s, e = _range("استهدفت قافلة")
        op = ops.claim_from_selection(world.article_id, s, e, "الضربات استهدفت قافلة")
        assert len(list(op.steps())) == 3  # span, claim, link: the fault strikes after the span
        fault.armed = True

        with pytest.raises(RuntimeError, match="boom"):
            project.run(op)

        assert state(project) == before
        assert project.integrity_check() == []
        # The connection is not left inside a transaction: the same change now goes through whole.
        fault.armed = False
        outcome = project.run(op)
        assert len(outcome.mutations) == 3
        assert project.get("claim", op.ops[1].id) is not None  # type: ignore[attr-defined]
        project.undo()
        assert state(project)[0] == before[0]
    finally:
        fault.armed = False
        project.close()


def test_failure_after_first_step_leaves_file_as_before(world: World, fault: Fault) -> None:
    project = Project.open(world.path, backup=False)
    try:
        before = state(project)
        s, e = _range("متجهة إلى تدمر")
        fault.armed = True
        with pytest.raises(RuntimeError, match="boom"):
            project.run(ops.claim_from_selection(world.article_id, s, e, "القافلة كانت متجهة إلى تدمر"))
    finally:
        fault.armed = False
        project.close()
    assert_unchanged_on_disk(world.path, before)


def test_failure_inside_delete_article_cascade_changes_nothing(world: World, fault: Fault) -> None:
    project = Project.open(world.path, backup=False)
    try:
        before = state(project)
        op = ops.DeleteArticle(world.article_id)
        planned = op.plan(project)
        # The cascade really is several steps: appearances, evidence, spans, the source, the article.
        assert {m.kind for m in planned} == {"appearance", "evidence", "span", "source", "article"}
        assert len(planned) >= 7

        fault.armed = True
        with pytest.raises(RuntimeError, match="boom"):
            project.run(op)
        assert state(project) == before
        assert project.get("article", world.article_id) is not None
        assert project.find("evidence", "span_id", world.span_id) != []
    finally:
        fault.armed = False
        project.close()
    assert_unchanged_on_disk(world.path, before)

    # Without the failure the same deletion goes through whole, and undo brings it all back.
    with Project.open(world.path, backup=False) as project:
        project.run(ops.DeleteArticle(world.article_id))
        assert project.rows("article") == [] and project.rows("span") == []
        assert project.find("evidence", "span_id", world.span_id) == []
        project.undo()
        assert project.snapshot() == before[0]


def test_stale_undo_changes_nothing(world: World) -> None:
    project = Project.open(world.path, backup=False)
    try:
        other = [c for c in project.rows("claim") if c["id"] != world.claim_id][0]
        both = project.run(
            ops.Batch(
                "two verdicts",
                [
                    ops.SetVerdict(world.claim_id, "false"),
                    ops.SetVerdict(str(other["id"]), "misleading"),
                ],
            )
        )
        # Later, the first claim's verdict changes again: the batch's record of it is stale.
        project.run(ops.SetVerdict(world.claim_id, "true"))
        before = state(project)
        assert both.seq is not None

        # Undoing the batch reverts the second claim first, then finds the first one stale.
        with pytest.raises(StaleChange, match="has changed since") as caught:
            project.undo(both.seq)
        assert isinstance(caught.value, OperationError)

        assert state(project) == before
        assert project.get("claim", str(other["id"]))["verdict"] == "misleading"  # type: ignore[index]
        assert project.get("claim", world.claim_id)["verdict"] == "true"  # type: ignore[index]
        undone_by = project.conn.execute(
            "SELECT undone_by FROM operations WHERE seq = ?", (both.seq,)
        ).fetchone()[0]
        assert undone_by is None
    finally:
        project.close()
    assert_unchanged_on_disk(world.path, before)


def test_undo_of_a_deleted_record_is_stale_and_changes_nothing(world: World) -> None:
    with Project.open(world.path, backup=False) as project:
        verdict = project.run(ops.SetVerdict(world.claim_id, "false"))
        project.run(ops.DeleteClaim(world.claim_id))
        before = state(project)
        assert verdict.seq is not None
        with pytest.raises(StaleChange, match="no longer in the project"):
            project.undo(verdict.seq)
        assert state(project) == before
    assert_unchanged_on_disk(world.path, before)
