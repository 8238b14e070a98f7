"""The project file under attack from outside FactDesk: damaged pages met by read commands, read-only
files and folders, a file deleted or replaced while open, a file replaced by `demo --force` or
`restore` (through a link), synced and network folders, very long Arabic names."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import damage_data_pages

from factdesk.app.demo import CLAIMS as DEMO_CLAIMS
from factdesk.cli import cli
from factdesk.core import operations as ops
from factdesk.store import backup as backups
from factdesk.store import names, placement
from factdesk.store.errors import ProjectDamaged, ProjectLocked, ProjectReadOnly, ProjectReplaced
from factdesk.store.project import Project

REPO = Path(__file__).resolve().parents[2]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(*args: object) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _claim_ids(path: Path) -> list[str]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM claims ORDER BY seq")]
    finally:
        conn.close()


# ---------------------------------------------------------------------------------------------
# read commands meet damage: reported, never listed as if sound, never a crash


READ_COMMANDS = [
    ["articles"],
    ["claims"],
    ["sources"],
    ["verdicts"],
    ["history"],
    ["search", "{p}", "الرقة"],
    ["show", "{p}", "{article}"],
    ["claim", "show", "{p}", "{claim}"],
    ["export", "csv", "{p}", "-o", "{out}"],
]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: " ".join(x for x in c if "{" not in x))
def test_read_commands_report_a_damaged_file(command: list[str], demo_copy: Path, tmp_path: Path) -> None:
    article = sqlite3.connect(demo_copy).execute("SELECT id FROM articles").fetchone()[0][:8]
    claim = _claim_ids(demo_copy)[0][:8]
    damage_data_pages(demo_copy)
    damaged = sha256(demo_copy)
    args = [a.format(p=demo_copy, article=article, claim=claim, out=tmp_path / "r.csv") for a in command]
    if "{p}" not in command:
        args.insert(1 if args[0] != "claim" else 2, str(demo_copy))
    code, out, err = run(*args)
    assert code == ProjectDamaged.exit_code, (args, code, out, err)
    assert "damaged" in err and "backup" in err and "loses every change made after it" in err
    assert "unexpected" not in err and "Traceback" not in out + err
    assert out == "", "nothing of a damaged file is listed as if it were sound"
    assert not (tmp_path / "r.csv").exists()
    assert sha256(demo_copy) == damaged


def test_check_verifies_article_fingerprints_and_span_quotes(demo_copy: Path) -> None:
    conn = sqlite3.connect(demo_copy)
    try:
        sid, aid, start = conn.execute("SELECT id, article_id, start FROM spans ORDER BY id").fetchone()
        title, text = conn.execute("SELECT title, text FROM articles WHERE id = ?", (aid,)).fetchone()
        changed = text[:start] + ("X" if text[start] != "X" else "Y") + text[start + 1 :]
        conn.execute("DROP TRIGGER articles_text_frozen")  # what another program could do
        conn.execute("UPDATE articles SET text = ? WHERE id = ?", (changed, aid))
        conn.execute(f"CREATE TRIGGER articles_text_frozen {_frozen_trigger_body()}")
        conn.commit()
    finally:
        conn.close()
    code, out, err = run("check", demo_copy)
    assert code == ProjectDamaged.exit_code, out + err
    assert f"the text of the article «{title[:60]}» ({aid[:8]}) is not the text that was imported" in err
    assert f"the highlight {sid[:8]} in the article «{title[:60]}»" in err and "but the article reads" in err


def _frozen_trigger_body() -> str:
    from factdesk.store import schema

    sql = schema.expected_schema()[("trigger", "articles_text_frozen")][1] or ""
    return sql.split("articles_text_frozen", 1)[1]


def test_check_says_ok_for_a_sound_project(demo_copy: Path) -> None:
    code, out, err = run("check", demo_copy)
    assert code == 0 and "ok" in out, err


# ---------------------------------------------------------------------------------------------
# read-only files and folders


def _as_unwritable(target: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run ``factdesk ARGS`` where ``target`` (a file or a folder) cannot be written.

    As an ordinary user (CI), ``target`` is made read-only with chmod, as a user would. As root
    (where chmod stops nothing) ``target`` is bind-mounted read-only in a private mount namespace
    (``unshare -m``): writes then fail with EROFS, for root too — what a read-only share or medium does.
    """
    env = {
        **os.environ,
        "PYTHONUTF8": "1",
        "PYTHONPATH": str(REPO),
        "XDG_STATE_HOME": str(target.parent / ".state"),
    }
    command = [sys.executable, "-m", "factdesk", *args]
    if os.geteuid() != 0:
        mode = target.stat().st_mode
        target.chmod(0o555 if target.is_dir() else 0o444)
        try:
            return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
        finally:
            target.chmod(mode)
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.fail("running as root, the read-only test needs «unshare» (util-linux) for a read-only mount")
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
    return subprocess.run(
        [unshare, "-m", "sh", "-c", script, "sh", str(target), *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(params=["file", "folder"])
def unwritable(
    request: pytest.FixtureRequest, demo_file: Path, tmp_path: Path
) -> Iterator[tuple[Path, Path]]:
    """(project, what cannot be written): the project file itself, or its folder."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "demo.factdesk"
    shutil.copyfile(demo_file, path)
    yield path, (path if request.param == "file" else folder)


def test_a_read_only_project_reads_quietly_and_refuses_changes(
    unwritable: tuple[Path, Path], tmp_path: Path
) -> None:
    path, target = unwritable
    before = sha256(path)
    for args in (
        ["articles", path],
        ["claims", path],
        ["search", path, "الرقة"],
        ["export", "csv", path, "-o", tmp_path / "out.csv"],
    ):
        done = _as_unwritable(target, [str(a) for a in args])
        assert done.returncode == 0, (args, done.stderr)
        assert done.stdout.strip() and done.stderr == "", "reading says nothing alarming"
    checked = _as_unwritable(target, ["check", str(path)])
    assert checked.returncode == 0 and "ok" in checked.stdout, checked.stderr
    refused = _as_unwritable(target, ["claim", "add", str(path), "ادعاء"])
    assert refused.returncode == ProjectReadOnly.exit_code, refused.stderr
    assert "reading only" in refused.stderr and "Traceback" not in refused.stderr
    assert sha256(path) == before


def test_a_read_only_folder_with_unsaved_changes_is_explained(demo_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "demo.factdesk"
    shutil.copyfile(demo_file, path)
    # a -wal holding changes, as a copy taken while the project was open leaves it
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE settings SET value = value")
    writer.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
    writer.commit()
    shutil.copyfile(str(path) + "-wal", str(path) + "-wal.keep")
    writer.close()
    os.replace(str(path) + "-wal.keep", str(path) + "-wal")
    Path(str(path) + "-shm").unlink(missing_ok=True)
    done = _as_unwritable(folder, ["articles", str(path)])
    assert done.returncode == ProjectReadOnly.exit_code, done.stderr
    assert "-wal" in done.stderr and "Copy the whole folder" in done.stderr


# ---------------------------------------------------------------------------------------------
# deleted or replaced while open


@pytest.mark.parametrize("how", ["deleted", "replaced", "moved"])
def test_a_file_deleted_or_replaced_while_open_refuses_the_next_write(
    how: str, demo_copy: Path, tmp_path: Path
) -> None:
    project = Project.open(demo_copy, backup=False)
    try:
        project.run(ops.CreateClaim("قبل"))
        if how == "deleted":
            demo_copy.unlink()
        elif how == "moved":
            demo_copy.rename(tmp_path / "elsewhere.factdesk")
        else:
            other = tmp_path / "other.factdesk"
            shutil.copyfile(demo_copy, other)
            os.replace(other, demo_copy)
        replaced = sha256(demo_copy) if demo_copy.exists() else None
        for attempt in (lambda: project.run(ops.CreateClaim("بعد")), project.undo):
            with pytest.raises(ProjectReplaced) as refused:
                attempt()
            assert "moved, deleted or replaced" in refused.value.message
            assert "not saved" in refused.value.message and "Save a copy" in refused.value.message
    finally:
        project.close()
    assert (sha256(demo_copy) if demo_copy.exists() else None) == replaced


# ---------------------------------------------------------------------------------------------
# replacing a file takes its lock first; restore through a link


def test_demo_force_refuses_a_project_open_elsewhere(demo_copy: Path) -> None:
    before = sha256(demo_copy)
    with Project.open(demo_copy, backup=False):
        code, _out, err = run("demo", demo_copy, "--force")
        assert code == ProjectLocked.exit_code, err
        assert sha256(demo_copy) == before
    code, out, err = run("demo", demo_copy, "--force")
    assert code == 0, err
    with Project.open(demo_copy, readonly=True) as p:
        assert len(p.rows("claim")) == len(DEMO_CLAIMS)


def test_restore_through_a_link_restores_the_file_and_keeps_the_link(demo_copy: Path, tmp_path: Path) -> None:
    made = backups.make_backup(demo_copy, reason="manual")
    with Project.open(demo_copy, backup=False) as p:
        p.run(ops.CreateClaim("بعد النسخة"))
    demo_copy.chmod(0o640)
    link = tmp_path / "link.factdesk"
    link.symlink_to(demo_copy)
    with Project.open(demo_copy, backup=False):
        code, _out, err = run("restore", link, made.path)
        assert code == ProjectLocked.exit_code, err
    code, out, err = run("restore", link, made.path)
    assert code == 0, err
    assert link.is_symlink() and os.readlink(link) == str(demo_copy)
    assert len(_claim_ids(demo_copy)) == len(DEMO_CLAIMS)
    assert demo_copy.stat().st_mode & 0o777 == 0o640
    assert all(b.path.parent == backups.folder(demo_copy) for b in backups.list_backups(link))


# ---------------------------------------------------------------------------------------------
# synced and network folders


@pytest.mark.parametrize(
    "folder",
    [
        "OneDrive",
        "OneDrive - Contoso",
        "Dropbox (Personal)",
        "Google Drive",
        "My Drive",
        "iCloud Drive",
        "Mobile Documents",
        "Nextcloud",
        "ownCloud",
    ],
)
def test_a_synced_folder_gets_a_plain_warning(folder: str, tmp_path: Path) -> None:
    path = tmp_path / folder / "تحقق" / "work.factdesk"
    warning = placement.warning_for(path, mounts="")
    assert warning is not None and "sync" in warning and "sqlite.org/useovernet.html" in warning


@pytest.mark.parametrize("fs", ["nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "9p", "davfs"])
def test_a_network_file_system_gets_a_plain_warning(fs: str, tmp_path: Path) -> None:
    mounts = f"/dev/sda1 / ext4 rw 0 0\nserver:/share {tmp_path} {fs} rw 0 0\n"
    warning = placement.warning_for(tmp_path / "work.factdesk", mounts=mounts)
    assert warning is not None and fs in warning and "network" in warning


def test_a_local_folder_gets_no_warning(tmp_path: Path) -> None:
    mounts = f"/dev/sda1 / ext4 rw 0 0\nserver:/share {tmp_path}-other nfs rw 0 0\n"
    assert placement.warning_for(tmp_path / "Documents" / "work.factdesk", mounts=mounts) is None


def test_the_command_line_says_the_warning_once(demo_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    path = folder / "demo.factdesk"
    shutil.copyfile(demo_file, path)
    code, out, err = run("claims", path)
    assert code == 0 and out
    assert err.count("Dropbox") == 1 and "warning" in err
    with Project.open(path, readonly=True) as p:
        assert len(p.warnings) == 1


# ---------------------------------------------------------------------------------------------
# derived names within NAME_MAX


LONG = "ت" * 110  # 220 bytes in UTF-8: a legal name, but not with «--20260101T…--on-open.factdesk» after it


def test_backups_and_copies_of_a_long_arabic_name_work(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / f"{LONG}.factdesk"
    shutil.copyfile(demo_file, path)
    with Project.open(path) as p:
        assert p.wait_for_check() == "ok"
    assert p.backup_error is None
    code, out, err = run("backup", path)
    assert code == 0, err
    found = backups.list_backups(path)
    assert len(found) == 2 and {b.reason for b in found} == {"on-open", "manual"}
    for b in found:
        assert len(b.path.name.encode()) <= names.NAME_MAX and b.path.name.startswith("ت" * 20)
    code, out, err = run("restore", path, found[-1].path)
    assert code == 0, err
    code, out, err = run("repair", path, "-o", tmp_path / f"{LONG}-copy.factdesk")
    assert code == 0, err


def test_a_failed_backup_is_said_on_the_command_line(demo_copy: Path) -> None:
    backups.folder(demo_copy).write_text("a file where the backups folder should be")
    code, _out, err = run("claim", "add", demo_copy, "ادعاء")
    assert code == 0
    assert "backup failed" in err


def test_fit_cuts_by_bytes_on_a_character_boundary() -> None:
    fitted = names.fit("ب" * 200, "--20260101T000000000000Z--on-open.factdesk")
    assert len(fitted.encode()) <= 255
    fitted.encode().decode()  # whole characters only
    assert names.fit("قصير", ".lock") == "قصير.lock"
    assert names.fit("ب" * 200, ".x") != names.fit("ب" * 199 + "ت", ".x")
