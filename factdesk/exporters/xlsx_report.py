"""The report as an Excel workbook (openpyxl): a claims sheet and a corrections-history sheet.

Opened in Excel or LibreOffice without any import dialog, so the Arabic is never garbled. Each sheet
reads right to left, its header row is frozen and bold, columns have widths fitted to what they
hold, text longer than its column or of several lines wraps, and each claim's verdict cell takes its
verdict's colour. Every text
cell is stored as text (``data_type = "s"``): a claim that starts with «=» is shown, never run,
and «True» stays the word, not the boolean. Dates are real dates (UTC), numbers real numbers.

Written in openpyxl's write-only mode, row by row, so a project of 10,000 claims is never held
as a workbook of cell objects; the file appears whole or not at all.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Collection, Iterable, Sequence
from copy import copy
from datetime import date, datetime
from typing import Any

from factdesk.core.report import ClaimReport, CorrectionLine
from factdesk.exporters.atomic import replacing_path
from factdesk.exporters.sheets import (
    Column,
    Value,
    check_lang,
    claim_columns,
    claim_values,
    correction_columns,
    correction_values,
    picked,
    sheet_name,
)

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
HEADER_FILL = "DDE3EA"


def _text_colour(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (#rrggbb)."""
    r, g, b = (int(background[i : i + 2], 16) for i in (1, 3, 5))
    return "000000" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "FFFFFF"


class _Sheet:
    """One write-only sheet: right to left, frozen header, widths, typed cells."""

    def __init__(self, workbook: Any, title: str, columns: Sequence[Column], lang: str) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        self.sheet = workbook.create_sheet(title)
        self.columns = columns
        self.sheet.sheet_view.rightToLeft = True
        self.sheet.freeze_panes = "A2"
        for i, column in enumerate(columns, start=1):
            self.sheet.column_dimensions[get_column_letter(i)].width = column.width + 2
        self._wrap = Alignment(wrap_text=True, vertical="top")
        self._top = Alignment(vertical="top")
        # kept for the sheet's life: the style cache below is keyed by the identity of these objects
        self._header = (Font(bold=True), PatternFill("solid", fgColor=HEADER_FILL))
        header_font, header_fill = self._header
        self._fills: dict[str, tuple[Any, Any]] = {}
        self._styles: dict[tuple[str, str, int, int], Any] = {}
        self._fill_class, self._font_class = PatternFill, Font
        self.sheet.append(
            [self._cell(c.header(lang), "text", font=header_font, fill=header_fill) for c in columns]
        )

    def _cell(self, value: Value, kind: str, *, font: Any = None, fill: Any = None, width: int = 0) -> Any:
        from openpyxl.cell import WriteOnlyCell

        if font is None and fill is None:
            # The plain value where nothing needs saying: a number, or one short line of text that
            # openpyxl cannot take for anything else (a leading "=" is a formula to it, "#N/A" and
            # the like an error value). A styled cell costs several times more to write.
            if isinstance(value, int | float) or value is None:
                return value
            if (
                isinstance(value, str)
                and value[:1] not in ("=", "#")
                and "\n" not in value
                and len(value) <= width
            ):
                return value
        cell = WriteOnlyCell(self.sheet, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # text, whatever it starts with: never a formula
        # Setting fonts, fills and alignments one by one registers each with the workbook for every
        # cell (most of the time of a 10,000-claim export); a cell's whole style is a small array of
        # indexes, so it is made once per kind of cell and copied (as openpyxl's own copy_worksheet does).
        shape = (type(value).__name__, kind, id(font), id(fill))
        style = self._styles.get(shape)
        if style is None:
            if isinstance(value, datetime):
                cell.number_format = DATETIME_FORMAT
            elif isinstance(value, date):
                cell.number_format = DATE_FORMAT
            cell.alignment = self._wrap if kind in ("lines", "text") and isinstance(value, str) else self._top
            if font is not None:
                cell.font = font
            if fill is not None:
                cell.fill = fill
            self._styles[shape] = copy(cell._style)
        else:
            cell._style = copy(style)
        return cell

    def colours(self, colour: str) -> tuple[Any, Any]:
        found = self._fills.get(colour)
        if found is None:
            found = (
                self._fill_class("solid", fgColor=colour.lstrip("#").upper()),
                self._font_class(color=_text_colour(colour)),
            )
            self._fills[colour] = found
        return found

    def append(self, values: Sequence[Value], colour: str = "") -> None:
        cells = []
        for column, value in zip(self.columns, values, strict=True):
            if colour and column.key.startswith("verdict"):
                fill, font = self.colours(colour)
                cells.append(self._cell(value, column.kind, font=font, fill=fill))
            else:
                cells.append(self._cell(value, column.kind, width=column.width))
        self.sheet.append(cells)


def write_xlsx_report(
    reports: Iterable[ClaimReport],
    corrections: Iterable[CorrectionLine],
    path: str | os.PathLike[str],
    *,
    lang: str = "both",
    colours: dict[str, str] | None = None,
    keys: Collection[str] | None = None,
) -> int:
    """Write the claims sheet and the corrections sheet to ``path``; how many claims were written.

    ``keys``: only these claim columns (:data:`~factdesk.exporters.sheets.CLAIM_COLUMNS` keys).

    ``colours`` maps verdict keys to #rrggbb (the project's scale); a verdict without one is left
    plain. ``corrections`` is read after every report has been written.
    """
    from openpyxl import Workbook

    check_lang(lang)
    colours = colours or {}
    workbook = Workbook(write_only=True)
    try:
        columns = claim_columns(lang)
        keep = picked(columns, keys)
        if keep is not None:
            columns = tuple(columns[i] for i in keep)
        claims = _Sheet(workbook, sheet_name("claims", lang), columns, lang)
        count = 0
        for report in reports:
            values = claim_values(report, lang)
            if keep is not None:
                values = [values[i] for i in keep]
            claims.append(values, colours.get(report.verdict_key, ""))
            count += 1
        history = _Sheet(workbook, sheet_name("corrections", lang), correction_columns(lang), lang)
        for line in corrections:
            history.append(correction_values(line, lang), colours.get(line.verdict_key, ""))
    except BaseException:
        _discard(workbook)
        raise
    with replacing_path(path) as tmp:
        workbook.save(tmp)
    return count


def _discard(workbook: Any) -> None:
    """Close the rows a write-only workbook streamed to its temporary files, and remove those."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.cleanup()
