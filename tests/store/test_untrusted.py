"""Project files from elsewhere are untrusted: a file whose schema is not the one FactDesk makes is
refused before anything in it can run, and ``factdesk repair`` writes a copy without the intruders."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factdesk.cli import cli
from factdesk.core import operations as ops
from factdesk.store import schema
from factdesk.store.errors import ProjectUntrusted
from factdesk.store.project import Project
from factdesk.store.repair import repair_into


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tamper(path: Path, *statements: str) -> None:
    """What an attacker does to a project with any SQLite tool."""
    conn = sqlite3.connect(path)
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def verdicts(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT id, verdict FROM claims"))
    finally:
        conn.close()


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


#: Each attack: what it adds to a project, and the words the refusal names it by.
REWRITE_VERDICTS = (
    "CREATE TRIGGER rewrite AFTER INSERT ON operations BEGIN UPDATE claims SET verdict = 'true'; END"
)
HANG_VIEW = (
    "CREATE VIEW forever AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n"
)
#: Claims set to «false» can never be saved again: the index's expression overflows for them.
HOSTILE_INDEX = (
    "CREATE INDEX hostile ON claims(CASE WHEN verdict = 'false' THEN abs(-9223372036854775807 - 1) END)"
)
ATTACKS: dict[str, tuple[tuple[str, ...], str]] = {
    "trigger rewriting every verdict": ((REWRITE_VERDICTS,), "trigger «rewrite»"),
    "view that never ends": ((HANG_VIEW,), "view «forever»"),
    "claims replaced by a view that never ends": (
        (
            "ALTER TABLE claims RENAME TO claims_kept",
            "CREATE VIEW claims AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
            "SELECT i AS seq, '' AS id FROM n",
        ),
        "view «claims»",
    ),
    "index with a hostile expression": ((HOSTILE_INDEX,), "index «hostile»"),
    "table renamed": (
        ("ALTER TABLE spans RENAME TO spans_elsewhere",),
        "table «spans» FactDesk made is missing",
    ),
    "trigger changed under FactDesk's name": (
        (
            "DROP TRIGGER articles_text_frozen",
            "CREATE TRIGGER articles_text_frozen BEFORE UPDATE OF text ON articles BEGIN SELECT 1; END",
        ),
        "trigger «articles_text_frozen» was changed",
    ),
}


@pytest.fixture(params=sorted(ATTACKS))
def attacked(request: pytest.FixtureRequest, demo_copy: Path) -> tuple[Path, str]:
    statements, named = ATTACKS[request.param]
    tamper(demo_copy, *statements)
    return demo_copy, named


def test_a_fresh_project_and_the_demo_have_exactly_the_expected_schema(
    project: Project, demo_copy: Path
) -> None:
    assert schema.unexpected(schema.read_schema(project.conn)) == []
    with Project.open(demo_copy) as p:
        assert schema.unexpected(schema.read_schema(p.conn)) == []
    expected = schema.expected_schema()
    # derived from the real migrations: every table FactDesk writes is in it, with SQLite's own pieces
    for table in (
        "articles",
        "spans",
        "claims",
        "appearances",
        "sources",
        "evidence",
        "operations",
        "history",
    ):
        assert ("table", table) in expected
    assert ("table", "article_search_data") in expected  # FTS5's shadow tables are FactDesk's too


@pytest.mark.parametrize("readonly", [False, True], ids=["for-changes", "read-only"])
def test_an_attacked_file_is_refused_before_anything_runs(attacked: tuple[Path, str], readonly: bool) -> None:
    path, named = attacked
    before = sha256(path)
    with pytest.raises(ProjectUntrusted) as refused:
        Project.open(path, readonly=readonly)
    message = refused.value.message
    assert named in message and "did not put there" in message and "nothing was run" in message
    assert "factdesk repair" in message
    assert sha256(path) == before
    # nothing beside it but what any SQLite reader of a WAL file leaves (an empty log, its index)
    assert set(os.listdir(path.parent)) <= {path.name, path.name + "-wal", path.name + "-shm"}
    wal = Path(str(path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_the_command_line_refuses_an_attacked_file_for_every_command(attacked: tuple[Path, str]) -> None:
    path, named = attacked
    before = sha256(path)
    for args in (
        ["check", str(path)],
        ["claims", str(path)],
        ["articles", str(path)],
        ["claim", "add", str(path), "ادعاء"],
        ["export", "csv", str(path), "-o", str(path) + ".csv"],
    ):
        code, _out, err = run(*args)
        assert code == ProjectUntrusted.exit_code, (args, err)
        assert named in err and "nothing was run" in err
    assert sha256(path) == before


def test_the_verdict_rewriting_trigger_never_fires(demo_copy: Path) -> None:
    """Today's attack: the next edit rewrote every verdict, unjournalled, and «check» said ok."""
    original = verdicts(demo_copy)
    assert set(original.values()) != {"true"}
    tamper(demo_copy, REWRITE_VERDICTS)
    code, _out, err = run("claim", "add", str(demo_copy), "ادعاء جديد")
    assert code == ProjectUntrusted.exit_code, err
    assert verdicts(demo_copy) == original


def test_a_view_that_never_ends_does_not_hang_the_command_line(demo_copy: Path, tmp_path: Path) -> None:
    tamper(
        demo_copy,
        "ALTER TABLE claims RENAME TO claims_kept",
        "CREATE VIEW claims AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT i AS seq, '' AS id, '' AS text, 'true' AS verdict FROM n",
    )
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "PYTHONUTF8": "1"}
    # the timeout only stops a hang from stopping the suite; the refusal comes long before it
    done = subprocess.run(
        [sys.executable, "-m", "factdesk", "claims", str(demo_copy)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert done.returncode == ProjectUntrusted.exit_code, done.stderr
    assert "view «claims»" in done.stderr


def _repaired(path: Path, target: Path) -> list[str]:
    before = sha256(path)
    done = repair_into(path, target)
    assert sha256(path) == before, "repair never changes the original"
    return done


def test_repair_writes_a_sound_copy_without_the_intruders_and_keeps_every_record(
    attacked: tuple[Path, str], demo_file: Path, tmp_path: Path
) -> None:
    path, _named = attacked
    target = tmp_path / "repaired" / "copy.factdesk"
    target.parent.mkdir()
    done = _repaired(path, target)
    assert done, "repair says what it did"
    with Project.open(target) as p, Project.open(demo_file, readonly=True) as reference:
        assert schema.unexpected(schema.read_schema(p.conn)) == []
        assert p.integrity_check() == []
        assert p.snapshot() == reference.snapshot(), "every record of the attacked file is in the copy"


def test_repaired_copy_has_no_trigger_and_verdicts_can_be_set(demo_copy: Path, tmp_path: Path) -> None:
    tamper(demo_copy, REWRITE_VERDICTS, HOSTILE_INDEX)
    original = verdicts(demo_copy)
    target = tmp_path / "copy.factdesk"
    done = _repaired(demo_copy, target)
    assert "dropped the trigger «rewrite» FactDesk did not make" in done
    assert "dropped the index «hostile» FactDesk did not make" in done
    with Project.open(target) as p:
        claim_id = sorted(original)[0]
        p.run(ops.SetVerdict(claim_id, "false"))  # the hostile index made this impossible
        p.run(ops.CreateClaim("ادعاء بعد الإصلاح"))  # the trigger would have rewritten every verdict here
    after = verdicts(target)
    assert after[claim_id] == "false"
    assert {k: v for k, v in after.items() if k in original and k != claim_id} == {
        k: v for k, v in original.items() if k != claim_id
    }


def test_a_renamed_table_is_brought_back_with_its_rows(demo_copy: Path, tmp_path: Path) -> None:
    with Project.open(demo_copy, readonly=True) as p:
        spans = p.rows("span")
    assert spans
    tamper(demo_copy, "ALTER TABLE spans RENAME TO spans_elsewhere")
    target = tmp_path / "copy.factdesk"
    done = _repaired(demo_copy, target)
    assert any("brought back the table «spans»" in line for line in done), done
    with Project.open(target, readonly=True) as p:
        assert p.rows("span") == spans


def test_repair_on_the_command_line(demo_copy: Path, tmp_path: Path) -> None:
    tamper(demo_copy, REWRITE_VERDICTS)
    target = tmp_path / "copy.factdesk"
    code, out, err = run("repair", str(demo_copy), "-o", str(target))
    assert code == 0, err
    assert "dropped the trigger «rewrite»" in out and "not changed" in out
    code, out, err = run("check", str(target))
    assert code == 0 and "ok" in out, err
    # never over an existing file, never in place
    code, _out, err = run("repair", str(demo_copy), "-o", str(target))
    assert code != 0 and "already exists" in err
    code, _out, err = run("repair", str(demo_copy), "-o", str(demo_copy))
    assert code != 0


def test_a_sound_file_repairs_to_an_identical_copy(demo_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.factdesk"
    assert _repaired(demo_copy, target) == []
    with Project.open(target, readonly=True) as a, Project.open(demo_copy, readonly=True) as b:
        assert a.snapshot() == b.snapshot()
