"""Small helpers shared by the benchmark scripts (timing, medians, the PASS/MISS lines).

Speed goals are not tests: a script prints MISS and still exits 0. Each script also prints
machine-readable ``SUMMARY`` lines (tab-separated) that ``run_all.py`` gathers into a table.
"""

from __future__ import annotations

import platform
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

clock = time.perf_counter


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    t = clock()
    result = fn()
    return clock() - t, result


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def environment() -> str:
    import os

    return (
        f"python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"{os.cpu_count()} CPUs, {platform.system()} {platform.machine()}"
    )


def header(title: str) -> None:
    print(f"== {title}")
    print(f"   ({environment()})")
    sys.stdout.flush()


def verdict(ok: bool | None) -> str:
    return "INFO" if ok is None else "PASS" if ok else "MISS"


def summary(bench: str, metric: str, value: str, target: str, ok: bool | None) -> None:
    """The human line and the machine line for one figure held against its target
    (``ok=None``: a figure reported for information, with no target)."""
    print(f"{verdict(ok)}: {metric} = {value} (target: {target})")
    print("SUMMARY\t" + "\t".join((bench, metric, value, target, verdict(ok))), flush=True)
