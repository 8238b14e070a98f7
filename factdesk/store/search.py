"""Arabic-aware full-text search: SQLite FTS5 over folded text, hits mapped back exactly.

Each article is indexed three ways (columns of ``article_search``, the same for claims):

* folded (:func:`factdesk.nlp.fold.fold`: hamza and alef forms, alef maksura, taa marbuta,
  diacritics, tatweel, presentation forms, digits): ``title``, ``body``;
* the forms its words stand for without their proclitics (:mod:`factdesk.nlp.segment`:
  «بالمملكة» also gives «المملكة» and «مملكة»): ``title_forms``, ``body_forms``;
* the exact spelling (:func:`factdesk.nlp.fold.fold_exact`, only marks and invisibles go):
  ``title_exact``, ``body_exact``, for the exact-spelling switch and to rank exact spellings first.

A query is folded the same way and rebuilt as a safe FTS5 expression, so whatever a user types
searches without an error; it is never stemmed itself («الرياض» finds «بالرياض», not «رياض»).
FTS5's ``highlight()`` marks the hits in the indexed copies; the fold's offset map (and, for a
form, the word it came from) turns those marks into exact code-point ranges of the original
text: a hit on a form covers the whole written word, proclitics included. A query with no word
at all (an emoji, a symbol) is looked for as a plain substring of the original text.
"""

from __future__ import annotations

import bisect
import re
import sqlite3
import unicodedata
from dataclasses import dataclass

from factdesk.nlp.common_words import COMMON
from factdesk.nlp.fold import fold, fold_exact, fold_exact_map, fold_map, original_span
from factdesk.nlp.segment import forms_index_text, forms_text

__all__ = [
    "ArticleHit",
    "ClaimHit",
    "QueryRefused",
    "build_match",
    "fold",
    "search_articles",
    "search_claims",
]

#: The longest query searched: a long sentence pasted whole fits; 120 KB pasted by mistake does not.
MAX_QUERY_CHARS = 1000
#: The most words, phrases and exclusions in one query (FTS5's parser has a bounded stack).
MAX_QUERY_TERMS = 64


class QueryRefused(ValueError):
    """A query too large to search, in words for the user (nothing was searched)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def check_query(raw: str) -> None:
    """Refuse a query over :data:`MAX_QUERY_CHARS` characters before any work is done on it."""
    if len(raw) > MAX_QUERY_CHARS:
        raise QueryRefused(
            f"The search is too long ({len(raw):,} characters; at most {MAX_QUERY_CHARS:,}). "
            "Search for a few distinctive words of it instead."
        )


def clean_query(raw: str) -> str:
    """``raw`` without control characters and lone surrogates (pasted from broken text), which can
    be part of no word and that SQLite cannot even be handed."""
    if raw.isprintable():
        return raw
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Cs") else ch for ch in raw)


#: bm25 weights of title, body, title_forms, body_forms, title_exact, body_exact: an exact
#: spelling outweighs any number of folded-only matches, and a form counts less than the word.
ARTICLE_WEIGHTS = "bm25(1.0, 1.0, 0.5, 0.5, 1000.0, 1000.0)"
CLAIM_WEIGHTS = "bm25(1.0, 1.0, 0.5, 1000.0)"
#: How many articles a substring search (no word in the query) reads at most.
SUBSTRING_SCAN_LIMIT = 20_000

_OPEN, _CLOSE = "\x01", "\x02"
SNIPPET_RADIUS = 70

# Quoted phrases («», “”, "") or runs of anything else that is not space or a parenthesis.
_TOKEN = re.compile(r'"([^"]*)"?|«([^»]*)»?|“([^”]*)”?|[()]|[^\s()"«“]+')
_WORDISH = re.compile(r"\w", re.UNICODE)


_TOKENS = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Term:
    text: str  # folded
    prefix: bool = False
    negated: bool = False
    exact: str = ""  # the exact-spelling fold of what was typed


@dataclass(frozen=True, slots=True)
class Columns:
    folded: str
    forms: str
    exact: str


ARTICLE_COLUMNS = Columns("{title body}", "{title_forms body_forms}", "{title_exact body_exact}")
CLAIM_COLUMNS = Columns("{text rationale}", "{forms}", "{exact}")


def _phrase(text: str, prefix: bool) -> str:
    q = '"' + text.replace('"', '""') + '"'
    return q + " *" if prefix else q


def _quote(term: Term, cols: Columns = ARTICLE_COLUMNS, exact: bool = False) -> str:
    """One term as FTS5: the exact spelling only, or the folded word, its forms and the exact
    spelling (the last only to rank exact spellings first)."""
    ex = f"{cols.exact} : {_phrase(term.exact or term.text, term.prefix)}"
    if exact:
        return ex
    parts = [f"{cols.folded} : {_phrase(term.text, term.prefix)}"]
    if len(_TOKENS.findall(term.text)) == 1:  # forms are single words, not positions
        parts.append(f"{cols.forms} : {_phrase(term.text, term.prefix)}")
    parts.append(ex)
    return "(" + " OR ".join(parts) + ")"


def parse_query(raw: str) -> list[list[Term]]:
    """Split what the user typed into OR-groups of terms (groups are ANDed).

    Understood: "quoted phrases" (also «…» and “…”), OR / أو between terms, AND (implicit
    anyway), NOT or a leading minus to exclude a term, a trailing * for a prefix. Everything
    else — parentheses, colons, lone operators, stray quotes — is treated as plain text.
    """
    check_query(raw)
    # control characters and lone surrogates cannot be part of a word (and NUL ends SQL strings)
    raw = clean_query(raw)
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
        term = Term(folded, prefix, negated, " ".join(fold_exact(body).split()))
        if join_next and groups and not negated and not any(t.negated for t in groups[-1]):
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    terms = sum(len(group) for group in groups)
    if terms > MAX_QUERY_TERMS:
        raise QueryRefused(
            f"The search has too many words ({terms}; at most {MAX_QUERY_TERMS}, exclusions included). "
            "Search for fewer words, or narrow the results with the filters."
        )
    return groups


def build_match(raw: str, *, exact: bool = False, cols: Columns = ARTICLE_COLUMNS) -> str | None:
    """A valid FTS5 MATCH expression for what the user typed, or None when it holds no word.
    ``exact`` matches the spelling as typed (marks and invisibles aside) instead of folded."""
    groups = parse_query(raw)
    positive = [g for g in groups if not g[0].negated]
    negative = [g[0] for g in groups if g[0].negated]
    if not positive:
        return None

    def q(t: Term) -> str:
        return _quote(t, cols, exact)

    expr = " AND ".join("(" + " OR ".join(q(t) for t in g) + ")" if len(g) > 1 else q(g[0]) for g in positive)
    if negative:
        # one NOT over the excluded terms together: a NOT per term nests, and FTS5's parser stack
        # overflows past about a hundred of them
        expr = f"({expr}) NOT (" + " OR ".join(q(t) for t in negative) + ")"
    return expr


def substring_needle(raw: str) -> str | None:
    """What to look for as a plain substring when the query holds no word (an emoji, a symbol
    or punctuation that the index does not keep), or None when it holds words or nothing."""
    if build_match(raw) is not None:
        return None
    needle = clean_query(raw).strip()
    for quote in ('"', "«", "»", "“", "”"):
        if needle.startswith(quote) and needle.endswith(quote) and len(needle) > 2:
            needle = needle[1:-1].strip()
    return needle or None


# ---------------------------------------------------------------------------------------------
# keeping the index


def article_row(title: str, text: str) -> tuple[str, str, str, str, str, str]:
    """What ``article_search`` holds for an article: folded, forms, exact (title and body each)."""
    ftitle, fbody = fold(title), fold(text)
    return (
        ftitle,
        fbody,
        forms_index_text(ftitle),
        forms_index_text(fbody),
        fold_exact(title),
        fold_exact(text),
    )


def index_article(conn: sqlite3.Connection, rowid: int, title: str, text: str) -> None:
    conn.execute(
        "INSERT INTO article_search (rowid, title, body, title_forms, body_forms, title_exact, "
        "body_exact) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (rowid, *article_row(title, text)),
    )


def index_claim(conn: sqlite3.Connection, rowid: int, text: str, rationale: str) -> None:
    ftext, frat = fold(text), fold(rationale)
    conn.execute(
        "INSERT INTO claim_search (rowid, text, rationale, forms, exact) VALUES (?, ?, ?, ?, ?)",
        (
            rowid,
            ftext,
            frat,
            forms_index_text(ftext + "\n" + frat),
            fold_exact(text) + "\n" + fold_exact(rationale),
        ),
    )


def index_factcheck(conn: sqlite3.Connection, rowid: int, claim: str, title: str) -> None:
    """A published fact-check's claim and title, folded, with the proclitic-free forms of the
    claim's words (what matching a claim's words against the library needs)."""
    fclaim, ftitle = fold(claim), fold(title)
    conn.execute(
        "INSERT INTO factcheck_search (rowid, claim, title, forms, exact) VALUES (?, ?, ?, ?, ?)",
        (
            rowid,
            fclaim,
            ftitle,
            forms_index_text(fclaim + "\n" + ftitle),
            fold_exact(claim) + "\n" + fold_exact(title),
        ),
    )


#: The search table of each kind of record that has one.
SEARCH_TABLES = {"article": "article_search", "claim": "claim_search", "factcheck": "factcheck_search"}


def unindex(conn: sqlite3.Connection, kind: str, rowid: int) -> None:
    conn.execute(f"DELETE FROM {SEARCH_TABLES[kind]} WHERE rowid = ?", (rowid,))


def check(conn: sqlite3.Connection, *, deep: bool = True) -> list[str]:
    """Problems with the search index (empty when it matches the records exactly). ``deep``
    adds FTS5's own integrity check, which SQLite runs as a write statement (so not read-only)."""
    problems: list[str] = []
    for table, source in (
        ("article_search", "articles"),
        ("claim_search", "claims"),
        ("factcheck_search", "factchecks"),
    ):
        if deep:
            try:
                conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                problems.append(f"search index {table}: {exc}")
        missing = conn.execute(
            f"SELECT count(*) FROM {source} WHERE seq NOT IN (SELECT rowid FROM {table})"
        ).fetchone()[0]
        extra = conn.execute(
            f"SELECT count(*) FROM {table} WHERE rowid NOT IN (SELECT seq FROM {source})"
        ).fetchone()[0]
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


def locate(original: str, marked_folded: str, *, exact: bool = False) -> list[tuple[int, int]]:
    """Map highlight marks in the folded (or, with ``exact``, exact-spelling) copy of
    ``original`` to ranges of ``original``; a range never ends on an invisible character."""
    ranges = _marked_ranges(marked_folded)
    if not ranges:
        return []
    starts = fold_exact_map(original) if exact else fold_map(original)
    folded_length = len(starts) - 1
    return [original_span(starts, len(original), a, b, original) for a, b in ranges if b <= folded_length]


def locate_forms(original: str, folded: str, marked_forms: str) -> list[tuple[int, int]]:
    """Map highlight marks in the forms column (:func:`factdesk.nlp.segment.forms_text` of
    ``folded``, the folded ``original``) to the whole written words the forms came from."""
    ranges = _marked_ranges(marked_forms)
    if not ranges:
        return []
    _text, owners = forms_text(folded)
    form_starts = [o[0] for o in owners]
    starts = fold_map(original)
    out: list[tuple[int, int]] = []
    for a, _b in ranges:
        i = bisect.bisect_right(form_starts, a) - 1
        if i < 0:
            continue
        _fs, fe, ws, we = owners[i]
        if a < fe and we < len(starts):
            out.append(original_span(starts, len(original), ws, we, original))
    return out


def _plain(marked: str) -> str:
    return _MARKER.sub("", marked)


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


def count_articles(conn: sqlite3.Connection, raw: str, *, exact: bool = False) -> int:
    expr = build_match(raw, exact=exact)
    if expr is None:
        needle = substring_needle(raw)
        if needle is None:
            return 0
        return int(
            conn.execute(
                "SELECT count(*) FROM (SELECT seq FROM articles ORDER BY seq LIMIT ?) s JOIN articles a "
                "ON a.seq = s.seq WHERE instr(a.text, ?) OR instr(a.title, ?)",
                (SUBSTRING_SCAN_LIMIT, needle, needle),
            ).fetchone()[0]
        )
    return int(
        conn.execute("SELECT count(*) FROM article_search WHERE article_search MATCH ?", (expr,)).fetchone()[
            0
        ]
    )


def _find_all(text: str, needle: str) -> list[tuple[int, int]]:
    out = []
    i = text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + len(needle))
    return out


def _search_substring(
    conn: sqlite3.Connection, needle: str, limit: int, offset: int, article_id: str | None
) -> list[ArticleHit]:
    """Articles whose original text holds ``needle`` as it is (emoji, symbols), oldest first;
    at most :data:`SUBSTRING_SCAN_LIMIT` articles are read."""
    where = "instr(a.text, ?) OR instr(a.title, ?)"
    params: list[object] = [SUBSTRING_SCAN_LIMIT, needle, needle]
    if article_id is not None:
        where = f"({where}) AND a.id = ?"
        params.append(article_id)
    cur = conn.execute(
        f"""SELECT a.id, a.title, a.outlet, a.published, a.text
            FROM (SELECT seq FROM articles ORDER BY seq LIMIT ?) s JOIN articles a ON a.seq = s.seq
            WHERE {where} ORDER BY a.seq LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    )
    out: list[ArticleHit] = []
    for aid, title, outlet, published, text in cur:
        hits = _find_all(text, needle)
        snippet, snippet_hits = _snippet(text, hits)
        out.append(
            ArticleHit(
                aid,
                title,
                outlet,
                published,
                tuple(hits),
                tuple(_find_all(title, needle)),
                snippet,
                snippet_hits,
            )
        )
    return out


def _merge(*lists: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return sorted({r for lst in lists for r in lst})


def search_articles(
    conn: sqlite3.Connection,
    raw: str,
    *,
    limit: int = 50,
    offset: int = 0,
    article_id: str | None = None,
    exact: bool = False,
) -> list[ArticleHit]:
    """Articles matching ``raw``, best first (exact spellings before folded-only matches),
    each with exact hit ranges and a snippet. ``exact`` finds only the spelling as typed."""
    expr = build_match(raw, exact=exact)
    if expr is None:
        needle = substring_needle(raw)
        return [] if needle is None else _search_substring(conn, needle, limit, offset, article_id)
    where = "article_search MATCH ? AND rank MATCH ?"
    params: list[object] = [expr, ARTICLE_WEIGHTS]
    if article_id is not None:
        where += " AND a.id = ?"
        params.append(article_id)
    cols = "4, 5" if exact else "0, 1"
    forms = (
        ""
        if exact
        else """,
                   highlight(article_search, 2, char(1), char(2)),
                   highlight(article_search, 3, char(1), char(2))"""
    )
    cur = conn.execute(
        f"""SELECT a.id, a.title, a.outlet, a.published, a.text,
                   highlight(article_search, {cols.split(", ")[0]}, char(1), char(2)),
                   highlight(article_search, {cols.split(", ")[1]}, char(1), char(2)){forms}
            FROM article_search JOIN articles a ON a.seq = article_search.rowid
            WHERE {where} ORDER BY rank LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    )
    out: list[ArticleHit] = []
    for row in cur:
        aid, title, outlet, published, text, marked_title, marked_body = row[:7]
        hits = locate(text, marked_body, exact=exact)
        title_hits = locate(title, marked_title, exact=exact)
        if not exact:
            marked_tforms, marked_bforms = row[7:]
            if _OPEN in marked_bforms:
                hits = _merge(hits, locate_forms(text, _plain(marked_body), marked_bforms))
            if _OPEN in marked_tforms:
                title_hits = _merge(title_hits, locate_forms(title, _plain(marked_title), marked_tforms))
        snippet, snippet_hits = _snippet(text, hits)
        out.append(
            ArticleHit(aid, title, outlet, published, tuple(hits), tuple(title_hits), snippet, snippet_hits)
        )
    return out


def search_claims(
    conn: sqlite3.Connection, raw: str, *, limit: int = 50, exact: bool = False
) -> list[ClaimHit]:
    expr = build_match(raw, exact=exact, cols=CLAIM_COLUMNS)
    if expr is None:
        needle = substring_needle(raw)
        if needle is None:
            return []
        cur = conn.execute(
            "SELECT id, text, verdict FROM claims WHERE instr(text, ?) OR instr(rationale, ?) "
            "ORDER BY seq LIMIT ?",
            (needle, needle, limit),
        )
        return [ClaimHit(*row) for row in cur]
    cur = conn.execute(
        """SELECT c.id, c.text, c.verdict FROM claim_search JOIN claims c ON c.seq = claim_search.rowid
           WHERE claim_search MATCH ? AND rank MATCH ? ORDER BY rank LIMIT ?""",
        (expr, CLAIM_WEIGHTS, limit),
    )
    return [ClaimHit(*row) for row in cur]


# ---------------------------------------------------------------------------------------------
# the library of published fact-checks

FACTCHECK_COLUMNS = Columns("{claim title}", "{forms}", "{exact}")
#: bm25 weights of claim, title, forms, exact: the claim's own words count most.
FACTCHECK_WEIGHTS = "bm25(1.0, 0.3, 0.6, 0.0)"
#: Words too common to tell one fact-check from another: left out of a match query, so that
#: SQLite ranks only the items that share a telling word.
_COMMON = COMMON
_MATCH_WORD = re.compile(r"[^\W_]+")
#: The most words of a text used to find candidates (a pasted paragraph stays fast).
MAX_MATCH_WORDS = 48


@dataclass(frozen=True, slots=True)
class FactCheckHit:
    """A published fact-check of the library (``score``: SQLite's bm25 rank, lower is better; 0 in a list)."""

    id: str
    claim: str
    claimant: str
    claim_date: str
    publisher: str
    site: str
    url: str
    title: str
    review_date: str
    rating: str
    verdict: str
    language: str
    origin: str
    score: float = 0.0


_FC_COLUMNS = (
    "f.id, f.claim, f.claimant, f.claim_date, f.publisher, f.site, f.url, f.title, f.review_date, "
    "f.rating, f.verdict, f.language, f.origin"
)


def match_expression(text: str) -> str | None:
    """An FTS5 expression that finds the fact-checks sharing any telling word of ``text`` (folded),
    written with or without its proclitics, or None when ``text`` has no such word."""
    from factdesk.nlp.segment import forms

    words: list[str] = []
    for w in _MATCH_WORD.findall(fold(clean_query(text))):
        if w not in _COMMON and len(w) > 1 and w not in words:
            words.append(w)
        if len(words) >= MAX_MATCH_WORDS:
            break
    if not words:
        return None
    parts = []
    for w in words:
        alternatives = [w, *(f for f in forms(w) if f not in _COMMON)]
        parts.append(" OR ".join(f"{{claim title forms}} : {_phrase(a, False)}" for a in alternatives))
    return " OR ".join(f"({p})" for p in parts)


def match_factchecks(conn: sqlite3.Connection, text: str, *, limit: int = 50) -> list[FactCheckHit]:
    """The fact-checks of the library that share the most telling words with ``text`` (folded,
    proclitics aside), best first by bm25: the candidates a finer similarity then reranks."""
    expr = match_expression(text)
    if expr is None:
        return []
    cur = conn.execute(
        f"""SELECT {_FC_COLUMNS}, rank
            FROM factcheck_search JOIN factchecks f ON f.seq = factcheck_search.rowid
            WHERE factcheck_search MATCH ? AND rank MATCH ? ORDER BY rank LIMIT ?""",
        (expr, FACTCHECK_WEIGHTS, limit),
    )
    return [FactCheckHit(*row) for row in cur]


def search_factchecks(
    conn: sqlite3.Connection, raw: str, *, limit: int = 200, offset: int = 0
) -> list[FactCheckHit]:
    """Fact-checks whose claim or title holds what the user typed (the search syntax of articles:
    phrases, OR, NOT, prefix*), best first; an empty query lists the library, newest review first."""
    where, params = "", []
    if raw.strip():
        expr = build_match(raw, cols=FACTCHECK_COLUMNS)
        if expr is not None:
            cur = conn.execute(
                f"""SELECT {_FC_COLUMNS}, rank
                    FROM factcheck_search JOIN factchecks f ON f.seq = factcheck_search.rowid
                    WHERE factcheck_search MATCH ? AND rank MATCH ? ORDER BY rank LIMIT ? OFFSET ?""",
                (expr, FACTCHECK_WEIGHTS, limit, offset),
            )
            return [FactCheckHit(*row) for row in cur]
        needle = substring_needle(raw)
        if needle is None:
            return []
        where, params = "WHERE instr(f.claim, ?) OR instr(f.title, ?)", [needle, needle]
    cur = conn.execute(
        f"SELECT {_FC_COLUMNS}, 0.0 FROM factchecks f {where} "
        "ORDER BY f.review_date DESC, f.seq LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [FactCheckHit(*row) for row in cur]


def factchecks_by_ids(conn: sqlite3.Connection, ids: list[str]) -> dict[str, FactCheckHit]:
    if not ids:
        return {}
    cur = conn.execute(
        f"SELECT {_FC_COLUMNS}, 0.0 FROM factchecks f WHERE f.id IN ({', '.join('?' * len(ids))})", ids
    )
    return {row[0]: FactCheckHit(*row) for row in cur}


def factcheck_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM factchecks").fetchone()[0])


def factcheck_ids(conn: sqlite3.Connection) -> list[str]:
    """Every fact-check of the library, in the order imported."""
    return [r[0] for r in conn.execute("SELECT id FROM factchecks ORDER BY seq")]
