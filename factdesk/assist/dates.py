"""Dates and times in article text, resolved to calendar dates where the text (and its publication date) allow.

A fact-checker pairs figures by their event, and the event is first of all its date: «ليل 30 مايو/أيار» and
«الـ25 من الشهر الجاري» are two nights, not one. This module finds every such expression with its code-point
offsets and says how sure the resolution is: a date written whole is certain (1.0); a day whose year or
month comes from the publication date, a weekday, or «الأسبوع الماضي» are guesses (lower); without a
publication date those stay unresolved (``date`` None, confidence 0).

Rules, not a model: the month tables of every region (:mod:`factdesk.nlp.months`), numeric dates read day
first as the Arab world writes them, and Hijri dates converted with ``hijridate`` (Umm al-Qura tables).
Matching runs on a normalised copy (one alef, ي for ى, ASCII digits, no diacritics or tatweel, Arabic
presentation forms unfolded); offsets are mapped back to the original text and never split a letter from
its marks.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, Literal

from hijridate import Gregorian, Hijri

from factdesk.nlp.months import MONTHS

__all__ = ["DateMention", "find_dates", "HIJRI_MONTHS", "WEEKDAYS"]

Precision = Literal["day", "month", "year"]
Kind = Literal["absolute", "numeric", "weekday", "relative", "hijri"]

#: Hijri month names, normalised like :data:`MONTHS`.
HIJRI_MONTHS: Final[dict[str, int]] = {
    "محرم": 1,
    "صفر": 2,
    "ربيع الاول": 3,
    "ربيع الاخر": 4,
    "ربيع الثاني": 4,
    "جمادي الاولي": 5,
    "جمادي الاول": 5,
    "جمادي الاخرة": 6,
    "جمادي الثانية": 6,
    "جمادي الاخر": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعدة": 11,
    "ذي القعدة": 11,
    "ذو الحجة": 12,
    "ذي الحجة": 12,
}
#: Weekday names (normalised) to Python's weekday numbers (Monday 0).
WEEKDAYS: Final[dict[str, int]] = {
    "الاثنين": 0,
    "الثلاثاء": 1,
    "الاربعاء": 2,
    "الخميس": 3,
    "الجمعة": 4,
    "السبت": 5,
    "الاحد": 6,
}
_TIMES: Final[dict[str, str]] = {
    "صباح": "morning",
    "فجر": "dawn",
    "ظهر": "noon",
    "ظهيرة": "noon",
    "عصر": "afternoon",
    "مساء": "evening",
    "ليل": "night",
    "ليلة": "night",
}


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date or time expression: where it stands (code-point offsets) and what it resolves to."""

    start: int
    end: int
    text: str
    date: datetime.date | None
    precision: Precision
    kind: Kind
    confidence: float
    time_of_day: str = ""
    calendar: Literal["gregorian", "hijri"] = "gregorian"


_DIGITS: Final = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_LETTERS: Final = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})


def _alt(names: Iterable[str]) -> str:
    words = sorted(names, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in words) + ")"


_PRE: Final = r"(?<!\w)(?:[وف]|[وف]?[بل](?=ال))?"
_END: Final = r"(?!\w)"
_MONTH: Final = _alt(MONTHS)
_HMONTH: Final = _alt(HIJRI_MONTHS)
_WDAY: Final = _alt(WEEKDAYS)
_TOD: Final = rf"(?:(?P<tod>{_alt(_TIMES)})\s+)"
_MONTHS2: Final = (
    rf"(?P<m1>{_MONTH}){_END}"
    rf"(?:\s*(?:[/\\|(\-\u2013\u2014،,]\s*)?(?P<m2>{_MONTH}){_END}(?:\s*\))?)?"
)
_DAY: Final = r"(?:ال\s*-?\s*)?(?<!\d)(?P<d>0?[1-9]|[12]\d|3[01])(?!\d)"
_YEAR: Final = r"(?<!\d)(?P<y>1[89]\d\d|20\d\d)(?!\d)(?:\s*م(?!\w))?"
_YEAR_LEAD: Final = r"(?:(?:من\s+)?(?:عام|سنة|العام)\s+)?"
_WEEKDAY_LEAD: Final = rf"(?:(?:يوم\s+)?(?P<wd>{_WDAY}){_END}\s*[،,]?\s*)?"

_P_DAY_MONTH: Final = re.compile(
    rf"{_PRE}(?P<x>{_TOD}?{_WEEKDAY_LEAD}{_DAY}\s*(?:من\s+)?(?:شهر\s+)?{_MONTHS2}"
    rf"(?:\s*[،,]?\s*{_YEAR_LEAD}{_YEAR})?)"
)
_P_MONTH_YEAR: Final = re.compile(rf"{_PRE}(?P<x>(?:شهر\s+)?{_MONTHS2}\s*[،,]?\s*{_YEAR_LEAD}{_YEAR})")
_P_YEAR: Final = re.compile(
    rf"{_PRE}(?P<x>(?:(?:عام|سنة|العام)\s+(?<!\d)(?P<y>1[89]\d\d|20\d\d)(?!\d)(?:\s*م{_END})?"
    rf"|(?<!\d)(?P<y2>1[89]\d\d|20\d\d)\s*م{_END}))"
)
_P_YMD: Final = re.compile(
    r"(?<![\d/.-])(?P<x>(?P<y>(?:19|20)\d\d)([-/.])(?P<m>\d{1,2})\3(?P<d>\d{1,2}))(?![\d/.]?\d)"
)
_P_DMY: Final = re.compile(
    r"(?<![\d/.-])(?P<x>(?P<a>\d{1,2})([-/.])(?P<b>\d{1,2})\3(?P<y>(?:19|20)\d\d))(?![\d/.-]?\d)"
)
_HIJRI_MARK: Final = rf"(?:\s*(?:ه{_END}|هجري(?:ة|ا)?{_END}|للهجرة{_END}))"
_P_HIJRI: Final = re.compile(
    rf"{_PRE}(?P<x>{_TOD}?{_WEEKDAY_LEAD}(?:{_DAY}\s*(?:من\s+)?)?(?:شهر\s+)?(?P<hm>{_HMONTH}){_END}"
    rf"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:عام|سنة|العام)\s+)?(?<!\d)(?P<y>1[34]\d\d)(?!\d){_HIJRI_MARK}?)?)"
)
_P_HIJRI_YEAR: Final = re.compile(
    rf"{_PRE}(?P<x>(?:(?:عام|سنة|العام)\s+)?(?<!\d)(?P<y>1[34]\d\d)(?!\d){_HIJRI_MARK})"
)
_P_WEEKDAY: Final = re.compile(
    rf"{_PRE}(?P<x>{_TOD}?(?:(?P<today>اليوم)\s+|يوم\s+)?(?P<wd>{_WDAY}){_END}"
    rf"(?:\s+(?P<dir>الماضي|المقبل|القادم|الفائت){_END})?)"
)
_P_DEICTIC: Final = re.compile(
    rf"{_PRE}(?P<x>(?:{_TOD}(?P<w>اليوم|امس|الامس|الغد){_END})"
    rf"|(?P<w2>اول\s+امس|اول\s+من\s+امس|امس|الامس|غدا|يوم\s+غد|بعد\s+غد){_END})"
)
_N_WORDS: Final = {"يومين": 2, "ثلاثة ايام": 3, "اربعة ايام": 4, "خمسة ايام": 5, "اسبوع": 7, "اسبوعين": 14}
_P_AGO: Final = re.compile(rf"{_PRE}(?P<x>قبل\s+(?P<n>{_alt(_N_WORDS)}|(?P<k>[2-9]|[12]\d)\s+ايام){_END})")
_P_RELATIVE: Final = re.compile(
    rf"{_PRE}(?P<x>(?:{_DAY}\s+من\s+)?(?P<unit>الشهر|الاسبوع|العام|السنة)\s+"
    rf"(?P<which>الماضي|الماضية|الجاري|الجارية|الحالي|الحالية|المقبل|المقبلة|القادم|القادمة|الفائت|المنصرم|المنصرمة){_END})"
)


def _normalise(text: str) -> tuple[str, list[int]]:
    """The text for matching and, for each of its characters, the offset of the original character."""
    out: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        if char == "\u0640" or (char >= "\u0300" and unicodedata.category(char) in ("Mn", "Me")):
            continue
        # presentation forms («ﻻ») unfold to the letters they draw
        folded = unicodedata.normalize("NFKC", char) if "\ufb50" <= char <= "\ufefc" else char
        for piece in folded:
            out.append(piece.translate(_DIGITS).translate(_LETTERS))
            where.append(index)
    return "".join(out), where


def _valid(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _hijri(year: int, month: int, day: int) -> datetime.date | None:
    try:
        y, m, d = Hijri(year, month, day).to_gregorian().datetuple()
    except (ValueError, OverflowError):
        return None  # outside the Umm al-Qura tables (1343-1500 AH) or no such day
    return datetime.date(y, m, d)


def _month_of(name: str | None, table: dict[str, int]) -> int | None:
    return None if name is None else table.get(" ".join(name.split()))


def _shift_month(day: datetime.date, months: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def _tod(match: re.Match[str]) -> str:
    word = match.groupdict().get("tod")
    return _TIMES.get(word, "") if word else ""


_Found = tuple[int, int, int, datetime.date | None, Precision, Kind, float, str, str]


def find_dates(text: str, published: datetime.date | None = None) -> list[DateMention]:
    """Every date or time expression in ``text``, in order, resolved against ``published`` where needed.

    Where two readings overlap, the longer wins («ليل 30 مايو/أيار» rather than «30 مايو/أيار»).
    """
    normal, where = _normalise(text)
    found: list[_Found] = []

    def add(
        match: re.Match[str],
        date: datetime.date | None,
        precision: Precision,
        kind: Kind,
        confidence: float,
        calendar: str = "gregorian",
    ) -> None:
        start, end = match.span("x")
        found.append(
            (
                start,
                end,
                -(end - start),
                date,
                precision,
                kind,
                confidence if date else 0.0,
                _tod(match),
                calendar,
            )
        )

    def year_less(month: int, day: int) -> tuple[datetime.date | None, float]:
        if published is None:
            return None, 0.0
        date = _valid(published.year, month, day)
        if date is not None and date > published + datetime.timedelta(days=60):
            date = _valid(published.year - 1, month, day)
        return date, 0.8

    for match in _P_DAY_MONTH.finditer(normal):
        month, other = _month_of(match["m1"], MONTHS), _month_of(match["m2"], MONTHS)
        if month is None or (other is not None and other != month):
            continue
        if match["y"]:
            add(match, _valid(int(match["y"]), month, int(match["d"])), "day", "absolute", 1.0)
        else:
            date, conf = year_less(month, int(match["d"]))
            add(match, date, "day", "absolute", conf)
    for match in _P_MONTH_YEAR.finditer(normal):
        month, other = _month_of(match["m1"], MONTHS), _month_of(match["m2"], MONTHS)
        if month is None or (other is not None and other != month):
            continue
        add(match, _valid(int(match["y"]), month, 1), "month", "absolute", 1.0)
    for match in _P_YEAR.finditer(normal):
        add(match, _valid(int(match["y"] or match["y2"]), 1, 1), "year", "absolute", 1.0)
    for match in _P_YMD.finditer(normal):
        add(match, _valid(int(match["y"]), int(match["m"]), int(match["d"])), "day", "numeric", 1.0)
    for match in _P_DMY.finditer(normal):
        first, second = int(match["a"]), int(match["b"])
        day, month = (second, first) if first <= 12 < second else (first, second)
        add(match, _valid(int(match["y"]), month, day), "day", "numeric", 1.0)
    for match in _P_HIJRI.finditer(normal):
        hmonth = _month_of(match["hm"], HIJRI_MONTHS)
        if hmonth is None or not (match["d"] or match["y"]):
            continue  # «شهر رمضان» alone names a season, not a date
        if hmonth == 2 and not match["y"]:
            continue  # «صفر» is also "zero"
        if match["y"]:
            day = int(match["d"]) if match["d"] else 1
            add(
                match,
                _hijri(int(match["y"]), hmonth, day),
                "day" if match["d"] else "month",
                "hijri",
                1.0,
                "hijri",
            )
        elif published is not None:
            hyear = Gregorian(published.year, published.month, published.day).to_hijri().year
            date = _hijri(hyear, hmonth, int(match["d"]))
            if date is not None and date > published + datetime.timedelta(days=60):
                date = _hijri(hyear - 1, hmonth, int(match["d"]))
            add(match, date, "day", "hijri", 0.8, "hijri")
        else:
            add(match, None, "day", "hijri", 0.0, "hijri")
    for match in _P_HIJRI_YEAR.finditer(normal):
        add(match, _hijri(int(match["y"]), 1, 1), "year", "hijri", 1.0, "hijri")
    for match in _P_WEEKDAY.finditer(normal):
        weekday = WEEKDAYS[match["wd"]]
        date = None
        if published is not None:
            back = (published.weekday() - weekday) % 7
            if match["dir"] in ("المقبل", "القادم"):
                date = published + datetime.timedelta(days=(weekday - published.weekday()) % 7 or 7)
            else:
                if back == 0 and match["dir"]:
                    back = 7
                date = published - datetime.timedelta(days=back)
        add(match, date, "day", "weekday", 0.9 if match["today"] else 0.7)
    for match in _P_DEICTIC.finditer(normal):
        word = " ".join((match["w"] or match["w2"]).split())
        offset = {"اليوم": 0, "امس": -1, "الامس": -1, "الغد": 1, "غدا": 1, "يوم غد": 1, "بعد غد": 2}.get(
            word, -2
        )
        date = published + datetime.timedelta(days=offset) if published else None
        add(match, date, "day", "relative", 0.7)
    for match in _P_AGO.finditer(normal):
        days = int(match["k"]) if match["k"] else _N_WORDS[" ".join(match["n"].split())]
        add(match, published - datetime.timedelta(days=days) if published else None, "day", "relative", 0.6)
    for match in _P_RELATIVE.finditer(normal):
        if published is None:
            add(match, None, "day" if match["d"] else "month", "relative", 0.0)
            continue
        unit, which = match["unit"], match["which"]
        step = (
            -1
            if which.startswith(("الماض", "الفائت", "المنصرم"))
            else 1
            if which.startswith(("المقبل", "القادم"))
            else 0
        )
        if unit == "الاسبوع":
            add(match, published + datetime.timedelta(days=7 * step), "day", "relative", 0.4)
        elif unit == "الشهر":
            month_start = _shift_month(published, step)
            if match["d"]:
                add(match, _valid(month_start.year, month_start.month, int(match["d"])), "day", "relative", 0.8)
            else:
                add(match, month_start, "month", "relative", 0.8)
        else:
            year = published.year + step
            if match["d"]:
                continue
            add(match, datetime.date(year, 1, 1), "year", "relative", 0.8)

    found.sort(key=lambda f: (f[2], f[0]))
    taken: list[tuple[int, int]] = []
    kept: list[_Found] = []
    for item in found:
        if any(item[0] < b and a < item[1] for a, b in taken):
            continue
        taken.append((item[0], item[1]))
        kept.append(item)
    kept.sort()
    mentions: list[DateMention] = []
    for start, end, _, date, precision, kind, confidence, tod, calendar in kept:
        begin, stop = where[start], where[end - 1] + 1
        while stop < len(text) and (
            unicodedata.combining(text[stop])
            or text[stop] == "\u0640"
            or unicodedata.category(text[stop]) in ("Mn", "Me")
        ):
            stop += 1
        mentions.append(
            DateMention(
                begin,
                stop,
                text[begin:stop],
                date,
                precision,
                kind,
                confidence,
                tod,
                "hijri" if calendar == "hijri" else "gregorian",
            )
        )
    return mentions
