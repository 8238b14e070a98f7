"""Which importer reads a file: its first bytes first, its name's extension second.

The content decides whenever it can: a PNG named ``.html`` is an image, a PDF named ``.txt`` is a PDF.
The extension decides between the text formats that the first bytes cannot tell apart (a page saved
as ``.html`` with its markup, against a ``.txt`` that happens to start with ``<``), and it turns a
misnamed document into a clear refusal rather than a page of noise.
"""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass
from typing import Final

from factdesk.importers.errors import BINARY, DAMAGED, UNSUPPORTED, ImportRefused
from factdesk.importers.plaintext import label

#: Every format an importer reads.
FORMATS: Final = ("text", "html", "mhtml", "docx", "odt", "pdf")

_EXTENSIONS: Final = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".mht": "mhtml",
    ".mhtml": "mhtml",
    ".docx": "docx",
    ".odt": "odt",
    ".pdf": "pdf",
}

#: First bytes of files that are not articles, and what to call them.
_NOT_ARTICLES: Final = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"SQLite format 3\x00", "a database"),
    (b"OggS", "an audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"fLaC", "an audio file"),
    (b"%!PS", "a PostScript file"),
)
_NOT_ARTICLE_MAGICS: Final = tuple(magic for magic, _ in _NOT_ARTICLES)

_OLE: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODT_MIMETYPE: Final = b"application/vnd.oasis.opendocument.text"
_OTHER_ZIPS: Final = (
    ("xl/workbook.xml", "an Excel workbook"),
    ("ppt/presentation.xml", "a PowerPoint presentation"),
    ("META-INF/container.xml", "an e-book (EPUB)"),
)


@dataclass(frozen=True, slots=True)
class Sniffed:
    """The format to read a file as, and a note when its name said otherwise."""

    format: str
    warning: str = ""


def extension_format(name: str) -> str | None:
    """The format a file name's extension announces, if any."""
    return _EXTENSIONS.get(os.path.splitext(name)[1].lower()) if name else None


def sniff(data: bytes, name: str) -> Sniffed:
    """Decide the format of ``data`` (named ``name``), or refuse what no importer reads."""
    by_name = extension_format(name)
    head = data[:1024]
    if head.startswith(b"%PDF-") or b"%PDF-" in head:
        return _named(name, by_name, "pdf")
    if head.startswith(b"PK\x03\x04"):
        return _named(name, by_name, _zip_format(data, name, by_name))
    if head.startswith(_OLE):
        raise ImportRefused(
            UNSUPPORTED,
            f"{label(name)} is an old Microsoft Office file (.doc, .xls or .ppt): FactDesk cannot read it. "
            "Open it in Word or LibreOffice and save it as .docx, .odt or PDF.",
        )
    if head.startswith(b"{\\rtf"):
        raise ImportRefused(
            UNSUPPORTED,
            f"{label(name)} is a Rich Text (RTF) file: FactDesk cannot read it. Save it as .docx or .txt.",
        )
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        raise _not_an_article(name, "a WebP image")
    if head.startswith(_NOT_ARTICLE_MAGICS):  # one test for the usual file, which matches none
        for magic, what in _NOT_ARTICLES:
            # Short signatures («MZ», «BZh») could open a real text; they count only on binary data.
            if head.startswith(magic) and (len(magic) >= 4 or not _looks_like_text(head)):
                raise _not_an_article(name, what)

    if by_name in ("docx", "odt", "pdf"):
        kinds = {"docx": "a Word document", "odt": "an OpenDocument text", "pdf": "a PDF document"}
        if not _looks_like_text(head):
            raise ImportRefused(
                DAMAGED,
                f"{label(name)} is named like {kinds[by_name]} but does not start like one: "
                "it is damaged, or not what its name says.",
            )
        found = _text_kind(head)
        return Sniffed(found, f"named like {kinds[by_name]}, but it is {_KIND_WORDS[found]}; read as such")
    if by_name in ("mhtml", "html"):
        return Sniffed(by_name)
    if by_name == "text":
        return Sniffed("text")
    return Sniffed(_text_kind(head))


_KIND_WORDS: Final = {"text": "plain text", "html": "a web page", "mhtml": "a web archive"}


def _named(name: str, by_name: str | None, found: str) -> Sniffed:
    if by_name is None or by_name == found:
        return Sniffed(found)
    words = {"pdf": "a PDF document", "docx": "a Word document", "odt": "an OpenDocument text"}
    return Sniffed(found, f"named «{os.path.splitext(name)[1]}», but it is {words[found]}; read as such")


def _zip_format(data: bytes, name: str, by_name: str | None) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        mimetype = b""
        if "mimetype" in names:
            with archive.open("mimetype") as member:  # never inflate more than its first bytes here
                mimetype = member.read(100)
    except Exception as error:  # zipfile raises many kinds for a broken archive
        kind = {"docx": "a Word document", "odt": "an OpenDocument text"}.get(by_name or "", "a zip archive")
        raise ImportRefused(
            DAMAGED,
            f"{label(name)} cannot be read as {kind} ({error}): the file is damaged. "
            "Open it in the program that made it and save it again.",
        ) from None
    if (
        "word/document.xml" in names
        or "[Content_Types].xml" in names
        and any(n.startswith("word/") for n in names)
    ):
        return "docx"
    if mimetype.startswith(_ODT_MIMETYPE):
        return "odt"
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        raise ImportRefused(
            UNSUPPORTED,
            f"{label(name)} is an OpenDocument file but not a text ({mimetype.decode('ascii', 'replace')}): "
            "FactDesk imports texts only.",
        )
    for marker, what in _OTHER_ZIPS:
        if marker in names:
            raise ImportRefused(UNSUPPORTED, f"{label(name)} is {what}, not an article FactDesk can import.")
    raise ImportRefused(
        UNSUPPORTED,
        f"{label(name)} is a zip archive: unpack it and import the articles inside one by one.",
    )


def _not_an_article(name: str, what: str) -> ImportRefused:
    return ImportRefused(
        BINARY,
        f"{label(name)} looks like a binary file, not text: it is {what}. FactDesk imports text, web "
        "pages (.html, .mhtml), Word (.docx), OpenDocument (.odt) and PDF files.",
    )


def _looks_like_text(head: bytes) -> bool:
    if not head:
        return True
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    controls = sum(1 for byte in head if byte < 0x20 and byte not in (0x09, 0x0A, 0x0C, 0x0D))
    return controls <= 0.1 * len(head) and b"\x00" not in head


def _text_kind(head: bytes) -> str:
    """html, mhtml or text, from the first kilobyte of something that is not a known binary format."""
    sample = head.replace(b"\x00", b"").decode("latin-1").lstrip("\ufeff\xef\xbb\xbf\xff\xfe \t\r\n").lower()
    if sample.startswith(("<!doctype html", "<html", "<head", "<body")) or (
        sample.startswith(("<?xml", "<!--")) and "<html" in sample
    ):
        return "html"
    lines = sample[:1024].splitlines()
    if any(line.startswith("mime-version:") for line in lines) and "multipart/related" in sample:
        return "mhtml"
    return "text"
