"""Whatever bytes arrive, every importer answers with a result or a refusal in words, nothing else.

Random bytes, and valid files of each format (made here) with bytes flipped, inserted and deleted:
libraries raise all kinds of exceptions on such input, and each importer must turn them into an
ImportRefused with a reason and a message.
"""

from __future__ import annotations

import email.mime.multipart
import email.mime.text
import functools
import io
import os
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from samples import PdfLine, make_docx, make_odt, make_pdf, replace_in_zip, visual

from factdesk.importers import ImportResult, load
from factdesk.importers.errors import REASONS, ImportRefused

ARABIC = "أعلنت وزارة الدفاع مقتل أكثر من 80 مسلحاً أثناء خروجهم من الرقة ليل 30 مايو."

FUZZ = settings(
    # 100 per importer keeps the suite fast; FACTDESK_FUZZ_EXAMPLES=5000 for a long hunt.
    max_examples=int(os.environ.get("FACTDESK_FUZZ_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@functools.cache
def valid(fmt: str) -> bytes:
    """One small, valid file of each format."""
    if fmt == "docx":
        return make_docx(
            [ARABIC, "وقالت الوزارة إن الضربات وُجهت إلى الأهداف."], title="عنوان", footnote="بيان"
        )
    if fmt == "odt":
        return make_odt(f"<text:h>عنوان</text:h><text:p>{ARABIC}</text:p>")
    if fmt == "pdf":
        return make_pdf(
            [[PdfLine(visual(ARABIC), y=700), PdfLine("2017", y=680)]], title="عنوان", compress=False
        )
    if fmt == "html":
        return (
            '<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>عنوان</title>'
            '<meta property="article:published_time" content="2017-06-01"></head><body><nav>الرئيسية</nav>'
            f"<article><h1>عنوان</h1><p>{ARABIC}</p><p>&laquo;نص&raquo; &#1575;</p></article></body></html>"
        ).encode()
    if fmt == "mhtml":
        message = email.mime.multipart.MIMEMultipart("related")
        message.attach(email.mime.text.MIMEText(valid("html").decode("utf-8"), "html", "utf-8"))
        return message.as_bytes()
    return f"عنوان\n\n{ARABIC}\nأرسل تعليقك\n".encode("cp1256")


def answers(data: bytes, name: str) -> None:
    try:
        result = load(data, name=name)
    except ImportRefused as error:
        assert error.reason in REASONS
        assert str(error).strip()
    else:
        assert isinstance(result, ImportResult)
        assert result.text.strip()
        assert "\r" not in result.text


def mutate(data: bytes, edits: list[tuple[int, int, int]]) -> bytes:
    out = bytearray(data)
    for kind, position, value in edits:
        if not out:
            break
        at = position % len(out)
        if kind == 0:
            out[at] ^= 1 << (value % 8)
        elif kind == 1:
            out[at:at] = bytes([value])
        else:
            del out[at : at + 1 + value % 16]
    return bytes(out)


EDITS = st.lists(
    st.tuples(st.integers(0, 2), st.integers(0, 2**31), st.integers(0, 255)), min_size=1, max_size=8
)
NAMES = {
    "text": "a.txt",
    "html": "a.html",
    "mhtml": "a.mhtml",
    "docx": "a.docx",
    "odt": "a.odt",
    "pdf": "a.pdf",
}


def test_the_valid_files_are_valid() -> None:
    for fmt, name in NAMES.items():
        assert load(valid(fmt), name=name).format == fmt


@FUZZ
@given(data=st.binary(max_size=3000), name=st.sampled_from(sorted(NAMES.values()) + ["noext", ""]))
def test_random_bytes(data: bytes, name: str) -> None:
    answers(data, name)


@FUZZ
@given(edits=EDITS)
def test_mutated_word_documents(edits: list[tuple[int, int, int]]) -> None:
    answers(mutate(valid("docx"), edits), "a.docx")


@FUZZ
@given(edits=EDITS)
def test_mutated_opendocument_texts(edits: list[tuple[int, int, int]]) -> None:
    answers(mutate(valid("odt"), edits), "a.odt")


@FUZZ
@given(edits=EDITS)
def test_mutated_pdfs(edits: list[tuple[int, int, int]]) -> None:
    answers(mutate(valid("pdf"), edits), "a.pdf")


@FUZZ
@given(edits=EDITS)
def test_mutated_web_pages(edits: list[tuple[int, int, int]]) -> None:
    answers(mutate(valid("html"), edits), "a.html")


@FUZZ
@given(edits=EDITS)
def test_mutated_web_archives(edits: list[tuple[int, int, int]]) -> None:
    answers(mutate(valid("mhtml"), edits), "a.mhtml")


@FUZZ
@given(edits=EDITS)
def test_mutated_legacy_texts(edits: list[tuple[int, int, int]]) -> None:
    answers(mutate(valid("text"), edits), "a.txt")


@FUZZ
@given(
    prefix=st.sampled_from(
        [b"%PDF-1.7\n", b"PK\x03\x04", b"<html>", b"MIME-Version: 1.0\n", b"\xef\xbb\xbf"]
    ),
    rest=st.binary(max_size=2000),
)
def test_random_bytes_behind_each_signature(prefix: bytes, rest: bytes) -> None:
    answers(prefix + rest, "file")


@FUZZ
@given(edits=EDITS)
def test_word_documents_with_mutated_xml(edits: list[tuple[int, int, int]]) -> None:
    # The archive stays valid, so python-docx and the XML parsers get the broken markup.
    archive = valid("docx")
    with zipfile.ZipFile(io.BytesIO(archive)) as source:
        xml = source.read("word/document.xml")
    answers(replace_in_zip(archive, "word/document.xml", mutate(xml, edits)), "a.docx")


@FUZZ
@given(edits=EDITS)
def test_opendocument_texts_with_mutated_xml(edits: list[tuple[int, int, int]]) -> None:
    archive = valid("odt")
    with zipfile.ZipFile(io.BytesIO(archive)) as source:
        xml = source.read("content.xml")
    answers(replace_in_zip(archive, "content.xml", mutate(xml, edits)), "a.odt")


def test_a_charset_name_with_a_nul_is_no_charset() -> None:
    # Found by the fuzzing above: a web archive whose page part declared «utf-8\0» as its charset.
    archive = valid("mhtml").replace(b'text/html; charset="utf-8"', b'text/html; charset="utf-8\x00"', 1)
    assert b"utf-8\x00" in archive
    assert load(archive, name="a.mhtml").format == "mhtml"
    with pytest.raises(ImportRefused) as caught:
        load(valid("text"), name="a.txt", encoding="cp1256\x00")
    assert caught.value.reason == "unknown-encoding"
