"""The printable report as PDF: its text, extracted by pdftotext (poppler-utils), gives back the claims'
Arabic words exactly (hamza forms, lam-alef, taa marbuta), their rationale, outlets and dates; it is
set in the shipped fonts only; it is laid out in parts that join into the same pages as one pass,
numbered and outlined once; Arabic is laid out right to left."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from printed import FALSE_CLAIM, RATIONALE, TRUE_CLAIM, build
from reports import COLOURS, correction, report

from factdesk.app import printable
from factdesk.app.exports import ReportFilter
from factdesk.app.progress import Cancelled
from factdesk.core.dashboard import Dashboard
from factdesk.exporters import printable as pages

#: Words a claim is made of, each with a hamza form, a lam-alef, a taa marbuta or an alef maqsura;
#: DejaVu Sans (the fallback before the report shipped its font) gave «ال» for «لا», «ألن» for «لأن»,
#: «اإلسالم» for «الإسلام»; Amiri gave «تصر يحات».
WORDS = (
    "أيار إسرائيل آثار مؤتمر مسؤولية سائل رئيس هيئة شيء ضوء لا لأن لإعلان لآخر الإسلام للإحصاء "
    "الأمم المتحدة وزارة الصحة مدرسة جديدة مستشفى إلى تصريحات الشهرية بريطانيا الرياض سورية"
)
SENTENCES = (
    "أعلنت وزارة الصحة في أيار أن المستشفى لا يستقبل المرضى",
    "قال رئيس الهيئة إن مؤتمر الأمم المتحدة لن يعقد لأن الوفود لم تصل",
    "نشرت الوكالة تصريحات مسؤول في إسرائيل عن آثار الحرب على سورية",
)
#: A claim written with harakat: every letter and mark comes back, but not in its place: the marks
#: are drawn raised (PDF text rise) and pdftotext -layout sets them, and the words around them, on
#: lines of their own (a limit of pdftotext's line finding, with any of the fonts tried).
VOCALISED = "قرّر المجلسُ تأجيلَ الانتخاباتِ"

#: The direction marks pdftotext puts around runs; not part of anyone's text.
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))


def pdf_text(path: Path, *args: str) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: install poppler-utils (apt-get install poppler-utils)")
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def lines(path: Path) -> list[str]:
    """The PDF's lines as pdftotext -layout reads them, direction marks dropped, spaces single."""
    text = pdf_text(path, "-layout").translate(_BIDI)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def heading() -> pages.Heading:
    return pages.Heading(project="تجربة", organisation="مرصد", generated="2026-12-01 09:00 UTC")


def write(path: Path, claims: list, per_part: int, history: dict | None = None) -> int:
    dash = Dashboard(claims=len(claims), verdicts=(), outlets=(), months=())
    parts = pages.pdf_parts(claims, history or {}, dash, heading(), colours=COLOURS, claims_per_part=per_part)
    return pages.write_pdf(parts, path)


def test_arabic_words_come_back_exactly_hamza_and_lam_alef_included(tmp_path: Path) -> None:
    claims = [
        report(claim_id=f"c{i}", text=text, rationale=text, reviewer="هيئة التحرير")
        for i, text in enumerate((WORDS, *SENTENCES, VOCALISED))
    ]
    out = tmp_path / "r.pdf"
    write(out, claims, per_part=2)
    found = lines(out)
    for text in SENTENCES:  # the heading and the rationale: each a line of its own, word for word
        assert found.count(text) == 2, (text, found)
    assert "المراجع :هيئة التحرير" in found[found.index(SENTENCES[0]) + 1]
    words = [w for line in found for w in line.split()]
    missing = [w for w in WORDS.split() if words.count(w) < 2]
    assert missing == [], missing
    # with harakat: nothing lost (each letter and mark at least as often as in the heading and the
    # rationale), though the marks do not come back in their places
    arabic = Counter(c for c in "".join(found) if "\u0621" <= c <= "\u0670")
    assert Counter(c for c in VOCALISED * 2 if not c.isspace()) - arabic == Counter()


def test_the_pdf_uses_only_the_fonts_it_ships(tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "r.pdf"
    write(out, [report(text=WORDS, rationale="English rationale — with (brackets) · and 7.2%")], per_part=5)
    fonts = set()
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+", 1)[1])
    assert fonts and all(f.startswith(("Noto-Naskh-Arabic", "Noto-Sans")) for f in fonts), fonts
    for name in ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf", "OFL.txt"):
        assert (Path(pages.__file__).parents[2] / "resources" / "fonts" / name).is_file()


def _outline(path: Path) -> list:
    from pypdf import PdfReader

    reader = PdfReader(path)

    def walk(items: list) -> list:
        return [
            walk(i) if isinstance(i, list) else (i.title, reader.get_destination_page_number(i))
            for i in items
        ]

    return walk(reader.outline)


def test_parts_join_into_the_pages_of_one_pass(tmp_path: Path) -> None:
    """Laid out three claims at a time or all at once: the same pages, text, numbering and outline."""
    claims = [
        report(claim_id=f"c{i}", text=f"{SENTENCES[i % 3]} {i}", rationale=RATIONALE * (1 + i % 7))
        for i in range(8)
    ]
    history = {"c1": [correction(claim_id="c1")]}
    one, parts = tmp_path / "one.pdf", tmp_path / "parts.pdf"
    assert write(one, claims, per_part=100, history=history) == write(
        parts, claims, per_part=3, history=history
    )
    # A bracket's mirrored glyph stands for «(» in right-to-left text and for «)» in left-to-right
    # text; WeasyPrint maps a glyph to the text it first drew it for, so each document's map may
    # name either: brackets are compared as brackets.
    brackets = str.maketrans("()", "<<")
    assert pdf_text(one, "-layout").translate(brackets) == pdf_text(parts, "-layout").translate(brackets)
    found = lines(parts)
    total = sum(1 for line in found if line.startswith("صفحة "))
    assert total == 1 + 8  # the first page, then each claim on a page of its own (none is long)
    # pdftotext reads «صفحة 3 من 9» with the number's own run closed before «من»
    assert [line for line in found if line.startswith("صفحة ")] == [
        f"صفحة {n}من {total}" for n in range(1, total + 1)
    ]
    outline = _outline(parts)
    assert outline == _outline(one)
    assert outline[2][0] == "الادعاءات" and [title for title, _ in outline[3]] == [c.text for c in claims]
    assert [page for _, page in outline[3]] == list(range(1, 9))


def test_pdf_report_text_holds_the_claims(tmp_path: Path) -> None:
    built = build(tmp_path / "p.factdesk")
    out = tmp_path / "report.pdf"
    assert printable.export_report(built.path, out) == 3
    assert out.read_bytes().startswith(b"%PDF")
    found = lines(out)
    text = "\n".join(found)
    for expected in (
        "التضخم تراجع إلى",
        "مدرسة جديدة في أسوان",
        "نشرة الجهاز المركزي للإحصاء تقول إن التضخم بلغ",
        "الجزيرة",
        "تصريحات الوزير",
        "نشرة الأسعار الشهرية",
    ):
        assert expected in text, expected
    assert "2024-03-01" in text and "7.2%" in text  # dates and figures read in their order
    # the link may be broken across lines (it wraps anywhere rather than overflow the page)
    unwrapped = "".join(c for c in text if not c.isspace())
    assert "https://capmas.example/cpi-2024-02" in unwrapped


def test_pdf_of_a_filtered_report_leaves_the_other_claims_out(tmp_path: Path) -> None:
    built = build(tmp_path / "p.factdesk")
    out = tmp_path / "report.pdf"
    assert printable.export_report(built.path, out, only=ReportFilter(verdicts=["true"])) == 1
    text = "\n".join(lines(out))
    assert "مدرسة جديدة في أسوان" in text and "التضخم تراجع إلى" not in text
    assert TRUE_CLAIM != FALSE_CLAIM


def test_pdf_progress_counts_claims_laid_out_and_a_cancel_between_parts_leaves_nothing(
    tmp_path: Path,
) -> None:
    built = build(tmp_path / "p.factdesk")
    seen: list[tuple[int, int]] = []
    out = tmp_path / "report.pdf"
    printable.export_report(built.path, out, claims_per_part=1, progress=lambda d, t, _: seen.append((d, t)))
    gathered = seen.index((3, 3))  # the claims gathered, then the claims laid out
    # the first pages, a claim a part, then the footers
    assert seen[gathered + 1 :] == [(0, 3), (0, 3), (1, 3), (2, 3), (3, 3), (3, 3)]

    asked = 0

    def cancel_after_the_first_pages() -> bool:
        nonlocal asked
        asked += 1
        return (3, 3) in seen and seen[-1] == (1, 3)  # the first claim laid out

    seen.clear()
    other = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        printable.export_report(
            built.path,
            other,
            claims_per_part=1,
            progress=lambda d, t, _: seen.append((d, t)),
            cancelled=cancel_after_the_first_pages,
        )
    assert seen[-1] == (1, 3) and asked > 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".cancelled", "cancelled"))) == []


def test_arabic_in_the_pdf_is_right_aligned_and_shaped(tmp_path: Path) -> None:
    """The claim's first word sits at the right margin and the next ones follow leftwards."""
    built = build(tmp_path / "p.factdesk")
    out = tmp_path / "report.pdf"
    printable.export_report(built.path, out, only=ReportFilter(verdicts=["true"]))
    bbox = pdf_text(out, "-bbox")
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
