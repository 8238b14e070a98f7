"""Attributions: precision/recall against the hand-labelled set, per split and per stance, and speed.

Labels: ``tests/assist/data/attributions_labels.tsv`` (file + code-point offsets + normalised verb, no corpus
text; its header has the labelling guideline). Texts are read at run time: ``corpus/articles`` and ``seeds``
as stored, ``corpus/encodings`` and ``corpus/html`` through ``factdesk.importers.load`` (what FactDesk shows).

Match rule: a found attribution matches a label when the stance is equal, the verb spans overlap, and, when
the label names a speaker, the found speaker span overlaps it; one-to-one, in reading order. Precision =
matches / attributions found in the labelled files (files read whole, including those with none); recall =
matches / labels. Per stance: precision over what was found with that stance, recall over the labels of it.
The said span is its own figure, over matches whose label marks one: right when the overlap covers >= 50%
of the labelled span and >= 50% of the found span (so a span running into the next sentence fails).
"verb only" (stance and verb, speaker ignored) is printed for information.

Splits: ``dev`` (what the rules are tuned on: the first dev files and the first held-out split's other files,
looked at since) and ``blind2`` (labelled by reading before the rules were run on it; its texts were also in
the first held-out split, whose rows on them are "retired" and never scored). Both print P and R per stance
and overall and the said-span figure, with OK/MISS against precision >= 0.85 and recall >= 0.75; blind2's
are the figures that count. Only dev lists what was missed and what was found extra (``--quiet`` drops
those lines, ``--show SPLIT`` prints them for another split too); ``--dev`` scores dev alone (for tuning, so that blind2 is not looked at).
``--external DIR`` also scores ``external2``, ``external3`` and ``external4``
(``attributions_external_labels.tsv``): news articles kept outside the repository, read from DIR by the file
names the labels give (several folders joined with ``:``, e.g. ``--external A:B``, are searched in turn); a
missing file or one whose SHA-1 is not the labelled one stops the bench with a message.

Speed: ``find_attributions`` on about 6,000 words of snn_001 (target <= 200 ms, shared with figures and
dates: the three together are timed too), with the ratio to a plain regex pass over the same text.

    /work/main/.venv/bin/python bench/assist_attributions.py
"""

from __future__ import annotations

import csv
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from benchlib import header, median, ms, summary, timed

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from factdesk.assist.attributions import Attribution, find_attributions  # noqa: E402

SHARED = REPO.parent / "shared"
LABELS = REPO / "tests" / "assist" / "data" / "attributions_labels.tsv"
STANCES = ("asserts", "denies", "reported")


@dataclass
class Tally:
    found: int = 0
    labelled: int = 0
    hits: int = 0
    verb_hits: int = 0
    said_n: int = 0
    said_ok: int = 0


EXTERNAL_LABELS = REPO / "tests" / "assist" / "data" / "attributions_external_labels.tsv"
EXTERNAL: dict[str, Path] = {}


def load(path: Path = LABELS) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def load_external(folders: list[Path]) -> list[dict[str, str]]:
    """The external labels, after checking that every text is in one of ``folders`` exactly as labelled."""
    import hashlib

    rows = load(EXTERNAL_LABELS)
    for r in rows:
        path = next((f / r["file"] for f in folders if (f / r["file"]).exists()), folders[0] / r["file"])
        if not path.exists():
            raise SystemExit(
                f"missing: {path} (item {r['item']} of {r['path']} in {r['repo']} at {r['commit']}, "
                "see the header of attributions_external_labels.tsv)"
            )
        sha = hashlib.sha1(path.read_text(encoding="utf-8").encode("utf-8")).hexdigest()
        if sha != r["sha1"]:
            raise SystemExit(f"{path}: SHA-1 {sha} is not the labelled text's {r['sha1']}")
        EXTERNAL[r["split"] + "/" + r["file"]] = path
        r["file"] = r["split"] + "/" + r["file"]
    return rows


def text_of(name: str) -> str:
    """The text the labels count in (see the label file's header)."""
    if name in EXTERNAL:
        return EXTERNAL[name].read_text(encoding="utf-8")
    if name.startswith("seeds/"):
        return (REPO / name).read_text(encoding="utf-8")
    path = SHARED.joinpath(*name.split("/"))
    if not path.exists():
        raise SystemExit(f"missing: {path} (the corpus is read from ../shared beside the repository)")
    if name.startswith(("corpus/encodings/", "corpus/html/")):
        from factdesk.importers import load as import_file

        return import_file(path, name="").text
    return path.read_text(encoding="utf-8")


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def matches(a: Attribution, r: dict[str, str], *, speaker: bool = True) -> bool:
    if a.stance != r["stance"] or not _overlap(
        a.verb_start, a.verb_end, int(r["verb_start"]), int(r["verb_end"])
    ):
        return False
    s0, s1 = int(r["speaker_start"]), int(r["speaker_end"])
    return not speaker or s0 < 0 or _overlap(a.speaker_start, a.speaker_end, s0, s1) > 0


def said_right(a: Attribution, r: dict[str, str]) -> bool:
    d0, d1 = int(r["said_start"]), int(r["said_end"])
    common = _overlap(a.said_start, a.said_end, d0, d1)
    return common >= 0.5 * (d1 - d0) and common >= 0.5 * max(1, a.said_end - a.said_start)


def pair(found: list[Attribution], labels: list[dict[str, str]], *, speaker: bool) -> list[tuple[int, int]]:
    used: set[int] = set()
    out = []
    for li, r in enumerate(labels):
        for k, a in enumerate(found):
            if k not in used and matches(a, r, speaker=speaker):
                used.add(k)
                out.append((li, k))
                break
    return out


def score(rows: list[dict[str, str]], show: bool) -> dict[str, Tally]:
    tally = {s: Tally() for s in ("all", *STANCES)}
    for name in sorted({r["file"] for r in rows}):
        text = text_of(name)
        found = find_attributions(text)
        labels = [r for r in rows if r["file"] == name and r["stance"] != "none"]
        hits = pair(found, labels, speaker=True)
        loose = pair(found, labels, speaker=False)
        for a in found:
            for key in ("all", a.stance):
                tally[key].found += 1
        for r in labels:
            for key in ("all", r["stance"]):
                tally[key].labelled += 1
        for li, _k in loose:
            for key in ("all", labels[li]["stance"]):
                tally[key].verb_hits += 1
        for li, k in hits:
            r = labels[li]
            for key in ("all", r["stance"]):
                tally[key].hits += 1
                if int(r["said_start"]) >= 0:
                    tally[key].said_n += 1
                    tally[key].said_ok += said_right(found[k], r)
        if show:
            tag = rows[0]["split"] if rows else "dev"
            got = {li for li, _ in hits}
            used = {k for _, k in hits}
            for li, r in enumerate(labels):
                if li not in got:
                    v0, v1 = int(r["verb_start"]), int(r["verb_end"])
                    print(f"   {tag} missed {name}:{v0} {r['stance']} {text[max(0, v0 - 30) : v1 + 40]!r}")
            for k, a in enumerate(found):
                if k not in used:
                    print(
                        f"   {tag} extra  {name}:{a.verb_start} {a.stance} {a.verb!r} speaker={a.speaker!r}"
                    )
            for li, k in hits:
                r = labels[li]
                if int(r["said_start"]) >= 0 and not said_right(found[k], r):
                    a = found[k]
                    print(f"   {tag} said   {name}:{a.verb_start} {text[a.said_start : a.said_end][:90]!r}")
    return tally


def main() -> None:
    quiet = "--quiet" in sys.argv
    header("assist: attributions")
    rows = load()
    splits: tuple[str, ...] = ("dev",) if "--dev" in sys.argv else ("dev", "blind2")
    if "--external" in sys.argv:
        n = sys.argv.index("--external")
        if n + 1 >= len(sys.argv):
            raise SystemExit("--external needs the folder that holds the external texts")
        external = load_external([Path(d) for d in sys.argv[n + 1].split(os.pathsep)])
        rows += external
        splits += tuple(sorted({r["split"] for r in external}))
    for split in splits:
        part = [r for r in rows if r["split"] == split]
        shown = split == "dev" or ("--show" in sys.argv and sys.argv[sys.argv.index("--show") + 1] == split)
        tally = score(part, show=shown and not quiet)
        files = len({r["file"] for r in part})
        for key, t in tally.items():
            p = t.hits / t.found if t.found else 0.0
            r = t.hits / t.labelled if t.labelled else 0.0
            what = f"{split} {key}" if key != "all" else split
            if key == "all":
                print(f"   {split}: {files} files, {t.labelled} labels, {t.found} found, {t.hits} matches")
                summary("assist_attributions", f"{what} precision", f"{p:.2f} ({t.hits}/{t.found})",
                        ">= 0.85", p >= 0.85)  # fmt: skip
                summary("assist_attributions", f"{what} recall", f"{r:.2f} ({t.hits}/{t.labelled})",
                        ">= 0.75", r >= 0.75)  # fmt: skip
                vp = t.verb_hits / t.found if t.found else 0.0
                vr = t.verb_hits / t.labelled if t.labelled else 0.0
                summary(
                    "assist_attributions", f"{what} verb only (P/R)", f"{vp:.2f} / {vr:.2f}", "info", None
                )
                sr = t.said_ok / t.said_n if t.said_n else 0.0
                summary("assist_attributions", f"{what} said span right (of matches)",
                        f"{sr:.2f} ({t.said_ok}/{t.said_n})", "info", None)  # fmt: skip
            else:
                summary("assist_attributions", f"{what} P / R",
                        f"{p:.2f} ({t.hits}/{t.found}) / {r:.2f} ({t.hits}/{t.labelled})", "info", None)  # fmt: skip

    words = (SHARED / "corpus" / "articles" / "snn_001.txt").read_text(encoding="utf-8").split(" ")
    text = " ".join((words * (6000 // len(words) + 1))[:6000])
    plain = re.compile(r"\b[وف]?(?:قال|قالت|أعلن|أعلنت|أكد|أكدت|نفى|نفت|بحسب|نقلت)\b")
    from factdesk.assist import attributions as rules_module
    from factdesk.assist.dates import find_dates
    from factdesk.assist.figures import find_figures

    # Cold: the word caches emptied first, as for the first article read after the program starts.
    for cached in (rules_module._norm, rules_module._prefix_len, rules_module._sentence_ends):
        cached.cache_clear()
    cold = timed(lambda: find_attributions(text))[0]
    t_rules, t_plain, t_all = [], [], []
    for _ in range(5):
        t_rules.append(timed(lambda: find_attributions(text))[0])
        t_plain.append(timed(lambda: list(plain.finditer(text)))[0])
        t_all.append(timed(lambda: (find_attributions(text), find_figures(text), find_dates(text)))[0])
    rules, base, both = median(t_rules), median(t_plain), median(t_all)
    print(f"   6,000 words: rules {ms(rules)}, plain regex {ms(base)}, with figures and dates {ms(both)}")
    summary("assist_attributions", "6,000-word article", f"{rules * 1000:.1f} ms", "<= 200 ms", rules <= 0.2)
    summary("assist_attributions", "6,000-word article, cold caches", f"{cold * 1000:.1f} ms", "<= 200 ms",
            cold <= 0.2)  # fmt: skip
    summary(
        "assist_attributions", "with figures and dates", f"{both * 1000:.1f} ms", "<= 200 ms", both <= 0.2
    )
    summary("assist_attributions", "ratio to a plain regex pass", f"{rules / base:.1f}x", "info", None)


if __name__ == "__main__":
    main()
