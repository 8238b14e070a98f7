"""The report as an OpenDocument spreadsheet (odfpy): a claims sheet and a corrections-history sheet.

LibreOffice opens it without an import dialog, so the Arabic is never garbled. As in the XLSX
report: the sheets read right to left (``style:writing-mode="rl-tb"`` on the table), columns have
widths, the header row is bold and frozen (the frozen row lives in the document's view settings,
which LibreOffice reads), each verdict cell takes its verdict's colour, and every cell says its own
type: text is ``office:value-type="string"`` with one paragraph per line, so nothing can run as a
formula or turn into a boolean; dates are ``date`` cells shown as «2024-03-04 10:00:00».
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Sequence
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
from factdesk.exporters.xlsx_report import _text_colour

#: Width of one character of a column, in centimetres (the spreadsheet's default font).
_CM_PER_CHAR = 0.21


class _Styles:
    """The automatic styles of the document, made once and shared by every cell that needs one."""

    def __init__(self, doc: Any) -> None:
        from odf import number
        from odf.style import Style, TableCellProperties, TableProperties, TextProperties

        self.doc = doc
        self._Style, self._Cell, self._Text = Style, TableCellProperties, TextProperties
        self.table = Style(name="rtl", family="table")
        self.table.addElement(TableProperties(writingmode="rl-tb", display="true"))
        doc.automaticstyles.addElement(self.table)

        dt = number.DateStyle(name="isodatetime")
        for element in (
            number.Year(style="long"),
            number.Text(text="-"),
            number.Month(style="long"),
            number.Text(text="-"),
            number.Day(style="long"),
            number.Text(text=" "),
            number.Hours(style="long"),
            number.Text(text=":"),
            number.Minutes(style="long"),
            number.Text(text=":"),
            number.Seconds(style="long"),
        ):
            dt.addElement(element)
        doc.automaticstyles.addElement(dt)
        d = number.DateStyle(name="isodate")
        for element in (
            number.Year(style="long"),
            number.Text(text="-"),
            number.Month(style="long"),
            number.Text(text="-"),
            number.Day(style="long"),
        ):
            d.addElement(element)
        doc.automaticstyles.addElement(d)
        self.datetime = self._cell_style("cdt", datastylename="isodatetime")
        self.date = self._cell_style("cd", datastylename="isodate")
        self.wrap = self._cell_style("cw", wrap=True)
        self.header = self._cell_style("ch", bold=True, background="#dde3ea", wrap=True)
        self._verdicts: dict[str, Any] = {}
        self._columns: dict[int, Any] = {}

    def _cell_style(
        self,
        name: str,
        *,
        datastylename: str = "",
        bold: bool = False,
        background: str = "",
        wrap: bool = False,
    ) -> Any:
        attrs = {"name": name, "family": "table-cell"}
        if datastylename:
            attrs["datastylename"] = datastylename
        style = self._Style(**attrs)
        props: dict[str, str] = {"verticalalign": "top"}
        if background:
            props["backgroundcolor"] = background
        if wrap:
            props["wrapoption"] = "wrap"
        style.addElement(self._Cell(**props))
        if bold:
            style.addElement(self._Text(fontweight="bold"))
        elif background:
            style.addElement(self._Text(color="#" + _text_colour(background).lower()))
        self.doc.automaticstyles.addElement(style)
        return style

    def verdict(self, colour: str) -> Any:
        style = self._verdicts.get(colour)
        if style is None:
            style = self._cell_style(f"cv{len(self._verdicts)}", background=colour.lower(), wrap=True)
            self._verdicts[colour] = style
        return style

    def column(self, width: int) -> Any:
        from odf.style import Style, TableColumnProperties

        style = self._columns.get(width)
        if style is None:
            style = Style(name=f"co{width}", family="table-column")
            style.addElement(TableColumnProperties(columnwidth=f"{(width + 2) * _CM_PER_CHAR:.2f}cm"))
            self.doc.automaticstyles.addElement(style)
            self._columns[width] = style
        return style


def _cell(styles: _Styles, value: Value, style: Any = None) -> Any:
    from odf.table import TableCell
    from odf.text import P

    if value is None or value == "":
        return TableCell(stylename=style) if style is not None else TableCell()
    attrs: dict[str, Any] = {}
    if style is not None:
        attrs["stylename"] = style
    if isinstance(value, str):
        cell = TableCell(valuetype="string", **attrs)
        for line in value.split("\n"):
            cell.addElement(P(text=line))
        if "stylename" not in attrs:
            cell.setAttribute("stylename", styles.wrap)
        return cell
    if isinstance(value, datetime):
        cell = TableCell(valuetype="date", datevalue=value.isoformat(), stylename=style or styles.datetime)
        cell.addElement(P(text=value.isoformat(sep=" ")))
        return cell
    if isinstance(value, date):
        cell = TableCell(valuetype="date", datevalue=value.isoformat(), stylename=style or styles.date)
        cell.addElement(P(text=value.isoformat()))
        return cell
    cell = TableCell(valuetype="float", value=str(value), **attrs)
    cell.addElement(P(text=str(value)))
    return cell


def _table(doc: Any, styles: _Styles, title: str, columns: Sequence[Column], lang: str) -> Any:
    from odf.table import Table, TableColumn, TableRow

    table = Table(name=title, stylename=styles.table)
    for column in columns:
        table.addElement(TableColumn(stylename=styles.column(column.width)))
    header = TableRow()
    for column in columns:
        header.addElement(_cell(styles, column.header(lang), styles.header))
    table.addElement(header)
    doc.spreadsheet.addElement(table)
    return table


def _row(styles: _Styles, columns: Sequence[Column], values: Sequence[Value], colour: str) -> Any:
    from odf.table import TableRow

    row = TableRow()
    for column, value in zip(columns, values, strict=True):
        style = styles.verdict(colour) if colour and column.key.startswith("verdict") else None
        row.addElement(_cell(styles, value, style))
    return row


def _freeze_header(doc: Any, tables: Sequence[str]) -> None:
    """Freeze the first row of each sheet: LibreOffice's view settings (settings.xml)."""
    from odf.config import (
        ConfigItem,
        ConfigItemMapEntry,
        ConfigItemMapIndexed,
        ConfigItemMapNamed,
        ConfigItemSet,
    )

    view_settings = ConfigItemSet(name="ooo:view-settings")
    views = ConfigItemMapIndexed(name="Views")
    view = ConfigItemMapEntry()
    view.addElement(ConfigItem(name="ViewId", type="string", text="view1"))
    per_table = ConfigItemMapNamed(name="Tables")
    for name in tables:
        entry = ConfigItemMapEntry(name=name)
        for key, kind, value in (
            ("HorizontalSplitMode", "short", "0"),
            ("VerticalSplitMode", "short", "2"),
            ("HorizontalSplitPosition", "int", "0"),
            ("VerticalSplitPosition", "int", "1"),
            ("ActiveSplitRange", "short", "2"),
            ("PositionLeft", "int", "0"),
            ("PositionRight", "int", "0"),
            ("PositionTop", "int", "0"),
            ("PositionBottom", "int", "1"),
        ):
            entry.addElement(ConfigItem(name=key, type=kind, text=value))
        per_table.addElement(entry)
    view.addElement(per_table)
    views.addElement(view)
    view_settings.addElement(views)
    doc.settings.addElement(view_settings)


def write_ods_report(
    reports: Iterable[ClaimReport],
    corrections: Iterable[CorrectionLine],
    path: str | os.PathLike[str],
    *,
    lang: str = "both",
    colours: dict[str, str] | None = None,
    keys: Collection[str] | None = None,
) -> int:
    """Write the claims sheet and the corrections sheet to ``path``; how many claims were written.

    ``keys``: only these claim columns (:data:`~factdesk.exporters.sheets.CLAIM_COLUMNS` keys)."""
    from odf.opendocument import OpenDocumentSpreadsheet

    check_lang(lang)
    colours = colours or {}
    doc = OpenDocumentSpreadsheet()
    styles = _Styles(doc)
    names = (sheet_name("claims", lang), sheet_name("corrections", lang))
    columns = claim_columns(lang)
    keep = picked(columns, keys)
    if keep is not None:
        columns = tuple(columns[i] for i in keep)
    table = _table(doc, styles, names[0], columns, lang)
    count = 0
    for report in reports:
        values = claim_values(report, lang)
        if keep is not None:
            values = [values[i] for i in keep]
        table.addElement(_row(styles, columns, values, colours.get(report.verdict_key, "")))
        count += 1
    columns = correction_columns(lang)
    table = _table(doc, styles, names[1], columns, lang)
    for line in corrections:
        table.addElement(
            _row(styles, columns, correction_values(line, lang), colours.get(line.verdict_key, ""))
        )
    _freeze_header(doc, names)
    with replacing_path(path) as tmp:
        doc.save(tmp)
    return count
