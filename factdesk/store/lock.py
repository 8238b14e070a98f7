"""One writer per project file, whatever name it is reached by.

SQLite's own locks only last for a transaction; a fact-checker keeps a project open for hours.
Two locks make a second window or command refuse to write, both OS advisory locks that the OS
releases when the process dies (so a crash never leaves a stale lock):

* a lock file beside the file the path resolves to (symlinks followed), seen by every program and
  every machine that reaches the folder;
* on POSIX, a ``flock`` on the project file itself, which belongs to the file, not to a name: a hard
  link or any other path to the same file meets it. (``flock`` and SQLite's ``fcntl`` locks do not
  interfere on Linux and BSD; the descriptor stays open until the project is closed, after SQLite's
  connection, so closing it cannot drop SQLite's own locks.)
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from filelock import FileLock, Timeout

from factdesk.store import names
from factdesk.store.errors import ProjectLocked

# Windows has no flock: hard links to a project are rare there; the lock file still holds.
if sys.platform != "win32":
    import fcntl


def lock_path(project: Path) -> Path:
    """The lock file of ``project``: beside the file its path resolves to."""
    real = Path(os.path.realpath(project))
    return real.with_name(names.fit(real.name, ".lock"))


class WriteLock:
    def __init__(self, project: Path) -> None:
        self._lock = FileLock(str(lock_path(project)), timeout=0, thread_local=False)
        self._project = project
        self._fd: int | None = None

    def _refuse(self) -> ProjectLocked:
        return ProjectLocked(
            f"«{self._project.name}» is open for changes in another FactDesk window or command "
            "(perhaps under another name or through a link). Close it there first, or open this "
            "project read-only."
        )

    def acquire(self) -> None:
        """Take both locks, or refuse with :class:`ProjectLocked` holding neither."""
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise self._refuse() from None
        try:
            self.hold_file()
        except BaseException:
            self._lock.release()
            raise

    def hold_file(self) -> None:
        """Lock the project file itself (POSIX), once it exists; :meth:`acquire` does it for a file
        that is already there, :class:`Project` again right after creating one."""
        if sys.platform == "win32" or self._fd is not None:
            return
        try:
            fd = os.open(self._project, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except FileNotFoundError:
            return  # not created yet
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise self._refuse() from None
        self._fd = fd

    def let_go_of_file(self) -> None:
        """Stop holding the project file itself (the lock file stays held): for a caller about to
        delete it and make a new file at its name, which :meth:`hold_file` then locks."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
        if self._lock.is_locked:
            self._lock.release()
