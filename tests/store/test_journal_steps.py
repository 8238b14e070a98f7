"""The steps a reopened window offers to undo and redo are the ones ``factdesk undo`` and
``factdesk redo`` would take, in the same order: read from the journal in the file."""

from __future__ import annotations

from factdesk.core import operations as ops
from factdesk.store.project import Project

TEXT = "استهدف الطيران قافلة مكونة من 32 سيارة كانت متجهة إلى تدمر."


def make_steps(project: Project) -> tuple[str, str]:
    article = ops.ImportArticle(TEXT, title="قافلة")
    project.run(article)
    batch = ops.claim_from_selection(article.id, 0, 7, "استهدف الطيران قافلة")
    project.run(batch)
    claim_id = batch.ops[1].id  # type: ignore[attr-defined]
    project.run(ops.SetVerdict(claim_id, "false"))
    project.run(ops.EditClaim(claim_id, rationale="صور الأقمار الصناعية"))
    return article.id, claim_id


def test_the_steps_in_effect_are_undone_last_first_as_the_command_line_does(project: Project) -> None:
    make_steps(project)
    done, undone = project.journal_steps()
    assert [label for _seq, label in done][-2:] == ["set verdict", "edit claim"]
    assert undone == []
    # undoing without a number takes the last of them, then the one before
    for seq, label in reversed(done):
        assert project.undo_label() == label
        assert project.undo().changes
        left, _ = project.journal_steps()
        assert seq not in [s for s, _l in left]
    assert project.journal_steps()[0] == []


def test_undone_steps_are_offered_to_redo_next_first_until_a_new_step(project: Project) -> None:
    _article, claim_id = make_steps(project)
    project.undo()  # edit claim
    project.undo()  # set verdict
    done, undone = project.journal_steps()
    assert [label for _s, label in done][-1] == "new claim from selection"
    assert [label for _s, label in undone] == ["set verdict", "edit claim"]
    next_seq = undone[0][0]
    project.redo(next_seq)
    assert project.get("claim", claim_id)["verdict"] == "false"
    done, undone = project.journal_steps()
    assert [label for _s, label in done][-1] == "set verdict"
    assert [label for _s, label in undone] == ["edit claim"]
    # a new step ends what redo can reach, as in any editor
    project.run(ops.SetVerdict(claim_id, "true"))
    assert project.journal_steps()[1] == []


def test_the_limit_keeps_the_latest_steps(project: Project) -> None:
    make_steps(project)
    done, _ = project.journal_steps(limit=2)
    assert [label for _s, label in done] == ["set verdict", "edit claim"]
