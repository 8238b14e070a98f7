"""The demo project: the two seed articles and the comparison they exist for.

Both report Russian strikes on Islamic State fighters leaving Raqqa in late May 2017, and
their figures differ: more than 80 killed in one, at least 120 in the other; 36 vehicles and
17 pick-ups against 32 pick-ups; and which night was it? The claims below link every
appearance across the two articles, quoting the exact words of each.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from factdesk import packaged
from factdesk.core import operations as ops
from factdesk.importers.news import parse_article
from factdesk.importers.plaintext import read_text_file
from factdesk.store.lock import WriteLock
from factdesk.store.project import Project

SEEDS = packaged.seeds()


@dataclass(frozen=True)
class DemoAppearance:
    seed: int  # index into seeds.json's articles
    quote: str
    role: str = "asserts"


@dataclass(frozen=True)
class DemoClaim:
    text: str
    verdict: str
    rationale: str
    appearances: tuple[DemoAppearance, ...]


#: The seeds report two events, and the demo teaches to tell them apart before comparing figures:
#: a convoy struck on 25 May (both reports; only one gives its size and its dead) and an attempt to
#: leave Raqqa on the night of 30 May (only the Thursday report). «أكثر من 80» and «ما لا يقل عن
#: 120» are not one figure reported two ways: their dates say they are two events.
CLAIMS = (
    DemoClaim(
        "الطيران الروسي دمّر في 25 مايو/أيار 2017 قافلة لتنظيم داعش كانت متجهة من الرقة إلى تدمر",
        "in_progress",
        "ينسب التقريران ضرب قافلة 25 مايو/أيار إلى وزارة الدفاع الروسية، ولا تأكيد مستقلًا حتى الآن.",
        (
            DemoAppearance(0, "تمكنت من تدمير قافلة، كانت متجهة من الرقة إلى تدمر يوم 25 مايو/أيار"),
            DemoAppearance(1, "استهدف في الـ25 من الشهر الجاري قافلة تابعة لتنظيم داعش"),
        ),
    ),
    DemoClaim(
        "قُتل ما لا يقل عن 120 عنصرًا من داعش في ضرب قافلة 25 مايو/أيار",
        "unproven",
        "رقم يذكره تقرير واحد. التقرير الآخر يذكر قافلة 25 مايو/أيار بلا عدد للقتلى؛ أما «أكثر من 80 مسلحًا» "
        "فيه فعن حدث آخر، محاولة خروج ليل 30 مايو/أيار: التاريخان مختلفان، فلا تعارض بين الرقمين.",
        (DemoAppearance(1, "قتل ما لا يقل عن 120 عنصرا من تنظيم داعش"),),
    ),
    DemoClaim(
        "قافلة 25 مايو/أيار ضمّت 32 سيارة «بيك أب»",
        "unproven",
        "يذكره تقرير واحد. سيارات التقرير الآخر (36 سيارة و8 صهاريج و17 «بيك آب») دُمّرت ليل 30 مايو/أيار، "
        "في حدث آخر.",
        (DemoAppearance(1, "مكونة من 32 سيارة “بيك أب”"),),
    ),
    DemoClaim(
        "قُتل أكثر من 80 مسلحًا من داعش ودُمّرت 36 سيارة و8 صهاريج و17 «بيك آب» ليل 30 مايو/أيار "
        "أثناء محاولتهم الخروج من الرقة",
        "in_progress",
        "مصدره بيان وزارة الدفاع الروسية كما نقله تقرير الخميس 1 يونيو/حزيران وحده؛ لم نجد مصدرًا ثانيًا لهذا الحدث.",
        (
            DemoAppearance(0, "مقتل أكثر من 80 مسلحا"),
            DemoAppearance(0, 'تدمير 36 سيارة و8 صهاريج و17 سيارة "بيك آب" مزودة برشاشات'),
        ),
    ),
    DemoClaim(
        "قوات سوريا الديمقراطية نفت وجود اتفاق مع داعش يسمح لمسلحيه بالخروج من الرقة",
        "true",
        "ينقل التقريران نفي قوات سوريا الديمقراطية: على لسان متحدثها طلال سلو في أحدهما، وعبر لافروف في الآخر.",
        (
            DemoAppearance(
                1, "أكد العقيد طلال سلو الناطق الرسمي لقوات سوريا الديمقراطية أنه لا يوجد أي اتفاق"
            ),
            DemoAppearance(0, "نفت بيان وزارة الدفاع حول وجود معلومات تشير إلى وجود اتفاق"),
        ),
    ),
)


def _locate(text: str, quote: str) -> tuple[int, int]:
    at = text.find(quote)
    if at < 0:
        raise ValueError(f"demo quote not found in seed text: {quote!r}")
    return at, at + len(quote)


def build_demo(path: Path, seeds_dir: Path | None = None, *, lock: WriteLock | None = None) -> str:
    """Create the demo project at ``path``; return a one-line summary. ``lock``: the write lock of
    ``path``, already held by a caller that replaces an older file there."""
    seeds_dir = seeds_dir or SEEDS
    meta_file = seeds_dir / "seeds.json"
    if not meta_file.exists():
        raise FileNotFoundError(f"The seed articles are missing: {meta_file} not found.")
    meta = json.loads(meta_file.read_text(encoding="utf-8"))["articles"]
    project = Project.create(path, lock=lock)
    try:
        article_ids: list[str] = []
        texts: list[str] = []
        for entry in meta:
            raw, used = read_text_file(seeds_dir / entry["file"])
            draft = parse_article(raw, title_hint=entry.get("title", ""))
            op = ops.ImportArticle(
                text=draft.text,
                title=draft.title or entry.get("title", ""),
                outlet=entry.get("outlet", ""),
                author=draft.author,
                place=draft.place,
                url=entry.get("url", ""),
                published=entry.get("published", ""),
                language=entry.get("language", "ar"),
                origin=f"seed:{entry['file']};encoding={used}",
            )
            project.run(op)
            article_ids.append(op.id)
            texts.append(draft.text)

        statement = ops.AddSource(
            "بيان وزارة الدفاع الروسية عن الضربات قرب الرقة",
            kind="official_statement",
            publisher="وزارة الدفاع الروسية",
            published="2017-06-01",
            reliability="medium",
            notes="يقتبسه المقالان؛ نص البيان الأصلي لم يُرفق بعد.",
        )
        reports = [
            ops.AddSource(title, kind="article", article_id=aid, reliability="medium")
            for aid, title in zip(article_ids, _titles(project, article_ids), strict=True)
        ]
        project.run(ops.Batch("add demo sources", [statement, *reports]))

        for claim in CLAIMS:
            create = ops.CreateClaim(claim.text)
            steps: list[ops.Operation] = [create]
            for app in claim.appearances:
                start, end = _locate(texts[app.seed], app.quote)
                span = ops.AddSpan(article_ids[app.seed], start, end, kind="claim")
                steps += [span, ops.LinkSpan(create.id, span.id, app.role)]
            project.run(ops.Batch("new claim", steps))
            project.run(
                ops.AddEvidence(create.id, statement.id, "supports", note="بيان الوزارة كما نقلته الوسيلتان.")
            )
            for aid, source_op in zip(article_ids, reports, strict=True):
                if any(article_ids[a.seed] == aid for a in claim.appearances):
                    project.run(ops.AddEvidence(create.id, source_op.id, "context"))
            project.run(
                ops.SetVerdict(
                    create.id, claim.verdict, rationale=claim.rationale, reviewer="فريق التحقق (مشروع تجريبي)"
                )
            )
        shared = sum(len({a.seed for a in claim.appearances}) > 1 for claim in CLAIMS)
        return f"{len(article_ids)} articles, {len(CLAIMS)} claims, {shared} of them found in both"
    finally:
        project.close()


def _titles(project: Project, ids: list[str]) -> list[str]:
    return [str((project.get("article", i) or {}).get("title", "")) for i in ids]
