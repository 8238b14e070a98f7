"""Bringing annotations into a project: FactDesk's own W3C export, another tool's, or Hypothesis's.

Each annotation is placed by what it quotes, never by its offsets alone: the article is found by
the fingerprint of its text (FactDesk's export carries it), its id, or its address; then the quote
is re-anchored in the article's text (:func:`factdesk.core.text.reanchor_fuzzy`): where it is word
for word (at its stored offsets, else the occurrence whose neighbours best match its prefix and
suffix), else, for a quote that moved or changed slightly, the most similar stretch that holds the
same numbers. What cannot be placed is an orphan, reported with the reason, and nothing is made of
it. Everything placed becomes ONE operation (one undo step): the highlights, the claims they
carry (with their verdict, rationale and reviewer) and the links between them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factdesk.core import model
from factdesk.core import operations as ops
from factdesk.core.text import reanchor_fuzzy
from factdesk.importers.annotations import IncomingAnnotation, read_annotations

#: What a file picker offers.
ANNOTATION_PATTERNS = ("*.json", "*.jsonld")


@dataclass(frozen=True)
class Placed:
    """An annotation placed in an article: exactly where it was (score 100), or where it most likely
    went (the quote now reads ``found``)."""

    article_id: str
    start: int
    end: int
    quote: str
    found: str
    score: float


#: Why an annotation was not placed: no article of the project is the one it annotates …
NO_ARTICLE = "no-article"
#: … or the article is there but no longer holds its quote.
QUOTE_GONE = "quote-gone"


@dataclass(frozen=True)
class Orphan:
    """An annotation not placed: its quote, what it annotated (an address or id), the reason in
    English words, and the same as a key (:data:`NO_ARTICLE`, :data:`QUOTE_GONE`) with the title of
    the article that no longer holds the quote, for the window to word in its language."""

    quote: str
    source: str
    reason: str
    why: str = NO_ARTICLE
    title: str = ""


@dataclass
class AnnotationImport:
    """What an import did (or, before it runs, would do)."""

    read: int = 0
    placed: list[Placed] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)
    unusable: int = 0  # items of the file without any quote to place
    spans_added: int = 0
    spans_existing: int = 0
    claims_added: int = 0
    links_added: int = 0
    op: ops.Batch | None = None
    seq: int | None = None

    @property
    def changed(self) -> list[Placed]:
        return [p for p in self.placed if p.score < 100.0]

    def words(self) -> str:
        """The outcome in English sentences (the command line prints them)."""
        lines = [
            f"{len(self.placed)} of {self.read} annotation(s) placed: {self.spans_added} new highlight(s), "
            f"{self.spans_existing} already there, {self.claims_added} new claim(s), {self.links_added} link(s)."
        ]
        for p in self.changed:
            lines.append(f"  moved or changed ({p.score:.0f}%): «{p.quote}» now «{p.found}»")
        for o in self.orphans:
            lines.append(f"  orphan: «{o.quote}» ({o.reason})")
        if self.unusable:
            lines.append(f"  {self.unusable} item(s) of the file hold no quote to place.")
        return "\n".join(lines)


class _Articles:
    """The project's articles, findable by text fingerprint, id, address or urn:uuid: id."""

    def __init__(self, rows: Sequence[dict[str, Any]]) -> None:
        self.by_id = {str(r["id"]): r for r in rows}
        self.by_hash = {str(r["content_hash"]): r for r in rows}
        self.by_url: dict[str, dict[str, Any]] = {}
        for r in rows:
            if r["url"]:
                self.by_url.setdefault(_norm_url(str(r["url"])), r)

    def find(self, a: IncomingAnnotation) -> dict[str, Any] | None:
        if a.content_hash and a.content_hash in self.by_hash:
            return self.by_hash[a.content_hash]
        if a.article_id and a.article_id in self.by_id:
            return self.by_id[a.article_id]
        source = a.source
        if source.startswith("urn:uuid:"):
            return self.by_id.get(source[len("urn:uuid:") :])
        return self.by_url.get(_norm_url(source)) if source else None


def _norm_url(url: str) -> str:
    """An address as compared: without the fragment, a trailing slash or the scheme's case."""
    url = url.split("#", 1)[0].strip()
    scheme, sep, rest = url.partition("://")
    return (scheme.lower() + sep + rest).rstrip("/")


def place(article_text: str, a: IncomingAnnotation) -> tuple[int, int, float] | None:
    """Where annotation ``a`` goes in ``article_text``: its offsets when they still hold its quote,
    else re-anchored by its quote (exact, then fuzzy), or None."""
    if a.start is not None and a.end is not None and article_text[a.start : a.end] == a.quote:
        return a.start, a.end, 100.0
    return reanchor_fuzzy(article_text, a.quote, a.prefix, a.suffix, a.start or 0)


def plan_import(
    reader: ops.Reader, articles: Sequence[dict[str, Any]], incoming: Sequence[IncomingAnnotation]
) -> AnnotationImport:
    """The one operation that brings ``incoming`` into the project ``reader`` reads, and its report."""
    found = _Articles(articles)
    verdicts = {str(v["key"]) for v in reader_rows(reader, model.VERDICT)}
    result = AnnotationImport(read=len(incoming))
    steps: list[ops.Operation] = []
    new_spans: dict[tuple[str, int, int, str], str] = {}
    new_claims: set[str] = set()
    links: set[tuple[str, str]] = set()
    for a in incoming:
        article = found.find(a)
        if article is None:
            result.orphans.append(
                Orphan(a.quote, a.source, "no article of the project has this address or text", NO_ARTICLE)
            )
            continue
        text = str(article["text"])
        spot = place(text, a)
        if spot is None:
            title = str(article["title"])[:60]
            result.orphans.append(
                Orphan(a.quote, a.source, f"the quote is not in «{title}» any more", QUOTE_GONE, title)
            )
            continue
        start, end, score = spot
        aid = str(article["id"])
        kind = a.kind if a.kind in model.SPAN_KINDS else "highlight"
        result.placed.append(Placed(aid, start, end, a.quote, text[start:end], score))
        span_id = _existing_span(reader, aid, start, end, kind) or new_spans.get((aid, start, end, kind))
        if span_id is None:
            span_id = (
                a.id if _free(reader, model.SPAN, a.id) and a.id not in new_spans.values() else model.new_id()
            )
            steps.append(ops.AddSpan(aid, start, end, kind=kind, note=a.note, id=span_id))
            new_spans[(aid, start, end, kind)] = span_id
            result.spans_added += 1
        else:
            result.spans_existing += 1
        for claim in a.claims:
            claim_id = claim.id if claim.id else model.new_id()
            if reader.get(model.CLAIM, claim_id) is None and claim_id not in new_claims:
                steps.append(
                    ops.CreateClaim(
                        claim.text,
                        verdict=claim.verdict if claim.verdict in verdicts else "unverified",
                        rationale=claim.rationale,
                        reviewer=claim.reviewer,
                        id=claim_id,
                        reviewed_at=claim.reviewed_at or None,
                    )
                )
                new_claims.add(claim_id)
                result.claims_added += 1
            linked = any(
                app["claim_id"] == claim_id for app in reader.find(model.APPEARANCE, "span_id", span_id)
            )
            if not linked and (claim_id, span_id) not in links:
                role = claim.role if claim.role in model.ROLES else "asserts"
                steps.append(ops.LinkSpan(claim_id, span_id, role))
                links.add((claim_id, span_id))
                result.links_added += 1
    if steps:
        result.op = ops.Batch("import annotations", steps)
    return result


def reader_rows(reader: ops.Reader, kind: str) -> list[dict[str, Any]]:
    rows = getattr(reader, "rows", None)
    return list(rows(kind)) if rows is not None else []


def _free(reader: ops.Reader, kind: str, key: str) -> bool:
    """Whether ``key`` is a usable id for a new record of ``kind`` (a UUID nothing holds yet)."""
    import uuid

    try:
        uuid.UUID(key)
    except ValueError:
        return False
    return reader.get(kind, key) is None


def _existing_span(reader: ops.Reader, article_id: str, start: int, end: int, kind: str) -> str | None:
    for span in reader.find(model.SPAN, "article_id", article_id):
        if span["start"] == start and span["end"] == end and span["kind"] == kind:
            return str(span["id"])
    return None


def import_annotations(
    path: str | Path, reader: ops.Reader, run: Callable[[ops.Operation], Any]
) -> AnnotationImport:
    """Read the annotation file at ``path`` and bring what can be placed into the project, as one
    operation run through ``run`` (``project.run``, or the window's session: one undo step).
    Raises :class:`~factdesk.importers.errors.ImportRefused` for a file that is not one."""
    incoming, unusable = read_annotations(path)
    result = plan_import(reader, reader_rows(reader, model.ARTICLE), incoming)
    result.unusable = unusable
    if result.op is not None:
        outcome = run(result.op)
        result.seq = getattr(outcome, "seq", None)
    return result
