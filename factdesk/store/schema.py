"""The project file's schema, as named migrations recorded in the file itself.

Each migration runs in one transaction together with the record of it having been applied
(sqlite-utils ``Migrations``), and ``PRAGMA user_version`` counts the migrations, so that a file
made by a newer FactDesk (more migrations than this one knows) is refused before anything is
written to it. Never edit a released migration: add a new one.
"""

from __future__ import annotations

import functools
import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from factdesk.core.verdicts import DEFAULT_SCALE
from factdesk.store.version import APPLICATION_ID, SCHEMA_VERSION

migrations = Migrations("factdesk")


def _run_script(db: Database, script: str) -> None:
    """Run several statements inside the current transaction (``executescript`` would commit)."""
    buf = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buf.strip():
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            db.execute(buf)
            buf = ""
    if buf.strip():
        raise ValueError(f"incomplete SQL statement in migration: {buf[:60]!r}")


def _set_version(db: Database, number: int) -> None:
    """Mark the file as FactDesk's and count this migration, inside the migration's transaction."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {number}")


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    _run_script(
        db,
        """
        CREATE TABLE verdicts (
            key TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            label_ar TEXT NOT NULL,
            label_en TEXT NOT NULL,
            rating_value INTEGER,
            color TEXT NOT NULL,
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            outlet TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'ar',
            origin TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL,
            text TEXT NOT NULL,
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE INDEX articles_hash ON articles(content_hash);
        CREATE TRIGGER articles_text_frozen BEFORE UPDATE OF text, content_hash ON articles
        WHEN NEW.text IS NOT OLD.text OR NEW.content_hash IS NOT OLD.content_hash
        BEGIN SELECT RAISE(ABORT, 'article text is frozen once imported'); END;

        CREATE TABLE spans (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            start INTEGER NOT NULL CHECK (start >= 0),
            "end" INTEGER NOT NULL CHECK ("end" > start),
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'highlight',
            note TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE INDEX spans_article ON spans(article_id, start);

        CREATE TABLE claims (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            verdict TEXT NOT NULL REFERENCES verdicts(key),
            rationale TEXT NOT NULL DEFAULT '',
            reviewer TEXT NOT NULL DEFAULT '',
            reviewed_at TEXT,
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE INDEX claims_verdict ON claims(verdict);
        CREATE INDEX claims_modified ON claims(modified);

        CREATE TABLE appearances (
            id TEXT PRIMARY KEY,
            claim_id TEXT NOT NULL REFERENCES claims(id),
            span_id TEXT NOT NULL REFERENCES spans(id),
            role TEXT NOT NULL CHECK (role IN ('asserts', 'denies', 'different_figure')),
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            UNIQUE (claim_id, span_id)
        );
        CREATE INDEX appearances_span ON appearances(span_id);

        CREATE TABLE sources (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            url TEXT NOT NULL DEFAULT '',
            publisher TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            accessed TEXT NOT NULL DEFAULT '',
            reliability TEXT NOT NULL DEFAULT 'unknown',
            notes TEXT NOT NULL DEFAULT '',
            article_id TEXT REFERENCES articles(id),
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE INDEX sources_article ON sources(article_id);

        CREATE TABLE evidence (
            id TEXT PRIMARY KEY,
            claim_id TEXT NOT NULL REFERENCES claims(id),
            source_id TEXT NOT NULL REFERENCES sources(id),
            stance TEXT NOT NULL CHECK (stance IN ('supports', 'refutes', 'context')),
            span_id TEXT REFERENCES spans(id),
            note TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE INDEX evidence_claim ON evidence(claim_id);
        CREATE INDEX evidence_source ON evidence(source_id);
        CREATE INDEX evidence_span ON evidence(span_id);

        -- One row per operation a fact-checker ran (and per undo or redo of one).
        CREATE TABLE operations (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            name TEXT NOT NULL,
            label TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('do', 'undo', 'redo')),
            target INTEGER REFERENCES operations(seq),
            undone_by INTEGER REFERENCES operations(seq)
        );
        -- Every row change: what, when, before and after. Never rewritten.
        CREATE TABLE history (
            seq INTEGER PRIMARY KEY,
            op INTEGER NOT NULL REFERENCES operations(seq),
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            before TEXT,
            after TEXT
        );
        CREATE INDEX history_entity ON history(kind, key);
        CREATE INDEX history_op ON history(op);

        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );

        -- Search: folded copies (see factdesk.nlp.fold), rowid = articles.seq / claims.seq.
        CREATE VIRTUAL TABLE article_search USING fts5(
            title, body, tokenize = 'unicode61 remove_diacritics 0'
        );
        CREATE VIRTUAL TABLE claim_search USING fts5(
            text, rationale, tokenize = 'unicode61 remove_diacritics 0'
        );
        """,
    )
    stamp = "1970-01-01T00:00:00.000000+00:00"
    db.table("verdicts").insert_all(
        {
            "key": v.key,
            "position": i,
            "label_ar": v.label_ar,
            "label_en": v.label_en,
            "rating_value": v.rating_value,
            "color": v.color,
            "created": stamp,
            "modified": stamp,
        }
        for i, v in enumerate(DEFAULT_SCALE)
    )
    _set_version(db, 1)


@migrations(name="0002_search_forms_and_exact")
def _search_forms_and_exact(db: Database) -> None:
    """Search finds words with their proclitics and knows exact spellings: the search tables get
    the proclitic-free forms of every word and the exact-spelling copy (see
    :mod:`factdesk.store.search`), and every article and claim is indexed again."""
    from factdesk.store import search

    _run_script(
        db,
        """
        DROP TABLE article_search;
        DROP TABLE claim_search;
        CREATE VIRTUAL TABLE article_search USING fts5(
            title, body, title_forms, body_forms, title_exact, body_exact,
            tokenize = 'unicode61 remove_diacritics 0'
        );
        CREATE VIRTUAL TABLE claim_search USING fts5(
            text, rationale, forms, exact, tokenize = 'unicode61 remove_diacritics 0'
        );
        """,
    )
    conn = db.conn
    for seq, title, text in conn.execute("SELECT seq, title, text FROM articles ORDER BY seq").fetchall():
        search.index_article(conn, seq, title, text)
    for seq, text, rationale in conn.execute(
        "SELECT seq, text, rationale FROM claims ORDER BY seq"
    ).fetchall():
        search.index_claim(conn, seq, text, rationale)
    _set_version(db, 2)


@migrations(name="0003_factcheck_library")
def _factcheck_library(db: Database) -> None:
    """A reference library of published fact-checks (ClaimReview and the like), searchable by the
    folded words of each claim and title (see :func:`factdesk.store.search.index_factcheck`)."""
    _run_script(
        db,
        """
        CREATE TABLE factchecks (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            claim TEXT NOT NULL,
            claimant TEXT NOT NULL DEFAULT '',
            claim_date TEXT NOT NULL DEFAULT '',
            publisher TEXT NOT NULL DEFAULT '',
            site TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            review_date TEXT NOT NULL DEFAULT '',
            rating TEXT NOT NULL DEFAULT '',
            verdict TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE INDEX factchecks_url ON factchecks(url);

        -- rowid = factchecks.seq: the folded claim and title, the proclitic-free forms, the exact spelling
        CREATE VIRTUAL TABLE factcheck_search USING fts5(
            claim, title, forms, exact, tokenize = 'unicode61 remove_diacritics 0'
        );
        """,
    )
    _set_version(db, 3)


@migrations(name="0004_claim_tags_and_notes")
def _claim_tags_and_notes(db: Database) -> None:
    """Claims carry tags (topics such as «سوريا») and the fact-checker's own free note. Existing
    claims get an empty note and no tags; nothing else changes."""
    _run_script(
        db,
        """
        ALTER TABLE claims ADD COLUMN note TEXT NOT NULL DEFAULT '';
        CREATE TABLE claim_tags (
            id TEXT PRIMARY KEY,
            claim_id TEXT NOT NULL REFERENCES claims(id),
            name TEXT NOT NULL CHECK (name <> ''),
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            UNIQUE (claim_id, name)
        );
        CREATE INDEX claim_tags_name ON claim_tags(name);
        CREATE INDEX articles_outlet ON articles(outlet);
        """,
    )
    _set_version(db, 4)


if len(migrations._migrations) != SCHEMA_VERSION:  # pragma: no cover - a developer's slip
    raise RuntimeError("a migration was added without raising version.SCHEMA_VERSION")


def migrate(db: Database) -> list[str]:
    """Apply pending migrations; return their names. Each one sets ``user_version`` inside its
    own transaction, so the count always matches what is in the file."""
    pending = [m.name for m in migrations.pending(db)]
    if pending:
        migrations.apply(db)
    return pending


def pending_migrations(db: Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


# ---------------------------------------------------------------------------------------------
# the schema a file should have, to recognise what FactDesk did not put there

#: Objects SQLite itself makes as it sees fit (ANALYZE's statistics, AUTOINCREMENT's counters).
SQLITE_OWN = ("sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4")

#: (type, name) → (table it belongs to, its SQL with whitespace collapsed; None for SQLite's own indexes)
Schema = dict[tuple[str, str], tuple[str, str | None]]


def normalise_sql(sql: str | None) -> str | None:
    """SQL text compared without regard to line breaks and indentation."""
    return " ".join(sql.split()) if sql is not None else None


def read_schema(conn: sqlite3.Connection) -> Schema:
    """What ``conn``'s file holds, read from ``sqlite_schema`` alone: reading it parses the schema
    but runs no trigger and evaluates no view."""
    return {
        (str(kind), str(name)): (str(table), normalise_sql(sql))
        for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema")
        if str(name) not in SQLITE_OWN
    }


@functools.cache
def expected_schema(version: int = SCHEMA_VERSION) -> Schema:
    """The schema of a file after the first ``version`` migrations, made by running the real
    migrations on an in-memory database (once per process), so a new migration is covered at once."""
    if not 0 <= version <= len(migrations._migrations):
        raise ValueError(f"no project format {version}")
    if version == 0:
        return {}
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        db = Database(conn)
        names = [m.name for m in migrations._migrations]
        migrations.apply(db, stop_before=names[version:])
        return read_schema(conn)
    finally:
        conn.close()


def unexpected(found: Schema, version: int = SCHEMA_VERSION) -> list[str]:
    """What differs from the schema FactDesk makes, one line in words per object (empty: as expected)."""
    # SQLite's own indexes (for UNIQUE and PRIMARY KEY; no SQL) come and go with their tables
    expected = {key: value for key, value in expected_schema(version).items() if value[1] is not None}
    found = {key: value for key, value in found.items() if value[1] is not None}

    def a(kind: str) -> str:
        return "an" if kind[0] in "aeiou" else "a"

    added = [
        f"{a(kind)} {kind} «{name}» FactDesk did not make"
        for (kind, name) in sorted(found)
        if (kind, name) not in expected
    ]
    changed = [
        f"the {kind} «{name}» was changed from what FactDesk made"
        for (kind, name), value in sorted(found.items())
        if (kind, name) in expected and expected[(kind, name)] != value
    ]
    missing = [
        f"the {kind} «{name}» FactDesk made is missing" for (kind, name) in sorted(set(expected) - set(found))
    ]
    # what was added first: that is what could run
    return added + changed + missing
