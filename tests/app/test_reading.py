"""Reading an article of the project for its figures and dates, through the command line and the
application layer: the seeds' two events come out with their figures and their own dates."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factdesk.app.reading import published_on, read_article
from factdesk.cli import cli
from factdesk.core.operations import OperationError
from factdesk.store.project import Project


def _ids(path: Path) -> tuple[str, str]:
    with Project.open(path, readonly=True) as p:
        first, second = p.read.articles()[:2]
    return first.id, second.id


def _ok(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, (args, result.output, result.stderr)
    return result.stdout


def test_a_publication_date_of_any_precision_anchors_relative_dates() -> None:
    assert published_on("2017-06-01") == datetime.date(2017, 6, 1)
    assert published_on("2017-05") == datetime.date(2017, 5, 31)  # known to the month: by its end
    assert published_on("2016-02") == datetime.date(2016, 2, 29)
    assert published_on("2017") == datetime.date(2017, 12, 31)
    assert published_on("") is None and published_on("2017-13") is None and published_on("May") is None


def test_the_seeds_read_as_two_events_with_their_own_figures_and_dates(demo_file: Path) -> None:
    thursday, convoy_report = _ids(demo_file)
    with Project.open(demo_file, readonly=True) as p:
        night = read_article(p.read, thursday)
        convoy = read_article(p.read, convoy_report)
    assert night.published == datetime.date(2017, 6, 1)
    killed = {(f.bound, f.value) for f in night.figures if f.kind == "killed"}
    assert killed == {("more_than", 80)}
    assert {f.value for f in night.figures if f.kind == "vehicles"} >= {36, 8, 17}
    assert datetime.date(2017, 5, 30) in {d.date for d in night.dates}  # «ليل 30 مايو/أيار»
    assert {(f.bound, f.value) for f in convoy.figures if f.kind == "killed"} == {("at_least", 120)}
    assert datetime.date(2017, 5, 25) in {d.date for d in convoy.dates}  # «الـ25 من الشهر الجاري»
    for reading in (night, convoy):
        for found in (*reading.figures, *reading.dates):
            assert reading.text[found.start : found.end] == found.text


def test_figures_and_dates_on_the_command_line(demo_copy: Path) -> None:
    thursday, convoy_report = _ids(demo_copy)
    listed = _ok("figures", str(demo_copy), thursday[:8])
    assert "more than 80  [killed]  «أكثر من 80»" in listed
    assert listed.rstrip().endswith("figure(s).")
    as_json = json.loads(_ok("figures", str(demo_copy), convoy_report[:8], "--json"))
    assert {(f["bound"], f["value"], f["kind"]) for f in as_json} >= {("at_least", 120, "killed")}
    dated = json.loads(_ok("dates", str(demo_copy), convoy_report[:8], "--json"))
    assert {"date": "2017-05-25", "kind": "relative"}.items() <= next(
        d for d in dated if d["text"] == "الـ25 من الشهر الجاري"
    ).items()
    assert "2017-05-30 night" in _ok("dates", str(demo_copy), thursday[:8])


def test_reading_an_article_that_is_not_there_is_refused_in_words(demo_copy: Path) -> None:
    with Project.open(demo_copy, readonly=True) as p, pytest.raises(OperationError, match="no such article"):
        read_article(p.read, "0" * 36)
    result = CliRunner().invoke(cli, ["figures", str(demo_copy), "zzzzzzzz"])
    assert result.exit_code != 0 and "zzzzzzzz" in result.output + result.stderr


def test_attributions_and_suggestions_on_the_command_line(demo_copy: Path) -> None:
    thursday, convoy_report = _ids(demo_copy)
    said = json.loads(_ok("attributions", str(demo_copy), convoy_report[:8], "--json"))
    stances = {(a["stance"], a["speaker"], a["via"]) for a in said}
    assert ("reported", "المصدر الروسي", "وكالة إنترفاكس") in stances
    assert any(stance == "denies" and "قوات سوريا الديمقراطية" in who for stance, who, _via in stances)
    assert "[asserts] العقيد طلال سلو" in _ok("attributions", str(demo_copy), convoy_report[:8])
    ranked = json.loads(_ok("suggest", str(demo_copy), thursday[:8], "--json", "--limit", "3"))
    assert len(ranked) == 3 and "figure" in ranked[0]["reasons"] and "80" in ranked[0]["text"]
    assert [r["score"] for r in ranked] == sorted((r["score"] for r in ranked), reverse=True)
    assert "sentence(s) worth checking." in _ok("suggest", str(demo_copy), thursday[:8])
