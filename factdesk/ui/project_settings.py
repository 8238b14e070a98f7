"""File → Project settings…: what the project says about who publishes its fact-checks (the
organisation, its web address, the address of a published review). ClaimReview exports name them;
the command line sets the same with ``factdesk setting``. Saving is one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from factdesk.core import model
from factdesk.core import operations as ops
from factdesk.ui.dialogs import interface_direction, run_or_explain
from factdesk.ui.session import ProjectSession
from factdesk.ui.widgets import PlainLabel, literal


def settings_step(current: dict[str, str], wanted: dict[str, str]) -> ops.Operation | None:
    """The one step that makes the project's settings ``wanted`` (None when nothing changes)."""
    changes: list[ops.Operation] = [
        ops.SetSetting(key, wanted[key].strip())
        for key in model.SETTINGS
        if key in wanted and wanted[key].strip() != current.get(key, "")
    ]
    if not changes:
        return None
    return changes[0] if len(changes) == 1 else ops.Batch("change project settings", changes)


class ProjectSettingsDialog(QDialog):
    """The project's settings, each with what it is for."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setLayoutDirection(interface_direction())
        self.setWindowTitle(self.tr("Project settings"))
        self.resize(620, 0)
        self.current = {key: session.read.setting(key) for key in model.SETTINGS}
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {
            "organisation": self.tr("Organisation"),
            "organisation_url": self.tr("Its web address"),
            "claim_url": self.tr("Address of a published review"),
        }
        hints = {
            "organisation": self.tr("Who publishes these fact-checks (the author of ClaimReview records)"),
            "organisation_url": "https://",
            "claim_url": "https://…/{id}",
        }
        tips = {
            "organisation": hints["organisation"],
            "organisation_url": self.tr("The organisation's web address"),
            "claim_url": self.tr("https://…/{id}: {id} stands for the claim's id"),
        }
        for key in model.SETTINGS:
            edit = QLineEdit(self.current[key], self)
            edit.setObjectName(f"setting_{key}")
            edit.setPlaceholderText(hints[key])
            edit.setAccessibleName(labels[key])
            edit.setToolTip(literal(tips[key]))
            if key != "organisation":  # addresses read left to right in either language
                edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            self.fields[key] = edit
            form.addRow(labels[key], edit)
        note = PlainLabel(self)
        note.setWordWrap(True)
        note.setText(
            self.tr(
                "ClaimReview exports name the organisation as the author of each review; "
                "saving is one step that Undo takes back."
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.fields["organisation"].setFocus()

    def step(self) -> ops.Operation | None:
        return settings_step(self.current, {key: edit.text() for key, edit in self.fields.items()})

    @classmethod
    def edit(cls, session: ProjectSession, parent: QWidget | None = None) -> bool:
        """Ask, then save what changed as one undoable step. True when something was saved."""
        dialog = cls(session, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            step = dialog.step()
            return step is not None and run_or_explain(session, parent, step)
        finally:
            dialog.deleteLater()
