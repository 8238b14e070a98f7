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

What a spreadsheet makes of each cell is not left to its guesses: every text cell is quoted and
every number and date is not, so a spreadsheet told to take quoted fields as text (LibreOffice's
«Format quoted field as text», see :data:`OPENING_ADVICE`) keeps the verdict «True» as text, never
the boolean TRUE, and «007» as «007», while review dates («2024-03-04 10:00:00», UTC) and counts
are dates and numbers it can sort. ``lang="ar"`` gives Arabic headers and Arabic words for roles
and stances (:mod:`factdesk.exporters.sheets` names them); "both" keeps the English headers and the
stored vocabulary keys that scripts address.
"""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Collection, Iterable
from datetime import datetime
from typing import Final, TypeAlias

from factdesk.core.labels import in_language, role_word, stance_word
from factdesk.core.report import ClaimReport, CorrectionLine
from factdesk.exporters.atomic import replacing_text
from factdesk.exporters.safe_cells import already_safe, safe_line, safe_text
from factdesk.exporters.sheets import as_date, claim_columns, correction_columns, direction_note


class Bare(str):
    """A cell written without quotes: a date (or an empty number) the spreadsheet should read as one."""

    __slots__ = ()


#: A cell as written: sanitised text (quoted), a :class:`Bare` date, or a number written as a number.
Cell: TypeAlias = str | int | float

#: How to open the file so that LibreOffice reads it as written (shown by ``factdesk export csv --help``).
LIBREOFFICE_INFILTER: Final = "CSV:44,34,76,1,,0,true"
OPENING_ADVICE: Final = (
    "Opening the CSV in LibreOffice: it ignores the byte-order mark when it opens a CSV without "
    "asking, and shows Arabic as «Ø§Ù„…». Open it through the import dialog (File > Open, then "
    "Character set «Unicode (UTF-8)» and tick «Format quoted field as text»), or on the command "
    f'line: soffice --infilter="{LIBREOFFICE_INFILTER}" report.csv. Excel reads it as it is. '
    "XLSX and ODS (factdesk export xlsx|ods) need no import dialog."
)

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
    """The header row for ``lang``: 'ar' and 'en' keep only that language's verdict label, and 'ar'
    names every column in Arabic."""
    _check_lang(lang)
    return tuple(column.header(lang) for column in claim_columns(lang))


_EMPTY: Final = Bare("")


def _date(value: str) -> Cell:
    """A date column's cell: «2024-03-04 10:00:00» (UTC) or «2024-03-01», bare; else quoted text."""
    if not value:
        return _EMPTY
    if len(value) >= 25 and value[10] == "T" and value.endswith("+00:00"):
        # FactDesk's own timestamps (model.now(): UTC, microseconds): the usual case, by slicing
        return Bare(value[:10] + " " + value[11:19])
    moment = as_date(value)
    if isinstance(moment, str):
        return safe_text(moment)
    return Bare(moment.isoformat(sep=" ") if isinstance(moment, datetime) else moment.isoformat())


def _number(value: object, claim_id: str) -> int | float | str:
    """A numeric cell: written as a number (``-5`` stays ``-5``, no formula guard), or empty."""
    if value is None:
        return _EMPTY
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
            "\n".join(roles) if lang == "both" else "\n".join(role_word(r, lang) for r in roles),
        ]
    else:
        multi = ["", "", "", "", ""]
    if n_evs:
        src_titles, urls, _publishers, stances, notes, _quotes = zip(*evs, strict=True)
        if lang != "both":
            stances = tuple(stance_word(st, lang) for st in stances)
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
        _date(report.reviewed_at),
        n_apps,
        *multi,
        _date(report.created_at),
        _date(report.modified_at),
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
        _date(report.reviewed_at),
        len(appearances),
        _lines(a.article_title for a in appearances),
        _lines(a.outlet for a in appearances),
        _lines(a.published for a in appearances),
        _lines(_quoted(a.quote) for a in appearances),
        _lines(a.role if lang == "both" else role_word(a.role, lang) for a in appearances),
        _lines(e.source_title for e in evidence),
        _lines(e.source_url for e in evidence),
        _lines(e.stance if lang == "both" else stance_word(e.stance, lang) for e in evidence),
        _lines(e.note for e in evidence),
        _date(report.created_at),
        _date(report.modified_at),
        direction_note(report),
    ]
    return row


def _record(row: Iterable[Cell]) -> str:
    """One CSV record: text quoted (quotes doubled), bare dates and numbers as they are, CRLF."""
    parts = []
    for cell in row:
        if type(cell) is str:
            parts.append('"' + cell.replace('"', '""') + '"')
        elif isinstance(cell, str):  # Bare
            parts.append(cell)
        else:
            parts.append(repr(cell))
    return ",".join(parts) + "\r\n"


def write_csv_report(
    reports: Iterable[ClaimReport],
    path: str | os.PathLike[str],
    *,
    bom: bool = True,
    lang: str = "both",
    keys: Collection[str] | None = None,
) -> int:
    """Write one record per claim to ``path`` and return how many claim records were written.

    ``keys``: only these columns (:data:`~factdesk.exporters.sheets.CLAIM_COLUMNS` keys).

    ``reports`` is consumed once, row by row, so a generator over a large project is never held in
    memory. The header row is not counted. Nothing at ``path`` changes unless the whole report was
    written: on any error the temporary file is removed and the error propagates.
    """
    from factdesk.exporters.sheets import claim_columns, picked

    header = csv_columns(lang)  # an unknown lang fails before anything touches the disk
    keep = picked(claim_columns(lang), keys)
    if keep is not None:
        header = tuple(header[i] for i in keep)
    # Through a symlink to the file it names, so that the link survives the replacement.
    destination = os.path.realpath(os.fspath(path))
    count = 0
    with replacing_text(destination, encoding="utf-8-sig" if bom else "utf-8") as out:
        write = out.write
        write(_record(map(Bare, header)))  # plain words: no quotes needed
        for report in reports:
            row = report_row(report, lang)
            write(_record(row if keep is None else [row[i] for i in keep]))
            count += 1
    return count


def correction_row(line: CorrectionLine, lang: str = "both") -> list[Cell]:
    """The cells of one verdict of the corrections history, in the order of ``correction_headers(lang)``."""
    values = {
        "id": safe_text(line.claim_id),
        "claim": safe_text(line.claim),
        "at": _date(line.at),
        "verdict_ar": safe_text(line.verdict_ar),
        "verdict_en": safe_text(line.verdict_en),
        "previous_ar": safe_text(line.previous_ar),
        "previous_en": safe_text(line.previous_en),
        "reviewer": safe_text(line.reviewer),
        "rationale": safe_text(line.rationale),
    }
    return [values[c.key] for c in correction_columns(lang)]


def correction_headers(lang: str = "both") -> tuple[str, ...]:
    _check_lang(lang)
    return tuple(c.header(lang) for c in correction_columns(lang))


def write_corrections_csv(
    lines: Iterable[CorrectionLine],
    path: str | os.PathLike[str],
    *,
    bom: bool = True,
    lang: str = "both",
) -> int:
    """The corrections history (every verdict each claim was given) as its own CSV file, written
    as the report is; returns how many verdicts were written."""
    header = correction_headers(lang)
    count = 0
    with replacing_text(os.path.realpath(os.fspath(path)), encoding="utf-8-sig" if bom else "utf-8") as out:
        out.write(_record(map(Bare, header)))
        for line in lines:
            out.write(_record(correction_row(line, lang)))
            count += 1
    return count
