"""Looking at a file before SQLite touches it.

Opening a file with SQLite for writing can change it (WAL mode is written into the header), so
a file that is not a FactDesk project must be recognised from its first 100 bytes alone and
refused before any connection that could write exists.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from factdesk.store.errors import NotAProject, ProjectDamaged, ProjectMissing, restore_advice

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True, slots=True)
class Header:
    page_size: int
    page_count: int
    user_version: int
    application_id: int


def read_header(path: Path) -> Header:
    """The SQLite header of ``path``, or a clear refusal when the file is not a database."""
    name = path.name
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            raw = fh.read(HEADER_SIZE)
    except FileNotFoundError:
        raise ProjectMissing(f"There is no project file at «{path}».") from None
    except IsADirectoryError:
        raise NotAProject(f"«{path}» is a folder, not a FactDesk project file.") from None
    except PermissionError:
        raise ProjectMissing(f"FactDesk is not allowed to read «{path}».") from None
    if size == 0:
        raise NotAProject(f"«{name}» is empty: it is not a FactDesk project (nothing was changed).")
    if not raw.startswith(SQLITE_MAGIC):
        raise NotAProject(f"«{name}» is not a FactDesk project: it is not a database file at all.")
    if len(raw) < HEADER_SIZE:
        raise ProjectDamaged(f"«{name}» is cut short: only {size} bytes of a project file remain.")
    page_size = int.from_bytes(raw[16:18], "big")
    if page_size == 1:
        page_size = 65536
    page_count = int.from_bytes(raw[28:32], "big")
    header = Header(
        page_size=page_size,
        page_count=page_count,
        user_version=int.from_bytes(raw[60:64], "big"),
        application_id=int.from_bytes(raw[68:72], "big"),
    )
    if page_size < 512 or page_size & (page_size - 1):
        raise ProjectDamaged(f"«{name}» is damaged: its header is not valid.")
    if (size % page_size or (page_count and size < page_count * page_size)) and not has_wal(path):
        # With a -wal beside it, a short file is what a checkpoint cut off by a crash or a full disk
        # leaves: SQLite finishes it from the -wal on opening, and its own check judges the result.
        raise ProjectDamaged(
            f"«{name}» is damaged or cut short ({size} bytes where {page_count * page_size} were "
            f"expected). Nothing was changed. {restore_advice(name)}"
        )
    return header


def has_wal(path: Path) -> bool:
    """Whether SQLite's write-ahead log beside ``path`` holds anything (changes not yet in the file)."""
    try:
        return os.path.getsize(f"{path}-wal") > 0
    except OSError:
        return False
