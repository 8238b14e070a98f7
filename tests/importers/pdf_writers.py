"""Arabic PDFs made by the writers people really use, from real text, and how to compare what comes back.

Each writer turns the same paragraphs into a PDF with a text layer:

* ``qt``: Qt's ``QPdfWriter`` printing a ``QTextDocument`` of right-to-left paragraphs (what FactDesk's
  own window, and many Qt applications, print);
* ``libreoffice``: LibreOffice Writer's PDF export (``soffice --headless --convert-to pdf``) of an HTML
  page written ``dir="rtl"``;
* ``reportlab``: ReportLab drawing each line already shaped by arabic-reshaper and put in visual order by
  python-bidi: the classic "old writer" PDF, presentation forms stored left to right as seen;
* ``handmade``: the small writer of ``samples.make_pdf`` (a Type0 font whose character ids are code
  points), lines in logical order.

The text comes from the shared corpus and the seed articles (read at run time, never copied here) with
one sentence written for these tests that holds what extractors get wrong: a date with slashes, a
number beside a Latin name, «» quotes and diacritics. A writer that cannot run (LibreOffice missing, no
font with Arabic letters) raises :class:`WriterMissing` so that the test fails saying what to install.
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from samples import PdfLine, make_pdf

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"

#: Written for these tests: slashed date, numbers, Latin words, «» quotes, diacritics, a parenthesis.
OWN_SENTENCE = (
    "وقالت وكالة Reuters في 2017/5/31 إن «120 مسلحاً» قُتِلوا، وإن الطائرات نفّذت 80 غارة (بحسب البيان) "
    "على مواقع التنظيم قرب الرقة."
)


class WriterMissing(RuntimeError):
    """A PDF writer the tests need is not installed here: the message says what to install."""


def source_paragraphs(shared: Path = SHARED) -> list[str]:
    """Several real paragraphs: the first seed article, two corpus articles, and :data:`OWN_SENTENCE`."""
    paragraphs: list[str] = []
    seed = REPO / "seeds" / "000_ce109d537c2ac835.txt"
    sources = [
        seed,
        shared / "corpus" / "articles" / "snn_001.txt",
        shared / "corpus" / "articles" / "snn_002.txt",
    ]
    for path in sources:
        if not path.exists():
            raise FileNotFoundError(f"{path} is missing: the PDF tests read real text from it")
        lines = [" ".join(line.split()) for line in path.read_text(encoding="utf-8-sig").splitlines()]
        body = [line for line in lines if len(line.split()) >= 12]
        paragraphs.extend(_sentences(paragraph, 60) for paragraph in body[:2])
    paragraphs.append(OWN_SENTENCE)
    return paragraphs


def _sentences(paragraph: str, words: int) -> str:
    """The paragraph cut after about ``words`` words, at a word boundary (pages stay few, tests fast)."""
    split = paragraph.split()
    return " ".join(split[:words])


def arabic_font() -> Path:
    """A TrueType font with Arabic letters, found by fontconfig (DejaVu Sans on Debian and Ubuntu)."""
    candidates = []
    if shutil.which("fc-match"):
        found = subprocess.run(
            ["fc-match", "-f", "%{file}", ":lang=ar:fontformat=TrueType"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        candidates.append(Path(found))
    candidates.append(Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    for candidate in candidates:
        if candidate.suffix.lower() == ".ttf" and candidate.is_file():
            return candidate
    raise WriterMissing(
        "no TrueType font with Arabic letters: install fonts-dejavu-core (or any Arabic font)"
    )


# --- writers ------------------------------------------------------------------------------------------


def qt_pdf(paragraphs: Sequence[str]) -> bytes:
    """Qt's QPdfWriter printing a QTextDocument whose paragraphs are right to left (needs a Qt app)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, Qt
    from PySide6.QtGui import (
        QFont,
        QGuiApplication,
        QPageLayout,
        QPageSize,
        QPdfWriter,
        QTextDocument,
        QTextOption,
    )

    if QGuiApplication.instance() is None:
        raise RuntimeError("qt_pdf needs a QGuiApplication (pytest-qt's qapp fixture gives one)")
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 12))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setAlignment(Qt.AlignmentFlag.AlignRight)
    document.setDefaultTextOption(option)
    document.setHtml(
        '<html dir="rtl"><body>'
        + "".join(f'<p dir="rtl" align="right">{escape(p)}</p>' for p in paragraphs)
        + "</body></html>"
    )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle("تقرير")
    document.print_(writer)
    del writer  # the PDF is finished when the writer goes
    buffer.close()
    return bytes(data.data())


def libreoffice_pdf(paragraphs: Sequence[str]) -> bytes:
    """LibreOffice Writer's PDF export of an HTML page of right-to-left paragraphs, run headless."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise WriterMissing(
            "LibreOffice is not installed (no `soffice`): install it (Debian/Ubuntu: "
            "apt-get install libreoffice-writer-nogui) to test PDFs exported by LibreOffice"
        )
    with tempfile.TemporaryDirectory(prefix="factdesk-lo-") as folder:
        work = Path(folder)
        page = work / "article.html"
        page.write_text(
            '<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>تقرير</title></head>'
            "<body style=\"font-family: 'DejaVu Sans'\">"
            + "".join(f'<p dir="rtl">{escape(p)}</p>' for p in paragraphs)
            + "</body></html>",
            encoding="utf-8",
        )
        profile = (work / "profile").as_uri()
        done = subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--norestore",
                "--infilter=HTML (StarWriter)",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                str(work),
                str(page),
            ],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
            env={**os.environ, "SAL_USE_VCLPLUGIN": "svp"},
        )
        out = work / "article.pdf"
        if not out.exists():
            detail = (done.stderr or done.stdout).strip()[-300:]
            raise WriterMissing(
                f"LibreOffice could not export a PDF (exit {done.returncode}: {detail}); "
                "it needs the Writer module (apt-get install libreoffice-writer-nogui)"
            )
        return out.read_bytes()


def _wrap(words: list[str], fits: Callable[[str], bool]) -> list[str]:
    lines: list[str] = []
    for word in words:
        if lines and fits(f"{lines[-1]} {word}"):
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def reportlab_pdf(paragraphs: Sequence[str]) -> bytes:
    """ReportLab drawing lines shaped by arabic-reshaper and reordered by python-bidi (visual order)."""
    import io

    import arabic_reshaper
    from bidi import get_display
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("ArabicTest", str(arabic_font())))
    # Keep the marks, and only the lam-alef ligatures: DejaVu Sans has no glyph for «ﷲ» and the like,
    # which ReportLab would draw as a blank box with no text behind it.
    from arabic_reshaper.ligatures import LIGATURES

    reshaper = arabic_reshaper.ArabicReshaper(
        configuration={
            "delete_harakat": False,
            **{name: False for name, _forms in LIGATURES if "LAM WITH ALEF" not in name},
        }
    )
    size, width, left, top, bottom = 12, 450.0, 72.0, 770.0, 60.0
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842))
    pdf.setTitle("تقرير")
    y = top
    for paragraph in paragraphs:
        lines = _wrap(
            paragraph.split(),
            lambda line: pdfmetrics.stringWidth(reshaper.reshape(line), "ArabicTest", size) <= width,
        )
        for line in lines:
            if y < bottom:
                pdf.showPage()
                y = top
            pdf.setFont("ArabicTest", size)
            pdf.drawRightString(left + width, y, get_display(reshaper.reshape(line), base_dir="R"))
            y -= size * 1.5
        y -= size
    pdf.save()
    return buffer.getvalue()


def handmade_pdf(paragraphs: Sequence[str]) -> bytes:
    """``samples.make_pdf``: right-aligned lines in logical order, a gap between paragraphs."""
    pages: list[list[PdfLine]] = [[]]
    y = 760.0
    for paragraph in paragraphs:
        for line in _wrap(paragraph.split(), lambda line: len(line) <= 70):
            if y < 60:
                pages.append([])
                y = 760.0
            pages[-1].append(PdfLine(line, y=y, x=max(72.0, 540 - 6 * len(line)), rtl=True))
            y -= 16
        y -= 20
    return make_pdf(pages)


WRITERS: dict[str, Callable[[Sequence[str]], bytes]] = {
    "qt": qt_pdf,
    "libreoffice": libreoffice_pdf,
    "reportlab": reportlab_pdf,
    "handmade": handmade_pdf,
}


# --- comparing --------------------------------------------------------------------------------------

_ARABIC_LETTER = re.compile("^[\u0621-\u064a]$")
_NUMBER = re.compile(r"[0-9٠-٩]+(?:[/.:,][0-9٠-٩]+)*")
#: Punctuation that extractors may attach to a word or leave beside it: compared words are stripped of it.
_EDGE_PUNCTUATION = "«»\"'()[].,،؛:؟!-"


_MARK_RUN = re.compile("[\u064b-\u065f\u0670]{2,}")


def canonical_marks(text: str) -> str:
    """Stacked marks in canonical order (shadda and a vowel typed in either order are one text)."""
    return _MARK_RUN.sub(lambda run: "".join(sorted(run.group(), key=unicodedata.combining)), text)


def words(text: str) -> list[str]:
    """The words of ``text`` with punctuation at their edges taken off (and empty ones dropped), stacked
    marks in canonical order."""
    stripped = (word.strip(_EDGE_PUNCTUATION) for word in canonical_marks(text).split())
    return [word for word in stripped if word]


@dataclass(frozen=True)
class Comparison:
    """How the words read back from a PDF compare with the words written into it."""

    recall: float  #: share of the source's words found (as a multiset)
    in_order: float  #: share of the source's words found in the source's order (longest matching blocks)
    split_letters: int  #: Arabic letters standing alone in the result more often than in the source
    numbers_in_order: bool  #: the numbers (2017/5/31, 80, 120 …) come back whole and in the same order
    first_difference: str  #: where the two word sequences first part, for a failure message


def compare(source: str, result: str) -> Comparison:
    """Compare the words of ``source`` and ``result`` (whitespace and line joins do not count)."""
    expected, got = words(source), words(result)
    remaining: dict[str, int] = {}
    for word in got:
        remaining[word] = remaining.get(word, 0) + 1
    found = 0
    for word in expected:
        if remaining.get(word, 0) > 0:
            remaining[word] -= 1
            found += 1
    matcher = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    in_order = sum(block.size for block in matcher.get_matching_blocks())
    alone_source = sum(1 for word in expected if _ARABIC_LETTER.match(word))
    alone_result = sum(1 for word in got if _ARABIC_LETTER.match(word))
    difference = ""
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            difference = (
                f"source «{' '.join(expected[max(0, i1 - 3) : i2 + 3])}» "
                f"read as «{' '.join(got[max(0, j1 - 3) : j2 + 3])}»"
            )
            break
    return Comparison(
        recall=found / max(1, len(expected)),
        in_order=in_order / max(1, len(expected)),
        split_letters=max(0, alone_result - alone_source),
        numbers_in_order=_NUMBER.findall(source) == _NUMBER.findall(result),
        first_difference=difference,
    )
