"""The hand-labelled attributions (offsets only) still point at the words they were labelled on."""

from __future__ import annotations

import csv
from pathlib import Path

from support import shared

from factdesk.assist.attributions import _ASSERTS, _DENIES, _norm

LABELS = Path(__file__).parent / "data" / "attributions_labels.tsv"


def test_label_offsets_fall_on_whole_words_of_the_corpus() -> None:
    rows = [
        r
        for r in csv.reader(LABELS.read_text(encoding="utf-8").splitlines(), delimiter="\t")
        if r and not r[0].startswith("#")
    ]
    assert {r[0] for r in rows} == {"dev", "held-out"}
    for _split, name, ss, se, vs, ve, stance in rows:
        text = shared("corpus", "articles", name).read_text(encoding="utf-8")
        v0, v1 = int(vs), int(ve)
        assert stance in ("asserts", "denies", "reported")
        verb = text[v0:v1]
        assert verb.strip() == verb and verb, (name, vs)
        assert not text[v1 : v1 + 1].isalpha(), f"{name}:{vs} verb span ends inside a word: {verb!r}"
        if stance != "reported":
            assert _norm(verb) in _ASSERTS | _DENIES, f"{name}:{vs} {verb!r} is not a reporting verb"
        if int(ss) >= 0:
            speaker = text[int(ss) : int(se)]
            assert speaker and speaker.strip() == speaker and abs(int(ss) - v0) < 120, (name, ss, speaker)
