"""Bylines: the line that names who wrote an article («كتبت - سارة محمد», «كتب: أحمد علي», «بقلم …»).

Arabic news sites put the writer's name on a line of its own above the body, after a word that says
what they did: «كتب»/«كتبت» (wrote), «بقلم» (by the pen of), «حوار» (interview by), «إعداد» (prepared
by), «تقرير» (report by), «تحرير» (edited by), «متابعة» (followed by). Such a line is metadata, not the
article's words: the name becomes the author and the line is proposed for removal.

Only a whole line counts, and only when what follows the word reads as a name: a few words, no figures,
no sentence punctuation, not opening like a clause («كتب: إن الوضع …»). A sentence that merely contains
«كتب» is never a byline. «بقلم» needs no colon or dash («بقلم أحمد علي»); the other words do, since
«كتب أحمد رسالة» is a sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from factdesk.importers.news import ArticleDraft

__all__ = ["Byline", "MARKERS", "parse_byline", "byline_at_head", "take_head_lines"]

#: The words that open a byline, as written (with and without hamza).
MARKERS: Final = (
    "كتب",
    "كتبت",
    "بقلم",
    "حوار",
    "أجرى الحوار",
    "أجرت الحوار",
    "إعداد",
    "اعداد",
    "تقرير",
    "تحرير",
    "متابعة",
)
_MARKER: Final = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(MARKERS, key=len, reverse=True))
_DASHES: Final = "-\u2013\u2014\u0640"
#: A separator: a colon, a spaced dash (tatweel too), or a slash.
_SEPARATED: Final = re.compile(
    rf"^[\s(«\"]*(?P<marker>{_MARKER})(?:\s*[:：/]|\s+[{_DASHES}]+)\s*(?P<name>.+?)[\s)»\".]*$"
)
_BARE: Final = re.compile(r"^[\s(«\"]*(?P<marker>بقلم)\s+(?P<name>.+?)[\s)»\".]*$")
_BARE_WROTE: Final = re.compile(r"^[\s(«\"]*(?P<marker>كتب|كتبت)\s+(?P<name>.+?)[\s)»\".]*$")
#: Words a name never starts with: they open clauses («كتب: إن …», «بقلم: هذا …»).
_NOT_A_NAME: Final = frozenset(
    {
        "إن",
        "أن",
        "ان",
        "في",
        "على",
        "عن",
        "من",
        "إلى",
        "الى",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "لا",
        "ما",
        "قد",
        "لقد",
        "كان",
        "كانت",
        "هو",
        "هي",
        "نحن",
        "أنا",
        "التي",
        "الذي",
    }
)
_LETTER: Final = r"(?:[^\W\d_]|[\u0640\u064b-\u065f\u0670])"
_NAME_WORD: Final = re.compile(rf"{_LETTER}+(?:[.'\u2019-]{_LETTER}*)*\.?")
MAX_NAME_WORDS: Final = 8
MAX_NAME_CHARS: Final = 80


@dataclass(frozen=True, slots=True)
class Byline:
    """A byline line read: the word that opened it («كتبت», «حوار») and the name(s) it gives."""

    marker: str
    name: str


def parse_byline(line: str, *, bare: bool = False) -> Byline | None:
    """The byline ``line`` is, if the whole line is one («كتبت - سارة محمد», «حوار: آسيا العتروس»).

    ``bare`` also accepts «كتب محمد أحمد» without a colon or dash, for a line the page itself marks as
    its author's (an element whose class says so): two to four words of a name, none of them opening
    with the article «ال» but the last («كتب أحمد السيد», not «كتبت الصحيفة» or «كتب رسالة»).
    """
    line = " ".join(line.split())
    if not line or len(line) > MAX_NAME_CHARS + 20:
        return None
    match = _SEPARATED.match(line) or _BARE.match(line)
    if match is None and bare:
        match = _BARE_WROTE.match(line)
        words = match["name"].split() if match else []
        if not 2 <= len(words) <= 4 or any(word.startswith("ال") for word in words[:-1]):
            return None
    if match is None:
        return None
    name = match["name"].strip(" :-\u2013\u2014")
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or len(name) > MAX_NAME_CHARS:
        return None
    if words[0].startswith("ال") and len(words) > 2:
        return None  # «تقرير: الاقتصاد المصري ينمو» is a headline; names rarely open with the article
    if words[0] in _NOT_A_NAME or not all(_NAME_WORD.fullmatch(word.strip("،,")) for word in words):
        return None
    return Byline(" ".join(match["marker"].split()), name.rstrip("،,"))


def byline_at_head(text: str, *, lines: int = 3) -> tuple[str, Byline] | None:
    """The first of the first ``lines`` non-blank lines of ``text`` that is a byline, as written, and
    what it says."""
    seen = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        found = parse_byline(line)
        if found is not None:
            return line.strip(), found
        seen += 1
        if seen >= lines:
            break
    return None


def _key(line: str) -> str:
    """A line for comparison: NFKC (presentation forms folded, as the import may fold them), single spaces."""
    return " ".join(unicodedata.normalize("NFKC", line).split())


def take_head_lines(draft: ArticleDraft, lines: Sequence[str]) -> ArticleDraft:
    """``draft`` with the byline ``lines`` a format's reader found at the head of its text taken out.

    A line is taken only where it stands: opening the draft's body (after the title and dateline the
    news conventions took). It joins ``removed_head``, so that the window lists it and can put it back.
    If the conventions already took it as a dateline («كتبت - سارة محمد» has the shape of «مدينة -
    كاتب»), the place they read from it is dropped, and the author is the byline's name.
    """
    if not lines:
        return draft
    wanted = {_key(line) for line in lines}
    head = list(draft.removed_head)
    place, author = draft.place, draft.author
    if head and _key(head[-1]) in wanted:
        found = parse_byline(head[-1])
        if found is not None and draft.place:
            place, author = "", found.name
        return replace(draft, place=place, author=author)
    body = draft.text.split("\n")
    first = next((i for i, line in enumerate(body) if line.strip()), None)
    if first is None or _key(body[first]) not in wanted:
        return draft
    rest = first + 1
    while rest < len(body) and not body[rest].strip():
        rest += 1
    if rest >= len(body):
        return draft  # the byline is all there is: the text must not vanish
    head.append(body[first].strip())
    proposals = tuple(p for p in draft.proposals if _key(p.line) != _key(body[first]))
    return replace(draft, text="\n".join(body[rest:]), removed_head=tuple(head), proposals=proposals)
