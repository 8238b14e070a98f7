"""The window's session: every action one undoable step, one change signal each time, and
undo/redo that replay the project's own journal."""

from __future__ import annotations

import sqlite3

import pytest

from factdesk.core import operations as ops
from factdesk.core.operations import Changes, OperationError
from factdesk.ui.session import OperationCommand, ProjectSession, operation_text


@pytest.fixture
def signals(session: ProjectSession) -> list[tuple[Changes, object]]:
    seen: list[tuple[Changes, object]] = []
    session.changed.connect(lambda changes, origin: seen.append((changes, origin)))
    return seen


def _claim(session: ProjectSession) -> str:
    return session.read.claim_ids()[0]


def test_an_action_is_one_step_with_one_change_signal(session: ProjectSession, signals: list) -> None:
    cid = _claim(session)
    origin = object()
    outcome = session.run(ops.SetVerdict(cid, "misleading"), origin)
    assert outcome is not None and outcome.seq is not None
    assert session.undo_stack.count() == 1
    assert len(signals) == 1
    changes, got_origin = signals[0]
    assert got_origin is origin and changes.keys == {("claim", cid)}
    assert session.read.claims_by_ids([cid])[cid].verdict == "misleading"


def test_undo_and_redo_replay_the_journal_and_signal_each_time(
    session: ProjectSession, signals: list
) -> None:
    cid = _claim(session)
    was = session.read.claims_by_ids([cid])[cid].verdict
    session.run(ops.SetVerdict(cid, "true" if was != "true" else "false"))
    now = session.read.claims_by_ids([cid])[cid].verdict
    session.undo_stack.undo()
    assert session.read.claims_by_ids([cid])[cid].verdict == was
    session.undo_stack.redo()
    assert session.read.claims_by_ids([cid])[cid].verdict == now
    assert len(signals) == 3 and all(changes.touches("claim") for changes, _ in signals)
    # the journal in the file records the undo and the redo, so they survive closing the window
    assert [e.direction for e in session.read.history("claim", cid, limit=3)] == ["redo", "undo", "do"]


def test_undo_and_redo_labels_name_the_action_in_the_current_language(session: ProjectSession) -> None:
    assert session.undo_label() == "" and session.redo_label() == ""
    session.run(ops.CreateClaim("ادعاء جديد"))
    assert session.undo_label() == operation_text("new claim") and session.redo_label() == ""
    session.undo_stack.undo()
    assert session.undo_label() == "" and session.redo_label() == operation_text("new claim")
    command = session.undo_stack.command(0)
    assert isinstance(command, OperationCommand) and command.label == "new claim"


def test_a_refusal_leaves_nothing_on_the_stack_and_signals_nothing(
    session: ProjectSession, signals: list
) -> None:
    with pytest.raises(OperationError):
        session.run(ops.CreateClaim("   "))
    assert session.undo_stack.count() == 0 and signals == []


def test_an_action_that_changes_nothing_adds_no_step(session: ProjectSession, signals: list) -> None:
    cid = _claim(session)
    verdict = session.read.claims_by_ids([cid])[cid].verdict
    outcome = session.run(ops.SetVerdict(cid, verdict))
    assert outcome is not None and outcome.seq is None
    assert session.undo_stack.count() == 0 and signals == []


def test_a_new_action_after_undo_drops_the_redo(session: ProjectSession) -> None:
    session.run(ops.CreateClaim("أول"))
    session.undo_stack.undo()
    session.run(ops.CreateClaim("ثان"))
    assert session.undo_stack.count() == 1 and not session.undo_stack.canRedo()
    assert session.read.claims(contains="أول") == []


def test_closing_clears_the_stack_and_closes_the_project_once(session: ProjectSession) -> None:
    session.run(ops.CreateClaim("ادعاء"))
    read = session.read
    session.close()
    session.close()  # twice is harmless
    assert session.closed and session.undo_stack.count() == 0
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        read.claim_count()
