"""Operations plan their changes from what a Reader shows them, and nothing else.

Here the reader is a few dicts: no SQLite, no Qt. Each operation is planned, its mutations applied
to the dicts as the store applies them, and undo (the inverted mutations) brings back exactly what
was there: the rules a fact-checker relies on hold in the core itself, whatever stores the rows.
"""

from __future__ import annotations

import copy

import pytest

from factdesk.core import model
from factdesk.core import operations as ops
from factdesk.core.model import APPEARANCE, ARTICLE, CLAIM, EVIDENCE, SOURCE, SPAN, VERDICT, Row
from factdesk.core.operations import DuplicateArticle, Mutation, Operation, OperationError, invert
from factdesk.core.verdicts import DEFAULT_SCALE

TEXT = "قال المرصد إن أكثر من 80 مقاتلاً قتلوا في الرقة، وإن 36 آلية دمرت."


class MemoryReader:
    """The Reader protocol over plain dicts, applying mutations as the store does."""

    def __init__(self) -> None:
        self.tables: dict[str, dict[str, Row]] = {kind: {} for kind in model.KINDS}
        for position, v in enumerate(DEFAULT_SCALE):
            self.tables[VERDICT][v.key] = model.blank(
                VERDICT,
                key=v.key,
                position=position,
                label_ar=v.label_ar,
                label_en=v.label_en,
                rating_value=v.rating_value,
                color=v.color,
            )

    def get(self, kind: str, key: str) -> Row | None:
        row = self.tables[kind].get(key)
        return dict(row) if row is not None else None

    def find(self, kind: str, field: str, value: object) -> list[Row]:
        return [dict(r) for r in self.tables[kind].values() if r.get(field) == value]

    def apply(self, m: Mutation) -> None:
        table = self.tables[m.kind]
        if m.action == "insert":
            assert m.key not in table, f"{m.kind} {m.key} inserted twice"
            table[m.key] = model.blank(m.kind) | dict(m.after or {})
        elif m.action == "delete":
            assert table.pop(m.key) == m.before
        else:
            row = table[m.key]
            assert {k: row.get(k) for k in m.before or {}} == m.before, "an update planned on stale data"
            row.update(m.after or {})

    def run(self, op: Operation) -> list[Mutation]:
        """Plan and apply each step in turn (a batch's later steps see the earlier ones), as the store does."""
        applied = []
        for step in op.steps():
            for m in step.plan(self):
                self.apply(m)
                applied.append(m)
        return applied

    def undo(self, applied: list[Mutation]) -> None:
        for m in invert(applied):
            self.apply(m)

    def state(self) -> dict[str, dict[str, Row]]:
        return copy.deepcopy(self.tables)


@pytest.fixture
def world() -> MemoryReader:
    return MemoryReader()


def _article(world: MemoryReader, text: str = TEXT) -> str:
    op = ops.ImportArticle(text, title="ضربات روسية", outlet="وكالة")
    world.run(op)
    return op.id


def _claim_in(world: MemoryReader) -> tuple[str, str, str]:
    """(article, span, claim): «80» highlighted and made a new claim's first appearance."""
    aid = _article(world)
    start = TEXT.index("أكثر من 80")
    batch = ops.claim_from_selection(aid, start, start + len("أكثر من 80"), "قتل أكثر من 80 مقاتلاً")
    world.run(batch)
    span_id = next(iter(world.tables[SPAN]))
    claim_id = next(iter(world.tables[CLAIM]))
    return aid, span_id, claim_id


def test_import_keeps_the_text_and_its_fingerprint_and_refuses_a_duplicate(world: MemoryReader) -> None:
    aid = _article(world)
    row = world.tables[ARTICLE][aid]
    assert row["text"] == TEXT and row["content_hash"] == ops.content_hash(TEXT)
    with pytest.raises(DuplicateArticle) as refused:
        world.run(ops.ImportArticle(TEXT, title="نسخة"))
    assert refused.value.existing_id == aid
    with pytest.raises(OperationError, match="line endings"):
        world.run(ops.ImportArticle("سطر\r\nسطر"))
    with pytest.raises(OperationError, match="no text"):
        world.run(ops.ImportArticle("  \n"))


def test_an_article_text_can_never_be_edited(world: MemoryReader) -> None:
    aid = _article(world)
    with pytest.raises(OperationError, match="cannot be changed: text"):
        world.run(ops.EditArticle(aid, {"text": "نص آخر"}))
    assert world.tables[ARTICLE][aid]["text"] == TEXT


def test_a_highlight_quotes_the_text_and_refuses_what_is_outside_or_splits_a_letter(
    world: MemoryReader,
) -> None:
    aid = _article(world)
    start = TEXT.index("الرقة")
    world.run(ops.AddSpan(aid, start, start + len("الرقة")))
    (span,) = world.tables[SPAN].values()
    assert span["quote"] == "الرقة" and TEXT[span["start"] : span["end"]] == "الرقة"
    assert span["prefix"] and TEXT[:start].endswith(span["prefix"])
    assert span["suffix"] and TEXT[start + len("الرقة") :].startswith(span["suffix"])
    with pytest.raises(OperationError, match="inside the article"):
        world.run(ops.AddSpan(aid, 5, len(TEXT) + 1))
    with pytest.raises(OperationError, match="more than spaces"):
        world.run(ops.AddSpan(aid, TEXT.index(" "), TEXT.index(" ") + 1))
    marked = "مقاتلٌ"
    world.run(ops.ImportArticle(marked))
    other = next(k for k in world.tables[ARTICLE] if k != aid)
    with pytest.raises(OperationError, match="inside a letter"):
        world.run(ops.AddSpan(other, 0, len(marked) - 1))


def test_claim_from_selection_is_one_batch_linking_span_and_claim(world: MemoryReader) -> None:
    _aid, span_id, claim_id = _claim_in(world)
    (app,) = world.tables[APPEARANCE].values()
    assert (app["span_id"], app["claim_id"], app["role"]) == (span_id, claim_id, "asserts")
    assert world.tables[CLAIM][claim_id]["verdict"] == "unverified"
    with pytest.raises(OperationError, match="already linked"):
        world.run(ops.LinkSpan(claim_id, span_id))


def test_refusals_name_what_is_missing_or_wrong(world: MemoryReader) -> None:
    _aid, span_id, claim_id = _claim_in(world)
    with pytest.raises(OperationError, match="There is no claim «nope»"):
        world.run(ops.SetVerdict("nope", "false"))
    with pytest.raises(OperationError, match="There is no verdict «wrongish»"):
        world.run(ops.SetVerdict(claim_id, "wrongish"))
    with pytest.raises(OperationError, match="not a role"):
        world.run(ops.LinkSpan(claim_id, span_id, role="shouts"))
    with pytest.raises(OperationError, match="needs its statement"):
        world.run(ops.CreateClaim("   "))
    with pytest.raises(OperationError, match="needs a title"):
        world.run(ops.AddSource("  "))
    with pytest.raises(OperationError, match="not a stance"):
        src = ops.AddSource("بيان")
        world.run(src)
        world.run(ops.AddEvidence(claim_id, src.id, stance="maybe"))


def test_set_verdict_stamps_the_review_and_changing_nothing_plans_nothing(world: MemoryReader) -> None:
    _aid, _span_id, claim_id = _claim_in(world)
    (m,) = world.run(ops.SetVerdict(claim_id, "false", rationale="الأرقام تختلف"))
    assert m.before["verdict"] == "unverified" and m.after["verdict"] == "false"
    assert m.after["reviewed_at"] and m.after["modified"]
    assert world.run(ops.SetVerdict(claim_id, "false", rationale="الأرقام تختلف")) == []


def test_deleting_an_article_takes_its_highlights_appearances_and_quoting_evidence_but_keeps_claims(
    world: MemoryReader,
) -> None:
    aid, span_id, claim_id = _claim_in(world)
    src = ops.AddSource("تقرير المرصد", article_id=aid)
    world.run(src)
    quoting = ops.AddEvidence(claim_id, src.id, stance="refutes", span_id=span_id)
    world.run(quoting)
    statement = ops.AddSource("بيان وزارة الدفاع", kind="official_statement")
    world.run(statement)
    unquoted = ops.AddEvidence(claim_id, statement.id, stance="supports")
    world.run(unquoted)
    deps = ops.article_dependents(world, aid)
    assert (deps.spans, deps.evidence, deps.claims, deps.sources_kept) == (
        (span_id,),
        (quoting.id,),
        (claim_id,),
        (src.id,),
    )
    assert len(deps.appearances) == 1
    before = world.state()
    applied = world.run(ops.DeleteArticle(aid))
    assert world.tables[ARTICLE] == {} and world.tables[SPAN] == {} and world.tables[APPEARANCE] == {}
    assert claim_id in world.tables[CLAIM]
    assert list(world.tables[EVIDENCE]) == [unquoted.id]  # evidence not quoting the article stays
    assert world.tables[SOURCE][src.id]["article_id"] is None
    world.undo(applied)
    assert world.state() == before


def test_deleting_a_claim_or_source_takes_what_hangs_on_it(world: MemoryReader) -> None:
    _aid, span_id, claim_id = _claim_in(world)
    src = ops.AddSource("بيان وزارة الدفاع", kind="official_statement")
    world.run(src)
    world.run(ops.AddEvidence(claim_id, src.id))
    world.run(ops.DeleteSource(src.id))
    assert world.tables[EVIDENCE] == {}
    world.run(ops.DeleteClaim(claim_id))
    assert world.tables[CLAIM] == {} and world.tables[APPEARANCE] == {}
    assert span_id in world.tables[SPAN]  # the words stay highlighted in the article


def test_every_operation_is_undone_exactly(world: MemoryReader) -> None:
    aid, span_id, claim_id = _claim_in(world)
    src = ops.AddSource("بيان")
    world.run(src)
    ev = ops.AddEvidence(claim_id, src.id)
    world.run(ev)
    app_id = next(iter(world.tables[APPEARANCE]))
    every = [
        ops.EditArticle(aid, {"title": "عنوان جديد"}),
        ops.EditSpan(span_id, note="رقم"),
        ops.EditClaim(claim_id, text="نص جديد"),
        ops.SetVerdict(claim_id, "misleading"),
        ops.SetRole(app_id, "denies"),
        ops.EditSource(src.id, {"reliability": "high"}),
        ops.EditEvidence(ev.id, stance="context"),
        ops.EditVerdictLabel("false", {"label_en": "Wrong"}),
        ops.Unlink(app_id),
        ops.DeleteEvidence(ev.id),
        ops.DeleteSpan(span_id),
        ops.DeleteClaim(claim_id),
        ops.DeleteSource(src.id),
        ops.DeleteArticle(aid),
    ]
    for op in every:
        before = world.state()
        applied = world.run(op)
        assert applied, f"{op.label} changed nothing"
        assert world.state() != before
        world.undo(applied)
        assert world.state() == before, f"undoing {op.label} did not bring back what was there"


def test_a_replay_applies_recorded_mutations_as_they_are(world: MemoryReader) -> None:
    aid = _article(world)
    recorded = world.run(ops.EditArticle(aid, {"outlet": "رويترز"}))
    world.undo(recorded)
    assert world.tables[ARTICLE][aid]["outlet"] == "وكالة"
    world.run(ops.Replay("redo edit article", invert(invert(recorded))))
    assert world.tables[ARTICLE][aid]["outlet"] == "رويترز"
