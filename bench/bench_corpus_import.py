"""Import speed through ``factdesk.importers.load``: the real corpus per format, and 1,000 files end to end.

1. Every file of ``../shared/corpus/`` (beside the repository) through ``load``, grouped by the format
   ``load`` found: files, bytes, seconds (median of a few rounds), MB/s. Word documents are added,
   written to a temporary folder with python-docx from the corpus articles' paragraphs, so that the
   document path is measured too. Nothing of the corpus is written into the repository.

2. 1,000 synthetic UTF-8 articles (title, blank line, paragraphs; words drawn from the corpus
   vocabulary by frequency) written as text files to a temporary folder, then:

   * product: ``load`` of every file, an ``ImportArticle`` for each, and ONE ``ops.Batch`` run into a
     fresh project (``Project.create``): reading, decoding, news conventions, folding, content hash,
     duplicate lookup, the rows, the search index and the journal;
   * baseline: a fresh project created the same way, then in one transaction ``executemany`` of
     exactly the rows the product wrote, read back from a product run before the timer: the
     ``articles`` rows, the ``article_search`` rows (folded title and body) and the journal's
     ``operations`` and ``history`` rows (the import is undoable, so those rows are part of it).
     After each baseline run every one of those tables holds as many rows as the product's.

   Target: the product within 3x of the baseline. The two are interleaved, medians reported. A speed
   goal is not a test: the script prints PASS or MISS and exits 0 either way.

    python bench/bench_corpus_import.py
"""

from __future__ import annotations

import collections
import io
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from factdesk.core import operations as ops
from factdesk.core.model import ARTICLE, FIELDS
from factdesk.importers import load
from factdesk.nlp.fold import fold
from factdesk.store.project import Project

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
N = 1_000
REPS = 5
CORPUS_ROUNDS = 3
TARGET = 3.0
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_WORD = re.compile(r"[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670]+")

clock = time.perf_counter


def verdict(ok: bool | None) -> str:
    return "INFO" if ok is None else "PASS" if ok else "MISS"


def summary(metric: str, value: str, target: str, ok: bool | None) -> None:
    print(f"{verdict(ok)}: {metric} = {value} (target: {target})")
    print("SUMMARY\t" + "\t".join(("corpus_import", metric, value, target, verdict(ok))), flush=True)


# --- 1. the corpus, per format -----------------------------------------------------------------------


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        sys.exit(f"{CORPUS} is missing: the benchmark reads the real corpus beside the repository")
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "README.md")


def word_documents(folder: Path) -> list[Path]:
    """The corpus articles as Word documents (one paragraph per line), in a temporary folder."""
    import docx

    made = []
    for source in sorted((CORPUS / "articles").glob("*.txt")):
        document = docx.Document()
        for line in load(source, name="").raw_text.split("\n"):
            document.add_paragraph(_XML_UNSAFE.sub("", line))  # XML cannot hold C0 controls
        target = folder / (source.stem + ".docx")
        document.save(str(target))
        made.append(target)
    return made


def per_format(files: list[Path]) -> None:
    by_format: dict[str, list[tuple[Path, bytes]]] = collections.defaultdict(list)
    for path in files:
        data = path.read_bytes()
        by_format[load(data, name=path.name).format].append((path, data))  # also warms every import
    print(f"   {'format':7} {'files':>5} {'bytes':>11} {'seconds':>9} {'MB/s':>7}")
    for fmt, items in sorted(by_format.items()):
        rounds = []
        for _ in range(CORPUS_ROUNDS):
            t = clock()
            for path, data in items:
                load(data, name=path.name)
            rounds.append(clock() - t)
        seconds = statistics.median(rounds)
        size = sum(len(data) for _, data in items)
        print(f"   {fmt:7} {len(items):5d} {size:11,d} {seconds:9.3f} {size / seconds / 1e6:7.2f}")
        summary(f"load corpus {fmt} ({len(items)} files)", f"{size / seconds / 1e6:.2f} MB/s", "-", None)


# --- 2. 1,000 files end to end --------------------------------------------------------------------------


def vocabulary() -> tuple[list[str], list[int]]:
    counts: collections.Counter[str] = collections.Counter()
    for path in sorted((CORPUS / "articles").glob("*.txt")):
        counts.update(_WORD.findall(path.read_text(encoding="utf-8")))
    words, weights = zip(*counts.most_common(), strict=True)
    return list(words), list(weights)


def synthetic_article(rng: random.Random, words: list[str], weights: list[int]) -> str:
    def sentence(low: int, high: int) -> str:
        picked = rng.choices(words, weights, k=rng.randint(low, high))
        if rng.random() < 0.3:
            picked.insert(rng.randrange(len(picked)), str(rng.randint(2, 2024)))
        return " ".join(picked)

    title = sentence(5, 12)
    paragraphs = [
        "، ".join(sentence(6, 18) for _ in range(rng.randint(1, 3))) + "." for _ in range(rng.randint(3, 12))
    ]
    return title + "\n\n" + "\n".join(paragraphs) + "\n"


def write_files(folder: Path) -> list[Path]:
    rng = random.Random(7)
    words, weights = vocabulary()
    paths = []
    for number in range(N):
        path = folder / f"article-{number:04d}.txt"
        path.write_text(synthetic_article(rng, words, weights), encoding="utf-8")
        paths.append(path)
    return paths


def to_operation(path: Path) -> ops.ImportArticle:
    result = load(path, name="")
    return ops.ImportArticle(
        text=result.text,
        title=result.title,
        author=result.author,
        place=result.place,
        published=result.published,
        outlet=result.outlet,
        url=result.url,
        language=result.language or "ar",
        origin=f"file:{path.name};encoding={result.encoding}",
    )


def product(folder: Path, paths: list[Path], k: int) -> float:
    project = Project.create(folder / f"product-{k}.factdesk")
    try:
        t = clock()
        project.run(ops.Batch(f"import {len(paths)} articles", [to_operation(path) for path in paths]))
        return clock() - t
    finally:
        project.close()


def batch_only(folder: Path, paths: list[Path], k: int) -> float:
    """The store's share: the same Batch with every file already loaded before the timer."""
    operations = [to_operation(path) for path in paths]
    project = Project.create(folder / f"batch-{k}.factdesk")
    try:
        t = clock()
        project.run(ops.Batch(f"import {len(paths)} articles", operations))
        return clock() - t
    finally:
        project.close()


#: The tables an import writes, with the columns the baseline inserts (rowids included, so that the
#: search index and the journal point where the product's do).
WRITTEN: dict[str, tuple[str, ...]] = {
    "articles": ("seq", *FIELDS[ARTICLE]),
    "article_search": ("rowid", "title", "body"),
    "operations": ("seq", "at", "name", "label", "direction", "target", "undone_by"),
    "history": ("seq", "op", "kind", "key", "action", "before", "after"),
}


def written_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row the product's import wrote into ``path``, table by table."""
    project = Project.open(path, backup=False)
    try:
        project.wait_for_check()
        return {
            table: project.conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
            for table, cols in WRITTEN.items()
        }
    finally:
        project.close()


def row_counts(project: Project) -> dict[str, int]:
    return {table: project.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in WRITTEN}


def baseline(
    folder: Path, rows: dict[str, list[tuple[object, ...]]], k: int, tables: tuple[str, ...] = tuple(WRITTEN)
) -> float:
    """``executemany`` of ``rows`` into a fresh project, one transaction; ``tables`` limits which."""
    project = Project.create(folder / f"baseline-{k}-{len(tables)}.factdesk")
    conn = project.conn
    try:
        t = clock()
        conn.execute("BEGIN IMMEDIATE")
        for table in tables:
            cols = WRITTEN[table]
            names = ", ".join(f'"{c}"' if c != "rowid" else c for c in cols)
            conn.executemany(
                f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(cols))})", rows[table]
            )
        conn.execute("COMMIT")
        elapsed = clock() - t
        counts = row_counts(project)
        assert counts == {table: len(rows[table]) if table in tables else 0 for table in WRITTEN}, counts
        return elapsed
    finally:
        project.close()


def end_to_end(folder: Path) -> None:
    paths = write_files(folder)
    size = sum(path.stat().st_size for path in paths)
    print(f"   {N:,} synthetic UTF-8 articles from the corpus vocabulary, {size / 1e6:.1f} MB")

    fold("warm up the fold table")
    product(folder, paths, -1)  # warm-up, not counted; its rows are what the baseline inserts
    rows = written_rows(folder / "product--1.factdesk")
    print(
        "   rows an import of them writes: " + ", ".join(f"{table} {len(r):,}" for table, r in rows.items())
    )

    t = clock()
    for path in paths:
        load(path, name="")
    loading = clock() - t
    print(
        f"   for reference: load() of all {N:,} files alone takes {loading * 1000:.0f} ms "
        f"({size / loading / 1e6:.1f} MB/s)"
    )

    prod, base, batch, data_only = [], [], [], []
    for k in range(REPS):
        prod.append(product(folder, paths, k))
        base.append(baseline(folder, rows, k))
        batch.append(batch_only(folder, paths, k))
        data_only.append(baseline(folder, rows, k, tables=("articles", "article_search")))
    p, b, only = statistics.median(prod), statistics.median(base), statistics.median(batch)
    without_journal = statistics.median(data_only)
    ratio = p / b
    print(
        f"   product  (load + one Batch of {N} ImportArticle): median {p * 1000:.0f} ms  "
        f"runs: {', '.join(f'{x * 1000:.0f}' for x in prod)} ms  ({N / p:,.0f} files/s)"
    )
    print(
        f"   baseline (executemany of the same rows, journal included): median {b * 1000:.0f} ms  "
        f"runs: {', '.join(f'{x * 1000:.0f}' for x in base)} ms  ({N / b:,.0f} rows/s)"
    )
    print(
        f"   of which the Batch alone (operations made before the timer): median {only * 1000:.0f} ms "
        f"= {only / b:.2f}x the baseline; load() and the operations: {(p - only) * 1000:.0f} ms"
    )
    summary(f"import {N:,} files, product/baseline", f"{ratio:.2f}x", f"<= {TARGET:.0f}x", ratio <= TARGET)
    print(
        f"   for reference: the baseline without the journal's rows (articles and search index only): "
        f"median {without_journal * 1000:.0f} ms; the product is {p / without_journal:.2f}x that"
    )
    summary(f"import {N:,} files, Batch alone/baseline", f"{only / b:.2f}x", "-", None)
    summary(
        f"import {N:,} files, product/baseline without journal rows", f"{p / without_journal:.2f}x", "-", None
    )
    summary(f"import {N:,} files, product time", f"{p:.3f} s", "-", None)
    if "--profile" in sys.argv:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        product(folder, paths, 99)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(30)
        print(out.getvalue())


def main() -> int:
    print("== bench_corpus_import: the corpus through load, and 1,000 files through load + one Batch")
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-corpus-") as tmp:
        folder = Path(tmp)
        print(f"-- the corpus, per format (median of {CORPUS_ROUNDS} rounds)")
        per_format(corpus_files() + word_documents(folder))
        print(f"-- {N:,} files end to end")
        end_to_end(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
