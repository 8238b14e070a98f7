"""Saved web pages (.html, .htm, .xhtml) and web archives (.mhtml): the article, not the site around it.

A page saved from a news site holds the article inside navigation, menus, share buttons, ads, comment
forms and lists of other articles. trafilatura finds the article's body; its title, author, date, site
name and address come from the page's own metadata (Open Graph, schema.org, Dublin Core, JSON-LD), with
trafilatura's readings as the fallback (its date is htmldate's, from the markup only).

What the metadata does not say is read from what the page shows, the way a reader would:

- the date (:func:`publication_date`, whose docstring gives the order of trust): in Arabic words in
  any region's month names (:mod:`factdesk.importers.arabic_dates`), in the address, and in the
  publisher's local time rather than UTC;
- the site's name, taken off the title whichever side it stands (:func:`_split_title`);
- the language, from the text's Arabic share rather than a template's ``lang`` (:func:`_language`);
- the author, from a byline line («كتبت - سارة محمد», «حوار: …»: :mod:`factdesk.importers.bylines`),
  which is proposed for removal from the text when it stands on a line of its own at its head.

A date or byline counts only where the article's own can stand (:func:`_article_scope`), never in the
site's header, clock, menus or lists of other articles.

Nothing a page refers to is ever fetched or run: the page is parsed from memory by lxml's HTML parser
with the network off, scripts are never executed, and the extractors are handed the parsed tree, never
a string they might mistake for an address. Entity declarations inside a page's DOCTYPE (the way to an
XML "billion laughs") are removed before parsing, and lxml's own limits (no huge trees) stay on.

The page's bytes are decoded like a text file's (:func:`factdesk.importers.plaintext.detect_text`):
byte order mark, strict UTF-8, the encoding the user chose, the charset the page declares, and
otherwise the same Arabic-aware guess, so a page saved in Windows-1256 without a charset reads right.
"""

from __future__ import annotations

import copy
import datetime
import html as html_entities
import json
import re
from collections.abc import Callable
from typing import Any, Final, Literal

from factdesk.importers import _language as arabic_language
from factdesk.importers import bylines, news
from factdesk.importers.arabic_dates import find_dates
from factdesk.importers.errors import DAMAGED, EMPTY, TOO_LARGE, ImportRefused
from factdesk.importers.extracted import Extracted
from factdesk.importers.plaintext import detect_text, label
from factdesk.importers.safety import MAX_HTML_BYTES, damaged

_CHARSET: Final = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING: Final = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)""")
_XML_DECLARATION: Final = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
#: A DOCTYPE, whose internal subset «[ <!ENTITY ...> ]» may declare entities, and the subset's end.
_DOCTYPE: Final = re.compile(r"<!DOCTYPE\b", re.I)
_SUBSET_END: Final = re.compile(r"\]\s*>")
_ENTITY_NAME: Final = re.compile(r"<!ENTITY\s+(?:%\s+)?([A-Za-z_][\w.-]*)")
_ENTITY_REFERENCE: Final = re.compile(r"&([A-Za-z_][\w.-]*);")
#: Entities left over in text because a site escaped them twice («&amp;quot;» shows as «&quot;»).
_LEFTOVER_ENTITY: Final = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACES: Final = re.compile(r"\s+")
#: An article page has a few hundred to a few thousand elements (the corpus pages: 480-980). Past
#: this many, the extractor skips its second opinions (readability, jusText), whose cost grows
#: faster than the page: a long live blog still imports in seconds.
FAST_EXTRACTION_ELEMENTS: Final = 5_000
#: Past this many elements a page is no article page (a list, a dump, a page built to exhaust the
#: extractor: 100,000 paragraphs took 43 s, the 50 MB limit would take many minutes). Refused.
MAX_PAGE_ELEMENTS: Final = 60_000

_URL_LIKE: Final = re.compile(r"https?:|www\.|\.(?:png|jpe?g|gif|svg|webp)\b|@|\.com\b|\blogo\b", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 8 KB: ``<meta charset>``, http-equiv, or the XML declaration."""
    head = data[:8192]
    match = _XML_ENCODING.match(head) or _CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def read_html(
    data: bytes,
    *,
    name: str,
    encoding: str | None = None,
    declared: str | None = None,
    fmt: str = "html",
    location: str = "",
) -> Extracted:
    """The article of a saved web page: its body text and metadata (see the module's description).

    ``location`` is the address the page was saved from when the file says it outside the page (a web
    archive's ``Content-Location``); the page's own canonical address is used otherwise.
    """
    decoded = detect_text(
        data,
        encoding=encoding,
        declared=declared or declared_charset(data),
        name=name,
        markup=True,
        max_bytes=MAX_HTML_BYTES,
        what="web pages",
    )
    warnings = list(decoded.warnings)
    markup = _XML_DECLARATION.sub("", decoded.text, count=1)
    markup, declared_entities = _drop_entity_declarations(markup)
    if declared_entities:
        warnings.append("the page declared its own XML entities; they were ignored")
    tree = _parse(markup, name)
    elements = sum(1 for _ in tree.iter())
    if elements > MAX_PAGE_ELEMENTS:
        raise ImportRefused(
            TOO_LARGE,
            f"{label(name)} holds {elements:,} HTML elements, far more than any article page (at most "
            f"{MAX_PAGE_ELEMENTS:,}): it is a listing or a dump rather than an article. Save the article's "
            "own page, or copy its text and paste it into FactDesk.",
        )

    meta = _metadata(tree)
    body, extractor_meta = _extract(tree, name, fast=elements > FAST_EXTRACTION_ELEMENTS)
    if not meta["title"]:
        meta["title"] = _clean(extractor_meta.get("title"))
    if not meta["url"]:
        meta["url"] = _web_url(extractor_meta.get("url"))

    lead = _lead(tree, body, meta["description"])
    if lead:
        body = lead + "\n" + body
        warnings.append("the lead paragraph shown above the article body was added to it")
    body, entities = _decode_leftover_entities(body)
    if entities:
        warnings.append(f"{entities} HTML entities left in the text by the site were decoded")

    # The author: the page's metadata, else a byline shown in the article, else trafilatura's reading.
    scope = _article_scope(tree, body, meta["title"])
    at_head = bylines.byline_at_head(body)
    shown = at_head[1] if at_head else _markup_byline(tree, scope)
    if not meta["author"] and shown is not None:
        meta["author"] = shown.name
    if not meta["author"]:
        guessed = _plausible_author(_clean(extractor_meta.get("author")))
        # trafilatura reads author-classed elements whole: «كتب محمد أحمد» is a byline, «كتبت الصحيفة» none
        if guessed.split(" ")[0] in bylines.MARKERS:
            found = bylines.parse_byline(guessed, bare=True)
            guessed = found.name if found else ""
        meta["author"] = guessed
    as_byline = bylines.parse_byline(meta["author"]) if meta["author"] else None
    if as_byline is not None:  # «كتبت - سارة محمد» in a meta tag: the name, not «كتبت» as a place
        meta["author"] = as_byline.name

    published = publication_date(tree, meta["objects"], url=[meta["url"], location], body=body, scope=scope)
    if not meta["outlet"]:
        meta["outlet"] = _clean(extractor_meta.get("sitename"))

    place = ""
    dateline = news.split_dateline(meta["author"]) if meta["author"] and as_byline is None else None
    if dateline is not None:
        place, meta["author"] = dateline
    return Extracted(
        text=body,
        format=fmt,
        encoding=decoded.encoding,
        encoding_confident=decoded.confident,
        encoding_candidates=decoded.candidates,
        title=meta["title"],
        author=meta["author"],
        place=place,
        published=published,
        outlet=meta["outlet"],
        url=meta["url"],
        language=_language(meta["language"], body),
        warnings=warnings,
        removed_head=(at_head[0],) if at_head else (),
    )


def _drop_entity_declarations(markup: str) -> tuple[str, int]:
    """Remove a DOCTYPE's internal subset and every reference to the entities it declared.

    An HTML parser does not expand such entities, but leaving «&lol9;» or «&secret;» in the text would
    be noise; removing the declarations first means nothing can ever expand them, whatever parses the
    page later. A DOCTYPE only counts at the start of a page, and the work is one pass over it.
    """
    doctype = _DOCTYPE.search(markup, 0, 4096)
    if doctype is None:
        return markup, 0
    bracket = markup.find("[", doctype.end())
    closing = markup.find(">", doctype.end())
    if bracket == -1 or -1 < closing < bracket:
        return markup, 0  # a DOCTYPE without an internal subset
    end = _SUBSET_END.search(markup, bracket)
    stop = end.end() if end else len(markup)
    names = set(_ENTITY_NAME.findall(markup, bracket, stop)) - {"amp", "lt", "gt", "quot", "apos"}
    markup = markup[: doctype.start()] + "<!DOCTYPE html>" + markup[stop:]
    if names:
        markup = _ENTITY_REFERENCE.sub(lambda m: "" if m.group(1) in names else m.group(), markup)
    return markup, max(1, len(names))


def _decode_leftover_entities(text: str) -> tuple[str, int]:
    """Decode entities a site escaped twice («&amp;quot;» shows as «&quot;»); unknown names stay."""
    count = 0

    def decode(match: re.Match[str]) -> str:
        nonlocal count
        decoded = html_entities.unescape(match.group())
        if decoded != match.group():
            count += 1
        return decoded

    return _LEFTOVER_ENTITY.sub(decode, text), count


def read_mhtml(data: bytes, *, name: str, encoding: str | None = None) -> Extracted:
    """A web archive (.mht, .mhtml, as browsers save "the complete page as one file").

    The archive is a MIME message (read with the standard library's email parser); its root part is
    the page, decoded from quoted-printable or base64. The other parts (images, styles, scripts) are
    never looked at. The page's address comes from the archive's ``Snapshot-Content-Location`` or the
    root part's ``Content-Location``.
    """
    import email
    import email.policy

    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        root = _root_part(message)
        if root is None:
            raise ImportRefused(
                DAMAGED,
                f"{label(name)} is not a web archive FactDesk can read: it holds no web page. "
                "Save the page again from the browser (as .mhtml or .html).",
            )
        payload = root.get_payload(decode=True)
        charset = root.get_content_charset()
        location = message.get("Snapshot-Content-Location") or root.get("Content-Location") or ""
    except ImportRefused:
        raise
    except Exception as error:  # the email package raises many kinds on broken input
        raise damaged(name, "a web archive", str(error)) from None
    if not isinstance(payload, bytes) or not payload.strip():
        raise ImportRefused(EMPTY, f"{label(name)} is empty: its web page holds no text to import.")
    result = read_html(
        payload, name=name, encoding=encoding, declared=charset, fmt="mhtml", location=_web_url(str(location))
    )
    if not result.url:
        result.url = _web_url(str(location))
    return result


def _root_part(message: Any) -> Any:
    """The web page inside an archive: the multipart/related ``start`` part, else the first text/html."""
    if not message.is_multipart():
        return message if message.get_content_type() in ("text/html", "application/xhtml+xml") else None
    start = message.get_param("start")
    parts = [part for part in message.walk() if not part.is_multipart()]
    if isinstance(start, str):
        wanted = start.strip("<>")
        for part in parts:
            if (part.get("Content-ID") or "").strip("<> ") == wanted:
                return part
    for part in parts:
        if part.get_content_type() in ("text/html", "application/xhtml+xml"):
            return part
    return None


def _parse(markup: str, name: str) -> Any:
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=False,
        collect_ids=False,
        default_doctype=False,
    )
    try:
        tree = lxml.html.document_fromstring(markup, parser=parser)
    except lxml.etree.ParserError:
        raise ImportRefused(EMPTY, f"{label(name)} is empty: the page holds no text to import.") from None
    except (lxml.etree.LxmlError, ValueError) as error:
        raise damaged(name, "a web page", str(error)) from None
    if tree is None:
        raise ImportRefused(EMPTY, f"{label(name)} is empty: the page holds no text to import.")
    return tree


def _extract(tree: Any, name: str, *, fast: bool = False) -> tuple[str, dict[str, Any]]:
    """The article body (trafilatura; its baseline when the main algorithm finds nothing) and trafilatura's
    own metadata guesses."""
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            copy.deepcopy(tree),
            url=None,
            fast=fast,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=False,
            deduplicate=False,
            # htmldate, through trafilatura: the page's markup only, never guesses from its free text.
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "outputformat": "%Y-%m-%d",
            },
        )
    except Exception as error:  # an extractor failure on a hostile page is a refusal
        raise damaged(name, "a web page", f"the article could not be extracted: {error}") from None
    found: dict[str, Any] = {}
    text = ""
    if document is not None:
        found = document.as_dict() if hasattr(document, "as_dict") else dict(document)
        text = found.get("text") or ""
    if not text.strip():
        try:
            _, text, _ = trafilatura.baseline(copy.deepcopy(tree))
        except Exception:  # the fallback failing means there is no text
            text = ""
    lines = [line.strip() for line in (text or "").split("\n")]
    body = "\n".join(line for line in lines if line)
    if not body:
        raise ImportRefused(
            EMPTY, f"{label(name)} holds no article text: FactDesk found nothing to import in the page."
        )
    return body, found


# --- metadata -------------------------------------------------------------------------------------------


def _clean(value: object) -> str:
    return _SPACES.sub(" ", value).strip() if isinstance(value, str) else ""


def _meta(tree: Any, *keys: str) -> str:
    """The first non-empty ``<meta>`` content whose name, property or itemprop is one of ``keys``
    (case-insensitive; the keys in order of preference, then property before name before itemprop)."""
    return next(iter(_meta_values(tree, keys)), "")


def _meta_values(tree: Any, keys: tuple[str, ...]) -> list[str]:
    """For each of ``keys`` that some ``<meta>`` has, its first non-empty content, in the keys' order."""
    metas = [
        (
            element.get("property", "").lower(),
            element.get("name", "").lower(),
            element.get("itemprop", "").lower(),
            element.get("content"),
        )
        for element in tree.iterfind(".//meta")
    ]
    found = []
    for key in keys:
        key = key.lower()
        value = next(
            (_clean(m[3]) for position in range(3) for m in metas if m[position] == key and _clean(m[3])), ""
        )
        if value:
            found.append(value)
    return found


def _json_ld(tree: Any) -> list[dict[str, Any]]:
    """The objects of the page's JSON-LD blocks, flattened (``@graph`` included)."""
    found: list[dict[str, Any]] = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack and len(found) < 200:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
    return found


def _metadata(tree: Any) -> dict[str, Any]:
    objects = _json_ld(tree)
    og_title = _meta(tree, "og:title", "twitter:title")
    page_title = _clean(tree.findtext(".//title"))
    headline = _json_ld_text(objects, "headline")
    # The names a page gives itself, best first; microdata publisher names are often a slogan.
    named = [
        name
        for name in (
            _meta(tree, "og:site_name"),
            _json_ld_name(objects, "publisher"),
            _meta(tree, "application-name", "apple-mobile-web-app-title"),
        )
        if name and not _URL_LIKE.search(name)
    ]
    microdata = _microdata_name(tree, "publisher")
    site_names = [*named, microdata] if microdata else named
    url = _canonical(tree)
    hints = [h for h in (og_title, headline, _first_heading(tree)) if h]
    title, title_site = _split_title(og_title or headline or page_title, site_names, hints, url)
    if not title_site and page_title and page_title != title:
        _, title_site = _split_title(page_title, site_names, hints, url)
    outlet = (named[0] if named else "") or title_site or microdata
    author = _meta(tree, "author", "article:author", "dc.creator", "byl", "sailthru.author")
    if _URL_LIKE.search(author):
        author = ""
    if not author:
        author = _json_ld_person(objects)
    return {
        "title": title,
        "author": _plausible_author(author),
        "outlet": outlet,
        "url": url,
        "language": _declared_language(tree),
        "description": _meta(tree, "og:description", "description", "twitter:description"),
        "objects": objects,
    }


#: What sites put between a headline and their name: a spaced bar or dash («العنوان | البيان»,
#: «سبوتنيك عربي - العنوان»). A colon is not one: «الوزير: لا تراجع» is a headline.
_TITLE_SEPARATOR: Final = re.compile(r"\s+(?:[|\-\u2013\u2014\u0640\u00bb\u00ab·•]|::|//)\s+")
_SITE_KEY_DROP: Final = re.compile(r"[\W_\u0640\u064b-\u065f\u0670]+")
#: A site's name is short: more words than this at one end of a title is part of the headline.
_MAX_SITE_WORDS: Final = 6


def _site_key(text: str) -> str:
    """A name for comparison: case, hamza forms, ta marbuta, diacritics, spaces and punctuation ignored."""
    text = text.casefold().removeprefix("www.")
    text = text.translate(str.maketrans("أإآةى", "اااهي"))
    return _SITE_KEY_DROP.sub("", text)


def _is_site(part: str, sites: list[str]) -> bool:
    """Whether one end of a title is the site: equal to a name the page gives for itself (or its domain),
    or one containing the other («Assabah» / «Assabah News»)."""
    key = _site_key(part)
    if not key or len(part.split()) > _MAX_SITE_WORDS:
        return False
    for site in sites:
        other = _site_key(site)
        if other and (key == other or (min(len(key), len(other)) >= 4 and (key in other or other in key))):
            return True
    return False


def _split_title(title: str, sites: list[str], hints: list[str], url: str) -> tuple[str, str]:
    """``(headline, site)``: a page's title without the site's name, wherever it stands.

    «العنوان | البيان» and «سبوتنيك عربي - العنوان» are both common. When the page states its headline
    elsewhere (``hints``: og:title, JSON-LD headline, the first <h1>) and the title is that headline
    and something short on one side, that side is the site. Otherwise the ends that match a name the
    page gives itself (``sites``: og:site_name, the JSON-LD publisher, application-name) or its domain
    come off. When neither tells, the title stays whole: a headline may hold a spaced dash of its own.
    """
    title = _clean(title)
    if not _TITLE_SEPARATOR.search(title):
        return title, ""
    domain = re.sub(r"^https?://(?:www\.)?([^/:]+).*$", r"\1", url, flags=re.I) if url else ""
    names = [*sites, domain, domain.split(".")[0]] if domain else list(sites)
    keys = {_site_key(hint) for hint in hints if hint and hint != title}
    for separator in _TITLE_SEPARATOR.finditer(title):
        head, tail = title[: separator.start()].strip(), title[separator.end() :].strip()
        if _site_key(head) in keys and len(tail.split()) <= _MAX_SITE_WORDS:
            return head, _site_part(tail, names)
        if _site_key(tail) in keys and len(head.split()) <= _MAX_SITE_WORDS:
            return tail, _site_part(head, names)
    parts = _TITLE_SEPARATOR.split(title)
    separators = _TITLE_SEPARATOR.findall(title)
    removed: list[str] = []
    while len(parts) > 1 and _is_site(parts[-1], names):
        removed.insert(0, parts.pop())
        separators.pop()
    while len(parts) > 1 and _is_site(parts[0], names):
        removed.append(parts.pop(0))
        separators.pop(0)
    if not removed:
        return title, ""
    headline = "".join(p + s for p, s in zip(parts, [*separators, ""], strict=True)).strip()
    return headline, _site_part(" | ".join(removed), names)


def _site_part(side: str, names: list[str]) -> str:
    """The site's name in what a title holds beside the headline («الصباح | Assabah»): the piece that is
    a name the page gives itself, else the whole side."""
    for piece in _TITLE_SEPARATOR.split(side):
        if _is_site(piece, names):
            return piece.strip()
    return side.strip()


def _first_heading(tree: Any) -> str:
    for element in tree.xpath("//h1")[:3]:
        text = _clean(element.text_content())
        if text:
            return text
    return ""


def _microdata_name(tree: Any, prop: str) -> str:
    for element in tree.xpath(f"//*[@itemprop='{prop}']//*[@itemprop='name']"):
        value = _clean(element.get("content") or element.text_content())
        if value:
            return value
    return ""


def _json_ld_name(objects: list[dict[str, Any]], key: str) -> str:
    """The name of the first ``key`` entity (``publisher``), given as an object or a list of them."""
    for item in objects:
        value = item.get(key)
        for entity in value if isinstance(value, list) else [value]:
            if isinstance(entity, dict) and isinstance(entity.get("name"), str) and entity["name"].strip():
                return _clean(entity["name"])
    return ""


def _json_ld_text(objects: list[dict[str, Any]], key: str) -> str:
    for item in objects:
        if isinstance(item.get(key), str):
            return _clean(item[key])
    return ""


def _json_ld_person(objects: list[dict[str, Any]]) -> str:
    for item in objects:
        authors = item.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, str):
                return _clean(author)
            if (
                isinstance(author, dict)
                and author.get("@type") == "Person"
                and isinstance(author.get("name"), str)
            ):
                return _clean(author["name"])
    return ""


def _plausible_author(author: str) -> str:
    """An author only when it reads as names: no addresses, image names or handles, not too long."""
    if not author or len(author) > 100 or _URL_LIKE.search(author):
        return ""
    parts = [part.strip() for part in re.split(r"[;,]", author)]
    if any(not any(char.isalpha() for char in part) for part in parts):
        return ""
    return author


def _canonical(tree: Any) -> str:
    for element in tree.xpath("//link[@rel and @href]"):
        if "canonical" in element.get("rel", "").lower().split():
            url = _web_url(element.get("href"))
            if url:
                return url
    return _web_url(_meta(tree, "og:url", "twitter:url"))


def _web_url(value: object) -> str:
    """A web address, or "" for anything else (relative paths, file: and javascript: addresses)."""
    if not isinstance(value, str):
        return ""
    value = value.strip()
    return value if re.match(r"https?://[^\s/]+", value, re.I) and not re.search(r"\s", value) else ""


def _declared_language(tree: Any) -> str:
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    primary = lang.strip().split("-")[0].split("_")[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else ""


#: Languages written in the Arabic script: a page declaring one of them is not contradicted by Arabic letters.
_ARABIC_SCRIPT_LANGUAGES: Final = frozenset({"ar", "fa", "ur", "ps", "ku", "ckb", "sd", "ug", "prs", "bal"})


def _language(declared: str, body: str) -> str:
    """The article's language: the page's ``lang`` unless its text says otherwise.

    Templates often keep ``<html lang="en">`` around Arabic articles (and the reverse), so the text
    decides by the same Arabic share as any imported file (:func:`factdesk.importers._language`): an
    Arabic text is "ar" whatever the page declares (a declared Persian or Urdu stays: same script); a
    text that is not Arabic does not keep a declared "ar", and is left unknown ("") then.
    """
    if arabic_language(body) == "ar":
        return declared if declared in _ARABIC_SCRIPT_LANGUAGES else "ar"
    return "" if declared in _ARABIC_SCRIPT_LANGUAGES else declared


# --- the publication date -------------------------------------------------------------------------------

_ISO_DATE: Final = re.compile(r"^\s*((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
_RFC_2822: Final = re.compile(r"^\s*(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d\d:\d\d")
#: Published-time keys, in the order they are trusted (modified times are never a publication date).
_PUBLISHED_KEYS: Final = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "date",
    "sailthru.date",
    "parsely-pub-date",
)
#: Other timestamps of the page, read only for the publisher's UTC offset.
_OTHER_TIME_KEYS: Final = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "lastmod",
    "datecreated",
)
#: Marks of a site's own furniture around an article: its clock, menus, lists of other articles.
_CHROME: Final = re.compile(
    r"header|footer|nav|menu|sidebar|widget|clock|today|weather|ticker|breaking|related|prayer|"
    r"copyright|comment|newsletter|subscribe|cookie|(?<![a-z])ad(?:s|vert)?(?![a-z])",
    re.I,
)
#: Class names of an article's own parts («article-header», «post-footer», «entry-meta»).
_ARTICLE_PART: Final = re.compile(r"article|post|entry|story|news|content|single|details", re.I)
#: Class names of elements that show an article's author.
_AUTHOR_CLASS: Final = re.compile(r"author|byline|writer|reporter|kateb|katib|editor-name", re.I)
#: Class names of elements that show an article's date.
_DATE_CLASS: Final = re.compile(r"date|time|publish|posted|byline|article-?info|meta|تاريخ", re.I)
#: Words that make a shown date something else than the article's: last updated, modified.
_NOT_PUBLISHED: Final = re.compile(r"تحديث|محدث|عدل|تعديل|updated?|modified|edited", re.I)
#: URL patterns of a date: /2020/03/17/, /2013/world/8/3/, 2020-03-17 in a slug, /20200317/.
_URL_DATES: Final = (
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)[/_-](?P<m>\d{1,2})[/_-](?P<d>\d{1,2})(?![\d])"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)/[^/\d][^/]{0,40}/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/|$|[?#])"),
    re.compile(r"[/_-](?P<y>20\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?:[/_.-]|$|[?#])"),
)


def _iso_date(value: object) -> str:
    match = _ISO_DATE.match(value) if isinstance(value, str) else None
    return "-".join(match.groups()) if match else ""


def _timestamp(value: object) -> datetime.datetime | datetime.date | None:
    """An ISO 8601 date or time as written («2020-06-03T03:01+0400», «2020-03-16T22:30:00Z»), or an
    e-mail style one («Wed, 07 Oct 2020 01:00:00 +0200», as some feeds and CMSs write it)."""
    if not isinstance(value, str):
        return None
    if not _ISO_DATE.match(value):
        if not _RFC_2822.match(value):
            return None
        from email.utils import parsedate_to_datetime

        try:
            return parsedate_to_datetime(value.strip())
        except (TypeError, ValueError, IndexError):
            return None
    text = value.strip()
    if len(text) > 10 and text[10] in "T ":
        try:
            return datetime.datetime.fromisoformat(text.replace(" ", "T", 1))
        except ValueError:
            pass
    date = _iso_date(text)
    return datetime.date.fromisoformat(date) if date else None


def _offset(stamp: object) -> datetime.timedelta | None:
    return stamp.utcoffset() if isinstance(stamp, datetime.datetime) else None


def _day(stamp: datetime.datetime | datetime.date) -> datetime.date:
    return stamp.date() if isinstance(stamp, datetime.datetime) else stamp


def _structured_stamps(
    tree: Any, objects: list[dict[str, Any]], keys: tuple[str, ...], itemprop: str, json_key: str
) -> list[datetime.datetime | datetime.date]:
    values: list[object] = list(_meta_values(tree, keys))
    for element in tree.xpath("//*[@itemprop=$prop]", prop=itemprop):
        values.append(element.get("content") or element.get("datetime") or element.text_content())
    values.extend(item.get(json_key) for item in objects)
    if itemprop == "datePublished":
        for element in tree.xpath(
            "//*[@property='dc:date' or @property='dcterms:date' or @property='dc:created']"
        ):
            values.append(element.get("content") or element.get("datetime") or "")
    stamps = [_timestamp(value) for value in values]
    return [stamp for stamp in stamps if stamp is not None]


def publication_date(
    tree: Any,
    objects: list[dict[str, Any]],
    *,
    url: str | list[str],
    body: str,
    scope: Callable[[Any], bool] | None = None,
) -> str:
    """The day the article was published, as the publisher's own calendar gives it (ISO 8601), or "".

    In order of trust:

    1. structured metadata (Open Graph, schema.org microdata and JSON-LD, Dublin Core) in the
       publisher's local time: a time with its UTC offset, or a date written without one. A time in UTC
       («…T22:30:00Z») is turned into local time by the offset the page's other timestamps carry; without
       one, a local reading of the same moment (a time without an offset, the date shown on the page or
       in the address, within a day of it) gives the day; failing all that, the UTC day is kept;
    2. the date the page shows as the article's dateline, in Arabic words («الأربعاء، 07 أكتوبر 2020»,
       «7 تشرين الأول 2020», «8 فيفري 2019») or figures, outside the site's header, menus, clock and
       lists, and not labelled as an update;
    3. the date in the page's address (``/2020/03/17/``, ``/2013/world/8/3/``, ``…-2020-03-17-…``);
    4. htmldate's reading of the markup (no free-text search, which read a wrong year on a corpus
       page), once the site's header, menus, footer and what follows the article are taken out: on the
       whole page it reads a site's clock or a list of other articles.

    ``scope`` says where the article's own dateline can stand (:func:`_article_scope`).

    Nothing that is not the article's own is read: modified times, a site's clock or copyright year
    (a year alone is never a date).
    """
    published = _structured_stamps(tree, objects, _PUBLISHED_KEYS, "datePublished", "datePublished")
    urls = [url] if isinstance(url, str) else url
    url_date = next((d for d in (_url_date(u) for u in urls) if d), None)
    shown: datetime.date | None | Literal[False] = False  # computed once, when needed

    def visible() -> datetime.date | None:
        nonlocal shown
        if shown is False:
            shown = _shown_date(tree, body, scope or _article_scope(tree, body))
        return shown or None

    for stamp in published:
        if _offset(stamp):  # a non-zero offset: the publisher's own clock
            return _day(stamp).isoformat()
    utc = next((s for s in published if _offset(s) == datetime.timedelta(0)), None)
    naive_times = [s for s in published if isinstance(s, datetime.datetime) and s.tzinfo is None]
    if utc is not None:
        assert isinstance(utc, datetime.datetime)
        others = _structured_stamps(tree, objects, _OTHER_TIME_KEYS, "dateModified", "dateModified")
        offset = next((o for o in map(_offset, others) if o), None)
        offset = offset or next((o for o in map(_offset, _time_elements(tree)) if o), None)
        if offset is not None:
            return (utc + offset).date().isoformat()
        for naive in naive_times:
            if abs(naive - utc.replace(tzinfo=None)) <= datetime.timedelta(hours=14):
                return naive.date().isoformat()
        for local in (visible(), url_date):
            if local is not None and abs(local - utc.date()) <= datetime.timedelta(days=1):
                return local.isoformat()
        return utc.date().isoformat()
    if published:
        return _day(published[0]).isoformat()
    for found in (visible(), url_date):
        if found is not None:
            return found.isoformat()
    return _markup_guess(tree, scope or _article_scope(tree, body))


def _markup_guess(tree: Any, in_scope: Callable[[Any], bool]) -> str:
    """htmldate's reading of a copy of the page without the site's furniture and what follows the
    article (item 4 of :func:`publication_date`)."""
    from htmldate import find_date

    pruned = copy.deepcopy(tree)
    doomed = []
    for original, twin in zip(tree.iter(), pruned.iter(), strict=False):
        if not isinstance(original.tag, str) or original.tag in ("html", "head", "body"):
            continue
        if original.getparent() is not None and original.getparent().tag == "head":
            continue  # the page's own metadata stays
        if not in_scope(original) or (_looks_like_chrome(original) and _in_chrome(original)):
            doomed.append(twin)
    for twin in doomed:
        parent = twin.getparent()
        if parent is not None:
            parent.remove(twin)
    try:
        found = find_date(pruned, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # a guess that fails is no date
        return ""
    return _iso_date(found)


def _looks_like_chrome(element: Any) -> bool:
    """A quick test of the element itself before :func:`_in_chrome` looks at its ancestors."""
    if element.tag in ("nav", "header", "footer", "aside", "form", "select"):
        return True
    marks = f"{element.get('class', '')} {element.get('id', '')} {element.get('role', '')}"
    return bool(marks.strip()) and _CHROME.search(marks) is not None


def _time_elements(tree: Any) -> list[datetime.datetime | datetime.date]:
    stamps = [_timestamp(element.get("datetime")) for element in tree.xpath("//time[@datetime]")[:50]]
    return [stamp for stamp in stamps if stamp is not None]


def _url_date(url: str) -> datetime.date | None:
    """The date a page's address holds, if a whole one (year, month, day) and a plausible one."""
    if not url:
        return None
    from urllib.parse import unquote, urlsplit

    path = unquote(urlsplit(url).path)
    for pattern in _URL_DATES:
        for match in pattern.finditer(path):
            try:
                date = datetime.date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                continue
            if date <= datetime.date.today() + datetime.timedelta(days=2):
                return date
    return None


def _in_chrome(element: Any) -> bool:
    """Whether an element belongs to the site around the article: its header, menus, clock, lists of
    other articles, footer. A header or footer inside an ``<article>`` is the article's own (its date,
    its byline)."""
    chain = [element, *element.iterancestors()]
    article_above = [False] * len(chain)  # one pass from the top: is there an <article> above chain[i]?
    seen = False
    for index in range(len(chain) - 1, -1, -1):
        article_above[index] = seen
        seen = seen or chain[index].tag == "article"
    for index, node in enumerate(chain):
        in_article = article_above[index]
        if node.tag in ("nav", "aside", "form", "a", "select", "option"):
            return True
        if node.tag in ("header", "footer") and not in_article:
            return True
        if node.tag in ("article", "main", "body"):
            continue  # the article itself, whatever its classes say («node-not-promoted»)
        for token in f"{node.get('class', '')} {node.get('id', '')} {node.get('role', '')}".split():
            found = _CHROME.search(token)
            if found is None:
                continue
            if found.group().lower() in ("header", "footer") and (in_article or _ARTICLE_PART.search(token)):
                continue  # «article-header», «entry-footer»: the article's own
            return True
    return False


def _labelled_as_update(element: Any) -> bool:
    """Whether the words just before a date (in its element's parent) call it an update («آخر تحديث:»)."""
    parent = element.getparent()
    if parent is None:
        return False
    text, own = _clean(parent.text_content()), _clean(element.text_content())
    at = text.find(own) if own else -1
    return at > 0 and bool(_NOT_PUBLISHED.search(text[max(0, at - 30) : at]))


def _dated(text: str) -> datetime.date | None:
    """The date of a short text that is a dateline: the date and little else (a weekday, a time, «نشر في»)."""
    text = _clean(text)
    if not text or len(text) > 120 or _NOT_PUBLISHED.search(text):
        return None
    dates = find_dates(text, numeric=True)
    if not dates:
        return None
    rest = text[: dates[0].start] + " " + text[dates[0].end :]
    words = [w for w in rest.split() if any(c.isalpha() for c in w)]
    return dates[0].date if len(words) <= 6 else None


def _shown_date(tree: Any, body: str, in_scope: Callable[[Any], bool]) -> datetime.date | None:
    """The date the page shows as the article's dateline (item 2 of :func:`publication_date`).

    First the elements made to show it (``<time>``, or a class or id naming a date), then any short
    text of the page that is a date and little else, then the first lines of the article's text; only
    where the article's own dateline can stand (``in_scope``, :func:`_article_scope`).
    """
    for element in tree.xpath("//body//time")[:30]:
        if (element.get("itemprop") or "").lower() == "datemodified" or _in_chrome(element):
            continue
        if not in_scope(element):
            continue
        date = _dated(element.text_content())
        if date is not None and not _labelled_as_update(element):
            return date
    for element in tree.xpath("//body//*[@class or @id]")[:5000]:
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        if not _DATE_CLASS.search(marks) or _NOT_PUBLISHED.search(marks):
            continue
        if not in_scope(element) or _in_chrome(element):
            continue
        date = _dated(element.text_content())
        if date is not None and not _labelled_as_update(element):
            return date
    for node in tree.xpath("//body//text()[string-length(normalize-space(.)) > 7]")[:3000]:
        if len(node) > 150 or not any(ch.isdigit() for ch in node):
            continue
        owner = node.getparent()
        if owner is not None and node.is_tail:
            owner = owner.getparent()
        if owner is None or owner.tag in ("script", "style", "noscript", "title"):
            continue
        date = _dated(str(node))
        if date is not None and in_scope(owner) and not _in_chrome(owner) and not _labelled_as_update(owner):
            return date
    for line in body.split("\n")[:3]:
        date = _dated(line)
        if date is not None:
            return date
    return None


def _lead(tree: Any, body: str, description: str) -> str:
    """The page's lead paragraph when the extractor left it out.

    News pages often show the summary they give as their description (``og:description``) as a lead
    above the body, in an element of its own that extractors skip. Such an element is taken when its
    text starts like the description and is not already in the body. The search goes through the
    page's text nodes once, so a page of deeply nested elements costs no more than a flat one.
    """
    wanted = _clean(description).rstrip(".… ")
    if len(wanted) < 40 or wanted[:60] in _clean(body):
        return ""
    probe = wanted[:30]
    for node in tree.xpath("//body//text()[starts-with(normalize-space(.), $probe)]", probe=probe)[:20]:
        owner = node.getparent()
        if owner is not None and node.is_tail:
            owner = owner.getparent()
        if owner is None or _in_boilerplate(owner):
            continue
        text = _clean(owner.text_content())
        if text.startswith(wanted[:60]) and len(text) <= 2000:
            return text
    return ""


def _in_boilerplate(element: Any) -> bool:
    for ancestor in element.iterancestors():
        if ancestor.tag in ("nav", "header", "footer", "aside", "form"):
            return True
    return False


def _article_scope(tree: Any, body: str, title: str = "") -> Callable[[Any], bool]:
    """Where an article's own dateline and byline can stand: before its first paragraph (headline,
    byline, date above the body), or anywhere inside the ``<article>`` element that holds it (a date in
    its footer). Lists of other articles after it, with their own dates and bylines, are outside.

    The first paragraph is found by its opening words; when it cannot be, everything is in scope.
    """
    first = None
    skip = {_clean(title)} if title else set()
    for line in body.split("\n")[:8]:
        line = _clean(line)
        if len(line) < 40 or line in skip or bylines.parse_byline(line):
            continue
        probe = line[:30]
        nodes = tree.xpath(
            "//body//text()[starts-with(normalize-space(translate(., '\u00a0', ' ')), $probe)]", probe=probe
        )
        for node in nodes[:3]:
            owner = node.getparent()
            if owner is not None and node.is_tail:
                owner = owner.getparent()
            if owner is not None and owner.tag not in ("title", "script", "style"):
                first = owner
                break
        if first is not None:
            break
    if first is None:
        return lambda element: True
    article = next((a for a in first.iterancestors() if a.tag == "article"), None)
    before: set[Any] = set()

    def in_scope(element: Any) -> bool:
        if not before:  # what stands before the first paragraph, found the first time it is asked
            for node in tree.iter():
                if node is first:
                    break
                before.add(node)
        if element in before:
            return True
        return article is not None and (
            element is article or any(a is article for a in element.iterancestors())
        )

    return in_scope


def _markup_byline(tree: Any, in_scope: Callable[[Any], bool]) -> bylines.Byline | None:
    """A byline the page shows outside the extracted text, where the article's byline can stand
    (``in_scope``), not in the site's menus: a line of its own opening with «كتب:», «بقلم» …, or, in an
    element whose class says it holds the author, also «كتب محمد أحمد» without a colon."""
    markers = [m for m in bylines.MARKERS if " " not in m]
    condition = " or ".join(f"starts-with(normalize-space(.), '{m}')" for m in markers)
    for node in tree.xpath(f"//body//text()[{condition}]")[:20]:
        owner = node.getparent()
        if owner is not None and node.is_tail:
            owner = owner.getparent()
        if owner is None or owner.tag in ("script", "style", "noscript", "title"):
            continue
        if not in_scope(owner) or _in_chrome(owner):
            continue
        bare = any(
            _AUTHOR_CLASS.search(f"{e.get('class', '')} {e.get('id', '')}")
            for e in (owner, *list(owner.iterancestors())[:2])
        )
        found = bylines.parse_byline(owner.text_content(), bare=bare) or bylines.parse_byline(
            str(node), bare=bare
        )
        if found is not None:
            return found
    return None
