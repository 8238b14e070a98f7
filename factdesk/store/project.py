"""The project file: one SQLite database that never loses a fact-checker's work.

Opening checks the file before SQLite may write to it (see :mod:`factdesk.store.header`), takes
the write lock, migrates after a backup, and starts SQLite's ``quick_check`` on a second
connection so that opening stays instant on large projects; the first write waits for that
check and refuses to touch a damaged file. Every operation runs in one ``BEGIN IMMEDIATE``
transaction together with its record in ``operations`` and ``history``, and is then
checkpointed into the main file (see :meth:`Project.checkpoint`), so that a copy of the
``.factdesk`` file alone, made at any moment the project is idle, holds every change acknowledged.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factdesk.core import model
from factdesk.core.model import ARTICLE, CLAIM, FACTCHECK, FIELDS, KEY, Row
from factdesk.core.operations import (
    Changes,
    Mutation,
    Operation,
    OperationError,
    Replay,
    invert,
)
from factdesk.store import backup as backups
from factdesk.store.errors import (
    DiskFull,
    NotAProject,
    ProjectDamaged,
    ProjectError,
    ProjectMissing,
    ProjectReadOnly,
    ProjectReplaced,
    ProjectTooNew,
    ProjectUntrusted,
    restore_advice,
)
from factdesk.store.header import has_wal, read_header
from factdesk.store.lock import WriteLock
from factdesk.store.queries import TABLES, columns, record, records, records_where
from factdesk.store.read import ProjectReader

if TYPE_CHECKING:
    from sqlite_utils import Database


#: Fields whose full value history would only repeat what the row itself keeps forever.
_ELIDED_IN_HISTORY = {ARTICLE: ("text",)}


@functools.cache
def _insert_sql(kind: str) -> str:
    return f"INSERT INTO {TABLES[kind]} ({columns(kind)}) VALUES ({', '.join('?' * len(FIELDS[kind]))})"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What running an operation did: what changed, and the operation's number in the file's
    journal (``None`` when the operation changed nothing and so was not recorded)."""

    changes: Changes
    seq: int | None
    label: str
    mutations: tuple[Mutation, ...] = field(default=())

    @property
    def inverse(self) -> Replay:
        return Replay(f"undo {self.label}", invert(self.mutations))


class StaleChange(OperationError):
    """An undo or redo whose rows no longer look as recorded (the project moved on)."""


#: The page cache of a project's connection, in KiB.
CACHE_KIB = 64 * 1024


def _connect(path: Path, *, readonly: bool, keep_pages: bool = True) -> sqlite3.Connection:
    if readonly:
        conn = _connect_readonly(path)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    # Up to 64 MiB of pages kept in memory (SQLite's default is 2 MiB): a project of 10,000
    # articles is some 300 MB, and the report, the claim table and the reader all come back to
    # the same spans and claims. Memory is only taken as pages are read. A connection that reads
    # every page once (the quick check beside opening) keeps the default: filling 64 MiB there
    # only slows the first screen down.
    if keep_pages:
        conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
    return conn


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection that cannot write. A WAL file in a folder nobody may write to cannot get its
    ``-shm`` from SQLite; with no ``-wal`` holding changes, the file alone is the whole project and
    is opened as immutable (no locks, no ``-shm``), else the reason is said plainly."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(uri + "?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if folder_writable(path) or "unable to open" not in str(exc):
            raise
        if has_wal(path):
            raise ProjectReadOnly(
                f"«{path.name}» holds changes not yet in the file (its «-wal» file) and lies in a folder "
                "FactDesk may not write to, so SQLite cannot read them safely. Copy the whole folder "
                "somewhere you may write to, and open the copy. Nothing was changed."
            ) from None
    return sqlite3.connect(uri + "?immutable=1", uri=True, isolation_level=None, check_same_thread=False)


def folder_writable(path: Path) -> bool:
    """Whether new files (the ``-wal``, ``-shm`` and lock files) can be made beside ``path``."""
    return os.access(os.path.dirname(os.path.realpath(path)) or ".", os.W_OK | os.X_OK)


def _read_only_cause(path: Path) -> str | None:
    if not os.access(path, os.W_OK):
        return f"«{path.name}» is read-only (its permissions)"
    if not folder_writable(path):
        return f"«{path.name}» is in a folder FactDesk may not write to"
    return None


def read_only_reason(path: Path) -> str | None:
    """Why ``path`` can be opened for reading only (its permissions or its folder's), else None."""
    cause = _read_only_cause(path)
    return f"{cause}: it is open for reading; changes cannot be saved." if cause else None


def _inspect(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a file whose schema is not the one FactDesk made, before any statement that could
    fire a trigger or evaluate a view runs: only ``sqlite_schema`` and ``user_version`` are read."""
    from factdesk.store import schema, version

    try:
        found = schema.read_schema(conn)
        number = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise _translate(exc, path) from None
    if number > version.SCHEMA_VERSION:
        raise ProjectTooNew(
            f"«{path.name}» was made by a newer FactDesk (project format {number}; this FactDesk reads up "
            f"to {version.SCHEMA_VERSION}). Update FactDesk to open it. Nothing was changed."
        )
    problems = schema.unexpected(found, number)
    if problems:
        shown = "; ".join(problems[:8]) + (f"; and {len(problems) - 8} more" if len(problems) > 8 else "")
        raise ProjectUntrusted(
            f"«{path.name}» contains things FactDesk did not put there ({shown}); it may come from "
            f"another program or have been crafted to do harm, so it was not opened and nothing was run. "
            f"«factdesk repair {path.name} -o COPY» writes a copy without them."
        )


def _translate(exc: sqlite3.DatabaseError, path: Path) -> ProjectError:
    """What SQLite said, in a fact-checker's words. "Damaged" only when SQLite itself says so."""
    text = str(exc)
    if "disk is full" in text or _disk_full(path):
        return DiskFull(
            f"The disk holding «{path.name}» is full ({text}). Nothing was lost: free some space and "
            "open the project again."
        )
    if "not a database" in text or "file is encrypted" in text:
        return NotAProject(f"«{path.name}» is not a FactDesk project: SQLite cannot read it as a database.")
    if "malformed" in text:
        return ProjectDamaged(f"«{path.name}» is damaged ({text}). {restore_advice(path.name)}")
    if "readonly" in text or "read-only" in text:
        return ProjectReadOnly(f"«{path.name}» cannot be written here ({text}).")
    return ProjectError(f"«{path.name}» could not be opened ({text}). Nothing was changed.")


#: Less free space than this beside a project, when SQLite fails, is taken as the cause.
_NEARLY_FULL = 1024 * 1024


def _disk_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < _NEARLY_FULL
    except OSError:
        return False


class Project:
    """An open project file. Use :meth:`create` or :meth:`open`; close it (or use ``with``)."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, *, readonly: bool, lock: WriteLock | None
    ) -> None:
        self.path = path
        self.conn = conn
        self.readonly = readonly
        self._lock = lock
        self._check_thread: threading.Thread | None = None
        self._check_result: str | None = None
        self._check_done = threading.Event()
        self._check_listeners: list[Callable[[str], None]] = []
        self._backup_thread: threading.Thread | None = None
        self._backup_done = threading.Event()
        self._backup_guard = threading.Lock()
        self._backup_listeners: list[Callable[[str | None], None]] = []
        self.backup_error: str | None = None
        #: Checkpoint after each operation (benchmarks turn it off to measure what it costs).
        self.checkpoint_each = True
        #: False while changes acknowledged wait in the ``-wal`` file only (a reader on another
        #: connection kept the last checkpoint from finishing); :meth:`checkpoint` again then.
        self.whole = True
        #: Plain warnings about where the project lives (a synced or network folder), said once on opening.
        self.warnings: list[str] = []
        #: Why the project is open for reading only, when its file or folder cannot be written (else None).
        self.read_only_notice: str | None = None
        self._identity = _identity(path)
        self._reader: ProjectReader | None = None
        self._read_conn: sqlite3.Connection | None = None
        self._reader_guard = threading.Lock()

    @property
    def read(self) -> ProjectReader:
        """The read API the interfaces use (:class:`ProjectReader`), on a connection that cannot write.

        A project open for changes gets a second connection, opened read-only (``mode=ro``) and
        ``query_only``, made on first use: a view holding it cannot change the file behind the
        journal and the undo stack, and sees every operation once committed (WAL). A project open
        for reading only reads on its one connection, which already cannot write."""
        with self._reader_guard:
            if self._reader is None:
                if self.readonly:
                    conn = self.conn
                else:
                    try:
                        conn = _connect(self.path, readonly=True)
                        conn.execute("PRAGMA query_only = ON")
                    except sqlite3.DatabaseError as exc:
                        raise _translate(exc, self.path) from None
                    self._read_conn = conn
                self._reader = ProjectReader(conn)
            return self._reader

    @property
    def db(self) -> Database:
        """The sqlite-utils view of the connection (imported only when needed: it pulls in pandas)."""
        from sqlite_utils import Database

        return Database(self.conn)

    # -----------------------------------------------------------------------------------------
    # opening and closing

    @classmethod
    def create(cls, path: str | Path, *, lock: WriteLock | None = None) -> Project:
        """Make a new, empty project. Refuses to overwrite any existing file. ``lock``: the write
        lock of ``path``, taken by a caller that has just removed an older file there."""
        from factdesk.store import schema

        path = Path(path)
        if path.exists():
            raise ProjectError(f"«{path}» already exists; FactDesk will not overwrite it.")
        if not path.parent.exists():
            raise ProjectMissing(f"The folder «{path.parent}» does not exist.")
        if lock is None:
            lock = WriteLock(path)
            lock.acquire()
        try:
            conn = _connect(path, readonly=False)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            lock.hold_file()  # the file exists now: lock it, whatever names it will be reached by
            project = cls(path, conn, readonly=False, lock=lock)
            project.warnings = _placement_warnings(path)
            schema.migrate(project.db)
            project._check_result = "ok"
            project.checkpoint()
            return project
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        readonly: bool = False,
        backup: bool = True,
        backup_interval: float = backups.DEFAULT_INTERVAL,
    ) -> Project:
        """Open an existing project, refusing anything that is not a sound FactDesk project
        from this or an older version — and leaving such a file exactly as it was."""
        from factdesk.store import version

        path = Path(path)
        header = read_header(path)
        if header.application_id != version.APPLICATION_ID:
            raise NotAProject(
                f"«{path.name}» is an SQLite database, but not a FactDesk project. Nothing was changed."
            )
        if header.user_version > version.SCHEMA_VERSION:
            raise ProjectTooNew(
                f"«{path.name}» was made by a newer FactDesk (project format {header.user_version}; "
                f"this FactDesk reads up to {version.SCHEMA_VERSION}). Update FactDesk to open it. "
                "Nothing was changed."
            )
        if readonly:
            try:
                conn = _connect(path, readonly=True)
            except sqlite3.DatabaseError as exc:
                raise _translate(exc, path) from None
            try:
                _inspect(conn, path)
            except BaseException:
                conn.close()
                raise
            project = cls(path, conn, readonly=True, lock=None)
            project.read_only_notice = read_only_reason(path)
            project.warnings = _placement_warnings(path)
            if header.user_version < version.SCHEMA_VERSION:
                project.close()
                raise ProjectReadOnly(
                    f"«{path.name}» was made by an older FactDesk and must be upgraded; "
                    "open it once for changes first."
                )
            project._start_check()
            return project

        cause = _read_only_cause(path)
        if cause is not None:
            raise ProjectReadOnly(
                f"{cause}: FactDesk can open it for reading only, and will not change it. "
                "Save a copy elsewhere to work on it."
            )
        # What the file holds is read on a connection that cannot write, before the lock file, the
        # write connection or the quick check exist: a crafted file is refused before anything runs.
        try:
            probe = _connect(path, readonly=True, keep_pages=False)
        except sqlite3.DatabaseError as exc:
            raise _translate(exc, path) from None
        try:
            _inspect(probe, path)
        finally:
            probe.close()
        lock = WriteLock(path)
        lock.acquire()
        try:
            # An older file is checked and backed up before anything may write to it.
            pending = header.user_version < version.SCHEMA_VERSION
            if pending:
                verdict = cls._quick_check(path)
                if verdict != "ok":
                    raise ProjectDamaged(f"«{path.name}» is damaged ({verdict}); it was not upgraded.")
                backups.make_backup(path, reason="before-upgrade")
            try:
                conn = _connect(path, readonly=False)
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
            except sqlite3.DatabaseError as exc:
                raise _translate(exc, path) from None
            project = cls(path, conn, readonly=False, lock=lock)
            project.warnings = _placement_warnings(path)
            if pending:
                from factdesk.store import schema

                schema.migrate(project.db)
                project._check_result = "ok"
                project.checkpoint()
            else:
                project._start_check()
            if backup and backups.due(path, backup_interval):
                project._start_backup()
            return project
        except BaseException:
            lock.release()
            raise

    @staticmethod
    def _quick_check(path: Path) -> str:
        try:
            conn = _connect(path, readonly=True, keep_pages=False)
            try:
                rows = conn.execute("PRAGMA quick_check").fetchall()
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            return str(exc)
        return "; ".join(str(r[0]) for r in rows[:5])

    def _start_check(self) -> None:
        def run() -> None:
            self._check_result = self._quick_check(self.path)
            with self._backup_guard:
                self._check_done.set()
                listeners, self._check_listeners = self._check_listeners, []
            for listener in listeners:
                listener(self._check_result)

        self._check_thread = threading.Thread(target=run, name="factdesk-quick-check", daemon=True)
        self._check_thread.start()

    def when_checked(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(verdict)`` once SQLite's quick check started on opening has finished
        ("ok" when sound): at once, on this thread, if it has; otherwise on the check's own thread
        (a window must pass it on to its own thread), so that a damaged file is said as soon as it
        is known rather than at the first change."""
        with self._backup_guard:
            if self._check_thread is not None and not self._check_done.is_set():
                self._check_listeners.append(listener)
                return
        listener(self._check_result or "ok")

    def _start_backup(self) -> None:
        def run() -> None:
            try:
                backups.make_backup(self.path, reason="on-open")
            except OSError as exc:
                # a failed automatic backup must never stop the work; the window shows this
                self.backup_error = (
                    f"the backups folder «{backups.folder(self.path).name}» could not be "
                    f"written ({exc.strerror or exc})."
                )
            except (sqlite3.Error, ProjectError) as exc:
                self.backup_error = getattr(exc, "message", None) or str(exc)
            finally:
                with self._backup_guard:
                    self._backup_done.set()
                    listeners, self._backup_listeners = self._backup_listeners, []
                for listener in listeners:
                    listener(self.backup_error)

        self._backup_thread = threading.Thread(target=run, name="factdesk-backup", daemon=True)
        self._backup_thread.start()

    def when_backed_up(self, listener: Callable[[str | None], None]) -> None:
        """Call ``listener(error)`` once the on-open backup has finished: ``error`` is None when
        it was made (or none was due), else what went wrong, in words for the user.

        It is called at once, on this thread, if the backup has already finished; otherwise on
        the backup's own thread (a window must pass it on to its own thread).
        """
        with self._backup_guard:
            if self._backup_thread is not None and not self._backup_done.is_set():
                self._backup_listeners.append(listener)
                return
        listener(self.backup_error)

    def wait_for_check(self) -> str:
        """The result of the quick check started on open ("ok" when sound)."""
        if self._check_thread is not None:
            self._check_thread.join()
            self._check_thread = None
        return self._check_result or "ok"

    def ensure_sound(self) -> None:
        """Wait for the quick check started on opening; refuse a damaged file in plain words, so
        that nothing from it is listed as if it were sound."""
        verdict = self.wait_for_check()
        if verdict != "ok":
            raise ProjectDamaged(
                f"«{self.path.name}» is damaged ({verdict}). {restore_advice(self.path.name)}"
            )

    def close(self) -> None:
        if self._backup_thread is not None:
            self._backup_thread.join()
            self._backup_thread = None
        if self._check_thread is not None:
            self._check_thread.join()
        try:
            if not self.readonly:
                self.conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        with self._reader_guard:
            if self._read_conn is not None:
                self._read_conn.close()
                self._read_conn = None
        self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -----------------------------------------------------------------------------------------
    # reading (the Reader protocol used by operations)

    def get(self, kind: str, key: str) -> Row | None:
        return record(self.conn, kind, key)

    def find(self, kind: str, field_name: str, value: object) -> list[Row]:
        return records_where(self.conn, kind, field_name, value)

    def rows(self, kind: str) -> list[Row]:
        return records(self.conn, kind)

    def snapshot(self) -> dict[str, list[Row]]:
        """Every record of the fact-checking world (not the journal), for comparisons."""
        return {kind: self.rows(kind) for kind in model.KINDS}

    def resolve(self, kind: str, ref: str) -> str:
        """The full id of the record whose id starts with ``ref`` (at least 4 characters)."""
        ref = ref.strip()
        if kind == "verdict":
            row = self.conn.execute(
                "SELECT key FROM verdicts WHERE key = ? OR lower(label_en) = lower(?) OR label_ar = ?",
                (ref.replace(" ", "_").lower(), ref, ref),
            ).fetchone()
            if row is None:
                keys = ", ".join(
                    r[0] for r in self.conn.execute("SELECT key FROM verdicts ORDER BY position")
                )
                raise OperationError(f"«{ref}» is not a verdict of this project; choose one of: {keys}.")
            return str(row[0])
        if len(ref) < 4:
            raise OperationError(
                f"«{ref}» is too short to name a {kind}: give at least 4 characters of its id."
            )
        escaped = ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        found = [
            r[0]
            for r in self.conn.execute(
                f"SELECT id FROM {TABLES[kind]} WHERE id LIKE ? ESCAPE '\\' LIMIT 2", (escaped + "%",)
            )
        ]
        if not found:
            raise OperationError(f"There is no {kind} whose id starts with «{ref}».")
        if len(found) > 1:
            raise OperationError(f"More than one {kind} id starts with «{ref}»; give more characters.")
        return str(found[0])

    # -----------------------------------------------------------------------------------------
    # writing

    def _writable(self) -> None:
        if self.readonly:
            raise ProjectReadOnly(self.read_only_notice or f"«{self.path.name}» is open read-only.")
        if _identity(self.path) != self._identity:
            # Another program moved, deleted or replaced the file: a write now would go to a file no
            # longer at this name (and be lost with it), or mix two files' pages.
            raise ProjectReplaced(
                f"«{self.path.name}» was moved, deleted or replaced by another program since it was opened; "
                "your change was not saved. Save a copy… keeps what is open."
            )
        verdict = self.wait_for_check()
        if verdict != "ok":
            raise ProjectDamaged(
                f"«{self.path.name}» failed its integrity check ({verdict}); nothing will be written. "
                f"{restore_advice(self.path.name)}"
            )

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def checkpoint(self) -> bool:
        """Copy what the ``-wal`` file holds into the project file itself, so that the
        ``.factdesk`` file alone is whole (a user copies or mails it while the window is open).

        PASSIVE: it never waits for readers and never blocks a writer. The WAL was made durable
        by the commit before (``synchronous = FULL``), so a crash during the checkpoint loses
        nothing: SQLite replays the WAL on the next open. Returns (and keeps in :attr:`whole`)
        whether every acknowledged change is now in the main file; when a reader on another
        connection (an export, a backup) still needs older pages, it is False, and a later call
        (the window retries when idle, and the next operation checkpoints again) finishes it.
        """
        if self.readonly:
            return True
        try:
            busy, log, done = self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error:
            # The change is committed and safe in the WAL; only the main file lags behind.
            self.whole = False
            return False
        self.whole = not busy and (log == -1 or done == log)
        return self.whole

    def run(self, op: Operation) -> Outcome:
        """Plan and apply ``op`` in one transaction and journal it for undo."""
        return self._run(op, direction="do", target=None)

    def _run(self, op: Operation, *, direction: str, target: int | None) -> Outcome:
        self._writable()
        try:
            with self._transaction():
                applied: list[Mutation] = []
                for step in op.steps():
                    for mutation in step.plan(self):
                        applied.append(self._apply(mutation))
                if not applied:
                    return Outcome(Changes(), None, op.label)
                seq = self._journal(op, applied, direction, target)
        except sqlite3.IntegrityError as exc:
            raise OperationError(f"That change would break the project's links ({exc}).") from None
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise ProjectError(f"«{self.path.name}» is busy in another program; try again.") from None
            raise _translate(exc, self.path) from None
        if self.checkpoint_each:
            self.checkpoint()
        return Outcome(Changes.of(applied), seq, op.label, tuple(applied))

    def _journal(self, op: Operation, applied: list[Mutation], direction: str, target: int | None) -> int:
        cur = self.conn.execute(
            "INSERT INTO operations (at, name, label, direction, target) VALUES (?, ?, ?, ?, ?)",
            (model.now(), type(op).__name__, op.label, direction, target),
        )
        seq = int(cur.lastrowid or 0)
        self.conn.executemany(
            "INSERT INTO history (op, kind, key, action, before, after) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    seq,
                    m.kind,
                    m.key,
                    m.action,
                    _history_json(m.kind, m.before, m.action == "insert"),
                    _history_json(m.kind, m.after, m.action == "insert"),
                )
                for m in applied
            ],
        )
        if target is not None:
            self.conn.execute("UPDATE operations SET undone_by = ? WHERE seq = ?", (seq, target))
        return seq

    def _apply(self, m: Mutation) -> Mutation:
        table, keycol = TABLES[m.kind], KEY[m.kind]
        if m.action == "insert":
            row = dict(m.after or {})
            full = model.blank(m.kind) | row
            cur = self.conn.execute(_insert_sql(m.kind), [full[name] for name in FIELDS[m.kind]])
            self._index(m.kind, full, cur.lastrowid)
            return Mutation("insert", m.kind, m.key, None, full)
        current = self.get(m.kind, m.key)
        if current is None:
            raise StaleChange(f"The {m.kind} «{m.key[:8]}» is no longer in the project.")
        if m.action == "delete":
            self._unindex(m.kind, m.key)
            self.conn.execute(f"DELETE FROM {table} WHERE {keycol} = ?", (m.key,))
            return Mutation("delete", m.kind, m.key, current, None)
        before, after = m.before or {}, m.after or {}
        for name, value in before.items():
            if current.get(name) != value:
                raise StaleChange(
                    f"The {m.kind} «{m.key[:8]}» has changed since; this step cannot be replayed."
                )
        sets = ", ".join(f'"{name}" = ?' for name in after)
        self.conn.execute(f"UPDATE {table} SET {sets} WHERE {keycol} = ?", [*after.values(), m.key])
        if m.kind in (ARTICLE, CLAIM, FACTCHECK):
            self._unindex(m.kind, m.key)
            row = current | after
            seq = self.conn.execute(f"SELECT seq FROM {table} WHERE id = ?", (m.key,)).fetchone()[0]
            self._index(m.kind, row, seq)
        return Mutation("update", m.kind, m.key, {k: current.get(k) for k in after}, dict(after))

    def _index(self, kind: str, row: Row, rowid: int | None) -> None:
        from factdesk.store import search

        if kind == ARTICLE:
            search.index_article(self.conn, int(rowid or 0), str(row["title"]), str(row["text"]))
        elif kind == CLAIM:
            search.index_claim(self.conn, int(rowid or 0), str(row["text"]), str(row["rationale"]))
        elif kind == FACTCHECK:
            search.index_factcheck(self.conn, int(rowid or 0), str(row["claim"]), str(row["title"]))

    def _unindex(self, kind: str, key: str) -> None:
        from factdesk.store import search

        if kind in (ARTICLE, CLAIM, FACTCHECK):
            r = self.conn.execute(f"SELECT seq FROM {TABLES[kind]} WHERE id = ?", (key,)).fetchone()
            if r is not None:
                search.unindex(self.conn, kind, int(r[0]))

    # -----------------------------------------------------------------------------------------
    # undo and redo, kept in the file so they survive closing the window or the command

    def undo(self, seq: int | None = None) -> Outcome:
        """Undo operation ``seq`` (default: the latest one still in effect)."""
        if seq is None:
            seq = self._latest("direction IN ('do', 'redo') AND undone_by IS NULL")
            if seq is None:
                raise OperationError("There is nothing to undo.")
        label = self._label(seq)
        return self._run(Replay(label, invert(self._recorded(seq))), direction="undo", target=seq)

    def redo(self, seq: int | None = None) -> Outcome:
        """Redo the undo ``seq`` (default: the latest undo not followed by a new change)."""
        if seq is None:
            last_do = self._latest("direction = 'do'") or 0
            seq = self._latest(f"direction = 'undo' AND undone_by IS NULL AND seq > {int(last_do)}")
            if seq is None:
                raise OperationError("There is nothing to redo.")
        label = self._label(seq)
        return self._run(Replay(label, invert(self._recorded(seq))), direction="redo", target=seq)

    def undo_label(self) -> str | None:
        seq = self._latest("direction IN ('do', 'redo') AND undone_by IS NULL")
        return self._label(seq) if seq is not None else None

    def journal_steps(self, limit: int = 100) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """What undo and redo reach in the journal, as (journal number, label) pairs: the steps in
        effect, oldest first, so that the last is the one undo takes back first (at most ``limit``);
        and the undone steps that redo can bring back, the next one to redo first. This is the
        order :meth:`undo` and :meth:`redo` follow without a number, so a window reopened on the
        project offers the same steps as ``factdesk undo``."""
        done = self.conn.execute(
            "SELECT seq, label FROM operations WHERE direction IN ('do', 'redo') AND undone_by IS NULL "
            "ORDER BY seq DESC LIMIT ?",
            (limit,),
        ).fetchall()
        last_do = self._latest("direction = 'do'") or 0
        undone = self.conn.execute(
            "SELECT seq, label FROM operations WHERE direction = 'undo' AND undone_by IS NULL AND seq > ? "
            "ORDER BY seq DESC LIMIT ?",
            (last_do, limit),
        ).fetchall()
        return [(int(s), str(label)) for s, label in reversed(done)], [
            (int(s), str(label)) for s, label in undone
        ]

    def _latest(self, where: str) -> int | None:
        row = self.conn.execute(f"SELECT max(seq) FROM operations WHERE {where}").fetchone()
        return int(row[0]) if row and row[0] is not None else None

    def _label(self, seq: int) -> str:
        row = self.conn.execute("SELECT label, undone_by FROM operations WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            raise OperationError(f"There is no change number {seq} in this project.")
        if row[1] is not None:
            raise OperationError(f"Change {seq} («{row[0]}») was already undone.")
        return str(row[0])

    def _recorded(self, seq: int) -> list[Mutation]:
        cur = self.conn.execute(
            "SELECT kind, key, action, before, after FROM history WHERE op = ? ORDER BY seq", (seq,)
        )
        return [
            Mutation(action, kind, key, _load(before), _load(after))
            for kind, key, action, before, after in cur
        ]

    # -----------------------------------------------------------------------------------------
    # checks and settings

    def integrity_check(self) -> list[str]:
        """SQLite's full integrity check plus FactDesk's own: foreign keys and the search
        index. An empty list means the project is sound."""
        from factdesk.store import search

        try:
            problems = [str(r[0]) for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            problems += [
                f"broken link in {r[0]} (row {r[1]}) to {r[2]}"
                for r in self.conn.execute("PRAGMA foreign_key_check")
            ]
            problems += search.check(self.conn, deep=not self.readonly)
            problems += self._text_check()
        except sqlite3.DatabaseError as exc:
            # A file too damaged to be checked through is the worst finding, not a crash of the check.
            problems = [f"SQLite cannot read the project through ({exc})"]
        return problems

    def _text_check(self) -> list[str]:
        """Text is sacred: each article's text still has the fingerprint stored when it was imported,
        and each highlight's quote is still its article's text at its offsets. One line per mismatch."""
        from factdesk.core.operations import content_hash

        problems: list[str] = []
        articles = self.conn.execute("SELECT id, title, text, content_hash FROM articles ORDER BY seq")
        for aid, title, text, digest in articles:
            name = f"«{str(title)[:60] or '(untitled)'}» ({str(aid)[:8]})"
            if content_hash(str(text)) != digest:
                problems.append(
                    f"the text of the article {name} is not the text that was imported "
                    "(its stored fingerprint does not match)"
                )
            for sid, start, end, quote in self.conn.execute(
                'SELECT id, start, "end", quote FROM spans WHERE article_id = ? ORDER BY start', (aid,)
            ):
                found = str(text)[start:end]
                if found != quote:
                    problems.append(
                        f"the highlight {str(sid)[:8]} in the article {name} quotes «{str(quote)[:60]}», "
                        f"but the article reads «{found[:60]}» at characters {start}–{end}"
                    )
        return problems

    def setting(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default


def _identity(path: Path) -> tuple[int, int] | None:
    """The file a path names now (device and inode), or None when there is none."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _placement_warnings(path: Path) -> list[str]:
    from factdesk.store import placement

    warning = placement.warning_for(path)
    return [warning] if warning else []


def _history_json(kind: str, row: Row | None, is_insert: bool) -> str | None:
    if row is None:
        return None
    if is_insert and kind in _ELIDED_IN_HISTORY:
        row = {k: v for k, v in row.items() if k not in _ELIDED_IN_HISTORY[kind]}
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


def _load(text: str | None) -> Row | None:
    return json.loads(text) if text is not None else None
