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

from factdesk.assist.attributions import _norm, find_attributions

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
    assert {r["split"] for r in rows} == {"dev", "blind2", "retired"}
    blind = [r for r in rows if r["split"] == "blind2" and r["stance"] != "none"]
    assert len(blind) >= 40, len(blind)
    # A file is in one split only, and no dev text is a blind2 text under another name (the corpus holds
    # two long articles twice: as stored and transcoded), so that tuning on dev never sees a blind2 text.
    by_file: dict[str, set[str]] = {}
    for r in rows:
        by_file.setdefault(r["file"], set()).add(r["split"])
    # (retired rows, the first held-out split's on blind2's texts, share blind2's files and are never scored)
    assert all(len(s - {"retired"}) <= 1 and s != {"dev", "retired"} for s in by_file.values()), by_file
    blind_texts = [labelled_text(f) for f, s in by_file.items() if "blind2" in s]
    for f, s in by_file.items():
        if s == {"dev"}:
            text = labelled_text(f)
            probes = [text[n : n + 60] for n in range(0, len(text) - 60, max(60, len(text) // 8))]
            assert not any(p.strip() and p in b for p in probes for b in blind_texts), f
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


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _scores(split: str) -> tuple[float, float, float]:
    """Precision, recall and said-span share of ``split``, by the match rule of the label file's header."""
    rows = [r for r in label_rows() if r["split"] == split]
    found_n = labelled_n = hits = said_n = said_ok = 0
    for name in sorted({r["file"] for r in rows}):
        text = labelled_text(name)
        found = find_attributions(text)
        labels = [r for r in rows if r["file"] == name and r["stance"] != "none"]
        found_n += len(found)
        labelled_n += len(labels)
        used: set[int] = set()
        for r in labels:
            v0, v1, s0, s1 = (int(r[k]) for k in ("verb_start", "verb_end", "speaker_start", "speaker_end"))
            for k, a in enumerate(found):
                if (
                    k not in used
                    and a.stance == r["stance"]
                    and _overlap(a.verb_start, a.verb_end, v0, v1)
                    and (s0 < 0 or _overlap(a.speaker_start, a.speaker_end, s0, s1))
                ):
                    used.add(k)
                    hits += 1
                    d0, d1 = int(r["said_start"]), int(r["said_end"])
                    if d0 >= 0:
                        said_n += 1
                        common = _overlap(a.said_start, a.said_end, d0, d1)
                        said_ok += common >= 0.5 * (d1 - d0) and common >= 0.5 * max(
                            1, a.said_end - a.said_start
                        )
                    break
    return hits / found_n, hits / labelled_n, said_ok / said_n


def test_blind2_figures_do_not_get_worse() -> None:
    # Measured once on blind2 before its errors were seen: P 0.78 (36/46), R 0.84 (36/43), said 0.64. The
    # second round of rules was then tuned on its errors too (it is no longer blind): P 0.88 (36/41), R 0.84
    # (36/43), said 0.78 (28/36). The third round (tuned on external4 as well): P 0.90 (37/41), R 0.86 (37/43),
    # said 0.76 (28/37: the same 28 right spans, one more match, «لتعلن عن إصابتها», whose span runs on).
    # The fourth round (tuned on external5 too): P 0.90 (38/42), R 0.88 (38/43), said 0.76 (29/38).
    # These are floors; the external splits (outside the repository) are the blind measures.
    p, r, said = _scores("blind2")
    assert p >= 0.89 and r >= 0.87 and said >= 0.75, (p, r, said)


def test_dev_figures_do_not_get_worse() -> None:
    # dev (tuned on): P 0.94 (130/138), R 0.98 (130/133), said 0.71 (75/106).
    p, r, said = _scores("dev")
    assert p >= 0.94 and r >= 0.97 and said >= 0.70, (p, r, said)


def test_external_labels_name_their_texts_and_hold_none_of_them() -> None:
    # The external texts stay outside the repository (bench/assist_attributions.py --external DIR reads
    # them); each row names where its text comes from and the SHA-1 of that exact text.
    path = Path(__file__).parent / "data" / "attributions_external_labels.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    labelled = [r for r in rows if r["stance"] != "none"]
    assert len(labelled) >= 60, len(labelled)
    sha_of: dict[str, str] = {}
    for r in rows:
        assert (
            r["split"].startswith("external")
            and r["split"][8:].isdigit()
            and r["repo"].count("/") == 1
            and len(r["commit"]) == 40
        ), r
        assert len(r["sha1"]) == 40 and int(r["sha1"], 16) >= 0, r
        assert sha_of.setdefault(r["file"], r["sha1"]) == r["sha1"], r  # one text per file name
        if r["stance"] == "none":
            assert all(int(r[k]) == -1 for k in ("verb_start", "speaker_start", "said_start")), r
            continue
        assert r["stance"] in STANCES and _norm(r["verb"]) == r["verb"], r
        v0, v1, d0, d1 = (int(r[k]) for k in ("verb_start", "verb_end", "said_start", "said_end"))
        assert 0 <= v0 < v1 and (d0 < 0 or v1 <= d0 < d1), r
