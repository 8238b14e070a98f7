"""Leaked page code (CSS, JavaScript) is found where a site left it, and Arabic prose never is."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import SHARED, shared

from factdesk.importers import load
from factdesk.importers.leaks import find_leaked_code

PROSE = "قالت الوزارة في بيان إن المساعدات وصلت إلى 120 ألف أسرة خلال الأسبوع الماضي."


def _corpus() -> list[Path]:
    shared("corpus")
    files = sorted(
        p
        for folder in ("corpus", "seeds")
        for p in (SHARED / folder).rglob("*")
        if p.is_file() and p.suffix in (".txt", ".html")
    )
    assert len(files) > 25, "the shared corpus is all there"
    return files


def test_in_the_whole_corpus_only_the_article_with_a_poll_widget_has_leaked_code() -> None:
    flagged = {}
    for path in _corpus():
        found = find_leaked_code(load(str(path), name="").text)
        if found:
            flagged[path.name] = found
    assert list(flagged) == ["snn_026.txt"]
    [leak] = flagged["snn_026.txt"]
    text = load(str(shared("corpus", "articles", "snn_026.txt")), name="").text
    code = text[leak.start : leak.end]
    # the whole widget, its stylesheet and its script, from the first rule to the script's last bracket
    assert code.startswith("#vote_area2 ul { padding: 0; margin: 0; }") and code.endswith("}); });")
    assert "jQuery('#vote_area2').html('انتظر لحظات…');" in code  # an Arabic string inside does not split it
    assert text[: leak.start].rstrip().endswith("ولا تستطيع إنكاره؟.")  # the prose before it is not taken
    assert leak.line == text.count("\n", 0, leak.start) + 1 and leak.excerpt.startswith("#vote_area2 ul {")


@pytest.mark.parametrize(
    "code",
    [
        ".box_vote{color:red}",
        "#main .title { font-size: 12px; margin: 0 }",
        "function(){ return 1; }",
        "function show(id) { hide(id); }",
        "var x = document.getElementById('a');",
        "let ads = [];",
        "document.write('<div>');",
        "@media screen and (max-width: 600px) { .a { display: none } }",
        "<!-- banner -->",
        "googletag.cmd.push(function() { googletag.display('div-1'); });",
        "jQuery(document).ready(function(){ init(); });",
        "$(document).ready(init);",
        '<script type="text/javascript">',
        "window.dataLayer = window.dataLayer || [];",
    ],
)
def test_css_and_javascript_inside_arabic_prose_are_found(code: str) -> None:
    text = f"{PROSE}\n{PROSE} {code} {PROSE}\n{PROSE}"
    [leak] = find_leaked_code(text)
    assert text[leak.start : leak.end] == code and leak.line == 2


@pytest.mark.parametrize(
    "prose",
    [
        "وقال المتحدث لشبكة BBC News إن الخبر (الذي نشرته CNN) غير دقيق.",
        "التفاصيل على الموقع https://www.example.com/news?id=5&x={a};y=(b) كما أعلنت الوزارة.",
        "راسلونا على info@example.org أو عبر الرقم (+966) 11-555-1234.",
        "المعادلة هي f(x) = 2x + 1; وهذا مثال من كتاب الرياضيات.",
        "ارتفع المؤشر 3.5% (أي 120 نقطة) إلى 10,250 نقطة.",
        "هاشتاغ #عاجل و @user كتب: «رائع» [1] {ملاحظة}",
        "لغات البرمجة مثل C++ و Java و Python: أيها أسهل؟",
        "#عاجل — وزارة الصحة: 30 إصابة جديدة.",
    ],
)
def test_arabic_prose_with_latin_words_addresses_or_symbols_is_not_code(prose: str) -> None:
    assert find_leaked_code(f"{PROSE}\n{prose}\n{PROSE}") == ()


def test_a_load_reports_leaked_code_in_the_text_it_imports() -> None:
    text = f"عنوان الخبر\n\n{PROSE}\n.ad{{display:none}}\n{PROSE}\n"
    result = load(text.encode("utf-8"), name="a.txt")
    [leak] = result.leaked_code
    assert result.text[leak.start : leak.end] == ".ad{display:none}" and leak.line == 2
    assert ".ad{display:none}" in result.text  # reported, not removed
