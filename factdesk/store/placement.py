"""Where a project lives, and what that risks.

SQLite's own advice (https://www.sqlite.org/useovernet.html) is not to use a database over a
network file system: their locks are often broken, so two writers can corrupt the file. Folders
that sync tools manage (OneDrive, Dropbox, Google Drive, iCloud, Nextcloud) copy a project while
it is written and may bring back an old copy of the file without its ``-wal``. FactDesk still opens
such a project, but says so once, plainly.
"""

from __future__ import annotations

import os
from pathlib import Path

#: Folder names that cloud sync tools manage, compared without regard to case and spaces.
SYNC_FOLDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "googledrive": "Google Drive",
    "mydrive": "Google Drive",
    "iclouddrive": "iCloud Drive",
    "mobiledocuments": "iCloud Drive",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
}
#: File system types (as /proc/mounts names them) that reach another machine.
NETWORK_FS = (
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "sshfs",
    "fuse.sshfs",
    "9p",
    "davfs",
    "fuse.davfs2",
    "afs",
    "ncpfs",
    "fuse.rclone",
    "fuse.gvfsd-fuse",
)

ADVICE = (
    "SQLite, which keeps FactDesk's projects, advises against using one through a network or sync "
    "folder (sqlite.org/useovernet.html): changes can be lost or the file damaged if two computers "
    "use it or the folder is synced while it is open. Keep the project on this computer's own disk "
    "and share a copy (File → Save a copy…)."
)


def sync_service(path: Path) -> str | None:
    """The cloud service whose folder holds ``path``, judged by the folder names on its way."""
    for part in Path(os.path.abspath(path)).parts[:-1]:
        key = "".join(part.lower().split()).replace("-", "").replace("_", "")
        for prefix, service in SYNC_FOLDERS.items():
            # «OneDrive - Company», «Dropbox (Personal)», «Nextcloud2»: the service's name begins it
            if key.startswith(prefix):
                return service
    return None


def network_fs(path: Path, mounts: str | None = None) -> str | None:
    """The network file system type that holds ``path`` (Linux, from /proc/mounts), else None."""
    if mounts is None:
        try:
            with open("/proc/mounts", encoding="utf-8", errors="replace") as fh:
                mounts = fh.read()
        except OSError:
            return None
    where = os.path.realpath(path)
    best, best_type = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = where == point or where.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    if best_type in NETWORK_FS or best_type.startswith(("nfs", "fuse.sshfs", "smb")):
        return best_type
    return None


def warning_for(path: str | Path, mounts: str | None = None) -> str | None:
    """A plain warning when ``path`` lies in a synced or network folder (for the status bar and stderr)."""
    path = Path(path)
    service = sync_service(path)
    if service is not None:
        return f"«{path.name}» is in a folder that {service} syncs. {ADVICE}"
    fs = network_fs(path, mounts)
    if fs is not None:
        return f"«{path.name}» is on a network drive ({fs}). {ADVICE}"
    return None
