"""The verdict scale editor: add, rename, reorder, recolour, map to a ClaimReview rating, remove.

What the user changes is planned by :func:`factdesk.app.scale.edit_scale` as ONE undoable step, the
same the command line runs. A verdict still used by claims is removed only once the user has said
which verdict those claims take instead (a choice beside it, never a default); the verdict every new
claim starts with can be renamed but not removed. Each row shows the key that sets its verdict
(Ctrl+1 … Ctrl+9), so the keys visibly follow the order; Alt+Up and Alt+Down move the row being edited.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from factdesk.app.scale import ScaleEntry, edit_scale
from factdesk.core import operations as ops
from factdesk.core.verdicts import UNVERIFIED
from factdesk.store.read import VerdictInfo
from factdesk.ui.actions import verdict_shortcut
from factdesk.ui.dialogs import (
    ERROR_COLOR,
    align_with_interface,
    interface_direction,
    ltr,
    run_or_explain,
)
from factdesk.ui.labels import verdict_text
from factdesk.ui.session import ProjectSession
from factdesk.ui.widgets import PlainLabel

#: the colour a new verdict starts with
NEW_COLOR = "#607d8b"


class VerdictScaleDialog(QDialog):
    """The project's verdict scale, one row per verdict in its order.

    ``rows[row]`` holds a row's Arabic label, English label, rating (0 = none) and colour button;
    a row is a verdict's key, or ``+1``, ``+2`` … for a verdict added here. :meth:`operation` is
    the one step that records every change (None when nothing changed)."""

    NO_RATING = 0  # the spin box's «none»

    def __init__(
        self,
        verdicts: list[VerdictInfo],
        parent: QWidget | None = None,
        in_use: dict[str, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setLayoutDirection(interface_direction())
        self.setWindowTitle(self.tr("The verdict scale"))
        self.resize(900, 480)
        self.verdicts = verdicts
        self.in_use = dict(in_use or {})
        self.order: list[str] = []
        self.removed: set[str] = set()
        self.rows: dict[str, tuple[QLineEdit, QLineEdit, QSpinBox, QPushButton]] = {}
        self.places: dict[str, PlainLabel] = {}
        self.controls: dict[str, tuple[QToolButton, QToolButton, QToolButton]] = {}
        self.moves: dict[str, QComboBox] = {}
        self._colors: dict[str, str] = {}
        self._added = 0
        self.grid = QGridLayout()
        for v in verdicts:
            self._make_row(v.key, v.label_ar, v.label_en, v.rating_value, v.color)
        self.add_button = QPushButton(self.tr("&Add a verdict"), self)
        self.add_button.clicked.connect(lambda: self.add_verdict())
        note = PlainLabel(
            self.tr(
                "Claims keep their verdicts: a change of label or colour shows everywhere at once. "
                "Ctrl+1 … Ctrl+9 set the verdicts in this order; Alt+Up and Alt+Down move the verdict "
                "being edited. A verdict that claims still have is removed only once you choose the "
                "verdict they take instead."
            ),
            self,
        )
        note.setWordWrap(True)
        self.message = PlainLabel(self)
        self.message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._lay_out()

    # ------------------------------------------------------------------------------------------
    # rows

    def _make_row(self, row: str, label_ar: str, label_en: str, rating_value: int | None, color: str) -> None:
        ar, en = QLineEdit(label_ar, self), QLineEdit(label_en, self)
        ar.setObjectName(f"label_ar_{row}")
        en.setObjectName(f"label_en_{row}")
        ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        ar.setAccessibleName(self.tr("Arabic label of «%1»").replace("%1", verdict_text(label_ar, label_en)))
        en.setAccessibleName(self.tr("English label of «%1»").replace("%1", verdict_text(label_ar, label_en)))
        rating = QSpinBox(self)
        rating.setRange(self.NO_RATING, 5)
        rating.setSpecialValueText(self.tr("none"))
        rating.setValue(rating_value or self.NO_RATING)
        rating.setToolTip(self.tr("ClaimReview rating value: 1 (false) to 5 (true), or none"))
        rating.setAccessibleName(
            self.tr("ClaimReview rating of «%1»").replace("%1", verdict_text(label_ar, label_en))
        )
        align_with_interface(rating)
        button = QPushButton(self)
        button.setObjectName(f"color_{row}")
        button.clicked.connect(lambda _checked=False, r=row: self._choose_color(r))
        up, down, remove = QToolButton(self), QToolButton(self), QToolButton(self)
        up.setText("▲")
        down.setText("▼")
        up.setToolTip(self.tr("Move up (Alt+Up)"))
        down.setToolTip(self.tr("Move down (Alt+Down)"))
        up.setObjectName(f"up_{row}")
        down.setObjectName(f"down_{row}")
        remove.setObjectName(f"remove_{row}")
        remove.setCheckable(True)
        remove.setText(self.tr("Remove"))
        if row == UNVERIFIED:
            remove.setEnabled(False)
            remove.setToolTip(
                self.tr("Every new claim starts with this verdict: it can be renamed, not removed")
            )
        up.clicked.connect(lambda _checked=False, r=row: self.move(r, -1))
        down.clicked.connect(lambda _checked=False, r=row: self.move(r, 1))
        remove.toggled.connect(lambda on, r=row: self.set_removed(r, on))
        place = PlainLabel(self)
        place.setObjectName(f"place_{row}")
        move = QComboBox(self)
        move.setObjectName(f"move_to_{row}")
        move.hide()
        self.rows[row] = (ar, en, rating, button)
        self.controls[row] = (up, down, remove)
        for widget in (ar, en, rating, button, up, down, remove):
            widget.installEventFilter(self)
        self.places[row] = place
        self.moves[row] = move
        self._colors[row] = color
        self.order.append(row)
        self._show_color(row)

    def add_verdict(self) -> str:
        """A new, empty verdict at the end of the scale; its Arabic label takes the focus."""
        self._added += 1
        row = f"+{self._added}"
        self._make_row(row, "", "", None, NEW_COLOR)
        self._lay_out()
        if self.isVisible():  # widgets added to a shown dialog show only when told
            for widget in (self.places[row], *self.rows[row], *self.controls[row]):
                widget.show()
        self.rows[row][0].setFocus()
        return row

    def move(self, row: str, step: int) -> None:
        """Move a verdict up (-1) or down (1) the scale."""
        i = self.order.index(row)
        j = i + step
        if not 0 <= j < len(self.order):
            return
        self.order[i], self.order[j] = self.order[j], self.order[i]
        self._lay_out()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Alt+Up and Alt+Down in any field of a row move that row (before a spin box steps)."""
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            for row, widgets in self.rows.items():
                if obj in widgets or obj in self.controls[row]:
                    self.move(row, -1 if event.key() == Qt.Key.Key_Up else 1)
                    if isinstance(obj, QWidget):
                        obj.setFocus()
                    return True
        return super().eventFilter(obj, event)

    def set_removed(self, row: str, removed: bool) -> None:
        """Mark a verdict to be removed (or kept again). One still used by claims shows a choice of
        the verdict they take instead."""
        if removed:
            self.removed.add(row)
        else:
            self.removed.discard(row)
        remove = self.controls[row][2]
        if remove.isChecked() != removed:
            remove.setChecked(removed)
        remove.setText(self.tr("Keep") if removed else self.tr("Remove"))
        for widget in (*self.rows[row], *self.controls[row][:2]):
            widget.setEnabled(not removed)
        self._lay_out()

    def _fill_moves(self) -> None:
        """Each removed verdict in use: a choice among the verdicts kept (none chosen at first)."""
        kept = [r for r in self.order if r not in self.removed and not r.startswith("+")]
        for row, combo in self.moves.items():
            needs = row in self.removed and self.in_use.get(row, 0) > 0
            combo.setVisible(needs)
            if not needs:
                continue
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.setPlaceholderText(self.tr("Its %n claim(s) take…", "", self.in_use[row]))
            for other in kept:
                ar, en = self.rows[other][0].text(), self.rows[other][1].text()
                combo.addItem(_color_icon(self._colors[other]), verdict_text(ar, en), other)
            combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else -1)
            combo.blockSignals(False)

    def _lay_out(self) -> None:
        """The grid in the scale's order, each kept verdict with the key that sets it."""
        while self.grid.count():
            self.grid.takeAt(0)
        headers = (
            self.tr("Key"),
            self.tr("Arabic label"),
            self.tr("English label"),
            self.tr("Rating (1–5)"),
            self.tr("Colour"),
        )
        if not hasattr(self, "_headers"):
            self._headers = [PlainLabel(text, self) for text in headers]
        for col, label in enumerate(self._headers):
            self.grid.addWidget(label, 0, col)
        place = 0
        for i, row in enumerate(self.order, start=1):
            if row in self.removed:
                self.places[row].setText("—")
            else:
                key = verdict_shortcut(place)
                self.places[row].setText(ltr(key) if key else "")
                place += 1
            widgets = (self.places[row], *self.rows[row], *self.controls[row], self.moves[row])
            for col, widget in enumerate(widgets):
                self.grid.addWidget(widget, i, col)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 2)
        self._fill_moves()

    # ------------------------------------------------------------------------------------------
    # colours

    def set_color(self, row: str, color: str) -> None:
        self._colors[row] = color
        self._show_color(row)

    def _show_color(self, row: str) -> None:
        button = self.rows[row][3]
        color = self._colors[row]
        button.setText(ltr(color))
        button.setIcon(_color_icon(color))

    def _choose_color(self, row: str) -> None:
        from PySide6.QtWidgets import QColorDialog

        chosen = QColorDialog.getColor(QColor(self._colors[row]), self, self.tr("Colour of the verdict"))
        if chosen.isValid():
            self.set_color(row, chosen.name())

    # ------------------------------------------------------------------------------------------
    # the step

    def _entry(self, row: str) -> ScaleEntry:
        ar, en, rating, _ = self.rows[row]
        return ScaleEntry(
            None if row.startswith("+") else row,
            ar.text().strip(),
            en.text().strip(),
            rating.value() or None,
            self._colors[row],
        )

    def operation(self) -> ops.Operation | None:
        """One step (a batch titled «edit verdict scale») for everything changed, or None."""
        current = [ScaleEntry(v.key, v.label_ar, v.label_en, v.rating_value, v.color) for v in self.verdicts]
        wanted = [self._entry(r) for r in self.order if r not in self.removed]
        removed = {
            r: (self.moves[r].currentData() if self.in_use.get(r, 0) else None)
            for r in self.order
            if r in self.removed and not r.startswith("+")
        }
        return edit_scale(current, wanted, removed)

    def problem(self) -> str:
        """What keeps the scale from being saved, in words (empty: nothing)."""
        kept = [r for r in self.order if r not in self.removed]
        if any(not self.rows[r][0].text().strip() or not self.rows[r][1].text().strip() for r in kept):
            return self.tr("Every verdict needs a label in both languages.")
        for row in self.order:
            if row in self.removed and self.in_use.get(row, 0) and self.moves[row].currentData() is None:
                ar, en = self.rows[row][0].text(), self.rows[row][1].text()
                return self.tr(
                    "Choose the verdict that the %n claim(s) of «%1» take instead.", "", self.in_use[row]
                ).replace("%1", verdict_text(ar, en))
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            self.message.show()
            return
        super().accept()

    @staticmethod
    def edit(session: ProjectSession, parent: QWidget | None = None) -> bool:
        """Show the scale of the session's project and record what the user changed as one undoable
        step; True if something changed."""
        counts = {v.key: n for v, n in session.read.verdict_counts()}
        dialog = VerdictScaleDialog(session.read.verdicts(), parent, in_use=counts)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            op = dialog.operation()
            return op is not None and run_or_explain(session, parent, op)
        finally:
            dialog.deleteLater()


def _color_icon(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)
