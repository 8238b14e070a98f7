"""Dates and times found in article text (:mod:`factdesk.assist.dates`): precision and recall against hand
labels, and the time to read a 6,000-word article.

``tests/assist/data/dates_labels.tsv`` marks every date or time expression in seeds and corpus texts (read at
run time: articles as stored, web pages and legacy-encoded files as FactDesk imports them, a web page with the
publication date the importer reads) by offsets and resolved date. A found expression is a hit when its start
and end are each within 2 code points of a label's and, when both carry a date, the dates agree. ``dev`` tuned
the rules; ``heldout`` (labelled with the first rules) decides PASS/MISS (targets: precision ≥ 0.95, recall ≥ 0.9);
``seen`` (labelled by reading, before the rules ran on the file; measured blind once, then tuned on) prints INFO.
The blind measure is the external set (``--external DIR``, texts from outside the shared corpus, see
``bench/external_blind.py``): precision and recall per kind with OK/MISS, articles read with no publication date.
Per kind: recall by the label's kind, precision by the kind the rules gave. Misses are printed for the tuning
splits (``dev``, ``seen``) only unless ``--details``.
Speed: ``find_dates`` on ``snn_001.txt`` (about 6,400 words; target ≤ 200 ms), shown with its ratio to one plain
regular-expression pass (month names and digits) over the same text in the same run.

    python bench/assist_dates.py [--details]
    python bench/assist_dates.py --external DIR [--split NAME] [--details]
"""

from __future__ import annotations

import calendar
import datetime
import json
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import external_blind
from benchlib import clock, header, median, ms, summary

from factdesk.assist.dates import find_dates
from factdesk.importers import load as import_file
from factdesk.nlp.months import MONTHS

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "tests" / "assist" / "data" / "dates_labels.tsv"
SHARED = REPO.parent / "shared"
Label = tuple[int, int, str, str]


def source(name: str) -> Path:
    return REPO / name if name.startswith("seeds/") else SHARED / name


@cache
def read(name: str) -> tuple[str, datetime.date | None]:
    """The text and, for a web page, the publication date FactDesk reads from it on import."""
    if name.startswith(("corpus/html/", "corpus/encodings/")):
        result = import_file(source(name), name="")
        day = result.published or ""
        return result.text, datetime.date.fromisoformat(day[:10]) if len(day) >= 10 else None
    return source(name).read_text(encoding="utf-8"), published(name)


def published(name: str) -> datetime.date | None:
    """The seed's publication date from seeds.json; a month alone is read as its last day."""
    if not name.startswith("seeds/"):
        return None
    for entry in json.loads((REPO / "seeds" / "seeds.json").read_text(encoding="utf-8"))["articles"]:
        if entry["file"] == name.removeprefix("seeds/"):
            parts = [int(p) for p in entry["published"].split("-")]
            if len(parts) == 2:
                parts.append(calendar.monthrange(parts[0], parts[1])[1])
            return datetime.date(*parts)
    return None


def load() -> dict[str, tuple[str, list[Label]]]:
    files: dict[str, tuple[str, list[Label]]] = {}
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "split\t")) or not line.strip():
            continue
        split, name, start, end, date, kind = (line.split("\t") + [""] * 6)[:6]
        files.setdefault(name, (split, []))
        if start != "NONE":
            files[name][1].append((int(start), int(end), date, kind))
    return files


def hit(found: tuple[int, int, str], label: Label) -> bool:
    return (
        abs(found[0] - label[0]) <= 2
        and abs(found[1] - label[1]) <= 2
        and (found[2] == "-" or label[2] == "-" or found[2] == label[2])
    )


def external(folder: Path, details: bool) -> int:
    """The one-off blind measure on texts from outside the shared corpus, per kind, with OK/MISS."""
    texts = external_blind.load(folder, external_blind.split_option(sys.argv))
    header(f"assist: dates and times, the external blind set ({len(texts)} texts from {folder})")
    counts: Counter[str] = Counter()
    for t in texts:
        mentions = find_dates(t.text, None)  # these articles carry no publication date
        found = [(m.start, m.end, str(m.date) if m.date else "-") for m in mentions]
        hf, hl = external_blind.spans_aside(found, [(a, b, d) for a, b, d, _ in t.dates])
        counts["aside found"] += hf
        counts["aside labelled"] += hl
        for m, f in zip(mentions, found, strict=True):
            ok = any(hit(f, lab) for lab in t.dates)
            counts["found"] += 1
            counts["hits"] += ok
            counts["found " + m.kind] += 1
            counts["hitf " + m.kind] += ok
            if not ok and details:
                print(f"   extra  {t.name} {f[0]}-{f[1]} {f[2]} {m.kind} {t.text[f[0] : f[1]]!r}")
        for lab in t.dates:
            got = any(hit(f, lab) for f in found)
            counts["labelled"] += 1
            counts["recalled"] += got
            counts["label " + lab[3]] += 1
            counts["hitl " + lab[3]] += got
            if not got and details:
                print(f"   missed {t.name} {lab[0]}-{lab[1]} {lab[2]} {lab[3]} {t.text[lab[0] : lab[1]]!r}")
    ok = external_blind.verdict
    for kind in ("absolute", "numeric", "weekday", "relative", "hijri"):
        fk, lk = counts["found " + kind], counts["label " + kind]
        p = (
            f"{counts['hitf ' + kind] / fk:.3f} {ok(counts['hitf ' + kind] / fk, 0.95)}"
            if fk
            else "  -       "
        )
        r = (
            f"{counts['hitl ' + kind] / lk:.3f} {ok(counts['hitl ' + kind] / lk, 0.9)}"
            if lk
            else "  -       "
        )
        print(f"   external {kind:9} labelled {lk:3}  found {fk:3}  precision {p}  recall {r}")
    print(
        "   spans aside (information: a find overlapping a label of the same date counts): precision"
        f" {counts['aside found'] / max(counts['found'], 1):.3f} ({counts['aside found']}/{counts['found']}),"
        f" recall {counts['aside labelled'] / max(counts['labelled'], 1):.3f}"
        f" ({counts['aside labelled']}/{counts['labelled']})"
    )
    precision = counts["hits"] / counts["found"] if counts["found"] else 1.0
    recall = counts["recalled"] / counts["labelled"] if counts["labelled"] else 1.0
    summary("assist_dates", "external precision", f"{precision:.3f} ({counts['hits']}/{counts['found']})",
            ">= 0.95", precision >= 0.95)  # fmt: skip
    summary("assist_dates", "external recall", f"{recall:.3f} ({counts['recalled']}/{counts['labelled']})",
            ">= 0.9", recall >= 0.9)  # fmt: skip
    return 0


def main() -> int:
    outside = external_blind.option(sys.argv)
    if outside is not None:
        return external(outside, "--details" in sys.argv)
    header("assist: dates and times (precision / recall on hand labels, speed)")
    details = "--details" in sys.argv
    files = load()
    splits = ("dev", "heldout", "seen")
    totals: dict[str, list[int]] = {
        split: [0, 0, 0, 0] for split in splits
    }  # hits, found, labelled, recalled
    by_kind: dict[str, Counter[str]] = {split: Counter() for split in splits}
    for name, (split, labels) in files.items():
        path = source(name)
        if not path.exists():
            print(f"missing: {path} (the corpus is read from ../shared beside the repository)")
            return 1
        text, date_of = read(name)
        mentions = find_dates(text, date_of)
        found = [(m.start, m.end, str(m.date) if m.date else "-") for m in mentions]
        show = details or split != "heldout"  # dev and seen are tuning data
        for m, f in zip(mentions, found, strict=True):
            ok = any(hit(f, lab) for lab in labels)
            by_kind[split]["found " + m.kind] += 1
            by_kind[split]["hitf " + m.kind] += ok
            if not ok and show:
                print(f"   {split:8} extra  {name} {f[0]}-{f[1]} {f[2]} {text[f[0] : f[1]]!r}")
        recalled = [lab for lab in labels if any(hit(f, lab) for f in found)]
        for lab in labels:
            by_kind[split]["label " + lab[3]] += 1
            by_kind[split]["hitl " + lab[3]] += lab in recalled
            if lab not in recalled and show:
                print(
                    f"   {split:8} missed {name} {lab[0]}-{lab[1]} {lab[2]} {lab[3]} {text[lab[0] : lab[1]]!r}"
                )
        total = totals[split]
        total[0] += sum(1 for f in found if any(hit(f, lab) for lab in labels))
        total[1] += len(found)
        total[2] += len(labels)
        total[3] += len(recalled)
    for split, (hits, found_n, labelled, recalled_n) in totals.items():
        precision = hits / found_n if found_n else 1.0
        recall = recalled_n / labelled if labelled else 1.0
        counts = by_kind[split]
        for kind in ("absolute", "numeric", "weekday", "relative", "hijri"):
            fk, lk = counts["found " + kind], counts["label " + kind]
            p = f"{counts['hitf ' + kind] / fk:.3f}" if fk else "  -  "
            r = f"{counts['hitl ' + kind] / lk:.3f}" if lk else "  -  "
            print(f"   {split:8} {kind:9} labelled {lk:3}  found {fk:3}  precision {p}  recall {r}")
        decides = split == "heldout"  # dev and seen were tuned on; --external DIR is the blind measure
        summary("assist_dates", f"{split} precision", f"{precision:.3f} ({hits}/{found_n})", ">= 0.95",
                (precision >= 0.95) if decides else None)  # fmt: skip
        summary("assist_dates", f"{split} recall", f"{recall:.3f} ({recalled_n}/{labelled})", ">= 0.9",
                (recall >= 0.9) if decides else None)  # fmt: skip

    text = (SHARED / "corpus" / "articles" / "snn_001.txt").read_text(encoding="utf-8")
    names = "|".join(re.escape(n) for n in sorted(MONTHS, key=len, reverse=True))
    plain = re.compile(rf"\d+|[٠-٩]+|{names}")
    base, ours = [], []
    for _ in range(7):
        t = clock()
        sum(1 for _ in plain.finditer(text))
        base.append(clock() - t)
        t = clock()
        find_dates(text, datetime.date(2015, 6, 1))
        ours.append(clock() - t)
    words = len(text.split())
    print(f"   plain regex pass over {words} words: {ms(median(base))}")
    summary("assist_dates", f"find_dates, {words} words", f"{ms(median(ours)).strip()} "
            f"({median(ours) / median(base):.0f}x a plain regex pass)", "<= 200 ms", median(ours) <= 0.2)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
