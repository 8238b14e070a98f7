"""The verified-claim report as plain data.

The store gathers these records (one per claim) and the exporters turn them into CSV,
ClaimReview or anything else; neither side needs to know how the other works.

They are named tuples rather than dataclasses: a report of 10,000 claims builds some 40,000 of
them, and a tuple is built several times faster than a frozen dataclass (whose ``__init__`` sets
each field through ``object.__setattr__``). An exporter can also turn a claim's lines into
columns in one step with ``zip(*report.appearances)``.
"""

from __future__ import annotations

from typing import NamedTuple


class AppearanceLine(NamedTuple):
    """One place where the claim appears: an article and the exact words quoted from it."""

    article_id: str
    article_title: str
    outlet: str
    published: str  # ISO 8601, possibly partial ("2017-05"), or "" when unknown
    quote: str
    role: str  # "asserts" | "denies" | "different_figure"


class EvidenceLine(NamedTuple):
    """One source cited for or against the claim."""

    source_title: str
    source_url: str
    publisher: str
    stance: str  # "supports" | "refutes" | "context"
    note: str
    quote: str  # the quoted span's text, or ""


class ClaimReport(NamedTuple):
    claim_id: str
    text: str
    verdict_key: str
    verdict_ar: str
    verdict_en: str
    rating_value: int | float | None
    rationale: str
    reviewer: str
    reviewed_at: str  # ISO 8601 timestamp or ""
    created_at: str
    modified_at: str
    appearances: tuple[AppearanceLine, ...] = ()
    evidence: tuple[EvidenceLine, ...] = ()


class CorrectionLine(NamedTuple):
    """One verdict a claim was given, in the order given: the corrections history of the report.

    ``at`` is when it was given (ISO 8601); ``reviewer`` and ``rationale`` are the claim's as they
    stood right after; ``previous_*`` name the verdict it replaced ("" for the first).
    """

    claim_id: str
    claim: str
    at: str
    verdict_key: str
    verdict_ar: str
    verdict_en: str
    previous_ar: str
    previous_en: str
    reviewer: str
    rationale: str


class ArticleRef(NamedTuple):
    """What an interchange format says of an article: where it was published, by whom, and the
    fingerprint of its text (so that another project holding the same text finds it)."""

    article_id: str
    title: str
    outlet: str
    author: str
    url: str
    published: str
    content_hash: str


class AnnotatedSpan(NamedTuple):
    """One highlight with what the fact-checker said of it: a W3C Web Annotation's content."""

    span_id: str
    article: ArticleRef
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    kind: str
    note: str
    created: str
    modified: str
    #: the claims it is an appearance of: (claim id, text, verdict key, verdict ar, verdict en,
    #: rationale, reviewer, reviewed_at, role)
    claims: tuple[tuple[str, str, str, str, str, str, str, str, str], ...] = ()
