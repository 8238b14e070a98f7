"""Any query returns or is refused cleanly: absurd searches never reach SQLite as errors.

Found by attack: 100+ excluded words overflowed FTS5's parser stack (an uncaught error), the
window's filters raised on 50,000+ characters and on lone surrogates, and a 120 KB query took 55 s.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factdesk.cli import cli
from factdesk.core import operations as ops
from factdesk.store import queries, search
from factdesk.store.project import Project
from factdesk.store.search import MAX_QUERY_CHARS, MAX_QUERY_TERMS, QueryRefused

TEXT = "قال الوزير إن الوفد وصل إلى الرياض أمس."


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "limits.factdesk") as p:
        p.run(ops.ImportArticle(TEXT, title="بيان الوزير", outlet="الأهرام"))
        p.run(ops.ImportArticle("خبر آخر عن المطر في جدة.", title="طقس"))
        p.run(ops.CreateClaim("قال الوزير إن الوفد وصل"))
        yield p


def test_many_excluded_words_search_instead_of_overflowing_the_parser(project: Project) -> None:
    excluded = " ".join(f"-كلمة{i}" for i in range(MAX_QUERY_TERMS - 2))
    hits = search.search_articles(project.conn, f"الوزير {excluded}")
    assert len(hits) == 1
    assert search.search_articles(project.conn, f"الوزير {excluded} -الرياض") == []
    assert search.search_articles(project.conn, f"الوزير {excluded} NOT الرياض") == []


def test_more_words_than_the_limit_are_refused_in_words(project: Project) -> None:
    query = "الوزير " + " ".join(f"-w{i}" for i in range(150))
    with pytest.raises(QueryRefused, match="too many words"):
        search.search_articles(project.conn, query)
    with pytest.raises(QueryRefused):
        queries.claims(project.conn, contains=query)


@pytest.mark.parametrize("size", [MAX_QUERY_CHARS + 1, 60_000, 120_000])
def test_a_query_too_long_is_refused_before_any_work(project: Project, size: int) -> None:
    query = ("الوزير " * size)[:size]
    for attempt in (
        lambda: search.search_articles(project.conn, query),
        lambda: search.search_claims(project.conn, query),
        lambda: queries.claims(project.conn, contains=query),
        lambda: queries.articles(project.conn, contains=query),
    ):
        with pytest.raises(QueryRefused, match="too long"):
            attempt()


def test_lone_surrogates_and_controls_in_a_filter_are_ignored(project: Project) -> None:
    assert [a.title for a in queries.articles(project.conn, contains="\ud800الوزير\x00")] == ["بيان الوزير"]
    assert len(queries.claims(project.conn, contains="الوزير\udfff")) == 1
    assert len(search.search_articles(project.conn, "\ud800الرياض")) == 1


def test_the_command_line_says_why_it_refused_a_search(project: Project) -> None:
    path = str(project.path)
    project.close()
    result = CliRunner().invoke(cli, ["search", path, "الوزير " + " ".join(f"-w{i}" for i in range(150))])
    assert result.exit_code == 2
    assert "too many words" in result.output
    result = CliRunner().invoke(cli, ["search", path, "ا" * 120_000])
    assert result.exit_code == 2 and "too long" in result.output
