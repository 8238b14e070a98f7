"""The demo project built from the seed articles: the comparison FactDesk exists for."""

from __future__ import annotations

from pathlib import Path

from support import REPO, shared

from factdesk.store import queries
from factdesk.store.project import Project


def test_seeds_in_the_repository_are_the_shared_seed_articles() -> None:
    for original in shared("seeds").glob("*.txt"):
        assert (REPO / "seeds" / original.name).read_bytes() == original.read_bytes()


def test_demo_articles_have_their_metadata_and_no_site_boilerplate(demo_file: Path) -> None:
    with Project.open(demo_file, readonly=True) as p:
        arts = {a.place or a.title: p.get("article", a.id) for a in queries.articles(p.conn)}
    moscow = arts["موسكو"]
    assert moscow["author"] == "حسن عمارة"
    assert moscow["text"].startswith("أعلنت وزارة الدفاع الروسية")
    assert "أرسل تعليقك" not in moscow["text"]
    other = next(a for a in arts.values() if a is not moscow)
    assert other["title"] == "روسيا ترفض أي اتفاق بين قوات سوريا الديمقراطية وداعش في الرقة"
    assert other["text"].rstrip().endswith("إلى دير الزور.")
    for phrase in ("أخبار متعلقة", "أقسام"):
        assert phrase not in other["text"]


def test_the_convoy_of_25_may_appears_in_both_articles_with_differing_figures(demo_file: Path) -> None:
    with Project.open(demo_file, readonly=True) as p:
        claims = queries.claims(p.conn)
        assert len(claims) >= 3 and all(c.articles == 2 for c in claims)
        convoy = next(c for c in claims if "25 مايو" in c.text)
        quotes = [a.quote for a in queries.appearances(p.conn, convoy.id)]
        assert any("25 مايو" in q for q in quotes) and any("الـ25" in q for q in quotes)
        dead = next(c for c in claims if "120" in c.text)
        apps = queries.appearances(p.conn, dead.id)
        assert {a.role for a in apps} == {"asserts", "different_figure"}
        assert any("120" in a.quote for a in apps) and any("80" in a.quote for a in apps)
        vehicles = next(c for c in claims if "32" in c.text)
        figures = " ".join(a.quote for a in queries.appearances(p.conn, vehicles.id))
        assert "32" in figures and "36" in figures
        for c in claims:  # every appearance quotes the article exactly at its offsets
            for a in queries.appearances(p.conn, c.id):
                text = p.get("article", a.article_id)["text"]
                assert text[a.start : a.end] == a.quote
        assert p.integrity_check() == []
