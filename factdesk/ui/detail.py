"""A claim's detail: its words, verdict, rationale, appearances across articles, evidence, history."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from factdesk.core import operations as ops
from factdesk.core.operations import Changes, OperationError
from factdesk.store import queries
from factdesk.ui import i18n
from factdesk.ui.labels import role_text, stance_text, verdict_text
from factdesk.ui.session import ProjectSession
from factdesk.ui.widgets import PlainLabel


def chip_icon(color: str, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(color or "#9e9e9e"))
    return QIcon(pix)


class _CommitOnLeave(QObject):
    """Calls back when a text editor loses focus: an edit becomes one undoable step."""

    def __init__(self, callback, parent: QObject) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class ClaimDetail(QWidget):
    openAppearance = Signal(str, int, int)  # noqa: N815 - article id, start, end (code points)
    failed = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.claim_id: str | None = None
        self._loading = False

        self.heading = PlainLabel()
        self.heading.setObjectName("detailHeading")
        self.claim_text = QPlainTextEdit()
        self.claim_text.setMaximumHeight(72)
        self.claim_text.installEventFilter(_CommitOnLeave(self.commit_text, self))
        self.verdict = QComboBox()
        self.verdict.activated.connect(self._verdict_chosen)
        self.reviewer = QLineEdit()
        self.reviewer.editingFinished.connect(self.commit_reviewer)
        self.rationale = QPlainTextEdit()
        self.rationale.setMaximumHeight(110)
        self.rationale.installEventFilter(_CommitOnLeave(self.commit_rationale, self))
        self.appearances = QListWidget()
        self.appearances.setWordWrap(True)
        self.appearances.itemActivated.connect(self._appearance_activated)
        self.appearances.itemClicked.connect(self._appearance_activated)
        self.evidence = QListWidget()
        self.evidence.setWordWrap(True)
        self.history = QListWidget()
        self.history.setWordWrap(True)

        form = QFormLayout()
        self._labels = [PlainLabel() for _ in range(4)]
        form.addRow(self._labels[0], self.claim_text)
        form.addRow(self._labels[1], self.verdict)
        form.addRow(self._labels[2], self.reviewer)
        form.addRow(self._labels[3], self.rationale)
        self._section_labels = [PlainLabel() for _ in range(3)]
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        for label, widget in zip(self._section_labels, (self.appearances, self.evidence, self.history),
                                 strict=True):
            label.setObjectName("sectionLabel")
            layout.addWidget(label)
            layout.addWidget(widget, 1)
        session.changed.connect(self._on_changed)
        from factdesk.ui import looks

        looks.apply(self)
        self.retranslate()
        self.show_claim(None)

    # ------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        for label, text in zip(self._labels, (self.tr("Claim"), self.tr("Verdict"), self.tr("Reviewer"),
                                              self.tr("Rationale")), strict=True):
            label.setText(text)
        for label, text in zip(self._section_labels, (self.tr("Appearances across articles"),
                                                      self.tr("Evidence"), self.tr("History")), strict=True):
            label.setText(text)
        self.rationale.setPlaceholderText(self.tr("Why this verdict: the sources and reasoning."))
        if not self.session.closed:
            self.show_claim(self.claim_id)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _label(self, info: queries.VerdictInfo) -> str:
        return verdict_text(info.label_ar, info.label_en)

    def show_claim(self, claim_id: str | None) -> None:
        self._loading = True
        try:
            self.claim_id = claim_id
            row = self.session.project.get("claim", claim_id) if claim_id else None
            enabled = row is not None
            for w in (self.claim_text, self.verdict, self.reviewer, self.rationale):
                w.setEnabled(enabled)
            self.verdict.clear()
            scale = queries.verdicts(self.session.conn)
            for info in scale:
                self.verdict.addItem(chip_icon(info.color), self._label(info), info.key)
            for lst in (self.appearances, self.evidence, self.history):
                lst.clear()
            if row is None:
                self.heading.setText(self.tr("Select a claim to see its detail."))
                self.claim_text.setPlainText("")
                self.reviewer.setText("")
                self.rationale.setPlainText("")
                return
            self.heading.setText(self.tr("Claim detail"))
            self.claim_text.setPlainText(str(row["text"]))
            self.verdict.setCurrentIndex(max(0, self.verdict.findData(row["verdict"])))
            self.reviewer.setText(str(row["reviewer"]))
            self.rationale.setPlainText(str(row["rationale"]))
            for a in queries.appearances(self.session.conn, claim_id):
                item = QListWidgetItem(f"[{role_text(a.role)}] «{a.quote}»\n{a.article_title}  {a.published}")
                item.setData(Qt.ItemDataRole.UserRole, (a.article_id, a.start, a.end))
                item.setToolTip(self.tr("Open the article at this passage"))
                self.appearances.addItem(item)
            for e in queries.evidence(self.session.conn, claim_id):
                text = f"[{stance_text(e.stance)}] {e.source_title}"
                if e.note:
                    text += f" — {e.note}"
                if e.quote:
                    text += f"\n«{e.quote}»"
                self.evidence.addItem(text)
            labels = {v.key: self._label(v) for v in scale}
            for at, before, after in reversed(queries.verdict_changes(self.session.conn, claim_id)):
                when = at[:16].replace("T", " ")
                if before is None:
                    self.history.addItem(f"{when}  {labels.get(after, after)}")
                else:
                    self.history.addItem(f"{when}  {labels.get(before, before)} ← {labels.get(after, after)}"
                                         if i18n.current_language() == "ar"
                                         else f"{when}  {labels.get(before, before)} → {labels.get(after, after)}")
        finally:
            self._loading = False

    # ------------------------------------------------------------------------------------------
    # edits: each one operation, one undo step

    def _run(self, op: ops.Operation) -> None:
        try:
            self.session.run(op, origin=self)
        except OperationError as exc:
            self.failed.emit(str(exc))
            self.show_claim(self.claim_id)

    def _verdict_chosen(self, index: int) -> None:
        if self._loading or not self.claim_id:
            return
        key = self.verdict.itemData(index)
        row = self.session.project.get("claim", self.claim_id)
        if row and row["verdict"] != key:
            self._run(ops.SetVerdict(self.claim_id, key))

    def set_verdict(self, key: str) -> None:
        if self.claim_id:
            self._run(ops.SetVerdict(self.claim_id, key))

    def commit_text(self) -> None:
        if self._loading or not self.claim_id:
            return
        row = self.session.project.get("claim", self.claim_id)
        text = self.claim_text.toPlainText().strip()
        if row and text and text != row["text"]:
            self._run(ops.EditClaim(self.claim_id, text=text))

    def commit_rationale(self) -> None:
        if self._loading or not self.claim_id:
            return
        row = self.session.project.get("claim", self.claim_id)
        text = self.rationale.toPlainText()
        if row and text != row["rationale"]:
            self._run(ops.EditClaim(self.claim_id, rationale=text))

    def commit_reviewer(self) -> None:
        if self._loading or not self.claim_id:
            return
        row = self.session.project.get("claim", self.claim_id)
        if row and self.reviewer.text() != row["reviewer"]:
            self._run(ops.EditClaim(self.claim_id, reviewer=self.reviewer.text()))

    def _appearance_activated(self, item: QListWidgetItem) -> None:
        article_id, start, end = item.data(Qt.ItemDataRole.UserRole)
        self.openAppearance.emit(article_id, start, end)

    def _on_changed(self, changes: Changes, origin: object) -> None:
        if self.claim_id is None or self.session.closed:
            return
        if changes.touches("claim", "appearance", "evidence", "source", "span", "article", "verdict"):
            if origin is self and changes.kinds == {"claim"}:
                # our own edit: the editors already show it; refresh only the history
                focus = self.focusWidget()
                self.show_claim(self.claim_id)
                if focus is not None:
                    focus.setFocus()
                return
            self.show_claim(self.claim_id)
