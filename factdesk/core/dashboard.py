"""The project dashboard as plain data: how many claims got each verdict, which outlets carried
them, and how the work went month by month.

The store counts (:mod:`factdesk.store.dashboard`), the charts draw
(:mod:`factdesk.exporters.charts`); the window and the printable report show the same counts.
"""

from __future__ import annotations

from typing import NamedTuple


class VerdictCount(NamedTuple):
    key: str
    label_ar: str
    label_en: str
    color: str  # "#rrggbb"
    claims: int


class OutletCount(NamedTuple):
    """The claims that appear in at least one article of an outlet ("" for articles whose outlet
    is not known), by verdict key; a claim quoted by several outlets counts once for each."""

    outlet: str
    by_verdict: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_verdict.values())


class MonthCount(NamedTuple):
    month: str  # "YYYY-MM"
    added: int  # claims written down that month
    reviewed: int  # claims last reviewed that month


class Dashboard(NamedTuple):
    claims: int
    verdicts: tuple[VerdictCount, ...]  # the project's scale in its order, zero counts included
    outlets: tuple[OutletCount, ...]  # most claims first, then by name
    months: tuple[MonthCount, ...]  # in order, every month from the first to the last
    unquoted: int = 0  # claims without any appearance (in no outlet's chart)


def month_range(first: str, last: str) -> list[str]:
    """Every «YYYY-MM» from ``first`` to ``last`` inclusive, so that a quiet month shows as zero."""
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    out = []
    while (year, month) <= end:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out
