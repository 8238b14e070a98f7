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
The tables and compiled patterns it matches with are :mod:`factdesk.assist.date_patterns`'s.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass
from typing import Final, Literal

from hijridate import Gregorian, Hijri

from factdesk.assist.date_patterns import (
    _AGO_OF_EVENT,
    _AGO_UNITS,
    _AS_IF_BEFORE,
    _BARE_ORDINALS,
    _DATED_WEEKDAY_BEFORE,
    _DEICTIC_BEFORE,
    _DUAL_WHICH,
    _LEAD_VERB_BEFORE,
    _MEDIA_BEFORE,
    _NOT_A_WEEKDAY,
    _NUMBER_WORDS,
    _P_AGO,
    _P_ANCHORED,
    _P_DAY_MONTH,
    _P_DAY_OF_IT,
    _P_DEICTIC,
    _P_DMY,
    _P_HIJRI,
    _P_HIJRI_NUMERIC,
    _P_HIJRI_YEAR,
    _P_LAW_YEAR,
    _P_MONTH_DAY,
    _P_MONTH_REL,
    _P_MONTH_YEAR,
    _P_MONTHS_DUAL_REL,
    _P_RELATIVE,
    _P_SAME_DAY,
    _P_SAME_YEAR,
    _P_THIS,
    _P_THIS_TIME,
    _P_TODAY_LEAD,
    _P_TODAY_SAID,
    _P_TWO_YEARS,
    _P_WEEKDAY,
    _P_YEAR,
    _P_YMD,
    _SAID_BEFORE,
    _SAME_YEAR_ANCHOR,
    _STATEMENT_BEFORE,
    _THAT_BEFORE,
    _TIMES,
    _TODAY_COMMA_BEFORE,
    _VERB_JUST_BEFORE,
    _WEEKDAY_ORDINAL,
    _WEEKDAY_PAIR_BEFORE,
    _WEEKDAY_PAIR_DATE,
    HIJRI_MONTHS,
    ORDINALS,
    WEEKDAYS,
)
from factdesk.nlp.months import MONTHS

__all__ = ["DateMention", "find_dates", "HIJRI_MONTHS", "WEEKDAYS"]

Precision = Literal["day", "month", "year"]
Kind = Literal["absolute", "numeric", "weekday", "relative", "hijri"]


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


def _special_chars() -> re.Pattern[str]:
    """The characters ``_normalise`` cannot just translate: marks and tatweel (dropped), presentation
    forms (unfolded) and anything beyond the BMP (looked at one by one)."""
    marks = "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.category(chr(c)) in ("Mn", "Me"))
    # bidi and zero-width format controls («العام المالي\u200f2013/2012») vanish like marks
    controls = "\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"
    return re.compile("[" + re.escape(marks) + "\u0640" + controls + "\ufb50-\ufefc\U00010000-\U0010ffff]")


_SPECIAL: Final = _special_chars()


def _normalise(text: str) -> tuple[str, list[int]]:
    """The text for matching and, for each of its characters, the offset of the original character.

    Stretches without marks, tatweel or presentation forms are translated whole (the letter and digit
    tables map one character to one), so only the special characters are looked at one by one."""
    out: list[str] = []
    where: list[int] = []
    done = 0
    for m in _SPECIAL.finditer(text):
        index = m.start()
        if index > done:
            out.append(text[done:index].translate(_DIGITS).translate(_LETTERS))
            where.extend(range(done, index))
        done = index + 1
        char = m.group()
        if char == "\u0640" or (char >= "\u0300" and unicodedata.category(char) in ("Mn", "Me", "Cf")):
            continue
        # presentation forms («ﻻ») unfold to the letters they draw
        folded = unicodedata.normalize("NFKC", char) if "\ufb50" <= char <= "\ufefc" else char
        for piece in folded:
            out.append(piece.translate(_DIGITS).translate(_LETTERS))
            where.append(index)
    if done < len(text):
        out.append(text[done:].translate(_DIGITS).translate(_LETTERS))
        where.extend(range(done, len(text)))
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


#: The Levantine month names; a pair written with one of them and one Gregorian name names one month.
_LEVANTINE: Final = frozenset(
    ("كانون الثاني", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين الاول")
    + ("تشرين الثاني", "كانون الاول")
)


def _month_pair(match: re.Match[str]) -> tuple[int | None, bool]:
    """The month of a match and whether it is sure. A pair of two Gregorian or two Levantine names that disagree
    («مايو/يونيو») is two months (None); a Levantine and a Gregorian name that disagree («نوفمبر/تشرين الأول», a
    slip of the writer's) still name one month, which one is not sure."""
    month, other = _month_of(match["m1"], MONTHS), _month_of(match["m2"], MONTHS)
    if month is None or other is None or other == month:
        return month, True
    names = [" ".join(match[g].split()) in _LEVANTINE for g in ("m1", "m2")]
    return (month, False) if names[0] != names[1] else (None, True)


def _shift_month(day: datetime.date, months: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def _day(match: re.Match[str]) -> int | None:
    """The day of a match, written in figures or as an ordinal word; None when it has none."""
    if match.groupdict().get("d"):
        return int(match["d"])
    if match.groupdict().get("d3"):
        return int(match["d3"])  # «21-26 الشهر الجاري»: a span of days, its first
    if match.groupdict().get("fd"):
        return 1
    if match.groupdict().get("bo"):
        return _BARE_ORDINALS[match["bo"]]
    word = match.groupdict().get("od")
    return ORDINALS.get(" ".join(word.split())) if word else None


def _tod(match: re.Match[str]) -> str:
    word = match.groupdict().get("tod")
    return _TIMES.get(" ".join(word.split()), "") if word else ""


_Found = tuple[int, int, int, datetime.date | None, Precision, Kind, float, str, str]


def _resolve_anchored(
    kept: list[_Found], anchored: dict[tuple[int, int], tuple[Precision, int, int | None]], normal: str
) -> list[_Found]:
    """Dates named by the one named just before them («العام الذي سبقه», «28 من الشهر ذاته»): the nearest
    earlier date in the same paragraph that has a year (and a month, for a month), shifted; unresolved when that
    date is (or there is none). As sure as that date, and no surer than a relative date for a shift."""
    out: list[_Found] = []
    for item in kept:
        how = anchored.get((item[0], item[1]))
        if how is None:
            out.append(item)
            continue
        unit, step, day = how
        anchor = next(
            (
                prev
                for prev in reversed(out)
                if "\n" not in normal[prev[1] : item[0]] and (prev[4] in ("day", "month") or unit == "year")
            ),
            None,
        )
        date, confidence = None, 0.0
        if anchor is not None and anchor[3] is not None:
            base = anchor[3]
            if unit == "year":
                date = datetime.date(base.year + step, 1, 1)
            elif day:
                shifted = _shift_month(base, step)
                date = _valid(shifted.year, shifted.month, day)
            else:
                date = _shift_month(base, step)
            confidence = anchor[6] if day or not step else min(anchor[6], 0.8)
        out.append(
            (item[0], item[1], item[2], date, item[4], item[5], confidence if date else 0.0, item[7], item[8])
        )
    return out


def _resolve_same_day(
    kept: list[_Found], same_day: dict[tuple[int, int], int], published: datetime.date | None
) -> list[_Found]:
    """«نفس اليوم من عام 2017»: the day and month of the last dated day named before it (else of the
    publication date), in the year it names; unresolved when there is neither."""
    out: list[_Found] = []
    for item in kept:
        year = same_day.get((item[0], item[1]))
        if year is None:
            out.append(item)
            continue
        anchor = next((prev[3] for prev in reversed(out) if prev[4] == "day" and prev[3] is not None), None)
        base, confidence = (anchor, 0.9) if anchor is not None else (published, 0.7)
        date = _valid(year, base.month, base.day) if base is not None else None
        out.append(
            (item[0], item[1], item[2], date, item[4], item[5], confidence if date else 0.0, item[7], item[8])
        )
    return out


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
        start: int | None = None,
        end: int | None = None,
    ) -> None:
        end = match.end("x") if end is None else end
        start = match.start("x") if start is None else start
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
        month, sure = _month_pair(match)
        if month is None:
            continue
        if re.search(
            r"(?:^|\s)[وبلف]?(?:حركة|حركه|تيار|ائتلاف|قوى|قوي|تحالف|فريق|كتلة|كتله|شارع|نهج|ساحة|ساحه|ميدان|حي"
            r"|جهة|جهه|جسر|ملعب|مطار|مستشفى"
            r"|مستشفي|مدرسة|مدرسه|معهد|مدينة|مدينه|منطقة|منطقه|ولاية|ولايه)\s+$",
            normal[max(0, match.start("x") - 12) : match.start("x")],
        ):
            continue  # «حركة 20 فبراير», «قوى 8 آذار», «مدينة 6 أكتوبر»: a movement, a bloc or a place named after a day
        day = _day(match) or 0
        begin = None
        if match["wd"] and _WEEKDAY_PAIR_BEFORE.search(
            normal[max(0, match.start("wd") - 12) : match.start("wd")]
        ):
            begin = match.end("wd")  # the second of a pair of weekdays: the date starts at its day
            while normal[begin] in " ،,":
                begin += 1
        elif (
            match["wd"]
            and not match["tod"]
            and (named_by := _DEICTIC_BEFORE.search(normal, max(0, match.start("x") - 12), match.start("x")))
        ):
            begin = named_by.start()  # «غدا الاثنين 19 جوان», «أمس الثلاثاء 09 يوليوز»
        elif not match["wd"] and (
            today_named := _TODAY_COMMA_BEFORE.search(normal, max(0, match.start("x") - 10), match.start("x"))
        ):
            begin = today_named.start()  # «اليوم، 7 أكتوبر»: today named with its date
        if not sure:
            add(match, None, "day", "absolute", 0.0, start=begin)
        elif match["y"]:
            add(match, _valid(int(match["y"]), month, day), "day", "absolute", 1.0, start=begin)
        else:
            date, conf = year_less(month, day)
            add(match, date, "day", "absolute", conf, start=begin)
    for match in _P_MONTH_DAY.finditer(normal):
        month, other = _month_of(match["m1"], MONTHS), _month_of(match["m2"], MONTHS)
        if month is None or (other is not None and other != month):
            continue
        if match["y"]:
            add(match, _valid(int(match["y"]), month, int(match["d"])), "day", "absolute", 1.0)
        else:
            date, conf = year_less(month, int(match["d"]))
            add(match, date, "day", "absolute", conf)
    for match in _P_MONTH_REL.finditer(normal):
        month, sure = _month_pair(match)
        if month is None:
            continue
        which, of_year = match["which"] or "", match["ofyear"]
        if not which and not (of_year and "هذ" in of_year):
            continue  # «يونيو من العام» alone says nothing
        if which.endswith("ة") and not (of_year and "السنة" in of_year):
            continue  # «7 أكتوبر القادمة»: the feminine word is another noun's (the elections), not the month's
        rel_day = _day(match)
        date = None
        if published is not None and sure:
            year = published.year
            if of_year:  # «يونيو من العام الماضي»: the year is the relative word's
                year += (
                    -1
                    if which.startswith(("الماض", "الفائت", "المنصرم", "السابق", "الفارط"))
                    else (1 if which.startswith(("المقبل", "القادم")) else 0)
                )
            elif which.startswith(("الماض", "الفائت", "المنصرم", "الفارط")) and month > published.month:
                year -= 1
            elif which.startswith(("المقبل", "القادم")) and month < published.month:
                year += 1
            date = _valid(year, month, rel_day or 1)
        lead = (
            _DATED_WEEKDAY_BEFORE.search(normal, max(0, match.start("x") - 34), match.start("x"))
            if rel_day
            else None
        )
        # «مساء الأحد 11 جوان الجاري»: a weekday (and time of day) before the dated day belong to it
        add(match, date, "day" if rel_day else "month", "relative", 0.8, start=lead.start() if lead else None)
    for match in _P_MONTH_YEAR.finditer(normal):
        month, sure = _month_pair(match)
        if month is None:
            continue
        add(match, _valid(int(match["y"]), month, 1) if sure else None, "month", "absolute", 1.0)
    for match in _P_YEAR.finditer(normal):
        digits = match["y"] or match["y2"] or match["y3"] or match["y4"] or match["y5"] or match["y6"]
        add(match, _valid(int(digits), 1, 1), "year", "absolute", 1.0)
    for match in _P_YMD.finditer(normal):
        add(match, _valid(int(match["y"]), int(match["m"]), int(match["d"])), "day", "numeric", 1.0)
    for match in _P_DMY.finditer(normal):
        first, second = int(match["a"]), int(match["b"])
        day, month = (second, first) if first <= 12 < second else (first, second)
        # «يوم الاثنين 22 / 05 / 2017»: a weekday (with «يوم», «أمس» …) just before the date belongs to it
        lead = _DATED_WEEKDAY_BEFORE.search(normal, max(0, match.start("x") - 34), match.start("x"))
        add(
            match,
            _valid(int(match["y"]), month, day),
            "day",
            "numeric",
            1.0,
            start=lead.start() if lead else None,
        )
    for match in _P_HIJRI.finditer(normal):
        hmonth = _month_of(match["hm"], HIJRI_MONTHS)
        if hmonth is None or not (match["d"] or match["y"] or match["hdir"] or match["gy"]):
            continue  # «شهر رمضان» alone names a season, not a date
        if hmonth == 2 and not match["y"]:
            continue  # «صفر» is also "zero"
        if (
            match["y"]
            and not re.search(r"(?:ه|هجري|هجرية|هجريا|للهجرة)\s*$", match["x"])
            and not 1380 <= int(match["y"]) <= 1460
        ):
            continue  # «خلال رمضان 1362 مخالفة»: outside today's Hijri years, a bare number is a count
        if match["gy"]:
            if int(match["gy"]) % 100 == 0:
                continue  # «خلال رمضان 2000 مخالفة»: a round number after the month may count
            # «شهر رمضان 2017»: the Hijri month of a Gregorian year, left unresolved
            add(match, None, "day" if match["d"] else "month", "hijri", 0.0, "hijri")
            continue
        if match["hdir"]:
            date = None
            if published is not None:
                today = Gregorian(published.year, published.month, published.day).to_hijri()
                hyear = today.year
                if match["hdir"] in ("القادم", "المقبل") and hmonth <= today.month:
                    hyear += 1
                elif match["hdir"] in ("الماضي", "المنصرم") and hmonth >= today.month:
                    hyear -= 1
                date = _hijri(hyear, hmonth, int(match["d"]) if match["d"] else 1)
            add(match, date, "day" if match["d"] else "month", "hijri", 0.7, "hijri")
        elif match["y"]:
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
        # a Solar Hijri year («1388 هجري شمسي», Iran) is not an Umm al-Qura one: left unresolved
        year = int(match["y0"] or match["y"])
        add(match, None if match["sh"] else _hijri(year, 1, 1), "year", "hijri", 1.0, "hijri")
    for match in _P_HIJRI_NUMERIC.finditer(normal):
        add(match, _hijri(int(match["y"]), int(match["m"]), int(match["d"])), "day", "hijri", 1.0, "hijri")
    for match in _P_WEEKDAY.finditer(normal):
        weekday = WEEKDAYS[match["wd"]]
        if not (match["today"] or match["tod"]) and _NOT_A_WEEKDAY.search(
            normal[max(0, match.start("wd") - 12) : match.start("wd")]
        ):
            continue
        if not match["dir"] and _WEEKDAY_ORDINAL.match(normal, match.end("wd")):
            continue  # «الجمعة الثالثة لمسيرة العودة»: the third Friday of a protest, named, not dated
        if match["wd"] == "الاثنين" and re.match(r"\s+(?:معا|منهما|منهم)", normal[match.end("wd") :]):
            continue  # «الاثنين معا»: "the two"
        if _WEEKDAY_PAIR_DATE.match(normal, match.end("wd")) or (
            _WEEKDAY_PAIR_BEFORE.search(normal[max(0, match.start("wd") - 12) : match.start("wd")])
            and re.match(r"\s*[،,]?\s*(?:\d|فاتح)", normal[match.end("wd") :])
        ):
            continue  # «يومي السبت والأحد فاتح وثاني نونبر»: the pair names the dated days
        date = None
        if published is not None and match["deic"]:
            offset = {"امس": -1, "بعد غد": 2, "غدا": 1}.get(" ".join(match["deic"].split()), -2)
            date = published + datetime.timedelta(days=offset)
        elif published is not None:
            back = (published.weekday() - weekday) % 7
            if match["dir"] in ("المقبل", "القادم"):
                date = published + datetime.timedelta(days=(weekday - published.weekday()) % 7 or 7)
            else:
                if back == 0 and match["dir"]:
                    back = 7
                date = published - datetime.timedelta(days=back)
        this = re.search(r"(?<!\w)هذا\s+$", normal[max(0, match.start("x") - 6) : match.start("x")])
        start = match.start("x") - len(this.group()) if this and not match["today"] else None
        add(match, date, "day", "weekday", 0.9 if match["today"] else 0.7, start=start)  # «هذا الثلاثاء»

    def sure_tomorrow(match: re.Match[str]) -> bool:
        """«غداً» with its tanween, or «غدا» ending a clause («يقترب من الأرض غدا ..»): the verb «غدا»
        "became" needs its predicate after it."""
        return "\u064b" in text[where[match.start("x")] : where[match.end("x") - 1] + 2] or bool(
            re.match(r"[ \t\xa0]*(?:\.\.|[.،,؛!؟?]|\n|$)", normal[match.end("x") :])
        )

    def not_this_day(match: re.Match[str], word: str) -> bool:
        """«بيان اليوم» (a paper's name), «على ذلك اليوم» (that day), «كما لو كانت بالأمس» (a figure of speech)."""
        before = normal[max(0, match.start("x") - 24) : match.start("x")]
        if word in ("اليوم", "يوم"):
            return bool(_MEDIA_BEFORE.search(before) or _THAT_BEFORE.search(before))
        if word in ("امس", "الامس"):
            return bool(_AS_IF_BEFORE.search(before))
        return False

    deictic = list(_P_DEICTIC.finditer(normal))
    # once the text says «غدا» "tomorrow" for sure, a bare «غدا» is tomorrow too, unless it reads as the verb:
    # after «قد», «الذي», «حتى» … or before a defined subject («غدا الأمر»)
    tomorrow_said = any(m["w2"] and m["w2"] == "غدا" and sure_tomorrow(m) for m in deictic)
    for match in deictic:
        word = " ".join(
            (
                match["w"]
                or match["w2"]
                or match["w3"]
                or match["w4"]
                or match["w5"]
                or match["w6"]
                or match["w7"]
                or match["w8"]
            ).split()
        )
        if (
            word == "غدا"
            and not sure_tomorrow(match)
            and not (
                tomorrow_said
                and not match["x"].startswith(("و", "ف"))
                and not re.search(
                    r"(?:^|\s)(?:[وف]?قد|لقد|الذي|التي|حتى|ان|ما|بل|ثم)\s+$",
                    normal[max(0, match.start("x") - 8) : match.start("x")],
                )
                and not re.match(r"\s+ال", normal[match.end("x") :])
            )
        ):
            continue  # «غدا» without tanween is the verb "became", not «غداً» "tomorrow"
        if not_this_day(match, word):
            continue
        offset = {
            "اليوم": 0,
            "امس": -1,
            "الامس": -1,
            "الليلة الماضية": -1,
            "الغد": 1,
            "غدا": 1,
            "يوم غد": 1,
            "بعد غد": 2,
        }.get(word, -2)
        date = published + datetime.timedelta(days=offset) if published else None
        add(match, date, "day", "relative", 0.7)
    for match in _P_TODAY_SAID.finditer(normal):
        if (
            _SAID_BEFORE.search(normal, max(0, match.start("x") - 60), match.start("x"))
            or _STATEMENT_BEFORE.search(normal, max(0, match.start("x") - 20), match.start("x"))
        ) and not not_this_day(match, "اليوم"):
            add(match, published, "day", "relative", 0.7)
    if "اليوم" in normal:
        for match in _P_TODAY_LEAD.finditer(normal):
            if (
                _LEAD_VERB_BEFORE.search(normal, max(0, match.start("x") - 60), match.start("x"))
                or _VERB_JUST_BEFORE.search(normal, max(0, match.start("x") - 16), match.start("x"))
            ) and not not_this_day(match, "اليوم"):
                add(match, published, "day", "relative", 0.7)
    for match in _P_LAW_YEAR.finditer(normal) if "عدد" in normal else ():
        yy = int(match["yy"])
        add(match, datetime.date(1900 + yy if yy > 30 else 2000 + yy, 1, 1), "year", "absolute", 0.8)
    for match in _P_THIS_TIME.finditer(normal) if "هذا ال" in normal else ():
        add(match, published, "day", "relative", 0.7)
    for match in _P_MONTHS_DUAL_REL.finditer(normal) if _DUAL_WHICH.search(normal) else ():
        month_a, month_b = _month_of(match["m1"], MONTHS), _month_of(match["m2"], MONTHS)
        if month_a is None or month_b is None:
            continue
        which = match["which"]
        dates: list[datetime.date | None] = [None, None]
        if published is not None and not which.startswith(("الجاري", "الحالي")):
            past = which.startswith(("الماض", "المنصرم", "الفاءت"))
            pair_year = published.year
            if past and month_b >= published.month:
                pair_year -= 1
            elif not past and month_b <= published.month:
                pair_year += 1
            first_year = pair_year if month_a <= month_b else pair_year - 1
            dates = [_valid(first_year, month_a, 1), _valid(pair_year, month_b, 1)]
        elif published is not None:
            dates = [_valid(published.year, month_a, 1), _valid(published.year, month_b, 1)]
        add(match, dates[0], "month", "relative", 0.7, start=match.start("a"), end=match.end("a"))
        add(match, dates[1], "month", "relative", 0.7, start=match.start("b"), end=match.end("b"))
    for match in _P_AGO.finditer(normal):
        if _AGO_OF_EVENT.match(normal, match.end("x")):
            continue  # «قبل ثلاثة أشهر من اندلاع الثورة»: the event named after it is not now
        unit, count = _AGO_UNITS[match["u"]]
        if count == 0:
            if not (match["k"] or match["n"]):
                continue
            count = int(match["k"]) if match["k"] else _NUMBER_WORDS[match["n"]]
        elif match["n"] or (match["k"] and int(match["k"]) < 11):
            continue  # «قبل 3 شهر» is not Arabic; leave it (but «قبل 20 سنة»: from eleven on the noun is singular)
        elif match["k"]:
            count = int(match["k"])
        date = None
        precision: Precision = "day"
        if published is not None:
            if unit in ("day", "week"):
                date = published - datetime.timedelta(days=count * (7 if unit == "week" else 1))
            elif unit == "month":
                date, precision = _shift_month(published, -count), "month"
            else:
                date, precision = datetime.date(published.year - count, 1, 1), "year"
        elif unit in ("month", "year"):
            precision = "month" if unit == "month" else "year"
        add(match, date, precision, "relative", 0.6)
    for match in _P_THIS.finditer(normal):
        if match["unit"] == "الشهر":
            add(match, _shift_month(published, 0) if published else None, "month", "relative", 0.8)
        else:
            add(match, datetime.date(published.year, 1, 1) if published else None, "year", "relative", 0.8)
    for match in _P_RELATIVE.finditer(normal):
        rel_day = _day(match)
        if published is None:
            add(match, None, "day" if rel_day else "month", "relative", 0.0)
            continue
        unit, which = "ال" + match["unit"].removeprefix("ال"), match["which"]
        step = (
            -1
            if which.startswith(("الماض", "الفائت", "المنصرم", "السابق", "الفارط", "المنقضي"))
            else 1
            if which.startswith(("المقبل", "القادم"))
            else 0
        ) * (2 if match["twice"] else 1)
        if unit == "الاسبوع":
            add(match, published + datetime.timedelta(days=7 * step), "day", "relative", 0.4)
        elif unit == "الشهر":
            month_start = _shift_month(published, step)
            if rel_day:
                add(
                    match,
                    _valid(month_start.year, month_start.month, rel_day),
                    "day",
                    "relative",
                    0.8,
                )
            else:
                add(match, month_start, "month", "relative", 0.8)
        else:
            year = published.year + step
            if rel_day:
                continue
            add(match, datetime.date(year, 1, 1), "year", "relative", 0.8)

    for match in _P_TWO_YEARS.finditer(normal):
        which = match["which"]
        step = -1 if which == "الماضي" else 1 if which in ("المقبل", "القادم") else 0
        date = datetime.date(published.year + step, 1, 1) if published else None
        add(match, date, "year", "relative", 0.8)
    for match in _P_SAME_YEAR.finditer(normal) if _SAME_YEAR_ANCHOR.search(normal) else ():
        month, sure = _month_pair(match)
        if month is None:
            continue
        before_it = [
            f[3] for f in sorted(found, key=lambda f: f[1]) if f[3] is not None and f[1] <= match.start("x")
        ]
        day_of = _day(match)
        date = _valid(before_it[-1].year, month, day_of or 1) if before_it and sure else None
        add(match, date, "day" if day_of else "month", "relative", 0.7)
    for match in _P_DAY_OF_IT.finditer(normal) if "منه" in normal else ():
        # «من الثامن من الشهر الجاري إلى العشرين منه»: the month of the day named just before
        named = [f for f in found if f[4] == "day" and 0 <= match.start("x") - f[1] <= 40]
        if not named:
            continue
        last = max(named, key=lambda f: f[1])
        later_day, last_date = _day(match), last[3]
        date = _valid(last_date.year, last_date.month, later_day) if last_date and later_day else None
        add(match, date, "day", last[5], 0.7)
    anchored: dict[tuple[int, int], tuple[Precision, int, int | None]] = {}
    for match in _P_ANCHORED.finditer(normal):
        span: Precision = "month" if match["unit"].endswith("شهر") else "year"
        if (match["d"] and span != "month") or (match["same"] and not match["d"]):
            continue  # «الشهر نفسه» alone repeats a date (as the labels read it); «28 من الشهر ذاته» names a day
        rel = match["rel"] or ""
        step = 0 if match["same"] else -1 if rel.startswith(("سبق", "قبل")) else 1
        anchored[(match.start("x"), match.end("x"))] = (span, step, _day(match))
        # «28 من الشهر ذاته» is a day of a named month (absolute); «العام الذي سبقه» a year before a named one
        kind: Kind = "absolute" if match["d"] else "relative"
        add(match, None, "day" if match["d"] else span, kind, 0.0)

    same_day: dict[tuple[int, int], int] = {}
    for match in _P_SAME_DAY.finditer(normal):
        same_day[(match.start("x"), match.end("x"))] = int(match["y"])
        add(match, None, "day", "absolute", 0.0)

    found.sort(key=lambda f: (f[2], f[0]))
    taken: list[tuple[int, int]] = []
    kept: list[_Found] = []
    for item in found:
        if any(item[0] < b and a < item[1] for a, b in taken):
            continue
        taken.append((item[0], item[1]))
        kept.append(item)
    kept.sort()
    if anchored:
        kept = _resolve_anchored(kept, anchored, normal)
    if same_day:
        kept = _resolve_same_day(kept, same_day, published)
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
