"""Comparing articles: the claims they already share, and their figures paired and judged by event.

Both interfaces call :func:`compare_articles` (the comparison view and ``factdesk compare``) and turn a
pair into linked claims with :func:`link_pair`: one batch (one undo step) that highlights both figures,
creates the claim and links both appearances, reusing a highlight or a claim already there.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from factdesk.assist.compare import FigurePair, PlaceLookup, Reading, compare_readings
from factdesk.core import operations as ops
from factdesk.core import text as textrules

if TYPE_CHECKING:
    from factdesk.app.reading import ArticleReading
    from factdesk.assist.figures import Figure
    from factdesk.store.read import SharedClaim

__all__ = ["Comparison", "CompareReader", "compare_articles", "link_pair", "pair_roles"]

#: Words that name what happened to the counted thing, taken into the highlight when they stand
#: right before the figure («مقتل أكثر من 80 مسلحا»).
_EVENT_NOUNS = frozenset(["مقتل", "قتل", "تدمير", "إصابة", "جرح", "اعتقال", "أسر"])


class CompareReader(ops.Reader, Protocol):
    """The project's read API as far as the comparison needs it."""

    def shared_claims(self, left_id: str, right_id: str) -> list[SharedClaim]: ...


@dataclass(frozen=True)
class Shared:
    """The claims two of the compared articles already share."""

    a_id: str
    b_id: str
    claims: list[SharedClaim]


@dataclass(frozen=True)
class Comparison:
    """Everything the comparison shows: per article its reading, per two articles their shared claims,
    and the figure pairs (numbered from 1 in this order by both interfaces)."""

    article_ids: list[str]
    readings: dict[str, ArticleReading]
    shared: list[Shared]
    pairs: list[FigurePair]


def _reading(r: ArticleReading) -> Reading:
    return Reading(r.article_id, r.text, r.published, r.figures, r.dates, r.attributions)


def _places() -> PlaceLookup | None:
    """The gazetteer's lookup of places; without its data file the comparison reads no places."""
    from factdesk.importers import gazetteer

    try:
        gazetteer.entries()
    except gazetteer.GazetteerMissing:
        return None
    return gazetteer.place


def compare_articles(reader: CompareReader, article_ids: Sequence[str]) -> Comparison:
    """Compare two or more articles: each two of them, in the order given. Refused in plain words
    for fewer than two different articles or an article that is not in the project."""
    from factdesk.app.reading import read_article

    ids = list(dict.fromkeys(article_ids))
    if len(ids) < 2:
        raise ops.OperationError("Choose two different articles to compare.")
    readings = {aid: read_article(reader, aid) for aid in ids}
    places = _places()
    shared: list[Shared] = []
    pairs: list[FigurePair] = []
    for a, b in itertools.combinations(ids, 2):
        shared.append(Shared(a, b, reader.shared_claims(a, b)))
        pairs.extend(compare_readings(_reading(readings[a]), _reading(readings[b]), places))
    return Comparison(ids, readings, shared, pairs)


# ---------------------------------------------------------------------------------------------
# a pair into linked claims


def figure_phrase(text: str, f: Figure) -> tuple[int, int]:
    """The stretch to highlight for a figure: the number with its qualifier and its counted thing
    (and the word naming what happened, «مقتل», when it stands right before), on word boundaries."""
    start, end = f.start, f.end
    if f.thing_end > f.thing_start:
        start, end = min(start, f.thing_start), max(end, f.thing_end)
    start, end = textrules.snap_to_words(text, start, end)
    before = text[:start].rstrip()
    word = before.split()[-1] if before.split() else ""
    if "\n" not in text[len(before) : start]:
        if word in _EVENT_NOUNS:
            start = len(before) - len(word)
        elif word[:1] in ("و", "ف") and word[1:] in _EVENT_NOUNS:
            start = len(before) - len(word) + 1  # «وتدمير»: the conjunction stays out
    return start, end


def _existing_span(reader: ops.Reader, article_id: str, text: str, start: int, end: int) -> str | None:
    """A highlight of the article that holds ``[start, end)`` and stays inside its sentence (the
    smallest), so that linking twice reuses it instead of adding a copy."""
    from factdesk.assist.compare import sentence_bounds

    s_start, s_end = sentence_bounds(text, start)
    best: tuple[int, str] | None = None
    for row in reader.find("span", "article_id", article_id):
        rs, re_ = int(str(row["start"])), int(str(row["end"]))
        inside = rs <= start and end <= re_ and s_start <= rs and re_ <= s_end + 1
        if inside and (best is None or re_ - rs < best[0]):
            best = (re_ - rs, str(row["id"]))
    return best[1] if best else None


def _claims_of(reader: ops.Reader, span_id: str | None) -> list[str]:
    if span_id is None:
        return []
    return [str(app["claim_id"]) for app in reader.find("appearance", "span_id", span_id)]


def pair_roles(pair: FigurePair) -> tuple[str, str]:
    """The roles of the two appearances: the same figure is asserted by both; a different one is
    recorded as a different figure of the same claim."""
    if pair.verdict in ("agree", "compatible"):
        return "asserts", "asserts"
    if pair.verdict == "unclear" and pair.a is not None and pair.b is not None:
        from factdesk.assist.compare import values_compatible

        return (
            ("asserts", "asserts") if values_compatible(pair.a, pair.b) else ("asserts", "different_figure")
        )
    return "asserts", "different_figure"


def _clause(text: str, f: Figure) -> str:
    from factdesk.assist.compare import clause_bounds

    start, end = figure_phrase(text, f)
    c_start, c_end = clause_bounds(text, start, end)
    words = " ".join(text[c_start:c_end].split())
    return words[3:] if words.startswith("عن ") and len(words) > 12 else words


def link_pair(reader: ops.Reader, pair: FigurePair, claim_text: str = "") -> ops.Batch:
    """The one operation that makes ``pair`` into linked claims: each figure highlighted (kind
    "figure"; an existing highlight around it is reused), one claim (an existing claim of either
    highlight is reused) and both appearances with their roles (:func:`pair_roles`). Refused for two
    figures about different events: they are two claims, not one."""
    if pair.verdict == "different_event":
        raise ops.OperationError(
            "These figures are about different events (see the dates read); "
            "they are two claims, not one. Make a claim of each figure instead."
        )
    roles = pair_roles(pair)
    steps: list[ops.Operation] = []
    spans: list[tuple[str, str, list[str]]] = []  # span id, role, its claims
    first_text = ""
    for figure, article_id, role in ((pair.a, pair.a_id, roles[0]), (pair.b, pair.b_id, roles[1])):
        if figure is None:
            continue
        row = reader.get("article", article_id)
        if row is None:
            raise ops.OperationError("There is no such article in the project.")
        text = str(row["text"])
        start, end = figure_phrase(text, figure)
        sid = _existing_span(reader, article_id, text, start, end)
        claims = _claims_of(reader, sid)
        if sid is None:
            add = ops.AddSpan(article_id, start, end, kind="figure")
            steps.append(add)
            sid = add.id
        spans.append((sid, role, claims))
        first_text = first_text or _clause(text, figure)
    if len(spans) == 2 and set(spans[0][2]) & set(spans[1][2]):
        raise ops.OperationError("These two figures are already linked to one claim.")
    if len(spans) == 1 and spans[0][2]:
        raise ops.OperationError("This figure is already linked to a claim.")
    known = [c for _, _, claims in spans for c in claims]
    if known:
        claim_id = known[0]
    else:
        create = ops.CreateClaim(claim_text.strip() or first_text)
        steps.append(create)
        claim_id = create.id
    for sid, role, claims in spans:
        if claim_id not in claims:
            steps.append(ops.LinkSpan(claim_id, sid, role))
    title = "link figures as one claim" if len(spans) == 2 else "new claim from figure"
    return ops.Batch(title, steps)
