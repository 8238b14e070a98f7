"""Documents that are small on disk but expand to absurd amounts of text are refused while they are read.

A 25 KB OpenDocument file repeating «1,000 spaces here» became a 456-million-character article after
106 s and 4.4 GB; a Word file can cite one long footnote a million times. The zip checks only see the
compressed and unpacked sizes, so the characters a document expands to are counted as it is read.
"""

from __future__ import annotations

import resource

import pytest
from samples import make_docx, make_odt, replace_in_zip

from factdesk.importers import load
from factdesk.importers.errors import TOO_LARGE, ImportRefused
from factdesk.importers.safety import MAX_DOCUMENT_CHARS


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def refused(data: bytes, name: str) -> ImportRefused:
    with pytest.raises(ImportRefused) as caught:
        load(data, name=name)
    return caught.value


def test_an_opendocument_space_bomb_is_refused_before_it_expands() -> None:
    # 300,000 marks of 1,000 spaces each: 300 million characters from a file of a few kilobytes
    data = make_odt("<text:p>بداية" + '<text:s text:c="1000"/>' * 300_000 + "نهاية</text:p>")
    assert len(data) < 100_000
    before = peak_rss_mb()
    error = refused(data, "bomb.odt")
    assert error.reason == TOO_LARGE
    assert "«bomb.odt»" in error.message and "expands to more than" in error.message
    # the refusal comes while reading: the 300 million characters are never held
    assert peak_rss_mb() - before < 200


def test_a_word_document_citing_one_long_footnote_a_million_times_is_refused() -> None:
    note = "هامش طويل " * 1000  # 10,000 characters, cited over and over
    reference = '<w:r><w:footnoteReference w:id="1"/></w:r>'
    body = "<w:p><w:r><w:t>نص</w:t></w:r>" + reference * 5_000 + "</w:p>"
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    data = replace_in_zip(make_docx(["x"], footnote=note), "word/document.xml", document.encode())
    error = refused(data, "notes.docx")
    assert error.reason == TOO_LARGE
    assert "«notes.docx»" in error.message


def test_a_long_but_real_document_is_still_imported_whole() -> None:
    # a book-length text: 200,000 words, well under the limit, comes in unchanged
    paragraph = "قالت وزارة الدفاع إن الضربات دمرت 36 سيارة و8 صهاريج. " * 20
    paragraphs = [paragraph.strip()] * 500
    assert len("\n".join(paragraphs)) < MAX_DOCUMENT_CHARS
    result = load(make_odt("".join(f"<text:p>{p}</text:p>" for p in paragraphs)), name="book.odt")
    assert result.raw_text.count("36 سيارة") == 20 * 500
