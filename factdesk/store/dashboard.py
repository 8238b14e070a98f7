"""The dashboard's counts, in SQL: verdicts, claims per outlet and verdict, claims per month.

The claims counted are chosen as the report chooses them (:func:`claim_filter`, the same clauses
as :func:`factdesk.store.queries.report`), so a printable report's charts count exactly the claims
it lists.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict

from factdesk.core.dashboard import Dashboard, MonthCount, OutletCount, VerdictCount, month_range

_MONTH = re.compile(r"\d{4}-\d{2}")


def claim_filter(
    *,
    verdicts_in: list[str] | None = None,
    since: str = "",
    until: str = "",
    article_id: str | None = None,
    outlet: str | None = None,
) -> tuple[str, list[object]]:
    """A WHERE clause over ``claims c`` (or "") and its parameters."""
    clauses: list[str] = []
    params: list[object] = []
    if verdicts_in:
        clauses.append(f"c.verdict IN ({', '.join('?' * len(verdicts_in))})")
        params += verdicts_in
    if since:
        clauses.append("substr(coalesce(c.reviewed_at, c.modified), 1, 10) >= ?")
        params.append(since)
    if until:
        clauses.append("substr(coalesce(c.reviewed_at, c.modified), 1, 10) <= ?")
        params.append(until)
    if article_id:
        clauses.append(
            "c.id IN (SELECT p.claim_id FROM appearances p JOIN spans s ON s.id = p.span_id "
            "WHERE s.article_id = ?)"
        )
        params.append(article_id)
    if outlet is not None:
        clauses.append(
            "c.id IN (SELECT p.claim_id FROM appearances p JOIN spans s ON s.id = p.span_id "
            "JOIN articles a ON a.id = s.article_id WHERE a.outlet = ?)"
        )
        params.append(outlet)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def dashboard(
    conn: sqlite3.Connection,
    *,
    verdicts_in: list[str] | None = None,
    since: str = "",
    until: str = "",
    article_id: str | None = None,
    outlet: str | None = None,
) -> Dashboard:
    where, params = claim_filter(
        verdicts_in=verdicts_in, since=since, until=until, article_id=article_id, outlet=outlet
    )
    chosen = f"(SELECT c.* FROM claims c {where})"
    per_verdict = dict(conn.execute(f"SELECT verdict, count(*) FROM {chosen} GROUP BY verdict", params))
    verdicts = tuple(
        VerdictCount(key, ar, en, color, per_verdict.get(key, 0))
        for key, ar, en, color in conn.execute(
            "SELECT key, label_ar, label_en, color FROM verdicts ORDER BY position"
        )
    )
    by_outlet: defaultdict[str, dict[str, int]] = defaultdict(dict)
    for name, verdict, count in conn.execute(
        f"""SELECT a.outlet, c.verdict, count(DISTINCT c.id)
            FROM {chosen} c JOIN appearances p ON p.claim_id = c.id JOIN spans s ON s.id = p.span_id
                 JOIN articles a ON a.id = s.article_id
            GROUP BY a.outlet, c.verdict""",
        params,
    ):
        by_outlet[name][verdict] = count
    ordered = sorted(
        (OutletCount(name, counts) for name, counts in by_outlet.items()), key=lambda o: (-o.total, o.outlet)
    )
    (unquoted,) = conn.execute(
        f"SELECT count(*) FROM {chosen} c WHERE NOT EXISTS "
        "(SELECT 1 FROM appearances p WHERE p.claim_id = c.id)",
        params,
    ).fetchone()
    created = dict(conn.execute(f"SELECT substr(created, 1, 7), count(*) FROM {chosen} GROUP BY 1", params))
    reviewed = dict(
        conn.execute(
            f"SELECT substr(reviewed_at, 1, 7), count(*) FROM {chosen} WHERE reviewed_at IS NOT NULL "
            "GROUP BY 1",
            params,
        )
    )
    known = sorted(m for m in (*created, *reviewed) if m and _MONTH.fullmatch(m))
    months = tuple(
        MonthCount(m, created.get(m, 0), reviewed.get(m, 0))
        for m in (month_range(known[0], known[-1]) if known else [])
    )
    return Dashboard(sum(per_verdict.values()), verdicts, tuple(ordered), months, unquoted)
