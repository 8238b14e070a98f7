"""The hand-labelled attributions (offsets only) still point at the words they were labelled on.

The label file holds no corpus text: file name, code-point offsets and the normalised verb. The texts are
read here at run time, the way the labels say (corpus/articles and seeds as stored; corpus/encodings and
corpus/html through FactDesk's importer), and every surface is checked against its label.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from support import REPO, shared

from factdesk.assist.attributions import _norm

LABELS = Path(__file__).parent / "data" / "attributions_labels.tsv"
STANCES = ("asserts", "denies", "reported")


def label_rows() -> list[dict[str, str]]:
    lines = [ln for ln in LABELS.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def labelled_text(name: str) -> str:
    """The text a label's offsets count in: as stored, or as FactDesk imports it (encodings/, html/)."""
    if name.startswith("seeds/"):
        return (REPO / name).read_text(encoding="utf-8")
    path = shared(*name.split("/"))
    if name.startswith(("corpus/encodings/", "corpus/html/")):
        from factdesk.importers import load

        return load(path, name="").text
    return path.read_text(encoding="utf-8")


def test_labels_are_split_and_big_enough_to_measure() -> None:
    rows = label_rows()
    assert {r["split"] for r in rows} == {"dev", "held-out"}
    held = [r for r in rows if r["split"] == "held-out" and r["stance"] != "none"]
    assert len(held) >= 100, len(held)
    # A file is in one split only, so that tuning on dev never sees a held-out text.
    by_file: dict[str, set[str]] = {}
    for r in rows:
        by_file.setdefault(r["file"], set()).add(r["split"])
    assert all(len(s) == 1 for s in by_file.values()), by_file
    assert any(f.startswith("corpus/encodings/") for f in by_file)
    assert any(f.startswith("corpus/html/") for f in by_file)
    assert any(f.startswith("seeds/") for f in by_file)


def test_label_offsets_fall_on_the_labelled_words() -> None:
    for r in label_rows():
        name, stance = r["file"], r["stance"]
        text = labelled_text(name)
        if stance == "none":
            assert all(int(r[k]) == -1 for k in ("verb_start", "speaker_start", "said_start")), r
            continue
        assert stance in STANCES, r
        v0, v1 = int(r["verb_start"]), int(r["verb_end"])
        verb = text[v0:v1]
        where = f"{name}:{v0}"
        assert verb and verb.strip() == verb, f"{where} verb span {verb!r}"
        assert not text[v1 : v1 + 1].isalpha(), f"{where} verb span ends inside a word: {verb!r}"
        assert _norm(verb) == r["verb"], f"{where} verb {verb!r} is not the labelled {r['verb']!r}"
        s0, s1 = int(r["speaker_start"]), int(r["speaker_end"])
        if s0 >= 0:
            speaker = text[s0:s1]
            assert speaker and speaker.strip() == speaker and abs(s0 - v0) < 200, (
                f"{where} speaker {speaker!r}"
            )
        d0, d1 = int(r["said_start"]), int(r["said_end"])
        if d0 >= 0:
            said = text[d0:d1]
            assert d0 >= v1 and said and said.strip() == said, f"{where} said {said[:30]!r}"
