"""«factdesk factchecks»: the library of published fact-checks from the command line, with the same
outcome as the workflow the window uses, and plain words (exit 3) for a file that holds none."""

from __future__ import annotations

import json
from pathlib import Path

import click
from click.testing import CliRunner

from factdesk.cli import cli
from factdesk.store.project import Project

DATA = Path(__file__).resolve().parents[1] / "data" / "factchecks"


def run(*args: object) -> click.testing.Result:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def ok(*args: object) -> str:
    result = run(*args)
    assert result.exit_code == 0, (args, result.output, result.stderr)
    return result.stdout


def test_import_match_list_attach_and_undo(demo_copy: Path) -> None:
    said = ok("factchecks", "import", demo_copy, DATA / "library.jsonld")
    assert "3 fact-check(s) added" in said and "item 4 left out: no link" in said
    again = json.loads(ok("factchecks", "import", demo_copy, DATA / "tools.json", "--json"))
    assert (again["read"], again["added"], again["duplicates"]) == (4, 2, 1)
    assert again["skipped"] == [{"item": 4, "reason": "no link to the fact-check (url)"}]

    found = json.loads(
        ok("factchecks", "match", demo_copy, "قسد نفت وجود اتفاق مع داعش للخروج من الرقة", "--json")
    )
    assert found[0]["rank"] == 1 and found[0]["url"] == "https://misbar.example/ar/sdf-deal"
    assert (found[0]["rating"], found[0]["verdict"], found[0]["publisher"]) == ("صحيح", "true", "مسبار")
    assert [m["score"] for m in found] == sorted((m["score"] for m in found), reverse=True)
    text = ok("factchecks", "match", demo_copy, "قسد نفت وجود اتفاق مع داعش", "--limit", "1")
    assert "صحيح → true" in text and "https://misbar.example/ar/sdf-deal" in text and " 1. " in text

    listed = json.loads(ok("factchecks", "list", demo_copy, "--json"))
    assert len(listed) == 5
    assert [
        h["url"] for h in json.loads(ok("factchecks", "list", demo_copy, "--search", "قافلة", "--json"))
    ] == ["https://sahih.example/convoy"]
    assert "5 of 5 fact-check(s) in the library." in ok("factchecks", "list", demo_copy)

    with Project.open(demo_copy, readonly=True) as p:
        claim = next(c for c in p.rows("claim") if "قوات سوريا" in str(c["text"]))
    fc_id = found[0]["id"]
    said = ok("factchecks", "attach", demo_copy, str(claim["id"])[:8], fc_id[:8])
    assert "supports" in said and "factdesk undo" in said
    twice = run("factchecks", "attach", demo_copy, str(claim["id"])[:8], fc_id[:8])
    assert twice.exit_code == 1 and "already a source of this claim" in twice.stderr
    detail = json.loads(ok("claim", "show", demo_copy, str(claim["id"])[:8], "--json"))
    assert any(e["note"] == "صحيح" and e["stance"] == "supports" for e in detail["evidence"])
    ok("undo", demo_copy)
    detail = json.loads(ok("claim", "show", demo_copy, str(claim["id"])[:8], "--json"))
    assert not any(e["note"] == "صحيح" for e in detail["evidence"])

    assert "Removed 5 fact-check(s)" in ok("factchecks", "clear", demo_copy)
    assert json.loads(ok("factchecks", "list", demo_copy, "--json")) == []


def test_a_file_without_fact_checks_is_refused_in_words(demo_copy: Path) -> None:
    broken = run("factchecks", "import", demo_copy, DATA / "broken.json")
    assert broken.exit_code == 3
    assert (
        "damaged" in broken.stderr
        and "Nothing was added." in broken.stderr
        and "Traceback" not in broken.stderr
    )
    missing = run("factchecks", "import", demo_copy, DATA / "nothing-here.csv")
    assert missing.exit_code == 3 and "There is no file" in missing.stderr
    assert json.loads(ok("factchecks", "list", demo_copy, "--json")) == []


def test_match_with_an_empty_library_says_so(project_path: Path) -> None:
    Project.create(project_path).close()
    assert "No published fact-check" in ok("factchecks", "match", project_path, "أي ادعاء")
