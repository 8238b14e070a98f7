"""Reading a whole article for what can be checked, as the reader's suggestions and ``factdesk suggest``
do: figures, dates, attributions and the ranked sentences together (:func:`factdesk.app.reading.read_text`).

The text: ``../shared/corpus/articles/snn_001.txt`` (read at run time, about 6,400 words) and the same text
three times over (about 19,000 words, to show the growth is linear). Each is timed as the median of 7 runs after a
warm-up that also pays the lazy imports. Baseline in the same run: splitting the same text into sentences and
words with one regular expression (the least any reading of it costs). Target: the 6,000-word article read in
≤ 200 ms, so that the reader's suggestions come within a blink of opening it (they are computed off the
window's thread either way).

    python bench/assist_reading.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from benchlib import clock, header, median, ms, summary

from factdesk.app.reading import read_text

REPO = Path(__file__).resolve().parents[1]
TEXT = REPO.parent / "shared" / "corpus" / "articles" / "snn_001.txt"
WORDS = re.compile(r"\w+|[.!?؟\n]")


def timings(fn: object, runs: int = 7) -> float:
    assert callable(fn)
    fn()
    out = []
    for _ in range(runs):
        t = clock()
        fn()
        out.append(clock() - t)
    return median(out)


def main() -> int:
    header("assist: reading an article for figures, dates, attributions and suggestions")
    if not TEXT.exists():
        print(f"missing: {TEXT} (the corpus is read from ../shared beside the repository)")
        return 1
    text = TEXT.read_text(encoding="utf-8")
    ok = True
    for times in (1, 3):
        body = "\n".join([text] * times)
        words = len(body.split())
        base = timings(lambda body=body: WORDS.findall(body))
        reading = read_text("bench", body, None)
        ours = timings(lambda body=body: read_text("bench", body, None))
        print(
            f"   {words} words: {len(reading.figures)} figures, {len(reading.dates)} dates, "
            f"{len(reading.attributions)} attributions, {len(reading.suggestions)} sentences ranked"
        )
        print(f"   one regular-expression pass: {ms(base)}   reading: {ms(ours)}")
        target = times == 1
        ok = ok and (ours <= 0.2 if target else True)
        summary("assist_reading", f"read {words} words", f"{ms(ours).strip()} ({ours / base:.0f}x a regex pass)",
                "<= 200 ms" if target else "linear (info)", (ours <= 0.2) if target else None)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
