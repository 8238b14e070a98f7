"""Reading an article for what can be checked: figures, dates, attributions, suggestions
(:mod:`factdesk.app.reading`)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import click

from factdesk.cli import _out, cli, json_opt, opened, project_arg

_BOUND_WORDS = {
    "exact": "",
    "at_least": "at least ",
    "more_than": "more than ",
    "about": "about ",
    "less_than": "less than ",
    "up_to": "up to ",
}


def _reading(project: str, article: str) -> Any:
    from factdesk.app.reading import read_article

    with opened(project) as p:
        return read_article(p.read, p.resolve("article", article))


def _number(value: float | int) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


@cli.command()
@project_arg
@click.argument("article")
@json_opt
def figures(project: str, article: str, as_json: bool) -> None:
    """List the quantities an article gives: value, bound, what is counted, and where it stands."""
    reading = _reading(project, article)
    if as_json:
        _out().json([asdict(f) for f in reading.figures])
        return
    out = _out()
    for f in reading.figures:
        value = _number(f.value) + (f"–{_number(f.high)}" if f.high is not None else "")
        unit = f" {f.unit}" if f.unit else ""
        out.line(
            f"{f.start:>6}–{f.end:<6} {_BOUND_WORDS.get(f.bound, '')}{value}{unit}  [{f.kind}]  «{f.text}»"
        )
    out.line(f"{len(reading.figures)} figure(s).")


@cli.command()
@project_arg
@click.argument("article")
@json_opt
def dates(project: str, article: str, as_json: bool) -> None:
    """List the dates and times an article gives, resolved against its publication date."""
    reading = _reading(project, article)
    if as_json:
        _out().json([{**asdict(d), "date": d.date.isoformat() if d.date else None} for d in reading.dates])
        return
    out = _out()
    for d in reading.dates:
        when = d.date.isoformat() if d.date else "unresolved"
        if d.date and d.precision == "month":
            when = when[:7]
        elif d.date and d.precision == "year":
            when = when[:4]
        extra = f" {d.time_of_day}" if d.time_of_day else ""
        out.line(f"{d.start:>6}–{d.end:<6} {when}{extra}  [{d.kind}, {d.confidence:.0%}]  «{d.text}»")
    out.line(
        f"{len(reading.dates)} date(s)"
        + (f", published {reading.published}" if reading.published else "")
        + "."
    )


@cli.command()
@project_arg
@click.argument("article")
@json_opt
def attributions(project: str, article: str, as_json: bool) -> None:
    """List who is reported as saying what: the speaker, the verb's stance and what was said."""
    reading = _reading(project, article)
    if as_json:
        _out().json([asdict(a) for a in reading.attributions])
        return
    out = _out()
    for a in reading.attributions:
        via = f" (via {a.via})" if a.via else ""
        # a speaker the sentence leaves out («وأضاف أن …») is the one named before, shown in brackets
        who = a.speaker or (f"[{a.implied_speaker}]" if a.implied_speaker else "[?]")
        stance = f"{a.stance}, negated" if a.negated else a.stance
        said = reading.text[a.said_start : a.said_end]
        out.line(f"{a.start:>6}–{a.end:<6} [{stance}] {who}{via} — {a.verb}: «{_clip(said)}»")
    out.line(f"{len(reading.attributions)} attribution(s).")


@cli.command()
@project_arg
@click.argument("article")
@click.option(
    "--limit", type=click.IntRange(1, 1000), default=10, show_default=True, help="At most this many."
)
@json_opt
def suggest(project: str, article: str, limit: int, as_json: bool) -> None:
    """The sentences of an article most worth checking, best first, with the reasons."""
    reading = _reading(project, article)
    ranked = reading.suggestions[:limit]
    if as_json:
        _out().json([{**asdict(s), "text": reading.text[s.start : s.end]} for s in ranked])
        return
    out = _out()
    for s in ranked:
        out.line(
            f"{s.score:5.1f}  {s.start}–{s.end}  [{', '.join(s.reasons)}]  «{_clip(reading.text[s.start : s.end])}»"
        )
    out.line(f"{len(ranked)} of {len(reading.suggestions)} sentence(s) worth checking.")


def _clip(text: str, most: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= most else text[: most - 1] + "…"
