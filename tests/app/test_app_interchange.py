"""Reports and interchange through the workflows both interfaces call: spreadsheets with the corrections
history, ClaimReview, and W3C annotations out and back in (re-anchored by quote, one undo step)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import jsonschema
import pytest
from support import REPO, fresh_copy_of_articles

from factdesk.app import annotations as anno
from factdesk.app import exports
from factdesk.core import model
from factdesk.core import operations as ops
from factdesk.store.project import Project

ARTICLE = (
    "أعلنت وزارة الدفاع مقتل أكثر من 80 مسلحاً أثناء خروجهم من الرقة ليل 30 مايو.\n"
    "وقال المتحدث إن الهجوم الذي وقع أمس على الحدود الشمالية استهدف قافلة من 32 سيارة.\n"
    "وأضاف أن الطيران الروسي نفذ الضربة."
)
URL = "https://news.example/raqqa"


def _work(path: Path) -> dict[str, object]:
    """Everything a fact-checker made in the project, keyed by what it is, not by storage ids."""
    with Project.open(path, readonly=True) as p:
        hashes = {r["id"]: r["content_hash"] for r in p.read.rows(model.ARTICLE)}
        spans = {
            r["id"]: (
                hashes[r["article_id"]],
                r["start"],
                r["end"],
                r["quote"],
                r["prefix"],
                r["suffix"],
                r["kind"],
                r["note"],
            )
            for r in p.read.rows(model.SPAN)
        }
        claims = {
            r["id"]: (r["text"], r["verdict"], r["rationale"], r["reviewer"], r["reviewed_at"])
            for r in p.read.rows(model.CLAIM)
        }
        links = sorted(
            (claims[a["claim_id"]], spans[a["span_id"]], a["role"]) for a in p.read.rows(model.APPEARANCE)
        )
    return {"spans": sorted(spans.values()), "claims": claims, "links": links}


def test_annotations_exported_then_imported_into_a_fresh_project_lose_nothing(
    demo_copy: Path, tmp_path: Path
) -> None:
    with Project.open(demo_copy) as p:
        first = p.read.claim_ids()[0]
        p.run(ops.SetVerdict(first, "false", rationale="تصحيح", reviewer="منى"))
        span = p.read.rows(model.SPAN)[0]
        p.run(ops.EditSpan(str(span["id"]), kind="figure", note="ملاحظة: «80» = 80"))
    out = tmp_path / "a.jsonld"
    count = exports.export_annotations(demo_copy, out)
    fresh = tmp_path / "fresh.factdesk"
    fresh_copy_of_articles(demo_copy, fresh)
    with Project.open(fresh) as p:
        result = anno.import_annotations(out, p, p.run)
    assert result.read == count and len(result.placed) == count and not result.orphans and not result.changed
    assert _work(fresh) == _work(demo_copy)
    assert _work(fresh)["links"]  # the demo's claims and their appearances came along

    # one undo step takes the whole import back
    with Project.open(fresh) as p:
        p.undo()
        assert p.read.rows(model.SPAN) == [] and p.read.rows(model.CLAIM) == []


def test_importing_the_same_annotations_twice_adds_nothing_the_second_time(
    demo_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "a.jsonld"
    exports.export_annotations(demo_copy, out)
    before = _work(demo_copy)
    with Project.open(demo_copy) as p:
        result = anno.import_annotations(out, p, p.run)
    assert (
        result.spans_added == 0
        and result.claims_added == 0
        and result.links_added == 0
        and result.seq is None
    )
    assert _work(demo_copy) == before


def _project_with_article(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "p.factdesk"
    with Project.create(path) as p:
        op = ops.ImportArticle(ARTICLE, title="الرقة", url=URL)
        p.run(op)
    return path, op.id


def _w3c(*targets: dict) -> dict:
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationPage",
        "items": [{"type": "Annotation", "id": f"urn:x:{i}", "target": t} for i, t in enumerate(targets)],
    }


def _target(
    exact: str, start: int | None = None, source: str = URL, prefix: str = "", suffix: str = ""
) -> dict:
    selectors: list[dict] = [
        {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix}
    ]
    if start is not None:
        selectors.append({"type": "TextPositionSelector", "start": start, "end": start + len(exact)})
    return {"source": source, "selector": selectors}


def test_quotes_that_moved_or_changed_slightly_are_placed_and_the_rest_are_orphans(tmp_path: Path) -> None:
    path, aid = _project_with_article(tmp_path)
    data = _w3c(
        _target("استهدف قافلة", start=3),  # offsets stale: the quote is found where it is now
        _target("الهجوم الذى وقع امس"),  # spelled differently: placed fuzzily, and reported
        _target("مقتل أكثر من 90 مسلحاً"),  # another figure: never placed on «80»
        _target("الطيران الروسي", source="https://elsewhere.example/x"),  # no such article
        {"source": URL},  # no quote at all
    )
    file = tmp_path / "in.jsonld"
    file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with Project.open(path) as p:
        result = anno.import_annotations(file, p, p.run)
        spans = sorted((s["quote"], s["start"]) for s in p.read.rows(model.SPAN))
    assert spans == sorted(
        [
            ("استهدف قافلة", ARTICLE.index("استهدف قافلة")),
            ("الهجوم الذي وقع أمس", ARTICLE.index("الهجوم الذي")),
        ]
    )
    (changed,) = result.changed
    assert changed.quote == "الهجوم الذى وقع امس" and changed.found == "الهجوم الذي وقع أمس"
    assert sorted(o.quote for o in result.orphans) == ["الطيران الروسي", "مقتل أكثر من 90 مسلحاً"]
    assert result.unusable == 1
    assert "orphan: «مقتل أكثر من 90 مسلحاً»" in result.words()


def test_a_hypothesis_export_is_read_into_highlights_with_its_notes_and_tags(tmp_path: Path) -> None:
    path, aid = _project_with_article(tmp_path)
    quote = "نفذ الضربة"
    start = ARTICLE.index(quote)
    rows = [
        {
            "id": "hXyZ123",
            "uri": URL,
            "text": "من نفذها فعلًا؟",
            "tags": ["روسيا", "تحقق"],
            "target": [
                {
                    "source": URL + "#section",
                    "selector": [
                        {"type": "RangeSelector", "startContainer": "/p[3]", "startOffset": 0},
                        {"type": "TextPositionSelector", "start": start, "end": start + len(quote)},
                        {"type": "TextQuoteSelector", "exact": quote, "prefix": "الروسي ", "suffix": "."},
                    ],
                }
            ],
        }
    ]
    file = tmp_path / "hypothesis.json"
    file.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    with Project.open(path) as p:
        result = anno.import_annotations(file, p, p.run)
        (span,) = p.read.rows(model.SPAN)
    assert result.spans_added == 1 and not result.orphans
    assert (span["article_id"], span["start"], span["quote"], span["kind"]) == (
        aid,
        start,
        quote,
        "highlight",
    )
    assert span["note"] == "من نفذها فعلًا؟\n#روسيا #تحقق"


def test_a_file_that_is_not_annotations_is_refused_in_words(tmp_path: Path) -> None:
    from factdesk.importers.errors import ImportRefused

    path, _ = _project_with_article(tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff\xfe not json")
    with Project.open(path) as p, pytest.raises(ImportRefused, match="not an annotation file"):
        anno.import_annotations(bad, p, p.run)


# --- spreadsheets and ClaimReview through the workflows ----------------------------------------


def test_csv_export_writes_the_corrections_history_of_the_claims_reported_beside_it(
    demo_copy: Path, tmp_path: Path
) -> None:
    with Project.open(demo_copy) as p:
        cid = p.read.claim_ids()[0]
        p.run(ops.SetVerdict(cid, "false", rationale="تصحيح أول", reviewer="منى"))
        p.run(ops.SetVerdict(cid, "mostly_true", rationale="تصحيح ثان", reviewer="سارة"))
    target = tmp_path / "r.csv"
    history = exports.corrections_path(target)
    assert history.name == "r-corrections.csv"
    exports.export_csv(
        demo_copy, target, lang="ar", corrections=history, only=exports.ReportFilter(["mostly_true"])
    )
    rows = list(csv.DictReader(history.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["الحكم"] for r in rows][-2:] == ["خاطئ", "صحيح في معظمه"]
    assert (
        rows[-1]["المراجِع"] == "سارة"
        and rows[-1]["التعليل"] == "تصحيح ثان"
        and rows[-1]["الحكم السابق"] == "خاطئ"
    )
    assert {r["معرّف الادعاء"] for r in rows} == {cid}  # only the claims the filter kept


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_spreadsheet_exports_hold_every_claim_and_its_corrections(
    demo_copy: Path, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / f"r.{fmt}"
    write = exports.export_xlsx if fmt == "xlsx" else exports.export_ods
    seen: list[int] = []
    with Project.open(demo_copy, readonly=True) as p:
        total, judged = p.read.claim_count(), len(list(p.read.corrections()))
    assert write(demo_copy, target, lang="ar", progress=lambda done, _t, _x: seen.append(done)) == total
    assert seen[-1] == total
    if fmt == "xlsx":
        from openpyxl import load_workbook

        book = load_workbook(target)
        assert book["الادعاءات"].max_row == total + 1 and book["سجل التصحيحات"].max_row == judged + 1
    else:
        from odf.opendocument import load
        from odf.table import Table, TableRow

        tables = load(str(target)).spreadsheet.getElementsByType(Table)
        assert [len(t.getElementsByType(TableRow)) for t in tables] == [total + 1, judged + 1]


def test_a_cancelled_export_leaves_nothing(demo_copy: Path, tmp_path: Path) -> None:
    from factdesk.app.progress import Cancelled

    with pytest.raises(Cancelled):
        exports.export_xlsx(demo_copy, tmp_path / "r.xlsx", cancelled=lambda: True)
    assert list(tmp_path.glob("r.xlsx*")) == [] and not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_claimreview_names_the_projects_organisation_and_validates(demo_copy: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="organisation"):
        exports.export_claimreview(demo_copy, tmp_path / "cr.jsonld")
    with Project.open(demo_copy) as p:
        p.run(ops.SetSetting("organisation", "مسبار"))
        p.run(ops.SetSetting("organisation_url", "https://misbar.example"))
    done = exports.export_claimreview(demo_copy, tmp_path / "cr.jsonld")
    data = json.loads((tmp_path / "cr.jsonld").read_text(encoding="utf-8"))
    schema = json.loads((REPO / "tests" / "data" / "claimreview.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert len(data["dataFeedElement"]) == done.written > 0 and done.skipped >= 1
    assert {r["author"]["name"] for r in data["dataFeedElement"]} == {"مسبار"}
    per_claim = exports.export_claimreview(demo_copy, tmp_path / "each", per_claim=True)
    assert len(list((tmp_path / "each").iterdir())) == per_claim.written == done.written


def test_the_hypothesis_clients_json_export_is_read(tmp_path: Path) -> None:
    """The file the Hypothesis client's «Export annotations» writes: its rows under «annotations»."""
    fixture = REPO / "tests" / "data" / "annotations" / "hypothesis-export.json"
    data = json.loads(fixture.read_text(encoding="utf-8"))
    path = tmp_path / "h.factdesk"
    with Project.create(path) as p:
        p.run(ops.ImportArticle(_HYPOTHESIS_ARTICLE, title="مدارس أسوان", url=data["annotations"][0]["uri"]))
    with Project.open(path) as p:
        result = anno.import_annotations(fixture, p, p.run)
    assert (result.read, len(result.placed), len(result.changed), result.unusable) == (3, 2, 1, 1)
    (orphan,) = result.orphans
    assert orphan.why == anno.QUOTE_GONE and orphan.title == "مدارس أسوان"


_HYPOTHESIS_ARTICLE = (
    "قال وزير التعليم إن الحكومة افتتحت 14 مدرسة جديدة في محافظة أسوان خلال العام الماضي.\n"
    "وأضاف أن الميزانية المخصصة للتعليم ارتفعت بنسبة 12% مقارنة بالعام السابق.\n"
    "ونفى الوزير ما تردد عن إغلاق مدارس في القرى النائية."
)
