"""Reports and interchange: ``factdesk export csv|xlsx|ods|claimreview|annotations``,
``factdesk import-annotations`` and ``factdesk setting`` (the organisation ClaimReview names).

Each command asks, calls one workflow of :mod:`factdesk.app.exports` or :mod:`factdesk.app.annotations`
(the window calls the same ones), and prints what was done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from factdesk.cli import EXIT_IMPORT, _changed, _fail, _out, cli, json_opt, opened, project_arg
from factdesk.core.model import SETTINGS
from factdesk.exporters.csv_report import OPENING_ADVICE

F = TypeVar("F", bound=Callable[..., Any])

_LANG_HELP = (
    "Column headers and the words for roles and stances: ar (Arabic), en (English), or both "
    "(English headers, both verdict labels and the stored keys of roles and stances, for scripts)."
)


def _filters(f: F) -> F:
    for decorator in reversed(
        (
            click.option(
                "--verdict", "verdict_refs", multiple=True, help="Only claims with this verdict (repeatable)."
            ),
            click.option(
                "--since", default="", help="Only claims reviewed on or after this date (YYYY-MM-DD)."
            ),
            click.option(
                "--until", default="", help="Only claims reviewed on or before this date (YYYY-MM-DD)."
            ),
            click.option("--article", default=None, help="Only claims that appear in this article."),
        )
    ):
        f = decorator(f)
    return f


def _output(what: str) -> Callable[[F], F]:
    return click.option(
        "-o", "--output", required=True, type=click.Path(dir_okay=False), help=f"The {what} to write."
    )


def _only(project: str, verdict_refs: tuple[str, ...], since: str, until: str, article: str | None) -> Any:
    from factdesk.app.exports import ReportFilter

    with opened(project) as p:
        return ReportFilter(
            [p.resolve("verdict", v) for v in verdict_refs],
            since=since,
            until=until,
            article_id=p.resolve("article", article) if article else None,
        )


@cli.group()
def export() -> None:
    """Reports (CSV, XLSX, ODS) and interchange formats (ClaimReview, W3C Web Annotations)."""


@export.command("csv", epilog=OPENING_ADVICE)
@project_arg
@_output("CSV file")
@_filters
@click.option(
    "--lang", type=click.Choice(["both", "ar", "en"]), default="both", show_default=True, help=_LANG_HELP
)
@click.option("--no-bom", is_flag=True, help="Plain UTF-8 without the byte-order mark Excel needs.")
@click.option(
    "--corrections/--no-corrections",
    default=True,
    show_default=True,
    help="Also write the corrections history (every verdict, with date, reviewer and rationale) "
    "beside the report, as NAME-corrections.csv.",
)
def export_csv(
    project: str,
    output: str,
    verdict_refs: tuple[str, ...],
    since: str,
    until: str,
    article: str | None,
    lang: str,
    no_bom: bool,
    corrections: bool,
) -> None:
    """Write the verified-claim report as CSV: one row per claim, text quoted, dates and numbers bare.

    Excel reads it as it is. LibreOffice needs to be told it is UTF-8 (see below)."""
    from factdesk.app.exports import corrections_path
    from factdesk.app.exports import export_csv as write_report

    only = _only(project, verdict_refs, since, until, article)
    history = corrections_path(output) if corrections else None
    count = write_report(project, output, only=only, bom=not no_bom, lang=lang, corrections=history)
    _out().line(f"Wrote {count} claim(s) to {output}")
    if history is not None:
        _out().line(f"Wrote the corrections history to {history}")


@export.command("xlsx")
@project_arg
@_output("Excel workbook (.xlsx)")
@_filters
@click.option(
    "--lang", type=click.Choice(["both", "ar", "en"]), default="both", show_default=True, help=_LANG_HELP
)
def export_xlsx(
    project: str,
    output: str,
    verdict_refs: tuple[str, ...],
    since: str,
    until: str,
    article: str | None,
    lang: str,
) -> None:
    """Write the report as an Excel workbook: a claims sheet and a corrections-history sheet, right to
    left, frozen header, verdict colours; every text cell is text (never a formula)."""
    from factdesk.app.exports import export_xlsx as write_report

    count = write_report(project, output, only=_only(project, verdict_refs, since, until, article), lang=lang)
    _out().line(f"Wrote {count} claim(s) and their corrections history to {output}")


@export.command("ods")
@project_arg
@_output("OpenDocument spreadsheet (.ods)")
@_filters
@click.option(
    "--lang", type=click.Choice(["both", "ar", "en"]), default="both", show_default=True, help=_LANG_HELP
)
def export_ods(
    project: str,
    output: str,
    verdict_refs: tuple[str, ...],
    since: str,
    until: str,
    article: str | None,
    lang: str,
) -> None:
    """Write the report as an OpenDocument spreadsheet (LibreOffice opens it without any dialog): a
    claims sheet and a corrections-history sheet, right to left, frozen header, verdict colours."""
    from factdesk.app.exports import export_ods as write_report

    count = write_report(project, output, only=_only(project, verdict_refs, since, until, article), lang=lang)
    _out().line(f"Wrote {count} claim(s) and their corrections history to {output}")


@export.command("claimreview")
@project_arg
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(),
    help="The feed file to write (a folder with --per-claim).",
)
@_filters
@click.option(
    "--lang",
    type=click.Choice(["ar", "en"]),
    default="ar",
    show_default=True,
    help="The language of the rating's alternateName (its English label is always in «name»).",
)
@click.option("--per-claim", is_flag=True, help="One file per claim in the folder -o, named from the claim.")
def export_claimreview(
    project: str,
    output: str,
    verdict_refs: tuple[str, ...],
    since: str,
    until: str,
    article: str | None,
    lang: str,
    per_claim: bool,
) -> None:
    """Write schema.org ClaimReview JSON-LD for every judged claim, safe to paste into an HTML
    <script type="application/ld+json">. The author is the project's organisation: set it with
    «factdesk setting PROJECT organisation NAME» (and organisation_url, claim_url)."""
    from factdesk.app.exports import export_claimreview as write_reviews

    try:
        done = write_reviews(
            project,
            output,
            only=_only(project, verdict_refs, since, until, article),
            lang=lang,
            per_claim=per_claim,
        )
    except ValueError as exc:
        _fail(str(exc))
        return
    for warning in done.warnings:
        _out().line(f"factdesk: warning: {warning}", err=True)
    where = f"{len(done.files)} file(s) in {output}" if per_claim else output
    _out().line(
        f"Wrote {done.written} ClaimReview record(s) to {where}; {done.skipped} claim(s) not judged yet."
    )


@export.command("annotations")
@project_arg
@_output("JSON-LD file")
def export_annotations(project: str, output: str) -> None:
    """Write every highlight as a W3C Web Annotation (TextQuoteSelector and TextPositionSelector, the
    claim and its verdict in the body). «factdesk import-annotations» brings them back."""
    from factdesk.app.exports import export_annotations as write_annotations

    count = write_annotations(project, output)
    _out().line(f"Wrote {count} annotation(s) to {output}")


@cli.command("import-annotations")
@project_arg
@click.argument("file", type=click.Path(dir_okay=False, exists=True))
@json_opt
def import_annotations(project: str, file: str, as_json: bool) -> None:
    """Bring W3C Web Annotations (FactDesk's own, or another tool's) or a Hypothesis JSON export into
    the project, as one undoable change. Each is placed by its quote: exactly, or where it moved or
    changed slightly (listed); quotes no longer found are reported as orphans and left out."""
    from factdesk.app.annotations import import_annotations as bring_in
    from factdesk.importers.errors import ImportRefused

    with opened(project, write=True) as p:
        try:
            result = bring_in(file, p, p.run)
        except ImportRefused as exc:
            _fail(exc.message, EXIT_IMPORT)
            return
    if as_json:
        _out().json(
            {
                "read": result.read,
                "placed": len(result.placed),
                "spans_added": result.spans_added,
                "spans_existing": result.spans_existing,
                "claims_added": result.claims_added,
                "links_added": result.links_added,
                "changed": [
                    {"quote": c.quote, "now": c.found, "start": c.start, "end": c.end, "score": c.score}
                    for c in result.changed
                ],
                "orphans": [
                    {"quote": o.quote, "source": o.source, "reason": o.reason} for o in result.orphans
                ],
                "unusable": result.unusable,
            }
        )
    else:
        _out().line(result.words())


@cli.command("setting")
@project_arg
@click.argument("key", type=click.Choice(sorted(SETTINGS)), required=False)
@click.argument("value", required=False)
def setting(project: str, key: str | None, value: str | None) -> None:
    """Show the project's settings, or set one (an empty VALUE removes it): organisation (who
    publishes the fact-checks, ClaimReview's author), organisation_url, claim_url (a review's address,
    {id} standing for the claim's id)."""
    from factdesk.core import operations as ops

    if key is None or value is None:
        with opened(project) as p:
            for name in [key] if key else sorted(SETTINGS):
                _out().line(f"{name}: {p.read.setting(name)}")
        return
    with opened(project, write=True) as p:
        _changed(p.run(ops.SetSetting(key, value)))
