"""``factdesk import``: every format through ``load``, folders, per-file results, one undo step."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import click.testing
import pytest
from click.testing import CliRunner
from samples import PdfLine, make_docx, make_pdf, visual
from support import shared

from factdesk.cli import cli
from factdesk.core import operations as ops

ONE = "أعلنت وزارة الدفاع مقتل أكثر من 80 مسلحاً أثناء خروجهم من الرقة ليل 30 مايو."
TWO = "وقالت الوزارة إن الضربات وُجهت إلى الأهداف بعد اكتشافها وتحديدها من قبل الطيران."


def run(*args: str, stdin: bytes | None = None) -> click.testing.Result:
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


@pytest.fixture
def project(tmp_path: Path) -> str:
    path = str(tmp_path / "p.factdesk")
    assert run("new", path).exit_code == 0
    return path


def articles(project: str) -> list[dict[str, object]]:
    result = run("articles", project, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_folder_imports_recursively_in_name_order_with_a_result_per_file(
    project: str, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    (folder / "b-sub").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    (folder / "a.txt").write_text(f"عنوان أول\n\n{ONE}\n", encoding="utf-8")
    (folder / "b-sub" / "c.docx").write_bytes(make_docx([TWO], title="عنوان الوثيقة"))
    (folder / "b-sub" / "d.txt").write_text(f"عنوان أول\n\n{ONE}\n", encoding="utf-8")  # same text as a.txt
    (folder / "e.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    (folder / ".hidden" / "x.txt").write_text("لا يُقرأ", encoding="utf-8")
    shutil.copy(
        shared("corpus", "encodings", "chardet__windows-1256-arabic__culturax_mC4_98635.txt"),
        folder / "f.txt",
    )

    result = run("import", project, str(folder), "--json")
    assert result.exit_code == 0  # a photo in a folder is skipped with a note, not a failure
    rows = json.loads(result.stdout)
    assert [Path(str(r["file"])).relative_to(folder).as_posix() for r in rows] == [
        "a.txt",
        "b-sub/c.docx",
        "b-sub/d.txt",
        "e.png",
        "f.txt",
    ]
    assert [r["status"] for r in rows] == ["imported", "imported", "duplicate", "skipped", "imported"]
    assert rows[2]["duplicate_of"] == rows[0]["file"] and rows[2]["article"] == rows[0]["article"]
    assert rows[3]["skipped"] == "not-importable" and "not a kind of file FactDesk imports" in str(
        rows[3]["reason"]
    )
    named = run("import", project, str(folder / "e.png"))  # named on its own, it is tried, and refused
    assert named.exit_code == 3 and "PNG image" in named.stderr
    assert rows[1]["format"] == "docx" and rows[1]["title"] == "عنوان الوثيقة"
    assert rows[4]["encoding"] == "cp1256"
    assert any("encoding guessed as Windows-1256" in w for w in rows[4]["warnings"])  # type: ignore[union-attr]
    assert len(articles(project)) == 3

    # Importing again: every article is now a duplicate of the one in the project.
    again = json.loads(run("import", project, str(folder / "a.txt"), str(folder / "b-sub"), "--json").stdout)
    assert [r["status"] for r in again] == ["duplicate", "duplicate", "duplicate"]
    assert again[0]["article"] == rows[0]["article"]
    assert "already in the project" in str(again[0]["reason"])

    # All of the first import is one step: one undo takes every article back.
    assert "Undone: import articles" in run("undo", project).stdout
    assert articles(project) == []


def test_human_output_says_what_happened_to_each_file(project: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ONE, encoding="utf-8")
    result = run(
        "import", project, str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "none.txt")
    )
    assert result.exit_code == 3
    lines = result.stdout.splitlines()
    assert lines[0].startswith("imported ") and lines[0].endswith("a.txt  «(untitled)»")
    assert lines[1].startswith("duplicate ") and f"(same text as {tmp_path / 'a.txt'})" in lines[1]
    assert "failed     " in result.stderr and "none.txt" in result.stderr and "no such file" in result.stderr


def test_a_failure_while_adding_leaves_no_article_behind(
    project: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number, text in enumerate((ONE, TWO, ONE + " " + TWO)):
        (tmp_path / f"{number}.txt").write_text(text, encoding="utf-8")
    original = ops.ImportArticle.plan

    def third_fails(self: ops.ImportArticle, reader: ops.Reader) -> list[ops.Mutation]:
        if self.origin.startswith("file:2.txt"):
            raise ops.OperationError("The disk is full.")
        return original(self, reader)

    monkeypatch.setattr(ops.ImportArticle, "plan", third_fails)
    result = run("import", project, *(str(tmp_path / f"{n}.txt") for n in range(3)), "--json")
    assert result.exit_code == 3
    rows = json.loads(result.stdout)
    assert {r["status"] for r in rows} == {"failed"}
    assert all("Nothing was imported: The disk is full." in str(r["reason"]) for r in rows)
    assert articles(project) == []


def test_an_uncertain_encoding_asks_for_a_choice_and_a_choice_imports(project: str, tmp_path: Path) -> None:
    short = tmp_path / "short.txt"
    short.write_bytes("مقتل أكثر من 80 مسلحاً".encode("cp1256"))
    result = run("import", project, str(short), "--json")
    assert result.exit_code == 3
    row = json.loads(result.stdout)[0]
    assert row["refusal"] == "uncertain-encoding"
    assert "cp1256: «مقتل أكثر من 80 مسلحاً»" in str(row["reason"]) and "--encoding" in str(row["reason"])
    chosen = json.loads(run("import", project, str(short), "--encoding", "cp1256", "--json").stdout)[0]
    assert chosen["status"] == "imported" and chosen["encoding"] == "cp1256"


def test_metadata_from_the_file_unless_given(project: str, tmp_path: Path) -> None:
    page = shared("corpus", "html", "htmldate_1623715966_albayan_ae.html")
    rows = json.loads(run("import", project, str(page), "--json").stdout)
    assert rows[0]["format"] == "html"
    art = articles(project)[0]
    assert (art["published"], art["outlet"], art["place"], art["author"]) == (
        "2020-06-03",
        "البيان",
        "أبوظبي",
        "البيان",
    )
    shown = json.loads(run("show", project, str(art["id"])[:8], "--json").stdout)
    assert shown["url"] == "https://www.albayan.ae/across-the-uae/news-and-reports/2020-06-03-1.3874341"
    assert shown["language"] == "ar" and "format=html" in shown["origin"]

    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(make_pdf([[PdfLine(visual(ONE), y=700)]], title="تقرير"))
    run("import", project, str(pdf), "--outlet", "وكالة", "--date", "2017-06-01", "--title", "عنوان آخر")
    art = next(a for a in articles(project) if a["title"] == "عنوان آخر")
    assert (art["outlet"], art["published"]) == ("وكالة", "2017-06-01")


def test_presentation_forms_are_folded_unless_kept(project: str, tmp_path: Path) -> None:
    shaped = tmp_path / "shaped.txt"
    shaped.write_text("ﻣﺼﺎﺩﺭ ﻣﺤﻠﻴﺔ أكدت الخبر", encoding="utf-8")
    kept = json.loads(run("import", project, str(shaped), "--keep-presentation-forms", "--json").stdout)[0]
    folded = json.loads(run("import", project, str(shaped), "--json").stdout)[0]
    assert kept["status"] == folded["status"] == "imported"  # different texts, so no duplicate
    texts = {
        json.loads(run("show", project, str(r["article"])[:8], "--json").stdout)["text"]
        for r in (kept, folded)
    }
    assert texts == {"ﻣﺼﺎﺩﺭ ﻣﺤﻠﻴﺔ أكدت الخبر", "مصادر محلية أكدت الخبر"}


def test_standard_input_goes_through_load_too(project: str) -> None:
    html = f"<html><body><article><h1>عنوان</h1><p>{ONE}</p><p>{TWO}</p></article></body></html>"
    rows = json.loads(run("import", project, "-", "--json", stdin=html.encode("cp1256")).stdout)
    assert rows[0]["status"] == "imported" and rows[0]["format"] == "html"


# ---------------------------------------------------------------------------------------------
# the import report: every line taken out is listed and can be kept; proposals; hidden characters; code

TITLE = "مقتل مسلحين قرب الرقة"
DATELINE = "موسكو ـ حسن عمارة"
NEWS = f"{TITLE}\n\n{DATELINE}\n\n{ONE}\n{TWO}\n\nأخبار متعلقة\n\nأرسل تعليقك\n"


def text_of(project: str, article: object) -> dict[str, object]:
    shown = run("show", project, str(article)[:8], "--json")
    assert shown.exit_code == 0, shown.output
    return json.loads(shown.stdout)


def test_every_line_taken_out_is_listed_top_and_end(project: str, tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    result = run("import", project, str(path))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert f"taken out (top): «{TITLE}»" in out and f"taken out (top): «{DATELINE}»" in out
    assert "taken out (end): «أخبار متعلقة»" in out and "taken out (end): «أرسل تعليقك»" in out
    assert "--keep-removed" in out
    run("undo", project)
    row = json.loads(run("import", project, str(path), "--json").stdout)[0]
    assert row["removed_head"] == [TITLE, DATELINE]
    assert row["removed_tail"] == row["removed"] == ["أخبار متعلقة", "أرسل تعليقك"]
    assert row["kept"] == [] and row["proposals"] == [] and row["leaked_code"] == []
    assert text_of(project, row["article"])["text"] == f"{ONE}\n{TWO}"


@pytest.mark.parametrize(
    "flags,expected",
    [
        (["--keep-removed"], NEWS.strip("\n")),
        (["--keep-head", "--keep-tail"], NEWS.strip("\n")),
        (["--keep-head"], f"{TITLE}\n\n{DATELINE}\n\n{ONE}\n{TWO}"),
        (["--keep-tail"], f"{ONE}\n{TWO}\n\nأخبار متعلقة\n\nأرسل تعليقك"),
        (["--keep-boilerplate"], f"{ONE}\n{TWO}\n\nأخبار متعلقة\n\nأرسل تعليقك"),  # the older name
    ],
)
def test_kept_lines_go_back_exactly_where_they_stood(
    project: str, tmp_path: Path, flags: list[str], expected: str
) -> None:
    path = tmp_path / "news.txt"
    path.write_bytes(NEWS.replace("\n", "\r\n").encode("utf-8"))
    row = json.loads(run("import", project, str(path), *flags, "--json").stdout)[0]
    assert row["status"] == "imported"
    article = text_of(project, row["article"])
    assert article["text"] == expected
    # a kept title or dateline still gives the title, place and author
    assert (article["title"], article["place"], article["author"]) == (TITLE, "موسكو", "حسن عمارة")
    assert set(row["kept"]) == {
        line for line in (TITLE, DATELINE, "أخبار متعلقة", "أرسل تعليقك") if f"\n{line}" in f"\n{expected}"
    }


def test_proposed_datelines_are_listed_and_can_be_accepted(
    project: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from proposals import REASON, propose_datelines

    propose_datelines(monkeypatch)
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    out = run("import", project, str(path)).stdout
    assert (
        f"kept in the text: «{DATELINE}» may be a dateline: place موسكو, author حسن عمارة ({REASON})" in out
    ), out
    assert f"taken out (top): «{DATELINE}»" not in out
    row = json.loads(run("import", project, str(path), "--keep-tail", "--json").stdout)[0]
    assert row["proposals"] == [
        {"line": DATELINE, "place": "موسكو", "author": "حسن عمارة", "reason": REASON, "accepted": False}
    ]
    left = text_of(project, row["article"])
    assert left["text"].startswith(f"{DATELINE}\n\n{ONE}") and (left["place"], left["author"]) == ("", "")

    run("undo", project)
    run("undo", project)
    accepted = json.loads(run("import", project, str(path), "--accept-datelines", "--json").stdout)[0]
    assert accepted["proposals"][0]["accepted"] is True
    assert accepted["removed_head"] == [TITLE, DATELINE]
    article = text_of(project, accepted["article"])
    assert article["text"] == f"{ONE}\n{TWO}"
    assert (article["place"], article["author"]) == ("موسكو", "حسن عمارة")
    run("undo", project)
    kept = json.loads(
        run("import", project, str(path), "--accept-datelines", "--keep-removed", "--json").stdout
    )[0]
    article = text_of(project, kept["article"])
    assert article["text"] == NEWS.strip("\n") and article["place"] == "موسكو"


def test_hidden_characters_are_named(project: str, tmp_path: Path) -> None:
    path = tmp_path / "hidden.txt"
    path.write_text(f"{ONE} \u202eمقلوب\u202c و\u200dكلمة\ufeff و\u200cأخرى\u200c", encoding="utf-8")
    result = run("import", project, str(path))
    assert (
        "hidden characters kept in the text: 2 ZWNJ (zero width non-joiner), 1 RLO (right-to-left override), "
        "1 PDF (pop directional formatting), 1 ZWJ (zero width joiner), 1 BOM (byte order mark inside the text)"
        in result.stdout
    ), result.stdout
    run("undo", project)
    row = json.loads(run("import", project, str(path), "--json").stdout)[0]
    assert {h["name"]: h["count"] for h in row["hidden_characters"]} == {
        "ZWNJ": 2,
        "RLO": 1,
        "PDF": 1,
        "ZWJ": 1,
        "BOM": 1,
    }
    assert row["hidden"]["bidi_controls"] == 2 and row["hidden"]["zero_width"] == 4


def test_corpus_articles_report_bidi_controls_presentation_forms_and_leaked_code(project: str) -> None:
    corpus = [shared("corpus", "articles", f"snn_{n}.txt") for n in ("046", "051", "026")]
    rows = json.loads(run("import", project, *map(str, corpus), "--json").stdout)
    bidi, shaped, leaky = rows
    assert {h["name"] for h in bidi["hidden_characters"]} >= {"LRE", "PDF"}
    assert all(h["meaning"] for h in bidi["hidden_characters"])
    assert shaped["presentation_forms"] > 1000 and shaped["hidden"]["presentation_forms"] == 0
    assert bidi["leaked_code"] == shaped["leaked_code"] == []
    [leak] = leaky["leaked_code"]
    text = str(text_of(project, leaky["article"])["text"])
    assert (
        text[leak["start"] : leak["end"]].startswith("#vote_area2 ul {")
        and "jQuery" in text[leak["start"] : leak["end"]]
    )
    assert leak["line"] == 1 and leak["excerpt"].startswith("#vote_area2 ul {")
    human = run("import", project, str(corpus[2]), "--keep-head").stdout
    assert "web page code (CSS/JavaScript) left in the text, line 3" in human  # the title line kept above it
    shaped_out = run("import", project, str(corpus[1]), "--keep-removed").stdout
    assert "Arabic presentation forms (shaped letters) were turned into ordinary letters" in shaped_out


def test_a_dateline_whose_sides_are_unknown_is_proposed_by_the_real_conventions(
    project: str, tmp_path: Path
) -> None:
    # no stand-in here: the gazetteer knows neither a neighbourhood nor a reporter's name
    path = tmp_path / "local.txt"
    path.write_text(f"{TITLE}\n\nحي النزهة - سامر خليل\n{ONE}\n", encoding="utf-8")
    row = json.loads(run("import", project, str(path), "--json").stdout)[0]
    assert [(p["line"], p["place"], p["author"]) for p in row["proposals"]] == [
        ("حي النزهة - سامر خليل", "حي النزهة", "سامر خليل")
    ]
    article = text_of(project, row["article"])
    assert article["text"].startswith("حي النزهة - سامر خليل\n") and article["place"] == ""


def test_a_folder_past_what_one_import_holds_stops_reading_and_says_so(
    project: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factdesk.importers import safety

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(4):
        (folder / f"{i}.txt").write_text(f"{ONE} {i}\n{TWO}\n" * 10, encoding="utf-8")
    one = len(f"{ONE} 0\n{TWO}\n" * 10) - 1
    monkeypatch.setattr(safety, "MAX_IMPORT_CHARS", 2 * one + 10)  # two files fit, not three
    result = CliRunner().invoke(cli, ["import", project, str(folder), "--json"])
    rows = json.loads(result.stdout)
    assert [r["status"] for r in rows] == ["imported", "imported", "failed", "failed"]
    assert all("import the remaining files in another go" in r["reason"] for r in rows[2:])
    assert len(articles(project)) == 2
    assert result.exit_code == 3
