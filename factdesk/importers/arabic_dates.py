"""Dates written in Arabic words: «الأربعاء، 07 أكتوبر 2020», «7 تشرين الأول 2020», «15 مايو/أيار 2017».

Arabic news names the months three ways, by region, and often two at once:

- Egypt, the Gulf, Sudan (and Morocco, with its own spellings): the Latin names, «يناير … ديسمبر»
  (Morocco: «ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر»);
- the Levant and Iraq: the Syriac names, «كانون الثاني، شباط، آذار … كانون الأول»;
- Tunisia and Algeria: the French names, «جانفي، فيفري، مارس، أفريل، ماي، جوان، جويلية، أوت …».

A site may write both names of a month («مايو/أيار», «آذار (مارس)»); the two must then agree. Digits
may be ASCII or Arabic-Indic («٧ أكتوبر ٢٠٢٠», U+0660-U+0669, and the Persian U+06F0-U+06F9).

dateparser (installed with htmldate) was measured first: it reads the Egyptian names only, and none of
the Levantine or Maghreb ones, so the month tables are here. Only whole dates are found (day, month and
year): «أكتوبر 2020» or a bare year is not a date and nothing is invented from it. Hijri dates are left
alone. Nothing here knows about web pages or Qt: other parts of FactDesk read dates in article text.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Final

from factdesk.nlp.months import MONTHS

__all__ = ["FoundDate", "MONTHS", "find_dates", "parse_date", "ascii_digits"]

_DIGITS: Final = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
#: Diacritics (harakat, superscript alef) and tatweel: dropped before matching.
_MARKS: Final = re.compile("[\u0640\u064b-\u065f\u0670]")
_LETTERS: Final = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})


def _name_pattern(name: str) -> str:
    return r"\s+".join(re.escape(word) for word in name.split())


_MONTH: Final = "(?:" + "|".join(_name_pattern(n) for n in sorted(MONTHS, key=len, reverse=True)) + ")"
#: One month name, or two for the same month: «مايو/أيار», «آذار (مارس)», «أيار - مايو», «مايو أيار».
_MONTHS: Final = (
    rf"(?<!\w)(?P<m1>{_MONTH})(?!\w)"
    rf"(?:\s*(?:[/\\|(\-\u2013\u2014،,]\s*)?(?<!\w)(?P<m2>{_MONTH})(?!\w)\s*\)?)?"
)
_DAY: Final = r"(?<!\d)(?P<d>0?[1-9]|[12]\d|3[01])(?!\d)"
_YEAR: Final = r"(?<!\d)(?P<y>1[89]\d\d|2[01]\d\d)(?!\d)"
#: «7 أكتوبر 2020», «07 من شهر أكتوبر عام 2020», «7 أكتوبر، 2020م»
_DAY_MONTH_YEAR: Final = re.compile(
    rf"{_DAY}\s*(?:من\s+)?(?:شهر\s+)?{_MONTHS}\s*[،,]?\s*(?:(?:من\s+)?(?:عام|سنة|العام)\s+)?{_YEAR}"
)
#: «أكتوبر 7، 2020» (the English order, seen on translated sites)
_MONTH_DAY_YEAR: Final = re.compile(rf"{_MONTHS}\s*{_DAY}\s*[،,]\s*{_YEAR}")
#: 2020-10-07, 2020/10/07, 2020.10.07
_NUMERIC_YMD: Final = re.compile(
    r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\d/.])"
)
#: 07/10/2020, 07-10-2020, 07.10.2020: day first, as the Arab world writes it
_NUMERIC_DMY: Final = re.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})([-/.])(?P<b>\d{1,2})\2(?P<y>(?:19|20)\d\d)(?![\d/.-]?\d)"
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in a text: the date, and where it stands (code-point offsets into the text given)."""

    date: datetime.date
    start: int
    end: int
    text: str


def ascii_digits(text: str) -> str:
    """The text with Arabic-Indic and Persian digits written as ASCII digits (same length)."""
    return text.translate(_DIGITS)


def _normalise(text: str) -> tuple[str, list[int]]:
    """The text for matching, and for each of its characters the offset it came from.

    ASCII digits, one alef, ي for ى; diacritics and tatweel dropped («أكـتوبر» is «اكتوبر»).
    """
    out: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        if _MARKS.match(char):
            continue
        out.append(char.translate(_DIGITS).translate(_LETTERS))
        where.append(index)
    return "".join(out), where


def _month(name: str | None) -> int | None:
    return None if name is None else MONTHS.get(" ".join(name.split()))


def _valid(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, *, numeric: bool = False) -> list[FoundDate]:
    """Every whole date written in ``text``, in order: day, month name and year («7 تشرين الأول 2020»).

    With ``numeric``, dates in figures count too: year first (2020-10-07, 2020/10/07), or day first as
    the Arab world writes them (07/10/2020; 10/17/2020 is read month first, since 17 is no month).
    A month written twice with names that disagree («مايو/حزيران»), or a day the month does not have,
    gives no date. Offsets are into ``text`` as given.
    """
    normal, where = _normalise(text)
    found: list[tuple[int, int, datetime.date]] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], date: datetime.date | None) -> None:
        start, end = match.span()
        if date is None or any(start < b and a < end for a, b in taken):
            return
        taken.append((start, end))
        found.append((start, end, date))

    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        for match in pattern.finditer(normal):
            month, other = _month(match["m1"]), _month(match["m2"])
            if month is None or (other is not None and other != month):
                continue
            add(match, _valid(int(match["y"]), month, int(match["d"])))
    if numeric:
        for match in _NUMERIC_YMD.finditer(normal):
            add(match, _valid(int(match["y"]), int(match["m"]), int(match["d"])))
        for match in _NUMERIC_DMY.finditer(normal):
            first, second = int(match["a"]), int(match["b"])
            day, month = (second, first) if first <= 12 < second else (first, second)
            add(match, _valid(int(match["y"]), month, day))
    found.sort()
    results = []
    for start, end, date in found:
        begin, stop = where[start], where[end - 1] + 1
        results.append(FoundDate(date, begin, stop, text[begin:stop]))
    return results


def parse_date(text: str, *, numeric: bool = True) -> datetime.date | None:
    """The first whole date written in ``text`` (see :func:`find_dates`), or None."""
    dates = find_dates(text, numeric=numeric)
    return dates[0].date if dates else None
