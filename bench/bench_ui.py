"""The window's speed: the reader, the claims table and start-up, each against plain Qt.

Five measurements, each against a baseline measured in the same run (``QT_QPA_PLATFORM=offscreen``
when there is no ``DISPLAY``; every figure a median of several repetitions after a warm-up):

1. Opening an article: ``../shared/corpus/articles/snn_001.txt`` (read at run time, about 6,400
   words) with 2,000 highlights at word-aligned random offsets (1-25 words, overlapping, coloured
   by five verdict colours or none): ``ArticleReader.set_article`` + ``set_highlights`` until the
   first paint of the reader shown at 1000x800 (``show()`` + ``processEvents()``, then a
   ``viewport().repaint()`` only if nothing was painted yet). Baseline: a ``QPlainTextEdit``
   given the same text, font and size, shown the same way. Measured twice: on a new widget that
   is shown after its text is set, and on a reader already on screen (what the window does when
   another article is opened). Each side on its own: a fresh widget, pending events drained and
   garbage collected before the timer, the widget deleted after it (deferred deletions run, so
   nothing of it, such as the reader's idle layout, lands in the next timing); the sides
   alternate. Target: within 2x.
2. Adding one highlight in the middle of the visible text: ``add_highlight`` + ``viewport().repaint()``,
   50 additions. Target: every one under 20 ms. Baselines: a ``viewport().repaint()`` of the same
   reader with nothing changed, and of the plain editor at the same place.
3. Scrolling the whole article page by page (the vertical scrollbar's ``pageStep``) on a reader
   just opened with its 2,000 highlights: each frame is ``setValue`` + ``viewport().repaint()``.
   Baseline: the same scroll on the plain editor. Target: no frame over 16 ms (the median over
   the repetitions of each pass's slowest frame; the slowest of all is printed too).
4. The claims table of the 10,000-claim synthetic project: ``ClaimTableModel(session, lambda: "ar")``
   + ``reload()`` + ``setModel`` on a ``QTableView`` shown at 1200x700, until its first paint.
   Baseline: the same view given a ``QStandardItemModel`` of the 10,000 rows' five display
   strings (built before the timer). Target: under 0.1 s. A table configured like the window's
   (verdict chips, columns sized to contents, sorting on) is timed too, for information.
5. Start-up: wall time from ``Popen`` to the child printing ``shown`` after ``show()`` +
   ``processEvents()``: (a) ``QApplication`` + a bare ``QMainWindow``; (b) ``make_app()`` +
   ``MainWindow(prefs)`` + ``open_project(demo)`` (the demo built once by ``factdesk demo``;
   ``FACTDESK_CONFIG_DIR`` in a temporary folder). Both children keep their bytecode cache in
   that folder (``PYTHONPYCACHEPREFIX``), as an installed application would, even when the
   environment says ``PYTHONDONTWRITEBYTECODE`` (then the figures without it are printed too).
   Target: within 3x.

    /tmp/venv/bin/python bench/bench_ui.py              # figures and PASS/MISS
    /tmp/venv/bin/python bench/bench_ui.py --profile    # also every cProfile breakdown
    /tmp/venv/bin/python bench/bench_ui.py --only=open,add   # only these sections

A missed target prints its cProfile breakdown by itself.
"""

from __future__ import annotations

import os

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cProfile
import gc
import io
import pstats
import random
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import synth
from benchlib import clock, header, median, summary
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt
from PySide6.QtGui import QFont, QFontDatabase, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from factdesk.core.verdicts import DEFAULT_SCALE
from factdesk.store.project import Project
from factdesk.ui import models
from factdesk.ui.models import ClaimTableModel
from factdesk.ui.preferences import DEFAULTS, READING_FONTS
from factdesk.ui.reader import ArticleReader, Highlight
from factdesk.ui.session import ProjectSession

ARTICLE = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "articles" / "snn_001.txt"
PROFILE = "--profile" in sys.argv
SECTIONS = ("open", "add", "scroll", "table", "start")
#: ``--only open,add``: run only these sections (all by default)
ONLY = next(
    (a.split("=", 1)[1].split(",") for a in sys.argv if a.startswith("--only=")),
    SECTIONS,
)

N_SPANS = 2_000
READER_SIZE = (1000, 800)
TABLE_SIZE = (1200, 700)
OPEN_REPS = 15
ADDITIONS = 50
SCROLL_REPS = 5
TABLE_REPS = 7
START_REPS = 5
PRECISION = 50  # the header's resizeContentsPrecision in the table's what-if line

TARGET_OPEN = 2.0  # x the plain editor
TARGET_ADD_S = 0.020  # each addition
TARGET_FRAME_S = 0.016  # each scroll frame
TARGET_TABLE_S = 0.1  # first paint of the 10,000-claim table
TARGET_START = 3.0  # x a bare PySide6 window

COLOURS = tuple(
    v.color for v in DEFAULT_SCALE if v.key in ("true", "half_true", "misleading", "false", "in_progress")
)


# ---------------------------------------------------------------------------------------------
# helpers


class PaintCounter(QObject):
    """Counts the paint events a widget (a viewport) receives."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.count = 0
        target.installEventFilter(self)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def app() -> QApplication:
    return QApplication.instance() or QApplication([sys.argv[0]])  # type: ignore[return-value]


def paint_now(widget: QWidget, viewport: QWidget, counter: PaintCounter, *, timers: bool = True) -> None:
    """Show ``widget`` and return once its ``viewport`` has been painted. Without ``timers``, the
    events are processed without firing timers: a timer started by the paint (the reader's idle
    layout of the blocks off screen) runs after the paint, and ``processEvents`` would otherwise run
    it inside the measurement, although the frame is already on screen by then."""
    before = counter.count
    widget.show()
    if timers:
        app().processEvents()
    else:
        app().processEvents(QEventLoop.ProcessEventsFlag.X11ExcludeTimers)
    if counter.count == before:
        viewport.repaint()


def drain() -> None:
    """Run every pending event, deferred deletions included (``processEvents`` alone never runs
    them: a widget given ``deleteLater`` would live on, with its timers)."""
    for _ in range(3):
        app().processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def settle() -> None:
    """Before a timed repetition: no pending events, no garbage waiting for the collector."""
    drain()
    gc.collect()


def discard(widget: QWidget) -> None:
    """Hide and delete ``widget`` now, with whatever it still had to do (the reader's idle layout),
    so that nothing of it runs inside the next measurement."""
    widget.hide()
    widget.deleteLater()
    settle()


def percentile(xs: list[float], p: float) -> float:
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def ms_(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def print_profile(title: str, prof: cProfile.Profile, sort: str = "tottime", n: int = 14) -> None:
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats(sort).print_stats(n)
    body = out.getvalue()
    body = body[body.find("   ncalls") :] if "   ncalls" in body else body
    print(f"   cProfile of {title} (by {'own' if sort == 'tottime' else 'cumulative'} time):")
    print("\n".join("     " + line for line in body.rstrip().splitlines()))


def profiled(fn: Callable[[], object]) -> cProfile.Profile:
    prof = cProfile.Profile()
    prof.enable()
    try:
        fn()
    finally:
        prof.disable()
    return prof


def reading_font() -> QFont:
    """The reader's default font, chosen as ``Preferences.reading_font`` does (never the user's prefs)."""
    families = set(QFontDatabase.families())
    family = next((f for f in READING_FONTS if f in families), "DejaVu Sans")
    return QFont(family, DEFAULTS["reader_size"])


# ---------------------------------------------------------------------------------------------
# the article and its highlights


def article_text() -> str:
    if not ARTICLE.is_file():
        raise SystemExit(
            f"bench_ui: the shared test corpus article was not found at {ARTICLE}.\n"
            "Put the corpus beside the repository (../shared/corpus/articles/) and run again."
        )
    return ARTICLE.read_text(encoding="utf-8")


def make_highlights(
    text: str, n: int, rng: random.Random
) -> tuple[list[Highlight], dict[str, tuple[str, str]]]:
    """``n`` word-aligned spans of 1-25 words (short ones most likely), three quarters of them
    linked to one of 300 claims with a verdict colour, the rest unlinked."""
    bounds = [m.span() for m in synth._SPANNABLE.finditer(text)]
    out = []
    for i in range(n):
        start, end = synth._span_in(rng, bounds)
        if rng.random() < 0.75:
            out.append(
                Highlight(f"span-{i}", start, end, (f"claim-{rng.randrange(300)}",), rng.choice(COLOURS))
            )
        else:
            out.append(Highlight(f"span-{i}", start, end, (), ""))
    claim_texts = {f"claim-{k}": (f"claim {k}", "verdict") for k in range(300)}
    return out, claim_texts


def overlap_stats(text: str, hs: list[Highlight]) -> tuple[int, int]:
    """(characters under two or more highlights, the deepest overlap)."""
    depth = [0] * (len(text) + 1)
    for h in hs:
        depth[h.start] += 1
        depth[h.end] -= 1
    run, multi, deepest = 0, 0, 0
    for d in depth:
        run += d
        multi += run >= 2
        deepest = max(deepest, run)
    return multi, deepest


def new_reader(font: QFont) -> tuple[ArticleReader, PaintCounter]:
    w = ArticleReader()
    w.setFont(font)
    w.resize(*READER_SIZE)
    return w, PaintCounter(w.viewport())


def new_plain(font: QFont) -> tuple[QPlainTextEdit, PaintCounter]:
    w = QPlainTextEdit()
    w.setFont(font)
    w.resize(*READER_SIZE)
    return w, PaintCounter(w.viewport())


def open_reader(
    w: ArticleReader, c: PaintCounter, text: str, hs: list[Highlight], claim_texts: dict[str, tuple[str, str]]
) -> dict[str, float]:
    t0 = clock()
    w.set_article("article", text)
    t1 = clock()
    w.set_highlights(hs, claim_texts)
    t2 = clock()
    paint_now(w, w.viewport(), c, timers=False)
    t3 = clock()
    return {"total": t3 - t0, "set_article": t1 - t0, "set_highlights": t2 - t1, "show+paint": t3 - t2}


def open_plain(w: QPlainTextEdit, c: PaintCounter, text: str) -> dict[str, float]:
    t0 = clock()
    w.setPlainText(text)
    t1 = clock()
    paint_now(w, w.viewport(), c, timers=False)
    t2 = clock()
    return {"total": t2 - t0, "setPlainText": t1 - t0, "show+paint": t2 - t1}


Area = TypeVar("Area", bound=QAbstractScrollArea)


def on_screen(make: Callable[[], tuple[Area, PaintCounter]]) -> tuple[Area, PaintCounter]:
    """An empty widget, shown and painted once (the reader as the window holds it)."""
    w, c = make()
    paint_now(w, w.viewport(), c)
    return w, c


def med(runs: list[dict[str, float]]) -> dict[str, float]:
    return {k: median([r[k] for r in runs]) for k in runs[0]}


def finish_idle(w: ArticleReader) -> tuple[float, int]:
    """Run the event loop until the reader has laid out every block's highlights: the time it took
    and the number of turns of the loop (the idle slices after the first paint)."""
    t, turns = clock(), 0
    while w._pending and turns < 10_000:
        app().processEvents()
        turns += 1
    return clock() - t, turns


def one_open(
    side: str,
    mode: str,
    text: str,
    hs: list[Highlight],
    claim_texts: dict[str, tuple[str, str]],
    font: QFont,
) -> tuple[dict[str, float], tuple[float, int] | None]:
    """One opening, on its own: a fresh widget (shown and painted first when ``mode`` is "already
    on screen"), pending events drained and garbage collected before the timer, the widget deleted
    after it (with the reader's idle layout, timed for information before that)."""
    if side == "reader":
        r, rc = on_screen(lambda: new_reader(font)) if mode != "new widget" else new_reader(font)
        settle()
        took = open_reader(r, rc, text, hs, claim_texts)
        idle = finish_idle(r)
        discard(r)
        return took, idle
    p, pc = on_screen(lambda: new_plain(font)) if mode != "new widget" else new_plain(font)
    settle()
    took = open_plain(p, pc, text)
    discard(p)
    return took, None


def runs(xs: list[dict[str, float]]) -> str:
    return ", ".join(f"{x['total'] * 1000:.0f}" for x in xs)


def bench_open(
    text: str, hs: list[Highlight], claim_texts: dict[str, tuple[str, str]], font: QFont
) -> dict[str, tuple[float, float]]:
    print(
        "1. opening the article with its highlights, to the first paint "
        f"({READER_SIZE[0]}x{READER_SIZE[1]}), medians of {OPEN_REPS}; each side on its own "
        "(a fresh widget, pending events drained before, deleted after), the two sides alternating"
    )
    results: dict[str, tuple[float, float]] = {}
    for mode in ("new widget", "already on screen"):
        prod: list[dict[str, float]] = []
        base: list[dict[str, float]] = []
        idle: list[tuple[float, int]] = []
        for rep in range(OPEN_REPS + 1):  # the first is a warm-up
            order = ("reader", "plain") if rep % 2 else ("plain", "reader")
            for side in order:
                took, rest = one_open(side, mode, text, hs, claim_texts, font)
                if not rep:
                    continue
                if side == "reader":
                    prod.append(took)
                    assert rest is not None
                    idle.append(rest)
                else:
                    base.append(took)
        pm, bm = med(prod), med(base)
        ratio = pm["total"] / bm["total"]
        results[mode] = (pm["total"], ratio)
        print(
            f"   {mode}: reader {ms_(pm['total'])} (set_article {ms_(pm['set_article'])}, "
            f"set_highlights {ms_(pm['set_highlights'])}, show+paint {ms_(pm['show+paint'])}); "
            f"plain QPlainTextEdit {ms_(bm['total'])} (setPlainText {ms_(bm['setPlainText'])}, "
            f"show+paint {ms_(bm['show+paint'])}); ratio {ratio:.2f}x"
        )
        print(
            f"      after the first paint, the other blocks' highlights laid out while idle: "
            f"{ms_(median([t for t, _ in idle]))} in {median([n for _, n in idle]):.0f} turns of the event loop "
            f"(runs of the reader: {runs(prod)} ms; of the plain editor: {runs(base)} ms)"
        )
    if PROFILE or any(ratio > TARGET_OPEN for _, ratio in results.values()):
        r, rc = on_screen(lambda: new_reader(font))
        settle()
        prof = profiled(lambda: open_reader(r, rc, text, hs, claim_texts))
        discard(r)
        print_profile("one opening in a reader already on screen", prof)
    return results


def visible_words(w: ArticleReader, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    vp = w.viewport()
    top = w.codepoint_at(vp.rect().topLeft())
    bottom = w.codepoint_at(vp.rect().bottomRight())
    lo, hi = sorted((top, bottom))
    return [b for b in bounds if lo <= b[0] and b[1] <= hi] or bounds


def bench_add(
    text: str, hs: list[Highlight], claim_texts: dict[str, tuple[str, str]], font: QFont
) -> tuple[float, float]:
    print(
        f"2. adding one highlight in the middle of the text (add_highlight + viewport().repaint()), "
        f"{ADDITIONS} additions"
    )
    r, rc = new_reader(font)
    open_reader(r, rc, text, hs, claim_texts)
    p, pc = new_plain(font)
    open_plain(p, pc, text)
    middle = len(text) // 2
    r.show_range(middle, middle, select=False)
    p.verticalScrollBar().setValue(r.verticalScrollBar().value())
    bounds = [m.span() for m in synth._SPANNABLE.finditer(text)]
    words = visible_words(r, bounds)
    rng = random.Random(7)

    def one_highlight(i: int) -> Highlight:
        k = rng.randrange(len(words))
        n = min(len(words) - k, 1 + int(rng.expovariate(1 / 4)))
        return Highlight(
            f"added-{i}", words[k][0], words[k + n - 1][1], (f"claim-{i % 300}",), rng.choice(COLOURS)
        )

    def repaints(w: QWidget, n: int = ADDITIONS) -> list[float]:
        xs = []
        for _ in range(n):
            t = clock()
            w.repaint()
            xs.append(clock() - t)
        return xs

    repaints(r.viewport(), 3)
    settle()
    plain_reader = repaints(r.viewport())
    plain_editor = repaints(p.viewport())
    adds, add_only = [], []
    for i in range(ADDITIONS):
        h = one_highlight(i)
        t = clock()
        r.add_highlight(h)
        t1 = clock()
        r.viewport().repaint()
        t2 = clock()
        adds.append(t2 - t)
        add_only.append(t1 - t)
    med_add, max_add = median(adds), max(adds)
    print(
        f"   add_highlight + repaint: median {ms_(med_add)}, max {ms_(max_add)} "
        f"(add_highlight alone: median {ms_(median(add_only))}, max {ms_(max(add_only))}); "
        f"{len(r.highlights):,} highlights at the end"
    )
    print(
        f"   baseline viewport().repaint() with nothing changed: the reader {ms_(median(plain_reader))} "
        f"(max {ms_(max(plain_reader))}), the plain editor {ms_(median(plain_editor))} "
        f"(max {ms_(max(plain_editor))}); ratio median addition / reader repaint "
        f"{med_add / median(plain_reader):.2f}x"
    )
    if PROFILE or max_add >= TARGET_ADD_S:
        extra = [one_highlight(ADDITIONS + i) for i in range(ADDITIONS)]

        def more() -> None:
            for h in extra:
                r.add_highlight(h)
                r.viewport().repaint()

        print_profile(f"{ADDITIONS} more additions", profiled(more))
    discard(r)
    discard(p)
    return med_add, max_add


def scroll_pass(w: QPlainTextEdit) -> list[float]:
    bar = w.verticalScrollBar()
    bar.setValue(0)
    app().processEvents()
    frames = []
    while bar.value() < bar.maximum():
        t = clock()
        bar.setValue(min(bar.value() + bar.pageStep(), bar.maximum()))
        w.viewport().repaint()
        frames.append(clock() - t)
    return frames


def bench_scroll(
    text: str, hs: list[Highlight], claim_texts: dict[str, tuple[str, str]], font: QFont
) -> tuple[float, float, float]:
    print(
        f"3. scrolling the whole article page by page (setValue + viewport().repaint() per frame), "
        f"{SCROLL_REPS} passes, each on a widget just opened"
    )
    prod, base = [], []
    for rep in range(SCROLL_REPS + 1):
        r, rc = on_screen(lambda: new_reader(font))
        open_reader(r, rc, text, hs, claim_texts)
        p, pc = on_screen(lambda: new_plain(font))
        open_plain(p, pc, text)
        settle()
        a = scroll_pass(r)
        settle()
        b = scroll_pass(p)
        if rep:
            prod.append(a)
            base.append(b)
        discard(r)
        discard(p)
    every_p = [f for frames in prod for f in frames]
    every_b = [f for frames in base for f in frames]
    worst_p = median([max(f) for f in prod])
    worst_b = median([max(f) for f in base])
    p99_p, p99_b = percentile(every_p, 99), percentile(every_b, 99)
    print(
        f"   reader: {len(prod[0])} frames a pass; median frame {ms_(median(every_p))}, 99th percentile "
        f"{ms_(p99_p)}, slowest frame {ms_(worst_p)} (median of the passes; slowest of all "
        f"{ms_(max(every_p))})"
    )
    print(
        f"   plain : {len(base[0])} frames a pass; median frame {ms_(median(every_b))}, 99th percentile "
        f"{ms_(p99_b)}, slowest frame {ms_(worst_b)} (median of the passes; slowest of all "
        f"{ms_(max(every_b))})"
    )
    print(
        f"   ratio reader/plain: slowest frame {worst_p / worst_b:.2f}x, 99th percentile {p99_p / p99_b:.2f}x"
    )
    if PROFILE or worst_p > TARGET_FRAME_S:
        r, rc = on_screen(lambda: new_reader(font))
        open_reader(r, rc, text, hs, claim_texts)
        print_profile("one scroll pass of the reader", profiled(lambda: scroll_pass(r)))
        discard(r)
    return worst_p, p99_p, max(every_p)


# ---------------------------------------------------------------------------------------------
# the claims table


def new_table() -> tuple[QTableView, PaintCounter]:
    v = QTableView()
    v.resize(*TABLE_SIZE)
    return v, PaintCounter(v.viewport())


def like_workbench(view: QTableView) -> None:
    """The claims table's set-up in the window (the same function ``Workbench`` calls)."""
    from factdesk.ui.tables import setup_claims_table

    setup_claims_table(view)


def table_product(
    session: ProjectSession, *, configured: bool = False, precision: int | None = None
) -> tuple[float, ClaimTableModel, int]:
    """Model + reload + setModel (+ the window's set-up) + show, to the first paint; also the
    number of model resets it took."""
    view, c = new_table()
    resets: list[int] = []
    settle()
    t = clock()
    model = ClaimTableModel(session, lambda: "ar")
    if configured:
        model.modelReset.connect(lambda: resets.append(1))
    model.reload()
    view.setModel(model)
    if configured:
        if precision is not None:
            view.horizontalHeader().setResizeContentsPrecision(precision)
        like_workbench(view)
    paint_now(view, view.viewport(), c)
    took = clock() - t
    discard(view)
    return took, model, len(resets)


def table_baseline(std: QStandardItemModel) -> float:
    view, c = new_table()
    settle()
    t = clock()
    view.setModel(std)
    paint_now(view, view.viewport(), c)
    took = clock() - t
    view.setModel(None)
    discard(view)
    return took


def bench_table(folder: Path) -> tuple[float, float, float]:
    print(
        f"4. the claims table of the 10,000-claim project: model + reload + setModel + show "
        f"({TABLE_SIZE[0]}x{TABLE_SIZE[1]}) to the first paint, medians of {TABLE_REPS}"
    )
    project = Project.open(synth.working_copy(synth.cached(*synth.BIG), folder), backup=False)
    project.wait_for_check()  # the background check must not compete for the CPU
    session = ProjectSession(project)
    try:
        ref = ClaimTableModel(session, lambda: "ar")
        ref.reload()
        std = QStandardItemModel(ref.rowCount(), ref.columnCount())
        for row in range(ref.rowCount()):
            for col in range(ref.columnCount()):
                std.setItem(row, col, QStandardItem(ref.data(ref.index(row, col)) or ""))
        std.setHorizontalHeaderLabels([ref.headerData(c, Qt.Orientation.Horizontal) for c in range(5)])
        table_product(session)  # warm-up
        table_baseline(std)
        prod, base, conf, conf50 = [], [], [], []
        for _ in range(TABLE_REPS):
            prod.append(table_product(session)[0])
            base.append(table_baseline(std))
            took, model, resets = table_product(session, configured=True)
            conf.append(took)
            conf50.append(table_product(session, configured=True, precision=PRECISION)[0])
        p, b, w, w50 = median(prod), median(base), median(conf), median(conf50)
        print(
            f"   ClaimTableModel, {ref.rowCount():,} rows: {ms_(p)} (runs: "
            f"{', '.join(f'{x * 1000:.0f}' for x in prod)} ms)"
        )
        print(
            f"   baseline QStandardItemModel of the same display strings: {ms_(b)} (runs: "
            f"{', '.join(f'{x * 1000:.0f}' for x in base)} ms); ratio {p / b:.2f}x"
        )
        ids, first_page = [], []
        for _ in range(5):
            settle()
            t = clock()
            m = ClaimTableModel(session, lambda: "ar")
            m.reload()
            t1 = clock()
            m.data(m.index(0, 0))
            ids.append(t1 - t)
            first_page.append(clock() - t1)
        print(
            f"   of which: construct + reload (claim_ids, {ref.rowCount():,} ids) {ms_(median(ids))}; the first "
            f"page of {models.PAGE} rows (claims_by_ids) {ms_(median(first_page))}"
        )
        print(
            f"   for information, configured like the window's claims table (Workbench.__init__: chips, "
            f"columns resized to contents, sorting on): {ms_(w)}, {resets} model resets, the rows end up "
            f"ordered by {model.order!r}{' descending' if model.descending else ''}; the same with the "
            f"header's resizeContentsPrecision at {PRECISION} instead of Qt's 1,000 rows: {ms_(w50)} (not 0: "
            f"a table not yet visible would then measure every row)"
        )
        if PROFILE or p >= TARGET_TABLE_S:
            print_profile("one table opening", profiled(lambda: table_product(session)))
        if PROFILE:
            print_profile(
                "one table opening configured like the window",
                profiled(lambda: table_product(session, configured=True)),
            )
    finally:
        session.close()
    return p, b, w


# ---------------------------------------------------------------------------------------------
# start-up

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([sys.argv[0]])
window = QMainWindow()
window.resize(1440, 900)
window.show()
app.processEvents()
print("shown", flush=True)
"""

# The window as ``factdesk.ui.app.run`` makes it, on the demo project; then its stages (seconds
# since its first line). With BENCH_UI_PROFILE set, a cProfile of open_project + show.
FACTDESK = """
import time
t0 = time.perf_counter()
import os, sys
from factdesk.ui.app import make_app
from factdesk.ui.window import MainWindow
t1 = time.perf_counter()
app, prefs = make_app()
t2 = time.perf_counter()
window = MainWindow(prefs)
t3 = time.perf_counter()
prof = None
if os.environ.get("BENCH_UI_PROFILE"):
    import cProfile
    prof = cProfile.Profile()
    prof.enable()
ok = window.open_project(sys.argv[1])
t4 = time.perf_counter()
window.show()
app.processEvents()
t5 = time.perf_counter()
print("shown", flush=True)
if prof is not None:
    prof.disable()
print("stages", t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, ok, flush=True)
if prof is not None:
    import pstats
    pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
window.close()
"""


def launch(
    code: str, args: list[str], env: dict[str, str], extra: list[str] | None = None
) -> tuple[float, list[str], str]:
    """Run ``python -c code args``; the wall time from Popen to its line "shown", its other lines
    and its stderr."""
    t = clock()
    proc = subprocess.Popen(
        [sys.executable, *(extra or []), "-c", code, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert proc.stdout is not None and proc.stderr is not None
    shown = None
    lines = []
    for line in proc.stdout:
        if shown is None and line.strip() == "shown":
            shown = clock() - t
        else:
            lines.append(line.rstrip("\n"))
    err = proc.stderr.read()
    status = proc.wait()
    if shown is None or status:
        raise RuntimeError(f"bench_ui: a start-up child failed (exit {status}):\n{err[-2000:]}")
    return shown, lines, err


def start_pairs(
    demo: Path, env: dict[str, str], reps: int
) -> tuple[list[float], list[float], list[list[float]]]:
    launch(BARE, [], env)  # warm-ups: OS cache, bytecode cache
    launch(FACTDESK, [str(demo)], env)
    bare, full, stages = [], [], []
    for _ in range(reps):
        bare.append(launch(BARE, [], env)[0])
        took, lines, _ = launch(FACTDESK, [str(demo)], env)
        full.append(took)
        fields = next(line.split() for line in lines if line.startswith("stages"))
        if fields[-1] != "True":
            print("   warning: the demo project did not open")
        stages.append([float(x) for x in fields[1:6]])
    return bare, full, stages


def bench_start(folder: Path) -> tuple[float, float, float]:
    print(f"5. start-up, Popen to 'shown' after show() + processEvents(), medians of {START_REPS}")
    env = dict(os.environ)
    env["FACTDESK_CONFIG_DIR"] = str(folder / "config")
    env.pop("BENCH_UI_PROFILE", None)
    demo = folder / "demo.factdesk"
    subprocess.run(
        [sys.executable, "-m", "factdesk", "demo", str(demo)], env=env, check=True, stdout=subprocess.DEVNULL
    )
    # As installed, Python finds its bytecode cached: allow it (in the temporary folder, never
    # beside the sources) even when this environment says PYTHONDONTWRITEBYTECODE.
    no_bytecode = bool(env.pop("PYTHONDONTWRITEBYTECODE", ""))
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    bare, full, stages = start_pairs(demo, env, START_REPS)
    a, b = median(bare), median(full)
    ratio = b / a
    s = [statistics.median(col) for col in zip(*stages, strict=True)]
    print(
        f"   (a) bare QApplication + QMainWindow: {ms_(a)} (runs: {', '.join(f'{x * 1000:.0f}' for x in bare)} ms)"
    )
    print(
        f"   (b) FactDesk with the demo project : {ms_(b)} (runs: {', '.join(f'{x * 1000:.0f}' for x in full)} ms)"
    )
    print(
        f"   ratio {ratio:.2f}x; inside (b), medians: imports {ms_(s[0])}, make_app {ms_(s[1])}, "
        f"MainWindow {ms_(s[2])}, open_project {ms_(s[3])}, show + processEvents {ms_(s[4])}; "
        f"the interpreter's own start before these about {ms_(b - sum(s))}"
    )
    if no_bytecode:
        env_nb = dict(env, PYTHONDONTWRITEBYTECODE="1")
        env_nb.pop("PYTHONPYCACHEPREFIX")
        nb_a, nb_b, _ = start_pairs(demo, env_nb, 3)
        print(
            f"   for information, as this environment runs Python (PYTHONDONTWRITEBYTECODE, so no bytecode "
            f"cache: every module compiled at each start): bare {ms_(median(nb_a))}, FactDesk "
            f"{ms_(median(nb_b))}, ratio {median(nb_b) / median(nb_a):.2f}x (medians of 3)"
        )
    if PROFILE or ratio > TARGET_START:
        start_profile(demo, env)
    return a, b, ratio


def start_profile(demo: Path, env: dict[str, str]) -> None:
    _, _, err = launch(FACTDESK, [str(demo)], env, extra=["-X", "importtime"])
    rows = []  # (cumulative us, own us, name with its indentation)
    for line in err.splitlines():
        if line.startswith("import time:") and "|" in line:
            parts = line[len("import time:") :].split("|")
            if parts[0].strip().isdigit():
                rows.append((int(parts[1]), int(parts[0]), parts[2].rstrip()))
    total_own = sum(r[1] for r in rows)
    pkgs: dict[str, int] = {}
    for _cum, own, name in rows:
        root = name.strip().split(".")[0]
        pkgs[root] = pkgs.get(root, 0) + own
    print(
        f"   imports of (b), -X importtime (one run; {total_own / 1000:.0f} ms in all), own time by package: "
        + ", ".join(f"{k} {v / 1000:.0f} ms" for k, v in sorted(pkgs.items(), key=lambda kv: -kv[1])[:8])
    )
    ours = sorted((r for r in rows if r[2].strip().startswith("factdesk")), key=lambda r: -r[1])[:10]
    print("   FactDesk modules by own import time (ms, own / with what they import):")
    for cum, own, name in ours:
        print(f"     {own / 1000:6.1f} / {cum / 1000:6.1f}  {name.strip()}")
    _, lines, _ = launch(FACTDESK, [str(demo)], dict(env, BENCH_UI_PROFILE="1"))
    body = "\n".join(lines)
    body = body[body.find("   ncalls") :] if "   ncalls" in body else body
    print("   cProfile of (b)'s open_project + show + processEvents (by cumulative time):")
    print("\n".join("     " + line for line in body.rstrip().splitlines()[:26]))


# ---------------------------------------------------------------------------------------------


def main() -> int:
    header("bench_ui: reader, claims table and start-up against plain Qt")
    t_start = clock()
    app()
    text = article_text()
    font = reading_font()
    hs, claim_texts = make_highlights(text, N_SPANS, random.Random(1))
    multi, deepest = overlap_stats(text, hs)
    print(
        f"   {ARTICLE.name}: {len(text.split()):,} words, {len(text):,} characters, "
        f"{text.count(chr(10)) + 1} lines; {len(hs):,} highlights, {multi:,} characters under two or more, "
        f"up to {deepest} deep; font {font.family()} {font.pointSize()} pt; "
        f"platform {app().platformName()}",
        flush=True,
    )

    if "open" in ONLY:
        opened = bench_open(text, hs, claim_texts, font)
        for mode, (took, ratio) in opened.items():
            summary(
                "ui",
                f"open article + 2,000 highlights, {mode}, reader/plain",
                f"{ratio:.2f}x ({took * 1000:.0f} ms)",
                f"<= {TARGET_OPEN:.0f}x",
                ratio <= TARGET_OPEN,
            )
    if "add" in ONLY:
        med_add, max_add = bench_add(text, hs, claim_texts, font)
        summary(
            "ui",
            "add one highlight + repaint, slowest of 50",
            ms_(max_add),
            f"< {TARGET_ADD_S * 1000:.0f} ms",
            max_add < TARGET_ADD_S,
        )
        summary("ui", "add one highlight + repaint, median", ms_(med_add), "-", None)
    if "scroll" in ONLY:
        worst, p99, slowest = bench_scroll(text, hs, claim_texts, font)
        summary(
            "ui",
            "scroll frame with 2,000 highlights, slowest",
            ms_(worst),
            f"<= {TARGET_FRAME_S * 1000:.0f} ms",
            worst <= TARGET_FRAME_S,
        )
        summary("ui", "scroll frame with 2,000 highlights, 99th percentile", ms_(p99), "-", None)
        summary(
            "ui",
            f"scroll frame with 2,000 highlights, slowest of all {SCROLL_REPS} passes",
            ms_(slowest),
            "-",
            None,
        )
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-ui-") as tmp:
        if "table" in ONLY:
            table, table_base, table_conf = bench_table(Path(tmp))
            summary(
                "ui",
                "claims table, 10,000 claims, to first paint",
                ms_(table),
                f"< {TARGET_TABLE_S * 1000:.0f} ms",
                table < TARGET_TABLE_S,
            )
            summary(
                "ui", "claims table, ratio to QStandardItemModel", f"{table / table_base:.2f}x", "-", None
            )
            summary("ui", "claims table configured like the window", ms_(table_conf), "-", None)
        if "start" in ONLY:
            bare, full, start_ratio = bench_start(Path(tmp))
            summary(
                "ui",
                "start-up to a shown window, FactDesk/bare",
                f"{start_ratio:.2f}x ({full * 1000:.0f} ms)",
                f"<= {TARGET_START:.0f}x",
                start_ratio <= TARGET_START,
            )
    print(f"   (bench_ui ran for {clock() - t_start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
