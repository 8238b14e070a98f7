"""The external blind set of figures and dates (``tests/assist/data/figures_dates_external_labels.tsv``).

News texts from outside the shared corpus, labelled by reading before the rules were run on them. The texts are
not in the repository (their licence is not ours): the file records, for each, the repository, commit, path and
entry it came from and the SHA-1 of the text; the benches read them from a folder given on the command line
(``--external DIR``, optionally ``--split NAME`` for one set: ``ahd22``, ``external_b``), check each SHA-1, and stop with a message naming the file when one is missing or differs,
so a text is never left out silently. A one-off measurement (CI cannot fetch the texts): not a test.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field
from pathlib import Path

LABELS = (
    Path(__file__).resolve().parents[1] / "tests" / "assist" / "data" / "figures_dates_external_labels.tsv"
)
TARGET_P, TARGET_R = 0.95, 0.9


@dataclass
class Text:
    name: str
    text: str
    source: str
    figures: list[tuple[int, int, float, str]] = field(default_factory=list)  # start, end, value, kind
    dates: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, date, kind


def option(argv: list[str]) -> Path | None:
    """The folder after ``--external``, or None; exits with a message when the option has no folder."""
    if "--external" not in argv:
        return None
    i = argv.index("--external")
    if i + 1 >= len(argv) or argv[i + 1].startswith("--"):
        sys.exit("--external needs the folder holding the external texts (see " + LABELS.name + ")")
    return Path(argv[i + 1])


def split_option(argv: list[str]) -> str | None:
    """The split after ``--split`` (``ahd22``, ``external_b``, ...), or None for every split."""
    if "--split" not in argv:
        return None
    i = argv.index("--split")
    if i + 1 >= len(argv) or argv[i + 1].startswith("--"):
        sys.exit("--split needs a split name (the last column of " + LABELS.name + ")")
    return argv[i + 1]


def load(folder: Path, split: str | None = None) -> list[Text]:
    """Every labelled text of ``split`` (all when None), read from ``folder`` and checked against its SHA-1."""
    rows = [
        line.split("\t")
        for line in LABELS.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith(("#", "type\t"))
    ]
    if split is not None:
        rows = [row for row in rows if row[-1] == split]
        if not rows:
            sys.exit(f"no split {split!r} in {LABELS.name}")
    texts: dict[str, Text] = {}
    problems: list[str] = []
    for row in rows:
        if row[0] != "text":
            continue
        name, sha1, source = row[1], row[9], row[10]
        path = folder / name
        if not path.is_file():
            problems.append(f"missing: {path} (from {source})")
            continue
        data = path.read_bytes()
        if hashlib.sha1(data).hexdigest() != sha1:
            problems.append(f"changed: {path} has SHA-1 {hashlib.sha1(data).hexdigest()}, labelled {sha1}")
            continue
        texts[name] = Text(name, data.decode("utf-8"), source)
    if problems:
        sys.exit(
            "the external blind set cannot be measured; every labelled text is needed:\n  "
            + "\n  ".join(problems)
            + f"\n(each text's source and how it was cut are in {LABELS})"
        )
    for row in rows:
        kind, name = row[0], row[1]
        if kind == "text":
            continue
        text = texts[name]
        start, end = int(row[2]), int(row[3])
        surface_sha = hashlib.sha1(text.text[start:end].encode("utf-8")).hexdigest()[:10]
        if surface_sha != row[9]:
            sys.exit(f"{name}:{start}-{end} now reads {text.text[start:end]!r}: not the labelled words")
        if kind == "figure":
            text.figures.append((start, end, float(row[4]), row[6]))
        else:
            text.dates.append((start, end, row[7], row[6]))
    return list(texts.values())


def verdict(value: float, target: float) -> str:
    return "OK  " if value >= target else "MISS"


def spans_aside(
    found: list[tuple[int, int, object]], labels: list[tuple[int, int, object]], same: object = None
) -> tuple[int, int]:
    """For information beside the strict measure: how many finds overlap a label with the same value (or date,
    when both carry one), and how many labels such a find overlaps: a find whose ends only differ from the
    label's (an article, a glued letter, a qualifier kept or not) counts here, a wrong find does not."""

    def agree(f: tuple[int, int, object], lab: tuple[int, int, object]) -> bool:
        if f[0] >= lab[1] or lab[0] >= f[1]:
            return False
        a, b = f[2], lab[2]
        if isinstance(a, float | int) and isinstance(b, float | int):
            return abs(a - b) <= 1e-6 * max(1.0, abs(b))
        return a in (None, "-") or b in (None, "-") or a == b

    return sum(any(agree(f, lab) for lab in labels) for f in found), sum(
        any(agree(f, lab) for f in found) for lab in labels
    )
