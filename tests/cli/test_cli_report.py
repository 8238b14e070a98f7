"""«factdesk export report PROJECT -o FILE.html|FILE.pdf»: the printable report by the file's extension."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from printed import FALSE_CLAIM, TRUE_CLAIM, build

from factdesk.cli import cli


def test_report_html_with_filters_and_pdf_by_extension(tmp_path: Path) -> None:
    built = build(tmp_path / "p.factdesk")
    html = tmp_path / "r.html"
    result = CliRunner().invoke(
        cli,
        ["export", "report", str(built.path), "-o", str(html), "--outlet", "الأهرام", "--verdict", "true"],
    )
    assert result.exit_code == 0, result.output
    assert "Wrote 1 claim(s)" in result.stdout
    page = html.read_text("utf-8")
    assert TRUE_CLAIM in page and FALSE_CLAIM not in page and 'dir="rtl"' in page

    pdf = tmp_path / "r.pdf"
    result = CliRunner().invoke(cli, ["export", "report", str(built.path), "-o", str(pdf), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "Wrote 3 claim(s)" in result.stdout and pdf.read_bytes().startswith(b"%PDF-")


def test_an_unknown_extension_is_refused_before_any_work(tmp_path: Path) -> None:
    built = build(tmp_path / "p.factdesk")
    result = CliRunner().invoke(cli, ["export", "report", str(built.path), "-o", str(tmp_path / "r.docx")])
    assert result.exit_code != 0 and ".html or .pdf" in result.stderr
    assert not (tmp_path / "r.docx").exists()
