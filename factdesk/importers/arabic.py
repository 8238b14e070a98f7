"""What Arabic text looks like, for the importers' guesses: encodings, mojibake, shaped forms.

Two questions come up when a file is not plain UTF-8 text written in logical order:

* *which decoding is right?* Windows-1256, ISO-8859-6 and CP720 (and UTF-16 read with the wrong byte
  order) all turn the same bytes into different text. :func:`arabic_score` says how much a candidate
  looks like Arabic: the share of Arabic letters against characters that never occur in Arabic text
  (controls, box drawing, accented Latin letters, CJK), and how many words have the shapes Arabic words
  have (the article «ال» at the start, «ة» at the end, the commonest function words);
* *shaped letters:* presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFC) are glyph shapes, not letters;
  :func:`fold_presentation_forms` turns them into the letters they show (NFKC on those ranges only).

Nothing here reads files or knows about formats; everything is pure functions over ``str``. (Lines of a
PDF stored in visual order need no repair here: :mod:`factdesk.importers.pdf` reads every PDF from the
place of its glyphs on the page.)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

#: A word in Arabic script, with its marks and tatweel.
_WORD: Final = re.compile("[\u0621-\u063a\u0640-\u0652\u0670\u0671-\u06d3]+")
_MARKS: Final = re.compile("[\u0640\u064b-\u0652\u0670]")
#: The commonest Arabic function words; reversed, none of them is a word.
_COMMON: Final = frozenset(
    {
        "في",
        "من",
        "على",
        "إلى",
        "الى",
        "أن",
        "عن",
        "التي",
        "التى",
        "الذي",
        "مع",
        "هذا",
        "هذه",
        "كان",
        "قد",
        "بين",
        "بعد",
        "كما",
        "عند",
        "ذلك",
        "لم",
        "كل",
    }
)
_ARTICLE_PREFIXES: Final = ("ال", "وال", "بال", "فال", "كال", "لل")

#: Characters that occur in Arabic text besides the Arabic blocks: ASCII, the no-break space, «», ×, ÷,
#: the degree and copyright signs, general punctuation (dashes, quotes, invisible marks) and the euro.
_ALLOWED_EXTRA: Final = frozenset("\u00a0\u00ab\u00bb\u00d7\u00f7\u00b0\u00a9\u20ac")


def _allowed(char: str) -> bool:
    code = ord(char)
    return (
        0x20 <= code < 0x7F
        or char in "\t\n\r\x0c"
        or char in _ALLOWED_EXTRA
        or 0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
        or 0x2000 <= code <= 0x206F
    )


@dataclass(frozen=True, slots=True)
class Score:
    """How Arabic a text looks. ``value`` ranges roughly from -4 (noise) to 1.5 (fluent Arabic)."""

    value: float
    letters: int
    junk: int
    word_shape: float


def arabic_score(text: str) -> Score:
    """Score ``text`` as Arabic: letter share, minus four times the junk share, plus word shapes.

    Junk is every character that ordinary Arabic text does not contain (see :func:`_allowed`): C0 and
    C1 controls, accented Latin letters (what cp1256 makes of ISO-8859-6 bytes), box drawing (what
    CP720 makes of Windows bytes), CJK (what UTF-16 read with the wrong byte order gives), unassigned
    and private-use code points, U+FFFD.
    """
    visible = [char for char in text if not char.isspace()]
    total = max(1, len(visible))
    letters = arabic_letter_count(text)
    junk = sum(1 for char in visible if not _allowed(char))
    words = [_MARKS.sub("", word) for word in _WORD.findall(text)]
    shaped = sum(1 for word in words if _word_shape(word) > 0)
    backwards = sum(1 for word in words if word.startswith("ة"))
    word_shape = (shaped - 2 * backwards) / max(1, len(words))
    value = (letters - 4 * junk) / total + 0.5 * word_shape
    return Score(round(value, 4), letters, junk, round(word_shape, 4))


#: The 28 letters and hamza forms of Arabic (U+0621-U+063A, U+0641-U+064A): what real Arabic text is
#: mostly made of, and what a wrong decoding rarely produces in quantity.
_LETTERS_RUN: Final = re.compile("[\u0621-\u063a\u0641-\u064a]+")


def arabic_letter_count(text: str) -> int:
    """How many Arabic letters (U+0621-U+063A, U+0641-U+064A) ``text`` holds; shaped forms not included."""
    return len(text) - len(_LETTERS_RUN.sub("", text))


_ANY_ARABIC: Final = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]")


def has_arabic(text: str) -> bool:
    """Whether ``text`` holds any Arabic character, shaped forms included."""
    return _ANY_ARABIC.search(text) is not None


def _word_shape(word: str) -> int:
    """1 for a word shaped like Arabic read in logical order, -1 for one read backwards, else 0."""
    if word.startswith("ة"):
        return -1
    if word in _COMMON or word.startswith(_ARTICLE_PREFIXES) or (len(word) > 2 and word.endswith("ة")):
        return 1
    return 0


# --- presentation forms -------------------------------------------------------------------------------


@functools.cache
def _presentation_table() -> dict[int, str]:
    """NFKC of every presentation form that has a compatibility decomposition, and nothing else."""
    table: dict[int, str] = {}
    for start, end in ((0xFB50, 0xFDFF), (0xFE70, 0xFEFC)):
        for code in range(start, end + 1):
            char = chr(code)
            folded = unicodedata.normalize("NFKC", char)
            if folded != char:
                table[code] = folded
    return table


_PRESENTATION_FORM: Final = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")


def fold_presentation_forms(text: str) -> tuple[str, int]:
    """Presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFC) become the letters they show; nothing else changes.

    Returns the text and how many characters were folded. «ﻣﺼﺎﺩﺭ» becomes «مصادر», the lam-alef
    ligature «ﻻ» becomes «لا», «ﷲ» becomes «الله». Other characters, including the BOM (U+FEFF) at the
    end of the last block, are left exactly as they are.
    """
    if not _PRESENTATION_FORM.search(text):
        return text, 0
    table = _presentation_table()
    count = sum(1 for match in _PRESENTATION_FORM.finditer(text) if ord(match.group()) in table)
    return text.translate(table), count
