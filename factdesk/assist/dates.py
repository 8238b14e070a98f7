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
    "قبل ظهر": "morning",
    "بعد ظهر": "afternoon",  # «بعد ظهر الثلاثاء»
    "فجر": "dawn",
    "ظهر": "noon",
    "ظهيرة": "noon",
    "عصر": "afternoon",
    "مساء": "evening",
    "ليل": "night",
    "ليلة": "night",
    "عشية": "eve",
    "صبيحة": "morning",  # the Moroccan press: «صبيحة الثلاثاء 5 مارس»
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


#: Proclitics a date may carry: «و», «ف», and «ب/ل» before the article or before «عام/سنة/يوم» («لسنة 2040»,
#: «بعام 2015», «ليوم الجمعة 7 أكتوبر»).
_PRE: Final = r"(?<!\w)(?:[وف]|[وف]?[بل](?=ال|عام|سنة|يوم|شهر|(?:ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)\s)|[وف]?لل(?=عام|سنة|شهر|اسبوع)|[وف]?ل(?=هذا|هذه))?"
#: The same before a day in figures, which may be glued to «في» («جرت في29 أيار»).
_PRE_DAY: Final = "(?:(?<=(?<!\\w)في)(?=\\d)|" + _PRE + ")"
_END: Final = r"(?!\w)"
#: After a month name a year may follow with no space («13 ديسمبر2018»): a letter may not.
_MEND: Final = r"(?![^\W\d])"
_MONTH: Final = _alt(MONTHS)
_HMONTH: Final = _alt(HIJRI_MONTHS)
_WDAY: Final = _alt(WEEKDAYS)
#: A time of day before a day; a night may name the two days it joins («ليل الثلاثاء الاربعاء»).
_TOD: Final = rf"(?:(?P<tod>(?P<night>ليلة|ليل)|{_alt(t for t in _TIMES if not t.startswith('ليل'))})\s+)"
_MONTHS2: Final = (
    rf"(?P<m1>{_MONTH})(?:{_MEND}|(?=ال(?:مقبل|قادم|ماضي|جاري)))"
    rf"(?:\s*(?:[/\\|(\-\u2013\u2014،,]\s*)?(?P<m2>{_MONTH}){_MEND}(?:\s*\))?)?"
)
_DAY: Final = r"(?:ال\s*-?\s*)?(?<!\d)(?P<d>0?[1-9]|[12]\d|3[01])(?!\d)"
_UNITS: Final = ("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")
#: Ordinal days in words («التاسع والعشرين من يناير»), 1 to 31.
ORDINALS: Final[dict[str, int]] = {
    **{word: n for n, word in enumerate(_UNITS, 1)},
    "العاشر": 10,
    "الحادي عشر": 11,
    **{f"{word} عشر": 10 + n for n, word in enumerate(_UNITS[1:], 2)},
    "العشرين": 20,
    "الحادي والعشرين": 21,
    **{f"{word} والعشرين": 20 + n for n, word in enumerate(_UNITS[1:], 2)},
    "الثلاثين": 30,
    "الحادي والثلاثين": 31,
}
#: An ordinal with no article right before a month names its day («سابع أكتوبر», «ثالث مايو»: the Moroccan press).
_BARE_ORDINALS: Final[dict[str, int]] = {
    word: n
    for n, word in enumerate(("ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر"), 2)
}
#: A day written in parentheses («في (20) تشرين الثاني», the Iraqi press): the closing one is in the span.
_DAY_CLOSE: Final = r"(?:(?<=\(\d)\)|(?<=\(\d\d)\)|(?<=\(\s\d)\s?\)|(?<=\(\s\d\d)\s?\))?"
#: A day in figures («25», «الـ25») or an ordinal word followed by «من».
#: «فاتح» is the first of the month in Morocco («فاتح نونبر»), «أول» anywhere («أول يناير المقبل»); a second day may follow («يومي 3 و4 مايو»).
_DAYX: Final = (
    rf"(?:(?:{_DAY}{_DAY_CLOSE}|(?P<fd>فاتح|غرة|غره|اول(?=\s+{_MONTH}{_MEND}))|(?P<bo>{_alt(_BARE_ORDINALS)})(?=\s+{_MONTH}{_MEND}))\s*(?:/\s*)?(?:و\s*(?:0?[1-9]|[12]\d|3[01]|ثاني)\s*)*"
    # a span of days of one month: «22-30 يونيو», «22 إلى 30 يونيو» (one date, its first day)
    rf"(?:(?:-|–|الي|حتي)\s*(?:0?[1-9]|[12]\d|3[01])(?!\d)\s*)?(?:من\s+)?"
    rf"|(?P<od>{_alt(ORDINALS)})\s+من\s+)"
)
_YEAR: Final = r"(?<!\d)(?P<y>1[89]\d\d|20\d\d)(?!\d)(?:\s*م(?!\w))?"
_YEAR_LEAD: Final = r"(?:(?:من\s+)?(?:عام|سنة|العام|السنة|لعام|لسنة|للعام|للسنة)\s+)?"
#: a weekday before a dated day, with what names it: «يوم/اليوم»; «يومه», «أمس», «أول أمس», «غدا», «بعد غد» are
#: ``_DEICTIC_BEFORE``'s
_WEEKDAY_LEAD: Final = rf"(?:(?:(?:اليوم|يوم)\s+)?(?P<wd>{_WDAY}){_END}\s*[،,]?\s*|يوم(?:\s+(?:امس\s+(?=\d)|غد\s+(?=\d))?|(?=\d)))?"
#: the other words that may name a weekday before its date, looked for before the match (cheaper than in it)
_TODAY_COMMA_BEFORE: Final = re.compile(r"(?<!\w)اليوم\s*[،,]\s*$")
_DEICTIC_BEFORE: Final = re.compile(r"(?<!\w)(?:يومه|امس|اول\s+امس|غدا|بعد\s+غد)\s+$")

_P_DAY_MONTH: Final = re.compile(
    rf"{_PRE_DAY}(?P<x>{_TOD}?{_WEEKDAY_LEAD}{_DAYX}(?:شهر\s+)?{_MONTHS2}"
    rf"(?:\s*[،,]?\s*{_YEAR_LEAD}{_YEAR})?)"
)
#: A weekday (and time of day) just before a dated day of a relative month: «مساء الأحد 11 جوان الجاري».
_DATED_WEEKDAY_BEFORE: Final = re.compile(
    rf"(?<!\w){_TOD}?(?:(?:اليوم|يوم|يومه|امس|اول\s+امس|غدا|بعد\s+غد)\s+)?(?:{_WDAY})\s*[،,]?\s*(?=(?:يوم\s+)?$)"
)
#: a month with its year, also with a glued «ل/ب» («منذ الانتخابات الجماعية لأكتوبر 2015»)
_P_MONTH_YEAR: Final = re.compile(
    rf"(?:{_PRE}|(?<=(?<!\w)[لب]))(?P<x>(?:شهر\s+)?{_MONTHS2}\s*[،,]?\s*{_YEAR_LEAD}{_YEAR})"
)
_WHICH: Final = (
    r"(?P<which>الماضي|الماضية|الجاري|الجارية|الحالي|الحالية|المقبل|المقبلة|القادم|القادمة|الفائت|المنصرم|المنصرمة"
    r"|الفارط|الفارطة|المنقضي|المنقضية)"  # «الفارط»: Tunisian for «الماضي»
)
#: «يناير الماضي», «التاسع والعشرين من يناير الماضي», «بداية فبراير (شباط) الماضي»; a time of day before a day
#: is in the span («مساء 18 تموز/يوليو الحالي»)
_P_MONTH_REL: Final = re.compile(
    rf"{_PRE}(?P<x>(?:{_TOD}?(?:يوم\s+)?{_DAYX})?(?:شهر\s+)?{_MONTHS2}\s*"
    rf"(?:(?P<ofyear>من\s+(?:العام|السنة)|من\s+هذا\s+العام|من\s+هذه\s+السنة)(?:\s+|{_END}))?{_WHICH}?{_END})"
)
_P_YEAR: Final = re.compile(
    # «العام (2012)»: a year in parentheses, both in the span
    # «سنة 1998 و 2005»: two years after one year word, one date (the first); tried first
    rf"{_PRE}(?P<x>(?:(?:سنة|عام)\s+(?P<y6>1[89]\d\d|20\d\d)\s+و\s*(?:1[89]\d\d|20\d\d)(?![\d%٪])"
    rf"|(?:عام|سنة|العام|السنة)(?:\s+(?:المالي|القضائي|الدراسي|الجامعي|الفلاحي|الزراعي)(?:ة)?)?\s*(?P<yp>\(\s*)?(?<!\d)(?P<y>1[89]\d\d|20\d\d)(?!\d)"
    rf"(?:\s*[/\-]\s*(?:1[89]\d\d|20\d\d)(?!\d))?(?:\s*م{_END})?(?(yp)\s*\))"
    rf"|(?<!\d)(?P<y2>1[89]\d\d|20\d\d)\s*م{_END}"
    rf"|(?:العامين|عامي|السنتين|سنتي)\s*(?P<y3>1[89]\d\d|20\d\d)\s*(?:و|-|–|/)\s*(?:1[89]\d\d|20\d\d)(?!\d)"
    # «العام الحالي 2012»: the relative word named with its year is that year, absolute
    rf"|(?:العام|السنة)\s+(?:الحالي|الحالية|الجاري|الجارية|الماضي|الماضية|المقبل|المقبلة|القادم|القادمة|الفائت|المنصرم)\s*"
    rf"(?<!\d)(?P<y4>1[89]\d\d|20\d\d)(?!\d)"
    # «في أعوام 1992، 1996، 2000»: a list of years, one date (the first)
    rf"|(?:اعوام|الاعوام|سنوات|السنوات)\s+(?<!\d)(?P<y5>1[89]\d\d|20\d\d)(?!\d)"
    rf"(?:\s*(?:[،,]|و)\s*(?:و\s*)?(?:1[89]\d\d|20\d\d)(?!\d))+))"
)
#: «بنفس اليوم من عام 2017», «في مثل هذا اليوم من عام 2016»: the day of the month just named, in another year.
_P_SAME_DAY: Final = re.compile(
    r"(?<!\w)(?:[وف]?ب)?(?P<x>(?:(?:نفس|ذات)\s+اليوم|مثل\s+هذا\s+اليوم)\s+من\s+(?:عام|العام|سنة|السنة)\s+"
    r"(?<!\d)(?P<y>1[89]\d\d|20\d\d)(?!\d))"
)
_P_YMD: Final = re.compile(
    r"(?<![\d/.-])(?P<x>(?P<y>(?:19|20)\d\d)([-/.])(?P<m>\d{1,2})\3(?P<d>\d{1,2}))(?![\d/.]?\d)"
)
#: «15/5/2017», and with spaces around the separators «يوم 29 - 10 - 2012» (the day word in the span, as before a
#: day and month).
_P_DMY: Final = re.compile(
    r"(?<![\d/.-])(?P<x>(?:يوم\s+)?(?P<a>\d{1,2})\s?([-/.])\s?(?P<b>\d{1,2})\s?\3\s?(?P<y>(?:19|20)\d\d))"
    r"(?![\d/.-]?\d)"
)
_HIJRI_MARK: Final = rf"(?:\s*(?:ه{_END}|هجري(?:ة|ا)?{_END}|للهجرة{_END}))"
_P_HIJRI: Final = re.compile(
    rf"{_PRE}(?P<x>{_TOD}?{_WEEKDAY_LEAD}(?:{_DAY}\s*(?:من\s+)?)?(?:شهر\s+)?(?P<hm>{_HMONTH}){_END}"
    rf"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:عام|سنة|العام)\s+)?(?<!\d)(?P<y>1[34]\d\d)(?!\d){_HIJRI_MARK}?|\s+(?P<hdir>القادم|المقبل|الماضي|الجاري|الحالي|المنصرم){_END}"
    rf"|\s*[،,]?\s*(?<!\d)(?P<gy>(?:19|20)\d\d)(?!\d)(?!\s*(?:%|٪)))?)"
)
_P_HIJRI_YEAR: Final = re.compile(
    rf"{_PRE}(?P<x>(?:(?:عام|سنة|العام)\s+)?(?:(?<!\d)(?P<y0>1[34]\d\d)\s*[/\-\u2013]\s*)?"
    rf"(?<!\d)(?P<y>1[34]\d\d)(?!\d){_HIJRI_MARK}(?:\s+(?P<sh>شمسي){_END})?)"
)
#: «١/٣/١٤٣٧ه»: a numeric date whose year can only be Hijri
_P_HIJRI_NUMERIC: Final = re.compile(
    rf"(?<![\d/.-])(?P<x>(?P<d>\d{{1,2}})([-/.])(?P<m>\d{{1,2}})\3(?P<y>1[34]\d\d)(?!\d){_HIJRI_MARK}?)"
)
#: A day written after its month, as in American English («في مايو 12 وهو», «مايو 12، 2018»): only where the
#: number ends a clause or a conjunction follows, so «في مايو 12 في المائة» and «أيار 12 ألفا» stay figures.
_P_MONTH_DAY: Final = re.compile(
    rf"{_PRE}(?P<x>{_MONTHS2}\s+(?<!\d)(?P<d>0?[1-9]|[12]\d|3[01])(?![\d.,٫]\d|\d)"
    rf"(?:\s*[،,]?\s*{_YEAR}"
    rf"|(?=\s*(?:$|[.،,؛:!?؟\"»)\n]|و(?:هو|هي|قد|لم|لكن|كان|ذلك)?(?!\w)|حيث(?!\w)|عندما(?!\w)))))"
)
#: An ordinal after a weekday makes it the name of one in a series («الجمعة الثالثة» of a weekly protest), no date.
_WEEKDAY_ORDINAL: Final = re.compile(
    r"\s+(?:ال\s*ـ*\s*-?\d|ال(?:اولى|اولي|ثانية|ثانيه|ثالثة|ثالثه|رابعة|رابعه|خامسة|خامسه|سادسة|سادسه|سابعة|سابعه|ثامنة"
    r"|ثامنه|تاسعة|تاسعه|عاشرة|عاشره)(?!\w))"
)
#: The day after a weekday («ليل الثلاثاء الاربعاء»: the night between them), only that one.
_NEXT_DAY: Final = (
    "(?:"
    + "|".join(
        rf"(?<={re.escape(day)})\s*(?:[-/و]|الي|علي)?\s*{re.escape(after)}"
        for day, n in WEEKDAYS.items()
        for after, m in WEEKDAYS.items()
        if (m - n) % 7 == 1
    )
    + ")"
)
_P_WEEKDAY: Final = re.compile(
    rf"{_PRE}(?P<x>{_TOD}?(?:(?P<today>اليوم|يومه)\s*[،,]?\s+|(?:يوم\s+)?(?P<deic>امس|اول\s+امس|بعد\s+غد|غدا)\s+|يوم\s+)?"
    rf"(?P<wd>{_WDAY}){_END}(?(night)(?:{_NEXT_DAY}{_END})?)"
    rf"(?:\s+(?P<dir>الماضي|الماضية|المقبل|المقبلة|القادم|القادمة|الفائت|الماضيين|المقبلين|القادمين){_END})?)"
)
#: A pair of weekdays («يومي السبت والأحد») just before a pair of days names those days: the date
#: («فاتح وثاني نونبر 2014») is the expression, not each weekday.
_WEEKDAY_PAIR_BEFORE: Final = re.compile(rf"(?:{_WDAY})\s*و\s*$")
_WEEKDAY_PAIR_DATE: Final = re.compile(rf"\s*و\s*(?:{_WDAY})\s*[،,]?\s*(?:\d|فاتح)")
#: Words before a weekday name that make it something else: «صلاة الجمعة», «كلا الاثنين».
_NOT_A_WEEKDAY: Final = re.compile(r"(?:صلاة|صلاه|خطبة|خطيب|خطبه|كلا|بين|هذين)\s+$")
#: «اليوم» alone is a day only in the news formula, set off before a comma («في بيان لها اليوم، إن»,
#: «أعلنت الوزارة، اليوم، أن»); elsewhere («واليوم نعيش») it means "nowadays".
_P_DEICTIC: Final = re.compile(
    rf"{_PRE}(?P<x>(?:{_TOD}(?P<w>اليوم|امس\s+الاول|اول\s+امس|امس|الامس|الغد){_END})"
    rf"|(?P<w2>اول\s+امس|الليلة\s+الماضية|اول\s+من\s+امس|امس\s+الاول|امس|الامس|غدا|يوم\s+غد|بعد\s+غد){_END}"
    # not opening a sentence before a nominal clause («... ممدودة. اليوم، القبضة القوية هي»: "nowadays")
    rf"|(?<=\s)(?<![.!?؟]\s)(?<!في\s)(?P<w3>اليوم)(?=\s*[،,])|(?<=[.!?؟]\s)(?P<w7>اليوم)(?=\s*[،,]\s*(?!ال)\w)|(?<=الي\sغاية\s)(?P<w4>اليوم){_END}|(?:(?<=لغاية\s)|(?<=لحد\s))(?P<w5>اليوم){_END}"
    rf"|(?:(?<=وقت\sسابق\s)|(?<=وقت\sلاحق\s)|(?<=وقت\sمتاخر\s))(?P<w6>اليوم){_END}"
    # «ابتداءً من الغد», «منذ الأمس»: tomorrow or yesterday after «من/منذ/حتى»
    rf"|(?:(?<=\sمن\s)|(?<=\sمنذ\s)|(?<=\sحتي\s))(?P<w8>الغد|الامس){_END})"
    rf"(?!\s+(?:ال)?حاج)(?!\s+(?:الاول|الثاني|الثالث|الرابع|الخامس|الاخير|التالي|الموالي|نفسه|ذاته|السابق){_END})"
)
#: «أعلن رئيس الحكومة اليوم عن», «قالت الوزارة اليوم إن»: «اليوم» between a verb of saying (a few words before)
#: and what was said is the news formula without its commas, a day.
_P_TODAY_SAID: Final = re.compile(r"(?<=\s)(?P<x>اليوم)(?=\s+(?:عن|ان|بان)(?!\w))")
#: «في بلاغ لها اليوم أن»: a statement's day, the news formula with a noun of saying
_STATEMENT_BEFORE: Final = re.compile(
    r"(?:^|\s)[وبف]?(?:بيان|بلاغ|تصريح|تصريحات)(?:\s+(?:لها|له|لهم|صادر))?\s+$"
)
_SAID_BEFORE: Final = re.compile(
    r"(?:^|\s)[وف]?(?:اعلن|اعلنت|قال|قالت|اكد|اكدت|افاد|افادت|ذكر|ذكرت|كشف|كشفت|اوضح|اوضحت|صرح|صرحت|اعتبر|اعتبرت"
    r"|اشار|اشارت)(?:\s+\S+){0,4}\s+$"
)
#: «طرحت شركة سناب شات اليوم ميزة جديدة», «أطلقت الوكالة اليوم قمرا»: «اليوم» after a news lead's opening verb
#: of action in the past tense (its subject between, up to four words; no «أن» or «الذي» opening another clause)
#: is a day unless a definite word follows («اليوم العالمي», «اليوم التالي»); after a verb in the present («تستخدم
#: هذه التقنية اليوم») it may mean "nowadays" and is left alone; verbs of saying are ``_P_TODAY_SAID``'s.
_P_TODAY_LEAD: Final = re.compile(r"(?<=\s)(?<!في\s)(?<!حتي\s)(?<!منذ\s)(?P<x>اليوم)(?=\s+(?!ال)[^\s،,.:؛])")
_LEAD_VERB_BEFORE: Final = re.compile(
    r"(?:^|[\n.!?؟:]\s*)[وف]?(?:(?:طرح|اطلق|افتتح|وقع|اصدر|نشر|استقبل|عقد|نظم|شن|نفذ|زار|وصل|غادر|حذر|قرر|اقر"
    r"|صادق|وافق|رفض|اعتقل|بدا|انطلق|اختتم|افرج|قدم|عرض|سجل|اعلن|كشف|دشن|اعتمد|تسلم|سلم|ارسل|منح|فتح|اغلق|رفع"
    r"|خفض|احتفل|استضاف|شارك|اجتمع|ناقش|بحث|تبني|طالب)(?:ت|وا)?"
    r"|اجري|اجرت|اجروا|التقي|التقت|دعا|دعت|نفي|نفت|القي|القت|بني|بنت)"
    r"(?:\s+(?!(?:[وف]?ب?ان|انه|انها|الذي|التي|الذين|عن)(?!\S))[^\s.!?؟:،,]+){0,4}\s+$"
)
#: «تموز إلى تشرين الثاني الماضيين»: two months joined, the dual relative word after the second is both months'.
_P_MONTHS_DUAL_REL: Final = re.compile(
    rf"{_PRE}(?P<a>(?P<m1>{_MONTH}){_MEND})\s*(?:الي|حتي|و|-|–)\s*(?P<b>(?P<m2>{_MONTH}){_MEND}\s+"
    rf"(?P<which>الماضيين|المنصرمين|الفاءتين|المقبلين|القادمين|الجاريين|الحاليين){_END})"
)
#: «22 يوليو/تموز من نفس العام», «في مايو من العام نفسه»: a day or month of the year of the date named before.
_P_SAME_YEAR: Final = re.compile(
    rf"{_PRE}(?P<x>(?:{_TOD}?(?:يوم\s+)?{_DAYX})?(?:شهر\s+)?{_MONTHS2}\s+من\s+"
    rf"(?:نفس\s+(?:العام|السنة)|(?:العام|السنة)\s+(?:نفسه|نفسها|ذاته|ذاتها)){_END})"
)
_SAME_YEAR_ANCHOR: Final = re.compile(
    r"من\s+(?:نفس\s+(?:العام|السنة)|(?:العام|السنة)\s+(?:نفسه|نفسها|ذاته|ذاتها))(?!\w)"
)
_DUAL_WHICH: Final = re.compile(r"(?:الماضيين|المنصرمين|الفاءتين|المقبلين|القادمين|الجاريين|الحاليين)(?!\w)")
#: «هذا الصباح», «هذا المساء»: a time of this day (not «هذه الليلة التي رأيتها», a night just told of).
_P_THIS_TIME: Final = re.compile(rf"{_PRE}(?P<x>هذا\s+(?:الصباح|المساء){_END})(?!\s+(?:الذي|التي))")
#: «إلى العشرين منه», «حتى الـ25 منه»: a later day of the month of the day just named.
_P_DAY_OF_IT: Final = re.compile(
    rf"(?<!\w)(?:الي|حتي|و)\s+(?P<x>(?:{_DAY}|(?P<od>{_alt(ORDINALS)}))\s+منه){_END}"
)
#: «كما لو كانت بالأمس», «وكأنه الأمس»: yesterday as a figure of speech.
_AS_IF_BEFORE: Final = re.compile(r"(?:كما\s+لو|كان|وكان|كانه|كانها|وكانه|وكانها)(?:\s+\S+)?\s+(?:ب)?$")
#: «على ذلك اليوم»: that day, not today.
_THAT_BEFORE: Final = re.compile(r"(?<!\w)(?:ذلك|تلك|ذاك)\s+$")
#: Papers and channels named with «اليوم»: «بيان اليوم», «روسيا اليوم», «المصري اليوم», «أخبار اليوم».
_MEDIA_BEFORE: Final = re.compile(
    r"(?<!\w)(?:بيان|روسيا|المصري|اخبار|العرب|امريكا|اميركا|الجزاءر|الجزائر|فلسطين|السودان|الاردن|لبنان|مصر|عمان"
    r"|الخليج|الشرق|الوطن|تونس|المغرب|اليمن|ليبيا|سوريا|العراق|الكويت|قطر|البحرين|الامارات|السعودية|موريتانيا)"
    r"\s+$"
)
#: «أكدت اليوم وفاة حاجتين»: «اليوم» right after a verb of saying or acting in the past tense («قد» may come before).
_VERB_JUST_BEFORE: Final = re.compile(
    r"(?:^|\s)(?:قد\s+)?[وف]?(?:اكد|اعلن|ذكر|افاد|اوضح|صرح|كشف|نفي|نفت|قال|قالت|اطلق|افتتح|وقع|اصدر|نشر|عقد"
    r"|نظم|نفذ|زار|وصل|غادر|قرر|اعتقل|انطلق|اختتم|اعتمد|سلم|تسلم)(?:ت|وا)?\s+$"
)
#: «القانون عدد 35 لسنة 76»: a law's year written with two digits (the Tunisian press).
_P_LAW_YEAR: Final = re.compile(r"(?<!\w)عدد\s+\d{1,4}\s+(?:ل)?(?P<x>سنة\s+(?P<yy>\d\d))(?![\d/.-])")
_NUMBER_WORDS: Final[dict[str, int]] = {
    "ثلاث": 3, "ثلاثة": 3, "اربع": 4, "اربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7,
    "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
}  # fmt: skip
#: unit words to (days, months, years) and how many: «قبل يومين», «قبل 4 سنوات», «قبل ستة اشهر»
_AGO_UNITS: Final[dict[str, tuple[str, int]]] = {
    "يوم": ("day", 1), "ليلة": ("day", 1), "اسبوع": ("week", 1), "شهر": ("month", 1), "سنة": ("year", 1),
    "عام": ("year", 1), "يومين": ("day", 2), "ليلتين": ("day", 2), "اسبوعين": ("week", 2),
    "شهرين": ("month", 2), "سنتين": ("year", 2), "عامين": ("year", 2), "ايام": ("day", 0), "ليال": ("day", 0),
    "اسابيع": ("week", 0), "اشهر": ("month", 0), "شهور": ("month", 0), "سنوات": ("year", 0),
    "اعوام": ("year", 0), "عاما": ("year", 0), "يوما": ("day", 0), "شهرا": ("month", 0), "اسبوعا": ("week", 0),
}  # fmt: skip
_P_AGO: Final = re.compile(
    # «قبل 3 سنوات», and «منذ نحو أربع سنوات مضت» («منذ» with «مضت»: ago; without it «منذ» is a period)
    rf"{_PRE}(?P<x>(?P<since>منذ\s+)?(?(since)|قبل\s+)(?:(?:نحو|حوالي|قرابة|زهاء)\s+)?(?:(?P<k>[1-9]\d?)\s+|(?P<n>{_alt(_NUMBER_WORDS)})\s+)?(?P<u>{_alt(_AGO_UNITS)}){_END}"
    rf"(?(since)\s+(?:مضت|خلت|مضي|مضين){_END}))"
)
#: «قبل ثلاثة أشهر من اندلاع الثورة»: before an event named after it, not before now («قبل عامين من الآن» is).
_AGO_OF_EVENT: Final = re.compile(r"\s+(?:من|علي)\s+(?!(?:الان|اليوم|تاريخه|الحين|حينه|الاقل)(?!\w))")
_P_THIS: Final = re.compile(rf"{_PRE}(?P<x>(?:هذا|هذه)\s+(?P<unit>العام|السنة|الشهر){_END})")
_P_RELATIVE: Final = re.compile(
    # a day of it in figures or as an ordinal word: «الـ25 من الشهر الجاري», «الثامن من الشهر الجاري», a span of
    # its days: «بين 21-26 الشهر الجاري»
    rf"{_PRE}(?P<x>(?:(?:يوم\s+)?{_DAY}\s+من\s+|(?<!\d)(?P<d3>\d{{1,2}})\s*[-–]\s*\d{{1,2}}\s+(?=الشهر)|(?:يوم\s+)?(?P<od>{_alt(ORDINALS)})\s+من\s+(?=الشهر))?(?P<unit>(?:ال|(?<=لل))(?:شهر|اسبوع|عام|سنة))\s+(?:المالي(?:ة)?\s+)?"
    # «الأسبوع قبل الماضي», «العام قبل الماضي»: the one before the last
    rf"(?P<twice>قبل\s+(?=الماضي|الماضية))?"
    rf"(?P<which>الماضي|الماضية|الجاري|الجارية|الحالي|الحالية|المقبل|المقبلة|القادم|القادمة|الفائت|المنصرم|المنصرمة"
    rf"|السابق|السابقة|المنقضي|المنقضية|الفارط|الفارطة){_END}"
    # «للشهر الماضي من العام الحالي»: the year named after the month is the month's, one date
    rf"(?:\s+من\s+(?:(?:العام|السنة)\s+(?:الحالي|الحالية|الجاري|الجارية)|هذا\s+العام|هذه\s+السنة){_END})?)"
)
#: A year or month named by the one just named before it: «العام الذي سبقه», «الشهر الذي تلاه», «28 من الشهر
#: ذاته»; resolved from that date, not from the publication date.
_P_ANCHORED: Final = re.compile(
    rf"{_PRE}(?P<x>(?:{_DAY}\s+من\s+)?(?P<unit>(?:ال|(?<=لل))(?:شهر|عام|سنة))\s+"
    rf"(?:(?P<same>ذاته|ذاتها|نفسه|نفسها)|(?:الذي|التي)\s+(?P<rel>سبقه|سبقها|سبقته|سبقتها|قبله|قبلها|تلاه|تلاها|تلته"
    rf"|تلتها|يليه|يليها|تليه|تليها|بعده|بعدها)){_END})"
)
#: «العامين الجاري والمقبل»: two years named together, one relative date (the first)
_P_TWO_YEARS: Final = re.compile(
    rf"{_PRE}(?P<x>(?:العامين|السنتين)\s+(?P<which>الماضي|الجاري|الحالي|المقبل|القادم)(?:ة)?\s+و\s*"
    rf"(?:الماضي|الجاري|الحالي|المقبل|القادم)(?:ة)?{_END})"
)


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
