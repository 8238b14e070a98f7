"""Saving one edit, with and without the checkpoint that keeps the project file whole.

Every operation is committed to the WAL (``synchronous = FULL``) and then checkpointed into the
``.factdesk`` file (``PRAGMA wal_checkpoint(PASSIVE)``), so that a copy of the file alone, made
while the window is open, holds every change. This prices that checkpoint on the path a
fact-checker takes hundreds of times a session: one edit, acknowledged.

On a working copy of the cached 1,000-article project, edits alternate between a verdict with
its rationale (``SetVerdict``: the claim row, its search index, the journal) and a new rationale
(``EditClaim``), on claims spread over the project. Each repetition times ``Project.run(op)`` with
the checkpoint (the product) and, interleaved so that both see the same machine load, with
``checkpoint_each = False`` (the baseline: what saving cost before, SQLite's own automatic
checkpoint every 1,000 pages included). The checkpoint alone is timed too.

Target: one edit with the checkpoint within 2x of one without, and under 50 ms.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import sys
import tempfile
from pathlib import Path

import synth
from benchlib import clock, header, median, ms, summary

from factdesk.core import operations as ops
from factdesk.store.project import Project

EDITS = 80  # per side, after a warm-up
TARGET_RATIO = 2.0
TARGET_S = 0.05


def edit(project: Project, claim_ids: list[str], n: int) -> ops.Operation:
    claim = claim_ids[(n * 37) % len(claim_ids)]
    if n % 2:
        return ops.EditClaim(claim, rationale=f"تعليل رقم {n}: الرقم من بيان واحد لم يؤكده مصدر مستقل")
    return ops.SetVerdict(claim, ("false", "misleading", "true", "unproven")[n % 4], rationale=f"مراجعة {n}")


def timed_run(project: Project, op: ops.Operation, *, checkpoint: bool) -> float:
    project.checkpoint_each = checkpoint
    t = clock()
    project.run(op)
    took = clock() - t
    if checkpoint and not project.whole:
        print("   warning: a checkpoint did not finish (no other connection should be reading)")
    return took


def main(argv: list[str]) -> int:
    header("bench_checkpoint: one edit saved, with and without the checkpoint into the project file")
    source = synth.cached(*synth.SMALL)
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as tmp:
        path = synth.working_copy(source, tmp)
        with Project.open(path, backup=False) as project:
            project.wait_for_check()
            claim_ids = [str(r[0]) for r in project.conn.execute("SELECT id FROM claims ORDER BY seq")]
            n = 0
            for _ in range(6):  # warm-up: caches, the first WAL frames
                timed_run(project, edit(project, claim_ids, n), checkpoint=n % 2 == 0)
                n += 1
            with_cp: list[float] = []
            without: list[float] = []
            alone: list[float] = []
            for i in range(EDITS):
                # alternate which side goes first, so neither always follows the other
                for checkpoint in (True, False) if i % 2 else (False, True):
                    took = timed_run(project, edit(project, claim_ids, n), checkpoint=checkpoint)
                    (with_cp if checkpoint else without).append(took)
                    n += 1
                project.checkpoint_each = False
                project.run(edit(project, claim_ids, n))
                n += 1
                t = clock()
                project.checkpoint()
                alone.append(clock() - t)
            wal = Path(str(path) + "-wal").stat().st_size
            if "--profile" in argv:
                profiler = cProfile.Profile()
                project.checkpoint_each = True
                profiler.enable()
                for _ in range(20):
                    project.run(edit(project, claim_ids, n))
                    n += 1
                profiler.disable()
                out = io.StringIO()
                pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(15)
                print(out.getvalue())

    product, baseline = median(with_cp), median(without)
    ratio = product / baseline
    print(f"   one edit, checkpointed:      median {ms(product)}  (max {ms(max(with_cp))})")
    print(f"   one edit, WAL only (before): median {ms(baseline)}  (max {ms(max(without))})")
    print(f"   the checkpoint alone:        median {ms(median(alone))}")
    print(
        f"   WAL file at the end: {wal / 1024:.0f} KiB (SQLite reuses it from the start after each full "
        "checkpoint)"
    )
    summary(
        "checkpoint",
        "one edit: checkpointed / WAL only",
        f"{ratio:.2f}x",
        f"within {TARGET_RATIO:g}x",
        ratio <= TARGET_RATIO,
    )
    summary(
        "checkpoint",
        "one edit, checkpointed",
        f"{product * 1000:.1f} ms",
        f"under {TARGET_S * 1000:g} ms",
        product <= TARGET_S,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
