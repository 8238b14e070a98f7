"""Report files that appear whole or not at all.

A report is written under a temporary name in the destination's directory (so that ``os.replace``
is an atomic rename within one file system), synced to disk, then renamed over the destination; on
any error the temporary file is removed and the destination is left exactly as it was. The CSV
writer streams into :func:`replacing_text`; openpyxl and odfpy save to a path, so they get
:func:`replacing_path`.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from typing import IO


@contextlib.contextmanager
def replacing_path(path: str | os.PathLike[str]) -> Iterator[str]:
    """A temporary path to write; on success it takes the place of ``path`` (through a symlink to
    the file it names), on error it is removed."""
    destination = os.path.realpath(os.fspath(path))
    directory, name = os.path.split(destination)
    fd, tmp_name = tempfile.mkstemp(dir=directory, prefix=f".{name}.", suffix=".tmp")
    os.close(fd)
    try:
        os.chmod(tmp_name, _mode_for(destination))
        yield tmp_name
        with open(tmp_name, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(tmp_name, destination)
    except BaseException:
        _remove(tmp_name)
        raise
    _sync_directory(directory)


@contextlib.contextmanager
def replacing_text(destination: str, encoding: str) -> Iterator[IO[str]]:
    """A text file that takes the place of ``destination`` only if the ``with`` body succeeds.

    It is a temporary file in the same directory (so that ``os.replace`` is an atomic rename within
    one file system), synced to disk before the rename; on any error it is removed and
    ``destination`` is left exactly as it was.
    """
    directory, name = os.path.split(destination)
    tmp_name = ""
    try:
        with tempfile.NamedTemporaryFile(
            mode="w",
            encoding=encoding,
            newline="",  # the csv module writes the line terminators itself
            dir=directory,
            prefix=f".{name}.",
            suffix=".tmp",
            delete=False,
        ) as tmp:
            tmp_name = tmp.name
            os.chmod(tmp_name, _mode_for(destination))
            yield tmp
            tmp.flush()
            os.fsync(tmp.fileno())
        # Closed by now, also on error: Windows cannot remove or rename an open file.
        os.replace(tmp_name, destination)
    except BaseException:
        if tmp_name:
            _remove(tmp_name)
        raise
    _sync_directory(directory)


def _remove(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def _mode_for(destination: str) -> int:
    """The permissions the report should get.

    NamedTemporaryFile creates files readable by their owner only; a report replacing an existing
    file keeps that file's permissions, and a new one gets what a plain ``open()`` would give it.
    """
    try:
        return stat.S_IMODE(os.stat(destination).st_mode)
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process umask, read without ``os.umask``, which would briefly change it for every thread."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022  # the usual default where /proc is unavailable (macOS, Windows)


def _sync_directory(directory: str) -> None:
    """Make the rename itself durable on POSIX; best effort, since the report is already in place."""
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
