"""A small project for the dashboard and printable-report tests (importable as ``printed``).

Two outlets, three claims: one false (corrected twice, quoted by both outlets, with a source), one
true (one outlet), and one hostile (markup, a script, an unclosed right-to-left override, a
javascript: link), quoted nowhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factdesk.core import operations as ops
from factdesk.store.project import Project

AHRAM = "أعلن الوزير أن التضخم تراجع إلى 5% في فبراير، وأن الحكومة افتتحت 12 مدرسة جديدة في أسوان."
JAZEERA = "نقلت مصادر أن التضخم تراجع إلى 5% في فبراير 2024 بحسب بيان رسمي."

FALSE_CLAIM = "التضخم تراجع إلى 5% في فبراير 2024"
TRUE_CLAIM = "افتتاح 12 مدرسة جديدة في أسوان"
HOSTILE_CLAIM = '</section><script>alert("x")</script><img src=x onerror=alert(1)> \u202eعكس 120'
SOURCE_URL = "https://capmas.example/cpi-2024-02"
RATIONALE = "نشرة الجهاز المركزي للإحصاء تقول إن التضخم بلغ 7.2% في فبراير."


@dataclass(frozen=True)
class Built:
    path: Path
    false_id: str
    true_id: str
    hostile_id: str
    ahram_id: str


def _span(p: Project, article_id: str, text: str, quote: str) -> str:
    start = text.index(quote)
    op = ops.AddSpan(article_id, start, start + len(quote))
    p.run(op)
    return op.id


def build(path: Path) -> Built:
    with Project.create(path) as p:
        ahram = ops.ImportArticle(AHRAM, title="تصريحات الوزير", outlet="الأهرام", published="2024-03-01")
        jazeera = ops.ImportArticle(JAZEERA, title="بيان التضخم", outlet="الجزيرة", published="2024-04-10")
        p.run(ahram)
        p.run(jazeera)
        false = ops.CreateClaim(FALSE_CLAIM)
        true = ops.CreateClaim(TRUE_CLAIM)
        hostile = ops.CreateClaim(HOSTILE_CLAIM)
        for op in (false, true, hostile):
            p.run(op)
        p.run(ops.LinkSpan(false.id, _span(p, ahram.id, AHRAM, "التضخم تراجع إلى 5% في فبراير")))
        p.run(ops.LinkSpan(false.id, _span(p, jazeera.id, JAZEERA, "التضخم تراجع إلى 5% في فبراير 2024")))
        p.run(ops.LinkSpan(true.id, _span(p, ahram.id, AHRAM, "افتتحت 12 مدرسة جديدة في أسوان")))
        source = ops.AddSource("نشرة الأسعار الشهرية", url=SOURCE_URL, publisher="الجهاز المركزي للإحصاء")
        bad = ops.AddSource("<b>مصدر</b>", url="javascript:alert(1)")
        p.run(source)
        p.run(bad)
        p.run(ops.AddEvidence(false.id, source.id, stance="refutes", note="7.2% لا 5%"))
        p.run(ops.AddEvidence(hostile.id, bad.id, stance="context"))
        p.run(ops.SetVerdict(false.id, "misleading", rationale="أولي", reviewer="سارة"))
        p.run(ops.SetVerdict(false.id, "false", rationale=RATIONALE, reviewer="سارة"))
        p.run(ops.SetVerdict(true.id, "true", rationale="صور الافتتاح الرسمية.", reviewer="منى"))
    return Built(path, false.id, true.id, hostile.id, ahram.id)
