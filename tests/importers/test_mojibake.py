"""Mojibake repair changes only what is garbled, never a correct letter, and reports what it leaves.

The property tests run over real Arabic: the articles of ../shared/corpus/articles and the seed
articles in seeds/, read at run time (never copied here). The phrases in the plain tests were
written for them.
"""

from __future__ import annotations

import functools
import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import REPO, garble, shared

from factdesk.importers import load
from factdesk.importers.mojibake import MojibakeResult, repair, repair_mojibake
from factdesk.importers.plaintext import detect_text

PROPERTY = settings(
    # FACTDESK_FUZZ_EXAMPLES=5000 for a long hunt.
    max_examples=int(os.environ.get("FACTDESK_FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

CODECS = ["cp1256", "cp1252", "latin-1"]
PRETTY = {
    "cp1256": "Windows-1256",
    "cp1252": "Windows-1252 (or Latin-1)",
    "latin-1": "Windows-1252 (or Latin-1)",
}


def unchanged(text: str) -> None:
    result = repair(text)
    assert result == MojibakeResult(text), result
    assert repair_mojibake(text) == (text, 0, None)


# --- the examples ---------------------------------------------------------------------------

SENTENCE = "ارتفعت أسعار النفط، وقال الوزير إن الضغط، مستمر. "


@pytest.mark.parametrize("codec", CODECS)
def test_one_garbled_word_is_repaired_and_the_correct_text_beside_it_is_kept(codec: str) -> None:
    result = repair(SENTENCE + garble("الرياض", codec))
    assert result.text == SENTENCE + "الرياض"  # «النفط،» and «الضغط،» stay as they are
    assert [(s.garbled, s.reading) for s in result.repaired] == [(garble("الرياض", codec), "الرياض")]
    assert result.unrepaired == ()
    assert result.warnings() == [
        "mojibake repaired: 1 garbled stretch of Arabic (UTF-8 once misread as "
        f"{PRETTY[codec]}) turned back into Arabic"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "أ، ب، ت، ث، ج، ح، خ، د، ذ، ر، ز، س، ش، ص، ض، ط، ظ، ع، غ، ف، ق، ك، ل، م، ن، ه، و، ي،",
        "أ،ب،ت،ط،ظ،ع،غ،",
        "الحروف «ط» و«ظ» و«ع» و«غ»؛ ثم ط؛ ظ؟ ع… غ— ط\u00a0ظ\u200cع",
        "شرط، ضبط؟ ربط» خطأ «ظلم» ظ، ط؛ قال: نعم",
        "النفط، الضغط، فقط، حفظ… الطبع© 2015 ضبطٌ، ربطَ، «الخطّ»، بالضبط؟",
        "Øresund Ù, Ú… café naïve Ã© «Ø» 45° 3×4 Â« ط« ظ» ع»",
    ],
)
def test_correct_text_with_the_characters_mojibake_is_made_of_is_left_alone(text: str) -> None:
    unchanged(text)


def test_a_garbled_word_glued_to_correct_letters_is_left_and_reported_with_a_quote() -> None:
    garbled = garble("الرياض", "cp1256")
    text = "قالت مصادر في الن" + garbled + "فط، إن الضغط مستمر."
    result = repair(text)
    assert result.text == text
    assert result.repaired == ()
    [left] = result.unrepaired
    assert (left.garbled, left.reading, left.line) == (garbled, "الرياض", 1)
    assert result.text[left.start : left.end] == garbled
    [warning] = result.warnings()
    assert warning.startswith(
        "mojibake left as it is: 1 stretch looks like garbled Arabic (UTF-8 once misread as Windows-1256)"
    )
    assert f"line 1 «{garbled}», which would read «الرياض»" in warning


def test_where_both_code_pages_read_a_stretch_the_longer_reading_decides() -> None:
    # «â€¬» (a direction mark) reads in Windows-1252 too; the Windows-1256 chain it ends is glued to «ا».
    garbled = garble("عشرة\u202c", "cp1256")
    result = repair("ا" + garbled)
    assert result.text == "ا" + garbled
    assert [(s.garbled, s.reading) for s in result.unrepaired] == [(garbled, "عشرة\u202c")]


def test_a_letter_no_arabic_article_uses_is_not_a_reading() -> None:
    # «ع،» is valid UTF-8 for «ڡ» (an archaic dotless feh): it stays, and the garbled word glued to it
    # is reported.
    garbled = garble("التفسير", "cp1256")
    result = repair(garbled + "ع، وقال")
    assert result.text == garbled + "ع، وقال"
    assert [s.reading for s in result.unrepaired] == ["التفسير"]


def test_garbled_punctuation_glued_to_a_word_beside_garbled_text_is_reported() -> None:
    garbled = garble("بالشكل السليم؟ \u00a0", "cp1256")
    result = repair(garbled + "ا")
    assert result.text == "بالشكل السليم؟ آ\u00a0ا"
    assert [(s.garbled, s.reading) for s in result.unrepaired] == [("آ\u00a0", "\u00a0")]


def test_a_garbled_word_after_a_correct_word_ending_in_such_a_pair_is_repaired_and_the_pair_kept() -> None:
    # «النفط،» then a garbled word with no space: the decoding runs on through «ط،», the repair does not.
    result = repair("النفط،" + garble("الرياض", "cp1256"))
    assert result.text == "النفط،الرياض"


def test_a_lone_garbled_letter_between_garbled_words_is_repaired_with_them() -> None:
    # «م» garbled is «ظ…», a letter and an ellipsis: alone it could be correct text, between garbled
    # words it is not.
    phrase = "في عام 2015 م و هو ثم غير"
    result = repair("سطر سليم\n" + garble(phrase, "cp1256"))
    assert result.text == "سطر سليم\n" + phrase
    assert [s.line for s in result.repaired] == [2]


def test_a_lone_ambiguous_letter_at_the_edge_of_garbled_text_is_reported_not_guessed() -> None:
    garbled = garble("في عام 2015 م", "cp1256")
    result = repair("نص سليم " + garbled + " ونص سليم")
    assert result.text == "نص سليم في عام 2015 ظ… ونص سليم"
    assert [(s.garbled, s.reading) for s in result.unrepaired] == [("ظ…", "م")]
    assert "«ظ…», which would read «م»" in result.warnings()[1]


def test_an_invisible_character_in_what_is_left_is_quoted_by_its_code() -> None:
    result = repair("نص سليم " + garble("في الرياض \u00a0", "cp1256") + " ونص سليم")
    assert result.text == "نص سليم في الرياض آ\u00a0 ونص سليم"
    assert "line 1 «آ<U+00A0>», which would read «<U+00A0>»" in result.warnings()[1]


def test_several_stretches_left_are_all_counted_and_the_warning_quotes_three() -> None:
    pieces = [garble(word, "cp1256") for word in ("الرياض", "المملكة", "الوزارة", "الحكومة", "المصادر")]
    text = " ".join(f"في{piece}ها" for piece in pieces)
    result = repair(text)
    assert result.text == text and len(result.unrepaired) == 5
    [warning] = result.warnings()
    assert warning.startswith("mojibake left as it is: 5 stretches look like garbled Arabic")
    assert "they are kept unchanged" in warning and "; and 2 more." in warning
    assert warning.count("which would read") == 3


def test_line_numbers_and_offsets_of_what_is_left_are_those_of_the_repaired_text() -> None:
    glued = garble("المملكة", "cp1256")
    text = garble("في الرياض", "cp1256") + "\n\nقالت الن" + glued + "ها"
    result = repair(text)
    assert result.text == "في الرياض\n\nقالت الن" + glued + "ها"
    [left] = result.unrepaired
    assert left.line == 3 and result.text[left.start : left.end] == glued


def article_paths() -> list:
    return sorted(shared("corpus", "articles").glob("*.txt")) + sorted((REPO / "seeds").glob("*.txt"))


@pytest.mark.parametrize("codec", CODECS)
def test_every_whole_garbled_article_comes_back_with_what_is_left_reading_as_the_original(codec: str) -> None:
    # Diacritics, «» quotes, bidi controls, presentation forms, bullets, no-break spaces: all of it garbled.
    exact = 0
    for path in article_paths():
        article = path.read_text(encoding="utf-8")
        result = repair(garble(article, codec))
        exact += result.text == article
        read = result.text
        for left in reversed(result.unrepaired):
            assert read[left.start : left.end] == left.garbled
            read = read[: left.start] + left.reading + read[left.end :]
        assert read == article, path.name
    assert exact == len(article_paths())


def test_text_garbled_twice_is_repaired_twice() -> None:
    twice = garble(garble("الرياض مدينة", "cp1256"), "cp1256")
    result = repair(SENTENCE + twice)
    assert result.text == SENTENCE + "الرياض مدينة"
    assert [(s.start, s.end, s.reading) for s in result.repaired] == [
        (len(SENTENCE), len(result.text), "الرياض مدينة")
    ]


def test_import_reports_the_repair_and_what_is_left() -> None:
    glued = garble("المملكة", "cp1256")
    text = "عنوان سليم\n\n" + SENTENCE + garble("الرياض", "cp1256") + "\nثم قالت الن" + glued + "ها."
    decoded = detect_text(text.encode("utf-8"))
    assert decoded.text == "عنوان سليم\n\n" + SENTENCE + "الرياض" + "\nثم قالت الن" + glued + "ها."
    assert decoded.warnings[0].startswith("mojibake repaired: 1 garbled stretch")
    assert decoded.warnings[1].startswith("mojibake left as it is: 1 stretch")
    assert f"line 4 «{glued}»" in decoded.warnings[1]
    result = load(text.encode("utf-8"), name="a.txt")
    assert any(w.startswith("mojibake left as it is") for w in result.warnings)


# --- properties over real text ----------------------------------------------------------------------


@functools.cache
def corpus_lines() -> list[str]:
    """Every non-blank line of the corpus articles and the seed articles."""
    paths = sorted(shared("corpus", "articles").glob("*.txt")) + sorted((REPO / "seeds").glob("*.txt"))
    assert len(paths) >= 12, "the corpus articles and the seeds are missing"
    lines = []
    for path in paths:
        lines.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return lines


_ARABIC_WORD = re.compile("[\u0621-\u064a]{2,}")


@st.composite
def correct_text(draw: st.DrawFn) -> str:
    """A slice of a real line, or several, with lists of letters written the ways people write them."""
    lines = corpus_lines()
    pieces = []
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.integers(0, 3)) == 0:
            letters = draw(st.lists(st.sampled_from("أبتثجحخدذرزسشصضطظعغفقكلمنهوي"), min_size=1, max_size=8))
            separator = draw(st.sampled_from(["، ", "،", "؛ ", " ", "، و"]))
            item = draw(st.sampled_from(["{}", "«{}»", "({})", "{}ـ"]))
            pieces.append(
                separator.join(item.format(letter) for letter in letters)
                + draw(st.sampled_from(["،", "", "؟", "…"]))
            )
        else:
            line = draw(st.sampled_from(lines))
            start = draw(st.integers(0, len(line)))
            end = draw(st.integers(start, min(len(line), start + 400)))
            pieces.append(line[start:end])
    return "".join(draw(st.sampled_from([" ", "\n"])) + piece for piece in pieces)


@st.composite
def corpus_paragraphs(draw: st.DrawFn) -> str:
    """One to three whole lines of a real article.

    Whole lines, not slices: a slice may start inside a word, and its first letter and comma («ع،» of
    «المشروع،») then look like a one-letter word, which no method can tell from a garbled letter when it
    is written straight after a garbled stretch (see factdesk.importers.mojibake).
    """
    lines = corpus_lines()
    first = draw(st.integers(0, len(lines) - 1))
    return "\n".join(lines[first : first + draw(st.integers(1, 3))])


@st.composite
def garbled_phrase(draw: st.DrawFn) -> tuple[str, str]:
    """A phrase of 1-12 words of a real line, with at least one Arabic word of two letters, and its codec."""
    line = draw(st.sampled_from(corpus_lines()))
    words = line.split(" ")
    start = draw(st.integers(0, len(words) - 1))
    phrase = " ".join(words[start : start + draw(st.integers(1, 12))])
    if not _ARABIC_WORD.search(phrase):
        phrase = _ARABIC_WORD.search(line).group() if _ARABIC_WORD.search(line) else "الرياض"
    return phrase, draw(st.sampled_from(CODECS))


@PROPERTY
@given(text=correct_text())
def test_correct_arabic_comes_back_unchanged_with_nothing_reported(text: str) -> None:
    unchanged(text)


@PROPERTY
@given(context=corpus_paragraphs(), at=st.floats(0, 1), garbled=garbled_phrase())
def test_a_garbled_stretch_anywhere_is_repaired_exactly_or_reported_and_the_rest_is_kept(
    context: str, at: float, garbled: tuple[str, str]
) -> None:
    phrase, codec = garbled
    cut = int(at * len(context))
    before, after = context[:cut], context[cut:]
    result = repair(before + garble(phrase, codec) + after)
    # Every correct character is kept, exactly.
    assert result.text.startswith(before) and result.text.endswith(after), result
    assert len(result.text) >= len(before) + len(after)
    middle = (len(before), len(result.text) - len(after))
    if result.text[middle[0] : middle[1]] != phrase:
        assert any(s.start < middle[1] and middle[0] < s.end for s in result.unrepaired), result
    # Where the stretch stands apart from the words around it, whole words at both ends, it is repaired.
    apart = (not before or before[-1] in " \n") and (not after or after[0] in " \n")
    ends = phrase.split(" ")
    if apart and _ARABIC_WORD.fullmatch(ends[0]) and _ARABIC_WORD.fullmatch(ends[-1]):
        assert result.text == before + phrase + after, result
