"""ClaimReview JSON-LD: valid against the schema of what search engines read, safe inside HTML."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from reports import report
from support import REPO

from factdesk.core.report import ArticleRef
from factdesk.exporters import claimreview
from factdesk.exporters.claimreview import Publisher, claim_reviews, dumps, feed

SCHEMA = json.loads((REPO / "tests" / "data" / "claimreview.schema.json").read_text(encoding="utf-8"))
ARTICLES = {
    "a1": ArticleRef(
        "a1",
        "وزير المالية: التضخم تراجع",
        "الأهرام",
        "محمد علي",
        "https://ahram.example/a1",
        "2024-03-01",
        "h1",
    ),
    "a2": ArticleRef("a2", "مقال ثان", "وكالة", "", "https://agency.example/2", "2024-02-27", "h2"),
}
MISBAR = Publisher("مسبار", "https://misbar.example", "https://misbar.example/factcheck/{id}")


def validate(data: object) -> None:
    jsonschema.validate(data, SCHEMA, format_checker=jsonschema.FormatChecker())


def test_a_judged_claim_has_a_valid_claimreview_with_every_field() -> None:
    result = claim_reviews([report()], ARTICLES, MISBAR)
    (record,) = result.records
    validate(record)
    assert record["claimReviewed"] == "التضخم تراجع إلى 5% في فبراير"
    assert record["url"] == "https://misbar.example/factcheck/5b0c1c8e-0000-4000-8000-000000000001"
    assert record["author"] == {"@type": "Organization", "name": "مسبار", "url": "https://misbar.example"}
    assert record["datePublished"] == "2024-03-04"
    rating = record["reviewRating"]
    assert (rating["ratingValue"], rating["worstRating"], rating["bestRating"]) == (1, 1, 5)
    assert rating["alternateName"] == "خاطئ" and rating["name"] == "False"
    item = record["itemReviewed"]
    assert item["author"] == {"@type": "Person", "name": "محمد علي"}
    assert item["datePublished"] == "2024-02-27"  # the earliest appearance
    assert [a["url"] for a in item["appearance"]] == ["https://ahram.example/a1", "https://agency.example/2"]
    assert item["firstAppearance"]["url"] == "https://agency.example/2"


def test_english_alternate_name_on_request_and_the_feed_is_valid_too() -> None:
    result = claim_reviews([report(), report(claim_id="c2")], ARTICLES, MISBAR, lang="en")
    assert result.records[0]["reviewRating"]["alternateName"] == "False"
    data = feed(result.records)
    validate(data)
    assert len(data["dataFeedElement"]) == 2


def test_claims_not_judged_have_no_review_and_a_verdict_without_a_value_has_no_rating_value() -> None:
    result = claim_reviews(
        [
            report(verdict_key="unverified", rating_value=None),
            report(verdict_key="in_progress", rating_value=None),
            report(verdict_key="unproven", verdict_ar="غير مثبت", verdict_en="Unproven", rating_value=None),
        ],
        ARTICLES,
        MISBAR,
    )
    assert result.skipped == 2
    (record,) = result.records
    validate(record)
    assert (
        "ratingValue" not in record["reviewRating"] and record["reviewRating"]["alternateName"] == "غير مثبت"
    )


def test_a_claim_longer_than_75_characters_is_written_with_a_warning() -> None:
    long_text = "قال الوزير " + "إن التضخم تراجع " * 6
    result = claim_reviews([report(text=long_text), report(claim_id="c2")], ARTICLES, MISBAR)
    assert len(result.records) == 2
    assert len(result.warnings) == 1 and f"{len(long_text)} characters" in result.warnings[0]


def test_without_an_organisation_nothing_is_written_and_the_setting_is_named() -> None:
    with pytest.raises(ValueError, match="factdesk setting PROJECT organisation"):
        claim_reviews([report()], ARTICLES, Publisher(""))


def test_without_a_review_address_the_url_is_the_claims_urn() -> None:
    (record,) = claim_reviews([report()], ARTICLES, Publisher("مسبار")).records
    validate(record)
    assert record["url"] == "urn:uuid:5b0c1c8e-0000-4000-8000-000000000001"


def test_the_json_is_safe_inside_an_html_script_element() -> None:
    text = 'ادعاء </script><script>alert("x")</script> & <!-- \u2028'
    (record,) = claim_reviews([report(text=text)], ARTICLES, MISBAR).records
    written = dumps(record)
    assert "<" not in written and ">" not in written and "&" not in written and "\u2028" not in written
    assert "\\u003c/script\\u003e" in written
    assert json.loads(written)["claimReviewed"] == text  # the same text once parsed
    assert "ادعاء" in written  # Arabic is written as it is, not as \\u escapes


def test_one_file_per_claim_is_named_from_the_claim_made_safe() -> None:
    result = claim_reviews(
        [report(text="../../CON: «مقتل» 80\u202e مسلحاً"), report(claim_id="c2", text="مقتل 80")],
        ARTICLES,
        MISBAR,
    )
    names = [name for name, _ in claimreview.per_claim_names(result)]
    assert names[0].endswith("-5b0c1c8e.jsonld") and "/" not in names[0] and "\u202e" not in names[0]
    assert not names[0].startswith(".") and names[1] == "مقتل 80-c2.jsonld"


def test_write_json_writes_utf8_that_reads_back(tmp_path: Path) -> None:
    (record,) = claim_reviews([report()], ARTICLES, MISBAR).records
    claimreview.write_json(record, tmp_path / "r.jsonld")
    assert json.loads((tmp_path / "r.jsonld").read_text(encoding="utf-8")) == record


@pytest.mark.parametrize(
    "spoil",
    [
        lambda r: r.pop("author"),
        lambda r: r["reviewRating"].pop("alternateName"),
        lambda r: r["itemReviewed"].update({"@type": "CreativeWork"}),
        lambda r: r.update({"datePublished": "4 March 2024"}),
    ],
)
def test_the_schema_catches_a_record_missing_what_search_engines_need(spoil) -> None:
    (record,) = claim_reviews([report()], ARTICLES, MISBAR).records
    spoil(record)
    with pytest.raises(jsonschema.ValidationError):
        validate(record)
