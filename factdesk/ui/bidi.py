"""Keeping dates, paths, addresses and figures in order inside a line of either direction.

One home for the Unicode bidirectional controls the interface puts around text it shows (UAX #9):

- :func:`ltr` wraps a value that always reads left to right (a date, a file path, a web address, an
  encoding's name, a figure with hyphens, a colour code) in LRI … PDI (U+2066 … U+2069). Inside an
  Arabic sentence the bidi algorithm otherwise reads the digits after an Arabic letter as Arabic
  numbers and shows «2017-06-01» as «01-06-2017», and puts a path's leading slash at the far end.
- :func:`auto` wraps stored text of either direction (a title, an outlet, an author) in FSI … PDI
  (U+2068): it takes its own direction, and a direction control left open inside it (an RLO in an
  author's name) ends with it instead of reversing what follows.
- :func:`line` joins stored fields on one line («outlet · author · date»), each isolated, starting
  with a mark of the first field's direction (the algorithm skips isolates when it decides a
  paragraph's direction), so an Arabic line still reads and aligns right to left.
- :func:`paragraph` starts a sentence with a mark of the interface's direction, so a message that
  begins with a Latin name («FactDesk …») still reads right to left in Arabic.

Isolates are invisible and do not change the characters a user copies but for these controls.
"""

from __future__ import annotations

from collections.abc import Iterable

from factdesk.core import text as textrules

LRI = "\u2066"
RLI = "\u2067"
FSI = "\u2068"
PDI = "\u2069"
LRM = "\u200e"
RLM = "\u200f"
CONTROLS = frozenset((LRI, RLI, FSI, PDI, LRM, RLM))


def ltr(value: object) -> str:
    """``value`` kept whole and left to right inside a line of either direction (LRI … PDI): a date,
    a path, a URL, an encoding, a figure. Empty stays empty."""
    text = str(value)
    return f"{LRI}{text}{PDI}" if text else ""


def auto(value: object) -> str:
    """Stored text of either direction kept whole (FSI … PDI): it takes its own direction, and a
    direction control left open inside it ends with it. Empty stays empty."""
    text = str(value)
    return f"{FSI}{text}{PDI}" if text else ""


def mark(text: str) -> str:
    """The mark (RLM or LRM) of ``text``'s own direction, or nothing when it has no strong letter."""
    return {"rtl": RLM, "ltr": LRM}.get(textrules.base_direction(text), "")


def line(parts: Iterable[str], separator: str = " · ") -> str:
    """Stored fields on one line, the empty ones left out, each isolated (:func:`auto`), the line
    starting with the direction mark of its first field."""
    kept = [p for p in parts if p]
    if not kept:
        return ""
    return mark(kept[0]) + separator.join(auto(p) for p in kept)


def paragraph(text: str, rtl: bool) -> str:
    """``text`` starting with the mark of the interface's direction (RLM in Arabic), so a sentence
    that begins with a Latin word or a digit still reads, and aligns, the interface's way."""
    return (RLM if rtl else LRM) + text if text else text


def strip(text: str) -> str:
    """``text`` without the controls this module adds (for comparing what a user reads)."""
    return "".join(c for c in text if c not in CONTROLS)
