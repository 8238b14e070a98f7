"""Import speed: 1,000 synthetic articles in one ``Batch`` of ``ImportArticle`` against raw SQL.

Product: ``Project.run(Batch("import", [ImportArticle(...)] * 1000))`` into a fresh project:
content hash and duplicate lookup, the row, its search index entry (folded, forms, exact),
the journal (``operations`` and ``history``), all in one ``BEGIN IMMEDIATE`` transaction.

Baseline: a fresh project created the same way (same PRAGMAs: WAL, synchronous=FULL), then in
one transaction ``executemany`` of exactly the same ``articles`` rows (same columns and values)
and of the ``article_search`` rows, whose columns (``search.article_row``: folded title and body,
their proclitic forms, their exact spelling) are computed before the timer.

Target: the product within 3x of the baseline. Each repetition uses fresh project files; the
two are interleaved and the median is reported.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import random
import sys
import tempfile
from pathlib import Path

from benchlib import clock, header, median, ms, summary
from synth import synthetic_article, vocabulary

from factdesk.core import operations as ops
from factdesk.core.model import ARTICLE, FIELDS
from factdesk.nlp.fold import fold
from factdesk.store.project import Project
from factdesk.store.search import article_row

N = 1_000
REPS = 5
TARGET = 3.0


class _Nothing:
    """A reader of an empty project: lets ``ImportArticle.plan`` produce the exact row."""

    def get(self, kind: str, key: str) -> None:
        return None

    def find(self, kind: str, field: str, value: object) -> list[object]:
        return []


def product(folder: Path, articles: list[ops.ImportArticle], k: int) -> float:
    project = Project.create(folder / f"product-{k}.factdesk")
    try:
        t = clock()
        project.run(ops.Batch("import", articles))
        return clock() - t
    finally:
        project.close()


def baseline(folder: Path, rows: list[list[object]], search_rows: list[tuple[object, ...]], k: int) -> float:
    project = Project.create(folder / f"baseline-{k}.factdesk")
    conn = project.conn
    cols = ", ".join(f'"{c}"' for c in FIELDS[ARTICLE])
    insert = f"INSERT INTO articles ({cols}) VALUES ({', '.join('?' * len(FIELDS[ARTICLE]))})"
    try:
        t = clock()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(insert, rows)
        conn.executemany(
            "INSERT INTO article_search (rowid, title, body, title_forms, body_forms, title_exact, "
            "body_exact) VALUES (?, ?, ?, ?, ?, ?, ?)",
            search_rows,
        )
        conn.execute("COMMIT")
        return clock() - t
    finally:
        project.close()


def main() -> int:
    header(f"bench_import: {N:,} articles through ImportArticle vs raw executemany")
    rng = random.Random(42)
    vocab = vocabulary()
    articles = [synthetic_article(rng, vocab) for _ in range(N)]
    chars = sum(len(a.text) for a in articles)
    words = sum(len(a.text.split()) for a in articles)
    print(
        f"   {N:,} articles, {words:,} words, {chars / 1e6:.1f} M characters "
        f"({sum(len(a.text.encode()) for a in articles) / 1e6:.1f} MB UTF-8)"
    )

    # The baseline's rows: exactly what the operation would insert, and the folded index rows.
    fold("warm up the fold table")
    nothing = _Nothing()
    rows, search_rows = [], []
    for seq, art in enumerate(articles, start=1):
        row = art.plan(nothing)[0].after
        assert row is not None
        rows.append([row[c] for c in FIELDS[ARTICLE]])
        search_rows.append((seq, *article_row(str(row["title"]), str(row["text"]))))

    t = clock()
    for art in articles:
        fold(art.title)
        fold(art.text)
    print(
        f"   for reference: folding all titles and bodies alone takes {ms(clock() - t).strip()}, "
        "making all the search columns (folded, forms, exact) takes ",
        end="",
    )
    t = clock()
    for art in articles:
        article_row(art.title, art.text)
    print(f"{ms(clock() - t).strip()} (inside the product's timer, outside the baseline's)")

    prod, base = [], []
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-import-") as tmp:
        folder = Path(tmp)
        product(folder, articles, -1)  # warm-up (imports, caches), not counted
        for k in range(REPS):
            prod.append(product(folder, articles, k))
            base.append(baseline(folder, rows, search_rows, k))
        p, b = median(prod), median(base)
        ratio = p / b
        print(
            f"   product  (Project.run Batch of {N} ImportArticle): median {ms(p)}  "
            f"runs: {', '.join(f'{x * 1000:.0f}' for x in prod)} ms  ({N / p:,.0f} articles/s)"
        )
        print(
            f"   baseline (executemany articles + article_search) : median {ms(b)}  "
            f"runs: {', '.join(f'{x * 1000:.0f}' for x in base)} ms  ({N / b:,.0f} articles/s)"
        )
        print(f"   ratio product/baseline: {ratio:.2f}x")
        ok = ratio <= TARGET
        if not ok or "--profile" in sys.argv:
            prof = cProfile.Profile()
            project = Project.create(folder / "profiled.factdesk")
            prof.enable()
            project.run(ops.Batch("import", articles))
            prof.disable()
            project.close()
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(25)
            print("   cProfile of one product run (cumulative):")
            print(out.getvalue())
    summary("import", f"import {N:,} articles, product/baseline", f"{ratio:.2f}x", f"<= {TARGET:.0f}x", ok)
    summary("import", f"import {N:,} articles, product time", f"{p:.3f} s", "-", None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
