"""Attributions: precision/recall against the hand-labelled set, and speed on a 6,000-word article.

Labels: ``tests/assist/data/attributions_labels.tsv`` (file + code-point offsets, no corpus text);
texts from ``../shared/corpus/articles/`` at run time. A hit is a found attribution whose verb span
is within 2 code points of a labelled verb span with the same stance; speaker overlap is reported
separately (labels with an implicit speaker are left out of it). The held-out half decides PASS/MISS
(precision >= 0.85, recall >= 0.75); the dev half is what the rules were looked at against.

Speed: ``find_attributions`` on about 6,000 words of snn_001 (target <= 200 ms), with the ratio to a
plain regex pass over the same text (one ``re.finditer`` for the lexicon's verbs) timed in the same run.

    /work/main/.venv/bin/python bench/assist_attributions.py
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from benchlib import header, median, ms, summary, timed

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from factdesk.assist.attributions import find_attributions  # noqa: E402

ARTICLES = REPO.parent / "shared" / "corpus" / "articles"
LABELS = REPO / "tests" / "assist" / "data" / "attributions_labels.tsv"


def load() -> list[list[str]]:
    lines = LABELS.read_text(encoding="utf-8").splitlines()
    return [r for r in csv.reader(lines, delimiter="\t") if r and not r[0].startswith("#")]


def score(rows: list[list[str]]) -> tuple[float, float, float, int, int, int]:
    """Precision, recall, speaker overlap rate; found, labelled, hits."""
    files = sorted({r[1] for r in rows})
    found_n = hits = sp_ok = sp_n = 0
    for name in files:
        text = (ARTICLES / name).read_text(encoding="utf-8")
        found = find_attributions(text)
        found_n += len(found)
        labels = [r for r in rows if r[1] == name]
        used: set[int] = set()
        for _split, _f, ss, se, vs, ve, stance in labels:
            for k, a in enumerate(found):
                if k in used or a.stance != stance:
                    continue
                if abs(a.verb_start - int(vs)) <= 2 and abs(a.verb_end - int(ve)) <= 2:
                    used.add(k)
                    hits += 1
                    if int(ss) >= 0:
                        sp_n += 1
                        sp_ok += a.speaker_start < int(se) and a.speaker_end > int(ss)
                    break
    labelled = len(rows)
    p = hits / found_n if found_n else 0.0
    r = hits / labelled if labelled else 0.0
    return p, r, (sp_ok / sp_n if sp_n else 0.0), found_n, labelled, hits


def main() -> None:
    header("assist: attributions")
    rows = load()
    for split in ("dev", "held-out"):
        part = [r for r in rows if r[0] == split]
        p, r, sp, found, labelled, hits = score(part)
        files = ", ".join(sorted({x[1] for x in part}))
        print(f"   {split}: {files}: {hits} hits / {found} found / {labelled} labelled")
        decides = split == "held-out"
        summary(
            "assist_attributions", f"{split} precision", f"{p:.2f}", ">= 0.85", p >= 0.85 if decides else None
        )
        summary(
            "assist_attributions", f"{split} recall", f"{r:.2f}", ">= 0.75", r >= 0.75 if decides else None
        )
        summary("assist_attributions", f"{split} speaker overlap (of hits)", f"{sp:.2f}", "info", None)

    words = (ARTICLES / "snn_001.txt").read_text(encoding="utf-8").split(" ")
    text = " ".join((words * (6000 // len(words) + 1))[:6000])
    plain = re.compile(r"\b[وف]?(?:قال|قالت|أعلن|أعلنت|أكد|أكدت|نفى|نفت|بحسب|نقلت)\b")
    t_rules, t_plain = [], []
    for _ in range(5):
        t_rules.append(timed(lambda: find_attributions(text))[0])
        t_plain.append(timed(lambda: list(plain.finditer(text)))[0])
    rules, base = median(t_rules), median(t_plain)
    print(f"   6,000 words: rules {ms(rules)}, plain regex {ms(base)}")
    summary("assist_attributions", "6,000-word article", f"{rules * 1000:.1f} ms", "<= 200 ms", rules <= 0.2)
    summary("assist_attributions", "ratio to a plain regex pass", f"{rules / base:.1f}x", "info", None)


if __name__ == "__main__":
    main()
