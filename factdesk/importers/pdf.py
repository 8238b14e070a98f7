"""PDF documents: the text layer, put back into reading order and into paragraphs.

pypdf reads the text layer, in its layout mode: lines as they stand on the page, each line's pieces in
the order the page draws them. (Its default mode reorders right-to-left runs itself and scrambles the
numbers inside Arabic lines, so it is not used; pdfminer.six keeps the order too but inflates
compressed streams without any limit, while pypdf caps every decompression.) What a PDF does to
Arabic text is then undone here:

* lines stored in visual order (left to right as seen: «ةقرلا» for «الرقة») are recognised by the
  shapes of their words (:func:`factdesk.importers.arabic.orientation_evidence`), for the document as a
  whole and for each line that says clearly, and put back in reading order;
* presentation forms (shaped glyphs) are left for :func:`factdesk.importers.load` to fold, so that the
  choice to keep them applies to PDFs too;
* a paragraph's lines are joined with a space, and a word hyphenated across two lines is joined again;
  lines that repeat at the top or bottom of most pages (running headers, footers) and lone page numbers
  are dropped, with a warning saying how many;
* a PDF without a text layer (a scan) is refused with reason ``needs-ocr``.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from datetime import date, datetime
from typing import Any, Final

from factdesk.importers import arabic
from factdesk.importers.errors import ENCRYPTED, NEEDS_OCR, UNSAFE, ImportRefused
from factdesk.importers.extracted import Extracted
from factdesk.importers.plaintext import label
from factdesk.importers.safety import damaged

_KIND: Final = "a PDF document"
_SPACES: Final = re.compile(r"[ \t\u00a0]{2,}")
#: A page number on a line of its own: «7», «- 7 -», «7 / 20», «صفحة 7», «Page 7».
_PAGE_NUMBER: Final = re.compile(
    r"^[-–—(\[]?\s*(?:(?:page|صفحة|ص)\.?\s*)?[0-9٠-٩]{1,4}(?:\s*(?:/|of|من)\s*[0-9٠-٩]{1,4})?\s*[-–—)\]]?$",
    re.I,
)
#: Characters that end a sentence, or a line that introduces what follows.
_TERMINAL: Final = ".!?؟:؛…»\"”'"
_HYPHENS: Final = "-\u00ad\u2010"
#: A running header or footer is short: a publication's name, a section, a date.
_RUNNING_LINE_WORDS: Final = 12
_LIST_ITEM: Final = re.compile(r"^(?:[•●▪■◦*–—-]\s|[0-9٠-٩]{1,3}[.)]\s|\(?[0-9٠-٩]{1,3}\)\s)")


def read_pdf(data: bytes, *, name: str) -> Extracted:
    """The text and metadata of a PDF, or a refusal in plain words (``needs-ocr`` for scans)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError

    warnings: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (DependencyError, NotImplementedError):
                opened = 0
            if not opened:
                raise ImportRefused(
                    ENCRYPTED,
                    f"{label(name)} is protected with a password: open it, remove the protection "
                    "(or print it to a new PDF) and import that.",
                )
        pages = [_page_lines(page) for page in reader.pages]
        metadata = _metadata(reader)
    except ImportRefused:
        raise
    except LimitReachedError as error:
        raise ImportRefused(
            UNSAFE,
            f"{label(name)} holds compressed data that unpacks to more than FactDesk allows ({error}): "
            "it is damaged or built to exhaust memory, so FactDesk does not open it.",
        ) from None
    except FileNotDecryptedError:
        raise ImportRefused(ENCRYPTED, f"{label(name)} is protected with a password.") from None
    except RecursionError:
        raise damaged(name, _KIND, "its structure is nested too deeply") from None
    except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on broken files
        raise damaged(name, _KIND, str(error) or type(error).__name__) from None

    if not pages:
        raise damaged(name, _KIND, "it has no pages")
    if not any(_has_letters(line) for page in pages for line in page if line):
        raise ImportRefused(
            NEEDS_OCR,
            f"{label(name)} has no text layer: it is a scan or pictures of text. FactDesk needs the text "
            "itself: run it through OCR (text recognition) first, then import the result.",
        )
    empty = [str(number) for number, page in enumerate(pages, start=1) if not any(page)]
    if empty:
        shown = ", ".join(empty[:10]) + (" …" if len(empty) > 10 else "")
        warnings.append(
            f"pages {shown} have no text layer (scanned?): their text is missing; run OCR to include it"
        )

    dropped = _drop_running_lines(pages)
    reversed_lines = _restore_reading_order(pages)
    text = "\n".join(paragraph for paragraph in _paragraphs(pages) if paragraph)
    if dropped:
        warnings.append(f"{dropped} running header, footer or page-number lines were left out")
    if reversed_lines:
        warnings.append(
            f"{reversed_lines} lines were stored in visual order (right to left backwards) "
            "and were put back in reading order"
        )
    return Extracted(
        text=text,
        format="pdf",
        encoding="",
        title=metadata.get("title", ""),
        author=metadata.get("author", ""),
        published=metadata.get("published", ""),
        language=metadata.get("language", ""),
        warnings=warnings,
    )


def _has_letters(line: str) -> bool:
    return any(char.isalpha() for char in line)


def _page_lines(page: Any) -> list[str]:
    """One page's lines in layout order; blank lines ("") mark the gaps between paragraphs."""
    raw = page.extract_text(extraction_mode="layout", layout_mode_space_vertically=True)
    lines: list[str] = []
    for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _metadata(reader: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    info = reader.metadata
    if info is not None:
        for key, attribute in (("title", "title"), ("author", "author")):
            try:
                value = getattr(info, attribute)
            except Exception:  # noqa: BLE001 - a broken info dictionary only loses metadata
                value = None
            if isinstance(value, str) and value.strip():
                found[key] = " ".join(value.split())
        try:
            created = info.creation_date
        except Exception:  # noqa: BLE001
            created = None
        if isinstance(created, datetime | date):
            found["published"] = created.strftime("%Y-%m-%d")
    try:
        lang = reader.trailer["/Root"].get("/Lang")
    except Exception:  # noqa: BLE001
        lang = None
    if isinstance(lang, str):
        primary = lang.split("-")[0].lower()
        if re.fullmatch(r"[a-z]{2,3}", primary):
            found["language"] = primary
    return found


def _drop_running_lines(pages: list[list[str]]) -> int:
    """Remove running headers and footers (the same line at the top or bottom of most pages) and lone
    page numbers at either edge of a page; return how many lines went."""
    dropped = 0
    if len(pages) >= 3:
        edges: Counter[str] = Counter()
        for page in pages:
            content = [line for line in page if line]
            edges.update({line for line in content[:2] + content[-2:]})
        running = {
            line
            for line, count in edges.items()
            if count >= max(3, len(pages) // 2 + 1) and len(line.split()) <= _RUNNING_LINE_WORDS
        }
        for page in pages:
            for index in _edge_indexes(page):
                if page[index] in running:
                    page[index] = ""
                    dropped += 1
    for page in pages:
        for index in _edge_indexes(page):
            if page[index] and _PAGE_NUMBER.match(page[index]):
                page[index] = ""
                dropped += 1
    return dropped


def _edge_indexes(page: list[str]) -> list[int]:
    content = [index for index, line in enumerate(page) if line]
    return sorted(set(content[:2] + content[-2:]))


def _restore_reading_order(pages: list[list[str]]) -> int:
    """Put lines stored in visual order back in reading order; return how many were turned.

    The document as a whole decides (typesetters are consistent), and a line whose own evidence is
    clear (two words or more) decides for itself. Lines without Arabic are never touched.
    """
    evidence = {
        (p, i): arabic.orientation_evidence(line)
        for p, page in enumerate(pages)
        for i, line in enumerate(page)
        if line and arabic.has_arabic(line)
    }
    total = sum(evidence.values())
    document_visual = total >= 3 and sum(1 for e in evidence.values() if e > 0) > 2 * sum(
        1 for e in evidence.values() if e < 0
    )
    turned = 0
    for (p, i), score in evidence.items():
        visual = score >= 4 or (document_visual and score > -4)
        if visual:
            pages[p][i] = arabic.visual_to_logical(pages[p][i])
            turned += 1
    return turned


def _paragraphs(pages: list[list[str]]) -> list[str]:
    """Each paragraph's lines joined; a paragraph broken by a page break (the last one of a page is
    unfinished) is joined with the first one of the next page."""
    paragraphs: list[str] = []
    for page_number, page in enumerate(pages):
        groups: list[list[str]] = [[]]
        for line in page:
            if line:
                groups[-1].append(line)
            elif groups[-1]:
                groups.append([])
        for group_number, group in enumerate(group for group in groups if group):
            joined = _join_lines(group)
            if page_number > 0 and group_number == 0 and paragraphs:
                before, after = paragraphs[-1], joined[0]
                if before[-1] not in _TERMINAL and not _LIST_ITEM.match(after):
                    paragraphs[-1] = _join_pair(before, after)
                    joined = joined[1:]
            paragraphs.extend(joined)
    return paragraphs


def _join_lines(lines: list[str]) -> list[str]:
    """A group of lines with no gap between them, as paragraphs: lines joined unless a line is a list
    item or the previous line introduces one."""
    out: list[str] = []
    for line in lines:
        if out and not _LIST_ITEM.match(line) and not out[-1].endswith(":"):
            out[-1] = _join_pair(out[-1], line)
        else:
            out.append(line)
    return out


def _join_pair(first: str, second: str) -> str:
    """Two lines of one paragraph: a word hyphenated at the break is joined again, else a space."""
    if (
        len(first) >= 2
        and first[-1] in _HYPHENS
        and first[-2].isalpha()
        and second[:1].isalpha()
        and second[:1].islower()
    ):
        return first[:-1] + second
    if first.endswith("\u00ad"):
        return first[:-1] + second
    return f"{first} {second}"
