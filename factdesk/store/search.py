"""Arabic-aware full-text search: SQLite FTS5 over folded text, hits mapped back exactly.

Articles and claims are indexed in folded form (:func:`factdesk.nlp.fold.fold`: hamza and alef
forms, alef maksura, taa marbuta, diacritics, tatweel, presentation forms, digits). A query is
folded the same way and rebuilt as a safe FTS5 expression, so whatever a user types searches
without an error. FTS5's ``highlight()`` marks the hits in the folded copy; the fold's offset
map turns those marks into exact code-point ranges of the original text.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass

from factdesk.nlp.fold import fold, fold_map, original_span

__all__ = ["ArticleHit", "ClaimHit", "build_match", "fold", "search_articles", "search_claims"]

_OPEN, _CLOSE = "\x01", "\x02"
SNIPPET_RADIUS = 70

# Quoted phrases («», “”, "") or runs of anything else that is not space or a parenthesis.
_TOKEN = re.compile(r'"([^"]*)"?|«([^»]*)»?|“([^”]*)”?|[()]|[^\s()"«“]+')
_WORDISH = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Term:
    text: str  # folded
    prefix: bool = False
    negated: bool = False


def _quote(term: Term) -> str:
    q = '"' + term.text.replace('"', '""') + '"'
    return q + " *" if term.prefix else q


def parse_query(raw: str) -> list[list[Term]]:
    """Split what the user typed into OR-groups of terms (groups are ANDed).

    Understood: "quoted phrases" (also «…» and “…”), OR / أو between terms, AND (implicit
    anyway), NOT or a leading minus to exclude a term, a trailing * for a prefix. Everything
    else — parentheses, colons, lone operators, stray quotes — is treated as plain text.
    """
    # control characters and lone surrogates cannot be part of a word (and NUL ends SQL strings)
    raw = "".join(" " if unicodedata.category(ch) in ("Cc", "Cs") else ch for ch in raw)
    groups: list[list[Term]] = []
    join_next = False
    negate_next = False
    for m in _TOKEN.finditer(raw):
        phrase = next((g for g in m.groups() if g is not None), None)
        token = m.group(0)
        if phrase is None:
            if token in ("(", ")"):
                continue
            if token in ("OR", "أو", "|"):
                join_next = bool(groups)
                continue
            if token in ("AND", "&"):
                continue
            if token == "NOT":
                negate_next = True
                continue
        negated = negate_next
        negate_next = False
        body = token if phrase is None else phrase
        prefix = False
        if phrase is None:
            if body.startswith("-") and len(body) > 1:
                negated, body = True, body[1:]
            if body.endswith("*"):
                prefix, body = True, body.rstrip("*")
        folded = " ".join(fold(body).split())
        if not _WORDISH.search(folded):
            join_next = False
            continue
        term = Term(folded, prefix, negated)
        if join_next and groups and not negated and not any(t.negated for t in groups[-1]):
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    return groups


def build_match(raw: str) -> str | None:
    """A valid FTS5 MATCH expression for what the user typed, or None when it holds no word."""
    groups = parse_query(raw)
    positive = [g for g in groups if not g[0].negated]
    negative = [g[0] for g in groups if g[0].negated]
    if not positive:
        return None
    expr = " AND ".join(
        "(" + " OR ".join(_quote(t) for t in g) + ")" if len(g) > 1 else _quote(g[0]) for g in positive
    )
    for t in negative:
        expr = f"({expr}) NOT {_quote(t)}"
    return expr


# ---------------------------------------------------------------------------------------------
# keeping the index


def index_article(conn: sqlite3.Connection, rowid: int, title: str, text: str) -> None:
    conn.execute("INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)",
                 (rowid, fold(title), fold(text)))


def index_claim(conn: sqlite3.Connection, rowid: int, text: str, rationale: str) -> None:
    conn.execute("INSERT INTO claim_search (rowid, text, rationale) VALUES (?, ?, ?)",
                 (rowid, fold(text), fold(rationale)))


def unindex(conn: sqlite3.Connection, kind: str, rowid: int) -> None:
    table = "article_search" if kind == "article" else "claim_search"
    conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))


def check(conn: sqlite3.Connection, *, deep: bool = True) -> list[str]:
    """Problems with the search index (empty when it matches the records exactly). ``deep``
    adds FTS5's own integrity check, which SQLite runs as a write statement (so not read-only)."""
    problems: list[str] = []
    for table, source in (("article_search", "articles"), ("claim_search", "claims")):
        if deep:
            try:
                conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                problems.append(f"search index {table}: {exc}")
        missing = conn.execute(
            f"SELECT count(*) FROM {source} WHERE seq NOT IN (SELECT rowid FROM {table})").fetchone()[0]
        extra = conn.execute(
            f"SELECT count(*) FROM {table} WHERE rowid NOT IN (SELECT seq FROM {source})").fetchone()[0]
        if missing or extra:
            problems.append(f"search index {table}: {missing} records missing, {extra} left over")
    return problems


# ---------------------------------------------------------------------------------------------
# searching


@dataclass(frozen=True, slots=True)
class ArticleHit:
    article_id: str
    title: str
    outlet: str
    published: str
    hits: tuple[tuple[int, int], ...]  # code-point ranges in the article text
    title_hits: tuple[tuple[int, int], ...]
    snippet: str
    snippet_hits: tuple[tuple[int, int], ...]  # ranges inside ``snippet``


@dataclass(frozen=True, slots=True)
class ClaimHit:
    claim_id: str
    text: str
    verdict: str


_MARKER = re.compile("[\x01\x02]")


def _marked_ranges(marked: str) -> list[tuple[int, int]]:
    """Ranges of the text between FTS5 highlight markers, in marker-free coordinates."""
    out: list[tuple[int, int]] = []
    start = -1
    for seen, m in enumerate(_MARKER.finditer(marked)):
        pos = m.start() - seen  # markers before this one do not count as text
        if m.group() == _OPEN:
            start = pos
        elif start >= 0:
            out.append((start, pos))
            start = -1
    return out


def locate(original: str, marked_folded: str) -> list[tuple[int, int]]:
    """Map highlight marks in the folded copy of ``original`` to ranges of ``original``."""
    ranges = _marked_ranges(marked_folded)
    if not ranges:
        return []
    starts = fold_map(original)
    folded_length = len(starts) - 1
    return [original_span(starts, len(original), a, b) for a, b in ranges if b <= folded_length]


def _snippet(text: str, hits: list[tuple[int, int]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    if not hits:
        head = text[: 2 * SNIPPET_RADIUS]
        return head.replace("\n", " "), ()
    first = hits[0][0]
    start = max(0, first - SNIPPET_RADIUS)
    end = min(len(text), hits[0][1] + SNIPPET_RADIUS)
    # widen to word boundaries so the snippet never starts or ends inside a word
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    piece = text[start:end]
    inside = tuple((a - start, b - start) for a, b in hits if a >= start and b <= end)
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    shifted = tuple((a + len(lead), b + len(lead)) for a, b in inside)
    return lead + piece.replace("\n", " ") + tail, shifted


def count_articles(conn: sqlite3.Connection, raw: str) -> int:
    expr = build_match(raw)
    if expr is None:
        return 0
    return int(conn.execute("SELECT count(*) FROM article_search WHERE article_search MATCH ?",
                            (expr,)).fetchone()[0])


def search_articles(conn: sqlite3.Connection, raw: str, *, limit: int = 50, offset: int = 0,
                    article_id: str | None = None) -> list[ArticleHit]:
    """Articles matching ``raw``, best first, each with exact hit ranges and a snippet."""
    expr = build_match(raw)
    if expr is None:
        return []
    where = "article_search MATCH ?"
    params: list[object] = [expr]
    if article_id is not None:
        where += " AND a.id = ?"
        params.append(article_id)
    cur = conn.execute(
        f"""SELECT a.id, a.title, a.outlet, a.published, a.text,
                   highlight(article_search, 0, char(1), char(2)),
                   highlight(article_search, 1, char(1), char(2))
            FROM article_search JOIN articles a ON a.seq = article_search.rowid
            WHERE {where} ORDER BY rank LIMIT ? OFFSET ?""",
        [*params, limit, offset])
    out: list[ArticleHit] = []
    for aid, title, outlet, published, text, marked_title, marked_body in cur:
        hits = locate(text, marked_body)
        snippet, snippet_hits = _snippet(text, hits)
        out.append(ArticleHit(aid, title, outlet, published, tuple(hits),
                              tuple(locate(title, marked_title)), snippet, snippet_hits))
    return out


def search_claims(conn: sqlite3.Connection, raw: str, *, limit: int = 50) -> list[ClaimHit]:
    expr = build_match(raw)
    if expr is None:
        return []
    cur = conn.execute(
        """SELECT c.id, c.text, c.verdict FROM claim_search JOIN claims c ON c.seq = claim_search.rowid
           WHERE claim_search MATCH ? ORDER BY rank LIMIT ?""", (expr, limit))
    return [ClaimHit(*row) for row in cur]
