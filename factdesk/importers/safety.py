"""Limits and guards for files that may be hostile: sizes, zip archives, XML.

Fact-checkers open what strangers send them. A document can be built to exhaust the machine: a zip
whose few kilobytes unpack to gigabytes, an XML file whose nested entities expand a billion times
("billion laughs"). Everything here refuses such files quickly and with bounded memory, in words:

* every format has a size limit (:data:`LIMITS`), checked before a file is read;
* a zip archive (Word, OpenDocument) is checked member by member: the sizes its directory declares,
  and then the bytes actually unpacked, read in chunks and counted, since the directory can lie;
* XML is parsed with defusedxml, which refuses any document type declaration (and so every entity
  trick) and never loads anything from outside the file.
"""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass
from typing import BinaryIO, Final
from xml.etree.ElementTree import Element

from factdesk.importers.errors import DAMAGED, TOO_LARGE, UNREADABLE, UNSAFE, ImportRefused
from factdesk.importers.plaintext import MAX_TEXT_BYTES, label, read_capped, too_large

_MB: Final = 1024 * 1024

#: Saved web pages and web archives carry scripts and styles around the article.
MAX_HTML_BYTES: Final = 50 * _MB
#: Word, OpenDocument and PDF files carry images and fonts.
MAX_DOCUMENT_BYTES: Final = 100 * _MB
#: The largest file of any format: what is read before the format is known.
MAX_ANY_BYTES: Final = max(MAX_TEXT_BYTES, MAX_HTML_BYTES, MAX_DOCUMENT_BYTES)

#: Size limit and the words for it, per format.
LIMITS: Final = {
    "text": (MAX_TEXT_BYTES, "texts"),
    "html": (MAX_HTML_BYTES, "web pages"),
    "mhtml": (MAX_HTML_BYTES, "web archives"),
    "docx": (MAX_DOCUMENT_BYTES, "Word documents"),
    "odt": (MAX_DOCUMENT_BYTES, "OpenDocument texts"),
    "pdf": (MAX_DOCUMENT_BYTES, "PDF documents"),
}

#: Everything inside a Word or OpenDocument file, unpacked (images included).
MAX_UNPACKED_BYTES: Final = 256 * _MB
#: One XML part unpacked: a 64 MB document.xml would be thousands of pages.
MAX_XML_PART_BYTES: Final = 64 * _MB
#: Members of one archive.
MAX_ZIP_MEMBERS: Final = 10_000
#: The characters one document may expand to. A 6,000-word article is about 35,000 characters; a
#: document can repeat a "1,000 spaces here" mark or cite one long footnote a million times, so
#: what it expands to is counted as it is read, not judged from its compressed size.
MAX_DOCUMENT_CHARS: Final = 10_000_000
#: The characters one import of many files holds in memory before storing them (about 200 MB).
MAX_IMPORT_CHARS: Final = 100_000_000

_CHUNK: Final = 1024 * 1024


def check_size(name: str, size: int, fmt: str, *, path: str | None = None) -> None:
    """Refuse ``size`` bytes over the limit of format ``fmt``."""
    limit, what = LIMITS[fmt]
    if size > limit:
        raise too_large(name, size, limit_bytes=limit, what=what, path=path)


def read_file(path: str | os.PathLike[str]) -> bytes:
    """Read a file of any format, refusing it from its size before reading when it is over every limit.

    The read is capped too, for files that grow or report no size.
    """
    path_text = os.fspath(path)
    name = os.path.basename(path_text) or path_text
    who = label(name)
    try:
        with open(path_text, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_ANY_BYTES:
                raise too_large(name, size, limit_bytes=MAX_ANY_BYTES, what="files", path=path_text)
            # Read what the size says (asking for the whole limit would allocate 100 MB each time), then
            # go on in chunks for files that grow or report no size (pipes, devices), up to the limit.
            data = handle.read(size + 1) if size else b""
            if not size or len(data) > size:
                data += read_stream(handle, name=name, already=len(data))
    except FileNotFoundError:
        raise ImportRefused(
            UNREADABLE, f"{who} cannot be opened: there is no such file.", path=path_text
        ) from None
    except IsADirectoryError:
        raise ImportRefused(UNREADABLE, f"{who} is a folder, not a file.", path=path_text) from None
    except PermissionError:
        raise ImportRefused(
            UNREADABLE, f"{who} cannot be opened: this account is not allowed to read it.", path=path_text
        ) from None
    except OSError as error:
        raise ImportRefused(
            UNREADABLE, f"{who} cannot be read ({error.strerror or error}).", path=path_text
        ) from None
    if len(data) > MAX_ANY_BYTES:
        raise too_large(name, None, limit_bytes=MAX_ANY_BYTES, what="files", path=path_text)
    return data


def read_stream(
    stream: io.RawIOBase | io.BufferedIOBase | BinaryIO, *, name: str = "standard input", already: int = 0
) -> bytes:
    """Read a binary stream to its end, refusing it once it passes the largest limit (counting
    ``already`` bytes read before)."""
    return read_capped(
        stream, label(name), path=None, limit_bytes=MAX_ANY_BYTES, what="files", already=already
    )


# --- what a document expands to ------------------------------------------------------------------------


class TextBudget:
    """Counts the characters a document's text expands to while it is read, and refuses the document
    as soon as they pass ``limit``: before the expansion is ever held in memory."""

    __slots__ = ("name", "limit", "used")

    def __init__(self, name: str, limit: int = MAX_DOCUMENT_CHARS) -> None:
        self.name = name
        self.limit = limit
        self.used = 0

    def spend(self, count: int) -> None:
        self.used += count
        if self.used > self.limit:
            raise ImportRefused(
                TOO_LARGE,
                f"{label(self.name)} expands to more than {self.limit:,} characters of text, far more than "
                "any article: it is damaged or built to exhaust memory, so FactDesk does not import it.",
            )


class ImportBudget:
    """The text one import (a folder, many files) may hold before it is stored in one step.

    Every file is read first and all are added together (one undo takes them back), so their texts
    are in memory at once: a folder of large files could exhaust it. Past ``limit`` characters the
    import stops reading: the files left are reported, to be imported in another go.
    """

    def __init__(self, limit: int | None = None) -> None:
        self.limit = MAX_IMPORT_CHARS if limit is None else limit
        self.used = 0
        self.full = False

    def admit(self, text: str) -> bool:
        """Count ``text`` in, or (when it does not fit) say no and refuse every file after it."""
        if self.full or self.used + len(text) > self.limit:
            self.full = True
            return False
        self.used += len(text)
        return True

    def refusal(self) -> str:
        return (
            f"not imported: this import already holds {self.used:,} characters of text, as much as one "
            f"import holds ({self.limit:,}); import the remaining files in another go"
        )


# --- zip archives --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CheckedZip:
    """A zip archive whose every member was unpacked once, counted and found within the limits."""

    archive: zipfile.ZipFile
    names: frozenset[str]

    def read(self, member: str) -> bytes:
        """A member's bytes (already known to be within the limits)."""
        return self.archive.read(member)


def _bomb(name: str, what: str) -> ImportRefused:
    return ImportRefused(
        UNSAFE,
        f'{label(name)} {what}: it is damaged or built to exhaust memory (a "zip bomb"), '
        "so FactDesk does not open it.",
    )


def damaged(name: str, kind: str, detail: str = "") -> ImportRefused:
    """The refusal for a document whose structure cannot be read."""
    more = f" ({detail})" if detail else ""
    return ImportRefused(
        DAMAGED,
        f"{label(name)} cannot be read as {kind}{more}: the file is damaged or not really {kind}. "
        "Open it in the program that made it and save it again.",
    )


def check_zip(data: bytes, name: str, kind: str) -> CheckedZip:
    """Open ``data`` as a zip archive and unpack every member once, counting, before anything uses it.

    Refused: a broken archive (damaged), too many members, members whose declared or actual unpacked
    size passes :data:`MAX_UNPACKED_BYTES` in all or :data:`MAX_XML_PART_BYTES` for one XML part, and
    XML parts that declare a document type (the way into entity expansion).
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
        raise damaged(name, kind, str(error)) from None
    if len(members) > MAX_ZIP_MEMBERS:
        raise _bomb(name, f"holds {len(members)} files")
    declared = sum(max(0, info.file_size) for info in members)
    if declared > MAX_UNPACKED_BYTES:
        raise _bomb(name, f"would unpack to {declared // _MB} MB")
    total = 0
    for info in members:
        is_xml = info.filename.endswith((".xml", ".rels"))
        cap = MAX_XML_PART_BYTES if is_xml else MAX_UNPACKED_BYTES
        size = 0
        head = b""
        try:
            with archive.open(info) as member:
                while True:
                    chunk = member.read(_CHUNK)
                    if not chunk:
                        break
                    if is_xml and len(head) < 65536:
                        head += chunk[: 65536 - len(head)]
                    size += len(chunk)
                    total += len(chunk)
                    if size > cap or total > MAX_UNPACKED_BYTES:
                        raise _bomb(name, f"unpacks to more than {min(cap, MAX_UNPACKED_BYTES) // _MB} MB")
        except ImportRefused:
            raise
        except (
            zipfile.BadZipFile,
            OSError,
            ValueError,
            EOFError,
            NotImplementedError,
            RuntimeError,
        ) as error:
            # RuntimeError: an encrypted member; NotImplementedError: a compression method Python lacks.
            raise damaged(name, kind, f"{info.filename}: {error}") from None
        except Exception as error:  # zlib and friends raise their own kinds
            raise damaged(name, kind, f"{info.filename}: {error}") from None
        if is_xml and _declares_doctype(head):
            raise ImportRefused(
                UNSAFE,
                f"{label(name)} declares its own XML entities in {info.filename} (a trick used to exhaust "
                "memory); FactDesk does not open it.",
            )
    return CheckedZip(archive, frozenset(info.filename for info in members))


def _declares_doctype(head: bytes) -> bool:
    """Whether the start of an XML part holds a document type declaration, in UTF-8 or UTF-16."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(head) > 1 and (head[0] == 0 or head[1] == 0)):
        for codec in ("utf-16-le", "utf-16-be"):
            text = head[: len(head) // 2 * 2].decode(codec, "ignore")
            if "<!DOCTYPE" in text or "<!ENTITY" in text:
                return True
        return False
    return b"<!DOCTYPE" in head or b"<!ENTITY" in head


# --- XML ------------------------------------------------------------------------------------------------


def parse_xml(data: bytes, name: str, kind: str, part: str) -> Element:
    """Parse one XML part with defusedxml: no document type, no entities, nothing fetched."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    if len(data) > MAX_XML_PART_BYTES:
        raise _bomb(name, f"holds an XML part ({part}) larger than {MAX_XML_PART_BYTES // _MB} MB")
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ImportRefused(
            UNSAFE,
            f"{label(name)} declares its own XML entities in {part} (a trick used to exhaust memory); "
            "FactDesk does not open it.",
        ) from None
    except (ParseError, ValueError, LookupError) as error:
        # LookupError: an XML declaration naming an encoding that does not exist.
        raise damaged(name, kind, f"{part}: {error}") from None
