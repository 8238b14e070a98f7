"""Dates and times in article text (factdesk.assist.dates): each construction, the seeds, Hijri conversion,
offsets that never split a letter, and the hand labels' offsets against the corpus."""

from __future__ import annotations

import datetime
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import REPO
from test_figure_date_labels import corpus_text

from factdesk.assist.dates import DateMention, find_dates

D = datetime.date
THURSDAY = D(2017, 6, 1)
LABELS = Path(__file__).with_name("data") / "dates_labels.tsv"


def one(text: str, published: datetime.date | None = THURSDAY) -> DateMention:
    found = find_dates(text, published)
    assert len(found) == 1, found
    assert text[found[0].start : found[0].end] == found[0].text
    return found[0]


def seed(name: str) -> tuple[str, str]:
    text = (REPO / "seeds" / name).read_text(encoding="utf-8")
    meta = json.loads((REPO / "seeds" / "seeds.json").read_text(encoding="utf-8"))
    return text, next(a["published"] for a in meta["articles"] if a["file"] == name)


# --- the seeds: what the demo's comparison depends on


def test_seed_000_the_night_of_30_may_and_the_convoy_of_25_may_are_two_dates() -> None:
    text, published = seed("000_ce109d537c2ac835.txt")
    found = {m.text: m for m in find_dates(text, D.fromisoformat(published))}
    night = found["ليل 30 مايو/أيار"]
    assert (night.date, night.time_of_day, night.precision, night.confidence) == (
        D(2017, 5, 30),
        "night",
        "day",
        0.8,
    )
    assert found["صباح اليوم الخميس"].date == D.fromisoformat(published) == THURSDAY
    assert found["صباح اليوم الخميس"].time_of_day == "morning"
    assert found["يوم 25 مايو/أيار"].date == D(2017, 5, 25)
    assert found["الأربعاء"].date == D(2017, 5, 31)


def test_seed_002_the_25th_of_this_month_is_25_may() -> None:
    text, published = seed("002_0d07b180e68b826f.txt")
    assert published == "2017-05"  # only the month is known: read against any day of it
    found = {m.text: m for m in find_dates(text, D(2017, 5, 31))}
    assert (found["الـ25 من الشهر الجاري"].date, found["الـ25 من الشهر الجاري"].kind) == (
        D(2017, 5, 25),
        "relative",
    )
    assert found["2017/5/31"].date == D(2017, 5, 31) and found["2017/5/31"].confidence == 1.0
    assert found["العام الماضي"].date == D(2016, 1, 1) and found["العام الماضي"].precision == "year"


# --- each construction


@pytest.mark.parametrize(
    "text",
    ["15 مايو 2017", "15 أيار 2017", "15 ماي 2017", "15 مايو/أيار 2017", "15 أيار/مايو 2017", "الـ15 من مايو 2017",
     "١٥ مايو ٢٠١٧", "الإثنين 15 مايو 2017", "15 من شهر أيار عام 2017م"],
)  # fmt: skip
def test_a_whole_date_in_any_regional_month_naming_is_certain(text: str) -> None:
    found = one(text)
    assert (found.date, found.precision, found.kind, found.confidence) == (
        D(2017, 5, 15),
        "day",
        "absolute",
        1.0,
    )
    assert found.text == text


@pytest.mark.parametrize(
    ("name", "month"),
    [("يناير", 1), ("كانون الثاني", 1), ("جانفي", 1), ("شباط", 2), ("فيفري", 2), ("آذار", 3), ("مارس", 3),
     ("نيسان", 4), ("أفريل", 4), ("حزيران", 6), ("جوان", 6), ("تموز", 7), ("جويلية", 7), ("آب", 8), ("أوت", 8),
     ("أيلول", 9), ("تشرين الأول", 10), ("تشرين الثاني", 11), ("كانون الأول", 12), ("ديسمبر", 12)],
)  # fmt: skip
def test_every_month_name(name: str, month: int) -> None:
    assert one(f"في 3 {name} 2016").date == D(2016, month, 3)


def test_two_names_that_disagree_give_no_date() -> None:
    # the expression is a date (the writer slipped on one name) but which month it names is not known
    assert [(d.text, d.date, d.confidence) for d in find_dates("15 مايو/حزيران 2017", THURSDAY)] == [
        ("15 مايو/حزيران 2017", None, 0.0)
    ]


def test_a_day_and_month_take_their_year_from_the_publication_date_with_less_confidence() -> None:
    assert (one("25 مايو").date, one("25 مايو").confidence) == (D(2017, 5, 25), 0.8)
    assert one("28 ديسمبر", D(2017, 1, 5)).date == D(2016, 12, 28)  # last December, not next
    unresolved = one("25 مايو", None)
    assert (unresolved.date, unresolved.confidence) == (None, 0.0)


def test_month_and_year_and_year_alone() -> None:
    assert (one("في مارس 2015").date, one("في مارس 2015").precision) == (D(2015, 3, 1), "month")
    assert (one("عام 1990").date, one("عام 1990").precision) == (D(1990, 1, 1), "year")
    assert one("2007م").date == D(2007, 1, 1)


def test_a_bare_number_or_a_verb_is_not_a_date() -> None:
    assert find_dates("قتل 2015 شخصا ومارس الضغط", THURSDAY) == []
    assert find_dates("كما غدا من مقومات الدعاية", THURSDAY) == []  # the verb "became"
    assert find_dates("نحن في أمس الحاجة إليه", THURSDAY) == []  # "most in need"


@pytest.mark.parametrize(
    ("text", "date"),
    [("2017/5/15", D(2017, 5, 15)), ("15-5-2017", D(2017, 5, 15)), ("15/5/2017", D(2017, 5, 15)),
     ("2017-05-15", D(2017, 5, 15)), ("٢٠١٧/٥/١٥", D(2017, 5, 15)), ("5/17/2017", D(2017, 5, 17))],
)  # fmt: skip
def test_numeric_dates(text: str, date: datetime.date) -> None:
    found = one(f"بتاريخ {text} صدر")
    assert (found.text, found.date, found.kind, found.confidence) == (text, date, "numeric", 1.0)


def test_an_impossible_numeric_date_is_kept_unresolved_not_invented() -> None:
    assert find_dates("31/2/2017", THURSDAY)[0].date is None


@pytest.mark.parametrize(
    ("text", "date", "tod"),
    [("صباح اليوم الخميس", THURSDAY, "morning"), ("يوم الأربعاء", D(2017, 5, 31), ""),
     ("الخميس", THURSDAY, ""), ("يوم الخميس الماضي", D(2017, 5, 25), ""), ("السبت المقبل", D(2017, 6, 3), ""),
     ("مساء أمس", D(2017, 5, 31), "evening"), ("أمس", D(2017, 5, 31), ""), ("أول من أمس", D(2017, 5, 30), ""),
     ("غداً", D(2017, 6, 2), ""), ("ليلة الجمعة", D(2017, 5, 26), "night")],
)  # fmt: skip
def test_weekdays_and_days_are_resolved_against_the_publication_date(
    text: str, date: datetime.date, tod: str
) -> None:
    found = one(f"وقال {text} إن")
    assert (found.text, found.date, found.time_of_day) == (text, date, tod)
    assert 0 < found.confidence < 1
    assert one(text, None).date is None and one(text, None).confidence == 0.0


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [("الـ25 من الشهر الجاري", D(2017, 6, 25), "day"), ("الشهر الماضي", D(2017, 5, 1), "month"),
     ("الأسبوع الماضي", D(2017, 5, 25), "day"), ("العام الماضي", D(2016, 1, 1), "year"),
     ("قبل يومين", D(2017, 5, 30), "day"), ("قبل ثلاثة أيام", D(2017, 5, 29), "day"),
     ("قبل 4 سنوات", D(2013, 1, 1), "year"), ("قبل ستة أشهر", D(2016, 12, 1), "month"),
     ("يناير الماضي", D(2017, 1, 1), "month"), ("التاسع والعشرين من يناير الماضي", D(2017, 1, 29), "day"),
     ("هذا العام", D(2017, 1, 1), "year")],
)  # fmt: skip
def test_relative_dates(text: str, date: datetime.date, precision: str) -> None:
    found = one(f"في {text} قال")
    assert (found.text, found.date, found.precision, found.kind) == (text, date, precision, "relative")
    assert 0 < found.confidence < 1


# --- Hijri


def test_hijri_day_converts_both_ways_with_hijridate() -> None:
    found = one("في 4 رمضان 1438 هـ")
    assert (found.text, found.date, found.calendar, found.kind) == (
        "4 رمضان 1438 هـ",
        D(2017, 5, 30),
        "hijri",
        "hijri",
    )
    from hijridate import Gregorian

    assert tuple(Gregorian(2017, 5, 30).to_hijri().datetuple()) == (1438, 9, 4)


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [("1438هـ", D(2016, 10, 2), "year"), ("عام 1404 هـ", D(1983, 10, 7), "year"),
     ("١/٣/١٤٣٧ه", D(2015, 12, 12), "day"), ("15 ذي الحجة 1437", D(2016, 9, 16), "day"),
     ("ربيع الآخر 1438هـ", D(2016, 12, 30), "month"),
     ("جمادى الأولى 1438", D(2017, 1, 29), "month")],
)  # fmt: skip
def test_hijri_forms(text: str, date: datetime.date, precision: str) -> None:
    found = one(f"في {text} قال")
    assert (found.text, found.date, found.precision, found.calendar) == (text, date, precision, "hijri")


def test_a_hijri_month_alone_is_a_season_and_a_solar_hijri_year_is_not_converted() -> None:
    assert find_dates("في شهر رمضان المبارك", THURSDAY) == []
    assert one("عام 1388 هجري شمسي").date is None


# --- offsets


def test_offsets_are_into_the_original_text_with_diacritics_tatweel_and_presentation_forms() -> None:
    text = "وصل يومَ الخمـيس 25 مايُو 2017 و\ufef5\ufe8e\ufeb4\ufee3"  # «لامسا» is no «أمس»
    found = find_dates(text, THURSDAY)
    assert [m.text for m in found] == ["يومَ الخمـيس 25 مايُو 2017"]
    marked = "قال أمسِ"
    assert one(marked).text == "أمسِ"  # the trailing kasra belongs to the word


ARABIC = st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإةى") + ["\u064e", "\u0650", "\u0651", "\u0640"])
PIECES = st.sampled_from(
    ["25 مايو/أيار", "ليل 30 مايو", "صباح اليوم الخميس", "أمس", "الشهر الماضي", "4 رمضان 1438 هـ", "2017/5/15",
     "١٥-٥-٢٠١٧", " ", "، ", "ال", "\u0301", "\u064b", "\u0651", "\ufef5", "e\u0301"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, ARABIC, st.text(max_size=3)), max_size=20))
def test_offsets_slice_the_text_and_never_cut_a_combining_sequence(parts: list[str]) -> None:
    text = "".join(parts)
    previous = 0
    for mention in find_dates(text, THURSDAY):
        assert text[mention.start : mention.end] == mention.text
        assert previous <= mention.start < mention.end <= len(text)
        previous = mention.end
        assert (
            not unicodedata.combining(text[mention.start])
            and unicodedata.category(text[mention.start]) != "Mn"
        )
        if mention.end < len(text):
            assert unicodedata.category(text[mention.end]) != "Mn"


def test_the_hand_labels_are_valid_offsets_into_their_articles() -> None:
    """Each label points at a whole expression (no space at either end) in a file that exists; both halves exist."""
    splits: set[str] = set()
    count = 0
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "split\t")) or not line.strip():
            continue
        split, name, start, end, date, kind = (line.split("\t") + [""] * 6)[:6]
        splits.add(split)
        if start == "NONE":
            corpus_text(name)
            continue
        text = corpus_text(name)
        begin, stop = int(start), int(end)
        assert 0 <= begin < stop <= len(text), line
        surface = text[begin:stop]
        assert surface == surface.strip() and "\n" not in surface, line
        assert date == "-" or D.fromisoformat(date), line
        assert kind in ("absolute", "numeric", "weekday", "relative", "hijri"), line
        count += 1
    assert splits == {"dev", "heldout", "seen"} and count >= 100


@pytest.mark.parametrize(
    ("text", "surface", "date"),
    [
        ("وقع ذلك في 14 مارس2017 بالضبط", "14 مارس2017", D(2017, 3, 14)),  # no space before the year
        ("تنطلق الدورة فاتح دجنبر 2015 بالرباط", "فاتح دجنبر 2015", D(2015, 12, 1)),  # Morocco's «فاتح»
        ("يومي 12 و13 مارس 2016 في الدوحة", "12 و13 مارس 2016", D(2016, 3, 12)),  # two days: the first
        ("أعلنت الوزارة، اليوم، أن", "اليوم", THURSDAY),  # the news formula
        ("في بيان لها اليوم، إن الضربات", "اليوم", THURSDAY),
    ],
)
def test_more_ways_of_writing_a_day(text: str, surface: str, date: datetime.date) -> None:
    found = one(text)
    assert (found.text, found.date) == (surface, date)


@pytest.mark.parametrize(
    "text",
    ["واليوم، نعيش في زمن آخر", "ونحن اليوم في وضع صعب", "بعد صلاة الجمعة خرجوا", "كلا الاثنين مسؤول",
     "خطبة الجمعة كانت قصيرة", "وصل الاثنين معا"],
)  # fmt: skip
def test_today_as_nowadays_and_weekday_names_that_are_not_days(text: str) -> None:
    assert find_dates(text, THURSDAY) == []


def _normalise_one_by_one(text: str) -> tuple[str, list[int]]:
    """The definition ``dates._normalise`` must keep, written the slow way: drop marks and tatweel,
    unfold presentation forms, fold digits and alef/yaa forms, and remember where each came from."""
    from factdesk.assist import dates

    out, where = [], []
    for index, char in enumerate(text):
        if char == "\u0640" or (char >= "\u0300" and unicodedata.category(char) in ("Mn", "Me")):
            continue
        folded = unicodedata.normalize("NFKC", char) if "\ufb50" <= char <= "\ufefc" else char
        for piece in folded:
            out.append(piece.translate(dates._DIGITS).translate(dates._LETTERS))
            where.append(index)
    return "".join(out), where


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("قال في 25 مايو ٢٠١٧ أإآى")
            + ["\u0640", "\u064b", "\u0651", "\ufefb", "\ufe8e", "\u20d7", "\U0001f600", "\U0001e944"]
        )
    )
)
def test_the_fast_normalisation_keeps_the_one_by_one_definition(text: str) -> None:
    from factdesk.assist.dates import _normalise

    assert _normalise(text) == _normalise_one_by_one(text)


def test_a_pair_of_weekdays_before_a_pair_of_days_is_one_date() -> None:
    found = find_dates("تنظم الندوة يومي الجمعة والسبت 6 و7 مارس 2020 في فاس")
    assert [(m.text, m.date, m.kind) for m in found] == [("6 و7 مارس 2020", D(2020, 3, 6), "absolute")]
    pair = find_dates("اجتمع المجلس يومي الأحد والاثنين الماضيين")
    # with no date after them, each is a weekday; the dual «الماضيين» is the second's, as «الأحد الماضي» is
    assert [m.text for m in pair] == ["الأحد", "الاثنين الماضيين"]


@pytest.mark.parametrize(
    ("text", "surface", "date"),
    [
        ("التغيرات المتوقعة لسنة 2035 ستجعل الصيف أطول", "سنة 2035", D(2035, 1, 1)),  # «ل» before «سنة»
        ("انخفض المعدل مقارنة بعام 2012 بوضوح", "عام 2012", D(2012, 1, 1)),
        ("وظهر في سيناريو سنة2030 أن الحقول تتأثر", "سنة2030", D(2030, 1, 1)),  # no space after «سنة»
        ("أعلنت الشرطة اليوم الخميس 03 مارس 2022 دخول امرأة", "اليوم الخميس 03 مارس 2022", D(2022, 3, 3)),
        ("برسم الاقتراع ليوم الأحد 9 مارس 2021 فإن النواب", "يوم الأحد 9 مارس 2021", D(2021, 3, 9)),
    ],
)
def test_proclitics_and_leads_before_a_date(text: str, surface: str, date: datetime.date) -> None:
    found = find_dates(text)
    assert [(m.text, m.date) for m in found] == [(surface, date)]
    month = find_dates("جرت الانتخابات يوم 9 مارس الجاري، مقارنة مع السابقة")
    assert [m.text for m in month] == ["يوم 9 مارس الجاري"]


@pytest.mark.parametrize(
    ("text", "surface", "date", "kind", "precision"),
    [
        (
            "تراجعت المبيعات منذ أغسطس من العام الماضي",
            "أغسطس من العام الماضي",
            D(2016, 8, 1),
            "relative",
            "month",
        ),
        (
            "بلغ العجز في شهر مايو من العام الجاري",
            "شهر مايو من العام الجاري",
            D(2017, 5, 1),
            "relative",
            "month",
        ),
        (
            "ارتفع الدخل خلال العام المالي 2015/2016 كثيرا",
            "العام المالي 2015/2016",
            D(2015, 1, 1),
            "absolute",
            "year",
        ),
        ("تحسن الأداء مقارنة بالعام المالي السابق", "العام المالي السابق", D(2016, 1, 1), "relative", "year"),
        ("وقعت الحادثة يوم أمس الأربعاء قرب الحدود", "يوم أمس الأربعاء", D(2017, 5, 31), "weekday", "day"),
        ("يصل الوفد مساء بعد غد السبت", "مساء بعد غد السبت", D(2017, 6, 3), "weekday", "day"),
        ("تجمع المحتجون عشية الثلاثاء الماضي", "عشية الثلاثاء الماضي", D(2017, 5, 30), "weekday", "day"),
        ("وفقا لأرقام وزارة المالية للعام 2014 فإن", "عام 2014", D(2014, 1, 1), "absolute", "year"),
        ("مقارنة بشهر نوفمبر 2015، ارتفع", "شهر نوفمبر 2015", D(2015, 11, 1), "absolute", "month"),
        ("بدأت الحملة يوم 12/ مارس آذار", "يوم 12/ مارس آذار", D(2017, 3, 12), "absolute", "day"),
        ("وشهدت هذه السنة 2015 أمطارا", "السنة 2015", D(2015, 1, 1), "absolute", "year"),
    ],
)
def test_months_of_a_relative_year_fiscal_years_and_a_weekday_named_with_its_relative_day(
    text: str, surface: str, date: datetime.date, kind: str, precision: str
) -> None:
    found = one(text)
    assert (found.text, found.date, found.kind, found.precision) == (surface, date, kind, precision)


def test_a_feminine_relative_word_after_a_day_belongs_to_another_noun_and_a_movement_name_is_no_date() -> (
    None
):
    found = one("تجرى الانتخابات يوم 9 نوفمبر المقبلة في كل الدوائر")
    assert (found.text, found.kind) == ("يوم 9 نوفمبر", "absolute")
    assert find_dates("شاركت حركة 25 يناير في المسيرة", THURSDAY) == []
    assert find_dates("حصلت على منحة في يوليو من العام", THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "surface", "date", "precision"),
    [
        ("تراجع الإنتاج خلال شهر أوت لسنة 2015 كثيرا", "شهر أوت لسنة 2015", D(2015, 8, 1), "month"),
        ("ارتفعت الأسعار خلافا للسنة الماضية", "سنة الماضية", D(2016, 1, 1), "year"),
        ("بلغت نسبة الأشغال إلى غاية اليوم 80 بالمائة", "اليوم", THURSDAY, "day"),
    ],
)
def test_a_year_led_by_lisana_the_year_with_two_lams_and_as_of_today(
    text: str, surface: str, date: datetime.date, precision: str
) -> None:
    found = one(text)
    assert (found.text, found.date, found.precision) == (surface, date, precision)


def test_until_today_as_to_this_day_is_not_a_date() -> None:
    assert find_dates("حتى اليوم لم تتغير القوانين", THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "surface", "date"),
    [
        ("بلغ عدد الزوار لهذا العام رقما قياسيا", "هذا العام", D(2017, 1, 1)),
        ("تضاعفت الصادرات بين العامين 2013 و2015 مرتين", "العامين 2013 و2015", D(2013, 1, 1)),
        ("هبط الذهب في وقت سابق اليوم إلى أدنى مستوى", "اليوم", THURSDAY),
    ],
)
def test_this_year_with_a_lam_two_years_named_together_and_earlier_today(
    text: str, surface: str, date: datetime.date
) -> None:
    found = one(text)
    assert (found.text, found.date) == (surface, date)


def test_three_days_of_one_month_and_a_dated_weekday_of_the_current_month() -> None:
    days = one("يعقد المؤتمر أيام 14 و 15 و 16 أفريل 2018 بالعاصمة")
    assert (days.text, days.date) == ("14 و 15 و 16 أفريل 2018", D(2018, 4, 14))
    meeting = one("دعوا إلى الاجتماع مساء الأحد 11 جوان الجاري")
    assert (meeting.text, meeting.date, meeting.kind) == (
        "مساء الأحد 11 جوان الجاري",
        D(2017, 6, 11),
        "relative",
    )


def test_the_tunisian_last_and_tomorrow_with_a_weekday() -> None:
    last = one("ضبطت الشحنة يوم 12 ماي الفارط في الميناء")
    assert (last.text, last.date, last.kind) == ("يوم 12 ماي الفارط", D(2017, 5, 12), "relative")
    tomorrow = one("يبدأ الإضراب غداً الجمعة في كل المدارس")
    assert (tomorrow.text, tomorrow.date) == ("غداً الجمعة", D(2017, 6, 2))


def test_a_count_after_a_hijri_month_is_not_its_year_and_glued_or_elapsed_relative_words() -> None:
    assert find_dates("سجلت خلال رمضان 1250 مخالفة", THURSDAY) == []
    assert one("بدأ الصيام في غرة رمضان 1438 الموافق للسبت").text == "رمضان 1438"
    glued = one("تنتهي المهلة يوم 20 سبتمبرالمقبل.")
    assert (glued.text, glued.date) == ("يوم 20 سبتمبرالمقبل", D(2017, 9, 20))
    elapsed = one("مقابل تراجع في السنة المنقضية")
    assert (elapsed.text, elapsed.date) == ("السنة المنقضية", D(2016, 1, 1))


def test_a_time_of_day_before_a_weekday_and_a_night_that_joins_two_days_are_one_date() -> None:
    afternoon = one("وسيستأنف الاجتماع بعد ظهر الثلاثاء في بروكسل")
    assert (afternoon.text, afternoon.date, afternoon.time_of_day) == (
        "بعد ظهر الثلاثاء",
        D(2017, 5, 30),
        "afternoon",
    )
    night = one("وتنتهي المهلة منتصف ليل الأحد الاثنين")  # «منتصف» stays outside
    assert (night.text, night.date, night.time_of_day) == ("ليل الأحد الاثنين", D(2017, 5, 28), "night")
    # two weekdays that do not follow each other are two dates
    assert [m.text for m in find_dates("ليلة الخميس السبت", THURSDAY)] == ["ليلة الخميس", "السبت"]


def test_last_month_of_the_current_year_is_one_relative_month() -> None:
    found = one("وتضمن التقرير مؤشرات الشهر الماضي من العام الجاري كاملة")
    assert (found.text, found.date, found.precision, found.kind) == (
        "الشهر الماضي من العام الجاري",
        D(2017, 5, 1),
        "month",
        "relative",
    )


def test_the_year_before_the_one_just_named_is_resolved_from_it() -> None:
    found = find_dates("نما الاقتصاد 3 في المائة العام الماضي مقابل 2 في المائة في العام الذي سبقه", THURSDAY)
    before = found[-1]
    assert (before.text, before.date, before.precision, before.kind) == (
        "العام الذي سبقه",
        D(2015, 1, 1),
        "year",
        "relative",
    )
    assert 0 < before.confidence < 1
    after = find_dates("سجلت الصادرات رقما قياسيا في عام 2014 ثم تراجعت في العام الذي تلاه", THURSDAY)[-1]
    assert (after.text, after.date) == ("العام الذي تلاه", D(2015, 1, 1))
    # nothing to resolve it from: found, unresolved
    alone = one("وتراجعت الصادرات في العام الذي سبقه", None)
    assert (alone.text, alone.date, alone.confidence) == ("العام الذي سبقه", None, 0.0)


def test_a_day_of_the_month_just_named() -> None:
    found = find_dates("وصل الوفد في 3 آذار 2015 وغادر في 19 من الشهر ذاته", THURSDAY)
    assert [(m.text, m.date, m.confidence) for m in found] == [
        ("3 آذار 2015", D(2015, 3, 3), 1.0),
        ("19 من الشهر ذاته", D(2015, 3, 19), 1.0),
    ]
    assert find_dates("وارتفعت المبيعات في الشهر نفسه", THURSDAY) == []  # «the same month» repeats a date


def test_two_relative_years_named_together_are_one_date() -> None:
    found = one("ويتوقع أن تتحسن الأرباح خلال العامين الجاري والمقبل، بحسب الوكالة")
    assert (found.text, found.date, found.precision, found.kind) == (
        "العامين الجاري والمقبل",
        D(2017, 1, 1),
        "year",
        "relative",
    )


def test_a_numeric_date_written_with_spaces() -> None:
    found = one("صدر التقرير يوم 7 - 4 - 2016\nوكالات")
    assert (found.text, found.date, found.kind) == ("يوم 7 - 4 - 2016", D(2016, 4, 7), "numeric")
    counted = one("وفي 7-4-2016 15 حالة جديدة")  # a count after the date, one space on
    assert (counted.text, counted.date) == ("7-4-2016", D(2016, 4, 7))


def test_ago_with_about_and_before_an_event_named_after_it() -> None:
    about = one("ووصلت الشحنة إلى الميناء قبل نحو خمسة أيام")
    assert (about.text, about.date) == ("قبل نحو خمسة أيام", D(2017, 5, 27))
    # before the war began, not before now: no date
    assert find_dates("وغادر السفير قبل ستة أشهر من بدء الحرب", THURSDAY) == []
    assert one("ووقع الحادث قبل عامين من الآن").text == "قبل عامين"
    assert one("وغادر قبل ثلاثة أيام على الأقل").text == "قبل ثلاثة أيام"


@pytest.mark.parametrize(
    ("text", "surface", "date", "precision"),
    [
        ("ووقعت الاشتباكات ليلة الجمعة على السبت في المدينة", "ليلة الجمعة على السبت", D(2017, 5, 26), "day"),
        ("ويتوقع نموا أسرع خلال السنتين الحالية والمقبلة", "السنتين الحالية والمقبلة", D(2017, 1, 1), "year"),
        ("ونشرت مؤشرات الشهر الماضي من هذا العام كاملة", "الشهر الماضي من هذا العام", D(2017, 5, 1), "month"),
    ],
)
def test_more_ways_of_joining_two_days_two_years_and_a_month_of_this_year(
    text: str, surface: str, date: datetime.date, precision: str
) -> None:
    found = one(text)
    assert (found.text, found.date, found.precision) == (surface, date, precision)


def test_today_between_a_verb_of_saying_and_what_was_said_is_a_day() -> None:
    announced = one("أعلن وزير التربية محمد الصالح اليوم عن تأجيل الامتحانات")
    assert (announced.text, announced.date, announced.kind) == ("اليوم", THURSDAY, "relative")
    assert one("وقالت الشركة اليوم إن المبيعات تراجعت").date == THURSDAY
    assert find_dates("وتشمل الشبكة اليوم 40 محطة", THURSDAY) == []  # «nowadays»


def test_the_day_before_yesterday_written_either_way_with_a_time_of_day() -> None:
    morning = one("وقع الانفجار صباح أمس الأول قرب السوق")
    assert (morning.text, morning.date, morning.time_of_day) == ("صباح أمس الأول", D(2017, 5, 30), "morning")
    evening = one("ووصل الوفد مساء أول أمس إلى العاصمة")
    assert (evening.text, evening.date, evening.time_of_day) == ("مساء أول أمس", D(2017, 5, 30), "evening")


def test_a_day_and_a_year_written_in_parentheses() -> None:
    found = one("وأغلقت البورصة في (14) تشرين الثاني الماضي")
    assert (found.text, found.date) == ("14) تشرين الثاني الماضي", D(2016, 11, 14))
    year = one("وارتفعت الأرباح خلال العام (2015) بشكل ملحوظ")
    assert (year.text, year.date, year.precision) == ("العام (2015)", D(2015, 1, 1), "year")


def test_a_bidi_mark_inside_a_date_does_not_break_it() -> None:
    found = one("وأقرت الحكومة موازنة العام المالي\u200f2018/2017\u200f بعجز كبير")
    assert (found.text, found.precision, found.kind) == ("العام المالي\u200f2018/2017", "year", "absolute")
    day = one("وعقد الاجتماع في 15\u200f أيار 2016 بالعاصمة")
    assert (day.text, day.date) == ("15\u200f أيار 2016", D(2016, 5, 15))


@pytest.mark.parametrize(
    ("text", "surface", "date", "time_of_day"),
    [
        ("وتطبق الأسعار الجديدة من أول يناير المقبل", "أول يناير المقبل", D(2018, 1, 1), ""),
        (
            "وتنتهي المهلة مساء 20 حزيران/يونيو الحالي",
            "مساء 20 حزيران/يونيو الحالي",
            D(2017, 6, 20),
            "evening",
        ),
        ("وارتفعت أسعار الذهب خلال الأسبوع قبل الماضي", "الأسبوع قبل الماضي", D(2017, 5, 18), ""),
        ("واندلعت مواجهات في المدينة الليلة الماضية", "الليلة الماضية", D(2017, 5, 31), ""),
    ],
)
def test_a_first_of_month_a_time_before_a_day_the_week_before_last_and_last_night(
    text: str, surface: str, date: datetime.date, time_of_day: str
) -> None:
    found = one(text)
    assert (found.text, found.date, found.kind, found.time_of_day) == (surface, date, "relative", time_of_day)


def test_today_opening_a_sentence_before_a_nominal_clause_means_nowadays() -> None:
    assert find_dates("الإصلاح يحتاج صبرا. اليوم، المؤسسات الكبرى هي التي تقرر", THURSDAY) == []
    assert one("انتهت الجلسة الأولى. اليوم، يجتمع المجلس مجددا").date == THURSDAY
    assert one("وأعلنت الوزارة، اليوم، أن الامتحانات تأجلت").date == THURSDAY


def test_a_weekday_with_an_ordinal_names_one_of_a_series_not_a_date() -> None:
    assert find_dates("وتواصلت الاحتجاجات في الجمعة الرابعة للحراك الشعبي", THURSDAY) == []
    assert find_dates("وقال المنظمون إن الجمعة الأولى كانت الأكبر", THURSDAY) == []
    assert one("وشنت الطائرات، الأحد أولى غاراتها على المدينة").kind == "weekday"  # «the first of its raids»
    assert find_dates("وخرج المحتجون في الجمعة الـ6 للحراك", THURSDAY) == []
    assert one("ويصل الوفد يوم الجمعة الـ9 من يونيو", None).kind == "absolute"  # a day of a month


def test_a_day_after_its_month_is_a_day_date() -> None:
    day = one("وقد ينسحب الرئيس من الاتفاق في يونيو 15 وهو موعد المهلة", None)
    assert (day.text, day.precision, day.kind, day.date) == ("يونيو 15", "day", "absolute", None)
    assert one("وأعلن الخبر في يونيو 15، 2016 من واشنطن").date == D(2016, 6, 15)
    assert one("وأعلن الخبر في يونيو 15 2016 من واشنطن").date == D(2016, 6, 15)
    # a percentage after the month is a figure of that month, not its day
    assert [d.text for d in find_dates("وتراجعت المبيعات في يونيو 15 في المائة", None)] != ["يونيو 15"]


def test_an_ordinal_with_no_article_before_a_month_is_its_day() -> None:
    day = one("وتجري الانتخابات البلدية في سادس مايو 2018 في كل الدوائر")
    assert (day.text, day.date, day.kind) == ("سادس مايو 2018", D(2018, 5, 6), "absolute")
    assert one("وتستعد الأحزاب لانتخابات لتاسع نونبر المقبل").text == "تاسع نونبر المقبل"


def test_a_hijri_month_with_a_gregorian_year_is_a_hijri_month_left_unresolved() -> None:
    month = one("وارتفع الاستهلاك خلال شهر رمضان 2016 بشكل لافت")
    assert (month.text, month.kind, month.calendar, month.date) == ("شهر رمضان 2016", "hijri", "hijri", None)
    assert find_dates("وحررت الشرطة خلال رمضان 2000 مخالفة", THURSDAY) == []  # a round number: a count


def test_a_gregorian_and_a_levantine_month_that_disagree_are_one_month_not_resolved() -> None:
    slip = one("وأقر البرلمان القانون في سبتمبر/تشرين الأول الماضي")
    assert (slip.text, slip.kind, slip.date) == ("سبتمبر/تشرين الأول الماضي", "relative", None)
    day = one("ووصل الوفد في 3 آذار/أبريل 2015 إلى العاصمة")
    assert (day.text, day.date) == ("3 آذار/أبريل 2015", None)
    # two Gregorian names are two months, no date
    assert find_dates("وترتفع الحرارة عادة في يوليو/أغسطس", THURSDAY) == []


def test_a_place_named_after_a_day_is_not_a_date() -> None:
    assert find_dates("ويقع المقر في شارع 9 أبريل وسط العاصمة", THURSDAY) == []
    assert find_dates("وداهمت الشرطة منزلا بحي 18 جانفي", THURSDAY) == []
    assert find_dates("وانتقد نواب قوى 8 آذار البيان", THURSDAY) == []  # a political bloc named after a day
    assert one("وعاد الوفد إلى المدينة 9 أبريل").text == "9 أبريل"  # a definite noun: the day it came back


# --- the ninth round (tuned on external_l's dates)


def test_a_relative_year_followed_by_its_year_is_that_year_absolute() -> None:
    found = one("وقعت الحكومة عقودا خلال العام الحالي 2019، وفق الوزارة.")
    assert (found.text, found.date, found.precision, found.kind) == (
        "العام الحالي 2019",
        D(2019, 1, 1),
        "year",
        "absolute",
    )
    assert one("ترتفع الأسعار في السنة الجارية 2021 كثيرا").text == "السنة الجارية 2021"


def test_a_list_of_years_after_years_is_one_date_the_first() -> None:
    found = one("زار المذنب الأرض في أعوام 1986، 1991، 1999، 2005 وسيعود لاحقا")
    assert (found.text, found.date, found.precision) == (
        "أعوام 1986، 1991، 1999، 2005",
        D(1986, 1, 1),
        "year",
    )
    assert one("أقيمت في سنوات 2003 و2007 و2011 ثم توقفت").date == D(2003, 1, 1)


@pytest.mark.parametrize("lead", ["من عام", "من العام", "من سنة"])
def test_a_day_with_a_month_pair_and_of_the_year_is_one_day(lead: str) -> None:
    text = f"في 5 نوفمبر/تشرين ثاني {lead} 1955 افتتح الجسر"
    found = one(text)
    assert (found.text, found.date) == (f"5 نوفمبر/تشرين ثاني {lead} 1955", D(1955, 11, 5))
    assert one("في 9 ديسمبر/كانون أول 1987 اندلعت المواجهات").date == D(1987, 12, 9)


def test_the_same_day_in_another_year_takes_the_last_named_day() -> None:
    text = "في 12 مارس/آذار من عام 1930 بدأت المسيرة، وبنفس اليوم من عام 2011 ضرب زلزال المنطقة."
    found = find_dates(text, THURSDAY)
    assert [(f.text, f.date, f.precision) for f in found] == [
        ("12 مارس/آذار من عام 1930", D(1930, 3, 12), "day"),
        ("نفس اليوم من عام 2011", D(2011, 3, 12), "day"),
    ]


def test_this_very_day_in_another_year_without_a_named_day_takes_the_publication_day() -> None:
    found = one("وفي مثل هذا اليوم من عام 1999 انطلقت أول رحلة")
    assert (found.text, found.date) == ("مثل هذا اليوم من عام 1999", D(1999, 6, 1))
    assert one("وفي نفس اليوم من عام 1999 انطلقت", None).date is None


def test_tomorrow_without_tanween_ending_a_clause_is_tomorrow() -> None:
    found = one("المركبة تهبط على سطح القمر غدا .. ولا خطر على الطاقم", None)
    assert (found.text, found.kind, found.date) == ("غدا", "relative", None)
    assert one("تصل البعثة إلى المدينة غدا.").date == D(2017, 6, 2)
    # the verb «غدا» "became" has its predicate after it
    assert find_dates("وقد غدا المشروع عبئا على المدينة", THURSDAY) == []


def test_per_day_is_not_today() -> None:
    assert find_dates("ينصح الأطباء بعدم تجاوز كوبين منه في اليوم، حفاظا على الصحة", THURSDAY) == []
    assert one("أعلنت الوزارة، اليوم، أن المدارس تفتح").date == THURSDAY


def test_a_bare_tomorrow_is_tomorrow_once_the_text_says_tomorrow_for_sure() -> None:
    text = "المذنب يمر قرب الأرض غدا .. بلا خطر\n\nيعبر المذنب مدار القمر غدا بسرعة كبيرة"
    assert [f.text for f in find_dates(text, None)] == ["غدا", "غدا"]
    # the verb stays a verb: after «قد», before its defined subject, or in a text with no sure «غدا»
    verb = "المذنب يمر قرب الأرض غدا .. ثم قد غدا مرئيا، وغدا الأمر عاديا"
    assert [f.start for f in find_dates(verb, None)] == [verb.index("غدا")]
    assert find_dates("يعبر المذنب مدار القمر غدا بسرعة كبيرة", None) == []


def test_today_after_a_lead_s_opening_verb_of_action_is_the_day() -> None:
    # the news lead «طرحت شركة ... اليوم ميزة»: a past verb of action, its subject, then «اليوم» and the object
    found = one("طرحت شركة سناب شات اليوم ميزة جديدة لعدسات الواقع المعزز")
    assert (found.text, found.kind, found.date) == ("اليوم", "relative", THURSDAY)
    assert one("وأطلقت وكالة الفضاء الأوروبية اليوم قمرا صناعيا جديدا").date == THURSDAY
    assert one("انتهى الاجتماع.\nوقعت الحكومة اليوم اتفاقا مع صندوق النقد").date == THURSDAY
    # "nowadays": a verb in the present, a clause opened by «أن/الذي», a definite word after, «في اليوم»
    for nowadays in (
        "تستخدم هذه التقنية اليوم في معظم المستشفيات",
        "قال الوزير إن المغرب اليوم بلد مستقر",
        "نشرت الصحيفة التي تصدر اليوم مقالا عن الجفاف",
        "أحيت المنظمة اليوم العالمي للمرأة بندوة",
        "أجرى الفريق في اليوم التالي تجربة ثانية",
    ):
        assert find_dates(nowadays, THURSDAY) == [], nowadays


def test_a_paper_named_today_that_day_and_yesterday_as_a_figure_of_speech_are_no_dates() -> None:
    assert find_dates("كشفت دراسة حديثة حصلت بيان اليوم على ملخص منها أن", THURSDAY) == []
    assert find_dates("وقالت روسيا اليوم إن القصف استمر", THURSDAY) == []
    assert find_dates("ورغم مرور عقدين على ذلك اليوم، ما زالت تتذكره", THURSDAY) == []
    assert find_dates("ما زالت تتذكر زيارتها كما لو كانت بالأمس.", THURSDAY) == []
    # the news formula still reads today and yesterday
    assert one("وأعلنت الوزارة، اليوم، أن المدارس تفتح").date == THURSDAY
    assert one("وقالت الشرطة أمس إن الطريق أغلق").date == THURSDAY - datetime.timedelta(days=1)


def test_an_ordinal_day_of_a_relative_month_and_a_later_day_of_it() -> None:
    text = "وقد امتدت الزيارة من الثامن من الشهر الجاري إلى العشرين منه، وتميزت بلقاءات"
    found = find_dates(text, THURSDAY)
    assert [(f.text, f.date) for f in found] == [
        ("الثامن من الشهر الجاري", D(2017, 6, 8)),
        ("العشرين منه", D(2017, 6, 20)),
    ]
    assert [f.text for f in find_dates(text, None)] == ["الثامن من الشهر الجاري", "العشرين منه"]
    # «الأول من العام الجاري» is the first half or quarter of the year: the year alone is the date
    assert one("وارتفع النمو في النصف الأول من العام الجاري").text == "العام الجاري"


def test_two_months_joined_by_a_dual_relative_word_are_two_months() -> None:
    found = find_dates("ارتفع العجز في الفترة من تموز إلى تشرين الثاني الماضيين إلى 80 مليار", THURSDAY)
    assert [(f.text, f.date, f.precision) for f in found] == [
        ("تموز", D(2016, 7, 1), "month"),
        ("تشرين الثاني الماضيين", D(2016, 11, 1), "month"),
    ]
    coming = find_dates("تجري الانتخابات بين يوليو وأغسطس المقبلين", THURSDAY)
    assert [f.date for f in coming] == [D(2017, 7, 1), D(2017, 8, 1)]


def test_this_morning_and_since_with_gone_by_are_dates() -> None:
    assert one("وعادت التلميذات في حافلة هذا الصباح، وبقيت خمس").date == THURSDAY
    ago = one("اختطف المسلحون، منذ نحو أربع سنوات مضت، 276 فتاة")
    assert (ago.text, ago.date, ago.precision) == ("منذ نحو أربع سنوات مضت", D(2013, 1, 1), "year")
    # «منذ» without «مضت» is a period, and a night told of is no date
    assert find_dates("وتعيش المدينة منذ سبع سنوات أزمة خانقة", THURSDAY) == []
    assert find_dates("اجتهد في هذه الليلة التي رأيتها", THURSDAY) == []


def test_a_day_glued_to_fi_is_a_day() -> None:
    found = one("طالبت خلال المحاكمة التي جرت في29\u00a0 أيار/مايو بالسجن ستة أشهر", None)
    assert (found.text, found.kind, found.date) == ("29\u00a0 أيار/مايو", "absolute", None)


def test_today_with_its_weekday_after_a_comma_a_dual_last_and_a_year_named_with_last() -> None:
    found = one("هاجمت مجموعة مسلحة صباح اليوم، الإثنين، مقر المؤسسة")
    assert (found.text, found.kind) == ("صباح اليوم، الإثنين", "weekday")
    pair = find_dates("وقعت الهجمات خلال يومي السبت والأحد الماضيين.", THURSDAY)
    assert [(f.text, f.date) for f in pair] == [("السبت", D(2017, 5, 27)), ("الأحد الماضيين", D(2017, 5, 28))]
    year = one("وارتفعت العائدات العام الماضي 2017 إلى مستوى قياسي")
    assert (year.text, year.date, year.precision) == ("العام الماضي 2017", D(2017, 1, 1), "year")
    day = one("ووصل الوفد يوم 18 من الشهر الجاري إلى العاصمة")
    assert (day.text, day.date) == ("يوم 18 من الشهر الجاري", D(2017, 6, 18))


def test_a_month_of_the_same_year_takes_the_year_named_before() -> None:
    found = find_dates("بدأت في 21 مارس 2018، وفي 22 يوليو/تموز من نفس العام أعلن المجلس", THURSDAY)
    assert [(f.text, f.date) for f in found] == [
        ("21 مارس 2018", D(2018, 3, 21)),
        ("22 يوليو/تموز من نفس العام", D(2018, 7, 22)),
    ]
    later = find_dates("وقع الهجوم في مارس 2016 ثم في مايو من العام نفسه", THURSDAY)
    assert later[-1].text == "مايو من العام نفسه" and later[-1].date == D(2016, 5, 1)
    assert one("وفي مايو من العام نفسه انتهى", None).date is None


def test_moroccan_yawmuhu_a_span_of_days_a_judicial_year_a_law_s_two_digit_year_and_al_farit() -> None:
    assert one("بلاغ صادر يومه السبت عن الوزارة", None).text == "يومه السبت"
    span = one("ومهرجان موازين (22-30 يونيو) في دورته", None)
    assert (span.text, span.kind) == ("22-30 يونيو", "absolute")
    assert one("ينظم المعرض من 22 إلى 30 يونيو 2018 بالرباط").date == D(2018, 6, 22)
    judicial = one("خلال السنة القضائية 2012/2013 والمتعلقة بالبلديات")
    assert (judicial.text, judicial.date) == ("السنة القضائية 2012/2013", D(2012, 1, 1))
    law = one("بمقتضى القانون عدد 35 لسنة 76 المؤرخ في")
    assert (law.text, law.date, law.precision) == ("سنة 76", D(1976, 1, 1), "year")
    assert one("وينفذ الحزب منذ الأسبوع الفارط وقفات احتجاجية").text == "الأسبوع الفارط"


def test_today_right_after_a_past_verb_of_saying_or_acting_is_the_day() -> None:
    assert one("وكانت الوزارة قد أكدت اليوم وفاة حاجتين في مكة").date == THURSDAY
    assert find_dates("قال الوزير إن المغرب اليوم بلد مستقر", THURSDAY) == []


def test_a_weekday_named_with_yesterday_tomorrow_or_yawm_before_its_date_is_one_date() -> None:
    assert one("ستنطلق غدا الاثنين 19 جوان عملية التسجيل", None).text == "غدا الاثنين 19 جوان"
    numeric = one("انعقد يوم الاثنين 22 / 05 / 2017 اجتماع المجلس", None)
    assert (numeric.text, numeric.date) == ("يوم الاثنين 22 / 05 / 2017", D(2017, 5, 22))
    assert one("وصل أمس الثلاثاء 09 يوليوز إلى المدينة", None).text == "أمس الثلاثاء 09 يوليوز"
    assert one("وكان أول أمس الأربعاء 6مارس الجاري", None).text == "أول أمس الأربعاء 6مارس الجاري"
    morning = one("صبيحة الثلاثاء 5مارس 2019 أعلن", None)
    assert (morning.text, morning.date, morning.time_of_day) == (
        "صبيحة الثلاثاء 5مارس 2019",
        D(2019, 3, 5),
        "morning",
    )


def test_ghurra_is_the_first_of_the_month_and_from_tomorrow_is_tomorrow() -> None:
    first = one("بلاغ صادر يوم غرة نوفمبر 2016 عن الوزارة")
    assert (first.text, first.date) == ("يوم غرة نوفمبر 2016", D(2016, 11, 1))
    tomorrow = one('لا زيادة في أسعار البنزين ابتداءً من الغد"، مؤكدة أن')
    assert (tomorrow.text, tomorrow.date) == ("الغد", THURSDAY + datetime.timedelta(days=1))


def test_round_seventeen_ago_with_eleven_and_more_two_years_with_a_dash_a_span_of_days_and_yesterday_s_date() -> (
    None
):
    ago = one("منذ بدأت الإحصاء قبل 17 عاما")
    assert (ago.text, ago.date) == ("قبل 17 عاما", D(2000, 1, 1))
    assert one("قبل 20 سنة").date == D(1997, 1, 1)
    assert find_dates("قبل 3 سنة", THURSDAY) == []  # not Arabic: left alone
    assert one("ارتفع الإنتاج في سنتي 2008-2009 بشكل ملحوظ").text == "سنتي 2008-2009"
    span = one("ستقام التجربة بين 21-26 الشهر الجاري.")
    assert (span.text, span.date) == ("21-26 الشهر الجاري", D(2017, 6, 21))
    assert one("وقال يوم أمس 11 ديسمبر إن", None).text == "يوم أمس 11 ديسمبر"


def test_a_day_glued_to_yawm_and_until_today() -> None:
    glued = one("وينطلق يوم20 مارس 2017 في العاصمة")
    assert (glued.text, glued.date) == ("يوم20 مارس 2017", D(2017, 3, 20))
    assert one("ولم تتحقق الوعود لحد اليوم").date == THURSDAY


def test_round_nineteen_a_month_after_a_glued_la_two_years_after_one_year_word_this_tuesday_and_a_statement_s_today() -> (
    None
):
    assert one("منذ الانتخابات الجماعية لأكتوبر 2015».", None).text == "أكتوبر 2015"
    both = one("ما بين سنة 1998 و 2005 ارتفع العدد", None)
    assert (both.text, both.date) == ("سنة 1998 و 2005", D(1998, 1, 1))
    assert one("التقى الوفد هذا الثلاثاء بالوزير", None).text == "هذا الثلاثاء"
    assert one("وأعلنت الوزارة في بلاغ لها اليوم أن المدارس تفتح").date == THURSDAY


def test_today_named_with_its_date_after_a_comma_is_one_date() -> None:
    assert one("في مثل هذا اليوم، 7 أكتوبر من عام 1918", None).text.startswith("اليوم، 7 أكتوبر")
