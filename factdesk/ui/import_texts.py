"""What the import screens say: the importers' refusals, warnings and hidden-character counts, and what
happened to each file of an import (:mod:`factdesk.app.imports`), in the interface language."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPlainTextEdit

from factdesk.app import imports as app_imports
from factdesk.app.imports import FileOutcome
from factdesk.importers import ImportResult
from factdesk.importers import errors as refusals
from factdesk.importers.errors import ImportRefused
from factdesk.importers.leaks import LeakedCode
from factdesk.importers.news import Proposal
from factdesk.importers.plaintext import pretty_encoding
from factdesk.importers.report import ImportReport, describe_hidden
from factdesk.ui.dialogs import embed, interface_direction, ltr

#: ``t("ImportDialog", "…")`` calls are collected by packaging/update_translations.py.
t = QCoreApplication.translate

#: The formats whose bytes are decoded as a whole, so that the encoding can be chosen.
ENCODED_FORMATS = ("text", "html", "mhtml")
#: Encodings always offered in the picker, after the candidates of the guess.
COMMON_ENCODINGS = (
    "utf-8",
    "cp1256",
    "iso8859-6",
    "cp720",
    "cp864",
    "mac-arabic",
    "utf-16-le",
    "utf-16-be",
    "cp1252",
)
#: The reason of a file left out of a several-file import because its encoding is not sure.
UNCERTAIN = app_imports.UNCERTAIN

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
    return refusal_words(error.reason, str(error))


def refusal_words(reason: str, message: str) -> str:
    """:func:`refusal_text` from a refusal's reason key and the importer's own words."""
    words = {
        refusals.NOT_UTF8: t("ImportDialog", "Its encoding could not be found: no known encoding reads it."),
        refusals.UNDECODABLE: t(
            "ImportDialog", "The chosen encoding cannot read this file. Choose another one."
        ),
        refusals.UNKNOWN_ENCODING: t("ImportDialog", "That encoding is not one FactDesk knows."),
        refusals.BINARY: t(
            "ImportDialog", "It is not text: it looks like an image, a program or a compressed file."
        ),
        refusals.EMPTY: t("ImportDialog", "It holds no article text."),
        refusals.TOO_LARGE: t("ImportDialog", "It is larger than any article could be."),
        refusals.UNREADABLE: t(
            "ImportDialog", "It could not be opened: it is missing, a folder, or not readable."
        ),
        refusals.NEEDS_OCR: t(
            "ImportDialog",
            "It is a PDF without a text layer (a scan): it needs text "
            "recognition (OCR) before it can be imported.",
        ),
        refusals.UNSUPPORTED: t(
            "ImportDialog",
            "FactDesk does not import this kind of file. It imports text, web "
            "pages, Word, OpenDocument and PDF files.",
        ),
        refusals.DAMAGED: t("ImportDialog", "The document is damaged: its structure cannot be read."),
        refusals.UNSAFE: t(
            "ImportDialog", "The document is built to exhaust memory or time, so it was not opened."
        ),
        refusals.ENCRYPTED: t(
            "ImportDialog",
            "The document is locked with a password. Remove the password, then import it again.",
        ),
    }
    return words.get(reason, message)


def uncertain_text(result: ImportResult) -> str:
    """Why a file whose encoding is not sure was left out of a several-file import."""
    return t(
        "ImportDialog",
        "Its encoding could not be told for sure (best guess: %1). Import it on its own, "
        "or choose Review, to pick the encoding in which it reads.",
    ).replace("%1", encoding_name(result.encoding))


_WARNINGS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"named (?:like .+|«.*»), but it is .+; read as such"),
        lambda m: t(
            "ImportDialog", "The file's name does not match what it holds; it was read as what it is."
        ),
    ),
    (
        re.compile(r"(\d+) Arabic presentation forms \(shaped letters\) were turned into ordinary letters"),
        lambda m: t(
            "ImportDialog", "%1 Arabic presentation forms (shaped letters) were turned into ordinary letters."
        ).replace("%1", m[1]),
    ),
    (
        re.compile(r"the page declared its own XML entities; they were ignored"),
        lambda m: t("ImportDialog", "The page declared its own XML entities; they were ignored."),
    ),
    (
        re.compile(r"the lead paragraph shown above the article body was added to it"),
        lambda m: t("ImportDialog", "The lead paragraph shown above the article was added to its text."),
    ),
    (
        re.compile(r"(\d+) HTML entities left in the text by the site were decoded"),
        lambda m: t(
            "ImportDialog",
            "%1 HTML entities left in the text by the site were turned into the characters they stand for.",
        ).replace("%1", m[1]),
    ),
    (
        re.compile(
            r"pages (.+) have no text layer \(scanned\?\): their text is missing; run OCR to include it"
        ),
        lambda m: t(
            "ImportDialog",
            "Pages %1 have no text layer (scanned?): their text is missing. Run text "
            "recognition (OCR) on them to include it.",
        ).replace("%1", ltr(m[1])),
    ),
    (
        re.compile(r"(\d+) running header, footer or page-number lines were left out"),
        lambda m: t("ImportDialog", "%1 running header, footer or page-number lines were left out.").replace(
            "%1", m[1]
        ),
    ),
    (
        re.compile(r"the page says it is (.+), but it cannot be read that way"),
        lambda m: t("ImportDialog", "The page says it is in %1, but it cannot be read that way.").replace(
            "%1", ltr(m[1])
        ),
    ),
    (
        re.compile(r"the page says it is (.+), but its text is Arabic in (.+)"),
        lambda m: (
            t("ImportDialog", "The page says it is in %1, but its text is Arabic in %2; it was read as %2.")
            .replace("%1", ltr(m[1]))
            .replace("%2", ltr(m[2]))
        ),
    ),
    (
        re.compile(
            r"encoding guessed as (.+) with low confidence \(([\d.]+)\): compare the candidates and choose "
            r"the encoding that reads"
        ),
        lambda m: t(
            "ImportDialog",
            "The encoding was guessed as %1, but without confidence. Compare the "
            "candidates and choose the encoding in which the text reads.",
        ).replace("%1", ltr(m[1])),
    ),
    (
        re.compile(r"encoding guessed as (.+) without a byte order mark \(confidence ([\d.]+)\)"),
        lambda m: t(
            "ImportDialog", "The encoding was guessed as %1 (the file has no byte order mark)."
        ).replace("%1", ltr(m[1])),
    ),
    (
        re.compile(r"encoding guessed as (.+) \(confidence ([\d.]+)\)"),
        lambda m: t("ImportDialog", "The encoding was guessed as %1.").replace("%1", ltr(m[1])),
    ),
    (
        re.compile(
            r"mojibake repaired: (\d+) garbled stretch(?:es)? of Arabic \(UTF-8 once misread as (.+)\) "
            r"turned back into Arabic"
        ),
        lambda m: (
            t(
                "ImportDialog",
                "%1 garbled stretches of Arabic (text once misread as %2) were turned back into Arabic.",
            )
            .replace("%1", m[1])
            .replace("%2", ltr(m[2]))
        ),
    ),
    (
        re.compile(
            r"mojibake left as it is: (\d+) stretch(?:es)? looks? like garbled Arabic \(UTF-8 once misread as "
            r"(.+?)\) but could not be repaired with certainty, so (?:it is|they are) kept unchanged: (.+)\. "
            r"Compare with the original\.?",
            re.S,
        ),
        lambda m: (
            t(
                "ImportDialog",
                "%1 stretch(es) look like garbled Arabic (text once misread as %2) but could not "
                "be repaired with certainty; they are kept unchanged: %3. Compare them with the "
                "original.",
            )
            .replace("%1", m[1])
            .replace("%2", ltr(m[2]))
            .replace("%3", m[3])
        ),
    ),
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
    names = {
        "bidi_controls": t("ImportDialog", "direction marks"),
        "zero_width": t("ImportDialog", "zero-width characters"),
        "presentation_forms": t("ImportDialog", "presentation forms"),
        "tatweel": t("ImportDialog", "tatweel"),
    }
    comma = "، " if interface_direction() == Qt.LayoutDirection.RightToLeft else ", "
    detail = comma.join(f"{names.get(k, k)}: {v}" for k, v in counts.items() if v)
    return t(
        "ImportDialog",
        "The text has %n hidden character(s) (%1). They are kept, and shown when invisible "
        "characters are shown.",
        None,
        total,
    ).replace("%1", detail)


def hidden_character_name(short: str) -> str:
    """What «RLO», «ZWNJ» … stand for, in the interface language."""
    names = {
        "LRM": t("ImportDialog", "left-to-right mark"),
        "RLM": t("ImportDialog", "right-to-left mark"),
        "ALM": t("ImportDialog", "Arabic letter mark"),
        "LRE": t("ImportDialog", "left-to-right embedding"),
        "RLE": t("ImportDialog", "right-to-left embedding"),
        "PDF": t("ImportDialog", "pop directional formatting"),
        "LRO": t("ImportDialog", "left-to-right override"),
        "RLO": t("ImportDialog", "right-to-left override"),
        "LRI": t("ImportDialog", "left-to-right isolate"),
        "RLI": t("ImportDialog", "right-to-left isolate"),
        "FSI": t("ImportDialog", "first strong isolate"),
        "PDI": t("ImportDialog", "pop directional isolate"),
        "ZWSP": t("ImportDialog", "zero width space"),
        "ZWNJ": t("ImportDialog", "zero width non-joiner"),
        "ZWJ": t("ImportDialog", "zero width joiner"),
        "WJ": t("ImportDialog", "word joiner"),
        "BOM": t("ImportDialog", "byte order mark inside the text"),
        "SHY": t("ImportDialog", "soft hyphen"),
        "MVS": t("ImportDialog", "Mongolian vowel separator"),
        "LSEP": t("ImportDialog", "line separator"),
        "PSEP": t("ImportDialog", "paragraph separator"),
    }
    return names.get(short) or describe_hidden(short)


def hidden_names_text(named: dict[str, int]) -> str:
    """The invisible characters by name («RLO (right-to-left override): 2»), or "" when there are none."""
    if not named:
        return ""
    comma = "، " if interface_direction() == Qt.LayoutDirection.RightToLeft else ", "
    parts = comma.join(
        f"{ltr(name)} ({hidden_character_name(name)}): {count}" for name, count in named.items()
    )
    return t("ImportDialog", "By name: %1.").replace("%1", parts)


def leaks_text(leaks: tuple[LeakedCode, ...]) -> str:
    """Where a web page's code (CSS, JavaScript) was left in the text, or "" when nowhere."""
    if not leaks:
        return ""
    where = [
        t("ImportDialog", "line %1: «%2»").replace("%1", str(leak.line)).replace("%2", ltr(leak.excerpt))
        for leak in leaks
    ]
    return "\n".join(
        [
            t(
                "ImportDialog",
                "The text holds %n piece(s) of a web page's code (CSS or JavaScript), left by the site. "
                "They are kept as they are: do not quote them.",
                None,
                len(leaks),
            ),
            *where,
        ]
    )


def proposal_text(proposal: Proposal) -> str:
    """A line kept in the text that may be a dateline, with what accepting it would give."""
    unknown = t("ImportDialog", "unknown")
    # a mark of the interface's direction first: an Arabic line quoted first must not turn an English
    # sentence right to left
    start = "\u200f" if interface_direction() == Qt.LayoutDirection.RightToLeft else "\u200e"
    return start + (
        t("ImportDialog", "«%1» may be a dateline: place %2, author %3.")
        .replace("%1", embed(proposal.line.strip()))
        .replace("%2", f"«{embed(proposal.place)}»" if proposal.place else unknown)
        .replace("%3", f"«{embed(proposal.author)}»" if proposal.author else unknown)
    )


def report_text(report: ImportReport | None) -> str:
    """The import report of one file of a several-file import: every line taken out, the lines that may
    be a dateline, the hidden characters by name, the presentation forms folded, leaked page code."""
    if report is None or report.empty:
        return t("ImportDialog", "Nothing was taken out of the text, and it holds no hidden characters.")
    lines = [
        t("ImportDialog", "Taken out at the top: «%1»").replace("%1", embed(line))
        for line in report.removed_head
    ]
    lines += [
        t("ImportDialog", "Taken out at the end: «%1»").replace("%1", embed(line))
        for line in report.removed_tail
    ]
    if report.removed_head or report.removed_tail:
        lines.append(
            t(
                "ImportDialog",
                "To keep one of these lines, undo the import and import the file on its "
                "own: its review lets you keep any line.",
            )
        )
    lines += [
        t("ImportDialog", "Kept in the text: %1").replace("%1", proposal_text(p)) for p in report.proposals
    ]
    named = hidden_names_text(report.hidden_characters)
    if named:
        lines.append(t("ImportDialog", "Hidden characters, kept in the text. %1").replace("%1", named))
    if report.presentation_forms:
        lines.append(
            t(
                "ImportDialog",
                "%1 Arabic presentation forms (shaped letters) were turned into ordinary letters.",
            ).replace("%1", str(report.presentation_forms))
        )
    leaks = leaks_text(report.leaked_code)
    if leaks:
        lines.append(leaks)
    return "\n".join(lines)


def align_right(editor: QPlainTextEdit) -> None:
    """Right-to-left paragraphs that start at the right edge, as in the reader: QPlainTextEdit keeps them
    to the left by default (and mirrors a plain AlignRight; AlignAbsolute keeps right meaning right)."""
    editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    option = editor.document().defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    editor.document().setDefaultTextOption(option)


# ---------------------------------------------------------------------------------------------
# what happened to each file of an import


def budget_text(used: int) -> str:
    return t(
        "ImportDialog",
        "Not imported: this import already holds %1 characters of text, as much as one "
        "import holds. Import the remaining files in another go.",
    ).replace("%1", f"{used:,}")


def outcome_text(outcome: FileOutcome) -> str:
    """What happened to one file (:mod:`factdesk.app.imports`), in the interface language: the title
    imported, the article it duplicates, why it failed or was skipped."""
    a = app_imports
    untitled = t("ImportDialog", "(untitled)")
    if outcome.status == a.IMPORTED:
        return outcome.title
    if outcome.status == a.DUPLICATE:
        if outcome.reason == a.IN_THIS_IMPORT:
            return t("ImportDialog", "the same text as «%1», imported with it").replace(
                "%1", embed(outcome.duplicate_of)
            )
        return t("ImportDialog", "already in the project as «%1»").replace(
            "%1", embed(outcome.duplicate_of or untitled)
        )
    if outcome.status == a.SKIPPED:
        return t(
            "ImportDialog",
            "Left out: not a kind of file FactDesk imports (text, web pages, Word, OpenDocument, PDF).",
        )
    if outcome.reason == a.TOO_MUCH:
        return budget_text(int(outcome.extra.get("used", 0)))
    if outcome.reason == a.UNCERTAIN and outcome.result is not None:
        return uncertain_text(outcome.result)
    if outcome.reason == a.ERROR:
        return t("ImportDialog", "FactDesk could not read it: %1").replace(
            "%1", str(outcome.extra.get("error", ""))
        )
    if outcome.reason == a.REFUSED:
        return t("ImportDialog", "Nothing was imported: %1").replace("%1", str(outcome.extra.get("why", "")))
    return refusal_words(outcome.reason, outcome.message)
