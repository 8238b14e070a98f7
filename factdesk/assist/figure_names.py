"""Numbers that are not counts: dates, times, years, phones, lettered codes, and numbers that name a thing.

:func:`factdesk.assist.figures.find_figures` asks these rules about the numbers it finds and leaves out
those they claim. :func:`_is_date_or_time` tells a number that is part of a date, a time, a year, a phone
number or a code spelt with letter names («فيتامين (ب 12)»); :func:`_named` one that names rather than
counts («أندرويد 2.3», «الرحلة 370», «تونس 2020»): a word before it that neither governs nor measures
it, and no noun after it that it could count (:func:`_counted_after`, :func:`_counts_next`); the finder also
reads here what makes a number word a day of the month and a range a span of days
(:data:`_DAY_OF_MONTH_AFTER`, :data:`_MONTH_AFTER`). Kept apart from the finder and the number parsers, which
they do not need: they read the folded text and the shared vocabulary of :mod:`factdesk.assist.figure_words`
only.
"""

from __future__ import annotations

import re

from factdesk.assist.figure_words import _MONTHS, _WORD_END, _alt, _f, _lexicon, _strip_prefix, _thing_kind

#: Latin letters spelt in Arabic script as they are read aloud («بي» B, «سي» C, «اتش» H), and a lone letter.
_LETTER_NAME = (
    r"(?:ايه|بي|سي|دي|اف|جي|اتش|ايتش|اش|كيه|ام|ان|ار|اس|تي|يو|في|دبليو|اكس|زد|واي|كيو|اي|[\u0621-\u064a])"
)
_LETTERS_BEFORE = re.compile(rf"(?:^|[\s(\[-])((?:{_LETTER_NAME}\s+)+)$")
_LETTERS_AFTER = re.compile(rf"\s+{_LETTER_NAME}(?:\s+{_LETTER_NAME})*\s*[)\]]")
#: Letter names that are also common words: alone before a number they are the word («في 12», «أو 5», «أن»).
_LETTER_WORDS = frozenset({"في", "ان", "ام", "اي", "و", "ف", "ب", "ل", "ك", "اش", "اس"})


#: Words a number after them names as a model, a grade of fuel or a product line: «إف-16», «بوينغ 737», «بنزين 92».
_MODEL_WORDS = (
    "اف|ميغ|ميج|سو|سوخوي|اس|بوينغ|بوينج|ايرباص|طراز|موديل|فءه|فءات|فئه|فئات|اكس|جيل|بنزين|ميراج|فالكون|ويندوز|اندرويد|ايفون|ايباد|غالاكسي|جالاكسي|جالكسي|بلايستيشن|اكسبوكس|نوكيا|هواوي|بيكسل|ماك|ايوس|فرانس|ميدي|سبورت|سبورتس"
    "|قازوال|غازوال|مازوت|ديزل"
)


#: An indefinite noun in the accusative, the case of a counted noun after eleven and more («2034 حادثا», «4681
#: ملاحظا»): not after «و/ف», nor an adverb of the same shape («أيضا», «جدا», «تقريبا»).
_ACCUSATIVE_NOUN = re.compile(
    r"(?![وف]|ال|(?:ايضا|جدا|فقط|تقريبا|حاليا|اساسا|سابقا|لاحقا|مثلا|كذا|عموما|خصوصا|اجمالا|غالبا|دايما|داءما|معا)$)"
    r"[^\W\d_]{3,}ا"
)
#: «العشرين منه», «الثامن من الشهر الجاري», «الثلاثين من جوان»: what makes a definite number word a day.
_DAY_OF_MONTH_AFTER = re.compile(r"\s*(?:منه|من\s+(?:الشهر|شهر|" + _alt(_MONTHS) + r"))(?!\w)")
#: A month name right after a range of small numbers makes it a span of days: «بين 11 و 14 يوليوز».
_MONTH_AFTER = re.compile(
    r"\s*(?:من\s+)?(?:(?:شهر\s+)?(?:"
    + _alt(_MONTHS)
    + r")(?![^\W\d_])|الشهر\s+(?:الجاري|الحالي|الماضي|المقبل|القادم))"
)


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
    if re.search(rf"(?:^|[\s«\"])[وبل]?(?:ال)?(?:{_MODEL_WORDS})\s*$", before[: m.start(1)]):
        return True  # a model named with a letter: «نوكيا إن 9»
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
    if re.search(r"(?:^|\s)[وبل]?(?:ال)?(?:برنامج|فيلم|مسلسل|كتاب|روايه|اغنيه|مسرحيه)\s*[«\"“]\s*$", before):
        return True  # a title: «برنامج "60 دقيقة"»
    if re.search(r"(?:^|\s)[وبلف]?(?:ال)?(?:قرن|قرون)\s+(?:ال|الـ)?\s*$", before):
        return True  # a century: «القرن ال17»
    if re.fullmatch(r"\d{1,3}\.\d{2}", num) and re.search(
        r"(?:^|\s)[وبل]?(?:ال)?قانون(?:\s+[^\W\d_]+){0,2}\s+(?:رقم\s+)?$", before
    ):
        return True  # a Moroccan law's number: «القانون الإطار 51.17»
    if re.search(r"(?:الجريده\s+الرسميه|جريده\s+رسميه)\s+(?:عدد|رقم)\s*$", before):
        return True  # an issue of the official gazette: «الجريدة الرسمية عدد 6433»
    if re.search(r"(?:^|\s)[وبل]?(?:ال)?عيار\s*$", before):
        return True  # a calibre: «بندقية صيد عيار 16 مم»
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
        and not (
            (noun := re.match(r"\s+([^\W\d_]+)", after))
            and (
                _thing_kind(noun.group(1))
                or _ACCUSATIVE_NOUN.fullmatch(noun.group(1))
                or noun.group(1) in _TIME_UNITS
                or noun.group(1) in _UNIT_NOUNS
                or noun.group(1) in ("حاله", "حالات")
            )
        )
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
        rf"(?:^|\s)(?:[وبل]?(?:ال)?(?:{_MODEL_WORDS}))\s*-?\s*$",
        before,
    ):
        return True  # a model: «إف-16», «إس 400», «بوينغ 737»
    if not re.search(r"[\u0621-\u064a]", before + after):
        return True  # no Arabic word around: style sheets, scripts, film lists
    if re.match(r"\s+(?:برو|بلس|ماكس|لايت|الترا|نوت|ايدج|باي)" + _WORD_END, after):
        return True  # a product's model: «ميت 10 برو», «آيفون 8 بلس», «أندرويد 9 باي»
    if (
        re.match(r"\s*[-–]\s+[^\W\d_]", after)
        and re.search(r"(?:^|\n|[.!?؟:])\s*$", before)
        and len(num) <= 2
    ):
        return True  # a list item's number with a dash after a sentence: «… الخاص.  2- إرساء الأسس»
    if re.search(r"(?:^|\s)[«\"“]?(?:ال)?(?:مطلب|بند|نقطه)\s*$", before):
        return True  # a numbered demand or item: «المطلب 14»
    if re.match(r"\s+(?:امراه|امرأه|امرأة|امرأة)\s*:", after) and re.search(r"(?:^|\n)\s*$", before):
        return True  # a series' title opening a line: «100 امرأة: محامية يمنية»
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
        # «قطر الحفرة هو 1500 م»: after a measure «م» is metres, not the era
        and not (
            re.match(r"\s*م" + _WORD_END, after)
            and re.search(
                r"(?:^|\s)(?:هو|هي|يبلغ|تبلغ|بلغ|بلغت|قطر|قطرها|قطره|طول|طولها|طوله|عمق|ارتفاع|مسافه)\s+$",
                before,
            )
        )
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
            # «قبل 2010 كانت», «مقارنة بـ 2016 حسب», not «قبل 2000 عام» nor «مقارنة مع 2034 حادثا» (an indefinite
            # noun in the accusative is counted)
            noun = _NEXT_WORD.match(after)
            return not (
                noun
                and (
                    _thing_kind(noun[1])
                    or noun[1] in _TIME_UNITS
                    or noun[1] in _UNIT_NOUNS
                    or _ACCUSATIVE_NOUN.fullmatch(noun[1])
                )
            )
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
        if re.fullmatch(r"(?:19|20)\d\d", folded[s:e]):
            return not _counts_next(
                folded, e
            )  # «بنسخة 2018 من جائزة»: an edition's year, not a count of prizes
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


def _counts_next(folded: str, e: int) -> bool:
    """Whether the word after ``e`` is a noun a count is known to take: a time unit, a unit of measure, a
    counted kind («لست سنوات», «لستة أشخاص»)."""
    noun = _NEXT_WORD.match(folded, e)
    return bool(noun and (noun[1] in _TIME_UNITS or noun[1] in _UNIT_NOUNS or _thing_kind(noun[1])))


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
