"""Figures found in articles: precision and recall on hand-checked labels, and reading speed.

``tests/assist/data/figures_labels.tsv`` lists every figure of a dozen corpus articles by file
name and code-point offsets (the text is read from ``../shared/corpus/articles`` at run time,
never copied). Its rows are split in two: ``dev`` (the rules were tuned on it) and ``heldout``
(looked at only to report; it decides the verdict). A found figure is a hit when its span is
within 2 code points of a labelled one at both ends and its value is the same.

Speed: one 6,000-word article made by joining corpus articles is read by
:func:`factdesk.assist.figures.find_figures`, against a plain ``re.finditer(r"\\d+")`` pass over
the same text measured in the same run.

    python bench/assist_figures.py
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import benchlib
import synth

from factdesk.assist.figures import find_figures

LABELS = Path(__file__).resolve().parents[1] / "tests" / "assist" / "data" / "figures_labels.tsv"
TARGET_P, TARGET_R, TARGET_MS = 0.95, 0.9, 200.0

Label = tuple[int, int, float]


def load_labels() -> dict[str, dict[str, list[Label]]]:
    """split -> file -> labelled (start, end, value)."""
    lines = [ln for ln in LABELS.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    out: dict[str, dict[str, list[Label]]] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        per_file = out.setdefault(row["split"], {})
        per_file.setdefault(row["file"], []).append((int(row["start"]), int(row["end"]), float(row["value"])))
    return out


def score(files: dict[str, list[Label]], folder: Path) -> tuple[float, float, int, int, int, list[str]]:
    """precision, recall, hits, found, labelled, and a few mismatches to read."""
    hits = found = labelled = 0
    notes: list[str] = []
    for name, gold in sorted(files.items()):
        text = (folder / name).read_text(encoding="utf-8")
        got = find_figures(text)
        found += len(got)
        labelled += len(gold)
        free = list(gold)
        for f in got:
            match = next(
                (
                    g
                    for g in free
                    if abs(g[0] - f.start) <= 2 and abs(g[1] - f.end) <= 2 and g[2] == float(f.value)
                ),
                None,
            )
            if match:
                hits += 1
                free.remove(match)
            elif len(notes) < 12:
                notes.append(f"extra   {name}:{f.start}-{f.end} value {f.value}")
        notes.extend(f"missed  {name}:{g[0]}-{g[1]} value {g[2]:g}" for g in free[: max(0, 12 - len(notes))])
    precision = hits / found if found else 1.0
    recall = hits / labelled if labelled else 1.0
    return precision, recall, hits, found, labelled, notes


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
    benchlib.header("assist_figures: figures found in corpus articles")
    labels = load_labels()
    for split in ("dev", "heldout"):
        p, r, hits, found, labelled, notes = score(labels[split], folder)
        print(
            f"   {split:8} files {len(labels[split]):2}  labelled {labelled:4}  found {found:4}  hits {hits:4}"
            f"  precision {p:.3f}  recall {r:.3f}"
        )
        for note in notes:
            print(f"      {note}")
        held_out = split != "dev"  # the held-out half decides; dev is what the rules were tuned on
        benchlib.summary(
            "assist_figures",
            f"{split} precision",
            f"{p:.3f}",
            f">= {TARGET_P}",
            p >= TARGET_P if held_out else None,
        )
        benchlib.summary(
            "assist_figures",
            f"{split} recall",
            f"{r:.3f}",
            f">= {TARGET_R}",
            r >= TARGET_R if held_out else None,
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
