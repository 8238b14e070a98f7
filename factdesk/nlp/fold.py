"""Arabic folding for search, with a map back to the original offsets.

Search folds the article and the query the same way, so «الرَّقة», «الرقه» and «ﺍﻟﺮﻗﺔ» all
meet, and «٢٥» finds «25». Folding works code point by code point (``str.translate``, C
speed) so every folded character can be traced to the original character that produced it and
a hit highlights the exact words in the article, marks included.

The tables come from camel-tools' own normalisers run on each code point of the Arabic blocks,
once, by ``packaging/build_fold_table.py``, which writes :mod:`factdesk.nlp.fold_table` (a test
checks it against the installed camel-tools): folding never imports camel-tools.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from factdesk.nlp.fold_table import FOLD, FOLD_EXACT

__all__ = ["find_quote", "fold", "fold_exact", "fold_exact_map", "fold_with_map", "original_span"]


def _fold_table(letters: bool = True) -> dict[int, str]:
    """The ``str.translate`` table: every code point whose fold is not itself (settled: no output
    folds further)."""
    return FOLD if letters else FOLD_EXACT


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


def original_span(
    starts: list[int], s_len: int, fstart: int, fend: int, text: str | None = None
) -> tuple[int, int]:
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
