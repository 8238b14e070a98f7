"""The project file alone is whole: a copy of the ``.factdesk`` file (without its ``-wal``), made
while the project is still open, holds every change acknowledged so far.

A fact-checker mails or copies the file mid-session; SQLite keeps new pages in the ``-wal`` file
beside it until a checkpoint, so without one the copy would miss the latest work."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from factdesk.cli import cli
from factdesk.core import operations as ops
from factdesk.store.project import Project

TEXT = (
    "قالت وزارة الدفاع إن الطيران دمّر قافلة لتنظيم داعش كانت متجهة من الرقة إلى تدمر، "
    "وإن أكثر من 80 مسلحاً قُتلوا في الضربات التي استمرت ليلتين."
)


def copy_main_file_only(path: Path, tmp_path: Path, name: str) -> Path:
    """What a user's file manager or mail client takes: the ``.factdesk`` file, nothing beside it."""
    target = tmp_path / "copies" / name
    target.parent.mkdir(exist_ok=True)
    shutil.copyfile(path, target)
    assert not Path(str(target) + "-wal").exists()
    return target


def world_of(copy: Path) -> dict:
    with Project.open(copy, backup=False) as p:
        assert p.integrity_check() == []
        return p.snapshot()


def test_a_copy_of_the_open_file_holds_every_acknowledged_change(project: Project, tmp_path: Path) -> None:
    article = ops.ImportArticle(TEXT, title="ضربات قرب الرقة")
    project.run(article)
    start = TEXT.index("أكثر من 80 مسلحاً")
    batch = ops.claim_from_selection(
        article.id, start, start + len("أكثر من 80 مسلحاً"), "قُتل أكثر من 80 مسلحاً"
    )
    project.run(batch)
    claim_id = str(batch.ops[1].id)  # type: ignore[attr-defined]
    project.run(ops.SetVerdict(claim_id, "false", rationale="الرقم من بيان واحد"))
    source = ops.AddSource("بيان وزارة الدفاع", kind="official_statement")
    project.run(source)
    project.run(ops.AddEvidence(claim_id, source.id, "refutes"))
    # the WAL exists and is in use: the project is open and has been written
    assert Path(str(project.path) + "-wal").exists()

    copy = copy_main_file_only(project.path, tmp_path, "mailed.factdesk")
    assert world_of(copy) == project.snapshot()
    with Project.open(copy, backup=False) as p:
        claim = p.get("claim", claim_id)
        assert (
            claim is not None and claim["verdict"] == "false" and claim["rationale"] == "الرقم من بيان واحد"
        )
        assert len(p.rows("evidence")) == 1
        # the journal came along too: undo works on the copy
        assert p.undo_label() == "add evidence"


def test_undo_and_redo_reach_the_main_file_at_once(project: Project, tmp_path: Path) -> None:
    project.run(ops.ImportArticle(TEXT, title="ضربات"))
    claim = ops.CreateClaim("ادعاء أول")
    project.run(claim)
    project.undo()
    assert world_of(copy_main_file_only(project.path, tmp_path, "after-undo.factdesk"))["claim"] == []
    project.redo()
    claims = world_of(copy_main_file_only(project.path, tmp_path, "after-redo.factdesk"))["claim"]
    assert [c["text"] for c in claims] == ["ادعاء أول"]


def test_a_new_project_is_whole_before_its_first_change(project: Project, tmp_path: Path) -> None:
    assert world_of(copy_main_file_only(project.path, tmp_path, "new.factdesk"))["verdict"]


def test_a_reader_elsewhere_delays_the_checkpoint_and_the_project_says_so(
    project: Project, tmp_path: Path
) -> None:
    """An export or backup reading on its own connection keeps SQLite from copying newer pages
    into the file; the project must not claim to be whole then, and must finish later."""
    project.run(ops.ImportArticle(TEXT, title="ضربات"))
    assert project.whole
    reader = sqlite3.connect(project.path)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM claims").fetchone()  # holds a snapshot open
        project.run(ops.CreateClaim("ادعاء أثناء التصدير"))
        assert not project.whole
        stale = world_of(copy_main_file_only(project.path, tmp_path, "during.factdesk"))
        assert stale["claim"] == []  # the honest flag above is what the window retries on
        reader.execute("COMMIT")
    finally:
        reader.close()
    assert project.checkpoint()
    assert project.whole
    after = world_of(copy_main_file_only(project.path, tmp_path, "after.factdesk"))
    assert [c["text"] for c in after["claim"]] == ["ادعاء أثناء التصدير"]


def test_without_the_checkpoint_the_copy_would_be_stale(project: Project, tmp_path: Path) -> None:
    """The reason for all this: with checkpoints off, the main file lags behind the WAL."""
    project.checkpoint_each = False
    project.run(ops.CreateClaim("ادعاء في الملف المؤقت فقط"))
    assert world_of(copy_main_file_only(project.path, tmp_path, "stale.factdesk"))["claim"] == []
    project.checkpoint()
    assert len(world_of(copy_main_file_only(project.path, tmp_path, "fresh.factdesk"))["claim"]) == 1


def test_between_commands_the_file_alone_holds_the_change(project_path: Path, tmp_path: Path) -> None:
    def ok(*args: str) -> str:
        result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.stdout

    ok("new", str(project_path))
    ok("claim", "add", str(project_path), "ادعاء من سطر الأوامر")
    copy = copy_main_file_only(project_path, tmp_path, "cli.factdesk")
    assert [c["text"] for c in world_of(copy)["claim"]] == ["ادعاء من سطر الأوامر"]
