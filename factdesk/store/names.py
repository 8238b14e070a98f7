"""File names FactDesk derives from a project's name, kept within the file system's limits.

Most file systems allow 255 bytes per name (NAME_MAX), and an Arabic letter takes two bytes in
UTF-8: a project named with 110 Arabic letters has room for itself, but not for
``NAME--20260101T000000000000Z--on-open.factdesk``. A derived name that would not fit keeps the
start of the project's name and adds a short hash of all of it, so it stays recognisable and
distinct from other projects' names.
"""

from __future__ import annotations

import hashlib

NAME_MAX = 255
#: A database file's name leaves room for the files SQLite makes beside it (``NAME-journal``, the
#: longest): a name SQLite cannot add them to cannot be opened at all.
DB_NAME_MAX = NAME_MAX - len("-journal")
#: A backup's name inside its folder (which already bears the project's name): SQLite's own limit on
#: a whole path (512 bytes in its Unix VFS) must still leave room for a long folder name before it.
BACKUP_NAME_MAX = 120


def fit(base: str, suffix: str, limit: int = NAME_MAX) -> str:
    """``base + suffix``, with ``base`` shortened (by bytes, on a character boundary) when the whole
    would be longer than ``limit`` bytes in UTF-8."""
    whole = base + suffix
    if len(whole.encode("utf-8")) <= limit:
        return whole
    tag = "~" + hashlib.sha256(base.encode("utf-8")).hexdigest()[:8]
    room = limit - len((tag + suffix).encode("utf-8"))
    if room < 1:
        raise ValueError(f"no room for a name ending in {suffix!r}")
    cut = base.encode("utf-8")[:room].decode("utf-8", errors="ignore")
    return cut + tag + suffix
