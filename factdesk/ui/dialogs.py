"""The window's dialogs: pick a claim, add evidence, paste an article, preferences, and two message helpers.

Dialogs never change the project themselves unless their name says so: they return what the user chose
(a claim and a role, an :class:`EvidenceChoice`, an :class:`~factdesk.core.operations.ImportArticle`) and
the caller runs it through :meth:`ProjectSession.run`, so that each gesture is one undoable step. Every
dialog is laid out right to left when the interface is Arabic, and every refusal reaches the user as a
plain sentence in a message box, never as a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPainter,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from factdesk.core import model
from factdesk.core import operations as ops
from factdesk.core import text as textrules
from factdesk.core.operations import OperationError
from factdesk.ui import bidi, i18n, looks
from factdesk.ui.labels import role_text, source_kind_text, stance_text, verdict_text
from factdesk.ui.models import COLOR_ROLE, ID_ROLE
from factdesk.ui.preferences import Preferences
from factdesk.ui.session import ProjectSession
from factdesk.ui.widgets import PlainLabel, fit_to_screen, literal, no_mnemonic, shortened

if TYPE_CHECKING:
    from factdesk.importers.news import ArticleDraft

#: The verdict label shown on a claim's chip in a claim list.
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 3

ERROR_COLOR = "#b71c1c"


def _t(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def interface_direction() -> Qt.LayoutDirection:
    """Right to left under the Arabic interface; otherwise whatever the application uses."""
    if i18n.current_language() == "ar":
        return Qt.LayoutDirection.RightToLeft
    return QGuiApplication.layoutDirection()


def ltr(text: str) -> str:
    """``text`` (a date, a figure with hyphens, an encoding) kept left to right inside Arabic words:
    see :func:`bidi.ltr`."""
    return bidi.ltr(text)


def embed(text: str) -> str:
    """User content (a title, a claim, a quote) made safe to put inside a sentence of either direction:
    a mark of its own direction after it keeps its closing punctuation («...» ، .) with it. Without it,
    «القافلة ... «بيك أب»» in an English sentence shows its last guillemet at the wrong end."""
    return text + {"rtl": "\u200f", "ltr": "\u200e"}.get(textrules.base_direction(text), "")


def align_with_interface(widget: QLineEdit | QSpinBox) -> None:
    """Put digits-only content (dates, sizes) where the interface's text starts.

    A line edit takes its direction from its content, and digits have none, so «2017-05-31» sits on
    the left even in a right-to-left form. The alignment is absolute (never mirrored) and chosen
    from the interface direction, so it is right in Arabic and left in English.
    """
    if interface_direction() == Qt.LayoutDirection.RightToLeft:
        widget.setAlignment(
            Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )


# ---------------------------------------------------------------------------------------------
# messages


def confirm(parent: QWidget | None, title: str, text: str, *, yes: str = "", no: str = "") -> bool:
    """Ask a yes/no question; True only if the user chose ``yes``. The safe answer is the default."""
    box = QMessageBox(parent)
    box.setLayoutDirection(interface_direction())
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    yes_button = box.addButton(yes or _t("Yes"), QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no or _t("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def show_error(parent: QWidget | None, text: str) -> None:
    """Tell the user, in plain words, why something could not be done."""
    box = QMessageBox(parent)
    box.setLayoutDirection(interface_direction())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_t("This cannot be done"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.addButton(_t("OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def run_or_explain(
    session: ProjectSession, parent: QWidget | None, op: ops.Operation, origin: object = None
) -> bool:
    """Run ``op`` as one undoable step; if the project refuses it, say why. True when it ran."""
    try:
        session.run(op, origin)
    except OperationError as exc:
        show_error(parent, str(exc))
        return False
    return True


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK and Cancel with our own translated words (Qt's standard texts are not in our catalogue)."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Cancel"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


# ---------------------------------------------------------------------------------------------
# dates


def normalise_date(value: str) -> str | None:
    """The one date rule (:func:`factdesk.core.metadata.normalise_date`), which the operations apply too."""
    from factdesk.core.metadata import normalise_date as rule

    return rule(value)


class DateEdit(QLineEdit):
    """A line for an ISO date, with an inline message under it (``message``) when it is not one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("2017-05-31")
        self.setMaxLength(40)
        align_with_interface(self)
        self.message = PlainLabel(parent)
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        looks.tint(self.message, ERROR_COLOR)
        self.message.hide()
        self.textEdited.connect(self._recheck)

    def check(self) -> str | None:
        """The normalised date ("" when empty), or None after showing why the text is not a date."""
        value = normalise_date(self.text())
        if value is None:
            self.message.setText(
                _t(
                    "This is not a date. Write it as year-month-day, for example %1, or as "
                    "year-month, for example %2. It was not saved."
                )
                .replace("%1", ltr("2017-05-31"))
                .replace("%2", ltr("2017-05"))
            )
            self.message.show()
        else:
            self.message.hide()
        return value

    def is_flagged(self) -> bool:
        return not self.message.isHidden()

    def _recheck(self) -> None:
        if self.is_flagged() and normalise_date(self.text()) is not None:
            self.message.hide()


# ---------------------------------------------------------------------------------------------
# searching claims


class VerdictChipDelegate(QStyledItemDelegate):
    """A claim's text with its verdict as a coloured chip at the end of the line."""

    def _chip_width(self, option: QStyleOptionViewItem, label: str) -> int:
        return option.fontMetrics.horizontalAdvance(label) + 16

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        label = index.data(VERDICT_ROLE)
        if not label:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        chip_w = self._chip_width(opt, str(label))
        rect = opt.rect
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft
        space = max(0, rect.width() - chip_w - 24)
        opt.text = embed(opt.fontMetrics.elidedText(opt.text, Qt.TextElideMode.ElideRight, space))
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        chip_h = opt.fontMetrics.height() + 4
        top = rect.top() + (rect.height() - chip_h) // 2
        left = rect.left() + 6 if rtl else rect.right() - 6 - chip_w
        chip = QRect(left, top, chip_w, chip_h)
        color = QColor(str(index.data(COLOR_ROLE) or "#90a4ae"))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(chip, chip_h / 2, chip_h / 2)
        painter.setPen(looks.ink_on(color))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, str(label))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 120, max(size.height(), option.fontMetrics.height() + 10))


class ClaimSearch(QWidget):
    """Find a claim as you type, Arabic folded (diacritics, hamza and taa marbuta spellings do not
    matter); with nothing typed, the most recently changed claims. Up and Down in the search line move
    through the list; a double-click emits ``activated``."""

    activated = Signal(str)
    currentChanged = Signal(object)  # the highlighted claim's id, or None

    LIMIT = 50

    def __init__(
        self, session: ProjectSession, parent: QWidget | None = None, *, preferred: str | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        #: the claim to keep highlighted while the user types, as long as it matches (the claim
        #: just worked on, then the one the user moves to)
        self.preferred = preferred
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Search the claims; spelling variants and diacritics do not matter")
        )
        self.list = QListWidget(self)
        self.search_edit.setAccessibleName(self.tr("Search the claims"))
        self.list.setAccessibleName(self.tr("Claims found"))
        self.list.setItemDelegate(VerdictChipDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(False)
        self.status = PlainLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)

        self.search_edit.textChanged.connect(self.refresh)
        self.search_edit.installEventFilter(self)
        self.list.itemDoubleClicked.connect(self._double_clicked)
        self.list.currentItemChanged.connect(self._current_changed)
        self._refreshing = False
        self.refresh()

    def _current_changed(self, *_: object) -> None:
        if not self._refreshing and self.chosen() is not None:
            self.preferred = self.chosen()  # the user moved: keep their choice while they type
        self.currentChanged.emit(self.chosen())

    def refresh(self) -> None:
        self._refreshing = True
        try:
            self._fill()
        finally:
            self._refreshing = False
        self.currentChanged.emit(self.chosen())

    def _fill(self) -> None:
        typed = self.search_edit.text()
        read = self.session.read
        if typed.strip():
            found = read.claims(contains=typed, limit=self.LIMIT)
        else:
            found = read.claims(order="modified", limit=self.LIMIT)
            if self.preferred and all(c.id != self.preferred for c in found):
                # the claim just worked on comes first even if others changed since
                first = list(read.claims_by_ids([self.preferred]).values())
                found = first + found[: self.LIMIT - len(first)]
        self.list.clear()
        for claim in found:
            item = QListWidgetItem(claim.text)
            verdict = verdict_text(claim.verdict_ar, claim.verdict_en)
            item.setData(ID_ROLE, claim.id)
            item.setData(VERDICT_ROLE, verdict)
            item.setData(COLOR_ROLE, claim.color)
            item.setToolTip(literal(f"{claim.text}\n{verdict}"))
            self.list.addItem(item)
        if found:
            ids = [c.id for c in found]
            self.list.setCurrentRow(ids.index(self.preferred) if self.preferred in ids else 0)
            self.status.hide()
        else:
            if typed.strip():
                self.status.setText(self.tr("No claim matches «%1».").replace("%1", embed(typed.strip())))
            else:
                self.status.setText(self.tr("This project has no claims yet."))
            self.status.show()

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def _double_clicked(self, item: QListWidgetItem) -> None:
        self.activated.emit(str(item.data(ID_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        ):
            QCoreApplication.sendEvent(self.list, event)
            return True
        return super().eventFilter(watched, event)


def quote_panel(quote: str, parent: QWidget) -> PlainLabel:
    """The passage a dialog acts on, shown above its choices (a long one cut short)."""
    shown = quote if len(quote) <= 300 else quote[:300] + "…"
    label = PlainLabel(f"«{embed(shown)}»", parent)
    label.setObjectName("quotePanel")
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(6)
    label.setToolTip(_t("The selected passage"))
    return label


# ---------------------------------------------------------------------------------------------
# ClaimPicker


class ClaimPicker(QDialog):
    """Pick an existing claim and say how the passage relates to it (asserts, denies, reports a
    different figure). Enter or a double-click accepts the highlighted claim."""

    def __init__(
        self,
        session: ProjectSession,
        parent: QWidget | None = None,
        title: str = "",
        *,
        quote: str = "",
        preferred: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setLayoutDirection(interface_direction())
        self.setWindowTitle(title or self.tr("Link to a claim"))
        self.resize(640, 480)
        self.quote_label = quote_panel(quote, self) if quote else None
        self.search = ClaimSearch(session, self, preferred=preferred)
        self.search_edit = self.search.search_edit
        self.list = self.search.list

        self.role_combo = QComboBox(self)
        for role in model.ROLES:
            self.role_combo.addItem(role_text(role), role)
        self.role_combo.setCurrentIndex(model.ROLES.index("asserts"))
        role_row = QHBoxLayout()
        role_label = PlainLabel(self.tr("The passage"), self)
        role_label.setBuddy(self.role_combo)
        role_row.addWidget(role_label)
        role_row.addWidget(self.role_combo)
        role_row.addStretch(1)

        self.buttons = _buttons(self, self.tr("Link"))
        layout = QVBoxLayout(self)
        if self.quote_label is not None:
            layout.addWidget(self.quote_label)
        layout.addWidget(self.search, 1)
        layout.addLayout(role_row)
        layout.addWidget(self.buttons)

        self.search.activated.connect(lambda _id: self.accept())
        self.search.currentChanged.connect(self._update_ok)
        self._update_ok()
        self.search_edit.setFocus()

    def chosen(self) -> str | None:
        return self.search.chosen()

    def role(self) -> str:
        return str(self.role_combo.currentData())

    def _update_ok(self, *_: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)

    def accept(self) -> None:
        if self.chosen() is None:
            return
        super().accept()

    @staticmethod
    def pick(
        session: ProjectSession,
        parent: QWidget | None = None,
        title: str = "",
        *,
        quote: str = "",
        preferred: str | None = None,
    ) -> tuple[str, str] | None:
        """(claim id, role) of the claim the user picked, or None if they cancelled."""
        dialog = ClaimPicker(session, parent, title, quote=quote, preferred=preferred)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen():
                return str(dialog.chosen()), dialog.role()
            return None
        finally:
            dialog.deleteLater()


# ---------------------------------------------------------------------------------------------
# EvidenceDialog


@dataclass(frozen=True, slots=True)
class EvidenceChoice:
    """What the user chose in the evidence dialog. Exactly one of ``source_id`` (an existing source)
    and ``new_source_title`` (make the article a source of kind 'article') is set."""

    claim_id: str
    stance: str
    source_id: str | None
    new_source_title: str | None
    note: str = ""


class EvidenceDialog(QDialog):
    """Record the selected passage as evidence for a claim: which claim, which stance, which source
    (this article or another source of the project), and a note."""

    def __init__(
        self,
        session: ProjectSession,
        parent: QWidget | None = None,
        article_id: str | None = None,
        article_title: str = "",
        *,
        quote: str = "",
        preferred: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.article_id = article_id
        self.article_title = article_title
        self.setLayoutDirection(interface_direction())
        self.setWindowTitle(self.tr("Add evidence"))
        self.resize(680, 620)
        layout = QVBoxLayout(self)

        self.quote_label = quote_panel(quote, self) if quote else None
        if self.quote_label is not None:
            layout.addWidget(self.quote_label)

        claim_box = QGroupBox(self.tr("The claim this evidence is about"), self)
        self.claims = ClaimSearch(session, claim_box, preferred=preferred)
        self.search_edit = self.claims.search_edit
        self.list = self.claims.list
        QVBoxLayout(claim_box).addWidget(self.claims)
        layout.addWidget(claim_box, 1)

        stance_box = QGroupBox(self.tr("The evidence"), self)
        stance_row = QHBoxLayout(stance_box)
        self.stance_group = QButtonGroup(self)
        self.stance_buttons: dict[str, QRadioButton] = {}
        for stance in model.STANCES:
            button = QRadioButton(stance_text(stance), stance_box)
            self.stance_group.addButton(button)
            self.stance_buttons[stance] = button
            stance_row.addWidget(button)
        stance_row.addStretch(1)
        self.stance_buttons["supports"].setChecked(True)
        layout.addWidget(stance_box)

        source_box = QGroupBox(self.tr("Source"), self)
        source_layout = QVBoxLayout(source_box)
        self.source_group = QButtonGroup(self)
        self.this_article_radio = QRadioButton(source_box)
        self.existing_radio = QRadioButton(self.tr("Another source of the project:"), source_box)
        self.source_group.addButton(self.this_article_radio)
        self.source_group.addButton(self.existing_radio)
        self.source_combo = QComboBox(source_box)
        self.source_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.source_combo.setMinimumContentsLength(30)
        self._article_source_id: str | None = None
        if article_id:
            existing = session.read.find("source", "article_id", article_id)
            self._article_source_id = str(existing[0]["id"]) if existing else None
            self.this_article_radio.setText(
                no_mnemonic(
                    self.tr("This article: «%1»").replace(
                        "%1", embed(shortened(article_title)) or self.tr("(untitled)")
                    )
                )
            )
        else:
            self.this_article_radio.hide()
        for row in sorted(session.read.rows("source"), key=lambda r: str(r["title"])):
            self.source_combo.addItem(f"{row['title']} ({source_kind_text(str(row['kind']))})", row["id"])
        existing_row = QHBoxLayout()
        existing_row.addWidget(self.existing_radio)
        existing_row.addWidget(self.source_combo, 1)
        source_layout.addWidget(self.this_article_radio)
        source_layout.addLayout(existing_row)
        if self.source_combo.count() == 0:
            self.existing_radio.setEnabled(False)
            self.source_combo.setEnabled(False)
        (self.this_article_radio if article_id else self.existing_radio).setChecked(True)
        layout.addWidget(source_box)

        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("A note on this evidence (optional)"))
        note_row = QFormLayout()
        note_row.addRow(self.tr("Note:"), self.note_edit)
        layout.addLayout(note_row)

        self.buttons = _buttons(self, self.tr("Add evidence"))
        layout.addWidget(self.buttons)

        self.source_combo.activated.connect(lambda _i: self.existing_radio.setChecked(True))
        self.claims.currentChanged.connect(self._update_ok)
        self.source_group.buttonToggled.connect(self._update_ok)
        self._update_ok()
        self.search_edit.setFocus()

    def stance(self) -> str:
        return next((s for s, b in self.stance_buttons.items() if b.isChecked()), "")

    def choice(self) -> EvidenceChoice | None:
        claim_id = self.claims.chosen()
        stance = self.stance()
        if not claim_id or not stance:
            return None
        note = self.note_edit.text().strip()
        if self.this_article_radio.isChecked() and self.article_id:
            if self._article_source_id:
                return EvidenceChoice(claim_id, stance, self._article_source_id, None, note)
            title = self.article_title.strip() or self.tr("(untitled)")
            return EvidenceChoice(claim_id, stance, None, title, note)
        source_id = self.source_combo.currentData()
        if not self.existing_radio.isChecked() or not source_id:
            return None
        return EvidenceChoice(claim_id, stance, str(source_id), None, note)

    def _update_ok(self, *_: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.choice() is not None)

    def accept(self) -> None:
        if self.choice() is None:
            return
        super().accept()

    @staticmethod
    def ask(
        session: ProjectSession,
        parent: QWidget | None,
        article_id: str | None,
        article_title: str,
        *,
        quote: str = "",
        preferred: str | None = None,
    ) -> EvidenceChoice | None:
        dialog = EvidenceDialog(session, parent, article_id, article_title, quote=quote, preferred=preferred)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.choice()
            return None
        finally:
            dialog.deleteLater()


# ---------------------------------------------------------------------------------------------
# PasteArticleDialog


class PlainPasteEdit(QPlainTextEdit):
    """Takes only plain text: a clipboard that has only HTML gives its text, never its formatting."""

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(source.text())
        elif source.hasHtml():
            self.insertPlainText(QTextDocumentFragment.fromHtml(source.html()).toPlainText())
        else:
            super().insertFromMimeData(source)

    def raw_text(self) -> str:
        """The text as typed or pasted: unlike ``toPlainText`` it keeps no-break spaces and line
        separators (U+2028); paragraphs are joined by LF."""
        return self.document().toRawText().replace("\u2029", "\n")


class PasteArticleDialog(QDialog):
    """Paste an article's text; the title, dateline and the site's trailing text are proposed as the
    text changes, and everything that would be taken out of the text is listed before import."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(interface_direction())
        self.setWindowTitle(self.tr("Paste an article"))
        fit_to_screen(self, 960, 680)
        self._draft: ArticleDraft | None = None
        self._normalised = ""
        self._typed: set[str] = set()  # fields the user wrote in: proposals no longer replace them

        self.text_edit = PlainPasteEdit(self)
        self.text_edit.setPlaceholderText(
            self.tr("Paste the article's text here, as it appears on the site.")
        )
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text_edit.setAccessibleName(self.tr("The article's text"))

        form = article_fields(self)

        self.remove_head_check = QCheckBox(self.tr("Take the title and dateline out of the text"), self)
        self.remove_head_check.setChecked(True)
        self.remove_tail_check = QCheckBox(self.tr("Remove trailing site text"), self)
        self.remove_tail_check.setChecked(True)
        removed_label = PlainLabel(self.tr("Lines that will not be part of the article's text:"), self)
        removed_label.setWordWrap(True)
        self.removed_list = QListWidget(self)
        self.removed_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.removed_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hidden_label = PlainLabel(self)
        self.hidden_label.setWordWrap(True)
        self.size_label = PlainLabel(self)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addLayout(form)
        side_layout.addWidget(removed_label)
        side_layout.addWidget(self.removed_list, 1)
        side_layout.addWidget(self.remove_head_check)
        side_layout.addWidget(self.remove_tail_check)
        side_layout.addWidget(self.hidden_label)
        side_layout.addWidget(self.size_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.text_edit)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        note = PlainLabel(
            self.tr(
                "Once imported, the text cannot change: highlights point into it. "
                "Check what will be removed before you import."
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = _buttons(self, self.tr("Import"))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.propose)
        self.text_edit.textChanged.connect(self._timer.start)
        self.remove_head_check.toggled.connect(self._show_removed)
        self.remove_tail_check.toggled.connect(self._show_removed)
        self.date_edit.textChanged.connect(self._update_ok)
        self.propose()
        self.text_edit.setFocus()

    # the proposal

    @property
    def draft(self) -> ArticleDraft | None:
        if self._timer.isActive():
            self.propose()
        return self._draft

    def propose(self) -> None:
        """Read the text now: propose title, author and place, and list what will be removed."""
        self._timer.stop()
        from factdesk.importers.news import parse_article
        from factdesk.importers.plaintext import normalise_text

        self._normalised = normalise_text(self.text_edit.raw_text())
        self._draft = parse_article(self._normalised) if self._normalised.strip() else None
        d = self._draft
        for name, value in (
            ("title", textrules.neutralise_bidi(d.title) if d else ""),
            ("author", textrules.strip_bidi_controls(d.author) if d else ""),
            ("place", textrules.strip_bidi_controls(d.place) if d else ""),
        ):
            edit = self.fields[name]
            if name not in self._typed and edit.text() != value:
                edit.setText(value)
        self._show_removed()

    def _show_removed(self, *_: object) -> None:
        self.removed_list.clear()
        d = self._draft
        grey = QColor("#78909c")
        if d is not None:
            head_on, tail_on = self.remove_head_check.isChecked(), self.remove_tail_check.isChecked()
            for line in d.removed_head:
                item = QListWidgetItem(line if head_on else self.tr("(kept) %1").replace("%1", embed(line)))
                item.setToolTip(self.tr("From the top: the title or dateline, kept in the fields."))
                if not head_on:
                    item.setForeground(grey)
                self.removed_list.addItem(item)
            for line in d.removed_tail:
                item = QListWidgetItem(line if tail_on else self.tr("(kept) %1").replace("%1", embed(line)))
                item.setToolTip(self.tr("From the end: text the site adds after articles."))
                if not tail_on:
                    item.setForeground(grey)
                self.removed_list.addItem(item)
            self.remove_head_check.setEnabled(bool(d.removed_head))
            self.remove_tail_check.setEnabled(bool(d.removed_tail))
        if self.removed_list.count() == 0:
            item = QListWidgetItem(self.tr("Nothing will be removed."))
            item.setForeground(grey)
            self.removed_list.addItem(item)
        final = self.final_text()
        counts = textrules.count_hidden(final)
        total = sum(counts.values())
        if total == 0:
            self.hidden_label.setText(self.tr("The text has no hidden characters."))
        else:
            names = {
                "bidi_controls": self.tr("direction marks"),
                "zero_width": self.tr("zero-width characters"),
                "presentation_forms": self.tr("presentation forms"),
                "tatweel": self.tr("tatweel"),
            }
            parts = "، " if i18n.current_language() == "ar" else ", "
            detail = parts.join(f"{names[k]}: {v}" for k, v in counts.items() if v)
            self.hidden_label.setText(
                self.tr(
                    "The text has %n hidden character(s) (%1). They are kept, and shown when invisible "
                    "characters are shown.",
                    "",
                    total,
                ).replace("%1", detail)
            )
        self.size_label.setText(self.tr("%n character(s) will be imported.", "", len(final)))
        self._update_ok()

    def final_text(self) -> str:
        """The text that will be imported: normalised, without the parts the checkboxes remove."""
        text, d = self._normalised, self._draft
        if d is None:
            return text
        pos = 0
        for line in d.removed_head:
            at = text.find(line, pos)
            if at >= 0:
                pos = at + len(line)
        start = text.find(d.text, pos) if d.text else pos
        if start < 0:  # cannot happen with parse_article's rules; keep everything rather than guess
            return text
        end = start + len(d.text)
        if not self.remove_head_check.isChecked():
            start = 0
        if not self.remove_tail_check.isChecked():
            end = len(text)
        from factdesk.importers.plaintext import normalise_text

        return normalise_text(text[start:end])

    def _update_ok(self, *_: object) -> None:
        ok = bool(self.final_text().strip()) and normalise_date(self.date_edit.text()) is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        if self._timer.isActive():
            self.propose()
        if self.date_edit.check() is None or not self.final_text().strip():
            return
        super().accept()

    def result_operation(self) -> ops.ImportArticle:
        if self._timer.isActive():
            self.propose()

        def plain(edit: QLineEdit) -> str:  # metadata is searched and compared: no hidden direction marks
            return textrules.strip_bidi_controls(edit.text()).strip()

        return ops.ImportArticle(
            text=self.final_text(),
            title=textrules.neutralise_bidi(self.title_edit.text()).strip(),
            outlet=plain(self.outlet_edit),
            author=plain(self.author_edit),
            place=plain(self.place_edit),
            url=plain(self.url_edit),
            published=normalise_date(self.date_edit.text()) or "",
            language="ar",
            origin="paste",
        )

    @staticmethod
    def import_into(session: ProjectSession, parent: QWidget | None = None) -> str | None:
        """Show the dialog and import the article as one undoable step; the new article's id, or None.
        A refusal (a duplicate, say) is explained and the dialog stays open with the text."""
        dialog = PasteArticleDialog(parent)
        try:
            while dialog.exec() == QDialog.DialogCode.Accepted:
                op = dialog.result_operation()
                if run_or_explain(session, dialog, op):
                    return op.id
            return None
        finally:
            dialog.deleteLater()


# ---------------------------------------------------------------------------------------------
# PreferencesDialog


#: The interface text sizes offered, in points (below the first: the system's own).
INTERFACE_SIZES = (8, 24)


class PreferencesDialog(QDialog):
    """Interface language, reading font and size, invisible characters, and the reviewer's name."""

    LANGUAGES = (("ar", "العربية"), ("en", "English"))  # each in its own language, never translated

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.setLayoutDirection(interface_direction())
        self.setWindowTitle(self.tr("Preferences"))

        self.language_combo = QComboBox(self)
        for code, name in self.LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(prefs.get("language"))))

        self.font_combo = QFontComboBox(self)
        self.font_combo.setWritingSystem(QFontDatabase.WritingSystem.Arabic)
        self.font_combo.setCurrentFont(QFont(prefs.reading_font()))
        self._font_chosen = False  # the default font follows the installed fonts until one is chosen
        self.size_spin = QSpinBox(self)
        self.size_spin.setRange(9, 40)
        self.size_spin.setValue(min(40, max(9, int(prefs.get("reader_size")))))
        align_with_interface(self.size_spin)
        self.interface_spin = QSpinBox(self)
        self.interface_spin.setRange(INTERFACE_SIZES[0] - 1, INTERFACE_SIZES[1])
        self.interface_spin.setSpecialValueText(self.tr("As the system"))
        self.interface_spin.setSuffix(self.tr(" pt"))
        chosen = int(prefs.get("interface_size"))
        self.interface_spin.setValue(
            chosen if chosen >= INTERFACE_SIZES[0] else self.interface_spin.minimum()
        )
        align_with_interface(self.interface_spin)
        self.invisibles_check = QCheckBox(
            self.tr("Show invisible characters (direction marks, zero-width characters) in the reader"), self
        )
        self.invisibles_check.setChecked(bool(prefs.get("show_invisibles")))
        self.reviewer_edit = QLineEdit(prefs.get("reviewer") or "", self)
        self.reviewer_edit.setPlaceholderText(self.tr("Your name, recorded with each verdict"))
        self.preview = PlainLabel("قُتل ما لا يقل عن 120 عنصرًا من «داعش» في 25 مايو/أيار 2017.", self)
        self.preview.setWordWrap(True)
        self.preview.setMinimumHeight(60)

        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language_combo)
        form.addRow(self.tr("Interface text size:"), self.interface_spin)
        form.addRow(self.tr("Reading font:"), self.font_combo)
        form.addRow(self.tr("Font size:"), self.size_spin)
        form.addRow(self.tr("Sample:"), self.preview)
        form.addRow("", self.invisibles_check)
        form.addRow(self.tr("Reviewer name:"), self.reviewer_edit)
        self.buttons = _buttons(self, self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.font_combo.currentFontChanged.connect(self._font_changed)
        self.size_spin.valueChanged.connect(self._update_preview)
        self._update_preview()

    def _font_changed(self, *_: object) -> None:
        self._font_chosen = True
        self._update_preview()

    def _update_preview(self, *_: object) -> None:
        font = QFont(self.font_combo.currentFont().family())
        font.setPointSize(self.size_spin.value())
        self.preview.setFont(font)

    def write(self) -> None:
        """Store the choices in the preferences."""
        self.prefs.set("language", str(self.language_combo.currentData()))
        if self._font_chosen:
            self.prefs.set("reader_font", self.font_combo.currentFont().family())
        self.prefs.set("reader_size", self.size_spin.value())
        size = self.interface_spin.value()
        self.prefs.set("interface_size", size if size >= INTERFACE_SIZES[0] else 0)
        self.prefs.set("show_invisibles", self.invisibles_check.isChecked())
        self.prefs.set("reviewer", self.reviewer_edit.text().strip())

    def accept(self) -> None:
        self.write()
        super().accept()

    @staticmethod
    def edit(prefs: Preferences, parent: QWidget | None = None) -> bool:
        """Show the preferences; True if the user saved them (they are written to ``prefs``)."""
        dialog = PreferencesDialog(prefs, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


# ---------------------------------------------------------------------------------------------
# editing what exists: an article's details, an evidence item, the verdict scale


class ArticleDetailsDialog(QDialog):
    """An article's details (title, outlet, author, place, web address, date); its text is shown, never
    edited: highlights point into it. :meth:`changes` is what the user changed, for one EditArticle."""

    def __init__(self, article: dict[str, object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(interface_direction())
        self.setWindowTitle(self.tr("Article details"))
        self.resize(620, 360)
        self.article = article
        self._typed: set[str] = set()
        form = article_fields(self)
        for name, edit in self.fields.items():
            edit.setText(str(article.get(name) or ""))
            edit.setCursorPosition(0)
        note = PlainLabel(
            self.tr("The text of an article never changes once imported: highlights point into it."), self
        )
        note.setWordWrap(True)
        self.buttons = _buttons(self, self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.title_edit.setFocus()

    def changes(self) -> dict[str, object]:
        """The fields whose value the user changed (dates written the standard way)."""
        values: dict[str, object] = {}
        for name, edit in self.fields.items():
            if name == "published":
                value = normalise_date(edit.text())
                if value is None:
                    continue
            elif name == "title":
                value = textrules.neutralise_bidi(edit.text()).strip()
            else:
                value = textrules.strip_bidi_controls(edit.text()).strip()
            if value != str(self.article.get(name) or ""):
                values[name] = value
        return values

    def accept(self) -> None:
        if self.date_edit.check() is None:
            return
        super().accept()

    @staticmethod
    def ask(article: dict[str, object], parent: QWidget | None = None) -> dict[str, object] | None:
        """The changed details, or None if the user cancelled."""
        dialog = ArticleDetailsDialog(article, parent)
        try:
            return dialog.changes() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class EvidenceEditDialog(QDialog):
    """An evidence item's stance and note."""

    def __init__(self, stance: str, note: str, source_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(interface_direction())
        self.setWindowTitle(self.tr("Edit evidence"))
        self.resize(520, 200)
        source = PlainLabel(self.tr("Source: %1").replace("%1", embed(source_title)), self)
        source.setWordWrap(True)
        self.stance_buttons: dict[str, QRadioButton] = {}
        row = QHBoxLayout()
        group = QButtonGroup(self)
        for value in model.STANCES:
            button = QRadioButton(stance_text(value), self)
            group.addButton(button)
            self.stance_buttons[value] = button
            row.addWidget(button)
        row.addStretch(1)
        self.stance_buttons.get(stance, self.stance_buttons["supports"]).setChecked(True)
        self.note_edit = QLineEdit(note, self)
        self.note_edit.setPlaceholderText(self.tr("A note on this evidence (optional)"))
        form = QFormLayout()
        form.addRow(self.tr("The evidence:"), row)
        form.addRow(self.tr("Note:"), self.note_edit)
        self.buttons = _buttons(self, self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addWidget(source)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def stance(self) -> str:
        return next(s for s, b in self.stance_buttons.items() if b.isChecked())

    @staticmethod
    def ask(
        stance: str, note: str, source_title: str, parent: QWidget | None = None
    ) -> tuple[str, str] | None:
        """(stance, note) as the user left them, or None if they cancelled."""
        dialog = EvidenceEditDialog(stance, note, source_title, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.stance(), dialog.note_edit.text().strip()
            return None
        finally:
            dialog.deleteLater()


__all__ = [
    "ArticleDetailsDialog",
    "ClaimPicker",
    "ClaimSearch",
    "DateEdit",
    "EvidenceChoice",
    "EvidenceDialog",
    "EvidenceEditDialog",
    "PasteArticleDialog",
    "PlainPasteEdit",
    "PreferencesDialog",
    "confirm",
    "align_with_interface",
    "embed",
    "interface_direction",
    "ltr",
    "normalise_date",
    "run_or_explain",
    "show_error",
]


def article_fields(owner: QWidget) -> QFormLayout:
    """The article's metadata fields (title, outlet, author, place, web address, date) as a form,
    set on ``owner`` as ``title_edit`` … ``date_edit`` and ``fields``; a field the user types in is
    added to ``owner._typed`` so that a new proposal no longer replaces it. Shared by the paste and
    import review dialogs."""
    owner.title_edit = QLineEdit(owner)
    owner.outlet_edit = QLineEdit(owner)
    owner.author_edit = QLineEdit(owner)
    owner.place_edit = QLineEdit(owner)
    owner.url_edit = QLineEdit(owner)
    owner.url_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    owner.url_edit.setPlaceholderText("https://")
    owner.date_edit = DateEdit(owner)
    owner.fields = {
        "title": owner.title_edit,
        "outlet": owner.outlet_edit,
        "author": owner.author_edit,
        "place": owner.place_edit,
        "url": owner.url_edit,
        "published": owner.date_edit,
    }
    for key, edit in owner.fields.items():
        edit.textEdited.connect(lambda _text, key=key: owner._typed.add(key))
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.addRow(_t("Title:"), owner.title_edit)
    form.addRow(_t("Outlet:"), owner.outlet_edit)
    form.addRow(_t("Author:"), owner.author_edit)
    form.addRow(_t("Place:"), owner.place_edit)
    form.addRow(_t("Web address:"), owner.url_edit)
    form.addRow(_t("Publication date:"), owner.date_edit)
    form.addRow("", owner.date_edit.message)
    return form
