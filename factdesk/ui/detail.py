"""A claim's detail: its words, verdict, rationale, appearances across articles, evidence, history."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from factdesk.core import model
from factdesk.core import operations as ops
from factdesk.core.operations import Changes, OperationError
from factdesk.store.read import VerdictInfo
from factdesk.ui import dialogs, i18n
from factdesk.ui.dialogs import embed
from factdesk.ui.labels import role_text, stance_text, verdict_text
from factdesk.ui.session import ProjectSession
from factdesk.ui.widgets import PlainLabel, isolated, joined, literal

#: An appearance's id, its highlight's id and its quote; an evidence item's id; a published fact-check's id.
APPEARANCE_ROLE = Qt.ItemDataRole.UserRole + 1
SPAN_ROLE = Qt.ItemDataRole.UserRole + 2
QUOTE_ROLE = Qt.ItemDataRole.UserRole + 3
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 4
FACTCHECK_ROLE = Qt.ItemDataRole.UserRole + 5
#: How many published fact-checks the detail shows for a claim.
FACTCHECK_MATCHES = 5


def chip_icon(color: str, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(color or "#9e9e9e"))
    return QIcon(pix)


class _CommitOnLeave(QObject):
    """Calls back when a text editor loses focus: an edit becomes one undoable step."""

    def __init__(self, callback, parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class ClaimDetail(QWidget):
    openAppearance = Signal(str, int, int)
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
        self.claim_text.setTabChangesFocus(True)  # Tab moves on (and commits), as in a form
        self.claim_text.installEventFilter(_CommitOnLeave(self.commit_text, self))
        self.verdict = QComboBox()
        self.verdict.activated.connect(self._verdict_chosen)
        self.reviewer = QLineEdit()
        self.reviewer.editingFinished.connect(self.commit_reviewer)
        self.rationale = QPlainTextEdit()
        self.rationale.setMaximumHeight(110)
        self.rationale.setTabChangesFocus(True)
        self.rationale.installEventFilter(_CommitOnLeave(self.commit_rationale, self))
        self.appearances = QListWidget()
        self.appearances.setWordWrap(True)
        self.appearances.itemActivated.connect(self._appearance_activated)
        self.appearances.itemClicked.connect(self._appearance_activated)
        self.evidence = QListWidget()
        self.evidence.setWordWrap(True)
        self.evidence.itemDoubleClicked.connect(lambda _item: self.edit_evidence())
        # what can be done to an appearance or an evidence item: buttons under each list, and the
        # same actions in each list's context menu
        self.role_button = QToolButton()
        self.role_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.role_menu = QMenu(self.role_button)
        self.role_actions = {}
        for role in model.ROLES:
            action = self.role_menu.addAction("")
            action.setData(role)
            action.setObjectName(f"role_{role}")
            action.triggered.connect(lambda _checked=False, r=role: self.set_role(r))
            self.role_actions[role] = action
        self.role_button.setMenu(self.role_menu)
        self.note_button = QPushButton()
        self.note_button.clicked.connect(lambda: self.edit_highlight_note())
        self.unlink_button = QPushButton()
        self.unlink_button.clicked.connect(lambda: self.unlink())
        self.attach_evidence_button = QPushButton()
        self.attach_evidence_button.setObjectName("attachEvidence")
        self.attach_evidence_button.clicked.connect(lambda: self.attach_evidence())
        self.edit_evidence_button = QPushButton()
        self.edit_evidence_button.clicked.connect(lambda: self.edit_evidence())
        self.delete_evidence_button = QPushButton()
        self.delete_evidence_button.clicked.connect(lambda: self.delete_evidence())
        self.scale_button = QToolButton()
        self.scale_button.clicked.connect(lambda: self.edit_verdict_scale())
        for lst, menu in ((self.appearances, self._appearance_menu), (self.evidence, self._evidence_menu)):
            lst.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            lst.customContextMenuRequested.connect(
                lambda pos, lst=lst, menu=menu: self._context_menu(lst, menu, pos)
            )
            lst.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.history = QListWidget()
        self.history.setWordWrap(True)
        # the closest published fact-checks of the project's library, each with its own Attach button
        self.factchecks = QListWidget()
        self.factchecks.setWordWrap(True)
        self.factchecks.setObjectName("claimFactchecks")
        self.factcheck_note = PlainLabel()
        self.factcheck_note.setWordWrap(True)
        self._factchecks_for: tuple[object, ...] | None = None

        form = QFormLayout()
        self._labels = [PlainLabel() for _ in range(4)]
        form.addRow(self._labels[0], self.claim_text)
        verdict_row = QHBoxLayout()
        verdict_row.addWidget(self.verdict, 1)
        verdict_row.addWidget(self.scale_button)
        form.addRow(self._labels[1], verdict_row)
        form.addRow(self._labels[2], self.reviewer)
        form.addRow(self._labels[3], self.rationale)
        from factdesk.ui.claim_tags import ClaimTagsNote  # the claim's tags and own note

        self.tags_note = ClaimTagsNote(session, self)
        self.tags_note.failed.connect(self.failed)
        form.addRow(self.tags_note)
        self._section_labels = [PlainLabel() for _ in range(4)]
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        bars = {
            self.appearances: (self.role_button, self.note_button, self.unlink_button),
            self.evidence: (
                self.attach_evidence_button,
                self.edit_evidence_button,
                self.delete_evidence_button,
            ),
        }
        for label, widget in zip(
            self._section_labels,
            (self.appearances, self.evidence, self.factchecks, self.history),
            strict=True,
        ):
            label.setObjectName("sectionLabel")
            layout.addWidget(label)
            if widget is self.factchecks:
                layout.addWidget(self.factcheck_note)
            layout.addWidget(widget, 1)
            if widget in bars:
                bar = QHBoxLayout()
                for button in bars[widget]:
                    bar.addWidget(button)
                bar.addStretch(1)
                layout.addLayout(bar)
        session.changed.connect(self._on_changed)
        from factdesk.ui import looks

        looks.apply(self)
        self.retranslate()
        self.show_claim(None)

    # ------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        for label, text in zip(
            self._labels,
            (self.tr("Claim"), self.tr("Verdict"), self.tr("Reviewer"), self.tr("Rationale")),
            strict=True,
        ):
            label.setText(text)
        for label, text in zip(
            self._section_labels,
            (
                self.tr("Appearances across articles"),
                self.tr("Evidence"),
                self.tr("Published fact-checks"),
                self.tr("History"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.rationale.setPlaceholderText(self.tr("Why this verdict: the sources and reasoning."))
        # names for screen readers: the labels above these are not their buddies
        for widget, name in (
            (self.claim_text, self.tr("Claim")),
            (self.reviewer, self.tr("Reviewer")),
            (self.rationale, self.tr("Rationale")),
            (self.appearances, self.tr("Appearances across articles")),
            (self.evidence, self.tr("Evidence")),
            (self.factchecks, self.tr("Published fact-checks")),
            (self.history, self.tr("History")),
        ):
            widget.setAccessibleName(name)
        self.role_button.setText(self.tr("Role"))
        self.role_button.setToolTip(self.tr("How the selected passage relates to the claim"))
        for role, action in self.role_actions.items():
            action.setText(role_text(role))
        self.note_button.setText(self.tr("Highlight note…"))
        self.unlink_button.setText(self.tr("Unlink…"))
        self.unlink_button.setToolTip(
            self.tr("Take the selected passage off this claim (the highlight stays)")
        )
        self.attach_evidence_button.setText(self.tr("Add from a source…"))
        self.attach_evidence_button.setToolTip(
            self.tr("Attach a source of the project (a statement, a data set, a call) to this claim")
        )
        self.edit_evidence_button.setText(self.tr("Edit…"))
        self.delete_evidence_button.setText(self.tr("Delete…"))
        self.scale_button.setText(self.tr("Scale…"))
        self.scale_button.setToolTip(self.tr("Edit the verdict scale: labels, rating values, colours"))
        if not self.session.closed:
            self._factchecks_for = None
            self.show_claim(self.claim_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _label(self, info: VerdictInfo) -> str:
        return verdict_text(info.label_ar, info.label_en)

    def show_claim(self, claim_id: str | None) -> None:
        self._loading = True
        try:
            self.claim_id = claim_id
            self.tags_note.show_claim(claim_id)
            row = self.session.read.get("claim", claim_id) if claim_id else None
            enabled = row is not None
            for w in (self.claim_text, self.verdict, self.reviewer, self.rationale):
                w.setEnabled(enabled)
            self.verdict.clear()
            scale = self.session.read.verdicts()
            for info in scale:
                self.verdict.addItem(chip_icon(info.color), self._label(info), info.key)
            for lst in (self.appearances, self.evidence, self.history):
                lst.clear()
            if row is None:
                self._show_factchecks(None, "")
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
            for a in self.session.read.appearances(claim_id):
                item = QListWidgetItem(
                    f"[{role_text(a.role)}] «{a.quote}»\n{a.article_title}  {isolated(a.published)}"
                )
                item.setData(Qt.ItemDataRole.UserRole, (a.article_id, a.start, a.end))
                item.setData(APPEARANCE_ROLE, a.id)
                item.setData(SPAN_ROLE, a.span_id)
                item.setData(QUOTE_ROLE, a.quote)
                item.setToolTip(self.tr("Open the article at this passage"))
                self.appearances.addItem(item)
            for e in self.session.read.evidence(claim_id):
                text = f"[{stance_text(e.stance)}] {e.source_title}"
                if e.note:
                    text += f" — {e.note}"
                if e.quote:
                    text += f"\n«{e.quote}»"
                item = QListWidgetItem(text)
                item.setData(EVIDENCE_ROLE, e.id)
                self.evidence.addItem(item)
            labels = {v.key: self._label(v) for v in scale}
            self._show_factchecks(claim_id, str(row["text"]), labels)
            for at, before, after in reversed(self.session.read.verdict_changes(claim_id)):
                when = at[:16].replace("T", " ")
                if before is None:
                    self.history.addItem(f"{when}  {labels.get(after, after)}")
                else:
                    self.history.addItem(
                        f"{when}  {labels.get(before, before)} ← {labels.get(after, after)}"
                        if i18n.current_language() == "ar"
                        else f"{when}  {labels.get(before, before)} → {labels.get(after, after)}"
                    )
        finally:
            self._loading = False
            self._update_buttons()

    def _update_buttons(self) -> None:
        writable = self.claim_id is not None and not self.session.closed and not self.session.project.readonly
        appearance = writable and self.appearances.currentItem() is not None
        for w in (self.role_button, self.note_button, self.unlink_button):
            w.setEnabled(appearance)
        self.attach_evidence_button.setEnabled(writable)
        evidence = writable and self.evidence.currentItem() is not None
        self.edit_evidence_button.setEnabled(evidence)
        self.delete_evidence_button.setEnabled(evidence)
        self.scale_button.setEnabled(not self.session.closed and not self.session.project.readonly)
        item = self.appearances.currentItem()
        if item is not None and self.claim_id:
            row = self.session.read.get("appearance", str(item.data(APPEARANCE_ROLE))) or {}
            for role, action in self.role_actions.items():
                action.setCheckable(True)
                action.setChecked(row.get("role") == role)

    # ------------------------------------------------------------------------------------------
    # appearances and evidence: each change one operation, one undo step

    def _context_menu(self, lst: QListWidget, build, pos) -> None:
        item = lst.itemAt(pos)
        if self.claim_id is None or (item is None and lst is not self.evidence):
            return
        if item is None:
            lst.setCurrentRow(-1)  # the empty part of the evidence list: only «Add from a source…»
        else:
            lst.setCurrentItem(item)
        menu = build()
        menu.exec(lst.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _appearance_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setLayoutDirection(dialogs.interface_direction())
        menu.addAction(
            self.tr("Open in the article"), lambda: self._appearance_activated(self.appearances.currentItem())
        )
        roles = menu.addMenu(self.tr("Role"))
        for action in self.role_actions.values():
            roles.addAction(action)
        menu.addAction(self.tr("Highlight note…"), lambda: self.edit_highlight_note())
        menu.addSeparator()
        menu.addAction(self.tr("Unlink from this claim…"), lambda: self.unlink())
        return menu

    def _evidence_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setLayoutDirection(dialogs.interface_direction())
        attach = menu.addAction(self.tr("Add evidence from a source…"), lambda: self.attach_evidence())
        attach.setObjectName("attach_evidence")
        attach.setEnabled(not self.session.project.readonly)
        if self.evidence.currentItem() is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Edit evidence…"), lambda: self.edit_evidence())
            menu.addAction(self.tr("Delete evidence…"), lambda: self.delete_evidence())
        return menu

    def _current(self, lst: QListWidget, role: int) -> str | None:
        item = lst.currentItem()
        return str(item.data(role)) if item is not None and item.data(role) else None

    def set_role(self, role: str, appearance_id: str | None = None) -> None:
        """Say how the selected passage relates to the claim (asserts, denies, a different figure)."""
        appearance_id = appearance_id or self._current(self.appearances, APPEARANCE_ROLE)
        if appearance_id:
            self._run(ops.SetRole(appearance_id, role))

    def unlink(self, appearance_id: str | None = None) -> bool:
        """Take the selected passage off the claim after asking; the highlight stays. True if done."""
        appearance_id = appearance_id or self._current(self.appearances, APPEARANCE_ROLE)
        row = self.session.read.get("appearance", appearance_id) if appearance_id else None
        if row is None:
            return False
        span = self.session.read.get("span", str(row["span_id"])) or {}
        article = self.session.read.get("article", str(span.get("article_id"))) or {}
        text = (
            self.tr(
                "Take the passage «%1» off this claim? The highlight stays in the article «%2». "
                "You can undo this."
            )
            .replace("%1", embed(str(span.get("quote") or "")))
            .replace("%2", embed(str(article.get("title") or "")) or self.tr("(untitled)"))
        )
        if not dialogs.confirm(self, self.tr("Unlink"), text, yes=self.tr("Unlink")):
            return False
        return self._run(ops.Unlink(appearance_id))

    def edit_highlight_note(self, span_id: str | None = None, note: str | None = None) -> bool:
        """Change the note of the selected passage's highlight (asked unless ``note`` is given)."""
        span_id = span_id or self._current(self.appearances, SPAN_ROLE)
        row = self.session.read.get("span", span_id) if span_id else None
        if row is None:
            return False
        if note is None:
            dialog = QInputDialog(self)
            dialog.setLayoutDirection(dialogs.interface_direction())
            dialog.setWindowTitle(self.tr("Highlight note"))
            quote = embed(str(row["quote"])[:200])
            dialog.setLabelText(literal(self.tr("A note on the highlight «%1»:").replace("%1", quote)))
            dialog.setTextValue(str(row["note"] or ""))
            dialog.setOkButtonText(self.tr("Save"))
            dialog.setCancelButtonText(self.tr("Cancel"))
            try:
                if dialog.exec() != QInputDialog.DialogCode.Accepted:
                    return False
                note = dialog.textValue().strip()
            finally:
                dialog.deleteLater()
        return self._run(ops.EditSpan(span_id, note=note))

    def edit_evidence(
        self, evidence_id: str | None = None, stance: str | None = None, note: str | None = None
    ) -> bool:
        """Change the selected evidence's stance and note (asked unless given); True if changed."""
        evidence_id = evidence_id or self._current(self.evidence, EVIDENCE_ROLE)
        row = self.session.read.get("evidence", evidence_id) if evidence_id else None
        if row is None:
            return False
        if stance is None and note is None:
            from factdesk.ui.edit_dialogs import ask_evidence_change

            asked = ask_evidence_change(self.session, self, evidence_id)
            return asked is not None and self._run(asked)
        return self._run(ops.EditEvidence(evidence_id, stance=stance, note=note))

    def delete_evidence(self, evidence_id: str | None = None) -> bool:
        """Delete the selected evidence after asking; the claim and the source stay. True if deleted."""
        evidence_id = evidence_id or self._current(self.evidence, EVIDENCE_ROLE)
        row = self.session.read.get("evidence", evidence_id) if evidence_id else None
        if row is None:
            return False
        source = self.session.read.get("source", str(row["source_id"])) or {}
        text = (
            self.tr("Delete this evidence (%1: «%2»)? The claim and the source stay. You can undo this.")
            .replace("%1", stance_text(str(row["stance"])))
            .replace("%2", embed(str(source.get("title") or "")))
        )
        if not dialogs.confirm(self, self.tr("Delete evidence"), text, yes=self.tr("Delete")):
            return False
        return self._run(ops.DeleteEvidence(evidence_id))

    def attach_evidence(self) -> str | None:
        """Attach a source already in the project (an official statement, a data set, a phone call) to
        the claim as evidence, with a stance and a note, asked in a dialog: one undoable step. The new
        evidence is selected; its id, or None."""
        if not self.claim_id or self.session.closed:
            return None
        from factdesk.ui.edit_dialogs import attach_evidence

        evidence_id = attach_evidence(self.session, self, claim_id=self.claim_id)
        if evidence_id:
            for i in range(self.evidence.count()):
                if self.evidence.item(i).data(EVIDENCE_ROLE) == evidence_id:
                    self.evidence.setCurrentRow(i)
        return evidence_id

    def edit_verdict_scale(self) -> bool:
        """The project's verdict scale in a dialog; what changed is one undoable step."""
        from factdesk.ui.scale_editor import VerdictScaleDialog

        return VerdictScaleDialog.edit(self.session, self)

    # ------------------------------------------------------------------------------------------
    # published fact-checks: the library's closest matches, each attached in one click

    def _show_factchecks(self, claim_id: str | None, text: str, labels: dict[str, str] | None = None) -> None:
        """List the library's closest matches of the claim's words. Matching takes some 8 ms on a
        library of 10,000 items (bench/assist_factchecks.py), so it runs here, and only again when
        the claim's words, the library or what is attached to the claim changed."""
        from factdesk.app.factchecks import MIN_SCORE, match

        if claim_id is None:
            self._factchecks_for = None
            self.factchecks.clear()
            self.factcheck_note.setText("")
            self.factcheck_note.setVisible(False)
            return
        size = self.session.read.factcheck_count()
        attached = {e.url for e in self.session.read.evidence(claim_id) if e.url}
        key = (claim_id, text, size, frozenset(attached))
        if key == self._factchecks_for:
            return
        self._factchecks_for = key
        self.factchecks.clear()
        if size == 0:
            self.factcheck_note.setVisible(True)
            self.factcheck_note.setText(
                self.tr(
                    "The project's library of published fact-checks is empty: Claim → Fact-check library… imports one."
                )
            )
            return
        found = match(self.session.read, text, limit=FACTCHECK_MATCHES, min_score=MIN_SCORE)
        self.factcheck_note.setText(
            "" if found else self.tr("No published fact-check of the library is close to this claim.")
        )
        self.factcheck_note.setVisible(not found)
        scale = labels or {v.key: self._label(v) for v in self.session.read.verdicts()}
        writable = not self.session.project.readonly
        for m in found:
            h = m.item
            rating = h.rating or self.tr("(no rating)")
            verdict = scale.get(h.verdict, h.verdict)
            if verdict and verdict != rating:
                rating = f"{rating} ({verdict})"
            line = joined(
                [h.publisher or h.site, rating, isolated(h.review_date[:10]) if h.review_date else ""]
            )
            item = QListWidgetItem()
            item.setData(FACTCHECK_ROLE, h.id)
            item.setToolTip(literal(h.url))
            row = QWidget()
            box = QHBoxLayout(row)
            box.setContentsMargins(4, 2, 4, 2)
            words = PlainLabel(f"«{h.claim}»\n{line}")
            words.setWordWrap(True)
            words.setToolTip(literal(h.url))
            button = QPushButton(self.tr("Attached") if h.url in attached else self.tr("Attach as source"))
            button.setObjectName("attachFactcheck")
            button.setEnabled(writable and h.url not in attached)
            button.setToolTip(
                self.tr(
                    "Add this fact-check as a source of the claim, with evidence whose stance follows its rating"
                )
            )
            button.clicked.connect(lambda _checked=False, fid=h.id: self.attach_factcheck(fid))
            box.addWidget(words, 1)
            box.addWidget(button)
            item.setSizeHint(row.sizeHint())
            self.factchecks.addItem(item)
            self.factchecks.setItemWidget(item, row)

    def factcheck_ids(self) -> list[str]:
        """The published fact-checks listed for the claim, best first."""
        return [str(self.factchecks.item(i).data(FACTCHECK_ROLE)) for i in range(self.factchecks.count())]

    def attach_factcheck(self, factcheck_id: str) -> bool:
        """Make the published fact-check a source of the claim, with evidence (one undoable step)."""
        from factdesk.app.factchecks import attach

        if not self.claim_id:
            return False
        return self._run(attach(self.claim_id, factcheck_id))

    # ------------------------------------------------------------------------------------------
    # edits: each one operation, one undo step

    def _run(self, op: ops.Operation) -> bool:
        try:
            self.session.run(op, origin=self)
        except OperationError as exc:
            self.failed.emit(str(exc))
            self.show_claim(self.claim_id)
            return False
        return True

    def _verdict_chosen(self, index: int) -> None:
        if self._loading or not self.claim_id:
            return
        key = self.verdict.itemData(index)
        row = self.session.read.get("claim", self.claim_id)
        if row and row["verdict"] != key:
            self._run(ops.SetVerdict(self.claim_id, key))

    def set_verdict(self, key: str) -> None:
        if self.claim_id:
            self._run(ops.SetVerdict(self.claim_id, key))

    def commit_text(self) -> None:
        if self._loading or not self.claim_id:
            return
        row = self.session.read.get("claim", self.claim_id)
        text = self.claim_text.toPlainText().strip()
        if row and text and text != row["text"]:
            self._run(ops.EditClaim(self.claim_id, text=text))

    def commit_rationale(self) -> None:
        if self._loading or not self.claim_id:
            return
        row = self.session.read.get("claim", self.claim_id)
        text = self.rationale.toPlainText()
        if row and text != row["rationale"]:
            self._run(ops.EditClaim(self.claim_id, rationale=text))

    def commit_reviewer(self) -> None:
        if self._loading or not self.claim_id:
            return
        row = self.session.read.get("claim", self.claim_id)
        if row and self.reviewer.text() != row["reviewer"]:
            self._run(ops.EditClaim(self.claim_id, reviewer=self.reviewer.text()))

    def _appearance_activated(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        article_id, start, end = item.data(Qt.ItemDataRole.UserRole)
        self.openAppearance.emit(article_id, start, end)

    def _on_changed(self, changes: Changes, origin: object) -> None:
        if self.claim_id is None or self.session.closed:
            return
        if changes.touches("verdict"):
            self._factchecks_for = None  # the verdict words of the ratings shown may have changed
        if changes.touches(
            "claim", "appearance", "evidence", "source", "span", "article", "verdict", "factcheck"
        ):
            if origin is self and changes.kinds == {"claim"}:
                # our own edit: the editors already show it; refresh only the history. The
                # editor keeps the focus only if it still has it: an edit is committed as focus
                # leaves, and taking the focus back would send the next Ctrl+Z into the editor.
                focus = QApplication.focusWidget()
                kept = focus if focus is not None and self.isAncestorOf(focus) else None
                self.show_claim(self.claim_id)
                if kept is not None:
                    kept.setFocus()
                return
            self.show_claim(self.claim_id)
