"""The store's read API: every question the window and the command line ask of a project.

The interfaces never hold a connection. They read through a :class:`ProjectReader` (``project.read``),
which answers on a connection SQLite itself will not let write (opened ``mode=ro`` and
``query_only``), and they change the project only by running operations. So no view, however it
is written, can change a fact-checker's work behind the journal and the undo stack.

The records the answers come in are re-exported here, so that an interface names them without
importing the modules that hold the SQL.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING, Any

from factdesk.core.dashboard import Dashboard
from factdesk.core.model import Row
from factdesk.core.report import AnnotatedSpan, ArticleRef, ClaimReport, CorrectionLine
from factdesk.store import dashboard, queries
from factdesk.store.queries import (
    Appearance,
    ArticleSummary,
    ClaimFilter,
    ClaimSummary,
    EvidenceItem,
    HistoryEntry,
    SharedClaim,
    VerdictInfo,
)

if TYPE_CHECKING:
    from factdesk.store.search import ArticleHit, ClaimHit, FactCheckHit, QueryRefused

#: Search (and the fold table it loads) is imported when first asked for, not when a window opens.
_FROM_SEARCH = ("ArticleHit", "ClaimHit", "FactCheckHit", "QueryRefused")


def __getattr__(name: str) -> Any:
    if name in _FROM_SEARCH:
        from factdesk.store import search

        return getattr(search, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Appearance",
    "ArticleHit",
    "ArticleSummary",
    "ClaimFilter",
    "ClaimHit",
    "ClaimSummary",
    "EvidenceItem",
    "FactCheckHit",
    "HistoryEntry",
    "ProjectReader",
    "QueryRefused",
    "SharedClaim",
    "VerdictInfo",
]


class ProjectReader:
    """One method per question an interface asks; each answers from what is committed now.

    ``conn`` must be a connection that cannot write (see :meth:`factdesk.store.project.Project.read`).
    In WAL mode each question starts a fresh read, so what an operation has committed on the
    project's write connection is seen by the next question asked.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    # records, whole (the Reader protocol of operations, so a read API can plan one too) ------
    def get(self, kind: str, key: str) -> Row | None:
        """The whole row of one record (``kind`` as in :mod:`factdesk.core.model`), or None."""
        return queries.record(self._conn, kind, key)

    def find(self, kind: str, field: str, value: object) -> list[Row]:
        return queries.records_where(self._conn, kind, field, value)

    def rows(self, kind: str) -> list[Row]:
        return queries.records(self._conn, kind)

    def setting(self, key: str, default: str = "") -> str:
        """A project setting (:data:`factdesk.core.model.SETTINGS`), or ``default`` when unset."""
        row = queries.record(self._conn, "setting", key)
        return str(row["value"]) if row else default

    # articles ------------------------------------------------------------------------------
    def articles(
        self, *, contains: str = "", order: str = "imported", limit: int = -1, offset: int = 0
    ) -> list[ArticleSummary]:
        return queries.articles(self._conn, contains=contains, order=order, limit=limit, offset=offset)

    def article_ids(self, *, contains: str = "", order: str = "imported") -> list[str]:
        return queries.article_ids(self._conn, contains=contains, order=order)

    def articles_by_ids(self, ids: list[str]) -> dict[str, ArticleSummary]:
        return queries.articles_by_ids(self._conn, ids)

    def article_count(self) -> int:
        return queries.article_count(self._conn)

    def article_highlights(
        self, article_id: str, span_ids: Collection[str] | None = None
    ) -> tuple[list[tuple[str, int, int, tuple[str, ...], str]], dict[str, tuple[str, str, str]]]:
        return queries.article_highlights(self._conn, article_id, span_ids)

    def articles_of_spans(self, span_ids: Collection[str]) -> dict[str, str]:
        return queries.articles_of_spans(self._conn, span_ids)

    def span_counts(self, article_ids: Collection[str]) -> dict[str, int]:
        return queries.span_counts(self._conn, article_ids)

    def spans_in(
        self, article_id: str, start: int = 0, end: int | None = None
    ) -> list[tuple[str, int, int, str | None, str | None]]:
        return queries.spans_in(self._conn, article_id, start, end)

    def shared_claims(self, left_id: str, right_id: str) -> list[SharedClaim]:
        return queries.shared_claims(self._conn, left_id, right_id)

    # claims --------------------------------------------------------------------------------
    def claims(
        self,
        *,
        verdict: str | None = None,
        contains: str = "",
        order: str = "created",
        limit: int = -1,
        offset: int = 0,
        article_id: str | None = None,
        where: ClaimFilter | None = None,
    ) -> list[ClaimSummary]:
        return queries.claims(
            self._conn,
            verdict=verdict,
            contains=contains,
            order=order,
            limit=limit,
            offset=offset,
            article_id=article_id,
            where=where,
        )

    def claim_ids(
        self,
        *,
        verdict: str | None = None,
        contains: str = "",
        order: str = "created",
        descending: bool = False,
        article_id: str | None = None,
        where: ClaimFilter | None = None,
    ) -> list[str]:
        return queries.claim_ids(
            self._conn,
            verdict=verdict,
            contains=contains,
            order=order,
            descending=descending,
            article_id=article_id,
            where=where,
        )

    def claims_by_ids(self, ids: list[str]) -> dict[str, ClaimSummary]:
        return queries.claims_by_ids(self._conn, ids)

    def claim_count(self) -> int:
        return queries.claim_count(self._conn)

    def verdicts(self) -> list[VerdictInfo]:
        return queries.verdicts(self._conn)

    def verdict_counts(self, where: ClaimFilter | None = None) -> list[tuple[VerdictInfo, int]]:
        return queries.verdict_counts(self._conn, where)

    def tags(self) -> list[tuple[str, int]]:
        return queries.tags(self._conn)

    def claim_tags(self, claim_id: str) -> list[str]:
        return queries.claim_tags(self._conn, claim_id)

    def outlets(self) -> list[str]:
        return queries.outlets(self._conn)

    def appearances(self, claim_id: str) -> list[Appearance]:
        return queries.appearances(self._conn, claim_id)

    def evidence(self, claim_id: str) -> list[EvidenceItem]:
        return queries.evidence(self._conn, claim_id)

    def verdict_changes(self, claim_id: str) -> list[tuple[str, str | None, str]]:
        return queries.verdict_changes(self._conn, claim_id)

    def history(
        self, kind: str | None = None, key: str | None = None, limit: int = 200
    ) -> list[HistoryEntry]:
        return queries.history(self._conn, kind, key, limit=limit)

    def report(
        self,
        *,
        verdicts_in: list[str] | None = None,
        since: str = "",
        until: str = "",
        article_id: str | None = None,
        outlet: str | None = None,
    ) -> Iterator[ClaimReport]:
        return queries.report(
            self._conn,
            verdicts_in=verdicts_in,
            since=since,
            until=until,
            article_id=article_id,
            outlet=outlet,
        )

    def dashboard(
        self,
        *,
        verdicts_in: list[str] | None = None,
        since: str = "",
        until: str = "",
        article_id: str | None = None,
        outlet: str | None = None,
    ) -> Dashboard:
        """The dashboard's counts over the claims :meth:`report` would list for the same filter."""
        return dashboard.dashboard(
            self._conn,
            verdicts_in=verdicts_in,
            since=since,
            until=until,
            article_id=article_id,
            outlet=outlet,
        )

    def corrections(self, claim_ids: set[str] | None = None) -> Iterator[CorrectionLine]:
        """Every verdict each claim was given, oldest first (the report's corrections history)."""
        return queries.corrections(self._conn, claim_ids)

    def article_refs(self) -> dict[str, ArticleRef]:
        """Each article's URL, author, outlet, date and text fingerprint (not its text), by id."""
        return queries.article_refs(self._conn)

    def annotated_spans(self) -> Iterator[AnnotatedSpan]:
        """Every span with its article and the claims it is an appearance of (for annotations)."""
        return queries.annotated_spans(self._conn)

    # search --------------------------------------------------------------------------------
    def search_articles(
        self,
        raw: str,
        *,
        limit: int = 50,
        offset: int = 0,
        article_id: str | None = None,
        exact: bool = False,
    ) -> list[ArticleHit]:
        from factdesk.store import search

        return search.search_articles(
            self._conn, raw, limit=limit, offset=offset, article_id=article_id, exact=exact
        )

    def count_articles(self, raw: str, *, exact: bool = False) -> int:
        from factdesk.store import search

        return search.count_articles(self._conn, raw, exact=exact)

    def search_claims(self, raw: str, *, limit: int = 50, exact: bool = False) -> list[ClaimHit]:
        from factdesk.store import search

        return search.search_claims(self._conn, raw, limit=limit, exact=exact)

    # the library of published fact-checks ---------------------------------------------------
    def match_factchecks(self, text: str, *, limit: int = 50) -> list[FactCheckHit]:
        """Candidates for the published fact-checks of ``text``, best first by shared telling words."""
        from factdesk.store import search

        return search.match_factchecks(self._conn, text, limit=limit)

    def search_factchecks(self, raw: str, *, limit: int = 200, offset: int = 0) -> list[FactCheckHit]:
        from factdesk.store import search

        return search.search_factchecks(self._conn, raw, limit=limit, offset=offset)

    def factchecks_by_ids(self, ids: list[str]) -> dict[str, FactCheckHit]:
        from factdesk.store import search

        return search.factchecks_by_ids(self._conn, ids)

    def factcheck_count(self) -> int:
        from factdesk.store import search

        return search.factcheck_count(self._conn)

    def factcheck_ids(self) -> list[str]:
        from factdesk.store import search

        return search.factcheck_ids(self._conn)
