"""Arabic news conventions: the title, the dateline and the site's leftovers around an article's body.

Text pasted or saved from a news site arrives with more than the article: a title line, a dateline
(«موسكو ـ حسن عمارة», «واس - الرياض», «القاهرة - وكالات:») and the site's navigation at the end («أقسام», «أخبار
متعلقة», «أرسل تعليقك»). The fact-checker wants the title, place and author as metadata and only the
article's own words as the text that gets highlighted and quoted.

The text is frozen after import, so whatever is taken out here is gone from it for good. The rules are
therefore narrow and only look at the edges: the first lines for a title and a dateline, the last lines
for an exact list of boilerplate phrases. Which side of a dateline is the place is read from a gazetteer
of places and news agencies (:mod:`factdesk.importers.gazetteer`); a dateline it cannot read is left in
the text and only proposed. Nothing in the middle is touched, no character inside a kept
line is changed, and everything taken out is returned (``removed_head``, ``removed_tail``) so that the
window can show what was proposed for removal before the article is created.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from factdesk.importers import gazetteer


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    """An article as proposed for import, before the fact-checker confirms it.

    ``text`` is the body to freeze; ``removed_head`` holds the title and dateline lines (or dateline
    prefix) taken from the top, ``removed_tail`` the boilerplate lines taken from the bottom, both in
    their original order and without the blank lines around them.
    """

    text: str
    title: str
    author: str
    place: str
    removed_tail: tuple[str, ...]
    removed_head: tuple[str, ...]
    proposals: tuple[Proposal, ...] = ()


@dataclass(frozen=True, slots=True)
class Proposal:
    """A line the conventions kept in the text because they could not be sure what it is.

    ``line`` is the line as it stands in the text (or, for a dateline that opens the first paragraph, that
    dateline up to its colon: «مدينة - كاتب:»); ``place`` and ``author`` are what it would give if the
    fact-checker confirms it ("" when that side is unknown); ``reason`` says in plain words why it was only
    proposed (neither side of «X - Y» is a known place or news agency, for instance).
    """

    line: str
    place: str
    author: str
    reason: str


#: A title is a headline, not a paragraph: at most this many words.
MAX_TITLE_WORDS: Final = 25
#: A dateline line («موسكو ـ حسن عمارة») is at most this many words, its dash included.
MAX_DATELINE_WORDS: Final = 7

#: The dashes used between place and author: hyphen, en dash, em dash, and tatweel (U+0640) used as a
#: dash. They only count as a separator with spaces around them: tatweel inside a word («لـ», «الـ25»)
#: and hyphenated names («غرابار-كيتاروفيتش») are not separators.
_DASH: Final = "[-\u2013\u2014\u0640]"
_SPACE: Final = "[ \t\u00a0]"
#: A word of a place or author: no colon (that ends an inline dateline), and not a lone dash.
_WORD: Final = rf"(?!{_DASH}(?:\s|$))[^\s:]+"
_DATELINE: Final = (
    rf"{_SPACE}*(?P<place>{_WORD}(?:{_SPACE}+{_WORD}){{0,2}})"
    rf"{_SPACE}+{_DASH}{_SPACE}+"
    rf"(?P<author>{_WORD}(?:{_SPACE}+{_WORD}){{0,3}})"
)
#: A dateline on a line of its own, perhaps ending in a colon.
_DATELINE_LINE: Final = re.compile(rf"{_DATELINE}{_SPACE}*:?{_SPACE}*")
#: A dateline opening the first paragraph, ended by a colon: «القاهرة - وكالات: أعلنت ...».
_DATELINE_PREFIX: Final = re.compile(rf"{_DATELINE}{_SPACE}*:{_SPACE}*(?=\S)")

#: A period that ends a sentence with more text after it. Not «..» (used as a pause in headlines, as in
#: «الإعلامية.. داخليًا»), not a decimal point, and not a one-letter abbreviation such as «د.» (Dr).
_SENTENCE_BREAK: Final = re.compile(r"(?<=\w\w)\.(?!\.)\s+\S")

#: What news sites put after an article. Lines are compared through :func:`_boilerplate_key`, so
#: punctuation around them, diacritics and hamza spellings («إقرأ أيضاً:») do not matter.
_BOILERPLATE_PHRASES: Final = (
    "أرسل تعليقك",
    "أخبار متعلقة",
    "أقسام",
    "أخبار",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "شارك",
    "شارك المقال",
    "مشاركة",
    "تابعونا",
    "تابعنا على",
    "المزيد",
    "كلمات مفتاحية",
    "الوسوم",
    "تعليقات",
    "طباعة",
    "إرسال",
    "شارك هذا المقال",
    "مواضيع ذات صلة",
    "الأكثر قراءة",
)

_HARAKAT_AND_TATWEEL: Final = re.compile("[\u0640\u064b-\u065f\u0670]")


def parse_article(text: str, *, title_hint: str = "", known_title: str = "") -> ArticleDraft:
    """Split a decoded article into title, dateline and body, dropping the site's trailing boilerplate.

    ``text`` is expected as :func:`factdesk.importers.plaintext.decode_text` returns it (LF line ends).
    ``title_hint`` (a file name, an HTML ``<title>``) is used only when the text has no title line of its
    own; nothing is invented otherwise. ``known_title`` is a title the file's metadata states (a web
    page's headline, a document's title): a first line that repeats it is taken as the title line even
    without a blank line after it, since extractors put the headline right above the body.

    A dateline on the first line wins over a title: «موسكو ـ حسن عمارة» followed by a blank line is a
    dateline, not a headline. A line of dateline shape with neither side a known place or agency stays
    in the text (or is the title, when it stands as one) and comes back in ``proposals`` for the
    fact-checker to confirm. The rules for each part are in :func:`_is_title_line`, :func:`_dateline`
    and :func:`_is_boilerplate`.
    """
    lines = text.split("\n")
    start = _next_content(lines, 0)
    head: list[str] = []
    proposals: list[Proposal] = []

    title = ""
    repeats_title = (
        bool(known_title.strip())
        and start < len(lines)
        and _next_content(lines, start + 1) < len(lines)
        and _title_key(lines[start]) == _title_key(known_title)
    )
    # A line of dateline shape whose sides are unknown («أسواق المال - (التقرير الأسبوعي)») can still be
    # a headline; a known dateline cannot.
    if (
        start < len(lines)
        and not isinstance(_dateline(lines[start]), tuple)
        and (repeats_title or _is_title_line(lines, start))
    ):
        head.append(lines[start].strip())
        title = html.unescape(lines[start].strip())
        start = _next_content(lines, start + 1)

    place = author = ""
    found = _dateline(lines[start]) if start < len(lines) else None
    if isinstance(found, Proposal):
        proposals.append(found)
    elif found is not None:
        place, author, prefix_end = found
        head.append(lines[start][:prefix_end].strip())
        rest = lines[start][prefix_end:]
        if rest.strip():
            lines = [*lines[:start], rest, *lines[start + 1 :]]
        else:
            start = _next_content(lines, start + 1)

    body, tail = _split_tail(lines[start:])
    return ArticleDraft(
        text=_strip_blank_lines(body),
        title=title or title_hint,
        author=author,
        place=place,
        removed_tail=tail,
        removed_head=tuple(head),
        proposals=tuple(proposals),
    )


def split_dateline(text: str) -> tuple[str, str] | None:
    """``(place, author)`` when ``text`` is a whole dateline («أبوظبي - البيان», «(القاهرة - وكالات)»).

    For metadata that holds a dateline where an author belongs; parentheses around it are dropped.
    """
    text = " ".join(text.split())
    if len(text) > 2 and text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    match = _DATELINE_LINE.fullmatch(text)
    if match is None or len(text.split()) > MAX_DATELINE_WORDS:
        return None
    found = _place_and_author(match)
    return found if isinstance(found, tuple) else None


def _title_key(line: str) -> str:
    """A headline for comparison: entities decoded, single spaces, no punctuation at the ends."""
    key = " ".join(html.unescape(line).split())
    return key.strip(" .:؛،!?؟-–—")


def _split_tail(body: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """Split trailing boilerplate (and the blank lines among it) off the body, scanning from the end.

    The scan stops at the first line that is not boilerplate, and never takes the first line: an article
    is never all boilerplate, and its text must not vanish. The removed lines come back stripped, in
    their original order, without the blank lines.
    """
    end = len(body)
    removed: list[str] = []
    while end > 1:
        line = body[end - 1].strip()
        if line and not _is_boilerplate(line):
            break
        if line:
            removed.append(line)
        end -= 1
    return body[:end], tuple(reversed(removed))


def _is_title_line(lines: list[str], index: int) -> bool:
    """A headline: short, one sentence, followed by a blank line and then the body.

    The blank line is what sets a headline apart from a short first paragraph in the files FactDesk
    receives (SaudiNewsNet exports, text saved from news sites).
    """
    line = lines[index].strip()
    followed_by_blank = index + 1 < len(lines) and not lines[index + 1].strip()
    has_body = _next_content(lines, index + 1) < len(lines)
    return (
        followed_by_blank
        and has_body
        and 0 < len(line.split()) <= MAX_TITLE_WORDS
        and _SENTENCE_BREAK.search(line) is None
    )


def _dateline(line: str) -> tuple[str, str, int] | Proposal | None:
    """``(place, author, end)`` if ``line`` is or opens with a dateline; the body goes on at ``end``.

    Either the whole line: «موسكو ـ حسن عمارة», perhaps ending in a colon; or a prefix of the first
    paragraph ended by a colon: «القاهرة - وكالات: أعلنت ...». The colon is required for a prefix:
    without it, «القاهرة - وكالات أعلنت ...» cannot be told apart from a sentence that holds a dash.
    A place of one to three words, a spaced dash, an author (or agency: «وكالات», «رويترز», «(أ ف ب)»)
    of one to four words, seven words in all, dash included: anything longer is a sentence. Either side
    may come first; :func:`_place_and_author` tells which is the place. A line of that shape whose sides
    are not known gives a :class:`Proposal` instead, and stays in the text.
    """
    match = _DATELINE_LINE.fullmatch(line) or _DATELINE_PREFIX.match(line)
    if match is None or len(line[: match.end()].split()) > MAX_DATELINE_WORDS:
        return None
    found = _place_and_author(match)
    if isinstance(found, Proposal):
        proposed = line[: match.end()].strip()  # the whole line, or the prefix up to its colon
        return Proposal(line=proposed, place=found.place, author=found.author, reason=found.reason)
    return None if found is None else (*found, match.end())


def _place_and_author(match: re.Match[str]) -> tuple[str, str] | Proposal | None:
    """Which side of «X - Y» is the place, by the gazetteer (:mod:`factdesk.importers.gazetteer`).

    A news agency or outlet is the author's side, whichever side it stands on («واس - الرياض»,
    «الرياض - واس»); otherwise the one known place is the place («موسكو ـ حسن عمارة», «حسن عمارة ـ
    موسكو»). When neither side is known, or both sides are, nothing is decided: a :class:`Proposal` with
    the likelier reading (:func:`_author_first`) goes to the fact-checker. Not datelines at all:
    figures and ranges («2015 - 2016»), bare symbols, and a hashtag or a mention opening a tweet
    («#عاجل — وزارة الصحة: ...»).
    """
    first_written, second_written = _tidy(match["place"]), _tidy(match["author"])
    first, second = _unquote(first_written), _unquote(second_written)
    for part in (first, second):
        if not any(ch.isalpha() for ch in part) or any(ch.isdigit() for ch in part):
            return None
        if part.lstrip('(«"').startswith(("#", "@")):
            return None
    first_signs, second_signs = gazetteer.agency(first) is not None, gazetteer.agency(second) is not None
    if first_signs != second_signs:
        return (second, first) if first_signs else (first, second)
    first_place, second_place = gazetteer.place(first) is not None, gazetteer.place(second) is not None
    if first_place != second_place:
        return (first, second) if first_place else (second, first)
    place, author = (second, first) if _author_first(first_written, second_written) else (first, second)
    if first_place:
        reason = (
            f"both «{first}» and «{second}» are places FactDesk knows, so it cannot tell which is the place"
        )
    else:
        reason = f"neither «{first}» nor «{second}» is a place or news agency FactDesk knows"
    return Proposal(line="", place=place, author=author, reason=reason)


#: Words that mark a side as a person or a newsroom, not a place: «بقلم», «مراسل», «د.» ...
_AUTHOR_MARKS: Final = re.compile(
    r"(?:^|\s)(?:بقلم|كتب|كتبت|مراسل|مراسلة|مراسلنا|إعداد|حوار|د\.|بن|عبد\S*)(?:\s|$)"
)


def _author_first(first: str, second: str) -> bool:
    """Whether «first - second», read with no gazetteer, most likely puts the author first.

    A side in brackets or quotation marks, or with a person's or newsroom's marks («بن», «عبد...»,
    «مراسل»), is the author; otherwise the usual order, place first.
    """

    def authorish(side: str) -> bool:
        return side[:1] in '(«"\u201c' or _AUTHOR_MARKS.search(side) is not None

    return authorish(first) and not authorish(second)


def _tidy(side: str) -> str:
    """A side without the spaces around it and a bracket that opens or closes the whole dateline
    («(دمشق - سانا)» gives «دمشق» and «سانا»)."""
    side = side.strip()
    if side.startswith("(") and ")" not in side:
        side = side[1:].strip()
    if side.endswith(")") and "(" not in side:
        side = side[:-1].strip()
    return side


def _unquote(name: str) -> str:
    """«رويترز» -> رويترز: quotation marks around a whole name are typography, not part of it."""
    for opening, closing in (("«", "»"), ('"', '"'), ("\u201c", "\u201d")):
        if len(name) > 2 and name.startswith(opening) and name.endswith(closing):
            return name[1:-1].strip()
    return name


def _is_boilerplate(line: str) -> bool:
    return _boilerplate_key(line) in _BOILERPLATE_KEYS


def _boilerplate_key(line: str) -> str:
    """The line as a site's menu item, for comparison only: no punctuation or symbols at either end, no
    diacritics or tatweel, one alef form, single spaces. «اقرأ أيضاً:» and «إقرأ أيضا» give the same key."""
    key = _HARAKAT_AND_TATWEEL.sub("", line).replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")
    key = " ".join(key.split())
    start, end = 0, len(key)
    while start < end and _is_edge_noise(key[start]):
        start += 1
    while end > start and _is_edge_noise(key[end - 1]):
        end -= 1
    return key[start:end]


def _is_edge_noise(char: str) -> bool:
    """Punctuation, symbols (arrows, bullets, «|»), spaces and invisible format marks."""
    return char.isspace() or unicodedata.category(char)[0] in "PSZ" or unicodedata.category(char) == "Cf"


_BOILERPLATE_KEYS: Final = frozenset(_boilerplate_key(phrase) for phrase in _BOILERPLATE_PHRASES)


def _next_content(lines: list[str], index: int) -> int:
    """The index of the first non-blank line at or after ``index`` (``len(lines)`` if none)."""
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index


def _strip_blank_lines(lines: list[str]) -> str:
    """Join the lines, without blank lines before or after; every other line stays exactly as it is."""
    start = _next_content(lines, 0)
    end = len(lines)
    while end > start and not lines[end - 1].strip():
        end -= 1
    return "\n".join(lines[start:end])
