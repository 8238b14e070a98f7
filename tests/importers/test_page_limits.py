"""A saved page under the size limit imports in seconds or is refused in words, never for minutes.

The extractor's cost grows faster than the page: 100,000 paragraphs (4 MB, far under the 50 MB
limit) took 43 s, and a page built for it would take many minutes. Article pages hold a few hundred
to a few thousand elements; past 5,000 the extractor skips its second opinions, past 60,000 the page
is refused.
"""

from __future__ import annotations

import pytest

from factdesk.importers import load
from factdesk.importers.errors import TOO_LARGE, ImportRefused
from factdesk.importers.webpage import FAST_EXTRACTION_ELEMENTS, MAX_PAGE_ELEMENTS


def page(paragraphs: int) -> bytes:
    body = "".join(
        f"<p>قال المتحدث إن الوفد وصل في المرة رقم {i} إلى المدينة.</p>" for i in range(paragraphs)
    )
    return (
        f"<html><head><title>تقرير طويل</title></head><body><article>{body}</article></body></html>".encode()
    )


def test_a_page_of_more_elements_than_any_article_page_is_refused_in_words() -> None:
    with pytest.raises(ImportRefused) as caught:
        load(page(MAX_PAGE_ELEMENTS), name="dump.html")
    assert caught.value.reason == TOO_LARGE
    assert "«dump.html»" in caught.value.message and "HTML elements" in caught.value.message


def test_a_long_page_past_the_fast_threshold_still_imports_every_paragraph() -> None:
    count = FAST_EXTRACTION_ELEMENTS + 1_000
    result = load(page(count), name="liveblog.html")
    for i in (0, count // 2, count - 1):
        assert f"في المرة رقم {i} إلى المدينة." in result.text
    assert result.text.count("\n") == count - 1
