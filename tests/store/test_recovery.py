"""A file that SQLite can recover is never refused, and no message advises losing work unsaid.

A kill or power cut during a checkpoint leaves the project file shorter than its header's page count
while the ``-wal`` beside it still holds every page: SQLite finishes it on opening. Judging that file
by its size alone refused it as damaged and advised restoring a backup, which lost a test project's
1,216 acknowledged articles.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from factdesk.core import operations as ops
from factdesk.store.errors import DiskFull, ProjectDamaged, ProjectError
from factdesk.store.project import Project, _translate

ARTICLES = 300


def _texts() -> list[str]:
    return [f"قالت وزارة الدفاع إن الضربات دمرت {n} سيارة قرب الرقة.\n" * 40 for n in range(ARTICLES)]


def crashed_mid_checkpoint(tmp_path: Path) -> Path:
    """The files a crash leaves when a checkpoint had written the new header but not all pages yet."""
    source = tmp_path / "live.factdesk"
    with Project.create(source) as project:
        project.run(ops.ImportArticle("نص أول.", title="أول"))
        project.checkpoint_each = False  # what follows stays in the -wal, as between checkpoints
        for text in _texts():
            project.run(ops.ImportArticle(text, title=text[:20]))
        # the moment of the crash: the files as they are on disk right now
        crashed = tmp_path / "crashed.factdesk"
        shutil.copyfile(source, crashed)
        shutil.copyfile(f"{source}-wal", f"{crashed}-wal")
    # The checkpoint had written page 1, whose header counts every page, and died before the rest.
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as done:
        page_count = done.execute("PRAGMA page_count").fetchone()[0]
    page_size = int.from_bytes(crashed.read_bytes()[16:18], "big")
    with open(crashed, "r+b") as fh:
        fh.seek(28)
        fh.write(page_count.to_bytes(4, "big"))
    assert crashed.stat().st_size < page_count * page_size
    return crashed


def test_a_file_cut_short_by_a_checkpoint_opens_whole_from_its_wal(tmp_path: Path) -> None:
    crashed = crashed_mid_checkpoint(tmp_path)
    with Project.open(crashed, backup=False) as project:
        assert project.wait_for_check() == "ok"
        assert project.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == ARTICLES + 1
        project.run(ops.ImportArticle("نص بعد الاستعادة.", title="بعد"))
    with Project.open(crashed, readonly=True) as project:
        assert project.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == ARTICLES + 2


def test_the_same_file_without_its_wal_is_refused_and_the_advice_says_what_a_restore_loses(
    tmp_path: Path,
) -> None:
    crashed = crashed_mid_checkpoint(tmp_path)
    Path(f"{crashed}-wal").unlink()
    before = crashed.read_bytes()
    with pytest.raises(ProjectDamaged) as caught:
        Project.open(crashed, backup=False)
    message = caught.value.message
    assert "cut short" in message and "Nothing was changed" in message
    assert "loses every change made after it" in message
    assert crashed.read_bytes() == before


def test_sqlite_errors_are_named_for_what_they_are(tmp_path: Path) -> None:
    path = tmp_path / "p.factdesk"
    full = _translate(sqlite3.OperationalError("database or disk is full"), path)
    assert isinstance(full, DiskFull) and "disk holding «p.factdesk» is full" in full.message
    assert "Nothing was lost" in full.message
    damaged = _translate(sqlite3.DatabaseError("database disk image is malformed"), path)
    assert isinstance(damaged, ProjectDamaged) and "loses every change made after it" in damaged.message
    # an error SQLite does not call damage is not called damage
    other = _translate(sqlite3.OperationalError("unable to open database file"), path)
    assert type(other) is ProjectError and "damaged" not in other.message
