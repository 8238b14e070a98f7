"""Figures in an Arabic article: every quantity with its value, bound, unit and counted thing.

Rules, not a model: the text is folded once (:func:`factdesk.nlp.fold.fold_with_map`, so hamza,
taa marbuta, diacritics, tatweel and the digits' script stop mattering) and one regular
expression finds the number phrases in the folded text; each match is mapped back to code-point
offsets of the original text, so a span never splits a letter from its marks. Dates, times,
numeric dates, phone numbers and years are recognised and left out (the dates helper reads them), and so are
numbers that name rather than count: versions and models («أندرويد 2.3»), numbered things («الإصدار 2.0»,
«الرحلة 370»), years in names of events and plans («رؤية 2030»), law numbers and scores. Such a number is told by
what stands around it, not by a list of names: a word before it that neither governs nor measures it, and no
noun after it that it could count (see :func:`_named`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from factdesk.nlp.fold import fold, fold_with_map, original_span
from factdesk.nlp.months import MONTHS

__all__ = ["Bound", "Figure", "Kind", "find_figures"]

Bound = Literal["exact", "at_least", "more_than", "about", "less_than", "up_to"]
Kind = Literal["killed", "injured", "fighters", "vehicles", "money", "percentage", "people", "other"]


@dataclass(frozen=True)
class Figure:
    """One quantity: ``[start, end)`` covers the whole phrase (qualifier and unit included)."""

    start: int
    end: int
    value: float | int
    high: float | int | None
    bound: Bound
    unit: str
    thing: str
    thing_start: int
    thing_end: int
    kind: Kind
    text: str


def _f(words: str) -> list[str]:
    """Folded spellings (space-separated source list), longest first so alternation prefers them."""
    return sorted({fold(w) for w in words.split()}, key=len, reverse=True)


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


# --- number words: folded spelling -> (value, class) ---------------------------------------------
_UNITS = {
    "واحد واحدة": 1,
    "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي": 2,
    "ثلاث ثلاثة": 3,
    "أربع أربعة": 4,
    "خمس خمسة": 5,
    "ست ستة": 6,
    "سبع سبعة": 7,
    "ثمان ثماني ثمانية": 8,
    "تسع تسعة": 9,
    "عشر عشرة": 10,
    "أحد إحدى": 1,
}
_TENS = {
    "عشرون عشرين": 20,
    "ثلاثون ثلاثين": 30,
    "أربعون أربعين": 40,
    "خمسون خمسين": 50,
    "ستون ستين": 60,
    "سبعون سبعين": 70,
    "ثمانون ثمانين": 80,
    "تسعون تسعين": 90,
}
_HUNDREDS = {
    "مئة مائة مئه مائه": 100,
    "مئتين مئتان مائتين مائتان مئتي مائتي مئتا مائتا": 200,
    "ثلاثمئة ثلاثمائة": 300,
    "أربعمئة أربعمائة": 400,
    "خمسمئة خمسمائة": 500,
    "ستمئة ستمائة": 600,
    "سبعمئة سبعمائة": 700,
    "ثمانمئة ثمانمائة ثمانيمئة ثمانيمائة": 800,
    "تسعمئة تسعمائة": 900,
}
_SCALES = {
    "ألف ألفا": 1000,
    "ألفين ألفان ألفي": 2000,
    "آلاف الاف": 1000,
    "مليون مليونا": 1_000_000,
    "مليونين مليونان مليوني": 2_000_000,
    "ملايين": 1_000_000,
    "مليار مليارا مليارات": 1_000_000_000,
    "تريليون تريليونا ترليون ترليونا": 1_000_000_000_000,
    "ملياري مليارين": 2_000_000_000,
}
_DUALS = {2000, 2_000_000, 2_000_000_000}
_VAGUE = {
    "عشرات": (10, 99),
    "مئات مئآت": (100, 999),
    "آلاف الاف": (1000, 9999),
    "ملايين": (10**6, 10**7 - 1),
    "مليارات": (10**9, 10**10 - 1),
}


@functools.cache
def _lexicon() -> dict[str, tuple[int, str]]:
    lex: dict[str, tuple[int, str]] = {}
    for table, cls in ((_UNITS, "unit"), (_TENS, "ten"), (_HUNDREDS, "hundred"), (_SCALES, "scale")):
        for words, value in table.items():
            for w in _f(words):
                lex.setdefault(w, (value, cls))
    return lex


@functools.cache
def _vague() -> dict[str, tuple[int, int]]:
    return {w: span for words, span in _VAGUE.items() for w in _f(words)}


# --- qualifiers, units, things -------------------------------------------------------------------
_QUALIFIERS: list[tuple[str, Bound]] = [
    ("ما لا يقل عن", "at_least"),
    ("لا يقل عن", "at_least"),
    ("ما لا يقل على", "at_least"),
    ("أكثر من", "more_than"),
    ("ما يزيد عن", "more_than"),
    ("ما يزيد على", "more_than"),
    ("يزيد عن", "more_than"),
    ("يزيد على", "more_than"),
    ("ما يربو على", "more_than"),
    ("ما يقارب", "about"),
    ("ما يقرب من", "about"),
    ("نحو", "about"),
    ("قرابة", "about"),
    ("حوالي", "about"),
    ("حوالى", "about"),
    ("زهاء", "about"),
    ("تقريبا", "about"),
    ("أقل من", "less_than"),
    ("أزيد من", "more_than"),
    ("أزيد", "more_than"),  # the Moroccan press drops the «من»: «أزيد 163 شعبة»
    ("ما يفوق", "more_than"),
    ("يفوق", "more_than"),
    ("يناهز", "about"),
    ("ما يناهز", "about"),
    ("ما يصل إلى", "up_to"),
    ("يصل إلى", "up_to"),
    ("حتى", "up_to"),
    ("تناهز", "about"),
    ("يقارب", "about"),
    ("تقارب", "about"),
    ("تفوق", "more_than"),
    ("تزيد عن", "more_than"),
    ("تزيد على", "more_than"),
    ("تصل إلى", "up_to"),
    ("ما يتجاوز", "more_than"),
    ("يتجاوز", "more_than"),
    ("تتجاوز", "more_than"),
    # a level named with its bound («فوق مستوى 8%», «أقل من مستوى 8%»): the bound and «مستوى» stay in the span
    ("فوق مستوى", "more_than"),
    ("فوق", "more_than"),
    ("أقل من مستوى", "less_than"),
    ("دون مستوى", "less_than"),
    ("تحت مستوى", "less_than"),
    ("تحت", "less_than"),
    ("أعلى من", "more_than"),
    ("أدنى من", "less_than"),
]
#: Qualifiers that are verbs («يناهز 14 ألفا», «ليصل إلى 80%»): they bound the figure but stay outside its span,
#: unlike the nouns of quantity «ما يناهز», «ما يزيد على» that are read as part of it.
_VERB_QUALIFIERS = {
    fold(q)
    for q in (
        "يزيد عن", "يزيد على", "يفوق", "يناهز", "يصل إلى", "تناهز", "يقارب", "تقارب", "تفوق", "تزيد عن",
        "تزيد على", "تصل إلى", "يتجاوز", "تتجاوز",
    )
}  # fmt: skip
#: Verbs that bound the number they govern without being part of the figure («لا تتجاوز 5%»).
_VERB_BOUNDS = re.compile(
    r"(?:(?:ما|بما)\s+)?(?:لا|لن|لم)\s+(?:يتجاوز|تتجاوز|يزيد|تزيد|يتعدي|تتعدي)(?:\s+(?:عن|علي))?\s*$"
)
_CURRENCIES: list[tuple[str, str]] = [
    ("دولار دولارا دولارات", "USD"),
    ("يورو أورو اورو", "EUR"),  # «أورو»: the Maghreb's spelling
    ("يوان", "CNY"),
    ("روبل روبلا", "RUB"),
    ("روبية روبيات", "INR"),
    ("شيكل شيكلا شيقل شيقلا شواكل", "ILS"),
    ("تومان", "IRR"),
    ("فرنك فرنكا فرنكات", "CHF"),
    ("ريال ريالا ريالات", "SAR"),
    ("جنيه جنيها جنيهات", "EGP"),
    ("ليرة ليرات", "SYP"),
    ("درهم درهما دراهم", "AED"),
    ("دينار دينارا دنانير", "KWD"),
]
#: The hundredth or thousandth of a currency, each its own unit (a price of «20 قرشا» is twenty piastres, not
#: twenty dinars), with how many make one of the currency they divide (for a range «ما بين 80 قرشا و1.10 دينار»).
_MINOR_UNITS: list[tuple[str, str, int]] = [
    ("قرش قروش قرشا", "piastre", 100),
    ("فلس فلسا فلوس", "fils", 1000),
    ("مليم مليما مليمات", "millime", 1000),
    ("هللة هللات", "halala", 100),
    ("سنتيم سنتيما سنتيمات", "centime", 100),
    ("بيسة بيسات", "baisa", 1000),
    ("سنت سنتا سنتات", "cent", 100),
]
_MINOR_WORDS = {w for ws, _, _ in _MINOR_UNITS for w in _f(ws)}
_CURRENCY_QUALIFIED = {
    "قطري": "QAR",
    "عماني": "OMR",
    "يمني": "YER",
    "إسترليني": "GBP",
    "استرليني": "GBP",
    "لبنانية": "LBP",
    "تركية": "TRY",
    "أردني": "JOD",
    "عراقي": "IQD",
    "بحريني": "BHD",
    "ليبي": "LYD",
    "تونسي": "TND",
    "جزائري": "DZD",
    "مغربي": "MAD",
    "كويتي": "KWD",
    "إماراتي": "AED",
}
_KIND_WORDS: list[tuple[str, Kind]] = [
    ("قتيل قتيلا قتلى شهيد شهيدا شهداء ضحية ضحايا وفاة وفيات", "killed"),
    ("جريح جريحا جرحى مصاب مصابا مصابين إصابة إصابات", "injured"),
    ("مسلح مسلحا مسلحين مقاتل مقاتلا مقاتلين عنصر عنصرا عناصر إرهابي إرهابيا إرهابيين", "fighters"),
    (
        "سيارة سيارات آلية آليات عربة عربات صهريج صهاريج شاحنة شاحنات دبابة دبابات مدرعة مدرعات"
        " طائرة طائرات مروحية مروحيات سفينة سفن قارب قوارب زورق زوارق حافلة حافلات",
        "vehicles",
    ),
    (
        "شخص شخصا أشخاص مدني مدنيا مدنيين مواطن مواطنا مواطنين طفل طفلا أطفال امرأة نساء رجل رجلا رجال"
        " لاجئ لاجئا لاجئين نازح نازحا نازحين معتقل معتقلا معتقلين أسير أسيرا أسرى جندي جنديا جنود"
        " عامل عاملا عمال طالب طالبا طلاب نسمة فرد فردا أفراد حاج حاجا حجاج صحفي صحفيا صحفيين صحافي صحافيا"
        " صحافيين مريض مريضا مرضى مقيم مقيما مقيمين عضو عضوا أعضاء شخصية شخصيات موظف موظفا موظفين"
        " مهاجر مهاجرا مهاجرين سجين سجينا سجناء متظاهر متظاهرا متظاهرين ناخب ناخبا ناخبين زائر زائرا زوار"
        " مسافر مسافرا مسافرين راكب راكبا ركاب متعاف متعافيا متعافين متعافون ناج ناجيا ناجين ناجون"
        " نائب نائبا نواب مستفيد مستفيدا مستفيدين أستاذ أستاذا أساتذة زبون زبونا زبائن زبونة زبونات"
        " عاطل عاطلا عاطلين عاطلون متهم متهما متهمين متهمون مناضل مناضلا مناضلين مشارك مشاركا مشاركين مرشح مرشحا مرشحين قاض قاضيا قضاة ضابط ضابطا ضباط"
        " منسق منسقا منسقين طيار طيارا طيارين وزير وزيرا وزراء وزيرة وزيرات نائبة نائبات معينة معينات"
        " قاصر قاصرا قاصرين قاصرات مدخن مدخنا مدخنين شرطي شرطيا معلم معلما معلمين لاعب لاعبا لاعبين مسؤول مسؤولا مسؤولين سائح سائحا سياح مصل مصلين"
        " مستخدم مستخدما مستخدمين سيدة سيدات فتاة فتيات شاب شابا شبان رضيع رضيعا رضع مشترك مشتركا مشتركين"
        " موقوف موقوفا موقوفين محتجز محتجزا محتجزين تلميذ تلميذا تلاميذ تلميذة تلميذات كفاءة كفاءات",
        "people",
    ),
]
_KILL_CUES = _f(
    "قتل مقتل قتيل مصرع قتلى لقي حتفه أودى استشهاد شهداء الشهداء وفاة وفيات الوفيات ضحايا القضاء أرواح"
)
_INJURY_CUES = _f("جرح إصابة جريح مصاب جرحى إصابات الإصابات المصابين مصابين أصيب أصيبوا")
#: Words just before a figure with no counted noun that make it a sum of money («يخسرون فيها المليارات»).
_MONEY_CUES = _f(
    "سحب يسحب خسر خسرت يخسر تخسر يخسرون خسائر خسارة أنفق أنفقت ينفق تنفق ينفقون إنفاق كلف تكلف تكلفة كلفة"
    " بقيمة ميزانية"
    " تمويل أرباح ربح إيرادات راتب رواتب نفقات النفقات"
)
#: Month names of every region (the dates helper's table: «غشت», «نونبر», «دجنبر» too; a two-word name by
#: its first word) and the Hijri months: a number next to one is a day, not a figure.
_MONTHS = _f(
    " ".join(sorted({name.split()[0] for name in MONTHS}))
    + " أبريل إبريل أغسطس أكتوبر آذار آب أيار أيلول أفريل أوت"
    + " محرم صفر ربيع جمادى رجب شعبان رمضان شوال القعدة الحجة ذو ذي"
)
_NOT_THINGS = set(
    _f(
        "من في على إلى عن و أو ثم مع هذا هذه التي الذي الذين كان كانت قد لم أن إن بينهم منهم فقط قبل بعد خلال منذ"
    )
)

_PREFIX = r"(?:و|ب|ل|وب|ول|ف)?"
_ORDINAL = re.compile(
    r"(?:و|ب|ل)?ال(?:اول|اولي|حادي|حاديه|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|سادس|سادسه"
    r"|سابع|سابعه|ثامن|ثامنه|تاسع|تاسعه|عاشر|عاشره)"
)
_WORD_END = r"(?![\w])"
_WORD_START = r"(?<![\w])"


@functools.cache
def _pattern() -> re.Pattern[str]:
    lex = _lexicon()
    vague = _vague()
    word = r"(?:" + _alt(sorted(lex, key=len, reverse=True)) + r")"
    # «0،82»: the Arabic comma between digits with no space is a decimal comma, unless groups of
    # three follow a non-zero lead («15،000»)
    # «71ر76»: the Moroccan news agency's decimal, its decimals first (76.71); «37، 13 في المائة» the same
    # decimal as it comes out of some Moroccan pages (13.37), only before a percent or a scale word
    # «5,6 مليار»: a Latin comma before one or two digits is a decimal comma (Levant and Gulf wires)
    digits = (
        r"(?:\d{1,3}(?:[,٬]\d{3})+(?:[.٫]\d+)?|[1-9]\d{0,2}(?:،\d{3})+(?!\d)|\d{1,3}(?:\.\d{3}){2,}"
        r"|\d+ر\s?\d+|\d{1,2}،\s\d{1,2}(?=\s*(?:%|٪|في\s+الم|بالم|مليون|مليار))"
        r"|\d(?<![\d,]\d)\d*,\d{1,2}(?![\d,])|\d+\s+فاصل(?:ه)?\s+\d+|\d+(?:[.٫،]\d+)?)"
    )
    # A number: digits (optionally followed by a scale word), or a chain of number words joined by و.
    # Without «و» a number word is followed only by a multiplier or «عشر» («ثلاثة آلاف», «خمسة عشر»):
    # «الثلاثة ثلاث» is two figures.
    tight = "(?:" + _alt([w for w, (_, c) in lex.items() if c in ("scale", "hundred")] + _f("عشر عشرة")) + ")"
    # «العقود الثلاثة»: the definite article on a number word (not on اثنين: «الاثنين» is Monday).
    wnum = (
        rf"{_WORD_START}(?:{_PREFIX}|(?:و|ب|ل|وب)?ال(?!اثن|احد|واحد))"
        rf"{word}{_WORD_END}(?:\s+(?:و\s*{word}|{tight}){_WORD_END})*"
    )
    scale = _alt(_f("ألف آلاف ألفا مليون مليونا ملايين مليار مليارا مليارات تريليون تريليونا ترليون"))
    scale += r"|[ما]\s?\.?\s?د(?!\w)"  # «379 م د», «500 أ د»: the Tunisian agency's «مليون/ألف دينار»
    scale += r"|م\s?/\s?درهم(?!\w)"  # «340م/درهم»: the Moroccan press's «مليون درهم»
    # «5 آلاف مليار»: a scale word times a larger one
    bigger = _alt(_f("مليون مليار مليارات تريليون ترليون"))
    dnum = rf"{digits}(?:[kK](?![A-Za-z\d])|\s*(?:{scale}){_WORD_END}(?:\s+(?:{bigger}){_WORD_END})?)?"  # «15k»: thousands
    # «نصف مليون لاجئ»: a half or a quarter of a scale word
    frac = rf"{_WORD_START}(?:و|ب)?(?:نصف|ربع)\s+(?:{_alt(_f('مليون مليار ألف'))}){_WORD_END}"
    # «صفر بالمئة», «صفر في المائة»: zero is a number only before a percent
    zero = rf"{_WORD_START}(?:و|ب)?صفر(?=\s*(?:%|٪|في\s+الم|بالم))"
    num = rf"(?:{dnum}|{frac}|{zero}|{wnum})"
    cur = _currency_words()
    # «( 117 ) مليار دينار», «(2.667) مليار سهم»: the Iraqi press writes a number in parentheses and its scale,
    # currency or percent after them («(117 مليار) دينار» too); the figure runs from the digits to the scale or
    # currency
    pnum = (
        rf"(?:(?<=[(«])|(?<=[(«]\s)|(?<=[(«]\s\s)){digits}(?:\s*(?:{scale}){_WORD_END})?\s*[)»]"
        rf"(?=\s*(?:(?:{scale}|{cur}){_WORD_END}|%|٪|في\s+الم|بالم))"
        rf"(?:\s*(?:{scale}){_WORD_END}(?:\s+(?:{bigger}){_WORD_END})?)?"
    )
    vague_p = (
        # «بضعة مليارات»: a few of a scale word is the scale word's vague figure, «بضعة» in the span
        rf"{_WORD_START}(?:(?:و|ب|ل)?بضع(?:ه)?\s+(?=(?:الاف|ملايين|مليارات){_WORD_END})|(?:و|ب|ل|وب)?(?:ال)?)(?:{_alt(sorted(vague, key=len, reverse=True))}){_WORD_END}"
        rf"(?:\s+(?:من\s+)?(?:ال)?(?:{_alt(_f('آلاف الاف ملايين مليارات'))}){_WORD_END})?"
    )
    qual = r"|".join(re.escape(fold(q)).replace(r"\ ", r"\s+") for q, _ in _QUALIFIERS)
    pct_w = r"(?:[%٪]|بالم(?:ء|ا|اء)ه|في\s+الم(?:ء|ا|اء)ه)"
    rng = (
        # «بين 3 و4», «بين 3-10 سنوات», «ما بين 80 قرشا و1.10 دينار», «ما بين 40 قرشا إلى 90 قرشا»: one range
        # «بين سن 45 و 55 عاما», «مابين 3- و6 شهور»: an age word after «بين», «ما» glued, a dash before «و»
        rf"(?P<rng>{_WORD_START}(?:بين|ب?ما\s*بين)\s+(?P<age>(?:سن|سني|عمر)\s+)?(?:ال|«\s*)?(?P<lo1>{num})"
        rf"(?:\s*[%٪]|\s*(?P<lcur>{cur}){_WORD_END})?\s*(?:-\s*(?=و))?(?P<sep1>و|الي|-|–|(?=و[^\W\d_]))\s*(?:ال)?(?P<hi1>{num})(?:\s*»(?=\s*(?:{cur}){_WORD_END}))?"
        # «79 % - 80 %»: a dash range with the percent written at both ends; «10 لـ15 عاما»: «لـ» read as «to»
        + (
            rf"|(?:من\s+)?(?P<lo2>{num})(?:\s*{pct_w}(?=\s*[-–]\s*\d[\d.,]*\s*{pct_w}))?"
            rf"\s*(?:-|–|الي|حتي|(?<=\d)(?<!\d\d\d\d)\s(?P<to_l>ل)(?=\s?\d)"
            # «لمدة من 6 : 12 ساعة»: a colon set off by spaces between two small numbers after «من», a duration
            # after them, reads «to» (a clock time is written «6:12»)
            rf"|(?<=من\s\d)(?P<colon>\s:\s)(?=\d\d?\s+(?:ساعه|ساعات|يوما|ايام|اسابيع|اشهر|شهور|سنوات|دقيقه|دقاءق)(?!\w))"
            rf"|(?<=من\s\d\d)(?P<colon2>\s:\s)(?=\d\d?\s+(?:ساعه|ساعات|يوما|ايام|اسابيع|اشهر|شهور|سنوات|دقيقه|دقاءق)(?!\w))"
            rf")\s*(?P<hi2>{num}))"
        )
    )
    unit = (
        r"(?:\s*(?P<pct>%|٪|"
        + r"في\s+الم(?:ء|ا)ه|بالم(?:ء|ا)ه|في\s+الماءه|بالماءه)"
        + r"|\s*(?P<cur>"
        + cur
        + r"|\$|€)"
        + _WORD_END
        # «2،473 د»: the Tunisian abbreviation of dinars, only after a price in millimes (three decimals)
        + r"|(?<=[،,.٫]\d\d\d)\s*(?P<dab>د)(?![^\W\d_])"
        # «12 ألف د», «3 مليار د»: the abbreviation after a scale word
        + r"|(?:(?<=الف)|(?<=الاف)|(?<=مليون)|(?<=ملايين)|(?<=مليار)|(?<=مليارات))\s+(?P<dsc>د)(?![^\W\d_])"
        + r")?"
    )
    return re.compile(
        rf"(?P<dollar>\$\s*)?(?:(?P<qual>{_WORD_START}(?:{_PREFIX}|م(?=ما\s))(?:{qual}))(?:\s*\((?=\s*\d[\d.,]*\s*\)\s*(?:[%٪]|{_PAREN_UNIT}))|\s+|(?=\d)))?"  # «نحو95», «بنحو(7) مليارات»
        rf"(?P<ppct>(?<![\d%٪])[%٪](?=\d))?"  # «(%15)»: the percent sign written before the number
        rf"(?:{rng}|(?P<vague>{vague_p})|(?P<num>{pnum}|{num})){unit}"
        rf"(?P<after>\s+(?:عل[يى]\s+الاقل|تقريبا){_WORD_END})?"
    )


#: What may follow a parenthesised number for a qualifier before the parenthesis to be its own: a scale or a currency.
#: «العشرين منه», «الثامن من الشهر الجاري», «الثلاثين من جوان»: what makes a definite number word a day.
_DAY_OF_MONTH_AFTER = re.compile(r"\s*(?:منه|من\s+(?:الشهر|شهر|" + _alt(_MONTHS) + r"))(?!\w)")
#: A month name right after a range of small numbers makes it a span of days: «بين 11 و 14 يوليوز».
_MONTH_AFTER = re.compile(r"\s*(?:من\s+)?(?:شهر\s+)?(?:" + _alt(_MONTHS) + r")(?![^\W\d_])")
_PAREN_UNIT = r"[^\W\d_]{0,2}(?:مليار|مليون|ملايين|الف|الاف|دولار|دينار|درهم|ريال|جنيه|يورو|ليره)"


def _parse_words(s: str) -> int | None:
    """Value of a chain of number words (folded): «مءه وعشرين» -> 120, «ثلاثه الاف» -> 3000."""
    lex = _lexicon()
    total = 0
    current = 0
    prev_cls = ""
    largest = 0
    for i, raw in enumerate(s.split()):
        tok = raw if raw in lex else _strip_prefix(raw)
        if tok not in lex:
            return None
        joined = tok != raw and raw.startswith("و")
        if i == 0 and tok == "و":
            return None
        value, cls = lex[tok]
        if cls == "scale":
            size = value // 2 if value in _DUALS else value
            if total and not joined and size > largest:
                # a larger scale multiplies what came before: «ألف مليار» is a thousand billion,
                # «ألف وخمسمئة مليار» 1,500 billion
                total = (total + current) * size
            else:
                total += (1 if value in _DUALS or not current else current) * value
            current = 0
            largest = max(largest, size)
        elif cls == "hundred" and value == 100 and prev_cls == "unit" and not joined and current < 10:
            current = current * 100
        elif cls == "unit" and value == 10 and prev_cls == "unit" and not joined and current < 10:
            current += 10  # teens: ثلاثة عشر
        else:
            current += value
        prev_cls = cls
    return total + current


def _parse_digits(s: str) -> float | int:
    if re.fullmatch(r"0[,٬]\d+", s):  # «0,500»: a lead zero is never a group of thousands
        return float("0." + s[2:])
    if "ر" in s:  # «71ر 76» is 76.71
        decimals, _, whole = s.partition("ر")
        return float(f"{whole.strip()}.{decimals}")
    if reversed_comma := re.fullmatch(r"(\d{1,2})،\s(\d{1,2})", s):  # «37، 13» is 13.37
        return float(f"{reversed_comma[2]}.{reversed_comma[1]}")
    if re.fullmatch(r"\d+,\d{1,2}", s):  # «5,6» is 5.6
        return float(s.replace(",", "."))
    if spelled := re.fullmatch(r"(\d+)\s+فاصل(?:ه)?\s+(\d+)", s):  # «46 فاصل 5» is 46.5
        return float(f"{spelled[1]}.{spelled[2]}")
    s = s.replace("٬", ",").replace("٫", ".")
    s = s.replace("،", "") if re.fullmatch(r"[1-9]\d{0,2}(?:،\d{3})+", s) else s.replace("،", ".")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", s):
        s = s.replace(".", "")
    s = s.replace(",", "")
    return float(s) if "." in s else int(s)


_DINARS = set(_f("دينار دينارا دنانير"))


def _millimes(num: str, value: float | int) -> float | int:
    """A dinar has a thousand millimes, so «2،308 دينار» and «2,308 دينار» are 2.308 dinars (Tunisian, Jordanian,
    Kuwaiti prices), not 2308; a whole number of thousands («15,000 دينار») keeps its thousands."""
    group = re.fullmatch(r"(\d{1,3})[،,٬](\d{3})", num)
    if group is None or group[2] == "000":
        return value
    return float(f"{group[1]}.{group[2]}")


_FRACTIONS = {"نصف": 0.5, "ربع": 0.25}


def _parse_num(s: str) -> float | int | None:
    s = s.strip()
    if re.fullmatch(r"[وب]?صفر", s):
        return 0
    head, _, rest = s.partition(" ")
    if _strip_fraction(head) in _FRACTIONS and rest.strip() in _lexicon():
        value = _FRACTIONS[_strip_fraction(head)] * _lexicon()[rest.strip()][0]
        return int(value) if value.is_integer() else value
    if md := re.fullmatch(
        r"(.+?)\s*([ما])\s?(?:\.?\s?د|/\s?درهم)", s
    ):  # «379 م د»: millions of dinars; «500 أ د»: thousands; «340م/درهم»: millions of dirhams
        base = _parse_num(md[1])
        if base is None:
            return None
        exact = Decimal(str(base)) * (1_000_000 if md[2] == "م" else 1000)
        return int(exact) if exact == exact.to_integral_value() else float(exact)
    m = re.match(r"(\d[\d,.٬٫،]*(?:ر\s?\d+|،\s\d{1,2}|\s+فاصل(?:ه)?\s+\d+)?)\s*([^\d\s]\S*(?:\s+\S+)?)?$", s)
    if m:
        value = _parse_digits(m.group(1))
        if m.group(2) in ("k", "K"):
            value = value * 1000
            return int(value) if float(value).is_integer() else value
        if m.group(2):
            exact = Decimal(str(value))
            for word in m.group(2).split():  # «5 آلاف مليار»: each scale word multiplies
                scale = _lexicon().get(word)
                if scale is None or scale[1] != "scale":
                    return None
                # in decimal, not binary: 8.3 مليار is 8300000000, not 8300000000.000001
                exact *= scale[0] // 2 if scale[0] in _DUALS else scale[0]
            value = int(exact) if exact == exact.to_integral_value() else float(exact)
        return value
    return _parse_words(s)


@functools.cache
def _kind_of() -> dict[str, Kind]:
    out: dict[str, Kind] = {}
    for words, kind in _KIND_WORDS:
        for w in _f(words):
            out[w] = kind
    return out


#: The counted noun after a figure, past a bracketed share («254 (82) مريضا») and «من».
_THING = re.compile(r"\s*(?:\(\s*[\d.,٫]+\s*%?\s*\)\s*)?(?:من\s+)?[\"“«]?\s*((?:ال)?[^\W\d_]{2,})")
#: «وصل عدد المتعافين 80 ألفا»: the counted noun named before the figure.
_COUNT_OF = re.compile(r"(?:^|\s)[وب]?(?:عدد|اعداد)\s+(\S+)\s+(?:\S+\s+)?$")
_BEFORE_WORDS = re.compile(r"(\S+)\s*$")


#: A nisba after a count names people by where they come from: «11 مليون عراقي», «750 ألفا مغربيا».
_NISBA = re.compile(r"(?!ال)[^\W\d_]{2,}[^\Wاوي\d_](?:ي|يا|يين|يون|يه|يات)")
_NOT_NISBA = set(
    _f(
        "الذي التي حوالي حوالى الحالي التالي الماضي الجاري الثاني أي أعلى أدنى سنوي يومي شهري سنوية يومية شهرية"
        " أسبوعية إضافية إضافي"
    )
)


def _thing_kind(thing: str) -> Kind | None:
    kinds = _kind_of()
    for cand in (thing, thing[2:] if thing.startswith("ال") else thing):
        for p in ("", "و", "ب", "ل"):
            if cand.startswith(p) and cand[len(p) :] in kinds:
                return kinds[cand[len(p) :]]
        # possessive endings: «قادته», «عناصره»
        for suf in ("ه", "هم", "ها"):
            if cand.endswith(suf) and cand[: -len(suf)] in kinds:
                return kinds[cand[: -len(suf)]]
        if cand.endswith("ي") and cand[:-1] + "ين" in kinds:
            return kinds[cand[:-1] + "ين"]  # a plural before its complement: «مسلحي الحوثي», «مناضلي الحزب»
    return None


#: Latin letters spelt in Arabic script as they are read aloud («بي» B, «سي» C, «اتش» H), and a lone letter.
_LETTER_NAME = (
    r"(?:ايه|بي|سي|دي|اف|جي|اتش|ايتش|اش|كيه|ام|ان|ار|اس|تي|يو|في|دبليو|اكس|زد|واي|كيو|اي|[\u0621-\u064a])"
)
_LETTERS_BEFORE = re.compile(rf"(?:^|[\s(\[-])((?:{_LETTER_NAME}\s+)+)$")
_LETTERS_AFTER = re.compile(rf"\s+{_LETTER_NAME}(?:\s+{_LETTER_NAME})*\s*[)\]]")
#: Letter names that are also common words: alone before a number they are the word («في 12», «أو 5», «أن»).
_LETTER_WORDS = frozenset({"في", "ان", "ام", "اي", "و", "ف", "ب", "ل", "ك", "اش", "اس"})


def _lettered_code(before: str, after: str) -> bool:
    """Whether a number sits in a code spelt with letter names: «فيتامين (ب 12)», «(سي بي 1 اف)», «(ايه بي سي دي
    4)», «اتش 1 ان 1». A lone letter or a word that is also a letter name counts only where the code is closed by a
    parenthesis, follows «فيتامين», goes on with letters after the number or follows a letter and its number;
    two letter names or more, unless they are all common words, always do."""
    m = _LETTERS_BEFORE.search(before)
    if m is None:
        return False
    names = m.group(1).split()
    if len(names) >= 2 and not all(n in _LETTER_WORDS for n in names):
        return True
    opened = before[: m.start(1)].rstrip().endswith(("(", "["))
    closed = re.match(r"\s*[)\]]", after) is not None
    return (
        (opened and closed)
        or _LETTERS_AFTER.match(after) is not None
        or re.search(r"(?:فيتامين|الفيتامين)\s*\(?\s*$", before[: m.start(1)]) is not None
        or (names[0] not in _LETTER_WORDS and re.match(rf"\s+{_LETTER_NAME}\s+\d", after) is not None)
        or _lettered_chain(before[: m.start(1)])
    )


def _lettered_chain(before: str) -> bool:
    """Whether ``before`` ends with a letter name and its number («اتش 1 » of «اتش 1 ان 1»), the letter no common
    word (not the «و» of «3 و 4 و 5»)."""
    m = re.search(rf"(?:^|\s)({_LETTER_NAME})\s+\d{{1,2}}\s+$", before)
    return m is not None and m.group(1) not in _LETTER_WORDS


def _is_date_or_time(folded: str, s: int, e: int, num: str) -> bool:
    """Whether the bare number at folded ``[s, e)`` is part of a date, a time, a year or a phone."""
    before = folded[max(0, s - 30) : s]
    after = folded[e : e + 30]
    if re.match(r"\s*[/:]\s*\d", after) or re.search(r"\d\s*[/:]\s*$", before):
        return True  # 2017/5/15, 5/2017, 10:30
    if re.match(r"[-.]\d+[-.]\d", after) or re.search(r"\d[-.]\d+[-.]$", before):
        return True  # 15-5-2017, 15.5.2017
    if re.search(r"\d[-.]$", before) and re.match(r"[-.]\d", after):
        return True
    if re.fullmatch(r"\d{1,2}\.\d{1,2}", num) and re.match(r"\.(?:19|20)\d\d(?!\d)", after):
        return True  # a dateline read as a decimal: «05.10.2012»
    if re.match(r"\s*[-/]\s*(?:\d{1,2}\s*[-/]\s*)?(?:19|20)\d\d(?!\d)", after) and re.fullmatch(
        r"\d{1,2}", num
    ):
        return True  # a date written with spaces: «29 - 10 - 2012», «10 - 2012»
    if re.fullmatch(r"(?:19|20)\d\d", num) and re.search(
        r"(?<!\d)\d{1,2}\s*[-/]\s*(?:\d{1,2}\s*[-/]\s*)?$", before
    ):
        return True
    if (
        re.search(r"(?:[A-Za-z#_'\[+]|©\s*|[A-Za-z-]\(|[A-Za-z][+-])$", before)
        or re.search(r"\d\s+$", before)
        or re.match(r"\s*[A-Za-z_]", after)
    ):
        return True  # code, colours, model names, a Latin title, «© 2015»: not prose
    if re.search(r"[A-Za-z-]\s*:\s*$", before):
        return True  # a style-sheet property: «padding: 0;»
    if re.search(r"(?:^|[\s(])[A-Za-z]{2,3}\s+$", before):
        return True  # a flight or a model: «الرحلة AI 139»
    if re.search(r"(?:^|[\s(])[A-Za-z][A-Za-z-]{3,}\s+$", before) and not re.match(
        r"\s*(?:[%٪$€]|في\s+الم|بالم|[^\W\d_]{0,2}(?:دولار|يورو|جنيه|ريال|درهم|دينار|ليره|الف|مليون|مليار))"
        r"|\s+(?![وف]?(?:ال|لل|ل|ب|في|من|علي|عن|الي)(?!\w))(?![وفبلك]?ال|ل|ب)[^\W\d_]{3,}",
        after,
    ):
        # a product named in Latin letters with its number: «طابعة Phaser 7100», «Galaxy 9» (but «Reuters 12
        # صورة»: an indefinite noun after it is counted)
        return True
    if re.search(r"[A-Za-z]\s+$", before) and re.match(r"[\"”»')\]]", after):
        return True  # a Latin name quoted with its number: «"MALI 400"»
    if re.match(r"\s\d{2,3}\s\d{2,3}(?:\s|$)", after) or re.match(r"\s*\)?\s*\+|\s*\)\s*\d{2,3}\s*\+", after):
        return True  # a phone number in groups: «81 10 77 77», «(+216) 31 30 30 30»
    if re.fullmatch(r"(?:19|20)\d\d", num) and (
        (
            re.search(r"(?:^|\s)(?:ما\s+)?بين\s*$", before)
            and re.match(r"\s*و\s*[،,]?\s*(?:19|20)\d\d(?!\d)", after)
        )
        or re.search(r"(?:^|\s)(?:ما\s+)?بين\s+(?:19|20)\d\d\s*و\s*[،,]?\s*$", before)
    ):
        return True  # «بين 2018 و،2020»: a span of years with a stray comma
    if re.match(r"\s*(?:ساعه\s+)?علي\s*(?:10|20|24|100)(?!\d)", after) or re.search(
        r"(?<!\d)\d{1,3}\s*(?:ساعه\s+)?علي\s*$", before
    ):
        return True  # a grade or a ratio: «معدل 20 على 20», «24 ساعة على 24»
    if re.search(r"\*\s*$", before) and re.match(r"\s*\*", after):
        return True  # a code to dial: «*195*»
    if re.search(r"\(\s*[\u0621-\u064a](?:\s*\.\s*[\u0621-\u064a]){1,3}\s*$", before):
        return True  # an old road number after its abbreviation: «(ط.ج 703 سابقا)»
    if re.search(r"(?:^|\s)(?:تحت\s+)?شعار\s*:?\s*[\"“«][^\"”»\n]{0,60}$", before):
        return True  # a slogan's numbers: «تحت شعار " 55 كفى و 555 تدبير "»
    if re.search(
        r"(?:^|\s)(?![وف]?(?:عشره|عشر|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه)\s)[^\W\d_]{3,}\s+(?:زاءد|زائد)\s*$",
        before,
    ):
        return True  # «الباكلوريا زائد 2»: a level named with a sum
    if re.fullmatch(r"\d{1,2}", num) and (
        re.match(r"\s*(?:زاءد|زائد)\s*\d", after)
        or re.search(r"(?<![\d.,])\d{1,2}\s*(?:\+|زاءد|زائد)\s*$", before)
    ):
        return True  # a group or a formula named by a sum: «مجموعة 5+1», «حوار 5 زائد 5»
    if re.match(r"\s*-\s*صفر", after) or re.search(r"صفر\s*-\s*$", before):
        return True  # a score: «3-صفر»
    if re.match(r"\s*(?:سيلندر|سلندر)" + _WORD_END, after):
        return True  # an engine: «ديزل 4 سيلندر»
    if re.search(
        r"(?:^|\s)(?:[وبل]|لل)?(?:الفصل|الفصلين|الفصول|فصول|فصله|فصلها|الماده|المادتين|المواد|مواد|مادته|مادتها|البند|البندين|البنود)"
        r"\s+(?:\d+\s*(?:و|،|,)\s*)*$",
        before,
    ):
        return True  # articles of a law: «الفصلين 92 و93», «الفصول 6 و22 و35»
    if re.search(r"[\u0621-\u064a]-$", before) or (
        re.search(r"\([^()\d]{2,30}[\u0621-\u064a]\s+-\s+$", before) and re.match(r"\s*\)", after)
    ):
        return True  # a name numbered with a hyphen: «القصر السماوي-1», «صواريخ (صياد - 2 )»
    if re.match(r"\s*\)?\s*(?:ت\s*غ|بتوقيت|gmt|صباحا|مساء)" + _WORD_END, after):
        return True  # a clock time: «(18,25 ت غ)»
    if (
        re.search(r"[\u0621-\u064a]{2}$", before)
        and not re.search(r"(?:^|\s)(?:[وبلفك]|[وبلفك]?ال|[وبل]?(?:نحو|حوالي|قرابه|زهاء))$", before)
        and not ((noun := re.match(r"\s+([^\W\d_]+)", after)) and _thing_kind(noun.group(1)))
    ):
        return True  # a number written on a name: «دائرة تونس2» (but «وهم21 رجلا»: a glued count of its noun)
    if re.search(r"[^\s\d]\($", before) and re.match(r"\)", after):
        return True  # a footnote mark: «نسمة،(1)»
    if (
        re.search(r"(?:^|[\n:؛،,.])\s*\(\s*$", before)
        and re.match(r"\s*\)", after)
        and re.fullmatch(r"\d{1,2}", num)
    ):
        return True  # an item of an enumeration: «الإجراءات: (1) تحسين الخدمات، (2) دعم الأسعار»
    if _lettered_code(before, after):
        return True  # a code spelt with letter names: «فيتامين (ب 12)», «(سي بي 1 اف)», «اتش 1 ان 1»
    if re.search(r"(?:كوفيد|كورونا)\s*-?\s*$", before) or (
        re.match(r"[»”\"]", after)
        and re.search(r"[\u0621-\u064a]\s+$", before)
        and not re.search(r"\d\s+(?:او|و|الي)\s+$", before)  # «بين "400 أو 500" شخص»: a quoted pair
    ):
        return True  # a number inside a name: «كوفيد 19», «فتنة 88»
    if re.search(
        r"(?:^|\s)(?:[وبل]?(?:ال)?(?:اف|ميغ|ميج|سو|سوخوي|اس|بوينغ|بوينج|ايرباص|طراز|موديل|فءه|فءات|فئه|فئات|اكس|جيل|بنزين|ميراج|فالكون|ويندوز|اندرويد|ايفون|ايباد|غالاكسي|جالاكسي|جالكسي|بلايستيشن|اكسبوكس|نوكيا|هواوي|بيكسل|ماك|ايوس|فرانس|ميدي|سبورت|سبورتس))\s*-?\s*$",
        before,
    ):
        return True  # a model: «إف-16», «إس 400», «بوينغ 737»
    if not re.search(r"[\u0621-\u064a]", before + after):
        return True  # no Arabic word around: style sheets, scripts, film lists
    if re.match(r"\s+(?:برو|بلس|ماكس|لايت|الترا|نوت|ايدج|باي)" + _WORD_END, after):
        return True  # a product's model: «ميت 10 برو», «آيفون 8 بلس», «أندرويد 9 باي»
    if re.match(r"[.)](?:\s|$)", after) and re.search(r"(?:^|\n|[.!?؟:]\s)\s*$", before):
        return True  # a list item's number, at a line's start or after a sentence: «… منها. 8. ترحيل»
    if num == "1" and re.search(r"(?:^|\n)\s*$", before):
        return True  # «1» opening a line numbers it: a count of one is written in words
    if re.search(
        r"(?:^|\s|[وبل])(?:رقم|الماده|ماده|الفصل|البند|الفقره|القرار|بتاريخ|تاريخ|القانون|قانون|الايه|ايه"
        r"|سوره|الصفحه|صفحه|ص|الصفحات|المرسوم|مرسوم|الاصحاح|العدد\s+رقم|مصنف|المصنف|المركز|الترتيب|الدوره|دوره|النسخه|المرتبه|مرتبه|اللاءحه|لاءحه)\s*[:.]?\s*[(«]?\s*$",
        before,
    ):
        return True  # an identifier (law, article, verse, page) or a date
    if re.search(
        r"(?:^|\s)[وبل]?(?:ال)?(?:قانون|امر|مرسوم|قرار|منشور|اتفاقيه|اتفاقيات)(?:\s+\S+){0,2}\s+عدد\s*$",
        before,
    ):
        return True  # the Tunisian numbering of texts: «القانون الأساسي عدد 52»
    months = _alt(_MONTHS)
    if re.match(r"\s+-\s+[\u0621-\u064a]", after) and not re.search(r"\d\s*-\s*$", before):
        return True  # an item of a ranked list: «1 - ساموا 2 - ناورو»
    if re.match(
        rf"\s*\)?\s*/?\s*(?:من\s+)?(?:شهر\s+)?(?:{months})(?:(?![^\W\d_])|(?=ال(?:مقبل|قادم|ماضي|جاري)))",
        after,
    ):
        return True  # a day: «13 ديسمبر», also with the year glued on («13 ديسمبر2018»)
    if re.match(r"\s*من\s+(?:الشهر|شهر)", after):
        return True
    if re.match(rf"(?:\s*و\s*\d{{1,2}})+\s+(?:من\s+)?(?:شهر\s+)?(?:{months})(?![^\W\d_])", after):
        return True  # «في 28 و29 مارس»: two days of one month
    nth = r"(?:\s+(?:الاول|الثاني))?"  # «كانون الثاني», «تشرين الأول»
    # the month opens a word, or follows a glued «و/ب/ل/ف»: «النواب 34» is not «آب 34»
    word_start = r"(?:(?<!\w)|(?<=\W[وبلف])|(?<=^[وبلف])|(?<=\d))"  # «5مارس 2019»: a day glued to its month
    if re.search(
        rf"{word_start}(?:{months}){nth}\s*\)?\s*(?:/\s*\S+{nth}\s*)?$", before
    ):  # «31 أيار (مايو) 2016»
        hijri_count = (
            re.search(r"(?:رمضان|شعبان|شوال|محرم|رجب)\s*$", before)
            and re.fullmatch(r"\d+", num)
            and int(num) > 31
            and not 1380 <= int(num) <= 1460
            and not re.match(r"\s*(?:ه|هجري|للهجره)" + _WORD_END, after)
        )
        if not hijri_count:
            return True  # but «خلال رمضان 1362 مخالفة» counts
    if re.search(
        r"(?:^|\s)[وبل]?ال(?:دوره|جوله|نسخه|طبعه|حلقه|مرحله|قمه|بطوله|ذكري|موسم|مؤتمر|موءتمر|مءتمر|منتدي|مهرجان"
        r"|معرض|اسبوع|جمعه|عمليه|حمله|مباراه|مسابقه|انتخابات|ولايه|الفيه|مءويه|ميءويه|عيد|اجتماع|جلسه|ندوه"
        r"|يوم|ليله)(?:\s+ال[^\W\d_]{3,}){0,3}\s+(?:ال|لل)\s*$"
        r"|(?:^|\s)[وبل]?(?:دورت|نسخت|طبعت|جولت|حلقت|مرحلت)(?:ه|ها)\s+(?:ال|لل)\s*$",
        before,
    ) and re.fullmatch(r"\d{1,3}", num):
        return True  # «الدورة الـ11», «النسخة الـ3», «المؤتمر الدولي السنوي ال39»: an event's number, not a count
    if (
        re.search(r"(?:^|\s)(?:ال|الـ|ل)\s*$", before)
        and re.fullmatch(r"\d+", num)
        and not re.match(r"[^\S\n]*(?!(?:من|في|علي|الي|عن)" + _WORD_END + r")[^\W\d_]", after)
        # «أعضاء مجلس الأمن الدولي الـ15،», «الدول الـ28،»: after its definite noun, ending the phrase, the number
        # counts it (but «من الاقتصادات الـ20 في العالم» ranks)
        and not (
            re.match(r"\s*[،,.؛]", after)
            and re.search(
                r"(?:^|\s)[وبل]?ال(?!شهر|اسبوع|عام|سنه|يوم|ساعه|دقيقه|مره|مرتبه|دوره|جوله|حلقه|نسخه)[^\W\d_]{2,}\s+(?:ال|الـ)\s*$",
                before,
            )
        )
    ):
        return True  # «الـ25», «الـ25 من الشهر»; but «الـ12 شهرا» and «لـ 8 نساء» count
    if (
        re.fullmatch(r"\d{4}", num)
        and 1300 <= int(num) <= 2100
        and re.match(r"\s*(?:هجري|ميلادي|م|ه)" + _WORD_END, after)
    ):
        return True
    if (
        re.fullmatch(r"\d{4}", num)
        and 1000 <= int(num) < 1900
        and re.search(r"(?:^|\s)[وفبل]?(?:عام|العام|سنه|السنه|لعام|لسنه|بعام|بسنه)\s*$", before)
    ):
        return True  # «حكم عليه بالإعدام عام 1871»: a year before 1900 after «عام/سنة» is a year too
    if re.fullmatch(r"\d{4}", num) and 1900 <= int(num) <= 2100:
        if re.search(
            r"(?:عام|العام|سنه|لعام|منذ|في|حتي|بعام|خلال|موسم|نهايه|بدايه|مطلع|منتصف|اواخر|اوائل|مستهل|العالم)\s*$",
            before,
        ):
            return True
        if re.search(
            r"(?:^|\s)(?:قبل|بعد|بحلول|حلول|(?:بال)?مقارنه\s+(?:ب|بـ|مع)|(?:بال)?قياس\s+(?:ب|الي|مع))\s*$",
            before,
        ):
            # «قبل 2010 كانت», «مقارنة بـ 2016 حسب», not «قبل 2000 عام»
            noun = _NEXT_WORD.match(after)
            return not (noun and (_thing_kind(noun[1]) or noun[1] in _TIME_UNITS or noun[1] in _UNIT_NOUNS))
        if re.search(
            r"(?:^|\s)[وبل]?(?:ال)?(?:اول|الاولي|ثاني|ثانيه|ثالث|ثالثه|رابع|اخير|اخيره|نفسها|نفسه|ذاتها|ذاته|فتره"
            r"|ربع|نصف|ثلاثي|سداسي|شهر|اشهر|شهور|اسبوع|اسابيع|فصل|موسم|ربيع|صيف|خريف|شتاء|بدايه|نهايه|مطلع"
            r"|منتصف|اواخر|اوائل|مستهل|ايام|يوم|عام|سنه|اشهر)\s+من\s*$",
            before,
        ):
            # «الربع الأول من 2012 نموا», «الفترة نفسها من 2011 وانه»: a year; not «أكثر من 2000 منزل»
            noun = _NEXT_WORD.match(after)
            return not (noun and (_thing_kind(noun[1]) or noun[1] in _TIME_UNITS or noun[1] in _UNIT_NOUNS))
        if (
            int(num) % 100
            and re.search(
                r"(?:^|\s)(?:[وف]?(?:من|عن|مقابل|ل|قياسا\s+(?:ب|الي|مع)))\s*$|(?:^|[.!?؟\n])\s*$", before
            )
            and not re.search(
                r"(?:^|\s)[وبل]?(?:اكثر|اقل|ازيد|اكبر|اعلي|ادني|نحو|حوالي|قرابه|اصل|بدلا|عدد|اعداد|مجموع|يقرب"
                r"|يقارب|واحد|واحده|اي|كل|يزيد|يتجاوز|يفوق)\s+من\s*$",
                before,
            )
        ):
            # «قياسا بـ2011 حسب», «مقابل 2011 حين», «النمو المتوقع لـ2013 هو»: a year that is not round, followed
            # by a particle, a definite word or nothing, is a year after a preposition of comparison or time;
            # «أكثر من 2011» and «مقابل 1922 شركة» (an indefinite noun after it) are counts
            noun = _NEXT_WORD.match(after)
            return not noun or bool(
                noun[1] in _FUNCTION_AFTER
                or noun[1] in _ADVERBS_AFTER_YEAR
                or re.match(r"(?:[وف]|[وفبلك]?ال|[وف]?لل)", noun[1])
            )
        if re.search(r"(?:1[89]|20)\d\d\s*[،,]?\s*(?:و|او|الي|حتي|-)\s*$", before):
            return True  # «من 2011 إلى 2015، و2016»: a list of years
        if re.search(r"(?:سنوات|اعوام|العامين|عامي|السنتين|سنتي)\s*$", before):
            return True  # «للسنوات 2018 و2019», «بين العامين 2016 و2017»
        if re.match(r"\s+(?:حول|عقب|بعد|قبل|ضد|حيث|عندما|وحتي|حتي|الي)" + _WORD_END, after):
            return True  # «مؤتمر باريس 2015 حول المناخ»: a count is followed by what it counts
        if re.match(r"\s*(?:م|ه|هـ|ميلادي)" + _WORD_END, after) or not re.match(r"[^\S\n]*[^\W\d_]", after):
            return True  # a year ends its line («ميزانية الاتحاد لـ2013» as a title): nothing after it is counted
    if re.search(r"(?:الساعه|ساعه)\s*$", before):
        return True
    # phone numbers and digit groups split by spaces
    if re.fullmatch(r"\d{7,}", num):
        # a phone number, unless it counts something outside a phone's context («10840989 من أصل»)
        return num.startswith("0") or bool(re.search(r"(?:هاتف|الرقم|رقم|اتصال|للاتصال|واتساب|فاكس)", before))
    return bool(re.match(r"\s*\d{3,}", after))


#: Words that may follow a year and never a count's noun: «مقابل 2011 حسب التقرير», «عن 2011 بشكل ملحوظ».
_ADVERBS_AFTER_YEAR = set(
    _f(
        "حسب بحسب وفق وفقا طبقا حين بشكل بنسبة نحو حوالي هو هي كان كانت سيكون ستكون شهد شهدت عرف عرفت سجل سجلت"
    )
)
#: Words before a bare number that govern or measure it («بلغ 40.5», «بفارق 0.01», «دون سن 15»), so the number
#: is a value even with no counted noun after it; any other plain word before such a number names it.
_GOVERNING = set(
    _f(
        "و ف ثم أو أم حتى من في على إلى الى عن مع ب ل ك منذ خلال بعد قبل نحو حوالي قرابة زهاء بين عند لدى دون"
        " سوى غير إلا أن إن أنه أنها قد لا ما لم لن كما أي هو هي هم كل مجموع مجموعه إجمالي عدد أصل بينها بينهم"
        " منهم منها بلغ يبلغ تبلغ ليبلغ لتبلغ وصل يصل تصل ليصل لتصل سجل يسجل تسجل ارتفع انخفض تراجع زاد قدر"
        " يقدر تقدر يساوي تساوي يعادل تعادل ناهز تجاوز يتجاوز تتجاوز فاق يفوق تفوق بلوغ كان يكون تكون ليست ليس"
        " بنسبة نسبة بمعدل معدل بقيمة قيمة بواقع مقابل بفارق فارق بمتوسط متوسط بحجم حجم بطول طول بعرض عرض بوزن"
        " وزن بارتفاع ارتفاع بعمق عمق بمساحة مساحة بمبلغ مبلغ بسعر سعر بكلفة كلفة بتكلفة تكلفة سن عمر بعمر"
        " مستوى بمستوى درجة بدرجة بزيادة زيادة بتراجع بانخفاض انخفاض قدره قدرها قوامه قوامها حوالى أقل أكثر"
        " ضعف أضعاف نحو فقط مجددا أيضا تقريبا رصيد حصيلة"
        # verbs and their nouns that count people or things («قتل 3، بينهم طفلان», «اعتقال 12.»)
        " قتل مقتل أصيب إصابة جرح اعتقل اعتقال أوقف إيقاف احتجز احتجاز نزح نزوح فر غادر استقبل ضبط حجز أنقذ"
        " إنقاذ أجلي إجلاء شرد وظف توظيف زار شارك حضر صوت ربح خسر أنفق باع اشترى صدر استورد تضم يضم تشمل يشمل"
        " سقط توفي مات هلك فقد غرق نجا"
        # exceptions take a count as their object («باستثناء 71.»)
        " استثناء باستثناء عدا ماعدا"
    )
)
_FUNCTION_AFTER = set(
    _f(
        "و ف ثم أو أم من في على إلى الى عن مع منذ خلال بعد قبل بين عند لدى دون إلا أن إن قد لا ما لم لن كما"
        " التي الذي الذين حيث عندما بينما فيما كل هو هي هم أمام ضد لصالح مقابل بشأن حول"
    )
)


#: Nouns that a number after them names rather than counts, when no counted noun follows: a version, an episode,
#: a hall, a flight, a road, a marker.
_NUMBERED = re.compile(
    r"(?:^|\s)[وبلف]?(?:ال)?(?:تقرير(?:\s+ال[^\W\d_]+){0,3}|اصدار|اصدارات|اصدارين|اصداران|نسختين|نسختان|تحديث|نسخه|طبعه|موسم|حلقه|جزء|قاعه|رحله|طريق|كيلومتر|كلم|مخرج|بوابه"
    r"|محطه|غرفه|جناح|مكتب|منصه|خط|مجموعه|لواء|كتيبه|فرقه|الطريق\s+[^\W\d_]+|جوله|دقيقه|طابق|مرحله|قناه|اذاعه"
    r"|راديو|قمه|مءتمر|دوره|بطوله|مهرجان|قرار(?:\s+[^\W\d_]+){1,3}|(?:رقم|خط)\s+(?:الاخضر|الساخن|المجاني|الهاتفي))\s*$"
)


_LISTED = re.compile(r"\s*(?:و|او|-|،|,)\s*[\d.,،]*\d")  # «8 و8.1», «4 أو 5»
_LISTED_OR_PARTITIVE = re.compile(r"(?:\s*(?:و|او|-|الي|،|,)\s*[\d.,،]*\d)+|\s*من\s+(?=[^\W\d_])")
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_NEXT_WORD_PAST_AND = re.compile(r"\s*(?:و\s+)?([^\W\d_]+)")
_CLAUSE_END = re.compile(r"\s*(?:$|[^\w\s])")


def _counted_after(folded: str, e: int, text: str, starts: list[int]) -> bool:
    """Whether a noun that the number could count follows it, past numbers listed with it («8 و8.1»,
    «4 أو 5 مرات») and a partitive «من» («مقتل 22 من مسلحي الحوثي»): a word that is not a particle, not
    definite («آلية» is not «ال» + noun), nor «لكرة القدم» (a preposition's phrase)."""
    pos = e
    while skip := _LISTED_OR_PARTITIVE.match(folded, pos):
        pos = skip.end()
    word = _NEXT_WORD.match(folded, pos)
    if word is None:
        return False
    w = word.group(1)
    if w in _FUNCTION_AFTER:
        return False
    definite = re.match(r"(?:[وفبلك]?ال|[وف]?لل|[وف]?بال)", w)
    if definite:
        # «آلية», «آلاف», «بآلاف»: the folding made them look definite
        return text[starts[word.start(1) + definite.end() - 2]] in "آأإ"
    return not (w[0] in "لب" and re.match(r"\s+(?:ال|لل)", folded[word.end() : word.end() + 5]))


def _joined_phrase(folded: str, e: int) -> bool:
    """Whether the word after the number at ``e`` (past numbers listed with it) is joined by «و» and opens another
    phrase rather than being counted: «الإصداران 7 و 8 ونظام تشغيل» (but «3 وزراء»: a counted kind)."""
    listed = _LISTED.match(folded, e)
    joined = _NEXT_WORD.match(folded, listed.end() if listed else e)
    return bool(joined and joined[1].startswith("و") and len(joined[1]) > 3 and not _thing_kind(joined[1]))


def _named(folded: str, s: int, e: int, text: str, starts: list[int]) -> bool:
    """A small bare number (or a year) right after a word that does not govern or measure it, with no counted
    noun after it, is part of a name or a code: «ويندوز فون 8 و8.1», «أندرويد 2.3», «بصفاقس 2 أصدر», «تونس 2020»."""
    if _NUMBERED.search(folded[max(0, s - 30) : s]):
        # «الإصدار 2.0 من البرنامج», «الرحلة 370 الماليزية», «قرار مجلس الأمن 2254 بشأن سوريا»; «الإصدارين 7 و 8
        # ونظام»: a word joined by «و» after the listed numbers opens another phrase unless it is a counted kind
        return _joined_phrase(folded, e) or not _counted_after(folded, e, text, starts)
    if not re.fullmatch(r"\d{1,3}(?:[.٫]\d+)?|(?:19|20)\d\d", folded[s:e]):
        return False
    window = max(0, s - 40)
    prev = re.search(r"(?:^|[\s\"“«])([^\W\d_]{2,})\s+$", folded[window:s])  # «منتدى الاستثمار"تونس 2020»
    if prev is None:
        return False
    w = prev.group(1)
    bare = next(
        (
            w[len(p) :]
            for p in ("وب", "ول", "فب", "و", "ب", "ل", "ف")
            if w.startswith(p) and len(w) >= len(p) + 2
        ),
        w,
    )
    if w in _GOVERNING or bare in _GOVERNING:
        return False
    if re.fullmatch(r"(?:19|20)\d\d", folded[s:e]):
        # a year after a plain word names a period or an event («الثلاثي الأول 2017», «قانون المالية 2018
        # يتضمن», «رؤية 2030»), unless what follows is a noun a count is known to take («المسيرة 2000 متظاهر»)
        noun = _NEXT_WORD.match(folded, e)
        return not (noun and (_thing_kind(noun[1]) or noun[1] in _TIME_UNITS or noun[1] in _UNIT_NOUNS))
    if w.startswith(("ال", "وال", "بال", "لل")):
        return False
    if re.search(r"(?:هم|ها|هن|كم|ت|وا)$", w) or w in _lexicon() or _strip_prefix(w) in _lexicon():
        return False  # «عددهم 300», «بلغت 40»: a measure with its owner, a verb; «ألف» is a number word
    if text[starts[window + prev.end(1) - 1]] == "ه":
        return False  # «وعارضه 30»: a pronoun (the folding writes «ة» as «ه» too, the text does not)
    return _name_tail(folded, e, text, starts)


#: Verbs of saying and deciding that open a clause: a number before one ends its subject's name.
_SAYING = set(
    _f(
        "قال قالت أصدر أصدرت أكد أكدت أعلن أعلنت أفاد أفادت أوضح أوضحت أشار أشارت أضاف أضافت ذكر ذكرت كشف كشفت"
        " قرر قررت يقول تقول يؤكد تؤكد"
    )
)


def _name_tail(folded: str, e: int, text: str, starts: list[int]) -> bool:
    """Whether what follows a number ends a name rather than goes on with a count: the end of the sentence or a
    clause («أندرويد 2.3،»), another number listed with it («ويندوز 8 و8.1»), a definite word («فالكون 9
    التابع») or a preposition's phrase («روسيا 2018 لكرة القدم»); not a particle («قتل 3 في الهجوم») or a noun."""
    pos = e
    while skip := _LISTED.match(folded, pos):
        pos = skip.end()
    if _CLAUSE_END.match(folded, pos):
        return True
    word = _NEXT_WORD_PAST_AND.match(folded, pos)
    if word is None:
        return False
    w = word.group(1)
    if w in _SAYING:
        return True  # «المحكمة الابتدائية بصفاقس 2 أصدرت»: the number ends the name of the one who acts
    definite = re.match(r"(?:[وفبلك]?ال|[وف]?لل|[وف]?بال)", w)
    if definite:
        return text[starts[word.start(1) + definite.end() - 2]] not in "آأإ"  # «آلية» is not «ال» + noun
    return w[0] in "لب" and bool(re.match(r"\s+(?:ال|لل)", folded[word.end() : word.end() + 5]))


def find_figures(text: str) -> list[Figure]:
    """Every figure in ``text``, in order of appearance."""
    folded, starts = fold_with_map(text)
    out: list[Figure] = []
    qualifiers = {re.sub(r"\s+", " ", fold(q)): b for q, b in _QUALIFIERS}
    named_end, named_year = -1, False
    for m in _pattern().finditer(folded):
        high: float | int | None = None
        bound: Bound = "exact"
        if m.group("lo1") or m.group("lo2"):
            lo_s = m.group("lo1") or m.group("lo2")
            hi_s = m.group("hi1") or m.group("hi2")
            lo, hi = _parse_num(lo_s), _parse_num(hi_s)
            if lo is None or hi is None:
                continue
            scale = re.search(r"\s(\S+)$", hi_s.strip())
            if (
                scale
                and _lexicon().get(scale[1], (0, ""))[1] == "scale"
                and not re.search(r"\s", lo_s.strip())
            ):
                size = _lexicon()[scale[1]][0]
                size = size // 2 if size in _DUALS else size
                if 0 < lo * size <= hi:  # «بين 3 و4 آلاف»: the scale word is shared
                    exact = Decimal(str(lo)) * size
                    lo = int(exact) if exact == exact.to_integral_value() else float(exact)
            if m.group("to_l") and (
                not (re.fullmatch(r"\d+", lo_s) and re.fullmatch(r"\d+", hi_s))
                or lo >= hi
                or _SCORE.search(folded[max(0, m.start() - 60) : m.start()])
            ):
                # «فاز 3 لـ1»: «لـ» between numbers reads «to» only in a rising span of plain numbers
                ends = zip(_change(m, lo, hi, text, starts), ("lo2", "hi2"), (lo_s, hi_s), strict=True)
                out.extend(f for f, g, x in ends if not _is_date_or_time(folded, m.start(g), m.end(g), x))
                continue
            if (
                m.group("lo2")
                and re.fullmatch(r"(?:19|20)\d\d", lo_s.strip())
                and (
                    not re.fullmatch(r"\d+", hi_s)
                    or ((m.group("pct") or m.group("cur")) and not re.fullmatch(r"(?:19|20)\d\d", hi_s))
                )
                and _is_date_or_time(folded, m.start("lo2"), m.end("lo2"), lo_s.strip())
            ):
                # «سنة 2005 إلى 100 مليون دينار», «في العام 2010 إلى 4 في المائة»: the year is a date
                out.extend(_change(m, lo, hi, text, starts)[1:])
                continue
            if (
                m.group("sep1") in ("-", "–")
                and re.fullmatch(r"\d+", lo_s)
                and re.fullmatch(r"\d+", hi_s)
                and _is_date_or_time(folded, m.start("lo1"), m.end("hi1"), hi_s)
            ):
                continue  # «بين 15-5-2017 و…»: a date
            colon = m.group("colon") or m.group("colon2")
            if m.group("lo2") and re.fullmatch(r"\d+", lo_s) and re.fullmatch(r"\d+", hi_s) and not colon:
                if _is_date_or_time(folded, m.start("lo2"), m.end("hi2"), hi_s):
                    continue
                if len(lo_s) == 4 and 1900 <= lo <= 2100:
                    continue  # a span of years
                if (
                    len(lo_s) <= 2
                    and len(hi_s) <= 2
                    and re.fullmatch(r"\s*[-–]\s*", folded[m.end("lo2") : m.start("hi2")])
                    and (lo == hi or _SCORE.search(folded[max(0, m.start() - 60) : m.start()]))
                    and not _counted_after(folded, m.end(), text, starts)
                ):
                    continue  # a match's score: «تعادل الفريقان 2-2», «خسر 1-3»
            if all(re.fullmatch(r"(?:19|20)\d\d", x.strip()) for x in (lo_s, hi_s)):
                continue  # «ما بين 2004 و2007»: a span of years
            if (
                all(re.fullmatch(r"\d{1,2}", x.strip()) for x in (lo_s, hi_s))
                and 1 <= lo < hi <= 31
                and _MONTH_AFTER.match(folded, m.end())
            ):
                continue  # «بين 11 و 14 يوليوز»: a span of days, a date
            from_to = (
                m.group("lo2")
                and re.match(r"من\s", folded[m.start("rng") :])
                and "الي" in folded[m.end("lo2") : m.start("hi2")]
            )
            if hi < lo and m.group("lo2"):
                if from_to:
                    # «من 90.2 إلى 87.2 بالمائة»: a fall, not a range; two figures sharing the unit
                    out.extend(_change(m, lo, hi, text, starts))
                continue
            if from_to and _CHANGE_VERB.search(folded[max(0, m.start() - 40) : m.start()]):
                out.extend(_change(m, lo, hi, text, starts))  # «ليتحول من 139 م د إلى 141 م د»: a rise
                continue
            # «بين 39 و30»: a range read from its low end (not «ما بين 80 قرشا و1.10 دينار»: two units)
            value, high = (hi, lo) if hi < lo and not m.group("lcur") else (lo, hi)
        elif m.group("vague"):
            if re.search(
                r"(?:^|\s)[وبل]?(?:ال)?(?:اصحاب|صاحب|صاحبه|صاحبات)\s+$",
                folded[max(0, m.start() - 12) : m.start()],
            ):
                continue  # «أصحاب المليارات»: billionaires, people, not a sum
            words = m.group("vague").split()
            if re.fullmatch(r"(?:و|ب|ل)?بضع(?:ه)?", words[0]):
                words = words[1:]  # «بضعة مليارات»
            lo_v, hi_v = _vague_span(words[0])
            tail = words[1:]
            if tail:
                t = tail[-1][2:] if tail[-1].startswith("ال") else tail[-1]
                mult = 1_000_000_000 if t.startswith("مليار") else 1_000_000 if t.startswith("مل") else 1000
                lo_v, hi_v = lo_v * mult, (hi_v + 1) * mult - 1
            value, high, bound = lo_v, hi_v, "about"
        else:
            num = m.group("num")
            # «117 ) مليار», «100» جنيه»: the closing parenthesis or quote is not read
            parsed = _parse_num(num.replace(")", " ").replace("»", " "))
            if parsed is None:
                continue
            bare = num.strip()
            has_unit = bool(m.group("pct") or m.group("ppct") or m.group("cur") or m.group("dollar"))
            if has_unit and re.search(
                r"(?:[A-Za-z#_]|[A-Za-z-]\()$", folded[max(0, m.start("num") - 2) : m.start("num")]
            ):
                continue  # «color-stop(4%»: a style sheet, not prose
            if (
                m.group("cur") in _MINOR_WORDS
                and re.fullmatch(r"(?:19|20)\d\d", bare)
                and _is_date_or_time(folded, m.start("num"), m.end("num"), bare)
            ):
                continue  # «في عام 2005 سنت الدولة قانونا»: a year, and «سنت» the verb "enacted"
            if (
                not has_unit
                and re.fullmatch(r"[\d,.٬٫،]+", bare)
                and (glued := re.match(r"[^\W\d_]{3,}", folded[m.end("num") :]))
                and glued[0] not in _MONTHS
                and not _plural_next(folded, m.end("num"))
            ):
                continue  # «26سبتمبرنت»: digits glued to a word that is no counted noun are part of a name
            if (
                not has_unit
                and re.fullmatch(r"[\d,.٬٫،]+", bare)
                and _is_date_or_time(folded, m.start("num"), m.end("num"), bare)
            ):
                named_end = m.end()
                named_year = bool(re.fullmatch(r"(?:19|20)\d\d", bare))
                continue
            if (
                not has_unit
                and not m.group("qual")
                and re.fullmatch(r"[\d,.٬٫،]+", bare)
                and (
                    _named(folded, m.start("num"), m.end("num"), text, starts)
                    or (
                        named_end >= 0
                        and re.fullmatch(r"\s*(?:و|او|،|,)\s*", folded[named_end : m.start()])
                        # «في 2014 و7345 في 2013»: after a year only another year is listed with it
                        and (not named_year or re.fullmatch(r"(?:19|20)\d\d", bare))
                        and (
                            _joined_phrase(folded, m.end())
                            or not _counted_after(folded, m.end(), text, starts)
                        )
                    )
                )
            ):
                # «ويندوز 8 و8.1»: a bare number listed after a name's number is one too
                named_end, named_year = m.end(), False
                continue
            if not re.search(r"\d", bare):
                words = bare.split()
                if re.fullmatch(r"بالم(?:ء|ا|اء)ه", bare):
                    continue  # «بالمئة» with no number before it is the percent word, not a hundred
                prev_word = folded[max(0, m.start("num") - 20) : m.start("num")].split()[-1:]
                if (
                    prev_word
                    and _ORDINAL.fullmatch(prev_word[0])
                    and (words[0].startswith("و") or _strip_prefix(words[0]) in _f("عشر عشرة"))
                ):
                    continue  # «السابعة والثلاثين», «الثامنة عشرة»: ordinals; «الثانية بخمسة مقاعد» counts
                if prev_word and re.fullmatch(r"[وبل]?مجموعه", prev_word[0]) and words[0].startswith("ال"):
                    continue  # «مجموعة العشرين», «مجموعة السبع»: names of groups of states
                if len(words) == 1 and _lexicon().get(_strip_prefix(words[0]), (0, ""))[1] == "unit":
                    w = _strip_prefix(words[0])
                    if w in _f("أحد إحدى اثنا اثني اثنتا اثنتي"):
                        continue  # «أحد» is «one of», not a count
                    if w in _f("واحد واحدة"):
                        continue  # «شخص واحد»: follows its noun; not worth a figure alone
                    if words[0] in _f("لست لستة") and not _counts_next(folded, m.end("num")):
                        continue  # «لست» is «I am not», unless a noun it counts follows («لست سنوات»)
                    if words[0] in _f("ست وست") and not _plural_next(folded, m.end("num")):
                        # «آبر وست سايد»: a name's «West» (or «set»), unless a plural it counts follows; the
                        # definite «الست» follows its noun («اللغات الرسمية الست»)
                        continue
                    prev = folded[max(0, m.start("num") - 20) : m.start("num")].split()[-1:]
                    if w in _f("عشر عشرة") and prev and prev[0].startswith("ال") and w == words[0]:
                        continue  # «الثامنة عشرة»: an ordinal; but «البلدان العشرة» counts ten
                    if w == fold("عشر") and re.match(r"\s+الاواخر", folded[m.end("num") :]):
                        continue  # «العشر الأواخر»: the name of the last ten nights of Ramadan
                    if words[0] in _f("خمس سبع تسع عشر") and re.match(r"\s+ال", folded[m.end("num") :]):
                        continue  # «خمس التمويل»: a fifth of it; five would count an indefinite plural
            value = parsed
        qual = m.group("qual")
        cap_start = -1
        if qual:
            key = re.sub(r"\s+", " ", qual)
            key = next(
                (key[len(p) :] for p in ("", "و", "ب", "ل", "ف", "وب", "ول") if key[len(p) :] in qualifiers),
                key,
            )
            bound = qualifiers.get(key, bound)
            if key == "حتي" and _even(qual, folded, m.start(), out, starts):
                bound, qual = (
                    "exact",
                    None,
                )  # «أو حتى 3 متاجر», «70% ... وحتى 175%»: "(and/or) even", no bound
            if bound == "more_than" and re.search(
                r"(?:^|\s)لا\s+$", folded[max(0, m.start() - 5) : m.start()]
            ):
                bound, qual = "up_to", None  # «لا يزيد على 12»: a cap, and the verb is not the figure
                cap = re.search(r"(?<![^\s])[وفب]?(ما\s+)لا\s+$", folded[max(0, m.start() - 12) : m.start()])
                if cap and key.startswith("يزيد"):
                    # «بما لا يزيد عن 50»: the noun of quantity «ما لا يزيد عن» is the figure's, as «ما يزيد على»;
                    # the corpus reads «ما لا يتجاوز 500 ألف ريال» without it
                    cap_start = max(0, m.start() - 12) + cap.start(1)
        if m.group("after"):
            bound = "at_least" if "الاقل" in m.group("after") else "about"
        elif (
            not qual and bound == "exact" and _VERB_BOUNDS.search(folded[max(0, m.start() - 30) : m.start()])
        ):
            bound = "up_to"
        unit = ""
        if m.group("pct") or m.group("ppct"):
            unit = "percent"
        elif m.group("cur") or m.group("dollar") or m.group("lcur"):
            cur = m.group("cur") or m.group("lcur") or "$"
            unit = _currency(cur, folded[m.end() : m.end() + 20])
            if m.group("lcur") and high is not None:
                # «ما بين 80 قرشا و1.10 دينار»: the range in the low end's unit (110 piastres)
                low_unit = _currency(m.group("lcur"), folded[m.end("lcur") : m.end("lcur") + 20])
                high, unit = _in_unit(high, unit, low_unit), low_unit
        elif m.group("num") and re.search(r"[ما]\s?\.?\s?د$", m.group("num")):
            unit = "TND"  # «379 م د», «500 أ د»
        elif m.group("num") and re.search(r"م\s?/\s?درهم$", m.group("num")):
            unit = _currency("درهم", folded[m.end() : m.end() + 20])  # «340م/درهم»
        elif m.group("dab") or m.group("dsc"):
            unit = "TND"
        if (m.group("dab") or m.group("cur") in _DINARS) and m.group("num"):
            value = _millimes(m.group("num").strip(), value)
        fs, fe = m.start(), m.end()
        if m.group("dollar"):
            fs = m.start("dollar")
        elif m.group("age"):
            fs = m.start("lo1")  # «بين سن 45 و 55»: the range is the ages, «بين سن» stays out
        elif m.group("lo2") and not m.group("qual") and re.match(r"من\s", folded[m.start("rng") :]):
            fs = m.start("lo2")  # «تتراوح من 12 إلى 24 ساعة»: «من» stays out, as in «بعد 10 إلى 15 عاما»
        elif cap_start >= 0:
            fs = cap_start
        elif qual and key not in _VERB_QUALIFIERS:
            fs = m.start("qual")
        elif m.group("qual"):
            fs = m.end("qual")
            while fs < fe and folded[fs].isspace():
                fs += 1
        if m.group("after"):
            fe = m.start("after")  # «60% تقريبا»: the bound after the figure sets it but stays outside
        # trim trailing spaces inside the match
        while fe > fs and folded[fe - 1].isspace():
            fe -= 1
        if not unit and _DAY_OF_MONTH_AFTER.match(folded, fe) and re.match(r"ال[^\W\d_]", folded[fs:fe]):
            continue  # «من الثامن من الشهر الجاري إلى العشرين منه»: a day of the month, not a count
        if not unit and re.search(r"(?:^|\s)[وبل]?(?:رقم|الرقم)\s*$", folded[max(0, fs - 8) : fs]):
            continue  # «السوق رقم اثنين»: a number named, a rank, in words as in digits
        start, end = original_span(starts, len(text), fs, fe, text)
        if (
            not unit
            and text[start : start + 1].isdigit()
            # «الـ 22» with the tatweel may stand apart; a bare «ال 30» apart is left out (as the labels read it)
            and (article := re.search(r"(?:الـ[ \u00a0]?|ال)$", text[max(0, start - 4) : start]))
        ):
            # «الـ12 شهرا»: the article written on a count is part of it (ahd22's reading); the corpus's
            # labels leave it outside a percentage («الـ95% الأخرى»), and so do the rules
            start -= len(article.group())
        # the counted noun
        thing, ts, te = "", end, end
        kind: Kind = "other"
        if unit == "percent":
            kind = "percentage"
        elif unit:
            kind = "money"
            if m.group("cur"):
                ts, te = original_span(starts, len(text), m.start("cur"), m.end("cur"), text)
                thing = text[ts:te]
        else:
            nisba = others = False
            tm = _THING.match(folded, _past_parenthesis(folded, m.start(), m.end()))
            if tm and fold(tm.group(1)) not in _NOT_THINGS:
                ts, te = original_span(starts, len(text), tm.start(1), tm.end(1), text)
                thing = text[ts:te]
                kind = _thing_kind(tm.group(1)) or "other"
                nisba = _NISBA.fullmatch(tm.group(1)) is not None and tm.group(1) not in _NOT_NISBA
                if kind == "other" and tm.group(1) in _OTHERS:
                    kind, others = "people", True  # «و650 آخرين»: the nearby count's kind, unless a cue says
                after_thing = folded[tm.end() : tm.end() + 25]
                if kind in ("people", "other") and (
                    _KILLED_VERB.match(after_thing) or _KILLED_VERB.fullmatch(" " + tm.group(1))
                ):
                    kind = "killed"  # «آلاف الأطفال قتلوا»
                elif kind in ("people", "other") and (
                    _INJURED_VERB.match(after_thing) or _INJURED_VERB.fullmatch(" " + tm.group(1))
                ):
                    kind = "injured"
                if kind == "other" and _strip_article(tm.group(1)) in _CASES:
                    kind = _case_kind(folded[tm.end() : tm.end() + 40], _sentence_before(folded, fs))
                if bound == "exact" and re.match(r"\s+علي\s+الاقل" + _WORD_END, folded[tm.end() :]):
                    bound = "at_least"  # «12 قتيلا على الأقل»
            before = folded[max(0, fs - 40) : fs]
            if kind == "other" and not (thing and (_thing_kind(fold(thing)) or fold(thing) in _TIME_UNITS)):
                named = _COUNT_OF.search(before)
                if named and _thing_kind(named.group(1)):
                    kind = _thing_kind(named.group(1)) or "other"
                elif _cue(re.split(r"\.(?!\d)|[!?؟\n]", before)[-1], _MONEY_CUES):  # in this sentence only
                    kind = "money"
            if kind == "other" and nisba:
                kind = "people"
            if kind in ("fighters", "people", "other"):
                # the nearer cue decides: «وقتل رجل وجرح 15 آخرون» counts the wounded
                killed, injured = _cue_at(before, _KILL_CUES), _cue_at(before, _INJURY_CUES)
                if killed >= 0 and killed > injured:
                    kind = "killed"
                elif injured >= 0:
                    kind = "injured"
                elif others:
                    kind = _recent_kind(out, folded, fs, starts) or "people"
                elif kind == "people" and (among := _among(out, folded, fs, starts)):
                    kind = among  # «مقتل 3021 مدنيا، بينهم 680 طفلا و371 امرأة»
        if (
            kind == "other"
            and not unit
            and folded[fs : fs + 2] == "ال"
            and not re.search(r"\d", folded[fs:fe])
        ):
            noun = re.search(r"(\S+)\s+$", folded[max(0, fs - 25) : fs])
            if noun and noun[1].startswith(("ال", "وال", "بال", "لل")) and _thing_kind(noun[1]):
                kind = _thing_kind(noun[1]) or kind  # «النواب التسعة»: a number word after its definite noun
        if (
            kind == "other"
            and not unit
            and not thing
            and (
                excepted := re.search(
                    r"(?<![^\s])(\S+)\s+(?:باستثناء|ماعدا|عدا|سوي|الا)\s+$", _sentence_before(folded, fs)
                )
            )
        ):
            kind = (
                _thing_kind(excepted[1]) or kind
            )  # «جميع الأطفال باستثناء 71»: the count of the excepted noun
        if kind == "other" and not unit and not thing and out:
            kind = _listed_kind(out[-1], folded, fs, starts)
        if kind == "other" and not unit and out:
            tail = folded[m.end() : m.end() + 12]
            if re.match(r"\s*(?:منهم|منهن|بينهم)" + _WORD_END, tail) or re.search(
                r"(?:من\s+اصل|من\s+بين)\s*$", folded[max(0, fs - 12) : fs]
            ):
                kind = _recent_kind(out, folded, fs, starts) or kind  # «73 منهم», «من أصل 125»
            elif (
                not thing
                and re.search(r"(?:مليون|مليونا|ملايين|مليار|مليارا|مليارات)\s*$", fold(text[start:end]))
                and any(f.kind == "money" for f in _same_sentence(out, folded, fs, starts))
            ):
                kind = "money"  # «بقيمة 5,2 مليار دولار والبرازيل 9,1% (3 مليار)»
        figure = Figure(start, end, value, high, bound, unit, thing, ts, te, kind, text[start:end])
        if out and (joined := _joined(out[-1], figure, text)):
            out[-1] = joined
        else:
            out.append(figure)
    for i, (first, second) in enumerate(itertools.pairwise(out)):
        if (
            first.kind == "other"
            and not first.unit
            and not first.thing
            and second.unit
            and second.kind in ("percentage", "money")
            and re.fullmatch(r"\s*و\s*", text[first.end : second.start])
        ):
            # «2ر12 و 9ر21 بالمائة», «25 و60 دينار»: a pair shares its unit
            out[i] = replace(first, unit=second.unit, kind=second.kind)
    return out


def _past_parenthesis(folded: str, s: int, e: int) -> int:
    """Where the counted noun of the figure at ``[s, e)`` is looked for: past its own closing parenthesis when
    the figure is written in parentheses («(37) شركة»), but not past a share bracketed after another number
    («254 (82) مريضا») or a parenthesis the figure closes («(3 مليار) وكوريا»)."""
    close = re.match(r"\s*\)", folded[e : e + 3])
    if (
        close
        and re.fullmatch(r"[\d.,٫،]+", folded[s:e])
        and re.search(r"(?<![\d\s])\s*\(\s*$", folded[max(0, s - 8) : s])
    ):
        return e + close.end()
    return e


def _counts_next(folded: str, e: int) -> bool:
    """Whether the word after ``e`` is a noun a count is known to take: a time unit, a unit of measure, a
    counted kind («لست سنوات», «لستة أشخاص»)."""
    noun = _NEXT_WORD.match(folded, e)
    return bool(noun and (noun[1] in _TIME_UNITS or noun[1] in _UNIT_NOUNS or _thing_kind(noun[1])))


def _even(qual: str, folded: str, s: int, out: list[Figure], starts: list[int]) -> bool:
    """Whether «حتى» before a number at folded ``s`` means "even" rather than "up to": after «أو» («أو حتى 3
    متاجر»), or as «وحتى» after another figure of the same sentence («إلى 70%، وحتى 175%»); a bare «حتى» bounds
    («يمكن توسعتها حتى 32 غيغابايت»)."""
    if re.search(r"(?<![^\s])(?:او|ام)\s+$", folded[max(0, s - 5) : s]):
        return True
    if not qual.startswith("و") or not out:
        return False
    prev_start, prev_end = bisect.bisect_left(starts, out[-1].start), bisect.bisect_left(starts, out[-1].end)
    if re.search(r"(?<![^\s])من\s+$", folded[max(0, prev_start - 5) : prev_start]):
        return False  # «من 10 وحتى 20»: from one to the other
    return 0 < s - prev_end <= 100 and not re.search(r"[.!?؟\n]", folded[prev_end:s])


#: Plural templates a count of three to ten takes: «عمليات», «حوادث», «أشهر», «مصانع», «دروس»; and a few short
#: broken plurals («ست دول»). A bare «ست» counts only before one (or a partitive «ست من النساء»).
_PLURAL = re.compile(
    r"[وبلف]?(?:[^\W\d_]{2,}ات|[^\W\d_]وا[^\W\d_]{2}|ا[^\W\d_]{2}ا[^\W\d_]|م[^\W\d_]ا[^\W\d_]ي?[^\W\d_]"
    r"|[^\W\d_]{2}و[^\W\d_]|دول|مدن|قري|طرق|سفن|سنين)"
)


def _plural_next(folded: str, e: int) -> bool:
    """Whether the word after ``e`` is a plural a small count takes, or a partitive «من ال»."""
    if _counts_next(folded, e) or re.match(r"\s+من\s+ال", folded[e : e + 8]):
        return True
    noun = _NEXT_WORD.match(folded, e)
    return bool(noun and _PLURAL.fullmatch(noun[1]))


def _change(m: re.Match[str], lo: float | int, hi: float | int, text: str, starts: list[int]) -> list[Figure]:
    """The two ends of a change «من A إلى B», each a figure with the change's unit."""
    unit = "percent" if m.group("pct") else _currency(m.group("cur") or "$", "") if m.group("cur") else ""
    if not unit and re.search(r"[ما]\s?\.?\s?د$", m.group("hi2")):
        unit = "TND"  # «من 139 م د إلى 141 م د»
    kind: Kind = "percentage" if unit == "percent" else "money" if unit else "other"
    out = []
    for value, fs, fe in ((lo, m.start("lo2"), m.end("lo2")), (hi, m.start("hi2"), m.end())):
        while fe > fs and m.string[fe - 1].isspace():
            fe -= 1
        start, end = original_span(starts, len(text), fs, fe, text)
        out.append(Figure(start, end, value, None, "exact", unit, "", end, end, kind, text[start:end]))
    return out


_SCORE = re.compile(
    r"(?:^|\s)[وفب]?(?:ال)?(?:نتيجه|فاز|فوز|خسر|خساره|تعادل|هزم|هزيمه|تغلب|انتصر|انتصار|شوط|مباراه|مواجهه|لقاء"
    r"|هدف|هدفين|اهداف|الدوري|الكاس|نهاءي|نهائي|مجموعه|مجموعات|اشواط|بطوله)" + _WORD_END
)
#: A verb or noun of change before «من A إلى B»: the two ends are figures, not a range.
_CHANGE_VERB = re.compile(
    r"(?:^|\s)[وفل]?(?:ارتفع|ارتفعت|يرتفع|ترتفع|ارتفاع|انخفض|انخفضت|ينخفض|تنخفض|انخفاض|تراجع|تراجعت|يتراجع"
    r"|تتراجع|زاد|زادت|يزيد|تزيد|قفز|قفزت|هبط|هبطت|صعد|صعدت|تحول|تحولت|يتحول|يتحولا|تتحول|انتقل|انتقلت|رفع|خفض)"
    r"(?:\s+\S+){0,3}\s*$"
)
_LAST_SCALE = re.compile(r"(?:(?P<k>الف|الفا|الاف)|(?P<m>مليون|مليونا|ملايين)|(?P<b>مليار|مليارا|مليارات))$")


def _joined(first: Figure, second: Figure, text: str) -> Figure | None:
    """«688 ألف و860», «مليون و116 ألف و95», «ستة ملايين و750 ألفا»: one number written in parts, each
    smaller than the scale word the part before it ends on."""
    if first.unit or first.thing or first.high is not None or second.high is not None:
        return None
    if not re.fullmatch(r"\s+و\s*\(?\s*", text[first.end : second.start]):  # «( 7 ) مليارات و ( 500 ) مليون»
        return None
    scale = _LAST_SCALE.search(fold(first.text))
    if scale is None:
        return None
    size = 1000 if scale["k"] else 1_000_000 if scale["m"] else 1_000_000_000
    if not (0 < second.value < size and first.value % size == 0):
        return None
    value = first.value + second.value
    return Figure(
        first.start, second.end, value, None, first.bound, second.unit, second.thing, second.thing_start,
        second.thing_end, second.kind, text[first.start : second.end],
    )  # fmt: skip


_OTHERS = set(_f("آخرين آخرون اخرين اخرون"))
#: Units of measure a count is written with (a year-like number before one is a count: «2000 طن»).
_UNIT_NOUNS = set(
    _f(
        "طن طنا أطنان كلغ كغ كيلوغرام كيلوغراما كيلو لتر لترا لترات متر مترا أمتار كلم كيلومتر كيلومترا ميغاواط"
        " هكتار هكتارا برميل برميلا حالة حالات مرة مرات"
    )
)
_TIME_UNITS = set(
    _f("يوم يوما أيام ساعة ساعات دقيقة دقائق أسبوع أسابيع شهر شهرا أشهر شهور سنة سنوات عام عاما أعوام")
)
_KILLED_VERB = re.compile(r"\s+(?:قد\s+)?(?:قتلوا|قتل|لقوا|استشهدوا|توفوا|ماتوا)" + _WORD_END)
_INJURED_VERB = re.compile(r"\s+(?:قد\s+)?(?:اصيبوا|جرحوا)" + _WORD_END)


def _same_sentence(out: list[Figure], folded: str, fs: int, starts: list[int]) -> list[Figure]:
    """The figures found before ``fs`` in the same sentence, nearest first."""
    found = []
    for prev in reversed(out[-6:]):
        gap = folded[bisect.bisect_left(starts, prev.end) : fs]
        if re.search(r"[.!?؟\n]", gap):
            break
        found.append(prev)
    return found


def _among(out: list[Figure], folded: str, fs: int, starts: list[int]) -> Kind | None:
    """The kind of the killed or wounded this figure is counted among («بينهم 680 طفلا»), in the same sentence."""
    for prev in _same_sentence(out, folded, fs, starts):
        if prev.kind in ("killed", "injured"):
            gap = folded[bisect.bisect_left(starts, prev.end) : fs]
            listed = re.fullmatch(r"\s*(?:\S+\s+)?[،,]?\s*و\s*", gap)  # «680 طفلا و371 امرأة»
            among = re.search(r"(?:^|\s)(?:من\s+)?(?:بينهم|منهم)(?:\s|$)", gap)
            return prev.kind if listed or among else None
    return None


def _recent_kind(out: list[Figure], folded: str, fs: int, starts: list[int]) -> Kind | None:
    """The kind of the nearest counted figure just before, in this sentence or the one before it."""
    for prev in reversed(out[-4:]):
        if fs - bisect.bisect_left(starts, prev.end) > 200:
            break
        if prev.kind in ("killed", "injured", "fighters", "people", "vehicles"):
            return prev.kind
    return None


def _listed_kind(prev: Figure, folded: str, fs: int, starts: list[int]) -> Kind:
    """A bare figure listed right after a counted one takes its kind: «بلغت الإصابات 28 ألفا في
    إيطاليا و16 ألفا في إيران، إلى جانب المئات في …»."""
    if prev.kind in ("other", "percentage", "money"):
        return "other"
    gap = folded[bisect.bisect_left(starts, prev.end) : fs]  # from the previous figure's end
    if len(gap.split()) > 4 or re.search(r"[.!?؟:\n]", gap):
        return "other"
    return prev.kind if re.search(r"(?:^|\s)(?:و|،|,|جانب)\s*$", gap) else "other"


def _sentence_before(folded: str, fs: int) -> str:
    """The text of the current sentence before ``fs`` (up to 120 characters)."""
    before = folded[max(0, fs - 120) : fs]
    return re.split(r"[.!?؟\n]", before)[-1]


def _vague_span(word: str) -> tuple[int, int]:
    vague = _vague()
    for p in ("", "و", "ب", "ل", "وب"):
        for a in ("", "ال"):
            head = p + a
            if word.startswith(head) and word[len(head) :] in vague:
                return vague[word[len(head) :]]
    return (10, 99)


def _strip_fraction(w: str) -> str:
    return w[1:] if w[:1] in ("و", "ب") and w[1:] in _FRACTIONS else w


def _strip_prefix(w: str) -> str:
    lex = _lexicon()
    if w in lex:
        return w
    for p in ("وبال", "وال", "بال", "لل", "ال", "وب", "ول", "و", "ب", "ل", "ف"):
        if w.startswith(p) and w[len(p) :] in lex:
            return w[len(p) :]
    return w


_CASES = set(_f("حالة حالات حالتي حالتين"))


def _strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _case_kind(after: str, before: str = "") -> Kind:
    """A count of «حالات»: deaths when «وفاة» follows, infections when an infection word does, people
    when recoveries («تم شفاؤها») do; else what the sentence counted before it («عدد المصابين … هو 196 حالة»)."""
    if re.match(r"\s*(?:\S+\s+)?(?:وفاه|وفيات)", after):
        return "killed"
    if re.match(r"\s*(?:\S+\s+)?(?:\S*اصاب|مصاب|بفيروس|بكورونا|بالفيروس|بالكوليرا)", after):
        return "injured"
    if re.match(r"\s*(?:\S+\s+)?(?:\S*شفاؤ|\S*شفي|\S*تعاف|شفاء)", after):
        return "people"
    if re.search(r"(?:وفاه|وفيات|الوفيات|توفي)", before):
        return "killed"
    if re.search(r"(?:اصاب|مصاب|بفيروس|كورونا|بالفيروس)", before):
        return "injured"
    return "other"


def _cue(before: str, cues: list[str]) -> bool:
    return _cue_at(before, cues) >= 0


def _cue_at(before: str, cues: list[str]) -> int:
    """Where the last of the three words before a figure that is a cue stands (0 to 2), or -1."""
    words = before.split()[-3:]
    found = [i for i, w in enumerate(words) if any(w == c or (w[1:] == c and w[0] in "وبل") for c in cues)]
    return found[-1] if found else -1


def _currency_words() -> str:
    """The alternation of every currency and minor unit word (folded), longest first."""
    words = {w for ws, _ in _CURRENCIES for w in _f(ws)} | {w for ws, _, _ in _MINOR_UNITS for w in _f(ws)}
    return _alt(sorted(words, key=len, reverse=True))


def _in_unit(value: float | int, unit: str, into: str) -> float | int:
    """``value`` in ``unit`` expressed in ``into`` when ``into`` is a minor unit of the currency ``unit``
    («1.10 دينار» is 110 piastres); unchanged otherwise."""
    factor = next((f for _, code, f in _MINOR_UNITS if code == into), 0)
    if (
        not factor
        or unit == into
        or unit in ("", "percent")
        or any(code == unit for _, code, _ in _MINOR_UNITS)
    ):
        return value
    if into == "fils" and unit == "AED":
        factor = 100  # the dirham's fils is a hundredth
    exact = Decimal(str(value)) * factor
    return int(exact) if exact == exact.to_integral_value() else float(exact)


def _currency(cur: str, after: str) -> str:
    if cur in ("$",):
        return "USD"
    if cur == "€":
        return "EUR"
    for words, minor, _ in _MINOR_UNITS:
        if cur in _f(words):
            return minor
    code = ""
    for words, c in _CURRENCIES:
        if cur in _f(words):
            code = c
            break
    nxt = after.split()[:1]
    if nxt:
        for adj, c in _CURRENCY_QUALIFIED.items():
            fa = fold(adj)
            if nxt[0] in (fa, "ال" + fa, fa[:-1] if fa.endswith("ه") else fa):
                return c
    return code
