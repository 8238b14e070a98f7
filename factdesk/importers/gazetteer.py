"""Which words of a dateline are a place and which a news agency: a gazetteer of Arabic names.

A dateline «الرياض - واس» or «واس - الرياض» only says which side is the place to someone who knows
the places. The names are in ``resources/gazetteer/places_ar.tsv`` (countries, territories, capitals
and large cities in their Arabic spellings, and the news agencies), written at development time by
``packaging/build_gazetteer.py`` from GeoNames and the Unicode CLDR; it is read on first use, with no
library beyond the standard one.

Names are compared by :func:`key`, which lets the usual spelling variants meet: alef and hamza forms
(«إسطنبول»/«اسطنبول»), ة and ه («جدة»/«جده»), ى and ي, diacritics («عمّان»), tatweel, spaces, dots
and brackets («أبو ظبي»/«أبوظبي», «أ.ف.ب»/«(أ ف ب)»), and the article ال where the list has the name
without it («الخرطوم»/«خرطوم»).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from factdesk import packaged
from factdesk.nlp.fold import fold

__all__ = ["Entry", "GazetteerMissing", "agency", "data_file", "entries", "key", "lookup", "place"]

FILE_NAME: Final = "places_ar.tsv"
#: Where the file is looked for: the installed package's resources, else the source tree's
#: (:mod:`factdesk.packaged`).
CANDIDATES: Final = (packaged.resource("gazetteer", FILE_NAME),)

#: Kinds of place; an entry may also (or only) be an "agency".
PLACE_KINDS: Final = frozenset({"capital", "city", "country", "territory"})

_NOT_LETTERS: Final = re.compile(r"[\W\d_]+")
_HAMZA: Final = str.maketrans({"ئ": "ي", "ؤ": "و", "ء": None})


class GazetteerMissing(RuntimeError):
    """The gazetteer data file is not where FactDesk was installed: an installation fault."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One name of the gazetteer: what it names (``kinds``), where, and how many people live there."""

    name: str
    kinds: frozenset[str]
    countries: tuple[str, ...]
    population: int

    @property
    def is_place(self) -> bool:
        return bool(self.kinds & PLACE_KINDS)

    @property
    def is_agency(self) -> bool:
        return "agency" in self.kinds


def key(name: str) -> str:
    """``name`` as the gazetteer compares it: folded (:func:`factdesk.nlp.fold.fold`), hamza seats on
    ي and و, and nothing but letters («أ.ف.ب» and «(أ ف ب)» both give «افب»)."""
    return _NOT_LETTERS.sub("", fold(name).translate(_HAMZA))


def lookup(name: str) -> Entry | None:
    """The entry ``name`` spells, perhaps with the article ال the list writes without; None when unknown.

    The spelling as written wins («الخبر» is a city). The article is only ever taken away, never added:
    added, it would turn given names into places («خليل» into «الخليل», «هند» into «الهند»).
    """
    found = key(name)
    if not found:
        return None
    index = _index()
    if found in index:
        return index[found]
    return index.get(found[2:]) if found.startswith("ال") and len(found) >= 5 else None


def place(name: str) -> Entry | None:
    """The entry when ``name`` is a known place (a country, territory, capital or city)."""
    entry = lookup(name)
    return entry if entry is not None and entry.is_place else None


def agency(name: str) -> Entry | None:
    """The entry when ``name`` is a known news agency («واس», «أ ف ب», «رويترز», «وكالات» ...).

    «وكالة ...» spelled out in front of a known agency's short name counts too («وكالة سانا»).
    """
    entry = lookup(name)
    if entry is None and key(name).startswith("وكاله"):
        entry = lookup(key(name)[len("وكاله") :])
    return entry if entry is not None and entry.is_agency else None


def data_file() -> Path:
    """The gazetteer file, or :class:`GazetteerMissing` naming every place it was looked for."""
    for candidate in CANDIDATES:
        if candidate.is_file():
            return candidate
    looked = ", ".join(str(path) for path in CANDIDATES)
    raise GazetteerMissing(
        f"FactDesk's list of places and news agencies ({FILE_NAME}) is missing; looked in: {looked}. "
        "Reinstall FactDesk, or run packaging/build_gazetteer.py in its source folder."
    )


@functools.cache
def entries() -> tuple[Entry, ...]:
    """Every row of the data file, in its order (sorted by name)."""
    rows = []
    for line in data_file().read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("name\t"):
            continue
        name, kinds, countries, population = line.split("\t")
        rows.append(
            Entry(
                name=name,
                kinds=frozenset(kinds.split(",")),
                countries=tuple(countries.split(",")) if countries else (),
                population=int(population or 0),
            )
        )
    return tuple(rows)


@functools.cache
def _index() -> dict[str, Entry]:
    """Entries by :func:`key`; names that meet under one key are merged into one entry."""
    index: dict[str, Entry] = {}
    for entry in entries():
        k = key(entry.name)
        known = index.get(k)
        if known is not None:
            entry = Entry(
                name=known.name,
                kinds=known.kinds | entry.kinds,
                countries=tuple(sorted(set(known.countries) | set(entry.countries))),
                population=max(known.population, entry.population),
            )
        index[k] = entry
    return index
