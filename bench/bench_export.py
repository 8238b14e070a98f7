"""CSV export speed: the verified-claim report of 10,000 claims.

Product: ``write_csv_report(queries.report(conn), path)``: the report's three SQL queries
(appearances, evidence, claims with their verdicts), one ``ClaimReport`` per claim, every cell
sanitised (``report_row``: formula guard, bidi and control characters), written through
``csv.writer`` into a temporary file that is fsynced and atomically renamed over ``path``.

Baseline: ``csv.writer`` (same dialect: QUOTE_MINIMAL, CRLF, UTF-8 with BOM) writing the same
rows (the ``report_row(r)`` lists, materialised before the timer) to a plain file.

Target: the product within 3x of the baseline.
"""

from __future__ import annotations

import cProfile
import csv
import io
import os
import pstats
import sys
import tempfile
from pathlib import Path

import synth
from benchlib import clock, header, median, ms, summary

from factdesk.exporters.csv_report import csv_columns, report_row, write_csv_report
from factdesk.store import queries
from factdesk.store.project import Project

REPS = 5
TARGET = 3.0


def baseline(rows: list[list[object]], path: Path) -> float:
    t = clock()
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(csv_columns())
        writer.writerows(rows)
    return clock() - t


def raw_pipeline(conn, path: Path) -> float:
    """A naive exporter for comparison: the same data read with plain SQL, joined per claim with
    plain Python, written by csv.writer; no report records, no cleaning of cells."""
    t = clock()
    arts = {r[0]: r[1:] for r in conn.execute("SELECT id, title, outlet, published FROM articles")}
    apps: dict[str, list] = {}
    for cid, aid, quote, role in conn.execute(
        "SELECT p.claim_id, s.article_id, s.quote, p.role FROM appearances p JOIN spans s ON s.id = p.span_id"
    ):
        apps.setdefault(cid, []).append((*arts[aid], quote, role))
    evs: dict[str, list] = {}
    for row in conn.execute(
        "SELECT e.claim_id, s.title, s.url, e.stance, e.note FROM evidence e "
        "JOIN sources s ON s.id = e.source_id"
    ):
        evs.setdefault(row[0], []).append(row[1:])
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(csv_columns())
        for r in conn.execute(
            "SELECT c.id, c.text, v.label_ar, v.label_en, v.rating_value, c.rationale, "
            "c.reviewer, coalesce(c.reviewed_at, ''), c.created, c.modified "
            "FROM claims c JOIN verdicts v ON v.key = c.verdict ORDER BY c.seq"
        ):
            a, e = apps.get(r[0], ()), evs.get(r[0], ())
            writer.writerow(
                [
                    *r[:8],
                    len(a),
                    *("\n".join(str(x[i]) for x in a) for i in range(5)),
                    *("\n".join(str(x[i]) for x in e) for i in range(4)),
                    r[8],
                    r[9],
                ]
            )
    return clock() - t


def main() -> int:
    header("bench_export: write_csv_report(queries.report(conn)) vs csv.writer of ready rows")
    source = synth.cached(*synth.BIG)
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-export-") as tmp:
        folder = Path(tmp)
        project = Project.open(synth.working_copy(source, folder), backup=False)
        project.wait_for_check()
        conn = project.conn
        rows = [report_row(r) for r in queries.report(conn)]
        n_apps = sum(int(r[8]) for r in rows)
        print(f"   {len(rows):,} claims, {n_apps:,} appearances in the report")
        prod_path, base_path = folder / "report.csv", folder / "baseline.csv"
        write_csv_report(queries.report(conn), prod_path)  # warm-up
        baseline(rows, base_path)
        prod, base = [], []
        for _ in range(REPS):
            t = clock()
            n = write_csv_report(queries.report(conn), prod_path)
            prod.append(clock() - t)
            base.append(baseline(rows, base_path))
        assert n == len(rows)
        same = prod_path.read_bytes() == base_path.read_bytes()
        p, b = median(prod), median(base)
        ratio = p / b
        print(
            f"   output: {prod_path.stat().st_size / 1e6:.1f} MB; product and baseline files identical: {same}"
        )
        print(
            f"   product  (write_csv_report(queries.report)): median {ms(p)}  "
            f"runs: {', '.join(f'{x * 1000:.0f}' for x in prod)} ms"
        )
        print(
            f"   baseline (csv.writer of materialised rows)  : median {ms(b)}  "
            f"runs: {', '.join(f'{x * 1000:.0f}' for x in base)} ms"
        )
        print(f"   ratio product/baseline: {ratio:.2f}x")
        gather = []
        for _ in range(3):
            t = clock()
            list(queries.report(conn))
            gather.append(clock() - t)
        g = median(gather)
        print(
            f"   for reference: materialising queries.report(conn) alone (SQL + ClaimReport records) takes "
            f"{ms(g).strip()} = {g / b:.2f}x the baseline: while gathering the report costs this much, the "
            f"product cannot get below about {(g + b) / b:.1f}x of this baseline, however fast its cells and file"
        )
        raw = median([raw_pipeline(conn, folder / "raw.csv") for _ in range(REPS)])
        print(
            f"   for reference: a naive exporter (same SQL reads + csv.writer, no cleaning) takes {ms(raw).strip()}:"
            f" the product is {p / raw:.2f}x that"
        )
        ok = ratio <= TARGET
        if not ok or "--profile" in sys.argv:
            breakdown(conn, folder, rows)
        project.close()
    summary(
        "export", "CSV export of 10,000 claims, product/baseline", f"{ratio:.2f}x", f"<= {TARGET:.0f}x", ok
    )
    summary("export", "CSV export of 10,000 claims, product time", f"{p:.3f} s", "-", None)
    summary("export", "CSV export, product/naive SQL+csv.writer exporter", f"{p / raw:.2f}x", "-", None)
    return 0


def breakdown(conn, folder: Path, rows: list[list[object]]) -> None:
    """Where the product's time goes: the SQL report, the cells, the file."""

    def stage(fn) -> float:
        xs = []
        for _ in range(3):
            t = clock()
            fn()
            xs.append(clock() - t)
        return median(xs)

    reports = list(queries.report(conn))
    t_report = stage(lambda: list(queries.report(conn)))
    t_rows = stage(lambda: [report_row(r) for r in reports])
    t_csv = stage(lambda: baseline(rows, folder / "b2.csv"))

    def synced() -> None:
        with open(folder / "b3.csv", "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
            writer.writerows(rows)
            out.flush()
            os.fsync(out.fileno())

    t_sync = stage(synced) - t_csv
    print(
        f"   breakdown (medians of 3): queries.report (SQL + ClaimReport records) {ms(t_report)}; "
        f"report_row for every claim {ms(t_rows)}; csv.writer {ms(t_csv)}; fsync of the file {ms(t_sync)}"
    )
    prof = cProfile.Profile()
    prof.enable()
    write_csv_report(queries.report(conn), folder / "profiled.csv")
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(12)
    print("   cProfile of one product run (by own time):")
    print(out.getvalue())


if __name__ == "__main__":
    sys.exit(main())
