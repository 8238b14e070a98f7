"""ClaimReview (schema.org JSON-LD): the markup search engines and fact-check aggregators read.

One record per reviewed claim, alone or gathered in a feed (a schema.org ``DataFeed``). The rating
carries the project's scale: ``ratingValue`` between ``worstRating`` and ``bestRating`` where the
verdict has a value, ``alternateName`` the verdict's words in Arabic (or in English with
``lang="en"``) and ``name`` its English label, so both are there. ``itemReviewed`` is the Claim:
who made it (the outlet or author of its first appearance), when, and every article it appeared in.
``author`` is the organisation of the project's settings.

A claim not yet judged (no review date, or a verdict of the scale without a rating that is one of
"unverified"/"in progress") has no ClaimReview. The text written is safe inside an HTML
``<script type="application/ld+json">``: ``<``, ``>`` and ``&`` are escaped as ``\\u003c`` ...,
so a claim quoting «</script>» cannot end the script early.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Final

from factdesk.core.report import ArticleRef, ClaimReport
from factdesk.core.verdicts import BEST_RATING, WORST_RATING
from factdesk.exporters.atomic import replacing_text

#: Google shows at most this many characters of ``claimReviewed``; longer ones earn a warning.
CLAIM_REVIEWED_MAX: Final = 75
#: Verdicts that are not a judgement: no ClaimReview is written for them.
NOT_JUDGED: Final = frozenset({"unverified", "in_progress"})
CONTEXT: Final = "https://schema.org"


@dataclass(frozen=True)
class Publisher:
    """Who publishes the reviews (the project's ``organisation`` settings) and where."""

    name: str
    url: str = ""
    #: the address of one published review, ``{id}`` standing for the claim's id; "" gives urn:uuid:
    claim_url: str = ""


@dataclass
class ClaimReviewResult:
    records: list[dict[str, Any]] = field(default_factory=list)
    claim_ids: list[str] = field(default_factory=list)  # the claim of each record
    warnings: list[str] = field(default_factory=list)
    skipped: int = 0  # claims not judged yet
    #: (claim id, its words) of each claim longer than search engines show, for the window to word
    too_long: list[tuple[str, str]] = field(default_factory=list)


def _date(value: str) -> str:
    return value[:10] if len(value) >= 10 else value


def _organisation(publisher: Publisher) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "Organization", "name": publisher.name}
    if publisher.url:
        out["url"] = publisher.url
    return out


def _appearance(article: ArticleRef) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "CreativeWork"}
    if article.url:
        out["url"] = article.url
    if article.title:
        out["headline"] = article.title
    if article.published:
        out["datePublished"] = article.published
    if article.outlet:
        out["publisher"] = {"@type": "Organization", "name": article.outlet}
    if article.author:
        out["author"] = {"@type": "Person", "name": article.author}
    return out


def claim_review(
    report: ClaimReport, articles: dict[str, ArticleRef], publisher: Publisher, *, lang: str = "ar"
) -> dict[str, Any]:
    """The ClaimReview of one judged claim (``articles``: its appearances' articles by id)."""
    seen: dict[str, ArticleRef] = {}
    for line in report.appearances:
        article = articles.get(line.article_id)
        if article is not None:
            seen.setdefault(article.article_id, article)
    appearances = list(seen.values())
    claim: dict[str, Any] = {"@type": "Claim"}
    if appearances:
        first = appearances[0]
        if first.author:
            claim["author"] = {"@type": "Person", "name": first.author}
        elif first.outlet:
            claim["author"] = {"@type": "Organization", "name": first.outlet}
        dates = sorted(a.published for a in appearances if a.published)
        if dates:
            claim["datePublished"] = dates[0]
        claim["appearance"] = [_appearance(a) for a in appearances]
        claim["firstAppearance"] = _appearance(min(appearances, key=lambda a: a.published or "9999"))
    rating: dict[str, Any] = {
        "@type": "Rating",
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": report.verdict_en if lang == "en" else report.verdict_ar,
        "name": report.verdict_en,
    }
    if report.rating_value is not None:
        rating["ratingValue"] = report.rating_value
    url = (
        publisher.claim_url.replace("{id}", report.claim_id)
        if publisher.claim_url
        else f"urn:uuid:{report.claim_id}"
    )
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": report.text,
        "reviewRating": rating,
        "itemReviewed": claim,
        "author": _organisation(publisher),
        "datePublished": _date(report.reviewed_at or report.modified_at),
        "inLanguage": "en" if lang == "en" else "ar",
    }
    return review


def claim_reviews(
    reports: Iterable[ClaimReport], articles: dict[str, ArticleRef], publisher: Publisher, *, lang: str = "ar"
) -> ClaimReviewResult:
    """The ClaimReview of every judged claim, with a warning for each that search engines will cut."""
    if not publisher.name.strip():
        raise ValueError(
            "ClaimReview names the organisation that reviewed each claim: set it first "
            "(factdesk setting PROJECT organisation NAME)."
        )
    result = ClaimReviewResult()
    for report in reports:
        if report.verdict_key in NOT_JUDGED:
            result.skipped += 1
            continue
        result.records.append(claim_review(report, articles, publisher, lang=lang))
        result.claim_ids.append(report.claim_id)
        if len(report.text) > CLAIM_REVIEWED_MAX:
            result.too_long.append((report.claim_id, report.text))
            result.warnings.append(
                f"claim {report.claim_id[:8]}: claimReviewed has {len(report.text)} characters; "
                f"search engines show at most {CLAIM_REVIEWED_MAX}"
            )
    return result


def feed(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Every record in one schema.org DataFeed (each keeps its own ``@context``-free body)."""
    return {
        "@context": CONTEXT,
        "@type": "DataFeed",
        "dataFeedElement": [{k: v for k, v in r.items() if k != "@context"} for r in records],
    }


def dumps(data: Any, *, indent: int | None = 2) -> str:
    """JSON that can be pasted into an HTML script element as it is (see the module's docstring)."""
    # The replaced characters only ever occur inside JSON strings, where the escapes mean the same;
    # str.replace runs at memory speed, several times faster than a translate table on megabytes.
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return text


def write_json(data: Any, path: str | os.PathLike[str]) -> None:
    """``dumps(data)`` to ``path``, UTF-8, appearing whole or not at all."""
    with replacing_text(os.path.realpath(os.fspath(path)), encoding="utf-8") as out:
        out.write(dumps(data))
        out.write("\n")


def per_claim_names(result: ClaimReviewResult) -> Iterator[tuple[str, dict[str, Any]]]:
    """(file name, record) for writing one file per review: the claim's words, made safe, and the
    start of its id (so that two claims worded alike still get two files)."""
    from factdesk.core.filenames import safe_filename

    for claim_id, record in zip(result.claim_ids, result.records, strict=True):
        name = safe_filename(str(record["claimReviewed"])[:60], f"-{claim_id[:8]}.jsonld", fallback="claim")
        yield name, record
