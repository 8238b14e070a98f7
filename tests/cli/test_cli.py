"""The command line does the whole job without the window, and says what went wrong in words."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from factdesk.app.demo import CLAIMS as DEMO_CLAIMS
from factdesk.cli import cli

ARTICLE = (
    "مقتل أكثر من 80 مسلحاً\n\n"
    "موسكو - وكالات\n"
    "أعلنت وزارة الدفاع مقتل أكثر من 80 مسلحاً أثناء خروجهم من الرَّقة ليل 30 مايو/أيار.\n"
    "أرسل تعليقك\n"
)


def run(*args: str, stdin: str | bytes | None = None) -> click.testing.Result:
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


def ok(*args: str, stdin: str | bytes | None = None) -> str:
    result = run(*args, stdin=stdin)
    assert result.exit_code == 0, (args, result.output, result.stderr)
    return result.stdout


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in group.commands.items():
        out.append((prefix + name, cmd))
        if isinstance(cmd, click.Group):
            out += _commands(cmd, prefix + name + " ")
    return out


@pytest.mark.parametrize("name,command", _commands(cli), ids=lambda v: v if isinstance(v, str) else "")
def test_every_command_and_option_is_documented(name: str, command: click.Command) -> None:
    assert (command.help or "").strip(), f"«factdesk {name}» has no help text"
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert (param.help or "").strip(), f"option {param.opts} of «factdesk {name}» has no help"
    result = run(*name.split(), "--help")
    assert result.exit_code == 0 and "Usage:" in result.stdout


def test_the_required_commands_exist() -> None:
    names = {n for n, _ in _commands(cli)}
    required = {
        "new",
        "import",
        "articles",
        "show",
        "span add",
        "claim add",
        "claim link",
        "claim verdict",
        "source add",
        "evidence add",
        "claims",
        "search",
        "export csv",
        "check",
        "backup",
        "restore",
        "demo",
        "undo",
        "repair",
    }
    assert required <= names, required - names


def test_a_whole_fact_check_from_the_command_line(tmp_path: Path) -> None:
    p = str(tmp_path / "p.factdesk")
    ok("new", p)
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    imported = json.loads(ok("import", p, str(src), "--outlet", "وكالة", "--date", "2017-06-01", "--json"))
    assert imported[0]["status"] == "imported" and imported[0]["removed"] == ["أرسل تعليقك"]
    # the same content again is recognised, from standard input too
    again = json.loads(ok("import", p, "-", "--json", stdin=ARTICLE.encode("utf-8")))
    assert again[0]["status"] == "duplicate"

    arts = json.loads(ok("articles", p, "--json"))
    assert len(arts) == 1 and arts[0]["title"] == "مقتل أكثر من 80 مسلحاً"
    assert arts[0]["place"] == "موسكو" and arts[0]["author"] == "وكالات"
    aid = arts[0]["id"][:8]
    shown = json.loads(ok("show", p, aid, "--json"))
    assert "أرسل تعليقك" not in shown["text"] and shown["text"].startswith("أعلنت")

    # a selection from the middle of «أكثر» to the middle of «80» snaps to whole words
    body = shown["text"]
    start = body.index("أكثر") + 2
    end = body.index("80") + 1
    span_out = ok("span", "add", p, aid, "--start", str(start), "--end", str(end))
    span_id = span_out.split()[0]
    assert "«أكثر من 80»" in span_out
    claim_id = ok("claim", "add", p, "قُتل أكثر من 80 مسلحاً", "--span", span_id[:8]).strip()
    span2 = ok("span", "add", p, aid, "--quote", "الرَّقة").split()[0]
    ok("claim", "link", p, claim_id[:8], span2[:8], "--role", "different_figure")
    ok(
        "claim",
        "verdict",
        p,
        claim_id[:8],
        "false",
        "--rationale",
        "الرقم 120 في بيان آخر",
        "--reviewer",
        "س",
    )
    source_id = ok(
        "source",
        "add",
        p,
        "بيان وزارة الدفاع",
        "--kind",
        "official_statement",
        "--url",
        "https://example.org/statement",
    ).strip()
    ok("evidence", "add", p, claim_id[:8], source_id[:8], "--stance", "refutes", "--span", span_id[:8])

    claims = json.loads(ok("claims", p, "--json"))
    assert claims[0]["verdict"] == "false" and claims[0]["appearances"] == 2 and claims[0]["sources"] == 1
    assert json.loads(ok("claims", p, "--verdict", "True", "--json")) == []
    detail = json.loads(ok("claim", "show", p, claim_id[:8], "--json"))
    assert [a["role"] for a in detail["appearances"]] == ["asserts", "different_figure"]
    assert detail["verdict_history"][-1]["to"] == "false"

    hits = json.loads(ok("search", p, "الرقه", "--json"))
    assert hits[0]["hits"] and body[hits[0]["hits"][0][0] : hits[0]["hits"][0][1]] == "الرَّقة"
    assert json.loads(ok("search", p, "مسلحا", "--claims", "--json"))[0]["claim_id"] == claim_id

    out = tmp_path / "report.csv"
    ok("export", "csv", p, "-o", str(out), "--verdict", "false")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(keepends=True)))
    assert rows[1][1] == "قُتل أكثر من 80 مسلحاً" and rows[1][3] == "False"
    ok("export", "csv", p, "-o", str(out), "--verdict", "true")
    assert len(list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))) == 1  # header only

    assert "ok" in ok("check", p)
    assert "Undone: add evidence" in ok("undo", p)
    assert json.loads(ok("claims", p, "--json"))[0]["sources"] == 0
    assert "Redone" in ok("redo", p)
    assert json.loads(ok("claims", p, "--json"))[0]["sources"] == 1
    assert "backed up" in ok("backup", p).lower()
    assert json.loads(ok("backup", p, "--list", "--json"))


def test_errors_are_plain_words_on_stderr_with_exit_codes(tmp_path: Path) -> None:
    p = str(tmp_path / "p.factdesk")
    ok("new", p)
    r = run("show", p, "zzzzzzzz")
    assert r.exit_code == 1 and "no article" in r.stderr and not r.stdout
    r = run("claim", "add", p, "ادعاء", "--verdict", "maybe")
    assert r.exit_code == 1 and "not a verdict" in r.stderr
    bad = tmp_path / "legacy.txt"
    bad.write_bytes("مقتل أكثر من 80 مسلحاً".encode("cp1256"))
    r = run("import", p, str(bad))
    assert r.exit_code == 3 and "--encoding" in r.stderr
    r = run("import", p, str(bad), "--encoding", "cp1256", "--json")
    assert r.exit_code == 0 and json.loads(r.stdout)[0]["status"] == "imported"
    r = run("articles", str(tmp_path / "missing.factdesk"))
    assert r.exit_code == 11 and "no project file" in r.stderr
    r = run("new", p)
    assert r.exit_code != 0 and "already exists" in r.stderr
    r = run("undo", str(tmp_path / "p.factdesk"))
    assert r.exit_code == 0
    r = run("undo", str(tmp_path / "p.factdesk"))
    assert r.exit_code == 1 and "nothing to undo" in r.stderr.lower()


def test_visual_mode_prints_shaped_arabic_in_visual_order(demo_copy: Path) -> None:
    logical = ok("verdicts", str(demo_copy))
    visual = ok("--visual", "verdicts", str(demo_copy))
    assert "خاطئ" in logical and "خاطئ" not in visual
    # presentation forms (shaped glyphs) appear only in the visual output
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in visual)
    assert not any(0xFE70 <= ord(ch) <= 0xFEFF for ch in logical)


def test_the_installed_entry_point_runs_without_a_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "factdesk", "claims", str(tmp_path / "none.factdesk")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 11
    assert "Traceback" not in done.stderr and "no project file" in done.stderr


def test_csv_report_filters_by_review_date_and_article(demo_copy: Path, tmp_path: Path) -> None:
    p = str(demo_copy)
    out = tmp_path / "r.csv"
    arts = json.loads(ok("articles", p, "--json"))
    today = (
        ok("claims", p, "--json")
        and json.loads(ok("claim", "show", p, json.loads(ok("claims", p, "--json"))[0]["id"][:8], "--json"))[
            "claim"
        ]["reviewed_at"][:10]
    )

    def rows(*extra: str) -> list[list[str]]:
        ok("export", "csv", p, "-o", str(out), *extra)
        return list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(keepends=True)))[1:]

    assert len(rows()) == len(DEMO_CLAIMS)
    assert len(rows("--since", today, "--until", today)) == len(DEMO_CLAIMS)
    assert rows("--until", "2000-01-01") == []
    assert rows("--since", "2999-01-01") == []
    in_first = sum(any(a.seed == 0 for a in c.appearances) for c in DEMO_CLAIMS)
    assert len(rows("--article", arts[0]["id"][:8])) == in_first == 3
    assert len(rows("--verdict", "unproven", "--verdict", "true")) == 3
    ok("import", p, "-", stdin="مقال جديد\n\nنص لا ادعاءات فيه.".encode())
    new_id = json.loads(ok("articles", p, "--json"))[-1]["id"]
    assert rows("--article", new_id[:8]) == []


def test_a_closed_pipe_ends_quietly(demo_copy: Path) -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "factdesk",
            "show",
            str(demo_copy),
            "--json",
            next(iter(json.loads(ok("articles", str(demo_copy), "--json"))))["id"][:8],
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.read(10)
    proc.stdout.close()  # like `| head -c 10`
    with proc.stderr:
        stderr = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "unexpected" not in stderr and "Traceback" not in stderr


NAMES = "قال علي إن الوفد وصل على عجل إلى الرياض، وعلى الطاولة ملف المملكة. وعاد علي على الفور."
ROADS = "وصل الوفد إلى بالرياض\u200f ثم الرَّقة\u200f ثم الرقه ثم الرقة 🔴 عاجل."


def _project_with(tmp_path: Path, *texts: str) -> tuple[str, list[str]]:
    from factdesk.core import operations as ops
    from factdesk.store.project import Project

    path = tmp_path / "s.factdesk"
    ids = []
    with Project.create(path) as project:
        for i, text in enumerate(texts):
            op = ops.ImportArticle(text, title=f"مقال {i + 1}")
            project.run(op)
            ids.append(op.id)
    return str(path), ids


def test_search_exact_keeps_only_the_spelling_typed(tmp_path: Path) -> None:
    only_ala = "جلس الوزير على المنصة وعلى يمينه الوفد، ثم تحدث على الهواء."
    p, (names, ala) = _project_with(tmp_path, NAMES, only_ala)
    folded = json.loads(ok("search", p, "علي", "--json"))
    assert [h["article_id"] for h in folded] == [names, ala]  # the exact spelling «علي» ranks first
    exact = json.loads(ok("search", p, "علي", "--exact", "--json"))
    assert [h["article_id"] for h in exact] == [names]
    assert [NAMES[a:b] for a, b in exact[0]["hits"]] == ["علي", "علي"]
    assert "No matches." in ok("search", p, "الرقه", "--exact")


def test_search_finds_proclitic_forms_and_symbols(tmp_path: Path) -> None:
    p, (aid,) = _project_with(tmp_path, ROADS)
    hits = json.loads(ok("search", p, "الرياض", "--json"))
    assert [ROADS[a:b] for a, b in hits[0]["hits"]] == ["بالرياض"]  # the whole word, not the RLM after it
    hits = json.loads(ok("search", p, "🔴", "--json"))
    assert [ROADS[a:b] for a, b in hits[0]["hits"]] == ["🔴"]


def test_span_add_quote_matches_as_search_does_and_says_which(tmp_path: Path) -> None:
    p, (aid,) = _project_with(tmp_path, ROADS)
    result = run("span", "add", p, aid[:8], "--quote", "الرقة")
    assert result.exit_code == 0, result.output
    assert "«الرَّقة»" in result.stdout  # folded match, marks kept, the RLM after it left out
    assert "1st of 3 occurrences" in result.stderr and "--occurrence" in result.stderr
    second = run("span", "add", p, aid[:8], "--quote", "الرقة", "--occurrence", "2")
    assert "«الرقه»" in second.stdout and "2nd of 3" in second.stderr
    missing = run("span", "add", p, aid[:8], "--quote", "الرقة", "--occurrence", "4")
    assert missing.exit_code == 1 and "occurs 3 time(s)" in missing.stderr
    spans = json.loads(ok("show", p, aid[:8], "--spans", "--json"))["spans"]
    assert [ROADS[s["start"] : s["end"]] for s in spans] == ["الرَّقة", "الرقه"]


def test_an_import_the_project_cannot_store_keeps_the_project_s_exit_code(
    tmp_path: Path, monkeypatch
) -> None:
    from factdesk.store.errors import ProjectError
    from factdesk.store.project import Project

    p = str(tmp_path / "p.factdesk")
    ok("new", p)
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")

    def full(self, op):
        raise ProjectError("The disk is full: nothing was written.")

    monkeypatch.setattr(Project, "run", full)
    result = run("import", p, str(src))
    assert result.exit_code == 10
    assert "Nothing was imported: The disk is full" in result.stderr
    assert result.stderr.rstrip().endswith("factdesk: The disk is full: nothing was written.")
