"""Arabic folding for search, with a map back to the original offsets.

Search folds the article and the query the same way, so «الرَّقة», «الرقه» and «ﺍﻟﺮﻗﺔ» all
meet, and «٢٥» finds «25». Folding works code point by code point (``str.translate``, C
speed) so every folded character can be traced to the original character that produced it and
a hit highlights the exact words in the article, marks included.

The table is built on first use by running camel-tools' own normalisers on each code point of
the Arabic blocks; importing this module does not import camel-tools.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["find_quote", "fold", "fold_exact", "fold_exact_map", "fold_with_map", "original_span"]

# Arabic, Arabic Supplement, Arabic Extended-A and both presentation-form blocks (U+FEFF, the
# BOM, sits at the end of the last block and is handled with the other invisibles).
_ARABIC_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFE),
)
# Latin-1 Supplement, Latin Extended-A/-B and Latin Extended Additional: lower-cased when
# that gives a single character (so "İ", which lowers to two, is left alone).
_LATIN_RANGES = ((0x00C0, 0x024F), (0x1E00, 0x1EFF))

_TATWEEL = "\u0640"
# Bidi controls and zero-width characters: they change how text looks, never what it says.
_INVISIBLES = (
    "\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2066\u2067\u2068\u2069\ufeff"
)
# Folds camel-tools has no normaliser for: Persian/Urdu yeh and keheh, hamza on waw and on yeh
# («المسئول» and «المسؤول» are one word spelt two ways), and Eastern digits.
_LETTERS = {
    "\u06cc": "\u064a",  # ی -> ي
    "\u06a9": "\u0643",  # ک -> ك
    "\u0624": "\u0621",  # ؤ -> ء
    "\u0626": "\u0621",  # ئ -> ء
}
_EXTRA = str.maketrans(
    {
        **_LETTERS,
        _TATWEEL: "",
        **{chr(0x0660 + d): str(d) for d in range(10)},  # ٠-٩
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # ۰-۹
    }
)


def _fold_char(ch: str, letters: bool = True) -> str:
    """Fold one code point through camel-tools' normalisers, then drop marks and tatweel.

    With ``letters`` false only what never changes a word's spelling goes (marks, tatweel,
    presentation forms, digits' script): the exact-spelling fold, where «على» stays «على».

    Every diacritic in camel-tools' ``AR_DIAC_CHARSET`` is a nonspacing mark (category Mn),
    so dropping all Mn removes them together with hamza above/below and superscript alef,
    without importing ``camel_tools.utils.charsets`` (which takes half a second to load).
    """
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
        normalize_unicode,
    )

    out = normalize_unicode(ch)  # NFKC: presentation forms, lam-alef ligatures, U+FDFD
    if letters:
        out = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(out)))
        out = out.translate(_EXTRA)
    else:
        out = out.translate(_EXTRA_EXACT)
    kept = "".join(c for c in out if unicodedata.category(c) != "Mn")
    if kept.isspace() and kept != ch:
        # An isolated-form harakah (U+FE70, U+FC5E, ...) decomposes to a space plus the mark:
        # it is a diacritic written alone, so it vanishes like one rather than splitting words.
        return ""
    return kept


_EXTRA_EXACT = str.maketrans({k: v for k, v in _EXTRA.items() if chr(k) not in _LETTERS})


@functools.cache
def _fold_table(letters: bool = True) -> dict[int, str]:
    """The ``str.translate`` table: every code point whose fold is not itself."""
    raw: dict[str, str] = {}
    for lo, hi in _ARABIC_RANGES:
        for cp in range(lo, hi + 1):
            raw[chr(cp)] = _fold_char(chr(cp), letters)
    for c in _INVISIBLES:
        raw[c] = ""
    for cp in range(ord("A"), ord("Z") + 1):
        raw[chr(cp)] = chr(cp).lower()
    for lo, hi in _LATIN_RANGES:
        for cp in range(lo, hi + 1):
            lower = chr(cp).lower()
            if len(lower) == 1:
                raw[chr(cp)] = lower
    # Fold the outputs again until nothing changes, so that fold(fold(s)) == fold(s): NFKC of
    # a presentation form can give a letter that itself folds (ﭐ -> ٱ -> ا, ﯼ -> ی -> ي).
    for _ in range(4):
        again = {c: "".join(raw.get(x, x) for x in out) for c, out in raw.items()}
        if again == raw:
            break
        raw = again
    else:  # pragma: no cover - would mean the normalisers map in a cycle
        raise RuntimeError("the Arabic fold table does not settle")
    return {ord(c): out for c, out in raw.items() if out != c}


@functools.cache
def _resizing(letters: bool = True) -> re.Pattern[str]:
    """Matches the characters whose fold is not exactly one character long."""
    chars = "".join(chr(cp) for cp, out in _fold_table(letters).items() if len(out) != 1)
    return re.compile("[" + re.escape(chars) + "]")


def fold(s: str) -> str:
    """Fold ``s`` for search: letter variants, diacritics, digits, case and invisibles.

    Alef forms become ا, ى becomes ي, ة becomes ه, ؤ and ئ become ء, ی and ک become ي and ك,
    presentation forms become plain letters (ﻻ -> لا), diacritics, other nonspacing marks,
    tatweel and bidi or zero-width controls vanish, Eastern digits become 0-9 and Latin letters
    are lower-cased.
    """
    return _apply(s, True)


def fold_exact(s: str) -> str:
    """The exact-spelling fold: like :func:`fold` but every letter stays the letter it is
    («على» is not «علي», «الرقة» is not «الرقه»); only marks, tatweel, invisibles, presentation
    forms, the digits' script and Latin case go."""
    return _apply(s, False)


def _apply(s: str, letters: bool) -> str:
    replacements = _replacements(letters)
    # Replace only the characters that occur, a str.replace pass each: a few passes beat
    # str.translate's per-character dictionary lookups by about 2x. The regular expression finds
    # them in C and makes a string only of each match (set(s) would make one of every character,
    # and costs 2-3x as much). Safe because the table is settled: no replacement contains a
    # character that folds further.
    for ch in set(_foldable(letters).findall(s)):
        s = s.replace(ch, replacements[ch])
    return s


@functools.cache
def _foldable(letters: bool = True) -> re.Pattern[str]:
    """Matches any character whose fold is not itself."""
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(_replacements(letters))) + "]")


@functools.cache
def _replacements(letters: bool = True) -> dict[str, str]:
    return {chr(cp): out for cp, out in _fold_table(letters).items()}


def fold_with_map(s: str) -> tuple[str, list[int]]:
    """Fold ``s`` and say where each folded character came from.

    Returns ``(folded, starts)``: ``starts[i]`` is the offset in ``s`` of the character that
    produced ``folded[i]`` (both halves of ﻻ -> لا point at the ligature) and
    ``starts[len(folded)] == len(s)``.
    """
    return fold(s), fold_map(s)


def fold_map(s: str) -> list[int]:
    """Only the offset map of :func:`fold_with_map` (``len(result) - 1 == len(fold(s))``), for
    callers that already have the folded text, such as search mapping hits back."""
    return _map(s, True)


def fold_exact_map(s: str) -> list[int]:
    """The offset map of :func:`fold_exact`, as :func:`fold_map` is of :func:`fold`."""
    return _map(s, False)


def _map(s: str, letters: bool) -> list[int]:
    table = _fold_table(letters)
    starts: list[int] = []
    prev = 0
    for m in _resizing(letters).finditer(s):
        i = m.start()
        starts.extend(range(prev, i))
        starts.extend([i] * len(table[ord(s[i])]))
        prev = i + 1
    starts.extend(range(prev, len(s) + 1))
    return starts


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me")


def original_span(starts: list[int], s_len: int, fstart: int, fend: int,
                  text: str | None = None) -> tuple[int, int]:
    """Map the folded range ``[fstart, fend)`` back to a range of the original text.

    The range runs from the character that produced ``fstart`` to just after the one that
    produced ``fend - 1``, plus any following characters that folded to nothing (shadda,
    fatha, tatweel, ...), so a hit on «الرقة» highlights «الرَّقة» with all its marks. Given the
    original ``text``, only the marks that follow are taken: a hit never ends on an invisible
    control (ZWJ, RLM, ...) or a tatweel at the word's edge.
    """
    n = len(starts) - 1
    if n < 0 or starts[n] != s_len:
        raise ValueError("starts does not belong to a text of this length")
    if not 0 <= fstart <= fend <= n:
        raise ValueError(f"folded range [{fstart}, {fend}) outside 0..{n}")
    if fstart == fend:
        return starts[fstart], starts[fstart]
    last = starts[fend - 1]
    j = fend
    while j < n and starts[j] == last:  # the range ends inside one character's fold (ﻻ -> لا)
        j += 1
    end = max(last + 1, starts[j])
    if text is not None:
        k = last + 1
        while k < end and _is_mark(text[k]):
            k += 1
        end = k
    return starts[fstart], end


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Every place where ``quote`` occurs in ``text`` as search would find it, in order.

    Both are folded as search folds them (:func:`fold`: hamza and alef forms,
    ى/ي, ة/ه, diacritics, tatweel), invisible controls are ignored and any run of spaces or line
    breaks matches any other, so «الرقه» quoted finds «الرَّقة» written. Each range covers the
    original characters, marks included, and never ends on an invisible character.
    """
    words = fold(quote).split()
    if not words:
        return []
    folded = fold(text)
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    starts = fold_map(text)
    return [original_span(starts, len(text), m.start(), m.end(), text) for m in pattern.finditer(folded)]
