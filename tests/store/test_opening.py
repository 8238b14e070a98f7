"""Opening a project file: whatever the file is, FactDesk either opens a sound project or refuses
in plain words — and a refused file is left exactly as it was, with nothing created beside it."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from support import overwrite_pages, page_owners

from factdesk.app.demo import build_demo
from factdesk.core import operations as ops
from factdesk.store import backup as backups
from factdesk.store import version
from factdesk.store.errors import (
    NotAProject,
    ProjectDamaged,
    ProjectError,
    ProjectMissing,
    ProjectTooNew,
)
from factdesk.store.header import read_header
from factdesk.store.project import Project

# ---------------------------------------------------------------------------------------------
# local helpers and fixtures


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> set[str]:
    """Everything in ``folder``, recursively (so a new -wal, -shm, lock or backup folder shows)."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def fingerprint(path: Path) -> tuple[str, set[str]]:
    """The file's content (or what it is when it is not a file) and everything beside it."""
    if path.is_file():
        what = sha256(path)
    elif path.is_dir():
        what = "folder:" + ",".join(sorted(listing(path)))
    else:
        what = "absent"
    return what, listing(path.parent)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo project (two articles, four claims, sources, evidence), built once and closed."""
    path = tmp_path_factory.mktemp("template") / "demo.factdesk"
    build_demo(path)
    assert not Path(str(path) + "-wal").exists(), "closing must checkpoint the WAL into the file"
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder holding only the file under test (so anything created beside it is noticed)."""
    where = tmp_path / "projects"
    where.mkdir()
    return where


def copy_template(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    return target


# ---------------------------------------------------------------------------------------------
# files that are refused


def make_empty(folder: Path, template: Path) -> Path:
    path = folder / "empty.factdesk"
    path.write_bytes(b"")
    return path


def make_random(folder: Path, template: Path) -> Path:
    path = folder / "random.factdesk"
    path.write_bytes(os.urandom(8192))
    return path


def make_truncated(folder: Path, template: Path) -> Path:
    path = copy_template(template, folder / "truncated.factdesk")
    header = read_header(path)
    size = path.stat().st_size
    # The project was closed, so everything is in the main file: its size is the whole project.
    assert size == header.page_count * header.page_size
    assert size >= 8 * header.page_size
    with open(path, "r+b") as fh:
        fh.truncate(size // 2)
    return path


def make_foreign_sqlite(folder: Path, template: Path) -> Path:
    path = folder / "accounts.factdesk"
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE accounts (name TEXT, balance INTEGER)")
        conn.execute("INSERT INTO accounts VALUES ('سارة', 100)")
        conn.commit()
    finally:
        conn.close()
    return path


def make_newer(folder: Path, template: Path) -> Path:
    path = copy_template(template, folder / "newer.factdesk")
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA user_version = 999")
    finally:
        conn.close()
    assert not Path(str(path) + "-wal").exists()
    return path


def make_missing(folder: Path, template: Path) -> Path:
    return folder / "missing.factdesk"


def make_folder(folder: Path, template: Path) -> Path:
    path = folder / "a-folder.factdesk"
    path.mkdir()
    return path


# name: (how to make it, error class, words the message must contain, CLI exit code)
REFUSALS: dict[str, tuple[Callable[[Path, Path], Path], type[ProjectError], tuple[str, ...], int]] = {
    "empty": (make_empty, NotAProject, ("empty", "not a FactDesk project"), NotAProject.exit_code),
    "random bytes": (
        make_random,
        NotAProject,
        ("not a FactDesk project", "not a database"),
        NotAProject.exit_code,
    ),
    "truncated": (make_truncated, ProjectDamaged, ("cut short", "backup"), ProjectDamaged.exit_code),
    "foreign sqlite": (
        make_foreign_sqlite,
        NotAProject,
        ("not a FactDesk project", "Nothing was changed"),
        NotAProject.exit_code,
    ),
    "newer version": (
        make_newer,
        ProjectTooNew,
        ("newer", "999", "Update FactDesk"),
        ProjectTooNew.exit_code,
    ),
    "missing": (make_missing, ProjectMissing, ("no project file",), ProjectMissing.exit_code),
    # The command line refuses a folder before FactDesk sees it (click: dir_okay=False), with
    # its usage-mistake code 2, which the CLI documents; Project.open says NotAProject itself.
    "folder": (make_folder, NotAProject, ("folder", "not a FactDesk project"), 2),
}


@pytest.mark.parametrize("readonly", [False, True], ids=["for-changes", "read-only"])
@pytest.mark.parametrize("case", list(REFUSALS))
def test_project_open_refuses_and_changes_nothing(
    case: str, readonly: bool, folder: Path, template: Path
) -> None:
    make, error, words, _ = REFUSALS[case]
    path = make(folder, template)
    before = fingerprint(path)

    with pytest.raises(error) as caught:
        Project.open(path, readonly=readonly)

    assert type(caught.value) is error
    for word in words:
        assert word.lower() in caught.value.message.lower(), caught.value.message
    assert "Traceback" not in caught.value.message
    assert fingerprint(path) == before  # same bytes, and no -wal, -shm, lock or backups beside it


CLI_COMMANDS = {
    "articles": ("articles", "{path}"),
    "claim add": ("claim", "add", "{path}", "نص"),
}


@pytest.mark.parametrize("command", ["articles", "claim add"])
@pytest.mark.parametrize("case", list(REFUSALS))
def test_cli_refuses_with_exit_code_and_plain_words(
    case: str,
    command: str,
    folder: Path,
    template: Path,
    cli: Callable[..., subprocess.CompletedProcess[str]],
) -> None:
    make, error, words, exit_code = REFUSALS[case]
    path = make(folder, template)
    before = fingerprint(path)

    result = cli(*(arg.format(path=path) for arg in CLI_COMMANDS[command]))

    assert result.returncode == exit_code, result.stderr
    assert result.returncode != 0
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout == ""
    if exit_code == 2:  # click's own refusal of a folder
        assert "is a directory" in result.stderr
    else:
        assert result.stderr.startswith("factdesk: ")
        for word in words:
            assert word.lower() in result.stderr.lower(), result.stderr
    assert fingerprint(path) == before


# ---------------------------------------------------------------------------------------------
# a damaged project: never written to


@pytest.mark.parametrize("which", ["middle third", "middle data pages"])
def test_damaged_middle_is_never_written(
    which: str, folder: Path, template: Path, cli: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    path = copy_template(template, folder / "damaged.factdesk")
    owners = page_owners(path)
    count = read_header(path).page_count
    middle = list(range(count // 3 + 1, 2 * count // 3 + 1))
    if which == "middle data pages":
        # Leave the schema readable, so the file opens and only the background check finds it.
        middle = [p for p in middle if owners.get(p) != "sqlite_schema"]
    assert len(middle) >= 5
    overwrite_pages(path, middle, seed=len(which))
    damaged = sha256(path)

    try:
        project = Project.open(path)
    except ProjectDamaged as exc:
        assert which == "middle third", "a file whose schema is intact must open (and refuse writes)"
        assert "damaged" in exc.message and "backup" in exc.message
    else:
        try:
            with pytest.raises(ProjectDamaged) as caught:
                project.run(ops.CreateClaim("ادعاء لا يجوز أن يُكتب"))
            assert "integrity check" in caught.value.message
            assert "nothing will be written" in caught.value.message
            with pytest.raises(ProjectDamaged):  # and it stays refused
                project.run(ops.AddSource("مصدر"))
        finally:
            project.close()

    added = cli("claim", "add", path, "نص")
    assert added.returncode == ProjectDamaged.exit_code, added.stderr
    assert "damaged" in added.stderr
    checked = cli("check", path)
    assert checked.returncode == ProjectDamaged.exit_code, checked.stderr
    assert "problem" in checked.stderr or "damaged" in checked.stderr
    for result in (added, checked):
        assert "Traceback" not in result.stdout + result.stderr
        assert "unexpected" not in result.stderr

    assert sha256(path) == damaged  # no operation (nor anything else) was ever written to it
    wal = Path(str(path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    # No copy of the damaged file took a place among the backups.
    assert backups.list_backups(path) == []


# ---------------------------------------------------------------------------------------------
# files that open


def test_older_factdesk_file_is_backed_up_then_upgraded(folder: Path) -> None:
    path = folder / "old.factdesk"
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA application_id = {version.APPLICATION_ID:#x}")
        # a FactDesk file from before the first migration holds nothing else: anything more would be
        # a thing FactDesk did not put there (see test_untrusted.py)
        conn.commit()
    finally:
        conn.close()
    header = read_header(path)
    assert (header.application_id, header.user_version) == (0x4644534B, 0)

    project = Project.open(path)
    try:
        user_version = project.conn.execute("PRAGMA user_version").fetchone()[0]
        applied = [r[0] for r in project.conn.execute("SELECT name FROM _sqlite_migrations")]
        project.run(ops.CreateClaim("ادعاء بعد الترقية"))
        assert project.integrity_check() == []
    finally:
        project.close()

    assert user_version == version.SCHEMA_VERSION
    assert "0001_initial" in applied
    found = [b for b in backups.list_backups(path) if b.reason == "before-upgrade"]
    assert len(found) == 1
    kept = sqlite3.connect(found[0].path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert kept.execute("PRAGMA user_version").fetchone()[0] == 0
        assert [r[0] for r in kept.execute("SELECT name FROM sqlite_schema")] == []
    finally:
        kept.close()
    with Project.open(path, readonly=True) as again:
        assert [c["text"] for c in again.rows("claim")] == ["ادعاء بعد الترقية"]


@pytest.mark.parametrize("how", ["create", "open"])
def test_project_connection_settings(how: str, folder: Path) -> None:
    path = folder / "new.factdesk"
    if how == "open":
        Project.create(path).close()
    project = Project.create(path) if how == "create" else Project.open(path, backup=False)
    try:
        conn = project.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x4644534B
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version.SCHEMA_VERSION
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        # Foreign keys are enforced, not just switched on: a highlight of no article is refused.
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            conn.execute(
                'INSERT INTO spans (id, article_id, start, "end", quote, created, modified) '
                "VALUES ('s', 'no-such-article', 0, 1, 'x', 't', 't')"
            )
        assert conn.execute("SELECT count(*) FROM spans").fetchone()[0] == 0
    finally:
        project.close()
    header = read_header(path)
    assert header.application_id == version.APPLICATION_ID
    assert header.user_version == version.SCHEMA_VERSION


def test_create_refuses_to_overwrite(folder: Path, template: Path) -> None:
    path = copy_template(template, folder / "existing.factdesk")
    before = fingerprint(path)
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(path)
    assert fingerprint(path) == before
