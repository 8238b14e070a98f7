"""Dates written in Arabic words, as the three regions of Arabic news write them."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdesk.importers.arabic_dates import MONTHS, ascii_digits, find_dates, parse_date

D = datetime.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Egypt and the Gulf
        ("الأربعاء، 07 أكتوبر 2020", D(2020, 10, 7)),
        ("نشر بتاريخ 1 يناير 2021 - 10:30 ص", D(2021, 1, 1)),
        ("29 فبراير 2020", D(2020, 2, 29)),
        ("3 يونيه 2019", D(2019, 6, 3)),
        # the Levant and Iraq
        ("7 تشرين الأول 2020", D(2020, 10, 7)),
        ("الثلاثاء 17 كانون الثاني 2017", D(2017, 1, 17)),
        ("12 شباط 2018", D(2018, 2, 12)),
        ("5 آب 2020", D(2020, 8, 5)),
        ("22 كانون الأول 2019", D(2019, 12, 22)),
        # both names of the month
        ("15 مايو/أيار 2017", D(2017, 5, 15)),
        ("17 مارس/ آذار 2020", D(2020, 3, 17)),
        ("17 آذار (مارس) 2020", D(2020, 3, 17)),
        ("1 حزيران - يونيو 2016", D(2016, 6, 1)),
        # Tunisia, Algeria, Morocco
        ("الجمعة 8 فيفري 2019", D(2019, 2, 8)),
        ("12 جانفي 2019", D(2019, 1, 12)),
        ("5 أفريل 2019", D(2019, 4, 5)),
        ("1 ماي 2019", D(2019, 5, 1)),
        ("2 جوان 2019", D(2019, 6, 2)),
        ("4 جويلية 2019", D(2019, 7, 4)),
        ("6 أوت 2019", D(2019, 8, 6)),
        ("20 غشت 2018", D(2018, 8, 20)),
        ("9 شتنبر 2018", D(2018, 9, 9)),
        # Arabic-Indic and Persian digits, diacritics and tatweel, wordings around the parts
        ("٧ أكتوبر ٢٠٢٠", D(2020, 10, 7)),
        ("۱۵ مايو ۲۰۱۷", D(2017, 5, 15)),
        ("١٧ أيـّار ٢٠٢٠", D(2020, 5, 17)),
        ("الإثنين 7 من شهر أكتوبر عام 2020", D(2020, 10, 7)),
        ("7 أكتوبر، 2020م", D(2020, 10, 7)),
        ("أكتوبر 7، 2020", D(2020, 10, 7)),
    ],
)
def test_a_date_in_words_is_read_in_every_regional_naming(text: str, expected: datetime.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "أكتوبر 2020",  # a month is not a day
        "حقوق النشر محفوظة 2020",  # a copyright year
        "15 رجب 1441 هـ",  # Hijri: left alone
        "15 مايو/حزيران 2017",  # two names that disagree
        "30 فبراير 2020",  # a day the month does not have
        "31 نيسان 2020",
        "كتب الوزير في 7 رسائل عام 2020",  # no month
        "في 7 مارسيليا 2020",  # a month's name inside a word
    ],
)
def test_nothing_that_is_not_a_whole_date_is_read_as_one(text: str) -> None:
    assert find_dates(text, numeric=True) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-03-17", D(2020, 3, 17)),
        ("2020/3/7", D(2020, 3, 7)),
        ("17/03/2020", D(2020, 3, 17)),  # day first, as the Arab world writes it
        ("07.10.2020 10:30", D(2020, 10, 7)),
        ("03/17/2020", D(2020, 3, 17)),  # 17 is no month: month first
        ("GMT 17:27 17.03.2020", D(2020, 3, 17)),
        ("١٧/٠٣/٢٠٢٠", D(2020, 3, 17)),
    ],
)
def test_dates_in_figures_are_read_only_when_asked(text: str, expected: datetime.date) -> None:
    assert parse_date(text, numeric=True) == expected
    assert find_dates(text, numeric=False) == []


def test_every_date_of_a_text_is_found_in_order_with_its_place() -> None:
    text = "وُقّع الاتفاق في ١٥ مايو/أيار ٢٠١٧، ونُشر نصه في 7 تشرين الأول 2020 بعد مراجعته."
    found = find_dates(text)
    assert [f.date for f in found] == [D(2017, 5, 15), D(2020, 10, 7)]
    assert [text[f.start : f.end] for f in found] == ["١٥ مايو/أيار ٢٠١٧", "7 تشرين الأول 2020"]
    assert [f.text for f in found] == ["١٥ مايو/أيار ٢٠١٧", "7 تشرين الأول 2020"]


def test_offsets_count_diacritics_and_tatweel_of_the_original_text() -> None:
    text = "صَدَرَ يومَ ٧ أكـتـوبر ٢٠٢٠ بيانٌ"
    (found,) = find_dates(text)
    assert text[found.start : found.end] == "٧ أكـتـوبر ٢٠٢٠"


def test_ascii_digits_keeps_the_length() -> None:
    assert ascii_digits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ 42") == "0123456789 0123456789 42"


_NAMES_BY_MONTH: dict[int, list[str]] = {}
for _name, _month in MONTHS.items():
    _NAMES_BY_MONTH.setdefault(_month, []).append(_name)
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@settings(max_examples=300, deadline=None)
@given(
    day=st.dates(min_value=D(1950, 1, 1), max_value=D(2099, 12, 31)),
    pick=st.integers(min_value=0, max_value=10),
    indic=st.booleans(),
    padded=st.booleans(),
    before=st.sampled_from(["", "نُشر في ", "الأربعاء، ", "قالت الوكالة إن الاجتماع عُقد يوم "]),
    after=st.sampled_from(["", " - 10:30 م", "، وفق البيان.", "م"]),
)
def test_any_date_written_with_any_month_name_reads_back(
    day: datetime.date, pick: int, indic: bool, padded: bool, before: str, after: str
) -> None:
    names = _NAMES_BY_MONTH[day.month]
    name = names[pick % len(names)]
    number = f"{day.day:02d}" if padded else str(day.day)
    written = f"{number} {name} {day.year}"
    if indic:
        written = written.translate(_INDIC)
    text = before + written + after
    found = find_dates(text)
    assert [f.date for f in found] == [day]
    assert text[found[0].start : found[0].end] == written
