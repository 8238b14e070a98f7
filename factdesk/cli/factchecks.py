"""Has this been fact-checked already? The project's library of published fact-checks
(:mod:`factdesk.app.factchecks`): import a file, match a claim's words, list, attach, clear."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from factdesk.cli import EXIT_IMPORT, _fail, _out, cli, json_opt, opened, project_arg, short

if TYPE_CHECKING:
    from factdesk.store.read import FactCheckHit


@cli.group("factchecks")
def factchecks() -> None:
    """The project's library of published fact-checks: import, match a claim, list, attach."""


def _rating(hit: FactCheckHit) -> str:
    """The rating as the publisher wrote it, with the verdict it stands for when there is one."""
    if not hit.rating:
        return "(no rating)"
    return f"{hit.rating} → {hit.verdict}" if hit.verdict else f"{hit.rating} (no verdict)"


def _as_json(hit: FactCheckHit) -> dict[str, object]:
    return {
        "id": hit.id,
        "claim": hit.claim,
        "claimant": hit.claimant,
        "claim_date": hit.claim_date,
        "publisher": hit.publisher,
        "site": hit.site,
        "url": hit.url,
        "title": hit.title,
        "review_date": hit.review_date,
        "rating": hit.rating,
        "verdict": hit.verdict or None,
        "language": hit.language,
        "origin": hit.origin,
    }


@factchecks.command("import")
@project_arg
@click.argument("file", type=click.Path(dir_okay=True))
@json_opt
def import_(project: str, file: str, as_json: bool) -> None:
    """Add the published fact-checks of FILE (ClaimReview JSON-LD, a fact-check tools JSON export, or
    CSV) to the project's library, as one step «factdesk undo» takes back. Items already in the
    library are skipped and counted."""
    from factdesk.app.factchecks import FactCheckFileError, import_file

    with opened(project, write=True) as p:
        try:
            summary = import_file(file, p.run)
        except FactCheckFileError as exc:
            _fail(f"{exc.message} Nothing was added.", EXIT_IMPORT)
            return
    if as_json:
        _out().json(
            {
                "file": summary.name,
                "format": summary.format,
                "read": summary.read,
                "added": summary.added,
                "duplicates": summary.duplicates,
                "skipped": [{"item": n, "reason": reason} for n, reason in summary.skipped],
                "ids": list(summary.added_ids),
            }
        )
        return
    out = _out()
    out.line(summary.words())
    for number, reason in summary.skipped[:20]:
        out.line(f"  item {number} left out: {reason}")
    if len(summary.skipped) > 20:
        out.line(f"  … and {len(summary.skipped) - 20} more left out.")


@factchecks.command("match")
@project_arg
@click.argument("text")
@click.option("--limit", type=click.IntRange(1, 100), default=5, show_default=True, help="At most this many.")
@json_opt
def match(project: str, text: str, limit: int, as_json: bool) -> None:
    """The published fact-checks of the library closest to TEXT (a claim in your words, or a
    sentence), best first, with their similarity (0–100)."""
    from factdesk.app.factchecks import match as find

    with opened(project) as p:
        found = find(p.read, text, limit=limit)
    if as_json:
        _out().json([{"rank": m.rank, "score": m.score, **_as_json(m.item)} for m in found])
        return
    out = _out()
    for m in found:
        h = m.item
        publisher = h.publisher or "(publisher unknown)"
        out.line(f"{m.rank:>2}. {m.score:5.1f}  {publisher}  [{_rating(h)}]  {h.url}")
        out.line(f"    «{h.claim}»  ({short(h.id)})")
    if not found:
        out.line("No published fact-check of the library is close to this text.")


@factchecks.command("list")
@project_arg
@click.option("--search", "query", default="", help="Only those whose claim or title holds these words.")
@click.option(
    "--limit", type=click.IntRange(1, 100_000), default=200, show_default=True, help="At most this many."
)
@json_opt
def list_(project: str, query: str, limit: int, as_json: bool) -> None:
    """The published fact-checks of the library (newest review first, or best first with --search)."""
    with opened(project) as p:
        hits = p.read.search_factchecks(query, limit=limit)
        total = p.read.factcheck_count()
    if as_json:
        _out().json([_as_json(h) for h in hits])
        return
    out = _out()
    for h in hits:
        date = f"  {h.review_date[:10]}" if h.review_date else ""
        out.line(f"{short(h.id)}  {h.publisher or '(publisher unknown)'}{date}  [{_rating(h)}]  {h.url}")
        out.line(f"          «{h.claim}»")
    out.line(f"{len(hits)} of {total} fact-check(s) in the library.")


@factchecks.command("attach")
@project_arg
@click.argument("claim")
@click.argument("factcheck")
def attach(project: str, claim: str, factcheck: str) -> None:
    """Make the published fact-check FACTCHECK a source of CLAIM, with evidence whose stance follows
    its rating (false or misleading refutes, true supports, otherwise context). One step."""
    from factdesk.app.factchecks import attach as attach_op

    with opened(project, write=True) as p:
        claim_id, factcheck_id = p.resolve("claim", claim), p.resolve("factcheck", factcheck)
        op = attach_op(claim_id, factcheck_id)
        p.run(op)
        evidence = p.read.get("evidence", op.evidence_id) or {}
        source = p.read.get("source", op.source_id) or {}
    _out().line(
        f"Attached «{source.get('title', '')}» to the claim {short(claim_id)} as evidence that "
        f"{evidence.get('stance', '')} it (source {short(op.source_id)}). «factdesk undo» takes it back."
    )


@factchecks.command("clear")
@project_arg
def clear(project: str) -> None:
    """Empty the library (one step «factdesk undo» takes back); sources made from it stay."""
    from factdesk.app.factchecks import clear_library

    with opened(project, write=True) as p:
        op = clear_library(p.read)
        if op.factcheck_ids:
            p.run(op)
    _out().line(f"Removed {len(op.factcheck_ids)} fact-check(s) from the library.")
