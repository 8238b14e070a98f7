"""Tests for factdesk.nlp.segment: the proclitic-free forms search indexes beside each word."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import shared

from factdesk.nlp.fold import fold
from factdesk.nlp.segment import forms, forms_text


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("بالمملكة", {"المملكه", "مملكه"}),
        ("والمملكة", {"المملكه", "مملكه"}),
        ("للمملكة", {"المملكه", "مملكه", "لمملكه"}),  # ل + ال loses the alef: the article comes back
        ("فالمملكة", {"المملكه", "مملكه"}),
        ("كالمملكة", {"المملكه", "مملكه"}),
        ("وبالرياض", {"بالرياض", "الرياض", "رياض"}),
        ("المملكة", {"مملكه"}),
        ("وقال", {"قال"}),
        ("بمصرف", {"مصرف"}),  # a lone preposition, four letters left
    ],
)
def test_proclitics_come_off(word: str, expected: set[str]) -> None:
    assert set(forms(fold(word))) == expected


@pytest.mark.parametrize(
    "word",
    [
        "لبنان",  # ل + «بنان» would leave four letters; allowed, but «نان» never
        "بعيد",  # «عيد» is another word: a lone preposition needs four letters left
        "كبار",  # not ك + «بار»
        "كلها",
        "الان",  # الآن: «ان» is too short to be a word left by the article
        "الله",
        "وطن",  # too short to carry a conjunction
    ],
)
def test_short_remainders_stay_whole(word: str) -> None:
    assert all(len(f) >= 4 or f.startswith("ال") for f in forms(fold(word))) and "نان" not in forms(
        fold(word)
    )
    if word in ("بعيد", "كبار", "كلها", "الان", "الله", "وطن"):
        assert forms(fold(word)) == ()


def test_forms_text_says_which_word_each_form_came_from() -> None:
    folded = fold("قال وزير الخارجية بالمملكة إن")
    text, owners = forms_text(folded)
    got = [(text[a:b], folded[ws:we]) for a, b, ws, we in owners]
    # «وزير» gives «زير» too (و + three letters): harmless, nobody searches «زير»
    assert got == [("زير", "وزير"), ("خارجيه", "الخارجيه"), ("المملكه", "بالمملكه"), ("مملكه", "بالمملكه")]


WORDS = re.compile("[\u0621-\u064a]+")


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_form_maps_back_to_the_whole_word_it_came_from(data: st.DataObject) -> None:
    """Over real articles: each form is the word less a proclitic prefix (or with the article
    put back after «لل»), and its owner range is exactly one whole word of the folded text."""
    files = sorted(shared("corpus", "articles").glob("*.txt"))
    assert files, "the shared corpus has no articles"
    text = fold(data.draw(st.sampled_from(files)).read_text(encoding="utf-8"))
    start = data.draw(st.integers(0, max(0, len(text) - 2000)))
    piece = text[start : start + 2000]
    joined, owners = forms_text(piece)
    assert joined.split() == [joined[a:b] for a, b, _, _ in owners]
    words = {(m.start(), m.end()) for m in WORDS.finditer(piece)}
    for a, b, ws, we in owners:
        word, form = piece[ws:we], joined[a:b]
        assert (ws, we) in words
        restored = form.startswith("ال") and word.endswith("لل" + form[2:])  # «للمملكه» gives «المملكه»
        assert (word.endswith(form) and form != word) or restored
