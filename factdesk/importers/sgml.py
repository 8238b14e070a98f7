"""Text files in TREC-style SGML: ``<DOC><DOCNO>…</DOCNO><TITLE>…</TITLE><TEXT>…</TEXT></DOC>``.

Corpora of Arabic news (TREC, LDC's Arabic Gigaword, many research collections, and Wikipedia dumps cut
by WikiExtractor: ``<doc id=… url=… title=…>``) come as text files where every article sits in
SGML-like markup. Read as plain text, the tags would land in the article; read here, the title, the
date and the address come from their fields and only the article's words are left.

Such markup is not XML (raw «&» and unclosed ``<P>`` are common), so it is read with a few patterns,
not an XML parser. It is recognised only when the file *starts* with a ``<DOC>`` tag (after an XML
declaration, comments or one wrapping tag such as ``<DOCS>``): text that merely holds a «<» somewhere,
or a «<DOC>» in a sentence, stays plain text.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import re
from dataclasses import dataclass, field
from typing import Final

from factdesk.importers import gazetteer, news
from factdesk.importers.arabic_dates import parse_date

__all__ = ["Document", "is_markup", "read_markup", "iso_date"]

_F: Final = re.IGNORECASE | re.DOTALL

#: The opening of a markup file: declaration, comments, perhaps one wrapping tag, then <DOC ...>.
_START: Final = re.compile(
    r"\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"(?:<(?!doc\b)[a-z][\w.-]*(?:\s[^<>]*)?>\s*)?(?=<doc(?:\s[^<>]*)?>)",
    _F,
)
_DOC: Final = re.compile(r"<doc(?P<attrs>\s[^<>]*)?>(?P<body>.*?)(?:</doc\s*>|(?=<doc(?:\s[^<>]*)?>)|\Z)", _F)
_ATTR: Final = re.compile(
    r"""(?P<name>[a-z_][\w.-]*)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s>]+))""", _F
)

#: Fields, by what they give; the first one present wins.
_TITLE_TAGS: Final = ("title", "headline", "hl", "head", "h1")
_DATE_TAGS: Final = ("time", "date", "date_time", "pubdate", "datetime")
_URL_TAGS: Final = ("url", "link", "uri")
_AUTHOR_TAGS: Final = ("byline", "author")
_TEXT_TAGS: Final = ("text", "body")
#: Fields that hold metadata only: never part of the article's text when it has no <TEXT>.
_META_TAGS: Final = (
    "docno",
    "docid",
    "docnum",
    "fileid",
    "dateline",
    "keywords",
    "source",
    "category",
    *_TITLE_TAGS,
    *_DATE_TAGS,
    *_URL_TAGS,
    *_AUTHOR_TAGS,
)

#: A day written into a document number: «AFP_ARB_20000101.0001», «NYT19980403.0001».
_DOCNO_DATE: Final = re.compile(r"(?<!\d)((?:19|20)\d{6})(?!\d)")
_GIGAWORD_DATELINE: Final = re.compile(
    r"\s*(?P<place>[^\d()]+?)\s+\d{1,2}\s*[-/]\s*\d{1,2}\s*\((?P<agency>[^()]+)\)\s*[-\u2013\u2014]?\s*"
)
_PARAGRAPH: Final = re.compile(r"<p(?:\s[^<>]*)?>(.*?)(?=</p\s*>|<p(?:\s[^<>]*)?>|\Z)", _F)
_ANY_TAG: Final = re.compile(r"</?[a-z][\w.-]*(?:\s[^<>]*)?/?>|<!--.*?-->", _F)
#: Named, decimal and hexadecimal character references: in SGML they stand for characters.
_ENTITY: Final = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.IGNORECASE)


@dataclass(slots=True)
class Document:
    """The first document of a markup file, as its fields give it ("" where a field is absent)."""

    text: str
    title: str = ""
    published: str = ""
    url: str = ""
    author: str = ""
    place: str = ""
    warnings: list[str] = field(default_factory=list)


def is_markup(text: str) -> bool:
    """True when ``text`` is TREC-style markup: it opens with a ``<DOC>`` tag and closes one."""
    start = _START.match(text)
    return start is not None and re.search(r"</doc\s*>", text, re.IGNORECASE) is not None


def read_markup(text: str) -> Document:
    """The first ``<DOC>`` of ``text`` (which :func:`is_markup` accepted): fields and the article's words.

    The article is the ``<TEXT>`` (or ``<BODY>``) field, or else whatever the document holds outside its
    metadata fields. Tags go; ``<P>`` paragraphs become one line each (the line breaks inside a marked
    paragraph are the file's wrapping, not the author's); without ``<P>`` the lines stay as they are.
    Character references (``&amp;``, ``&#1604;``) are read as the characters they stand for, and said.
    A file of several documents gives the first, with a warning saying how many more it holds.
    """
    docs = list(_DOC.finditer(text))
    doc = docs[0]
    attrs = _attributes(doc["attrs"] or "")
    body = doc["body"]
    warnings: list[str] = []

    title = _field(body, _TITLE_TAGS) or attrs.get("title", "")
    url = _field(body, _URL_TAGS) or attrs.get("url", "")
    author = _field(body, _AUTHOR_TAGS)
    published = ""
    raw_date = _field(body, _DATE_TAGS) or attrs.get("date", "")
    if raw_date:
        published = iso_date(raw_date)
        if not published:
            warnings.append(f"the date field «{raw_date}» is not a date FactDesk can read; no date was taken")

    docno = _field(body, ("docno", "docid")) or attrs.get("id", "")
    if not published and (stamp := _DOCNO_DATE.search(docno)):
        # Gigaword and TREC name a document after its day («AFP_ARB_20000101.0001») and give no date field.
        published = iso_date(stamp[1])

    place = ""
    lead: list[str] = []
    dateline = _field(body, ("dateline",))
    if dateline:
        found = news.split_dateline(dateline) or _dated_dateline(dateline)
        if found is not None:
            place, byline = found
            author = author or byline
        elif not published and iso_date(dateline):
            published = iso_date(dateline)
        else:
            lead.append(dateline)  # kept as the article's first line: the news conventions may propose it

    content = _inner(body, _TEXT_TAGS)
    if content is None:
        content = body
        for tag in _META_TAGS:
            content = re.sub(rf"<{tag}(?:\s[^<>]*)?>.*?</{tag}\s*>", "\n", content, flags=_F)
    article, entities = _words(content)
    if entities:
        warnings.append(
            f"{entities} character references of the markup (such as &amp;) were read as characters"
        )
    if lead:
        article = "\n".join([*lead, article]) if article else "\n".join(lead)
    if len(docs) > 1:
        first = f"the first, {docno}," if docno else "the first"
        warnings.append(
            f"this file holds {len(docs)} documents; only {first} was imported "
            f"({len(docs) - 1} more were left out: import them from a file of their own)"
        )
    return Document(
        text=article,
        title=title,
        published=published,
        url=url,
        author=author,
        place=place,
        warnings=warnings,
    )


def _dated_dateline(text: str) -> tuple[str, str] | None:
    """``(place, agency)`` from Gigaword's «القاهرة 1-1 (اف ب) -» (place, day-month, agency), when the
    gazetteer knows the place or the agency."""
    match = _GIGAWORD_DATELINE.fullmatch(text)
    if match is None or not (gazetteer.place(match["place"]) or gazetteer.agency(match["agency"])):
        return None
    return match["place"].strip(), match["agency"].strip()


def _attributes(text: str) -> dict[str, str]:
    found = {}
    for match in _ATTR.finditer(text):
        value = (
            match["dq"]
            if match["dq"] is not None
            else match["sq"]
            if match["sq"] is not None
            else match["bare"]
        )
        found[match["name"].lower()] = " ".join(html.unescape(value).split())
    return found


def _inner(body: str, tags: tuple[str, ...]) -> str | None:
    """The raw content of the first of ``tags`` present (all of its occurrences, in order), or None."""
    for tag in tags:
        parts = re.findall(rf"<{tag}(?:\s[^<>]*)?>(.*?)(?:</{tag}\s*>|\Z)", body, flags=_F)
        if parts:
            return "\n".join(parts)
    return None


def _field(body: str, tags: tuple[str, ...]) -> str:
    """A metadata field as one line: tags out, references read, spaces collapsed ("" when absent)."""
    content = _inner(body, tags)
    if content is None:
        return ""
    return " ".join(html.unescape(_ANY_TAG.sub(" ", content)).split())


def _words(content: str) -> tuple[str, int]:
    """The article's words from a field's content, and how many character references were read."""
    paragraphs = [match.group(1) for match in _PARAGRAPH.finditer(content)]
    if paragraphs:
        lines = [" ".join(_ANY_TAG.sub(" ", paragraph).split()) for paragraph in paragraphs]
        text = "\n".join(line for line in lines if line)
    else:
        text = _ANY_TAG.sub("", re.sub(r"<br\s*/?>", "\n", content, flags=re.I))
        text = "\n".join(line.strip() for line in text.split("\n"))
        text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    entities = len(_ENTITY.findall(text))
    return (html.unescape(text) if entities else text), entities


# --- dates ----------------------------------------------------------------------------------------------

#: English month names (Arabic ones are read by :mod:`factdesk.importers.arabic_dates`).
_MONTHS: Final = {
    **dict.fromkeys(("january", "jan"), 1),
    **dict.fromkeys(("february", "feb"), 2),
    **dict.fromkeys(("march", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    "may": 5,
    **dict.fromkeys(("june", "jun"), 6),
    **dict.fromkeys(("july", "jul"), 7),
    **dict.fromkeys(("august", "aug"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("october", "oct"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("december", "dec"), 12),
}
_MONTH_NAME: Final = "|".join(sorted((re.escape(name) for name in _MONTHS), key=len, reverse=True))
_DIGITS: Final = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

_YMD: Final = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY: Final = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_COMPACT: Final = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\d{4,6})?$|^(\d{2})(\d{2})(\d{2})$")
_D_MONTH_Y: Final = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?({_MONTH_NAME})(?![^\W\d_])\.?,?\s*(?:/\S+\s+)?(\d{{4}})", re.I
)
_MONTH_D_Y: Final = re.compile(
    rf"(?<![^\W\d_])({_MONTH_NAME})(?![^\W\d_])\.?\s+(\d{{1,2}}),?\s+(\d{{4}})", re.I
)


def iso_date(value: str) -> str:
    """``YYYY-MM-DD`` from a date field in the usual forms, or "" when it is not a date.

    ``2020-03-17`` (and with a time after it), ``2020/03/17``, ``17/03/2020`` (day first, as in the
    Arab world), ``20200317`` and TREC's ``200317``, e-mail style ``Tue, 17 Mar 2020 10:00:00 GMT``,
    ``17 March 2020``, ``March 17, 2020`` and Arabic month names («17 مارس 2020», «الأربعاء، 07 أكتوبر
    2020», «17 آذار 2020», «17 مايو/أيار 2020»).
    """
    text = " ".join(value.translate(_DIGITS).split())
    text = re.sub("[أإآ]", "ا", text)
    if not text:
        return ""
    candidates: list[tuple[int, int, int]] = []
    if match := _YMD.search(text):
        candidates.append((int(match[1]), int(match[2]), int(match[3])))
    elif match := _DMY.search(text):
        candidates.append((int(match[3]), int(match[2]), int(match[1])))
    elif match := _COMPACT.match(text):
        if match[1]:
            candidates.append((int(match[1]), int(match[2]), int(match[3])))
        else:
            year = int(match[4])
            candidates.append((year + (2000 if year < 50 else 1900), int(match[5]), int(match[6])))
    else:
        try:
            parsed = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            parsed = None
        if parsed is not None:
            candidates.append((parsed.year, parsed.month, parsed.day))
        elif (arabic := parse_date(value, numeric=False)) is not None:
            candidates.append((arabic.year, arabic.month, arabic.day))
        elif match := _D_MONTH_Y.search(text):
            candidates.append((int(match[3]), _MONTHS[match[2].lower()], int(match[1])))
        elif match := _MONTH_D_Y.search(text):
            candidates.append((int(match[3]), _MONTHS[match[1].lower()], int(match[2])))
    for year, month, day in candidates:
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return ""
    return ""
