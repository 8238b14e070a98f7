"""Comparing articles: the claims they share and their figures paired and judged by event
(:mod:`factdesk.app.compare`); ``--link N`` makes pair N into linked claims."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from factdesk.cli import _out, cli, json_opt, opened, project_arg, short

if TYPE_CHECKING:
    from factdesk.assist.compare import EventContext, FigurePair
    from factdesk.assist.figures import Figure

VERDICT_WORDS = {
    "agree": "agree",
    "compatible": "agree (bounds allow both)",
    "conflict": "CONFLICT",
    "different_event": "same kind of figure, different event: check",
    "unclear": "event unclear: check",
    "only": "only in one article",
}


def _figure_json(text: str, f: Figure | None, ctx: EventContext | None) -> dict[str, Any] | None:
    if f is None:
        return None
    return {
        "quote": _quote(text, f),
        "start": f.start,
        "end": f.end,
        "text": f.text,
        "value": f.value,
        "high": f.high,
        "bound": f.bound,
        "unit": f.unit,
        "thing": f.thing,
        "dates": [
            {"text": d.text, "start": d.start, "end": d.end, "date": d.date.isoformat() if d.date else None}
            for d in (ctx.dates if ctx else ())
        ],
        "places": list(ctx.places) if ctx else [],
        "actors": list(ctx.actors) if ctx else [],
    }


def _pair_json(n: int, p: FigurePair, texts: dict[str, str]) -> dict[str, Any]:
    return {
        "number": n,
        "kind": p.kind,
        "verdict": p.verdict,
        "a_article": p.a_id,
        "b_article": p.b_id,
        "a": _figure_json(texts[p.a_id], p.a, p.a_context),
        "b": _figure_json(texts[p.b_id], p.b, p.b_context),
        "reasons": list(p.reasons),
    }


def _quote(text: str, f: Figure) -> str:
    """The figure's clause, as the fact-checker reads it (clipped)."""
    from factdesk.app.compare import figure_phrase
    from factdesk.assist.compare import clause_bounds

    start, end = clause_bounds(text, *figure_phrase(text, f))
    quote = " ".join(text[start:end].split())
    return quote if len(quote) <= 140 else quote[:139] + "…"


def _side(text: str, f: Figure | None, ctx: EventContext | None) -> str:
    if f is None:
        return "—"
    from factdesk.cli.reading import _BOUND_WORDS, _number

    value = _number(f.value) + (f"–{_number(f.high)}" if f.high is not None else "")
    dates = ", ".join(d.date.isoformat() if d.date else d.text for d in ctx.dates) if ctx else ""
    quote = _quote(text, f)
    return (
        f"{_BOUND_WORDS.get(f.bound, '')}{value} {f.thing}  @{f.start}–{f.end}  "
        f"[{dates or 'no date'}]  «{quote}»"
    )


@cli.command()
@project_arg
@click.argument("articles", nargs=-1, required=True)
@click.option(
    "--link",
    "link",
    type=click.IntRange(1),
    default=None,
    help="Make figure pair N (as numbered in the listing) into linked claims: one change, one undo.",
)
@click.option("--claim", "claim_text", default="", help="With --link: the claim in your own words.")
@json_opt
def compare(
    project: str, articles: tuple[str, ...], link: int | None, claim_text: str, as_json: bool
) -> None:
    """Compare two or more articles (by the first characters of their ids): the claims they already
    share, then their figures paired by kind and judged by event: conflict, agree, same kind of figure
    but a different event (check), or given by one article only. Each pair shows the dates read."""
    from factdesk.app.compare import compare_articles, link_pair

    if len(articles) < 2:
        raise click.UsageError("Give at least two articles to compare.")
    with opened(project, write=link is not None) as p:
        ids = [p.resolve("article", a) for a in articles]
        result = compare_articles(p.read, ids)
        if link is not None:
            if link > len(result.pairs):
                raise click.UsageError(f"There are {len(result.pairs)} figure pairs; no pair {link}.")
            outcome = p.run(link_pair(p.read, result.pairs[link - 1], claim_text))
            claims = sorted(
                {str(m.after["claim_id"]) for m in outcome.mutations if m.kind == "appearance" and m.after}
            )
            if as_json:
                _out().json({"pair": link, "claims": claims, "done": outcome.label})
            else:
                _out().line(
                    f"Pair {link} linked as one claim ({', '.join(short(c) for c in claims)}); undo with «factdesk undo {project}»."
                )
            return
    if as_json:
        _out().json(
            {
                "articles": result.article_ids,
                "shared_claims": [
                    {
                        "a_article": s.a_id,
                        "b_article": s.b_id,
                        "claims": [
                            {
                                "claim": c.claim_id,
                                "text": c.text,
                                "verdict": c.verdict,
                                "a": [
                                    {"start": x.start, "end": x.end, "role": x.role, "quote": x.quote}
                                    for x in c.left
                                ],
                                "b": [
                                    {"start": x.start, "end": x.end, "role": x.role, "quote": x.quote}
                                    for x in c.right
                                ],
                            }
                            for c in s.claims
                        ],
                    }
                    for s in result.shared
                ],
                "pairs": [
                    _pair_json(n, pair, {k: r.text for k, r in result.readings.items()})
                    for n, pair in enumerate(result.pairs, 1)
                ],
            }
        )
        return
    out = _out()
    for s in result.shared:
        out.line(f"Claims in both {short(s.a_id)} (A) and {short(s.b_id)} (B): {len(s.claims)}")
        for c in s.claims:
            a = " / ".join(f"[{x.role}] «{x.quote}»" for x in c.left)
            b = " / ".join(f"[{x.role}] «{x.quote}»" for x in c.right)
            out.line(f"  {short(c.claim_id)}  {c.verdict:12} {c.text}\n      A: {a}\n      B: {b}")
    out.line(f"Figure pairs: {len(result.pairs)}")
    for n, pair in enumerate(result.pairs, 1):
        text_a = result.readings[pair.a_id].text
        text_b = result.readings[pair.b_id].text
        out.line(
            f"{n:3}. [{pair.kind}] {VERDICT_WORDS[pair.verdict]}  ({short(pair.a_id)} A / {short(pair.b_id)} B)"
        )
        out.line(f"      A: {_side(text_a, pair.a, pair.a_context)}")
        out.line(f"      B: {_side(text_b, pair.b, pair.b_context)}")
        for reason in pair.reasons[1:]:
            out.line(f"      - {reason}")
