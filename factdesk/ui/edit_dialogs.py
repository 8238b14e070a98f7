"""Evidence from any source, not only from words selected in an article.

An official statement, a data set or a phone call already among the project's sources is attached to a
claim with a stance and a note: from the claim's detail (the claim is known, the source is picked) or
from the Sources tab (the source is known, the claim is picked). Either way the dialog only asks; the
step is planned by :func:`factdesk.app.evidence.add_evidence`, the workflow the command line's
«evidence add CLAIM SOURCE» runs too, and is one undoable step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from factdesk.app.evidence import add_evidence
from factdesk.core import model
from factdesk.core import operations as ops
from factdesk.core.operations import OperationError
from factdesk.nlp.fold import fold
from factdesk.ui import dialogs
from factdesk.ui.dialogs import ClaimSearch, embed, interface_direction
from factdesk.ui.labels import source_kind_text, stance_text
from factdesk.ui.models import ID_ROLE
from factdesk.ui.session import ProjectSession
from factdesk.ui.widgets import PlainLabel, literal, shortened

#: The words a source is found by, Arabic folded.
_FOLDED_ROLE = Qt.ItemDataRole.UserRole + 20


class SourceSearch(QWidget):
    """Find a source of the project as you type (title, publisher, web address, notes; Arabic folded).
    Up and Down in the search line move through the list; a double-click emits ``activated``."""

    activated = Signal(str)
    currentChanged = Signal(object)  # the highlighted source's id, or None

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Search the sources by title, publisher, address or notes")
        )
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.status = PlainLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        for row in sorted(session.read.rows("source"), key=lambda r: fold(str(r["title"]))):
            kind = source_kind_text(str(row["kind"]))
            words = [str(row["title"]), kind]
            if row.get("publisher"):
                words.append(str(row["publisher"]))
            item = QListWidgetItem(
                f"{row['title']}\n{kind}" + (f" — {row['publisher']}" if row.get("publisher") else "")
            )
            item.setData(ID_ROLE, str(row["id"]))
            hay = " ".join(str(row.get(k) or "") for k in ("title", "publisher", "url", "notes"))
            item.setData(_FOLDED_ROLE, fold(hay))
            item.setToolTip(literal(" — ".join(words)))
            self.list.addItem(item)
        self.search_edit.textChanged.connect(self.refresh)
        self.search_edit.installEventFilter(self)
        self.list.itemDoubleClicked.connect(lambda item: self.activated.emit(str(item.data(ID_ROLE))))
        self.list.currentItemChanged.connect(lambda *_: self.currentChanged.emit(self.chosen()))
        self.refresh()

    def refresh(self) -> None:
        needle = fold(self.search_edit.text().strip())
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = bool(needle) and needle not in str(item.data(_FOLDED_ROLE))
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first)
        if first is None:
            typed = self.search_edit.text().strip()
            self.status.setText(
                self.tr("No source matches «%1».").replace("%1", embed(typed))
                if typed
                else self.tr("This project has no sources yet: add one in the Sources tab.")
            )
            self.status.show()
        else:
            self.status.hide()
        self.currentChanged.emit(self.chosen())

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None and not item.isHidden() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        ):
            QCoreApplication.sendEvent(self.list, event)
            return True
        return super().eventFilter(watched, event)


class AttachEvidenceDialog(QDialog):
    """Attach a source to a claim as evidence, with a stance and a note. Give ``claim_id`` (from the
    claim's detail: the source is picked) or ``source_id`` (from the Sources tab: the claim is picked)."""

    def __init__(
        self,
        session: ProjectSession,
        parent: QWidget | None = None,
        *,
        claim_id: str | None = None,
        source_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        if (claim_id is None) == (source_id is None):
            raise ValueError("give the claim or the source, not both")
        self.session = session
        self.claim_id = claim_id
        self.source_id = source_id
        self.setLayoutDirection(interface_direction())
        self.setWindowTitle(self.tr("Add evidence from a source"))
        self.resize(620, 560)
        layout = QVBoxLayout(self)

        self.claims: ClaimSearch | None = None
        self.sources: SourceSearch | None = None
        if claim_id is not None:
            claim = session.read.get("claim", claim_id) or {}
            fixed = PlainLabel(
                self.tr("The claim: «%1»").replace("%1", embed(shortened(str(claim.get("text") or "")))), self
            )
            box = QGroupBox(self.tr("The source"), self)
            self.sources = SourceSearch(session, box)
            self.search_edit = self.sources.search_edit
            self.list = self.sources.list
            QVBoxLayout(box).addWidget(self.sources)
            self.sources.currentChanged.connect(self._update_ok)
            self.sources.activated.connect(lambda _id: self.accept())
        else:
            source = session.read.get("source", str(source_id)) or {}
            fixed = PlainLabel(
                self.tr("The source: «%1» (%2)")
                .replace("%1", embed(shortened(str(source.get("title") or ""))))
                .replace("%2", source_kind_text(str(source.get("kind") or "other"))),
                self,
            )
            box = QGroupBox(self.tr("The claim this evidence is about"), self)
            self.claims = ClaimSearch(session, box)
            self.search_edit = self.claims.search_edit
            self.list = self.claims.list
            QVBoxLayout(box).addWidget(self.claims)
            self.claims.currentChanged.connect(self._update_ok)
            self.claims.activated.connect(lambda _id: self.accept())
        fixed.setObjectName("attachFixed")
        fixed.setWordWrap(True)
        fixed.setFrameShape(QFrame.Shape.StyledPanel)
        fixed.setMargin(6)
        layout.addWidget(fixed)
        layout.addWidget(box, 1)

        stance_row = QHBoxLayout()
        self.stance_group = QButtonGroup(self)
        self.stance_buttons: dict[str, QRadioButton] = {}
        for stance in model.STANCES:
            button = QRadioButton(stance_text(stance), self)
            button.setObjectName(f"stance_{stance}")
            self.stance_group.addButton(button)
            self.stance_buttons[stance] = button
            stance_row.addWidget(button)
        stance_row.addStretch(1)
        self.stance_buttons["supports"].setChecked(True)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("evidenceNote")
        self.note_edit.setPlaceholderText(
            self.tr("What the source says, when and how you reached it (optional)")
        )
        form = QFormLayout()
        form.addRow(self.tr("The evidence:"), stance_row)
        note_label = PlainLabel(self.tr("Note:"), self)
        note_label.setBuddy(self.note_edit)
        form.addRow(note_label, self.note_edit)
        layout.addLayout(form)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Attach"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.search_edit.setFocus()

    def stance(self) -> str:
        return next((s for s, b in self.stance_buttons.items() if b.isChecked()), "supports")

    def choice(self) -> tuple[str, str] | None:
        """(claim id, source id) as chosen, or None while one is missing."""
        if self.sources is not None:
            picked = self.sources.chosen()
            return (str(self.claim_id), picked) if picked else None
        assert self.claims is not None
        claim = self.claims.chosen()
        return (claim, str(self.source_id)) if claim else None

    def _update_ok(self, *_: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.choice() is not None)

    def accept(self) -> None:
        if self.choice() is None:
            return
        super().accept()


def attach_evidence(
    session: ProjectSession,
    parent: QWidget | None,
    *,
    claim_id: str | None = None,
    source_id: str | None = None,
) -> str | None:
    """Ask which source (or claim), stance and note, then attach: one undoable step. The new evidence's
    id, or None if the user cancelled or the project refused (then said why)."""
    if session.project.readonly:
        return None
    dialog = AttachEvidenceDialog(session, parent, claim_id=claim_id, source_id=source_id)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.choice()
        if chosen is None:
            return None
        stance, note = dialog.stance(), dialog.note_edit.text().strip()
    finally:
        dialog.deleteLater()
    try:
        plan = add_evidence(session.read, chosen[0], stance, source_id=chosen[1], note=note)
    except OperationError as exc:
        dialogs.show_error(parent, str(exc))
        return None
    return plan.evidence_id if dialogs.run_or_explain(session, parent, plan.operation, parent) else None


def _t(text: str) -> str:
    return QCoreApplication.translate("EditDialogs", text)


def ask_evidence_change(
    session: ProjectSession, parent: QWidget | None, evidence_id: str
) -> ops.EditEvidence | None:
    """The evidence item's stance and note as the user leaves them in the dialog, as the one step that
    records them; None if they cancelled (or there is no such evidence)."""
    row = session.read.get("evidence", evidence_id)
    if row is None:
        return None
    source = session.read.get("source", str(row["source_id"])) or {}
    answer = dialogs.EvidenceEditDialog.ask(
        str(row["stance"]), str(row["note"] or ""), str(source.get("title") or ""), parent
    )
    return None if answer is None else ops.EditEvidence(evidence_id, stance=answer[0], note=answer[1])


def edit_evidence(session: ProjectSession, parent: QWidget | None, evidence_id: str) -> bool:
    """Change an evidence item's stance and note, asked in a dialog: one undoable step. True if changed."""
    if session.project.readonly:
        return False
    op = ask_evidence_change(session, parent, evidence_id)
    return op is not None and dialogs.run_or_explain(session, parent, op, parent)


def delete_evidence(session: ProjectSession, parent: QWidget | None, evidence_id: str) -> bool:
    """Delete an evidence item after asking («Cancel» the default); the claim and the source stay. True
    if deleted."""
    row = session.read.get("evidence", evidence_id)
    if row is None or session.project.readonly:
        return False
    claim = session.read.get("claim", str(row["claim_id"])) or {}
    text = (
        _t("Delete this evidence (%1) for the claim «%2»? The claim and the source stay. You can undo this.")
        .replace("%1", stance_text(str(row["stance"])))
        .replace("%2", embed(shortened(str(claim.get("text") or ""))))
    )
    if not dialogs.confirm(parent, _t("Delete evidence"), text, yes=_t("Delete")):
        return False
    return dialogs.run_or_explain(session, parent, ops.DeleteEvidence(evidence_id), parent)


__all__ = [
    "AttachEvidenceDialog",
    "SourceSearch",
    "ask_evidence_change",
    "attach_evidence",
    "delete_evidence",
    "edit_evidence",
]
