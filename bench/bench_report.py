"""Printable-report speed: the PDF of a 10,000-claim project against the plainest PDF of the same rows.

Product: ``export_report(project, "report.pdf")``: the report's SQL, the corrections history, the
dashboard's counts and its four charts (matplotlib, SVG), the HTML (every text escaped and isolated,
per claim its verdict, rationale, appearances, evidence and corrections), and WeasyPrint's layout
of it into a PDF written atomically. Baseline: WeasyPrint of a bare HTML table of the same claims
(claim, verdict, rationale, quotes, sources: the ``ClaimReport`` rows gathered before the timer),
right to left, no charts, no corrections, written to a plain file. Both are laid out with the same
fonts; WeasyPrint's layout is most of either. Target: within 3x. One run each (a run takes minutes).

Also reported: the HTML report alone (no layout), the pages of each PDF, the time per page and the
peak memory (resident set) of each, product and baseline, each run in a process of its own so that
one's peak is not the other's; with the ratio of the two. ``--small``: the 1,000-claim project.
"""

from __future__ import annotations

import html
import multiprocessing
import resource
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import synth
from benchlib import clock, header, summary

from factdesk.app.printable import export_report
from factdesk.store import queries
from factdesk.store.project import Project

TARGET = 3.0


def bare_table(conn) -> str:
    e = html.escape
    rows = []
    for r in queries.report(conn):
        rows.append(
            f"<tr><td>{e(r.text)}</td><td>{e(r.verdict_ar)}</td><td>{e(r.rationale)}</td>"
            f"<td>{'<br>'.join(e(a.quote) for a in r.appearances)}</td>"
            f"<td>{'<br>'.join(e(x.source_title) for x in r.evidence)}</td></tr>"
        )
    return (
        '<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="utf-8"><style>'
        'html { font-family: "DejaVu Sans"; font-size: 10pt } table { border-collapse: collapse }'
        " td { border: 1px solid #999 }</style></head><body><table>"
        + "".join(rows)
        + "</table></body></html>"
    )


def baseline(document: str, path: Path) -> None:
    from weasyprint import HTML

    HTML(string=document).write_pdf(path)


def _child(send, fn: Callable[..., object], args: tuple[object, ...]) -> None:
    t = clock()
    fn(*args)
    elapsed = clock() - t
    send.send((elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024))
    send.close()


def in_child(fn: Callable[..., object], *args: object) -> tuple[float, int]:
    """``fn(*args)`` in a process of its own (forked: nothing is imported again); its time and the
    process's peak resident memory in bytes."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, fn, args))
    child.start()
    send.close()
    result = receive.recv()
    child.join()
    if child.exitcode != 0:
        raise RuntimeError(f"the child running {fn.__name__} failed ({child.exitcode})")
    return result


def pages(path: Path) -> int:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def main() -> int:
    header("bench_report: export_report(10,000 claims) to PDF vs WeasyPrint of a bare HTML table")
    size = synth.SMALL if "--small" in sys.argv else synth.BIG
    source = synth.cached(*size)
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-report-") as tmp:
        folder = Path(tmp)
        path = synth.working_copy(source, folder)
        with Project.open(path, backup=False) as project:
            project.wait_for_check()
            document = bare_table(project.conn)
            claims = project.read.claim_count()
        print(f"   {claims:,} claims")
        t = clock()
        export_report(path, folder / "report.html")
        h = clock() - t
        print(f"   HTML report alone: {h:.2f} s, {(folder / 'report.html').stat().st_size / 1e6:.1f} MB")
        p, p_rss = in_child(export_report, path, folder / "report.pdf")
        b, b_rss = in_child(baseline, document, folder / "baseline.pdf")
        prod_pages = pages(folder / "report.pdf")
        base_pages = pages(folder / "baseline.pdf")
        print(
            f"   product  (export_report to PDF)             : {p:.1f} s, {prod_pages:,} pages, peak {p_rss / 2**20:,.0f} MiB"
        )
        print(
            f"   baseline (WeasyPrint of a bare HTML table)  : {b:.1f} s, {base_pages:,} pages, peak {b_rss / 2**20:,.0f} MiB"
        )
        ratio = p / b
        print(
            f"   per page: product {p / prod_pages:.3f} s, baseline {b / base_pages:.3f} s (the product prints "
            f"{prod_pages / base_pages:.1f}x the pages: each claim on a page of its own, with every appearance, "
            "evidence line and correction)"
        )
        print(f"   product/baseline: time {ratio:.2f}x, peak memory {p_rss / b_rss:.2f}x")
        label = f"{claims:,}"
        summary(
            "report",
            f"PDF report of {label} claims, product/baseline",
            f"{ratio:.2f}x",
            f"<= {TARGET:.0f}x",
            ratio <= TARGET,
        )
        summary("report", f"PDF report of {label} claims, product time", f"{p:.1f} s", "-", None)
        summary(
            "report",
            f"PDF report of {label} claims, product peak memory",
            f"{p_rss / 2**20:,.0f} MiB",
            "-",
            None,
        )
        summary(
            "report",
            f"PDF report of {label} claims, peak memory product/baseline",
            f"{p_rss / b_rss:.2f}x",
            "-",
            None,
        )
        summary("report", f"HTML report of {label} claims, product time", f"{h:.2f} s", "-", None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
