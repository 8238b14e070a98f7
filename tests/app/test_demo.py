"""The demo project built from the seed articles: the comparison FactDesk exists for."""

from __future__ import annotations

from pathlib import Path

from support import REPO, shared

from factdesk.store.project import Project


def test_seeds_in_the_repository_are_the_shared_seed_articles() -> None:
    for original in shared("seeds").glob("*.txt"):
        assert (REPO / "seeds" / original.name).read_bytes() == original.read_bytes()


def test_demo_articles_have_their_metadata_and_no_site_boilerplate(demo_file: Path) -> None:
    with Project.open(demo_file, readonly=True) as p:
        arts = {a.place or a.title: p.read.get("article", a.id) for a in p.read.articles()}
    moscow = arts["موسكو"]
    assert moscow["author"] == "حسن عمارة"
    assert moscow["text"].startswith("أعلنت وزارة الدفاع الروسية")
    assert "أرسل تعليقك" not in moscow["text"]
    other = next(a for a in arts.values() if a is not moscow)
    assert other["title"] == "روسيا ترفض أي اتفاق بين قوات سوريا الديمقراطية وداعش في الرقة"
    assert other["text"].rstrip().endswith("إلى دير الزور.")
    for phrase in ("أخبار متعلقة", "أقسام"):
        assert phrase not in other["text"]


def test_the_demo_keeps_each_figure_with_its_own_event(demo_file: Path) -> None:
    """The seeds report two events: the convoy struck on 25 May (both articles; only one gives 120 dead
    and 32 pick-ups) and the attempt to leave Raqqa on the night of 30 May (80 dead, 36 vehicles, 8
    tankers, 17 pick-ups: one article). Their dates say so, so the demo never links 80 to 120 (or 36
    to 32) as one claim reported with different figures."""
    with Project.open(demo_file, readonly=True) as p:
        claims = p.read.claims()
        assert len(claims) == 5
        convoy = next(c for c in claims if "25 مايو" in c.text and "قافلة لتنظيم" in c.text)
        quotes = [a.quote for a in p.read.appearances(convoy.id)]
        assert any("25 مايو" in q for q in quotes) and any("الـ25" in q for q in quotes)
        assert convoy.articles == 2
        dead_120 = next(c for c in claims if "120" in c.text)
        night_80 = next(c for c in claims if "80" in c.text)
        assert dead_120.id != night_80.id
        assert "30 مايو" in night_80.text and "25 مايو" in dead_120.text
        for claim in claims:
            apps = p.read.appearances(claim.id)
            assert "different_figure" not in {a.role for a in apps}
            figures = " ".join(a.quote for a in apps)
            assert not ("80" in figures and "120" in figures)
            assert not ("36" in figures and "32" in figures)
        both = [c for c in claims if c.articles == 2]
        assert len(both) == 2  # the convoy and the SDF's denial
        assert "لا تعارض" in str(p.read.get("claim", dead_120.id)["rationale"])  # the lesson, in words
        for c in claims:  # every appearance quotes the article exactly at its offsets
            for a in p.read.appearances(c.id):
                text = p.read.get("article", a.article_id)["text"]
                assert text[a.start : a.end] == a.quote
        assert p.integrity_check() == []
