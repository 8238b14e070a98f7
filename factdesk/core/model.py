"""The fact-checker's world: articles, spans, claims, appearances, sources, evidence, verdicts.

Records are plain rows (``dict[str, object]``) so that the store can keep them, operations can
describe changes to them, and undo can restore them byte for byte. This module names the kinds,
their fields and the closed vocabularies (roles, stances, source kinds: their words are in
:mod:`factdesk.core.labels`), and makes new ids and timestamps in one place.
"""

from __future__ import annotations

import functools
import uuid
from datetime import UTC, datetime
from typing import Final

Row = dict[str, object]

ARTICLE: Final = "article"
SPAN: Final = "span"
CLAIM: Final = "claim"
APPEARANCE: Final = "appearance"
SOURCE: Final = "source"
EVIDENCE: Final = "evidence"
VERDICT: Final = "verdict"
#: A published fact-check in the project's reference library (not part of any claim until attached).
FACTCHECK: Final = "factcheck"
#: A topic a claim is filed under («سوريا», «انتخابات»): one row per claim and tag.
TAG: Final = "tag"
#: A project setting (the organisation that publishes the project's fact-checks, ...): a key and its text.
SETTING: Final = "setting"

#: Every kind of record, in the order that parents come before children.
KINDS: Final = (VERDICT, ARTICLE, SPAN, CLAIM, TAG, SOURCE, APPEARANCE, EVIDENCE, FACTCHECK, SETTING)

#: The fields of each kind of record, as the store keeps them.
FIELDS: Final[dict[str, tuple[str, ...]]] = {
    ARTICLE: (
        "id",
        "title",
        "outlet",
        "author",
        "place",
        "url",
        "published",
        "language",
        "origin",
        "content_hash",
        "text",
        "created",
        "modified",
    ),
    SPAN: (
        "id",
        "article_id",
        "start",
        "end",
        "quote",
        "prefix",
        "suffix",
        "kind",
        "note",
        "created",
        "modified",
    ),
    # ``note``: the fact-checker's own free note on the claim (not part of any report)
    CLAIM: ("id", "text", "verdict", "rationale", "reviewer", "reviewed_at", "note", "created", "modified"),
    TAG: ("id", "claim_id", "name", "created", "modified"),
    APPEARANCE: ("id", "claim_id", "span_id", "role", "created", "modified"),
    SOURCE: (
        "id",
        "kind",
        "title",
        "url",
        "publisher",
        "published",
        "accessed",
        "reliability",
        "notes",
        "article_id",
        "created",
        "modified",
    ),
    EVIDENCE: ("id", "claim_id", "source_id", "stance", "span_id", "note", "created", "modified"),
    VERDICT: ("key", "position", "label_ar", "label_en", "rating_value", "color", "created", "modified"),
    # ``rating`` as the publisher wrote it; ``verdict`` the project's verdict key it stands for, or
    # empty when it maps to none; ``origin`` the file it was imported from
    FACTCHECK: (
        "id",
        "claim",
        "claimant",
        "claim_date",
        "publisher",
        "site",
        "url",
        "title",
        "review_date",
        "rating",
        "verdict",
        "language",
        "origin",
        "created",
        "modified",
    ),
    # the settings table has neither an id nor times: its key is the setting's name
    SETTING: ("key", "value"),
}

#: The primary key of each kind.
KEY: Final = {kind: ("key" if kind in (VERDICT, SETTING) else "id") for kind in KINDS}

#: Fields that can never change once a record exists.
FROZEN: Final = {ARTICLE: frozenset({"id", "text", "content_hash", "created"})}

ROLES: Final = ("asserts", "denies", "different_figure")
STANCES: Final = ("supports", "refutes", "context")
SOURCE_KINDS: Final = (
    "document",
    "official_statement",
    "person",
    "dataset",
    "archived_page",
    "article",
    "fact_check",
    "other",
)
RELIABILITY: Final = ("unknown", "low", "medium", "high")

#: The project settings there are, each with what it is for. The organisation is who publishes the
#: project's fact-checks: the ``author`` of its ClaimReview records.
SETTINGS: Final[dict[str, str]] = {
    "organisation": "the name of the organisation that publishes these fact-checks",
    "organisation_url": "its web address",
    "claim_url": "the address of a published review, with {id} standing for the claim's id",
}
SPAN_KINDS: Final = ("highlight", "claim", "evidence", "figure", "date", "name")


def new_id() -> str:
    """A stable random id, so that projects can later be merged without collisions."""
    return str(uuid.uuid4())


def now() -> str:
    """The current time as an ISO 8601 UTC timestamp with microseconds (sortable as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


_TEXT_FIELDS: Final = frozenset(
    (
        "title",
        "outlet",
        "author",
        "place",
        "url",
        "published",
        "language",
        "origin",
        "quote",
        "prefix",
        "suffix",
        "note",
        "notes",
        "text",
        "rationale",
        "reviewer",
        "publisher",
        "accessed",
        "claim",
        "claimant",
        "claim_date",
        "site",
        "review_date",
        "rating",
        "name",
        "value",
    )
)


@functools.cache
def _empty_row(kind: str) -> dict[str, object]:
    # every field of a published fact-check is text (its verdict key too: empty when none)
    return {name: "" if name in _TEXT_FIELDS or kind == FACTCHECK else None for name in FIELDS[kind]}


def blank(kind: str, /, **values: object) -> Row:
    """A complete row of ``kind`` with every field present: the given values, else empty."""
    empty = _empty_row(kind)
    if not values.keys() <= empty.keys():
        raise ValueError(f"unknown fields for {kind}: {sorted(values.keys() - empty.keys())}")
    return empty | values
