"""The layer rules hold by themselves: only factdesk/ui imports Qt, only factdesk/store holds SQL."""

from __future__ import annotations

import re
import subprocess
import sys

from support import REPO

SQL = re.compile(r"\b(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE (TABLE|INDEX|VIRTUAL TABLE|TRIGGER))\b")


def test_import_linter_contracts_hold() -> None:
    lint = [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command as c; "
            "sys.argv=['lint-imports']; c()"]
    done = subprocess.run(lint, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "broken" not in done.stdout.lower() or " 0 broken" in done.stdout


def test_sql_lives_only_in_the_store() -> None:
    offenders = []
    for path in (REPO / "factdesk").rglob("*.py"):
        rel = path.relative_to(REPO).as_posix()
        if rel.startswith("factdesk/store/"):
            continue
        if SQL.search(path.read_text(encoding="utf-8")):
            offenders.append(rel)
    assert offenders == []


def test_qt_is_imported_only_by_the_ui() -> None:
    offenders = []
    for path in (REPO / "factdesk").rglob("*.py"):
        rel = path.relative_to(REPO).as_posix()
        if rel.startswith("factdesk/ui/"):
            continue
        if re.search(r"^\s*(from|import)\s+(PySide6|shiboken6)", path.read_text(encoding="utf-8"), re.M):
            offenders.append(rel)
    assert offenders == []


def test_the_command_line_starts_without_qt_or_pandas() -> None:
    code = ("import sys, factdesk.cli, factdesk.store.project, factdesk.store.search;"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pandas', 'torch')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr
