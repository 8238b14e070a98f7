"""Figures found in an article: values, bounds, units, counted things and exact offsets."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import REPO
from test_figure_date_labels import corpus_text

from factdesk.assist.figures import Figure, find_figures
from factdesk.importers.news import parse_article
from factdesk.importers.plaintext import read_text_file

LABELS = Path(__file__).parent / "data" / "figures_labels.tsv"


def _one(text: str) -> Figure:
    figures = find_figures(text)
    assert len(figures) == 1, figures
    return figures[0]


def _seed(i: int) -> str:
    import json

    meta = json.loads((REPO / "seeds" / "seeds.json").read_text(encoding="utf-8"))["articles"][i]
    raw, _ = read_text_file(REPO / "seeds" / meta["file"])
    return parse_article(raw, title_hint=meta.get("title", "")).text


def test_seed_articles_give_their_figures_and_not_their_dates() -> None:
    first = {f.text: f for f in find_figures(_seed(0))}
    second = {f.text: f for f in find_figures(_seed(1))}
    more = first["أكثر من 80"]
    assert (more.value, more.bound, more.thing, more.kind) == (80, "more_than", "مسلحا", "killed")
    assert first["36"].thing == "سيارة" and first["36"].kind == "vehicles"
    assert first["8"].thing == "صهاريج" and first["8"].kind == "vehicles"
    assert first["17"].kind == "vehicles" and second["32"].kind == "vehicles"
    least = second["ما لا يقل عن 120"]
    assert (least.value, least.bound, least.kind) == (120, "at_least", "killed")
    values = {f.value for f in [*first.values(), *second.values()]}
    assert not values & {25, 30, 2017, 5, 15, 31}


@pytest.mark.parametrize(
    ("text", "value", "high", "bound"),
    [
        ("قتل ثمانين شخصا", 80, None, "exact"),
        ("مئة وعشرين مسلحا", 120, None, "exact"),
        ("مائتي سيارة", 200, None, "exact"),
        ("ثلاثة آلاف شخص", 3000, None, "exact"),
        ("ألفين شخص", 2000, None, "exact"),
        ("خمسة عشر طفلا", 15, None, "exact"),
        ("أحد عشر مسلحا", 11, None, "exact"),
        ("ثلاثمائة وخمسين ألف نسمة", 350000, None, "exact"),
        ("3 آلاف لاجئ", 3000, None, "exact"),
        ("١٬٥٠٠ شخص", 1500, None, "exact"),
        ("۱۲ جريحا", 12, None, "exact"),
        ("2,500 شخص", 2500, None, "exact"),
        ("عشرات القتلى", 10, 99, "about"),
        ("مئات الجنود", 100, 999, "about"),
        ("آلاف اللاجئين", 1000, 9999, "about"),
        ("عشرات الآلاف من اللاجئين", 10000, 99999, "about"),
        ("بين 30 و40 قتيلا", 30, 40, "exact"),
        ("30-40 جريحا", 30, 40, "exact"),
        ("من 30 إلى 40 سيارة", 30, 40, "exact"),
        ("أكثر من 80 مسلحا", 80, None, "more_than"),
        ("ما يزيد عن 80 مسلحا", 80, None, "more_than"),
        ("ما لا يقل عن 120 عنصرا", 120, None, "at_least"),
        ("12 قتيلا على الأقل", 12, None, "at_least"),
        ("نحو 50 شخصا", 50, None, "about"),
        ("قرابة 50 شخصا", 50, None, "about"),
        ("حوالي 50 شخصا", 50, None, "about"),
        ("زهاء 50 شخصا", 50, None, "about"),
        ("ما يقارب 50 شخصا", 50, None, "about"),
        ("أقل من 50 شخصا", 50, None, "less_than"),
        ("ما يصل إلى 50 شخصا", 50, None, "up_to"),
        ("خلال العقود الثلاثة الماضية", 3, None, "exact"),
        ("ضخ (20 مليار ريال) للقطاع", 20_000_000_000, None, "exact"),
        ("أنفقوا المليارات على البحث", 10**9, 10**10 - 1, "about"),
        ("صرف مليوني ريال للأندية", 2_000_000, None, "exact"),
        ("أزيد من 70 مشاركا", 70, None, "more_than"),
        ("ما يناهز 40 شاحنة", 40, None, "about"),
        ("نصف مليون لاجئ", 500_000, None, "exact"),
        ("قرابة ربع مليون نازح", 250_000, None, "about"),
    ],
)
def test_values_and_bounds(text: str, value: float, high: float | None, bound: str) -> None:
    f = _one(text)
    assert (f.value, f.high, f.bound) == (value, high, bound)
    assert text[f.start : f.end] == f.text


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("نسبة الفاقد لا تتجاوز 7% سنويا", "7%", 7),
        ("غرامات بما لا يتجاوز 300 ألف ريال", "300 ألف ريال", 300_000),
        ("عدد لا يزيد على 12 سيارة", "12", 12),
    ],
)
def test_a_verb_that_caps_a_number_sets_its_bound_but_stays_out_of_the_span(
    text: str, figure: str, value: float
) -> None:
    f = _one(text)
    assert (f.text, f.value, f.bound) == (figure, value, "up_to")


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("ارتفع 5%", 5, "percent", "percentage"),
        ("ارتفع ٥٫٥٪", 5.5, "percent", "percentage"),
        ("ارتفع 3 في المئة", 3, "percent", "percentage"),
        ("ارتفع 3 بالمائة", 3, "percent", "percentage"),
        ("نحو 1.5 مليون دولار", 1_500_000, "USD", "money"),
        ("$50", 50, "USD", "money"),
        ("500 ريال", 500, "SAR", "money"),
        ("ألفين جنيه", 2000, "EGP", "money"),
        ("100 ليرة سورية", 100, "SYP", "money"),
        ("20 يورو", 20, "EUR", "money"),
    ],
)
def test_percentages_and_currencies(text: str, value: float, unit: str, kind: str) -> None:
    f = _one(text)
    assert (f.value, f.unit, f.kind) == (value, unit, kind)


def test_two_number_words_without_and_are_two_figures() -> None:
    assert [(f.text, f.value) for f in find_figures("الأقمار الثلاثة ثلاث أخوات")] == [
        ("الثلاثة", 3),
        ("ثلاث", 3),
    ]


@pytest.mark.parametrize(
    ("text", "kind", "thing"),
    [
        ("مقتل 5 أشخاص", "killed", "أشخاص"),
        ("إصابة 7 مدنيين", "injured", "مدنيين"),
        ("وصل 40 مقاتلا", "fighters", "مقاتلا"),
        ("دمرت 3 دبابات", "vehicles", "دبابات"),
        ("وصل 40 طالبا", "people", "طالبا"),
        ("زرع 40 شجرة", "other", "شجرة"),
        ("اعتقال 25 صحفيا", "people", "صحفيا"),
        ("بلغ عدد الشهداء 14 فلسطينيا", "killed", "فلسطينيا"),
        ("سجلت الوزارة 12 حالة جديدة بالكوليرا", "injured", "حالة"),
        ("سجل المستشفى 9 حالات وفاة", "killed", "حالات"),
        ("رصدت 9 حالات مخالفة", "other", "حالات"),
    ],
)
def test_counted_noun_and_kind(text: str, kind: str, thing: str) -> None:
    f = _one(text)
    assert (f.kind, f.thing, text[f.thing_start : f.thing_end]) == (kind, thing, thing)


@pytest.mark.parametrize(
    "text",
    [
        "يوم 25 مايو/أيار 2017",
        "في الـ25 من الشهر الجاري",
        "ليل 30 مايو",
        "بتاريخ 2017/5/15",
        "في 15-5-2017",
        "الساعة 10:30",
        "اتصل على 0501234567",
        "عام 2015 كان صعبا",
        "يوم الاثنين",
        "الفصل الثالث",
        "padding: 0; margin: 10px",
        "في دورتها السابعة والثلاثين",
        "بلوغها الثامنة عشرة من العمر",
        "العشر الأواخر من رمضان",
        "أنا لست مستقرا",
        "قال أحد المسؤولين",
        "انتشر مرض «كوفيد 19» سريعا",
        "وقعت أحداث «فتنة 88» بعد الانتخابات",
        "مشروع القانون 31.13 المتعلق بالمعلومة",
        "كما في الآية 255 من سورة البقرة",
        "انظر ص 44 من التقرير",
        "يتحدثها كثيرون،(1) في العالم",
        "ذكره المؤلف [35] في كتابه",
        "© 2015 جميع الحقوق محفوظة",
        "الفيلم 12 Angry Men من الكلاسيكيات",
        "بتوقيت GMT+3 يوميا",
        "اتصلوا على الرقم +966 50 123 4567 للاستفسار",
        "أسقطت طائرة إف-16 فوق المنطقة",
        "نشرت منظومة إس 400 للدفاع",
        "طائرة بوينغ 737 تابعة للشركة",
    ],
)
def test_dates_times_phones_and_ordinals_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


_ARABIC = st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهوية ءآأإؤئ٠١٢٣٤٥٦٧٨٩0123456789٬٫.,%٪$-ـ"))
_MARKS = st.sampled_from(["\u064b", "\u064e", "\u0650", "\u0651", "\u0652", "\u0670"])
_WORDS = st.sampled_from(
    ["أكثر من", "ما لا يقل عن", "مئة", "وعشرين", "آلاف", "عشرات", "مسلحاً", "سيارة", "في المئة"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_ARABIC, _MARKS, _WORDS, st.just(" ")), max_size=60))
def test_offsets_slice_the_text_and_never_split_a_letter_from_its_marks(parts: list[str]) -> None:
    text = "".join(parts)
    for f in find_figures(text):
        assert text[f.start : f.end] == f.text
        assert 0 <= f.start < f.end <= len(text)
        for edge in (f.start, f.end):
            assert edge == len(text) or unicodedata.category(text[edge]) not in ("Mn", "Me"), (text, f)
        if f.thing:
            assert text[f.thing_start : f.thing_end] == f.thing


def _labels() -> list[dict[str, str]]:
    lines = [ln for ln in LABELS.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def test_labelled_offsets_are_valid_against_the_corpus() -> None:
    rows = _labels()
    assert {r["split"] for r in rows} == {"dev", "seen"}
    for r in rows:
        if r["start"] == "NONE":
            continue
        text = corpus_text(r["file"])
        start, end = int(r["start"]), int(r["end"])
        assert 0 <= start < end <= len(text), r
        surface = text[start:end]
        assert surface.strip() == surface and any(ch.isdigit() or ch.isalpha() for ch in surface), r
        assert unicodedata.category(text[start]) not in ("Mn", "Me"), r


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("يتراوح المعدل من 0،75 إلى 0.9 خلال العام", "0،75 إلى 0.9", 0.75),  # the Arabic decimal comma
        ("تراجع المؤشر إلى 3،5 نقطة فقط", "3،5", 3.5),
        ("سجل المكتب 12،400 زائر في الموسم", "12،400", 12400),  # the Arabic comma between thousands
        ("قال إنه خسر 20k في صفقة واحدة", "20k", 20000),  # «k»: thousands
    ],
)
def test_numbers_written_with_the_arabic_comma_or_k(text: str, surface: str, value: float) -> None:
    found = _one(text)
    assert (found.text, found.value) == (surface, value)


@pytest.mark.parametrize(
    "text",
    [
        "قال المدير .menu li { margin: 0; padding: 4px } إن الخطة جاهزة",  # a style sheet leaked into the text
        "نشر التقرير في 17 حزيران (يونيو) 2019 على موقع الوزارة",  # the year after a bracketed month name
        "بدأت الاحتجاجات في 9 نوفمبر2020 واستمرت",  # a day before a month glued to its year
        "هذه أهم المزايا. 4. سهولة الاستخدام في كل مكان",  # a list number after a sentence
        "ملخص الدليل\n1 الفكرة الأساسية للمشروع",  # «1» numbering a line
    ],
)
def test_list_numbers_dates_and_style_sheets_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_a_figure_takes_its_kind_from_what_the_sentence_counts() -> None:
    found = find_figures(
        "بلغ عدد المصابين بالفيروس في البلاد 310 حالة منها 40 حالة تم شفاؤها، "
        "وارتفعت الإصابات إلى 9 آلاف في المدينة و3 آلاف في الريف، إلى جانب العشرات في القرى."
    )
    assert [(f.text, f.kind) for f in found] == [
        ("310", "injured"),  # «حالة» counted after «عدد المصابين»
        ("40", "people"),  # recovered cases are people, not patients
        ("9 آلاف", "injured"),
        ("3 آلاف", "injured"),  # listed after a count of infections, with nothing of its own counted
        ("العشرات", "injured"),
    ]
    recovered = _one("وأعلنت الوزارة أن عدد المتعافين بلغ 12 ألفا.")
    assert (recovered.value, recovered.kind) == (12000, "people")
    assert _one("أنفقت الحكومة المليارات على الطرق").kind == "money"
    shared = find_figures("شارك في التجربة 120 (35%) مريضا من المدينة")
    assert (shared[0].text, shared[0].thing, shared[0].kind) == ("120", "مريضا", "people")


def test_a_listed_figure_keeps_other_when_it_counts_something_else() -> None:
    found = find_figures("قتل 5 أشخاص في 3 مدن، وتضررت 4 مبان.")
    assert [(f.value, f.kind) for f in found] == [(5, "killed"), (3, "other"), (4, "other")]


@pytest.mark.parametrize(
    ("text", "surface", "value", "kind"),
    [
        ("عبر المطار 512 ألف و340 مسافرا هذا العام", "512 ألف و340", 512340, "people"),
        ("استقبل الميناء مليون و116 ألف و72 مسافرا", "مليون و116 ألف و72", 1116072, "people"),
        ("صوت في الاقتراع ستة ملايين و300 ألف ناخب", "ستة ملايين و300 ألف", 6300000, "people"),
        ("بلغت نسبة المشاركة 83ر 61 في المائة في الإقليم", "83ر 61 في المائة", 61.83, "percentage"),
    ],
)
def test_a_number_written_in_parts_and_the_moroccan_agency_decimal(
    text: str, surface: str, value: float, kind: str
) -> None:
    found = _one(text)
    assert (found.text, found.value, found.kind) == (surface, value, kind)


def test_parts_that_do_not_make_one_number_stay_apart() -> None:
    found = find_figures("حصل الحزب على 5 آلاف صوت و300 مقعد")
    assert [f.value for f in found] == [5000, 300]
    assert [f.value for f in find_figures("جرى ذلك في 12 غشت و3 نونبر")] == []  # Moroccan month names: days


def test_the_nearer_cue_says_killed_or_wounded() -> None:
    found = find_figures("وقتل رجل وجرح 12 آخرون في الاشتباكات")
    assert [(f.value, f.kind) for f in found] == [(12, "injured")]


@pytest.mark.parametrize(
    ("text", "surface", "value", "kind"),
    [
        ("خصصت الحكومة 4,7 مليار دولار للطرق الجديدة", "4,7 مليار دولار", 4700000000, "money"),
        ("تراجع المؤشر 12,35% خلال الربع الأول", "12,35%", 12.35, "percentage"),
        ("ارتفعت الصادرات بنسبة 8,5 % عن العام السابق", "8,5 %", 8.5, "percentage"),
        ("وصل إلى المعرض 1,250 زائرا يوم الافتتاح", "1,250", 1250, "people"),
    ],
)
def test_a_latin_comma_before_one_or_two_digits_is_a_decimal_comma(
    text: str, surface: str, value: float, kind: str
) -> None:
    found = _one(text)
    assert (found.text, found.value, found.kind) == (surface, value, kind)


def test_a_list_of_numbers_joined_by_commas_is_not_a_decimal() -> None:
    assert [f.value for f in find_figures("أغلقت المدارس 3,4,5 في الحي")] == [3, 4, 5]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("سجلت الجهة نسبة 48، 21 في المائة من المسجلين", "48، 21 في المائة", 21.48),
        ("يزور المدينة 5، 3 مليون سائح كل سنة", "5، 3 مليون", 3500000),
    ],
)
def test_the_reversed_comma_decimal_before_a_percent_or_a_scale(
    text: str, surface: str, value: float
) -> None:
    found = _one(text)
    assert (found.text, found.value) == (surface, value)


def test_a_reversed_comma_pair_without_a_unit_is_two_numbers() -> None:
    assert [f.value for f in find_figures("فازت اللوائح 14، 15 بمقاعد")] == [14, 15]


def test_a_scale_with_the_accusative_alif_and_a_decimal_scale_are_exact() -> None:
    assert [(f.text, f.value) for f in find_figures("صوت 9 ملايين من أصل 21 مليونا مسجلين")] == [
        ("9 ملايين", 9000000),
        ("21 مليونا", 21000000),
    ]
    found = _one("بلغت الاستثمارات نحو 6.3 مليار جنيه")
    assert found.value == 6300000000 and isinstance(found.value, int)


@pytest.mark.parametrize(
    "text",
    [
        "انطلقت الرحلة XB 245 من المطار مساء",
        "عمل في الشركة من مارس/آذار 2001 وحتى تشرين الثاني 2006 مديرا",
        "فاز الحزب في الانتخابات نهاية 2009 بأغلبية",
        "صدر تقرير عن قمة لندن 2012 حول التعليم",
        "تراجع الأداء في الفترة من 2012 إلى 2014، و2015 أيضا",
        "بدأت المرحلة يوم 14/ نوفمبر تشرين الثاني",
    ],
)
def test_codes_years_and_days_written_around_a_month_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_a_count_with_the_article_written_on_it_keeps_the_article_and_a_bare_one_is_a_day() -> None:
    found = _one("تضاعف الإنتاج خلال الـ18 شهرا الماضية")
    assert (found.text, found.value) == ("الـ18", 18)
    assert [f.text for f in find_figures("يمنح المكتب لـ 6 موظفين مكافأة")] == ["6"]
    assert find_figures("وصل الوفد في الـ14 من الشهر") == []
    assert find_figures("تعد من الاقتصادات الـ20 في العالم") == []


def test_a_fraction_spelled_like_a_number_is_not_a_count() -> None:
    assert find_figures("لم تصل إلا تسع المساعدات الموعودة") == []
    assert [f.value for f in find_figures("افتتحت الوزارة تسع مدارس")] == [9]


def test_a_falling_change_is_two_figures_and_so_is_a_rise_after_a_verb_of_change() -> None:
    """The guideline of the external labels: a change «من A إلى B» is two figures, a range one."""
    fall = find_figures("انخفضت نسبة النجاح من 71.5 إلى 64.3 في المائة هذا العام")
    assert [(f.text, f.value, f.kind) for f in fall] == [
        ("71.5", 71.5, "percentage"),
        ("64.3 في المائة", 64.3, "percentage"),
    ]
    assert [f.value for f in find_figures("ارتفع عدد المصابين من 12 إلى 30 شخصا")] == [12, 30]
    span = _one("تتراوح أعمارهم من 12 إلى 30 عاما")
    assert (span.value, span.high) == (12, 30)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("صوت نحو 9 ملايين تونسي في الاقتراع", "نحو 9 ملايين", "people"),
        ("عاد 40 ألف أردني إلى بلادهم", "40 ألف", "people"),
        ("فصلت الوزارة 300 موظف و120 آخرين من البلديات", "120", "people"),
        ("آلاف المدنيين قتلوا في القصف", "آلاف", "killed"),
        ("عشرات الآلاف أصيبوا بجروح", "عشرات الآلاف", "injured"),
        ("تنافس أكثر من 2 آلاف مرشح على المقاعد", "أكثر من 2 آلاف", "people"),
        ("انتخب 60 عضوا جديدا، 45 منهم نساء", "45", "people"),
        ("حصلت على 30 مقعدا و40 عضوا من أصل 90", "90", "people"),
        ("قتل 12 من مسلحي التنظيم في الغارة", "12", "killed"),
    ],
)
def test_the_counted_people_named_by_origin_by_others_or_by_what_happened_to_them(
    text: str, surface: str, kind: str
) -> None:
    found = {f.text: f for f in find_figures(text)}
    assert found[surface].kind == kind


def test_a_billion_listed_after_a_sum_in_the_same_sentence_is_money_and_a_counted_one_is_not() -> None:
    found = find_figures("صدرت كندا بقيمة 4,1 مليار دولار وتلتها المكسيك (2,5 مليار).")
    assert [(f.value, f.kind) for f in found] == [(4100000000, "money"), (2500000000, "money")]
    houses = find_figures("خصصت 3 مليارات دولار لبناء ملايين الوحدات السكنية")
    assert [f.kind for f in houses] == ["money", "other"]


def test_a_nisba_with_the_article_or_a_money_cue_keeps_its_reading() -> None:
    assert _one("سحب 20k بلدي من المصرف").kind == "money"
    assert _one("تستغرق الرحلة 3 أيام").kind == "other"


@pytest.mark.parametrize(
    ("text", "surface", "value", "kind"),
    [
        ("بلغت الموارد الجبائية 812 م د في الثلاثي الأول", "812 م د", 812000000, "money"),
        ("قدر العجز بـ 4ر317 م د خلال السنة", "4ر317 م د", 317400000, "money"),
        ("تتجاوز الموازنة 2 تريليون درهم لأول مرة", "2 تريليون درهم", 2000000000000, "money"),
        ("سجلت نسبة 63 فاصل 8 بالمائة في الاستطلاع", "63 فاصل 8 بالمائة", 63.8, "percentage"),
        ("تتراوح أعمارهم بين 20و 29 سنة", "بين 20و 29", 20, "other"),
        ("قدر هامش الخطأ بما بين 2.1 و3.5 نقطة", "بما بين 2.1 و3.5", 2.1, "other"),
        ("اشترت القوات الجوية 24 طائرة مقاتلة", "24", 24, "vehicles"),
    ],
)
def test_tunisian_millions_of_dinars_trillions_spelled_decimals_and_ranges(
    text: str, surface: str, value: float, kind: str
) -> None:
    found = _one(text)
    assert (found.text, found.value, found.kind) == (surface, value, kind)


@pytest.mark.parametrize(
    "text",
    [
        "للاستفسار اتصلوا على الرقم 71 20 33 45 طوال اليوم",
        "تقدم الفريق المضيف 2-صفر في الشوط الأول",
        "خسر اللاعب المصنف 57 في الدور الأول",
        "تستضيف قطر كأس العالم 2022 في الشتاء",
        "أجري الاستطلاع في 12 و13 مايو على الإنترنت",
    ],
)
def test_phones_scores_rankings_years_of_a_name_and_a_pair_of_days_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_a_time_unit_is_counted_even_after_a_money_word_and_a_percent_is_shared_by_a_pair() -> None:
    assert _one("تمثل خسارة 9 أيام إنتاج في المصنع").kind == "other"
    pair = find_figures("ارتفعت على التوالي إلى 3ر14 و 7ر18 بالمائة")
    assert [(f.value, f.kind) for f in pair] == [(14.3, "percentage"), (18.7, "percentage")]


@pytest.mark.parametrize(
    "text",
    [
        "خصصت المنحة للسنوات 2019 و2020 و2021",
        "دعم المركز بين العامين 2014 و2015 مشاريع عديدة",
        "ظهر في المسلسل ما بين 2005 و2009 بانتظام",
        "انطلقت الدورة 41 للمهرجان أمس",
    ],
)
def test_years_after_a_plural_or_dual_year_word_and_a_session_number_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_ranges_with_the_percent_on_both_ends_or_the_article_on_both_numbers_are_one_figure() -> None:
    share = _one("تغطي المنحة ما بين 30% و50% من التكاليف")
    assert (share.text, share.value, share.high, share.kind) == ("ما بين 30% و50%", 30, 50, "percentage")
    ages = _one("تتراوح أعمار المجندين بين الـ12 والـ16 عاما")
    assert (ages.value, ages.high) == (12, 16)


def test_others_after_a_wounding_cue_are_wounded_and_feminine_nationals_are_people() -> None:
    found = find_figures("قتل منهم 40، وجرح 25 آخرين في القصف")
    assert [(f.value, f.kind) for f in found] == [(40, "killed"), (25, "injured")]
    assert _one("شاركت أكثر من 3 آلاف سورية في المسيرة").kind == "people"


@pytest.mark.parametrize(
    "text",
    [
        "يشمل الاستدعاء سيارات من الفئة 2 إلى 5 فقط",
        "المحرك ديزل 6 سيلندر وهو قوي",
        "هبطت الطائرة عند الساعة 09,40 (06,40 ت غ) في المطار",
        "ترشح عن دائرة نابل2 في الانتخابات",
        "يعقد المؤتمر أيام 14 و 15 و 16 أفريل 2018",
    ],
)
def test_model_classes_engines_clock_times_names_and_chained_days_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_a_range_from_a_year_keeps_its_other_end_and_a_price_pair_shares_its_currency() -> None:
    found = find_figures("ارتفع رقم المعاملات من 500 ألف دينار سنة 2010 إلى 80 مليون دينار حاليا")
    assert [(f.text, f.value, f.kind) for f in found] == [
        ("500 ألف دينار", 500000, "money"),
        ("80 مليون دينار", 80000000, "money"),
    ]
    pair = find_figures("أسعار التذاكر 30 و45 دينار")
    assert [(f.value, f.kind) for f in pair] == [(30, "money"), (45, "money")]
    assert pair[0].unit == pair[1].unit != ""


def test_eliminated_fighters_are_killed_and_more_nouns_of_people() -> None:
    assert _one("أعلن الجيش القضاء على 18 إرهابيا").kind == "killed"
    assert _one("وقع 30 منسقا على البيان").kind == "people"


@pytest.mark.parametrize(
    "text",
    [
        "وفق الفصلين 14 و15 من القانون الأساسي",
        "طبقا للفصول 3 و7 و12 من المجلة",
        "ارتفع سعر بنزين 92 في المحطات",
        "أطلقت الصين المسبار تيانون-2 إلى المدار",
        "للاتصال بالرقم 71555444 في أوقات العمل",
    ],
)
def test_articles_of_a_law_petrol_grades_hyphenated_names_and_phones_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_a_long_count_outside_a_phone_context_is_a_figure() -> None:
    found = _one("شارك 12459870 ناخبا في الاقتراع")
    assert (found.value, found.kind) == (12459870, "people")


def test_a_ranked_list_and_ranks_are_not_figures_and_a_count_after_ramadan_is() -> None:
    assert find_figures("الدول الأعلى دخلا: 1 - قطر 2 - لوكسمبورغ 3 - سنغافورة") == []
    assert find_figures("احتلت البلاد المرتبة 42 عالميا") == []
    found = _one("سجلت الفرق خلال أيام رمضان 1250 مخالفة")
    assert (found.value, found.kind) == (1250, "other")


def test_children_and_women_counted_among_the_dead_or_wounded_take_their_kind() -> None:
    found = find_figures("قتل 210 مدنيين، بينهم 45 طفلا و30 امرأة، وأصيب 500 آخرون بينهم 80 طفلا.")
    assert [(f.value, f.kind) for f in found] == [
        (210, "killed"),
        (45, "killed"),
        (30, "killed"),
        (500, "injured"),
        (80, "injured"),
    ]
    assert [f.kind for f in find_figures("وصل 300 زائر بينهم 40 طفلا")] == ["people", "people"]


@pytest.mark.parametrize(
    ("text", "value", "high"),
    [
        ("استثمارات بألف مليار دولار", 10**12, None),
        ("قيمتها ثلاثة آلاف مليار ريال", 3 * 10**12, None),
        ("بلغت ألف وخمسمئة مليار", 1_500 * 10**9, None),
        ("قيمتها 5 آلاف مليار دولار", 5 * 10**12, None),
        ("خسائر بمليون مليار", 10**15, None),
        ("مليون وخمسمئة ألف نسمة", 1_500_000, None),
        ("أنفقت عشرات المليارات", 10 * 10**9, 100 * 10**9 - 1),
    ],
)
def test_a_scale_word_before_a_larger_one_multiplies_it(text: str, value: int, high: int | None) -> None:
    figure = _one(text)
    assert (figure.value, figure.high) == (value, high)


@pytest.mark.parametrize(
    ("text", "span", "bound"),
    [
        ("تشكل نحو95 بالمئة من الصادرات", "نحو95 بالمئة", "about"),
        ("ارتفع بنحو95 بالمئة", "بنحو95 بالمئة", "about"),
        ("حوالي120 شخصا", "حوالي120", "about"),
    ],
)
def test_a_qualifier_glued_to_its_number_is_read_with_it(text: str, span: str, bound: str) -> None:
    figure = _one(text)
    assert (figure.text, figure.bound) == (span, bound)


@pytest.mark.parametrize(
    ("text", "span", "bound"),
    [
        ("شهدت ارتفاعا يصل الى 80 بالمائة", "80 بالمائة", "up_to"),
        ("ومبلغا ماليا يناهز 14 ألف دينار", "14 ألف دينار", "about"),
        ("بنسبة تقارب 50 في المائة", "50 في المائة", "about"),
        ("وليصل إلى 80 بالمائة", "80 بالمائة", "up_to"),
        ("ما يقارب 6500 شخص", "ما يقارب 6500", "about"),
        ("قتل ما يزيد على 70 شخصا", "ما يزيد على 70", "more_than"),
        ("بلغت الخسائر ما يتجاوز 5 ملايين دولار", "ما يتجاوز 5 ملايين دولار", "more_than"),
        ("سجلت عددا يتجاوز 300 شخص", "300", "more_than"),
        ("بنسبة لا تتجاوز 5%", "5%", "up_to"),
    ],
)
def test_a_verb_bounds_the_figure_but_stays_outside_it(text: str, span: str, bound: str) -> None:
    """«يناهز 14 ألفا» is a verb and its subject: the figure is «14 ألفا»; «ما يناهز» is a noun of quantity."""
    figure = _one(text)
    assert (figure.text, figure.bound) == (span, bound)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("بلغ سعر الدولار 2،308 دينار", 2.308, "KWD"),
        ("بسعر 2,308 دينار للكيلوغرام", 2.308, "KWD"),
        ("والأورو في مستوى 2،473 د (زيادة طفيفة)", 2.473, "TND"),
        ("ثمنه 0,500 دينار", 0.5, "KWD"),
        ("تبرع ب 15,000 دينار", 15000, "KWD"),
    ],
)
def test_a_dinar_price_in_millimes_has_three_decimals(text: str, value: float, unit: str) -> None:
    figure = _one(text)
    assert (figure.value, figure.unit, figure.kind) == (value, unit, "money")


def test_thousands_of_people_keep_their_group_separator() -> None:
    assert _one("شارك 2,308 شخص").value == 2308


def test_a_rise_from_one_value_to_another_is_two_figures() -> None:
    rise = find_figures("ليتحول من 139 م د الى 141،4 م د بين السنتين")
    assert [(f.text, f.value, f.unit) for f in rise] == [
        ("139 م د", 139_000_000, "TND"),
        ("141،4 م د", 141_400_000, "TND"),
    ]
    assert [f.value for f in find_figures("ارتفعت النسبة من 15 إلى 17 بالمائة")] == [15, 17]
    span = _one("تتراوح أعمارهم من 15 إلى 17 عاما")
    assert (span.value, span.high) == (15, 17)


@pytest.mark.parametrize(
    "text",
    [
        "يتوقف دعم التطبيق لنظام ويندوز فون 8 و8.1، ولن يكون هناك دعم",  # versions after a product's name
        "إذا كان الهاتف يعمل بنظام أندرويد 2.3، فيمكنه استعمال النسخة الخفيفة",
        "يعمل الهاتف بنظام أندرويد 9 باي",
        "كشفت الشركة عن هاتف ميت 10 برو",
        "صدر الإصدار 2.0 من البرنامج",  # a version named by its noun
        "شاهدنا الحلقة 25 من المسلسل",
        "سقطت طائرة الرحلة 370 الماليزية",
        "عرض الفيلم في قاعة 7 بالمركب الثقافي",
        "أطلقت الشركة صاروخ فالكون 9 التابع لها",
        "ناقش المجلس مؤتمر تونس 2020 و النتائج التي حققها",  # years in names
        "شاركت الشرطة في تأمين مونديال روسيا 2018 لكرة القدم",
        "تندرج الخطة ضمن رؤية 2030 التي أطلقتها المملكة",
        "بموجب القانون الأساسي عدد 52 لسنة 1992",  # a law's number, Tunisian style
        "تعادل الفريقان 2-2 في المباراة",  # scores
        "خسر الفريق 1-3 أمام منافسه",
        "فاز اللاعب على منافسه (6-4 و4-6 و7-5)",  # the sets of a tennis match
        "اجتمع وزراء مجموعة العشرين في أوساكا",  # a group of states
        "وقال في تصريح لفرانس 24 إن الوضع خطير",  # a channel
        "ذكرت القناة 12 الإسرائيلية أن",
        "وفق قرار مجلس الأمن 2254 بشأن سوريا",  # a resolution
        "سجل الهدف في الدقيقة 90 من المباراة",  # the minute of a match, the round of a league
        "في الجولة 12 من الدوري",
        "وتشمل الإجراءات: (1) تحسين الخدمات، (2) دعم الأسعار",  # an enumeration
        "يمكن الاتصال بالخط الساخن 197.",  # a hotline
        "خلال الثلاثي الأول 2017 مقارنة بالفترة نفسها",  # years naming a period or a law
        "قانون المالية 2018 يتضمن إجراءات جديدة",
        "وهو من مواليد 1975 بتونس",
        "قبل 2010 كانت الأوضاع مختلفة",  # a year after a word of time
        "ارتفع العجز مقارنة بـ 2016 حسب المعهد",
    ],
)
def test_numbers_in_names_versions_codes_and_scores_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("تحدثت المصادر عن وصول 130 آلية عسكرية جديدة", 130),  # «آلية» is not «ال» + noun
        ("أسفرت المواجهات عن مقتل 22 من مسلحي الجماعة", 22),  # a partitive «من»
        ("وخصصت الوزارة 5 قاعات للامتحان", 5),
        ("بلغ عددهم 300.", 300),
        ("قامت الشركة بحذف 1,210,357 بسبب الانتهاكات", 1210357),
        ("كشفت الشركة عن 1922 شركة جديدة", 1922),  # a count that looks like a year, with its noun
        ("تستغرق الرحلة 16 ساعة", 16),
        ("ضمت القائمة 4 أو 5 مرشحين", 4),
        ("يعمل 3-5 أيام في الأسبوع", 3),
        ("قتل 3 في الهجوم", 3),  # a verb before the number, a preposition after it
        ("قتل 3، بينهم طفلان", 3),
        ("يعاني 3 من كل 10 أطفال", 3),
        ("فيما فر 4، وسقط 3.", 4),
        ("استمرت المرحلة 3 أشهر", 3),
        ("شارك في المسيرة 2000 متظاهر", 2000),  # a year-like count with a noun it counts
        ("حجزت المصالح 2000 طن من الخضر", 2000),
        ("تضم 2012 موظفا", 2012),
        ("بني المعبد قبل 2000 عام", 2000),
        ("سجل الخط الساخن 300 مكالمة", 300),
        ("وعارضه 30، وامتنع عن التصويت 5.", 30),  # «عارضه»: a verb with its pronoun, not a name
        ("تضم الجولة 8 مباريات", 8),
    ],
)
def test_counts_next_to_such_names_stay_figures(text: str, value: int) -> None:
    assert find_figures(text)[0].value == value


@pytest.mark.parametrize(
    ("text", "value", "high"),
    [
        ("حضر المباراة 3-4 آلاف مشجع", 3000, 4000),
        ("ما بين 3 و4 آلاف شخص", 3000, 4000),
        ("بين 1.1 و2 مليار دولار", 1_100_000_000, 2_000_000_000),
    ],
)
def test_a_range_shares_its_scale_word(text: str, value: int, high: int) -> None:
    figure = _one(text)
    assert (figure.value, figure.high) == (value, high)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "قررت المجلة استبعاد السعوديين العشرة، وعلى رأسهم رجل أعمال",
            1,
        ),  # «العشرة» after its noun counts ten
        ("البلدان العشرة الأولى المصدرة للصلب", 1),
        ("في الدورة الثامنة عشرة للمهرجان", 0),  # an ordinal
        ("في القرن التاسع عشر", 0),
    ],
)
def test_ten_with_the_article_after_its_noun_counts_but_an_ordinal_teen_does_not(
    text: str, count: int
) -> None:
    assert len(find_figures(text)) == count


def test_a_number_before_a_verb_of_saying_ends_a_name() -> None:
    assert find_figures("أن قاضي التحقيق بالمحكمة الابتدائية بصفاقس 2 أصدر بطاقة إيداع") == []
    assert [f.value for f in find_figures("فيما أصيب 5 أكدت المصادر")] == [5]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("بلغ سعر التذكرة 500 أورو", "500 أورو", "EUR"),  # the Maghreb's spelling of the euro
        ("بقيمة 20 مليون يوان", "20 مليون يوان", "CNY"),
        ("غرامة قدرها 5000 شيكل", "5000 شيكل", "ILS"),
        ("بلغت قيمتها 300 مليون روبل", "300 مليون روبل", "RUB"),
    ],
)
def test_more_currencies_are_read_with_their_amount(text: str, span: str, unit: str) -> None:
    figure = _one(text)
    assert (figure.text, figure.unit, figure.kind) == (span, unit, "money")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("بقيمة 500 أ د خلال السنة", "500 أ د", 500_000),  # «ألف دينار», as the Tunisian agency writes it
        ("بقيمة 500 أ.د خلال السنة", "500 أ.د", 500_000),
        ("بكلفة 12 ألف د", "12 ألف د", 12_000),
        ("بقيمة 3 مليار د", "3 مليار د", 3_000_000_000),
        ("بلغت 379 م د", "379 م د", 379_000_000),
    ],
)
def test_tunisian_abbreviations_of_dinars(text: str, span: str, value: int) -> None:
    figure = _one(text)
    assert (figure.text, figure.value, figure.unit) == (span, value, "TND")


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "thing"),
    [
        (
            "سجلت الشركة أرباحا بلغت ( 45 ) مليار دينار خلال العام",
            "45 ) مليار دينار",
            45_000_000_000,
            "KWD",
            "دينار",
        ),
        ("وباع المستثمرون (3.250) مليار سهم في الجلسة", "3.250) مليار", 3_250_000_000, "", "سهم"),
        ("وقفزت المبيعات بنسبة (12) % عن الشهر", "12) %", 12, "percent", ""),
        ("وانخفضت أسعار أسهم (14) شركة في السوق", "14", 14, "", "شركة"),
    ],
)
def test_a_number_in_parentheses_is_read_with_the_scale_and_unit_after_them(
    text: str, span: str, value: int, unit: str, thing: str
) -> None:
    # the Iraqi press writes every number in parentheses: «( 45 ) مليار دينار» is one figure, not «45» and
    # «مليار دينار»; the span runs from the digits to the scale or currency
    figure = _one(text)
    assert (figure.text, figure.value, figure.unit, figure.thing) == (span, value, unit, thing)


def test_a_figure_that_closes_a_parenthesis_does_not_count_the_word_after_it() -> None:
    figure = _one("وبلغت صادرات الهند (4 مليار) والبرازيل أكثر")
    assert (figure.text, figure.thing) == ("4 مليار", "")


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("بيع كيلو البطاطا أمس بـ 60 قرشا", "60 قرشا", "piastre"),
        ("ارتفع سعر الرغيف إلى 250 فلسا", "250 فلسا", "fils"),
        ("بلغ سعر الكراس 800 مليم في المكتبات", "800 مليم", "millime"),
        ("زادت التعرفة 75 هللة لكل كيلوواط", "75 هللة", "halala"),
        ("سعر الخبزة 120 سنتيما منذ سنوات", "120 سنتيما", "centime"),
        ("ارتفع سعر اللتر 20 بيسة هذا الأسبوع", "20 بيسة", "baisa"),
        ("صعد سعر السهم 35 سنتا في التعاملات", "35 سنتا", "cent"),
    ],
)
def test_the_minor_units_of_currencies_are_money_in_their_own_unit(text: str, span: str, unit: str) -> None:
    figure = _one(text)
    assert (figure.text, figure.unit, figure.kind) == (span, unit, "money")


@pytest.mark.parametrize(
    ("text", "span", "value", "high", "unit"),
    [
        ("وتراوح سعر كيلو الباذنجان ما بين 35 و 60 قرشا أمس", "ما بين 35 و 60 قرشا", 35, 60, "piastre"),
        # a range from piastres to dinars is read in piastres: 1.25 dinars is 125 piastres
        (
            "وتراوح سعر كيلو العنب ما بين 90 قرشا و1.25 دينار",
            "ما بين 90 قرشا و1.25 دينار",
            90,
            125,
            "piastre",
        ),
        ("بلغ سعر علبة العصير ما بين 50 فلسا و1.5 درهم", "ما بين 50 فلسا و1.5 درهم", 50, 150, "fils"),
        ("وتراوح سعر كيلو الفلفل ما بين 30 قرشا إلى70 قرشا.", "ما بين 30 قرشا إلى70 قرشا", 30, 70, "piastre"),
    ],
)
def test_a_price_range_with_its_unit_on_both_ends_is_one_figure(
    text: str, span: str, value: int, high: int, unit: str
) -> None:
    figure = _one(text)
    assert (figure.text, figure.value, figure.high, figure.unit, figure.kind) == (
        span,
        value,
        high,
        unit,
        "money",
    )


def test_a_price_from_one_amount_to_another_is_two_figures() -> None:
    figures = find_figures("وتراوح سعر كيلو الكوسا من 25 قرشا إلى 45 قرشا")
    assert [(f.text, f.value, f.unit) for f in figures] == [
        ("25 قرشا", 25, "piastre"),
        ("45 قرشا", 45, "piastre"),
    ]


@pytest.mark.parametrize(
    ("text", "span", "bound"),
    [
        ("وبقيت نسبة التضخم فوق مستوى 9% طوال العام", "فوق مستوى 9%", "more_than"),
        ("ولم يسجل أي بلد عجزا فوق 9% من ناتجه", "فوق 9%", "more_than"),
        ("ويتوقع الخبراء نزول البطالة إلى أقل من مستوى 6% قبل الصيف", "أقل من مستوى 6%", "less_than"),
        ("وبقي النمو دون مستوى 2% للسنة الثالثة", "دون مستوى 2%", "less_than"),
        ("وهبط المؤشر تحت مستوى 40 نقطة", "تحت مستوى 40", "less_than"),
        ("وجاء النمو أعلى من 4% المتوقعة", "أعلى من 4%", "more_than"),
        ("وبقي الإنفاق أدنى من 2% من الناتج", "أدنى من 2%", "less_than"),
    ],
)
def test_a_level_named_with_its_bound_keeps_the_bound_in_the_span(text: str, span: str, bound: str) -> None:
    figure = _one(text)
    assert (figure.text, figure.bound) == (span, bound)


def test_a_number_word_with_a_glued_preposition_counts_when_a_noun_it_counts_follows() -> None:
    figure = _one("وظل قطاع البناء متعثرا لست سنوات متتالية")
    assert (figure.text, figure.value, figure.thing) == ("لست", 6, "سنوات")
    assert find_figures("وقال: لست متأكدا من هذه الأرقام") == []  # «لست» is «I am not»


def test_a_range_written_with_a_hyphen_after_between_is_one_figure() -> None:
    figure = _one("وقد تصل العقوبة إلى السجن بين 4-12 سنة")
    assert (figure.text, figure.value, figure.high) == ("بين 4-12", 4, 12)


@pytest.mark.parametrize(
    "text",
    [
        "مشروع قانون المالية لـ2024\nالرباط – وكالات",  # a year ending a title line counts nothing
        "نشر في الموقع يوم 14 - 3 - 2021\nوكالات",  # a date written with spaces
        'ويعمل الجهاز بمعالج رسوميات "ZETA 700" الجديد',  # a Latin name quoted with its number
    ],
)
def test_years_dates_and_names_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_a_year_before_to_is_a_date_and_the_figure_after_it_is_kept() -> None:
    figures = find_figures("وتراجع النمو من 5.1 في المائة سجلها في العام 2019 إلى 3 في المائة")
    assert [(f.text, f.value) for f in figures] == [("5.1 في المائة", 5.1), ("3 في المائة", 3)]


def test_the_unemployed_and_defendants_counted_are_people() -> None:
    assert _one("وبقي عدد العاطلين عند 9.4 مليون عاطل").kind == "people"
    assert _one("ومثل أمام المحكمة 14 متهما بالتزوير").kind == "people"


def test_a_money_word_in_the_sentence_before_does_not_make_a_count_money() -> None:
    # «ميزانية» ends the sentence before: «خمس دول» counts countries
    figures = find_figures("وناقش الوزراء ميزانية 2025. وتعارض خمس دول أي زيادة")
    assert [(f.text, f.kind) for f in figures] == [("خمس", "other")]


def test_more_of_the_parenthesised_convention() -> None:
    percent = _one("وارتفعت الصادرات بنسبة (%15) عن العام السابق")  # the percent sign written first
    assert (percent.text, percent.value, percent.kind) == ("%15", 15, "percentage")
    parts = _one("وبلغت الإيرادات ( 7 ) مليارات و ( 500 ) مليون دينار")  # one sum written in two parts
    assert (parts.value, parts.unit) == (7_500_000_000, "KWD")
    inside = _one("وبلغت قيمة التداول (64 مليار) دينار خلال الشهر")  # the scale inside the parentheses
    assert (inside.text, inside.value, inside.kind) == ("64 مليار) دينار", 64_000_000_000, "money")
    assert find_figures("وتستمر الحملة لغاية (30) حزيران") == []  # a day
    assert find_figures("وطالب بتطبيق المادة (140) من الدستور") == []  # an article of a law


def test_a_sum_compared_with_one_before_it_and_a_cut_in_spending_are_money() -> None:
    figures = find_figures("وبلغت الاستثمارات 4,2 مليار يورو هذا العام، مقابل 3,8 مليار قبل عام")
    assert [(f.text, f.kind, f.thing) for f in figures] == [
        ("4,2 مليار يورو", "money", "يورو"),
        ("3,8 مليار", "money", ""),
    ]
    assert _one("وتريد الحكومة خفض النفقات ستة مليارات هذا العام").kind == "money"


def test_a_number_word_after_its_definite_noun_takes_the_noun_s_kind() -> None:
    assert _one("وطالبت اللجنة بالإفراج عن الصحفيين الخمسة.").kind == "people"
    assert _one("وزار الوفد المصانع الخمسة.").kind == "other"


def test_a_year_before_a_word_spelled_like_a_minor_unit_is_not_money() -> None:
    assert find_figures("وفي عام 2005 سنت الدولة قانونا جديدا") == []  # «سنّت»: enacted
    assert _one("وارتفع السهم 2000 فلس في الجلسة").unit == "fils"


def test_a_decimal_point_before_a_figure_does_not_end_the_sentence_of_its_money_word() -> None:
    figures = find_figures("وبلغت كلفة الطريقين 2.5 و 3 مليارات")
    assert [f.kind for f in figures] == ["money", "money"]


def test_six_glued_to_and_is_a_name_unless_a_plural_it_counts_follows() -> None:
    assert find_figures("وتنتشر المقاهي الجديدة في حي إيست وست سايد بالمدينة") == []  # «West Side»
    assert _one("وافتتحت البلدية ست مدارس جديدة").value == 6
    assert _one("وسجلت الشرطة ست حوادث على الطريق").value == 6
    assert _one("وهي إحدى اللغات الرسمية الست في المنظمة").value == 6  # after its definite noun


def test_zero_percent_is_a_figure_and_the_percent_word_alone_is_not() -> None:
    zero = _one("وخفض البنك سعر الفائدة إلى صفر في المائة مما أثار قلق المدخرين")
    assert (zero.text, zero.value, zero.unit, zero.kind) == ("صفر في المائة", 0, "percent", "percentage")
    assert _one("وبقي النمو عند صفر بالمئة طوال العام").text == "صفر بالمئة"
    assert find_figures("ويرى الخبراء أن الزيادة بالمئة ليست مقنعة") == []


def test_a_cap_named_as_a_quantity_keeps_its_words() -> None:
    cap = _one("وعززت الدولة قواتها بما لا يزيد عن 40 جنديا خلال الشهر")
    assert (cap.text, cap.value, cap.bound, cap.kind) == ("ما لا يزيد عن 40", 40, "up_to", "people")
    assert _one("بشرط لا يزيد على 12 شخصا").text == "12"  # the bare verb stays out


def test_even_after_or_or_after_another_figure_is_no_bound() -> None:
    even = _one("وأغلق مطعمان أو حتى 4 مطاعم في الشارع نفسه")
    assert (even.text, even.value, even.bound) == ("4", 4, "exact")
    figures = find_figures("وارتفعت الإيجارات 60% في وسط المدينة، وحتى 150% في بعض الأحياء")
    assert [(f.text, f.bound) for f in figures] == [("60%", "exact"), ("150%", "exact")]
    upto = _one("ويمكن رفع سعة الذاكرة حتى 64 غيغابايت")
    assert (upto.text, upto.bound) == ("حتى 64", "up_to")
    ranged = find_figures("وتراوح السعر من 10 وحتى 20 دولارا")  # from one to the other: the bound stays
    assert [(f.text, f.bound) for f in ranged][-1] == ("وحتى 20 دولارا", "up_to")


def test_digits_glued_to_a_name_are_not_a_figure() -> None:
    assert find_figures("نقلا عن موقع 14أكتوبرنت الإخباري") == []
    assert _one("وقتل 3أشخاص في الحادث").value == 3  # glued to a counted noun: a count


def test_a_count_after_an_exception_ends_a_sentence_and_is_a_figure_of_its_noun_s_kind() -> None:
    assert _one("وتم لم شمل جميع العائلات باستثناء 45.\nوقالت الوزارة").value == 45
    excepted = _one("وأفرجت السلطات عن جميع الأطفال باستثناء 12.")
    assert (excepted.value, excepted.kind) == (12, "people")  # the kind of the noun it is excepted from


def test_to_written_as_a_glued_la_between_two_rising_numbers_is_one_range() -> None:
    span = _one("ويتوقع الخبراء أن تتغير الخريطة بعد 20 لـ25 سنة من الآن")
    assert (span.text, span.value, span.high) == ("20 لـ25", 20, 25)
    assert _one("وستبقى المنشأة مغلقة من 3 لـ 6 أشهر").high == 6
    # a score, a falling pair and a year before «لـ» are no range
    assert all(f.high is None for f in find_figures("وفاز النادي 4 لـ2 على ضيفه"))
    assert [f.text for f in find_figures("وفرضت القيود في 3 آذار/مارس 2019 لـ 6 أشهر إضافية")] == ["6"]


def test_a_dash_range_with_the_percent_at_both_ends_is_one_range() -> None:
    span = _one("وترتفع حرارة النسيج إلى نحو 65 % - 70 % أثناء العلاج")
    assert (span.text, span.value, span.high, span.bound, span.unit) == (
        "نحو 65 % - 70 %",
        65,
        70,
        "about",
        "percent",
    )
    assert _one("وقال الباحث إن 40% - 45% من المرضى استجابوا").high == 45
    worded = _one("وتوقع البنك نموا يبلغ 3 بالمئة - 4 بالمئة هذا العام")
    assert (worded.text, worded.value, worded.high) == ("3 بالمئة - 4 بالمئة", 3, 4)


def test_a_bare_year_after_a_period_and_of_is_a_date_not_a_count() -> None:
    text = "وحقق القطاع في النصف الأول من 2019 أرباحا أعلى من الفترة ذاتها من 2018 حسب البيان"
    assert find_figures(text) == []
    assert _one("وتضررت أكثر من 2000 أسرة").value == 2000  # a count after a quantifier stays
    assert _one("وخرج في الأسبوع الأول من 2000 متظاهر الى الشوارع").value == 2000  # a counted noun follows


def test_the_number_of_a_round_or_a_session_after_the_article_is_not_a_figure() -> None:
    assert find_figures("وتنطلق الجولة الـ7 من المحادثات في جنيف") == []
    assert find_figures("واختتمت النسخة الـ12 لمعرض الكتاب أمس") == []
    assert find_figures("وتنعقد القمة الإقليمية الـ9 في العاصمة") == []  # an adjective between
    assert find_figures("وفي اليوم الـ20 من الاعتصام خرج المحتجون") == []
    assert find_figures("وتنعقد القمة 31 للمنظمة في الربيع") == []  # without the article too
    assert _one("وشارك في المؤتمر 450 مندوبا").value == 450  # a count: the noun it counts follows
    assert _one("واتفقت الدول الـ27 الأعضاء على العقوبات").value == 27  # a plural noun counted


def test_a_year_after_a_preposition_of_comparison_with_no_noun_counted_is_a_date() -> None:
    assert find_figures("وتحسنت المبيعات قياسا بـ2015 حسب الغرفة التجارية") == []
    assert find_figures("وتقلص العجز عن 2015 بشكل واضح") == []
    assert find_figures("وتحسن الأداء بالمقارنة بـ2016 وفق التقرير") == []
    assert find_figures("وتحسن الأداء بالقياس إلى 2016 وفق التقرير") == []
    assert find_figures("وهذه توقعات الصندوق لـ2019 وهي متفائلة") == []
    # an indefinite noun after it, or a round number, is a count
    assert [f.value for f in find_figures("وسجلت 1700 جمعية مقابل 1815 جمعية قبل ذلك")] == [1700, 1815]
    assert _one("ووزعت مساعدات لـ2000 عائلة").value == 2000
    assert find_figures("انتهى الموسم.\n2017 كانت سنة الجفاف في الجنوب") == []  # a year opening a sentence


def test_a_group_named_by_a_sum_is_not_a_figure() -> None:
    assert find_figures("وعقد وزراء دول حوار 5 زائد 5 اجتماعهم في روما") == []
    assert find_figures("وتفاوضت مجموعة 5 + 1 مع طهران") == []
    assert [f.value for f in find_figures("وسقط 3 قتلى وأصيب 4")] == [3, 4]


def test_a_word_ending_like_a_month_name_is_no_month() -> None:
    # «النواب» ends in the letters of «آب» (August): the count after it is no day
    assert _one("وفاز من بين هؤلاء النواب 41 في الدورة الأولى").value == 41
    assert find_figures("وقعت الحادثة في آب 2016 ووصل المحققون") == []


def test_a_number_in_a_code_spelt_with_letter_names_is_not_a_figure() -> None:
    assert find_figures("ويقف الجين وراء نقص فيتامين (ب 12) بالوراثة") == []
    assert find_figures("يعرقل دور بروتين اسمه (سي بي 1 اف) في نقل الفيتامين") == []
    assert find_figures("وتحصل على الحاجة من (فيتامين ب 12) من الطعام") == []
    assert find_figures("وينتشر فيروس اتش 1 ان 1 في البلاد") == []
    assert find_figures("وينشط الجين (ايه بي سي دي 4) في الخلايا") == []
    # a preposition written apart, «في», «أو» and «و» before a count stay words, and the count stays a figure
    assert _one("وتبرع ب 5 ملايين دولار للمستشفى").value == 5_000_000
    assert _one("وقتل في 12 هجوما خلال الشهر").value == 12
    assert [f.value for f in find_figures("وأصيب 3 و 4 و 5 أشخاص في ثلاث قرى")] == [3, 4, 5, 3]


def test_users_and_women_counted_are_people() -> None:
    assert _one("ويستعمل التطبيق أكثر من 70 مليون مستخدم يوميا").kind == "people"
    assert _one("وشاركت في الدراسة زهاء 240 سيدة").kind == "people"


def test_ranges_after_an_age_word_a_glued_ma_or_a_dash_before_and_are_one() -> None:
    ages = _one("ويحدث انقطاع الطمث عادة بين سن 45 و 55 عاما")
    assert (ages.text, ages.value, ages.high) == ("45 و 55", 45, 55)
    months = _one("يجب الانتظار فترة تتراوح مابين 3- و6 شهور")
    assert (months.text, months.value, months.high) == ("مابين 3- و6", 3, 6)


def test_a_from_to_range_leaves_from_outside_and_reads_a_spaced_colon_as_to() -> None:
    hours = _one("فترات راحة لمدد تتراوح من 12 إلى 24 ساعة")
    assert (hours.text, hours.value, hours.high) == ("12 إلى 24", 12, 24)
    colon = _one("أن يظل ممددا على السرير لمدة من 6 : 12 ساعة")
    assert (colon.text, colon.value, colon.high) == ("6 : 12", 6, 12)
    assert find_figures("وصل القطار في الساعة 6:12 صباحا") == []


def test_the_number_of_a_yearly_congress_and_a_day_of_the_month_are_not_counts() -> None:
    assert find_figures("افتتح الوزير المؤتمر الدولى السنوى ال39 للجمعية المصرية") == []
    assert find_figures("امتدت الزيارة من الثامن من الشهر الجاري إلى العشرين منه") == []
    assert _one("وأصيب العشرين منهم بجروح").value == 20


def test_a_range_of_number_words_joined_by_and_is_one_range_not_their_sum() -> None:
    months = _one("قضت المحكمة بالسجن بين ثلاثة وستة أشهر مع وقف التنفيذ")
    assert (months.text, months.value, months.high) == ("بين ثلاثة وستة", 3, 6)
    assert (_one("قتل بين ثلاثين وأربعين شخصا").value, _one("قتل ثلاثة وعشرون شخصا").value) == (30, 23)


def test_products_missiles_ranks_and_old_years_are_not_counts() -> None:
    assert find_figures("وتدعم طابعة Phaser 7100 العديد من قنوات الاتصال") == []
    assert find_figures("ضبط عدد من صواريخ (صياد - 2 ) الإيرانية") == []
    assert find_figures("لتصبح السوق رقم اثنين عالميا بعد الصين") == []
    assert find_figures("وحكم عليه بالإعدام عام 1871 بعد إدانته") == []
    # a price after a Latin name, and an indefinite noun counted after it, stay figures
    assert _one("ووصل سعر Bitcoin إلى 6000 دولار").value == 6000
    assert _one("ونشرت Reuters 12 صورة للموقع").value == 12


def test_a_few_billion_a_qualifier_before_a_parenthesis_a_quoted_pair_and_a_glued_count() -> None:
    few = _one("أدى العجز إلى عدم اعتماد بضعة مليارات أخرى")
    assert (few.text, few.value, few.bound) == ("بضعة مليارات", 1_000_000_000, "about")
    assert find_figures("قتل بضعة أشخاص") == []
    paren = _one("يقدر حجم الاستثمارات بنحو(7) مليارات درهم تتوزع على قطاعات")
    assert (paren.value, paren.bound, paren.unit) == (7_000_000_000, "about", "AED")
    assert [f.value for f in find_figures('يقدر عدد المشاركين بين "400 أو 500" شخص، في حين')] == [400, 500]
    assert [f.value for f in find_figures("ضد 26 متهما، وهم21 رجلا و5 نساء")] == [26, 21, 5]


def test_versions_listed_after_a_dual_a_dateline_with_dots_and_billionaires_are_not_counts() -> None:
    assert find_figures("تستخدم الإصدارين 7 و 8 ونظام تشغيل قديم وكذلك الإصداران 8 و 9 مع النظام") == []
    assert find_figures("أ.ف.ب\n05.10.2012\nفي ما يأتي بعض الأرقام") == []
    assert find_figures("من أصغر أصحاب المليارات في العالم") == []
    assert _one("ونما الاقتصاد بنسبة 5.10 في المائة").value == 5.1


def test_numbers_in_guillemets_keep_their_currency_and_a_regulation_s_number_is_no_count() -> None:
    price = _one("ويتراوح سعر ترخيص المركب ما بين «300- 400» جنيه وقال")
    assert (price.text, price.value, price.high, price.unit) == ("ما بين «300- 400» جنيه", 300, 400, "EGP")
    fine = _one("أو بدفع غرامة «100» جنيه.")
    assert (fine.text, fine.value, fine.unit) == ("100» جنيه", 100, "EGP")
    assert find_figures("التي تحددها اللائحة «34» من قانون الملاحة") == []


def test_a_qualifier_with_a_glued_mim_keeps_its_bound() -> None:
    more = _one("طلب الباحثون مما يزيد على 700 شخص تناول جرعة")
    assert (more.value, more.bound) == (700, "more_than")


def test_slogans_levels_sessions_forums_reports_and_days_of_a_named_month_are_not_counts() -> None:
    assert find_figures('ونظم الحزب مهرجانا تحت شعار " 55 كفى و 555 تدبير "، وحضره') == []
    assert find_figures("تكوينات من الباكلوريا زائد 2 إلى الباكلوريا زائد 8.") == []
    assert find_figures("ومهرجان موازين في دورته ال17 يقدم برمجة غنية") == []
    assert find_figures('خلال منتدى الاستثمار"تونس 2020" وقعت عدة اتفاقيات') == []
    assert find_figures("الاخلالات المسجلة في التقرير السنوي العام 28 لدائرة المحاسبات") == []
    assert find_figures("وفق المعطيات التي وقع الإعلان عنها في الثلاثين من جوان الماضي") == []
    assert _one("وسجل التقرير 28 حالة وفاة").value == 28


def test_a_moroccan_azyad_a_count_after_an_ordinal_rank_and_a_count_listed_after_a_year() -> None:
    more = _one("وذلك من خلال أزيد 163 شعبة تمكن من الحصول على شهادة")
    assert (more.text, more.value, more.bound) == ("أزيد 163", 163, "more_than")
    assert _one("جاء الحزب في المرتبة الثانية بخمسة مقاعد").value == 5
    deaths = find_figures("زادت الوفيات مقارنة بعدد 7950 حالة وفاة في 2014 و7345 في 2013.")
    assert [f.value for f in deaths] == [7950, 7345]
    assert find_figures("في السنة السابعة والثلاثين من الدورة الثامنة عشرة") == []


def test_grades_round_the_clock_codes_to_dial_old_road_numbers_and_spans_of_days_are_not_counts() -> None:
    assert find_figures("التلميذة الحاصلة على معدل 20 على 20، لتكون الأولى") == []
    assert find_figures("وتظل رهن إشارة المواطنين 24 ساعة على 24 لتزويدهم بالمعلومات") == []
    assert find_figures("بالضغط على *195*رقم البطاقة #") == []
    assert find_figures("والطريق الوطنية رقم 12 (ط.ج 703 سابقا) بين المدينتين") == []
    assert find_figures("ينظم المهرجان بين 11 و 14 يوليوز المقبل") == []
    assert _one("قتل بين 11 و 14 شخصا").value == 11
    assert _one("ارتفع العدد إلى 24 على الأقل").value == 24  # «على الأقل» is no grade


def test_million_dirhams_abbreviated_and_an_article_with_tatweel_apart() -> None:
    sum_ = _one("بمبلغ مالي قدره 340م/درهم ، وبناء مستشفى")
    assert (sum_.text, sum_.value) == ("340م/درهم", 340_000_000)
    assert _one("أن المتهم لم يتجاوز عمره الـ 22 ربيعا").text == "الـ 22"
    assert _one("قتل ال 30 جنديا").text == "30"  # a bare article apart stays out


def test_members_counted_after_their_noun_a_falling_range_a_law_article_of_its_own_and_years_between() -> (
    None
):
    assert _one("يزور أعضاء مجلس الأمن الدولي الـ15، عددا من الدول").text == "الـ15"
    ages = _one("تتراوح أعمارهم بين 39 و30 عاما")
    assert (ages.value, ages.high) == (30, 39)
    assert find_figures("اقتراح تنقيح النظام الداخلي في فصله 26 بإدخال إجراء") == []
    assert find_figures("خلال الفترة الممتدة بين 2018 و،2020 بشراكة مع الوزارة") == []


def test_a_bound_written_after_the_figure_stays_outside_its_span() -> None:
    about = _one("تراجع الإنتاج 60% تقريبا في الربع الأول")
    assert (about.text, about.bound) == ("60%", "about")
    least = _one("قتل 12 على الأقل في الهجوم")
    assert (least.text, least.bound) == ("12", "at_least")


def test_round_seventeen_models_with_a_letter_years_compared_with_counts_twelve_with_the_article() -> None:
    assert find_figures("عرضت التجربة بواسطة هاتف «نوكيا إن 9» الجديد") == []
    assert find_figures("ارتفع سعر القازوال 50 الشهر الماضي") == []
    compared = find_figures("وقعت 1125 حادثا في عام 2016 بالمقارنة مع 2034 حادثا في عام 2015")
    assert [f.value for f in compared] == [1125, 2034]
    assert find_figures("تحسن الأداء مقارنة بـ 2016 حسب التقرير") == []
    assert _one("على مستوى الجهات الإثني عشر للمملكة").value == 12
    assert find_figures("ستقام التجربة بين 21-26 الشهر الجاري.") == []


def test_a_dot_grouping_thousands_after_two_or_three_digits() -> None:
    found = find_figures("منتقلة من 112 وفاة بكل 100.000 ولادة")
    assert [f.value for f in found] == [112, 100_000]
    assert _one("يبلغ متوسط الطول 1.746 مترا").value == 1.746  # one digit before the dot: a decimal
    assert _one("بلغ سعره 2.500 دينار").value == 2.5  # dinars and millimes


def test_round_eighteen_metres_after_a_measure_calibres_editions_and_glued_counts() -> None:
    assert _one("فإن قطر الحفرة هو 1500 م وعمقها كبير").value == 1500
    assert find_figures("بني المسجد عام 1500 م") == []
    assert [f.value for f in find_figures("حجز بندقية صيد عيار 16 مم و45 خرطوشة")] == [45]
    assert find_figures("وفازت بنسخة 2018 من جائزة العرب") == []
    assert [f.value for f in find_figures("اعتمدت اللجنة 68 هيئة عبأت4681 ملاحظا")] == [68, 4681]
    assert find_figures("الإشارة إلى فجوات مدونة2004 وكذا التعريف بها") == []


def test_round_nineteen_titles_centuries_law_and_gazette_numbers_under_and_glued_counts() -> None:
    assert find_figures('في مقابلة أجراها مع برنامج "60 دقيقة"، وذلك') == []
    assert find_figures("بلغت الدار أوجها في القرن ال17.") == []
    assert find_figures("مع بداية القرن العشرين وهو ما يعرف") == []
    assert find_figures("رفض بنود من القانون الإطار 51.17 والتنصيص على أخرى") == []
    assert find_figures("الصادر بالجريدة الرسمية عدد 6433 بتاريخ") == []
    under = _one("ويمنع تشغيل الأطفال دون 18 سنة")
    assert (under.text, under.value, under.bound) == ("دون 18", 18, "less_than")
    assert _one("بلغ اكثر عن504 مليون شخص").bound == "more_than"
    assert [f.value for f in find_figures("محبوسون لمدة24 ساعة بعدما وثقت36 حالة")] == [24, 36]


def test_round_twenty_dashed_list_items_numbered_demands_anniversaries_and_vague_sums_of_dollars() -> None:
    assert find_figures("وتضمن عدالة العملية للمشاركين.\u00a0 2- إرساء الأسس المؤسسية") == []
    assert find_figures('حيث قال: "المطلب 14 محاكمة الجزيرة"') == []
    assert find_figures("تزامنا مع الذكرى السبعين لقيام الدولة") == []
    dollars = _one("وتكلف الحرائق مليارات الدولارات سنويا")
    assert (dollars.text, dollars.unit, dollars.bound) == ("مليارات الدولارات", "USD", "about")
    assert _one("وقيمتها ما يربو عن 270ر3 مليون دينار").bound == "more_than"
    assert _one("قتل 2- 3 أشخاص").value == 2  # a range, not a list item
