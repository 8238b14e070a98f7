"""The verdict scale beyond editing one verdict (add, move, remove: :mod:`factdesk.app.scale`),
claims' tags and notes, and the list of tags."""

from __future__ import annotations

import click

from factdesk.app.scale import add_verdict, move_verdict, remove_verdict
from factdesk.cli import _changed, _out, claim, cli, json_opt, opened, project_arg, verdict_group
from factdesk.core import operations as ops


@verdict_group.command("add")
@project_arg
@click.option("--label-ar", required=True, help="The verdict's Arabic label.")
@click.option("--label-en", required=True, help="The verdict's English label (its key is made from it).")
@click.option("--rating", type=click.IntRange(1, 5), default=None, help="ClaimReview rating value, 1 to 5.")
@click.option("--color", default="#9e9e9e", show_default=True, help="Its colour, as #rrggbb.")
@click.option("--position", type=int, default=None, help="Its place in the scale, 1 = first (default: last).")
def verdict_add(
    project: str, label_ar: str, label_en: str, rating: int | None, color: str, position: int | None
) -> None:
    """Add a verdict to the scale (the window's keys Ctrl+1 … follow the scale's order)."""
    with opened(project, write=True) as p:
        outcome = p.run(
            add_verdict(p.read, label_ar, label_en, rating_value=rating, color=color, position=position)
        )
        added = [k for k, _ in (outcome.changes.keys if outcome.changes else ()) if k == "verdict"]
        key = next((v.key for v in p.read.verdicts() if v.label_en == label_en.strip()), "")
    _out().line(f"Added the verdict «{key}»." if added else "Nothing to change.")


@verdict_group.command("move")
@project_arg
@click.argument("verdict")
@click.argument("position", type=int)
def verdict_move(project: str, verdict: str, position: int) -> None:
    """Move a verdict to another place in the scale (1 = first)."""
    with opened(project, write=True) as p:
        step = move_verdict(p.read, p.resolve("verdict", verdict), position)
        outcome = p.run(step) if step is not None else None
    _changed(outcome)


@verdict_group.command("remove")
@project_arg
@click.argument("verdict")
@click.option(
    "--move-to",
    default=None,
    help="The verdict its claims take instead (required while claims have it).",
)
def verdict_remove(project: str, verdict: str, move_to: str | None) -> None:
    """Take a verdict off the scale; a verdict still in use needs --move-to."""
    with opened(project, write=True) as p:
        key = p.resolve("verdict", verdict)
        target = p.resolve("verdict", move_to) if move_to else None
        p.run(remove_verdict(p.read, key, target))
    _out().line("Removed.")


@claim.command("tag")
@project_arg
@click.argument("claim_ref")
@click.argument("tags", nargs=-1, required=True)
def claim_tag(project: str, claim_ref: str, tags: tuple[str, ...]) -> None:
    """File a claim under one or more tags (topics such as سوريا)."""
    with opened(project, write=True) as p:
        cid = p.resolve("claim", claim_ref)
        step = (
            ops.Batch("tag claim", [ops.TagClaim(cid, t) for t in tags])
            if len(tags) > 1
            else ops.TagClaim(cid, tags[0])
        )
        outcome = p.run(step)
    _changed(outcome)


@claim.command("untag")
@project_arg
@click.argument("claim_ref")
@click.argument("tag")
def claim_untag(project: str, claim_ref: str, tag: str) -> None:
    """Take a tag off a claim."""
    with opened(project, write=True) as p:
        outcome = p.run(ops.UntagClaim(p.resolve("claim", claim_ref), tag))
    _changed(outcome)


@claim.command("note")
@project_arg
@click.argument("claim_ref")
@click.argument("note")
def claim_note(project: str, claim_ref: str, note: str) -> None:
    """Set a claim's own free note ("" clears it)."""
    with opened(project, write=True) as p:
        outcome = p.run(ops.SetClaimNote(p.resolve("claim", claim_ref), note))
    _changed(outcome)


@cli.command("tags")
@project_arg
@json_opt
def tags_(project: str, as_json: bool) -> None:
    """List the project's tags with how many claims carry each."""
    with opened(project) as p:
        found = p.read.tags()
    if as_json:
        _out().json([{"tag": name, "claims": n} for name, n in found])
        return
    for name, n in found:
        _out().line(f"{n:5}  {name}")
