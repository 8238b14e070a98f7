"""Check-worthy sentences: the ones holding figures, dates and attributions come first, with reasons."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from factdesk.assist.attributions import find_attributions
from factdesk.assist.suggest import rank_sentences, split_sentences

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def _figures(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in re.finditer(r"\d+", text)]


@pytest.mark.parametrize("name", ["000_ce109d537c2ac835.txt", "002_0d07b180e68b826f.txt"])
def test_seed_sentences_with_the_disputed_figures_rank_above_sentences_without_figures(name: str) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    ranked = rank_sentences(text, figures=_figures(text), attributions=find_attributions(text))
    key = [i for i, g in enumerate(ranked) if re.search(r"\b(80|120|36|32)\b", text[g.start : g.end])]
    plain = [i for i, g in enumerate(ranked) if "figure" not in g.reasons]
    assert key, f"no ranked sentence of {name} holds 80/120/36/32"
    assert plain, "the seed should also have sentences without figures"
    assert max(key) < min(plain), [(g.score, g.reasons, text[g.start : g.start + 40]) for g in ranked]
    for g in ranked:
        assert g.reasons and g.score > 0


def test_order_is_by_score_then_position_and_silent_sentences_are_left_out() -> None:
    text = "السماء صافية اليوم. قالت الوزارة إن 12 شخصا قتلوا. وأكد المتحدث أن الهجوم فشل."
    ranked = rank_sentences(text, figures=_figures(text), attributions=find_attributions(text))
    assert [text[g.start : g.end] for g in ranked] == [
        "قالت الوزارة إن 12 شخصا قتلوا.",
        "وأكد المتحدث أن الهجوم فشل.",
    ]
    assert ranked[0].reasons[:2] == ("figure", "attribution")


def test_given_spans_are_the_signals() -> None:
    text = "جرى ذلك في الربيع. ثم عاد الهدوء."
    ranked = rank_sentences(text, dates=[Span(11, 17)])
    assert [(text[g.start : g.end], g.reasons) for g in ranked] == [("جرى ذلك في الربيع.", ("date",))]


def test_cue_words_comparison_superlative_negation() -> None:
    reasons = rank_sentences("هذا أكبر هجوم منذ سنوات ولم يحدث أكثر منه.")[0].reasons
    assert {"superlative", "comparison", "negation"} <= set(reasons)


def test_splitting_keeps_decimals_and_abbreviations_whole() -> None:
    text = "ارتفع المعدل إلى 3.5 بالمئة؟ نعم؛ قالت U.S. Army ذلك\nسطر جديد"
    parts = [text[s:e] for s, e in split_sentences(text)]
    assert parts == ["ارتفع المعدل إلى 3.5 بالمئة؟", "نعم؛", "قالت U.S. Army ذلك", "سطر جديد"]
