"""The verified-claim report as the export dialog asks for it: which claims, which columns, which
format (XLSX, ODS or CSV), and a preview of its first rows.

One request, one call to the same workflow ``factdesk export csv|xlsx|ods`` runs
(:mod:`factdesk.app.exports`), so the window and the command line write the same file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from factdesk.app import exports
from factdesk.app.exports import ReportFilter
from factdesk.app.progress import CancelCheck, Progress, never, no_progress

if TYPE_CHECKING:
    from factdesk.store.read import ProjectReader

#: The formats the dialog offers, recommended first: spreadsheets open without any import dialog.
FORMATS = ("xlsx", "ods", "csv")


@dataclass(frozen=True)
class TableRequest:
    format: str  # one of FORMATS
    target: Path
    only: ReportFilter = field(default_factory=ReportFilter)
    columns: Sequence[str] | None = None  # claim column keys; None: all
    lang: str = "both"
    bom: bool = True  # CSV only


def export_table(
    project: str | Path,
    request: TableRequest,
    *,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never,
) -> int:
    """Write the report the request describes (temporary name, then renamed); how many claims."""
    columns = list(request.columns) if request.columns is not None else None
    if request.format == "csv":
        return exports.export_csv(
            project,
            request.target,
            only=request.only,
            lang=request.lang,
            columns=columns,
            bom=request.bom,
            corrections=exports.corrections_path(request.target),
            progress=progress,
            cancelled=cancelled,
        )
    if request.format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {request.format!r}")
    write = exports.export_xlsx if request.format == "xlsx" else exports.export_ods
    return write(
        project,
        request.target,
        only=request.only,
        lang=request.lang,
        columns=columns,
        progress=progress,
        cancelled=cancelled,
    )


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def preview(
    read: ProjectReader,
    only: ReportFilter | None = None,
    *,
    columns: Sequence[str] | None = None,
    lang: str = "both",
    rows: int = 5,
) -> tuple[list[str], list[list[str]], int]:
    """The headers, the first ``rows`` rows as text, and how many claims the report would hold."""
    from factdesk.app.printable import dashboard
    from factdesk.exporters.sheets import claim_columns, claim_values, picked

    only = only or ReportFilter()
    chosen = claim_columns(lang)
    keep = picked(chosen, columns)
    reports = read.report(
        verdicts_in=list(only.verdicts) or None,
        since=only.since,
        until=only.until,
        article_id=only.article_id,
        outlet=only.outlet,
    )
    headers = [c.header(lang) for c in chosen]
    table = [[_shown(v) for v in claim_values(r, lang)] for r in islice(reports, rows)]
    if keep is not None:
        headers = [headers[i] for i in keep]
        table = [[row[i] for i in keep] for row in table]
    return headers, table, dashboard(read, only).claims
