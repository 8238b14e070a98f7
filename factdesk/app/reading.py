"""Reading an article for what can be checked: its figures, dates, attributions and the sentences
most worth checking, as both interfaces show them. The rules live in :mod:`factdesk.assist`; this
workflow gives them the article's text and the date it was published (relative dates such as «الشهر
الجاري» resolve against it)."""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factdesk.core import operations as ops

if TYPE_CHECKING:
    from factdesk.assist.attributions import Attribution
    from factdesk.assist.dates import DateMention
    from factdesk.assist.figures import Figure
    from factdesk.assist.suggest import Suggestion

_PUBLISHED = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def published_on(value: str) -> datetime.date | None:
    """The article's publication date as a date. A month alone («2017-05») stands for its last day,
    and a year alone for 31 December: an article known only to its month was written by its end, so
    «الـ25 من الشهر الجاري» and «يوم الخميس الماضي» resolve inside that month (with the lower
    confidence the rules give such dates)."""
    match = _PUBLISHED.fullmatch(value.strip())
    if not match:
        return None
    year, month_part, day_part = match.groups()
    month = int(month_part) if month_part else 12
    try:
        day = int(day_part) if day_part else calendar.monthrange(int(year), month)[1]
        return datetime.date(int(year), month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class ArticleReading:
    """What the rules found in one article (code-point offsets into its text)."""

    article_id: str
    text: str
    published: datetime.date | None
    figures: list[Figure] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    #: the sentences most worth checking, best first, with the reasons
    suggestions: list[Suggestion] = field(default_factory=list)


def read_article(reader: ops.Reader, article_id: str) -> ArticleReading:
    """Figures, dates, attributions and ranked sentences of ``article_id``; refused in plain words
    when there is no such article."""
    row = reader.get("article", article_id)
    if row is None:
        raise ops.OperationError("There is no such article in the project.")
    return read_text(article_id, str(row["text"]), published_on(str(row.get("published") or "")))


def read_text(article_id: str, text: str, published: datetime.date | None) -> ArticleReading:
    """The rules over one article's text, without the project (what :func:`read_article` runs, and
    what ``bench/assist_reading.py`` times)."""
    from factdesk.assist.attributions import find_attributions
    from factdesk.assist.dates import find_dates
    from factdesk.assist.figures import find_figures
    from factdesk.assist.suggest import rank_sentences

    figures, dates, said = find_figures(text), find_dates(text, published), find_attributions(text)
    ranked = rank_sentences(text, figures=figures, dates=dates, attributions=said)
    return ArticleReading(article_id, text, published, figures, dates, said, ranked)
