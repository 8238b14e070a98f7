"""Generate large synthetic FactDesk projects for the benchmarks.

The Arabic text is made at run time from the *vocabulary* of the shared test corpus
(``../shared/corpus/articles/*.txt``, beside the repository): words are sampled with a
Zipf-like law over their corpus frequency rank (now and then following a word that really
follows the previous one in the corpus, so that common phrases exist), strung into sentences
with «،» and «.», some figures, and paragraphs. No corpus text is ever written into the
repository; generated projects go to a temporary folder or to ``bench/out/`` (gitignored).

Everything goes through FactDesk's real operations (``ImportArticle``, ``AddSpan``,
``CreateClaim``, ``LinkSpan``, ``SetVerdict``, ``AddSource``, ``AddEvidence``) in ``Batch``es
of a few thousand operations per ``Project.run``, so a generated project is exactly what the
application would have written. Content and ids are deterministic for a given seed (timestamps
are not: they are the time of generation).

    python bench/synth.py OUT.factdesk --articles 10000 --spans 100000 --claims 10000 --seed 1
    python bench/synth.py --cache     # the benchmarks' projects in bench/out/, made once
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import itertools
import math
import os
import random
import re
import shutil
import sys
import time
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from factdesk.core import model
from factdesk.core import operations as ops
from factdesk.core.verdicts import DEFAULT_SCALE
from factdesk.store import version
from factdesk.store.project import Project

#: Bump whenever the generated content changes, so cached projects are regenerated.
GEN_VERSION = 1

BENCH = Path(__file__).resolve().parent
OUT = BENCH / "out"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

#: The sizes the benchmarks use (articles, spans, claims).
BIG = (10_000, 100_000, 10_000)
SMALL = (1_000, 10_000, 1_000)

ARTICLES_PER_RUN = 500
SPANS_PER_RUN = 5_000
CLAIMS_PER_RUN = 1_000  # about 4,500 operations with their links, verdicts and evidence

# Arabic letters (hamza .. yeh, without tatweel) and the harakat, shadda, sukun, superscript alef.
_WORD = re.compile(r"[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670]+")
# What a span may start or end on: anything but spaces and the punctuation the generator adds.
_SPANNABLE = re.compile(r"[^\s.،«»]+")

ZIPF_S = 1.07  # exponent of the Zipf-Mandelbrot law over frequency ranks
ZIPF_Q = 2.7  # its offset (flattens the very top, like real text)
FOLLOW = 0.15  # chance that the next word is one that follows the previous word in the corpus

# Metadata vocabularies written for the benchmark (not taken from the corpus).
OUTLETS = (
    "الوطن",
    "الرياض",
    "اليوم",
    "الشرق",
    "الحياة",
    "المدينة",
    "الجزيرة",
    "الأنباء",
    "النهار",
    "الصباح",
    "الخليج",
    "البيان",
)
FIRST = ("محمد", "أحمد", "علي", "فاطمة", "سارة", "خالد", "عمر", "ليلى", "يوسف", "مريم", "هدى", "سامي")
LAST = ("العلي", "الحسن", "السعيد", "الخطيب", "النجار", "الأحمد", "المصري", "الشامي", "القحطاني", "الزهراني")
PLACES = (
    "الرياض",
    "جدة",
    "الدمام",
    "القاهرة",
    "بيروت",
    "دمشق",
    "الرقة",
    "عمّان",
    "بغداد",
    "تونس",
    "الدوحة",
    "مسقط",
)
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


class CorpusMissing(SystemExit):
    pass


# ---------------------------------------------------------------------------------------------
# vocabulary


@dataclass(frozen=True)
class Vocabulary:
    words: tuple[str, ...]  # by rank: most frequent first
    cum_weights: tuple[float, ...]  # Zipf-Mandelbrot over the ranks
    follows: dict[str, tuple[str, ...]]  # word -> the words that follow it in the corpus
    counts: dict[str, int]  # corpus frequency (0 for derived forms)
    bigrams: tuple[tuple[str, str], ...]  # most frequent corpus bigrams first

    def pick(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cum_weights, k=k)


def corpus_files() -> list[Path]:
    folder = CORPUS / "articles"
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not files:
        raise CorpusMissing(
            f"bench: the shared test corpus was not found at {folder}.\n"
            "The benchmarks build their Arabic text from its vocabulary at run time; put the corpus "
            "beside the repository (../shared/corpus/articles/*.txt) and run again."
        )
    return files


@cache
def vocabulary() -> Vocabulary:
    counts: collections.Counter[str] = collections.Counter()
    nexts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    pairs: collections.Counter[tuple[str, str]] = collections.Counter()
    for path in corpus_files():
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            # Only words that follow each other inside one clause count as a sequence.
            for clause in re.split(r"[.،,؛:!?؟()\"«»]", line):
                seq = _WORD.findall(clause)
                counts.update(seq)
                for a, b in itertools.pairwise(seq):
                    nexts[a][b] += 1
                    pairs[(a, b)] += 1
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    # A longer tail of real Arabic forms: proclitics on the corpus' definite nouns (وال، بال، لل).
    seen = set(ranked)
    derived = []
    for w in ranked:
        if w.startswith("ال") and len(w) > 3:
            for form in ("و" + w, "ب" + w, "ل" + w[1:]):
                if form not in seen:
                    seen.add(form)
                    derived.append(form)
    words = tuple(ranked + derived)
    cum = tuple(itertools.accumulate(1.0 / (r + ZIPF_Q) ** ZIPF_S for r in range(1, len(words) + 1)))
    follows = {a: tuple(b for b, _ in c.most_common(8)) for a, c in nexts.items()}
    bigrams = tuple(p for p, _ in pairs.most_common(50))
    return Vocabulary(words, cum, follows, dict(counts), bigrams)


# ---------------------------------------------------------------------------------------------
# text


def _number(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.35:
        s = str(rng.randint(2000, 2024))
    elif r < 0.8:
        s = str(rng.randint(1, 500))
    elif r < 0.9:
        s = f"{rng.randint(1, 99)}%"
    else:
        s = f"{rng.randint(1, 31)}/{rng.randint(1, 12)}/{rng.randint(2010, 2024)}"
    return s.translate(EASTERN) if rng.random() < 0.15 else s


def words(rng: random.Random, vocab: Vocabulary, n: int) -> list[str]:
    """``n`` words: Zipf draws, sometimes a real successor of the previous word, some figures."""
    draws = vocab.pick(rng, n)
    out: list[str] = []
    prev = ""
    for w in draws:
        r = rng.random()
        if r < 0.02:
            w = _number(rng)
        elif r < 0.02 + FOLLOW and prev in vocab.follows:
            w = rng.choice(vocab.follows[prev])
        out.append(w)
        prev = w
    return out


def article_length(rng: random.Random) -> int:
    """Words in an article: log-normal (median about 450), kept within 150-1,200."""
    return max(150, min(1200, int(rng.lognormvariate(math.log(450), 0.55))))


def body(rng: random.Random, vocab: Vocabulary, n_words: int) -> str:
    ws = words(rng, vocab, n_words)
    paragraphs: list[str] = []
    i = 0
    while i < len(ws):
        sentences = []
        for _ in range(rng.randint(2, 6)):
            if i >= len(ws):
                break
            n = rng.randint(8, 30)
            chunk = ws[i : i + n]
            i += n
            # a comma after some words, never after the last one
            parts = [
                w + "،" if j < len(chunk) - 1 and rng.random() < 0.07 else w for j, w in enumerate(chunk)
            ]
            if rng.random() < 0.04 and len(parts) > 6:  # a short quotation
                a = rng.randrange(0, len(parts) - 4)
                parts[a] = "«" + parts[a]
                parts[a + 3] = parts[a + 3].rstrip("،") + "»"
            sentences.append(" ".join(parts) + ".")
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def sentence(rng: random.Random, vocab: Vocabulary, lo: int, hi: int) -> str:
    return " ".join(words(rng, vocab, rng.randint(lo, hi)))


def new_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def synthetic_article(rng: random.Random, vocab: Vocabulary | None = None) -> ops.ImportArticle:
    """One ImportArticle with a synthetic body, title and metadata (used by the import bench too)."""
    vocab = vocab or vocabulary()
    day = rng.randrange(0, 3652)
    published = time.strftime("%Y-%m-%d", time.gmtime(1420070400 + day * 86400))  # 2015-2024
    return ops.ImportArticle(
        text=body(rng, vocab, article_length(rng)),
        title=sentence(rng, vocab, 5, 12),
        outlet=rng.choice(OUTLETS),
        author=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        place=rng.choice(PLACES),
        url=f"https://news.example/{rng.choice(OUTLETS)}/{rng.getrandbits(40):x}",
        published=published,
        origin="synthetic",
        id=new_id(rng),
    )


# ---------------------------------------------------------------------------------------------
# projects


SPAN_KINDS = ("highlight", "claim", "figure", "date", "name", "evidence")
SPAN_KIND_WEIGHTS = (45, 30, 10, 5, 5, 5)
VERDICT_KEYS = tuple(v.key for v in DEFAULT_SCALE)
# unverified, in_progress, true, mostly_true, half_true, misleading, false, unproven
VERDICT_WEIGHTS = (25, 12, 12, 10, 10, 10, 13, 8)
SOURCE_KINDS = ("document", "official_statement", "person", "dataset", "archived_page", "article", "other")


def _span_in(rng: random.Random, bounds: list[tuple[int, int]]) -> tuple[int, int]:
    """A word-aligned range of 1-25 words (short ones most likely)."""
    n_words = min(len(bounds), 1 + int(rng.expovariate(1 / 6)) % 25)
    first = rng.randrange(0, len(bounds) - n_words + 1)
    return bounds[first][0], bounds[first + n_words - 1][1]


def generate(
    path: str | os.PathLike[str],
    articles: int = 10_000,
    spans: int = 100_000,
    claims: int = 10_000,
    seed: int = 1,
    *,
    quiet: bool = False,
) -> Path:
    """Create a new project at ``path`` filled through the real operations; return its path."""
    t0 = time.perf_counter()
    path = Path(path)
    vocab = vocabulary()
    rng = random.Random(seed)
    project = Project.create(path)
    timings: dict[str, float] = {}
    try:
        # ---- articles, and the spans each will carry (word-aligned, decided while the text is at hand)
        per_article = collections.Counter(rng.randrange(articles) for _ in range(spans)) if articles else {}
        span_specs: list[tuple[str, int, int, str]] = []  # article id, start, end, kind
        article_ids: list[str] = []
        t = time.perf_counter()
        for lo in range(0, articles, ARTICLES_PER_RUN):
            chunk = []
            for i in range(lo, min(articles, lo + ARTICLES_PER_RUN)):
                art = synthetic_article(rng, vocab)
                chunk.append(art)
                article_ids.append(art.id)
                if per_article.get(i):
                    bounds = [m.span() for m in _SPANNABLE.finditer(art.text)]
                    for _ in range(per_article[i]):
                        start, end = _span_in(rng, bounds)
                        kind = rng.choices(SPAN_KINDS, SPAN_KIND_WEIGHTS)[0]
                        span_specs.append((art.id, start, end, kind))
            project.run(ops.Batch(f"import {len(chunk)} articles", chunk))
        timings["articles"] = time.perf_counter() - t

        # ---- spans
        t = time.perf_counter()
        span_ids: list[str] = []
        span_article: dict[str, str] = {}
        claim_pool: list[str] = []
        for lo in range(0, len(span_specs), SPANS_PER_RUN):
            batch = []
            for aid, start, end, kind in span_specs[lo : lo + SPANS_PER_RUN]:
                sid = new_id(rng)
                batch.append(
                    ops.AddSpan(
                        aid,
                        start,
                        end,
                        kind=kind,
                        id=sid,
                        note="" if rng.random() < 0.8 else sentence(rng, vocab, 3, 10),
                    )
                )
                span_ids.append(sid)
                span_article[sid] = aid
                if kind == "claim":
                    claim_pool.append(sid)
            project.run(ops.Batch(f"highlight {len(batch)}", batch))
        timings["spans"] = time.perf_counter() - t

        # ---- sources
        t = time.perf_counter()
        source_ids: list[str] = []
        n_sources = max(1, claims // 4) if claims else 0
        batch = []
        for _ in range(n_sources):
            sid = new_id(rng)
            source_ids.append(sid)
            batch.append(
                ops.AddSource(
                    title=sentence(rng, vocab, 3, 9),
                    kind=rng.choice(SOURCE_KINDS),
                    url=f"https://source.example/{rng.getrandbits(48):x}" if rng.random() < 0.7 else "",
                    publisher=rng.choice(OUTLETS),
                    published=f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}",
                    reliability=rng.choice(("unknown", "low", "medium", "high")),
                    notes="" if rng.random() < 0.6 else sentence(rng, vocab, 5, 15),
                    article_id=rng.choice(article_ids) if article_ids and rng.random() < 0.2 else None,
                    id=sid,
                )
            )
        if batch:
            project.run(ops.Batch(f"add {len(batch)} sources", batch))
        timings["sources"] = time.perf_counter() - t

        # ---- claims: each linked to 1-3 spans in different articles, most given a verdict
        t = time.perf_counter()
        rng.shuffle(claim_pool)
        pool = iter(claim_pool)
        batch = []
        for c in range(claims):
            cid = new_id(rng)
            batch.append(ops.CreateClaim(sentence(rng, vocab, 6, 20), id=cid))
            want = rng.choices((1, 2, 3), (50, 30, 20))[0]
            used_articles: set[str] = set()
            linked: list[str] = []
            tries = 0
            while len(linked) < want and span_ids and tries < 10:
                tries += 1
                sid = next(pool, None) or rng.choice(span_ids)
                if span_article[sid] in used_articles:
                    continue
                used_articles.add(span_article[sid])
                linked.append(sid)
                role = rng.choices(model.ROLES, (80, 10, 10))[0]
                batch.append(ops.LinkSpan(cid, sid, role, id=new_id(rng)))
            verdict = rng.choices(VERDICT_KEYS, VERDICT_WEIGHTS)[0]
            if verdict != "unverified":
                batch.append(
                    ops.SetVerdict(
                        cid,
                        verdict,
                        rationale=sentence(rng, vocab, 10, 40),
                        reviewer=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                    )
                )
            for _ in range(rng.choices((0, 1, 2, 3), (30, 40, 20, 10))[0] if source_ids else 0):
                batch.append(
                    ops.AddEvidence(
                        cid,
                        rng.choice(source_ids),
                        rng.choice(model.STANCES),
                        span_id=rng.choice(linked) if linked and rng.random() < 0.3 else None,
                        note="" if rng.random() < 0.5 else sentence(rng, vocab, 4, 12),
                        id=new_id(rng),
                    )
                )
            if (c + 1) % CLAIMS_PER_RUN == 0 or c == claims - 1:
                project.run(ops.Batch(f"claims up to {c + 1}", batch))
                batch = []
        timings["claims"] = time.perf_counter() - t
    except BaseException:
        project.close()
        raise
    project.close()
    took = time.perf_counter() - t0
    if not quiet:
        parts = ", ".join(f"{k} {v:.1f}s" for k, v in timings.items())
        size = path.stat().st_size / 1e6
        print(
            f"synth: generated {path.name}: {articles:,} articles, {len(span_specs):,} spans, "
            f"{claims:,} claims in {took:.1f}s ({parts}); {size:.0f} MB",
            flush=True,
        )
    return path


# ---------------------------------------------------------------------------------------------
# the cache in bench/out


@cache
def fold_fingerprint() -> str:
    """Changes whenever the search fold changes (the index in a cached project would be stale)."""
    from factdesk.nlp.fold import fold

    probe = "".join(
        chr(c)
        for r in (
            (0x0600, 0x0700),
            (0x0750, 0x0780),
            (0x08A0, 0x0900),
            (0xFB50, 0xFE00),
            (0xFE70, 0xFEFF),
            (0x41, 0x5B),
        )
        for c in range(*r)
    )
    return hashlib.sha1(fold(probe).encode("utf-8", "surrogatepass")).hexdigest()[:8]


def cache_name(articles: int, spans: int, claims: int, seed: int) -> str:
    return (
        f"synth-g{GEN_VERSION}-v{version.SCHEMA_VERSION}-f{fold_fingerprint()}"
        f"-a{articles}-s{spans}-c{claims}-r{seed}.factdesk"
    )


def cached(articles: int, spans: int, claims: int, seed: int = 1) -> Path:
    """A generated project in bench/out/, made once per generator version, fold and size."""
    OUT.mkdir(exist_ok=True)
    target = OUT / cache_name(articles, spans, claims, seed)
    if target.exists():
        return target
    tail = f"-a{articles}-s{spans}-c{claims}-r{seed}.factdesk"
    for stale in OUT.glob("synth-*" + tail):  # older generator or fold: same size, now useless
        _remove_project(stale)
    tmp = OUT / f".partial-{os.getpid()}-{target.name}"
    _remove_project(tmp)
    print(f"synth: {target.name} is not cached yet; generating it (once)...", flush=True)
    try:
        generate(tmp, articles, spans, claims, seed)
        os.replace(tmp, target)
    finally:
        _remove_project(tmp)
    return target


def working_copy(source: Path, folder: str | os.PathLike[str]) -> Path:
    """A copy of a cached project in ``folder``, so that opening it (WAL, ``PRAGMA optimize`` on
    close, on-open backups beside it) never changes the cache the next benchmark reads."""
    target = Path(folder) / source.name
    shutil.copyfile(source, target)
    return target


def _remove_project(p: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(p) + suffix).unlink(missing_ok=True)
    backups = p.with_name(p.name + "-backups")
    if backups.is_dir():
        for f in backups.iterdir():
            f.unlink()
        backups.rmdir()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, nargs="?", help="the new project file (must not exist)")
    ap.add_argument(
        "--cache",
        action="store_true",
        help="instead: make sure the benchmarks' cached projects exist in bench/out/",
    )
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--spans", type=int, default=None, help="default: 10 per article")
    ap.add_argument("--claims", type=int, default=None, help="default: 1 per article")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    if a.cache:
        for size in (SMALL, BIG):
            print(f"synth: cached {cached(*size)}")
        return 0
    if a.out is None:
        ap.error("give the new project's path (or --cache)")
    if a.out.exists():
        print(f"synth: {a.out} already exists; not overwriting it.", file=sys.stderr)
        return 2
    spans = a.spans if a.spans is not None else 10 * a.articles
    claims = a.claims if a.claims is not None else a.articles
    generate(a.out, a.articles, spans, claims, a.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
