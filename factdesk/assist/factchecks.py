"""Has this been fact-checked already? Reading published fact-checks and matching a claim to them.

Reads ClaimReview JSON-LD, the JSON that fact-check search tools export (the Google Fact Check
Tools API shape) and CSV with the same fields, into :class:`FactCheck` items; indexes them in
memory (:class:`FactCheckIndex`) so a claim finds its earlier checks despite spelling variants,
proclitics, word order and a dropped or added word: BM25 over folded, proclitic-segmented words
picks candidates, RapidFuzz reranks the best of them. Plain Python: no Qt, no SQL.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from factdesk.assist.ratings import normalise_rating
from factdesk.nlp.common_words import COMMON
from factdesk.nlp.fold import fold
from factdesk.nlp.segment import forms

MAX_BYTES = 50 * 1024 * 1024
MAX_ITEMS = 200_000


class FactCheckFormatError(ValueError):
    """The file is not a list of fact-checks FactDesk can read; the message says why in plain words."""


@dataclass(frozen=True)
class FactCheck:
    """One published review of one claim."""

    claim_text: str
    url: str
    claimant: str = ""
    claim_date: str = ""
    publisher: str = ""
    publisher_site: str = ""
    title: str = ""
    review_date: str = ""
    rating: str = ""
    verdict: str | None = None
    language: str = ""


@dataclass(frozen=True)
class ReadResult:
    """What was read, and what was left out and why (``(item number, reason)``, numbered from 1)."""

    items: tuple[FactCheck, ...]
    skipped: tuple[tuple[int, str], ...] = ()
    format: str = ""


def _s(value: Any) -> str:
    """A field as text: strings stripped, numbers written out, anything else empty."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int | float):
        return str(value)
    return ""


def _name(value: Any) -> tuple[str, str]:
    """(name, url) of a person/organisation given as text, object or list of them."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, Mapping):
        return _s(value.get("name")), _s(value.get("url") or value.get("site") or value.get("sameAs"))
    return _s(value), ""


def _types(obj: Mapping[str, Any]) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, list):
        return {_s(x).rsplit("/", 1)[-1] for x in t}
    return {_s(t).rsplit("/", 1)[-1]}


class _Collector:
    """Builds items, counting skips and refusing hostile sizes."""

    def __init__(self) -> None:
        self.items: list[FactCheck] = []
        self.skipped: list[tuple[int, str]] = []
        self.n = 0

    def add(self, **fields: str) -> None:
        self.n += 1
        if self.n > MAX_ITEMS:
            raise FactCheckFormatError(
                f"This file holds more than {MAX_ITEMS:,} fact-checks; FactDesk reads at most that many "
                "from one file. Split it into smaller files."
            )
        if not fields.get("claim_text"):
            self.skipped.append((self.n, "no claim text"))
            return
        if not fields.get("url"):
            self.skipped.append((self.n, "no link to the fact-check (url)"))
            return
        rating = fields.get("rating", "")
        language = fields.get("language", "")
        self.items.append(FactCheck(**fields, verdict=normalise_rating(rating, language) if rating else None))

    def result(self, fmt: str) -> ReadResult:
        return ReadResult(tuple(self.items), tuple(self.skipped), fmt)


def _claim_review(obj: Mapping[str, Any], out: _Collector) -> None:
    claim = obj.get("itemReviewed")
    if isinstance(claim, list):
        claim = claim[0] if claim else None
    claim = claim if isinstance(claim, Mapping) else {}
    claimant, _ = _name(claim.get("author"))
    appearance = claim.get("appearance") or claim.get("firstAppearance")
    claim_date = _s(claim.get("datePublished"))
    if not claim_date and isinstance(appearance, list | Mapping):
        first = appearance[0] if isinstance(appearance, list) and appearance else appearance
        if isinstance(first, Mapping):
            claim_date = _s(first.get("datePublished"))
    rating_obj = obj.get("reviewRating")
    rating_obj = rating_obj if isinstance(rating_obj, Mapping) else {}
    publisher, site = _name(obj.get("author") or obj.get("publisher"))
    out.add(
        claim_text=_s(obj.get("claimReviewed")) or _s(claim.get("text")) or _s(claim.get("name")),
        claimant=claimant,
        claim_date=claim_date,
        publisher=publisher,
        publisher_site=site,
        url=_s(obj.get("url")),
        title=_s(obj.get("headline") or obj.get("name")),
        review_date=_s(obj.get("datePublished")),
        rating=_s(rating_obj.get("alternateName") or rating_obj.get("name")),
        language=_s(obj.get("inLanguage")),
    )


def _walk_jsonld(node: Any, out: _Collector, depth: int = 0) -> None:
    if depth > 20:
        raise FactCheckFormatError("This file is nested too deeply to be a list of fact-checks.")
    if isinstance(node, list):
        for x in node:
            _walk_jsonld(x, out, depth + 1)
    elif isinstance(node, Mapping):
        if "ClaimReview" in _types(node):
            _claim_review(node, out)
        elif "@graph" in node:
            _walk_jsonld(node["@graph"], out, depth + 1)


def _tools_api(claims: list[Any], out: _Collector) -> None:
    for c in claims:
        if not isinstance(c, Mapping):
            out.add()
            continue
        reviews = c.get("claimReview")
        if not isinstance(reviews, list) or not reviews:
            out.add(claim_text=_s(c.get("text")))  # counted as skipped: no review, so no url
            continue
        for r in reviews:
            r = r if isinstance(r, Mapping) else {}
            pub = r.get("publisher")
            pub = pub if isinstance(pub, Mapping) else {}
            out.add(
                claim_text=_s(c.get("text")),
                claimant=_s(c.get("claimant")),
                claim_date=_s(c.get("claimDate")),
                publisher=_s(pub.get("name")),
                publisher_site=_s(pub.get("site")),
                url=_s(r.get("url")),
                title=_s(r.get("title")),
                review_date=_s(r.get("reviewDate")),
                rating=_s(r.get("textualRating")),
                language=_s(r.get("languageCode")),
            )


_CSV_FIELDS = {
    "claim_text": "claim_text", "text": "claim_text", "claim": "claim_text", "claimreviewed": "claim_text",
    "claimant": "claimant", "claim_date": "claim_date", "claimdate": "claim_date",
    "publisher": "publisher", "publisher_name": "publisher", "publisher_site": "publisher_site", "site": "publisher_site",
    "url": "url", "review_url": "url", "title": "title", "review_date": "review_date", "reviewdate": "review_date",
    "rating": "rating", "textual_rating": "rating", "textualrating": "rating",
    "language": "language", "language_code": "language", "languagecode": "language",
}  # fmt: skip


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; otherwise the encoding charset-normalizer finds."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1256", "cp1252", "iso8859_6"]).best()
    if best is None:
        raise FactCheckFormatError(
            "This file is not text FactDesk can read (its character encoding was not recognised)."
        ) from None
    return data.decode(best.encoding, errors="replace")


def _read_csv(text: str, out: _Collector) -> None:
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader, None)
    if not header:
        raise FactCheckFormatError("This file is empty.")
    cols = [_CSV_FIELDS.get(h.strip().lower().replace(" ", "_"), "") for h in header]
    if "claim_text" not in cols or "url" not in cols:
        raise FactCheckFormatError(
            "This table has no column for the claim (claim_text or text) or for the fact-check's link "
            "(url), so FactDesk cannot read it as fact-checks. First row: " + ", ".join(header[:8])
        )
    for row in reader:
        if not any(c.strip() for c in row):
            continue
        fields: dict[str, str] = {}
        for col, value in zip(cols, row, strict=False):
            if col and value.strip() and col not in fields:
                fields[col] = value.strip()
        out.add(**fields)


def read_factchecks(data: bytes | str, name: str = "") -> ReadResult:
    """Read fact-checks from a ClaimReview JSON-LD, a fact-check tools JSON export or a CSV table.

    Items without a claim text or a link are left out and listed in ``skipped`` with the reason.
    Raises :class:`FactCheckFormatError` with a plain explanation when the file is not one of these.
    """
    if len(data) > MAX_BYTES:
        raise FactCheckFormatError(
            f"This file is {len(data) / 1e6:.0f} MB; FactDesk reads fact-check files up to "
            f"{MAX_BYTES // (1024 * 1024)} MB. Split it into smaller files."
        )
    text = _decode(data) if isinstance(data, bytes) else data.lstrip("\ufeff")
    stripped = text.lstrip()
    if not stripped:
        raise FactCheckFormatError("This file is empty.")
    out = _Collector()
    if stripped[0] in "[{" and not name.lower().endswith((".csv", ".tsv")):
        try:
            doc = json.loads(stripped)
        except (ValueError, RecursionError) as e:
            raise FactCheckFormatError(
                f"This file looks like JSON but is damaged ({e}), so no fact-checks could be read from it."
            ) from None
        if isinstance(doc, Mapping) and isinstance(doc.get("claims"), list):
            _tools_api(doc["claims"], out)
            return out.result("factcheck-tools")
        _walk_jsonld(doc, out)
        if out.n == 0:
            raise FactCheckFormatError(
                "This JSON file holds no fact-checks: FactDesk looks for ClaimReview items (schema.org) "
                'or a "claims" list as exported by fact-check search tools.'
            )
        return out.result("claimreview")
    if "\x00" in stripped[:4096]:
        raise FactCheckFormatError(
            "This file is not text (it looks like a binary file), so it holds no fact-checks."
        )
    _read_csv(text, out)
    return out.result("csv")


# ---------------------------------------------------------------- matching

_WORD = re.compile(r"\w+")


def _terms(text: str) -> list[str]:
    """Folded words, each with its proclitic-free forms (و/ف + ب/ك/ل + ال) so «وبالمملكة» meets «المملكة»."""
    out: list[str] = []
    for w in _WORD.findall(fold(text)):
        out.append(w)
        out.extend(forms(w))
    return out


def _plain(text: str) -> str:
    """Folded text with every word reduced to its shortest form, for the fuzzy rerank; the common
    words (particles, pronouns, «قال») are left out: two unrelated claims share them all, and they
    would make a claim about a convoy look close to any claim about the same town."""
    words = []
    for w in _WORD.findall(fold(text)):
        f = forms(w)
        short = f[-1] if f else w
        if w in COMMON or short in COMMON or len(short) < 2:
            continue
        words.append(short)
    return " ".join(words)


@dataclass(frozen=True)
class Match:
    """A published fact-check that may be about the claim; ``score`` in 0–100, ``reasons`` in words."""

    item: FactCheck
    score: float
    reasons: tuple[str, ...] = field(default=())


class FactCheckIndex:
    """An in-memory BM25 index over claim texts, reranked by RapidFuzz."""

    K1 = 1.5
    B = 0.75
    CANDIDATES = 50

    def __init__(self, items: Iterable[FactCheck]) -> None:
        self.items: tuple[FactCheck, ...] = tuple(items)
        self._postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._lengths: list[int] = []
        self._plain: list[str] = []
        for i, it in enumerate(self.items):
            terms = _terms(it.claim_text)
            self._lengths.append(len(terms))
            self._plain.append(_plain(it.claim_text))
            for t, n in Counter(terms).items():
                self._postings[t].append((i, n))
        n = len(self.items)
        self._avg = (sum(self._lengths) / n) if n else 1.0
        self._idf = {t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self._postings.items()}

    def __len__(self) -> int:
        return len(self.items)

    def _bm25(self, terms: Iterable[str]) -> dict[int, float]:
        scores: dict[int, float] = defaultdict(float)
        k1, b, avg, lengths = self.K1, self.B, self._avg, self._lengths
        for t in set(terms):
            postings = self._postings.get(t)
            if not postings:
                continue
            idf = self._idf[t]
            for i, tf in postings:
                scores[i] += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * lengths[i] / avg))
        return scores

    def match(self, text: str, limit: int = 5) -> list[Match]:
        """The published fact-checks most likely about ``text``, best first."""
        terms = _terms(text)
        if not terms or not self.items:
            return []
        scores = self._bm25(terms)
        top = sorted(scores.items(), key=lambda kv: -kv[1])[: self.CANDIDATES]
        ranked = rerank(text, [self._plain[i] for i, _bm in top], plain=True)
        out = [
            Match(self.items[top[k][0]], score, (*reasons, f"BM25 {top[k][1]:.1f}"))
            for k, score, reasons in ranked
        ]
        out.sort(key=lambda m: -m.score)
        return out[:limit]


def rerank(
    text: str, candidates: Sequence[str], *, plain: bool = False
) -> list[tuple[int, float, tuple[str, ...]]]:
    """How close each candidate claim is to ``text``, best first: ``(position in candidates, score
    0–100, reasons in words)``. Both are folded, their words taken without proclitics and without
    the common words; the score weighs RapidFuzz's word-set similarity (word order and an added or
    dropped word barely count), its weighted ratio (spelling slips) and the share of the shorter
    claim's words the two have in common (a town named in both is not enough). ``plain``: the candidates are already so reduced."""
    query = _plain(text)
    qwords = set(query.split())
    out: list[tuple[int, float, tuple[str, ...]]] = []
    for k, candidate in enumerate(candidates):
        cand = candidate if plain else _plain(candidate)
        tset = fuzz.token_set_ratio(query, cand)
        cwords = set(cand.split())
        shared = len(qwords & cwords)
        # the share of the shorter claim's telling words the two have in common: two claims about
        # one town but different events share a word or two, retellings of one claim most of them
        cover = 100.0 * shared / max(1, min(len(qwords), len(cwords)))
        score = 0.5 * tset + 0.2 * fuzz.WRatio(query, cand) + 0.3 * cover
        reasons = (f"{shared} of {len(qwords)} words shared", f"word-set similarity {tset:.0f}")
        out.append((k, round(score, 1), reasons))
    out.sort(key=lambda r: -r[1])
    return out


def iter_claims(result: ReadResult) -> Iterator[str]:
    """The claim texts of a read, in order (for callers that only need the text)."""
    return (it.claim_text for it in result.items)
