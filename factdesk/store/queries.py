"""The questions the command line and the window ask of a project, answered in SQL.

Lists are filtered and sorted here (not in Python or Qt), and come back as small frozen records
that views adapt without owning.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections import defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

from factdesk.core.model import FIELDS, KEY, Row
from factdesk.core.report import (
    AnnotatedSpan,
    AppearanceLine,
    ArticleRef,
    ClaimReport,
    CorrectionLine,
    EvidenceLine,
)

#: The table of each kind of record.
TABLES = {
    "article": "articles",
    "span": "spans",
    "claim": "claims",
    "appearance": "appearances",
    "source": "sources",
    "evidence": "evidence",
    "verdict": "verdicts",
    "factcheck": "factchecks",
    "tag": "claim_tags",
    "setting": "settings",
}


@functools.cache
def columns(kind: str) -> str:
    """The quoted column list of ``kind``, in the order of :data:`factdesk.core.model.FIELDS`."""
    return ", ".join(f'"{name}"' for name in FIELDS[kind])


def record(conn: sqlite3.Connection, kind: str, key: str) -> Row | None:
    """The whole row of one record, or None when there is none."""
    row = conn.execute(f"SELECT {columns(kind)} FROM {TABLES[kind]} WHERE {KEY[kind]} = ?", (key,)).fetchone()
    return dict(zip(FIELDS[kind], row, strict=True)) if row else None


def records_where(conn: sqlite3.Connection, kind: str, field_name: str, value: object) -> list[Row]:
    """The records whose ``field_name`` is ``value``, oldest first."""
    if field_name not in FIELDS[kind]:
        raise ValueError(f"{kind} has no field {field_name}")
    cur = conn.execute(
        f'SELECT {columns(kind)} FROM {TABLES[kind]} WHERE "{field_name}" = ? ORDER BY {_order(kind)}',
        (value,),
    )
    return [dict(zip(FIELDS[kind], r, strict=True)) for r in cur]


def _order(kind: str) -> str:
    return KEY[kind] if "created" not in FIELDS[kind] else f"created, {KEY[kind]}"


def records(conn: sqlite3.Connection, kind: str) -> list[Row]:
    """Every record of ``kind``, by key."""
    cur = conn.execute(f"SELECT {columns(kind)} FROM {TABLES[kind]} ORDER BY {KEY[kind]}")
    return [dict(zip(FIELDS[kind], r, strict=True)) for r in cur]


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    id: str
    title: str
    outlet: str
    author: str
    place: str
    published: str
    words: int
    spans: int
    claims: int


@dataclass(frozen=True, slots=True)
class ClaimSummary:
    id: str
    text: str
    verdict: str
    verdict_ar: str
    verdict_en: str
    color: str
    appearances: int
    articles: int
    sources: int
    modified: str


@dataclass(frozen=True, slots=True)
class VerdictInfo:
    key: str
    label_ar: str
    label_en: str
    rating_value: int | None
    color: str


@dataclass(frozen=True, slots=True)
class Appearance:
    id: str
    claim_id: str
    span_id: str
    role: str
    article_id: str
    article_title: str
    outlet: str
    published: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    id: str
    source_id: str
    source_title: str
    url: str
    publisher: str
    stance: str
    note: str
    quote: str


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    op: int
    at: str
    label: str
    direction: str
    action: str
    before: dict[str, object] | None
    after: dict[str, object] | None


def verdicts(conn: sqlite3.Connection) -> list[VerdictInfo]:
    cur = conn.execute("SELECT key, label_ar, label_en, rating_value, color FROM verdicts ORDER BY position")
    return [VerdictInfo(*r) for r in cur]


_ARTICLE_ORDER = {
    "published": "a.published DESC, a.seq",
    "title": "a.title COLLATE NOCASE, a.seq",
    "imported": "a.seq",
}


def _article_filter(contains: str) -> tuple[str, list[object]]:
    from factdesk.store.search import check_query, clean_query

    check_query(contains)
    contains = clean_query(contains)
    if not contains.strip():
        return "", []
    needle = "%" + contains.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return (
        "WHERE (a.title LIKE ? ESCAPE '\\' OR a.outlet LIKE ? ESCAPE '\\' OR a.author LIKE ? ESCAPE '\\' "
        "OR a.place LIKE ? ESCAPE '\\')",
        [needle] * 4,
    )


_ARTICLE_COLUMNS = """a.id, a.title, a.outlet, a.author, a.place, a.published,
       length(a.text) - length(replace(a.text, ' ', '')) + 1,
       (SELECT count(*) FROM spans s WHERE s.article_id = a.id),
       (SELECT count(DISTINCT p.claim_id) FROM spans s JOIN appearances p ON p.span_id = s.id
         WHERE s.article_id = a.id)"""


def articles(
    conn: sqlite3.Connection, *, contains: str = "", order: str = "imported", limit: int = -1, offset: int = 0
) -> list[ArticleSummary]:
    """Articles with their counts. ``contains`` filters title, outlet, author and place as the user types."""
    where, params = _article_filter(contains)
    cur = conn.execute(
        f"SELECT {_ARTICLE_COLUMNS} FROM articles a {where} "
        f"ORDER BY {_ARTICLE_ORDER.get(order, 'a.seq')} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [ArticleSummary(*r) for r in cur]


def article_ids(conn: sqlite3.Connection, *, contains: str = "", order: str = "imported") -> list[str]:
    where, params = _article_filter(contains)
    return [
        r[0]
        for r in conn.execute(
            f"SELECT a.id FROM articles a {where} ORDER BY {_ARTICLE_ORDER.get(order, 'a.seq')}", params
        )
    ]


def articles_by_ids(conn: sqlite3.Connection, ids: list[str]) -> dict[str, ArticleSummary]:
    if not ids:
        return {}
    cur = conn.execute(
        f"SELECT {_ARTICLE_COLUMNS} FROM articles a WHERE a.id IN ({', '.join('?' * len(ids))})", ids
    )
    return {r[0]: ArticleSummary(*r) for r in cur}


def article_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


_CLAIM_ORDER = {
    "modified": "c.modified DESC, c.seq DESC",
    "created": "c.seq",
    "verdict": "v.position, c.seq",
    "text": "c.text, c.seq",
    "appearances": "(SELECT count(*) FROM appearances p WHERE p.claim_id = c.id) DESC, c.seq",
    "sources": "(SELECT count(DISTINCT e.source_id) FROM evidence e WHERE e.claim_id = c.id) DESC, c.seq",
}

_CLAIM_COLUMNS = """c.id, c.text, c.verdict, v.label_ar, v.label_en, v.color,
       (SELECT count(*) FROM appearances p WHERE p.claim_id = c.id),
       (SELECT count(DISTINCT s.article_id) FROM appearances p JOIN spans s ON s.id = p.span_id
         WHERE p.claim_id = c.id),
       (SELECT count(DISTINCT e.source_id) FROM evidence e WHERE e.claim_id = c.id),
       c.modified"""


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """What the claims list is narrowed to; every part empty means every claim.

    ``article_id``, ``outlet``, ``since`` and ``until`` keep a claim that appears in such an article
    (``since``/``until``: its publication date, ISO, inclusive); ``unverified`` keeps claims whose
    verdict is still open (:data:`factdesk.core.verdicts.OPEN_VERDICTS`)."""

    verdict: str | None = None
    contains: str = ""
    article_id: str | None = None
    tag: str | None = None
    outlet: str | None = None
    since: str = ""
    until: str = ""
    unverified: bool = False

    def but(self, **changes: object) -> ClaimFilter:
        from dataclasses import replace

        return replace(self, **changes)  # type: ignore[arg-type]


def _claim_filter(f: ClaimFilter) -> tuple[str, list[object]] | None:
    from factdesk.core.verdicts import OPEN_VERDICTS

    clauses: list[str] = []
    params: list[object] = []
    if f.verdict:
        clauses.append("c.verdict = ?")
        params.append(f.verdict)
    if f.unverified:
        clauses.append(f"c.verdict IN ({', '.join('?' * len(OPEN_VERDICTS))})")
        params.extend(OPEN_VERDICTS)
    if f.contains.strip():
        from factdesk.store.search import CLAIM_COLUMNS, build_match

        expr = build_match(f.contains, cols=CLAIM_COLUMNS)
        if expr is None:
            return None
        clauses.append("c.seq IN (SELECT rowid FROM claim_search WHERE claim_search MATCH ?)")
        params.append(expr)
    if f.tag:
        clauses.append("c.id IN (SELECT t.claim_id FROM claim_tags t WHERE t.name = ?)")
        params.append(f.tag)
    article: list[str] = []
    if f.article_id:
        article.append("a.id = ?")
        params.append(f.article_id)
    if f.outlet:
        article.append("a.outlet = ?")
        params.append(f.outlet)
    # a date may be a year and month («2017-05»): compared on as many characters as it has
    if f.since:
        article.append("substr(a.published, 1, ?) >= ?")
        params += [len(f.since), f.since]
    if f.until:
        article.append("a.published <> '' AND substr(a.published, 1, ?) <= ?")
        params += [len(f.until), f.until]
    if article:
        clauses.append(
            "c.id IN (SELECT p.claim_id FROM appearances p JOIN spans s ON s.id = p.span_id "
            f"JOIN articles a ON a.id = s.article_id WHERE {' AND '.join(article)})"
        )
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _as_filter(
    where: ClaimFilter | None, verdict: str | None, contains: str, article_id: str | None
) -> ClaimFilter:
    base = where or ClaimFilter()
    changes: dict[str, object] = {}
    if verdict:
        changes["verdict"] = verdict
    if contains:
        changes["contains"] = contains
    if article_id:
        changes["article_id"] = article_id
    return base.but(**changes) if changes else base


def claims(
    conn: sqlite3.Connection,
    *,
    verdict: str | None = None,
    contains: str = "",
    order: str = "created",
    limit: int = -1,
    offset: int = 0,
    article_id: str | None = None,
    where: ClaimFilter | None = None,
) -> list[ClaimSummary]:
    """Claims with their counts, filtered and sorted in SQL."""
    f = _claim_filter(_as_filter(where, verdict, contains, article_id))
    if f is None:
        return []
    clause, params = f
    cur = conn.execute(
        f"""SELECT {_CLAIM_COLUMNS} FROM claims c JOIN verdicts v ON v.key = c.verdict {clause}
            ORDER BY {_CLAIM_ORDER.get(order, "c.seq")} LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    )
    return [ClaimSummary(*r) for r in cur]


def claim_ids(
    conn: sqlite3.Connection,
    *,
    verdict: str | None = None,
    contains: str = "",
    order: str = "created",
    descending: bool = False,
    article_id: str | None = None,
    where: ClaimFilter | None = None,
) -> list[str]:
    """Only the ids, in order: what a lazy table model holds."""
    f = _claim_filter(_as_filter(where, verdict, contains, article_id))
    if f is None:
        return []
    clause, params = f
    ids = [
        r[0]
        for r in conn.execute(
            f"SELECT c.id FROM claims c JOIN verdicts v ON v.key = c.verdict {clause} "
            f"ORDER BY {_CLAIM_ORDER.get(order, 'c.seq')}",
            params,
        )
    ]
    return ids[::-1] if descending else ids


def verdict_counts(
    conn: sqlite3.Connection, where: ClaimFilter | None = None
) -> list[tuple[VerdictInfo, int]]:
    """Each verdict of the scale, in order, with how many claims have it among those ``where`` keeps
    (its own verdict part left aside: the counts say what each verdict would show)."""
    f = _claim_filter((where or ClaimFilter()).but(verdict=None))
    counts: dict[str, int] = {}
    if f is not None:
        clause, params = f
        counts = dict(
            conn.execute(
                f"SELECT c.verdict, count(*) FROM claims c {clause} GROUP BY c.verdict", params
            ).fetchall()
        )
    return [(v, int(counts.get(v.key, 0))) for v in verdicts(conn)]


def claims_by_ids(conn: sqlite3.Connection, ids: list[str]) -> dict[str, ClaimSummary]:
    if not ids:
        return {}
    cur = conn.execute(
        f"SELECT {_CLAIM_COLUMNS} FROM claims c JOIN verdicts v ON v.key = c.verdict "
        f"WHERE c.id IN ({', '.join('?' * len(ids))})",
        ids,
    )
    return {r[0]: ClaimSummary(*r) for r in cur}


def tags(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Every tag in the project with how many claims carry it, by name."""
    return [
        (str(name), int(n))
        for name, n in conn.execute("SELECT name, count(*) FROM claim_tags GROUP BY name ORDER BY name")
    ]


def claim_tags(conn: sqlite3.Connection, claim_id: str) -> list[str]:
    """A claim's tags, by name."""
    return [
        str(r[0])
        for r in conn.execute("SELECT name FROM claim_tags WHERE claim_id = ? ORDER BY name", (claim_id,))
    ]


def outlets(conn: sqlite3.Connection) -> list[str]:
    """The outlets of the project's articles, by name (none empty)."""
    return [
        str(r[0])
        for r in conn.execute("SELECT DISTINCT outlet FROM articles WHERE outlet <> '' ORDER BY outlet")
    ]


def claim_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM claims").fetchone()[0])


def appearances(conn: sqlite3.Connection, claim_id: str) -> list[Appearance]:
    cur = conn.execute(
        """SELECT p.id, p.claim_id, p.span_id, p.role, a.id, a.title, a.outlet, a.published,
                  s.start, s."end", s.quote
           FROM appearances p JOIN spans s ON s.id = p.span_id JOIN articles a ON a.id = s.article_id
           WHERE p.claim_id = ? ORDER BY a.published, a.seq, s.start""",
        (claim_id,),
    )
    return [Appearance(*r) for r in cur]


def evidence(conn: sqlite3.Connection, claim_id: str) -> list[EvidenceItem]:
    cur = conn.execute(
        """SELECT e.id, s.id, s.title, s.url, s.publisher, e.stance, e.note, coalesce(sp.quote, '')
           FROM evidence e JOIN sources s ON s.id = e.source_id LEFT JOIN spans sp ON sp.id = e.span_id
           WHERE e.claim_id = ? ORDER BY e.created, e.id""",
        (claim_id,),
    )
    return [EvidenceItem(*r) for r in cur]


def spans_in(
    conn: sqlite3.Connection, article_id: str, start: int = 0, end: int | None = None
) -> list[tuple[str, int, int, str | None, str | None]]:
    """Spans overlapping [start, end) of an article: (span id, start, end, claim id, verdict).
    A span linked to several claims appears once per claim."""
    hi = end if end is not None else 1 << 62
    cur = conn.execute(
        """SELECT s.id, s.start, s."end", p.claim_id, c.verdict
           FROM spans s LEFT JOIN appearances p ON p.span_id = s.id LEFT JOIN claims c ON c.id = p.claim_id
           WHERE s.article_id = ? AND s.start < ? AND s."end" > ? ORDER BY s.start, s."end" """,
        (article_id, hi, start),
    )
    return list(cur)


def history(
    conn: sqlite3.Connection, kind: str | None = None, key: str | None = None, limit: int = 200
) -> list[HistoryEntry]:
    where, params = "", []
    if kind and key:
        where, params = "WHERE h.kind = ? AND h.key = ?", [kind, key]
    cur = conn.execute(
        f"""SELECT o.seq, o.at, o.label, o.direction, h.action, h.before, h.after
            FROM history h JOIN operations o ON o.seq = h.op {where}
            ORDER BY h.seq DESC LIMIT ?""",
        [*params, limit],
    )
    return [
        HistoryEntry(
            op, at, label, direction, action, json.loads(b) if b else None, json.loads(a) if a else None
        )
        for op, at, label, direction, action, b, a in cur
    ]


def verdict_changes(conn: sqlite3.Connection, claim_id: str) -> list[tuple[str, str | None, str]]:
    """Every verdict the claim has had, oldest first: (when, from, to). Corrections stay visible."""
    out: list[tuple[str, str | None, str]] = []
    for entry in reversed(history(conn, "claim", claim_id, limit=10_000)):
        after = entry.after or {}
        if "verdict" in after:
            before = (entry.before or {}).get("verdict") if entry.action == "update" else None
            out.append((entry.at, before if isinstance(before, str) else None, str(after["verdict"])))
    return out


def report(
    conn: sqlite3.Connection,
    *,
    verdicts_in: list[str] | None = None,
    since: str = "",
    until: str = "",
    article_id: str | None = None,
    outlet: str | None = None,
) -> Iterator[ClaimReport]:
    """One :class:`ClaimReport` per claim, streamed. ``since``/``until`` filter on the review
    date (ISO dates, inclusive); ``article_id`` keeps claims that appear in that article, ``outlet``
    those that appear in an article of that outlet (:func:`factdesk.store.dashboard.claim_filter`)."""
    from factdesk.store.dashboard import claim_filter

    where, params = claim_filter(
        verdicts_in=verdicts_in, since=since, until=until, article_id=article_id, outlet=outlet
    )
    # Articles are read once into a dict rather than joined per appearance: the join by text id
    # costs more than the whole article list.
    arts = {
        aid: (title, outlet, published, seq)
        for aid, title, outlet, published, seq in conn.execute(
            "SELECT id, title, outlet, published, seq FROM articles"
        )
    }
    # Each claim's appearances in reading order: by publication date, then import order, then
    # position in the article.
    gathered: defaultdict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for cid, aid, start, quote, role in conn.execute(
        "SELECT p.claim_id, s.article_id, s.start, s.quote, p.role "
        "FROM appearances p JOIN spans s ON s.id = p.span_id"
    ):
        title, outlet, published, seq = arts[aid]
        gathered[cid].append(
            (published, seq, start, AppearanceLine(aid, title, outlet, published, quote, role))
        )
    apps: dict[str, tuple[AppearanceLine, ...]] = _sorted_lines(gathered)
    # Evidence in the order it was added, sorted here per claim: cheaper than SQLite's temporary
    # B-tree for an ORDER BY that no index serves.
    gathered = defaultdict(list)
    for cid, created, eid, title, url, publisher, stance, note, quote in conn.execute(
        """SELECT e.claim_id, e.created, e.id, s.title, s.url, s.publisher, e.stance, e.note,
                      coalesce(sp.quote, '')
               FROM evidence e JOIN sources s ON s.id = e.source_id LEFT JOIN spans sp ON sp.id = e.span_id"""
    ):
        gathered[cid].append((created, eid, EvidenceLine(title, url, publisher, stance, note, quote)))
    evs: dict[str, tuple[EvidenceLine, ...]] = _sorted_lines(gathered)
    # The verdict scale is a handful of rows: looked up here rather than joined per claim.
    labels = {
        key: (label_ar, label_en, rating)
        for key, label_ar, label_en, rating in conn.execute(
            "SELECT key, label_ar, label_en, rating_value FROM verdicts"
        )
    }
    cur = conn.execute(
        f"""SELECT c.id, c.text, c.verdict, c.rationale, c.reviewer, coalesce(c.reviewed_at, ''),
                   c.created, c.modified
            FROM claims c {where} ORDER BY c.seq""",
        params,
    )
    make_report = ClaimReport._make
    no_lines: tuple[()] = ()
    for cid, text, verdict, rationale, reviewer, reviewed_at, created, modified in cur:
        yield make_report(
            (
                cid,
                text,
                verdict,
                *labels[verdict],
                rationale,
                reviewer,
                reviewed_at,
                created,
                modified,
                apps.get(cid, no_lines),
                evs.get(cid, no_lines),
            )
        )


def corrections(conn: sqlite3.Connection, claim_ids: set[str] | None = None) -> Iterator[CorrectionLine]:
    """Every verdict each claim still in the project was given, claim by claim (in the claims' order),
    oldest first: rebuilt from the journal, undo and redo included, so a correction stays visible.
    A claim's first state counts when it already had a judgement (not "unverified"). ``claim_ids``
    keeps only those claims."""
    labels = {
        key: (label_ar, label_en)
        for key, label_ar, label_en in conn.execute("SELECT key, label_ar, label_en FROM verdicts")
    }
    claims = [
        (cid, text)
        for cid, text in conn.execute("SELECT id, text FROM claims ORDER BY seq")
        if claim_ids is None or cid in claim_ids
    ]
    wanted = {cid for cid, _ in claims}
    states: dict[str, dict[str, Any]] = {}
    found: defaultdict[str, list[CorrectionLine]] = defaultdict(list)
    for key, action, after_json, at in conn.execute(
        """SELECT h.key, h.action, h.after, o.at FROM history h JOIN operations o ON o.seq = h.op
           WHERE h.kind = 'claim' ORDER BY h.seq"""
    ):
        if key not in wanted:
            continue
        after = json.loads(after_json) if after_json else {}
        if action == "delete":
            states.pop(key, None)
            continue
        state = states.setdefault(key, {})
        previous = state.get("verdict") if action == "update" else None
        if action == "insert":
            state.clear()
        state.update(after)
        verdict = after.get("verdict")
        if not isinstance(verdict, str) or verdict == previous:
            continue
        if action == "insert" and verdict == "unverified":
            continue
        old = labels.get(previous, ("", "")) if isinstance(previous, str) else ("", "")
        new = labels.get(verdict, (verdict, verdict))
        when = str(state.get("reviewed_at") or at) if "reviewed_at" in after else str(at)
        found[key].append(
            CorrectionLine(
                key,
                "",
                when,
                verdict,
                new[0],
                new[1],
                old[0],
                old[1],
                str(state.get("reviewer") or ""),
                str(state.get("rationale") or ""),
            )
        )
    for cid, text in claims:
        for line in found.get(cid, ()):
            yield line._replace(claim=text)


def article_refs(conn: sqlite3.Connection) -> dict[str, ArticleRef]:
    """Every article's reference (no text), by id, in import order."""
    return {
        row[0]: ArticleRef(*row)
        for row in conn.execute(
            "SELECT id, title, outlet, author, url, published, content_hash FROM articles ORDER BY seq"
        )
    }


def annotated_spans(conn: sqlite3.Connection) -> Iterator[AnnotatedSpan]:
    """Every span with its article and the claims it is an appearance of, article by article, in
    reading order."""
    refs = article_refs(conn)
    claims: defaultdict[str, list[tuple[str, str, str, str, str, str, str, str, str]]] = defaultdict(list)
    for row in conn.execute(
        """SELECT p.span_id, c.id, c.text, c.verdict, v.label_ar, v.label_en, c.rationale, c.reviewer,
                  coalesce(c.reviewed_at, ''), p.role
           FROM appearances p JOIN claims c ON c.id = p.claim_id JOIN verdicts v ON v.key = c.verdict
           ORDER BY p.created, p.id"""
    ):
        claims[row[0]].append(row[1:])
    order = {aid: i for i, aid in enumerate(refs)}
    cur = conn.execute(
        'SELECT id, article_id, start, "end", quote, prefix, suffix, kind, note, created, modified FROM spans'
    )
    rows = sorted(cur, key=lambda r: (order.get(r[1], 0), r[2], r[3], r[0]))
    for sid, aid, start, end, quote, prefix, suffix, kind, note, created, modified in rows:
        yield AnnotatedSpan(
            sid,
            refs[aid],
            start,
            end,
            quote,
            prefix,
            suffix,
            kind,
            note,
            created,
            modified,
            tuple(claims.get(sid, ())),
        )


def _sorted_lines(gathered: dict[str, list[tuple[Any, ...]]]) -> dict[str, tuple[Any, ...]]:
    """Each key's lines, ordered by the sort keys that lead each entry (the line is its last item)."""
    out = {}
    for key, entries in gathered.items():
        if len(entries) > 1:
            entries.sort()
        out[key] = tuple([entry[-1] for entry in entries])
    return out


@dataclass(frozen=True, slots=True)
class SharedClaim:
    """A claim that appears in two articles, with the words each one uses."""

    claim_id: str
    text: str
    verdict: str
    color: str
    left: tuple[Appearance, ...]
    right: tuple[Appearance, ...]


def shared_claims(conn: sqlite3.Connection, left_id: str, right_id: str) -> list[SharedClaim]:
    """Claims with appearances in both articles, in the order they first appear in the left one."""
    cur = conn.execute(
        """SELECT c.id, c.text, c.verdict, v.color FROM claims c JOIN verdicts v ON v.key = c.verdict
           WHERE c.id IN (SELECT p.claim_id FROM appearances p JOIN spans s ON s.id = p.span_id
                          WHERE s.article_id = ?)
             AND c.id IN (SELECT p.claim_id FROM appearances p JOIN spans s ON s.id = p.span_id
                          WHERE s.article_id = ?)""",
        (left_id, right_id),
    )
    out = []
    for cid, text, verdict, color in cur.fetchall():
        apps = appearances(conn, cid)
        left = tuple(a for a in apps if a.article_id == left_id)
        right = tuple(a for a in apps if a.article_id == right_id)
        out.append(SharedClaim(cid, text, verdict, color, left, right))
    out.sort(key=lambda s: min(a.start for a in s.left))
    return out


def articles_of_spans(conn: sqlite3.Connection, span_ids: Collection[str]) -> dict[str, str]:
    """Span id -> the id of its article, for those of ``span_ids`` still in the project."""
    ids = list(span_ids)
    return dict(
        conn.execute(f"SELECT id, article_id FROM spans WHERE id IN ({', '.join('?' * len(ids))})", ids)
    )


def span_counts(conn: sqlite3.Connection, article_ids: Collection[str]) -> dict[str, int]:
    """Article id -> how many highlights it has (its index alone is read)."""
    ids = list(article_ids)
    return dict(
        conn.execute(
            f"SELECT article_id, count(*) FROM spans WHERE article_id IN ({', '.join('?' * len(ids))}) "
            "GROUP BY article_id",
            ids,
        )
    )


def article_highlights(
    conn: sqlite3.Connection, article_id: str, span_ids: Collection[str] | None = None
) -> tuple[list[tuple[str, int, int, tuple[str, ...], str]], dict[str, tuple[str, str, str]]]:
    """What the reader draws: (span id, start, end, claim ids, colour of the first claim's verdict)
    for each span of the article (or only those of ``span_ids`` that are in it), and claim id ->
    (text, verdict label Arabic, English)."""
    # [span id, start, end, claim ids, colour]: filled in as the joined rows arrive
    spans: dict[str, list[Any]] = {}
    claims_seen: dict[str, tuple[str, str, str]] = {}
    only, args = "", [article_id]
    if span_ids is not None:
        args += list(span_ids)
        only = f" AND s.id IN ({', '.join('?' * len(span_ids))})"
    for sid, start, end, cid, text, color, label_ar, label_en in conn.execute(
        f"""SELECT s.id, s.start, s."end", c.id, c.text, v.color, v.label_ar, v.label_en
               FROM spans s LEFT JOIN appearances p ON p.span_id = s.id
               LEFT JOIN claims c ON c.id = p.claim_id LEFT JOIN verdicts v ON v.key = c.verdict
               WHERE s.article_id = ?{only} ORDER BY s.start, s."end" DESC, p.created""",
        args,
    ):
        entry = spans.setdefault(sid, [sid, start, end, [], ""])
        if cid:
            entry[3].append(cid)
            if not entry[4]:
                entry[4] = color
            claims_seen[cid] = (text, label_ar, label_en)
    return [(s, a, b, tuple(c), col) for s, a, b, c, col in spans.values()], claims_seen
