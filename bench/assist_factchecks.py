"""Has this been fact-checked already? Matching quality and speed of factdesk.assist.factchecks.

Builds synthetic fact-check items from sentences of the shared corpus (../shared/corpus/articles;
nothing is written to the repository), perturbs a held-out sample of claims the way people retype
them (ة/ه ى/ي أ/ا, proclitics و/ب/ل added or removed, one word dropped or added, words reordered)
and reports top-1/top-3 accuracy, time per query on 10,000 items and reading time for 10,000
items as JSON. Targets: top-3 ≥ 0.9, median and 95th percentile ≤ 50 ms.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import sys
from pathlib import Path

from benchlib import clock, header, ms, summary

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's factdesk

from factdesk.assist.factchecks import FactCheck, FactCheckIndex, read_factchecks

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "articles"
N_ITEMS = 10_000
N_QUERIES = 300
PUBLISHERS = ["مسبار", "فتبينوا", "AFP عربي", "تأكد", "صحيح مصر", "Misbar", "Fatabyyano"]
RATINGS = ["مضلل", "زائف", "صحيح", "غير دقيق", "False", "Misleading", "نصف صحيح", "ملفق"]
_SENT = re.compile(r"[^.!؟?\n]+")


def sentences() -> list[str]:
    files = sorted(CORPUS.glob("*.txt"))
    if not files:
        sys.exit(f"no corpus articles under {CORPUS}")
    out: list[str] = []
    for f in files:
        for s in _SENT.findall(f.read_text(encoding="utf-8")):
            words = s.split()
            if 8 <= len(words) <= 30:
                out.append(" ".join(words))
    return sorted(set(out))


def make_items(sents: list[str], n: int, rng: random.Random) -> list[FactCheck]:
    """n items: the corpus sentences, then recombined halves of them (plausible near-duplicates)."""
    claims = list(sents)
    while len(claims) < n:
        a, b = rng.sample(sents, 2)
        wa, wb = a.split(), b.split()
        claims.append(" ".join(wa[: len(wa) // 2] + wb[len(wb) // 2 :]))
    claims = claims[:n]
    return [
        FactCheck(
            claim_text=c,
            url=f"https://example.org/check/{i}",
            publisher=rng.choice(PUBLISHERS),
            rating=rng.choice(RATINGS),
        )
        for i, c in enumerate(claims)
    ]


_SWAPS = [("ة", "ه"), ("ه", "ة"), ("ى", "ي"), ("ي", "ى"), ("أ", "ا"), ("ا", "أ"), ("إ", "ا")]


def perturb(text: str, rng: random.Random, filler: list[str]) -> tuple[str, str]:
    words = text.split()
    kind = rng.choice(["spelling", "proclitic", "drop", "add", "reorder"])
    if kind == "spelling":
        for _ in range(3):
            i = rng.randrange(len(words))
            a, b = rng.choice(_SWAPS)
            words[i] = words[i].replace(a, b)
    elif kind == "proclitic":
        for _ in range(2):
            i = rng.randrange(len(words))
            w = words[i]
            if w[:1] in "وبل" and len(w) > 4:
                words[i] = w[1:]
            else:
                words[i] = rng.choice("وبل") + w
    elif kind == "drop":
        del words[rng.randrange(len(words))]
    elif kind == "add":
        words.insert(rng.randrange(len(words) + 1), rng.choice(filler))
    else:
        i = rng.randrange(len(words) - 3)
        words[i : i + 4] = [words[i + 2], words[i + 3], words[i], words[i + 1]]
    return " ".join(words), kind


def main() -> None:
    header("assist: has this been fact-checked already?")
    rng = random.Random(11)
    sents = sentences()
    items = make_items(sents, N_ITEMS, rng)
    print(f"   {len(sents)} corpus sentences of 8-30 words, {len(items)} items")

    payload = json.dumps(
        {"claims": [{"text": it.claim_text, "claimReview": [{"url": it.url, "textualRating": it.rating,
                     "publisher": {"name": it.publisher}}]} for it in items]},
        ensure_ascii=False,
    ).encode("utf-8")  # fmt: skip
    t = clock()
    read = read_factchecks(payload, "export.json")
    t_read = clock() - t
    assert len(read.items) == N_ITEMS
    summary("assist_factchecks", "read 10,000 items (JSON)", ms(t_read).strip(), "≤ 1 s", t_read <= 1.0)

    t = clock()
    index = FactCheckIndex(items)
    t_index = clock() - t
    summary("assist_factchecks", "index 10,000 items", ms(t_index).strip(), "info", None)

    filler = [w for s in rng.sample(sents, 50) for w in s.split()][:200]
    sample = rng.sample(range(min(len(sents), N_ITEMS)), N_QUERIES)
    top1 = top3 = 0
    times: list[float] = []
    by_kind: dict[str, list[int]] = {}
    for i in sample:
        query, kind = perturb(items[i].claim_text, rng, filler)
        t = clock()
        found = index.match(query, limit=3)
        times.append(clock() - t)
        urls = [m.item.url for m in found]
        hit1 = bool(urls) and urls[0] == items[i].url
        hit3 = items[i].url in urls
        top1 += hit1
        top3 += hit3
        by_kind.setdefault(kind, [0, 0])
        by_kind[kind][0] += hit3
        by_kind[kind][1] += 1
    n = len(sample)
    for kind, (ok, tot) in sorted(by_kind.items()):
        print(f"   {kind:10s} top-3 {ok}/{tot}")
    summary("assist_factchecks", "top-1 accuracy", f"{top1 / n:.3f}", "info", None)
    summary("assist_factchecks", "top-3 accuracy", f"{top3 / n:.3f}", "≥ 0.9", top3 / n >= 0.9)
    med = statistics.median(times)
    p95 = sorted(times)[int(0.95 * (n - 1))]
    summary("assist_factchecks", "median per query (10,000 items)", ms(med).strip(), "≤ 50 ms", med <= 0.05)
    summary("assist_factchecks", "95th percentile per query", ms(p95).strip(), "≤ 50 ms", p95 <= 0.05)


if __name__ == "__main__":
    main()
