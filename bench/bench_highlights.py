"""Many highlights in one paragraph: opening stays near linear in the number of highlights.

The reader lays out a block's highlights as one sweep over their edges (``reader.span_segments``);
asking every highlight at every edge made 100,000 highlights in one paragraph take 516 s to open.

The text: ``../shared/corpus/articles/snn_001.txt`` (read at run time) made one paragraph (its
line breaks become spaces) and repeated 8 times, about 51,000 words. The highlights: 1,000,
10,000 and 100,000 word-aligned spans of 1-3 words at random places, three quarters with one of
five verdict colours and a claim, the rest unlinked (so they overlap where they meet). "Open" is
``ArticleReader.set_article`` + ``set_highlights`` to the first paint of a new reader shown at
1000x800 (as ``bench_ui.py``). Baselines in the same run: a ``QPlainTextEdit`` given the same text,
font and size (the cost of the text alone), and, for information, the reader with the same
100,000 highlights on the same words cut into paragraphs of 60 words.

Figures: each open time (median of 3 after a warm-up), the highlights' own cost (open time minus
the plain editor's), and the growth from 1k to 10k and from 10k to 100k highlights, of the
totals and of the highlights' own cost. Target: 10 times the highlights at most 15 times the
highlights' own cost, at both steps.

    /tmp/venv/bin/python bench/bench_highlights.py              # figures and PASS/MISS
    /tmp/venv/bin/python bench/bench_highlights.py --profile    # also a cProfile of the 100k open
"""

from __future__ import annotations

import os

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import random
import re
import sys

from bench_ui import (
    COLOURS,
    PaintCounter,
    app,
    article_text,
    discard,
    new_plain,
    open_plain,
    paint_now,
    print_profile,
    profiled,
    reading_font,
    settle,
)
from benchlib import clock, header, median, summary
from PySide6.QtGui import QFont

from factdesk.ui.reader import ArticleReader, Highlight

BENCH = "highlights"
COUNTS = (1_000, 10_000, 100_000)
REPEAT_TEXT = 8
REPEATS = 3
GROWTH_TARGET = 15.0
READER_SIZE = (1000, 800)


def one_paragraph() -> str:
    body = " ".join(article_text().split())
    return " ".join([body] * REPEAT_TEXT)


def make_highlights(text: str, n: int, rng: random.Random) -> list[Highlight]:
    words = [m.span() for m in re.finditer(r"\S+", text)]
    out = []
    for i in range(n):
        first = rng.randrange(len(words) - 3)
        last = first + rng.randint(0, 2)
        start, end = words[first][0], words[last][1]
        if rng.random() < 0.75:
            out.append(
                Highlight(f"span-{i}", start, end, (f"claim-{rng.randrange(300)}",), rng.choice(COLOURS))
            )
        else:
            out.append(Highlight(f"span-{i}", start, end, (), ""))
    return out


def in_paragraphs(text: str, words_per_paragraph: int = 60) -> str:
    """The same characters, with a line break instead of every 60th space (same offsets)."""
    out, count = [], 0
    for ch in text:
        if ch == " ":
            count += 1
            if count % words_per_paragraph == 0:
                out.append("\n")
                continue
        out.append(ch)
    return "".join(out)


def open_reader(font: QFont, text: str, hs: list[Highlight]) -> float:
    w = ArticleReader()
    w.setFont(font)
    w.resize(*READER_SIZE)
    counter = PaintCounter(w.viewport())
    settle()
    t = clock()
    w.set_article("article", text)
    w.set_highlights(hs, {})
    paint_now(w, w.viewport(), counter)
    took = clock() - t
    discard(w)
    return took


def plain_open(font: QFont, text: str) -> float:
    w, counter = new_plain(font)
    w.resize(*READER_SIZE)
    settle()
    took = open_plain(w, counter, text)["total"]
    discard(w)
    return took


def main(argv: list[str]) -> int:
    header("bench_highlights: opening an article with many highlights in one paragraph")
    app()
    font = reading_font()
    text = one_paragraph()
    rng = random.Random(7)
    sets = {n: make_highlights(text, n, rng) for n in COUNTS}
    print(
        f"   one paragraph of {len(text):,} characters; reader {READER_SIZE[0]}x{READER_SIZE[1]}, "
        f"font {font.family()} {font.pointSize()} pt"
    )

    open_reader(font, text, sets[COUNTS[0]])  # warm-up
    plain_open(font, text)
    plain = median([plain_open(font, text) for _ in range(REPEATS)])
    print(f"   plain QPlainTextEdit, same text: {plain:.3f} s")
    totals: dict[int, float] = {}
    for n in COUNTS:
        totals[n] = median([open_reader(font, text, sets[n]) for _ in range(REPEATS)])
        own = max(totals[n] - plain, 1e-3)
        print(
            f"   {n:>7,} highlights in one paragraph: open {totals[n]:.3f} s "
            f"(highlights' own cost {own:.3f} s, {totals[n] / plain:.1f}x the plain editor)",
            flush=True,
        )
        summary(
            BENCH, f"open with {n // 1000}k highlights in one paragraph", f"{totals[n]:.2f} s", "info", None
        )

    spread = median([open_reader(font, in_paragraphs(text), sets[COUNTS[-1]]) for _ in range(REPEATS)])
    print(
        f"   {COUNTS[-1]:,} highlights over the same words in paragraphs of 60 words: {spread:.3f} s "
        f"(one paragraph: {totals[COUNTS[-1]] / spread:.2f}x that)"
    )
    summary(
        BENCH,
        "100k in one paragraph / spread over paragraphs",
        f"{totals[COUNTS[-1]] / spread:.2f}x",
        "info",
        None,
    )

    for small, big in zip(COUNTS, COUNTS[1:], strict=False):
        total_growth = totals[big] / totals[small]
        own_growth = max(totals[big] - plain, 1e-3) / max(totals[small] - plain, 1e-3)
        print(
            f"   {small:,} -> {big:,} highlights (10x): total {total_growth:.1f}x, highlights' own cost "
            f"{own_growth:.1f}x"
        )
        summary(
            BENCH,
            f"growth {small // 1000}k->{big // 1000}k highlights (own cost)",
            f"{own_growth:.1f}x",
            f"<= {GROWTH_TARGET:.0f}x",
            own_growth <= GROWTH_TARGET,
        )

    if "--profile" in argv:
        print_profile(
            "opening with 100k highlights", profiled(lambda: open_reader(font, text, sets[COUNTS[-1]]))
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
