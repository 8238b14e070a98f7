"""Evidence, export, backups and the crash log as workflows, without any interface."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factdesk.app import backups, crashlog, evidence, exports
from factdesk.app.progress import Cancelled
from factdesk.core import operations as ops
from factdesk.store.errors import ProjectLocked
from factdesk.store.project import Project

TEXT = "قالت وزارة الدفاع إن الضربات أسفرت عن مقتل 120 مسلحاً قرب الرقة."


@pytest.fixture
def claim_and_article(project):
    article = ops.ImportArticle(
        TEXT, title="بيان الوزارة", outlet="الحياة", url="https://alhayat.example/1", published="2017-05-31"
    )
    claim = ops.CreateClaim("قُتل 120 مسلحاً")
    project.run(ops.Batch("set up", [article, claim]))
    return claim.id, article.id


def test_evidence_quoting_a_selection_is_one_step_with_the_article_as_its_source(
    project, claim_and_article
) -> None:
    claim_id, article_id = claim_and_article
    start = TEXT.index("120")
    plan = evidence.add_evidence(
        project,
        claim_id,
        "supports",
        article_id=article_id,
        selection=(start, start + len("120 مسلحاً")),
        note="الرقم نفسه",
    )
    outcome = project.run(plan.operation)
    row = project.get("evidence", plan.evidence_id)
    assert (
        row["source_id"] == plan.source_id and row["span_id"] == plan.span_id and row["stance"] == "supports"
    )
    assert project.get("span", plan.span_id)["quote"] == "120 مسلحاً"
    source = project.get("source", plan.source_id)
    assert (source["kind"], source["title"], source["article_id"]) == ("article", "بيان الوزارة", article_id)
    assert (source["publisher"], source["url"], source["published"]) == (
        "الحياة",
        "https://alhayat.example/1",
        "2017-05-31",
    )
    assert outcome.seq is not None and project.undo().label == "add evidence"
    assert project.get("evidence", plan.evidence_id) is None and project.get("span", plan.span_id) is None


def test_evidence_from_a_source_alone_quotes_nothing(project, claim_and_article) -> None:
    claim_id, _ = claim_and_article
    source = ops.AddSource("بيان رسمي")
    project.run(source)
    plan = evidence.add_evidence(project, claim_id, "refutes", source_id=source.id)
    project.run(plan.operation)
    assert isinstance(plan.operation, ops.AddEvidence) and plan.span_id is None
    assert project.get("evidence", plan.evidence_id)["span_id"] is None
    with pytest.raises(ops.OperationError, match="needs a source"):
        evidence.add_evidence(project, claim_id, "refutes")


def test_the_command_line_quotes_a_passage_as_evidence_in_one_step(
    project_path: Path, project, claim_and_article
) -> None:
    from factdesk.cli import cli

    claim_id, article_id = claim_and_article
    project.close()
    result = CliRunner().invoke(
        cli,
        [
            "evidence",
            "add",
            str(project_path),
            claim_id[:8],
            "--article",
            article_id[:8],
            "--quote",
            "120 مسلحاً",
            "--stance",
            "supports",
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    with Project.open(project_path, readonly=True) as p:
        row = p.get("evidence", result.stdout.strip())
        assert p.get("span", row["span_id"])["quote"] == "120 مسلحاً"
        assert p.get("source", row["source_id"])["article_id"] == article_id


def test_the_report_is_exported_with_progress_and_a_cancel_leaves_no_file(
    demo_copy: Path, tmp_path: Path
) -> None:
    target = tmp_path / "claims.csv"
    seen: list[tuple[int, int]] = []
    count = exports.export_csv(demo_copy, target, progress=lambda d, t, s: seen.append((d, t)))
    assert count > 0 and seen[-1] == (count, count)
    assert len(list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))) == count + 1
    other = tmp_path / "cancelled.csv"
    with pytest.raises(Cancelled):
        exports.export_csv(demo_copy, other, cancelled=lambda: True)
    assert not other.exists() and not list(tmp_path.glob("*.tmp"))


def test_only_the_claims_asked_for_are_exported(demo_copy: Path, tmp_path: Path) -> None:
    everything = exports.export_csv(demo_copy, tmp_path / "all.csv")
    none = exports.export_csv(demo_copy, tmp_path / "none.csv", only=exports.ReportFilter(verdicts=["true"]))
    assert none < everything


def test_a_restore_takes_the_lock_itself_and_keeps_the_state_it_replaces(project_path: Path, project) -> None:
    article = ops.ImportArticle(TEXT)
    project.run(article)
    project.close()
    made = backups.make_backup(project_path)
    assert backups.latest(project_path).path == made.path
    with Project.open(project_path) as p:
        p.run(ops.DeleteArticle(article.id))
        with pytest.raises(ProjectLocked):  # open for changes: refused by the store, nothing replaced
            backups.restore(project_path, made.path)
    done = backups.restore(project_path, made.path)
    assert done.kept is not None and done.kept.exists()
    with Project.open(project_path, readonly=True) as p:
        assert p.get("article", article.id) is not None


def test_a_backup_folder_that_cannot_be_written_is_said_in_words(
    project_path: Path, project, monkeypatch
) -> None:
    from factdesk.store import backup as store_backups

    def refuse(*args: object, **kw: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(store_backups, "make_backup", refuse)
    with pytest.raises(backups.BackupRefused, match="could not be written") as error:
        backups.make_backup(project_path)
    assert error.value.exit_code == 10


def test_both_interfaces_write_one_crash_log(tmp_path: Path, monkeypatch) -> None:
    from factdesk.ui.app import write_log

    try:
        raise RuntimeError("from the window")
    except RuntimeError as exc:
        window_log = write_log(type(exc), exc, exc.__traceback__)
    cli_log = crashlog.log_crash(ValueError("from the command line"), context="import p.factdesk a.txt")
    assert window_log == cli_log == tmp_path / "config" / "logs" / "factdesk.log"
    text = cli_log.read_text(encoding="utf-8")
    assert "RuntimeError: from the window" in text and "ValueError: from the command line" in text
    assert "factdesk import p.factdesk a.txt" in text
    assert json.dumps(crashlog.crash_message(ValueError("x"), cli_log)).count("factdesk.log") == 1
