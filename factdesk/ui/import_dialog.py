"""Check an article before its text is frozen, and say what happened to each file of an import.

:class:`ImportReviewDialog` shows one file (or a pasted web page) as :func:`factdesk.importers.load`
read it: the text that would be imported, the metadata found (title, outlet, author, place, web
address, date), the lines taken out around the article (each can be kept), the lines that may be a
dateline (each can be accepted), the hidden characters by name, any web page code left in the text, the
importer's warnings and, for text and web pages, the encoding, with the candidates' previews when the
guess was not sure. Changing the encoding or the folding of presentation forms
reads the file again. Nothing is stored: :meth:`ImportReviewDialog.result_operation` returns the
:class:`~factdesk.core.operations.ImportArticle` for the caller to run as one undoable step.

:class:`ImportResultsDialog` lists the outcome of a several-file import in a table: imported,
duplicate of which article, or failed and why.

The importers speak English; what they say reaches the user here in the interface language
(:func:`refusal_text`, :func:`warning_text`).
"""

from __future__ import annotations

import codecs
import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from factdesk.app.imports import describe_origin, operation_from_result
from factdesk.core import metadata
from factdesk.core import operations as ops
from factdesk.core import text as textrules
from factdesk.importers import ImportResult, load
from factdesk.importers.errors import ImportRefused
from factdesk.importers.leaks import find_leaked_code
from factdesk.importers.news import Proposal
from factdesk.importers.plaintext import pretty_encoding
from factdesk.importers.report import accept_proposal, hidden_characters, text_with_choices
from factdesk.ui import looks
from factdesk.ui.dialogs import (
    ERROR_COLOR,
    article_fields,
    embed,
    interface_direction,
)
from factdesk.ui.import_texts import (
    COMMON_ENCODINGS,
    ENCODED_FORMATS,
    MUTED_COLOR,
    UNCERTAIN,
    WARNING_COLOR,
    align_right,
    encoding_name,
    format_name,
    hidden_names_text,
    hidden_text,
    leaks_text,
    proposal_text,
    refusal_text,
    uncertain_text,
    warning_text,
)
from factdesk.ui.widgets import PlainLabel, fit_to_screen, literal


class ImportReviewDialog(QDialog):
    """One article as it would be imported, to check and correct before its text is frozen.

    ``source`` is a path or the file's bytes, ``name`` its name (for messages and its extension);
    ``result`` is what :func:`~factdesk.importers.load` already made of it (read here when None, which
    may raise :class:`ImportRefused`). ``pasted`` marks text from the clipboard: there is no encoding to
    choose. With a ``project``, a text already in it is flagged and cannot be imported again.
    """

    def __init__(
        self,
        source: str | os.PathLike[str] | bytes,
        *,
        name: str,
        result: ImportResult | None = None,
        pasted: bool = False,
        project: ops.Reader | None = None,
        font: QFont | None = None,
        parent: QWidget | None = None,
    ) -> None:
        if result is None:  # before the dialog exists: a refusal leaves no half-made child behind
            result = load(source, name=name)
        super().__init__(parent)
        self.source = source
        self.name = name
        self.pasted = pasted
        self.project = project
        self.result = result
        self._first = self.result  # its candidates stay in the picker whatever is chosen later
        self._encoding: str | None = None  # chosen by the user; None: as detected
        self._typed: set[str] = set()  # fields the user wrote in: a new reading no longer replaces them
        self._put_back: set[tuple[str, str]] = set()  # (kind, line) the user kept in the text
        self._accepted: list[str] = []  # the proposed datelines the user accepted, by line
        self._filling = False
        self.setLayoutDirection(interface_direction())
        self.setWindowTitle(self.tr("Check the article before importing"))
        fit_to_screen(self, 1180, 780)

        self.file_label = QLabel(self)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setWordWrap(True)
        self.file_label.setObjectName("sectionLabel")

        # the text, as it will be frozen
        self.preview = QPlainTextEdit(self)
        self.preview.setAccessibleName(self.tr("The text, as it will be imported"))
        self.preview.setReadOnly(True)
        align_right(self.preview)  # Arabic text, whatever the interface's language
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        if font is not None:
            self.preview.setFont(font)
        looks.paper(self.preview)
        self.size_label = QLabel(self)
        self.size_label.setTextFormat(Qt.TextFormat.PlainText)
        text_box = QWidget(self)
        text_layout = QVBoxLayout(text_box)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_title = PlainLabel(self.tr("The text that will be imported:"), self)
        text_title.setObjectName("sectionLabel")
        text_layout.addWidget(text_title)
        text_layout.addWidget(self.preview, 1)
        text_layout.addWidget(self.size_label)

        # metadata
        form = article_fields(self)
        details_box = QGroupBox(self.tr("About the article"), self)
        details_box.setLayout(form)

        # what is proposed for removal
        removals_box = QGroupBox(self.tr("Lines taken out of the text"), self)
        removals_layout = QVBoxLayout(removals_box)
        self.removals_hint = PlainLabel(
            self.tr("Ticked lines are taken out of the text; untick a line to keep it."), self
        )
        self.removals_hint.setWordWrap(True)
        self.removals_list = QListWidget(self)
        self.removals_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.removals_list.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.removals_list.setMaximumHeight(170)
        self.removals_list.setWordWrap(True)  # a long title line wraps rather than hides its end
        self.removals_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.removals_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nothing_removed_label = PlainLabel(self.tr("Nothing is proposed for removal."), self)
        self.nothing_removed_label.setWordWrap(True)
        removals_layout.addWidget(self.removals_hint)
        removals_layout.addWidget(self.removals_list)
        removals_layout.addWidget(self.nothing_removed_label)
        self.removals_list.itemChanged.connect(self._removal_changed)

        # lines kept in the text that may be a dateline: accept (into the fields, out of the text) or leave
        self.proposals_box = QGroupBox(self.tr("Lines that may be a dateline"), self)
        proposals_layout = QVBoxLayout(self.proposals_box)
        proposals_hint = PlainLabel(
            self.tr(
                "FactDesk could not tell which side is the place, so these lines stay in "
                "the text. Accept one to take its place and author into the fields and "
                "the line out of the text, or leave it."
            ),
            self,
        )
        proposals_hint.setWordWrap(True)
        proposals_layout.addWidget(proposals_hint)
        self.proposals_rows = QVBoxLayout()
        proposals_layout.addLayout(self.proposals_rows)
        #: (proposal, its words, its accept button) as shown
        self.proposal_rows: list[tuple[Proposal, QLabel, QPushButton]] = []

        # how the file was read
        reading_box = QGroupBox(self.tr("How the file was read"), self)
        reading_layout = QVBoxLayout(reading_box)
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.encoding_combo.setMinimumContentsLength(24)
        self.encoding_label = PlainLabel(self.tr("Encoding:"), self)
        self.encoding_label.setBuddy(self.encoding_combo)
        self.encoding_row = QWidget(self)
        encoding_layout = QHBoxLayout(self.encoding_row)
        encoding_layout.setContentsMargins(0, 0, 0, 0)
        encoding_layout.addWidget(self.encoding_label)
        encoding_layout.addWidget(self.encoding_combo, 1)
        self.encoding_note = QLabel(self)
        self.encoding_note.setWordWrap(True)
        self.encoding_note.setTextFormat(Qt.TextFormat.PlainText)
        self.fold_check = QCheckBox(
            self.tr("Turn Arabic presentation forms (shaped letters) into ordinary letters"), self
        )
        self.fold_check.setChecked(True)
        self.hidden_label = QLabel(self)
        self.hidden_label.setWordWrap(True)
        self.hidden_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_label = QLabel(self)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.leaks_label = QLabel(self)
        self.leaks_label.setWordWrap(True)
        self.leaks_label.setTextFormat(Qt.TextFormat.PlainText)
        looks.tint(self.leaks_label, WARNING_COLOR)
        reading_layout.addWidget(self.encoding_row)
        reading_layout.addWidget(self.encoding_note)
        reading_layout.addWidget(self.fold_check)
        reading_layout.addWidget(self.hidden_label)
        reading_layout.addWidget(self.leaks_label)
        reading_layout.addWidget(self.warnings_label)
        self.encoding_combo.currentIndexChanged.connect(self._encoding_picked)
        self.fold_check.toggled.connect(lambda _on: self.reload())

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        looks.tint(self.error_label, ERROR_COLOR)
        self.error_label.hide()
        self.duplicate_label = QLabel(self)
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setTextFormat(Qt.TextFormat.PlainText)
        looks.tint(self.duplicate_label, ERROR_COLOR)
        self.duplicate_label.hide()

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(details_box)
        side_layout.addWidget(removals_box)
        side_layout.addWidget(self.proposals_box)
        side_layout.addWidget(reading_box)
        side_layout.addWidget(self.error_label)
        side_layout.addWidget(self.duplicate_label)
        side_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("The article's details"))
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(440)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(text_box)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        note = PlainLabel(
            self.tr(
                "Once imported, the text cannot change: highlights point into it. "
                "Check what will be removed before you import."
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        looks.apply(self)

        self.date_edit.textChanged.connect(self._update_ok)
        self._fill_encodings()
        self._show_result()
        self.import_button.setFocus()

    # ------------------------------------------------------------------------------------------
    # reading the file again

    @property
    def encoding_choosable(self) -> bool:
        return not self.pasted and self.result.format in ENCODED_FORMATS

    def _fill_encodings(self) -> None:
        """The candidates of the first reading, with their previews, then the usual encodings."""
        self._filling = True
        self.encoding_combo.clear()
        seen: set[str] = set()
        for codec, preview in self._first.encoding_candidates:
            name = _codec(codec)
            if name in seen:
                continue
            seen.add(name)
            shown = " ".join(preview.split())
            text = f"{pretty_encoding(name)} — {embed(shown)}" if shown else pretty_encoding(name)
            self.encoding_combo.addItem(text, name)
            self.encoding_combo.setItemData(
                self.encoding_combo.count() - 1,
                literal(shown or pretty_encoding(name)),
                Qt.ItemDataRole.ToolTipRole,
            )
        for codec in (self._first.encoding, *COMMON_ENCODINGS):
            name = _codec(codec) if codec else ""
            if name and name not in seen:
                seen.add(name)
                self.encoding_combo.addItem(pretty_encoding(name), name)
        self._filling = False

    def _select_encoding(self, codec: str) -> None:
        self._filling = True
        index = self.encoding_combo.findData(_codec(codec)) if codec else -1
        if index < 0 and codec:
            self.encoding_combo.addItem(pretty_encoding(codec), _codec(codec))
            index = self.encoding_combo.count() - 1
        self.encoding_combo.setCurrentIndex(index)
        self._filling = False

    def _encoding_picked(self, index: int) -> None:
        if self._filling or index < 0:
            return
        self.choose_encoding(str(self.encoding_combo.itemData(index)))

    def choose_encoding(self, codec: str) -> bool:
        """Read the file again in ``codec``; False (and the previous reading kept) if it cannot be."""
        previous = self._encoding
        self._encoding = codec
        if not self.reload():
            self._encoding = previous
            self._select_encoding(self.result.encoding)
            return False
        return True

    def reload(self) -> bool:
        """Read the file again with the chosen encoding and folding; refresh everything."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = load(
                self.source,
                name=self.name,
                encoding=self._encoding if self.encoding_choosable else None,
                fold_presentation_forms=self.fold_check.isChecked(),
            )
        except ImportRefused as error:
            self.error_label.setText(refusal_text(error))
            self.error_label.setToolTip(literal(str(error)))
            self.error_label.show()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.error_label.hide()
        self.result = self._with_accepted(result)
        self._show_result()
        return True

    def _with_accepted(self, result: ImportResult) -> ImportResult:
        """A new reading with the datelines the user accepted in the previous one accepted again."""
        for line in self._accepted:
            proposal = next((p for p in result.proposals if p.line == line), None)
            if proposal is not None:
                result = accept_proposal(result, proposal)
        return result

    # ------------------------------------------------------------------------------------------
    # showing a reading

    def _show_result(self) -> None:
        r = self.result
        about = [format_name(r.format)]
        if r.encoding and not self.pasted:
            about.append(encoding_name(r.encoding))
        shown_name = self.tr("Pasted text") if self.pasted else f"«{embed(self.name)}»"
        # a right-to-left mark first: a Latin file name must not turn the line left to right
        start = "\u200f" if self._rtl() else ""
        self.file_label.setText(
            f"{start}{shown_name} — {'، '.join(about) if self._rtl() else ', '.join(about)}"
        )

        proposals = {
            "title": metadata.plain_title(r.title),
            "outlet": metadata.plain_field(r.outlet),
            "author": metadata.plain_field(r.author),
            "place": metadata.plain_field(r.place),
            "url": metadata.url_or_blank(r.url),
            "published": metadata.normalise_date(r.published) or r.published,
        }
        for key, value in proposals.items():
            edit = self.fields[key]
            if key not in self._typed and edit.text() != value:
                edit.setText(value)
                edit.setCursorPosition(0)  # the start of a long title or address, not its end

        self._filling = True
        self.removals_list.clear()
        for kind, lines, tip in (
            ("head", r.removed_head, self.tr("From the top: the title or dateline, kept in the fields.")),
            ("tail", r.removed_tail, self.tr("From the end: text the site adds after articles.")),
        ):
            for index, line in enumerate(lines):
                item = QListWidgetItem(line)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Unchecked if (kind, line) in self._put_back else Qt.CheckState.Checked
                )
                item.setData(Qt.ItemDataRole.UserRole, (kind, index))
                item.setToolTip(literal(f"{line}\n{tip}"))
                self.removals_list.addItem(item)
        self._filling = False
        has_removals = self.removals_list.count() > 0
        self.removals_list.setVisible(has_removals)
        self.removals_hint.setVisible(has_removals)
        self.nothing_removed_label.setVisible(not has_removals)
        self._show_proposals()

        self.encoding_row.setVisible(self.encoding_choosable)
        self.encoding_note.setVisible(self.encoding_choosable)
        if self.encoding_choosable:
            self._select_encoding(r.encoding)
            self._show_encoding_note()
        self.fold_check.setEnabled(True)
        # the encoding's own line already says how sure the guess is
        warnings = [
            w for w in r.warnings if not (self.encoding_choosable and w.startswith("encoding guessed as"))
        ]
        if warnings:
            self.warnings_label.setText("\n".join(f"• {warning_text(w)}" for w in warnings))
            self.warnings_label.setToolTip(literal("\n".join(warning_text(w) for w in warnings)))
            self.warnings_label.show()
        else:
            self.warnings_label.hide()
        self._refresh()

    def _show_encoding_note(self) -> None:
        r = self.result
        colour = MUTED_COLOR
        if self._encoding is None and not r.encoding_confident:
            text = self.tr(
                "FactDesk is not sure of this file's encoding (best guess: %1). Compare the previews "
                "in the list and choose the encoding in which the text reads."
            ).replace("%1", encoding_name(r.encoding))
            colour = WARNING_COLOR
        elif self._encoding is not None and _codec(r.encoding) != _codec(self._encoding):
            text = self.tr(
                "The file is read as %1 whatever is chosen: it is valid UTF-8 or starts with a byte "
                "order mark."
            ).replace("%1", encoding_name(r.encoding))
        elif self._encoding is not None:
            text = self.tr("Read as %1, as you chose.").replace("%1", encoding_name(r.encoding))
        else:
            text = self.tr("Read as %1. If the text does not read well, choose another encoding.").replace(
                "%1", encoding_name(r.encoding)
            )
        self.encoding_note.setText(text)
        looks.tint(self.encoding_note, colour)

    def _show_proposals(self) -> None:
        for _proposal, words, button in self.proposal_rows:
            for widget in (words, button):
                widget.hide()
                widget.deleteLater()
        while self.proposals_rows.count():
            item = self.proposals_rows.takeAt(0)
            if item.layout() is not None:
                item.layout().deleteLater()
        self.proposal_rows = []
        for proposal in self.result.proposals:
            words = QLabel(proposal_text(proposal), self)
            words.setWordWrap(True)
            words.setTextFormat(Qt.TextFormat.PlainText)
            words.setToolTip(literal(proposal.reason))
            button = QPushButton(self.tr("Accept"), self)
            button.setToolTip(
                self.tr("Take its place and author into the fields and the line out of the text.")
            )
            button.clicked.connect(lambda _checked=False, p=proposal: self.accept_proposal(p))
            row = QHBoxLayout()
            row.addWidget(words, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.proposals_rows.addLayout(row)
            self.proposal_rows.append((proposal, words, button))
        self.proposals_box.setVisible(bool(self.proposal_rows))

    def accept_proposal(self, proposal: Proposal) -> None:
        """Take a proposed dateline: its place and author into the fields (unless typed there), its line out
        of the text when it opens it, listed with the other lines taken out (and kept from there if need be)."""
        self._accepted.append(proposal.line)
        self.result = accept_proposal(self.result, proposal)
        self._show_result()

    def _removal_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        kind, _index = item.data(Qt.ItemDataRole.UserRole)
        key = (str(kind), item.text())
        if item.checkState() == Qt.CheckState.Checked:
            self._put_back.discard(key)
        else:
            self._put_back.add(key)
        self._refresh()

    def _refresh(self) -> None:
        final = self.final_text()
        self.preview.setPlainText(final)
        self.hidden_label.setText(
            "\n".join(
                filter(
                    None,
                    (hidden_text(textrules.count_hidden(final)), hidden_names_text(hidden_characters(final))),
                )
            )
        )
        leaks = leaks_text(find_leaked_code(final))
        self.leaks_label.setText(leaks)
        self.leaks_label.setVisible(bool(leaks))
        self.size_label.setText(self.tr("%n character(s) will be imported.", "", len(final)))
        self.duplicate_label.hide()
        if self.project is not None and final.strip():
            existing = ops.existing_article(self.project, final)
            if existing is not None:
                title = str(existing["title"]) or self.tr("(untitled)")
                self.duplicate_label.setText(
                    self.tr(
                        "This text is already in the project, as «%1». It cannot be imported twice."
                    ).replace("%1", embed(title))
                )
                self.duplicate_label.show()
        self._update_ok()

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    # ------------------------------------------------------------------------------------------
    # the result

    def removal_items(self) -> list[QListWidgetItem]:
        """The proposed removals, in order: head lines, then tail lines; ticked ones are removed."""
        return [self.removals_list.item(i) for i in range(self.removals_list.count())]

    def final_text(self) -> str:
        """The text that will be imported, with the removals the user left ticked."""
        head = [True] * len(self.result.removed_head)
        tail = [True] * len(self.result.removed_tail)
        for item in self.removal_items():
            kind, index = item.data(Qt.ItemDataRole.UserRole)
            (head if kind == "head" else tail)[index] = item.checkState() == Qt.CheckState.Checked
        return text_with_choices(self.result, head, tail)

    def is_duplicate(self) -> bool:
        return not self.duplicate_label.isHidden()

    def _update_ok(self, *_: object) -> None:
        ok = (
            bool(self.final_text().strip())
            and metadata.normalise_date(self.date_edit.text()) is not None
            and not self.is_duplicate()
        )
        self.import_button.setEnabled(ok)

    def accept(self) -> None:
        if self.date_edit.check() is None or not self.final_text().strip() or self.is_duplicate():
            return
        super().accept()

    def origin(self) -> str:
        return describe_origin(self.name, self.result, pasted=self.pasted)

    def result_operation(self) -> ops.ImportArticle:
        """The import as the user confirmed it (not run: the caller runs it as one undoable step)."""
        return ops.ImportArticle(
            text=self.final_text(),
            title=self.title_edit.text(),
            outlet=self.outlet_edit.text(),
            author=self.author_edit.text(),
            place=self.place_edit.text(),
            url=self.url_edit.text(),
            published=self.date_edit.text(),
            language=self.result.language or "ar",
            origin=self.origin(),
        )


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        return name


from factdesk.ui.import_results import ImportResultsDialog, Outcome  # noqa: E402, F401

__all__ = [
    "COMMON_ENCODINGS",
    "ENCODED_FORMATS",
    "ImportResultsDialog",
    "ImportReviewDialog",
    "UNCERTAIN",
    "describe_origin",
    "encoding_name",
    "format_name",
    "hidden_text",
    "operation_from_result",
    "refusal_text",
    "text_with_choices",
    "uncertain_text",
    "warning_text",
]
