"""One rule for an article's metadata, applied by the operations whatever the way in."""

from __future__ import annotations

import pytest

from factdesk.core import metadata
from factdesk.core import operations as ops

TEXT = "نص المقال عن الرقة."


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2017-05-31", "2017-05-31"),
        ("2017/5/31", "2017-05-31"),
        ("2017.5.31", "2017-05-31"),
        ("٢٠١٧/٥/٣١", "2017-05-31"),
        ("2017\u20135", "2017-05"),
        ("\u200f2017 ", "2017"),
        ("", ""),
    ],
)
def test_dates_are_written_the_standard_way(typed: str, stored: str) -> None:
    assert metadata.normalise_date(typed) == stored


@pytest.mark.parametrize("typed", ["31/5/2017", "2017-13-01", "2017-02-30", "2017/05-31", "أمس", "0999"])
def test_what_is_not_a_date_is_not_read_as_one(typed: str) -> None:
    assert metadata.normalise_date(typed) is None


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        (" https://x.example/a?b=1 ", "https://x.example/a?b=1"),
        ("\u200ehttp://x.example", "http://x.example"),
        ("", ""),
        ("example.com", None),
        ("javascript:alert(1)", None),
        ("https://x.example/a b", None),
        ("https://", None),
        ("ftp://x.example", None),
    ],
)
def test_web_addresses_are_whole_http_addresses(typed: str, stored: str | None) -> None:
    assert metadata.normalise_url(typed) == stored


def test_the_operations_store_normalised_metadata_and_refuse_the_rest(project) -> None:
    op = ops.ImportArticle(TEXT, title=" عنوان\u202e ", outlet="\u200fالحياة\n لندن ", published="2017/5/31")
    project.run(op)
    row = project.get("article", op.id)
    assert (row["title"], row["outlet"], row["published"]) == ("عنوان", "الحياة لندن", "2017-05-31")
    with pytest.raises(ops.OperationError, match="not a date"):
        project.run(ops.EditArticle(op.id, {"published": "31/5/2017"}))
    with pytest.raises(ops.OperationError, match="not a web address"):
        project.run(ops.ImportArticle(TEXT + " ب", url="www.example.com"))
    project.run(ops.EditArticle(op.id, {"published": "2017.6.1", "url": "https://x.example"}))
    row = project.get("article", op.id)
    assert (row["published"], row["url"]) == ("2017-06-01", "https://x.example")
