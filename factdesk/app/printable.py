"""The project dashboard and the printable report (HTML or PDF), for the window and the command line.

:func:`dashboard` counts through the store's read API; :func:`export_report` gathers the claims the
filter chooses, their corrections history and the dashboard of those same claims, and writes the
report by the target's extension: ``.html`` or ``.pdf``. Like the spreadsheet exports it reads the
project through a read-only connection of its own (so it can run on a worker thread) and the file
appears whole or not at all.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from factdesk.app.exports import ReportFilter, _reports
from factdesk.app.progress import CancelCheck, Cancelled, Progress, never, no_progress
from factdesk.core.dashboard import Dashboard
from factdesk.core.report import CorrectionLine

if TYPE_CHECKING:
    from factdesk.store.read import ProjectReader

FORMATS = (".html", ".htm", ".pdf")


def dashboard(read: ProjectReader, only: ReportFilter | None = None) -> Dashboard:
    """The dashboard's counts over the claims a report with the same filter would hold."""
    only = only or ReportFilter()
    return read.dashboard(
        verdicts_in=list(only.verdicts) or None,
        since=only.since,
        until=only.until,
        article_id=only.article_id,
        outlet=only.outlet,
    )


def report_format(target: str | Path) -> str:
    """«html» or «pdf», from the file's extension; anything else is refused before any work."""
    suffix = Path(target).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(
            f"the printable report is written as .html or .pdf, not {suffix or 'no extension'!r}"
        )
    return "pdf" if suffix == ".pdf" else "html"


def export_report(
    project: str | Path,
    target: str | Path,
    *,
    only: ReportFilter | None = None,
    lang: str = "ar",
    progress: Progress = no_progress,
    cancelled: CancelCheck = never,
    claims_per_part: int | None = None,
) -> int:
    """Write the printable report of ``project`` to ``target`` (.html or .pdf); how many claims.

    Progress counts the claims gathered, then for a PDF the claims laid out: the PDF is laid out
    in parts of ``claims_per_part`` claims (:data:`factdesk.exporters.printable.CLAIMS_PER_PART`
    unless given), and a cancel is honoured between parts (nothing is written then).
    """
    from factdesk.exporters import charts, printable
    from factdesk.store.project import Project

    kind = report_format(target)
    claims_per_part = claims_per_part or printable.CLAIMS_PER_PART
    only = only or ReportFilter()
    with Project.open(project, readonly=True) as p:
        reports = list(_reports(p.read, only, progress, cancelled))
        history: defaultdict[str, list[CorrectionLine]] = defaultdict(list)
        for line in p.read.corrections({r.claim_id for r in reports}):
            history[line.claim_id].append(line)
        counts = dashboard(p.read, only)
        colours = {v.key: v.color for v in p.read.verdicts()}
        heading = printable.Heading(
            project=Path(project).stem,
            organisation=p.read.setting("organisation"),
            generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        )
    total = len(reports)
    progress(total, total, "")
    drawn = []
    for chart in charts.CHARTS:
        if cancelled():
            raise Cancelled
        drawn.append((charts.title(chart, lang), charts.svg(chart, counts, lang)))
    if kind == "html":
        pieces = printable.report_html(
            reports, history, counts, heading, lang=lang, colours=colours, charts=drawn
        )
        printable.write_html(pieces, target)
        return total
    parts = printable.pdf_parts(
        reports,
        history,
        counts,
        heading,
        lang=lang,
        colours=colours,
        charts=drawn,
        claims_per_part=claims_per_part,
    )
    laid = 0

    def after_part(claims: int) -> None:
        nonlocal laid
        laid += claims
        progress(laid, total, "")
        if cancelled():
            raise Cancelled

    if cancelled():
        raise Cancelled
    progress(0, total, "")  # the claims laid out, part by part
    printable.write_pdf(parts, target, lang=lang, after_part=after_part)
    return total
