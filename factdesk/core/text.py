"""The rules of text, each in one place.

Spans point into article text by Unicode code point, while Qt counts UTF-16 code units;
selections must never split a letter from its marks or an emoji from its modifiers; quotes
must survive edits to the article; invisible and bidirectional controls must be seen.
Everything here is pure Python (plus the ``regex`` module for grapheme clusters) so that the
store, the importers, the exporters and the UI all apply the very same rules.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import regex

__all__ = [
    "BIDI_CONTROLS",
    "INVISIBLE_NAMES",
    "Invisible",
    "OffsetMap",
    "ceil_boundary",
    "codepoint_offset",
    "context",
    "count_hidden",
    "find_invisibles",
    "floor_boundary",
    "invisible_name",
    "is_boundary",
    "neutralise_bidi",
    "reanchor",
    "reanchor_fuzzy",
    "snap_to_words",
    "strip_bidi_controls",
    "unify_line_endings",
    "utf16_offset",
]


# --------------------------------------------------------------------------------------------
# Code points <-> UTF-16 code units
# --------------------------------------------------------------------------------------------

_ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Converts offsets between code points (our spans) and UTF-16 code units (Qt's cursors).

    Only astral characters (emoji, rare CJK, ...) take two UTF-16 units, so the map stores just
    their positions and answers each question with a binary search; for text without them (the
    usual Arabic article) both conversions are the identity and nothing is stored.
    """

    __slots__ = ("_astral_cp", "_astral_u16", "length", "utf16_length")

    def __init__(self, text: str) -> None:
        astral = [m.start() for m in _ASTRAL.finditer(text)] if _ASTRAL.search(text) else []
        #: Code-point offsets of the astral characters, ascending.
        self._astral_cp: list[int] = astral
        #: UTF-16 offsets of the same characters (each earlier one adds an extra unit).
        self._astral_u16: list[int] = [cp + k for k, cp in enumerate(astral)]
        self.length: int = len(text)
        self.utf16_length: int = len(text) + len(astral)

    @property
    def is_identity(self) -> bool:
        """True when the text is BMP-only, so both offsets are the same number."""
        return not self._astral_cp

    def to_utf16(self, cp: int) -> int:
        """The UTF-16 offset of code-point offset ``cp`` (0 <= cp <= len(text))."""
        if not 0 <= cp <= self.length:
            raise ValueError(f"code-point offset {cp} outside 0..{self.length}")
        if not self._astral_cp:
            return cp
        return cp + bisect_left(self._astral_cp, cp)

    def to_codepoint(self, u16: int) -> int:
        """The code-point offset of UTF-16 offset ``u16``.

        An offset between the two halves of a surrogate pair rounds down to the start of that
        character, so a cursor Qt reports there never produces a half character.
        """
        if not 0 <= u16 <= self.utf16_length:
            raise ValueError(f"UTF-16 offset {u16} outside 0..{self.utf16_length}")
        if not self._astral_cp:
            return u16
        k = bisect_right(self._astral_u16, u16 - 1)  # astral chars starting before u16
        if k and self._astral_u16[k - 1] == u16 - 1:  # inside the k-th pair
            return self._astral_cp[k - 1]
        return u16 - k


@functools.lru_cache(maxsize=16)
def _offset_map(text: str) -> OffsetMap:
    """Maps for the few texts in use at a time, so repeated calls cost a binary search."""
    return OffsetMap(text)


def utf16_offset(text: str, cp: int) -> int:
    """Convert a code-point offset in ``text`` into a UTF-16 code-unit offset (for Qt)."""
    return _offset_map(text).to_utf16(cp)


def codepoint_offset(text: str, u16: int) -> int:
    """Convert a UTF-16 offset from Qt into a code-point offset, rounding down mid-pair."""
    return _offset_map(text).to_codepoint(u16)


# --------------------------------------------------------------------------------------------
# Grapheme-cluster boundaries
# --------------------------------------------------------------------------------------------

_GRAPHEME = regex.compile(r"\X")

# Positions that are grapheme boundaries whatever surrounds them (UAX #29): right after LF
# (GB4), right after a CR not followed by LF (GB4), and before a space, tab, ASCII
# letter/digit or basic Arabic letter unless the previous character is a Prepend (GB9b) -
# such characters are never Extend/ZWJ/SpacingMark, regional indicators, Hangul jamo,
# pictographs or Indic consonants, so no other rule can join them to what precedes. Scanning
# clusters from the nearest such anchor is exact and needs only a few characters. Every
# alternative looks at the character after the position, so a reverse search ending at
# pos + 1 only finds anchors at or before pos (lookarounds do not see past ``endpos``).
_ANCHOR = regex.compile(
    r"(?r)(?<=\n)(?=[\s\S])|(?<=\r)(?=[^\n])"
    r"|(?<!\p{Grapheme_Cluster_Break=Prepend})(?=[ \tA-Za-z0-9\u0621-\u063a\u0641-\u064a])"
)


def _check_pos(text: str, pos: int) -> None:
    if not 0 <= pos <= len(text):
        raise ValueError(f"offset {pos} outside 0..{len(text)}")


def _cluster_at(text: str, pos: int) -> tuple[int, int] | None:
    """The grapheme cluster strictly straddling ``pos``, or None when ``pos`` is a boundary."""
    _check_pos(text, pos)
    if pos == 0 or pos == len(text):
        return None
    anchor = _ANCHOR.search(text, 0, pos + 1)
    start = anchor.start() if anchor else 0
    if start == pos:
        return None
    for m in _GRAPHEME.finditer(text, start):
        if m.end() == pos:
            return None
        if m.end() > pos:
            return m.start(), m.end()
    return None  # unreachable: the clusters tile the text up to len(text)


def is_boundary(text: str, pos: int) -> bool:
    """True when cutting ``text`` at ``pos`` splits no user-perceived character.

    That rules out cuts between a letter and its marks (fatha, shadda, hamza above, ...),
    inside emoji ZWJ sequences and flag pairs, and before variation selectors.
    """
    return _cluster_at(text, pos) is None


def floor_boundary(text: str, pos: int) -> int:
    """The nearest grapheme boundary at or before ``pos``."""
    cluster = _cluster_at(text, pos)
    return pos if cluster is None else cluster[0]


def ceil_boundary(text: str, pos: int) -> int:
    """The nearest grapheme boundary at or after ``pos``."""
    cluster = _cluster_at(text, pos)
    return pos if cluster is None else cluster[1]


# --------------------------------------------------------------------------------------------
# Snapping a selection to words
# --------------------------------------------------------------------------------------------

_WORD_CHAR_CLASS = r"[\p{L}\p{M}\p{N}\u0640]"
_WORD_CHAR = regex.compile(_WORD_CHAR_CLASS)
# A separator between two digits belongs to the number: 2017/5/31, 3.5, 1,000, ٣٫٥, 10:30.
_NUMBER_SEPARATOR = r"(?<=\p{Nd})[/.,:\u066b\u066c](?=\p{Nd})"
_IN_NUMBER = regex.compile(_NUMBER_SEPARATOR)
# A word: letters, marks, digits and tatweel, with ZWNJ/ZWJ allowed inside, and numbers kept
# whole across their internal separators.
_WORD = regex.compile(
    rf"{_WORD_CHAR_CLASS}+"
    rf"(?:[\u200c\u200d]+{_WORD_CHAR_CLASS}+|{_NUMBER_SEPARATOR}{_WORD_CHAR_CLASS}+)*"
)
# What a selection may carry at its edges that is not part of the words it means.
_TRIMMABLE = regex.compile(r"[\s\p{Z}\p{P}\p{Cc}\p{Cf}]")
_SPACE = regex.compile(r"\s")
_SPACE_BEFORE = regex.compile(r"(?r)\s")


def _in_word(text: str, i: int) -> bool:
    """True when the character at ``i`` is part of a word (a separator inside a number is)."""
    return bool(_WORD_CHAR.match(text, i) or _IN_NUMBER.match(text, i))


def _word_around(text: str, i: int) -> tuple[int, int]:
    """The span of the word containing the word character at index ``i``."""
    before = _SPACE_BEFORE.search(text, 0, i)
    after = _SPACE.search(text, i)
    lo = before.end() if before else 0
    hi = after.start() if after else len(text)
    for m in _WORD.finditer(text, lo, hi):
        if m.start() > i:
            break
        if i < m.end():
            return m.span()
    return i, i + 1  # unreachable for a word character: every one starts or extends a word


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Expand a selection to whole words, as a fact-checker means it.

    Whitespace, punctuation and invisible controls at the edges are trimmed first (but not a
    separator inside a number, which belongs to it), then a start inside a word moves to its
    beginning and an end inside a word moves to its end.
    The result never splits a grapheme cluster. A selection without any word character is
    only snapped to grapheme boundaries; one with nothing left after trimming is an error.
    """
    if start > end:
        start, end = end, start
    _check_pos(text, start)
    _check_pos(text, end)
    while start < end and _TRIMMABLE.match(text, start) and not _in_word(text, start):
        start += 1
    while end > start and _TRIMMABLE.match(text, end - 1) and not _in_word(text, end - 1):
        end -= 1
    if start == end:
        raise ValueError("the selection holds no text once whitespace and punctuation are trimmed")
    if _in_word(text, start):
        start = min(start, _word_around(text, start)[0])
    if _in_word(text, end - 1):
        end = max(end, _word_around(text, end - 1)[1])
    return floor_boundary(text, start), ceil_boundary(text, end)


# --------------------------------------------------------------------------------------------
# Re-anchoring a quote (W3C TextQuoteSelector) and taking its context
# --------------------------------------------------------------------------------------------


def _common_tail(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at their ends."""
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_head(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at their starts."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def reanchor(text: str, quote: str, prefix: str, suffix: str, hint_start: int) -> tuple[int, int] | None:
    """Find ``quote`` in a possibly edited ``text`` again, or None when it is gone.

    The stored offset wins when the quote is still there; otherwise, among the exact
    occurrences, the one whose neighbours best agree with the stored prefix and suffix wins,
    then the one nearest the old offset. There is deliberately no fuzzy matching: a quote that
    changed («80 مسلحاً» became «90 مسلحاً») must not silently land on another figure.
    """
    if not quote:
        raise ValueError("cannot re-anchor an empty quote")
    n = len(quote)
    if 0 <= hint_start <= len(text) - n and text.startswith(quote, hint_start):
        return hint_start, hint_start + n
    best: tuple[int, int, int] | None = None  # (-score, distance, offset): smaller is better
    i = text.find(quote)
    while i != -1:
        before = text[max(0, i - len(prefix)) : i]
        after = text[i + n : i + n + len(suffix)]
        score = _common_tail(prefix, before) + _common_head(suffix, after)
        key = (-score, abs(i - hint_start), i)
        if best is None or key < best:
            best = key
        i = text.find(quote, i + 1)
    if best is None:
        return None
    return best[2], best[2] + n


_DIGITS = regex.compile(r"\p{Nd}+")


def reanchor_fuzzy(
    text: str, quote: str, prefix: str, suffix: str, hint_start: int, *, min_score: float = 85.0
) -> tuple[int, int, float] | None:
    """``reanchor``, and where the quote is no longer there word for word, the stretch of ``text``
    most like it: (start, end, score out of 100; 100 for an exact find), or None.

    For a quote that moved (exact elsewhere) or changed slightly (a letter, a space, a hamza): the
    best alignment by rapidfuzz's partial ratio, kept only when it scores ``min_score`` or more,
    its ends fall on grapheme boundaries, and it holds the very same numbers as the quote, so that a
    changed figure («80 مسلحاً» became «90 مسلحاً») is an orphan to look at, never a silent match.
    """
    exact = reanchor(text, quote, prefix, suffix, hint_start)
    if exact is not None:
        return exact[0], exact[1], 100.0
    if not quote.strip() or not text:
        return None
    from rapidfuzz import fuzz

    found = fuzz.partial_ratio_alignment(quote, text, score_cutoff=min_score)
    if found is None:
        return None
    start, end = found.dest_start, found.dest_end
    # the alignment may stop short of a word's last letters or marks: widen to whole words
    try:
        start, end = snap_to_words(text, start, end)
    except ValueError:
        return None
    if _DIGITS.findall(text[start:end]) != _DIGITS.findall(quote):
        return None
    return start, end, float(found.score)


def context(text: str, start: int, end: int, width: int = 32) -> tuple[str, str]:
    """The text just before and just after a span, as stored with a quote for re-anchoring.

    Each side holds at most ``width`` code points and its far edge falls on a grapheme
    boundary, so a prefix never begins with an orphaned mark or half an emoji.
    """
    _check_pos(text, start)
    _check_pos(text, end)
    if start > end:
        raise ValueError(f"span start {start} is after its end {end}")
    if width < 0:
        raise ValueError("width must not be negative")
    lo = min(ceil_boundary(text, max(0, start - width)), start)
    hi = max(floor_boundary(text, min(len(text), end + width)), end)
    return text[lo:start], text[end:hi]


# --------------------------------------------------------------------------------------------
# Invisible and bidirectional controls
# --------------------------------------------------------------------------------------------

INVISIBLE_NAMES: dict[str, str] = {
    "\u200e": "LRM",
    "\u200f": "RLM",
    "\u061c": "ALM",
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
    "\u200b": "ZWSP",
    "\u200c": "ZWNJ",
    "\u200d": "ZWJ",
    "\u2060": "WJ",
    "\ufeff": "BOM",
    "\u00ad": "SHY",
    "\u180e": "MVS",
    "\u2028": "LSEP",
    "\u2029": "PSEP",
}
"""Short names for the invisible characters a fact-checker is most likely to meet."""

BIDI_CONTROLS: frozenset[str] = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
"""Marks, embeddings, overrides and isolates: characters that change display order."""

# Embeddings, overrides and isolates carry state until their terminator; unbalanced ones can
# reorder everything after them (the "Trojan Source" trick). The marks are stateless.
_BIDI_STATEFUL = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_STRIP_BIDI = str.maketrans(dict.fromkeys(BIDI_CONTROLS))
_NEUTRALISE_BIDI = str.maketrans(dict.fromkeys(_BIDI_STATEFUL))

_INVISIBLE = regex.compile("[" + "".join(regex.escape(c) for c in sorted(INVISIBLE_NAMES)) + r"\p{Cf}]")


@dataclass(frozen=True, slots=True)
class Invisible:
    """One invisible character found in a text, with a name a person can read."""

    offset: int
    char: str
    name: str
    is_bidi: bool


def invisible_name(char: str) -> str:
    """A readable name for an invisible character: the short one, else the Unicode name."""
    return INVISIBLE_NAMES.get(char, "") or unicodedata.name(char, f"U+{ord(char):04X}")


def find_invisibles(text: str) -> list[Invisible]:
    """Every invisible character (format controls and line/paragraph separators) in ``text``."""
    return [
        Invisible(m.start(), m.group(), invisible_name(m.group()), m.group() in BIDI_CONTROLS)
        for m in _INVISIBLE.finditer(text)
    ]


def strip_bidi_controls(s: str) -> str:
    """Remove every bidi control, marks included, e.g. before comparing or hashing text."""
    return s.translate(_STRIP_BIDI)


def neutralise_bidi(s: str) -> str:
    """Remove the embedding, override and isolate controls but keep LRM, RLM and ALM.

    The stateful controls can reorder whatever follows them in an export; the marks only
    nudge neighbouring neutrals and are often needed to show mixed Arabic/Latin correctly.
    """
    return s.translate(_NEUTRALISE_BIDI)


# --------------------------------------------------------------------------------------------
# Line endings and hidden-character statistics
# --------------------------------------------------------------------------------------------


def unify_line_endings(s: str) -> str:
    """Turn CRLF and lone CR into LF; U+2028/U+2029 stay (they are reported as invisibles)."""
    return s.replace("\r\n", "\n").replace("\r", "\n")


_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u180e"
_PRESENTATION_FORM = regex.compile(r"[\ufb50-\ufdff\ufe70-\ufefe]")
_ANY_HIDDEN = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + _ZERO_WIDTH + "\ufb50-\ufdff\ufe70-\ufefe]")


def count_hidden(text: str) -> dict[str, int]:
    """How many hidden or lookalike characters a text holds, for the import report.

    Keys: ``bidi_controls``, ``zero_width`` (ZWSP, ZWNJ, ZWJ, WJ, BOM, MVS),
    ``presentation_forms`` (U+FB50-U+FDFF, U+FE70-U+FEFE) and ``tatweel`` (U+0640).
    """
    if _ANY_HIDDEN.search(text) is None:  # the usual article: one scan instead of twenty
        return {"bidi_controls": 0, "zero_width": 0, "presentation_forms": 0, "tatweel": text.count("\u0640")}
    return {
        "bidi_controls": sum(text.count(c) for c in BIDI_CONTROLS),
        "zero_width": sum(text.count(c) for c in _ZERO_WIDTH),
        "presentation_forms": sum(1 for _ in _PRESENTATION_FORM.finditer(text)),
        "tatweel": text.count("\u0640"),
    }


def base_direction(s: str) -> str:
    """The paragraph direction Unicode's bidi algorithm (rule P2) gives ``s``: "rtl" when its first
    strong character is Arabic or Hebrew, "ltr" when it is Latin or another left-to-right script,
    "" when it has none (digits and punctuation only)."""
    import unicodedata

    for ch in s:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return ""
