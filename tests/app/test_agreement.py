"""The command line and the window agree: the same files and metadata give the same project.

Each test imports through ``factdesk import`` (click's runner) into one new project and through the
window's own code path (``MainWindow.file_tasks``, offscreen) into another, then compares what was
stored (every article field but its id and times) and what each said of every file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtWidgets import QDialog

from factdesk.cli import cli
from factdesk.store.project import Project
from factdesk.ui.import_dialog import ImportReviewDialog
from factdesk.ui.preferences import Preferences
from factdesk.ui.window import MainWindow

ARTICLE = (
    "مقتل مسلحين قرب الرقة\n\nالرقة - وكالات\nقالت وزارة الدفاع إن الضربات استهدفت مواقع قرب الرقة "
    "وأسفرت عن مقتل عشرات المسلحين.\nأرسل تعليقك\n"
)
PAGE = (
    "<html><head><title>عنوان الصفحة</title><link rel='canonical' href='https://news.example/a/1'>"
    "<meta property='article:published_time' content='2020-03-17T10:00:00+02:00'></head><body>"
    "<nav><a href='/'>الرئيسية</a></nav><article><h1>عنوان الصفحة</h1>"
    "<p>قالت الوزارة في بيان إن المساعدات وصلت إلى 120 ألف أسرة في المدينة خلال الأسبوع الماضي.</p>"
    "<p>وأضاف البيان أن التوزيع سيستمر حتى نهاية الشهر الجاري في كل الأحياء.</p></article></body></html>"
)
#: what differs between two projects however the article came in
VOLATILE = ("id", "created", "modified")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    (folder / "pages").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b-copy.txt").write_text(ARTICLE, encoding="utf-8")  # the same text twice: a duplicate
    (folder / "pages" / "c.html").write_text(PAGE, encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64))  # not an article
    (folder / ".hidden.txt").write_text("ملف مخفي\n\nلا يُستورد", encoding="utf-8")
    return folder


def _articles(path: Path) -> list[dict[str, object]]:
    with Project.open(path, readonly=True) as p:
        rows = p.rows("article")
    return sorted(
        ({k: v for k, v in row.items() if k not in VOLATILE} for row in rows),
        key=lambda r: str(r["content_hash"]),
    )


def _cli(*args: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(cli, ["import", *args, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def window(qtbot, tmp_path: Path):
    path = tmp_path / "window.factdesk"
    Project.create(path).close()
    w = MainWindow(Preferences())
    qtbot.addWidget(w)
    assert w.open_project(str(path))
    yield w
    w.close_project()


def _window_import(qtbot, window: MainWindow, paths: list[str], **kw):
    job = window.file_tasks.import_paths(paths, show=False, start=False, **kw)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        job.start()
    return job.outcomes


def test_a_folder_gives_the_same_project_and_the_same_notes_either_way(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    folder = _folder(tmp_path)
    by_cli = tmp_path / "cli.factdesk"
    Project.create(by_cli).close()
    rows = _cli(str(by_cli), str(folder))
    outcomes = _window_import(qtbot, window, [str(folder)], review=False)
    window_path = window.session.project.path
    window.close_project()

    assert (
        [Path(str(r["file"])).relative_to(folder).as_posix() for r in rows]
        == [o.name for o in outcomes]
        == ["a.txt", "b-copy.txt", "pages/c.html", "photo.jpg"]
    )
    assert (
        [r["status"] for r in rows]
        == [o.status for o in outcomes]
        == ["imported", "duplicate", "imported", "skipped"]
    )
    # the photo is skipped with the same note by both, not a failure in either
    assert rows[3]["skipped"] == outcomes[3].reason == "not-importable"
    assert rows[3]["reason"] == outcomes[3].message and "photo.jpg" in outcomes[3].message
    assert outcomes[3].detail  # and the window words it
    # the duplicate is the same one, named by the operation
    assert outcomes[1].article_id == outcomes[0].article_id and rows[1]["article"] == rows[0]["article"]
    stored = _articles(by_cli)
    assert stored == _articles(window_path)
    assert len(stored) == 2
    page = next(a for a in stored if a["title"] == "عنوان الصفحة")
    assert page["published"] == "2020-03-17" and page["url"] == "https://news.example/a/1"


def test_a_date_typed_as_2017_5_31_is_stored_as_2017_05_31_by_both(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    by_cli = tmp_path / "cli.factdesk"
    Project.create(by_cli).close()
    _cli(
        str(by_cli),
        str(path),
        "--date",
        "2017/5/31",
        "--outlet",
        " الحياة\u200f ",
        "--url",
        "https://alhayat.example/x",
    )

    def typed(dialog: ImportReviewDialog) -> int:
        dialog.date_edit.setText("2017/5/31")
        dialog.outlet_edit.setText(" الحياة\u200f ")
        dialog.url_edit.setText("https://alhayat.example/x")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportReviewDialog, "exec", typed)
    outcomes = _window_import(qtbot, window, [str(path)], review=True)
    assert [o.status for o in outcomes] == ["imported"]
    window_path = window.session.project.path
    window.close_project()
    (by_window,) = _articles(window_path)
    (by_command,) = _articles(by_cli)
    assert by_command["published"] == by_window["published"] == "2017-05-31"
    assert by_command["outlet"] == by_window["outlet"] == "الحياة"
    assert by_command == by_window


def test_a_date_no_rule_reads_is_refused_by_both(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    by_cli = tmp_path / "cli.factdesk"
    Project.create(by_cli).close()
    refused = CliRunner().invoke(cli, ["import", str(by_cli), str(path), "--date", "31/5/2017"])
    assert refused.exit_code == 1 and "not a date" in refused.stderr
    assert _articles(by_cli) == []

    refusals: list[str] = []
    monkeypatch.setattr("factdesk.ui.file_tasks.show_error", lambda parent, text: refusals.append(text))
    calls: list[int] = []

    def typed(dialog: ImportReviewDialog) -> int:
        calls.append(1)
        if len(calls) > 1:
            return QDialog.DialogCode.Rejected  # the user gives up after the refusal
        dialog.url_edit.setText("alhayat.example/x")  # not a whole address: refused the same way
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportReviewDialog, "exec", typed)
    outcomes = _window_import(qtbot, window, [str(path)], review=True)
    assert [o.status for o in outcomes] == ["failed"]
    assert len(refusals) == 1 and "not a web address" in refusals[0]
    window_path = window.session.project.path
    window.close_project()
    assert _articles(window_path) == []
    refused_url = CliRunner().invoke(cli, ["import", str(by_cli), str(path), "--url", "alhayat.example/x"])
    assert refused_url.exit_code == 1 and "not a web address" in refused_url.stderr
