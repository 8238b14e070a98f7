"""Documents written by the tests themselves: PDF by hand, Word and OpenDocument through their libraries.

Nothing here copies third-party text: callers pass their own words. The PDF writer is deliberately
small: a Type0 font with Identity-H encoding whose character ids are the Unicode code points, and a
ToUnicode CMap that says so; every glyph is as wide as the next (marks take no room), and a line's glyphs stand left to
right as they are seen (a line of Arabic is put in visual order first, as every writer does). No font program is embedded; text extractors only need the CMap. That is
enough to reproduce what real Arabic PDFs do to text: presentation forms, lines stored in visual order,
hyphenated words, pages with no text layer at all.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PdfLine:
    """One line of a page: ``text`` drawn at (x, y) as one string, in the order given."""

    text: str
    y: float
    x: float = 72.0
    size: float = 12.0
    #: the line belongs to a right-to-left paragraph even without Arabic on it (a wrapped «0 1990/1/1»);
    #: by default a line is right to left when it holds Arabic letters
    rtl: bool = False


def _hex(text: str) -> str:
    return "".join(f"{ord(ch):04X}" for ch in text)


def _to_unicode_cmap(chars: set[str]) -> bytes:
    entries = sorted(ord(c) for c in chars)
    blocks = [entries[i : i + 100] for i in range(0, len(entries), 100)]
    body = []
    for block in blocks:
        body.append(f"{len(block)} beginbfchar")
        body.extend(f"<{cp:04X}> <{cp:04X}>" for cp in block)
        body.append("endbfchar")
    text = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + "\n".join(body)
        + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    )
    return text.encode("ascii")


def _mark_widths(chars: set[str]) -> str:
    """Marks (vowel signs, shadda) take no room, as in every Arabic font: they sit on their letter."""
    marks = sorted(ord(char) for char in chars if unicodedata.category(char) == "Mn")
    return f"/W [{' '.join(f'{code} [0]' for code in marks)}] " if marks else ""


def make_pdf(
    pages: Sequence[Sequence[PdfLine]],
    *,
    title: str = "",
    author: str = "",
    created: str = "",
    image_only: bool = False,
    compress: bool = True,
    raw_content: bytes = b"",
    lang: str = "",
) -> bytes:
    """A PDF whose pages hold ``pages``' lines (or, with ``image_only``, a grey image and no text; with
    ``raw_content``, that content stream on every page)."""
    chars = {ch for page in pages for line in page for ch in _as_shown(line.text, line.rtl)} | {" "}
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: str = "") -> bytes:
        if compress:
            data = zlib.compress(data)
            extra += " /Filter /FlateDecode"
        return f"<< /Length {len(data)}{extra} >>\nstream\n".encode() + data + b"\nendstream"

    catalog = add(b"")  # filled in below
    pages_obj = add(b"")
    cmap = add(stream(_to_unicode_cmap(chars)))
    descriptor = add(
        b"<< /Type /FontDescriptor /FontName /FactDeskTest /Flags 4 /FontBBox [0 -200 1000 800] "
        b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>"
    )
    descendant = add(
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /FactDeskTest "
        f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        f"/FontDescriptor {descriptor} 0 R /DW 500 {_mark_widths(chars)}/CIDToGIDMap /Identity >>".encode()
    )
    font = add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /FactDeskTest /Encoding /Identity-H "
        f"/DescendantFonts [{descendant} 0 R] /ToUnicode {cmap} 0 R >>".encode()
    )
    image = 0
    if image_only:
        pixels = bytes([128]) * (16 * 16)
        image = add(
            stream(
                pixels,
                " /Type /XObject /Subtype /Image /Width 16 /Height 16 "
                "/ColorSpace /DeviceGray /BitsPerComponent 8",
            )
        )
    kids = []
    for page in pages:
        if image_only:
            content = b"q 400 0 0 400 100 300 cm /Im1 Do Q"
            resources = f"<< /XObject << /Im1 {image} 0 R >> >>"
        else:
            ops = []
            for line in page:
                shown = _as_shown(line.text, line.rtl)
                ops.append(f"BT /F1 {line.size:g} Tf 1 0 0 1 {line.x:g} {line.y:g} Tm <{_hex(shown)}> Tj ET")
            content = raw_content or "\n".join(ops).encode("ascii")
            resources = f"<< /Font << /F1 {font} 0 R >> >>"
        contents = add(stream(content))
        kids.append(
            add(
                f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 612 792] "
                f"/Resources {resources} /Contents {contents} 0 R >>".encode()
            )
        )
    objects[pages_obj - 1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    )
    language = f" /Lang ({lang})" if lang else ""
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R{language} >>".encode()
    info = 0
    if title or author or created:
        fields = []
        if title:
            fields.append(f"/Title <FEFF{_hex(title)}>")
        if author:
            fields.append(f"/Author <FEFF{_hex(author)}>")
        if created:
            fields.append(f"/CreationDate ({created})")
        info = add(f"<< {' '.join(fields)} >>".encode())

    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    trailer = f"<< /Size {len(objects) + 1} /Root {catalog} 0 R"
    if info:
        trailer += f" /Info {info} 0 R"
    out.write(f"trailer\n{trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _as_shown(text: str, rtl: bool = False) -> str:
    """The glyphs of ``text`` left to right as a reader sees them: a line in reading order that holds
    Arabic letters is put in visual order (python-bidi), as every writer places its glyphs; a line of
    presentation forms (made by :func:`visual`) or without Arabic is drawn as it is."""
    from bidi import get_display

    if (rtl or any("\u0621" <= char <= "\u064a" for char in text)) and not any(
        "\ufb50" <= char <= "\ufefc" for char in text
    ):
        return get_display(text, base_dir="R")
    return text


def visual(line: str, *, shaped: bool = True) -> str:
    """``line`` as a PDF made by a typesetter that stores glyphs left to right: shaped, visual order."""
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(line) if shaped else line)


def make_docx(
    paragraphs: Sequence[str],
    *,
    rtl: bool = True,
    title: str = "",
    author: str = "",
    created: object = None,
    footnote: str = "",
) -> bytes:
    """A Word document of ``paragraphs`` (right-to-left with ``w:bidi`` when ``rtl``), made by python-docx.

    With ``footnote``, the first paragraph gets a footnote reference and word/footnotes.xml holds its
    text (python-docx cannot write footnotes, so that part is added to the package by hand).
    """
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    for text in paragraphs:
        paragraph = document.add_paragraph(text)
        if rtl:
            ppr = paragraph._p.get_or_add_pPr()
            bidi = OxmlElement("w:bidi")
            ppr.insert(0, bidi)
            for run in paragraph.runs:
                rpr = run._r.get_or_add_rPr()
                rpr.append(OxmlElement("w:rtl"))
    if footnote:
        run = document.paragraphs[0].add_run()
        reference = OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), "1")
        run._r.append(reference)
    props = document.core_properties
    props.title = title
    props.author = author
    if created is not None:
        props.created = created
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    if footnote:
        data = _add_footnotes(data, footnote)
    return data


_FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote>"
    '<w:footnote w:id="1"><w:p><w:pPr><w:bidi/></w:pPr><w:r><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)


def _add_footnotes(data: bytes, text: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                body = body.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            elif item.filename == "word/_rels/document.xml.rels":
                body = body.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
                )
            target.writestr(item, body)
        target.writestr("word/footnotes.xml", _FOOTNOTES_XML.format(text=text).encode("utf-8"))
    return out.getvalue()


def replace_in_zip(data: bytes, name: str, body: bytes, *, compresslevel: int = 9) -> bytes:
    """A copy of the zip ``data`` with member ``name`` replaced by ``body``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as target:
        for item in source.infolist():
            if item.filename != name:
                target.writestr(item.filename, source.read(item.filename))
        target.writestr(name, body)
    return out.getvalue()


_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
)


def make_odt(body_xml: str, *, meta_xml: str = "", extra: dict[str, bytes] | None = None) -> bytes:
    """An OpenDocument text whose ``office:text`` holds ``body_xml`` (ODF markup written by the test),
    packaged as LibreOffice does: ``mimetype`` first and stored, then the manifest and the parts."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODT_NS}>'
        f"<office:body><office:text>{body_xml}</office:text></office:body></office:document-content>"
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {_ODT_NS}>'
        f"<office:meta>{meta_xml}</office:meta></office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), b"application/vnd.oasis.opendocument.text")
        for member, data in (
            ("META-INF/manifest.xml", manifest.encode()),
            ("content.xml", content.encode()),
            ("meta.xml", meta.encode()),
            *(extra or {}).items(),
        ):
            archive.writestr(member, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
