"""Which sentences are worth checking first: each sentence scored by the checkable things inside it.

Cheap, explainable signals (figures, dates, attributions found by the other extractors, plus named
actors, comparisons, superlatives and negations spotted here by cue words), so a fact-checker sees
*why* a sentence was put forward. Sentences with no signal are left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

__all__ = ["HasSpan", "Suggestion", "rank_sentences", "split_sentences"]


class HasSpan(Protocol):
    """Anything with a code-point span (figures, dates, attributions from the other extractors)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


@dataclass(frozen=True)
class Suggestion:
    """A sentence worth checking: its span, its score and the short English keys of why."""

    start: int
    end: int
    score: float
    reasons: tuple[str, ...]


_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
# A full stop between digits (3.5) or after a one-letter Latin abbreviation (U.S.) does not end a sentence.
_END = re.compile(r"(?<![0-9٠-٩])\.(?![0-9٠-٩])(?<!\b[A-Z]\.)|[!?؟؛;]|\n")
_WORD = re.compile(rf"[\w{_MARKS}]+")
_STRIP = re.compile(rf"[{_MARKS}]")
_DIGIT = re.compile(r"[0-9٠-٩۰-۹]")

_ACTOR_CUES = {
    "وزارة",
    "الوزارة",
    "الجيش",
    "قوات",
    "القوات",
    "الرئيس",
    "رئيس",
    "المتحدث",
    "الناطق",
    "مصدر",
    "مصادر",
    "وكالة",
    "وزير",
    "الوزير",
    "العقيد",
    "اللواء",
    "العميد",
    "الحكومة",
    "حكومة",
    "منظمة",
    "الأمم",
    "مجلس",
    "هيئة",
    "تنظيم",
    "البيان",
    "بيان",
}
_COMPARISON = {
    "أكثر",
    "أقل",
    "مقارنة",
    "مقابل",
    "ضعف",
    "أضعاف",
    "بنسبة",
    "ارتفع",
    "ارتفاع",
    "انخفض",
    "انخفاض",
    "تراجع",
    "زيادة",
    "يفوق",
    "يتجاوز",
    "تجاوز",
    "حوالي",
    "قرابة",
}
_SUPERLATIVE = {
    "أكبر",
    "أصغر",
    "أعلى",
    "أدنى",
    "أول",
    "أخطر",
    "أسوأ",
    "أفضل",
    "الأكبر",
    "الأعلى",
    "الأول",
    "الأولى",
    "الأكثر",
    "الأقل",
    "أطول",
    "قياسي",
    "قياسية",
    "غير_مسبوق",
}
_NEGATION = {"لا", "لم", "لن", "ليس", "ليست", "غير", "دون", "نفى", "نفت", "عدم", "ولا", "ولم", "ولن"}

# A figure outweighs every other signal together: numbers are what gets disputed first (the seeds differ
# on 80 vs 120 dead); the other signals order sentences within the same tier.
_WEIGHTS = {
    "figure": 8.0,
    "date": 1.5,
    "attribution": 2.0,
    "named actor": 1.0,
    "comparison": 1.0,
    "superlative": 1.0,
    "negation": 0.5,
}


_ALEFS = str.maketrans("إآ", "اا")


def _norm(word: str) -> str:
    return _STRIP.sub("", word).translate(_ALEFS)


_ACTOR_N = {_norm(w) for w in _ACTOR_CUES}
_COMPARISON_N = {_norm(w) for w in _COMPARISON}
_SUPERLATIVE_N = {_norm(w) for w in _SUPERLATIVE}
_NEGATION_N = {_norm(w) for w in _NEGATION}


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (trimmed of spaces), split on . ! ? ؟ ؛ and line breaks, not inside 3.5."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        spans.append((start, m.end() if m.group() != "\n" else m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if any(ch.isalnum() for ch in text[s:e]):
            out.append((s, e))
    return out


def _inside(spans: Sequence[HasSpan], s: int, e: int) -> int:
    return sum(1 for x in spans if x.start < e and x.end > s)


def rank_sentences(
    text: str,
    *,
    figures: Sequence[HasSpan] = (),
    dates: Sequence[HasSpan] = (),
    attributions: Sequence[HasSpan] = (),
) -> list[Suggestion]:
    """The sentences of ``text`` that hold something checkable, best first (ties: reading order)."""
    out: list[Suggestion] = []
    for s, e in split_sentences(text):
        words = [_norm(w) for w in _WORD.findall(text[s:e])]
        stripped = [w[1:] if w[:1] in ("و", "ف", "ب", "ل") and len(w) > 3 else w for w in words]
        counts: dict[str, int] = {
            "figure": _inside(figures, s, e) or (1 if not figures and _DIGIT.search(text, s, e) else 0),
            "date": _inside(dates, s, e),
            "attribution": _inside(attributions, s, e),
            "named actor": sum(
                1 for w, b in zip(words, stripped, strict=True) if w in _ACTOR_N or b in _ACTOR_N
            ),
            "comparison": sum(1 for w in words if w in _COMPARISON_N),
            "superlative": sum(1 for w in words if w in _SUPERLATIVE_N),
            "negation": sum(1 for w in words if w in _NEGATION_N),
        }
        reasons = tuple(k for k, n in counts.items() if n)
        if not reasons:
            continue
        # Diminishing returns: a second figure counts, a tenth adds little.
        score = sum(_WEIGHTS[k] * (1 + 0.5 * min(n - 1, 3)) for k, n in counts.items() if n)
        out.append(Suggestion(s, e, round(score, 3), reasons))
    out.sort(key=lambda g: (-g.score, g.start))
    return out
