"""Tests for factdesk.core.text: offsets, grapheme boundaries, word snapping, quotes, invisibles."""

from __future__ import annotations

import pytest
import regex
from hypothesis import assume, given
from hypothesis import strategies as st

from factdesk.core.text import (
    BIDI_CONTROLS,
    INVISIBLE_NAMES,
    Invisible,
    OffsetMap,
    ceil_boundary,
    codepoint_offset,
    context,
    count_hidden,
    find_invisibles,
    floor_boundary,
    is_boundary,
    neutralise_bidi,
    reanchor,
    snap_to_words,
    strip_bidi_controls,
    unify_line_endings,
    utf16_offset,
)

FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467"  # 👩‍👩‍👧
FLAG_SA = "\U0001f1f8\U0001f1e6"  # 🇸🇦
GRIN = "\U0001f600"  # 😀
RAQQA = "الرَّقة"  # shadda + fatha on the reh

# Characters that exercise every grapheme rule that matters to us: Arabic letters and marks,
# Prepend (U+0600), ZWJ/ZWNJ, pictographs, regional indicators, variation selectors, CR/LF,
# Hangul jamo, a Devanagari conjunct, spaces and ASCII.
TRICKY = st.sampled_from(
    list(
        "الرقة\u064e\u0651\u0654\u0670\u0640\u0600\u06dd\u200c\u200d\u200f\u202e"
        "\ufe0f\u20e3\r\n \taZ5/.،\u1100\u1161\u11a8\u0915\u094d\u0937\u0301\u2028"
    )
    + [GRIN, "\U0001f469", "\U0001f467", "\U0001f1f8", "\U0001f1e6"]
)
TRICKY_TEXT = st.lists(TRICKY, max_size=40).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=60), TRICKY_TEXT)


def reference_boundaries(text: str) -> set[int]:
    """Grapheme boundaries from a full \\X scan of the whole text, the slow, obvious way."""
    return {0} | {m.end() for m in regex.finditer(r"\X", text)}


# --------------------------------------------------------------------------------------------
# Offsets
# --------------------------------------------------------------------------------------------


def test_utf16_offsets_count_astral_characters_twice() -> None:
    text = f"a{GRIN}b{FLAG_SA}c"
    assert [utf16_offset(text, cp) for cp in range(len(text) + 1)] == [0, 1, 3, 4, 6, 8, 9]
    assert [codepoint_offset(text, u) for u in range(10)] == [0, 1, 1, 2, 3, 3, 4, 4, 5, 6]


def test_zwj_sequence_offsets() -> None:
    text = f"قال {FAMILY} هنا"
    family_cp = text.index(FAMILY)
    assert utf16_offset(text, family_cp) == family_cp
    # 3 astral people (2 units each) and 2 ZWJs (1 unit each).
    assert utf16_offset(text, family_cp + len(FAMILY)) == family_cp + 8
    assert codepoint_offset(text, family_cp + 1) == family_cp  # mid-pair rounds down
    assert codepoint_offset(text, family_cp + 2) == family_cp + 1  # the first ZWJ


def test_bmp_text_is_identity_and_needs_no_table() -> None:
    text = "قال الرَّقة: ٢٥ قتيلاً\u200f"
    offsets = OffsetMap(text)
    assert offsets.is_identity
    assert offsets.utf16_length == len(text)
    assert [offsets.to_utf16(i) for i in range(len(text) + 1)] == list(range(len(text) + 1))
    assert not OffsetMap(GRIN).is_identity


def test_offsets_out_of_range_are_rejected() -> None:
    text = f"x{GRIN}"
    with pytest.raises(ValueError):
        utf16_offset(text, 3)
    with pytest.raises(ValueError):
        utf16_offset(text, -1)
    with pytest.raises(ValueError):
        codepoint_offset(text, 4)


def test_offsets_on_a_long_article_with_one_emoji() -> None:
    body = "مقتل أكثر من 80 مسلحاً في الرَّقة. " * 1200
    text = body + GRIN + body
    offsets = OffsetMap(text)
    assert offsets.to_utf16(len(body)) == len(body)
    assert offsets.to_utf16(len(body) + 1) == len(body) + 2
    assert offsets.to_codepoint(offsets.utf16_length) == len(text)
    assert offsets.to_codepoint(len(body) + 1) == len(body)


@given(ANY_TEXT)
def test_offsets_round_trip(text: str) -> None:
    for cp in range(len(text) + 1):
        assert codepoint_offset(text, utf16_offset(text, cp)) == cp
    assert utf16_offset(text, len(text)) == len(text.encode("utf-16-le")) // 2


@given(ANY_TEXT, st.data())
def test_codepoint_offset_rounds_down_like_a_decoder(text: str, data: st.DataObject) -> None:
    units = text.encode("utf-16-le")
    u16 = data.draw(st.integers(0, len(units) // 2))
    # Decoding the first u16 units drops a dangling high surrogate: that is rounding down.
    expected = len(units[: 2 * u16].decode("utf-16-le", errors="ignore"))
    assert codepoint_offset(text, u16) == expected


# --------------------------------------------------------------------------------------------
# Grapheme boundaries
# --------------------------------------------------------------------------------------------


def test_marks_stay_with_their_letter() -> None:
    text = RAQQA
    reh = text.index("ر")
    assert is_boundary(text, reh)
    assert not is_boundary(text, reh + 1)  # before shadda
    assert not is_boundary(text, reh + 2)  # before fatha
    assert is_boundary(text, reh + 3)
    for mark in ("\u0654", "\u0655", "\u0670", "\u0651\u064b", "\u0301\u0308"):
        word = "ا" + mark + "ب"
        assert {i for i in range(len(word) + 1) if is_boundary(word, i)} == {0, 1 + len(mark), len(word)}


def test_emoji_sequences_are_not_split() -> None:
    text = f"a{FAMILY}{FLAG_SA}{FLAG_SA}\u2764\ufe0fb"
    expected = {0, 1, 1 + len(FAMILY), 3 + len(FAMILY), 5 + len(FAMILY), 7 + len(FAMILY), len(text)}
    assert {i for i in range(len(text) + 1) if is_boundary(text, i)} == expected


def test_prepend_and_crlf_rules() -> None:
    assert not is_boundary("\u0600 ١", 1)  # the Arabic number sign binds what follows
    assert not is_boundary("a\r\nb", 2)
    assert is_boundary("a\r\nb", 3)
    assert is_boundary("a\rb", 2)


def test_floor_and_ceil_boundaries() -> None:
    text = f"x{FLAG_SA}y"
    assert floor_boundary(text, 2) == 1
    assert ceil_boundary(text, 2) == 3
    assert floor_boundary(text, 3) == ceil_boundary(text, 3) == 3
    with pytest.raises(ValueError):
        is_boundary(text, 5)


@given(TRICKY_TEXT)
def test_is_boundary_agrees_with_a_full_scan(text: str) -> None:
    expected = reference_boundaries(text)
    assert {i for i in range(len(text) + 1) if is_boundary(text, i)} == expected


@given(st.text(max_size=40))
def test_is_boundary_agrees_with_a_full_scan_on_any_text(text: str) -> None:
    expected = reference_boundaries(text)
    assert {i for i in range(len(text) + 1) if is_boundary(text, i)} == expected


# --------------------------------------------------------------------------------------------
# Snapping to words
# --------------------------------------------------------------------------------------------


def snapped(text: str, start: int, end: int) -> str:
    a, b = snap_to_words(text, start, end)
    return text[a:b]


def test_selection_from_mid_word_to_mid_number() -> None:
    text = "مقتل أكثر من 80 مسلحاً"
    start = text.index("أكثر") + 2
    end = text.index("80") + 1
    assert snapped(text, start, end) == "أكثر من 80"
    assert snapped(text, end, start) == "أكثر من 80"  # reversed selections are normalised


def test_whitespace_and_punctuation_are_trimmed() -> None:
    text = "سيطرت القوات على  الرقة، ثم"
    start = text.index("  الرقة")
    end = text.index("، ") + 2
    assert snapped(text, start, end) == "الرقة"


def test_diacritics_are_never_cut() -> None:
    text = f"دخلوا {RAQQA} أمس"
    reh = text.index("ر")
    for start in range(reh - 2, reh + 4):
        for end in range(start + 1, reh + 5):
            assert snapped(text, start, end) == RAQQA
    # Selecting only the shadda still yields the whole word.
    assert snapped(text, reh + 1, reh + 2) == RAQQA


@pytest.mark.parametrize("number", ["2017/5/31", "3.5", "1,000", "٣٫٥", "١٬٠٠٠", "10:30", "۱۴۰۲/۱/۱"])
def test_numbers_with_separators_stay_whole(number: str) -> None:
    text = f"في {number}، قتل"
    i = text.index(number)
    for start in range(i, i + len(number)):
        assert snapped(text, start, start + 1) == number  # separators included
        assert snapped(text, i, start + 1) == number
        assert snapped(text, start, i + len(number)) == number


def test_separators_outside_numbers_split() -> None:
    text = "عام 2017. ثم"
    assert snapped(text, text.index("2017"), text.index("2017") + 1) == "2017"
    assert snapped("قال: نعم", 0, 1) == "قال"


def test_tatweel_and_joiners_belong_to_the_word() -> None:
    text = "قال مـــرحبا للجميع"
    assert snapped(text, text.index("ـ") + 1, text.index("ـ") + 2) == "مـــرحبا"
    persian = "این می\u200cخواهد بود"
    assert snapped(persian, persian.index("خ"), persian.index("خ") + 1) == "می\u200cخواهد"


def test_latin_words_and_bidi_marks() -> None:
    text = "\u200fقالت Reuters اليوم"
    assert snapped(text, text.index("eut"), text.index("eut") + 2) == "Reuters"
    assert snapped(text, 0, 3) == "قالت"  # the leading RLM is trimmed


def test_no_word_characters_snaps_to_graphemes() -> None:
    text = f"قال {FLAG_SA} هنا"
    flag = text.index(FLAG_SA)
    assert snapped(text, flag + 1, flag + 2) == FLAG_SA
    assert snapped(text, flag - 1, flag + 1) == FLAG_SA


def test_empty_selection_is_an_error() -> None:
    text = "قال ، هنا"
    with pytest.raises(ValueError):
        snap_to_words(text, 3, 6)
    with pytest.raises(ValueError):
        snap_to_words(text, 2, 2)
    with pytest.raises(ValueError):
        snap_to_words(text, 0, 99)


WORDS = ["مقتل", "أكثر", "الرَّقة", "مسلحاً", "80", "2017/5/31", "3.5", "١٬٠٠٠", "Reuters", "مـــرحبا"]
SEPARATORS = [" ", "، ", " (", ") ", ". ", "\n", " \u200f"]


@given(
    st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), min_size=1, max_size=8),
    st.data(),
)
def test_snapping_always_lands_on_word_edges(pieces: list[tuple[str, str]], data: st.DataObject) -> None:
    text = ""
    starts: set[int] = set()
    ends: set[int] = set()
    word_chars: set[int] = set()
    for word, sep in pieces:
        starts.add(len(text))
        word_chars.update(range(len(text), len(text) + len(word)))
        text += word
        ends.add(len(text))
        text += sep
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(0, len(text)))
    lo, hi = min(start, end), max(start, end)
    inside = [i for i in range(lo, hi) if i in word_chars]
    assume(inside)
    a, b = snap_to_words(text, start, end)
    assert a in starts and b in ends
    assert a <= inside[0] and b > inside[-1]
    assert is_boundary(text, a) and is_boundary(text, b)


# --------------------------------------------------------------------------------------------
# Re-anchoring and context
# --------------------------------------------------------------------------------------------

ARTICLE = "أعلن المرصد مقتل 80 مسلحاً في الرقة. وقال مصدر محلي إن 80 مسلحاً فروا من المدينة."


def test_reanchor_keeps_a_valid_hint() -> None:
    start = ARTICLE.index("80 مسلحاً")
    assert reanchor(ARTICLE, "80 مسلحاً", "", "", start) == (start, start + 9)


def test_reanchor_follows_moved_text() -> None:
    quote = "مقتل 80 مسلحاً"
    start = ARTICLE.index(quote)
    prefix, suffix = context(ARTICLE, start, start + len(quote))
    edited = "تحديث: " + ARTICLE
    new = edited.index(quote)
    assert reanchor(edited, quote, prefix, suffix, start) == (new, new + len(quote))


def test_reanchor_disambiguates_duplicates_by_context() -> None:
    quote = "80 مسلحاً"
    second = ARTICLE.rindex(quote)
    prefix, suffix = context(ARTICLE, second, second + len(quote))
    edited = "عاجل. " + ARTICLE
    found = reanchor(edited, quote, prefix, suffix, 0)  # the hint points nearer the first one
    assert found == (edited.rindex(quote), edited.rindex(quote) + len(quote))
    first = ARTICLE.index(quote)
    prefix, suffix = context(ARTICLE, first, first + len(quote))
    assert reanchor(edited, quote, prefix, suffix, len(edited)) == (
        edited.index(quote),
        edited.index(quote) + len(quote),
    )


def test_reanchor_breaks_ties_by_distance_to_the_hint() -> None:
    text = "xx ab yy ab zz ab"
    assert reanchor(text, "ab", "", "", 10) == (9, 11)
    assert reanchor(text, "ab", "", "", 16) == (15, 17)


def test_reanchor_gives_up_when_the_quote_is_gone() -> None:
    edited = ARTICLE.replace("80", "90")
    assert reanchor(edited, "80 مسلحاً", "مقتل ", " في", 17) is None
    with pytest.raises(ValueError):
        reanchor(ARTICLE, "", "", "", 0)


@given(
    ANY_TEXT, st.text(max_size=3).filter(bool), st.text(max_size=4), st.text(max_size=4), st.integers(-5, 80)
)
def test_reanchor_only_returns_exact_occurrences(
    text: str, quote: str, prefix: str, suffix: str, hint: int
) -> None:
    found = reanchor(text, quote, prefix, suffix, hint)
    if quote in text:
        assert found is not None
        assert text[found[0] : found[1]] == quote
    else:
        assert found is None


def test_context_takes_up_to_width_on_each_side() -> None:
    text = "0123456789ABCDEFGHIJ"
    assert context(text, 8, 12, width=4) == ("4567", "CDEF")
    assert context(text, 2, 18, width=4) == ("01", "IJ")
    assert context(text, 5, 5, width=0) == ("", "")


def test_context_never_cuts_a_cluster() -> None:
    text = f"{RAQQA} {FLAG_SA}quote{FAMILY}x"
    start = text.index("quote")
    end = start + len("quote")
    assert context(text, start, end, width=1)[0] == ""  # would cut the flag pair: narrows
    assert context(text, start, end, width=2)[0] == FLAG_SA
    assert context(text, start, end, width=3)[0] == f" {FLAG_SA}"
    _, suffix = context(text, start, end, width=6)
    assert suffix == FAMILY + "x"
    _, suffix = context(text, start, end, width=4)
    assert suffix == ""
    word_start = text.index("ق")
    prefix, _ = context(text, word_start, word_start + 1, width=3)
    assert prefix == "رَّ"  # never starts with the orphaned shadda or fatha


@given(ANY_TEXT, st.data())
def test_context_edges_are_boundaries(text: str, data: st.DataObject) -> None:
    bounds = sorted(reference_boundaries(text))
    start = data.draw(st.sampled_from(bounds))
    end = data.draw(st.sampled_from([b for b in bounds if b >= start]))
    width = data.draw(st.integers(0, 10))
    prefix, suffix = context(text, start, end, width)
    assert len(prefix) <= width and len(suffix) <= width
    assert text[start - len(prefix) : start] == prefix
    assert text[end : end + len(suffix)] == suffix
    assert is_boundary(text, start - len(prefix))
    assert is_boundary(text, end + len(suffix))


# --------------------------------------------------------------------------------------------
# Invisibles, line endings and counts
# --------------------------------------------------------------------------------------------

TROJAN = "الرصيد\u202e0001\u202c \u2067abc\u2069\u200fنص\u200b\u2061\ufeff"


def test_find_invisibles_names_and_flags() -> None:
    found = find_invisibles(TROJAN)
    assert [(f.offset, f.name, f.is_bidi) for f in found] == [
        (6, "RLO", True),
        (11, "PDF", True),
        (13, "RLI", True),
        (17, "PDI", True),
        (18, "RLM", True),
        (21, "ZWSP", False),
        (22, "FUNCTION APPLICATION", False),
        (23, "BOM", False),
    ]
    assert all(TROJAN[f.offset] == f.char for f in found)
    assert found[0] == Invisible(6, "\u202e", "RLO", True)


def test_find_invisibles_reports_separators_and_soft_hyphens() -> None:
    names = [f.name for f in find_invisibles("a\u2028b\u2029c\u00add\u061ce\u180ef\u2060")]
    assert names == ["LSEP", "PSEP", "SHY", "ALM", "MVS", "WJ"]
    assert find_invisibles("قال الرَّقة 2017 😀") == []


def test_names_table_covers_the_bidi_controls() -> None:
    assert INVISIBLE_NAMES.keys() >= BIDI_CONTROLS
    assert len(BIDI_CONTROLS) == 12
    assert "\u200b" not in BIDI_CONTROLS and "\u200d" not in BIDI_CONTROLS


def test_strip_and_neutralise_bidi() -> None:
    assert strip_bidi_controls(TROJAN) == "الرصيد0001 abcنص\u200b\u2061\ufeff"
    assert neutralise_bidi(TROJAN) == "الرصيد0001 abc\u200fنص\u200b\u2061\ufeff"
    assert neutralise_bidi("\u061cقال\u200e") == "\u061cقال\u200e"


def test_unify_line_endings() -> None:
    assert unify_line_endings("a\r\nb\rc\nd\r\n\r\n") == "a\nb\nc\nd\n\n"
    assert unify_line_endings("a\u2028b\u2029c") == "a\u2028b\u2029c"
    assert unify_line_endings("\r\r\n") == "\n\n"


def test_count_hidden() -> None:
    text = "ﺍﻟﺮﻗﺔ\u200fمـــرحبا\u200b\u200d\ufeff\ufefb\u202e"
    assert count_hidden(text) == {
        "bidi_controls": 2,
        "zero_width": 3,
        "presentation_forms": 6,
        "tatweel": 3,
    }
    assert count_hidden("") == {"bidi_controls": 0, "zero_width": 0, "presentation_forms": 0, "tatweel": 0}
    assert count_hidden("مـــرحبا بكم") == {
        "bidi_controls": 0,
        "zero_width": 0,
        "presentation_forms": 0,
        "tatweel": 3,
    }


@given(
    st.text(
        alphabet=st.sampled_from(
            [
                "ا",
                "ل",
                "ـ",
                " ",
                "\n",
                "5",
                "\u200b",
                "\u200c",
                "\u2060",
                "\ufeff",
                "\u180e",
                "\u200e",
                "\u061c",
                "\u202e",
                "\u2066",
                "\ufb50",
                "\ufdff",
                "\ufe70",
                "\ufefe",
                "\ufeff",
                "\ufb4f",
                "\ufe00",
            ]
        )
    )
)
def test_count_hidden_counts_each_kind_exactly(text: str) -> None:
    bidi = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
    assert count_hidden(text) == {
        "bidi_controls": sum(ch in bidi for ch in text),
        "zero_width": sum(ch in "\u200b\u200c\u200d\u2060\ufeff\u180e" for ch in text),
        "presentation_forms": sum(0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFE for ch in text),
        "tatweel": text.count("ـ"),
    }


def test_base_direction_follows_the_first_strong_character() -> None:
    from factdesk.core.text import base_direction

    assert base_direction("القافلة ضمّت 32 سيارة «بيك أب»") == "rtl"
    assert base_direction("«32» سيارة") == "rtl"  # punctuation and digits are weak
    assert base_direction("Sputnik عربي") == "ltr"
    assert base_direction("2017-05-31 — ") == ""


# --- fuzzy re-anchoring (annotation import) ---------------------------------------------------

FUZZY_TEXT = "قال المتحدث إن 80 مسلحاً قتلوا في الهجوم الذي وقع أمس على الحدود الشمالية."


def test_fuzzy_reanchor_is_exact_when_the_quote_is_there() -> None:
    from factdesk.core.text import reanchor_fuzzy

    start = FUZZY_TEXT.index("قتلوا")
    assert reanchor_fuzzy(FUZZY_TEXT, "قتلوا", "", "", 3) == (start, start + len("قتلوا"), 100.0)


def test_fuzzy_reanchor_finds_a_quote_whose_spelling_changed_slightly() -> None:
    from factdesk.core.text import reanchor_fuzzy

    # ى for ي and a hamza dropped: the same words, as another tool or an edited copy may have them
    found = reanchor_fuzzy(FUZZY_TEXT, "الهجوم الذى وقع امس", "", "", 0)
    assert found is not None
    assert FUZZY_TEXT[found[0] : found[1]] == "الهجوم الذي وقع أمس" and 85 <= found[2] < 100


def test_fuzzy_reanchor_never_lands_on_another_figure() -> None:
    from factdesk.core.text import reanchor_fuzzy

    assert reanchor_fuzzy(FUZZY_TEXT, "90 مسلحاً قتلوا", "", "", 0) is None


def test_fuzzy_reanchor_gives_up_on_unrelated_words() -> None:
    from factdesk.core.text import reanchor_fuzzy

    assert reanchor_fuzzy(FUZZY_TEXT, "شيء آخر تماما لا علاقة له", "", "", 0) is None
