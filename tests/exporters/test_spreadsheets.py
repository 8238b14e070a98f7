"""The XLSX and ODS reports: what Excel and LibreOffice read from them, cell by cell."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from reports import COLOURS, TRICKY_TEXTS, correction, report

from factdesk.exporters.ods_report import write_ods_report
from factdesk.exporters.sheets import claim_columns, correction_columns
from factdesk.exporters.xlsx_report import write_xlsx_report


def _tricky_reports() -> list:
    return [
        report(
            claim_id=f"c{i}", text=text, rationale=text, reviewer=text, verdict_en="True", verdict_key="true"
        )
        for i, text in enumerate(TRICKY_TEXTS)
    ]


# --- XLSX -------------------------------------------------------------------------------------


def _xlsx(tmp_path: Path, reports: list, lang: str = "both", corrections: list | None = None):
    from openpyxl import load_workbook

    path = tmp_path / "r.xlsx"
    count = write_xlsx_report(reports, corrections or [], path, lang=lang, colours=COLOURS)
    assert count == len(reports)
    return load_workbook(path)


def test_xlsx_sheets_read_right_to_left_with_a_frozen_bold_header_and_widths(tmp_path: Path) -> None:
    book = _xlsx(tmp_path, [report()], corrections=[correction()])
    assert book.sheetnames == ["Claims", "Corrections"]
    for sheet in book.worksheets:
        assert sheet.sheet_view.rightToLeft is True
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.bold for cell in sheet[1])
    claims = book["Claims"]
    header = [c.value for c in claims[1]]
    assert header == [c.en for c in claim_columns()]
    width = {h: claims.column_dimensions[chr(ord("A") + i)].width for i, h in enumerate(header)}
    assert width["Claim"] >= 40 and width["Rating value"] <= 12 and width["Quotes"] >= 40


def test_xlsx_text_that_looks_like_a_formula_boolean_or_number_stays_text(tmp_path: Path) -> None:
    book = _xlsx(tmp_path, _tricky_reports(), lang="en")
    sheet = book["Claims"]
    header = [c.value for c in sheet[1]]
    for row, text in zip(sheet.iter_rows(min_row=2), TRICKY_TEXTS, strict=True):
        cells = dict(zip(header, row, strict=True))
        for name in ("Claim", "Rationale", "Reviewer"):
            assert cells[name].data_type == "s" and cells[name].value == text, (name, text)
        assert cells["Verdict (English)"].value == "True" and cells["Verdict (English)"].data_type == "s"


def test_xlsx_dates_are_dates_in_utc_and_numbers_are_numbers(tmp_path: Path) -> None:
    sheet = _xlsx(tmp_path, [report()])["Claims"]
    header = [c.value for c in sheet[1]]
    cells = dict(zip(header, sheet[2], strict=True))
    assert cells["Review date"].value == datetime(2024, 3, 4, 10, 0, 0)
    assert cells["Review date"].is_date and cells["Review date"].number_format == "yyyy-mm-dd hh:mm:ss"
    assert cells["Last changed"].value == datetime(2024, 3, 4, 10, 30, 0)  # +02:00 brought to UTC
    assert cells["Rating value"].value == 1 and cells["Appearances (count)"].value == 2
    # a partial date is not a day: it stays text, line by line with the other appearances
    assert cells["Publication dates"].value == "2024-03-01\n2024-03"


def test_xlsx_verdict_cells_take_the_verdicts_colour(tmp_path: Path) -> None:
    sheet = _xlsx(tmp_path, [report(), report(verdict_key="true", verdict_ar="صحيح", verdict_en="True")])[
        "Claims"
    ]
    header = [c.value for c in sheet[1]]
    col = header.index("Verdict (Arabic)")
    assert sheet.cell(2, col + 1).fill.fgColor.rgb.endswith("C62828")
    assert sheet.cell(3, col + 1).fill.fgColor.rgb.endswith("2E7D32")
    assert sheet.cell(2, header.index("Claim") + 1).fill.fill_type is None


def test_xlsx_in_arabic_names_columns_sheets_roles_and_stances_in_arabic(tmp_path: Path) -> None:
    book = _xlsx(tmp_path, [report()], lang="ar", corrections=[correction()])
    assert book.sheetnames == ["الادعاءات", "سجل التصحيحات"]
    sheet = book["الادعاءات"]
    cells = {h.value: c.value for h, c in zip(sheet[1], sheet[2], strict=True)}
    assert cells["الحكم"] == "خاطئ" and "Verdict (English)" not in cells
    assert cells["الأدوار"] == "يؤكده\nيذكر رقمًا مختلفًا" and cells["المواقف"] == "يدحض"


def test_xlsx_corrections_sheet_lists_every_verdict_with_date_reviewer_and_rationale(tmp_path: Path) -> None:
    lines = [
        correction(),
        correction(at="2024-04-01", verdict_key="true", verdict_en="True", previous_en="False"),
    ]
    sheet = _xlsx(tmp_path, [report()], corrections=lines)["Corrections"]
    header = [c.value for c in sheet[1]]
    assert header == [c.en for c in correction_columns()]
    rows = [dict(zip(header, (c.value for c in r), strict=True)) for r in sheet.iter_rows(min_row=2)]
    assert [(r["Date"], r["Verdict (English)"], r["Previous verdict (English)"]) for r in rows] == [
        (datetime(2024, 3, 4, 10, 0), "False", "Unverified"),
        (datetime(2024, 4, 1), "True", "False"),
    ]
    assert rows[0]["Reviewer"] == "سارة" and rows[0]["Rationale"].startswith("الأرقام")


def test_xlsx_control_characters_cannot_break_the_file(tmp_path: Path) -> None:
    sheet = _xlsx(tmp_path, [report(text="a\x00b\x1bc\r\nd\u202eمعكوس\uffff\ufffe \U0010fffd")])["Claims"]
    # controls and XML's forbidden characters gone, the override closed in its line
    assert sheet["B2"].value == "abc\nd\u202eمعكوس \U0010fffd\u202c"
    content, _ = _ods(tmp_path, [report(text="a\uffffb\x00")])
    assert "ab" in ET.tostring(content, encoding="unicode")


# --- ODS --------------------------------------------------------------------------------------

NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
}


def q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def _ods(tmp_path: Path, reports: list, lang: str = "both", corrections: list | None = None):
    path = tmp_path / "r.ods"
    assert write_ods_report(reports, corrections or [], path, lang=lang, colours=COLOURS) == len(reports)
    with zipfile.ZipFile(path) as z:
        return ET.fromstring(z.read("content.xml")), ET.fromstring(z.read("settings.xml"))


def _rows(table: ET.Element) -> list[list[ET.Element]]:
    return [row.findall(q("table:table-cell")) for row in table.iter(q("table:table-row"))]


def _text(cell: ET.Element) -> str:
    return "\n".join("".join(p.itertext()) for p in cell.findall(q("text:p")))


def test_ods_sheets_are_right_to_left_with_widths_and_a_frozen_header(tmp_path: Path) -> None:
    content, settings = _ods(tmp_path, [report()], corrections=[correction()])
    tables = list(content.iter(q("table:table")))
    assert [t.get(q("table:name")) for t in tables] == ["Claims", "Corrections"]
    styles = {s.get(q("style:name")): s for s in content.iter(q("style:style"))}
    for table in tables:
        props = styles[table.get(q("table:style-name"))].find(q("style:table-properties"))
        assert props.get(q("style:writing-mode")) == "rl-tb"
    widths = [
        styles[c.get(q("table:style-name"))]
        .find(q("style:table-column-properties"))
        .get(q("style:column-width"))
        for c in tables[0].findall(q("table:table-column"))
    ]
    assert float(widths[1].removesuffix("cm")) > 3 * float(widths[4].removesuffix("cm"))  # Claim vs Rating
    frozen = {
        (entry.get(q("config:name")), item.get(q("config:name"))): item.text
        for entry in settings.iter(q("config:config-item-map-entry"))
        for item in entry.findall(q("config:config-item"))
    }
    assert (
        frozen[("Claims", "VerticalSplitPosition")] == "1" and frozen[("Claims", "VerticalSplitMode")] == "2"
    )


def test_ods_every_cell_says_its_type_and_no_formula_is_written(tmp_path: Path) -> None:
    content, _ = _ods(tmp_path, _tricky_reports(), lang="en")
    table = next(content.iter(q("table:table")))
    rows = _rows(table)
    header = [_text(c) for c in rows[0]]
    for row, text in zip(rows[1:], TRICKY_TEXTS, strict=True):
        cells = dict(zip(header, row, strict=True))
        for name in ("Claim", "Rationale", "Verdict (English)"):
            assert cells[name].get(q("office:value-type")) == "string"
        assert _text(cells["Claim"]) == text and _text(cells["Verdict (English)"]) == "True"
        assert cells["Rating value"].get(q("office:value-type")) == "float"
        assert cells["Review date"].get(q("office:value-type")) == "date"
        assert cells["Review date"].get(q("office:date-value")) == "2024-03-04T10:00:00"
    assert not any(c.get(q("table:formula")) for c in content.iter(q("table:table-cell")))


def test_ods_multi_line_cells_keep_one_paragraph_per_entry_and_verdicts_are_coloured(tmp_path: Path) -> None:
    content, _ = _ods(tmp_path, [report()], lang="ar")
    rows = _rows(next(content.iter(q("table:table"))))
    cells = dict(zip([_text(c) for c in rows[0]], rows[1], strict=True))
    assert [("".join(p.itertext())) for p in cells["الأدوار"].findall(q("text:p"))] == [
        "يؤكده",
        "يذكر رقمًا مختلفًا",
    ]
    styles = {s.get(q("style:name")): s for s in content.iter(q("style:style"))}
    verdict_style = styles[cells["الحكم"].get(q("table:style-name"))]
    assert (
        verdict_style.find(q("style:table-cell-properties")).get(
            "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}background-color"
        )
        == "#c62828"
    )


@pytest.mark.parametrize("writer", [write_xlsx_report, write_ods_report])
def test_a_failure_midway_leaves_no_file(tmp_path: Path, writer) -> None:
    def failing():
        yield report()
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        writer(failing(), [], tmp_path / "r.out")
    assert list(tmp_path.iterdir()) == []


def test_both_spreadsheets_have_the_same_columns_as_the_csv() -> None:
    from factdesk.exporters.csv_report import csv_columns

    for lang in ("both", "ar", "en"):
        assert tuple(c.header(lang) for c in claim_columns(lang)) == csv_columns(lang)
