"""Importing articles: which files, how each reads, and one operation for all of them.

The same three steps serve the command line and the window:

1. :func:`find_files`: the files to read among the paths given. A file named on its own is always
   tried (and fails with its reason if it is not an article); inside a folder, recursively in name
   order, only the kinds FactDesk imports are read and every other file is *skipped with a note*
   (hidden files and folders are left out silently).
2. :func:`read_files`: each file read by :func:`factdesk.importers.load`, with ``progress`` and
   ``cancelled`` callbacks, into an :class:`ImportPlan`: one :class:`ImportArticle` per readable file and
   one :class:`FileOutcome` per file. Nothing is stored.
3. :func:`apply_plan`: the plan run as ONE operation (:class:`~factdesk.core.operations.ImportArticles`,
   one undo step); the operation itself says which texts were already in the project or came twice.

:func:`import_files` does all three on an open project (the command line's way).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factdesk.app.progress import CancelCheck, Cancelled, Progress, never, no_progress
from factdesk.core import metadata
from factdesk.core import operations as ops

if TYPE_CHECKING:
    from factdesk.importers import ImportResult
    from factdesk.importers.report import ImportReport

#: What a file picker offers: every extension the importers read (factdesk.importers.sniff).
IMPORT_PATTERNS = (
    "*.txt",
    "*.text",
    "*.md",
    "*.html",
    "*.htm",
    "*.xhtml",
    "*.shtml",
    "*.mht",
    "*.mhtml",
    "*.docx",
    "*.odt",
    "*.pdf",
)

#: Statuses of a :class:`FileOutcome`.
IMPORTED, DUPLICATE, FAILED, SKIPPED = "imported", "duplicate", "failed", "skipped"
#: Reasons besides an :class:`~factdesk.importers.errors.ImportRefused` reason.
UNCERTAIN = "uncertain-encoding"  # failed: its encoding cannot be told for sure (review it on its own)
TOO_MUCH = "too-large"  # failed: the import already holds as much text as one import holds
ERROR = "error"  # failed: the importer met something unexpected
REFUSED = "refused"  # failed: the operation (so nothing of the import) was refused
NOT_IMPORTABLE = "not-importable"  # skipped: a file in a folder that is not a kind FactDesk imports
IN_PROJECT, IN_THIS_IMPORT = "in-project", "in-this-import"  # duplicate: of what


@dataclass
class FileOutcome:
    """What happened to one file of an import (plain data: each interface words it itself)."""

    name: str  # as shown: the file's name, or its path inside the imported folder
    status: str  # imported | duplicate | failed | skipped
    path: str = ""  # the path read ("-" for standard input)
    title: str = ""  # the title imported (or that would have been)
    article_id: str = ""  # the article imported, or the one it duplicates
    reason: str = ""  # why it failed or was skipped, or (duplicate) in-project | in-this-import
    message: str = ""  # plain English words: why it failed or was skipped, or what it duplicates
    duplicate_of: str = ""  # a duplicate: the title of the article (or name of the file in this import)
    warnings: tuple[str, ...] = ()
    detail: str = ""  # what an interface shows in its own language (the window fills it)
    result: ImportResult | None = field(default=None, repr=False, compare=False)  # kept for a review
    report: ImportReport | None = field(default=None, repr=False, compare=False)  # lines taken out, hidden…
    extra: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)  # interface's own notes


@dataclass(frozen=True)
class FoundFile:
    path: str  # what to read ("-": standard input)
    name: str  # as shown
    importable: bool = True  # False: a file of a folder that is not a kind FactDesk imports (skipped)


@dataclass(frozen=True)
class Metadata:
    """Metadata the user gives for every file of an import ("" = what each file says)."""

    title: str = ""
    outlet: str = ""
    author: str = ""
    place: str = ""
    url: str = ""
    published: str = ""
    language: str = ""

    def checked(self) -> Metadata:
        """The same, written as it will be stored; a date or web address no rule reads is refused
        (:class:`~factdesk.core.operations.OperationError`) before any file is read."""
        return Metadata(
            self.title,
            self.outlet,
            self.author,
            self.place,
            metadata.check_url(self.url),
            metadata.check_date(self.published),
            self.language,
        )


@dataclass(frozen=True)
class Reading:
    """How to read the files: a forced encoding, folding presentation forms, lines kept, datelines taken."""

    encoding: str | None = None
    fold_presentation_forms: bool = True
    keep_head: bool = False
    keep_tail: bool = False
    accept_datelines: bool = False


@dataclass
class ImportPlan:
    """What reading found: the articles to add (nothing stored yet) and an outcome per file."""

    articles: list[ops.ImportArticle]
    outcomes: list[FileOutcome]

    def outcome_of(self, article_id: str) -> FileOutcome:
        return next(o for o in self.outcomes if o.status == IMPORTED and o.article_id == article_id)


# ---------------------------------------------------------------------------------------------
# 1. which files


def is_importable(name: str) -> bool:
    """Whether a file in a folder is one FactDesk imports (judged by its extension, as the picker is)."""
    from factdesk.importers.sniff import extension_format

    return extension_format(name) is not None


def skipped_message(name: str) -> str:
    return (
        f"«{name}» is not a kind of file FactDesk imports (text, web pages, Word, OpenDocument, PDF); "
        "it was left out."
    )


def find_files(paths: Sequence[str], cancelled: CancelCheck = never) -> list[FoundFile]:
    """The files to read, in order: each path given on its own («-» is standard input; a path that does
    not exist is kept, so that its reading fails with the reason), then each folder's files recursively
    in name order, hidden files and folders left out. A file of a folder that is not a kind FactDesk
    imports is listed as not ``importable``: reading it skips it with a note."""
    found: list[FoundFile] = []
    for given in paths:
        if given == "-" or not os.path.isdir(given):
            found.append(FoundFile(given, "standard input" if given == "-" else (Path(given).name or given)))
            continue
        inside: list[tuple[str, str]] = []
        for root, dirs, files in os.walk(given):
            if cancelled():
                raise Cancelled
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                if not name.startswith("."):
                    path = os.path.join(root, name)
                    inside.append((path, Path(os.path.relpath(path, given)).as_posix()))
        inside.sort(key=lambda item: (item[1].casefold(), item[1]))
        found.extend(FoundFile(path, shown, is_importable(path)) for path, shown in inside)
    return found


# ---------------------------------------------------------------------------------------------
# 2. reading


def describe_origin(name: str, result: ImportResult, *, pasted: bool = False, stdin: bool = False) -> str:
    """Where an article came from, as the project records it."""
    origin = "paste" if pasted else "stdin" if stdin else f"file:{name}"
    if result.format != "text":
        origin += f";format={result.format}"
    if result.encoding and not pasted:
        origin += f";encoding={result.encoding}"
    return origin


def operation_from_result(
    result: ImportResult, *, origin: str, given: Metadata | None = None, text: str | None = None
) -> ops.ImportArticle:
    """The import of ``result`` (every proposed removal made, unless ``text`` says otherwise), with the
    metadata the user gave in place of the file's own. What the file says is taken as far as the rules
    read it: a date or web address they cannot read is left out, not invented; what the user gave is
    checked by the operation."""
    given = given or Metadata()
    return ops.ImportArticle(
        text=result.text if text is None else text,
        title=given.title or result.title,
        outlet=given.outlet or result.outlet,
        author=given.author or result.author,
        place=given.place or result.place,
        url=given.url or metadata.url_or_blank(result.url),
        published=given.published or metadata.date_or_blank(result.published),
        language=given.language or result.language or "ar",
        origin=origin,
    )


def uncertain_message(name: str, result: ImportResult) -> str:
    from factdesk.importers.plaintext import pretty_encoding

    choices = "; ".join(f"{codec}: «{preview}»" for codec, preview in result.encoding_candidates)
    return (
        f"«{name}» is not UTF-8 and its encoding cannot be told for sure "
        f"(best guess {pretty_encoding(result.encoding)}). Candidates: {choices}."
    )


def read_files(
    files: Sequence[FoundFile],
    *,
    reading: Reading | None = None,
    given: Metadata | None = None,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never,
    read_stdin: Callable[[], bytes] | None = None,
    keep_single: bool = True,
    keep_readings: bool = False,
) -> ImportPlan:
    """Read each file (safe on a worker thread: nothing is stored). A file whose encoding is not sure is
    not imported (reason ``uncertain-encoding``) but keeps its reading for a review, as does the only
    file of an import when ``keep_single``. Past what one import holds, the files left are refused
    (``too-large``), to be imported in another go. ``keep_readings`` keeps, in each imported file's
    ``extra``, its reading, text and proposed datelines (``result_read``, ``text``, ``proposed``) for a
    full report: memory a large folder's import should not spend."""
    from factdesk.importers import load
    from factdesk.importers.errors import ImportRefused
    from factdesk.importers.report import accept_proposal, report_of, text_keeping
    from factdesk.importers.safety import ImportBudget

    reading = reading or Reading()
    articles: list[ops.ImportArticle] = []
    outcomes: list[FileOutcome] = []
    budget = ImportBudget()
    for i, found in enumerate(files):
        if cancelled():
            raise Cancelled
        progress(i, len(files), found.name)
        if not found.importable:
            outcomes.append(
                FileOutcome(
                    found.name,
                    SKIPPED,
                    path=found.path,
                    reason=NOT_IMPORTABLE,
                    message=skipped_message(found.name),
                )
            )
            continue
        base = FileOutcome(found.name, FAILED, path=found.path)
        if budget.full:
            outcomes.append(_refused(base, TOO_MUCH, budget.refusal(), used=budget.used))
            continue
        stdin = found.path == "-"
        try:
            if stdin:
                data = read_stdin() if read_stdin is not None else b""
                result = load(
                    data,
                    name="standard input",
                    encoding=reading.encoding,
                    fold_presentation_forms=reading.fold_presentation_forms,
                )
            else:
                result = load(
                    found.path,
                    name="",
                    encoding=reading.encoding,
                    fold_presentation_forms=reading.fold_presentation_forms,
                )
        except ImportRefused as exc:
            outcomes.append(_refused(base, exc.reason, str(exc)))
            continue
        except Exception as exc:  # one unreadable file must not lose the others
            said = str(exc) or type(exc).__name__
            outcomes.append(
                _refused(base, ERROR, f"FactDesk could not read it: {said}", error=said, repr=repr(exc))
            )
            continue
        keep = result if (keep_single and len(files) == 1) or not result.encoding_confident else None
        if not result.encoding_confident:
            failed = _refused(base, UNCERTAIN, uncertain_message(found.name, result))
            failed.warnings, failed.result = result.warnings, keep
            outcomes.append(failed)
            continue
        proposed = result.proposals
        if reading.accept_datelines:
            for proposal in proposed:
                result = accept_proposal(result, proposal)
        body = text_keeping(result, head=reading.keep_head, tail=reading.keep_tail)
        name = "standard input" if stdin else Path(found.path).name
        op = operation_from_result(
            result, origin=describe_origin(name, result, stdin=stdin), given=given, text=body
        )
        if not budget.admit(body):
            outcomes.append(_refused(base, TOO_MUCH, budget.refusal(), used=budget.used))
            continue
        articles.append(op)
        outcome = FileOutcome(
            found.name,
            IMPORTED,
            path=found.path,
            title=metadata.plain_title(op.title),
            article_id=op.id,
            warnings=result.warnings,
            result=keep,
            report=report_of(result),
        )
        if keep_readings:
            outcome.extra.update(result_read=result, text=body, proposed=proposed)
        outcomes.append(outcome)
    progress(len(files), len(files), "")
    return ImportPlan(articles, outcomes)


def _refused(outcome: FileOutcome, reason: str, message: str, **extra: object) -> FileOutcome:
    outcome.status, outcome.reason, outcome.message = FAILED, reason, message
    outcome.extra.update(extra)
    return outcome


# ---------------------------------------------------------------------------------------------
# 3. one operation


def import_operation(plan: ImportPlan) -> ops.ImportArticles:
    return ops.ImportArticles(plan.articles)


def apply_plan(plan: ImportPlan, run: Callable[[ops.Operation], object]) -> list[FileOutcome]:
    """Run the plan's articles as one operation through ``run`` (``project.run``, or the window's
    session, so it is one undo step), then mark each file's outcome: imported, or duplicate of the
    article the operation names. A refusal (:class:`~factdesk.core.operations.OperationError`, or a
    :class:`~factdesk.store.errors.ProjectError` from the file) fails every file: nothing is imported
    (the error itself is kept in each outcome's ``extra["exception"]``, for an exit code)."""
    from factdesk.store.errors import ProjectError

    if not plan.articles:
        return plan.outcomes
    op = import_operation(plan)
    try:
        run(op)
    except (ops.OperationError, ProjectError) as exc:
        words = exc.message if isinstance(exc, ProjectError) else str(exc)
        for article in plan.articles:
            outcome = plan.outcome_of(article.id)
            outcome.status, outcome.reason, outcome.article_id = FAILED, REFUSED, ""
            outcome.message = f"Nothing was imported: {words}"
            outcome.extra.update(why=words, exception=exc)
        return plan.outcomes
    names = {article.id: plan.outcome_of(article.id).name for article in plan.articles}
    for article in plan.articles:
        duplicate = op.duplicates.get(article.id)
        if duplicate is None:
            continue
        outcome = plan.outcome_of(article.id)
        outcome.status, outcome.article_id = DUPLICATE, duplicate.article_id
        if duplicate.in_this_import:
            outcome.reason, outcome.duplicate_of = IN_THIS_IMPORT, names[duplicate.article_id]
            outcome.message = f"Same text as «{outcome.duplicate_of}» in this import."
        else:
            outcome.reason, outcome.duplicate_of = IN_PROJECT, duplicate.title
            outcome.message = str(ops.DuplicateArticle(duplicate.article_id, duplicate.title))
    return plan.outcomes


def import_files(
    project: Any,
    paths: Sequence[str],
    *,
    reading: Reading | None = None,
    given: Metadata | None = None,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never,
    read_stdin: Callable[[], bytes] | None = None,
    keep_readings: bool = False,
) -> list[FileOutcome]:
    """Find, read and import ``paths`` into an open, writable ``project`` as one operation; an outcome
    per file, in the order found."""
    given = (given or Metadata()).checked()
    plan = read_files(
        find_files(paths, cancelled),
        reading=reading,
        given=given,
        progress=progress,
        cancelled=cancelled,
        read_stdin=read_stdin,
        keep_single=False,
        keep_readings=keep_readings,
    )
    return apply_plan(plan, project.run)


def imported_ids(outcomes: Sequence[FileOutcome]) -> list[str]:
    return [o.article_id for o in outcomes if o.status == IMPORTED]
