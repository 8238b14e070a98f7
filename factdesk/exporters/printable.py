"""The printable report: an HTML page and a PDF made from it, right to left, Arabic shaped.

Per claim: the verdict, the rationale, the quoted appearances with article, outlet and date, the
evidence with its sources and links, and the corrections history; before the claims, the
dashboard's charts (SVG, their text drawn as shaped outlines by matplotlib).

Everything a fact-checker or an article wrote is escaped (a claim cannot inject markup), cleaned
of controls (:func:`factdesk.exporters.safe_cells.clean_text`) and isolated (a ``<bdi>``, or a block
of its own with its own direction, so that a claim in Arabic reads and aligns right to left in the
English report too), so that an unclosed direction override in one quote cannot reorder the words
around it; dates and
numbers sit in left-to-right isolates and read in order. Links are kept only for http(s) URLs.

The PDF is WeasyPrint's rendering of the same HTML: Pango and HarfBuzz shape the Arabic, so the
text is given as written (never reshaped by arabic-reshaper, which would shape it twice). It is set
in Noto Naskh Arabic (and Noto Sans for Latin letters and signs), shipped in ``resources/fonts``
(OFL) and named by ``@font-face``, never a system font. The font decides whether the PDF's text
layer gives the words back: with DejaVu Sans (the usual fallback) or Noto Sans Arabic, lam-alef is
one ligature glyph mapped to two letters, which pdftotext spreads over the glyph left to right and
then reverses with the line («ال» for «لا», «اإلسالم» for «الإسلام»); Amiri draws lam-alef as two
glyphs but kerns raa under the next letter so far that pdftotext sees a word break («تصر يحات»).
Noto Naskh Arabic draws one glyph per letter, hamza forms included, and gives the words back
exactly (tests/exporters/test_printable_pdf.py); the harakat, drawn before their letter in a
right-to-left run, may still come back detached.

A large report is laid out in parts (the first pages, then the claims in batches of
:data:`CLAIMS_PER_PART`), each a WeasyPrint document of its own, joined with pypdf: WeasyPrint keeps
a whole document's boxes in memory, so a 10,000-claim report in one pass took 11 GB. Each claim
starts a page, so the parts break where one document would and the joined PDF has the same pages
whatever the batch size; the page footers («page N of M») and the outline are added once the number
of pages is known.
"""

from __future__ import annotations

import base64
import html
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple

from factdesk import packaged
from factdesk.core.dashboard import Dashboard
from factdesk.core.labels import in_language, role_word, stance_word
from factdesk.core.report import ClaimReport, CorrectionLine
from factdesk.exporters.atomic import replacing_path, replacing_text
from factdesk.exporters.safe_cells import clean_text

if TYPE_CHECKING:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import IndirectObject

#: The report's own words: key -> (English, Arabic)
WORDS: Final = {
    "title": ("Verified-claim report", "تقرير الادعاءات المُتحقَّق منها"),
    "generated": ("Generated", "أُعدّ في"),
    "claims_count": ("Claims in this report", "عدد الادعاءات في التقرير"),
    "dashboard": ("Dashboard", "لوحة المؤشرات"),
    "claims": ("Claims", "الادعاءات"),
    "verdict": ("Verdict", "الحكم"),
    "reviewer": ("Reviewer", "المراجِع"),
    "reviewed": ("Reviewed", "تاريخ المراجعة"),
    "rationale": ("Rationale", "التعليل"),
    "appearances": ("Where it appeared", "مواضع وروده"),
    "evidence": ("Evidence", "الأدلة"),
    "corrections": ("Corrections history", "سجل التصحيحات"),
    "date": ("Date", "التاريخ"),
    "previous": ("Previous verdict", "الحكم السابق"),
    "none": ("None", "لا يوجد"),
    "no_date": ("date not known", "تاريخ غير معروف"),
    "no_outlet": ("outlet not known", "وسيلة غير معروفة"),
    "untitled": ("(untitled)", "(بلا عنوان)"),
    "page": ("Page", "صفحة"),
    "of": ("of", "من"),
}

FORMATS: Final = (".html", ".htm", ".pdf")

#: Claims laid out per WeasyPrint document when the PDF is made (memory grows with a document's size)
CLAIMS_PER_PART: Final = 200

#: The printable report's fonts, shipped in resources/fonts (SIL Open Font License, OFL.txt there):
#: (family, file, weight)
FONT_FILES: Final = (
    ("Noto Naskh Arabic", "NotoNaskhArabic-Regular.ttf", "normal"),
    ("Noto Naskh Arabic", "NotoNaskhArabic-Bold.ttf", "bold"),
    ("Noto Sans", "NotoSans-Regular.ttf", "normal"),
    ("Noto Sans", "NotoSans-Bold.ttf", "bold"),
)

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_SAFE_URL = re.compile(r"https?://[^\s\"'<>]+", re.IGNORECASE)


class Heading(NamedTuple):
    """What the report's first page says of itself."""

    project: str
    organisation: str
    generated: str  # ISO date (or timestamp) the report was made


def word(key: str, lang: str) -> str:
    en, ar = WORDS[key]
    return in_language(ar, en, lang)


def text(value: str) -> str:
    """A stretch of someone's text, safe in HTML: cleaned, escaped, isolated for direction."""
    return f"<bdi>{html.escape(clean_text(value), quote=True)}</bdi>"


def plain(value: str) -> str:
    return html.escape(clean_text(value), quote=True)


def direction(value: str) -> str:
    """A block's own direction, from its first strong letter (HTML's ``dir="auto"``, which WeasyPrint
    does not apply): an Arabic claim reads and aligns right to left in the English report too."""
    from factdesk.core.text import base_direction

    return base_direction(value) or "auto"


def ltr(value: str) -> str:
    """A date or number, kept in its left-to-right order inside Arabic lines."""
    return f'<bdi dir="ltr">{html.escape(clean_text(value), quote=True)}</bdi>'


def link(url: str) -> str:
    """An http(s) URL as a link; anything else (javascript:, data:, a bare word) as plain text."""
    cleaned = clean_text(url).strip()
    if _SAFE_URL.fullmatch(cleaned):
        safe = html.escape(cleaned, quote=True)
        return f'<a dir="ltr" href="{safe}">{safe}</a>'
    return ltr(cleaned) if cleaned else ""


def _day(value: str) -> str:
    return value[:10] if len(value) >= 10 and value[4:5] == "-" else value


def _badge(label: str, colour: str) -> str:
    if not _COLOUR.fullmatch(colour or ""):
        return f'<span class="badge">{text(label)}</span>'
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    ink = "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#ffffff"
    return f'<span class="badge" style="background:{colour};color:{ink}">{text(label)}</span>'


#: The page and its footer: the HTML report's own (a browser prints it); the PDF's parts have none,
#: their footers are laid out apart once the number of pages is known (:func:`write_pdf`).
PAGE: Final = """
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
"""
FOOTER: Final = """
@page { @bottom-center { content: "%(page)s " counter(page) " %(of)s " %(pages)s; font-size: 9pt; color: #555; } }
"""

STYLE: Final = """
html { font-family: "Noto Naskh Arabic", "Noto Sans", "DejaVu Sans", sans-serif; font-size: 10.5pt; }
body { margin: 0; line-height: 1.5; }
h1 { font-size: 20pt; margin: 0 0 4mm 0; }
h2 { font-size: 13pt; margin: 0 0 2mm 0; }
h3 { font-size: 10.5pt; margin: 3mm 0 1mm 0; color: #333; break-after: avoid; bookmark-level: none; }
.meta { color: #444; margin: 0 0 1mm 0; }
.charts img { width: 49%; margin: 0 0 3mm 0; }
.claim { border-top: 1px solid #999; padding: 3mm 0 2mm 0; break-before: page; }
.claims-title + .claim { break-before: auto; }
.claim h2, .claim .meta { break-after: avoid; }
.badge { padding: 0.5mm 2mm; border-radius: 1mm; border: 1px solid #777; }
.rationale { white-space: pre-wrap; margin: 0; }
ul, ol { margin: 0; padding-inline-start: 6mm; }
q { quotes: "«" "»"; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { border: 1px solid #bbb; padding: 0.6mm 1.5mm; text-align: start; vertical-align: top; }
a { color: #1a4f9c; word-break: break-all; }
.none { color: #777; }
.first-page { break-after: page; }
"""


def _appearances(report: ClaimReport, lang: str) -> str:
    if not report.appearances:
        return f'<p class="none">{word("none", lang)}</p>'
    items = []
    for a in report.appearances:
        where = [text(a.article_title) if a.article_title else word("untitled", lang)]
        where.append(text(a.outlet) if a.outlet else word("no_outlet", lang))
        where.append(ltr(a.published) if a.published else word("no_date", lang))
        items.append(
            f"<li><q>{text(a.quote)}</q> — {'، '.join(where) if lang == 'ar' else ', '.join(where)}"
            f" ({plain(role_word(a.role, lang))})</li>"
        )
    return "<ol>" + "".join(items) + "</ol>"


def _evidence(report: ClaimReport, lang: str) -> str:
    if not report.evidence:
        return f'<p class="none">{word("none", lang)}</p>'
    items = []
    for e in report.evidence:
        parts = [f"<strong>{text(e.source_title)}</strong>"]
        if e.publisher:
            parts.append(text(e.publisher))
        parts.append(plain(stance_word(e.stance, lang)))
        if e.source_url:
            parts.append(link(e.source_url))
        line = " — ".join(parts)
        if e.quote:
            line += f"<br><q>{text(e.quote)}</q>"
        if e.note:
            line += f"<br>{text(e.note)}"
        items.append(f"<li>{line}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def _corrections(lines: Sequence[CorrectionLine], lang: str) -> str:
    if not lines:
        return f'<p class="none">{word("none", lang)}</p>'
    head = "".join(
        f"<th>{word(k, lang)}</th>" for k in ("date", "verdict", "previous", "reviewer", "rationale")
    )
    rows = []
    for c in lines:
        verdict = in_language(c.verdict_ar, c.verdict_en, lang)
        previous = in_language(c.previous_ar, c.previous_en, lang)
        rows.append(
            f"<tr><td>{ltr(_day(c.at))}</td><td>{text(verdict)}</td><td>{text(previous)}</td>"
            f"<td>{text(c.reviewer)}</td><td>{text(c.rationale)}</td></tr>"
        )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def claim_section(
    report: ClaimReport, corrections: Sequence[CorrectionLine], lang: str, colours: Mapping[str, str]
) -> str:
    """One claim's part of the report, as HTML."""
    verdict = in_language(report.verdict_ar, report.verdict_en, lang)
    meta = [f"{word('verdict', lang)}: {_badge(verdict, colours.get(report.verdict_key, ''))}"]
    if report.reviewer:
        meta.append(f"{word('reviewer', lang)}: {text(report.reviewer)}")
    if report.reviewed_at:
        meta.append(f"{word('reviewed', lang)}: {ltr(_day(report.reviewed_at))}")
    rationale = (
        f'<p class="rationale" dir="{direction(report.rationale)}">{plain(report.rationale)}</p>'
        if report.rationale.strip()
        else f'<p class="none">{word("none", lang)}</p>'
    )
    return (
        f'<section class="claim" id="claim-{plain(report.claim_id)}">'
        f'<h2 dir="{direction(report.text)}">{plain(report.text)}</h2>'
        f'<p class="meta">{" · ".join(meta)}</p>'
        f"<h3>{word('rationale', lang)}</h3>{rationale}"
        f"<h3>{word('appearances', lang)}</h3>{_appearances(report, lang)}"
        f"<h3>{word('evidence', lang)}</h3>{_evidence(report, lang)}"
        f"<h3>{word('corrections', lang)}</h3>{_corrections(corrections, lang)}"
        "</section>\n"
    )


def chart_image(svg: str, alt: str) -> str:
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f'<img alt="{plain(alt)}" src="data:image/svg+xml;base64,{data}">'


def font_faces() -> str:
    """``@font-face`` rules naming the shipped font files by their file URLs (for the PDF only: an
    HTML report travels without them and uses the reader's fonts)."""
    rules = []
    for family, name, weight in FONT_FILES:
        url = packaged.resource("fonts", name).resolve().as_uri()
        rules.append(f'@font-face {{ font-family: "{family}"; src: url("{url}"); font-weight: {weight}; }}')
    return "\n".join(rules) + "\n"


def _head(heading: Heading, lang: str, style: str) -> str:
    page_direction = "rtl" if lang == "ar" else "ltr"
    return (
        f'<!DOCTYPE html>\n<html dir="{page_direction}" lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{plain(word('title', lang))} — {plain(heading.project)}</title>\n"
        f"<style>{style}</style>\n</head>\n<body>\n"
    )


_TAIL: Final = "</body>\n</html>\n"


def _front(dash: Dashboard, heading: Heading, lang: str, charts: Iterable[tuple[str, str]]) -> Iterator[str]:
    """The first page: title, organisation, project, date, count and the dashboard's charts."""
    yield '<div class="first-page">'
    yield f"<h1>{word('title', lang)}</h1>"
    if heading.organisation:
        yield f'<p class="meta"><strong>{text(heading.organisation)}</strong></p>'
    yield f'<p class="meta">{text(heading.project)}</p>'
    yield f'<p class="meta">{word("generated", lang)}: {ltr(heading.generated)}</p>'
    yield f'<p class="meta">{word("claims_count", lang)}: {ltr(str(dash.claims))}</p>'
    yield f'<h2>{word("dashboard", lang)}</h2><div class="charts">'
    for alt, svg in charts:
        yield chart_image(svg, alt)
    yield "</div></div>\n"


def _claims_title(lang: str) -> str:
    return f'<h1 class="claims-title">{word("claims", lang)}</h1>\n'


def _check_lang(lang: str) -> None:
    if lang not in ("ar", "en"):
        raise ValueError(f"lang must be 'ar' or 'en', not {lang!r}")


def report_html(
    reports: Iterable[ClaimReport],
    corrections: Mapping[str, Sequence[CorrectionLine]],
    dash: Dashboard,
    heading: Heading,
    *,
    lang: str = "ar",
    colours: Mapping[str, str] | None = None,
    charts: Iterable[tuple[str, str]] = (),
) -> Iterator[str]:
    """The report as HTML, in pieces (a large project is never one string).

    ``charts``: (title, SVG document) pairs, drawn before the claims.
    """
    _check_lang(lang)
    colours = colours or {}
    footer = FOOTER % {"page": word("page", lang), "of": word("of", lang), "pages": "counter(pages)"}
    yield _head(heading, lang, PAGE + footer + STYLE)
    yield from _front(dash, heading, lang, charts)
    yield _claims_title(lang)
    for report in reports:
        yield claim_section(report, corrections.get(report.claim_id, ()), lang, colours)
    yield _TAIL


class Part(NamedTuple):
    """One WeasyPrint document of the PDF: its HTML and how many claims it holds."""

    document: str
    claims: int


def pdf_parts(
    reports: Sequence[ClaimReport],
    corrections: Mapping[str, Sequence[CorrectionLine]],
    dash: Dashboard,
    heading: Heading,
    *,
    lang: str = "ar",
    colours: Mapping[str, str] | None = None,
    charts: Iterable[tuple[str, str]] = (),
    claims_per_part: int = CLAIMS_PER_PART,
) -> Iterator[Part]:
    """The report as the documents the PDF is laid out from: the first pages (title, counts,
    charts), then the claims ``claims_per_part`` at a time, each claim on a page of its own; every
    document in the shipped fonts (:func:`font_faces`), without footers. Each is made when asked for."""
    _check_lang(lang)
    if claims_per_part < 1:
        raise ValueError("claims_per_part must be at least 1")
    colours = colours or {}
    head = _head(heading, lang, font_faces() + PAGE + STYLE)
    yield Part(head + "".join(_front(dash, heading, lang, charts)) + _TAIL, 0)
    for start in range(0, max(len(reports), 1), claims_per_part):
        batch = reports[start : start + claims_per_part]
        body = [_claims_title(lang)] if start == 0 else []
        body += [claim_section(r, corrections.get(r.claim_id, ()), lang, colours) for r in batch]
        yield Part(head + "".join(body) + _TAIL, len(batch))


def write_html(pieces: Iterable[str], path: str | os.PathLike[str]) -> None:
    """Write the report's HTML to ``path``, whole or not at all."""
    destination = os.path.realpath(os.fspath(path))
    with replacing_text(destination, encoding="utf-8") as out:
        for piece in pieces:
            out.write(piece)


def _fetcher() -> object:
    """WeasyPrint's fetcher for the report: data: URIs (the charts) and the shipped font files;
    nothing else is ever fetched (a report never touches the network or another file, whatever a
    hostile text tried to smuggle in)."""
    from weasyprint.urls import URLFetcher

    fonts = {packaged.resource("fonts", name).resolve().as_uri() for _, name, _ in FONT_FILES}

    class ReportFetcher(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: object = None) -> object:
            if not (url.startswith("data:") or url in fonts):
                raise ValueError(f"the report fetches nothing but its charts and its font: {url[:80]}")
            return super().fetch(url, headers)

    return ReportFetcher()


#: Footer pages laid out per WeasyPrint document
_FOOTERS_PER_PART: Final = 1000


def _footers(first: int, count: int, total: int, lang: str, faces: str) -> bytes:
    """A PDF of ``count`` blank pages carrying only the footers «page N of total», from ``first``."""
    from weasyprint import HTML

    footer = FOOTER % {"page": word("page", lang), "of": word("of", lang), "pages": f'"{total}"'}
    page_direction = "rtl" if lang == "ar" else "ltr"
    style = f"{faces}{PAGE}{footer}@page :first {{ counter-reset: page {first}; }}\n{STYLE}"
    document = (
        f'<!DOCTYPE html><html dir="{page_direction}" lang="{lang}"><head><meta charset="utf-8">'
        f"<style>{style} .blank {{ break-after: page; }}</style></head><body>"
        + '<div class="blank"></div>' * count
        + "</body></html>"
    )
    pdf: bytes = HTML(string=document, url_fetcher=_fetcher()).write_pdf()
    return pdf


def _outline(
    writer: PdfWriter,
    items: Sequence[object],
    reader: PdfReader,
    offset: int,
    parent: IndirectObject | None,
) -> IndirectObject | None:
    """Copy a part's outline into ``writer`` (pages shifted by ``offset``), under ``parent``; the
    last top-level item added."""
    from pypdf.generic import Destination, Fit

    last = None
    for item in items:
        if isinstance(item, list):
            _outline(writer, item, reader, offset, last)
            continue
        assert isinstance(item, Destination)
        page = reader.get_destination_page_number(item)
        if page is None:  # a heading on no page: WeasyPrint makes none
            continue
        fit = Fit.xyz(item.left, item.top) if item.top is not None else Fit.fit()
        last = writer.add_outline_item(
            title=str(item.title), page_number=offset + page, parent=parent, fit=fit
        )
    return last


def write_pdf(
    parts: Iterable[Part],
    path: str | os.PathLike[str],
    *,
    lang: str = "ar",
    after_part: Callable[[int], None] = lambda claims: None,
) -> int:
    """Lay out the report's parts (:func:`pdf_parts`) one WeasyPrint document at a time and join
    them into a PDF at ``path`` (whole or not at all), with one page numbering and one outline (the
    claims under «Claims»); how many pages.

    ``after_part(claims)`` is called after each part with the claims it held, and after each batch
    of footers with 0: it may report progress, or raise to stop (nothing is written then).
    """
    import tempfile

    from pypdf import PdfReader, PdfWriter
    from weasyprint import HTML

    _check_lang(lang)
    writer = PdfWriter()
    claims_parent: IndirectObject | None = None
    with tempfile.TemporaryDirectory(prefix="factdesk-report-") as tmp:
        for number, part in enumerate(parts):
            laid = Path(tmp, f"part-{number}.pdf")
            HTML(string=part.document, url_fetcher=_fetcher()).write_pdf(laid)
            reader = PdfReader(laid)
            offset = len(writer.pages)
            writer.append(reader, import_outline=False)
            if number < 2:  # the first pages, then the first claims with «Claims» above them
                top = _outline(writer, reader.outline, reader, offset, None)
                if number == 1:
                    claims_parent = top
            else:
                _outline(writer, reader.outline, reader, offset, claims_parent)
            after_part(part.claims)
        total = len(writer.pages)
        faces = font_faces()
        for first in range(0, total, _FOOTERS_PER_PART):
            count = min(_FOOTERS_PER_PART, total - first)
            stamp = Path(tmp, f"footers-{first}.pdf")
            stamp.write_bytes(_footers(first + 1, count, total, lang, faces))
            footers = PdfReader(stamp)
            for i, footer in enumerate(footers.pages):
                writer.pages[first + i].merge_page(footer)
            after_part(0)
        with replacing_path(path) as out:
            writer.write(out)
    return total
