"""Has this been fact-checked already? Matching quality and speed of factdesk.assist.factchecks.

Builds synthetic fact-check items from sentences of the shared corpus (../shared/corpus/articles;
nothing is written to the repository), perturbs a held-out sample of claims the way people retype
them (ة/ه ى/ي أ/ا, proclitics و/ب/ل added or removed, one word dropped or added, words reordered)
and reports top-1/top-3 accuracy, time per query on 10,000 items and reading time for 10,000
items as JSON. Targets: top-3 ≥ 0.9, median and 95th percentile ≤ 50 ms.

Twice: in memory (:class:`FactCheckIndex`), and against the library stored in a project (the
10,000 items imported by one ``ImportFactChecks`` operation, then matched through
:func:`factdesk.app.factchecks.match`: the store's FTS5 index picks 50 candidates, RapidFuzz
reranks them). The stored matching is shown with its ratio to a baseline measured in the same run:
one plain FTS5 query of the query's folded words (no proclitic forms, no rerank) on the same table.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

from benchlib import clock, header, ms, summary

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's factdesk

from factdesk.assist.factchecks import FactCheck, FactCheckIndex, read_factchecks
from factdesk.nlp.fold import fold

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "articles"
N_ITEMS = 10_000
N_QUERIES = 300
PUBLISHERS = ["مسبار", "فتبينوا", "AFP عربي", "تأكد", "صحيح مصر", "Misbar", "Fatabyyano"]
RATINGS = ["مضلل", "زائف", "صحيح", "غير دقيق", "False", "Misleading", "نصف صحيح", "ملفق"]
_SENT = re.compile(r"[^.!؟?\n]+")


def sentences(files: list[Path] | None = None) -> list[str]:
    files = sorted(CORPUS.glob("*.txt")) if files is None else files
    if not files:
        sys.exit(f"no corpus articles under {CORPUS}")
    out: list[str] = []
    for f in files:
        for s in _SENT.findall(f.read_text(encoding="utf-8")):
            words = s.split()
            if 8 <= len(words) <= 30:
                out.append(" ".join(words))
    return sorted(set(out))


def make_items(sents: list[str], n: int, rng: random.Random) -> list[FactCheck]:
    """n items: the corpus sentences, then recombined halves of them (plausible near-duplicates)."""
    claims = list(sents)
    while len(claims) < n:
        a, b = rng.sample(sents, 2)
        wa, wb = a.split(), b.split()
        claims.append(" ".join(wa[: len(wa) // 2] + wb[len(wb) // 2 :]))
    claims = claims[:n]
    return [
        FactCheck(
            claim_text=c,
            url=f"https://example.org/check/{i}",
            publisher=rng.choice(PUBLISHERS),
            rating=rng.choice(RATINGS),
        )
        for i, c in enumerate(claims)
    ]


_SWAPS = [("ة", "ه"), ("ه", "ة"), ("ى", "ي"), ("ي", "ى"), ("أ", "ا"), ("ا", "أ"), ("إ", "ا")]


def perturb(text: str, rng: random.Random, filler: list[str]) -> tuple[str, str]:
    words = text.split()
    kind = rng.choice(["spelling", "proclitic", "drop", "add", "reorder"])
    if kind == "spelling":
        for _ in range(3):
            i = rng.randrange(len(words))
            a, b = rng.choice(_SWAPS)
            words[i] = words[i].replace(a, b)
    elif kind == "proclitic":
        for _ in range(2):
            i = rng.randrange(len(words))
            w = words[i]
            if w[:1] in "وبل" and len(w) > 4:
                words[i] = w[1:]
            else:
                words[i] = rng.choice("وبل") + w
    elif kind == "drop":
        del words[rng.randrange(len(words))]
    elif kind == "add":
        words.insert(rng.randrange(len(words) + 1), rng.choice(filler))
    else:
        i = rng.randrange(len(words) - 3)
        words[i : i + 4] = [words[i + 2], words[i + 3], words[i], words[i + 1]]
    return " ".join(words), kind


def main() -> None:
    header("assist: has this been fact-checked already?")
    rng = random.Random(11)
    sents = sentences()
    items = make_items(sents, N_ITEMS, rng)
    print(f"   {len(sents)} corpus sentences of 8-30 words, {len(items)} items")

    payload = json.dumps(
        {"claims": [{"text": it.claim_text, "claimReview": [{"url": it.url, "textualRating": it.rating,
                     "publisher": {"name": it.publisher}}]} for it in items]},
        ensure_ascii=False,
    ).encode("utf-8")  # fmt: skip
    t = clock()
    read = read_factchecks(payload, "export.json")
    t_read = clock() - t
    assert len(read.items) == N_ITEMS
    summary("assist_factchecks", "read 10,000 items (JSON)", ms(t_read).strip(), "≤ 1 s", t_read <= 1.0)

    t = clock()
    index = FactCheckIndex(items)
    t_index = clock() - t
    summary("assist_factchecks", "index 10,000 items", ms(t_index).strip(), "info", None)

    filler = [w for s in rng.sample(sents, 50) for w in s.split()][:200]
    sample = rng.sample(range(min(len(sents), N_ITEMS)), N_QUERIES)
    queries = [(i, *perturb(items[i].claim_text, rng, filler)) for i in sample]
    _accuracy("in memory", queries, items, lambda q: [m.item.url for m in index.match(q, limit=3)])
    stored(items, queries)
    false_alarms(rng)


def false_alarms(rng: random.Random) -> None:
    """How often a claim the library does NOT hold still shows a "close" fact-check (a score at or over
    the window's threshold, ``app.factchecks.MIN_SCORE``), and how often a retyped claim it does
    hold clears it. The library: the sentences of the first half of the corpus articles; the
    unrelated claims: sentences of the other half (same newspapers, same years, many shared
    names); the held ones: perturbed as above."""
    from factdesk.app.factchecks import MIN_SCORE

    files = sorted(CORPUS.glob("*.txt"))
    half = len(files) // 2
    held, other = sentences(files[:half]), sentences(files[half:])
    items = make_items(held, len(held), rng)
    index = FactCheckIndex(items)
    filler = [w for s in rng.sample(held, 50) for w in s.split()][:200]
    unrelated = rng.sample(other, min(200, len(other)))
    alarms = sum(
        bool(index.match(q, limit=1)) and index.match(q, limit=1)[0].score >= MIN_SCORE for q in unrelated
    )
    kept = 0
    picks = rng.sample(range(len(items)), min(200, len(items)))
    for i in picks:
        query, _kind = perturb(items[i].claim_text, rng, filler)
        kept += any(m.item.url == items[i].url and m.score >= MIN_SCORE for m in index.match(query, limit=3))
    bench = "assist_factchecks"
    print(f"   -- threshold {MIN_SCORE:.0f}: library of {len(items)} sentences of {half} articles, "
          f"{len(unrelated)} unrelated sentences of the other {len(files) - half}")  # fmt: skip
    rate = alarms / len(unrelated)
    summary(bench, "unrelated claims shown a 'close' fact-check", f"{rate:.3f} ({alarms}/{len(unrelated)})",
            "≤ 0.05", rate <= 0.05)  # fmt: skip
    summary(bench, "retyped held claims over the threshold", f"{kept / len(picks):.3f}", "≥ 0.9",
            kept / len(picks) >= 0.9)  # fmt: skip


def _accuracy(
    where: str, queries: list[tuple[int, str, str]], items: list[FactCheck], find: Callable[[str], list[str]]
) -> list[float]:
    """top-1/top-3 and time per query of ``find`` (the urls found, best first); the times."""
    top1 = top3 = 0
    times: list[float] = []
    by_kind: dict[str, list[int]] = {}
    for i, query, kind in queries:
        t = clock()
        urls = find(query)
        times.append(clock() - t)
        hit1 = bool(urls) and urls[0] == items[i].url
        hit3 = items[i].url in urls[:3]
        top1 += hit1
        top3 += hit3
        by_kind.setdefault(kind, [0, 0])
        by_kind[kind][0] += hit3
        by_kind[kind][1] += 1
    n = len(queries)
    print(f"   -- {where}")
    for kind, (ok, tot) in sorted(by_kind.items()):
        print(f"   {kind:10s} top-3 {ok}/{tot}")
    bench = "assist_factchecks"
    summary(bench, f"top-1 accuracy ({where})", f"{top1 / n:.3f}", "info", None)
    summary(bench, f"top-3 accuracy ({where})", f"{top3 / n:.3f}", "≥ 0.9", top3 / n >= 0.9)
    med = statistics.median(times)
    p95 = sorted(times)[int(0.95 * (n - 1))]
    summary(bench, f"median per query, 10,000 items ({where})", ms(med).strip(), "≤ 50 ms", med <= 0.05)
    summary(bench, f"95th percentile per query ({where})", ms(p95).strip(), "≤ 50 ms", p95 <= 0.05)
    return times


def stored(items: list[FactCheck], queries: list[tuple[int, str, str]]) -> None:
    """The same items imported into a project by one operation, matched through the app workflow."""
    import tempfile

    from factdesk.app import factchecks as library
    from factdesk.assist.factchecks import ReadResult
    from factdesk.store.project import Project

    bench = "assist_factchecks"
    with tempfile.TemporaryDirectory() as folder:
        project = Project.create(Path(folder) / "library.factdesk")
        try:
            op = library.import_operation(ReadResult(tuple(items)), origin="bench")
            t = clock()
            project.run(op)
            t_import = clock() - t
            assert len(op.added) == N_ITEMS, len(op.added)
            summary(bench, "import 10,000 items into a project (one operation)", ms(t_import).strip(),
                    "≤ 10 s", t_import <= 10)  # fmt: skip
            again = library.import_operation(ReadResult(tuple(items[:1000])))
            t = clock()
            project.run(again)
            t_again = clock() - t
            assert len(again.duplicates) == 1000 and not again.added
            summary(
                bench, "re-import 1,000 items already there (all skipped)", ms(t_again).strip(), "info", None
            )

            reader = project.read
            library.match(reader, "تسخين الذاكرة المؤقتة", limit=3)  # the first query opens the reader
            ours = _accuracy("stored in the project", queries, items,
                             lambda q: [m.item.url for m in library.match(reader, q, limit=3)])  # fmt: skip
            conn = project.conn
            base: list[float] = []
            for _i, query, _kind in queries:
                words = " OR ".join('"' + w + '"' for w in re.findall(r"[^\W_]+", fold(query)))
                t = clock()
                conn.execute(
                    "SELECT rowid FROM factcheck_search WHERE factcheck_search MATCH ? ORDER BY rank LIMIT 50",
                    (words,),
                ).fetchall()
                base.append(clock() - t)
            med, med_base = statistics.median(ours), statistics.median(base)
            print(f"   plain FTS5 query of the folded words (baseline): median {ms(med_base).strip()}")
            summary(
                bench, "stored matching / plain FTS5 query (medians)", f"{med / med_base:.1f}x", "info", None
            )
        finally:
            project.close()


if __name__ == "__main__":
    main()
