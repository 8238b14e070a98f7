"""Repair into a copy: a project file with things FactDesk did not put there, made whole again.

A file from elsewhere may hold triggers, views, tables or indexes that FactDesk did not make (see
:func:`factdesk.store.project._inspect`, which refuses to open it). :func:`repair_into` copies the
file through SQLite's backup API (pages only: nothing in it runs), then, on the copy alone, with
``trusted_schema`` and foreign keys off, drops every trigger, view and index that is not exactly
FactDesk's, rebuilds each table whose definition was changed (its rows copied column by column into
the table as FactDesk makes it), brings back a table that was renamed, drops the tables FactDesk
did not make, makes its own indexes and triggers again, and checks the result. The original is
never changed; the copy appears under its name only once it is whole and checked.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

from factdesk.store import schema, version
from factdesk.store.errors import NotAProject, ProjectDamaged, ProjectError, ProjectMissing, ProjectTooNew
from factdesk.store.header import read_header


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _body(sql: str | None) -> str | None:
    """A CREATE TABLE statement without its name (a renamed table keeps the rest as it was)."""
    if sql is None or "(" not in sql:
        return None
    return sql[sql.index("(") :]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f"PRAGMA table_xinfo({_q(table)})")]


def repair_into(project: Path, target: Path) -> list[str]:
    """Write a repaired copy of ``project`` to ``target`` (which must not exist); return what was
    done, one line in words each (empty: the file was already as FactDesk makes it)."""
    project, target = Path(project), Path(target)
    header = read_header(project)
    if header.application_id != version.APPLICATION_ID:
        raise NotAProject(f"«{project.name}» is not a FactDesk project; there is nothing to repair.")
    if target.exists() or target.is_symlink():
        raise ProjectError(f"«{target}» already exists; choose a new name for the repaired copy.")
    if not target.parent.is_dir():
        raise ProjectMissing(f"The folder «{target.parent}» does not exist.")
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".repairing-", suffix=".factdesk")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        from factdesk.store.project import _connect_readonly

        src = _connect_readonly(project)
        dst = sqlite3.connect(tmp, isolation_level=None)
        try:
            src.backup(dst)
        finally:
            src.close()
        try:
            done = _repair(dst, project.name)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return done


def _repair(conn: sqlite3.Connection, name: str) -> list[str]:
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = OFF")
    # Renaming a table must not rewrite the other tables' links to it.
    conn.execute("PRAGMA legacy_alter_table = ON")
    number = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if number > version.SCHEMA_VERSION:
        raise ProjectTooNew(
            f"«{name}» was made by a newer FactDesk (project format {number}); update FactDesk to repair it."
        )
    expected = schema.expected_schema(number)
    done: list[str] = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        _drop_foreign_code(conn, expected, done)
        _restore_tables(conn, expected, done)
        _drop_foreign_tables(conn, expected, done)
        for (kind, obj), (_table, sql) in expected.items():
            if (
                kind in ("index", "trigger")
                and sql is not None
                and (kind, obj) not in schema.read_schema(conn)
            ):
                conn.execute(sql)
                done.append(f"made FactDesk's {kind} «{obj}» again")
        left = schema.unexpected(schema.read_schema(conn), number)
        if left:
            raise ProjectDamaged(f"«{name}» could not be repaired ({'; '.join(left)}); no copy was written.")
        problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        if problems:
            raise ProjectDamaged(
                f"«{name}» could not be repaired ({'; '.join(problems[:3])}); no copy was written."
            )
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return done


def _drop_foreign_code(conn: sqlite3.Connection, expected: schema.Schema, done: list[str]) -> None:
    """Drop every trigger, view and index that is not exactly FactDesk's (dropping runs none of them)."""
    found = schema.read_schema(conn)
    for kind in ("trigger", "view", "index"):
        for (k, obj), (_table, sql) in sorted(found.items()):
            if k != kind or sql is None or expected.get((k, obj)) == found[(k, obj)]:
                continue
            conn.execute(f"DROP {kind.upper()} IF EXISTS {_q(obj)}")
            done.append(
                f"dropped the {kind} «{obj}» FactDesk did not make"
                if (k, obj) not in expected
                else f"dropped the {kind} «{obj}», changed from what FactDesk made (it is made again)"
            )


def _virtual_groups(expected: schema.Schema) -> dict[str, list[str]]:
    """FactDesk's virtual tables (the search index) with the tables SQLite keeps for each."""
    virtual = [
        obj
        for (k, obj), (_t, sql) in expected.items()
        if k == "table" and (sql or "").upper().startswith("CREATE VIRTUAL TABLE")
    ]
    return {v: [obj for (k, obj) in expected if k == "table" and obj.startswith(v + "_")] for v in virtual}


def _restore_tables(conn: sqlite3.Connection, expected: schema.Schema, done: list[str]) -> None:
    groups = _virtual_groups(expected)
    shadows = {s for members in groups.values() for s in members}
    found = schema.read_schema(conn)
    for (kind, table), (_t, sql) in expected.items():
        if kind != "table" or table in shadows or sql is None:
            continue
        if table in groups:
            members = [table, *groups[table]]
            if all(found.get(("table", m)) == expected[("table", m)] for m in members):
                continue
            # the virtual table first, while the tables it keeps its index in still exist to build it
            # (dropping it drops them); whatever of them is left after is dropped as a plain table
            for m in members:
                if ("table", m) in schema.read_schema(conn):
                    _drop_table(conn, m)
            conn.execute(sql)
            _reindex(conn, table)
            done.append(f"made the search index «{table}» again from the project's records")
            continue
        current = found.get(("table", table))
        if current == expected[("table", table)]:
            continue
        source: str | None = None
        if current is not None:
            source = f"_factdesk_changed_{table}"
            conn.execute(f"ALTER TABLE {_q(table)} RENAME TO {_q(source)}")
            why = f"rebuilt the table «{table}», whose definition had been changed"
        else:
            wanted = _body(sql)
            for (k, other), (_t2, other_sql) in sorted(found.items()):
                if k == "table" and ("table", other) not in expected and _body(other_sql) == wanted:
                    source = other
                    break
            why = (
                f"brought back the table «{table}», which had been renamed «{source}»"
                if source
                else f"made the missing table «{table}» again, empty"
            )
        conn.execute(sql)
        if source is not None:
            cols = [c for c in _columns(conn, table) if c in set(_columns(conn, source))]
            names = ", ".join(_q(c) for c in cols)
            try:
                conn.execute(f"INSERT INTO {_q(table)} ({names}) SELECT {names} FROM {_q(source)}")
            except sqlite3.DatabaseError as exc:
                raise ProjectDamaged(
                    f"The rows of «{table}» do not fit FactDesk's table ({exc}); no copy was written."
                ) from None
            _drop_table(conn, source)
        done.append(why)
        found = schema.read_schema(conn)


def _drop_foreign_tables(conn: sqlite3.Connection, expected: schema.Schema, done: list[str]) -> None:
    for (kind, table), _ in sorted(schema.read_schema(conn).items()):
        if kind == "table" and (kind, table) not in expected and ("table", table) in schema.read_schema(conn):
            _drop_table(conn, table)
            done.append(f"dropped the table «{table}» FactDesk did not make")


def _drop_table(conn: sqlite3.Connection, table: str) -> None:
    try:
        conn.execute(f"DROP TABLE IF EXISTS {_q(table)}")
    except sqlite3.OperationalError:
        # A virtual table of a module this SQLite does not have (or may not use) cannot be dropped
        # through its module: its row in the schema is removed instead (what it stored goes with it).
        conn.execute("PRAGMA writable_schema = ON")
        try:
            conn.execute("DELETE FROM sqlite_schema WHERE tbl_name = ?", (table,))
        finally:
            conn.execute("PRAGMA writable_schema = OFF")


def _reindex(conn: sqlite3.Connection, table: str) -> None:
    """Fill a search index made again from the records it indexes."""
    from factdesk.store import search

    if table == "article_search":
        for seq, title, text in conn.execute("SELECT seq, title, text FROM articles").fetchall():
            search.index_article(conn, int(seq), str(title), str(text))
    elif table == "claim_search":
        for seq, text, rationale in conn.execute("SELECT seq, text, rationale FROM claims").fetchall():
            search.index_claim(conn, int(seq), str(text), str(rationale))
    elif table == "factcheck_search":
        for seq, claim, title in conn.execute("SELECT seq, claim, title FROM factchecks").fetchall():
            search.index_factcheck(conn, int(seq), str(claim), str(title))
