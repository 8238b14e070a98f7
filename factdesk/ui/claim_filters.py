"""The claims table's filters beyond verdict and words: tag, the open article, outlet, publication
dates and «still unverified», with how many claims remain at each verdict.

The filters only say what to ask for (a :class:`~factdesk.store.read.ClaimFilter`); the filtering
and the counting happen in SQL (:mod:`factdesk.store.queries`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from factdesk.core.operations import Changes
from factdesk.store.read import ClaimFilter
from factdesk.ui.dialogs import DateEdit
from factdesk.ui.labels import verdict_text
from factdesk.ui.session import ProjectSession
from factdesk.ui.widgets import PlainLabel, isolated


class ClaimFilters(QWidget):
    #: the filters changed: the claims table asks again
    changed = Signal()

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.article_id: str | None = None
        self._asked = ClaimFilter()
        self.tag = QComboBox(self)
        self.tag.setObjectName("tagFilter")
        self.outlet = QComboBox(self)
        self.outlet.setObjectName("outletFilter")
        self.in_article = QCheckBox(self)
        self.in_article.setObjectName("inArticleFilter")
        self.since = DateEdit(self)
        self.since.setObjectName("sinceFilter")
        self.until = DateEdit(self)
        self.until.setObjectName("untilFilter")
        for edit in (self.since, self.until):
            edit.setMaximumWidth(120)
            edit.editingFinished.connect(self._dates_changed)
        self.unverified = QCheckBox(self)
        self.unverified.setObjectName("unverifiedFilter")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)
        self.counts = PlainLabel(self)
        self.counts.setObjectName("verdictCounts")
        self.counts.setWordWrap(True)
        self.tag.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.outlet.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.in_article.toggled.connect(lambda _on: self.changed.emit())
        self.unverified.toggled.connect(lambda _on: self.changed.emit())
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.tag, self.outlet, self.in_article, self.since, self.until, self.unverified):
            bar.addWidget(widget)
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        for edit in (self.since, self.until):
            layout.addWidget(edit.message)
        layout.addWidget(self.counts)
        self._dates = ("", "")
        session.changed.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.in_article.setText(self.tr("In the open article"))
        self.since.setPlaceholderText(self.tr("From date"))
        self.until.setPlaceholderText(self.tr("To date"))
        self.since.setAccessibleName(self.tr("Claims from date"))
        self.until.setAccessibleName(self.tr("Claims to date"))
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.outlet.setAccessibleName(self.tr("Filter by outlet"))
        self.since.setToolTip(self.tr("Claims in articles published on or after this date"))
        self.until.setToolTip(self.tr("Claims in articles published on or before this date"))
        self.unverified.setText(self.tr("Still unverified"))
        self.unverified.setToolTip(self.tr("Claims whose verdict is still «Unverified» or «In progress»"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.fill_choices()
        self.show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def fill_choices(self) -> None:
        """The project's tags and outlets, keeping what is chosen."""
        if self.session.closed:
            return
        for combo, everything, values in (
            (self.tag, self.tr("All tags"), [(n, f"#{n} ({c})") for n, c in self.session.read.tags()]),
            (self.outlet, self.tr("All outlets"), [(o, o) for o in self.session.read.outlets()]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value, text in values:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
            if current is not None and combo.currentData() is None:
                self.changed.emit()  # the tag chosen is gone (its last claim untagged)

    # ------------------------------------------------------------------------------------------

    def where(self, **asked: object) -> ClaimFilter:
        """These filters, with the verdict and words the table's own bar asks for (``asked``)."""
        return ClaimFilter(
            tag=self.tag.currentData(),
            outlet=self.outlet.currentData(),
            article_id=self.article_id if self.in_article.isChecked() else None,
            since=self._dates[0],
            until=self._dates[1],
            unverified=self.unverified.isChecked(),
        ).but(**asked)

    def active(self) -> bool:
        return self.where() != ClaimFilter()

    def set_article(self, article_id: str | None) -> None:
        """The article open in the reader (what «In the open article» keeps)."""
        if article_id != self.article_id:
            self.article_id = article_id
            if self.in_article.isChecked():
                self.changed.emit()

    def clear(self) -> None:
        for combo in (self.tag, self.outlet):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for box in (self.in_article, self.unverified):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        for edit in (self.since, self.until):
            edit.clear()
            edit.message.hide()
        self._dates = ("", "")
        self.changed.emit()

    def _dates_changed(self) -> None:
        dates = tuple(edit.check() or "" for edit in (self.since, self.until))
        if dates != self._dates:
            self._dates = (dates[0], dates[1])
            self.changed.emit()

    def show_counts(self, asked: ClaimFilter | None = None) -> None:
        """How many claims remain at each verdict under the filters (the verdict filter aside)."""
        if asked is not None:
            self._asked = asked
        if self.session.closed:
            return
        parts = [
            f"{verdict_text(v.label_ar, v.label_en)}: {isolated(str(n))}"
            for v, n in self.session.read.verdict_counts(self._asked)
            if n
        ]
        self.counts.setText(" · ".join(parts) if parts else self.tr("No claim matches these filters."))

    def _on_changed(self, changes: Changes, _origin: object) -> None:
        if self.session.closed:
            return
        if changes.touches("tag", "article"):
            self.fill_choices()
        # A highlight alone is no claim's appearance (deleting a linked one deletes its appearances
        # too, which are in the changes): the counts never depend on spans by themselves.
        if changes.touches("claim", "verdict", "tag", "appearance", "article"):
            self.show_counts()
