"""The verified-claim report as plain data.

The store gathers these records (one per claim) and the exporters turn them into CSV,
ClaimReview or anything else; neither side needs to know how the other works.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class AppearanceLine:
    """One place where the claim appears: an article and the exact words quoted from it."""

    article_id: str
    article_title: str
    outlet: str
    published: str  # ISO 8601, possibly partial ("2017-05"), or "" when unknown
    quote: str
    role: str  # "asserts" | "denies" | "different_figure"


@dataclass(frozen=True, slots=True)
class EvidenceLine:
    """One source cited for or against the claim."""

    source_title: str
    source_url: str
    publisher: str
    stance: str  # "supports" | "refutes" | "context"
    note: str
    quote: str  # the quoted span's text, or ""


@dataclass(frozen=True, slots=True)
class ClaimReport:
    claim_id: str
    text: str
    verdict_key: str
    verdict_ar: str
    verdict_en: str
    rating_value: int | None
    rationale: str
    reviewer: str
    reviewed_at: str  # ISO 8601 timestamp or ""
    created_at: str
    modified_at: str
    appearances: tuple[AppearanceLine, ...] = field(default=())
    evidence: tuple[EvidenceLine, ...] = field(default=())
