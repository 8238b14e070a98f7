"""What LibreOffice shows of each report: the Arabic intact and every cell as written.

Each report is opened by LibreOffice itself (headless ``soffice``, a throwaway profile) and saved
back as UTF-8 CSV, one file per sheet, which is read here cell by cell; the CSV report is also saved
as XLSX, so that the type LibreOffice gave each cell (text, number, date) can be read with openpyxl.
The CSV is opened as the export's help says to (``--infilter`` with UTF-8 and quoted fields as text).
Without ``soffice`` these tests fail saying what to install (``packaging/bootstrap.sh test`` does).
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from reports import COLOURS, TRICKY_TEXTS, correction, report

from factdesk.exporters.csv_report import LIBREOFFICE_INFILTER, write_corrections_csv, write_csv_report
from factdesk.exporters.ods_report import write_ods_report
from factdesk.exporters.sheets import claim_columns, correction_columns
from factdesk.exporters.xlsx_report import write_xlsx_report

pytestmark = pytest.mark.slow

#: UTF-8 (76), comma-separated, quoted; every sheet to its own file (-1); contents as shown.
CSV_OUT = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.fail(
            "LibreOffice is not installed (no `soffice`): install it with its spreadsheet module "
            "(Debian/Ubuntu: apt-get install libreoffice-calc-nogui; packaging/bootstrap.sh test does)"
        )
    return found


def convert(source: Path, to: str, work: Path, infilter: str = "") -> list[Path]:
    out = work / f"out-{source.stem}-{to.split(':')[0]}"
    out.mkdir()
    done = subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            *([f"--infilter={infilter}"] if infilter else []),
            "--convert-to",
            to,
            "--outdir",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, "SAL_USE_VCLPLUGIN": "svp"},
    )
    files = sorted(out.iterdir())
    if not files:
        pytest.fail(
            f"LibreOffice could not convert {source.name} (exit {done.returncode}: "
            f"{(done.stderr or done.stdout).strip()[-300:]}); it needs Calc: apt-get install libreoffice-calc-nogui"
        )
    return files


def sheets(source: Path, work: Path, infilter: str = "") -> dict[str, list[list[str]]]:
    """Each sheet LibreOffice read from ``source``, as the text of its cells."""
    out = {}
    for file in convert(source, CSV_OUT, work, infilter):
        with open(file, encoding="utf-8", newline="") as fh:
            out[file.stem.removeprefix(source.stem + "-")] = list(csv.reader(fh))
    return out


REPORTS = [
    report(
        claim_id=f"c{i}",
        text=text if i else "قُتل أكثر من 80 مسلحاً في الرقة",
        rationale=f"تعليل {text}",
        reviewer=text,
        verdict_key="true",
        verdict_ar="صحيح",
        verdict_en="True",
        rating_value=5,
    )
    for i, text in enumerate(TRICKY_TEXTS)
]
CORRECTIONS = [correction(), correction(at="2024-04-01T08:00:00+00:00", verdict_en="True", verdict_ar="صحيح")]


def _expected_text(cells: dict[str, str], r) -> None:
    assert cells["Claim"] == r.text
    assert cells["Verdict (English)"] == "True"  # never the boolean TRUE
    assert cells["Verdict (Arabic)"] == "صحيح"
    assert cells["Reviewer"] == r.reviewer and cells["Rationale"] == r.rationale
    assert cells["Rating value"] == "5" and cells["Appearances (count)"] == "2"
    assert cells["Review date"] == "2024-03-04 10:00:00" and cells["Last changed"] == "2024-03-04 10:30:00"
    assert cells["Roles"] == "asserts\ndifferent_figure"
    assert cells["Articles"] == "وزير المالية: التضخم تراجع\nمقال ثان"


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_libreoffice_shows_every_cell_of_the_spreadsheets_as_written(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"report.{fmt}"
    write = write_xlsx_report if fmt == "xlsx" else write_ods_report
    write(REPORTS, CORRECTIONS, path, colours=COLOURS)
    read = sheets(path, tmp_path)
    assert sorted(read) == ["Claims", "Corrections"]
    header, *rows = read["Claims"]
    assert header == [c.en for c in claim_columns()]
    assert len(rows) == len(REPORTS)
    for row, r in zip(rows, REPORTS, strict=True):
        _expected_text(dict(zip(header, row, strict=True)), r)
    header, *rows = read["Corrections"]
    assert header == [c.en for c in correction_columns()]
    assert [r[header.index("Date")] for r in rows] == ["2024-03-04 10:00:00", "2024-04-01 08:00:00"]
    assert [r[header.index("Verdict (Arabic)")] for r in rows] == ["خاطئ", "صحيح"]


def test_libreoffice_reads_the_csv_opened_as_the_help_says_with_arabic_intact_and_types_kept(
    tmp_path: Path,
) -> None:
    path = tmp_path / "report.csv"
    write_csv_report(REPORTS, path)
    read = sheets(path, tmp_path, LIBREOFFICE_INFILTER)
    ((_, (header, *rows)),) = read.items()
    assert header == [c.en for c in claim_columns()]
    with path.open(encoding="utf-8-sig", newline="") as fh:
        as_written = list(csv.reader(fh))[1:]
    for row, r, written in zip(rows, REPORTS, as_written, strict=True):
        assert row == written  # every cell exactly as the file holds it (a formula guard included)
        cells = dict(zip(header, row, strict=True))
        assert cells["Verdict (English)"] == "True" and cells["Review date"] == "2024-03-04 10:00:00"
        assert cells["Reviewer"] in (r.reviewer, "'" + r.reviewer)
    assert rows[0][header.index("Claim")] == "قُتل أكثر من 80 مسلحاً في الرقة"

    # and the types LibreOffice gave the cells: text stays text, dates are dates, numbers numbers
    from openpyxl import load_workbook

    (xlsx,) = convert(path, "xlsx", tmp_path, LIBREOFFICE_INFILTER)
    sheet = load_workbook(xlsx).active
    names = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        cells = dict(zip(names, row, strict=True))
        assert cells["Verdict (English)"].data_type == "s" and cells["Verdict (English)"].value == "True"
        assert cells["Claim"].data_type == "s" and cells["Reviewer"].data_type == "s"
        assert cells["Review date"].value == datetime(2024, 3, 4, 10, 0)
        assert cells["Rating value"].value == 5
    assert [r[names.index("Claim")].value for r in sheet.iter_rows(min_row=3)][:4] == [
        "True",
        "FALSE",
        "007",
        "1/2",
    ]


def test_the_corrections_csv_reads_back_in_libreoffice(tmp_path: Path) -> None:
    path = tmp_path / "history.csv"
    write_corrections_csv(CORRECTIONS, path, lang="ar")
    ((_, (header, *rows)),) = sheets(path, tmp_path, LIBREOFFICE_INFILTER).items()
    assert header == [c.ar for c in correction_columns("ar")]
    assert [r[header.index("الحكم")] for r in rows] == ["خاطئ", "صحيح"]
    assert rows[0][header.index("المراجِع")] == "سارة"


def test_libreoffice_reads_the_ods_sheets_right_to_left_with_widths_colours_and_dates(tmp_path: Path) -> None:
    # LibreOffice saves what it understood as XLSX, which openpyxl reads. (A headless conversion
    # keeps no view, so the frozen header cannot be checked this way: test_spreadsheets checks the
    # settings.xml that holds it.)
    from openpyxl import load_workbook

    path = tmp_path / "report.ods"
    write_ods_report(REPORTS, CORRECTIONS, path, colours=COLOURS)
    (xlsx,) = convert(path, "xlsx", tmp_path)
    book = load_workbook(xlsx)
    assert book.sheetnames == ["Claims", "Corrections"]
    assert all(sheet.sheet_view.rightToLeft for sheet in book.worksheets)
    sheet = book["Claims"]
    names = [c.value for c in sheet[1]]
    cells = dict(zip(names, sheet[2], strict=True))
    assert cells["Review date"].is_date and cells["Review date"].value == datetime(2024, 3, 4, 10, 0)
    assert cells["Rating value"].value == 5 and cells["Verdict (English)"].value == "True"
    assert cells["Verdict (Arabic)"].fill.fgColor.rgb.endswith("2E7D32")  # the verdict's colour
    width = {n: sheet.column_dimensions[c.column_letter].width for n, c in zip(names, sheet[1], strict=True)}
    assert width["Claim"] > 3 * width["Rating value"]
