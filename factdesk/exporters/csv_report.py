"""The verified-claim report as a CSV file that Excel, LibreOffice and scripts all read the same way.

One record per claim. Headers are English and stable because importing scripts address columns by
name (Arabic titles break some of them); the content stays in whatever language it was written.
Claims with several appearances or evidence lines put one entry per line inside a cell, and the
parallel columns (Articles, Outlets, Publication dates, Quotes, Roles; Sources, Source URLs,
Stances, Evidence notes) keep the same order, so line k of one matches line k of the others.

The file is UTF-8 with a BOM by default (without it Excel guesses a legacy code page and shows
Arabic as mojibake), records end with CRLF as RFC 4180 asks, every text cell goes through
``factdesk.exporters.safe_cells`` (no formulas; bidi controls kept so that a quote reads as it did in
its article, confined to their line, and named in the last column), and the destination is replaced
atomically, so a failed export never leaves a half-written or missing report behind.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import math
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Final, TypeAlias

from factdesk.core.labels import in_language
from factdesk.core.report import ClaimReport
from factdesk.exporters.safe_cells import already_safe, bidi_controls_in, safe_line, safe_text

#: A cell as handed to ``csv.writer``: sanitised text, or a number written as a number.
Cell: TypeAlias = str | int | float

LANGS: Final = ("both", "ar", "en")

VERDICT_AR: Final = "Verdict (Arabic)"
VERDICT_EN: Final = "Verdict (English)"

#: Every column, in order, as written with ``lang="both"``.
CSV_COLUMNS: Final[tuple[str, ...]] = (
    "Claim ID",
    "Claim",
    VERDICT_AR,
    VERDICT_EN,
    "Rating value",
    "Rationale",
    "Reviewer",
    "Review date",
    "Appearances (count)",
    "Articles",
    "Outlets",
    "Publication dates",
    "Quotes",
    "Roles",
    "Sources",
    "Source URLs",
    "Stances",
    "Evidence notes",
    "Created",
    "Last changed",
    # Which cells hold hidden direction controls (kept: they decide how the text reads), and which.
    "Direction controls",
)


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(map(repr, LANGS))}, not {lang!r}")


def csv_columns(lang: str = "both") -> tuple[str, ...]:
    """The header row for ``lang``: 'ar' and 'en' keep only that language's verdict label."""
    _check_lang(lang)
    dropped = {"ar": VERDICT_EN, "en": VERDICT_AR}.get(lang)
    return tuple(column for column in CSV_COLUMNS if column != dropped)


def _number(value: object, claim_id: str) -> int | float | str:
    """A numeric cell: written as a number (``-5`` stays ``-5``, no formula guard), or empty."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"claim {claim_id}: rating value must be a number, not {value!r}")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"claim {claim_id}: rating value must be finite, not {value!r}")
        return int(value) if value.is_integer() else value
    return value


# Titles, outlets, dates, roles, sources and stances repeat across thousands of claims: clean each
# distinct entry once per export run rather than once per cell.
_safe_line_cached = functools.lru_cache(maxsize=16384)(safe_line)


def _lines(entries: Iterable[str]) -> str:
    """A multi-valued cell: one sanitised entry per line, in the order given."""
    return "\n".join([_safe_line_cached(entry) for entry in entries])


def _quoted(quote: str) -> str:
    # Wrapped before sanitising: a quote that starts with "=" is harmless once it starts with "«".
    return f"«{quote}»" if quote else ""


def report_row(report: ClaimReport, lang: str = "both") -> list[Cell]:
    """The cells of one claim's record, sanitised, in the order of ``csv_columns(lang)``."""
    _check_lang(lang)
    row = _plain_row(report, lang)
    return row if row is not None else _sanitised_row(report, lang)


def _plain_row(report: ClaimReport, lang: str) -> list[Cell] | None:
    """The record as it stands, when no cell and no line of a cell needs any sanitising; else None.

    The usual claim has nothing to clean, so the fast way is to assemble its cells, join them
    once, and ask ``already_safe`` about the whole record. The multi-valued cells must also keep
    one line per entry: an entry with a line break of its own (a quote across two paragraphs)
    sends the record down the exact path, which folds it onto one line.
    """
    apps, evs = report.appearances, report.evidence
    n_apps, n_evs = len(apps), len(evs)
    if n_apps:
        _ids, titles, outlets, dates, quotes, roles = zip(*apps, strict=True)
        if "" in quotes:  # an empty quote is written as an empty line, not as «»
            return None
        multi = [
            "\n".join(titles),
            "\n".join(outlets),
            "\n".join(dates),
            "«" + "»\n«".join(quotes) + "»",
            "\n".join(roles),
        ]
    else:
        multi = ["", "", "", "", ""]
    if n_evs:
        src_titles, urls, _publishers, stances, notes, _quotes = zip(*evs, strict=True)
        multi += ["\n".join(src_titles), "\n".join(urls), "\n".join(stances), "\n".join(notes)]
    else:
        multi += ["", "", "", ""]
    entries = "\n".join(multi)
    # Exactly the separators put in above: one more means an entry holds a line break of its own.
    if entries.count("\n") != 8 + 5 * max(n_apps - 1, 0) + 4 * max(n_evs - 1, 0):
        return None
    claim_id = report.claim_id
    texts = (
        claim_id,
        report.text,
        report.verdict_ar,
        report.verdict_en,
        report.rationale,
        report.reviewer,
        report.reviewed_at,
        report.created_at,
        report.modified_at,
        entries,
    )
    if not already_safe("\n".join(texts)):
        return None
    if lang == "both":
        row: list[Cell] = [claim_id, report.text, report.verdict_ar, report.verdict_en]
    else:
        row = [claim_id, report.text, in_language(report.verdict_ar, report.verdict_en, lang)]
    row += [
        _number(report.rating_value, claim_id),
        report.rationale,
        report.reviewer,
        report.reviewed_at,
        n_apps,
        *multi,
        report.created_at,
        report.modified_at,
        "",
    ]
    return row


def _sanitised_row(report: ClaimReport, lang: str) -> list[Cell]:
    """The record with every cell and every entry put through ``safe_cells``' exact rules."""
    appearances = report.appearances
    evidence = report.evidence
    row: list[Cell] = [safe_text(report.claim_id), safe_text(report.text)]
    if lang != "en":
        row.append(safe_text(report.verdict_ar))
    if lang != "ar":
        row.append(safe_text(report.verdict_en))
    row += [
        _number(report.rating_value, report.claim_id),
        safe_text(report.rationale),
        safe_text(report.reviewer),
        safe_text(report.reviewed_at),
        len(appearances),
        _lines(a.article_title for a in appearances),
        _lines(a.outlet for a in appearances),
        _lines(a.published for a in appearances),
        _lines(_quoted(a.quote) for a in appearances),
        _lines(a.role for a in appearances),
        _lines(e.source_title for e in evidence),
        _lines(e.source_url for e in evidence),
        _lines(e.stance for e in evidence),
        _lines(e.note for e in evidence),
        safe_text(report.created_at),
        safe_text(report.modified_at),
        _direction_note(report),
    ]
    return row


def _direction_note(report: ClaimReport) -> str:
    """One line per column whose text holds bidi controls: «Quotes: RIGHT-TO-LEFT OVERRIDE, ...»."""
    fields = (
        ("Claim", (report.text,)),
        ("Rationale", (report.rationale,)),
        ("Reviewer", (report.reviewer,)),
        ("Articles", [a.article_title for a in report.appearances]),
        ("Outlets", [a.outlet for a in report.appearances]),
        ("Quotes", [a.quote for a in report.appearances]),
        ("Sources", [e.source_title for e in report.evidence]),
        ("Evidence notes", [e.note for e in report.evidence]),
    )
    lines = []
    for column, texts in fields:
        names = bidi_controls_in("\n".join(texts))
        if names:
            lines.append(f"{column}: {', '.join(names)}")
    return "\n".join(lines)


def write_csv_report(
    reports: Iterable[ClaimReport],
    path: str | os.PathLike[str],
    *,
    bom: bool = True,
    lang: str = "both",
) -> int:
    """Write one record per claim to ``path`` and return how many claim records were written.

    ``reports`` is consumed once, row by row, so a generator over a large project is never held in
    memory. The header row is not counted. Nothing at ``path`` changes unless the whole report was
    written: on any error the temporary file is removed and the error propagates.
    """
    header = csv_columns(lang)  # an unknown lang fails before anything touches the disk
    # Through a symlink to the file it names, so that the link survives the replacement.
    destination = os.path.realpath(os.fspath(path))
    count = 0
    with _replacing(destination, encoding="utf-8-sig" if bom else "utf-8") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(header)
        for report in reports:
            writer.writerow(report_row(report, lang))
            count += 1
    return count


@contextlib.contextmanager
def _replacing(destination: str, encoding: str) -> Iterator[IO[str]]:
    """A text file that takes the place of ``destination`` only if the ``with`` body succeeds.

    It is a temporary file in the same directory (so that ``os.replace`` is an atomic rename within
    one file system), synced to disk before the rename; on any error it is removed and
    ``destination`` is left exactly as it was.
    """
    directory, name = os.path.split(destination)
    tmp_name = ""
    try:
        with tempfile.NamedTemporaryFile(
            mode="w",
            encoding=encoding,
            newline="",  # the csv module writes the line terminators itself
            dir=directory,
            prefix=f".{name}.",
            suffix=".tmp",
            delete=False,
        ) as tmp:
            tmp_name = tmp.name
            os.chmod(tmp_name, _mode_for(destination))
            yield tmp
            tmp.flush()
            os.fsync(tmp.fileno())
        # Closed by now, also on error: Windows cannot remove or rename an open file.
        os.replace(tmp_name, destination)
    except BaseException:
        if tmp_name:
            _remove(tmp_name)
        raise
    _sync_directory(directory)


def _remove(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def _mode_for(destination: str) -> int:
    """The permissions the report should get.

    NamedTemporaryFile creates files readable by their owner only; a report replacing an existing
    file keeps that file's permissions, and a new one gets what a plain ``open()`` would give it.
    """
    try:
        return stat.S_IMODE(os.stat(destination).st_mode)
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process umask, read without ``os.umask``, which would briefly change it for every thread."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022  # the usual default where /proc is unavailable (macOS, Windows)


def _sync_directory(directory: str) -> None:
    """Make the rename itself durable on POSIX; best effort, since the report is already in place."""
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
