"""The library of published fact-checks in the project file: a project from before it is upgraded,
and its full-text index finds a claim's fact-checks however their words are spelled."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from factdesk.core import operations as ops
from factdesk.store import schema, search, version
from factdesk.store.project import Project

SDF = "قوات سوريا الديموقراطية تنفي وجود اتفاق مع تنظيم داعش للخروج من الرقه"
RAQQA = "مقتل أكثر من 80 مسلحا من داعش قرب الرقة في غارة روسية"
CAMELS = "الجمال تصوت في الانتخابات البلدية لأول مرة"


def _library(project: Project) -> ops.ImportFactChecks:
    op = ops.ImportFactChecks(
        [
            {"claim": SDF, "url": "https://misbar.example/sdf", "title": "هل نفت قسد وجود اتفاق؟"},
            {"claim": RAQQA, "url": "https://fatabyyano.example/raqqa-80", "title": "حصيلة الغارة"},
            {"claim": CAMELS, "url": "https://satire.example/camels", "title": "خبر ساخر"},
        ]
    )
    project.run(op)
    return op


def _format_2(path: Path) -> None:
    """A project file as the FactDesk before the library wrote it: two migrations, an article, a claim."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        db = Database(conn)
        schema.migrations.apply(db, stop_before=["0003_factcheck_library"])
        t = "2017-06-01T00:00:00.000000+00:00"
        text = "قالت قوات سوريا الديمقراطية إنه لا اتفاق مع داعش."
        conn.execute(
            "INSERT INTO articles (id, title, content_hash, text, created, modified) VALUES (?, ?, ?, ?, ?, ?)",
            ("a1", "نفي", ops.content_hash(text), text, t, t),
        )
        conn.execute(
            "INSERT INTO claims (id, text, verdict, created, modified) VALUES (?, ?, ?, ?, ?)",
            ("c1", "قسد تنفي الاتفاق مع داعش", "unverified", t, t),
        )
        seq = conn.execute("SELECT seq FROM articles").fetchone()[0]
        search.index_article(conn, seq, "نفي", text)
        search.index_claim(
            conn, conn.execute("SELECT seq FROM claims").fetchone()[0], "قسد تنفي الاتفاق مع داعش", ""
        )
    finally:
        conn.close()


def test_a_project_from_before_the_library_is_upgraded_and_keeps_its_work(tmp_path: Path) -> None:
    path = tmp_path / "format-2.factdesk"
    _format_2(path)
    with sqlite3.connect(path) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 2
        assert old.execute("SELECT count(*) FROM sqlite_schema WHERE name = 'factchecks'").fetchone()[0] == 0
    with Project.open(path) as project:
        assert project.conn.execute("PRAGMA user_version").fetchone()[0] == version.SCHEMA_VERSION
        applied = [r[0] for r in project.conn.execute("SELECT name FROM _sqlite_migrations")]
        assert "0003_factcheck_library" in applied
        assert [c["text"] for c in project.rows("claim")] == ["قسد تنفي الاتفاق مع داعش"]
        assert project.read.factcheck_count() == 0
        _library(project)
        assert (
            project.read.match_factchecks("قسد تنفي الاتفاق مع داعش")[0].url == "https://misbar.example/sdf"
        )
        assert project.integrity_check() == []
        assert schema.unexpected(schema.read_schema(project.conn)) == []


def test_matching_is_robust_to_spelling_proclitics_order_and_a_dropped_word(project: Project) -> None:
    _library(project)
    for query in (
        "قوات سوريا الديمقراطية تنفي وجود اتفاق مع تنظيم داعش للخروج من الرقة",  # ديمقراطية, ة
        "وقوات سوريا الديموقراطيه نفت وجود الاتفاق مع داعش",  # proclitic, a word dropped, another form
        "وجود اتفاق مع داعش تنفيه قوات سوريا",  # order
    ):
        hits = project.read.match_factchecks(query)
        assert hits and hits[0].url == "https://misbar.example/sdf", query
    assert project.read.match_factchecks("قتل أكثر من ٨٠ مسلحاً بالرقة")[0].url.endswith("raqqa-80")
    # words too common to tell anything apart find nothing, rather than everything
    assert project.read.match_factchecks("في من على إلى") == []
    assert project.read.match_factchecks("") == []
    # a query pasted with control characters and quotes is searched, not an error
    assert project.read.match_factchecks('"الجمال\x00 (تصوت) OR*')[0].url.endswith("camels")


def test_the_library_is_listed_and_searched_with_the_search_syntax(project: Project) -> None:
    _library(project)
    assert len(project.read.search_factchecks("")) == 3
    assert [h.url for h in project.read.search_factchecks("الرقة")][
        0
    ] == "https://fatabyyano.example/raqqa-80"
    assert len(project.read.search_factchecks("الرقة")) == 2  # «الرقه» of the other is the same word folded
    assert [h.url for h in project.read.search_factchecks("غارة")] == ["https://fatabyyano.example/raqqa-80"]
    assert [h.url for h in project.read.search_factchecks("ساخر")] == [
        "https://satire.example/camels"
    ]  # title
    assert [h.url for h in project.read.search_factchecks("داعش -غارة")] == ["https://misbar.example/sdf"]
    assert project.read.search_factchecks("🐪") == []
    ids = project.read.factcheck_ids()
    assert set(project.read.factchecks_by_ids(ids[:2])) == set(ids[:2])


def test_the_integrity_check_sees_a_fact_check_missing_from_the_index(project: Project) -> None:
    _library(project)
    project.conn.execute("DELETE FROM factcheck_search WHERE rowid = (SELECT min(seq) FROM factchecks)")
    assert any("factcheck_search: 1 records missing" in p for p in project.integrity_check())


def test_repair_makes_a_tampered_library_index_again_from_the_records(
    project: Project, tmp_path: Path
) -> None:
    from factdesk.store.repair import repair_into

    _library(project)
    path = project.path
    project.close()
    conn = sqlite3.connect(path)
    try:  # the index replaced by one that finds nothing
        conn.execute("DROP TABLE factcheck_search")
        conn.execute("CREATE VIRTUAL TABLE factcheck_search USING fts5(claim, title, forms, exact, other)")
        conn.commit()
    finally:
        conn.close()
    target = tmp_path / "copy.factdesk"
    done = repair_into(path, target)
    assert "made the search index «factcheck_search» again from the project's records" in done
    with Project.open(target) as copy:
        assert copy.integrity_check() == []
        assert copy.read.match_factchecks("قسد تنفي الاتفاق مع داعش")[0].url == "https://misbar.example/sdf"
