"""The File menu's long work runs off the UI thread, can be cancelled, and loses nothing."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from support import run_job

from factdesk.store import backup as backups
from factdesk.ui.jobs import Cancelled, Job
from factdesk.ui.window import MainWindow


def test_import_files_in_the_background_as_one_undo_step(window: MainWindow, qtbot, tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("عنوان المقال\n\nالقاهرة - وكالات\nنص المقال عن الرقة.\nأرسل تعليقك\n", encoding="utf-8")
    dup = tmp_path / "b.txt"
    dup.write_text("عنوان المقال\n\nالقاهرة - وكالات\nنص المقال عن الرقة.\nأرسل تعليقك\n", encoding="utf-8")
    bad = tmp_path / "c.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    before = window.session.read.article_count()
    undo_steps = window.session.undo_stack.count()
    job = window.file_tasks.import_files([str(good), str(dup), str(bad)], show=False, start=False)
    run_job(qtbot, job)
    outcomes = {o.name: o.status for o in job.outcomes}
    assert outcomes == {"a.txt": "imported", "b.txt": "duplicate", "c.txt": "failed"}
    assert window.session.read.article_count() == before + 1
    assert window.session.undo_stack.count() == undo_steps + 1
    row = window.session.project.get("article", window.workbench.article_id)
    assert row["place"] == "القاهرة" and "أرسل تعليقك" not in row["text"]
    window.menu_actions.undo.trigger()
    assert window.session.read.article_count() == before


def test_a_cancelled_import_imports_nothing(window: MainWindow, qtbot, tmp_path: Path) -> None:
    files = []
    for i in range(3):
        f = tmp_path / f"{i}.txt"
        f.write_text(f"مقال رقم {i}\n\nنص {i}", encoding="utf-8")
        files.append(str(f))
    before = window.session.read.article_count()

    def parse_then_cancel(progress, cancelled):
        job.cancel()
        return window.file_tasks.read(files, progress, cancelled)

    job = Job(parse_then_cancel, "import", window, show=False)
    job.finished.connect(window.file_tasks.apply)
    run_job(qtbot, job, "cancelled_signal")
    assert window.session.read.article_count() == before
    with pytest.raises(Cancelled):
        window.file_tasks.read(files, lambda *a: None, lambda: True)


def test_export_check_and_backup_from_the_menu(window: MainWindow, qtbot, tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    count = run_job(qtbot, window.file_tasks.export_csv(str(target), show=False, start=False))
    assert count == window.session.read.claim_count()
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == count + 1
    assert run_job(qtbot, window.file_tasks.check_project(show=False, start=False)) == []
    made = run_job(qtbot, window.file_tasks.backup_now(show=False, start=False))
    assert made.path.exists() and made.reason == "manual"


def test_restore_a_backup_from_the_menu(window: MainWindow, qtbot) -> None:
    made = run_job(qtbot, window.file_tasks.backup_now(show=False, start=False))
    claim = window.session.read.claims()[0]
    window.workbench.select_claim(claim.id)
    window.workbench.delete_claim(confirm=False)
    assert window.session.project.get("claim", claim.id) is None
    assert window.file_tasks.restore_backup(made.path)
    assert window.session.project.get("claim", claim.id) is not None
    kinds = {b.reason for b in backups.list_backups(window.session.project.path)}
    assert "before-restore" in kinds


def test_a_folder_past_what_one_import_holds_stops_reading_and_says_so(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from factdesk.importers import safety

    text = "قالت الوزارة إن الضربات وُجهت إلى الأهداف بعد اكتشافها.\n" * 20
    files = []
    for i in range(4):
        f = tmp_path / f"{i}.txt"
        f.write_text(f"مقال رقم {i}\n\n{text}{i}", encoding="utf-8")
        files.append(str(f))
    monkeypatch.setattr(safety, "MAX_IMPORT_CHARS", 2 * len(text) + 10)  # two fit, not three
    plan = window.file_tasks.read(files, lambda *a: None, lambda: False)
    results = plan.outcomes
    assert len(plan.articles) == 2
    assert [r.status for r in results] == ["imported", "imported", "failed", "failed"]
    assert all("another go" in r.detail for r in results[2:])
