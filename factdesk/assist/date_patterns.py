"""The words and patterns dates are read with: month, weekday and time-of-day tables, and the compiled regexes.

What :func:`factdesk.assist.dates.find_dates` matches, kept apart from the finder so its resolution code
stays readable: the Hijri month and weekday tables (:data:`HIJRI_MONTHS`, :data:`WEEKDAYS`) and the times
of day (``_TIMES``), the ordinal days in words (:data:`ORDINALS`), the number and unit words of «قبل ثلاث
سنوات» (``_NUMBER_WORDS``, ``_AGO_UNITS``), the pieces the expressions are built from (``_PRE`` for the
proclitics, ``_DAYX``, ``_MONTHS2``, ``_YEAR``, ``_TOD``, ``_WHICH``...), one compiled pattern per
construction (the ``_P_*``) and the small ones the finder tries on the text just before or after a match
(the ``_…_BEFORE``). Every word is written normalised as the finder's :func:`~factdesk.assist.dates._normalise`
leaves the text (one alef, ي for ى, ASCII digits, no marks), and :func:`_alt` joins names longest first so an
alternation prefers the longer spelling. The month tables of every region are :mod:`factdesk.nlp.months`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from factdesk.nlp.months import MONTHS

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
