"""The sources panel: the project's sources, filtered as you type, and a form for the selected one.

An edit is saved when its field loses focus or Enter is pressed (a choice in a list is saved at
once), as one :class:`~factdesk.core.operations.EditSource` holding only the fields that changed, so
that one undo reverts one edit. The form follows the project: when undo or redo changes the source
on show, the form shows the source as it now is.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from factdesk.core import model
from factdesk.core import operations as ops
from factdesk.core.operations import Changes, OperationError
from factdesk.nlp.fold import fold
from factdesk.ui import dialogs
from factdesk.ui.dialogs import DateEdit, embed, interface_direction
from factdesk.ui.labels import reliability_text, source_kind_text, stance_text
from factdesk.ui.models import ID_ROLE, SourceListModel
from factdesk.ui.session import ProjectSession
from factdesk.ui.widgets import PlainLabel, literal

#: The fields of the form, in the order they are shown (names as the project stores them).
FIELDS = ("kind", "title", "url", "publisher", "published", "accessed", "reliability", "notes")
#: Other names tests and callers may use for a field.
ALIASES = {"date": "published", "accessed date": "accessed", "accessed_date": "accessed"}
#: The fields written as text and saved as typed, ends trimmed.
_LINE_FIELDS = ("title", "url", "publisher")
_DATE_FIELDS = ("published", "accessed")
_STANCE_ROLE = Qt.ItemDataRole.UserRole + 10
_CLAIM_TEXT_ROLE = Qt.ItemDataRole.UserRole + 11
_EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 12


class SourceFilter(QSortFilterProxyModel):
    """Keeps the sources whose title, publisher, web address or notes contain the typed text,
    Arabic folded (diacritics, hamza and taa marbuta spellings do not matter)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        source = self.sourceModel()
        row = source.item(source_row) if isinstance(source, SourceListModel) else None
        if row is None:
            return False
        hay = " ".join(str(row.get(k) or "") for k in ("title", "publisher", "url", "notes"))
        return self._needle in fold(hay)


class SourcesPanel(QWidget):
    """The project's sources and the selected source's details."""

    sourceSelected = Signal(str)
    claimActivated = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._current: str | None = None
        self._loading = False
        self._committing = False
        if interface_direction() == Qt.LayoutDirection.RightToLeft:
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)

        # the list
        self.model = SourceListModel(session, self)
        self.model.reload()
        self.proxy = SourceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.new_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.attach_button = QPushButton(self)  # this source as evidence for a claim
        self.attach_button.setObjectName("attachSource")
        self.count_label = PlainLabel(self)

        list_side = QWidget(self)
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.filter_edit)
        list_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        list_layout.addLayout(buttons)

        # the form
        self.form_side = QWidget(self)
        self._fields: dict[str, QWidget] = {}
        kind = QComboBox(self.form_side)
        for value in model.SOURCE_KINDS:
            kind.addItem(source_kind_text(value), value)
        reliability = QComboBox(self.form_side)
        for value in model.RELIABILITY:
            reliability.addItem(reliability_text(value), value)
        title, url, publisher = (QLineEdit(self.form_side) for _ in range(3))
        url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        url.setPlaceholderText("https://")
        published, accessed = DateEdit(self.form_side), DateEdit(self.form_side)
        notes = QPlainTextEdit(self.form_side)
        notes.setTabChangesFocus(True)
        notes.setMinimumHeight(70)
        notes.setMaximumHeight(140)
        self._fields = {
            "kind": kind,
            "title": title,
            "url": url,
            "publisher": publisher,
            "published": published,
            "accessed": accessed,
            "reliability": reliability,
            "notes": notes,
        }
        self.article_label = PlainLabel(self.form_side)
        self.article_label.setWordWrap(True)
        self.article_label.limit_lines(4)
        self.article_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.evidence_list = QListWidget(self.form_side)
        self.evidence_list.setWordWrap(True)
        self.evidence_list.setMinimumHeight(90)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._labels: dict[str, PlainLabel] = {}
        for name in FIELDS:
            label = PlainLabel(self.form_side)
            label.setBuddy(self._fields[name])
            self._labels[name] = label
            self.form.addRow(label, self._fields[name])
            if name in _DATE_FIELDS:
                self.form.addRow("", self._date(name).message)
        self.form.addRow("", self.article_label)
        self._labels["evidence"] = PlainLabel(self.form_side)
        form_layout = QVBoxLayout(self.form_side)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(self.form)
        form_layout.addWidget(self._labels["evidence"])
        form_layout.addWidget(self.evidence_list, 1)
        for name in ("kind", "reliability"):
            self._fields[name].setMinimumWidth(200)

        # the list above the form: side by side they need 500 pixels, and the side pane of the
        # window widened (and the reader narrowed) the moment this tab was opened
        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("sourcesSplitter")
        splitter.addWidget(list_side)
        # the form scrolls in its part: its fields never make the window taller than the screen
        form_scroll = QScrollArea(self)
        form_scroll.setObjectName("sourceFormScroll")
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus, not it
        form_scroll.setWidget(self.form_side)
        splitter.addWidget(form_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        # wiring: the model is connected to session.changed first, so it has reloaded when we look
        for name in (*_LINE_FIELDS, *_DATE_FIELDS):
            edit = self._fields[name]
            assert isinstance(edit, QLineEdit)
            edit.editingFinished.connect(self.commit)
        kind.activated.connect(self.commit)
        reliability.activated.connect(self.commit)
        notes.installEventFilter(self)
        self.filter_edit.textChanged.connect(self._filter)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.proxy.modelReset.connect(self._reselect)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.new_button.clicked.connect(self.new_source)
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.attach_button.clicked.connect(lambda: self.attach_to_claim())
        for view, build in ((self.table, self._source_menu), (self.evidence_list, self._evidence_menu)):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda pos, view=view, build=build: self._context_menu(view, build, pos)
            )
        self.evidence_list.itemDoubleClicked.connect(self._evidence_activated)
        session.changed.connect(self._on_changed)

        self.retranslate()
        self._show(None)

    # ------------------------------------------------------------------------------------------
    # public

    def field(self, name: str) -> QWidget:
        """The editor of a source field: kind, title, url, publisher, published (or date), accessed,
        reliability, notes."""
        return self._fields[ALIASES.get(name, name)]

    def current_id(self) -> str | None:
        return self._current

    def select_source(self, source_id: str | None) -> bool:
        """Show ``source_id`` (clearing the filter if it hides it); False if there is no such source."""
        if source_id is None:
            self.table.selectionModel().clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            self._show(None)
            return True
        row = self.model.row_of(source_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        if self._current != source_id:  # the view's current row did not move: show it ourselves
            self._show(source_id)
        return True

    def new_source(self) -> str | None:
        """Add a source with a placeholder title, select it and put the cursor in its title."""
        self.commit()
        op = ops.AddSource(self.tr("New source"))
        if not self._run(op):
            return None
        self.select_source(op.id)
        title = self.field("title")
        assert isinstance(title, QLineEdit)
        title.setFocus()
        title.selectAll()
        return op.id

    def delete_selected(self, confirm: bool = True) -> bool:
        """Delete the selected source and the evidence that cites it, after asking (unless
        ``confirm`` is False). True if it was deleted."""
        source_id = self._current
        row = self.session.read.get("source", source_id) if source_id else None
        if source_id is None or row is None:
            return False
        cited = len(self.session.read.find("evidence", "source_id", source_id))
        if confirm:
            if cited:
                text = self.tr(
                    "Delete the source «%1»? The %n evidence item(s) citing it will be deleted "
                    "with it. You can undo this.",
                    "",
                    cited,
                )
            else:
                text = self.tr("Delete the source «%1»? No claim cites it. You can undo this.")
            if not dialogs.confirm(
                self,
                self.tr("Delete source"),
                text.replace("%1", embed(str(row["title"]))),
                yes=self.tr("Delete"),
            ):
                return False
        proxy_row = self.table.currentIndex().row()
        if not self._run(ops.DeleteSource(source_id)):
            return False
        count = self.proxy.rowCount()
        if count:
            neighbour = self.proxy.index(min(max(proxy_row, 0), count - 1), 0)
            self.select_source(str(neighbour.data(ID_ROLE)))
        else:
            self.select_source(None)
        return True

    def commit(self) -> bool:
        """Save what changed in the form as one EditSource; True unless something was refused."""
        if self._loading or self._committing or self._current is None:
            return True
        row = self.session.read.get("source", self._current)
        if row is None:
            return True
        values = self._form_values()
        changed = {k: v for k, v in values.items() if (row.get(k) or "") != v}
        if not changed:
            self._load(row, same=True)  # show what was typed the standard way (٢٠١٧-٠٦-٠١ -> 2017-06-01)
            return True
        self._committing = True
        try:
            return self._run(ops.EditSource(self._current, changed))
        finally:
            self._committing = False

    # ------------------------------------------------------------------------------------------
    # the form

    def _date(self, name: str) -> DateEdit:
        edit = self._fields[name]
        assert isinstance(edit, DateEdit)
        return edit

    def _form_values(self) -> dict[str, object]:
        """The form's values, dates normalised; a date that is not one is flagged and left out."""
        f = self._fields
        values: dict[str, object] = {}
        for name in ("kind", "reliability"):
            combo = f[name]
            assert isinstance(combo, QComboBox)
            values[name] = str(combo.currentData())
        for name in _LINE_FIELDS:
            edit = f[name]
            assert isinstance(edit, QLineEdit)
            values[name] = edit.text().strip()
        for name in _DATE_FIELDS:
            value = self._date(name).check()
            if value is not None:
                values[name] = value
        notes = f["notes"]
        assert isinstance(notes, QPlainTextEdit)
        values["notes"] = notes.toPlainText()
        return values

    def _show(self, source_id: str | None) -> None:
        """Show a source in the form (or an empty, disabled form)."""
        previous = self._current
        self._current = source_id
        row = self.session.read.get("source", source_id) if source_id else None
        if row is None:
            self._current = None
        self._load(row, same=previous == self._current)
        self.delete_button.setEnabled(row is not None)
        self.attach_button.setEnabled(row is not None and not self.session.project.readonly)
        if self._current is not None and self._current != previous:
            self.sourceSelected.emit(self._current)

    def _load(self, row: dict[str, object] | None, *, same: bool) -> None:
        self._loading = True
        try:
            self.form_side.setEnabled(row is not None)
            f = self._fields
            for name in ("kind", "reliability"):
                combo = f[name]
                assert isinstance(combo, QComboBox)
                value = (row or {}).get(name) or (model.SOURCE_KINDS[0] if name == "kind" else "unknown")
                combo.setCurrentIndex(max(0, combo.findData(value)))
            for name in (*_LINE_FIELDS, *_DATE_FIELDS):
                edit = f[name]
                assert isinstance(edit, QLineEdit)
                if isinstance(edit, DateEdit):
                    if same and edit.is_flagged():
                        continue  # keep what the user typed in front of its message
                    edit.message.hide()
                value = str((row or {}).get(name) or "")
                if edit.text() != value:
                    edit.setText(value)
                    edit.setCursorPosition(0)
            notes = f["notes"]
            assert isinstance(notes, QPlainTextEdit)
            value = str((row or {}).get("notes") or "")
            if notes.toPlainText() != value:
                notes.setPlainText(value)
            self._load_article(row)
            self._load_evidence()
        finally:
            self._loading = False

    def _load_article(self, row: dict[str, object] | None) -> None:
        article_id = (row or {}).get("article_id")
        article = self.session.read.get("article", str(article_id)) if article_id else None
        if article is None:
            self.article_label.hide()
            return
        title = str(article.get("title") or "") or self.tr("(untitled)")
        self.article_label.setText(
            self.tr("This source is the article «%1» of this project.").replace("%1", embed(title))
        )
        self.article_label.show()

    def _load_evidence(self) -> None:
        self.evidence_list.clear()
        if self._current is None:
            return
        project = self.session.project
        for ev in project.read.find("evidence", "source_id", self._current):
            claim = project.read.get("claim", str(ev["claim_id"]))
            if claim is None:
                continue
            item = QListWidgetItem()
            item.setData(ID_ROLE, claim["id"])
            item.setData(_EVIDENCE_ROLE, str(ev["id"]))
            item.setData(_STANCE_ROLE, str(ev["stance"]))
            item.setData(_CLAIM_TEXT_ROLE, str(claim["text"]))
            note = str(ev.get("note") or "")
            if note:
                item.setToolTip(literal(note))
            self.evidence_list.addItem(item)
        if self.evidence_list.count() == 0:
            item = QListWidgetItem()
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.evidence_list.addItem(item)
        self._label_evidence()

    def _label_evidence(self) -> None:
        """The evidence lines' words, in the current language (no database access)."""
        for i in range(self.evidence_list.count()):
            item = self.evidence_list.item(i)
            if item.data(ID_ROLE):
                item.setText(
                    self.tr("%1: %2")
                    .replace("%1", stance_text(str(item.data(_STANCE_ROLE))))
                    .replace("%2", embed(str(item.data(_CLAIM_TEXT_ROLE))))
                )
            else:
                item.setText(self.tr("No claim cites this source yet."))

    # ------------------------------------------------------------------------------------------
    # evidence: this source attached to a claim, its stance and note changed, removed

    def attach_to_claim(self) -> str | None:
        """Attach the selected source to a claim as evidence (the claim, stance and note asked in a
        dialog): one undoable step. The new evidence's id, or None."""
        if self._current is None or not self.commit():
            return None
        from factdesk.ui.edit_dialogs import attach_evidence

        return attach_evidence(self.session, self, source_id=self._current)

    def _context_menu(self, view: QAbstractItemView, build, pos) -> None:
        index = view.indexAt(pos)
        current = view.currentIndex()
        if current.isValid() and current.row() != index.row():
            # asked from the keyboard (the menu key): a right-click makes its row current first
            index, pos = current, view.visualRect(current).center()
        if not index.isValid() or not index.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        view.setCurrentIndex(index)
        menu = build()
        menu.setLayoutDirection(interface_direction())
        menu.exec(view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _source_menu(self) -> QMenu:
        menu = QMenu(self)
        writable = not self.session.project.readonly
        attach = menu.addAction(self.tr("Use as evidence for a claim…"), lambda: self.attach_to_claim())
        attach.setObjectName("attach_source")
        delete = menu.addAction(self.tr("Delete source…"), lambda: self.delete_selected())
        delete.setObjectName("delete_source")
        for action in (attach, delete):
            action.setEnabled(writable)
        return menu

    def _evidence_menu(self) -> QMenu:
        from factdesk.ui import edit_dialogs

        menu = QMenu(self)
        item = self.evidence_list.currentItem()
        evidence_id = str(item.data(_EVIDENCE_ROLE)) if item is not None else ""
        writable = not self.session.project.readonly
        show = menu.addAction(self.tr("Show the claim"), lambda: item and self._evidence_activated(item))
        show.setObjectName("show_claim")
        edit = menu.addAction(
            self.tr("Edit evidence…"), lambda: edit_dialogs.edit_evidence(self.session, self, evidence_id)
        )
        edit.setObjectName("edit_evidence")
        delete = menu.addAction(
            self.tr("Delete evidence…"), lambda: edit_dialogs.delete_evidence(self.session, self, evidence_id)
        )
        delete.setObjectName("delete_evidence")
        for action in (edit, delete):
            action.setEnabled(writable and bool(evidence_id))
        return menu

    def _evidence_activated(self, item: QListWidgetItem) -> None:
        claim_id = item.data(ID_ROLE)
        if claim_id:
            self.claimActivated.emit(str(claim_id))

    # ------------------------------------------------------------------------------------------
    # reactions

    def _run(self, op: ops.Operation) -> bool:
        try:
            self.session.run(op, self)
        except OperationError as exc:
            # not from inside a focus change: show the message once the event has finished
            message = str(exc)
            QTimer.singleShot(0, self, lambda: self.explain(message))
            self._show(self._current)  # back to what the project holds
            return False
        return True

    def explain(self, message: str) -> None:
        """Tell the user why an edit was refused (a message box; tests replace it)."""
        dialogs.show_error(self, message)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()
        if self._current is not None and self.model.row_of(self._current) >= 0:
            index = self.proxy.mapFromSource(self.model.index(self.model.row_of(self._current), 0))
            if index.isValid():
                self.table.scrollTo(index)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        source_id = current.data(ID_ROLE) if current.isValid() else None
        if source_id == self._current:
            return
        self.commit()
        self._show(str(source_id) if source_id else None)

    def _reselect(self) -> None:
        """After the list reloads (a source added or deleted), keep the same source selected."""
        self._update_count()
        if self._current is None or self.model.row_of(self._current) < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(self.model.row_of(self._current), 0))
        if index.isValid():
            self.table.selectionModel().blockSignals(True)
            try:
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
            finally:
                self.table.selectionModel().blockSignals(False)
            self.table.viewport().update()

    def _on_changed(self, changes: Changes, _origin: object) -> None:
        if self._current is not None and self.session.read.get("source", self._current) is None:
            self.select_source(None)  # deleted, by this panel or by undo
            return
        if self._current is not None and ("source", self._current) in changes.keys:
            self._show(self._current)
        elif changes.touches("evidence", "claim"):
            self._load_evidence()
        elif changes.touches("article") and self.article_label.isVisible():
            self._show(self._current)

    def _update_count(self, *_: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n source(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("Sources shown: %1 of %2").replace("%1", str(shown)).replace("%2", str(total))
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        notes = self._fields.get("notes")
        if watched is notes and event.type() == QEvent.Type.FocusOut:
            self.commit()
        elif (
            watched is notes
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commit()
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------------------------------
    # language

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(
            self.tr("Filter the sources by title, publisher, address or notes")
        )
        self.new_button.setText(self.tr("New source"))
        self.filter_edit.setAccessibleName(self.tr("Filter the sources"))
        self.table.setAccessibleName(self.tr("Sources"))
        self.evidence_list.setAccessibleName(self.tr("Used as evidence for"))
        self.delete_button.setText(self.tr("Delete source"))
        self.attach_button.setText(self.tr("Use as evidence…"))
        self.attach_button.setToolTip(
            self.tr("Attach this source to a claim as evidence, with a stance and a note")
        )
        labels = {
            "kind": self.tr("Kind:"),
            "title": self.tr("Title:"),
            "url": self.tr("Web address:"),
            "publisher": self.tr("Publisher:"),
            "published": self.tr("Date:"),
            "accessed": self.tr("Consulted on:"),
            "reliability": self.tr("Reliability:"),
            "notes": self.tr("Notes:"),
            "evidence": self.tr("Used as evidence for:"),
        }
        for name, text in labels.items():
            self._labels[name].setText(text)
        notes = self._fields["notes"]
        assert isinstance(notes, QPlainTextEdit)
        notes.setPlaceholderText(self.tr("Notes are saved when you leave the field, or with Ctrl+Enter."))
        for name, text_of in (("kind", source_kind_text), ("reliability", reliability_text)):
            combo = self._fields[name]
            assert isinstance(combo, QComboBox)
            for i in range(combo.count()):
                combo.setItemText(i, text_of(str(combo.itemData(i))))
        self._update_count()
        self._label_evidence()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["SourceFilter", "SourcesPanel"]
