"""The verdict scale, tags and notes from the command line: the same steps as the window's."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from factdesk.cli import cli
from factdesk.store.project import Project


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def ok(*args: str) -> str:
    result = run(*args)
    assert result.exit_code == 0, (args, result.output, result.stderr)
    return result.stdout


def keys(path: Path) -> list[str]:
    return [v["key"] for v in json.loads(ok("verdicts", str(path), "--json"))]


def test_verdicts_are_added_moved_and_removed_each_in_one_undoable_step(demo_copy: Path) -> None:
    p = str(demo_copy)
    before = keys(demo_copy)
    assert "satire" in ok(
        "verdict", "add", p, "--label-ar", "ساخر", "--label-en", "Satire", "--position", "2"
    )
    assert keys(demo_copy)[:3] == ["unverified", "satire", "in_progress"]
    assert ok("verdict", "move", p, "Satire", "1").strip() == "Changed."
    assert keys(demo_copy)[0] == "satire"
    ok("undo", p)
    ok("undo", p)
    assert keys(demo_copy) == before


def test_a_verdict_in_use_is_removed_only_with_move_to(demo_copy: Path) -> None:
    p = str(demo_copy)
    in_use = [c for c in json.loads(ok("claims", p, "--json")) if c["verdict"] == "unproven"]
    assert in_use  # the demo has unproven claims
    refused = run("verdict", "remove", p, "unproven")
    assert (
        refused.exit_code != 0 and "choose the verdict they take instead" in refused.output + refused.stderr
    )
    assert "unproven" in keys(demo_copy)
    ok("verdict", "remove", p, "unproven", "--move-to", "misleading")
    assert "unproven" not in keys(demo_copy)
    moved = {c["id"]: c["verdict"] for c in json.loads(ok("claims", p, "--json"))}
    assert all(moved[c["id"]] == "misleading" for c in in_use)


def test_claims_are_tagged_noted_and_filtered(demo_copy: Path) -> None:
    p = str(demo_copy)
    claims = json.loads(ok("claims", p, "--json"))
    first, second = claims[0]["id"], claims[1]["id"]
    ok("claim", "tag", p, first, "سوريا", "انتخابات")
    ok("claim", "tag", p, second, "#سوريا")
    ok("claim", "note", p, first, "اتصل بالمصدر")
    assert json.loads(ok("tags", p, "--json")) == [
        {"tag": "انتخابات", "claims": 1},
        {"tag": "سوريا", "claims": 2},
    ]
    assert [c["id"] for c in json.loads(ok("claims", p, "--tag", "سوريا", "--json"))] == [first, second]
    shown = json.loads(ok("claim", "show", p, first, "--json"))
    assert shown["tags"] == ["انتخابات", "سوريا"] and shown["claim"]["note"] == "اتصل بالمصدر"
    ok("claim", "untag", p, first, "سوريا")
    assert [c["id"] for c in json.loads(ok("claims", p, "--tag", "سوريا", "--json"))] == [second]
    with Project.open(demo_copy, readonly=True) as project:
        still = {c["id"] for c in project.rows("claim") if c["verdict"] in ("unverified", "in_progress")}
    listed = {c["id"] for c in json.loads(ok("claims", p, "--unverified", "--json"))}
    assert listed == still
    assert "by verdict:" in ok("claims", p)
