"""One writer per project: while a window or command has the project open for changes, another
process cannot write to it (but can read it); when the writer closes — or dies — the lock goes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from factdesk.core import operations as ops
from factdesk.store.errors import ProjectLocked
from factdesk.store.project import Project

HOLDER = Path(__file__).resolve().parent / "helpers" / "hold_open.py"
NEW_CLAIM = "نص"


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "locked.factdesk"
    with Project.create(path) as project:
        project.run(ops.CreateClaim("قُتل أكثر من 80 مسلحاً قرب الرقة"))
        project.run(ops.CreateClaim("القافلة ضمّت 32 سيارة"))
    return path


@pytest.fixture
def holder(project_file: Path) -> Iterator[subprocess.Popen[str]]:
    """A second process that has the project open for changes (it has printed «ready»)."""
    with subprocess.Popen(
        [sys.executable, str(HOLDER), str(project_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    ) as proc:
        try:
            line = proc.stdout.readline()  # type: ignore[union-attr]
            if line != "ready\n":
                proc.kill()  # so that reading its stderr cannot block
                pytest.fail(f"the holder did not open the project: {line!r} {proc.stderr.read()}")  # type: ignore[union-attr]
            yield proc
        finally:
            if proc.poll() is None:
                proc.kill()


def claim_texts(path: Path) -> list[str]:
    with Project.open(path, readonly=True) as project:
        return sorted(str(c["text"]) for c in project.rows("claim"))


def test_second_writer_is_refused_until_the_first_closes(
    project_file: Path, holder: subprocess.Popen[str], cli: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    before = claim_texts(project_file)

    refused = cli("claim", "add", project_file, NEW_CLAIM)
    assert refused.returncode == ProjectLocked.exit_code == 15, refused.stderr
    assert "open for changes in another" in refused.stderr
    assert "read-only" in refused.stderr  # and it says what can be done instead
    assert "Traceback" not in refused.stdout + refused.stderr
    assert claim_texts(project_file) == before

    # In-process too: the same refusal, as the right exception.
    with pytest.raises(ProjectLocked, match="another FactDesk window or command"):
        Project.open(project_file)

    # Reading still works while it is locked.
    listed = cli("claims", project_file)
    assert listed.returncode == 0, listed.stderr
    for text in before:
        assert text in listed.stdout
    with Project.open(project_file, readonly=True) as reader:
        assert len(reader.rows("claim")) == len(before)

    # The holder closes the project (its stdin ends) and exits cleanly...
    out, err = holder.communicate(timeout=60)
    assert holder.returncode == 0, err
    assert out == "closed\n"

    # ...and now the same command is allowed.
    added = cli("claim", "add", project_file, NEW_CLAIM)
    assert added.returncode == 0, added.stderr
    assert claim_texts(project_file) == sorted([*before, NEW_CLAIM])


def test_a_killed_writer_leaves_no_stale_lock(
    project_file: Path, holder: subprocess.Popen[str], cli: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    with pytest.raises(ProjectLocked):
        Project.open(project_file)

    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=60)
    assert holder.returncode == -signal.SIGKILL

    # The operating system released the lock with the process: the project opens for changes.
    with Project.open(project_file) as project:
        project.run(ops.CreateClaim("بعد موت العملية"))
        assert project.integrity_check() == []
    added = cli("claim", "add", project_file, NEW_CLAIM)
    assert added.returncode == 0, added.stderr
    assert NEW_CLAIM in claim_texts(project_file)
    assert "بعد موت العملية" in claim_texts(project_file)


def test_a_hard_link_to_an_open_project_is_refused(project_file: Path) -> None:
    link = project_file.with_name("another-name.factdesk")
    os.link(project_file, link)
    with (
        Project.open(project_file, backup=False),
        pytest.raises(ProjectLocked, match="another FactDesk window"),
    ):
        Project.open(link, backup=False)
    # and the other way round, once the first writer has gone
    with Project.open(link, backup=False), pytest.raises(ProjectLocked):
        Project.open(project_file, backup=False)


def test_a_symlink_to_an_open_project_is_refused(project_file: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "links"
    elsewhere.mkdir()
    link = elsewhere / "shortcut.factdesk"
    link.symlink_to(project_file)
    with Project.open(link, backup=False), pytest.raises(ProjectLocked):
        Project.open(project_file, backup=False)


def test_a_second_process_through_a_hard_link_cannot_write(
    project_file: Path, cli: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    link = project_file.with_name("hard.factdesk")
    os.link(project_file, link)
    with Project.open(project_file, backup=False):
        result = cli("claim", "add", link, NEW_CLAIM)
    assert result.returncode == ProjectLocked.exit_code, result.stderr
    with Project.open(project_file, readonly=True) as project:
        assert project.conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 2
