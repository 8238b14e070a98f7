"""Why a project file cannot be opened or written, in words a fact-checker understands.

Each error carries the exit code the command line uses, so scripts can tell them apart.
"""

from __future__ import annotations


class ProjectError(Exception):
    exit_code = 10

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ProjectMissing(ProjectError):
    exit_code = 11


class NotAProject(ProjectError):
    """Not an SQLite file, or an SQLite file that FactDesk did not make."""

    exit_code = 12


class ProjectDamaged(ProjectError):
    """A FactDesk file that is truncated or fails SQLite's integrity checks."""

    exit_code = 13


class ProjectTooNew(ProjectError):
    exit_code = 14


class ProjectLocked(ProjectError):
    exit_code = 15


class ProjectReadOnly(ProjectError):
    exit_code = 16


class DiskFull(ProjectError):
    """The disk (or the user's quota) has no room left: nothing is wrong with the project."""

    exit_code = 17


def restore_advice(project_name: str) -> str:
    """What to do about a damaged project, and what a restore would cost: never advise losing newer
    work without saying so."""
    return (
        f"«factdesk backup {project_name} --list» shows its backups and when each was made: "
        "restoring one loses every change made after it, so keep a copy of the damaged file too."
    )


class ProjectReplaced(ProjectError):
    """The file open was moved, deleted or replaced by another program since it was opened."""

    exit_code = 18


class ProjectUntrusted(ProjectError):
    """A file that claims to be a FactDesk project holds triggers, views, tables or indexes that
    FactDesk did not put there: refused before any of them could run."""

    exit_code = 19
