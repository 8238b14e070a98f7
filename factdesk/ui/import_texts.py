"""What the import screens say: the importers' refusals, warnings and hidden-character counts in
the interface language, and the pure helpers that turn a reviewed result into an operation."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt

from factdesk.core import operations as ops
from factdesk.core import text as textrules
from factdesk.importers import ImportResult
from factdesk.importers import errors as refusals
from factdesk.importers.errors import ImportRefused
from factdesk.importers.plaintext import pretty_encoding
from factdesk.ui.dialogs import interface_direction, ltr, normalise_date

#: ``t("ImportDialog", "…")`` calls are collected by packaging/update_translations.py.
t = QCoreApplication.translate

#: The formats whose bytes are decoded as a whole, so that the encoding can be chosen.
ENCODED_FORMATS = ("text", "html", "mhtml")
#: Encodings always offered in the picker, after the candidates of the guess.
COMMON_ENCODINGS = ("utf-8", "cp1256", "iso8859-6", "cp720", "cp864", "mac-arabic", "utf-16-le", "utf-16-be",
                    "cp1252")
#: The reason of a file left out of a several-file import because its encoding is not sure.
UNCERTAIN = "uncertain-encoding"

WARNING_COLOR = "#8d6e00"
MUTED_COLOR = "#607d8b"


# ---------------------------------------------------------------------------------------------
# the importers' words, in the interface language


def format_name(fmt: str) -> str:
    names = {
        "text": t("ImportDialog", "plain text"),
        "html": t("ImportDialog", "a web page"),
        "mhtml": t("ImportDialog", "a web archive"),
        "docx": t("ImportDialog", "a Word document"),
        "odt": t("ImportDialog", "an OpenDocument text"),
        "pdf": t("ImportDialog", "a PDF document"),
    }
    return names.get(fmt, fmt)


def encoding_name(codec: str) -> str:
    """``cp1256`` -> «Windows-1256», kept left to right inside Arabic sentences."""
    return ltr(pretty_encoding(codec))


def refusal_text(error: ImportRefused) -> str:
    """Why a file was refused, in plain words of the interface language (the importer's own message,
    in English, goes in a tooltip)."""
    words = {
        refusals.NOT_UTF8: t("ImportDialog", "Its encoding could not be found: no known encoding reads it."),
        refusals.UNDECODABLE: t("ImportDialog", "The chosen encoding cannot read this file. Choose another one."),
        refusals.UNKNOWN_ENCODING: t("ImportDialog", "That encoding is not one FactDesk knows."),
        refusals.BINARY: t("ImportDialog", "It is not text: it looks like an image, a program or a compressed file."),
        refusals.EMPTY: t("ImportDialog", "It holds no article text."),
        refusals.TOO_LARGE: t("ImportDialog", "It is larger than any article could be."),
        refusals.UNREADABLE: t("ImportDialog", "It could not be opened: it is missing, a folder, or not readable."),
        refusals.NEEDS_OCR: t("ImportDialog", "It is a PDF without a text layer (a scan): it needs text "
                                              "recognition (OCR) before it can be imported."),
        refusals.UNSUPPORTED: t("ImportDialog", "FactDesk does not import this kind of file. It imports text, web "
                                                "pages, Word, OpenDocument and PDF files."),
        refusals.DAMAGED: t("ImportDialog", "The document is damaged: its structure cannot be read."),
        refusals.UNSAFE: t("ImportDialog", "The document is built to exhaust memory or time, so it was not opened."),
        refusals.ENCRYPTED: t("ImportDialog", "The document is locked with a password. Remove the password, "
                                              "then import it again."),
    }
    return words.get(error.reason, str(error))


def uncertain_text(result: ImportResult) -> str:
    """Why a file whose encoding is not sure was left out of a several-file import."""
    return t("ImportDialog", "Its encoding could not be told for sure (best guess: %1). Import it on its own, "
                             "or choose Review, to pick the encoding in which it reads.").replace(
        "%1", encoding_name(result.encoding))


_WARNINGS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"named (?:like .+|«.*»), but it is .+; read as such"),
     lambda m: t("ImportDialog", "The file's name does not match what it holds; it was read as what it is.")),
    (re.compile(r"(\d+) Arabic presentation forms \(shaped letters\) were turned into ordinary letters"),
     lambda m: t("ImportDialog", "%1 Arabic presentation forms (shaped letters) were turned into ordinary "
                                 "letters.").replace("%1", m[1])),
    (re.compile(r"the page declared its own XML entities; they were ignored"),
     lambda m: t("ImportDialog", "The page declared its own XML entities; they were ignored.")),
    (re.compile(r"the lead paragraph shown above the article body was added to it"),
     lambda m: t("ImportDialog", "The lead paragraph shown above the article was added to its text.")),
    (re.compile(r"(\d+) HTML entities left in the text by the site were decoded"),
     lambda m: t("ImportDialog", "%1 HTML entities left in the text by the site were turned into the "
                                 "characters they stand for.").replace("%1", m[1])),
    (re.compile(r"pages (.+) have no text layer \(scanned\?\): their text is missing; run OCR to include it"),
     lambda m: t("ImportDialog", "Pages %1 have no text layer (scanned?): their text is missing. Run text "
                                 "recognition (OCR) on them to include it.").replace("%1", ltr(m[1]))),
    (re.compile(r"(\d+) running header, footer or page-number lines were left out"),
     lambda m: t("ImportDialog", "%1 running header, footer or page-number lines were left out.")
     .replace("%1", m[1])),
    (re.compile(r"(\d+) lines were stored in visual order \(right to left backwards\) and were put back in "
                r"reading order"),
     lambda m: t("ImportDialog", "%1 lines were stored backwards (in visual order) and were put back in "
                                 "reading order.").replace("%1", m[1])),
    (re.compile(r"the page says it is (.+), but it cannot be read that way"),
     lambda m: t("ImportDialog", "The page says it is in %1, but it cannot be read that way.")
     .replace("%1", ltr(m[1]))),
    (re.compile(r"the page says it is (.+), but its text is Arabic in (.+)"),
     lambda m: t("ImportDialog", "The page says it is in %1, but its text is Arabic in %2; it was read as %2.")
     .replace("%1", ltr(m[1])).replace("%2", ltr(m[2]))),
    (re.compile(r"encoding guessed as (.+) with low confidence \(([\d.]+)\): compare the candidates and choose "
                r"the encoding that reads"),
     lambda m: t("ImportDialog", "The encoding was guessed as %1, but without confidence. Compare the "
                                 "candidates and choose the encoding in which the text reads.")
     .replace("%1", ltr(m[1]))),
    (re.compile(r"encoding guessed as (.+) without a byte order mark \(confidence ([\d.]+)\)"),
     lambda m: t("ImportDialog", "The encoding was guessed as %1 (the file has no byte order mark).")
     .replace("%1", ltr(m[1]))),
    (re.compile(r"encoding guessed as (.+) \(confidence ([\d.]+)\)"),
     lambda m: t("ImportDialog", "The encoding was guessed as %1.").replace("%1", ltr(m[1]))),
    (re.compile(r"mojibake repaired: (\d+) garbled stretch(?:es)? of Arabic \(UTF-8 once misread as (.+)\) "
                r"turned back into Arabic"),
     lambda m: t("ImportDialog", "%1 garbled stretches of Arabic (text once misread as %2) were turned back "
                                 "into Arabic.").replace("%1", m[1]).replace("%2", ltr(m[2]))),
]


def warning_text(warning: str) -> str:
    """An importer's warning in plain words of the interface language (as it is, if unknown)."""
    for pattern, words in _WARNINGS:
        match = pattern.fullmatch(warning.strip())
        if match is not None:
            return words(match)
    return warning


def hidden_text(counts: dict[str, int]) -> str:
    """What :func:`factdesk.core.text.count_hidden` found, as a sentence."""
    total = sum(counts.values())
    if total == 0:
        return t("ImportDialog", "The text has no hidden characters.")
    names = {"bidi_controls": t("ImportDialog", "direction marks"),
             "zero_width": t("ImportDialog", "zero-width characters"),
             "presentation_forms": t("ImportDialog", "presentation forms"),
             "tatweel": t("ImportDialog", "tatweel")}
    comma = "، " if interface_direction() == Qt.LayoutDirection.RightToLeft else ", "
    detail = comma.join(f"{names.get(k, k)}: {v}" for k, v in counts.items() if v)
    return t("ImportDialog", "The text has %n hidden character(s) (%1). They are kept, and shown when invisible "
                             "characters are shown.", None, total).replace("%1", detail)


# ---------------------------------------------------------------------------------------------
# the text and the operation


def _locate(raw: str, result: ImportResult) -> list[tuple[str, int, int, int]] | None:
    """``(kind, index, start, end)`` of each proposed removal and of the body in ``raw``, in order;
    None if they cannot be found (then nothing is taken out)."""
    pieces: list[tuple[str, int, int, int]] = []
    pos = 0
    for i, line in enumerate(result.removed_head):
        at = raw.find(line, pos)
        if at < 0:
            return None
        pieces.append(("head", i, at, at + len(line)))
        pos = at + len(line)
    at = raw.find(result.text, pos)
    if at < 0:
        return None
    pieces.append(("body", 0, at, at + len(result.text)))
    pos = at + len(result.text)
    for i, line in enumerate(result.removed_tail):
        at = raw.find(line, pos)
        if at < 0:
            return None
        pieces.append(("tail", i, at, at + len(line)))
        pos = at + len(line)
    return pieces


def text_with_choices(result: ImportResult, remove_head: Sequence[bool], remove_tail: Sequence[bool]) -> str:
    """The article's text with only the chosen removals made.

    ``remove_head[i]`` and ``remove_tail[i]`` say whether ``result.removed_head[i]`` and
    ``result.removed_tail[i]`` are taken out. With every proposal taken, this is ``result.text``;
    a line put back returns to the text where it was in ``result.raw_text``, with the blank lines
    that separated it from the body.
    """
    heads = [bool(x) for x in remove_head][: len(result.removed_head)]
    tails = [bool(x) for x in remove_tail][: len(result.removed_tail)]
    heads += [True] * (len(result.removed_head) - len(heads))
    tails += [True] * (len(result.removed_tail) - len(tails))
    if all(heads) and all(tails):
        return result.text
    raw = result.raw_text
    pieces = _locate(raw, result)
    if pieces is None:  # cannot happen with the news rules; keep everything rather than guess
        return raw
    removed = {("head", i) for i, r in enumerate(heads) if r} | {("tail", i) for i, r in enumerate(tails) if r}
    kept = [p for p in pieces if (p[0], p[1]) not in removed]
    start, end = kept[0][2], kept[-1][3]
    body = next(i for i, p in enumerate(pieces) if p[0] == "body")
    cuts: list[tuple[int, int]] = []
    for i, (kind, index, a, b) in enumerate(pieces):
        if (kind, index) not in removed or b <= start or a >= end:
            continue
        # a removed line between kept ones goes with the blank lines on its far side from the body
        cuts.append((a, pieces[i + 1][2]) if i < body else (pieces[i - 1][3], b))
    out, pos = [], start
    for a, b in sorted(cuts):
        out.append(raw[pos:a])
        pos = b
    out.append(raw[pos:end])
    return "".join(out)


def describe_origin(name: str, result: ImportResult, *, pasted: bool = False) -> str:
    """Where an article came from, as the project records it (the command line's form)."""
    origin = "paste" if pasted else f"file:{name}"
    if result.format != "text":
        origin += f";format={result.format}"
    if result.encoding and not pasted:
        origin += f";encoding={result.encoding}"
    return origin


def _plain(value: str) -> str:
    """Metadata is searched and compared: no hidden direction marks, no spaces around."""
    return textrules.strip_bidi_controls(value).strip()


def operation_from_result(result: ImportResult, *, origin: str) -> ops.ImportArticle:
    """The import of ``result`` as proposed, with every proposed removal made."""
    return ops.ImportArticle(
        text=result.text, title=textrules.neutralise_bidi(result.title).strip(), outlet=_plain(result.outlet),
        author=_plain(result.author), place=_plain(result.place), url=_plain(result.url),
        published=normalise_date(result.published) or "", language=result.language or "ar", origin=origin)


# ---------------------------------------------------------------------------------------------
# ImportReviewDialog
