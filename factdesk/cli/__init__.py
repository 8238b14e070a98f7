"""The command line: the whole fact-checking job without the window.

The project file is always the first argument (``factdesk search PROJECT QUERY``). Listing
commands take ``--json``. Errors go to stderr in plain words with a non-zero exit code: 1 for
a refused operation, 2 for a usage mistake, 3 for a file that cannot be imported, 10–19 for a
project file that cannot be opened or written (see :mod:`factdesk.store.errors`).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from factdesk import __version__
from factdesk.core import operations as ops
from factdesk.core.model import RELIABILITY, ROLES, SOURCE_KINDS, SPAN_KINDS, STANCES
from factdesk.core.operations import OperationError
from factdesk.store.errors import ProjectError, restore_advice
from factdesk.store.project import Project
from factdesk.store.read import QueryRefused

if TYPE_CHECKING:
    from factdesk.app.imports import FileOutcome, Reading
    from factdesk.importers import ImportResult
    from factdesk.importers.news import Proposal

F = TypeVar("F", bound=Callable[..., Any])

EXIT_REFUSED = 1
EXIT_IMPORT = 3
EXIT_CRASH = 70


class Output:
    """Prints for people or for programs. ``visual`` reshapes and reorders Arabic for
    terminals that cannot (arabic-reshaper + python-bidi; display only, never stored)."""

    def __init__(self, visual: bool) -> None:
        self.visual = visual
        #: the project the command opened, to name it in an error from SQLite
        self.project: str | None = None

    def line(self, text: str = "", *, err: bool = False) -> None:
        if self.visual and text:
            import arabic_reshaper
            from bidi import get_display

            text = "\n".join(get_display(arabic_reshaper.reshape(part)) for part in text.split("\n"))
        click.echo(text, err=err)

    def json(self, data: object) -> None:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _out() -> Output:
    ctx = click.get_current_context()
    return ctx.find_root().obj or Output(False)


def _fail(message: str, code: int = EXIT_REFUSED) -> None:
    _out().line(f"factdesk: {message}", err=True)
    sys.exit(code)


@contextmanager
def opened(path: str, *, write: bool = False) -> Iterator[Project]:
    """The project, open for reading (after SQLite's quick check: a damaged file is reported, never
    listed as if sound) or for changes. Says once where the project's placement is a risk, and
    when the automatic backup on opening failed."""
    from factdesk.store.project import _translate

    _out().project = path
    project = Project.open(path, readonly=not write)
    try:
        for warning in project.warnings:
            _out().line(f"factdesk: warning: {warning}", err=True)
        if not write:
            project.ensure_sound()
        yield project
    except sqlite3.DatabaseError as exc:
        # whatever SQLite finds wrong while reading is said in words, with the restore advice
        raise _translate(exc, Path(path)) from None
    finally:
        project.close()
        if project.backup_error:
            _out().line(
                f"factdesk: warning: the automatic backup failed: {project.backup_error} "
                "Your change is saved; make a backup with «factdesk backup» once this is fixed.",
                err=True,
            )


def project_arg(f: F) -> F:
    return click.argument("project", type=click.Path(dir_okay=False))(f)


def json_opt(f: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")(f)


def short(ident: str | None) -> str:
    return (ident or "")[:8]


# ---------------------------------------------------------------------------------------------


class FactdeskGroup(click.Group):
    """Turns the project's own errors into plain messages and exit codes, never tracebacks."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ProjectError as exc:
            _out().line(f"factdesk: {exc.message}", err=True)
            sys.exit(exc.exit_code)
        except OperationError as exc:
            _out().line(f"factdesk: {exc}", err=True)
            sys.exit(EXIT_REFUSED)
        except QueryRefused as exc:
            _out().line(f"factdesk: {exc.message}", err=True)
            sys.exit(2)
        except sqlite3.DatabaseError as exc:
            # SQLite found something wrong outside a command's opened project: still words, not a crash
            from factdesk.store.project import _translate

            error = _translate(exc, Path(_out().project or "the project"))
            _out().line(f"factdesk: {error.message}", err=True)
            sys.exit(error.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit, BrokenPipeError):
            raise
        except Exception as exc:
            from factdesk.app.crashlog import crash_message, log_crash

            _out().line(f"factdesk: {crash_message(exc, log_crash(exc))}", err=True)
            sys.exit(EXIT_CRASH)


@click.group(
    cls=FactdeskGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.option(
    "--visual", is_flag=True, help="Print Arabic in visual order, for terminals that cannot shape it."
)
@click.version_option(__version__, prog_name="factdesk")
@click.pass_context
def cli(ctx: click.Context, visual: bool) -> None:
    """FactDesk: a workbench for Arabic fact-checking.

    Every command takes the project file first, e.g. «factdesk claims demo.factdesk».
    Start with «factdesk demo demo.factdesk» to get a project built from the seed articles.
    """
    ctx.obj = Output(visual)
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


@cli.command("open")
@project_arg
def open_(project: str) -> None:
    """Open the project in the window (the same as «factdesk PROJECT»)."""
    _fail("The window is started by «factdesk PROJECT» or «factdesk open PROJECT» alone.", 2)


@cli.command()
@project_arg
def new(project: str) -> None:
    """Create a new, empty project file."""
    Project.create(project).close()
    _out().line(f"Created {project}")


# ---------------------------------------------------------------------------------------------
# articles


@cli.command("import")
@project_arg
@click.argument("files", nargs=-1, required=True)
@click.option("--title", default="", help="Title (otherwise taken from the file's metadata or first line).")
@click.option("--outlet", default="", help="The outlet that published it (otherwise the site's name).")
@click.option("--author", default="", help="Author (otherwise taken from the file's metadata or a dateline).")
@click.option("--place", default="", help="Place (otherwise taken from a dateline).")
@click.option("--url", default="", help="Where it was published (otherwise the page's canonical address).")
@click.option(
    "--date",
    "published",
    default="",
    help="Publication date, year first (2017-05-31, 2017/5/31, or 2017-05); otherwise the file's own.",
)
@click.option("--language", default=None, help="Language code (otherwise what the file says, else ar).")
@click.option(
    "--encoding",
    default=None,
    help="Decode text and web pages with this encoding (e.g. cp1256) instead of guessing.",
)
@click.option(
    "--fold-presentation-forms/--keep-presentation-forms",
    "fold",
    default=True,
    show_default=True,
    help="Turn Arabic presentation forms (shaped letters, as PDFs hold them) into ordinary letters.",
)
@click.option(
    "--keep-head",
    is_flag=True,
    help="Keep the title and dateline lines in the text (they still give the title, place and author).",
)
@click.option(
    "--keep-tail",
    "--keep-boilerplate",
    "keep_tail",
    is_flag=True,
    help="Keep the site's trailing lines («أرسل تعليقك», «أخبار متعلقة» …) in the text.",
)
@click.option(
    "--keep-removed", is_flag=True, help="Keep every line that would be taken out: --keep-head --keep-tail."
)
@click.option(
    "--accept-datelines",
    is_flag=True,
    help="Take the lines proposed as datelines: their place and author as the article's, the line out "
    "of the text (as a line taken from the top, which --keep-head keeps).",
)
@json_opt
def import_(
    project: str,
    files: tuple[str, ...],
    title: str,
    outlet: str,
    author: str,
    place: str,
    url: str,
    published: str,
    language: str | None,
    encoding: str | None,
    fold: bool,
    keep_head: bool,
    keep_tail: bool,
    keep_removed: bool,
    accept_datelines: bool,
    as_json: bool,
) -> None:
    """Import articles: text files in any encoding, web pages (.html, .htm, .mhtml), Word (.docx),
    OpenDocument (.odt) and PDF files, folders of them (recursively, in name order; a file of a kind
    FactDesk does not import, such as a photo, is skipped with a note), or standard input with «-».

    Each file is decoded (its encoding guessed when it is not UTF-8), the article taken out of a web
    page, its line endings unified, a title line, dateline and trailing site boilerplate («أرسل تعليقك»,
    «أخبار متعلقة» …) taken out, then frozen. Every file is read first; then all articles are added in
    one step, which one undo takes back. Prints one result per file: imported, duplicate (of an
    article already in the project, or of another file of the same import), skipped, or failed and why.

    The report of each file lists every line taken out (keep them with --keep-head, --keep-tail or
    --keep-removed: they go back where they stood), lines kept in the text that may be a dateline
    (--accept-datelines takes them), the hidden characters by name (RLO, ZWNJ …), the presentation
    forms folded, and any web page code (CSS, JavaScript) left in the text, which is reported, not removed.
    """
    from factdesk.app import imports

    out = _out()
    given = imports.Metadata(
        title=title,
        outlet=outlet,
        author=author,
        place=place,
        url=url,
        published=published,
        language=language or "",
    ).checked()
    reading = imports.Reading(
        encoding=encoding,
        fold_presentation_forms=fold,
        keep_head=keep_head or keep_removed,
        keep_tail=keep_tail or keep_removed,
        accept_datelines=accept_datelines,
    )
    with opened(project, write=True) as p:
        outcomes = imports.import_files(
            p, files, reading=reading, given=given, read_stdin=_read_stdin, keep_readings=True
        )
    files_of = {o.article_id: o.path for o in outcomes if o.status == imports.IMPORTED}
    results = [_import_entry(o, reading, files_of) for o in outcomes]
    if as_json:
        out.json(results)
    else:
        for r in results:
            if r["status"] == "imported":
                out.line(
                    f"imported   {short(str(r['article']))}  {r['file']}  «{r['title'] or '(untitled)'}»"
                )
                for line in _report_lines(r):
                    out.line(f"           {line}")
                warnings = r.get("warnings")
                for warning in warnings if isinstance(warnings, list | tuple) else ():
                    out.line(f"           note: {warning}")
            elif r["status"] == "duplicate":
                what = (
                    f"same text as {r['duplicate_of']}" if r.get("duplicate_of") else "already in the project"
                )
                out.line(f"duplicate  {short(str(r['article']))}  {r['file']}  ({what})")
            elif r["status"] == "skipped":
                out.line(f"skipped    {r['file']}: {r['reason']}")
            else:
                out.line(f"failed     {r['file']}: {r['reason']}", err=True)
    unwritable = next(
        (o.extra["exception"] for o in outcomes if isinstance(o.extra.get("exception"), ProjectError)), None
    )
    if unwritable is not None:
        raise unwritable  # the project file could not be written: its own exit code (10-19)
    if any(r["status"] == "failed" for r in results):
        sys.exit(EXIT_IMPORT)


def _read_stdin() -> bytes:
    from factdesk.importers.safety import read_stream

    return read_stream(sys.stdin.buffer)


def _import_entry(o: FileOutcome, reading: Reading, files_of: dict[str, str]) -> dict[str, object]:
    """One file's line of ``--json`` (and of the printed result)."""
    from factdesk.app import imports

    entry: dict[str, object] = {"file": o.path if o.path != "-" else "-", "status": o.status}
    if o.status == imports.FAILED:
        reason = o.message
        if o.reason == imports.UNCERTAIN:
            reason += " Choose its encoding with --encoding."
        entry.update(reason=reason, refusal=o.reason)
        return entry
    if o.status == imports.SKIPPED:
        entry.update(reason=o.message, skipped=o.reason)
        return entry
    result = o.extra["result_read"]
    entry.update(
        article=o.article_id,
        title=o.title,
        format=result.format,
        encoding=result.encoding,
        warnings=list(o.warnings),
        **_import_report(
            result,
            o.extra["text"],
            o.extra["proposed"],
            keep_head=reading.keep_head,
            keep_tail=reading.keep_tail,
        ),
    )
    if o.status == imports.DUPLICATE:
        entry["reason"] = o.message
        if o.reason == imports.IN_THIS_IMPORT:
            entry["duplicate_of"] = files_of.get(o.article_id, o.duplicate_of)
    return entry


def _import_report(
    result: ImportResult, body: str, proposed: tuple[Proposal, ...], *, keep_head: bool, keep_tail: bool
) -> dict[str, object]:
    """What ``--json`` says of an imported file besides its status: the lines taken out and kept, the
    proposed datelines, the hidden characters by name, the presentation forms folded, leaked page code."""
    from factdesk.core.text import count_hidden
    from factdesk.importers.leaks import find_leaked_code
    from factdesk.importers.report import describe_hidden, hidden_characters

    head, tail = list(result.removed_head), list(result.removed_tail)
    return {
        "removed_head": [] if keep_head else head,
        "removed_tail": [] if keep_tail else tail,
        "removed": [] if keep_tail else tail,  # the trailing lines, as earlier versions said
        "kept": (head if keep_head else []) + (tail if keep_tail else []),
        "proposals": [
            {
                "line": p.line,
                "place": p.place,
                "author": p.author,
                "reason": p.reason,
                "accepted": p not in result.proposals,
            }
            for p in proposed
        ],
        "hidden": count_hidden(body),
        "hidden_characters": [
            {"name": name, "meaning": describe_hidden(name), "count": count}
            for name, count in hidden_characters(body).items()
        ],
        "presentation_forms": result.presentation_forms,
        "leaked_code": [
            {"line": leak.line, "start": leak.start, "end": leak.end, "excerpt": leak.excerpt}
            for leak in find_leaked_code(body)
        ],
    }


def _report_lines(r: dict[str, Any]) -> list[str]:
    """The import report of one file, for people: every line taken out or kept, the proposed datelines,
    hidden characters by name, leaked page code. (Warnings, presentation forms among them, follow.)"""
    lines = [f"taken out (top): «{line}»" for line in r["removed_head"]]
    lines += [f"taken out (end): «{line}»" for line in r["removed_tail"]]
    if lines:
        lines.append("(--keep-head, --keep-tail or --keep-removed keep them in the text, where they stood)")
    lines += [f"kept in the text, as asked: «{line}»" for line in r["kept"]]
    for p in r["proposals"]:
        if p["accepted"]:
            continue
        place, author = p["place"] or "unknown", p["author"] or "unknown"
        lines.append(
            f"kept in the text: «{p['line']}» may be a dateline: place {place}, author {author}"
            + (f" ({p['reason']})" if p["reason"] else "")
            + "; --accept-datelines takes it"
        )
    if r["hidden_characters"]:
        named = ", ".join(f"{h['count']} {h['name']} ({h['meaning']})" for h in r["hidden_characters"])
        lines.append(f"hidden characters kept in the text: {named}")
    for leak in r["leaked_code"]:
        lines.append(
            f"web page code (CSS/JavaScript) left in the text, line {leak['line']} "
            f"(characters {leak['start']}-{leak['end']}): «{leak['excerpt']}»"
        )
    return lines


@cli.command()
@project_arg
@click.option(
    "--filter", "contains", default="", help="Only articles whose title, outlet or author contains this."
)
@json_opt
def articles(project: str, contains: str, as_json: bool) -> None:
    """List the articles with their counts of highlights and claims."""
    with opened(project) as p:
        rows = p.read.articles(contains=contains)
    if as_json:
        _out().json([asdict(r) for r in rows])
        return
    for r in rows:
        _out().line(
            f"{short(r.id)}  {r.published or '—':10}  spans {r.spans:3}  claims {r.claims:3}  "
            f"{r.title or '(untitled)'}"
        )


@cli.command()
@project_arg
@click.argument("article")
@click.option("--spans", "with_spans", is_flag=True, help="List the article's highlights after the text.")
@click.option(
    "--invisibles", is_flag=True, help="Report hidden characters (bidi controls, zero-width marks)."
)
@json_opt
def show(project: str, article: str, with_spans: bool, invisibles: bool, as_json: bool) -> None:
    """Print an article (by the first characters of its id) with its metadata."""
    from factdesk.core import text as textrules

    with opened(project) as p:
        aid = p.resolve("article", article)
        row = p.read.get("article", aid) or {}
        spans = p.read.find("span", "article_id", aid)
    body = str(row["text"])
    hidden = textrules.find_invisibles(body)
    if as_json:
        data = dict(row)
        data["spans"] = spans
        data["invisibles"] = [{"offset": h.offset, "name": h.name, "bidi": h.is_bidi} for h in hidden]
        _out().json(data)
        return
    out = _out()
    out.line(f"«{row['title'] or '(untitled)'}»")
    meta = [f"{k}: {row[k]}" for k in ("outlet", "author", "place", "published", "url") if row[k]]
    out.line("  ".join([f"id: {aid}", *meta]))
    out.line("")
    out.line(body)
    if invisibles or hidden:
        out.line("")
        out.line(f"{len(hidden)} hidden character(s)" + (":" if hidden else "."))
        for h in hidden[:200] if invisibles else []:
            out.line(f"  at {h.offset}: {h.name}{' (bidi control)' if h.is_bidi else ''}")
    if with_spans:
        out.line("")
        for s in spans:
            out.line(f"{short(str(s['id']))}  {s['start']}–{s['end']}  «{s['quote']}»")


# ---------------------------------------------------------------------------------------------
# spans


@cli.group()
def span() -> None:
    """Highlight stretches of an article."""


@span.command("add")
@project_arg
@click.argument("article")
@click.option("--start", type=int, help="First character (code point offset).")
@click.option("--end", type=int, help="Offset just after the last character.")
@click.option(
    "--quote",
    help="Highlight this text instead of giving offsets (matched as search matches: "
    "«الرقه» finds «الرَّقة»; hidden characters and line breaks are ignored).",
)
@click.option(
    "--occurrence",
    type=click.IntRange(min=1),
    default=None,
    help="Which occurrence of --quote (1 = the first); the command says how many there are.",
)
@click.option("--snap/--no-snap", default=True, show_default=True, help="Widen to whole words.")
@click.option(
    "--kind",
    type=click.Choice(SPAN_KINDS),
    default="highlight",
    show_default=True,
    help="What the highlight marks.",
)
@click.option("--note", default="", help="A note on the highlight.")
def span_add(
    project: str,
    article: str,
    start: int | None,
    end: int | None,
    quote: str | None,
    occurrence: int | None,
    snap: bool,
    kind: str,
    note: str,
) -> None:
    """Highlight a stretch of an article, by offsets or by quoting it; prints the span id."""

    with opened(project, write=True) as p:
        aid = p.resolve("article", article)
        body = str((p.read.get("article", aid) or {})["text"])
        start, end, which = _choose_range(body, start, end, quote, occurrence, snap)
        op = ops.AddSpan(aid, start, end, kind=kind, note=note)
        p.run(op)
    _out().line(f"{op.id}  {start}–{end}  «{body[start:end]}»")
    if which:
        click.echo(which, err=True)


def _choose_range(
    body: str, start: int | None, end: int | None, quote: str | None, occurrence: int | None, snap: bool
) -> tuple[int, int, str]:
    """The stretch to highlight, by offsets or by quoting it (widened to whole words with ``snap``), and
    which occurrence of the quote it is when there are several."""
    import unicodedata

    from factdesk.core import text as textrules

    which = ""
    if quote is not None:
        start, end, which = _find_quote(body, quote, occurrence)
    elif start is None or end is None:
        raise click.UsageError("Give --start and --end, or --quote.")
    if snap:
        start, end = textrules.snap_to_words(body, start, end)
        if quote is not None:  # as search: a quoted span does not end on a hidden character
            # (unless it belongs to the letter before it, like a ZWJ: spans keep whole letters)
            while (
                end - 1 > start
                and (body[end - 1] == "\u0640" or unicodedata.category(body[end - 1]) == "Cf")
                and textrules.is_boundary(body, end - 1)
            ):
                end -= 1
    return start, end, which


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _find_quote(body: str, quote: str, occurrence: int | None) -> tuple[int, int, str]:
    """The occurrence of ``quote`` to highlight, matched as search matches (folded, hidden
    characters ignored), and a sentence saying which one it is when there are several."""
    from factdesk.nlp.fold import find_quote

    found = find_quote(body, quote)
    if not found:
        raise OperationError(
            f"«{quote}» does not occur in the article (even ignoring diacritics, "
            "letter variants such as ة/ه and hidden characters)."
        )
    n = occurrence or 1
    if n > len(found):
        raise OperationError(
            f"«{quote}» occurs {len(found)} time(s) in the article; there is no occurrence {n}."
        )
    start, end = found[n - 1]
    which = ""
    if len(found) > 1:
        which = (
            f"Took the {_ordinal(n)} of {len(found)} occurrences (at {start}); "
            "use --occurrence N to choose another."
        )
    return start, end, which


@span.command("delete")
@project_arg
@click.argument("span_ref")
def span_delete(project: str, span_ref: str) -> None:
    """Delete a highlight (its links to claims go with it; undo brings all back)."""
    with opened(project, write=True) as p:
        p.run(ops.DeleteSpan(p.resolve("span", span_ref)))
    _out().line("Deleted.")


# ---------------------------------------------------------------------------------------------
# claims


@cli.group()
def claim() -> None:
    """Create claims, link their appearances, record verdicts."""


@claim.command("add")
@project_arg
@click.argument("text")
@click.option("--span", "span_ref", help="A highlight that is the claim's first appearance.")
@click.option(
    "--role",
    type=click.Choice(ROLES),
    default="asserts",
    show_default=True,
    help="Whether the span asserts the claim, denies it, or reports a different figure.",
)
@click.option("--verdict", default="unverified", show_default=True, help="Initial verdict key.")
def claim_add(project: str, text: str, span_ref: str | None, role: str, verdict: str) -> None:
    """Create a claim in your own words; prints its id."""
    with opened(project, write=True) as p:
        create = ops.CreateClaim(text, verdict=p.resolve("verdict", verdict))
        steps: list[ops.Operation] = [create]
        if span_ref:
            steps.append(ops.LinkSpan(create.id, p.resolve("span", span_ref), role))
        p.run(ops.Batch("new claim", steps))
    _out().line(create.id)


@claim.command("link")
@project_arg
@click.argument("claim_ref")
@click.argument("span_ref")
@click.option(
    "--role",
    type=click.Choice(ROLES),
    default="asserts",
    show_default=True,
    help="Whether the span asserts the claim, denies it, or reports a different figure.",
)
def claim_link(project: str, claim_ref: str, span_ref: str, role: str) -> None:
    """Link a highlight (in any article) to a claim as one of its appearances."""
    with opened(project, write=True) as p:
        op = ops.LinkSpan(p.resolve("claim", claim_ref), p.resolve("span", span_ref), role)
        p.run(op)
    _out().line(op.id)


@claim.command("verdict")
@project_arg
@click.argument("claim_ref")
@click.argument("verdict")
@click.option("--rationale", default=None, help="Why: the reasoning behind the verdict.")
@click.option("--reviewer", default=None, help="Who reviewed it.")
def claim_verdict(
    project: str, claim_ref: str, verdict: str, rationale: str | None, reviewer: str | None
) -> None:
    """Record a claim's verdict (a key such as false, or its English or Arabic label)."""
    with opened(project, write=True) as p:
        key = p.resolve("verdict", verdict)
        p.run(ops.SetVerdict(p.resolve("claim", claim_ref), key, rationale=rationale, reviewer=reviewer))
        label = next(v for v in p.read.verdicts() if v.key == key)
    _out().line(f"{label.label_ar} / {label.label_en}")


@claim.command("edit")
@project_arg
@click.argument("claim_ref")
@click.option("--text", default=None, help="The claim in your own words.")
@click.option("--rationale", default=None, help="The rationale.")
@click.option("--reviewer", default=None, help="The reviewer.")
def claim_edit(
    project: str, claim_ref: str, text: str | None, rationale: str | None, reviewer: str | None
) -> None:
    """Change a claim's wording, rationale or reviewer."""
    with opened(project, write=True) as p:
        outcome = p.run(ops.EditClaim(p.resolve("claim", claim_ref), text, rationale, reviewer))
    _out().line("Changed." if outcome.changes else "Nothing to change.")


@claim.command("delete")
@project_arg
@click.argument("claim_ref")
def claim_delete(project: str, claim_ref: str) -> None:
    """Delete a claim with its appearances and evidence (undo brings them back)."""
    with opened(project, write=True) as p:
        p.run(ops.DeleteClaim(p.resolve("claim", claim_ref)))
    _out().line("Deleted.")


@claim.command("show")
@project_arg
@click.argument("claim_ref")
@json_opt
def claim_show(project: str, claim_ref: str, as_json: bool) -> None:
    """Show a claim: verdict, rationale, appearances across articles, evidence, verdict history."""
    from factdesk.core.labels import role_label, stance_label

    with opened(project) as p:
        cid = p.resolve("claim", claim_ref)
        row = p.read.get("claim", cid) or {}
        apps = p.read.appearances(cid)
        evs = p.read.evidence(cid)
        changes = p.read.verdict_changes(cid)
        labels = {v.key: v for v in p.read.verdicts()}
        tags = p.read.claim_tags(cid)
    if as_json:
        _out().json(
            {
                "claim": row,
                "tags": tags,
                "appearances": [asdict(a) for a in apps],
                "evidence": [asdict(e) for e in evs],
                "verdict_history": [{"at": a, "from": b, "to": c} for a, b, c in changes],
            }
        )
        return
    out = _out()
    v = labels[str(row["verdict"])]
    out.line(f"{row['text']}")
    out.line(
        f"verdict: {v.label_ar} / {v.label_en}   reviewer: {row['reviewer'] or '—'}   "
        f"reviewed: {row['reviewed_at'] or '—'}"
    )
    if row["rationale"]:
        out.line(f"rationale: {row['rationale']}")
    if tags:
        out.line("tags: " + ", ".join(tags))
    if row["note"]:
        out.line(f"note: {row['note']}")
    out.line(f"appearances ({len(apps)}):")
    for a in apps:  # the highlight's id: «claim unlink» and «claim role» take it
        out.line(
            f"  {short(a.span_id)}  [{role_label(a.role)}] «{a.quote}» — {a.article_title} {a.published}"
        )
    out.line(f"evidence ({len(evs)}):")
    for e in evs:  # the evidence's id: «evidence edit» and «evidence delete» take it
        out.line(f"  {short(e.id)}  [{stance_label(e.stance)}] {e.source_title} {e.url} {e.note}")
    if len(changes) > 1:
        out.line("verdict history:")
        for at, before, after in changes:
            out.line(
                f"  {at[:19]}  {labels[before].label_en if before in labels else '—'} → "
                f"{labels[after].label_en if after in labels else after}"
            )


@cli.command()
@project_arg
@click.option("--verdict", default=None, help="Only claims with this verdict.")
@click.option("--article", default=None, help="Only claims that appear in this article.")
@click.option("--search", "contains", default="", help="Only claims whose text matches (Arabic folded).")
@click.option("--tag", default=None, help="Only claims filed under this tag.")
@click.option("--outlet", default=None, help="Only claims that appear in an article of this outlet.")
@click.option(
    "--since", default="", help="Only claims in an article published on or after this date (YYYY-MM-DD)."
)
@click.option("--until", default="", help="Only claims in an article published on or before this date.")
@click.option("--unverified", is_flag=True, help="Only claims still unverified (or in progress).")
@click.option(
    "--sort",
    "order",
    type=click.Choice(["created", "modified", "verdict", "text", "appearances"]),
    default="created",
    show_default=True,
    help="Order of the list.",
)
@json_opt
def claims(
    project: str,
    verdict: str | None,
    article: str | None,
    contains: str,
    tag: str | None,
    outlet: str | None,
    since: str,
    until: str,
    unverified: bool,
    order: str,
    as_json: bool,
) -> None:
    """List claims with verdict, appearances and sources, then how many remain at each verdict."""
    from factdesk.core.metadata import check_date
    from factdesk.core.tags import clean_tag
    from factdesk.store.read import ClaimFilter

    with opened(project) as p:
        where = ClaimFilter(
            verdict=p.resolve("verdict", verdict) if verdict else None,
            contains=contains,
            article_id=p.resolve("article", article) if article else None,
            tag=clean_tag(tag) if tag else None,
            outlet=outlet.strip() if outlet else None,
            since=check_date(since) if since else "",
            until=check_date(until) if until else "",
            unverified=unverified,
        )
        rows = p.read.claims(order=order, where=where)
        counts = p.read.verdict_counts(where)
    if as_json:
        _out().json([asdict(r) for r in rows])
        return
    for r in rows:
        _out().line(
            f"{short(r.id)}  [{r.verdict_ar} / {r.verdict_en}]  appearances {r.appearances} "
            f"in {r.articles} article(s), sources {r.sources}\n    {r.text}"
        )
    shown = [f"{v.label_en} {n}" for v, n in counts if n]
    if shown:
        _out().line("by verdict: " + ", ".join(shown))


@cli.command()
@project_arg
@json_opt
def verdicts(project: str, as_json: bool) -> None:
    """List the project's verdict scale with ClaimReview rating values."""
    with opened(project) as p:
        rows = p.read.verdicts()
    if as_json:
        _out().json([asdict(v) for v in rows])
        return
    for v in rows:
        rating = "-" if v.rating_value is None else str(v.rating_value)
        _out().line(f"{v.key:12} {rating:>2}  {v.label_en:12} {v.label_ar}")


# ---------------------------------------------------------------------------------------------
# sources and evidence


@cli.group()
def source() -> None:
    """Sources: documents, statements, people, data sets, archived pages."""


@source.command("add")
@project_arg
@click.argument("title")
@click.option(
    "--kind",
    type=click.Choice(SOURCE_KINDS),
    default="document",
    show_default=True,
    help="What kind of source this is.",
)
@click.option("--url", default="", help="Where the source can be found.")
@click.option("--publisher", default="", help="Who published it.")
@click.option("--date", "published", default="", help="Its date, ISO 8601.")
@click.option("--accessed", default="", help="When you consulted it, ISO 8601.")
@click.option(
    "--reliability",
    type=click.Choice(RELIABILITY),
    default="unknown",
    show_default=True,
    help="How far the source can be trusted.",
)
@click.option("--notes", default="", help="Notes on the source.")
@click.option("--article", default=None, help="The source is this article of the project.")
def source_add(
    project: str,
    title: str,
    kind: str,
    url: str,
    publisher: str,
    published: str,
    accessed: str,
    reliability: str,
    notes: str,
    article: str | None,
) -> None:
    """Add a source; prints its id."""
    with opened(project, write=True) as p:
        op = ops.AddSource(
            title,
            kind=kind,
            url=url,
            publisher=publisher,
            published=published,
            accessed=accessed,
            reliability=reliability,
            notes=notes,
            article_id=p.resolve("article", article) if article else None,
        )
        p.run(op)
    _out().line(op.id)


@cli.command()
@project_arg
@json_opt
def sources(project: str, as_json: bool) -> None:
    """List the project's sources."""
    with opened(project) as p:
        rows = p.read.rows("source")
    if as_json:
        _out().json(rows)
        return
    for r in rows:
        _out().line(f"{short(str(r['id']))}  [{r['kind']}, {r['reliability']}]  {r['title']}  {r['url']}")


@cli.group()
def evidence() -> None:
    """Tie sources to claims with a stance."""


@evidence.command("add")
@project_arg
@click.argument("claim_ref")
@click.argument("source_ref", required=False)
@click.option("--stance", type=click.Choice(STANCES), required=True, help="supports, refutes or context.")
@click.option("--span", "span_ref", default=None, help="A highlight quoted as the evidence.")
@click.option(
    "--article",
    default=None,
    help="Quote a passage of this article (with --quote or --start/--end); without SOURCE_REF the "
    "article itself becomes the source.",
)
@click.option("--quote", default=None, help="The passage of --article to quote (matched as search matches).")
@click.option("--occurrence", type=click.IntRange(min=1), default=None, help="Which occurrence of --quote.")
@click.option("--start", type=int, default=None, help="First character of the passage of --article.")
@click.option("--end", type=int, default=None, help="Offset just after its last character.")
@click.option("--note", default="", help="A note on this evidence.")
def evidence_add(
    project: str,
    claim_ref: str,
    source_ref: str | None,
    stance: str,
    span_ref: str | None,
    article: str | None,
    quote: str | None,
    occurrence: int | None,
    start: int | None,
    end: int | None,
    note: str,
) -> None:
    """Attach a source to a claim as evidence; prints the evidence id.

    The evidence may quote a highlight (--span), or a passage of an article highlighted for it in the
    same step (--article with --quote or --start/--end), or nothing (the source alone). Without
    SOURCE_REF, the article (--article) is made a source and used: all of it is one undo step."""
    from factdesk.app.evidence import add_evidence

    if source_ref is None and article is None:
        raise click.UsageError("Name the source (SOURCE_REF), or the article that is the source (--article).")
    if span_ref and (quote is not None or start is not None):
        raise click.UsageError(
            "Quote either a highlight (--span) or a passage (--quote, --start/--end), not both."
        )
    with opened(project, write=True) as p:
        aid = p.resolve("article", article) if article else None
        selection, which = None, ""
        if aid is not None and (quote is not None or start is not None or end is not None):
            body = str((p.read.get("article", aid) or {})["text"])
            first, last, which = _choose_range(body, start, end, quote, occurrence, snap=True)
            selection = (first, last)
        plan = add_evidence(
            p.read,
            p.resolve("claim", claim_ref),
            stance,
            source_id=p.resolve("source", source_ref) if source_ref else None,
            article_id=aid,
            selection=selection,
            span_id=p.resolve("span", span_ref) if span_ref else None,
            note=note,
        )
        p.run(plan.operation)
    _out().line(plan.evidence_id)
    if which:
        click.echo(which, err=True)


# ---------------------------------------------------------------------------------------------
# search, export


@cli.command("search")
@project_arg
@click.argument("query")
@click.option(
    "--limit",
    type=click.IntRange(1, 10_000),
    default=20,
    show_default=True,
    help="At most this many results.",
)
@click.option("--claims", "in_claims", is_flag=True, help="Search the claims instead of the articles.")
@click.option(
    "--exact",
    is_flag=True,
    help="Only the spelling as typed: «علي» does not find «على», «الرقة» not «الرقه» "
    "(diacritics and hidden characters are still ignored; proclitics are not stripped).",
)
@json_opt
def search_cmd(project: str, query: str, limit: int, in_claims: bool, exact: bool, as_json: bool) -> None:
    """Search articles (or claims), Arabic folded: «الرقه» finds «الرقة» and «الرَّقة».

    A word also finds its forms with proclitics: «المملكة» finds «بالمملكة», «والمملكة» and
    «للمملكة»; «مملكة» finds «المملكة». Exact spellings come first. Quotes make a phrase, OR (or
    أو) gives alternatives, NOT or a leading minus excludes a word, a trailing * matches the start
    of words. Anything else is searched as plain text; an emoji or a symbol alone is looked for
    as it is written.
    """
    with opened(project) as p:
        if in_claims:
            chits = p.read.search_claims(query, limit=limit, exact=exact)
            if as_json:
                _out().json([asdict(h) for h in chits])
            else:
                for c in chits:
                    _out().line(f"{short(c.claim_id)}  [{c.verdict}]  {c.text}")
            return
        hits = p.read.search_articles(query, limit=limit, exact=exact)
    if as_json:
        _out().json([asdict(h) for h in hits])
        return
    if not hits:
        _out().line("No matches.")
    for h in hits:
        marked = h.snippet
        for a, b in reversed(h.snippet_hits):
            marked = marked[:a] + "«" + marked[a:b] + "»" + marked[b:]
        _out().line(f"{short(h.article_id)}  {h.title}  ({len(h.hits)} hit(s))\n    {marked}")


# ---------------------------------------------------------------------------------------------
# the file itself


@cli.command()
@project_arg
def check(project: str) -> None:
    """Run the full integrity check: SQLite's own, the links between records, the search index, the
    stored fingerprint of each article's text, and every highlight's quote against its article. A
    read-only project is checked for reading (without the search index's deep check). A file that
    holds triggers, views, tables or indexes FactDesk did not put there is refused before anything in
    it runs: «factdesk repair PROJECT -o COPY» writes a copy without them."""
    from factdesk.store.errors import ProjectReadOnly

    note = ""
    try:
        p = Project.open(project, backup=False)
    except ProjectReadOnly:
        p = Project.open(project, readonly=True)
        note = " (read-only here: checked without writing)"
    try:
        problems = p.integrity_check()
    finally:
        p.close()
    if problems:
        for line in problems:
            _out().line(f"problem: {line}", err=True)
        _fail(f"{len(problems)} problem(s) found. {restore_advice(Path(project).name)}", 13)
    _out().line(f"ok: the project passed the full integrity check{note}.")


@cli.command()
@project_arg
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="The repaired copy to write (a new file; the project itself is never changed).",
)
def repair(project: str, output: str) -> None:
    """Write a repaired copy of a project that holds triggers, views, tables or indexes FactDesk did
    not put there (FactDesk refuses to open such a file): they are dropped in the copy, FactDesk's own
    tables, indexes and triggers are made as FactDesk makes them, and every record is kept. Nothing in
    the file is run; the original is never changed."""
    from factdesk.store.repair import repair_into

    done = repair_into(Path(project), Path(output))
    out = _out()
    for line in done:
        out.line(f"repaired: {line}")
    if not done:
        out.line("Nothing needed repair: the copy is the same project.")
    out.line(f"Wrote {output}; «{Path(project).name}» was not changed.")


@cli.command()
@project_arg
@click.option("--list", "listing", is_flag=True, help="List the backups instead of making one.")
@json_opt
def backup(project: str, listing: bool, as_json: bool) -> None:
    """Make a backup now (SQLite's backup API; the newest 10 are kept), or list them."""
    from factdesk.app import backups

    if not listing:
        with opened(project, write=True):
            made = backups.make_backup(project)
        _out().line(f"Backed up to {made.path}")
        return
    rows = backups.list_backups(project)
    if as_json:
        _out().json(
            [
                {"path": str(b.path), "made": b.made.isoformat(), "reason": b.reason, "size": b.size}
                for b in rows
            ]
        )
        return
    if not rows:
        _out().line("No backups yet.")
    for b in rows:
        _out().line(f"{b.made:%Y-%m-%d %H:%M:%S}  {b.reason:15} {b.size:>10}  {b.path}")


@cli.command()
@project_arg
@click.argument("backup_file", required=False)
@click.option("--latest", is_flag=True, help="Restore the newest backup.")
def restore(project: str, backup_file: str | None, latest: bool) -> None:
    """Put a backup in place of the project; the current state is kept as a backup first."""
    from factdesk.app import backups

    if backup_file is None:
        newest = backups.latest(project)
        if not latest or newest is None:
            _fail("Name the backup to restore (see «factdesk backup PROJECT --list»), or use --latest.", 2)
        backup_file = str(newest.path)  # type: ignore[union-attr]
    done = backups.restore(project, backup_file)
    _out().line(
        f"Restored {backup_file}" + (f"; the previous state is kept in {done.kept}" if done.kept else "")
    )


@cli.command()
@project_arg
def undo(project: str) -> None:
    """Undo the latest change still in effect (changes are kept in the file across sessions)."""
    with opened(project, write=True) as p:
        outcome = p.undo()
    _out().line(f"Undone: {outcome.label}")


@cli.command()
@project_arg
def redo(project: str) -> None:
    """Redo the latest undone change."""
    with opened(project, write=True) as p:
        outcome = p.redo()
    _out().line(f"Redone: {outcome.label}")


@cli.command()
@project_arg
@click.option("--claim", "claim_ref", default=None, help="Only the history of this claim.")
@click.option("--limit", type=int, default=50, show_default=True, help="At most this many changes.")
@json_opt
def history(project: str, claim_ref: str | None, limit: int, as_json: bool) -> None:
    """Every change, newest first: what, when, before and after."""
    with opened(project) as p:
        cid = p.resolve("claim", claim_ref) if claim_ref else None
        rows = p.read.history("claim" if cid else None, cid, limit=limit)
    if as_json:
        _out().json([asdict(r) for r in rows])
        return
    for r in rows:
        detail = r.after if r.action != "delete" else r.before
        brief = ", ".join(
            f"{k}={v}"
            for k, v in (detail or {}).items()
            if k in ("verdict", "text", "title", "quote", "stance", "role") and v
        )[:100]
        _out().line(f"#{r.op:<5} {r.at[:19]}  {r.direction:4} {r.label:24} {r.action:6} {brief}")


@cli.command()
@click.argument("output", type=click.Path(dir_okay=False))
@click.option("--force", is_flag=True, help="Replace OUTPUT if it exists.")
@click.option(
    "--seeds",
    "seeds_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Folder with the seed articles (default: the repository's seeds/).",
)
def demo(output: str, force: bool, seeds_dir: str | None) -> None:
    """Build the demo project from the two seed articles, with claims linked across them."""
    from factdesk.app.demo import build_demo
    from factdesk.store.lock import WriteLock

    path = Path(output)
    if path.exists() and not force:
        _fail(f"«{output}» already exists; use --force to replace it.", 2)
    # The lock first: a project open in a window or a command is refused, never deleted under it.
    lock = WriteLock(path)
    lock.acquire()
    try:
        if path.exists():
            lock.let_go_of_file()
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        summary = build_demo(path, Path(seeds_dir) if seeds_dir else None, lock=lock)
    finally:
        lock.release()
    _out().line(f"Built {output}: {summary}")


# ---------------------------------------------------------------------------------------------
# changing and deleting what exists: every operation of factdesk.core.operations has a command


def _changed(outcome: object) -> None:
    _out().line("Changed." if getattr(outcome, "changes", None) else "Nothing to change.")


def _given(**values: object) -> dict[str, object]:
    """The options the user gave (None means not given)."""
    return {k: v for k, v in values.items() if v is not None}


@cli.group("article")
def article_group() -> None:
    """Change an article's details (never its text), or delete it."""


@article_group.command("edit")
@project_arg
@click.argument("article")
@click.option("--title", default=None, help="The article's title.")
@click.option("--outlet", default=None, help="The outlet that published it.")
@click.option("--author", default=None, help="Its author.")
@click.option("--place", default=None, help="The place it was written in (its dateline).")
@click.option("--url", default=None, help="Where it was published.")
@click.option(
    "--date", "published", default=None, help="Publication date, ISO 8601 (2017-05-31, or 2017-05)."
)
@click.option("--language", default=None, help="Language code (ar, en …).")
def article_edit(
    project: str,
    article: str,
    title: str | None,
    outlet: str | None,
    author: str | None,
    place: str | None,
    url: str | None,
    published: str | None,
    language: str | None,
) -> None:
    """Change an article's title, outlet, author, place, address, date or language. Its text never
    changes: highlights point into it."""
    values = _given(
        title=title,
        outlet=outlet,
        author=author,
        place=place,
        url=url,
        published=published,
        language=language,
    )
    if not values:
        raise click.UsageError(
            "Give at least one of --title, --outlet, --author, --place, --url, --date, --language."
        )
    from factdesk.app.editing import edit_article

    with opened(project, write=True) as p:
        outcome = p.run(edit_article(p.read, p.resolve("article", article), values))
    _changed(outcome)


@article_group.command("delete")
@project_arg
@click.argument("article")
def article_delete(project: str, article: str) -> None:
    """Delete an article with its highlights, their links to claims and the evidence quoting them (the
    claims stay); a source that was this article stays, without it. «factdesk undo» brings everything
    back."""
    from factdesk.app.editing import plan_article_deletion

    with opened(project, write=True) as p:
        deletion = plan_article_deletion(p.read, p.resolve("article", article))
        outcome = p.run(deletion.operation)
    gone = _counted(outcome)
    _out().line(
        f"Deleted the article «{deletion.title or '(untitled)'}»"
        + (f" with {gone}" if gone else "")
        + ". «factdesk undo» brings it back."
    )


def _counted(outcome: object) -> str:
    """What went with a deletion, in words: «2 highlight(s), 3 link(s) to claims»."""
    names = {"span": "highlight(s)", "appearance": "link(s) to claims", "evidence": "evidence item(s)"}
    counts: dict[str, int] = {}
    for m in getattr(outcome, "mutations", ()):
        if m.action == "delete" and m.kind in names:
            counts[m.kind] = counts.get(m.kind, 0) + 1
    return ", ".join(f"{n} {names[k]}" for k, n in counts.items())


def _appearance(p: Project, claim_ref: str, span_ref: str) -> str:
    """The id of the appearance that links the highlight ``span_ref`` to the claim ``claim_ref``."""
    cid, sid = p.resolve("claim", claim_ref), p.resolve("span", span_ref)
    for row in p.read.find("appearance", "span_id", sid):
        if row["claim_id"] == cid:
            return str(row["id"])
    raise OperationError(
        f"The highlight {short(sid)} is not linked to the claim {short(cid)} "
        "(«factdesk claim show» lists a claim's appearances with their highlights)."
    )


@span.command("edit")
@project_arg
@click.argument("span_ref")
@click.option("--kind", type=click.Choice(SPAN_KINDS), default=None, help="What the highlight marks.")
@click.option("--note", default=None, help="The note on the highlight.")
def span_edit(project: str, span_ref: str, kind: str | None, note: str | None) -> None:
    """Change what a highlight marks, or its note (its place in the text never changes)."""
    if kind is None and note is None:
        raise click.UsageError("Give --kind or --note.")
    with opened(project, write=True) as p:
        outcome = p.run(ops.EditSpan(p.resolve("span", span_ref), kind=kind, note=note))
    _changed(outcome)


@claim.command("unlink")
@project_arg
@click.argument("claim_ref")
@click.argument("span_ref")
def claim_unlink(project: str, claim_ref: str, span_ref: str) -> None:
    """Take a highlight off a claim's appearances (the highlight stays; undo links it again)."""
    with opened(project, write=True) as p:
        p.run(ops.Unlink(_appearance(p, claim_ref, span_ref)))
    _out().line("Unlinked.")


@claim.command("role")
@project_arg
@click.argument("claim_ref")
@click.argument("span_ref")
@click.argument("role", type=click.Choice(ROLES))
def claim_role(project: str, claim_ref: str, span_ref: str, role: str) -> None:
    """Change how a linked highlight relates to its claim: asserts it, denies it, or reports a
    different figure."""
    with opened(project, write=True) as p:
        outcome = p.run(ops.SetRole(_appearance(p, claim_ref, span_ref), role))
    _changed(outcome)


@evidence.command("edit")
@project_arg
@click.argument("evidence_ref")
@click.option("--stance", type=click.Choice(STANCES), default=None, help="supports, refutes or context.")
@click.option("--note", default=None, help="The note on this evidence.")
def evidence_edit(project: str, evidence_ref: str, stance: str | None, note: str | None) -> None:
    """Change an evidence item's stance or note (its id is printed by «evidence add» and «claim show»)."""
    if stance is None and note is None:
        raise click.UsageError("Give --stance or --note.")
    with opened(project, write=True) as p:
        outcome = p.run(ops.EditEvidence(p.resolve("evidence", evidence_ref), stance=stance, note=note))
    _changed(outcome)


@evidence.command("delete")
@project_arg
@click.argument("evidence_ref")
def evidence_delete(project: str, evidence_ref: str) -> None:
    """Delete an evidence item: the claim and the source stay (undo brings it back)."""
    with opened(project, write=True) as p:
        p.run(ops.DeleteEvidence(p.resolve("evidence", evidence_ref)))
    _out().line("Deleted.")


@source.command("edit")
@project_arg
@click.argument("source_ref")
@click.option("--title", default=None, help="The source's title.")
@click.option("--kind", type=click.Choice(SOURCE_KINDS), default=None, help="What kind of source this is.")
@click.option("--url", default=None, help="Where the source can be found.")
@click.option("--publisher", default=None, help="Who published it.")
@click.option("--date", "published", default=None, help="Its date, ISO 8601.")
@click.option("--accessed", default=None, help="When you consulted it, ISO 8601.")
@click.option(
    "--reliability", type=click.Choice(RELIABILITY), default=None, help="How far it can be trusted."
)
@click.option("--notes", default=None, help="Notes on the source.")
@click.option("--article", default=None, help="The source is this article of the project («-» for none).")
def source_edit(
    project: str,
    source_ref: str,
    title: str | None,
    kind: str | None,
    url: str | None,
    publisher: str | None,
    published: str | None,
    accessed: str | None,
    reliability: str | None,
    notes: str | None,
    article: str | None,
) -> None:
    """Change a source's details."""
    values = _given(
        title=title,
        kind=kind,
        url=url,
        publisher=publisher,
        published=published,
        accessed=accessed,
        reliability=reliability,
        notes=notes,
    )
    if not values and article is None:
        raise click.UsageError("Give at least one detail to change (see --help).")
    with opened(project, write=True) as p:
        if article is not None:
            values["article_id"] = None if article in ("", "-") else p.resolve("article", article)
        outcome = p.run(ops.EditSource(p.resolve("source", source_ref), values))
    _changed(outcome)


@source.command("delete")
@project_arg
@click.argument("source_ref")
def source_delete(project: str, source_ref: str) -> None:
    """Delete a source with the evidence that cites it (undo brings both back)."""
    with opened(project, write=True) as p:
        sid = p.resolve("source", source_ref)
        title = str((p.read.get("source", sid) or {}).get("title") or "")
        outcome = p.run(ops.DeleteSource(sid))
    gone = _counted(outcome)
    _out().line(
        f"Deleted the source «{title}»"
        + (f" with {gone}" if gone else "")
        + ". «factdesk undo» brings it back."
    )


@cli.group("verdict")
def verdict_group() -> None:
    """The project's verdict scale (listed by «factdesk verdicts»)."""


@verdict_group.command("edit")
@project_arg
@click.argument("verdict")
@click.option("--label-ar", default=None, help="The verdict's Arabic label.")
@click.option("--label-en", default=None, help="The verdict's English label.")
@click.option(
    "--rating",
    type=click.IntRange(1, 5),
    default=None,
    help="Its ClaimReview rating value, 1 (false) to 5 (true).",
)
@click.option(
    "--no-rating", is_flag=True, help="No rating value (a verdict that is not a judgement of truth)."
)
@click.option("--color", default=None, help="Its colour for chips and highlights, as #rrggbb.")
def verdict_edit(
    project: str,
    verdict: str,
    label_ar: str | None,
    label_en: str | None,
    rating: int | None,
    no_rating: bool,
    color: str | None,
) -> None:
    """Change a verdict of the scale: its labels, rating value or colour (a key, or its label)."""
    from factdesk.core.verdicts import is_color

    values: dict[str, object] = _given(label_ar=label_ar, label_en=label_en, color=color)
    for name in ("label_ar", "label_en"):
        if name in values:
            values[name] = str(values[name]).strip()
            if not values[name]:
                raise click.UsageError(f"--{name.replace('_', '-')} cannot be empty.")
    if color is not None and not is_color(color):
        raise click.UsageError(f"«{color}» is not a colour; write it as #rrggbb, for example #c62828.")
    if rating is not None and no_rating:
        raise click.UsageError("Give --rating or --no-rating, not both.")
    if rating is not None or no_rating:
        values["rating_value"] = rating
    if not values:
        raise click.UsageError("Give at least one of --label-ar, --label-en, --rating, --no-rating, --color.")
    with opened(project, write=True) as p:
        outcome = p.run(ops.EditVerdictLabel(p.resolve("verdict", verdict), values))
    _changed(outcome)


# command groups kept in their own modules register themselves on ``cli`` when imported
from factdesk.cli import compare as _compare_commands  # noqa: E402,F401
from factdesk.cli import exports as _export_commands  # noqa: E402,F401
from factdesk.cli import factchecks as _factcheck_commands  # noqa: E402,F401
from factdesk.cli import reading as _reading_commands  # noqa: E402,F401
from factdesk.cli import report as _report_commands  # noqa: E402,F401
from factdesk.cli import scale as _scale_commands  # noqa: E402,F401


def main() -> None:
    try:
        cli(prog_name="factdesk")
    except BrokenPipeError:
        # the reader went away (factdesk articles P | head): not an error worth words
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)
