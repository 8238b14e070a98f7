"""Make text safe to hand to a spreadsheet: nothing runs as a formula, nothing hidden reorders it.

Reports are opened in Excel and LibreOffice by people who did not write them, so every exporter
that produces cells (CSV today, perhaps XLSX later) passes its text through here. The rules live
in one place and are tested once:

* Bidirectional control characters are kept, and confined: every embedding, override or isolate
  still open at the end of a line is closed there, so it can only act inside its own line of its
  own cell. Removing them would change what a quote *reads*: «120» written as RLO + «021» in an
  article shows as 120 there, and would show as 021 in the report. The report says which cells
  hold them (:func:`bidi_controls_in`), since they can also make text look unlike what it contains.
* C0 control characters other than TAB, LF and CR are removed, and the rarer line separators
  (VT, FF, NEL, U+2028, U+2029, ...) become LF, so that every reader agrees on where lines break.
* Lone surrogates, which UTF-8 cannot encode, become U+FFFD instead of aborting the export.
* A cell whose first visible character is ``=``, ``+``, ``-`` or ``@``, or that starts with TAB
  or CR, gets a leading apostrophe (OWASP's advice against CSV/formula injection). Leading
  whitespace and invisible format characters do not hide a trigger, since some spreadsheets trim
  them before deciding what a cell is.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

#: Embeddings and overrides (U+202A-U+202E), isolates (U+2066-U+2069), LRM, RLM and ALM.
BIDI_CONTROLS: Final = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")

#: Characters that make a spreadsheet treat a cell as a formula (or split it) when they come first.
FORMULA_TRIGGERS: Final = frozenset("=+-@\t\r")

#: What is put in front of a dangerous cell; spreadsheets then take the cell as text.
FORMULA_GUARD: Final = "'"

# Line separators other than LF and CR: each becomes LF so that readers agree on the line count.
_OTHER_LINE_BREAKS: Final = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"
# C0 controls that are neither whitespace we keep nor line breaks handled above, and DEL.
_DROPPED_CONTROLS: Final = frozenset(
    chr(code) for code in (*range(0x20), 0x7F) if chr(code) not in "\t\n\r" + _OTHER_LINE_BREAKS
)
_TRANSLATION: Final = str.maketrans(
    {
        **dict.fromkeys(_DROPPED_CONTROLS),
        **dict.fromkeys(_OTHER_LINE_BREAKS, "\n"),
    }
)
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_CELL_LINE_BREAK: Final = re.compile(r"\r\n|[\r\n]")
# Letters and marks that render as nothing; format characters (category Cf) are checked apart.
_BLANK_GLYPHS: Final = frozenset("\u034f\u115f\u1160\u3164\uffa0")


# Exactly the keys of _TRANSLATION, the bidi controls and surrogates: a cell without any is returned
# as it is, which is nearly every cell and spares the translate (the export's hot path).
_NEEDS_CLEANING: Final = re.compile(
    "["
    + "".join(re.escape(chr(k)) for k in sorted(_TRANSLATION))
    + "".join(sorted(BIDI_CONTROLS))
    + "\ud800-\udfff]"
)

#: What opens a directional scope: embeddings and overrides (closed by PDF), isolates (closed by PDI).
_EMBEDDINGS: Final = frozenset("\u202a\u202b\u202d\u202e")
_ISOLATES: Final = frozenset("\u2066\u2067\u2068")
_PDF: Final = "\u202c"
_PDI: Final = "\u2069"
_BIDI_PRESENT: Final = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")

#: Names a fact-checker can look up, for the report's note on hidden direction controls.
BIDI_NAMES: Final = {
    "\u202a": "LEFT-TO-RIGHT EMBEDDING",
    "\u202b": "RIGHT-TO-LEFT EMBEDDING",
    "\u202c": "POP DIRECTIONAL FORMATTING",
    "\u202d": "LEFT-TO-RIGHT OVERRIDE",
    "\u202e": "RIGHT-TO-LEFT OVERRIDE",
    "\u2066": "LEFT-TO-RIGHT ISOLATE",
    "\u2067": "RIGHT-TO-LEFT ISOLATE",
    "\u2068": "FIRST STRONG ISOLATE",
    "\u2069": "POP DIRECTIONAL ISOLATE",
    "\u200e": "LEFT-TO-RIGHT MARK",
    "\u200f": "RIGHT-TO-LEFT MARK",
    "\u061c": "ARABIC LETTER MARK",
}


def clean_text(text: str) -> str:
    """Drop stray control characters, unify line separators and confine bidi controls to their line;
    LF, CR and CRLF stay, and no bidi control is removed."""
    if _NEEDS_CLEANING.search(text) is None:
        return text
    cleaned = text.translate(_TRANSLATION)
    if not cleaned.isascii():
        cleaned = _SURROGATE.sub("\ufffd", cleaned)
        if _BIDI_PRESENT.search(cleaned):
            cleaned = confine_bidi(cleaned)
    return cleaned


def confine_bidi(text: str) -> str:
    """``text`` with every embedding, override and isolate still open at a line's end closed there.

    Nothing is removed or moved, so each line reads as it did where it came from; the closers only
    stop a control from reaching past its line (into the next cell of a row, when the file is read as
    text). A PDI closes the embeddings opened inside its isolate, as in the Unicode bidi algorithm;
    unmatched closers are left as they are (the algorithm ignores them).
    """
    out: list[str] = []
    scopes: list[str] = []
    for char in text:
        if char in "\n\r":
            out.extend(_closers(scopes))
            scopes.clear()
        elif char in _EMBEDDINGS:
            scopes.append(_PDF)
        elif char in _ISOLATES:
            scopes.append(_PDI)
        elif char == _PDF:
            if scopes and scopes[-1] == _PDF:
                scopes.pop()
        elif char == _PDI and _PDI in scopes:
            while scopes.pop() != _PDI:
                pass
        out.append(char)
    out.extend(_closers(scopes))
    return "".join(out)


def _closers(scopes: list[str]) -> list[str]:
    return scopes[::-1]


def bidi_controls_in(text: str) -> list[str]:
    """The names of the bidi controls in ``text``, each once, in the order they first appear."""
    if _BIDI_PRESENT.search(text) is None:
        return []
    return list(dict.fromkeys(BIDI_NAMES[char] for char in _BIDI_PRESENT.findall(text)))


def one_line(text: str) -> str:
    """``clean_text`` with every line break turned into a space.

    Used for the entries of multi-valued cells, where line k of one column must describe the same
    thing as line k of its parallel columns; an entry with a line break of its own would shift them.
    """
    cleaned = clean_text(text)
    if "\n" not in cleaned and "\r" not in cleaned:
        return cleaned
    return _CELL_LINE_BREAK.sub(" ", cleaned)


def _is_invisible(char: str) -> bool:
    return char.isspace() or char in _BLANK_GLYPHS or unicodedata.category(char) == "Cf"


def defuse_formula(text: str) -> str:
    """Prefix ``FORMULA_GUARD`` when a spreadsheet could read ``text`` as a formula."""
    # The usual case: a letter or digit first is neither a trigger nor invisible (the Hangul
    # fillers count as letters but show nothing, so they take the long way).
    if text[:1].isalnum() and text[0] not in _BLANK_GLYPHS:
        return text
    for char in text:
        if char in FORMULA_TRIGGERS:
            return FORMULA_GUARD + text
        if not _is_invisible(char):
            return text
    return text


def safe_text(text: str) -> str:
    """A free-text cell (which may span lines) as it can be shown in a spreadsheet."""
    return defuse_formula(clean_text(text))


def safe_line(text: str) -> str:
    """One entry of a multi-valued cell: a single line, itself safe if pasted into a cell alone."""
    return defuse_formula(one_line(text))


# A line that may need ``defuse_formula``'s guard: one that starts with anything but a letter, a
# digit, an underscore or «, or with a letter that shows nothing. Empty lines never do.
_RISKY_LINE_START: Final = re.compile("\n(?:[^\\w«\n]|[" + "".join(sorted(_BLANK_GLYPHS)) + "])")


def already_safe(joined: str) -> bool:
    """Whether every line of ``joined`` is unchanged by ``safe_text`` and by ``safe_line``.

    ``joined`` is the cells of a record, and the entries of its multi-valued cells, joined with
    LF. True means each of those pieces can be written exactly as it is; False only means the
    exact rules have to be applied piece by piece. It is a fast way past the usual record, whose
    lines are all printable (no control, format or separator character, no surrogate, no CR or
    TAB: everything ``clean_text`` and ``one_line`` change is unprintable) and all start with a
    letter or a digit.
    """
    return joined.replace("\n", "").isprintable() and _RISKY_LINE_START.search("\n" + joined) is None
