"""Exporting the verified-claim report (CSV, XLSX, ODS) and the interchange formats (ClaimReview,
W3C Web Annotations), with progress and cancel: one workflow per format, which the window and the
command line both call.

The project is read through a read-only connection of its own, so an export can run on a worker
thread beside a window that keeps working; each file is written under a temporary name and appears
whole or not at all (a cancel leaves nothing).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factdesk.app.progress import CancelCheck, Cancelled, Progress, never, no_progress
from factdesk.core.report import ClaimReport

if TYPE_CHECKING:
    from factdesk.store.read import ProjectReader


@dataclass(frozen=True)
class ReportFilter:
    """Which claims the report holds: verdict keys (none: all), reviewed between two dates, one
    article, one outlet."""

    verdicts: Sequence[str] = ()
    since: str = ""
    until: str = ""
    article_id: str | None = None
    outlet: str | None = None


def _reports(
    read: ProjectReader, only: ReportFilter, progress: Progress, cancelled: CancelCheck
) -> Iterator[ClaimReport]:
    total = read.claim_count()
    for i, report in enumerate(
        read.report(
            verdicts_in=list(only.verdicts) or None,
            since=only.since,
            until=only.until,
            article_id=only.article_id,
            outlet=only.outlet,
        )
    ):
        if cancelled():
            raise Cancelled  # the file is written under a temporary name: nothing is left
        if i % 200 == 0:
            progress(i, total, "")
        yield report


def corrections_path(target: str | Path) -> Path:
    """Where the CSV report's corrections history goes: beside it, «report-corrections.csv»."""
    target = Path(target)
    return target.with_name(f"{target.stem}-corrections{target.suffix or '.csv'}")


def export_csv(
    project: str | Path,
    target: str | Path,
    *,
    only: ReportFilter | None = None,
    bom: bool = True,
    lang: str = "both",
    corrections: str | Path | None = None,
    columns: Sequence[str] | None = None,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never,
) -> int:
    """Write the report of ``project`` (a path; opened read-only here) to ``target``; how many claims.

    ``columns``: only these claim columns (keys of :data:`factdesk.exporters.sheets.CLAIM_COLUMNS`).

    ``corrections``: also write the corrections history (every verdict of the claims reported, with
    its date, reviewer and rationale) to that CSV file.
    """
    from factdesk.exporters.csv_report import write_corrections_csv, write_csv_report
    from factdesk.store.project import Project

    only = only or ReportFilter()
    with Project.open(project, readonly=True) as p:
        total = p.read.claim_count()
        count = write_csv_report(
            _reports(p.read, only, progress, cancelled), target, bom=bom, lang=lang, keys=columns
        )
        if corrections is not None:
            ids = {r.claim_id for r in _reports(p.read, only, no_progress, cancelled)}
            write_corrections_csv(p.read.corrections(ids), corrections, bom=bom, lang=lang)
    progress(total, total, "")
    return count


def _spreadsheet(
    writer_name: str,
    project: str | Path,
    target: str | Path,
    only: ReportFilter | None,
    lang: str,
    progress: Progress,
    cancelled: CancelCheck,
    columns: Sequence[str] | None = None,
) -> int:
    from factdesk.exporters import ods_report, xlsx_report
    from factdesk.store.project import Project

    write = {"xlsx": xlsx_report.write_xlsx_report, "ods": ods_report.write_ods_report}[writer_name]
    only = only or ReportFilter()
    with Project.open(project, readonly=True) as p:
        total = p.read.claim_count()
        colours = {v.key: v.color for v in p.read.verdicts()}
        reports = list(_reports(p.read, only, progress, cancelled))
        ids = {r.claim_id for r in reports}
        count = write(reports, p.read.corrections(ids), target, lang=lang, colours=colours, keys=columns)
    progress(total, total, "")
    return count


def export_xlsx(
    project: str | Path,
    target: str | Path,
    *,
    only: ReportFilter | None = None,
    lang: str = "both",
    columns: Sequence[str] | None = None,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never,
) -> int:
    """The report as an Excel workbook: a claims sheet and a corrections-history sheet."""
    return _spreadsheet("xlsx", project, target, only, lang, progress, cancelled, columns)


def export_ods(
    project: str | Path,
    target: str | Path,
    *,
    only: ReportFilter | None = None,
    lang: str = "both",
    columns: Sequence[str] | None = None,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never,
) -> int:
    """The report as an OpenDocument spreadsheet: a claims sheet and a corrections-history sheet."""
    return _spreadsheet("ods", project, target, only, lang, progress, cancelled, columns)


@dataclass
class ClaimReviewExport:
    written: int
    skipped: int  # claims without a judgement yet
    warnings: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    #: (claim id, its words) of each claim longer than search engines show (the warnings, as data)
    too_long: list[tuple[str, str]] = field(default_factory=list)


def export_claimreview(
    project: str | Path,
    target: str | Path,
    *,
    only: ReportFilter | None = None,
    lang: str = "ar",
    per_claim: bool = False,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never,
) -> ClaimReviewExport:
    """ClaimReview JSON-LD of every judged claim: one feed file at ``target``, or with ``per_claim``
    one file per claim in the folder ``target`` (named from the claim's words, made safe)."""
    from factdesk.exporters import claimreview
    from factdesk.store.project import Project

    only = only or ReportFilter()
    with Project.open(project, readonly=True) as p:
        publisher = claimreview.Publisher(
            p.read.setting("organisation"), p.read.setting("organisation_url"), p.read.setting("claim_url")
        )
        result = claimreview.claim_reviews(
            _reports(p.read, only, progress, cancelled), p.read.article_refs(), publisher, lang=lang
        )
    out = ClaimReviewExport(len(result.records), result.skipped, result.warnings, too_long=result.too_long)
    if per_claim:
        folder = Path(target)
        folder.mkdir(parents=True, exist_ok=True)
        for name, record in claimreview.per_claim_names(result):
            claimreview.write_json(record, folder / name)
            out.files.append(folder / name)
    else:
        claimreview.write_json(claimreview.feed(result.records), target)
        out.files.append(Path(target))
    return out


def export_annotations(project: str | Path, target: str | Path) -> int:
    """Every highlight as a W3C Web Annotation (JSON-LD), in one collection; how many."""
    from factdesk.exporters import annotations
    from factdesk.exporters.claimreview import write_json
    from factdesk.store.project import Project

    with Project.open(project, readonly=True) as p:
        data = annotations.collection(p.read.annotated_spans(), label=Path(project).stem)
    write_json(data, target)
    return int(data["total"])
