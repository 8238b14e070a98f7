"""The report as typed tables: what the CSV, XLSX and ODS writers all put in their cells.

Two tables: the claims (one row per claim, the columns of the CSV report) and the corrections
history (one row per verdict a claim was given). Each cell is text, a number or a date, decided
here once, so that no writer lets a spreadsheet guess: the verdict «True» stays the text «True»
(never the boolean TRUE), «007» stays «007», and a review date is a date a spreadsheet can sort.

Headers and the words for roles and stances follow ``lang``: "ar" gives Arabic headers and words,
"en" English ones, "both" the English headers with both verdict labels (the stable form scripts
address by name). Text is cleaned by :mod:`factdesk.exporters.safe_cells` (controls dropped, bidi
controls confined to their line); the formula guard is the CSV writer's business, since XLSX and
ODS store a text cell as text whatever it starts with.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Final, TypeAlias

from factdesk.core.labels import in_language, role_word, stance_word
from factdesk.core.report import ClaimReport, CorrectionLine
from factdesk.exporters.safe_cells import bidi_controls_in, one_line
from factdesk.exporters.safe_cells import clean_text as _clean

LANGS: Final = ("both", "ar", "en")

#: A cell: text, a number, a date (with or without a time), or None for an empty number/date cell.
Value: TypeAlias = str | int | float | datetime | date | None


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    en: str
    ar: str
    kind: str = "text"  # "text", "lines" (one entry per line), "number", "date"
    width: int = 18  # characters, for the writers that set column widths

    def header(self, lang: str) -> str:
        return self.ar if lang == "ar" else self.en


CLAIM_COLUMNS: Final[tuple[Column, ...]] = (
    Column("id", "Claim ID", "معرّف الادعاء", width=12),
    Column("claim", "Claim", "الادعاء", width=50),
    Column("verdict_ar", "Verdict (Arabic)", "الحكم", width=16),
    Column("verdict_en", "Verdict (English)", "الحكم بالإنجليزية", width=16),
    Column("rating", "Rating value", "قيمة التقييم", "number", 8),
    Column("rationale", "Rationale", "التعليل", width=50),
    Column("reviewer", "Reviewer", "المراجِع", width=18),
    Column("reviewed_at", "Review date", "تاريخ المراجعة", "date", 19),
    Column("appearances", "Appearances (count)", "عدد المواضع", "number", 8),
    Column("articles", "Articles", "المقالات", "lines", 40),
    Column("outlets", "Outlets", "الوسائل الإعلامية", "lines", 20),
    Column("published", "Publication dates", "تواريخ النشر", "lines", 12),
    Column("quotes", "Quotes", "الاقتباسات", "lines", 50),
    Column("roles", "Roles", "الأدوار", "lines", 14),
    Column("sources", "Sources", "المصادر", "lines", 30),
    Column("source_urls", "Source URLs", "روابط المصادر", "lines", 30),
    Column("stances", "Stances", "المواقف", "lines", 10),
    Column("evidence_notes", "Evidence notes", "ملاحظات الأدلة", "lines", 30),
    Column("created", "Created", "تاريخ الإنشاء", "date", 19),
    Column("modified", "Last changed", "آخر تعديل", "date", 19),
    Column("direction", "Direction controls", "محارف التحكم في الاتجاه", width=20),
)

CORRECTION_COLUMNS: Final[tuple[Column, ...]] = (
    Column("id", "Claim ID", "معرّف الادعاء", width=12),
    Column("claim", "Claim", "الادعاء", width=50),
    Column("at", "Date", "التاريخ", "date", 19),
    Column("verdict_ar", "Verdict (Arabic)", "الحكم", width=16),
    Column("verdict_en", "Verdict (English)", "الحكم بالإنجليزية", width=16),
    Column("previous_ar", "Previous verdict (Arabic)", "الحكم السابق", width=16),
    Column("previous_en", "Previous verdict (English)", "الحكم السابق بالإنجليزية", width=16),
    Column("reviewer", "Reviewer", "المراجِع", width=18),
    Column("rationale", "Rationale", "التعليل", width=50),
)

#: The sheet names (XLSX, ODS) and the second CSV file's suffix.
SHEET_NAMES: Final = {"claims": ("Claims", "الادعاءات"), "corrections": ("Corrections", "سجل التصحيحات")}


def check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(map(repr, LANGS))}, not {lang!r}")


def _chosen(columns: tuple[Column, ...], lang: str) -> tuple[Column, ...]:
    check_lang(lang)
    dropped = {"ar": "_en", "en": "_ar"}.get(lang)
    return tuple(c for c in columns if dropped is None or not c.key.endswith(dropped))


def claim_columns(lang: str = "both") -> tuple[Column, ...]:
    return _chosen(CLAIM_COLUMNS, lang)


def picked(columns: tuple[Column, ...], keys: Collection[str] | None) -> list[int] | None:
    """The positions of the columns named in ``keys`` (None: every column, in order)."""
    if keys is None:
        return None
    unknown = set(keys) - {c.key for c in CLAIM_COLUMNS}
    if unknown:
        raise ValueError(f"no such report column: {', '.join(sorted(unknown))}")
    return [i for i, c in enumerate(columns) if c.key in keys]


def correction_columns(lang: str = "both") -> tuple[Column, ...]:
    return _chosen(CORRECTION_COLUMNS, lang)


def sheet_name(which: str, lang: str) -> str:
    en, ar = SHEET_NAMES[which]
    return ar if lang == "ar" else en


# --- cells --------------------------------------------------------------------------------------


def as_date(value: str) -> datetime | date | str:
    """An ISO 8601 date or timestamp as a spreadsheet date (UTC, without zone: spreadsheets have
    none), else the text as it is. A partial date («2017-05») stays text: it is not a day."""
    text = value.strip()
    if len(text) == 10:
        try:
            return date.fromisoformat(text)
        except ValueError:
            return value
    if len(text) > 10 and text[10] in "T ":
        if len(text) >= 25 and text.endswith("+00:00"):  # UTC already (FactDesk's own timestamps)
            try:
                return datetime.fromisoformat(text[:19])
            except ValueError:
                return value
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return value
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC).replace(tzinfo=None)
        return moment.replace(microsecond=0)
    return value


_NOT_XML: Final = str.maketrans(dict.fromkeys((0xFFFE, 0xFFFF)))


def clean_text(text: str) -> str:
    """``safe_cells.clean_text`` for XML (XLSX, ODS): every line break an LF (XML keeps no bare CR),
    and without U+FFFE and U+FFFF, the two characters XML forbids that ``safe_cells`` lets through."""
    cleaned = _clean(text)
    if "\r" in cleaned:
        cleaned = cleaned.replace("\r\n", "\n").replace("\r", "\n")
    return cleaned.translate(_NOT_XML) if "\ufffe" in cleaned or "\uffff" in cleaned else cleaned


def _date_cell(value: str) -> Value:
    return as_date(value) if value else None


def _number(value: object, claim_id: str) -> int | float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"claim {claim_id}: rating value must be a number, not {value!r}")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"claim {claim_id}: rating value must be finite, not {value!r}")
        return int(value) if value.is_integer() else value
    return value


def _lines(entries: Iterable[str]) -> str:
    return "\n".join(one_line(e) for e in entries)


def direction_note(report: ClaimReport) -> str:
    """One line per column whose text holds bidi controls: «Quotes: RIGHT-TO-LEFT OVERRIDE, ...»
    (the CSV, XLSX and ODS reports' note column)."""
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


def claim_values(report: ClaimReport, lang: str = "both") -> list[Value]:
    """The typed cells of one claim, in the order of ``claim_columns(lang)``."""
    apps, evs = report.appearances, report.evidence
    values: dict[str, Value] = {
        "id": report.claim_id,
        "claim": clean_text(report.text),
        "verdict_ar": clean_text(report.verdict_ar),
        "verdict_en": clean_text(report.verdict_en),
        "rating": _number(report.rating_value, report.claim_id),
        "rationale": clean_text(report.rationale),
        "reviewer": clean_text(report.reviewer),
        "reviewed_at": _date_cell(report.reviewed_at),
        "appearances": len(apps),
        "articles": _lines(a.article_title for a in apps),
        "outlets": _lines(a.outlet for a in apps),
        "published": _lines(a.published for a in apps),
        "quotes": _lines(f"«{a.quote}»" if a.quote else "" for a in apps),
        "roles": _lines(a.role if lang == "both" else role_word(a.role, lang) for a in apps),
        "sources": _lines(e.source_title for e in evs),
        "source_urls": _lines(e.source_url for e in evs),
        "stances": _lines(e.stance if lang == "both" else stance_word(e.stance, lang) for e in evs),
        "evidence_notes": _lines(e.note for e in evs),
        "created": _date_cell(report.created_at),
        "modified": _date_cell(report.modified_at),
        "direction": direction_note(report),
    }
    if lang != "both":  # one verdict column, in the chosen language
        values["verdict_" + lang] = clean_text(in_language(report.verdict_ar, report.verdict_en, lang))
    return [values[c.key] for c in claim_columns(lang)]


def correction_values(line: CorrectionLine, lang: str = "both") -> list[Value]:
    """The typed cells of one verdict of the corrections history, in ``correction_columns(lang)`` order."""
    values: dict[str, Value] = {
        "id": line.claim_id,
        "claim": clean_text(line.claim),
        "at": _date_cell(line.at),
        "verdict_ar": clean_text(line.verdict_ar),
        "verdict_en": clean_text(line.verdict_en),
        "previous_ar": clean_text(line.previous_ar),
        "previous_en": clean_text(line.previous_en),
        "reviewer": clean_text(line.reviewer),
        "rationale": clean_text(line.rationale),
    }
    return [values[c.key] for c in correction_columns(lang)]


def claim_rows(reports: Iterable[ClaimReport], lang: str = "both") -> Iterator[list[Value]]:
    for report in reports:
        yield claim_values(report, lang)


def correction_rows(lines: Iterable[CorrectionLine], lang: str = "both") -> Iterator[list[Value]]:
    for line in lines:
        yield correction_values(line, lang)
