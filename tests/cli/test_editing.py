"""Every operation that changes or deletes what exists has a command, and «undo» takes each back in one step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from support import REPO, operations_used

from factdesk.cli import cli
from factdesk.core import operations as ops
from factdesk.store.project import Project


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def ok(*args: str) -> str:
    result = run(*args)
    assert result.exit_code == 0, (args, result.output, result.stderr)
    return result.stdout


def rows(path: Path, kind: str) -> list[dict[str, object]]:
    p = Project.open(path, readonly=True)
    try:
        return sorted(p.rows(kind), key=lambda r: str(r["id" if kind != "verdict" else "key"]))
    finally:
        p.close()


def everything(path: Path) -> dict[str, list[dict[str, object]]]:
    return {
        kind: rows(path, kind)
        for kind in ("article", "span", "claim", "appearance", "source", "evidence", "verdict")
    }


def first_claim(path: Path) -> dict:
    return json.loads(ok("claim", "show", str(path), str(rows(path, "claim")[0]["id"]), "--json"))


def test_every_operation_is_reachable_from_the_command_line() -> None:
    used = operations_used(*(REPO / "factdesk" / "cli").glob("*.py"))

    def subclasses(cls: type) -> list[type]:
        return [s for sub in cls.__subclasses__() for s in (sub, *subclasses(sub))]

    operations = {c.__name__ for c in subclasses(ops.Operation)} - {"Batch", "Replay"}  # undo/redo run Replay
    assert len(operations) >= 20
    assert sorted(operations - used) == []


def test_article_edit_changes_the_details_never_the_text(demo_copy: Path) -> None:
    before = everything(demo_copy)
    article = before["article"][0]
    p = str(demo_copy)
    assert (
        ok(
            "article",
            "edit",
            p,
            str(article["id"])[:8],
            "--title",
            " عنوان جديد ",
            "--outlet",
            "سبوتنيك",
            "--date",
            "2017-06-02",
        ).strip()
        == "Changed."
    )
    after = rows(demo_copy, "article")[0]
    assert (after["title"], after["outlet"], after["published"]) == ("عنوان جديد", "سبوتنيك", "2017-06-02")
    assert after["text"] == article["text"]
    assert (
        ok("article", "edit", p, str(article["id"])[:8], "--outlet", "سبوتنيك").strip()
        == "Nothing to change."
    )
    assert "Undone: edit article" in ok("undo", p)
    assert everything(demo_copy) == before
    r = run("article", "edit", p, str(article["id"])[:8])
    assert r.exit_code == 2 and "Give at least one" in r.stderr


def test_article_delete_says_what_went_with_it_and_undo_brings_all_back(demo_copy: Path) -> None:
    start = everything(demo_copy)
    article = start["article"][0]
    spans = [s for s in start["span"] if s["article_id"] == article["id"]]
    # one of its highlights quoted as evidence: that evidence goes with the article
    link = next(a for a in start["appearance"] if a["span_id"] == spans[0]["id"])
    statement = next(s for s in start["source"] if s["kind"] == "official_statement")
    p = str(demo_copy)
    quoting = ok(
        "evidence",
        "add",
        p,
        str(link["claim_id"])[:8],
        str(statement["id"])[:8],
        "--stance",
        "refutes",
        "--span",
        str(spans[0]["id"])[:8],
    ).strip()
    before = everything(demo_copy)
    out = ok("article", "delete", p, str(article["id"])[:8])
    assert (
        f"«{article['title']}»" in out and f"{len(spans)} highlight(s)" in out and "link(s) to claims" in out
    )
    assert "1 evidence item(s)" in out
    assert quoting not in {e["id"] for e in everything(demo_copy)["evidence"]}
    now = everything(demo_copy)
    assert [a["id"] for a in now["article"]] == [a["id"] for a in before["article"][1:]]
    assert not any(s["article_id"] == article["id"] for s in now["span"])
    assert len(now["claim"]) == len(before["claim"])  # the claims stay
    assert not any(s["article_id"] == article["id"] for s in now["source"])  # its source stays, without it
    assert len(now["source"]) == len(before["source"])
    assert "Undone: delete article" in ok("undo", str(demo_copy))
    assert everything(demo_copy) == before


def test_claim_unlink_and_role_take_the_highlight_shown_by_claim_show(demo_copy: Path) -> None:
    before = everything(demo_copy)
    p = str(demo_copy)
    claim = first_claim(demo_copy)
    cid, app = claim["claim"]["id"], claim["appearances"][0]
    shown = ok("claim", "show", p, cid[:8])
    assert f"{app['span_id'][:8]}  [asserts]" in shown

    assert ok("claim", "role", p, cid[:8], app["span_id"][:8], "different_figure").strip() == "Changed."
    assert "[reports a different figure]" in ok("claim", "show", p, cid[:8])
    assert "Undone: change role" in ok("undo", p)
    assert everything(demo_copy) == before

    assert ok("claim", "unlink", p, cid[:8], app["span_id"][:8]).strip() == "Unlinked."
    now = everything(demo_copy)
    assert app["id"] not in {a["id"] for a in now["appearance"]}
    assert app["span_id"] in {s["id"] for s in now["span"]}  # the highlight stays
    assert "Undone: unlink" in ok("undo", p)
    assert everything(demo_copy) == before

    other = next(c["id"] for c in before["claim"] if c["id"] != cid)
    r = run("claim", "unlink", p, other[:8], app["span_id"][:8])
    assert r.exit_code == 1 and "is not linked to the claim" in r.stderr


def test_evidence_edit_and_delete(demo_copy: Path) -> None:
    before = everything(demo_copy)
    p = str(demo_copy)
    claim = first_claim(demo_copy)
    ev = claim["evidence"][0]
    assert f"{ev['id'][:8]}  [{ev['stance']}]" in ok("claim", "show", p, claim["claim"]["id"][:8])
    assert (
        ok("evidence", "edit", p, ev["id"][:8], "--stance", "refutes", "--note", "ملاحظة").strip()
        == "Changed."
    )
    row = next(e for e in rows(demo_copy, "evidence") if e["id"] == ev["id"])
    assert (row["stance"], row["note"]) == ("refutes", "ملاحظة")
    assert "Undone: edit evidence" in ok("undo", p)
    assert everything(demo_copy) == before

    assert ok("evidence", "delete", p, ev["id"][:8]).strip() == "Deleted."
    assert ev["id"] not in {e["id"] for e in rows(demo_copy, "evidence")}
    assert "Undone: delete evidence" in ok("undo", p)
    assert everything(demo_copy) == before
    assert run("evidence", "edit", p, ev["id"][:8]).exit_code == 2


def test_source_edit_and_delete_with_the_evidence_citing_it(demo_copy: Path) -> None:
    before = everything(demo_copy)
    p = str(demo_copy)
    source = next(s for s in before["source"] if s["kind"] == "official_statement")
    cited = [e for e in before["evidence"] if e["source_id"] == source["id"]]
    assert cited
    assert (
        ok(
            "source",
            "edit",
            p,
            str(source["id"])[:8],
            "--reliability",
            "high",
            "--publisher",
            "وزارة الدفاع",
            "--article",
            str(before["article"][0]["id"])[:8],
        ).strip()
        == "Changed."
    )
    row = next(s for s in rows(demo_copy, "source") if s["id"] == source["id"])
    assert (row["reliability"], row["publisher"], row["article_id"]) == (
        "high",
        "وزارة الدفاع",
        before["article"][0]["id"],
    )
    assert ok("source", "edit", p, str(source["id"])[:8], "--article", "-").strip() == "Changed."
    assert next(s for s in rows(demo_copy, "source") if s["id"] == source["id"])["article_id"] is None
    r = run("source", "edit", p, str(source["id"])[:8], "--title", "  ")
    assert r.exit_code == 1 and "needs a title" in r.stderr
    ok("undo", p)
    ok("undo", p)
    assert everything(demo_copy) == before

    out = ok("source", "delete", p, str(source["id"])[:8])
    assert f"«{source['title']}» with {len(cited)} evidence item(s)" in out
    now = everything(demo_copy)
    assert source["id"] not in {s["id"] for s in now["source"]}
    assert not any(e["source_id"] == source["id"] for e in now["evidence"])
    assert "Undone: delete source" in ok("undo", p)
    assert everything(demo_copy) == before


def test_verdict_edit_changes_the_scale(demo_copy: Path) -> None:
    before = everything(demo_copy)
    p = str(demo_copy)
    assert (
        ok(
            "verdict",
            "edit",
            p,
            "false",
            "--label-en",
            "Wrong",
            "--label-ar",
            "غير صحيح",
            "--color",
            "#aa0000",
        ).strip()
        == "Changed."
    )
    listed = {v["key"]: v for v in json.loads(ok("verdicts", p, "--json"))}
    assert (listed["false"]["label_en"], listed["false"]["label_ar"], listed["false"]["color"]) == (
        "Wrong",
        "غير صحيح",
        "#aa0000",
    )
    assert ok("verdict", "edit", p, "Wrong", "--no-rating").strip() == "Changed."  # by its label too
    assert json.loads(ok("verdicts", p, "--json"))[6]["rating_value"] is None
    assert "Undone: edit verdict scale" in ok("undo", p)
    ok("undo", p)
    assert everything(demo_copy) == before


@pytest.mark.parametrize(
    "args,words",
    [
        (["--color", "red"], "is not a colour"),
        (["--label-en", " "], "cannot be empty"),
        (["--rating", "3", "--no-rating"], "not both"),
        ([], "Give at least one"),
    ],
)
def test_verdict_edit_refuses_what_the_scale_cannot_hold(
    demo_copy: Path, args: list[str], words: str
) -> None:
    before = everything(demo_copy)
    r = run("verdict", "edit", str(demo_copy), "false", *args)
    assert r.exit_code == 2 and words in r.stderr
    assert everything(demo_copy) == before


def test_span_edit_changes_kind_and_note(demo_copy: Path) -> None:
    before = everything(demo_copy)
    p = str(demo_copy)
    span = before["span"][0]
    assert (
        ok("span", "edit", p, str(span["id"])[:8], "--kind", "figure", "--note", "الرقم").strip()
        == "Changed."
    )
    row = next(s for s in rows(demo_copy, "span") if s["id"] == span["id"])
    assert (row["kind"], row["note"], row["start"], row["end"]) == (
        "figure",
        "الرقم",
        span["start"],
        span["end"],
    )
    assert "Undone: edit highlight" in ok("undo", p)
    assert everything(demo_copy) == before
    assert run("span", "edit", p, str(span["id"])[:8]).exit_code == 2
