"""The self-check of an installed FactDesk (``factdesk --smoke``), its Qt-free half.

A packaged FactDesk (a wheel in a fresh venv, the PyInstaller folder, the Debian package) can miss a
data file or a library that a source checkout has: this builds the demo project from the shipped
seeds, imports a saved web page through the same workflow as File → Import (trafilatura, htmldate,
lxml and charset-normalizer with their own data files), and opens the libraries that read Word
documents and PDFs (python-docx's default template, PDFium's native library). The window's half
(:func:`factdesk.ui.app.smoke`) then opens the project and checks what it shows.

Every step runs in a temporary folder given by the caller; nothing of the user's is read or written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from factdesk.app.demo import build_demo
from factdesk.app.imports import IMPORTED, import_files
from factdesk.store.project import Project

#: A small saved page written for this check (not a real article): an Arabic title, a date and
#: enough paragraphs for trafilatura to take it for an article.
SAMPLE_PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>فحص ذاتي لتطبيق فاكت ديسك</title>
<meta property="article:published_time" content="2024-03-05T09:30:00+00:00">
</head>
<body>
<header><nav><a href="/">الرئيسية</a></nav></header>
<article>
<h1>فحص ذاتي لتطبيق فاكت ديسك</h1>
<p>هذه صفحة قصيرة كُتبت لفحص التطبيق بعد تثبيته، وليست خبرًا حقيقيًا. يقرأ التطبيق الصفحة المحفوظة
ويستخرج منها العنوان والتاريخ والنص كما يفعل مع أي صفحة يحفظها المدقق من موقع إخباري.</p>
<p>تقول الصفحة إن عدد المشاركين في التجربة بلغ 120 شخصًا في الخامس من مارس/آذار 2024، وهو رقم
لا معنى له خارج هذا الفحص، لكنه يكفي ليجد مساعد الادعاءات رقمًا وتاريخًا في النص.</p>
<p>إذا ظهرت هذه الفقرات في المشروع التجريبي فقد وصلت مكتبات الاستيراد وملفات بياناتها مع التطبيق،
ويمكن للمدقق أن يستورد صفحاته ومستنداته دون أن ينقصه شيء.</p>
</article>
<footer>جميع الحقوق محفوظة</footer>
</body>
</html>
"""


@dataclass(frozen=True)
class Prepared:
    """The project the window is to open, and what it must show."""

    project: Path
    articles: int  # articles in it: the demo's seeds and the imported page
    claims: int
    imported_title: str


def _check_libraries() -> list[str]:
    """Open the document libraries an import needs beyond the web page's; what each did."""
    import docx
    import pypdfium2

    done = []
    docx.Document()  # reads the default template shipped inside python-docx
    done.append("python-docx: default template read")
    pdf = pypdfium2.PdfDocument.new()  # loads PDFium's native library
    try:
        pdf.new_page(200, 200)
        done.append(f"PDFium: a new document has {len(pdf)} page")
    finally:
        pdf.close()
    return done


def prepare(folder: Path, say: Callable[[str], None] = lambda _line: None) -> Prepared:
    """Build the demo in ``folder``, import :data:`SAMPLE_PAGE` into it, open the document libraries.
    Raises on the first thing that fails; ``say`` hears a line for each step that worked."""
    path = folder / "demo.factdesk"
    say(f"demo: {build_demo(path)}")
    page = folder / "selfcheck.html"
    page.write_text(SAMPLE_PAGE, encoding="utf-8")
    project = Project.open(path)
    try:
        outcomes = import_files(project, [str(page)])
        [outcome] = outcomes
        if outcome.status != IMPORTED:
            raise RuntimeError(f"the sample page was not imported: {outcome.status} {outcome.message}")
        say(f"import: {outcome.title!r} imported from a saved web page")
        articles = len(project.rows("article"))
        claims = len(project.rows("claim"))
    finally:
        project.close()
    for line in _check_libraries():
        say(line)
    # the reports: spreadsheets (openpyxl), charts (matplotlib) and the printable PDF (WeasyPrint with
    # the shipped fonts, its parts joined by pypdf)
    from factdesk.app.exports import export_xlsx
    from factdesk.app.printable import export_report

    written = export_xlsx(path, folder / "selfcheck.xlsx")
    say(f"report: {written} claim(s) written as XLSX")
    pdf = folder / "selfcheck.pdf"
    export_report(path, pdf)
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise RuntimeError("the printable report is not a PDF")
    say(f"report: the printable PDF with its charts ({pdf.stat().st_size // 1024} KB)")
    return Prepared(path, articles, claims, outcome.title)
