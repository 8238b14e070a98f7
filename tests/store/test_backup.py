"""Backups: made on open and on demand, rotated, each a whole project as it was; restoring one
brings the project back and keeps what it replaces; nothing unsound is ever restored or kept
as a backup."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from support import Cli, overwrite_pages, page_owners

from factdesk.core import operations as ops
from factdesk.store import backup as backups
from factdesk.store import version
from factdesk.store.errors import NotAProject, ProjectDamaged, ProjectError
from factdesk.store.header import read_header
from factdesk.store.project import Project

TEXT = (
    "أعلنت وزارة الدفاع الروسية عن مقتل أكثر من 80 مسلحاً في الرَّقة، "
    "وقالت إن الضربات استهدفت قافلة من 32 سيارة كانت متجهة إلى تدمر."
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def claims_of(path: Path) -> list[str]:
    with Project.open(path, readonly=True) as project:
        return sorted(str(c["text"]) for c in project.rows("claim"))


def snapshot_of(path: Path) -> dict[str, list[dict[str, object]]]:
    with Project.open(path, readonly=True) as project:
        return project.snapshot()


def add_claims(path: Path, *texts: str) -> None:
    with Project.open(path, backup=False) as project:
        for text in texts:
            project.run(ops.CreateClaim(text))


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "work.factdesk"
    with Project.create(path) as project:
        article = ops.ImportArticle(TEXT, title="ضربات قرب الرقة")
        project.run(article)
        start = TEXT.index("مقتل")
        project.run(
            ops.claim_from_selection(
                article.id, start, start + len("مقتل أكثر من 80 مسلحاً"), "قُتل أكثر من 80 مسلحاً"
            )
        )
        project.run(ops.CreateClaim("القافلة ضمّت 32 سيارة"))
    return path


def assert_plain(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stdout + result.stderr
    assert "unexpected" not in result.stderr


def overwrite_data_pages(path: Path, seed: int) -> None:
    """Overwrite with garbage every page that holds records (not the schema): the file still
    opens, but is damaged."""
    owners = page_owners(path)
    overwrite_pages(
        path,
        sorted(p for p, name in owners.items() if name in ("claims", "history", "articles", "operations")),
        seed,
    )


# ---------------------------------------------------------------------------------------------
# making backups


def test_opening_makes_rotating_backups(project_file: Path) -> None:
    assert backups.list_backups(project_file) == []
    for n in range(14):
        with Project.open(project_file, backup_interval=0) as project:
            project.run(ops.CreateClaim(f"ادعاء {n}"))
        found = backups.list_backups(project_file)
        assert len(found) == min(n + 1, backups.MAX_BACKUPS)
        assert {b.reason for b in found} == {"on-open"}
    # Only whole backups are left in the folder (no partial copies), the newest kept.
    names = sorted(p.name for p in backups.folder(project_file).iterdir())
    assert names == sorted(b.path.name for b in found)
    assert len(names) == backups.MAX_BACKUPS
    newest = claims_of(found[0].path)
    assert "ادعاء 12" in newest and "ادعاء 13" not in newest


def test_no_backup_when_a_recent_one_exists(project_file: Path) -> None:
    with Project.open(project_file):
        pass
    assert len(backups.list_backups(project_file)) == 1
    with Project.open(project_file):  # the default interval: the backup just made is recent
        pass
    assert len(backups.list_backups(project_file)) == 1


def test_copies_left_half_written_by_a_killed_backup_are_cleared_away(project_file: Path) -> None:
    where = backups.folder(project_file)
    where.mkdir()
    abandoned, in_progress = where / ".partial-dead.factdesk", where / ".partial-busy.factdesk"
    for partial in (abandoned, in_progress):
        partial.write_bytes(b"SQLite format 3\x00" + bytes(4096))
    an_hour_ago = abandoned.stat().st_mtime - 3600
    os.utime(abandoned, (an_hour_ago, an_hour_ago))
    made = backups.make_backup(project_file)
    assert not abandoned.exists()
    assert in_progress.exists()  # recent: perhaps another backup being written right now
    assert [b.path for b in backups.list_backups(project_file)] == [made.path]


def test_a_backup_is_a_whole_project_as_it_was(project_file: Path) -> None:
    as_it_was = snapshot_of(project_file)
    with Project.open(project_file, backup_interval=0):
        pass
    add_claims(project_file, "ادعاء أُضيف بعد النسخة")
    (made,) = backups.list_backups(project_file)

    backups.verify_backup(made.path)  # raises if it is not a sound FactDesk project
    header = read_header(made.path)
    assert header.application_id == version.APPLICATION_ID
    assert header.user_version == version.SCHEMA_VERSION
    assert snapshot_of(made.path) == as_it_was
    assert "ادعاء أُضيف بعد النسخة" not in claims_of(made.path)
    assert "ادعاء أُضيف بعد النسخة" in claims_of(project_file)
    # One self-contained file: no WAL needed beside it.
    conn = sqlite3.connect(made.path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


def test_backup_made_while_writing_is_consistent(project_file: Path) -> None:
    base = len(claims_of(project_file))
    with Project.open(project_file, backup_interval=0) as project:
        for n in range(30):  # the on-open backup runs in the background meanwhile
            project.run(ops.CreateClaim(f"متزامن {n}"))
    (made,) = backups.list_backups(project_file)
    with Project.open(made.path, readonly=True) as copy:
        assert copy.integrity_check() == []
        texts = {str(c["text"]) for c in copy.rows("claim")}
        k = len(texts) - base
        # A moment between two operations: the first k claims, each with its journal entry.
        assert {t for t in texts if t.startswith("متزامن")} == {f"متزامن {n}" for n in range(k)}
        assert (
            copy.conn.execute("SELECT count(*) FROM operations WHERE name = 'CreateClaim'").fetchone()[0]
            == k + 1
        )


def test_cli_backup_and_list(project_file: Path, cli: Cli) -> None:
    made = cli("backup", project_file)
    assert made.returncode == 0, made.stderr
    assert_plain(made)
    manual = [b for b in backups.list_backups(project_file) if b.reason == "manual"]
    assert len(manual) == 1
    assert str(manual[0].path) in made.stdout
    assert claims_of(manual[0].path) == claims_of(project_file)

    listed = cli("backup", project_file, "--list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert {"path": str(manual[0].path), "reason": "manual", "size": manual[0].size} in [
        {k: r[k] for k in ("path", "reason", "size")} for r in rows
    ]
    assert len(rows) == len(backups.list_backups(project_file))


# ---------------------------------------------------------------------------------------------
# restoring


def test_cli_restore_brings_the_backup_back_and_keeps_the_present(project_file: Path, cli: Cli) -> None:
    assert cli("backup", project_file).returncode == 0
    (chosen,) = [b for b in backups.list_backups(project_file) if b.reason == "manual"]
    at_backup = snapshot_of(chosen.path)
    add_claims(project_file, "ادعاء بعد النسخة الاحتياطية")
    present = snapshot_of(project_file)

    restored = cli("restore", project_file, chosen.path)
    assert restored.returncode == 0, restored.stderr
    assert_plain(restored)

    assert snapshot_of(project_file) == at_backup
    assert "ادعاء بعد النسخة الاحتياطية" not in claims_of(project_file)
    kept = [b for b in backups.list_backups(project_file) if b.reason == "before-restore"]
    assert len(kept) == 1
    assert str(kept[0].path) in restored.stdout
    assert snapshot_of(kept[0].path) == present
    assert chosen.path.exists()
    # The restored project is a working project again.
    with Project.open(project_file, backup=False) as project:
        assert project.integrity_check() == []
        project.run(ops.CreateClaim("بعد الاستعادة"))


def test_restore_over_random_bytes_moves_the_wreck_aside(project_file: Path, cli: Cli) -> None:
    assert cli("backup", project_file).returncode == 0
    (chosen,) = [b for b in backups.list_backups(project_file) if b.reason == "manual"]
    at_backup = snapshot_of(chosen.path)
    project_file.write_bytes(os.urandom(8192))
    wreck = sha256(project_file)
    assert cli("claims", project_file).returncode == NotAProject.exit_code

    restored = cli("restore", project_file, chosen.path)
    assert restored.returncode == 0, restored.stderr
    assert_plain(restored)

    assert snapshot_of(project_file) == at_backup
    aside = [p for p in backups.folder(project_file).iterdir() if sha256(p) == wreck]
    assert len(aside) == 1, "the unreadable file must be kept, not deleted"
    assert str(aside[0]) in restored.stdout
    # It is kept beside the backups but is not offered as one.
    assert aside[0] not in {b.path for b in backups.list_backups(project_file)}


def make_foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('ليس مشروعاً')")
        conn.commit()
    finally:
        conn.close()
    return path


def make_random(path: Path) -> Path:
    path.write_bytes(os.urandom(8192))
    return path


def make_damaged_backup(path: Path) -> Path:
    with Project.create(path) as project:
        for n in range(40):
            project.run(ops.CreateClaim(f"ادعاء طويل رقم {n} " * 20))
    overwrite_data_pages(path, seed=3)
    return path


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (make_foreign, NotAProject, "not a FactDesk project"),
        (make_random, NotAProject, "not a FactDesk project"),
        (make_damaged_backup, ProjectDamaged, "damaged"),
    ],
    ids=["foreign-sqlite", "random-bytes", "damaged-factdesk"],
)
def test_restore_refuses_what_is_not_a_sound_project(
    make: Callable[[Path], Path], error: type, words: str, project_file: Path, tmp_path: Path, cli: Cli
) -> None:
    candidate = make(tmp_path / "candidate.factdesk")
    with Project.open(project_file, backup_interval=0):
        pass
    before = sha256(project_file)
    listing = sorted(os.listdir(project_file.parent))
    kept = backups.list_backups(project_file)

    refused = cli("restore", project_file, candidate)
    assert refused.returncode == error.exit_code, refused.stderr
    assert_plain(refused)
    assert words in refused.stderr
    assert refused.stderr.startswith("factdesk: ")
    assert "«candidate.factdesk»" in refused.stderr  # it names the file it refused

    assert sha256(project_file) == before
    assert sorted(os.listdir(project_file.parent)) == listing
    assert backups.list_backups(project_file) == kept


def test_restore_of_the_oldest_backup_right_after_a_restore(project_file: Path, cli: Cli) -> None:
    """Regression: the backup made before restoring rotates the folder, and used to delete the
    backup being restored (the oldest) before it was read, losing it and failing the restore."""
    with Project.open(project_file, backup=False) as project:
        for n in range(backups.MAX_BACKUPS):
            project.run(ops.CreateClaim(f"نسخة {n}"))
            backups.make_backup(project_file)
    found = backups.list_backups(project_file)
    assert len(found) == backups.MAX_BACKUPS
    assert cli("restore", project_file, found[0].path).returncode == 0
    assert len(backups.list_backups(project_file)) == backups.MAX_BACKUPS + 1
    oldest = backups.list_backups(project_file)[-1]
    at_oldest = snapshot_of(oldest.path)
    assert "نسخة 0" in claims_of(oldest.path) and "نسخة 1" not in claims_of(oldest.path)

    restored = cli("restore", project_file, oldest.path)
    assert restored.returncode == 0, restored.stderr
    assert_plain(restored)
    assert snapshot_of(project_file) == at_oldest


def test_a_damaged_project_never_pushes_out_sound_backups(project_file: Path, cli: Cli) -> None:
    """Regression: opening (or backing up) a damaged project used to copy it into the rotation,
    so a few opens of a damaged file could replace every sound backup with copies of the damage."""
    add_claims(project_file, *(f"ادعاء طويل رقم {n} " * 20 for n in range(40)))
    for _ in range(backups.MAX_BACKUPS):
        backups.make_backup(project_file)
    sound = backups.list_backups(project_file)
    assert len(sound) == backups.MAX_BACKUPS
    overwrite_data_pages(project_file, seed=11)
    damaged = sha256(project_file)

    for _ in range(3):
        project = Project.open(project_file, backup_interval=0)  # the schema is intact: it opens
        try:
            with pytest.raises(ProjectDamaged):
                project.run(ops.CreateClaim("لا يُكتب"))
        finally:
            project.close()
    manual = cli("backup", project_file)
    assert manual.returncode == ProjectDamaged.exit_code, manual.stderr
    assert "damaged" in manual.stderr and "no backup" in manual.stderr
    assert_plain(manual)

    assert backups.list_backups(project_file) == sound
    assert sha256(project_file) == damaged
    for b in sound:
        backups.verify_backup(b.path)

    # And the newest sound backup restores over the damaged file, which is kept aside.
    restored = cli("restore", project_file, sound[0].path)
    assert restored.returncode == 0, restored.stderr
    assert snapshot_of(project_file) == snapshot_of(sound[0].path)
    assert [p for p in backups.folder(project_file).iterdir() if sha256(p) == damaged]


def test_whoever_asks_hears_how_the_backup_on_opening_ended(project_file: Path) -> None:
    heard: list[str | None] = []
    with Project.open(project_file) as project:
        project.when_backed_up(heard.append)
        project.wait_for_check()
    assert heard == [None]  # made: no error
    assert len(backups.list_backups(project_file)) == 1
    late: list[str | None] = []
    project = Project.open(project_file, backup_interval=0)
    project.close()  # joins the backup thread: a listener added afterwards hears at once
    project.when_backed_up(late.append)
    assert late == [None]
    assert len(backups.list_backups(project_file)) == 2


def test_a_failed_backup_on_opening_is_reported_not_raised(project_file: Path) -> None:
    backups.folder(project_file).write_text("not a folder", encoding="utf-8")
    heard: list[str | None] = []
    with Project.open(project_file) as project:
        project.when_backed_up(heard.append)
        project.run(ops.CreateClaim("العمل يستمر"))  # the work goes on
    assert len(heard) == 1 and heard[0]
    assert heard[0] == project.backup_error


@pytest.mark.parametrize("mode", [0o640, 0o600, 0o664])
def test_restore_keeps_the_permissions_of_the_project(project_file: Path, cli: Cli, mode: int) -> None:
    """A project shared with a group (0o640) must not become private, nor a private one shared,
    by being restored: the restored file has the mode bits of the project it replaces."""
    assert cli("backup", project_file).returncode == 0
    (chosen,) = [b for b in backups.list_backups(project_file) if b.reason == "manual"]
    os.chmod(project_file, mode)
    group = project_file.stat().st_gid

    restored = cli("restore", project_file, chosen.path)
    assert restored.returncode == 0, restored.stderr
    assert stat.S_IMODE(project_file.stat().st_mode) == mode
    assert project_file.stat().st_gid == group
    assert claims_of(project_file) == claims_of(chosen.path)


def test_restore_through_the_api_keeps_the_permissions(project_file: Path) -> None:
    made = backups.make_backup(project_file)
    os.chmod(project_file, 0o640)
    backups.restore(project_file, made.path)
    assert stat.S_IMODE(project_file.stat().st_mode) == 0o640


# ---------------------------------------------------------------------------------------------
# a copy the user saves somewhere (File → Save a copy…)


def test_a_saved_copy_made_while_open_is_a_whole_project(project_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "for-the-editor.factdesk"
    target.parent.mkdir()
    with Project.open(project_file, backup=False) as project:
        project.checkpoint_each = False  # the copy must hold what is still only in the WAL
        project.run(ops.CreateClaim("ادعاء لم يبلغ الملف الرئيسي بعد"))
        backups.save_copy(project.path, target)
        expected = project.snapshot()
    assert {p.name for p in target.parent.iterdir()} == {"for-the-editor.factdesk"}  # one file
    backups.verify_backup(target)
    assert snapshot_of(target) == expected
    assert read_header(target).application_id == version.APPLICATION_ID
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~_umask()  # an ordinary new file


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_save_copy_refuses_to_overwrite_the_open_project(project_file: Path, tmp_path: Path) -> None:
    before = snapshot_of(project_file)
    with Project.open(project_file, backup=False) as project:
        for target in (project_file, tmp_path / "." / project_file.name, Path(str(project_file) + "-wal")):
            with pytest.raises(ProjectError, match="open project itself"):
                backups.save_copy(project.path, target)
        link = tmp_path / "link.factdesk"
        link.symlink_to(project_file)
        with pytest.raises(ProjectError, match="open project itself"):
            backups.save_copy(project.path, link)
        assert project.integrity_check() == []
    assert snapshot_of(project_file) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".partial-")] == []


def test_save_copy_replaces_another_file_only_with_a_whole_copy(project_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "old-copy.factdesk"
    target.write_bytes(b"an older copy the user chose to replace")
    backups.save_copy(project_file, target)
    assert claims_of(target) == claims_of(project_file)
    # a folder that does not exist: a clear refusal, nothing written
    with pytest.raises(ProjectError, match="does not exist"):
        backups.save_copy(project_file, tmp_path / "missing" / "x.factdesk")
