"""Searching the project, Arabic folded, through the store; results with snippets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # search loads its fold table when first used, not when the window opens
    from factdesk.store.read import ArticleHit
from factdesk.ui.session import ProjectSession
from factdesk.ui.widgets import PlainLabel


class SearchPanel(QWidget):
    """Type a query; each result shows its article and a snippet with the hit marked. Opening a
    result emits the article and every hit's exact range (code points)."""

    openResult = Signal(str, object)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.run_search)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        # Folded search finds «على» for «علي»; this switch keeps only the spelling typed.
        self.exact = QCheckBox()
        self.exact.toggled.connect(lambda _on: self.run_search() if self.query.text().strip() else None)
        self.summary = PlainLabel()
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._open)
        self.results.itemClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        row = QHBoxLayout()
        row.addWidget(self.exact)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self.hits: list[ArticleHit] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.query.setPlaceholderText(self.tr("Search all articles (الرقه finds الرقة and الرَّقة)"))
        self.query.setAccessibleName(self.tr("Search all articles"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.exact.setText(self.tr("Exact spelling"))
        self.exact.setToolTip(
            self.tr(
                "Only the spelling as typed: علي does not find على, nor المملكة find "
                "بالمملكة. Diacritics and hidden characters are still ignored."
            )
        )
        self._summarise()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def run_search(self, text: str | None = None) -> list[ArticleHit]:
        if text is not None:
            self.query.blockSignals(True)
            self.query.setText(text)
            self.query.blockSignals(False)
        self._timer.stop()
        self.hits = self.session.read.search_articles(
            self.query.text(), limit=200, exact=self.exact.isChecked()
        )
        self.results.clear()
        for hit in self.hits:
            marked = hit.snippet
            for a, b in reversed(hit.snippet_hits):
                marked = marked[:a] + "«" + marked[a:b] + "»" + marked[b:]
            item = QListWidgetItem(f"{hit.title or self.tr('(untitled)')}  ({len(hit.hits)})\n{marked}")
            item.setData(Qt.ItemDataRole.UserRole, hit.article_id)
            self.results.addItem(item)
        self._summarise()
        return self.hits

    def _summarise(self) -> None:
        if not self.query.text().strip():
            self.summary.setText(self.tr("Quotes make a phrase; OR gives alternatives; -word excludes."))
        elif not self.hits:
            self.summary.setText(self.tr("No matches."))
        else:
            total = sum(len(h.hits) for h in self.hits)
            self.summary.setText(
                self.tr("Hits: %1 · articles: %2")
                .replace("%1", str(total))
                .replace("%2", str(len(self.hits)))
            )

    def _open(self, item: QListWidgetItem) -> None:
        row = self.results.row(item)
        hit = self.hits[row]
        self.openResult.emit(hit.article_id, list(hit.hits))

    def open_row(self, row: int) -> None:
        self._open(self.results.item(row))
