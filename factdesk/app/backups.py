"""Backing up a project now, listing its backups, and putting one back.

The project's write lock is taken inside the store (:func:`factdesk.store.backup.restore`): neither
interface takes it, so a project open for changes elsewhere is refused the same way for both.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factdesk.store import backup as store_backups
from factdesk.store.backup import BackupFile
from factdesk.store.errors import ProjectError


class BackupRefused(ProjectError):
    """A backup that could not be made, in plain words (nothing was changed)."""

    exit_code = 10


@dataclass(frozen=True)
class Restored:
    """A restore done: the backup put in place, and where the previous state was kept (None: there was none)."""

    backup: Path
    kept: Path | None


def make_backup(project: str | Path) -> BackupFile:
    """A backup now (SQLite's backup API; the newest ones are kept). A folder that cannot be written is
    refused in words (:class:`BackupRefused`)."""
    path = Path(project)
    try:
        return store_backups.make_backup(path, reason="manual")
    except OSError as exc:
        raise BackupRefused(
            f"the backup could not be made: «{store_backups.folder(path)}» could not be "
            f"written ({exc.strerror or exc}). Nothing was changed."
        ) from None


def list_backups(project: str | Path) -> list[BackupFile]:
    """The project's backups, newest first."""
    return store_backups.list_backups(Path(project))


def latest(project: str | Path) -> BackupFile | None:
    found = list_backups(project)
    return found[0] if found else None


def restore(project: str | Path, backup: str | Path) -> Restored:
    """Put ``backup`` in place of the project (closed by the caller first: the store takes its lock, and
    refuses while it is open for changes anywhere); the current state is kept as a backup first."""
    kept = store_backups.restore(Path(project), Path(backup))
    return Restored(Path(backup), kept)
