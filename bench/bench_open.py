"""Opening a project: what a fact-checker waits for before the first list appears.

For the synthetic projects of 1,000 and 10,000 articles (10 spans and 1 claim per article), each
repetition times, on a working copy of the cached project:

* ``Project.open(path, backup=False)``, then ``queries.articles(conn, limit=50)`` and
  ``queries.claims(conn, limit=50)`` (the first screen), then ``close()``;
* the same with the default ``Project.open(path)``, which starts the on-open backup (a backups
  folder beside the copy is emptied before each repetition so that a backup is due).

Opening does not wait for the background ``quick_check`` nor for the on-open backup; they are
timed separately and honestly: ``wait_for_check()`` right after opening (how long the first
write would have to wait), the backup thread's duration as ``close()`` sees it (close waits for
it), and each of them alone in the foreground.

Target: opening plus the two first lists under 0.2 s at both sizes, and not growing with the
number of articles (ratio 10k/1k at most 1.5).
"""

from __future__ import annotations

import cProfile
import io
import pstats
import shutil
import sys
import tempfile
from pathlib import Path

import synth
from benchlib import clock, header, median, summary

from factdesk.store import backup as backups
from factdesk.store import queries
from factdesk.store.project import Project

REPS = 5
TARGET_S = 0.2
TARGET_GROWTH = 1.5


def one_open(path: Path, *, backup: bool) -> dict[str, float]:
    if backup:
        shutil.rmtree(backups.folder(path), ignore_errors=True)
    t0 = clock()
    project = Project.open(path) if backup else Project.open(path, backup=False)
    t1 = clock()
    arts = queries.articles(project.conn, limit=50)
    t2 = clock()
    cls = queries.claims(project.conn, limit=50)
    t3 = clock()
    if len(arts) != 50 or len(cls) != 50:
        print(f"   warning: the first screen listed {len(arts)} articles and {len(cls)} claims, not 50 each")
    project.wait_for_check()
    t4 = clock()
    project.close()  # joins the backup thread, if any
    t5 = clock()
    return {
        "open": t1 - t0,
        "articles": t2 - t1,
        "claims": t3 - t2,
        "first screen": t3 - t0,
        "check wait": t4 - t3,
        "check done after": t4 - t0,
        "close": t5 - t4,
        "all": t5 - t0,
    }


def measure(path: Path, *, backup: bool) -> dict[str, float]:
    runs = [one_open(path, backup=backup) for _ in range(REPS)]
    return {k: median([r[k] for r in runs]) for k in runs[0]}


def alone(path: Path) -> tuple[float, float]:
    """The quick check and a backup, each alone in the foreground (medians of 3)."""
    checks, copies = [], []
    for _ in range(3):
        t = clock()
        verdict = Project._quick_check(path)
        checks.append(clock() - t)
        if verdict != "ok":
            print(f"   warning: quick_check of {path.name} says {verdict}")
        shutil.rmtree(backups.folder(path), ignore_errors=True)
        t = clock()
        backups.make_backup(path, reason="bench")
        copies.append(clock() - t)
    shutil.rmtree(backups.folder(path), ignore_errors=True)
    return median(checks), median(copies)


def main() -> int:
    header("bench_open: Project.open + first 50 articles + first 50 claims, 1k vs 10k articles")
    sizes = {"1k": synth.SMALL, "10k": synth.BIG}
    results: dict[str, dict[str, dict[str, float]]] = {}
    extra: dict[str, tuple[float, float, float]] = {}
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-open-") as tmp:
        for name, size in sizes.items():
            folder = Path(tmp) / name
            folder.mkdir()
            path = synth.working_copy(synth.cached(*size), folder)
            t = clock()
            project = Project.open(path, backup=False)  # the first open in this process: not counted
            first = clock() - t
            project.close()
            results[name] = {
                "backup=False": measure(path, backup=False),
                "default": measure(path, backup=True),
            }
            check, copy = alone(path)
            extra[name] = (first, check, copy)
            print(
                f"   {name}: {size[0]:,} articles, {size[1]:,} spans, {size[2]:,} claims, "
                f"{path.stat().st_size / 1e6:.0f} MB; its first open in this process took {first * 1000:.1f} ms "
                "(not counted)",
                flush=True,
            )

        keys = [
            "open",
            "articles",
            "claims",
            "first screen",
            "check wait",
            "check done after",
            "close",
            "all",
        ]
        print(f"   medians of {REPS} (ms)    " + " ".join(f"{k:>16}" for k in keys))
        for name in sizes:
            for mode, r in results[name].items():
                print(f"   {name:4} {mode:13}     " + " ".join(f"{r[k] * 1000:16.1f}" for k in keys))
        print(
            "   'check wait': how long wait_for_check() still blocked once the first screen was shown "
            "(a first write waits this long); 'close': includes joining the on-open backup thread."
        )
        for name in sizes:
            first, check, copy = extra[name]
            print(
                f"   {name:4} alone in the foreground: quick_check {check * 1000:.0f} ms, "
                f"backup (make_backup) {copy * 1000:.0f} ms"
            )
        a = results["1k"]["backup=False"]["first screen"]
        b = results["10k"]["backup=False"]["first screen"]
        ad = results["1k"]["default"]["first screen"]
        bd = results["10k"]["default"]["first screen"]
        growth = b / a
        print(
            f"   first screen (open + 2 lists), backup=False: 1k {a * 1000:.1f} ms, 10k {b * 1000:.1f} ms, "
            f"ratio 10k/1k {growth:.2f}x; default open: 1k {ad * 1000:.1f} ms, 10k {bd * 1000:.1f} ms, "
            f"ratio {bd / ad:.2f}x"
        )
        ok_time = max(a, b, ad, bd) < TARGET_S
        ok_growth = growth <= TARGET_GROWTH
        if not (ok_time and ok_growth) or "--profile" in sys.argv:
            path10 = Path(tmp) / "10k" / synth.cached(*synth.BIG).name
            prof = cProfile.Profile()
            prof.enable()
            for _ in range(3):
                p = Project.open(path10, backup=False)
                queries.articles(p.conn, limit=50)
                queries.claims(p.conn, limit=50)
                p.wait_for_check()
                p.close()
            prof.disable()
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(10)
            print("   cProfile of 3 opens of the 10k project (by own time):")
            print(out.getvalue())

    summary(
        "open",
        "first screen, 10k articles (backup=False)",
        f"{b * 1000:.1f} ms",
        f"< {TARGET_S * 1000:.0f} ms",
        b < TARGET_S,
    )
    summary(
        "open",
        "first screen, 10k articles (default open)",
        f"{bd * 1000:.1f} ms",
        f"< {TARGET_S * 1000:.0f} ms",
        bd < TARGET_S,
    )
    summary(
        "open",
        "first screen growth 10k/1k (backup=False)",
        f"{growth:.2f}x",
        f"<= {TARGET_GROWTH}x",
        ok_growth,
    )
    summary(
        "open",
        "quick_check 10k after open (background)",
        f"{results['10k']['default']['check done after'] * 1000:.0f} ms",
        "-",
        None,
    )
    summary("open", "on-open backup 10k, alone", f"{extra['10k'][2] * 1000:.0f} ms", "-", None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
