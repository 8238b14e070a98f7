"""A claim's tags and the fact-checker's own note, in the claim's detail.

A tag is typed and added with Enter (the project's tags are offered as one types); the selected tag
is taken off with Delete or the button. The note is saved when the cursor leaves it. Each is ONE
undoable step (:class:`~factdesk.core.operations.TagClaim`, ``UntagClaim``, ``SetClaimNote``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from factdesk.core import operations as ops
from factdesk.core.operations import Changes, OperationError
from factdesk.ui.session import ProjectSession
from factdesk.ui.widgets import PlainLabel, literal

TAG_ROLE = Qt.ItemDataRole.UserRole + 1


class _Keys(QObject):
    """Delete on the tag list takes the selected tag off; leaving the note saves it."""

    def __init__(self, owner: ClaimTagsNote) -> None:
        super().__init__(owner)
        self.owner = owner

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            obj is self.owner.tags
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.owner.remove_tag()
            return True
        if obj is self.owner.note and event.type() == QEvent.Type.FocusOut:
            self.owner.commit_note()
        return False


class ClaimTagsNote(QWidget):
    failed = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.claim_id: str | None = None
        self.tags = QListWidget(self)
        self.tags.setObjectName("claimTags")
        self.tags.setFlow(QListView.Flow.LeftToRight)
        self.tags.setWrapping(True)
        self.tags.setSpacing(2)
        self.tags.setMaximumHeight(52)
        self.tags.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tag_edit = QLineEdit(self)
        self.tag_edit.setObjectName("tagEdit")
        self.tag_edit.returnPressed.connect(lambda: self.add_tag())
        self._known = QStringListModel(self)
        completer = QCompleter(self._known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_edit.setCompleter(completer)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(lambda: self.remove_tag())
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("claimNote")
        self.note.setMaximumHeight(70)
        self.note.setTabChangesFocus(True)
        keys = _Keys(self)
        self.tags.installEventFilter(keys)
        self.note.installEventFilter(keys)
        self.tags_label, self.note_label = PlainLabel(self), PlainLabel(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.tags, 2)
        row.addWidget(self.tag_edit, 1)
        row.addWidget(self.remove_button)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tags_label, row)
        form.addRow(self.note_label, self.note)
        session.changed.connect(self._on_changed)
        self.retranslate()
        self.show_claim(None)

    def retranslate(self) -> None:
        self.tags_label.setText(self.tr("Tags"))
        self.note_label.setText(self.tr("Note"))
        self.tag_edit.setPlaceholderText(self.tr("Add a tag, then Enter"))
        self.tag_edit.setToolTip(
            self.tr("A topic such as «سوريا» or «انتخابات»: the claims table filters by it")
        )
        self.remove_button.setText(self.tr("Remove tag"))
        self.remove_button.setToolTip(self.tr("Take the selected tag off this claim (Delete)"))
        self.note.setPlaceholderText(self.tr("Your own note on this claim (not in reports)."))
        self.tags.setAccessibleName(self.tr("The claim's tags"))
        self.tag_edit.setAccessibleName(self.tr("New tag"))
        self.note.setAccessibleName(self.tr("The claim's note"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------------------------------

    def show_claim(self, claim_id: str | None) -> None:
        self.claim_id = claim_id
        row = self.session.read.get("claim", claim_id) if claim_id and not self.session.closed else None
        if row is None:
            self.claim_id = None
        self.tags.clear()
        for name in self.session.read.claim_tags(claim_id) if row is not None and claim_id else []:
            item = QListWidgetItem(f"#{name}")
            item.setData(TAG_ROLE, name)
            item.setToolTip(literal(name))
            self.tags.addItem(item)
        self.note.blockSignals(True)
        self.note.setPlainText(str(row["note"]) if row is not None else "")
        self.note.blockSignals(False)
        if not self.session.closed:
            self._known.setStringList([name for name, _n in self.session.read.tags()])
        self._update_buttons()

    def tag_names(self) -> list[str]:
        return [str(self.tags.item(i).data(TAG_ROLE)) for i in range(self.tags.count())]

    def _update_buttons(self) -> None:
        writable = self.claim_id is not None and not self.session.closed and not self.session.project.readonly
        for w in (self.tag_edit, self.note, self.tags):
            w.setEnabled(writable)
        self.remove_button.setEnabled(writable and self.tags.currentItem() is not None)

    def add_tag(self, name: str | None = None) -> bool:
        """File the claim under the typed tag (or ``name``); the line is emptied for the next one."""
        text = self.tag_edit.text() if name is None else name
        if self.claim_id is None or not text.strip():
            return False
        if self._run(ops.TagClaim(self.claim_id, text)):
            self.tag_edit.clear()
            return True
        return False

    def remove_tag(self, name: str | None = None) -> bool:
        """Take the selected tag (or ``name``) off the claim."""
        if name is None:
            item = self.tags.currentItem()
            name = str(item.data(TAG_ROLE)) if item is not None else None
        if self.claim_id is None or not name:
            return False
        return self._run(ops.UntagClaim(self.claim_id, name))

    def commit_note(self) -> None:
        if self.claim_id is None or self.session.closed:
            return
        row = self.session.read.get("claim", self.claim_id)
        text = self.note.toPlainText()
        if row is not None and text != row["note"]:
            self._run(ops.SetClaimNote(self.claim_id, text))

    def _run(self, op: ops.Operation) -> bool:
        try:
            self.session.run(op, origin=self)
        except OperationError as exc:
            self.failed.emit(str(exc))
            return False
        return True

    def _on_changed(self, changes: Changes, origin: object) -> None:
        if self.session.closed or not changes.touches("tag", "claim"):
            return
        if self.note.hasFocus() and origin is not self:
            return  # never overwrite what the user is typing
        self.show_claim(self.claim_id)
