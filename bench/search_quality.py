"""Precision and recall of search over proclitic forms, on hand-judged queries over the corpus.

``search_labels.tsv`` lists, for each query, the words of the corpus that a search for it may
match (every word that some proclitic stripping, however loose, turns into the query) with a
hand judgement: 1 when the word is the query word with proclitics («بالمملكة» for «المملكة»), 0
when it is another word («كبار» for «بار», «بعيد» for «عيد», «لولا» for «ولا»). The labels are
words, not text: the articles are read from ``../shared/corpus/articles`` at run time.

The queries are split in two: ``dev`` (the stripping rules were tuned on it) and ``test`` (held
out, looked at only to report). The figures are over occurrences: the real pipeline imports
the articles into a fresh project, runs ``search_articles`` for each query and reads the word
under each hit. Each rule set of :mod:`factdesk.nlp.segment` is measured, the shipped one and
the others considered, plus search without forms (before issue 8).

    python bench/search_quality.py
"""

from __future__ import annotations

import collections
import re
import sys
import tempfile
from pathlib import Path

import synth

from factdesk.core import operations as ops
from factdesk.nlp import segment
from factdesk.nlp.fold import fold
from factdesk.store import search
from factdesk.store.project import Project

LABELS = Path(__file__).with_name("search_labels.tsv")
WORD = re.compile("[\u0621-\u064a]+")
NEVER = 99

# (name, MIN_STEM, MIN_STEM_AFTER_PREP)
RULES = [
    ("no forms (before)", NEVER, NEVER),
    ("article/conj >=3, no lone prep", 3, NEVER),
    ("article/conj >=3, lone prep >=4 (shipped)", 3, 4),
    ("article/conj >=3, lone prep >=3", 3, 3),
    ("article/conj >=2, lone prep >=2", 2, 2),
]


def load_labels() -> dict[str, dict[str, tuple[str, dict[str, int]]]]:
    """split -> query -> judged forms."""
    out: dict[str, dict[str, dict[str, int]]] = collections.defaultdict(dict)
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("split\t"):
            continue
        split, query, form, correct = line.split("\t")
        out[split].setdefault(query, {})[form] = int(correct)
    return out


def evaluate(
    project: Project,
    labels: dict[str, dict[str, int]],
    counts: collections.Counter[str],
    *,
    forms_only: bool = False,
) -> tuple[float, float, int, int, int, list[str]]:
    """Precision and recall over occurrences; ``forms_only`` leaves out the query word itself
    (what search found before forms existed), so the figures are about the forms alone."""
    tp = fp = relevant = 0
    unjudged: list[str] = []
    for query, judged in labels.items():
        relevant += sum(counts[f] for f, ok in judged.items() if ok and not (forms_only and f == query))
        for hit in search.search_articles(project.conn, query, limit=1000):
            text = project.conn.execute(
                "SELECT text FROM articles WHERE id = ?", (hit.article_id,)
            ).fetchone()[0]
            for a, b in hit.hits:
                word = "".join(WORD.findall(fold(text[a:b])))
                if forms_only and word == query:
                    continue
                ok = judged.get(word)
                if ok is None:
                    unjudged.append(f"{query}>{word}")
                    fp += 1
                elif ok:
                    tp += 1
                else:
                    fp += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / relevant if relevant else 1.0
    return precision, recall, tp, fp, relevant, unjudged


def main() -> int:
    files = sorted((synth.CORPUS / "articles").glob("*.txt"))
    if not files:
        print(f"search_quality: the shared corpus was not found at {synth.CORPUS}", file=sys.stderr)
        return 1
    labels = load_labels()
    saved = segment.MIN_STEM, segment.MIN_STEM_AFTER_PREP
    print(
        f"== search_quality: {sum(len(q) for q in labels.values())} hand-judged queries "
        f"({', '.join(f'{s}: {len(q)}' for s, q in sorted(labels.items()))}) over {len(files)} corpus articles"
    )
    print(
        f"   {'rules':44} {'split':18} {'precision':>9} {'recall':>7} {'hits':>6} {'wrong':>6} {'relevant':>8}"
    )
    try:
        for name, min_stem, min_prep in RULES:
            segment.MIN_STEM, segment.MIN_STEM_AFTER_PREP = min_stem, min_prep
            segment.forms.cache_clear()
            with tempfile.TemporaryDirectory(prefix="factdesk-quality-") as tmp:
                project = Project.create(Path(tmp) / "q.factdesk")
                project.run(
                    ops.Batch(
                        "import",
                        [ops.ImportArticle(f.read_text(encoding="utf-8"), title=f.stem) for f in files],
                    )
                )
                counts: collections.Counter[str] = collections.Counter()
                for (text,) in project.conn.execute("SELECT text FROM articles"):
                    counts.update(WORD.findall(fold(text)))
                for split, forms_only in (("dev", False), ("test", False), ("dev", True), ("test", True)):
                    p, r, tp, fp, rel, unjudged = evaluate(
                        project, labels[split], counts, forms_only=forms_only
                    )
                    label = split + (" (forms only)" if forms_only else "")
                    print(f"   {name:44} {label:18} {p:9.3f} {r:7.3f} {tp + fp:6} {fp:6} {rel:8}")
                    if unjudged:
                        print(f"      unjudged (counted wrong): {' '.join(sorted(set(unjudged))[:20])}")
                project.close()
    finally:
        segment.MIN_STEM, segment.MIN_STEM_AFTER_PREP = saved
        segment.forms.cache_clear()
    return 0


if __name__ == "__main__":
    sys.exit(main())
