"""Comparing the figures of two articles, judged by the event each figure is about.

Two reports of one war give many numbers; a fact-checker must not set «more than 80 killed» (the night
of 30 May) against «at least 120 killed» (the convoy of 25 May) as if they disagreed: they count two
events. So each figure first gets its *event context*, read from its own sentence (or, when that says
no date, the nearest sentence before it in the paragraph that does): the dates of the event (not the
date a statement was made: «أعلنت الوزارة صباح اليوم الخميس» is when it was said), the places the
gazetteer knows, and the named actors. Figures of the same kind are then paired across the articles,
and each pair is judged:

- same event, same value and bound: ``agree``; values that both bounds allow («أكثر من 80» and
  «ما لا يقل عن 80»): ``compatible``; values no bound reconciles: ``conflict``;
- different dates or places: ``different_event`` (same kind of figure, different event: check);
- no date or place to decide: ``unclear`` (check);
- a figure the other article does not give at all: ``only`` (only in one article).

Every pair carries its reasons, in words, so that the fact-checker sees what was read.
Rules only; the place lookup is handed in (the gazetteer lives with the importers).
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final, Literal, Protocol

from factdesk.assist.attributions import Attribution
from factdesk.assist.dates import WEEKDAYS, DateMention
from factdesk.assist.figures import Figure
from factdesk.nlp.fold import fold, fold_with_map, original_span
from factdesk.nlp.months import MONTHS

__all__ = [
    "ACTORS",
    "EventContext",
    "FigurePair",
    "PlaceEntry",
    "Reading",
    "Verdict",
    "compare_readings",
    "event_context",
    "interval",
    "values_compatible",
]

Verdict = Literal["agree", "compatible", "conflict", "different_event", "unclear", "only"]
#: Verdicts that say the two figures are about one event.
SAME_EVENT: Final = frozenset({"agree", "compatible", "conflict"})

#: Named groups and bodies that take part in events of the region, as a fact-checker names them
#: (folded spellings are compared). A short list: attribution speakers add the rest.
ACTORS: Final[dict[str, str]] = {
    "قوات سوريا الديمقراطية": "قوات سوريا الديمقراطية",
    "قسد": "قوات سوريا الديمقراطية",
    "داعش": "داعش",
    "تنظيم الدولة": "داعش",
    "الدولة الإسلامية": "داعش",
    "التحالف": "التحالف الدولي",
    "التحالف الدولي": "التحالف الدولي",
    "وزارة الدفاع الروسية": "وزارة الدفاع الروسية",
    "الطيران الروسي": "القوات الروسية",
    "القوات الروسية": "القوات الروسية",
    "القوات الجوية الروسية": "القوات الروسية",
    "القوات الجوية الفضائية الروسية": "القوات الروسية",
    "القوات الأمريكية": "القوات الأمريكية",
    "قوات أمريكية": "القوات الأمريكية",
    "الجيش السوري": "الجيش السوري",
    "قوات النظام": "الجيش السوري",
    "وحدات حماية الشعب": "وحدات حماية الشعب",
    "الوحدات الكردية": "وحدات حماية الشعب",
    "قوات النخبة": "قوات النخبة",
    "جبهة النصرة": "هيئة تحرير الشام",
    "هيئة تحرير الشام": "هيئة تحرير الشام",
    "حزب الله": "حزب الله",
    "الحوثيين": "الحوثيون",
    "الحوثيون": "الحوثيون",
    "الجيش الإسرائيلي": "الجيش الإسرائيلي",
    "حماس": "حماس",
    "الأمم المتحدة": "الأمم المتحدة",
}

#: Words the gazetteer knows as places that in running text are something else: a weekday, a
#: month, «the city», «statement», the «أب» of «بيك أب».
_NOT_PLACES: Final = frozenset(
    fold(w) for w in [*WEEKDAYS, *MONTHS, "المدينة", "مدينة", "بيان", "البيان", "اب", "آب", "أب", "الخميس"]
)
_PROCLITICS: Final = ("و", "ف", "ب", "ل")
_WORD: Final = re.compile(r"[\u0621-\u064a\u0660-\u0669\u0671-\u06d3\u06fa-\u06ff\u0640]+")
_SENTENCE_END: Final = re.compile(r"[.!?؟\n]+")
_CLAUSE_END: Final = re.compile(r"[.!?؟\n،,؛;:«»\"“”]")
_FOLDED_ACTORS: Final = sorted(((fold(k), v) for k, v in ACTORS.items()), key=lambda kv: -len(kv[0]))
#: «about» allows this share either side of its value.
ABOUT: Final = 0.1


class PlaceEntry(Protocol):
    """What the comparison needs of a gazetteer entry (:class:`factdesk.importers.gazetteer.Entry`)."""

    @property
    def name(self) -> str: ...

    @property
    def kinds(self) -> frozenset[str]: ...

    @property
    def countries(self) -> tuple[str, ...]: ...


PlaceLookup = Callable[[str], PlaceEntry | None]


@dataclass(frozen=True)
class Reading:
    """What the comparison reads of one article (the fields of the app's ArticleReading)."""

    article_id: str
    text: str
    published: datetime.date | None
    figures: Sequence[Figure]
    dates: Sequence[DateMention]
    attributions: Sequence[Attribution] = ()


@dataclass(frozen=True)
class EventContext:
    """What a figure is about, as read around it: offsets of the stretch read, event dates, places, actors."""

    start: int
    end: int
    dates: tuple[DateMention, ...] = ()
    #: dates in the sentence that say when something was *said*, left out of the event
    said_dates: tuple[DateMention, ...] = ()
    places: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    #: where the dates came from: "sentence", "before" (an earlier sentence of the paragraph), "after", ""
    dates_from: str = ""

    @property
    def days(self) -> frozenset[datetime.date]:
        return frozenset(d.date for d in self.dates if d.date is not None and d.precision == "day")

    @property
    def months(self) -> frozenset[tuple[int, int]]:
        return frozenset((d.date.year, d.date.month) for d in self.dates if d.date is not None)


@dataclass(frozen=True)
class FigurePair:
    """Two figures of one kind from two articles (or one figure, ``only`` in its article), judged."""

    kind: str
    verdict: Verdict
    a_id: str
    b_id: str
    a: Figure | None
    b: Figure | None
    a_context: EventContext | None
    b_context: EventContext | None
    reasons: tuple[str, ...] = field(default_factory=tuple)

    @property
    def same_event(self) -> bool:
        return self.verdict in SAME_EVENT


# ---------------------------------------------------------------------------------------------
# the event context


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos``: from after the previous full stop or line break to the next."""
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    stop = _SENTENCE_END.search(text, pos)
    return start, (stop.start() if stop else len(text))


def paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end < 0 else end)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``[start, end)``: between the nearest punctuation either side (quotes included)."""
    left = start
    while left > 0 and not _CLAUSE_END.match(text[left - 1]):
        left -= 1
    m = _CLAUSE_END.search(text, end)
    right = m.start() if m else len(text)
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


def _said_dates(
    dates: Iterable[DateMention], said: Sequence[Attribution], published: datetime.date | None
) -> set[DateMention]:
    """Dates that tell when a statement was made: between a reporting verb and what was said
    («أعلنت الوزارة صباح اليوم الخميس، عن …»), or «اليوم» on the day of publication."""
    out: set[DateMention] = set()
    for d in dates:
        said_when = any(
            a.verb_start <= d.start and d.end <= a.said_start for a in said if a.said_end > a.said_start
        )
        if said_when or ("اليوم" in d.text and published is not None and d.date == published):
            out.add(d)
    return out


def _places(
    text: str, start: int, end: int, lookup: PlaceLookup | None, skip: Sequence[tuple[int, int]]
) -> list[PlaceEntry]:
    if lookup is None:
        return []
    found: dict[str, PlaceEntry] = {}
    for m in _WORD.finditer(text, start, end):
        if any(s <= m.start() < e for s, e in skip):
            continue
        word = m.group()
        candidates = [word] + [word[1:] for p in _PROCLITICS if word.startswith(p) and len(word) > 3]
        for w in candidates:
            if fold(w) in _NOT_PLACES or len(fold(w)) < 3:
                continue
            entry = lookup(w)
            if entry is not None:
                found.setdefault(entry.name, entry)
                break
    return list(found.values())


def _actors(
    text: str, start: int, end: int, said: Sequence[Attribution]
) -> tuple[list[str], list[tuple[int, int]]]:
    """Named actors in ``[start, end)`` and where their names stand (so that «سوريا» in «قوات سوريا
    الديمقراطية» is not read as a place); plus the speakers of attributions covering the stretch."""
    names: list[str] = []
    where: list[tuple[int, int]] = []
    piece = text[start:end]
    folded, starts = fold_with_map(piece)
    taken = [False] * len(folded)
    for key, name in _FOLDED_ACTORS:
        for m in re.finditer(r"(?<![\w])(?:[وفبل]|ال)?" + re.escape(key) + r"(?![\w])", folded):
            if any(taken[m.start() : m.end()]):
                continue
            taken[m.start() : m.end()] = [True] * (m.end() - m.start())
            if name not in names:
                names.append(name)
            o_start, o_end = original_span(starts, len(piece), m.start(), m.end())
            where.append((start + o_start, start + o_end))
    for a in said:
        if a.start < end and start < a.end:
            speaker = " ".join(a.speaker.split())
            if speaker and speaker not in names and len(speaker.split()) >= 2:
                names.append(speaker)
            where.append((a.speaker_start, a.speaker_end))
    return names, where


def event_context(reading: Reading, figure: Figure, places: PlaceLookup | None = None) -> EventContext:
    """The event ``figure`` is about: dates, places and actors of its sentence; when the sentence gives
    no event date, the nearest earlier sentence of the paragraph that does (else the next one)."""
    text = reading.text
    s_start, s_end = sentence_bounds(text, figure.start)
    p_start, p_end = paragraph_bounds(text, figure.start)
    said = _said_dates(reading.dates, reading.attributions, reading.published)

    def event_dates(a: int, b: int) -> list[DateMention]:
        return [d for d in reading.dates if a <= d.start < b and d not in said]

    dates = event_dates(s_start, s_end)
    frm, c_start, c_end = ("sentence", s_start, s_end) if dates else ("", s_start, s_end)
    if not dates:
        before = [d for d in event_dates(p_start, s_start)]
        if before:
            nearest = before[-1]
            b_start, _ = sentence_bounds(text, nearest.start)
            dates, frm, c_start = [d for d in before if d.start >= b_start], "before", b_start
    if not dates:
        after = event_dates(s_end, p_end)
        if after:
            first = after[0]
            _, a_end = sentence_bounds(text, first.start)
            dates, frm, c_end = [d for d in after if d.start < a_end], "after", a_end
    actors, skip = _actors(text, c_start, c_end, reading.attributions)
    found = _places(text, c_start, c_end, places, skip)
    cities = tuple(e.name for e in found if e.kinds & {"city", "capital"})
    countries = tuple(sorted({c for e in found for c in e.countries}))
    return EventContext(
        start=c_start,
        end=c_end,
        dates=tuple(dates),
        said_dates=tuple(d for d in reading.dates if s_start <= d.start < s_end and d in said),
        places=cities,
        countries=countries,
        actors=tuple(actors),
        dates_from=frm,
    )


# ---------------------------------------------------------------------------------------------
# values and bounds


def interval(f: Figure) -> tuple[float, float]:
    """The values a figure allows, as a closed interval (open ends are nudged in by a hair)."""
    v = float(f.value)
    hi = float(f.high) if f.high is not None else v
    eps = 1e-9 * max(1.0, abs(v))
    if f.bound == "at_least":
        return v, math.inf
    if f.bound == "more_than":
        return v + eps, math.inf
    if f.bound == "about":
        return v * (1 - ABOUT), hi * (1 + ABOUT)
    if f.bound == "less_than":
        return 0.0, v - eps
    if f.bound == "up_to":
        return 0.0, hi
    return v, hi


def values_compatible(a: Figure, b: Figure) -> bool:
    """Whether the two figures say the same thing in different words: one count satisfies both bounds
    («أكثر من 80» and «ما لا يقل عن 80»; «نحو 100» and «98»), and two bounds open the same way give
    the same number («أكثر من 80» and «ما لا يقل عن 120» are two different figures)."""
    lo_a, hi_a = interval(a)
    lo_b, hi_b = interval(b)
    open_a, open_b = _open_side(a), _open_side(b)
    if open_a and open_a == open_b and float(a.value) != float(b.value):
        # «أكثر من 80» and «ما لا يقل عن 120» do not exclude each other, but they are not one figure
        return False
    return max(lo_a, lo_b) <= min(hi_a, hi_b)


def _open_side(f: Figure) -> str:
    if f.bound in ("at_least", "more_than"):
        return "up"
    if f.bound in ("less_than", "up_to") and f.high is None:
        return "down"
    return ""


def _same_value(a: Figure, b: Figure) -> bool:
    return float(a.value) == float(b.value) and a.high == b.high and a.bound == b.bound and a.unit == b.unit


def _show(f: Figure) -> str:
    return f"«{f.text}»"


def _date_words(ctx: EventContext) -> str:
    return "، ".join(f"«{d.text}» ({d.date.isoformat() if d.date else '?'})" for d in ctx.dates) or "none"


# ---------------------------------------------------------------------------------------------
# pairing and judging


def _thing_words(text: str, f: Figure) -> set[str]:
    """The counted thing and up to two words right after it («سيارة بيك آب»), up to the next comma,
    full stop or «و» that starts the next item («36 سيارة و8 صهاريج»)."""
    stop = re.search(r"[.!?؟\n،,؛;:]|\sو?\d", text[f.thing_start : f.thing_end + 30])
    window = text[
        f.thing_start : f.thing_start + (stop.start() if stop else f.thing_end - f.thing_start + 30)
    ]
    return {fold(w) for w in _WORD.findall(window)[:3]} - {"من", "في", "على"}


def _event_relation(a: EventContext, b: EventContext) -> tuple[str, list[str]]:
    """ "same", "different" or "unclear", with the reasons read."""
    reasons: list[str] = []
    da, db = a.days, b.days
    dates = "unclear"
    if da and db:
        if da & db:
            dates = "same"
            reasons.append("same date: " + ", ".join(sorted(d.isoformat() for d in da & db)))
        else:
            dates = "different"
            reasons.append(
                "different dates: "
                + ", ".join(sorted(d.isoformat() for d in da))
                + " vs "
                + ", ".join(sorted(d.isoformat() for d in db))
            )
    elif a.months and b.months and not (a.months & b.months):
        dates = "different"
        reasons.append("different months")
    else:
        reasons.append("no event date on " + ("both sides" if not da and not db else "one side"))
    places = "unclear"
    if a.places and b.places:
        common = set(a.places) & set(b.places)
        places = "same" if common else "different"
        reasons.append(
            ("same place: " + "، ".join(sorted(common)))
            if common
            else ("different places: " + "، ".join(a.places) + " vs " + "، ".join(b.places))
        )
    elif a.countries and b.countries and not (set(a.countries) & set(b.countries)):
        places = "different"
        reasons.append("different countries: " + ", ".join(a.countries) + " vs " + ", ".join(b.countries))
    common_actors = sorted(set(a.actors) & set(b.actors))
    if common_actors:
        reasons.append("same actors: " + "، ".join(common_actors))
    if dates == "different" or places == "different":
        return "different", reasons
    if dates == "same":
        return "same", reasons
    if places == "same" and common_actors:
        return "same", reasons
    return "unclear", reasons


def _judge(ra: Reading, a: Figure, ca: EventContext, rb: Reading, b: Figure, cb: EventContext) -> FigurePair:
    relation, reasons = _event_relation(ca, cb)
    reasons.insert(0, f"A: {_show(a)} dates {_date_words(ca)}; B: {_show(b)} dates {_date_words(cb)}")
    verdict: Verdict
    if relation == "different":
        verdict = "different_event"
    elif relation == "unclear":
        verdict = "unclear"
        reasons.append("values " + ("compatible" if values_compatible(a, b) else "differ"))
    elif _same_value(a, b):
        verdict = "agree"
    elif values_compatible(a, b):
        verdict = "compatible"
        reasons.append("the bounds allow both values")
    else:
        verdict = "conflict"
        reasons.append("no count satisfies both figures")
    return FigurePair(a.kind, verdict, ra.article_id, rb.article_id, a, b, ca, cb, tuple(reasons))


def _score(pair: FigurePair, ra: Reading, rb: Reading) -> tuple[int, float, float]:
    assert pair.a is not None and pair.b is not None
    rank = {"agree": 4, "compatible": 4, "conflict": 4, "unclear": 2, "different_event": 1}[pair.verdict]
    wa, wb = _thing_words(ra.text, pair.a), _thing_words(rb.text, pair.b)
    thing = len(wa & wb) / max(1, len(wa | wb))
    va, vb = float(pair.a.value), float(pair.b.value)
    closeness = -abs(va - vb) / max(1.0, abs(va), abs(vb))
    return rank, thing, closeness


def compare_readings(a: Reading, b: Reading, places: PlaceLookup | None = None) -> list[FigurePair]:
    """The figure pairs of two articles, in the order of ``a``'s figures (then ``b``'s left alone).

    Each figure is in at most one pair: pairs about one event first, then the ones most alike in the
    counted thing and value; a figure left without a partner of its kind is ``only`` in its article.
    """
    ctx_a = [event_context(a, f, places) for f in a.figures]
    ctx_b = [event_context(b, f, places) for f in b.figures]
    candidates: list[tuple[tuple[int, float, float], int, int, FigurePair]] = []
    for i, fa in enumerate(a.figures):
        for j, fb in enumerate(b.figures):
            if (
                fa.kind != fb.kind
                or fa.kind == "other"
                and not _thing_words(a.text, fa) & _thing_words(b.text, fb)
            ):
                continue
            pair = _judge(a, fa, ctx_a[i], b, fb, ctx_b[j])
            candidates.append((_score(pair, a, b), i, j, pair))
    candidates.sort(key=lambda c: (c[0], -c[1], -c[2]), reverse=True)
    used_a: dict[int, FigurePair] = {}
    used_b: set[int] = set()
    for _, i, j, pair in candidates:
        if i in used_a or j in used_b:
            continue
        used_a[i] = pair
        used_b.add(j)
    out: list[FigurePair] = []
    for i, fa in enumerate(a.figures):
        if i in used_a:
            pair = used_a[i]
            if pair.verdict == "different_event":
                pair = _note_mentions(pair, a, b)
            out.append(pair)
        elif fa.kind != "other":
            out.append(_only(a, fa, ctx_a[i], b, "A"))
    for j, fb in enumerate(b.figures):
        if j not in used_b and fb.kind != "other":
            out.append(_only(b, fb, ctx_b[j], a, "B"))
    return out


def _mentioned_days(reading: Reading, days: frozenset[datetime.date]) -> list[DateMention]:
    return [d for d in reading.dates if d.date in days and d.precision == "day"]


def _note_mentions(pair: FigurePair, a: Reading, b: Reading) -> FigurePair:
    """Say when an article speaks of the other figure's day without giving that figure."""
    assert pair.a_context is not None and pair.b_context is not None
    extra: list[str] = []
    for name, other, ctx in (("A", a, pair.b_context), ("B", b, pair.a_context)):
        seen = [
            d
            for d in _mentioned_days(other, ctx.days)
            if d not in (pair.a_context.dates + pair.b_context.dates)
        ]
        if seen:
            extra.append(f"{name} also speaks of {seen[0].date} («{seen[0].text}») without this figure")
    return FigurePair(
        pair.kind,
        pair.verdict,
        pair.a_id,
        pair.b_id,
        pair.a,
        pair.b,
        pair.a_context,
        pair.b_context,
        pair.reasons + tuple(extra),
    )


def _only(mine: Reading, f: Figure, ctx: EventContext, other: Reading, side: str) -> FigurePair:
    reasons = [f"{side}: {_show(f)} dates {_date_words(ctx)}"]
    if any(g.kind == f.kind for g in other.figures):
        reasons.append(f"the other article's {f.kind} figures are set against others of this one")
    else:
        reasons.append(f"the other article gives no {f.kind} figure")
    seen = _mentioned_days(other, ctx.days)
    if seen:
        reasons.append(f"it speaks of {seen[0].date} («{seen[0].text}») without this figure")
    if side == "A":
        return FigurePair(
            f.kind, "only", mine.article_id, other.article_id, f, None, ctx, None, tuple(reasons)
        )
    return FigurePair(f.kind, "only", other.article_id, mine.article_id, None, f, None, ctx, tuple(reasons))
