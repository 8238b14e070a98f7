"""The dashboard and the printable report through the workflows both interfaces call (no Qt)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from printed import FALSE_CLAIM, HOSTILE_CLAIM, RATIONALE, SOURCE_URL, TRUE_CLAIM, build

from factdesk.app import printable
from factdesk.app.exports import ReportFilter, export_csv
from factdesk.store.project import Project


def _dash(path: Path, only: ReportFilter | None = None):
    with Project.open(path, readonly=True) as p:
        return printable.dashboard(p.read, only)


def test_dashboard_counts_verdicts_outlets_and_months(tmp_path: Path) -> None:
    built = build(tmp_path / "p.factdesk")
    dash = _dash(built.path)
    assert dash.claims == 3
    counts = {v.key: v.claims for v in dash.verdicts}
    assert counts["false"] == 1 and counts["true"] == 1 and counts["unverified"] == 1
    assert counts["misleading"] == 0  # the false claim's earlier verdict is history, not a count
    assert [v.key for v in dash.verdicts][:3] == ["unverified", "in_progress", "true"]  # the scale's order
    # the false claim is quoted by both outlets: once in each; the true one by al-Ahram only
    by_outlet = {o.outlet: o.by_verdict for o in dash.outlets}
    assert by_outlet == {"الأهرام": {"false": 1, "true": 1}, "الجزيرة": {"false": 1}}
    assert [o.outlet for o in dash.outlets] == ["الأهرام", "الجزيرة"]  # most claims first
    assert dash.unquoted == 1  # the hostile claim appears nowhere
    assert sum(m.added for m in dash.months) == 3 and sum(m.reviewed for m in dash.months) == 2


def test_dashboard_counts_the_claims_the_same_filter_exports(tmp_path: Path) -> None:
    built = build(tmp_path / "p.factdesk")
    only = ReportFilter(outlet="الجزيرة")
    dash = _dash(built.path, only)
    out = tmp_path / "r.csv"
    count = export_csv(built.path, out, only=only, corrections=None)
    assert dash.claims == count == 1
    assert FALSE_CLAIM in out.read_text("utf-8-sig") and TRUE_CLAIM not in out.read_text("utf-8-sig")
    assert _dash(built.path, ReportFilter(verdicts=["true"])).claims == 1


def test_html_report_holds_every_part_of_each_claim_right_to_left(tmp_path: Path) -> None:
    built = build(tmp_path / "p.factdesk")
    out = tmp_path / "report.html"
    assert printable.export_report(built.path, out) == 3
    page = out.read_text("utf-8")
    assert re.search(r'<html dir="rtl" lang="ar">', page)
    for expected in (
        FALSE_CLAIM,
        TRUE_CLAIM,
        RATIONALE,
        "الأهرام",
        "الجزيرة",
        "تصريحات الوزير",
        "2024-03-01",
    ):
        assert expected in page
    assert f'href="{SOURCE_URL}"' in page  # the evidence's link
    assert "نشرة الأسعار الشهرية" in page and "يدحض" in page  # the source and its stance, in Arabic
    # the corrections history: misleading, then false (with the one it replaced)
    section = page[page.index(FALSE_CLAIM) :]
    history = section[section.index("<table>") : section.index("</section>")]
    rows = re.findall(r"<tr>.*?</tr>", history)
    assert len(rows) == 1 + 2  # the header, then misleading, then false replacing it
    assert "مضلل" in rows[1] and "خاطئ" in rows[2] and rows[2].index("مضلل") > rows[2].index("خاطئ")
    assert page.count("<img ") == 4  # the dashboard's four charts, embedded
    assert "data:image/svg+xml;base64," in page


def test_hostile_text_cannot_inject_markup_or_links(tmp_path: Path) -> None:
    built = build(tmp_path / "p.factdesk")
    out = tmp_path / "report.html"
    printable.export_report(built.path, out)
    page = out.read_text("utf-8")
    assert "<script" not in page and "<img src=x" not in page
    assert all(h.startswith("https://") for h in re.findall(r'href="([^"]*)"', page))
    assert "javascript:alert(1)" in page  # shown as text, never a link
    assert "&lt;script&gt;" in page and "&lt;b&gt;مصدر&lt;/b&gt;" in page
    # the override is kept (it decides how the words read) but confined to the claim's own heading,
    # whose direction comes from its own words (a block of its own)
    assert re.search(r'<h2 dir="ltr">[^<]*\u202e[^<]*</h2>', page)  # it starts with Latin markup
    assert page.count("<section") == page.count("</section>") == 3
    assert HOSTILE_CLAIM not in page


def test_english_report_and_refused_extensions(tmp_path: Path) -> None:
    built = build(tmp_path / "p.factdesk")
    out = tmp_path / "report.htm"
    printable.export_report(built.path, out, lang="en")
    page = out.read_text("utf-8")
    assert '<html dir="ltr" lang="en">' in page and "Corrections history" in page and FALSE_CLAIM in page
    with pytest.raises(ValueError, match=r"\.html or \.pdf"):
        printable.export_report(built.path, tmp_path / "report.docx")
    assert not (tmp_path / "report.docx").exists()


def test_a_cancelled_report_leaves_nothing(tmp_path: Path) -> None:
    from factdesk.app.progress import Cancelled

    built = build(tmp_path / "p.factdesk")
    out = tmp_path / "report.html"
    with pytest.raises(Cancelled):
        printable.export_report(built.path, out, cancelled=lambda: True)
    assert list(tmp_path.glob("report*")) == [] and not list(tmp_path.glob(".report*"))


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "ods"])
def test_a_column_choice_keeps_those_columns_in_every_format(tmp_path: Path, fmt: str) -> None:
    from factdesk.app.report_table import TableRequest, export_table, preview

    built = build(tmp_path / "p.factdesk")
    target = tmp_path / f"r.{fmt}"
    request = TableRequest(
        fmt, target, ReportFilter(verdicts=["false"]), ["claim", "outlets"], "en", bom=False
    )
    assert export_table(built.path, request) == 1
    if fmt == "csv":
        import csv

        rows = list(csv.reader(target.read_text("utf-8").splitlines()))
    elif fmt == "xlsx":
        from openpyxl import load_workbook

        rows = [
            list(r) for r in load_workbook(target, read_only=True).worksheets[0].iter_rows(values_only=True)
        ]
    else:
        from odf import teletype
        from odf.opendocument import load
        from odf.table import Table, TableCell, TableRow

        table = load(str(target)).spreadsheet.getElementsByType(Table)[0]
        rows = [
            [teletype.extractText(c) for c in r.getElementsByType(TableCell)][:2]
            for r in table.getElementsByType(TableRow)
        ]
    assert rows[0] == ["Claim", "Outlets"]
    assert [r[0] for r in rows[1:] if any(r)] == [FALSE_CLAIM]
    with Project.open(built.path, readonly=True) as p:
        headers, first, total = preview(p.read, request.only, columns=request.columns, lang="en")
    assert headers == ["Claim", "Outlets"] and first[0][0] == FALSE_CLAIM and total == 1
    with pytest.raises(ValueError, match="no such report column"):
        export_table(built.path, TableRequest(fmt, tmp_path / f"x.{fmt}", columns=["nonsense"]))
    assert not (tmp_path / f"x.{fmt}").exists()
