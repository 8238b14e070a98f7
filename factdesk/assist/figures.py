"""Figures in an Arabic article: every quantity with its value, bound, unit and counted thing.

Rules, not a model: the text is folded once (:func:`factdesk.nlp.fold.fold_with_map`, so hamza,
taa marbuta, diacritics, tatweel and the digits' script stop mattering) and one regular
expression finds the number phrases in the folded text; each match is mapped back to code-point
offsets of the original text, so a span never splits a letter from its marks. Dates, times,
numeric dates, phone numbers and years are recognised and left out (the dates helper reads them), and so are
numbers that name rather than count: versions and models («أندرويد 2.3»), numbered things («الإصدار 2.0»,
«الرحلة 370»), years in names of events and plans («رؤية 2030»), law numbers and scores. Such a number is told by
what stands around it, not by a list of names: a word before it that neither governs nor measures it, and no
noun after it that it could count (see :func:`_named`). The vocabulary, the number parsers and the helpers
for the counted noun live in :mod:`factdesk.assist.figure_words`, the rules for numbers that are not counts in
:mod:`factdesk.assist.figure_names`; this module holds the pattern and the finder.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from factdesk.assist.figure_names import (
    _DAY_OF_MONTH_AFTER,
    _MONTH_AFTER,
    _TIME_UNITS,
    _counted_after,
    _counts_next,
    _is_date_or_time,
    _joined_phrase,
    _named,
    _plural_next,
)
from factdesk.assist.figure_words import (
    _CASES,
    _COUNT_OF,
    _DINARS,
    _DUALS,
    _INJURED_VERB,
    _INJURY_CUES,
    _KILL_CUES,
    _KILLED_VERB,
    _MINOR_WORDS,
    _MONEY_CUES,
    _MONTHS,
    _NISBA,
    _NOT_NISBA,
    _NOT_THINGS,
    _ORDINAL,
    _OTHERS,
    _PREFIX,
    _QUALIFIERS,
    _THING,
    _VERB_BOUNDS,
    _VERB_QUALIFIERS,
    _WORD_END,
    _WORD_START,
    Bound,
    Kind,
    _alt,
    _case_kind,
    _cue,
    _cue_at,
    _currency,
    _currency_words,
    _f,
    _in_unit,
    _lexicon,
    _millimes,
    _parse_num,
    _past_parenthesis,
    _sentence_before,
    _strip_article,
    _strip_prefix,
    _thing_kind,
    _vague,
    _vague_span,
)
from factdesk.nlp.fold import fold, fold_with_map, original_span

__all__ = ["Bound", "Figure", "Kind", "find_figures"]


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
        rf"{_WORD_START}(?:{_PREFIX}|(?:و|ب|ل|وب)?ال(?!اثن(?!(?:ي|ا|تي|تا)\s+عشر)|احد|واحد))"
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
_PAREN_UNIT = r"[^\W\d_]{0,2}(?:مليار|مليون|ملايين|الف|الاف|دولار|دينار|درهم|ريال|جنيه|يورو|ليره)"


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
            if not has_unit and re.fullmatch(r"[1-9]\d{1,2}\.\d{3}", bare):
                # «بكل 100.000 ولادة»: a dot grouping thousands (not «1.746» metres: one digit before the dot)
                parsed = int(bare.replace(".", ""))
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
                if prev_word and re.fullmatch(r"[وبلف]?(?:ال)?(?:قرن|قرون|ذكري)", prev_word[0]):
                    continue  # «بداية القرن العشرين»: a century; «الذكرى السبعين»: an anniversary, an ordinal
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
