"""Attributions: who said what, with exact offsets a fact-checker can click to."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from factdesk.assist.attributions import Attribution, find_attributions

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def _one(text: str, verb: str) -> Attribution:
    found = [a for a in find_attributions(text) if a.verb == verb]
    assert found, f"no attribution with verb {verb!r} in {text!r}: {find_attributions(text)}"
    return found[0]


def _consistent(text: str, a: Attribution) -> None:
    assert text[a.speaker_start : a.speaker_end] == a.speaker
    assert text[a.verb_start : a.verb_end] == a.verb
    assert text[a.start : a.end] == a.text
    assert a.start <= min(a.speaker_start, a.verb_start) and a.end >= max(a.speaker_end, a.said_end)


def test_seed_ministry_announces() -> None:
    text = _seed("000_ce109d537c2ac835.txt")
    a = _one(text, "أعلنت")
    assert (a.stance, a.speaker) == ("asserts", "وزارة الدفاع الروسية")
    _consistent(text, a)


def test_seed_interfax_reports_the_russian_source() -> None:
    text = _seed("002_0d07b180e68b826f.txt")
    a = _one(text, "نقلت")
    assert (a.stance, a.speaker, a.via) == ("reported", "المصدر الروسي", "وكالة إنترفاكس")
    assert text[a.said_start : a.said_end].startswith("أن موسكو لن تسمح")


def test_seed_colonel_asserts_and_sdf_denies() -> None:
    text = _seed("002_0d07b180e68b826f.txt")
    a = _one(text, "أكد")
    assert a.stance == "asserts" and a.speaker.startswith("العقيد طلال سلو الناطق الرسمي")
    d = _one(text, "نفت")
    assert (d.stance, d.speaker) == ("denies", "قوات سوريا الديمقراطية")


def test_proclitic_waw_is_not_part_of_the_verb() -> None:
    text = "وقالت الوزارة، في بيان لها، إن الضربات أصابت أهدافها."
    a = _one(text, "قالت")
    assert a.verb_start == 1 and a.speaker == "الوزارة"
    assert text[a.said_start : a.said_end] == "إن الضربات أصابت أهدافها"


def test_fima_akkada_and_quotation() -> None:
    text = "فيما أكد المتحدث الرسمي: «لا اتفاق مع أحد». وانتهى الأمر."
    a = _one(text, "أكد")
    assert a.speaker == "المتحدث الرسمي"
    assert text[a.said_start : a.said_end] == "«لا اتفاق مع أحد»"


def test_subject_verb_order() -> None:
    a = _one("الوزارة قالت إن الهجوم فشل.", "قالت")
    assert (a.speaker, a.stance) == ("الوزارة", "asserts")


def test_present_and_plural_forms() -> None:
    assert _one("يقول مصدر عسكري إن القصف توقف.", "يقول").speaker == "مصدر عسكري"
    assert _one("وأكدوا الشهود أن الطريق مغلق.", "أكدوا").stance == "asserts"


def test_denials() -> None:
    for verb in ("نفى", "نفت", "كذّب", "رفض", "استبعد", "شكك"):
        a = _one(f"{verb} المتحدث أن يكون الاتفاق قد تم.", verb)
        assert (a.stance, a.speaker) == ("denies", "المتحدث"), verb


def test_reported_markers() -> None:
    for marker, speaker in (("بحسب", "مصادر محلية"), ("وفقاً لـ", "وزارة الصحة"), ("نقلاً عن", "مصدر أمني")):
        text = f"قتل 12 شخصا {marker} {speaker}."
        found = [a for a in find_attributions(text) if a.stance == "reported"]
        assert found and found[0].speaker == speaker, (marker, found)
        assert text[found[0].said_start : found[0].said_end] == "قتل 12 شخصا"


def test_no_attribution_in_plain_narrative() -> None:
    assert find_attributions("عبر المسلحون نهر الفرات ليلا باتجاه الجنوب.") == []


_ARABIC = st.text(alphabet=st.sampled_from(list('قال أعلنت نفت الوزارة إن أن «» "،. بحسب ٌَُِّ 12')), max_size=80)


@settings(max_examples=300, deadline=None)
@given(_ARABIC)
def test_offsets_are_valid_and_never_split_a_combining_sequence(text: str) -> None:
    for a in find_attributions(text):
        _consistent(text, a)
        for pos in (
            a.start,
            a.end,
            a.speaker_start,
            a.speaker_end,
            a.verb_start,
            a.verb_end,
            a.said_start,
            a.said_end,
        ):
            assert 0 <= pos <= len(text)
            assert pos == len(text) or not unicodedata.combining(text[pos]), (text, a)
