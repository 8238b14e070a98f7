"""Figures found in articles: precision and recall on hand-checked labels, and reading speed.

``tests/assist/data/figures_labels.tsv`` lists every figure of corpus texts by file name and code-point
offsets (the text is read from ``../shared/corpus`` at run time, never copied: articles as stored, web pages
and legacy-encoded files as FactDesk imports them). Its rows are split in two: ``dev`` (the rules were
tuned on it; it took in the first, non-blind held-out half when the blind labels came) and ``blind``
(labelled by reading the text before the rules were run on it, never looked at while tuning), which decides
the verdict. A found figure is a hit when its span is within 2 code points of a labelled one at both ends and
its value is the same. Precision and recall are also given per kind (recall by the label's kind, precision
by the kind the rules gave), and how often a hit's kind is right. Details of misses are printed for ``dev``
only (tuning must not look at the blind half); ``--details`` prints them for every split.

Speed: one 6,000-word article made by joining corpus articles is read by
:func:`factdesk.assist.figures.find_figures`, against a plain ``re.finditer(r"\\d+")`` pass over
the same text measured in the same run.

    python bench/assist_figures.py [--details]
"""

from __future__ import annotations

import csv
import datetime
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import benchlib
import synth

from factdesk.assist.attributions import find_attributions
from factdesk.assist.dates import find_dates
from factdesk.assist.figures import find_figures
from factdesk.importers import load

LABELS = Path(__file__).resolve().parents[1] / "tests" / "assist" / "data" / "figures_labels.tsv"
TARGET_P, TARGET_R, TARGET_MS = 0.95, 0.9, 200.0
SPLITS = ("dev", "blind")

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


def score(files: dict[str, list[Label]], details: bool) -> Score:
    sc = Score()
    for name, gold in sorted(files.items()):
        text = corpus_text(name)
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


def main() -> int:
    folder = synth.CORPUS / "articles"
    if not folder.is_dir():
        print(f"assist_figures: the shared corpus was not found at {folder}", file=sys.stderr)
        return 1
    details_everywhere = "--details" in sys.argv
    benchlib.header("assist_figures: figures found in corpus texts")
    labels = load_labels()
    for split in SPLITS:
        sc = score(labels[split], details=details_everywhere or split == "dev")
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
        decides = split != "dev"  # the blind half decides; dev is what the rules were tuned on
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
