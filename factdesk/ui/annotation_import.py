"""File → Import annotations…: W3C Web Annotations (FactDesk's own export or another tool's) or a
Hypothesis JSON export, brought into the open project.

It asks for the file, runs the workflow «factdesk import-annotations» runs
(:func:`factdesk.app.annotations.import_annotations`) through the window's session, so that everything
placed is ONE step Edit → Undo takes back, and shows what happened: how many annotations were placed
exactly, how many were re-anchored where their quote moved or changed slightly (each with what the
article reads now), and the orphans, whose quote is no longer found, with what they annotated. A file
that is not one is refused in words, and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factdesk.app import annotations as workflow
from factdesk.app.annotations import ANNOTATION_PATTERNS, AnnotationImport, Orphan
from factdesk.core.operations import OperationError
from factdesk.importers import errors as refusals
from factdesk.importers.errors import ImportRefused
from factdesk.store.errors import ProjectError
from factdesk.ui import bidi
from factdesk.ui.dialogs import interface_direction
from factdesk.ui.session import ProjectSession
from factdesk.ui.widgets import PlainLabel, literal, no_mnemonic, plain_title


def tr(text: str) -> str:
    return QCoreApplication.translate("AnnotationImport", text)


def import_annotations(
    session: ProjectSession,
    parent: QWidget | None,
    path: str | None = None,
    *,
    origin: object = None,
    say: Callable[[str], None] = lambda _text: None,
    show: bool = True,
) -> AnnotationImportDialog | None:
    """Ask for an annotation file (unless ``path`` is given), import it as one undoable step and show
    what happened (the dialog, also returned; ``say`` gets one line for the status bar). None when
    nothing was chosen or the file was refused (said in a message box)."""
    if path is None:
        patterns = " ".join(ANNOTATION_PATTERNS)
        path, _ = QFileDialog.getOpenFileName(
            parent,
            tr("Import annotations"),
            str(Path.home()),
            tr("Annotations: W3C or Hypothesis JSON (%1)").replace("%1", patterns)
            + ";;"
            + tr("All files (*)"),
        )
    if not path:
        return None
    try:
        result = workflow.import_annotations(path, session.read, lambda op: session.run(op, origin=origin))
    except ImportRefused as exc:
        refuse(parent, Path(path).name, exc)
        return None
    except (OperationError, ProjectError) as exc:
        refuse(parent, Path(path).name, exc)
        return None
    say(summary_line(result))
    dialog = AnnotationImportDialog(result, Path(path).name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if show:
        dialog.open()
    return dialog


def refusal_words(exc: Exception) -> str:
    """Why the file was refused, in the interface language."""
    if isinstance(exc, ImportRefused):
        words = {
            refusals.DAMAGED: tr(
                "It is not an annotation file FactDesk can read: FactDesk reads W3C Web Annotations "
                "(JSON-LD) and Hypothesis JSON exports."
            ),
            refusals.TOO_LARGE: tr("It is too large for an annotation file."),
            refusals.UNREADABLE: tr("It could not be opened: it is missing, a folder, or not readable."),
        }
        return words.get(exc.reason, str(exc))
    return exc.message if isinstance(exc, ProjectError) else str(exc)


def refuse(parent: QWidget | None, name: str, exc: Exception) -> QMessageBox:
    """Say that the file was not imported and nothing changed; the importer's own words (the refusal's
    text) are in the details."""
    box = QMessageBox(parent)
    box.setLayoutDirection(interface_direction())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Import annotations"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        tr("«%1» was not imported, and nothing was changed. %2")
        .replace("%1", bidi.auto(name))
        .replace("%2", refusal_words(exc))
    )
    box.setDetailedText(exc.message if isinstance(exc, ImportRefused | ProjectError) else str(exc))
    box.addButton(tr("OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    return box


def summary_line(result: AnnotationImport) -> str:
    """One line for the status bar."""
    exact = len(result.placed) - len(result.changed)
    return (
        tr("Annotations imported: placed exactly %1, re-anchored %2, not placed %3.")
        .replace("%1", str(exact))
        .replace("%2", str(len(result.changed)))
        .replace("%3", str(len(result.orphans)))
    )


def orphan_reason(orphan: Orphan) -> str:
    if orphan.why == workflow.QUOTE_GONE:
        return tr("The quote is no longer in «%1».").replace("%1", bidi.auto(orphan.title))
    return tr("No article of the project has this address or text.")


class AnnotationImportDialog(QDialog):
    """What an annotation import did: counts, the annotations re-anchored, the orphans."""

    def __init__(self, result: AnnotationImport, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_ = result
        self.setLayoutDirection(interface_direction())
        self.setWindowTitle(plain_title(self.tr("Annotations imported from %1").replace("%1", name)))
        # the tables' room only when there is something to list: a clean import is a short note
        self.resize(900, 560 if result.changed or result.orphans else 200)
        exact = len(result.placed) - len(result.changed)
        self.summary = PlainLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        lines = [
            self.tr(
                "Annotations in the file: %1. Placed exactly: %2. Re-anchored where the quote moved or "
                "changed slightly: %3. Not placed, their quote not found: %4."
            )
            .replace("%1", str(result.read))
            .replace("%2", str(exact))
            .replace("%3", str(len(result.changed)))
            .replace("%4", str(len(result.orphans))),
            self.tr("New highlights: %1; already there: %2; new claims: %3; links to claims: %4.")
            .replace("%1", str(result.spans_added))
            .replace("%2", str(result.spans_existing))
            .replace("%3", str(result.claims_added))
            .replace("%4", str(result.links_added)),
        ]
        if result.unusable:
            lines.append(
                self.tr("Items of the file with no quote to place: %1.").replace("%1", str(result.unusable))
            )
        if result.seq is not None:
            lines.append(self.tr("Edit → Undo takes the whole import back in one step."))
        self.summary.setText("\n".join(lines))

        changed_title = no_mnemonic(self.tr("Re-anchored: the quote moved or changed slightly"))
        self.changed_label = PlainLabel(changed_title, self)
        self.changed = self._table(
            "changed",
            changed_title,
            [self.tr("Quote in the file"), self.tr("The article now reads"), self.tr("Similarity")],
            [(bidi.auto(p.quote), bidi.auto(p.found), f"{p.score:.0f}%") for p in result.changed],
        )
        orphans_title = no_mnemonic(self.tr("Not placed (orphans): the quote was not found"))
        self.orphans_label = PlainLabel(orphans_title, self)
        self.orphans = self._table(
            "orphans",
            orphans_title,
            [self.tr("Quote"), self.tr("What it annotated"), self.tr("Why")],
            [
                (bidi.auto(o.quote), bidi.ltr(o.source) if o.source else "", orphan_reason(o))
                for o in result.orphans
            ],
        )
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        for label, table in ((self.changed_label, self.changed), (self.orphans_label, self.orphans)):
            label.setVisible(table.rowCount() > 0)
            table.setVisible(table.rowCount() > 0)
            layout.addWidget(label)
            layout.addWidget(table, 1)
        if not result.changed and not result.orphans:
            layout.addStretch(1)
        layout.addWidget(buttons)

    def _table(
        self, name: str, title: str, headers: list[str], rows: Sequence[tuple[str, str, str]]
    ) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers), self)
        table.setObjectName(name)
        table.setAccessibleName(title)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(280)
        header.setStretchLastSection(True)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(literal(value))
                table.setItem(r, c, item)
        return table

    def orphan_rows(self) -> list[tuple[str, str, str]]:
        """The orphans as shown: (quote, what it annotated, why), marks of direction removed."""
        return [
            tuple(bidi.strip(self.orphans.item(r, c).text()) for c in range(3))  # type: ignore[misc]
            for r in range(self.orphans.rowCount())
        ]
