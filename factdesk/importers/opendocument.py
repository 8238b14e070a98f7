"""OpenDocument texts (.odt, as LibreOffice saves them): headings, paragraphs, lists, tables, notes.

The text lives in ``content.xml`` and the title, author and dates in ``meta.xml``; both are parsed with
defusedxml after :func:`factdesk.importers.safety.check_zip` has unpacked the archive once with a cap.
odfpy was considered and left out: on a malformed part it prints the whole part to standard output and
carries on with the text missing, which would garble the command line's JSON and import half an
article. ODF's text model is small enough to read directly:

* ``text:h`` and ``text:p`` are lines, in order, also inside lists, sections and table cells (a table row
  is one line, its cells separated by tabs); a heading that opens the document is followed by a blank
  line, which makes it the title line for the news conventions;
* inside a paragraph, ``text:s`` is that many spaces, ``text:tab`` a tab, ``text:line-break`` a line
  break, and other white space collapses to one space, as the format says;
* a note (``text:note``) becomes «[1]» where it stands and its text goes to the end as «[1] ...»;
  comments (``office:annotation``), tracked deletions, drawings and generated indexes are not text of
  the article and are left out.
"""

from __future__ import annotations

import re
from typing import Any, Final

from factdesk.importers.errors import EMPTY, ENCRYPTED, UNSUPPORTED, ImportRefused
from factdesk.importers.extracted import Extracted
from factdesk.importers.plaintext import label, normalise_text
from factdesk.importers.safety import TextBudget, check_zip, damaged, parse_xml

_TEXT: Final = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE: Final = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE: Final = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_META: Final = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_DC: Final = "{http://purl.org/dc/elements/1.1/}"
_KIND: Final = "an OpenDocument text"

#: Containers whose content is not the article's own text.
_SKIP: Final = frozenset(
    {
        _TEXT + "tracked-changes",
        _TEXT + "sequence-decls",
        _TEXT + "variable-decls",
        _TEXT + "user-field-decls",
        _TEXT + "table-of-content",
        _TEXT + "alphabetical-index",
        _TEXT + "illustration-index",
        _TEXT + "bibliography",
        _OFFICE + "forms",
        _OFFICE + "annotation",
        _OFFICE + "annotation-end",
        _TABLE + "table-header-columns",
        _TABLE + "table-columns",
        _TABLE + "table-column",
    }
)
_SPACE: Final = re.compile(r"[ \t\r\n]+")


def read_odt(data: bytes, *, name: str) -> Extracted:
    """The text and metadata of an OpenDocument text, or a refusal in plain words."""
    checked = check_zip(data, name, _KIND)
    if "mimetype" in checked.names:
        mimetype = checked.read("mimetype").strip()
        if not mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
            raise ImportRefused(UNSUPPORTED, f"{label(name)} is an OpenDocument file, but not a text.")
    if "META-INF/manifest.xml" in checked.names and b"encryption-data" in checked.read(
        "META-INF/manifest.xml"
    ):
        raise ImportRefused(
            ENCRYPTED,
            f"{label(name)} is protected with a password: open it in LibreOffice, "
            "remove the password and save it again.",
        )
    if "content.xml" not in checked.names:
        raise damaged(name, _KIND, "it has no content.xml")
    content = parse_xml(checked.read("content.xml"), name, _KIND, "content.xml")
    body = content.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise ImportRefused(UNSUPPORTED, f"{label(name)} is an OpenDocument file, but not a text.")
    notes: list[str] = []
    lines: list[str] = []
    try:
        _blocks(body, lines, notes, TextBudget(name))
    except RecursionError:
        raise damaged(name, _KIND, "its structure is nested too deeply") from None
    text = normalise_text("\n".join(lines))
    if notes:
        cited = "\n".join(f"[{number}] {note}" for number, note in enumerate(notes, start=1))
        text = f"{text}\n\n{cited}" if text else cited
    if not text.strip():
        raise ImportRefused(EMPTY, f"{label(name)} is empty: the document holds no text to import.")

    meta: dict[str, str] = {}
    if "meta.xml" in checked.names:
        root = parse_xml(checked.read("meta.xml"), name, _KIND, "meta.xml")
        for key, tag in (
            ("title", _DC + "title"),
            ("creator", _DC + "creator"),
            ("initial", _META + "initial-creator"),
            ("created", _META + "creation-date"),
            ("language", _DC + "language"),
        ):
            element = root.find(f".//{tag}")
            if element is not None and element.text:
                meta[key] = " ".join(element.text.split())
    created = meta.get("created", "")
    return Extracted(
        text=text,
        format="odt",
        encoding="utf-8",
        title=meta.get("title", ""),
        author=meta.get("initial") or meta.get("creator", ""),
        published=created[:10] if re.match(r"\d{4}-\d\d-\d\d", created) else "",
        language=meta.get("language", "").split("-")[0].lower(),
    )


def _blocks(element: Any, lines: list[str], notes: list[str], budget: TextBudget) -> None:
    for child in element:
        tag = child.tag
        if tag in _SKIP or not isinstance(tag, str):
            continue
        if tag in (_TEXT + "p", _TEXT + "h"):
            text = _inline(child, notes, budget)
            if tag == _TEXT + "h" and text.strip() and not any(line.strip() for line in lines):
                lines.extend((text, ""))  # a heading that opens the document is its title line
            else:
                lines.append(text)
        elif tag == _TABLE + "table-row":
            cells = []
            for cell in child:
                if cell.tag == _TABLE + "table-cell":
                    parts: list[str] = []
                    _blocks(cell, parts, notes, budget)
                    cells.append(" ".join(part for part in parts if part))
            if any(cells):
                lines.append("\t".join(cells).rstrip("\t"))
        elif tag.startswith("{urn:oasis:names:tc:opendocument:xmlns:drawing"):
            continue
        else:
            _blocks(child, lines, notes, budget)


def _inline(paragraph: Any, notes: list[str], budget: TextBudget) -> str:
    out: list[str] = []
    _collect(paragraph, out, notes, budget)
    return "".join(out).strip(" ")


def _collect(element: Any, out: list[str], notes: list[str], budget: TextBudget) -> None:
    if element.text:
        budget.spend(len(element.text))
        out.append(_SPACE.sub(" ", element.text))
    for child in element:
        tag = child.tag
        if tag == _TEXT + "s":
            count = child.get(_TEXT + "c", "1")
            spaces = min(int(count) if count.isdigit() else 1, 1000)
            budget.spend(spaces)
            out.append(" " * spaces)
        elif tag == _TEXT + "tab":
            out.append("\t")
        elif tag == _TEXT + "line-break":
            out.append("\n")
        elif tag == _TEXT + "note":
            note_body = child.find(_TEXT + "note-body")
            if note_body is not None:
                parts: list[str] = []
                _blocks(note_body, parts, [], budget)
                text = " ".join(" ".join(part.split()) for part in parts if part.strip())
                if text:
                    notes.append(text)
                    out.append(f"[{len(notes)}]")
        elif (
            tag in _SKIP
            or not isinstance(tag, str)
            or tag.startswith("{urn:oasis:names:tc:opendocument:xmlns:drawing")
        ):
            pass
        else:
            _collect(child, out, notes, budget)
        if child.tail:
            budget.spend(len(child.tail))
            out.append(_SPACE.sub(" ", child.tail))
