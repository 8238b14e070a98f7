"""The printable report as PDF: its text, extracted by pdftotext (poppler-utils), holds the claims,
their rationale, outlets and dates; its charts are drawn; Arabic is laid out right to left."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from printed import FALSE_CLAIM, RATIONALE, TRUE_CLAIM, build

from factdesk.app import printable
from factdesk.app.exports import ReportFilter

#: The letters kept when comparing Arabic taken back out of a PDF. WeasyPrint's ToUnicode map gives
#: some glyphs a wrong or empty text (seen with DejaVu Sans: «أ» in some joining forms, the lam-alef
#: ligature with a mark, shadda as its own line; pypdfium2 reads the same map and gets the same), so
#: the alef forms, lam, hamza and the marks are left out on both sides; what stays is still a
#: sentence's fingerprint, and the control below shows it is not found where it is absent.
_KEPT = set("بتثجحخدذرزسشصضطظعغفقكمنهوي0123456789")


def skeleton(text: str) -> str:
    return "".join(c for c in text if c in _KEPT)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: install poppler-utils (apt-get install poppler-utils)")
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_pdf_report_text_holds_the_claims(tmp_path: Path) -> None:
    built = build(tmp_path / "p.factdesk")
    out = tmp_path / "report.pdf"
    assert printable.export_report(built.path, out) == 3
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    found = skeleton(text)
    for expected in (FALSE_CLAIM, TRUE_CLAIM, RATIONALE, "الجزيرة", "تصريحات الوزير"):
        assert skeleton(expected) in found, expected
    assert "2024-03-01" in text and "7.2%" in text  # dates and figures read in their order
    # the link may be broken across lines (it wraps anywhere rather than overflow the page)
    unwrapped = "".join(c for c in text if not c.isspace() and c not in "\u202a\u202b\u202c")
    assert "https://capmas.example/cpi-2024-02" in unwrapped


def test_pdf_of_a_filtered_report_leaves_the_other_claims_out(tmp_path: Path) -> None:
    built = build(tmp_path / "p.factdesk")
    out = tmp_path / "report.pdf"
    assert printable.export_report(built.path, out, only=ReportFilter(verdicts=["true"])) == 1
    found = skeleton(pdf_text(out))
    assert skeleton(TRUE_CLAIM) in found and skeleton(FALSE_CLAIM) not in found


def test_arabic_in_the_pdf_is_right_aligned_and_shaped(tmp_path: Path) -> None:
    """The claim's first word sits at the right margin and the next ones follow leftwards."""
    built = build(tmp_path / "p.factdesk")
    out = tmp_path / "report.pdf"
    printable.export_report(built.path, out, only=ReportFilter(verdicts=["true"]))
    pdf_text(out)  # fails clearly when pdftotext is missing
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    import re

    words = re.findall(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', bbox
    )
    page_width = float(re.search(r'<page width="([\d.]+)"', bbox).group(1))
    # -bbox lists each word's glyphs as drawn, left to right: an Arabic word comes out reversed
    claim_words = [(float(a), float(b), w[::-1]) for a, b, w in words if w[::-1] in {"افتتاح", "جديدة"}]
    assert claim_words, bbox[:2000]
    first = next(x for x in claim_words if x[2] == "افتتاح")
    last = next(x for x in claim_words if x[2] == "جديدة")
    assert first[1] > page_width * 0.8  # the first word at the right margin
    assert last[0] < first[0]  # and the sentence runs leftwards
