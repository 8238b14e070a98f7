"""TREC-style SGML text files: fields to metadata, tags out of the article, plain text left alone.

Every document here is made up for the tests.
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import shared

from factdesk.importers import load
from factdesk.importers.sgml import is_markup, iso_date, read_markup

TREC = """<DOC>
<DOCNO>AFP_ARB_20200317.0001</DOCNO>
<URL>https://example.org/news/2020/03/17/dam</URL>
<TITLE>افتتاح سد جديد على النهر</TITLE>
<TIME>2020-03-17T09:30:00+03:00</TIME>
<TEXT>
<P>
افتتح وزير الموارد المائية اليوم سدا جديدا
على النهر بطاقة تخزين تبلغ 40 مليون متر مكعب.
</P>
<P>
وقال الوزير إن السد سيروي 12 ألف هكتار.
</P>
</TEXT>
</DOC>
"""


def bytes_of(text: str, encoding: str = "utf-8") -> bytes:
    return text.encode(encoding)


def test_a_trec_document_gives_its_fields_and_only_the_article_words() -> None:
    result = load(bytes_of(TREC), name="afp.txt")
    assert result.format == "text"
    assert result.title == "افتتاح سد جديد على النهر"
    assert result.published == "2020-03-17"
    assert result.url == "https://example.org/news/2020/03/17/dam"
    # One line per <P>: the file's wrapping inside a paragraph is joined with a space.
    assert result.text == (
        "افتتح وزير الموارد المائية اليوم سدا جديدا على النهر بطاقة تخزين تبلغ 40 مليون متر مكعب.\n"
        "وقال الوزير إن السد سيروي 12 ألف هكتار."
    )
    assert "<" not in result.raw_text and "AFP_ARB" not in result.raw_text
    assert result.warnings == ()


def test_a_cp1256_trec_file_is_decoded_then_read() -> None:
    result = load(bytes_of(TREC, "cp1256"), name="afp.txt")
    assert result.encoding == "cp1256"
    assert (result.title, result.published) == ("افتتاح سد جديد على النهر", "2020-03-17")
    assert result.text.startswith("افتتح وزير الموارد المائية")
    assert "<" not in result.text


def test_lower_case_tags_headline_dateline_and_an_arabic_date() -> None:
    text = """<doc>
<docno>X-1</docno>
<headline>ارتفاع أسعار <b>الذهب</b></headline>
<date>الأربعاء، 07 أكتوبر 2020</date>
<dateline>القاهرة - وكالات</dateline>
<text>
<p>ارتفعت أسعار الذهب في التعاملات المبكرة.</p>
<p>وقال متعاملون إن الطلب قوي.</p>
</text>
</doc>"""
    result = load(bytes_of(text), name="gold.txt")
    assert (result.title, result.published) == ("ارتفاع أسعار الذهب", "2020-10-07")
    assert (result.place, result.author) == ("القاهرة", "وكالات")
    assert result.text == "ارتفعت أسعار الذهب في التعاملات المبكرة.\nوقال متعاملون إن الطلب قوي."


def test_a_gigaword_document_dates_itself_by_its_id() -> None:
    text = """<DOC id="AFP_ARB_20000101.0007" type="story" >
<HEADLINE>
ارتفاع أسعار النفط
</HEADLINE>
<DATELINE>
القاهرة 1-1 (اف ب) -
</DATELINE>
<TEXT>
<P>
ارتفعت أسعار النفط في بداية العام.
</P>
</TEXT>
</DOC>
"""
    result = load(bytes_of(text), name="afp_arb_200001.txt")
    assert (result.title, result.published) == ("ارتفاع أسعار النفط", "2000-01-01")
    assert (result.place, result.author) == ("القاهرة", "اف ب")  # Gigaword's «place day-month (agency) -»
    assert result.text == "ارتفعت أسعار النفط في بداية العام."
    unknown = load(bytes_of(text.replace("القاهرة 1-1 (اف ب)", "قرية منسية 1-1 (مصدر)")), name="x.txt")
    # A dateline field that is neither a known dateline nor a date is kept as the first line.
    assert (unknown.place, unknown.author) == ("", "")
    assert unknown.text == "قرية منسية 1-1 (مصدر) -\nارتفعت أسعار النفط في بداية العام."


def test_a_dateline_field_that_cannot_be_read_stays_in_the_text_and_is_proposed() -> None:
    text = "<DOC><DATELINE>قرية الوادي - كاتب مجهول</DATELINE><TEXT><P>نص الخبر.</P></TEXT></DOC>"
    result = load(bytes_of(text), name="x.txt")
    assert (result.place, result.author) == ("", "")
    assert result.text == "قرية الوادي - كاتب مجهول\nنص الخبر."
    assert [p.line for p in result.proposals] == ["قرية الوادي - كاتب مجهول"]


def test_several_documents_give_the_first_and_say_how_many_more() -> None:
    second = TREC.replace("AFP_ARB_20200317.0001", "AFP_ARB_20200317.0002").replace("سد", "جسر")
    result = load(bytes_of("<DOCS>\n" + TREC + second + second + "</DOCS>\n"), name="many.txt")
    assert result.title == "افتتاح سد جديد على النهر"
    (warning,) = result.warnings
    assert "3 documents" in warning and "AFP_ARB_20200317.0001" in warning and "2 more" in warning


def test_wikiextractor_attributes_give_title_and_url() -> None:
    text = '<doc id="42" url="https://ar.wikipedia.org/wiki?curid=42" title="نهر النيل">\nنهر النيل\n\nأطول أنهار أفريقيا.\n</doc>\n'
    result = load(bytes_of(text), name="wiki_00.txt")
    assert result.url == "https://ar.wikipedia.org/wiki?curid=42"
    assert result.title == "نهر النيل"
    assert result.text == "أطول أنهار أفريقيا."  # the repeated title line is the title, listed as removed
    assert result.removed_head == ("نهر النيل",)


def test_without_paragraph_tags_the_lines_stay_as_they_are() -> None:
    text = "<DOC>\n<TEXT>\nالسطر الأول.\n\nالسطر الثاني\nيكمل هنا.\n</TEXT>\n</DOC>"
    assert read_markup(text).text == "السطر الأول.\n\nالسطر الثاني\nيكمل هنا."


def test_a_document_without_a_text_field_keeps_all_but_its_metadata() -> None:
    text = "<DOC><DOCNO>A1</DOCNO><TITLE>العنوان</TITLE><P>الفقرة الأولى.</P><P>الفقرة الثانية.</P></DOC>"
    doc = read_markup(text)
    assert (doc.title, doc.text) == ("العنوان", "الفقرة الأولى.\nالفقرة الثانية.")


def test_character_references_are_read_and_said() -> None:
    doc = read_markup("<DOC><TEXT><P>شركة س &amp; ص &#1604;&#1604;تجارة</P></TEXT></DOC>")
    assert doc.text == "شركة س & ص للتجارة"
    assert any("character references" in warning for warning in doc.warnings)


def test_an_unreadable_date_is_said_and_not_taken() -> None:
    doc = read_markup("<DOC><DATE>قريبا</DATE><TEXT>نص.</TEXT></DOC>")
    assert doc.published == ""
    assert any("قريبا" in warning for warning in doc.warnings)


def test_a_declaration_and_a_wrapping_tag_before_the_first_doc() -> None:
    text = (
        '\ufeff<?xml version="1.0" encoding="utf-8"?>\n<!-- corpus -->\n<collection>\n'
        + TREC
        + "</collection>"
    )
    assert is_markup(text)
    assert read_markup(text).title == "افتتاح سد جديد على النهر"


@pytest.mark.parametrize(
    "text",
    [
        "قال المتحدث إن النسبة < 5 في المئة، وإن العدد > 3.",
        "شرح المقال وسم <DOC> في ملفات TREC.\n<DOC> يبدأ كل وثيقة و</DOC> ينهيها.",
        "<b>تنبيه</b> هذا نص عادي يبدأ بوسم.\nوليس ملف وثائق.",
        "<DOC>\nملف مقطوع لا ينتهي بوسم الإغلاق.",
    ],
)
def test_plain_text_holding_angle_brackets_is_not_markup(text: str) -> None:
    assert not is_markup(text)
    result = load(bytes_of(text), name="plain.txt")
    assert result.raw_text == text


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2020-03-17", "2020-03-17"),
        ("2020-03-17T09:30:00+03:00", "2020-03-17"),
        ("2020/3/7", "2020-03-07"),
        ("17/03/2020 10:30", "2020-03-17"),  # day first, as in the Arab world
        ("20200317", "2020-03-17"),
        ("200317", "2020-03-17"),  # TREC's YYMMDD
        ("Tue, 17 Mar 2020 09:30:00 GMT", "2020-03-17"),
        ("17 March 2020", "2020-03-17"),
        ("March 17, 2020", "2020-03-17"),
        ("17 مارس 2020", "2020-03-17"),
        ("17 آذار 2020", "2020-03-17"),
        ("17 مايو/أيار 2020", "2020-05-17"),
        ("٢٠٢٠-٠٣-١٧", "2020-03-17"),
        ("31/02/2020", ""),  # no such day
        ("5 أبناء 2020", ""),  # «أب» (August) inside a word is not a month
        ("قريبا", ""),
    ],
)
def test_dates_in_common_forms(value: str, iso: str) -> None:
    assert iso_date(value) == iso


@functools.cache
def corpus_paragraphs() -> tuple[str, ...]:
    """Paragraphs of the shared corpus's articles (read at run time, never copied here)."""
    paragraphs = []
    for path in sorted(shared("corpus", "articles").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            line = " ".join(line.split())
            if line and "<" not in line and "&" not in line:
                paragraphs.append(line)
    assert len(paragraphs) > 50, "the shared corpus should give many paragraphs"
    return tuple(paragraphs)


@settings(max_examples=60, deadline=None)
@given(data=st.data(), upper=st.booleans(), wrap=st.integers(min_value=20, max_value=200))
def test_the_article_words_come_back_exactly_from_any_markup(
    data: st.DataObject, upper: bool, wrap: int
) -> None:
    """Real paragraphs wrapped in TREC markup (tags in either case, paragraphs hard-wrapped at any width)
    come back word for word, one line per paragraph: the reader takes out tags and nothing else."""
    paragraphs = data.draw(st.lists(st.sampled_from(corpus_paragraphs()), min_size=1, max_size=6))
    title = data.draw(st.sampled_from(corpus_paragraphs()))[:80].strip()

    def tag(name: str) -> str:
        return name.upper() if upper else name

    def wrapped(paragraph: str) -> str:
        words, lines, line = paragraph.split(" "), [], ""
        for word in words:
            if line and len(line) + len(word) > wrap:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        return "\n".join([*lines, line])

    body = "\n".join(f"<{tag('p')}>\n{wrapped(p)}\n</{tag('p')}>" for p in paragraphs)
    text = (
        f"<{tag('doc')}>\n<{tag('docno')}>D1</{tag('docno')}>\n<{tag('title')}>{title}</{tag('title')}>\n"
        f"<{tag('text')}>\n{body}\n</{tag('text')}>\n</{tag('doc')}>\n"
    )
    assert is_markup(text)
    doc = read_markup(text)
    assert doc.text == "\n".join(paragraphs)
    assert doc.title == " ".join(title.split())
