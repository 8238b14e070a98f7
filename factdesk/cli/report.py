"""``factdesk export report PROJECT -o FILE.html|FILE.pdf``: the printable report.

It asks, calls :func:`factdesk.app.printable.export_report` (the window calls the same workflow)
and prints what was written.
"""

from __future__ import annotations

from dataclasses import replace

import click

from factdesk.cli import _fail, _out, project_arg
from factdesk.cli.exports import _filters, _only, _output, export


@export.command("report")
@project_arg
@_output("report (.html or .pdf)")
@_filters
@click.option("--outlet", default=None, help="Only claims quoted in an article of this outlet.")
@click.option(
    "--lang",
    type=click.Choice(["ar", "en"]),
    default="ar",
    show_default=True,
    help="The report's own words and direction: ar (Arabic, right to left) or en (English).",
)
def export_report(
    project: str,
    output: str,
    verdict_refs: tuple[str, ...],
    since: str,
    until: str,
    article: str | None,
    outlet: str | None,
    lang: str,
) -> None:
    """Write the printable report, HTML or PDF by the file's extension: per claim its verdict,
    rationale, quoted appearances (article, outlet, date), evidence with sources and links and
    corrections history, after the dashboard's charts; Arabic shaped, right to left."""
    from factdesk.app.printable import export_report as write_report
    from factdesk.app.printable import report_format

    try:
        report_format(output)
    except ValueError as exc:
        _fail(str(exc))
        return
    only = replace(_only(project, verdict_refs, since, until, article), outlet=outlet)
    count = write_report(project, output, only=only, lang=lang)
    _out().line(f"Wrote {count} claim(s) to {output}")
