"""PDF text extraction: which library reads Arabic PDFs from real writers as the words they show.

Writers (tests/importers/pdf_writers.py): Qt's QPdfWriter, LibreOffice's PDF export, ReportLab with
text shaped by arabic-reshaper and put in visual order by python-bidi, and the tests' hand-made writer;
all over the same real paragraphs (seed article, shared corpus, one sentence with a slashed date,
numbers, Latin words, «» quotes, brackets and marks), repeated to make a few pages.

Readers: pypdfium2 (PDFium's own text order), pdfminer.six, pypdf (plain and layout modes), the
importer before this change (pypdf layout mode plus visual-order repairs, taken from git) and the
importer now (PDFium's glyphs, laid out again by factdesk.importers.pdf).

For each pair: word recall, share of the source's words found in order (difflib over words), Arabic
letters split off their words, whether the numbers come back in order, whether the whole text is
exact (whitespace aside), and speed (MB of PDF and thousands of characters of text per second,
median of three runs). Then the installed
size of each library. Information only (no target): the choice is recorded in docs/decisions.md.
"""

from __future__ import annotations

import importlib.metadata
import io
import os
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path

from benchlib import clock, header, median, summary

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "importers"), str(REPO / "tests")]  # this checkout first
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pdf_writers import WRITERS, WriterMissing, compare, source_paragraphs  # noqa: E402

from factdesk.importers import load  # noqa: E402
from factdesk.importers.arabic import fold_presentation_forms  # noqa: E402

#: The importer before PDFium: pypdf's layout mode and the visual-order repairs, as committed then.
BEFORE = "89e02ed"


def pdfium_text(data: bytes) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        out = []
        for page in document:
            textpage = page.get_textpage()
            out.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(out)
    finally:
        document.close()


def pdfminer_text(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data))


def pypdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def pypdf_layout_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(
        page.extract_text(extraction_mode="layout") for page in PdfReader(io.BytesIO(data)).pages
    )


def importer_before() -> Callable[[bytes], str] | None:
    """The old importer's ``read_pdf``, loaded from git (None outside a git checkout)."""
    try:
        arabic_source = subprocess.run(
            ["git", "-C", str(REPO), "show", f"{BEFORE}:factdesk/importers/arabic.py"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        pdf_source = subprocess.run(
            ["git", "-C", str(REPO), "show", f"{BEFORE}:factdesk/importers/pdf.py"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    old_arabic = sys.modules["old_arabic"] = types.ModuleType("old_arabic")
    exec(compile(arabic_source, "old_arabic.py", "exec"), old_arabic.__dict__)
    old_pdf = sys.modules["old_pdf"] = types.ModuleType("old_pdf")
    pdf_source = pdf_source.replace("from factdesk.importers import arabic", "import old_arabic as arabic")
    exec(compile(pdf_source, "old_pdf.py", "exec"), old_pdf.__dict__)

    def read(data: bytes) -> str:
        return fold_presentation_forms(old_pdf.read_pdf(data, name="bench.pdf").text)[0]

    return read


def importer_now(data: bytes) -> str:
    return load(data, name="bench.pdf").raw_text


def installed_size(distribution: str) -> float:
    """MB on disk of an installed distribution's files."""
    try:
        files = importlib.metadata.distribution(distribution).files or []
    except importlib.metadata.PackageNotFoundError:
        return float("nan")
    return sum(Path(file.locate()).stat().st_size for file in files if Path(file.locate()).is_file()) / 1e6


def main() -> None:
    header("PDF extraction: Arabic PDFs from real writers, per library")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - Qt's writer needs it
    paragraphs = source_paragraphs()
    source = "\n".join(paragraphs)
    readers: dict[str, Callable[[bytes], str] | None] = {
        "pypdfium2": pdfium_text,
        "pdfminer.six": pdfminer_text,
        "pypdf": pypdf_text,
        "pypdf layout": pypdf_layout_text,
        "importer before": importer_before(),
        "importer now": importer_now,
    }
    repeats = 8  # the paragraphs eight times over: several pages
    print(
        f"{'writer':12} {'reader':16} {'recall':>7} {'in order':>8} {'split':>5} {'numbers':>7} "
        f"{'exact':>5} {'MB/s':>7} {'kchar/s':>8}"
    )
    for writer_name, writer in WRITERS.items():
        try:
            small, large = writer(paragraphs), writer(paragraphs * repeats)
        except WriterMissing as missing:
            print(f"{writer_name:12} (not measured: {missing})")
            continue
        for reader_name, reader in readers.items():
            if reader is None:
                print(f"{writer_name:12} {reader_name:16} (not available: no git history here)")
                continue
            try:
                text = fold_presentation_forms(reader(small))[0]
                times = []
                for _ in range(3):
                    started = clock()
                    reader(large)
                    times.append(clock() - started)
            except Exception as error:
                print(f"{writer_name:12} {reader_name:16} fails: {type(error).__name__}: {error}"[:150])
                continue
            result = compare(source, text)
            exact = " ".join(text.split()) == " ".join(source.split())
            speed = len(large) / 1e6 / median(times)
            chars = len(source) * repeats / 1e3 / median(times)
            print(
                f"{writer_name:12} {reader_name:16} {result.recall:7.3f} {result.in_order:8.3f} "
                f"{result.split_letters:5d} {'yes' if result.numbers_in_order else 'no':>7} "
                f"{'yes' if exact else 'no':>5} {speed:7.2f} {chars:8.1f}"
            )
            if reader_name == "importer now":
                summary(
                    "pdf",
                    f"{writer_name} words in order",
                    f"{result.in_order:.3f}",
                    "1.000",
                    result.in_order == 1.0,
                )
        sys.stdout.flush()
    print()
    print(
        "installed size (MB): "
        + ", ".join(
            f"{name} {installed_size(name):.1f}"
            for name in ("pypdfium2", "pdfminer.six", "pypdf", "cryptography")
        )
    )


if __name__ == "__main__":
    main()
