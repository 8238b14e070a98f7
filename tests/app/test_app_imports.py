"""Importing without any interface: which files, how each reads, one operation with its duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdesk.app import imports
from factdesk.app.progress import Cancelled
from factdesk.core import operations as ops

ONE = "عنوان أول\n\nقالت الوزارة إن المساعدات وصلت إلى 120 ألف أسرة في المدينة خلال الأسبوع الماضي.\n"
TWO = "عنوان ثان\n\nوأضاف البيان أن التوزيع سيستمر حتى نهاية الشهر الجاري في كل الأحياء.\n"


def test_a_folder_lists_what_it_imports_and_skips_the_rest_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "B.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "a.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "sub" / "c.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".git" / "x.txt").write_text(ONE, encoding="utf-8")
    found = imports.find_files([str(tmp_path)])
    assert [(f.name, f.importable) for f in found] == [("a.jpg", False), ("B.txt", True), ("sub/c.pdf", True)]
    plan = imports.read_files(found[:1])
    (skipped,) = plan.outcomes
    assert skipped.status == "skipped" and skipped.reason == "not-importable" and "a.jpg" in skipped.message
    assert plan.articles == []


def test_a_file_named_on_its_own_is_tried_and_fails_with_its_reason(tmp_path: Path) -> None:
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(32))
    (outcome,) = imports.read_files(imports.find_files([str(photo)])).outcomes
    assert outcome.status == "failed" and outcome.reason == "binary"


def test_duplicates_are_named_by_the_operation_in_the_project_and_in_the_import(
    project, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "in"
    tmp_path.mkdir()
    for name, text in (("a.txt", ONE), ("b.txt", ONE), ("c.txt", TWO)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    first = imports.import_files(project, [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert [o.status for o in first] == ["imported", "duplicate"]
    assert first[1].reason == "in-this-import" and first[1].duplicate_of == "a.txt"
    assert first[1].article_id == first[0].article_id
    again = imports.import_files(project, [str(tmp_path)])
    assert [(o.name, o.status, o.reason) for o in again] == [
        ("a.txt", "duplicate", "in-project"),
        ("b.txt", "duplicate", "in-project"),
        ("c.txt", "imported", ""),
    ]
    assert again[0].duplicate_of == "عنوان أول" and again[0].article_id == first[0].article_id
    assert len(project.rows("article")) == 2


def test_one_import_is_one_operation_that_one_undo_takes_back(project, tmp_path: Path) -> None:
    tmp_path = tmp_path / "in"
    tmp_path.mkdir()
    for name, text in (("a.txt", ONE), ("c.txt", TWO)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    ran: list[ops.Operation] = []
    plan = imports.read_files(imports.find_files([str(tmp_path)]))
    imports.apply_plan(plan, lambda op: (ran.append(op), project.run(op))[1])
    assert len(ran) == 1 and isinstance(ran[0], ops.ImportArticles)
    assert project.undo().label == "import articles"
    assert project.rows("article") == []


def test_given_metadata_is_checked_before_any_file_is_read(project, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ONE, encoding="utf-8")
    with pytest.raises(ops.OperationError, match="not a date"):
        imports.import_files(
            project, [str(tmp_path / "a.txt")], given=imports.Metadata(published="31/5/2017")
        )
    (done,) = imports.import_files(
        project,
        [str(tmp_path / "a.txt")],
        given=imports.Metadata(published="٢٠١٧/٥/٣١", url=" https://x.example/a "),
    )
    row = project.get("article", done.article_id)
    assert row["published"] == "2017-05-31" and row["url"] == "https://x.example/a"


def test_reading_reports_progress_and_stops_when_cancelled(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"مقال {i}\n\nنص المقال رقم {i} عن الرقة.", encoding="utf-8")
    found = imports.find_files([str(tmp_path)])
    seen: list[tuple[int, int, str]] = []
    plan = imports.read_files(found, progress=lambda d, t, s: seen.append((d, t, s)))
    assert seen[0] == (0, 3, "0.txt") and seen[-1] == (3, 3, "") and len(plan.articles) == 3
    stop: list[bool] = []
    with pytest.raises(Cancelled):
        imports.read_files(found, progress=lambda d, t, s: stop.append(d >= 1), cancelled=lambda: any(stop))


def test_a_refused_import_fails_every_file_and_stores_nothing(project, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ONE, encoding="utf-8")
    plan = imports.read_files(imports.find_files([str(tmp_path / "a.txt")]))

    def refuse(op: ops.Operation) -> None:
        raise ops.OperationError("the project refused it")

    (outcome,) = imports.apply_plan(plan, refuse)
    assert outcome.status == "failed" and outcome.reason == "refused" and "refused it" in outcome.message
    assert project.rows("article") == []
