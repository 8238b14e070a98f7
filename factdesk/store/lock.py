"""One writer per project file.

SQLite's own locks only last for a transaction; a fact-checker keeps a project open for hours.
A lock file beside the project (an OS advisory lock, released by the OS when the process dies,
so a crash never leaves a stale lock) makes a second window or command refuse to write.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from factdesk.store.errors import ProjectLocked


def lock_path(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


class WriteLock:
    def __init__(self, project: Path) -> None:
        self._lock = FileLock(str(lock_path(project)), timeout=0, thread_local=False)
        self._project = project

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise ProjectLocked(
                f"«{self._project.name}» is open for changes in another FactDesk window or command. "
                "Close it there first, or open this project read-only."
            ) from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()
