"""Arabic-aware search: folded matching, exact offsets into the original text, any input safe."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdesk.core import operations as ops
from factdesk.nlp.segment import forms
from factdesk.store import search
from factdesk.store.project import Project

RAQQA = "خرج المسلحون من الرَّقة ليلاً، ثم عادوا إلى الرقة. وقيل إن 17 مسلحاً قتلوا قرب الرقه."


@pytest.fixture
def indexed(project: Project) -> tuple[Project, str]:
    art = ops.ImportArticle(RAQQA, title="تقرير الرقة")
    project.run(art)
    project.run(ops.ImportArticle("نص آخر عن تدمر ولا ذكر فيه للمدينة الأخرى.", title="تدمر"))
    return project, art.id


def test_folded_query_finds_every_spelling_with_exact_offsets(indexed: tuple[Project, str]) -> None:
    project, aid = indexed
    hits = search.search_articles(project.conn, "الرقه")
    assert [h.article_id for h in hits] == [aid]
    quoted = [RAQQA[a:b] for a, b in hits[0].hits]
    assert quoted == ["الرَّقة", "الرقة", "الرقه"]  # diacritics kept whole, offsets exact
    assert [hits[0].title[a:b] for a, b in hits[0].title_hits] == ["الرقة"]


def test_tanween_and_hamza_forms_fold(indexed: tuple[Project, str]) -> None:
    project, aid = indexed
    hit = search.search_articles(project.conn, "مسلحا")[0]
    assert [RAQQA[a:b] for a, b in hit.hits] == ["مسلحاً"]
    assert search.search_articles(project.conn, "الي")[0].article_id == aid  # «إلى» folds to «الي»


def test_snippet_marks_the_hit(indexed: tuple[Project, str]) -> None:
    project, _ = indexed
    hit = search.search_articles(project.conn, "مسلحاً")[0]
    (a, b), *_ = hit.snippet_hits
    assert hit.snippet[a:b] == "مسلحاً"


def test_phrase_or_not_and_prefix(indexed: tuple[Project, str]) -> None:
    project, aid = indexed
    conn = project.conn
    assert [h.article_id for h in search.search_articles(conn, '"عادوا الى الرقة"')] == [aid]
    assert len(search.search_articles(conn, "الرقة OR تدمر")) == 2
    assert len(search.search_articles(conn, "الرقة أو تدمر")) == 2
    assert search.search_articles(conn, "الرقة -مسلحا") == []
    assert search.search_articles(conn, "الرقة NOT مسلحا") == []
    assert [h.article_id for h in search.search_articles(conn, "مسلح*")] == [aid]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "(",
        ")",
        "((الرقة",
        "AND",
        "OR",
        "NOT",
        "NOT الرقة",
        "-",
        "--",
        ":",
        "الرقة:",
        "*",
        "**",
        "الرقة*)",
        "a:b",
        "col:value",
        "^",
        "NEAR(a b)",
        "'",
        "\\",
        "\x00",
        "‏",
        "«",
        "»الرقة«",
        "- OR -",
        "AND OR NOT",
        '( AND OR NOT - : * "',
        "title:الرقة",
        "{title}: الرقة",
        "الرقة AND",
        "OR الرقة",
    ],
)
def test_whatever_a_user_types_searches_without_error(indexed: tuple[Project, str], query: str) -> None:
    project, _ = indexed
    search.search_articles(project.conn, query)  # must not raise
    search.search_claims(project.conn, query)
    search.count_articles(project.conn, query)


def test_operators_and_punctuation_keep_the_words_around_them(indexed: tuple[Project, str]) -> None:
    project, aid = indexed
    for query in ("(الرقة)", "الرقة:", "الرقة،", "«الرقة»", "الرقة AND"):
        assert [h.article_id for h in search.search_articles(project.conn, query)] == [aid], query


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_arbitrary_queries_build_valid_fts5(query: str) -> None:
    import sqlite3

    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(
            "CREATE VIRTUAL TABLE t USING fts5(title, body, title_forms, body_forms, title_exact, "
            "body_exact, tokenize = 'unicode61 remove_diacritics 0')"
        )
        conn.execute(
            "INSERT INTO t VALUES ('', 'الرقه مسلحا 2017 5 31', '', 'رقه', '', 'الرقة مسلحا 2017 5 31')"
        )
        for exact in (False, True):
            expr = search.build_match(query, exact=exact)
            if expr is not None:
                conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expr,)).fetchone()
    finally:
        conn.close()


def test_the_index_follows_deletes_and_undo(indexed: tuple[Project, str]) -> None:
    project, aid = indexed
    outcome = project.run(ops.DeleteArticle(aid))
    assert search.search_articles(project.conn, "الرقة") == []
    project.undo(outcome.seq)
    assert [h.article_id for h in search.search_articles(project.conn, "الرقة")] == [aid]
    assert project.integrity_check() == []


def test_claims_are_searchable_folded(project: Project) -> None:
    claim = ops.CreateClaim("قُتل أكثر من 80 مسلحاً في الرقة")
    project.run(claim)
    assert [c.claim_id for c in search.search_claims(project.conn, "مسلحا الرقه")] == [claim.id]
    project.run(ops.EditClaim(claim.id, text="دُمّرت قافلة"))
    assert search.search_claims(project.conn, "مسلحا") == []
    assert [c.claim_id for c in search.search_claims(project.conn, "قافله")] == [claim.id]


def test_seed_articles_search(demo_file) -> None:
    with Project.open(demo_file, readonly=True) as p:
        hits = search.search_articles(p.conn, "الرقه")
        assert len(hits) == 2
        for h in hits:
            text = p.get("article", h.article_id)["text"]
            # the word itself or with proclitics («بالرقة»): each hit is a whole written word
            assert all(
                search.fold(text[a:b]) == "الرقه" or "الرقه" in forms(search.fold(text[a:b]))
                for a, b in h.hits
            )
        assert len(search.search_articles(p.conn, "بيك اب")) == 2  # «بيك آب» and «بيك أب»


def test_a_project_from_before_the_forms_index_is_upgraded_and_searchable(tmp_path) -> None:
    """A file written by FactDesk with schema 1 (folded columns only; made by the previous
    release and kept as tests/store/data/format-1.factdesk) is upgraded on opening: the search
    tables get the forms and exact columns, every article and claim is indexed again."""
    import shutil
    import sqlite3
    from pathlib import Path

    from factdesk.store import version

    path = tmp_path / "old.factdesk"
    shutil.copy(Path(__file__).parent / "data" / "format-1.factdesk", path)
    with sqlite3.connect(path) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    with Project.open(path) as project:
        assert project.conn.execute("PRAGMA user_version").fetchone()[0] == version.SCHEMA_VERSION
        hits = search.search_articles(project.conn, "المملكة")
        text = project.get("article", hits[0].article_id)["text"]
        assert [text[a:b] for a, b in hits[0].hits] == ["بالمملكة"]
        assert [text[a:b] for a, b in search.search_articles(project.conn, "المسؤول")[0].hits] == ["المسئول"]
        assert search.search_articles(project.conn, "على", exact=True) == []
        assert len(search.search_claims(project.conn, "الرياض")) == 1
        assert project.integrity_check() == []


KINGDOM = (
    "قال الوزير إن الوفد وصل بالمملكة أمس، والمملكة ترحب به، وإن للمملكة موقفًا واضحًا. "
    "ثم عاد إلى الرياض، وفي بالرياض‏ مؤتمر. وزار لبنان وبريطانيا ثم مملكة أخرى."
)
OTHER = "لا ذكر هنا إلا لمدينة رياض الصلح وشارع بعيد عن كل شيء، وقائمة بنان وعيد ميلاد."


@pytest.fixture
def kingdom(project: Project) -> tuple[Project, str, str]:
    art = ops.ImportArticle(KINGDOM, title="زيارة")
    other = ops.ImportArticle(OTHER, title="أخرى")
    project.run(art)
    project.run(other)
    return project, art.id, other.id


def _words(project: Project, query: str, **kw) -> dict[str, list[str]]:
    out = {}
    for h in search.search_articles(project.conn, query, **kw):
        text = project.get("article", h.article_id)["text"]
        out[h.title] = [text[a:b] for a, b in h.hits]
    return out


def test_a_word_finds_its_forms_with_proclitics_as_whole_words(kingdom) -> None:
    project, _, _ = kingdom
    assert _words(project, "المملكة") == {"زيارة": ["بالمملكة", "والمملكة", "للمملكة"]}
    assert _words(project, "مملكة") == {"زيارة": ["بالمملكة", "والمملكة", "للمملكة", "مملكة"]}
    # the whole word, and never the right-to-left mark that follows «بالرياض»
    assert _words(project, "الرياض") == {"زيارة": ["الرياض", "بالرياض"]}


def test_stripping_proclitics_does_not_find_other_words(kingdom) -> None:
    project, _, _ = kingdom
    assert _words(project, "الرياض").keys() == {"زيارة"}  # not the name «رياض»
    assert _words(project, "نان") == {}  # not «لبنان» nor «بنان»
    assert _words(project, "عيد") == {"أخرى": ["وعيد"]}  # «و» + «عيد», but not «بعيد»
    assert _words(project, "لبنان") == {"زيارة": ["لبنان"]}


def test_hamza_seats_fold_together(project: Project) -> None:
    art = ops.ImportArticle("قال المسئول إن الشئون الخارجية بخير.")
    project.run(art)
    hits = search.search_articles(project.conn, "المسؤول الشؤون")
    assert [(art.text[a:b]) for a, b in hits[0].hits] == ["المسئول", "الشئون"]


def test_exact_spellings_rank_first_and_the_exact_switch_keeps_only_them(project: Project) -> None:
    prepositions = ops.ImportArticle("جلس على المنصة وعلى يمينه الوفد، ثم تحدث على الهواء. " * 3, title="على")
    name = ops.ImportArticle(
        "وصل الوفد مساء أمس إلى العاصمة بعد رحلة طويلة، وكان علي في استقباله.", title="علي"
    )
    project.run(prepositions)
    project.run(name)
    assert [h.title for h in search.search_articles(project.conn, "علي")] == ["علي", "على"]
    assert [h.title for h in search.search_articles(project.conn, "على")] == ["على", "علي"]
    exact = search.search_articles(project.conn, "علي", exact=True)
    assert [h.title for h in exact] == ["علي"]
    assert [name.text[a:b] for a, b in exact[0].hits] == ["علي"]
    assert search.count_articles(project.conn, "علي", exact=True) == 1
    assert search.count_articles(project.conn, "علي") == 2


def test_a_hit_never_ends_on_an_invisible_character(project: Project) -> None:
    text = "وصل الرَّقة\u200d ثم الرقةـ ثم الرقة\u200f\u2069 ثم \u2067الرقة\u2069."
    project.run(ops.ImportArticle(text))
    (hit,) = search.search_articles(project.conn, "الرقه")
    assert [text[a:b] for a, b in hit.hits] == ["الرَّقة", "الرقة", "الرقة", "الرقة"]


@pytest.mark.parametrize("symbol", ["🔴", "❤️", "#", "%", "★★"])
def test_emoji_and_symbols_are_found_as_written(project: Project, symbol: str) -> None:
    text = f"عاجل {symbol} انفجار في الميناء، والأسعار ترتفع 5% {symbol}"
    art = ops.ImportArticle(text, title="عاجل")
    project.run(art)
    project.run(ops.ImportArticle("نص آخر بلا رموز."))
    hits = search.search_articles(project.conn, symbol)
    assert [h.article_id for h in hits] == [art.id]
    assert all(text[a:b] == symbol for a, b in hits[0].hits) and len(hits[0].hits) >= 1
    assert search.count_articles(project.conn, symbol) == 1
