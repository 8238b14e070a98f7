"""``factdesk compare``: the shared claims and the figure pairs with their verdicts, as text and JSON,
and ``--link N`` making a pair into linked claims (one undo)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from factdesk.cli import cli
from factdesk.store.project import Project


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _ids(path: Path) -> list[str]:
    with Project.open(path, readonly=True) as p:
        return [a.id for a in p.read.articles()]


def test_compare_lists_shared_claims_and_judged_pairs(demo_file: Path) -> None:
    a, b = _ids(demo_file)
    code, out, err = _run("compare", str(demo_file), a[:8], b[:8])
    assert code == 0, err
    assert "Claims in both" in out and "Figure pairs:" in out
    assert "[killed] same kind of figure, different event: check" in out
    assert "only in one article" in out
    assert "2017-05-30" in out and "2017-05-25" in out  # the dates read are shown
    assert (
        "different dates: 2017-05-30 vs 2017-05-25" in out
        or "different dates: 2017-05-25 vs 2017-05-30" in out
    )


def test_compare_json_carries_values_bounds_dates_and_quotes(demo_file: Path) -> None:
    a, b = _ids(demo_file)
    code, out, err = _run("compare", str(demo_file), a[:8], b[:8], "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data["articles"]) == {a, b}
    assert len(data["shared_claims"][0]["claims"]) == 2
    killed = next(p for p in data["pairs"] if p["kind"] == "killed")
    assert killed["verdict"] == "different_event"
    sides = {killed["a"]["value"]: killed["a"], killed["b"]["value"]: killed["b"]}
    assert sides[80]["bound"] == "more_than" and sides[120]["bound"] == "at_least"
    assert [d["date"] for d in sides[80]["dates"]] == ["2017-05-30"]
    assert [d["date"] for d in sides[120]["dates"]] == ["2017-05-25"]
    assert "أكثر من 80 مسلحا" in sides[80]["quote"]
    assert [p["number"] for p in data["pairs"]] == list(range(1, len(data["pairs"]) + 1))


def _convoy_reports(path: Path) -> tuple[str, str]:
    """Two reports of one convoy whose vehicle counts differ (36 against 32)."""
    from factdesk.core import operations as ops

    one = ops.ImportArticle(
        "أعلنت الوزارة أن الطيران دمر يوم 25 مايو/أيار 2017 قافلة من 36 سيارة متجهة من الرقة إلى تدمر.",
        published="2017-06-01",
    )
    two = ops.ImportArticle(
        "قال مصدر إن الطيران استهدف في الـ25 من الشهر الجاري قافلة من 32 سيارة متجهة من الرقة إلى تدمر.",
        published="2017-05",
    )
    with Project.create(path) as p:
        p.run(ops.Batch("import", [one, two]))
    return one.id, two.id


def test_link_makes_a_pair_into_a_claim_and_undo_takes_it_back(tmp_path: Path) -> None:
    path = tmp_path / "convoy.factdesk"
    a, b = _convoy_reports(path)
    code, out, err = _run("compare", str(path), a[:8], b[:8])
    assert code == 0, err
    assert "  1. [vehicles] CONFLICT" in out
    code, out, err = _run("compare", str(path), a[:8], b[:8], "--link", "1", "--json")
    assert code == 0, err
    (claim,) = json.loads(out)["claims"]
    with Project.open(path, readonly=True) as p:
        roles = {(x.article_id, x.role, x.quote) for x in p.read.appearances(claim)}
    assert roles == {(a, "asserts", "36 سيارة"), (b, "different_figure", "32 سيارة")}
    code, _, err = _run("compare", str(path), a[:8], b[:8], "--link", "1")
    assert code == 1 and "already linked" in err
    code, _, err = _run("undo", str(path))
    assert code == 0, err
    with Project.open(path, readonly=True) as p:
        assert p.read.claim_count() == 0 and p.read.rows("span") == []


def test_link_refuses_two_different_events(demo_copy: Path) -> None:
    a, b = _ids(demo_copy)
    _, out, _ = _run("compare", str(demo_copy), a, b, "--json")
    pairs = json.loads(out)["pairs"]
    different = next(p["number"] for p in pairs if p["verdict"] == "different_event")
    code, _, err = _run("compare", str(demo_copy), a, b, "--link", str(different))
    assert code == 1 and "different events" in err


def test_compare_refuses_a_pair_number_it_does_not_have(demo_copy: Path) -> None:
    a, b = _ids(demo_copy)
    code, _, err = _run("compare", str(demo_copy), a, b, "--link", "999")
    assert code == 2 and "no pair 999" in err
    code, _, err = _run("compare", str(demo_copy), a)
    assert code == 2 and "at least two articles" in err
