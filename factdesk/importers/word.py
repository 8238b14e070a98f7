"""Word documents (.docx): paragraphs in order, tables row by row, footnotes at the end, core properties.

python-docx reads the package (paragraphs and tables in document order, the core properties). The text
of each paragraph is collected here from its XML so that nothing a reader sees is lost and nothing they
do not see is added: runs inside hyperlinks, fields and content controls count; tracked deletions,
moved-from text, field codes and the fallback copies of text boxes do not; a footnote reference
becomes «[1]» where it stands and the footnote's text is put at the end as «[1] ...». Right-to-left
paragraphs (``w:bidi``) need nothing special: Word stores their text in reading order, and each
paragraph stays a line of its own. A title or heading that opens the document is followed by a blank
line, which makes it the title line for the news conventions.

Before python-docx sees the file, :func:`factdesk.importers.safety.check_zip` has unpacked every member
once with a cap (zip bombs) and refused XML parts that declare a document type (entity bombs);
python-docx's own parser does not resolve entities either. The footnotes part is parsed with defusedxml.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any, Final

from factdesk.importers.errors import EMPTY, ENCRYPTED, UNSUPPORTED, ImportRefused
from factdesk.importers.extracted import Extracted
from factdesk.importers.plaintext import label, normalise_text
from factdesk.importers.safety import TextBudget, check_zip, damaged, parse_xml

_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC: Final = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
#: Elements whose content a reader does not see as text of the paragraph.
_SKIP: Final = frozenset(
    {
        _W + "del",  # tracked deletion
        _W + "moveFrom",  # tracked move: the old place
        _W + "instrText",  # field code
        _W + "delInstrText",
        _MC + "Fallback",  # the copy of a text box for old readers (the Choice is read)
        _W + "rPr",
        _W + "pPr",
    }
)
_KIND: Final = "a Word document"


def read_docx(data: bytes, *, name: str) -> Extracted:
    """The text and metadata of a Word document, or a refusal in plain words."""
    checked = check_zip(data, name, _KIND)
    if "EncryptedPackage" in checked.names:
        raise ImportRefused(
            ENCRYPTED,
            f"{label(name)} is protected with a password: open it in Word, "
            "remove the password and save it again.",
        )
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except PackageNotFoundError as error:
        raise damaged(name, _KIND, str(error)) from None
    except ValueError as error:
        if "not a Word file" in str(error):
            raise ImportRefused(UNSUPPORTED, f"{label(name)} is not a Word document ({error}).") from None
        raise damaged(name, _KIND, str(error)) from None
    except Exception as error:  # python-docx and lxml raise many kinds on broken input
        raise damaged(name, _KIND, str(error)) from None

    try:
        budget = TextBudget(name)
        notes = _Notes(
            _notes_part(document, name, "footnotes", budget),
            _notes_part(document, name, "endnotes", budget),
            budget,
        )
        lines: list[str] = []
        started = False  # has any text come yet?
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(_table_lines(block, notes, budget))
            else:
                lines.append(_paragraph_text(block._p, notes, budget))
                if not started and lines[-1].strip() and _is_heading(block):
                    lines.append("")  # a title or heading that opens the document is its title line
            started = started or any(line.strip() for line in lines[-2:])
        properties = document.core_properties
        title, author, created, language = (
            properties.title or "",
            properties.author or "",
            properties.created,
            properties.language or "",
        )
    except ImportRefused:
        raise
    except Exception as error:  # a malformed part surfaces while reading it
        raise damaged(name, _KIND, str(error)) from None

    body = normalise_text("\n".join(lines))
    cited = notes.cited_text()
    if cited:
        body = f"{body}\n\n{cited}" if body else cited
    if not body.strip():
        raise ImportRefused(EMPTY, f"{label(name)} is empty: the document holds no text to import.")
    return Extracted(
        text=body,
        format="docx",
        encoding="utf-8",
        title=" ".join(title.split()),
        author=" ".join(author.split()),
        published=_iso(created),
        language=language.split("-")[0].lower() if language else "",
    )


def _is_heading(paragraph: Any) -> bool:
    try:
        style = paragraph.style
    except Exception:  # a missing style is no heading
        return False
    names = {getattr(style, "name", "") or "", getattr(style, "style_id", "") or ""}
    return any(name == "Title" or name.startswith(("Heading", "heading")) for name in names)


def _iso(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    return ""


class _Notes:
    """Footnotes and endnotes by id, numbered in the order the text cites them."""

    def __init__(self, footnotes: dict[str, str], endnotes: dict[str, str], budget: TextBudget) -> None:
        self.sources = {"footnote": footnotes, "endnote": endnotes}
        self.cited: list[str] = []
        self._budget = budget

    def cite(self, kind: str, note_id: str) -> str:
        text = self.sources[kind].get(note_id)
        if text is None:
            return ""
        # each citation repeats the note's whole text at the end: one note cited a million times is a bomb
        self._budget.spend(len(text))
        self.cited.append(text)
        return f"[{len(self.cited)}]"

    def cited_text(self) -> str:
        return "\n".join(f"[{number}] {text}" for number, text in enumerate(self.cited, start=1))


def _notes_part(document: Any, name: str, kind: str, budget: TextBudget) -> dict[str, str]:
    """The notes of one kind (``footnotes`` or ``endnotes``) as {id: text}; separators left out."""
    for rel in document.part.rels.values():
        if rel.is_external or not rel.reltype.endswith("/" + kind):
            continue
        root = parse_xml(rel.target_part.blob, name, _KIND, f"word/{kind}.xml")
        notes: dict[str, str] = {}
        tag = _W + kind[:-1]
        for note in root.iter(tag):
            if note.get(_W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            paragraphs = [_paragraph_text(p, None, budget) for p in note.iter(_W + "p")]
            text = " ".join(" ".join(p.split()) for p in paragraphs if p.strip())
            if text:
                notes[note.get(_W + "id", "")] = text
        return notes
    return {}


def _paragraph_text(paragraph: Any, notes: _Notes | None, budget: TextBudget) -> str:
    """What a reader sees of one ``w:p``: its text, tabs, line breaks and note references."""
    out: list[str] = []
    _walk(paragraph, out, notes, top=paragraph)
    text = "".join(out)
    budget.spend(len(text))
    return text


def _walk(element: Any, out: list[str], notes: _Notes | None, *, top: Any) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _W + "p" and child is not top:
            # A paragraph inside a text box: its own line.
            out.append("\n")
            _walk(child, out, notes, top=child)
            continue
        if tag == _W + "t":
            out.append(child.text or "")
        elif tag == _W + "tab" and element.tag != _W + "tabs":
            out.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            out.append("\n")
        elif tag == _W + "noBreakHyphen":
            out.append("-")
        elif tag in (_W + "footnoteReference", _W + "endnoteReference"):
            if notes is not None:
                kind = "footnote" if tag == _W + "footnoteReference" else "endnote"
                out.append(notes.cite(kind, child.get(_W + "id", "")))
        else:
            _walk(child, out, notes, top=top)


def _table_lines(table: Any, notes: _Notes, budget: TextBudget) -> list[str]:
    """A table as one line per row, its cells separated by tabs (merged cells once)."""
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            texts = [_paragraph_text(p._p, notes, budget) for p in cell.paragraphs]
            cells.append(" ".join(" ".join(t.split()) for t in texts if t.strip()))
        if any(cells):
            lines.append("\t".join(cells))
    return lines
