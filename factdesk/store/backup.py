"""Rotating backups through SQLite's backup API, and restoring one.

Backups live in a folder beside the project (``NAME.factdesk-backups/``) so they travel with it.
SQLite's backup API copies a consistent snapshot even while the project is open and being
written; each copy is made under a temporary name and renamed, so a backup is whole or absent.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from factdesk.store import names
from factdesk.store.errors import NotAProject, ProjectDamaged, ProjectError, ProjectMissing, restore_advice

if TYPE_CHECKING:
    from factdesk.store.lock import WriteLock

#: How many backups to keep per project; the oldest go first.
MAX_BACKUPS = 10
#: On open, a new backup is made only when the newest one is older than this (seconds).
DEFAULT_INTERVAL = 15 * 60


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    made: datetime
    reason: str
    size: int


def folder(project: Path) -> Path:
    """The backups folder: beside the file the project's path resolves to (a link to a project
    shares its backups), its name shortened to fit the file system when the project's is long."""
    real = Path(os.path.realpath(project))
    return real.with_name(names.fit(real.name, "-backups"))


def _backup_name(project: Path, stamp: str, reason: str, ext: str = ".factdesk") -> str:
    return names.fit(Path(os.path.realpath(project)).stem, f"--{stamp}--{reason}{ext}", names.BACKUP_NAME_MAX)


def list_backups(project: Path) -> list[BackupFile]:
    """The project's backups, newest first."""
    out: list[BackupFile] = []
    where = folder(project)
    if not where.is_dir():
        return out
    for p in where.glob("*.factdesk"):
        parts = p.stem.rsplit("--", 2)
        try:
            made = datetime.strptime(parts[-2], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
            reason = parts[-1]
        except (IndexError, ValueError):
            continue
        out.append(BackupFile(p, made, reason, p.stat().st_size))
    out.sort(key=lambda b: b.made, reverse=True)
    return out


def due(project: Path, interval: float) -> bool:
    newest = list_backups(project)
    if not newest:
        return True
    return (time.time() - newest[0].made.timestamp()) >= interval


def make_backup(project: Path, *, reason: str = "manual", keep: int = MAX_BACKUPS) -> BackupFile:
    """Copy the project through SQLite's backup API into a new rotating backup."""
    where = folder(project)
    where.mkdir(exist_ok=True)
    _remove_abandoned_copies(where)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = where / _backup_name(project, stamp, reason)
    fd, tmp_name = tempfile.mkstemp(dir=where, prefix=".partial-", suffix=".factdesk")
    os.close(fd)
    _copy_through_sqlite(project, Path(tmp_name), target)
    for old in list_backups(project)[keep:]:
        old.path.unlink(missing_ok=True)
    return BackupFile(target, datetime.now(UTC), reason, target.stat().st_size)


def _copy_through_sqlite(
    project: Path, tmp: Path, target: Path, *, what: str = "backup", mode: int | None = None
) -> None:
    """Copy ``project`` into ``tmp`` with SQLite's backup API (a consistent snapshot, WAL
    included, even while the project is being written), check the copy, make it durable and
    rename it to ``target``: the target is then whole or untouched. ``mode``: the permission
    bits the target gets (else those of ``tmp``, private to the user)."""
    try:
        src = sqlite3.connect(project.resolve().as_uri() + "?mode=ro", uri=True)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            # A copy of a damaged file is no backup, and keeping it would push a sound backup
            # out of the rotation: check the copy before it takes a place among the backups.
            try:
                verdict = str(dst.execute("PRAGMA quick_check").fetchone()[0])
            except sqlite3.DatabaseError as exc:
                verdict = str(exc)
        finally:
            dst.close()
            src.close()
        if verdict != "ok":
            raise ProjectDamaged(
                f"«{project.name}» is damaged ({verdict}); no {what} was made of it. "
                f"{restore_advice(project.name)}"
            )
        if mode is not None:
            os.chmod(tmp, mode)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _new_file_mode() -> int:
    """The permission bits an ordinary new file gets here (0o666 less the umask)."""
    try:  # Linux says it without changing it (setting it, even briefly, is process-wide)
        with open("/proc/self/status", encoding="ascii") as fh:
            mask = next(int(line.split()[1], 8) for line in fh if line.startswith("Umask:"))
    except (OSError, StopIteration, ValueError, IndexError):
        mask = os.umask(0o022)
        os.umask(mask)
    return 0o666 & ~mask


def save_copy(project: Path, target: Path) -> Path:
    """Write a whole, self-contained copy of the project (every change so far, in one file
    with no ``-wal`` beside it) to ``target``, a file the user chose; it may be opened, mailed
    or archived at once. Never overwrites the project itself (nor the files SQLite keeps
    beside it); an existing other file at ``target`` is replaced only once the copy is whole."""
    project, target = Path(project), Path(target)
    beside = {Path(str(project) + suffix) for suffix in ("-wal", "-shm")}
    if _same_file(project, target) or any(_same_file(b, target) for b in beside):
        raise ProjectError(
            f"«{target.name}» is the open project itself; choose another name or folder for the copy."
        )
    if not target.parent.is_dir():
        raise ProjectMissing(f"The folder «{target.parent}» does not exist.")
    lock = _lock_if_project(target)
    try:
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".partial-", suffix=".factdesk")
        os.close(fd)
        _copy_through_sqlite(project, Path(tmp_name), target, what="copy", mode=_new_file_mode())
    finally:
        if lock is not None:
            lock.release()
    return target


def _lock_if_project(target: Path) -> WriteLock | None:
    """The write lock of ``target`` when it is a FactDesk project: one open in a window or a command
    is refused (:class:`ProjectLocked`), never replaced under its writer."""
    from factdesk.store import version
    from factdesk.store.header import read_header
    from factdesk.store.lock import WriteLock

    try:
        if read_header(target).application_id != version.APPLICATION_ID:
            return None
    except ProjectError:
        return None
    lock = WriteLock(target)
    lock.acquire()
    return lock


#: A half-written copy untouched this long was abandoned (its process was killed mid-copy; a
#: copy of a large project takes about a second).
ABANDONED_AFTER = 600.0


def _remove_abandoned_copies(where: Path) -> None:
    """Delete the half-written copies that killed backups left behind, so they never pile up."""
    for partial in where.glob(".partial-*.factdesk"):
        try:
            if time.time() - partial.stat().st_mtime > ABANDONED_AFTER:
                partial.unlink()
        except OSError:
            continue  # gone already, or not ours to delete: the backup goes on


def verify_backup(candidate: Path) -> None:
    """Refuse to restore anything that is not a sound FactDesk project."""
    from factdesk.store import version
    from factdesk.store.header import read_header

    header = read_header(candidate)
    if header.application_id != version.APPLICATION_ID:
        raise NotAProject(f"«{candidate.name}» is not a FactDesk project; it cannot be restored.")
    from factdesk.store.project import _inspect

    try:
        conn = sqlite3.connect(candidate.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.DatabaseError as exc:
        raise ProjectDamaged(f"The backup «{candidate.name}» cannot be read ({exc}).") from None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        _inspect(conn, candidate)  # a crafted file is no backup: nothing in it may ever run
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ProjectDamaged(f"The backup «{candidate.name}» is damaged ({exc}).") from None
    finally:
        conn.close()
    if result != "ok":
        raise ProjectDamaged(f"The backup «{candidate.name}» is damaged ({result}).")


def restore(project: Path, candidate: Path) -> Path | None:
    """Put ``candidate`` in place of ``project``. The current file is kept first: as a backup
    when it is sound, or moved aside into the backups folder when it cannot be read. The project's
    write lock is taken here (a project open for changes in a window or a command is refused with
    :class:`~factdesk.store.errors.ProjectLocked`): callers never take it themselves. Returns where
    the previous state was kept.

    Through a symbolic link, the file the link points to is restored and the link is kept."""
    from factdesk.store.lock import WriteLock

    lock = WriteLock(Path(project))
    lock.acquire()
    try:
        return _restore(Path(project), candidate)
    finally:
        lock.release()


def _restore(project: Path, candidate: Path) -> Path | None:
    project = Path(os.path.realpath(project))
    if not candidate.exists():
        raise ProjectMissing(f"There is no backup at «{candidate}».")
    verify_backup(candidate)
    # The candidate is copied before the current state is backed up: that backup rotates the
    # folder, and the candidate (often the oldest backup) must not be deleted before it is read.
    # The restored file keeps the project's permissions (a project shared with a group stays
    # shared): the temporary copy is private until given them.
    try:
        before = project.stat()
        mode, group = stat.S_IMODE(before.st_mode), before.st_gid
    except FileNotFoundError:
        mode, group = _new_file_mode(), None
    fd, tmp_name = tempfile.mkstemp(dir=project.parent, prefix=".restoring-", suffix=".factdesk")
    try:
        with os.fdopen(fd, "wb") as out, open(candidate, "rb") as src:
            while chunk := src.read(1 << 20):
                out.write(chunk)
            out.flush()
            if group is not None and group != os.fstat(out.fileno()).st_gid:
                with contextlib.suppress(OSError):  # not a member of it: the mode bits are still kept
                    os.fchown(out.fileno(), -1, group)
            os.fchmod(out.fileno(), mode)
            os.fsync(out.fileno())
        kept: Path | None = None
        if project.exists():
            try:
                kept = make_backup(project, reason="before-restore", keep=MAX_BACKUPS + 1).path
            except (sqlite3.DatabaseError, ProjectDamaged):
                where = folder(project)
                where.mkdir(exist_ok=True)
                stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
                kept = where / _backup_name(project, stamp, "unreadable", ".damaged")
                os.replace(project, kept)
        for suffix in ("-wal", "-shm"):
            Path(str(project) + suffix).unlink(missing_ok=True)
        os.replace(tmp_name, project)
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
    return kept
