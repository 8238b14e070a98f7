"""Arabic PDFs made by real writers import as the words they show, in order.

The PDFs are made here, from real text (seed articles and the shared corpus), by Qt's QPdfWriter,
LibreOffice's PDF export, ReportLab with text shaped and put in visual order (arabic-reshaper and
python-bidi), and the small writer of samples.py: see pdf_writers.py. LibreOffice missing is a failure
that says what to install, never a skip.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pdf_writers import OWN_SENTENCE, WRITERS, WriterMissing, compare, source_paragraphs, words
from support import shared

from factdesk.importers import load

_STACKED = re.compile("\u0651[\u064b-\u0650]|[\u064b-\u0650]\u0651")
_NOT_ARABIC = re.compile("[^\u0621-\u064a]+")
_LATIN_LETTER = re.compile("[A-Za-z]")
_ARABIC_LETTERS = re.compile("[\u0621-\u064a]")
_LTR_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9/.:,-]*")


def _ambiguous(part: str) -> bool:
    """A stretch without Arabic that shows the same for two different texts in a right-to-left line:
    two left-to-right words, one of them Latin, with a number or a bracket among them."""
    return (
        len(_LTR_WORD.findall(part)) >= 2
        and _LATIN_LETTER.search(part) is not None
        and re.search(r"[0-9()«»\[\]\"']", part) is not None
    )


_ISOLATED_LETTER = re.compile(r"(?<![\u0600-\u06ff])[\u0621-\u064a](?![\u0600-\u06ff])")


def make(writer: str, paragraphs: Sequence[str], request: pytest.FixtureRequest) -> bytes:
    if writer == "qt":
        request.getfixturevalue("qapp")  # QPdfWriter needs an application, offscreen in tests
    try:
        return WRITERS[writer](paragraphs)
    except WriterMissing as missing:
        pytest.fail(str(missing))


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    shared("corpus", "articles", "snn_001.txt")  # fails saying what is missing
    found = source_paragraphs()
    assert len(found) >= 5 and OWN_SENTENCE in found
    return found


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_pdf_from_each_writer_imports_as_its_paragraphs(
    writer: str, paragraphs: list[str], request: pytest.FixtureRequest
) -> None:
    result = load(make(writer, paragraphs, request), name=f"{writer}.pdf")
    got = result.raw_text.split("\n")
    for paragraph, read in zip(paragraphs, got, strict=False):
        comparison = compare(paragraph, read)
        assert comparison.in_order == 1.0, comparison.first_difference
        assert read == paragraph  # every character: brackets, quotes, marks, digits, punctuation
    assert len(got) == len(paragraphs)
    # Lines stored in visual order (LibreOffice, ReportLab) need no repair of the text: nothing says so.
    assert not [warning for warning in result.warnings if "order" in warning]


def test_the_own_sentence_holds_what_extractors_get_wrong() -> None:
    # The test text must hold these, or the tests above prove less than they say.
    assert {"2017/5/31", "120", "80", "Reuters"} <= set(words(OWN_SENTENCE))
    assert "«" in OWN_SENTENCE and "(" in OWN_SENTENCE and "ُ" in OWN_SENTENCE and "ّ" in OWN_SENTENCE


# --- property: any real text, any of the quick writers ----------------------------------------------


@functools.cache
def _corpus_sentences() -> list[str]:
    folder = shared("corpus", "articles")
    allowed = re.compile(r"^[\u0621-\u063a\u0640-\u0652\u0660-\u0669 0-9A-Za-z.,:؛،؟!\"'()«»/%-]+$")
    sentences: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            line = " ".join(line.split())
            if len(line.split()) >= 6 and allowed.match(line):
                sentences.append(line)
    assert len(sentences) > 50, "the corpus articles are missing or unreadable"
    return sentences


_LATIN = st.sampled_from(["Reuters", "AFP", "COVID-19", "Sputnik Arabic", "BBC"])
_NUMBER = st.one_of(
    st.integers(0, 99_999).map(str),
    st.tuples(st.integers(1990, 2030), st.integers(1, 12), st.integers(1, 31)).map(
        lambda t: f"{t[0]}/{t[1]}/{t[2]}"
    ),
    st.floats(0, 1000, allow_nan=False).map(lambda f: f"{f:.1f}"),
)


@st.composite
def texts(draw: Callable) -> list[str]:
    """One to three paragraphs of real sentences, cut anywhere between words, with numbers and Latin
    words put in at any place (a word may be followed by a comma, in «» or in brackets)."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 3))):
        sentence = draw(st.sampled_from(_corpus_sentences())).split()
        start = draw(st.integers(0, max(0, len(sentence) - 6)))
        chosen = sentence[start : start + draw(st.integers(6, 40))]
        for _ in range(draw(st.integers(0, 3))):
            token = draw(st.one_of(_NUMBER, _LATIN))
            token = draw(st.sampled_from(["{}", "{}،", "«{}»", "({})"])).format(token)
            chosen.insert(draw(st.integers(0, len(chosen))), token)
        paragraph = " ".join(chosen)
        # Shown right to left, «Reuters 80» and «80 Reuters» look the same, and so do «(Reuters) AFP» and
        # «AFP (Reuters)»: no reader, human or program, can tell them apart, so such texts are left out.
        assume(not any(_ambiguous(part) for part in _NOT_ARABIC.findall(paragraph)))
        # A paragraph's direction is taken from its letters: one with more Latin letters than Arabic
        # ones is read left to right (a known limit, docs/decisions.md).
        assume(len(_ARABIC_LETTERS.findall(paragraph)) > len(_LATIN_LETTER.findall(paragraph)))
        paragraphs.append(paragraph)
    return paragraphs


@pytest.mark.parametrize("writer", ["qt", "reportlab", "handmade"])
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(source=texts())
def test_any_real_text_comes_back_as_its_words_in_order(
    writer: str, source: list[str], request: pytest.FixtureRequest
) -> None:
    if writer == "qt":
        # Qt writes a shadda with a vowel on it as one glyph that has no character in its text layer
        # (pdfminer reads «(cid:8)» there too): that text is not in the PDF to be read.
        source = [_STACKED.sub("\u0651", paragraph) for paragraph in source]
    result = load(make(writer, source, request), name="property.pdf")
    text, got = " ".join(source), result.raw_text
    assert not [warning for warning in result.warnings if "no character" in warning]
    comparison = compare(text, got)
    assert comparison.in_order == 1.0 and comparison.recall == 1.0, comparison.first_difference
    assert comparison.numbers_in_order
    assert len(_ISOLATED_LETTER.findall(got)) <= len(_ISOLATED_LETTER.findall(text))


@pytest.mark.parametrize("writer", ["qt", "reportlab", "handmade"])
def test_a_vowel_stays_on_its_narrow_letter(writer: str, request: pytest.FixtureRequest) -> None:
    """ReportLab draws the damma of «ويُعين» overhanging the narrow medial yeh into the waw's box: the
    letter stored just before the mark carries it, so «ويُعين» does not come back as «وُيعين»."""
    words = "أصبح وزير ويُعين مستشارًا"
    assert load(make(writer, [words], request), name="vowel.pdf").raw_text == words


@pytest.mark.parametrize("writer", ["qt", "reportlab", "handmade"])
def test_a_quotation_cut_short_keeps_its_brackets_facing(writer: str, request: pytest.FixtureRequest) -> None:
    """A passage cut inside a quotation has one bracket unpaired, so pairing cannot tell how the
    writer stored its brackets: the way they face does («بـ«أعراب» stays, not «بـ»أعراب»)."""
    words = "وصفت «وكالة الأنباء» الدول «العربية» بـ«أعراب"
    assert load(make(writer, [words], request), name="cut.pdf").raw_text == words


def test_glyphs_without_a_character_are_counted_not_invented() -> None:
    from samples import PdfLine, make_pdf

    # A glyph whose character code maps to a control character: what PDFium gives for a glyph the
    # writer left without text (Qt does it for stacked marks).
    data = make_pdf([[PdfLine("أعلنت الوزارة\x07 مقتل 80 مسلحاً", y=700)]])
    result = load(data, name="gap.pdf")
    assert result.raw_text == "أعلنت الوزارة مقتل 80 مسلحاً"
    assert any(warning.startswith("1 glyphs have no character") for warning in result.warnings)
