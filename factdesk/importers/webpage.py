"""Saved web pages (.html, .htm, .xhtml) and web archives (.mhtml): the article, not the site around it.

A page saved from a news site holds the article inside navigation, menus, share buttons, ads, comment
forms and lists of other articles. trafilatura finds the article's body; its title, author, date, site
name and address come from the page's own metadata (Open Graph, schema.org, Dublin Core, JSON-LD), with
trafilatura's readings as the fallback (its date is htmldate's, from the markup only).

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
import html as html_entities
import json
import re
from typing import Any, Final

from factdesk.importers import news
from factdesk.importers.errors import DAMAGED, EMPTY, ImportRefused
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

_DATE: Final = re.compile(r"^\s*((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
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
) -> Extracted:
    """The article of a saved web page: its body text and metadata (see the module's description)."""
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

    meta = _metadata(tree)
    body, extractor_meta = _extract(tree, name)
    if not meta["title"]:
        meta["title"] = _clean(extractor_meta.get("title"))
    if not meta["author"]:
        meta["author"] = _plausible_author(_clean(extractor_meta.get("author")))
    if not meta["outlet"]:
        meta["outlet"] = _clean(extractor_meta.get("sitename"))
    if not meta["url"]:
        meta["url"] = _web_url(extractor_meta.get("url"))
    if not meta["published"]:
        meta["published"] = _iso_date(extractor_meta.get("date"))

    lead = _lead(tree, body, meta["description"])
    if lead:
        body = lead + "\n" + body
        warnings.append("the lead paragraph shown above the article body was added to it")
    body, entities = _decode_leftover_entities(body)
    if entities:
        warnings.append(f"{entities} HTML entities left in the text by the site were decoded")

    place = ""
    dateline = news.split_dateline(meta["author"]) if meta["author"] else None
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
        published=meta["published"],
        outlet=meta["outlet"],
        url=meta["url"],
        language=meta["language"],
        warnings=warnings,
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
    except Exception as error:  # noqa: BLE001 - the email package raises many kinds on broken input
        raise damaged(name, "a web archive", str(error)) from None
    if not isinstance(payload, bytes) or not payload.strip():
        raise ImportRefused(EMPTY, f"{label(name)} is empty: its web page holds no text to import.")
    result = read_html(payload, name=name, encoding=encoding, declared=charset, fmt="mhtml")
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


def _extract(tree: Any, name: str) -> tuple[str, dict[str, Any]]:
    """The article body (trafilatura; its baseline when the main algorithm finds nothing) and trafilatura's
    own metadata guesses."""
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            copy.deepcopy(tree),
            url=None,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=False,
            deduplicate=False,
            # htmldate, through trafilatura: the page's markup only, never guesses from its free text.
            date_extraction_params={"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"},
        )
    except Exception as error:  # noqa: BLE001 - an extractor failure on a hostile page is a refusal
        raise damaged(name, "a web page", f"the article could not be extracted: {error}") from None
    found: dict[str, Any] = {}
    text = ""
    if document is not None:
        found = document.as_dict() if hasattr(document, "as_dict") else dict(document)
        text = found.get("text") or ""
    if not text.strip():
        try:
            _, text, _ = trafilatura.baseline(copy.deepcopy(tree))
        except Exception:  # noqa: BLE001 - the fallback failing means there is no text
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
    """The first non-empty ``<meta>`` content whose name, property or itemprop is one of ``keys``."""
    for key in keys:
        for attribute in ("property", "name", "itemprop"):
            for element in tree.xpath(f"//meta[translate(@{attribute}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                                      f"'abcdefghijklmnopqrstuvwxyz')=$key]", key=key.lower()):
                value = _clean(element.get("content"))
                if value:
                    return value
    return ""


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


def _metadata(tree: Any) -> dict[str, str]:
    objects = _json_ld(tree)
    og_title = _meta(tree, "og:title", "twitter:title")
    page_title = _clean(tree.findtext(".//title"))
    outlet = _meta(tree, "og:site_name", "application-name") or _title_suffix(page_title, og_title)
    if not outlet:
        outlet = _microdata_name(tree, "publisher") or _json_ld_name(objects, "publisher")
    title = og_title or _json_ld_text(objects, "headline") or _strip_suffix(page_title, outlet)
    author = _meta(tree, "author", "article:author", "dc.creator", "byl", "sailthru.author")
    if _URL_LIKE.search(author):
        author = ""
    if not author:
        author = _json_ld_person(objects)
    return {
        "title": title,
        "author": _plausible_author(author),
        "outlet": outlet,
        "url": _canonical(tree),
        "published": _structured_date(tree, objects),
        "language": _language(tree),
        "description": _meta(tree, "og:description", "description", "twitter:description"),
    }


def _title_suffix(page_title: str, og_title: str) -> str:
    """«Headline - Sputnik Arabic» -> «Sputnik Arabic», when the headline is known from og:title."""
    for separator in (" - ", " | ", " – ", " — "):
        if separator in page_title:
            head, _, tail = page_title.rpartition(separator)
            if og_title and _clean(head).startswith(og_title[:20]) and 0 < len(tail.split()) <= 5:
                return tail.strip()
    return ""


def _strip_suffix(page_title: str, outlet: str) -> str:
    for separator in (" - ", " | ", " – ", " — "):
        if outlet and page_title.endswith(separator + outlet):
            return page_title[: -len(separator + outlet)].strip()
    return page_title


def _microdata_name(tree: Any, prop: str) -> str:
    for element in tree.xpath(f"//*[@itemprop='{prop}']//*[@itemprop='name']"):
        value = _clean(element.get("content") or element.text_content())
        if value:
            return value
    return ""


def _json_ld_name(objects: list[dict[str, Any]], key: str) -> str:
    for item in objects:
        value = item.get(key)
        if isinstance(value, dict) and isinstance(value.get("name"), str):
            return _clean(value["name"])
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
            if isinstance(author, dict) and author.get("@type") == "Person" and isinstance(author.get("name"), str):
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


def _language(tree: Any) -> str:
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    primary = lang.strip().split("-")[0].split("_")[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else ""


def _iso_date(value: object) -> str:
    match = _DATE.match(value) if isinstance(value, str) else None
    return "-".join(match.groups()) if match else ""


def _structured_date(tree: Any, objects: list[dict[str, Any]]) -> str:
    """The publication date the page states in metadata: Open Graph, schema.org (microdata and JSON-LD),
    Dublin Core, in that order. The date is kept as the publisher wrote it (its own time zone)."""
    candidates = [
        _meta(tree, "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
              "dc.date.issued", "dcterms.issued", "dc.date", "date"),
    ]
    for element in tree.xpath("//*[@itemprop='datePublished']"):
        candidates.append(element.get("content") or element.get("datetime") or element.text_content())
    candidates.extend(item.get("datePublished") for item in objects)
    for element in tree.xpath("//*[@property='dc:date' or @property='dcterms:date' or @property='dc:created']"):
        candidates.append(element.get("content") or element.get("datetime") or "")
    for candidate in candidates:
        date = _iso_date(candidate)
        if date:
            return date
    return ""


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
