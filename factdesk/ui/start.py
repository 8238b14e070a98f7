"""The start screen: new, open, recent projects, the demo; and where new projects go."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factdesk.ui.widgets import PlainLabel, literal


def projects_dir() -> Path:
    """Where new projects and the demo are put: ``Documents/FactDesk``, a folder the user sees,
    backs up and finds again (not the hidden configuration folder). Under ``FACTDESK_CONFIG_DIR``
    when that is set, so that tests never write to the real documents folder."""
    override = os.environ.get("FACTDESK_CONFIG_DIR")
    if override:
        return Path(override) / "documents" / "FactDesk"
    return Path(user_documents_dir()) / "FactDesk"


class StartScreen(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    tourRequested = Signal()
    recentChosen = Signal(str)

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self.title = PlainLabel()
        self.title.setObjectName("startTitle")
        self.subtitle = PlainLabel()
        self.subtitle.setWordWrap(True)
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.demo_button = QPushButton()
        #: offered until the tour has been taken (see :meth:`offer_tour`)
        self.tour_button = QPushButton()
        self.tour_button.setObjectName("tourButton")
        self.tour_button.setVisible(False)
        for b, signal in (
            (self.new_button, self.newRequested),
            (self.open_button, self.openRequested),
            (self.demo_button, self.demoRequested),
            (self.tour_button, self.tourRequested),
        ):
            b.setMinimumHeight(40)
            b.clicked.connect(signal.emit)
        self.recent_label = PlainLabel()
        self.recent = QListWidget()
        self.recent.itemActivated.connect(
            lambda item: self.recentChosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.recent.itemDoubleClicked.connect(
            lambda item: self.recentChosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.recent.setVisible(bool(recent))
        for path in recent:
            item = QListWidgetItem(f"{Path(path).stem}\n{path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(literal(path))
            self.recent.addItem(item)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(b)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addWidget(self.tour_button)
        column.addSpacing(16)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent, 2)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        from factdesk.ui import looks

        looks.apply(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("FactDesk"))
        self.subtitle.setText(
            self.tr(
                "A workbench for checking claims in Arabic news: read, highlight, "
                "link every appearance of a claim, weigh the evidence, record the verdict."
            )
        )
        self.new_button.setText(self.tr("New project…"))
        self.open_button.setText(self.tr("Open project…"))
        self.demo_button.setText(self.tr("Open the demo project"))
        self.tour_button.setText(self.tr("Open the demo with a guided tour"))
        self.recent_label.setText(
            self.tr("Recent projects") if self.recent.count() else self.tr("No recent projects yet.")
        )

    def offer_tour(self, offered: bool) -> None:
        """Show (on first run) or hide the button that opens the demo with the guided tour."""
        self.tour_button.setVisible(offered)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
