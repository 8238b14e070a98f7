"""Has this been fact-checked already: reading published fact-checks, their ratings, matching a claim."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from factdesk.assist import factchecks as fc
from factdesk.assist.factchecks import FactCheck, FactCheckFormatError, FactCheckIndex, read_factchecks
from factdesk.assist.ratings import normalise_rating

CLAIM_AR = "وزارة الدفاع الروسية أعلنت مقتل أكثر من 80 مسلحا من تنظيم داعش قرب الرقة"
CLAIM_EN = "Russia says it killed 80 ISIS fighters leaving Raqqa"

JSONLD_ONE = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://misbar.example/ar/raqqa",
    "claimReviewed": CLAIM_AR,
    "headline": "ادعاء مقتل 80 مسلحا",
    "datePublished": "2017-06-02",
    "inLanguage": "ar",
    "author": {"@type": "Organization", "name": "مسبار", "url": "https://misbar.example"},
    "reviewRating": {"@type": "Rating", "alternateName": "مضلّل"},
    "itemReviewed": {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "حساب على تويتر"},
        "datePublished": "2017-06-01",
        "appearance": [{"@type": "CreativeWork", "url": "https://x.example/1"}],
    },
}


def _en_review(url: str = "https://afp.example/en/raqqa") -> dict[str, object]:
    return {
        "@type": "ClaimReview",
        "url": url,
        "itemReviewed": {"@type": "Claim", "name": CLAIM_EN, "author": "A blog",
                         "appearance": {"@type": "CreativeWork", "datePublished": "2017-06-03"}},
        "author": {"name": "AFP Fact Check"},
        "reviewRating": {"alternateName": "Mostly False"},
        "inLanguage": "en",
    }  # fmt: skip


def test_a_single_claimreview_is_read_with_every_field() -> None:
    res = read_factchecks(json.dumps(JSONLD_ONE, ensure_ascii=False).encode("utf-8"), "one.json")
    assert res.format == "claimreview" and res.skipped == ()
    (it,) = res.items
    assert it == FactCheck(
        claim_text=CLAIM_AR, url="https://misbar.example/ar/raqqa", claimant="حساب على تويتر",
        claim_date="2017-06-01", publisher="مسبار", publisher_site="https://misbar.example",
        title="ادعاء مقتل 80 مسلحا", review_date="2017-06-02", rating="مضلّل", verdict="misleading",
        language="ar",
    )  # fmt: skip


def test_an_array_and_a_graph_of_claimreviews_are_read_and_the_claim_falls_back_to_the_item_name() -> None:
    arr = read_factchecks(json.dumps([JSONLD_ONE, _en_review()], ensure_ascii=False))
    assert [i.claim_text for i in arr.items] == [CLAIM_AR, CLAIM_EN]
    graph = read_factchecks(
        json.dumps({"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, _en_review()]})
    )
    (en,) = graph.items
    assert (en.claimant, en.claim_date, en.publisher, en.verdict) == (
        "A blog",
        "2017-06-03",
        "AFP Fact Check",
        "false",
    )


TOOLS = {
    "claims": [
        {"text": CLAIM_AR, "claimant": "ناشطون", "claimDate": "2017-06-01T00:00:00Z",
         "claimReview": [
             {"publisher": {"name": "فتبينوا", "site": "fatabyyano.example"}, "url": "https://fatabyyano.example/1",
              "title": "مقتل 80 مسلحا", "reviewDate": "2017-06-04T00:00:00Z", "textualRating": "زائف",
              "languageCode": "ar"},
             {"publisher": {"name": "تأكد"}, "url": "https://verify.example/2", "textualRating": "غير دقيق"},
         ]},
        {"text": CLAIM_EN, "claimReview": [{"url": "https://afp.example/x", "textualRating": "Satire"}]},
        {"text": "", "claimReview": [{"url": "https://nowhere.example"}]},
        {"text": "claim without review"},
    ]
}  # fmt: skip


def test_a_fact_check_tools_export_gives_one_item_per_review_and_counts_what_it_skips() -> None:
    res = read_factchecks(json.dumps(TOOLS, ensure_ascii=False).encode("utf-8"), "tools.json")
    assert res.format == "factcheck-tools"
    assert [(i.publisher, i.verdict) for i in res.items] == [
        ("فتبينوا", "false"),
        ("تأكد", "misleading"),
        ("", "false"),
    ]
    first = res.items[0]
    assert (first.claimant, first.claim_date, first.publisher_site, first.title, first.language) == (
        "ناشطون", "2017-06-01T00:00:00Z", "fatabyyano.example", "مقتل 80 مسلحا", "ar")  # fmt: skip
    assert res.skipped == ((4, "no claim text"), (5, "no link to the fact-check (url)"))


CSV_TEXT = (
    "claim_text,claimant,claim_date,publisher,url,title,review_date,rating,language\n"
    f'"{CLAIM_AR}",ناشطون,2017-06-01,مسبار,https://misbar.example/c,عنوان,2017-06-02,صحيح جزئياً,ar\n'
    f"{CLAIM_EN},blog,,AFP,https://afp.example/c,Title,,Missing context,en\n"
    ",x,,y,https://empty.example,,,,\n"
    "ادعاء بلا رابط,,,,,,,,\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1256"])
def test_a_csv_table_is_read_in_utf8_with_or_without_bom_and_in_windows_arabic(encoding: str) -> None:
    data = CSV_TEXT.encode(encoding) if encoding != "cp1256" else CSV_TEXT.replace("ّ", "").encode("cp1256")
    res = read_factchecks(data, "checks.csv")
    assert res.format == "csv"
    assert [i.claim_text for i in res.items] == [CLAIM_AR, CLAIM_EN]
    assert [i.verdict for i in res.items] == ["half_true", "misleading"]
    assert res.items[0].publisher == "مسبار" and res.items[0].claim_date == "2017-06-01"
    assert res.skipped == ((3, "no claim text"), (4, "no link to the fact-check (url)"))


def test_csv_with_text_and_textual_rating_headers_is_read() -> None:
    res = read_factchecks("text,url,textual_rating\nادعاء ما,https://a.example,ملفق\n")
    assert [(i.claim_text, i.verdict) for i in res.items] == [("ادعاء ما", "false")]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"{not json", "damaged"),
        (b'{"hello": "world"}', "no fact-checks"),
        (b"[1, 2, 3]", "no fact-checks"),
        (b"name,age\nali,3\n", "no column for the claim"),
        (b"\x00\x01\x02binary\x00", "not text"),
    ],
)
def test_garbage_is_refused_in_plain_words(data: bytes, words: str) -> None:
    with pytest.raises(FactCheckFormatError, match=words):
        read_factchecks(data)


def test_hostile_sizes_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(FactCheckFormatError, match="MB"):
        read_factchecks(b" " * (fc.MAX_BYTES + 1))
    monkeypatch.setattr(fc, "MAX_ITEMS", 3)
    many = {"claims": [{"text": "x", "claimReview": [{"url": f"https://a.example/{i}"}]} for i in range(4)]}
    with pytest.raises(FactCheckFormatError, match="at most"):
        read_factchecks(json.dumps(many))
    deep = "[" * 5000 + "]" * 5000
    with pytest.raises(FactCheckFormatError):
        read_factchecks(deep)


RATINGS = {
    "مضلل": "misleading", "مضلّل": "misleading", "زائف": "false", "خطأ": "false", "خاطئ": "false",
    "كاذب": "false", "خبر كاذب": "false", "ملفق": "false", "مفبرك": "false", "صحيح": "true",
    "صحيح جزئياً": "half_true", "صحيح جزئيا": "half_true", "نصف صحيح": "half_true", "غير دقيق": "misleading",
    "يفتقر للسياق": "misleading", "ساخر": "false", "غير مثبت": "unproven", "لا دليل": "unproven",
    "misleading": "misleading", "False": "false", "FAKE": "false", "Partly false": "half_true",
    "Mostly False": "false", "Half True": "half_true", "half-true": "half_true", "Mostly true": "mostly_true",
    "True": "true", "correct": "true", "Satire": "false", "Unproven": "unproven",
    "Missing context": "misleading", "Altered": "misleading", "Rating: Mostly False.": "false",
    "مضللة": "misleading", "زائفه": "false", "خبر مفبرك": "false", "صحيح جزئيًا": "half_true",
}  # fmt: skip


@pytest.mark.parametrize(("text", "key"), sorted(RATINGS.items()))
def test_published_ratings_map_to_verdict_keys(text: str, key: str) -> None:
    assert normalise_rating(text) == key


def test_every_rating_key_is_a_default_verdict_and_unknown_ratings_give_none() -> None:
    from factdesk.core.verdicts import DEFAULT_SCALE

    keys = {v.key for v in DEFAULT_SCALE}
    assert set(RATINGS.values()) <= keys
    assert {v for _, v in __import__("factdesk.assist.ratings", fromlist=["RATINGS"]).RATINGS} <= keys
    assert normalise_rating("بحاجة لمراجعة أخرى") is None and normalise_rating("") is None
    (it,) = read_factchecks("claim_text,url,rating\nادعاء,https://a.example,تقييم غريب\n").items
    assert it.rating == "تقييم غريب" and it.verdict is None


# made-up claims about the seed events (Russian strikes near Raqqa), and distractors
CLAIMS = [
    "وزارة الدفاع الروسية أعلنت مقتل أكثر من 80 مسلحا من تنظيم داعش أثناء خروجهم من الرقة",
    "روسيا ترفض أي اتفاق بين قوات سوريا الديمقراطية وتنظيم داعش في مدينة الرقة",
    "الطيران الروسي دمر 36 سيارة و8 صهاريج مزودة برشاشات قرب الرقة",
    "قوات سوريا الديمقراطية سمحت لمقاتلي داعش بالخروج من الرقة باتجاه تدمر",
    "مستشفى الرقة الوطني خرج عن الخدمة بعد قصف جوي ليلة الخميس",
    "الأمم المتحدة تعلن وصول قافلة مساعدات إلى مخيم عين عيسى شمالي الرقة",
]
QUERIES = {
    "spelling": ("وزاره الدفاع الروسيه اعلنت مقتل اكثر من 80 مسلحا من تنظيم داعش اثناء خروجهم من الرقه", 0),
    "alef maksura": ("الأمم المتحدة تعلن وصول قافلة مساعدات الى مخيم عين عيسي شمالي الرقة", 5),
    "proclitics added": ("وروسيا ترفض أي اتفاق بين قوات سوريا الديمقراطية وتنظيم داعش بمدينة الرقة", 1),
    "proclitics removed": ("الطيران الروسي دمر 36 سيارة 8 صهاريج مزودة رشاشات قرب الرقة", 2),
    "word dropped": ("قوات سوريا الديمقراطية سمحت لمقاتلي داعش بالخروج من الرقة", 3),
    "word added": ("مستشفى الرقة الوطني خرج تماما عن الخدمة بعد قصف جوي ليلة الخميس", 4),
    "reordered": ("مقتل أكثر من 80 مسلحا من تنظيم داعش أعلنت وزارة الدفاع الروسية أثناء خروجهم من الرقة", 0),
}


@pytest.fixture(scope="module")
def index() -> FactCheckIndex:
    items = [
        FactCheck(claim_text=c, url=f"https://checks.example/{i}", rating="مضلل")
        for i, c in enumerate(CLAIMS)
    ]
    items += [FactCheck(claim_text=f"خبر آخر رقم {i} عن الطقس في دمشق وحلب", url=f"https://other.example/{i}")
              for i in range(30)]  # fmt: skip
    return FactCheckIndex(items)


@pytest.mark.parametrize("kind", sorted(QUERIES))
def test_a_retyped_claim_finds_its_fact_check_first(index: FactCheckIndex, kind: str) -> None:
    query, want = QUERIES[kind]
    found = index.match(query, limit=3)
    assert found, f"nothing found for {kind}"
    assert found[0].item.url == f"https://checks.example/{want}", [m.item.url for m in found]
    assert found[0].score > found[-1].score or len(found) == 1
    assert found[0].reasons


def test_an_unrelated_claim_scores_low_and_empty_input_finds_nothing(index: FactCheckIndex) -> None:
    assert index.match("") == [] and FactCheckIndex([]).match(CLAIMS[0]) == []
    best = index.match("ارتفاع أسعار الذهب في الأسواق العالمية اليوم")
    assert all(m.score < 60 for m in best)
    assert index.match(CLAIMS[1])[0].score == 100


def test_the_module_imports_no_qt_and_no_sql() -> None:
    root = Path(fc.__file__).parent
    for name in ("factchecks.py", "ratings.py"):
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        mods = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        mods |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        bad = {m for m in mods if m.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "sqlite3", "sqlite_utils"}
               or m.startswith(("factdesk.store", "factdesk.ui"))}  # fmt: skip
        assert not bad, f"{name} imports {bad}"


def test_a_retelling_clears_the_threshold_and_the_same_town_alone_does_not() -> None:
    """The claim detail shows only fact-checks over ``MIN_SCORE``: a published fact-check of the
    same claim in other words is shown; one about another event in the same town, sharing
    «داعش» and «الرقة» and the particles, is not (it once scored 66 of 100)."""
    from factdesk.app.factchecks import MIN_SCORE
    from factdesk.assist.factchecks import rerank

    claim = "الطيران الروسي دمّر في 25 مايو/أيار 2017 قافلة لتنظيم داعش كانت متجهة من الرقة إلى تدمر"
    retold = "الطيران الروسي دمر قافلة لداعش متجهة من الرقة إلى تدمر يوم 25 مايو"
    other_event = "مقتل أكثر من 80 مسلحا من داعش قرب الرقة في غارة روسية"
    denial = "قوات سوريا الديمقراطية نفت وجود اتفاق مع داعش يسمح لمسلحيه بالخروج من الرقة"
    denial_retold = "قوات سوريا الديموقراطية تنفي وجود اتفاق مع تنظيم داعش للخروج من الرقه"
    scores = {k: s for k, s, _ in rerank(claim, [retold, other_event])}
    assert scores[0] >= MIN_SCORE > scores[1]
    assert rerank(denial, [denial_retold])[0][1] >= MIN_SCORE
    assert rerank(denial, [other_event])[0][1] < MIN_SCORE
