"""PDF documents: the words a page shows, in reading order and in paragraphs.

PDFium (through pypdfium2) reads the text layer: every character with the box its glyph covers on the
page. The lines are then rebuilt from that geometry, because the order in which writers store glyphs
differs: Qt stores each glyph of a right-to-left run in reading order at decreasing x, LibreOffice and
ReportLab store a line left to right as it is seen, and a line may be drawn in several pieces in any
order. What the page shows is the one thing they agree on, so:

* glyphs are grouped into lines by their height on the page, and ordered left to right on each line
  (a ligature's letters and a letter's marks travel with their glyph); a gap wider than a fraction of
  the line's height is a space;
* a paragraph with more Arabic letters than Latin ones is right to left, shown left to right: it is
  read from the right, with numbers and Latin words read left to right inside it (the Unicode
  bidirectional algorithm run backwards, :func:`_reading_order`); brackets are turned back if the
  writer stored them as seen (mirrored), which the whole document tells by how its brackets pair up;
* PDFium reads presentation forms (shaped glyphs, «ﻻ») as the letters they show, so lines stored in
  visual order with shaped letters need no repair of their text; a glyph the writer left without a
  character is counted and reported, never guessed;
* a wider gap between lines ends a paragraph; a paragraph's lines are joined with a space, and a word
  hyphenated across two lines is joined again; lines that repeat at the top or bottom of most pages
  (running headers, footers) and lone page numbers are dropped, with a warning saying how many;
* a PDF without a text layer (a scan) is refused with reason ``needs-ocr``; compressed streams that
  unpack to more than FactDesk allows are refused before PDFium inflates them.

``bench/bench_pdf.py`` and ``docs/decisions.md`` give the measurements behind the choice of PDFium.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Final

from factdesk.importers.errors import ENCRYPTED, NEEDS_OCR, UNSAFE, ImportRefused
from factdesk.importers.extracted import Extracted
from factdesk.importers.plaintext import label
from factdesk.importers.safety import MAX_UNPACKED_BYTES, damaged

_KIND: Final = "a PDF document"
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
#: One compressed stream may unpack to this much at most (a page's text is far smaller).
MAX_PDF_STREAM_BYTES: Final = 64 * 1024 * 1024
#: PDFium is not thread-safe: one document at a time.
_PDFIUM: Final = threading.Lock()


def read_pdf(data: bytes, *, name: str) -> Extracted:
    """The text and metadata of a PDF, or a refusal in plain words (``needs-ocr`` for scans)."""
    import pypdfium2 as pdfium

    _check_streams(data, name)
    warnings: list[str] = []
    with _PDFIUM:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            if "password" in str(error).lower():
                raise ImportRefused(
                    ENCRYPTED,
                    f"{label(name)} is protected with a password: open it, remove the protection "
                    "(or print it to a new PDF) and import that.",
                ) from None
            raise damaged(name, _KIND, str(error)) from None
        try:
            unknown = [0]
            pages = _brackets_settled(
                [_page_lines(document, number, unknown) for number in range(len(document))]
            )
            metadata = _metadata(document)
        except Exception as error:  # a broken page only says the file is damaged
            raise damaged(name, _KIND, str(error) or type(error).__name__) from None
        finally:
            document.close()

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
    text = "\n".join(paragraph for paragraph in _paragraphs(pages) if paragraph)
    if dropped:
        warnings.append(f"{dropped} running header, footer or page-number lines were left out")
    if unknown[0]:
        warnings.append(
            f"{unknown[0]} glyphs have no character in the PDF's text layer (the program that made it "
            "left them out) and are missing from the text: compare with the PDF where it matters"
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


_STREAM: Final = re.compile(rb"(?<!end)stream\r?\n")
#: An image's stream: reading text never unpacks it.
_IMAGE: Final = re.compile(rb"/Subtype\s*/Image\b")


def _check_streams(data: bytes, name: str) -> None:
    """Refuse a PDF whose compressed streams unpack to more than FactDesk allows, before PDFium (which
    has no such limit) inflates them: every stream that inflates as zlib data is unpacked in steps and
    counted, never held whole. Images are left out: reading the text never unpacks them."""
    total = 0
    for match in _STREAM.finditer(data):
        dictionary = data[max(0, match.start() - 2048) : match.start()]
        if _IMAGE.search(dictionary[dictionary.rfind(b" obj") + 1 :]):
            continue
        inflater = zlib.decompressobj()
        position, size = match.end(), 0
        try:
            while position < len(data) and not inflater.eof:
                chunk = data[position : position + 65536]
                position += len(chunk)
                size += len(inflater.decompress(chunk, MAX_PDF_STREAM_BYTES + 1 - size))
                while inflater.unconsumed_tail and size <= MAX_PDF_STREAM_BYTES:
                    size += len(
                        inflater.decompress(inflater.unconsumed_tail, MAX_PDF_STREAM_BYTES + 1 - size)
                    )
                if size > MAX_PDF_STREAM_BYTES:
                    break
        except zlib.error:
            pass  # not zlib data (an image, an uncompressed stream): nothing to unpack
        total += size
        if size > MAX_PDF_STREAM_BYTES or total > MAX_UNPACKED_BYTES:
            raise ImportRefused(
                UNSAFE,
                f"{label(name)} holds compressed data that unpacks to more than FactDesk allows "
                f"({MAX_PDF_STREAM_BYTES // (1024 * 1024)} MB for one stream): it is damaged or built to "
                "exhaust memory, so FactDesk does not open it.",
            )


def _has_letters(line: str) -> bool:
    return any(char.isalpha() for char in line)


@dataclass
class _Glyph:
    """One glyph on the page: its letters in reading order (a ligature has several, marks follow their
    letter) and its loose box (the advance of the glyph, whatever its ink covers)."""

    text: str
    left: float
    right: float
    bottom: float
    top: float
    #: the loose box's vertical middle and height: the line's, whatever the glyph's own shape
    middle: float = 0.0
    height: float = 0.0
    #: for a mark (a vowel sign, shadda …), the middle of its ink: it belongs to the letter under it
    mark_at: float | None = None
    #: for a mark, the letter stored just before it, which carries it when it is one of those under it
    after: _Glyph | None = None


@dataclass
class _Line:
    glyphs: list[_Glyph] = field(default_factory=list)
    middle: float = 0.0
    height: float = 0.0


#: Letters that never join the letter after them: inside one glyph they can only come last.
_NON_JOINING: Final = frozenset("اأإآٱدذرزوؤةء")
#: Brackets met inside a right-to-left run. Writers disagree about them: LibreOffice and ReportLab
#: store the bracket the reader sees (the mirrored glyph: «)» where the text has «(»), Qt stores the
#: bracket of the text. Such a bracket is set down as a stand-in (a Unicode noncharacter, never in
#: real text) until the whole document tells which convention makes its brackets pair up.
_BRACKETS: Final = "()[]{}<>«»"
_MIRROR: Final = dict(zip(_BRACKETS, ")(][}{><»«", strict=True))
_STAND_IN: Final = {char: chr(0xFDD0 + index) for index, char in enumerate(_BRACKETS)}
_AS_STORED: Final = str.maketrans({stand_in: char for char, stand_in in _STAND_IN.items()})
_AS_SEEN: Final = str.maketrans({stand_in: _MIRROR[char] for char, stand_in in _STAND_IN.items()})
_PAIRS: Final = ("()", "[]", "{}", "«»")
#: A gap wider than this share of the line's height separates two words.
_WORD_GAP: Final = 0.13
#: A gap between two lines wider than this many times the page's usual line step (or than two lines'
#: height) ends a paragraph.
_PARAGRAPH_GAP: Final = 1.3


def _page_lines(document: Any, number: int, unknown: list[int]) -> list[str]:
    """One page's lines in reading order; blank lines ("") mark the gaps between paragraphs. Glyphs
    that have no character in the text layer are counted in ``unknown[0]``."""
    import ctypes

    import pypdfium2.raw as raw

    page = document[number]
    textpage = page.get_textpage()
    handle = textpage.raw
    loose = raw.FS_RECTF()
    ink = [ctypes.c_double() for _ in range(4)]  # left, right, bottom, top: PDFium's order
    try:
        glyphs: list[_Glyph] = []
        last_box: tuple[float, float, float, float] | None = None
        previous: _Glyph | None = None  # the last letter's glyph
        for index in range(raw.FPDFText_CountChars(handle)):
            if raw.FPDFText_IsGenerated(handle, index):
                continue  # a space or line break PDFium guessed: the geometry decides here
            char = chr(raw.FPDFText_GetUnicode(handle, index))
            if char.isspace():
                continue
            if char == "\x02":
                char = "-"  # PDFium's mark for a hyphen that ends a line: the hyphen drawn there
            elif (
                char < " "
                or char in "\x7f\ufffd\ufffe\uffff"
                or raw.FPDFText_HasUnicodeMapError(handle, index)
            ):
                unknown[0] += 1  # a glyph the PDF gives no character for (PDFium passes on its code)
                continue
            if not raw.FPDFText_GetLooseCharBox(handle, index, loose):
                continue
            box = (loose.left, loose.bottom, loose.right, loose.top)
            if unicodedata.category(char) == "Mn":
                # A mark goes with the letter it sits on, wherever the writer stored it: the middle
                # of its ink (its advance may be anywhere) tells which.
                raw.FPDFText_GetCharBox(handle, index, *ink)
                glyph = _Glyph(char, box[0], box[2], box[1], box[3], (box[1] + box[3]) / 2, box[3] - box[1])
                glyph.mark_at = (ink[0].value + ink[1].value) / 2
                glyph.after = previous
                glyphs.append(glyph)
                continue
            if previous is not None and box == last_box and box[2] > box[0]:
                previous.text += char  # another letter of the same glyph: a ligature
                continue
            glyph = _Glyph(char, box[0], box[2], box[1], box[3], (box[1] + box[3]) / 2, box[3] - box[1])
            glyphs.append(glyph)
            previous, last_box = glyph, box
    finally:
        textpage.close()
        page.close()
    for glyph in glyphs:
        letters = _MARKED_LETTER.findall(glyph.text)
        if len(letters) > 1 and letters[0][0] in _NON_JOINING and _ARABIC.match(letters[1]):
            # A letter that never joins the next one cannot begin a ligature: PDFium gave this
            # glyph's letters backwards (it does for lines stored in visual order).
            glyph.text = "".join(reversed(letters))
    return _layout(_lines(glyphs))


#: A letter with the marks that follow it.
_MARKED_LETTER: Final = re.compile("[^\u064b-\u065f\u0670\u06d6-\u06ed][\u064b-\u065f\u0670\u06d6-\u06ed]*")
_ARABIC: Final = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")


def _middle(glyph: _Glyph) -> float:
    return (glyph.left + glyph.right) / 2


def _lines(glyphs: list[_Glyph]) -> list[_Line]:
    """Glyphs grouped into lines, top to bottom: a letter whose middle is within half a line's height of
    the line's middle is on that line; a mark goes to the line of the letter it sits on."""
    lines: list[_Line] = []
    for glyph in sorted(
        (glyph for glyph in glyphs if glyph.mark_at is None), key=lambda glyph: -glyph.middle
    ):
        line = lines[-1] if lines else None
        if line is not None and abs(line.middle - glyph.middle) <= max(line.height, glyph.height) / 2:
            line.glyphs.append(glyph)
        else:
            lines.append(_Line([glyph], glyph.middle, glyph.height))
    for mark in (glyph for glyph in glyphs if glyph.mark_at is not None):
        at = mark.mark_at or 0.0
        near = [line for line in lines if abs(line.middle - mark.middle) <= line.height] or lines
        carrying = [
            line for line in near if any(letter.left <= at <= letter.right for letter in line.glyphs)
        ] or near
        if carrying:
            min(carrying, key=lambda line: abs(line.middle - mark.middle)).glyphs.append(mark)
    return lines


def _layout(lines: list[_Line]) -> list[str]:
    """The lines' text in reading order, with "" where a wider gap separates two paragraphs.

    A paragraph is right to left when it holds more Arabic letters than Latin ones (alignment says less:
    right-to-left text is set flush left or centred too): a paragraph decides for all its lines, so a
    short line that is mostly a Latin name or numbers is still read from the right."""
    steps = [above.middle - below.middle for above, below in zip(lines, lines[1:], strict=False)]
    usual = sorted(steps)[len(steps) // 4] if steps else 0.0  # most lines of a page are inside paragraphs
    blocks: list[list[list[str]]] = []
    for number, line in enumerate(lines):
        step = steps[number - 1] if number else 0.0
        if (
            not blocks
            or step > _PARAGRAPH_GAP * usual
            or step > 2 * max(line.height, lines[number - 1].height)
        ):
            blocks.append([])
        blocks[-1].append(_visual_words(line))
    counted = [([[_kind(unit) for unit in units] for units in block]) for block in blocks]
    page_rtl = sum(k.count("R") for kinds in counted for k in kinds)
    page_ltr = sum(k.count("L") for kinds in counted for k in kinds)
    out: list[str] = []
    for block, kinds in zip(blocks, counted, strict=True):
        rtl, ltr = sum(k.count("R") for k in kinds), sum(k.count("L") for k in kinds)
        # A paragraph of numbers alone («12 34») goes the way of the page's text.
        right_to_left = rtl >= ltr if rtl or ltr else page_rtl > page_ltr
        texts = [_reading_order(units, k, right_to_left) for units, k in zip(block, kinds, strict=True)]
        texts = [text for text in texts if text]
        if texts:
            if out:
                out.append("")
            out.extend(texts)
    return out


def _visual_words(line: _Line) -> list[str]:
    """The line's glyphs left to right, as a list of glyph texts with " " between words."""
    letters = sorted((glyph for glyph in line.glyphs if glyph.mark_at is None), key=_middle)
    if not letters:
        return []
    marks = sorted(
        (glyph for glyph in line.glyphs if glyph.mark_at is not None),
        key=lambda mark: unicodedata.combining(mark.text),
    )
    for mark in marks:
        # Marks on one letter in canonical order (Unicode's: «ًّ» and «ًّ» are the same text): the
        # page shows them stacked and writers store them in either order.
        at = mark.mark_at or 0.0
        under = [letter for letter in letters if letter.left <= at <= letter.right]
        if (
            mark.after is not None
            and mark.after.text[:1].isalpha()
            and any(letter is mark.after for letter in under)
        ):
            # A mark's ink may overhang a narrow letter (a medial yeh beside a waw) into its
            # neighbour's box: of the letters under it, the one stored just before it carries it
            # (a letter: some writers store a full stop between a letter and its tanween).
            base = mark.after
        else:
            base = under[-1] if under else min(letters, key=lambda letter: abs(_middle(letter) - at))
        base.text += mark.text
    height = sorted(glyph.height for glyph in letters)[len(letters) // 2]
    units: list[str] = []
    right = None
    for glyph in letters:
        if right is not None and glyph.left - right > _WORD_GAP * height:
            units.append(" ")
        units.append(glyph.text)
        right = glyph.right if right is None else max(right, glyph.right)
    return units


def _kind(unit: str) -> str:
    """A glyph's bidirectional kind (Unicode's, through :func:`unicodedata.bidirectional`): ``L`` (Latin
    letters), ``R`` (Arabic and Hebrew letters), ``EN`` (digits), ``SEP`` (separators inside numbers:
    «/», «.», «,», «:», «-», «+»), ``ET`` («%», «$», «°») and ``N`` for the rest."""
    kind = unicodedata.bidirectional(unit[0]) if unit else ""
    if kind in ("R", "AL"):
        return "R"
    if kind in ("EN", "AN"):
        return "EN"
    if kind in ("ES", "CS"):
        return "SEP"
    return kind if kind in ("L", "ET") else "N"


def _reading_order(units: list[str], kinds: list[str], right_to_left: bool) -> str:
    """A line shown left to right, read as it was written (the Unicode bidirectional algorithm run
    backwards). A line of a right-to-left paragraph is read from the right, its numbers and Latin words
    left to right (even on a line with no Arabic: «0 1990/1/1» wrapped from «يستند 1990/1/1 0»); in a
    left-to-right line only the Arabic stretches are read from the right. Brackets
    shown in a right-to-left part are left as stand-ins (:data:`_STAND_IN`) for
    :func:`_brackets_settled`."""
    if right_to_left:
        return re.sub(" {2,}", " ", "".join(_right_to_left(units, kinds))).strip()
    if "R" not in kinds:
        return "".join(units).strip()
    out: list[str] = []
    index = 0
    while index < len(units):
        if kinds[index] != "R":
            out.append(units[index])
            index += 1
            continue
        end = last_r = index
        while end < len(units) and kinds[end] != "L":
            if kinds[end] == "R":
                last_r = end
            end += 1
        out.extend(_right_to_left(units[index : last_r + 1], kinds[index : last_r + 1]))
        index = last_r + 1
    return re.sub(" {2,}", " ", "".join(out)).strip()


def _right_to_left(units: list[str], kinds: list[str]) -> list[str]:
    """Units shown left to right at a right-to-left level, in reading order.

    Runs that stand left to right inside it are found as Unicode finds them: Latin letters and digits,
    with a separator between two digits («2017/5/31», «12.5») and «%», «$» next to digits. Two runs with
    only neutral characters (spaces, punctuation) between them are one run when the left one holds a
    Latin letter («Sputnik Arabic», «Reuters 2017», «COVID-19»); else (two numbers: «80 120») they are
    read from the right like the rest.
    """
    size = len(units)
    member = [kind in ("L", "EN") for kind in kinds]
    for index in range(1, size - 1):
        if kinds[index] == "SEP" and kinds[index - 1] == "EN" and kinds[index + 1] == "EN":
            member[index] = True
    for order in (range(size), range(size - 1, -1, -1)):
        previous = None
        for index in order:
            if (
                kinds[index] == "ET"
                and previous is not None
                and member[previous]
                and kinds[previous] in ("EN", "ET")
            ):
                member[index] = True
            previous = index
    # Pieces in visual order: a run that reads left to right (its units, whether it holds a Latin
    # letter) or one unit of the right-to-left text.
    pieces: list[tuple[list[str], bool, bool]] = []  # (units, is_run, holds_latin)
    index = 0
    while index < size:
        if member[index]:
            end = index
            while end < size and member[end]:
                end += 1
            run = units[index:end]
            latin = "L" in kinds[index:end]
            neutral_since = len(pieces)
            while (
                neutral_since > 0
                and not pieces[neutral_since - 1][1]
                and _kind(pieces[neutral_since - 1][0][0]) in ("N", "SEP", "ET")
            ):
                neutral_since -= 1
            if neutral_since > 0 and pieces[neutral_since - 1][1] and pieces[neutral_since - 1][2]:
                joined = [unit for piece in pieces[neutral_since - 1 :] for unit in piece[0]]
                del pieces[neutral_since - 1 :]
                pieces.append((joined + run, True, True))
            else:
                pieces.append((run, True, latin))
            index = end
        else:
            pieces.append(([units[index]], False, False))
            index += 1
    out: list[str] = []
    for piece_units, is_run, _latin in reversed(pieces):
        if is_run:
            out.extend(piece_units)
        else:
            out.append(_STAND_IN.get(piece_units[0], piece_units[0]))
    return out


def _brackets_settled(pages: list[list[str]]) -> list[list[str]]:
    """Brackets inside right-to-left runs turned back (stored as seen) or kept (stored as in the
    text), whichever makes the document's brackets pair up better; turned back when both do."""
    text = "\n".join(line for page in pages for line in page)
    if not any(stand_in in text for stand_in in _STAND_IN.values()):
        return pages
    seen, stored = text.translate(_AS_SEEN), text.translate(_AS_STORED)
    # A text cut inside a quotation pairs up equally badly both ways: then the way brackets face
    # decides (an opening one is not followed by a space, a closing one not preceded by one).
    as_seen = (_unpaired(seen), _misfacing(seen))
    table = _AS_SEEN if as_seen <= (_unpaired(stored), _misfacing(stored)) else _AS_STORED
    return [[line.translate(table) for line in page] for page in pages]


def _misfacing(text: str) -> int:
    """How many brackets of ``text`` face the wrong way: an opening one before a space or the end of
    a line, a closing one after a space or at the start of a line."""
    openings = "".join(pair[0] for pair in _PAIRS)
    closings = "".join(pair[1] for pair in _PAIRS)
    return len(re.findall(rf"[{re.escape(openings)}](?=\s|$)", text, re.M)) + len(
        re.findall(rf"(?:^|(?<=\s))[{re.escape(closings)}]", text, re.M)
    )


def _unpaired(text: str) -> int:
    """How many brackets of ``text`` close nothing or are never closed."""
    count = 0
    for opening, closing in _PAIRS:
        depth = 0
        for char in text:
            if char == opening:
                depth += 1
            elif char == closing:
                if depth:
                    depth -= 1
                else:
                    count += 1
        count += depth
    return count


def _metadata(document: Any) -> dict[str, str]:
    import pypdfium2.raw as raw

    found: dict[str, str] = {}
    try:
        info = document.get_metadata_dict(skip_empty=True)
    except Exception:  # a broken info dictionary only loses metadata
        info = {}
    for key, field_name in (("title", "Title"), ("author", "Author")):
        value = info.get(field_name, "")
        if isinstance(value, str) and value.strip():
            found[key] = " ".join(value.split())
    created = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", info.get("CreationDate", ""))
    if created and 1 <= int(created[2]) <= 12 and 1 <= int(created[3]) <= 31:
        found["published"] = f"{created[1]}-{created[2]}-{created[3]}"
    try:
        import ctypes

        size = raw.FPDFCatalog_GetLanguage(document.raw, None, 0)  # bytes of UTF-16, with the final NUL
        buffer = (ctypes.c_ushort * max(1, size // 2))()
        raw.FPDFCatalog_GetLanguage(document.raw, buffer, size)
        lang = "".join(chr(unit) for unit in buffer).rstrip("\x00")
    except Exception:  # a catalogue PDFium cannot read has no language
        lang = ""
    primary = lang.split("-")[0].lower()
    if re.fullmatch(r"[a-z]{2,3}", primary):
        found["language"] = primary
    return found


def _drop_running_lines(pages: list[list[str]]) -> int:
    """Remove running headers and footers (the same line at the top or bottom of most pages) and lone
    page numbers (a paragraph of their own) at either edge of a page; return how many lines went."""
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
            # A page number stands apart: a number that ends a paragraph's last line is text.
            alone = (index == 0 or not page[index - 1]) and (index == len(page) - 1 or not page[index + 1])
            if page[index] and alone and _PAGE_NUMBER.match(page[index]):
                page[index] = ""
                dropped += 1
    return dropped


def _edge_indexes(page: list[str]) -> list[int]:
    content = [index for index, line in enumerate(page) if line]
    return sorted(set(content[:2] + content[-2:]))


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
