"""Files in: every article a fact-checker has, as clean, faithful text with its metadata.

One entry point, :func:`load`, takes a file (a path, or its bytes and name) and returns an
:class:`ImportResult`: the text to freeze, the metadata found in the file, what was proposed for
removal around the article, what is hidden in the text, and warnings in plain words. The format is
found from the content first and the name second (:mod:`factdesk.importers.sniff`):

========  ===========================================================================================
text      plain text in any encoding (:mod:`~factdesk.importers.plaintext`)
html      a saved web page (:mod:`~factdesk.importers.webpage`)
mhtml     a web archive, the page and its parts in one file (:mod:`~factdesk.importers.webpage`)
docx      a Word document (:mod:`~factdesk.importers.word`)
odt       an OpenDocument text (:mod:`~factdesk.importers.opendocument`)
pdf       a PDF with a text layer (:mod:`~factdesk.importers.pdf`)
========  ===========================================================================================

Then, whatever the format: line endings unified, Arabic presentation forms folded to letters (an
option, on by default), and the news conventions applied (:func:`factdesk.importers.news.parse_article`:
title line, dateline, the site's trailing boilerplate). Nothing is fetched from the network or from
other files while a file is read, and a file that cannot be imported is refused with
:class:`~factdesk.importers.errors.ImportRefused`, never with another exception.

Nothing here knows about Qt, SQL or the project file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from factdesk.core.text import count_hidden
from factdesk.importers import arabic, bylines, news, sgml
from factdesk.importers.errors import EMPTY, ImportRefused
from factdesk.importers.extracted import Extracted
from factdesk.importers.leaks import LeakedCode, find_leaked_code
from factdesk.importers.plaintext import detect_text, label, normalise_text
from factdesk.importers.report import hidden_characters
from factdesk.importers.safety import check_size, read_file
from factdesk.importers.sniff import FORMATS, sniff

__all__ = ["FORMATS", "ImportRefused", "ImportResult", "load", "apply_news_conventions"]

#: Arabic letters must make up this share of all letters for a text to be taken as Arabic.
_ARABIC_SHARE: Final = 0.5
#: Every byte but the ASCII letters: deleting them from UTF-8 leaves the Latin letters.
_NOT_ASCII_LETTERS: Final = bytes(b for b in range(256) if not (b < 128 and chr(b).isalpha()))


@dataclass(frozen=True, slots=True)
class ImportResult:
    """A file read for import, before the fact-checker confirms it and the text is frozen.

    ``text`` is what would be frozen: decoded, line endings unified, presentation forms folded (unless
    kept), title line, dateline and trailing boilerplate taken out. ``raw_text`` is the same text before
    the news conventions, so that a window can re-apply them differently
    (:func:`apply_news_conventions`); ``removed_head`` and ``removed_tail`` are what the conventions
    propose to take out, so that a window can show them and put them back.

    Metadata fields are "" when the file does not say: ``published`` is ISO 8601 (``2020-03-17``),
    ``outlet`` the site or publication's name, ``url`` its canonical address, ``language`` a language
    code. ``encoding`` is the codec that read the bytes ("" for PDF, whose text is not encoded as a
    whole); when it was guessed without confidence, ``encoding_confident`` is False and
    ``encoding_candidates`` holds ``(codec, preview)`` pairs for a picker. ``hidden`` counts the
    invisible and lookalike characters left in ``text`` (:func:`factdesk.core.text.count_hidden`), by
    kind; ``hidden_characters`` the invisible ones by name («RLO», «ZWNJ», «BOM»), for the report
    (:mod:`factdesk.importers.report`); ``leaked_code`` the stretches of a page's CSS or JavaScript left
    in ``text`` (:mod:`factdesk.importers.leaks`), reported, not removed.
    """

    text: str
    raw_text: str
    title: str = ""
    author: str = ""
    place: str = ""
    published: str = ""
    outlet: str = ""
    url: str = ""
    language: str = ""
    encoding: str = ""
    format: str = "text"
    removed_head: tuple[str, ...] = ()
    removed_tail: tuple[str, ...] = ()
    hidden: dict[str, int] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    encoding_confident: bool = True
    encoding_candidates: tuple[tuple[str, str], ...] = ()
    #: Lines kept in the text that might be a dateline or byline, for the fact-checker to confirm.
    proposals: tuple[news.Proposal, ...] = ()
    #: How many Arabic presentation forms (shaped letters) were turned into ordinary letters.
    presentation_forms: int = 0
    #: The invisible characters in ``text`` by short name (RLO, ZWNJ, BOM …), most frequent first.
    hidden_characters: dict[str, int] = field(default_factory=dict)
    #: Stretches of leaked stylesheet or script code in ``text``.
    leaked_code: tuple[LeakedCode, ...] = ()


def load(
    source: str | os.PathLike[str] | bytes,
    *,
    name: str,
    encoding: str | None = None,
    fold_presentation_forms: bool = True,
) -> ImportResult:
    """Read one file for import: a path, or the file's bytes.

    ``name`` is how messages call the file and what its extension is judged by; for a path, "" means
    the path's own file name. ``encoding`` forces the encoding of text and web pages (a byte order mark
    and valid UTF-8 still win, as in :func:`factdesk.importers.plaintext.decode_text`).
    ``fold_presentation_forms`` turns Arabic presentation forms into ordinary letters (U+FB50-U+FDFF and
    U+FE70-U+FEFC only, by NFKC).

    Raises :class:`ImportRefused` (with a reason key and words for the user) for anything that cannot be
    imported, and nothing else.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        path = None
    else:
        path = os.fspath(source)
        name = name or os.path.basename(path)
        data = read_file(path)
    try:
        return _load(data, name=name, encoding=encoding, fold=fold_presentation_forms, path=path)
    except ImportRefused as error:
        if error.path is None and path is not None:
            error.path = path
        raise


def apply_news_conventions(
    raw_text: str, *, title: str = "", title_hint: str = "", head_lines: Sequence[str] = ()
) -> news.ArticleDraft:
    """The news conventions as :func:`load` applies them to ``raw_text`` (for a window that re-applies them).

    ``head_lines`` are lines the format's reader found at the head of the text and proposes to take out
    too (``Extracted.removed_head``: a web page's byline); they join the draft's ``removed_head``.
    """
    draft = news.parse_article(raw_text, title_hint=title_hint, known_title=title)
    return bylines.take_head_lines(draft, head_lines) if head_lines else draft


def _load(data: bytes, *, name: str, encoding: str | None, fold: bool, path: str | None) -> ImportResult:
    sniffed = sniff(data, name)
    check_size(name, len(data), sniffed.format, path=path)
    extracted = _read(sniffed.format, data, name=name, encoding=encoding)
    if sniffed.warning:
        extracted.warnings.insert(0, sniffed.warning)

    raw = normalise_text(extracted.text)
    folded = 0
    if fold:
        raw, folded = arabic.fold_presentation_forms(raw)
        if folded:
            extracted.warnings.append(
                f"{folded} Arabic presentation forms (shaped letters) were turned into ordinary letters"
            )
        extracted.title, _ = arabic.fold_presentation_forms(extracted.title)
    if not raw.strip():
        raise ImportRefused(EMPTY, f"{label(name)} is empty: it holds no text to import.")

    draft = apply_news_conventions(raw, title=extracted.title, head_lines=extracted.removed_head)
    if not draft.text.strip():
        raise ImportRefused(EMPTY, f"{label(name)} holds no article text besides its title.")
    language = extracted.language or _language(draft.text)
    return ImportResult(
        text=draft.text,
        raw_text=raw,
        # A web page's headline is in its metadata; a document's metadata title is often a template's
        # or a file name, so its own title line wins.
        title=(extracted.title or draft.title)
        if extracted.format in ("html", "mhtml")
        else (draft.title or extracted.title),
        author=extracted.author or draft.author,
        place=extracted.place or draft.place,
        published=extracted.published,
        outlet=extracted.outlet,
        url=extracted.url,
        language=language,
        encoding=extracted.encoding,
        format=extracted.format,
        removed_head=draft.removed_head,
        removed_tail=draft.removed_tail,
        hidden=count_hidden(draft.text),
        warnings=tuple(extracted.warnings),
        encoding_confident=extracted.encoding_confident,
        encoding_candidates=extracted.encoding_candidates,
        proposals=draft.proposals,
        presentation_forms=folded,
        hidden_characters=hidden_characters(draft.text),
        leaked_code=find_leaked_code(draft.text),
    )


def _read(fmt: str, data: bytes, *, name: str, encoding: str | None) -> Extracted:
    if fmt == "text":
        decoded = detect_text(data, encoding=encoding, name=name)
        extracted = Extracted(
            text=decoded.text,
            format="text",
            encoding=decoded.encoding,
            encoding_confident=decoded.confident,
            encoding_candidates=decoded.candidates,
            warnings=list(decoded.warnings),
        )
        if sgml.is_markup(decoded.text):  # a TREC-style corpus file: fields, not tags, in the article
            doc = sgml.read_markup(decoded.text)
            extracted.text, extracted.title, extracted.published = doc.text, doc.title, doc.published
            extracted.url, extracted.author, extracted.place = doc.url, doc.author, doc.place
            extracted.warnings.extend(doc.warnings)
        return extracted
    if fmt == "html":
        from factdesk.importers.webpage import read_html

        return read_html(data, name=name, encoding=encoding)
    if fmt == "mhtml":
        from factdesk.importers.webpage import read_mhtml

        return read_mhtml(data, name=name, encoding=encoding)
    if fmt == "docx":
        from factdesk.importers.word import read_docx

        return read_docx(data, name=name)
    if fmt == "odt":
        from factdesk.importers.opendocument import read_odt

        return read_odt(data, name=name)
    from factdesk.importers.pdf import read_pdf

    return read_pdf(data, name=name)


def _language(text: str) -> str:
    """ "ar" when Arabic characters are at least half of the Arabic characters and Latin letters of the
    first 2,000 characters; "" (unknown) otherwise.

    Arabic characters are those of the Arabic block (U+0600-U+06FF): letters, and the few diacritics,
    digits and punctuation marks that go with them. They are counted in the UTF-8 bytes, where each
    starts with a byte 0xD8-0xDB that nothing else starts with, at a fraction of the cost of matching
    letters one by one (this runs for every imported file).
    """
    sample = text[:2000].encode("utf-8", "surrogatepass")
    arabic_chars = len(sample) - len(sample.translate(None, b"\xd8\xd9\xda\xdb"))
    if not arabic_chars:
        return ""
    latin = len(sample.translate(None, _NOT_ASCII_LETTERS))
    return "ar" if arabic_chars >= _ARABIC_SHARE * (arabic_chars + latin) else ""
