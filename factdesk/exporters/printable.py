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
text is given as written (never reshaped by arabic-reshaper, which would shape it twice).
"""

from __future__ import annotations

import base64
import html
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Final, NamedTuple

from factdesk.core.dashboard import Dashboard
from factdesk.core.labels import in_language, role_word, stance_word
from factdesk.core.report import ClaimReport, CorrectionLine
from factdesk.exporters.atomic import replacing_path, replacing_text
from factdesk.exporters.safe_cells import clean_text

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


STYLE: Final = """
@page { size: A4; margin: 18mm 16mm 20mm 16mm;
  @bottom-center { content: "%(page)s " counter(page) " %(of)s " counter(pages); font-size: 9pt; color: #555; } }
html { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "DejaVu Sans", sans-serif; font-size: 10.5pt; }
body { margin: 0; line-height: 1.5; }
h1 { font-size: 20pt; margin: 0 0 4mm 0; }
h2 { font-size: 13pt; margin: 0 0 2mm 0; }
h3 { font-size: 10.5pt; margin: 3mm 0 1mm 0; color: #333; break-after: avoid; }
.meta { color: #444; margin: 0 0 1mm 0; }
.charts img { width: 49%%; margin: 0 0 3mm 0; }
.claim { border-top: 1px solid #999; padding: 3mm 0 2mm 0; }
.claim h2, .claim .meta { break-after: avoid; }
.badge { padding: 0.5mm 2mm; border-radius: 1mm; border: 1px solid #777; }
.rationale { white-space: pre-wrap; margin: 0; }
ul, ol { margin: 0; padding-inline-start: 6mm; }
q { quotes: "«" "»"; }
table { border-collapse: collapse; width: 100%%; font-size: 9pt; }
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
    """The report as HTML, in pieces (a large project is never one string until the PDF asks).

    ``charts``: (title, SVG document) pairs, drawn before the claims.
    """
    if lang not in ("ar", "en"):
        raise ValueError(f"lang must be 'ar' or 'en', not {lang!r}")
    colours = colours or {}
    page_direction = "rtl" if lang == "ar" else "ltr"
    style = STYLE % {"page": word("page", lang), "of": word("of", lang)}
    yield (
        f'<!DOCTYPE html>\n<html dir="{page_direction}" lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{plain(word('title', lang))} — {plain(heading.project)}</title>\n"
        f"<style>{style}</style>\n</head>\n<body>\n"
    )
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
    yield f"<h1>{word('claims', lang)}</h1>\n"
    for report in reports:
        yield claim_section(report, corrections.get(report.claim_id, ()), lang, colours)
    yield "</body>\n</html>\n"


def write_html(pieces: Iterable[str], path: str | os.PathLike[str]) -> None:
    """Write the report's HTML to ``path``, whole or not at all."""
    destination = os.path.realpath(os.fspath(path))
    with replacing_text(destination, encoding="utf-8") as out:
        for piece in pieces:
            out.write(piece)


def write_pdf(document: str, path: str | os.PathLike[str]) -> int:
    """Render the report's HTML to a PDF at ``path`` (whole or not at all); how many pages."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    # The charts are data: URIs; nothing else is ever fetched (a report never touches the network
    # or the disk, whatever a hostile text tried to smuggle in).
    only_data = URLFetcher(allowed_protocols=("data",))
    rendered = HTML(string=document, url_fetcher=only_data).render()
    with replacing_path(path) as tmp:
        rendered.write_pdf(tmp)
    return len(rendered.pages)
