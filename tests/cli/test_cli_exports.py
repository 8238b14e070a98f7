"""«factdesk export csv|xlsx|ods|claimreview|annotations», «factdesk import-annotations», «factdesk setting»."""

from __future__ import annotations

import json
from pathlib import Path

import click
from click.testing import CliRunner, Result

from factdesk.cli import cli
from factdesk.core import model
from factdesk.core import operations as ops
from factdesk.store.project import Project


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def ok(*args: str) -> str:
    result = run(*args)
    assert result.exit_code == 0, (args, result.output, result.stderr)
    return result.stdout


def test_every_format_has_its_command() -> None:
    export = cli.commands["export"]
    assert isinstance(export, click.Group)
    assert {"csv", "xlsx", "ods", "claimreview", "annotations"} <= set(export.commands)
    assert {"import-annotations", "setting"} <= set(cli.commands)


def test_the_csv_help_says_how_to_open_it_in_libreoffice() -> None:
    text = " ".join(ok("export", "csv", "--help").split())
    assert 'soffice --infilter="CSV:44,34,76,1,,0,true"' in text
    assert "Unicode (UTF-8)" in text and "Format quoted field as text" in text and "XLSX and ODS" in text


def test_spreadsheets_and_corrections_from_the_command_line(demo_copy: Path, tmp_path: Path) -> None:
    p = str(demo_copy)
    assert "corrections history" in ok("export", "xlsx", p, "-o", str(tmp_path / "r.xlsx"), "--lang", "ar")
    assert "corrections history" in ok("export", "ods", p, "-o", str(tmp_path / "r.ods"))
    said = ok("export", "csv", p, "-o", str(tmp_path / "r.csv"), "--lang", "en")
    assert "r-corrections.csv" in said and (tmp_path / "r-corrections.csv").exists()
    ok("export", "csv", p, "-o", str(tmp_path / "s.csv"), "--no-corrections")
    assert not (tmp_path / "s-corrections.csv").exists()
    from openpyxl import load_workbook

    assert load_workbook(tmp_path / "r.xlsx").sheetnames == ["الادعاءات", "سجل التصحيحات"]


def test_claimreview_needs_the_organisation_setting_first(demo_copy: Path, tmp_path: Path) -> None:
    p, out = str(demo_copy), str(tmp_path / "cr.jsonld")
    refused = run("export", "claimreview", p, "-o", out)
    assert refused.exit_code == 1 and "factdesk setting PROJECT organisation" in refused.stderr
    assert "Changed." in ok("setting", p, "organisation", "مسبار")
    assert "organisation: مسبار" in ok("setting", p)
    # the demo's first claim (87 characters) is in progress: judged now, it is long for search engines
    first = json.loads(ok("claims", p, "--json"))[0]["id"]
    ok("claim", "verdict", p, first[:8], "true")
    said = run("export", "claimreview", p, "-o", out)
    assert said.exit_code == 0 and "ClaimReview record(s)" in said.stdout
    assert "search engines show at most 75" in said.stderr  # a demo claim is longer
    data = json.loads(Path(out).read_text(encoding="utf-8"))
    assert data["@type"] == "DataFeed" and data["dataFeedElement"][0]["author"]["name"] == "مسبار"
    ok("undo", p)  # the verdict
    assert "Undone: change project setting" in ok("undo", p)
    assert "organisation: \n" in ok("setting", p)


def test_annotations_out_and_back_in_as_one_undo_step(demo_copy: Path, tmp_path: Path) -> None:
    p, out = str(demo_copy), str(tmp_path / "a.jsonld")
    count = int(ok("export", "annotations", p, "-o", out).split()[1])
    fresh = tmp_path / "fresh.factdesk"
    with Project.open(demo_copy, readonly=True) as old, Project.create(fresh) as new:
        for row in old.read.rows(model.ARTICLE):
            new.run(ops.ImportArticle(str(row["text"]), title=str(row["title"]), url=str(row["url"] or "")))
    report = json.loads(ok("import-annotations", str(fresh), out, "--json"))
    assert report["read"] == report["placed"] == report["spans_added"] == count > 0
    assert report["orphans"] == [] and report["changed"] == []
    assert "Undone: import annotations" in ok("undo", str(fresh))
    assert json.loads(ok("claims", str(fresh), "--json")) == []


def test_a_file_that_is_not_annotations_is_refused_with_exit_code_3(demo_copy: Path, tmp_path: Path) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text("{ not json", encoding="utf-8")
    refused = run("import-annotations", str(demo_copy), str(bad))
    assert refused.exit_code == 3 and "not an annotation file" in refused.stderr
