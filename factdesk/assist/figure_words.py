"""The words figures are read with: number words, qualifiers, currencies and minor units, counted kinds.

The vocabulary that :mod:`factdesk.assist.figures` (the figure finder) and
:mod:`factdesk.assist.figure_names` (its rules for numbers that are not counts) share, kept in one place
so both read the same tables. Every list is written as plain Arabic and folded once (:func:`_f`, longest
spelling first so an alternation prefers it): number words map to their value and class
(:func:`_lexicon`), vague ones («عشرات») to a span (:func:`_vague`), a counted noun to its kind
(:func:`_thing_kind`) and a currency word to its code (:func:`_currency`). The small helpers that strip a
proclitic, an article or a fraction's prefix off a word live here too, since both parts use them.

The finder's readers of these words live here as well, since they need nothing but the tables: the number
parsers, which give a matched number its value in digits or in words (:func:`_parse_num`, a dinar's
millimes :func:`_millimes`, a vague word's span :func:`_vague_span`), and the helpers that find the counted
noun after a figure and tell its kind from the words around it (:data:`_THING`, :func:`_past_parenthesis`,
:func:`_case_kind`).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Literal

from factdesk.nlp.fold import fold
from factdesk.nlp.months import MONTHS

Bound = Literal["exact", "at_least", "more_than", "about", "less_than", "up_to"]
Kind = Literal["killed", "injured", "fighters", "vehicles", "money", "percentage", "people", "other"]


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
    ("أكثر عن", "more_than"),  # a slip for «أكثر من», common enough: «اكثر عن504 مليون»
    ("ما يربو عن", "more_than"),
    ("ما يربو على", "more_than"),
    ("دون", "less_than"),  # «دون 18 سنة»: under eighteen
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
    ("دولار دولارا دولارات الدولارات", "USD"),
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


_FRACTIONS = {"نصف": 0.5, "ربع": 0.25}


@functools.cache
def _kind_of() -> dict[str, Kind]:
    out: dict[str, Kind] = {}
    for words, kind in _KIND_WORDS:
        for w in _f(words):
            out[w] = kind
    return out


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


def _strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


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


# --- number parsers: the value of a number matched in digits or in words -------------------------
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


def _vague_span(word: str) -> tuple[int, int]:
    vague = _vague()
    for p in ("", "و", "ب", "ل", "وب"):
        for a in ("", "ال"):
            head = p + a
            if word.startswith(head) and word[len(head) :] in vague:
                return vague[word[len(head) :]]
    return (10, 99)


# --- the counted noun after a figure and its kind ------------------------------------------------
#: The counted noun after a figure, past a bracketed share («254 (82) مريضا») and «من».
_THING = re.compile(r"\s*(?:\(\s*[\d.,٫]+\s*%?\s*\)\s*)?(?:من\s+)?[\"“«]?\s*((?:ال)?[^\W\d_]{2,})")
#: «وصل عدد المتعافين 80 ألفا»: the counted noun named before the figure.
_COUNT_OF = re.compile(r"(?:^|\s)[وب]?(?:عدد|اعداد)\s+(\S+)\s+(?:\S+\s+)?$")

#: A nisba after a count names people by where they come from: «11 مليون عراقي», «750 ألفا مغربيا».
_NISBA = re.compile(r"(?!ال)[^\W\d_]{2,}[^\Wاوي\d_](?:ي|يا|يين|يون|يه|يات)")
_NOT_NISBA = set(
    _f(
        "الذي التي حوالي حوالى الحالي التالي الماضي الجاري الثاني أي أعلى أدنى سنوي يومي شهري سنوية يومية شهرية"
        " أسبوعية إضافية إضافي"
    )
)

_OTHERS = set(_f("آخرين آخرون اخرين اخرون"))
_KILLED_VERB = re.compile(r"\s+(?:قد\s+)?(?:قتلوا|قتل|لقوا|استشهدوا|توفوا|ماتوا)" + _WORD_END)
_INJURED_VERB = re.compile(r"\s+(?:قد\s+)?(?:اصيبوا|جرحوا)" + _WORD_END)


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


def _sentence_before(folded: str, fs: int) -> str:
    """The text of the current sentence before ``fs`` (up to 120 characters)."""
    before = folded[max(0, fs - 120) : fs]
    return re.split(r"[.!?؟\n]", before)[-1]


_CASES = set(_f("حالة حالات حالتي حالتين"))


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
