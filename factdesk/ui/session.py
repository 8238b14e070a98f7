"""An open project as the window sees it: the project file, one undo stack, one change signal.

Every user action is an operation from :mod:`factdesk.core.operations`, pushed on the session's
``QUndoStack`` as an :class:`OperationCommand`. The first ``redo`` runs the operation through
the store (one transaction, journalled); ``undo`` and later ``redo`` replay the journal. After
each, ``changed(Changes, origin)`` is emitted once, and views refresh only what changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from factdesk.core.operations import Changes, Operation, OperationError
from factdesk.store.project import Outcome, Project
from factdesk.store.read import ProjectReader
from factdesk.ui.labels import operation_text

#: How many earlier steps a reopened project offers to undo (the journal keeps them all; the
#: command line can go further back).
JOURNAL_STEPS = 200


class OperationCommand(QUndoCommand):
    """One user action on the undo stack. Holds only the journal numbers it needs."""

    def __init__(
        self, session: ProjectSession, op: Operation | None, origin: object = None, label: str = ""
    ) -> None:
        label = op.label if op is not None else label
        super().__init__(operation_text(label))
        self.label = label  # English, as journalled; translated when shown
        self._session = session
        self._op: Operation | None = op
        self._origin = origin
        self._seq: int | None = None  # the journal entry now in effect
        self._undo_seq: int | None = None
        self.outcome: Outcome | None = None
        self.skip_next_redo = False  # set once it has run, before QUndoStack.push calls redo()
        self.skip_next_undo = False  # set on a step already undone in the journal, before setIndex()

    @classmethod
    def from_journal(
        cls, session: ProjectSession, label: str, *, seq: int | None = None, undo_seq: int | None = None
    ) -> OperationCommand:
        """A step of an earlier session, found in the journal: in effect (``seq``) or undone by
        the journal entry ``undo_seq``. Undo and redo replay the journal as for any other step."""
        command = cls(session, None, label=label)
        command._seq, command._undo_seq = seq, undo_seq
        command.skip_next_redo = True
        command.skip_next_undo = undo_seq is not None
        return command

    def redo(self) -> None:
        if self.skip_next_redo:
            self.skip_next_redo = False
            return
        s = self._session
        first = self._op is not None
        if self._op is not None:
            op, self._op = self._op, None
            outcome = s.project.run(op)
        else:
            outcome = s.project.redo(self._undo_seq)
        self.outcome = outcome
        self._seq = outcome.seq
        s.emit_changes(outcome.changes, self._origin)
        if outcome.seq is not None:
            s.stepped.emit("done" if first else "redone", self.label)

    def undo(self) -> None:
        if self.skip_next_undo:
            self.skip_next_undo = False
            return
        s = self._session
        if self._seq is None:
            return
        outcome = s.project.undo(self._seq)
        self._undo_seq = outcome.seq
        s.emit_changes(outcome.changes, self._origin)
        s.stepped.emit("undone", self.label)


class ProjectSession(QObject):
    """The open project, its undo stack and its change signal."""

    changed = Signal(object, object)  # (Changes, origin)
    #: A step was made, undone or redone: ("done" | "undone" | "redone", its journalled English label).
    stepped = Signal(str, str)
    #: The on-open backup could not be made (its words for the user); emitted on the window's
    #: thread, however the backup's own thread reports it.
    backupFailed = Signal(str)
    _backupFinished = Signal(str)
    #: SQLite's quick check started on opening found the file damaged (its verdict).
    checkFailed = Signal(str)
    _checkFinished = Signal(str)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self.closed = False
        # Queued: the backup thread emits, this object's thread (the window's) receives.
        self._backupFinished.connect(self._backup_finished, Qt.ConnectionType.QueuedConnection)
        self._checkFinished.connect(self._check_finished, Qt.ConnectionType.QueuedConnection)

    def watch_backup(self) -> None:
        """Have ``backupFailed`` emitted if the backup made on opening fails (connect it first)."""
        self.project.when_backed_up(lambda error: self._backupFinished.emit(error or ""))

    def watch_check(self) -> None:
        """Have ``checkFailed`` emitted if the quick check started on opening finds damage."""
        self.project.when_checked(self._checkFinished.emit)

    def _check_finished(self, verdict: str) -> None:
        if verdict != "ok" and not self.closed:
            self.checkFailed.emit(verdict)

    def _backup_finished(self, error: str) -> None:
        if error and not self.closed:
            self.backupFailed.emit(error)

    @property
    def read(self) -> ProjectReader:
        """What views read through: the store's read API, on a connection that cannot write."""
        return self.project.read

    def run(self, op: Operation, origin: object = None) -> Outcome | None:
        """Run ``op`` as one undoable step. Refusals raise :class:`OperationError` before
        anything reaches the stack; an operation that changes nothing adds no step."""
        command = OperationCommand(self, op, origin)
        # Run once outside the stack so a refusal never leaves a dead command on it.
        command.redo()
        outcome = command.outcome
        if outcome is None or outcome.seq is None:
            return outcome
        command.skip_next_redo = True  # QUndoStack.push calls redo(): it has already run
        self.undo_stack.push(command)
        return outcome

    def load_journal(self, limit: int = JOURNAL_STEPS) -> int:
        """Put the earlier sessions' steps on the undo stack, from the journal in the file: Undo
        after reopening takes back the last step made before closing (and Redo brings back what
        was undone then). Returns how many steps were loaded."""
        done, undone = self.project.journal_steps(limit)
        for seq, label in done:
            self.undo_stack.push(OperationCommand.from_journal(self, label, seq=seq))
        for seq, label in undone:  # the next one to redo first: it ends up just above the index
            self.undo_stack.push(OperationCommand.from_journal(self, label, undo_seq=seq))
        if undone:
            self.undo_stack.setIndex(len(done))
        self.undo_stack.setClean()
        return len(done) + len(undone)

    def emit_changes(self, changes: Changes, origin: object) -> None:
        if changes:
            self.changed.emit(changes, origin)

    def undo_label(self) -> str:
        """The translated name of what Undo would undo ("" when nothing)."""
        index = self.undo_stack.index()
        command = self.undo_stack.command(index - 1) if index > 0 else None
        return operation_text(command.label) if isinstance(command, OperationCommand) else ""

    def redo_label(self) -> str:
        index = self.undo_stack.index()
        command = self.undo_stack.command(index) if index < self.undo_stack.count() else None
        return operation_text(command.label) if isinstance(command, OperationCommand) else ""

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.undo_stack.clear()
        self.project.close()


__all__ = ["OperationCommand", "OperationError", "ProjectSession", "operation_text"]
