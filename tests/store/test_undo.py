"""Undo and redo are plain data: any sequence of operations, undone, leaves the project exactly
as it was, and redone, exactly as it became."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factdesk.core import operations as ops
from factdesk.core.model import ROLES, STANCES
from factdesk.core.verdicts import DEFAULT_SCALE
from factdesk.store import queries
from factdesk.store.project import Project

TEXTS = (
    "أعلنت وزارة الدفاع الروسية عن مقتل أكثر من 80 مسلحاً في الرَّقة.\nوقالت الوزارة في بيان إن الضربات وُجهت.",
    "استهدف الطيران في الـ25 من الشهر الجاري قافلة مكونة من 32 سيارة «بيك أب» 😀 كانت متجهة إلى تدمر.",
    "نص قصير عن تدمر والرقة، و2017/5/31 تاريخ.",
    "Mixed نص with English words and ٢٥ أرقام عربية.",
)
VERDICT_KEYS = [v.key for v in DEFAULT_SCALE]

action = st.tuples(
    st.sampled_from(
        [
            "import",
            "span",
            "claim",
            "claim_from_selection",
            "link",
            "verdict",
            "edit_claim",
            "source",
            "evidence",
            "delete_span",
            "delete_claim",
            "delete_article",
            "delete_source",
            "unlink",
            "role",
            "edit_source",
            "edit_article",
        ]
    ),
    st.integers(0, 1000),
    st.integers(0, 1000),
    st.integers(0, 1000),
)


def _pick(rows: list[dict], n: int) -> dict | None:
    return rows[n % len(rows)] if rows else None


def _word_range(text: str, a: int, b: int) -> tuple[int, int]:
    words = [(i, i + len(w)) for i, w in _words(text)]
    first, second = sorted((a % len(words), b % len(words)))
    return words[first][0], words[second][1]


def _words(text: str) -> list[tuple[int, str]]:
    out, i = [], 0
    for w in text.split():
        i = text.index(w, i)
        out.append((i, w))
        i += len(w)
    return out


def build_op(p: Project, name: str, a: int, b: int, c: int) -> ops.Operation | None:
    arts, spans, claims = p.rows("article"), p.rows("span"), p.rows("claim")
    sources, apps = p.rows("source"), p.rows("appearance")
    art, span, claim = _pick(arts, a), _pick(spans, b), _pick(claims, c)
    if name == "import":
        return ops.ImportArticle(TEXTS[a % len(TEXTS)] + f"\n{b}", title=f"مقال {b}")
    if name == "edit_article" and art:
        return ops.EditArticle(art["id"], {"outlet": f"منفذ {b}", "published": "2017-05"})
    if name in ("span", "claim_from_selection") and art:
        start, end = _word_range(art["text"], b, c)
        if name == "span":
            return ops.AddSpan(art["id"], start, end, note=f"{c}")
        return ops.claim_from_selection(art["id"], start, end, f"ادعاء {b}", ROLES[c % 3])
    if name == "claim":
        return ops.CreateClaim(f"ادعاء رقم {a}", verdict=VERDICT_KEYS[b % len(VERDICT_KEYS)])
    if name == "link" and claim and span:
        return ops.LinkSpan(claim["id"], span["id"], ROLES[a % 3])
    if name == "verdict" and claim:
        return ops.SetVerdict(claim["id"], VERDICT_KEYS[a % len(VERDICT_KEYS)], rationale=f"سبب {b}")
    if name == "edit_claim" and claim:
        return ops.EditClaim(claim["id"], text=f"صياغة {a}", reviewer=f"r{b}")
    if name == "source":
        return ops.AddSource(
            f"مصدر {a}",
            kind="article" if art and b % 2 else "document",
            article_id=art["id"] if art and b % 2 else None,
        )
    if name == "evidence" and claim and sources:
        src = _pick(sources, a)
        return ops.AddEvidence(
            claim["id"], src["id"], STANCES[b % 3], span_id=span["id"] if span and c % 2 else None
        )
    if name == "delete_span" and span:
        return ops.DeleteSpan(span["id"])
    if name == "delete_claim" and claim:
        return ops.DeleteClaim(claim["id"])
    if name == "delete_article" and art:
        return ops.DeleteArticle(art["id"])
    if name == "delete_source" and sources:
        return ops.DeleteSource(_pick(sources, a)["id"])
    if name == "unlink" and apps:
        return ops.Unlink(_pick(apps, a)["id"])
    if name == "role" and apps:
        return ops.SetRole(_pick(apps, a)["id"], ROLES[b % 3])
    if name == "edit_source" and sources:
        return ops.EditSource(_pick(sources, a)["id"], {"reliability": "high", "notes": f"n{b}"})
    return None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(action, min_size=1, max_size=25))
def test_any_sequence_undone_restores_the_project_and_redo_brings_it_back(actions: list) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        p = Project.create(Path(tmp) / "p.factdesk")
        try:
            p.run(ops.ImportArticle(TEXTS[0], title="أساس"))
            before = p.snapshot()
            done: list[int] = []
            for name, a, b, c in actions:
                op = build_op(p, name, a, b, c)
                if op is None:
                    continue
                try:
                    outcome = p.run(op)
                except ops.OperationError:
                    continue
                if outcome.seq is not None:
                    done.append(outcome.seq)
            after = p.snapshot()
            assert p.integrity_check() == []

            undone = [p.undo(seq).seq for seq in reversed(done)]
            assert p.snapshot() == before
            assert p.integrity_check() == []

            for seq in reversed(undone):
                p.redo(seq)
            assert p.snapshot() == after
            assert p.integrity_check() == []
        finally:
            p.close()


def test_undo_and_redo_without_arguments_walk_the_journal_like_an_editor(project: Project) -> None:
    art = ops.ImportArticle(TEXTS[1], title="قافلة")
    project.run(art)
    claim = ops.CreateClaim("قافلة دمرت")
    project.run(claim)
    project.run(ops.SetVerdict(claim.id, "false"))
    project.run(ops.SetVerdict(claim.id, "true", rationale="صُحّح"))

    assert project.undo_label() == "set verdict"
    project.undo()
    assert project.get("claim", claim.id)["verdict"] == "false"
    project.undo()
    assert project.get("claim", claim.id)["verdict"] == "unverified"
    project.redo()
    assert project.get("claim", claim.id)["verdict"] == "false"
    # a new change clears what could be redone
    project.run(ops.EditClaim(claim.id, rationale="جديد"))
    try:
        project.redo()
    except ops.OperationError as exc:
        assert "nothing to redo" in str(exc).lower()
    else:
        raise AssertionError("redo after a new change must be refused")


def test_in_memory_inverse_undoes_a_batch_in_one_step(project: Project) -> None:
    art = ops.ImportArticle(TEXTS[0], title="t")
    project.run(art)
    before = project.snapshot()
    start = TEXTS[0].index("مقتل")
    outcome = project.run(ops.claim_from_selection(art.id, start, start + len("مقتل"), "قُتل 80"))
    assert outcome.changes.kinds == {"span", "claim", "appearance"}
    project.run(outcome.inverse)
    assert project.snapshot() == before


def test_a_corrected_verdict_stays_visible_in_the_history(project: Project) -> None:
    claim = ops.CreateClaim("قُتل أكثر من 80 مسلحاً")
    project.run(claim)
    project.run(ops.SetVerdict(claim.id, "false", rationale="الرقم 120 في تقرير آخر"))
    project.run(ops.SetVerdict(claim.id, "half_true", rationale="صُحّح بعد مراجعة البيان"))
    changes = queries.verdict_changes(project.conn, claim.id)
    assert [(b, a) for _, b, a in changes] == [
        (None, "unverified"),
        ("unverified", "false"),
        ("false", "half_true"),
    ]
    entries = queries.history(project.conn, "claim", claim.id)
    assert any(e.before and e.before.get("rationale") == "الرقم 120 في تقرير آخر" for e in entries)
