"""Run every benchmark and print a summary table.

    .venv/bin/python bench/run_all.py              # all of them
    .venv/bin/python bench/run_all.py search open  # only those whose name contains a word
    .venv/bin/python bench/run_all.py --profile    # each also prints its cProfile breakdown

The cached synthetic projects are made first (once; about 30 s for the 10,000-article one), so
that no benchmark's own time includes generating them. Each script's output is shown as it
runs; the table gathers their ``SUMMARY`` lines. A MISS is reported, never an error: this
script exits 0 unless a benchmark crashed.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = (
    "bench_import",
    "bench_search",
    "bench_export",
    "bench_open",
    "bench_checkpoint",
    "bench_ui",
    "bench_highlights",
    "assist_figures",
    "assist_dates",
    "assist_attributions",
    "assist_factchecks",
    "assist_reading",
)


def run(args: list[str]) -> tuple[int, list[str], float]:
    t = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *args],
        cwd=HERE.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        bufsize=1,
    )
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append(line.rstrip("\n"))
        if not line.startswith("SUMMARY\t"):
            print(line, end="", flush=True)
    return proc.wait(), lines, time.perf_counter() - t


def main(argv: list[str]) -> int:
    extra = [a for a in argv if a.startswith("-")]
    words = [a for a in argv if not a.startswith("-")]
    chosen = [b for b in BENCHES if not words or any(w in b for w in words)]
    code, _, took = run([str(HERE / "synth.py"), "--cache"])
    if code:
        print(f"run_all: preparing the synthetic projects failed (exit {code}).")
        return code
    print(f"(synthetic projects ready in {took:.1f} s)\n")

    rows: list[tuple[str, ...]] = []
    crashed = []
    walls = {}
    for name in chosen:
        code, lines, took = run([str(HERE / f"{name}.py"), *extra])
        walls[name] = took
        print(f"-- {name} finished in {took:.1f} s (exit {code})\n", flush=True)
        if code:
            crashed.append(name)
        rows += [tuple(line.split("\t")[1:]) for line in lines if line.startswith("SUMMARY\t")]

    headers = ("bench", "figure", "value", "target", "")
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    print("Summary")
    print("  " + "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("  " + "  ".join("-" * w for w in widths))
    for r in rows:
        print("  " + "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
    print("  wall time: " + ", ".join(f"{n} {t:.1f} s" for n, t in walls.items()))
    misses = [r for r in rows if r[-1] == "MISS"]
    passes = sum(1 for r in rows if r[-1] == "PASS")
    print(f"  {passes} PASS, {len(misses)} MISS" + (f"; CRASHED: {', '.join(crashed)}" if crashed else ""))
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
