"""Comparing the figures of two articles by their event: the seeds' two events are not a conflict,
figures one article alone gives are shown, and bounds decide what is compatible."""

from __future__ import annotations

import csv
import datetime
import json
from pathlib import Path

from support import REPO

from factdesk.assist.attributions import find_attributions
from factdesk.assist.compare import (
    FigurePair,
    Reading,
    compare_readings,
    event_context,
    values_compatible,
)
from factdesk.assist.dates import find_dates
from factdesk.assist.figures import Figure, find_figures
from factdesk.importers import gazetteer
from factdesk.importers.news import parse_article
from factdesk.importers.plaintext import read_text_file

LABELS = Path(__file__).parent / "data" / "compare_seeds.tsv"
THURSDAY = datetime.date(2017, 6, 1)
END_OF_MAY = datetime.date(2017, 5, 31)  # the convoy report is known to its month only


def _seed(i: int) -> str:
    meta = json.loads((REPO / "seeds" / "seeds.json").read_text(encoding="utf-8"))["articles"][i]
    raw, _ = read_text_file(REPO / "seeds" / meta["file"])
    return str(parse_article(raw, title_hint=meta.get("title", "")).text)


def _reading(name: str, text: str, published: datetime.date | None) -> Reading:
    return Reading(
        name, text, published, find_figures(text), find_dates(text, published), find_attributions(text)
    )


def _seeds() -> tuple[Reading, Reading]:
    return _reading("A", _seed(0), THURSDAY), _reading("B", _seed(1), END_OF_MAY)


def _text(f: Figure | None) -> str:
    return "-" if f is None else f.text


def _dates(pair: FigurePair, side: str) -> str:
    ctx = pair.a_context if side == "a" else pair.b_context
    return "-" if ctx is None else ",".join(sorted(d.isoformat() for d in ctx.days))


def test_the_seeds_pair_as_the_labelled_set_says() -> None:
    a, b = _seeds()
    pairs = compare_readings(a, b, gazetteer.place)
    got = {(p.kind, _text(p.a), _text(p.b), p.verdict, _dates(p, "a"), _dates(p, "b")) for p in pairs}
    lines = [ln for ln in LABELS.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    expected = {
        (r["kind"], r["a_figure"], r["b_figure"], r["verdict"], r["a_dates"], r["b_dates"])
        for r in csv.DictReader(lines, delimiter="\t")
    }
    assert got == expected


def test_80_killed_and_120_killed_are_two_events_not_a_conflict() -> None:
    a, b = _seeds()
    pairs = compare_readings(a, b, gazetteer.place)
    killed = [p for p in pairs if p.kind == "killed"]
    assert len(killed) == 1
    pair = killed[0]
    assert pair.verdict == "different_event" and not pair.same_event
    assert pair.a is not None and pair.b is not None
    assert (pair.a.value, pair.b.value) == (80, 120)
    # the reasons name the dates read, so the fact-checker sees why
    assert any("2017-05-30" in r and "2017-05-25" in r for r in pair.reasons)
    assert any("ليل 30 مايو/أيار" in r for r in pair.reasons)
    # A mentions the convoy's day without giving its toll: said, not hidden
    assert any("يوم 25 مايو/أيار" in r and "without this figure" in r for r in pair.reasons)


def test_the_date_a_statement_was_made_is_not_the_date_of_the_event() -> None:
    a, _ = _seeds()
    eighty = next(f for f in a.figures if f.kind == "killed")
    ctx = event_context(a, eighty, gazetteer.place)
    assert [d.text for d in ctx.dates] == ["ليل 30 مايو/أيار"]
    assert [d.text for d in ctx.said_dates] == ["صباح اليوم الخميس"]
    assert ctx.dates_from == "sentence"
    assert "الرقة" in ctx.places
    assert "داعش" in ctx.actors and "وزارة الدفاع الروسية" in ctx.actors


def test_a_figure_without_a_date_in_its_sentence_takes_the_one_before_it() -> None:
    _, b = _seeds()
    hundred_twenty = next(f for f in b.figures if f.kind == "killed")
    ctx = event_context(b, hundred_twenty, gazetteer.place)
    assert ctx.dates_from == "before"
    assert ctx.days == {datetime.date(2017, 5, 25)}
    # «سوريا» inside «قوات سوريا الديمقراطية» is an actor's name, not a place; and «بيك أب» is no Yemeni town
    assert "سوريا" not in ctx.places and "أ ب" not in ctx.places


def test_the_convoy_s_vehicle_figures_are_one_event_and_a_conflict() -> None:
    """Two reports of the same convoy, one day, one place: 36 vehicles against 32 pick-ups conflict."""
    one = "وقال المصدر إن الطيران دمر يوم 25 مايو/أيار قافلة من 36 سيارة كانت متجهة من الرقة إلى تدمر."
    two = "وأعلنت الوزارة أن الطيران استهدف في الـ25 من الشهر الجاري قافلة مكونة من 32 سيارة قرب تدمر."
    pairs = compare_readings(_reading("A", one, THURSDAY), _reading("B", two, END_OF_MAY), gazetteer.place)
    assert [(p.kind, p.verdict) for p in pairs] == [("vehicles", "conflict")]
    assert any("same date: 2017-05-25" in r for r in pairs[0].reasons)
    assert any("same place: تدمر" in r for r in pairs[0].reasons)


def test_a_figure_the_other_article_omits_is_reported() -> None:
    one = "قتل 12 مدنيا في قصف على حلب يوم 3 مارس/آذار 2018 أسفر أيضا عن إصابة 30 مدنيا."
    two = "قتل 12 مدنيا في قصف على حلب يوم 3 مارس/آذار 2018."
    pairs = compare_readings(_reading("A", one, None), _reading("B", two, None), gazetteer.place)
    verdicts = {(p.kind, p.verdict, _text(p.a), _text(p.b)) for p in pairs}
    assert ("killed", "agree", "12", "12") in verdicts
    only = [p for p in pairs if p.verdict == "only"]
    assert len(only) == 1 and only[0].a is not None and only[0].b is None
    assert only[0].kind == "injured" and only[0].a.value == 30
    assert any("gives no injured figure" in r for r in only[0].reasons)


def test_different_places_on_one_day_are_different_events() -> None:
    one = "قتل 12 مدنيا في قصف على حلب يوم 3 مارس/آذار 2018."
    two = "قتل 20 مدنيا في قصف على إدلب يوم 3 مارس/آذار 2018."
    pairs = compare_readings(_reading("A", one, None), _reading("B", two, None), gazetteer.place)
    assert [p.verdict for p in pairs] == ["different_event"]
    assert any("different places" in r for r in pairs[0].reasons)


def test_without_a_date_or_place_the_event_is_left_to_check() -> None:
    pairs = compare_readings(
        _reading("A", "قتل 12 مدنيا في القصف.", None), _reading("B", "قتل 20 مدنيا في القصف.", None)
    )
    assert [p.verdict for p in pairs] == ["unclear"]


def _fig(text: str) -> Figure:
    found = find_figures(text)
    assert len(found) == 1, found
    return found[0]


def test_bounds_decide_what_is_compatible() -> None:
    more_80, least_80 = _fig("مقتل أكثر من 80 مسلحا"), _fig("مقتل ما لا يقل عن 80 مسلحا")
    least_120, exact_85 = _fig("مقتل ما لا يقل عن 120 مسلحا"), _fig("مقتل 85 مسلحا")
    about_100, exact_95, exact_80 = _fig("مقتل نحو 100 مسلح"), _fig("مقتل 95 مسلحا"), _fig("مقتل 80 مسلحا")
    assert values_compatible(more_80, least_80)  # both allow 81, 90, 200 …
    assert values_compatible(more_80, exact_85) and values_compatible(about_100, exact_95)
    assert not values_compatible(more_80, exact_80)  # «more than 80» excludes exactly 80
    assert not values_compatible(least_120, exact_85)
    assert not values_compatible(more_80, least_120)  # two lower bounds, two different figures


def test_same_event_pairs_are_judged_agree_compatible_or_conflict() -> None:
    day = " في الرقة يوم 25 مايو/أيار 2017."

    def verdict(x: str, y: str) -> str:
        pairs = compare_readings(
            _reading("A", "قتل " + x + " مسلحا" + day, None),
            _reading("B", "قتل " + y + " مسلحا" + day, None),
            gazetteer.place,
        )
        assert len(pairs) == 1
        return pairs[0].verdict

    assert verdict("أكثر من 80", "أكثر من 80") == "agree"
    assert verdict("أكثر من 80", "ما لا يقل عن 80") == "compatible"
    assert verdict("أكثر من 80", "ما لا يقل عن 120") == "conflict"
    assert verdict("36", "32") == "conflict"


def test_an_actor_s_name_with_diacritics_is_an_actor_not_a_place() -> None:
    text = "قتل 12 مسلحا في قصف شنته قوّاتُ سوريا الديمقراطية على مواقع داعش يوم 3 يونيو/حزيران 2017."
    reading = _reading("A", text, None)
    ctx = event_context(reading, reading.figures[0], gazetteer.place)
    assert ctx.actors[:2] == ("قوات سوريا الديمقراطية", "داعش")
    assert ctx.places == () and ctx.countries == ()  # «سوريا» here is part of a name, not Syria
