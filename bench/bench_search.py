"""Search speed over the 10,000-article synthetic project.

Product: ``search_articles(conn, q, limit=20)``: the query folded and rebuilt as a safe FTS5
expression, the FTS5 query joined to ``articles``, ``highlight()`` of title and body, then each
hit mapped back to exact code-point ranges of the original text and a snippet built around the
first hit (that mapping is the product, so it is inside the timer).

Baseline: ``SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT 20``
with the already-folded expression (``build_match`` computed outside the timer), on the same
connection.

The queries are chosen from the corpus vocabulary at run time (the same words the generator
samples), by rule: the most common word, a common content word, a middling word, a rare one,
an AND of two, a phrase (the corpus' most frequent long-word bigram), an OR, a prefix, a
negation, spellings that differ from the text in hamza or taa marbuta, and the exact-spelling
switch (``exact=True``, measured against the same raw statement with its own expression). Every
word query also matches the word's proclitic forms (``body_forms``), in both product and baseline.

Target: the product within 2x of the baseline overall (sum of the per-query medians).
"""

from __future__ import annotations

import cProfile
import io
import pstats
import sys
import tempfile

import synth
from benchlib import clock, header, median, summary

from factdesk.store.project import Project
from factdesk.store.search import build_match, count_articles, search_articles

REPS = 7
LIMIT = 20
TARGET = 2.0
EXACT = "exact:"  # a label prefix: the query runs with exact=True
RAW = "SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT 20"

_MARKS = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670"}


def _plain(w: str) -> bool:
    return not any(ch in _MARKS for ch in w)


def pick_queries(v: synth.Vocabulary) -> list[tuple[str, str]]:
    words = [w for w in v.words if _plain(w)]
    base = [w for w in words if v.counts.get(w)]
    derived = [w for w in words if not v.counts.get(w)]
    top = words[:400]
    common = words[0]
    content = next(w for w in top if w.startswith("ال") and len(w) >= 5)
    middling = next(w for w in words[300:] if len(w) >= 5)
    rare = next(w for w in reversed(base) if len(w) >= 6)
    rarest = derived[-1]
    hamza = next(w for w in top if w[0] in "أإ" and len(w) >= 5)
    taa = next(w for w in top if w.endswith("ة") and len(w) >= 5 and w != content)
    both = next(w for w in words if any(c in "أإ" for c in w) and w.endswith("ة") and len(w) >= 6)
    stem = next(w for w in top if len(w) >= 5 and not w.startswith("ال") and w not in (hamza, taa))
    a, b = next(p for p in v.bigrams if len(p[0]) >= 4 and len(p[1]) >= 4)
    fold_ha = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})
    return [
        ("most common word", common),
        ("common content word", content),
        ("middling word", middling),
        ("rare word", rare),
        ("very rare word", rarest),
        ("two words (AND)", f"{content} {middling}"),
        ("phrase", f'"{a} {b}"'),
        ("OR", f"{rare} OR {middling}"),
        ("prefix", stem[:4] + "*"),
        ("negation", f"{content} -{middling}"),
        ("hamza written as bare alef", hamza.translate(fold_ha)),
        ("taa marbuta written as haa", taa[:-1] + "ه"),
        ("hamza and taa marbuta variant", both.translate(fold_ha)[:-1] + "ه"),
        ("exact spelling (--exact)", EXACT + taa),
    ]


def main() -> int:
    header("bench_search: search_articles(limit=20) vs raw FTS5 MATCH ... ORDER BY rank LIMIT 20")
    source = synth.cached(*synth.BIG)
    queries = pick_queries(synth.vocabulary())
    rows = []
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-search-") as tmp:
        path = synth.working_copy(source, tmp)
        project = Project.open(path, backup=False)
        project.wait_for_check()  # the background check would otherwise share the 2 CPUs
        conn = project.conn
        n_articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        print(
            f"   project: {n_articles:,} articles ({path.stat().st_size / 1e6:.0f} MB); "
            f"{REPS} repetitions per query, medians; limit {LIMIT}"
        )
        print(f"   {'query':32} {'typed':28} {'matches':>7} {'product':>10} {'baseline':>10} {'ratio':>7}")
        for label, typed in queries:
            exact = typed.startswith(EXACT)
            q = typed.removeprefix(EXACT)
            expr = build_match(q, exact=exact)
            assert expr is not None
            matches = count_articles(conn, q, exact=exact)
            search_articles(conn, q, limit=LIMIT, exact=exact)  # warm-up
            conn.execute(RAW, (expr,)).fetchall()
            prod, base = [], []
            hits = 0
            for _ in range(REPS):
                t = clock()
                res = search_articles(conn, q, limit=LIMIT, exact=exact)
                prod.append(clock() - t)
                t = clock()
                raw = conn.execute(RAW, (expr,)).fetchall()
                base.append(clock() - t)
                hits = len(res)
            if len(raw) != hits:
                print(f"   warning: {q!r}: search_articles returned {hits} hits, the raw query {len(raw)}")
            p, b = median(prod), median(base)
            rows.append((label, q, expr, matches, hits, p, b))
            mark = "" if p / b <= TARGET else "  > 2x"
            print(
                f"   {label:32} {q:28} {matches:7,} {p * 1000:7.2f} ms {b * 1000:7.2f} ms "
                f"{p / b:6.2f}x{mark}",
                flush=True,
            )
        total_p = sum(r[5] for r in rows)
        total_b = sum(r[6] for r in rows)
        ratio = total_p / total_b
        geo = 1.0
        for r in rows:
            geo *= r[5] / r[6]
        geo **= 1 / len(rows)
        within = sum(1 for r in rows if r[5] / r[6] <= TARGET)
        print(
            f"   overall: product {total_p * 1000:.1f} ms, baseline {total_b * 1000:.1f} ms for the "
            f"{len(rows)} queries; ratio of sums {ratio:.2f}x, geometric mean of ratios {geo:.2f}x; "
            f"{within}/{len(rows)} queries within {TARGET:.0f}x"
        )
        ok = ratio <= TARGET
        if not ok or "--profile" in sys.argv:
            profile(conn, queries)
        project.close()
    summary(
        "search", f"search ({len(rows)} queries), product/baseline", f"{ratio:.2f}x", f"<= {TARGET:.0f}x", ok
    )
    summary("search", "search, queries within 2x", f"{within}/{len(rows)}", "-", None)
    slowest = max(rows, key=lambda r: r[5])
    summary(
        "search", "search, slowest query (product)", f"{slowest[5] * 1000:.1f} ms ({slowest[0]})", "-", None
    )
    return 0


def profile(conn, queries: list[tuple[str, str]]) -> None:
    prof = cProfile.Profile()
    prof.enable()
    for _label, typed in queries:
        for _ in range(3):
            search_articles(conn, typed.removeprefix(EXACT), limit=LIMIT, exact=typed.startswith(EXACT))
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(14)
    print("   cProfile of 3 rounds of the product queries (by own time):")
    print(out.getvalue())
    # Where the SQL part goes: the same statement as search_articles with and without highlight().
    sql_full = """SELECT a.id, a.title, a.outlet, a.published, a.text,
                         highlight(article_search, 0, char(1), char(2)),
                         highlight(article_search, 1, char(1), char(2))
                  FROM article_search JOIN articles a ON a.seq = article_search.rowid
                  WHERE article_search MATCH ? ORDER BY rank LIMIT 20"""
    sql_join = """SELECT a.id, a.title, a.outlet, a.published, a.text
                  FROM article_search JOIN articles a ON a.seq = article_search.rowid
                  WHERE article_search MATCH ? ORDER BY rank LIMIT 20"""
    print("   query plan of search_articles' statement:")
    for r in conn.execute("EXPLAIN QUERY PLAN " + sql_full, ("x",)):
        print("     ", r[-1])
    t_raw = t_join = t_full = t_py = 0.0
    for _label, typed in queries:
        q = typed.removeprefix(EXACT)
        expr = build_match(q, exact=typed.startswith(EXACT))
        for sql in (RAW, sql_join, sql_full):
            conn.execute(sql, (expr,)).fetchall()
        xs = {RAW: [], sql_join: [], sql_full: []}
        for _ in range(5):
            for sql in xs:
                t = clock()
                conn.execute(sql, (expr,)).fetchall()
                xs[sql].append(clock() - t)
        t_raw += median(xs[RAW])
        t_join += median(xs[sql_join])
        t_full += median(xs[sql_full])
        ps = []
        for _ in range(5):
            t = clock()
            search_articles(conn, q, limit=LIMIT, exact=typed.startswith(EXACT))
            ps.append(clock() - t)
        t_py += median(ps)
    print(
        f"   split of the product time over all queries (sum of medians): raw FTS {t_raw * 1000:.1f} ms; "
        f"+ join to articles and reading their text {(t_join - t_raw) * 1000:.1f} ms; "
        f"+ highlight() of title and body {(t_full - t_join) * 1000:.1f} ms; "
        f"+ Python (parse/fold query, locate, fold_with_map, snippet) {(t_py - t_full) * 1000:.1f} ms; "
        f"total {t_py * 1000:.1f} ms"
    )


if __name__ == "__main__":
    sys.exit(main())
