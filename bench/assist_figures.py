"""Figures found in articles: precision and recall on hand-checked labels, and reading speed.

``tests/assist/data/figures_labels.tsv`` lists every figure of corpus texts by file name and code-point
offsets (the text is read from ``../shared/corpus`` at run time, never copied: articles as stored, web pages
and legacy-encoded files as FactDesk imports them). Its rows are split in two: ``dev`` (the rules were
tuned on it; it took in the first, non-blind held-out half when the blind labels came) and ``seen`` (labelled
blind, measured blind once, then tuned on): both are tuning data now and print INFO. The blind verdict comes
from the external set (``--external DIR``: texts from outside the shared corpus, see
``bench/external_blind.py``), which prints precision and recall per kind with OK/MISS. A found figure is a hit when its span is within 2 code points of a labelled one at both ends and
its value is the same. Precision and recall are also given per kind (recall by the label's kind, precision
by the kind the rules gave), and how often a hit's kind is right. Details of misses are printed for ``dev``
only; ``--details`` prints them for every split (and for the external set).

Speed: one 6,000-word article made by joining corpus articles is read by
:func:`factdesk.assist.figures.find_figures`, against a plain ``re.finditer(r"\\d+")`` pass over
the same text measured in the same run.

    python bench/assist_figures.py [--details]
    python bench/assist_figures.py --external DIR [--split NAME] [--details]
"""

from __future__ import annotations

import csv
import datetime
import re
import sys
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path

import benchlib
import external_blind
import synth

from factdesk.assist.attributions import find_attributions
from factdesk.assist.dates import find_dates
from factdesk.assist.figures import find_figures
from factdesk.importers import load

LABELS = Path(__file__).resolve().parents[1] / "tests" / "assist" / "data" / "figures_labels.tsv"
TARGET_P, TARGET_R, TARGET_MS = 0.95, 0.9, 200.0
SPLITS = ("dev", "seen")

Label = tuple[int, int, float, str]


@cache
def corpus_text(name: str) -> str:
    """An article (a bare name or ``articles/…``) as stored; ``html/…`` and ``encodings/…`` as FactDesk imports them."""
    if "/" not in name or name.startswith("articles/"):
        return (synth.CORPUS / "articles" / name.removeprefix("articles/")).read_text(encoding="utf-8")
    return load(synth.CORPUS / name, name="").text


def load_labels() -> dict[str, dict[str, list[Label]]]:
    """split -> file -> labelled (start, end, value, kind); a file marked NONE has an empty list."""
    lines = [ln for ln in LABELS.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    out: dict[str, dict[str, list[Label]]] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        per_file = out.setdefault(row["split"], {}).setdefault(row["file"], [])
        if row["start"] != "NONE":
            per_file.append((int(row["start"]), int(row["end"]), float(row["value"]), row["kind"]))
    return out


class Score:
    """Hits, finds and labels, overall and per kind."""

    def __init__(self) -> None:
        self.hits = self.found = self.labelled = self.kind_right = 0
        self.found_by_kind: Counter[str] = Counter()
        self.hit_found_kind: Counter[str] = Counter()
        self.label_by_kind: Counter[str] = Counter()
        self.hit_label_kind: Counter[str] = Counter()
        self.notes: list[str] = []

    @property
    def precision(self) -> float:
        return self.hits / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.labelled if self.labelled else 1.0


def score(files: dict[str, list[Label]], details: bool, read: Callable[[str], str] = corpus_text) -> Score:
    sc = Score()
    for name, gold in sorted(files.items()):
        text = read(name)
        got = find_figures(text)
        sc.found += len(got)
        sc.labelled += len(gold)
        for g in gold:
            sc.label_by_kind[g[3]] += 1
        free = list(gold)
        for f in got:
            sc.found_by_kind[f.kind] += 1
            match = next(
                (
                    g
                    for g in free
                    if abs(g[0] - f.start) <= 2 and abs(g[1] - f.end) <= 2 and g[2] == float(f.value)
                ),
                None,
            )
            if match:
                sc.hits += 1
                sc.hit_found_kind[f.kind] += 1
                sc.hit_label_kind[match[3]] += 1
                sc.kind_right += match[3] == f.kind
                if details and match[3] != f.kind:
                    sc.notes.append(
                        f"kind    {name}:{f.start}-{f.end} {f.kind} for {match[3]} {f.text!r} {f.thing!r}"
                    )
                free.remove(match)
            elif details:
                sc.notes.append(f"extra   {name}:{f.start}-{f.end} value {f.value} {f.kind} {f.text!r}")
        if details:
            sc.notes.extend(
                f"missed  {name}:{g[0]}-{g[1]} value {g[2]:g} {g[3]} {text[g[0] : g[1]]!r}" for g in free
            )
    return sc


def long_article(folder: Path, words: int = 6000) -> str:
    parts: list[str] = []
    count = 0
    for path in sorted(folder.glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n"):
            parts.append(para)
            count += len(para.split())
            if count >= words:
                return "\n".join(parts)
    return "\n".join(parts)


def external(folder: Path, details: bool) -> int:
    """The one-off blind measure on texts from outside the shared corpus, per kind, with OK/MISS."""
    texts = {t.name: t for t in external_blind.load(folder, external_blind.split_option(sys.argv))}
    benchlib.header(f"assist_figures: the external blind set ({len(texts)} texts from {folder})")
    sc = score({n: t.figures for n, t in texts.items()}, details, read=lambda n: texts[n].text)
    ok = external_blind.verdict
    print(
        f"   external  labelled {sc.labelled:4}  found {sc.found:4}  hits {sc.hits:4}"
        f"  precision {sc.precision:.3f} {ok(sc.precision, TARGET_P)}  recall {sc.recall:.3f} {ok(sc.recall, TARGET_R)}"
        f"  kind right on {sc.kind_right}/{sc.hits} hits"
    )
    for kind in sorted(set(sc.found_by_kind) | set(sc.label_by_kind)):
        fk, lk = sc.found_by_kind[kind], sc.label_by_kind[kind]
        p = (
            f"{sc.hit_found_kind[kind] / fk:.3f} {ok(sc.hit_found_kind[kind] / fk, TARGET_P)}"
            if fk
            else "  -       "
        )
        r = (
            f"{sc.hit_label_kind[kind] / lk:.3f} {ok(sc.hit_label_kind[kind] / lk, TARGET_R)}"
            if lk
            else "  -       "
        )
        print(f"      {kind:10} labelled {lk:4}  found {fk:4}  precision {p}  recall {r}")
    for note in sc.notes:
        print(f"      {note}")
    found_n = lab_n = hit_f = hit_l = 0
    for t in texts.values():
        found = [(f.start, f.end, f.value) for f in find_figures(t.text)]
        labels = [(a, b, v) for a, b, v, _ in t.figures]
        hf, hl = external_blind.spans_aside(found, labels)
        found_n, lab_n, hit_f, hit_l = found_n + len(found), lab_n + len(labels), hit_f + hf, hit_l + hl
    print(
        f"   spans aside (information: a find overlapping a label of the same value counts): precision"
        f" {hit_f / max(found_n, 1):.3f} ({hit_f}/{found_n}), recall {hit_l / max(lab_n, 1):.3f} ({hit_l}/{lab_n})"
    )
    benchlib.summary("assist_figures", "external precision", f"{sc.precision:.3f} ({sc.hits}/{sc.found})",
                     f">= {TARGET_P}", sc.precision >= TARGET_P)  # fmt: skip
    benchlib.summary("assist_figures", "external recall", f"{sc.recall:.3f} ({sc.hits}/{sc.labelled})",
                     f">= {TARGET_R}", sc.recall >= TARGET_R)  # fmt: skip
    return 0


def main() -> int:
    outside = external_blind.option(sys.argv)
    if outside is not None:
        return external(outside, "--details" in sys.argv)
    folder = synth.CORPUS / "articles"
    if not folder.is_dir():
        print(f"assist_figures: the shared corpus was not found at {folder}", file=sys.stderr)
        return 1
    benchlib.header("assist_figures: figures found in corpus texts")
    labels = load_labels()
    for split in SPLITS:
        sc = score(labels[split], details=True)  # both splits are tuning data: their errors may be read
        print(
            f"   {split:8} files {len(labels[split]):2}  labelled {sc.labelled:4}  found {sc.found:4}"
            f"  hits {sc.hits:4}  precision {sc.precision:.3f}  recall {sc.recall:.3f}"
            f"  kind right on {sc.kind_right}/{sc.hits} hits"
        )
        for kind in sorted(set(sc.found_by_kind) | set(sc.label_by_kind)):
            fk, lk = sc.found_by_kind[kind], sc.label_by_kind[kind]
            p = f"{sc.hit_found_kind[kind] / fk:.3f}" if fk else "  -  "
            r = f"{sc.hit_label_kind[kind] / lk:.3f}" if lk else "  -  "
            print(f"      {kind:10} labelled {lk:4}  found {fk:4}  precision {p}  recall {r}")
        for note in sc.notes:
            print(f"      {note}")
        decides = False  # both splits were tuned on; the external set (--external DIR) is the blind measure
        benchlib.summary(
            "assist_figures",
            f"{split} precision",
            f"{sc.precision:.3f} ({sc.hits}/{sc.found})",
            f">= {TARGET_P}",
            sc.precision >= TARGET_P if decides else None,
        )
        benchlib.summary(
            "assist_figures",
            f"{split} recall",
            f"{sc.recall:.3f} ({sc.hits}/{sc.labelled})",
            f">= {TARGET_R}",
            sc.recall >= TARGET_R if decides else None,
        )

    text = long_article(folder)
    find_figures("تمهيد 3 سيارات")  # build the patterns once, as the application does at first use
    rounds = 7
    ours = benchlib.median([benchlib.timed(lambda: find_figures(text))[0] for _ in range(rounds)])
    base = benchlib.median(
        [benchlib.timed(lambda: list(re.finditer(r"\d+", text)))[0] for _ in range(rounds)]
    )
    n_words = len(text.split())
    print(f"   a {n_words}-word article ({len(text)} code points): find_figures {benchlib.ms(ours)}")
    print(f"   baseline re.finditer(r'\\d+'): {benchlib.ms(base)}  ratio {ours / base:.1f}x")
    benchlib.summary(
        "assist_figures",
        f"read {n_words} words",
        f"{ours * 1000:.1f} ms",
        f"<= {TARGET_MS:g} ms",
        ours * 1000 <= TARGET_MS,
    )
    benchlib.summary("assist_figures", "ratio to re.finditer(\\d+)", f"{ours / base:.1f}x", "info", None)

    # What the reader does with an article: figures, dates and attributions, one after the other.
    find_dates("تمهيد 3 مايو", datetime.date(2017, 6, 1))
    find_attributions("قال الوزير إن")

    def read_all() -> None:
        find_figures(text)
        find_dates(text, datetime.date(2017, 6, 1))
        find_attributions(text)

    both = benchlib.median([benchlib.timed(read_all)[0] for _ in range(rounds)])
    print(f"   figures + dates + attributions on the same article: {benchlib.ms(both)}")
    benchlib.summary(
        "assist_figures",
        f"figures+dates+attributions, {n_words} words",
        f"{both * 1000:.1f} ms ({both / base:.0f}x re.finditer)",
        f"<= {TARGET_MS:g} ms",
        both * 1000 <= TARGET_MS,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
