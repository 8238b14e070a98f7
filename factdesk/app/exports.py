"""Exporting the verified-claim report (CSV), with progress and cancel.

The report is read through a read-only connection of its own, so it can run on a worker thread
beside a window that keeps working; the file is written under a temporary name and appears whole
or not at all (a cancel leaves nothing).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from factdesk.app.progress import CancelCheck, Cancelled, Progress, never, no_progress
from factdesk.core.report import ClaimReport


@dataclass(frozen=True)
class ReportFilter:
    """Which claims the report holds: verdict keys (none: all), reviewed between two dates, one article."""

    verdicts: Sequence[str] = ()
    since: str = ""
    until: str = ""
    article_id: str | None = None


def export_csv(
    project: str | Path,
    target: str | Path,
    *,
    only: ReportFilter | None = None,
    bom: bool = True,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never,
) -> int:
    """Write the report of ``project`` (a path; opened read-only here) to ``target``; how many claims."""
    from factdesk.exporters.csv_report import write_csv_report
    from factdesk.store.project import Project

    only = only or ReportFilter()
    with Project.open(project, readonly=True) as p:
        total = p.read.claim_count()

        def rows() -> Iterator[ClaimReport]:
            for i, report in enumerate(
                p.read.report(
                    verdicts_in=list(only.verdicts) or None,
                    since=only.since,
                    until=only.until,
                    article_id=only.article_id,
                )
            ):
                if cancelled():
                    raise Cancelled  # the file is written under a temporary name: nothing is left
                if i % 200 == 0:
                    progress(i, total, "")
                yield report

        count = write_csv_report(rows(), target, bom=bom)
    progress(total, total, "")
    return count
