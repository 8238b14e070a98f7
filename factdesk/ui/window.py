"""The main window: articles, the reader, claims, a claim's detail, sources, search.

Right-to-left throughout. Every action is declared in :mod:`factdesk.ui.actions`; every change
goes through the session (one operation, one transaction, one undo step); nothing needs saving.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from factdesk.core import operations as ops
from factdesk.core.operations import Changes, OperationError
from factdesk.store import backup as backups
from factdesk.store.errors import ProjectError, ProjectReadOnly
from factdesk.store.project import Project
from factdesk.ui import i18n, looks, tables
from factdesk.ui.actions import Actions
from factdesk.ui.detail import ClaimDetail, chip_icon
from factdesk.ui.file_tasks import FileTasks
from factdesk.ui.labels import verdict_text
from factdesk.ui.models import ArticleListModel, ClaimTableModel
from factdesk.ui.preferences import Preferences
from factdesk.ui.reader import ArticleReader, Highlight
from factdesk.ui.search_panel import SearchPanel
from factdesk.ui.session import ProjectSession
from factdesk.ui.start import StartScreen, projects_dir
from factdesk.ui.widgets import PlainLabel, fit_to_screen, isolated, joined, literal, plain_title

#: Projects up to this size are checked by SQLite before they are shown (about 0.1 s); larger ones
#: open at once and are checked beside the opening (0.9 s for 10,000 articles, 316 MB).
SYNC_CHECK_BYTES = 64 * 1024 * 1024

#: How soon the window retries a checkpoint that a reader elsewhere (an export, a backup) kept
#: from finishing, so that the project file alone soon holds every change again (ms).
CHECKPOINT_RETRY_MS = 1000

#: A change of at most this many highlights (and nothing else) redraws just those; more (an
#: import of highlights) reads the open article's highlights again.
SPANS_REDRAWN_ONE_BY_ONE = 200


class Workbench(QWidget):
    """Everything shown while a project is open."""

    def __init__(self, session: ProjectSession, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prefs = prefs

        # articles (the right edge in RTL)
        self.article_filter = QLineEdit()
        self.article_filter.setClearButtonEnabled(True)
        self.articles_model = ArticleListModel(session, self)
        self.articles_model.reload()
        self.articles = QTableView()
        self.articles.setModel(self.articles_model)
        tables.setup_articles_table(self.articles)
        self.article_filter.textChanged.connect(self._filter_articles)
        from factdesk.ui import editing  # the article list's context menu: edit details, delete

        editing.article_menu(self.articles, session, self.articles_model.id_at)
        self.articles.selectionModel().currentRowChanged.connect(self._article_row_changed)
        articles_box = QWidget()
        articles_box.setObjectName("articlesPanel")
        lay = QVBoxLayout(articles_box)
        lay.setContentsMargins(0, 0, 0, 0)
        self.articles_label = PlainLabel()
        self.articles_label.setObjectName("sectionLabel")
        lay.addWidget(self.articles_label)
        lay.addWidget(self.article_filter)
        lay.addWidget(self.articles, 1)

        # the reader
        self.reader = ArticleReader()
        from factdesk.ui.suggestions import Suggestions  # View → Show check-worthy sentences

        self.suggestions = Suggestions(self)
        self.suggestions.enabled = bool(prefs.get("show_suggestions"))
        self.reader_title = PlainLabel()
        self.reader_title.setObjectName("readerTitle")
        self.reader_title.setWordWrap(True)
        self.reader_title.limit_lines(3)
        self.reader_meta = PlainLabel()
        self.reader_meta.setObjectName("readerMeta")
        self.hit_label = PlainLabel()
        reader_box = QWidget()
        reader_box.setObjectName("readerPanel")
        rl = QVBoxLayout(reader_box)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.reader_title)
        from factdesk.ui.legend import HighlightLegend

        self.legend = HighlightLegend()
        self.legend.hide()
        self.legend_button = QToolButton()
        self.legend_button.setCheckable(True)
        self.legend_button.setAutoRaise(True)
        self.legend_button.toggled.connect(self.legend.setVisible)
        meta_row = QHBoxLayout()
        meta_row.addWidget(self.reader_meta, 1)
        meta_row.addWidget(self.hit_label)
        meta_row.addWidget(self.legend_button)
        rl.addLayout(meta_row)
        rl.addWidget(self.reader, 1)
        rl.addWidget(self.legend)

        # the side: claim detail, sources, search
        self.detail = ClaimDetail(session)
        from factdesk.ui.sources import SourcesPanel

        self.sources = SourcesPanel(session)
        self.search = SearchPanel(session)
        # the claim's detail scrolls inside its tab: its many fields never make the window taller
        # than a laptop's screen (without this, its minimum height alone was over 800 px)
        self.detail_page = QScrollArea()
        self.detail_page.setObjectName("claimDetailPage")
        self.detail_page.setWidgetResizable(True)
        self.detail_page.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_page.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus, not it
        self.detail_page.setWidget(self.detail)
        self.side = QTabWidget()
        self.side.addTab(self.detail_page, "")
        self.side.addTab(self.sources, "")
        self.side.addTab(self.search, "")

        # claims table (bottom)
        self.verdict_filter = QComboBox()
        self.claim_filter = QLineEdit()
        self.claim_filter.setClearButtonEnabled(True)
        self.claims_model = ClaimTableModel(session, i18n.current_language, self)
        self.claims_model.reload()
        self.claims = QTableView()
        self.claims.setModel(self.claims_model)
        tables.setup_claims_table(self.claims)
        self.claims.selectionModel().currentRowChanged.connect(self._claim_row_changed)
        self.claims_model.modelAboutToBeReset.connect(self._remember_claim)
        self.claims_model.modelReset.connect(self._restore_claim)
        self.verdict_filter.currentIndexChanged.connect(self._filter_claims)
        self.claim_filter.textChanged.connect(self._filter_claims)
        claims_box = QWidget()
        claims_box.setObjectName("claimsPanel")
        cl = QVBoxLayout(claims_box)
        cl.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.claims_label = PlainLabel()
        self.claims_label.setObjectName("sectionLabel")
        bar.addWidget(self.claims_label)
        bar.addWidget(self.verdict_filter)
        bar.addWidget(self.claim_filter, 1)
        cl.addLayout(bar)
        from factdesk.ui.claim_filters import ClaimFilters  # tag, article, outlet, dates, unverified

        self.claim_filters = ClaimFilters(session, self)
        self.claim_filters.changed.connect(self._filter_claims)
        cl.addWidget(self.claim_filters)
        cl.addWidget(self.claims, 1)

        self.top = QSplitter(Qt.Orientation.Horizontal)
        self.top.addWidget(articles_box)
        self.top.addWidget(reader_box)
        self.top.addWidget(self.side)
        self.top.setStretchFactor(0, 2)
        self.top.setStretchFactor(1, 5)
        self.top.setStretchFactor(2, 3)
        self.top.setSizes([360, 680, 460])
        self.outer = QSplitter(Qt.Orientation.Vertical)
        self.outer.addWidget(self.top)
        self.outer.addWidget(claims_box)
        self.outer.setStretchFactor(0, 3)
        self.outer.setStretchFactor(1, 1)
        self.outer.setSizes([600, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.outer)
        from factdesk.ui.panes import PaneMemory

        self.panes = PaneMemory(
            prefs, {"main": self.top, "window": self.outer, "sources": self.sources.splitter}, self
        )

        self.article_id: str | None = None
        self.claim_id: str | None = None
        self._remembered_claim: str | None = None
        self.reader.claimClicked.connect(self.select_claim)
        self.detail.openAppearance.connect(self.open_article_at)
        self.search.openResult.connect(self.open_search_result)
        session.changed.connect(self._on_changed)
        looks.apply(self)
        looks.paper(self.reader)
        self.apply_font()
        self.retranslate()
        first = self.articles_model.id_at(0)
        if first:
            self.open_article(first)
        first_source = self.sources.model.id_at(0)
        if first_source:
            self.sources.select_source(first_source)

    # ------------------------------------------------------------------------------------------
    # text

    def retranslate(self) -> None:
        if self.session.closed:
            return
        self.articles_label.setText(self.tr("Articles"))
        self.article_filter.setPlaceholderText(self.tr("Filter by title, outlet, author…"))
        self.claims_label.setText(self.tr("Claims"))
        self.claim_filter.setPlaceholderText(self.tr("Filter claims (any spelling of the letters)…"))
        self.side.setTabText(0, self.tr("Claim"))
        self.side.setTabText(1, self.tr("Sources"))
        self.side.setTabText(2, self.tr("Search"))
        current = self.verdict_filter.currentData()
        self.verdict_filter.blockSignals(True)
        self.verdict_filter.clear()
        self.verdict_filter.addItem(self.tr("All verdicts"), None)
        for v in self.session.read.verdicts():
            self.verdict_filter.addItem(chip_icon(v.color), verdict_text(v.label_ar, v.label_en), v.key)
        self.verdict_filter.setCurrentIndex(max(0, self.verdict_filter.findData(current)))
        self.verdict_filter.blockSignals(False)
        self.legend_button.setText(self.tr("Colour key"))
        for widget, name in (
            (self.article_filter, self.tr("Filter articles")),
            (self.articles, self.tr("Articles")),
            (self.reader, self.tr("Article text")),
            (self.side, self.tr("Claim, sources and search")),
            (self.claim_filter, self.tr("Filter claims")),
            (self.claims, self.tr("Claims")),
            (self.verdict_filter, self.tr("Show claims with the verdict")),
        ):
            widget.setAccessibleName(name)
        self.legend_button.setToolTip(self.tr("What the colours of the highlights mean"))
        self.legend.set_verdicts(self.session.read.verdicts())
        self._show_article_header()
        self.claims_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self.articles_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self.claims.viewport().update()

    def apply_font(self) -> None:
        font = QFont(self.prefs.reading_font(), self.prefs.get("reader_size"))
        self.reader.setFont(font)
        self.reader.show_invisibles = bool(self.prefs.get("show_invisibles"))
        self.reader.viewport().update()

    # ------------------------------------------------------------------------------------------
    # articles and the reader

    def _filter_articles(self, text: str) -> None:
        self.articles_model.contains = text
        self.articles_model.reload()
        row = self.articles_model.row_of(self.article_id) if self.article_id else -1
        if row >= 0:
            self.articles.selectRow(row)

    def _article_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ident = self.articles_model.id_at(current.row())
        if ident and ident != self.article_id:
            self.open_article(ident)

    def open_article(self, article_id: str) -> None:
        row = self.session.read.get("article", article_id)
        if row is None:
            return
        self.article_id = article_id
        self.reader.set_article(article_id, str(row["text"]))
        self.claim_filters.set_article(article_id)
        self.suggestions.article_changed()
        self.refresh_highlights()
        self._show_article_header()
        model_row = self.articles_model.row_of(article_id)
        if model_row >= 0 and self.articles.currentIndex().row() != model_row:
            self.articles.selectionModel().setCurrentIndex(
                self.articles_model.index(model_row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.hit_label.setText("")

    def _show_article_header(self) -> None:
        row = self.session.read.get("article", self.article_id) if self.article_id else None
        if row is None:
            self.reader_title.setText(self.tr("No article open. Import one from the File menu."))
            self.reader_meta.setText("")
            return
        self.reader_title.setText(str(row["title"]) or self.tr("(untitled)"))
        meta = [joined([str(row[k]) for k in ("outlet", "author", "place", "published")])]
        hidden = self.reader.invisibles()
        if hidden:
            meta.append(self.tr("%n hidden character(s)", "", len(hidden)))
        self.reader_meta.setText(" · ".join(m for m in meta if m))

    def refresh_highlights(self) -> None:
        if not self.article_id:
            return
        spans, claim_texts = self.session.read.article_highlights(self.article_id)
        self.reader.set_highlights(
            [Highlight(s, a, b, c, col) for s, a, b, c, col in spans],
            {cid: (text, verdict_text(ar, en)) for cid, (text, ar, en) in claim_texts.items()},
            self.claim_id,
        )

    def open_article_at(self, article_id: str, start: int, end: int) -> None:
        if article_id != self.article_id:
            self.open_article(article_id)
        self.reader.show_range(start, end)
        self.reader.setFocus()

    def open_search_result(self, article_id: str, hits: list[tuple[int, int]]) -> None:
        if article_id != self.article_id:
            self.open_article(article_id)
        self.reader.set_hits(hits)
        self._show_hit_position()

    def step_hit(self, step: int) -> None:
        if self.reader.hit_count:
            self.reader.next_hit(step)
            self._show_hit_position()

    def _show_hit_position(self) -> None:
        if self.reader.hit_count:
            self.hit_label.setText(
                self.tr("Hit %1 of %2")
                .replace("%1", str(self.reader.current_hit + 1))
                .replace("%2", str(self.reader.hit_count))
            )

    # ------------------------------------------------------------------------------------------
    # claims

    def _filter_claims(self) -> None:
        self.claims_model.verdict = self.verdict_filter.currentData()
        self.claims_model.contains = self.claim_filter.text()
        self.claims_model.where = self.claim_filters.where()
        self.claims_model.reload()
        self.claim_filters.show_counts(self.claim_filters.where(contains=self.claims_model.contains))

    def _claim_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ident = self.claims_model.id_at(current.row())
        if ident:
            self._set_claim(ident)

    def select_claim(self, claim_id: str) -> None:
        """Select a claim everywhere: its row, its detail, its highlights."""
        row = self.claims_model.row_of(claim_id)
        if row < 0 and (
            self.claims_model.verdict or self.claims_model.contains or self.claim_filters.active()
        ):
            self.verdict_filter.setCurrentIndex(0)
            self.claim_filter.clear()
            if self.claim_filters.active():
                self.claim_filters.clear()
            row = self.claims_model.row_of(claim_id)
        if row >= 0:
            self.claims.selectionModel().setCurrentIndex(
                self.claims_model.index(row, 1),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.claims.scrollTo(self.claims_model.index(row, 1))
        self._set_claim(claim_id)
        self.side.setCurrentWidget(self.detail_page)

    def _set_claim(self, claim_id: str | None) -> None:
        self.claim_id = claim_id
        self.detail.show_claim(claim_id)
        self.reader.select_claim(claim_id)

    def _remember_claim(self) -> None:
        self._remembered_claim = self.claim_id

    def _restore_claim(self) -> None:
        ident = self._remembered_claim
        if ident is None or self.session.closed:
            return
        row = self.claims_model.row_of(ident)
        if row >= 0:
            self.claims.selectionModel().blockSignals(True)
            self.claims.selectionModel().setCurrentIndex(
                self.claims_model.index(row, 1),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.claims.selectionModel().blockSignals(False)
        elif self.session.read.get("claim", ident) is None:
            self._set_claim(None)

    def refresh_spans(self, span_ids: set[str]) -> None:
        """Redraw only these highlights (added, moved or deleted), not the article's others."""
        if not self.article_id:
            return
        spans, claim_texts = self.session.read.article_highlights(self.article_id, span_ids)
        self.reader.replace_highlights(
            span_ids,
            [Highlight(s, a, b, c, col) for s, a, b, c, col in spans],
            {cid: (text, verdict_text(ar, en)) for cid, (text, ar, en) in claim_texts.items()},
        )

    def _on_changed(self, changes: Changes, origin: object) -> None:
        if self.session.closed:
            return
        if changes.kinds == {"span"} and len(changes.keys) <= SPANS_REDRAWN_ONE_BY_ONE:
            self.refresh_spans({key for _kind, key in changes.keys})
        elif changes.touches("span", "appearance", "claim", "verdict"):
            self.refresh_highlights()
        if changes.touches("verdict"):  # the scale was edited: its labels in the filter
            self.retranslate()
        if changes.touches("article"):
            if self.article_id and self.session.read.get("article", self.article_id) is None:
                self.article_id = None
                self.reader.set_article(None, "")
                self.claim_filters.set_article(None)
                self.suggestions.article_changed()
                first = self.articles_model.id_at(0)
                if first:
                    self.open_article(first)
            self._show_article_header()
        if self.claim_id and self.session.read.get("claim", self.claim_id) is None:
            self._set_claim(None)

    # ------------------------------------------------------------------------------------------
    # moving by keyboard between the parts of the window

    def focus_part(self, part: str) -> None:
        """Put the keyboard focus in the article list, the reader, the claims table or the claim's
        detail; a list gets a current row if it has none, so the arrows work at once."""
        if part == "detail":
            self.side.setCurrentWidget(self.detail_page)
            target = self.detail.claim_text if self.detail.claim_text.isEnabled() else self.detail.appearances
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        view = {"articles": self.articles, "claims": self.claims, "reader": self.reader}[part]
        if isinstance(view, QTableView) and not view.currentIndex().isValid() and view.model().rowCount():
            view.selectionModel().setCurrentIndex(
                view.model().index(0, 1 if view is self.claims else 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def select_highlight(self) -> bool:
        """Select the highlight at the reader's caret and its claim (again: the next overlapping one)."""
        return self.reader.select_highlight_at_caret() is not None

    # ------------------------------------------------------------------------------------------
    # what a fact-checker does (called by the window's actions)

    def selection_or_warn(self) -> tuple[int, int] | None:
        sel = self.reader.snapped_selection()
        if sel is None or not self.article_id:
            QMessageBox.information(
                self, self.tr("Select some text"), self.tr("First select the words in the article.")
            )
            return None
        return sel

    def new_claim_from_selection(self, claim_text: str | None = None) -> str | None:
        sel = self.selection_or_warn()
        if sel is None:
            return None
        quote = self.reader.text[sel[0] : sel[1]]
        if claim_text is None:
            from factdesk.ui.claim_dialog import NewClaimDialog

            claim_text = NewClaimDialog.ask(quote, self)
            if not claim_text:
                return None
        batch = ops.claim_from_selection(self.article_id, sel[0], sel[1], claim_text)
        if self._run(batch):
            claim_id = batch.ops[1].id  # type: ignore[attr-defined]
            self.select_claim(claim_id)
            return claim_id
        return None

    def mark_selection(self) -> str | None:
        sel = self.selection_or_warn()
        if sel is None:
            return None
        op = ops.AddSpan(self.article_id, sel[0], sel[1])
        return op.id if self._run(op) else None

    def link_selection(self, claim_id: str | None = None, role: str = "asserts") -> str | None:
        sel = self.selection_or_warn()
        if sel is None:
            return None
        if claim_id is None:
            from factdesk.ui.dialogs import ClaimPicker

            picked = ClaimPicker.pick(
                self.session,
                self,
                self.tr("Link to a claim"),
                quote=self.reader.text[sel[0] : sel[1]],
                preferred=self.claim_id,
            )
            if picked is None:
                return None
            claim_id, role = picked
        span = ops.AddSpan(self.article_id, sel[0], sel[1], kind="claim")
        batch = ops.Batch("link to claim", [span, ops.LinkSpan(claim_id, span.id, role)])
        if self._run(batch):
            self.select_claim(claim_id)
            return span.id
        return None

    def add_evidence_from_selection(self, choice=None) -> str | None:
        sel = self.selection_or_warn()
        if sel is None:
            return None
        row = self.session.read.get("article", self.article_id) or {}
        if choice is None:
            from factdesk.ui.dialogs import EvidenceDialog

            choice = EvidenceDialog.ask(
                self.session,
                self,
                self.article_id,
                str(row.get("title", "")),
                quote=self.reader.text[sel[0] : sel[1]],
                preferred=self.claim_id,
            )
            if choice is None:
                return None
        from factdesk.app.evidence import add_evidence

        title = choice.new_source_title or str(row.get("title", "")) or self.tr("Article")
        plan = add_evidence(
            self.session.read,
            choice.claim_id,
            choice.stance,
            source_id=choice.source_id,
            new_source_title=title,
            article_id=self.article_id,
            selection=sel,
            note=choice.note,
        )
        if self._run(plan.operation):
            self.select_claim(choice.claim_id)
            return plan.evidence_id
        return None

    def attach_evidence(self) -> str | None:
        """Claim → Add evidence from a source…: a source of the project attached to the selected claim."""
        if not self.claim_id:
            QMessageBox.information(self, self.tr("Select a claim"), self.tr("First select a claim."))
            return None
        self.side.setCurrentWidget(self.detail_page)
        return self.detail.attach_evidence()

    def edit_open_article(self) -> bool:
        """Edit → the open article's details (never its text), asked in a dialog: one undoable step."""
        from factdesk.ui import editing

        return bool(self.article_id) and editing.edit_article(self.session, self, str(self.article_id))

    def delete_open_article(self) -> bool:
        """Edit → delete the open article, after saying what goes with it: one undoable step."""
        from factdesk.ui import editing

        return bool(self.article_id) and editing.delete_article(self.session, self, str(self.article_id))

    def set_verdict(self, key: str) -> None:
        if not self.claim_id:
            QMessageBox.information(self, self.tr("Select a claim"), self.tr("First select a claim."))
            return
        self._run(ops.SetVerdict(self.claim_id, key))

    def delete_claim(self, confirm: bool = True) -> None:
        if not self.claim_id:
            return
        row = self.session.read.get("claim", self.claim_id) or {}
        if confirm:
            from factdesk.ui import dialogs

            question = self.tr(
                "Delete the claim «%1» with its appearances and evidence? Undo brings it back."
            ).replace("%1", str(row.get("text", "")))
            if not dialogs.confirm(self, self.tr("Delete claim"), question, yes=self.tr("Delete")):
                return
        self._run(ops.DeleteClaim(self.claim_id))

    def delete_highlight_at_cursor(self) -> None:
        pos = self.reader.selection() or (self.reader.textCursor().position(),) * 2
        hits = self.reader.highlights_at(pos[0])
        if hits:
            self._run(ops.DeleteSpan(hits[-1].span_id))

    def _run(self, op: ops.Operation) -> bool:
        try:
            self.session.run(op, origin=self)
        except OperationError as exc:
            QMessageBox.warning(self, self.tr("That cannot be done"), literal(str(exc)))
            return False
        except ProjectError as exc:
            QMessageBox.critical(self, self.tr("The project cannot be changed"), literal(exc.message))
            return False
        return True


class MainWindow(QMainWindow):
    def __init__(self, prefs: Preferences | None = None) -> None:
        super().__init__()
        self.prefs = prefs or Preferences()
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if self.prefs.get("language") == "ar"
            else Qt.LayoutDirection.LeftToRight
        )
        self.session: ProjectSession | None = None
        self.workbench: Workbench | None = None
        #: the menus' and toolbar's actions (not ``actions``: that is QWidget.actions())
        self.menu_actions = Actions(self)
        # Ctrl+Z goes to a text field only while it has typing of its own to undo
        from factdesk.ui.keyboard import ProjectUndoFirst

        self._undo_first = ProjectUndoFirst(self)
        #: the File menu's long work (import, export, check, backups), told about the session, heard by signals
        self.file_tasks = FileTasks(self)
        self.file_tasks.font_source = lambda: (
            self.workbench.reader.font() if self.workbench is not None else None
        )
        self.file_tasks.imported.connect(self._open_imported)
        self.file_tasks.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.file_tasks.closeRequested.connect(self.close_project)
        self.file_tasks.openRequested.connect(self.open_project)
        # the open project's full path, always in sight at the end of the status bar
        self.path_label = PlainLabel()
        self.path_label.setObjectName("projectPath")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.path_label)
        self._checkpoint_timer = QTimer(self)
        self._checkpoint_timer.setSingleShot(True)
        self._checkpoint_timer.setInterval(CHECKPOINT_RETRY_MS)
        self._checkpoint_timer.timeout.connect(self._finish_checkpoint)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start = StartScreen(self.prefs.get("recent"))
        self.stack.addWidget(self.start)
        self.start.newRequested.connect(self.new_project)
        self.start.openRequested.connect(self.open_project_dialog)
        self.start.demoRequested.connect(self.open_demo)
        self.start.recentChosen.connect(self.open_project)
        self.start.tourRequested.connect(self.guided_tour)
        self.start.offer_tour(not self.prefs.get("tour_seen"))
        self._build_menus()
        self._connect_actions()
        self._update_enabled()
        self.retranslate()
        fit_to_screen(self, 1440, 900)
        self.setAcceptDrops(True)

    # ------------------------------------------------------------------------------------------
    # menus

    def _build_menus(self) -> None:
        a = self.menu_actions
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for name in (
            "new_project",
            "open_project",
            "open_demo",
            None,
            "save_copy",
            "show_in_folder",
            None,
            "import_files",
            "import_folder",
            "paste_article",
            "import_annotations",
            None,
            "export_csv",
            "export_report",
            "export_claimreview",
            "export_annotations",
            "dashboard",
            None,
            "project_settings",
            "check_project",
            "backup_now",
            "restore_backup",
            None,
            "close_project",
            "quit",
        ):
            self.file_menu.addSeparator() if name is None else self.file_menu.addAction(a.by_name[name])
        self.edit_menu = bar.addMenu("")
        for name in (
            "undo",
            "redo",
            None,
            "find",
            "next_hit",
            "previous_hit",
            None,
            "edit_article",
            "delete_article",
            None,
            "preferences",
        ):
            self.edit_menu.addSeparator() if name is None else self.edit_menu.addAction(a.by_name[name])
        self.claim_menu = bar.addMenu("")
        for name in (
            "new_claim",
            "claim_suggestion",
            "link_claim",
            "mark_span",
            "add_evidence",
            "attach_evidence",
            None,
            "edit_rationale",
            "delete_claim",
            "delete_span",
            None,
            "add_source",
            "factcheck_library",
            "check_published",
        ):
            self.claim_menu.addSeparator() if name is None else self.claim_menu.addAction(a.by_name[name])
        self.verdict_menu = self.claim_menu.addMenu("")
        self._fill_verdict_menu()
        self.view_menu = bar.addMenu("")
        for name in (
            "compare",
            "show_invisibles",
            None,
            "show_suggestions",
            "next_suggestion",
            "previous_suggestion",
            None,
            "language_ar",
            "language_en",
        ):
            self.view_menu.addSeparator() if name is None else self.view_menu.addAction(a.by_name[name])
        self.go_menu = self.view_menu.addMenu("")
        for name in (
            "focus_articles",
            "focus_reader",
            "focus_claims",
            "focus_detail",
            None,
            "select_highlight",
        ):
            self.go_menu.addSeparator() if name is None else self.go_menu.addAction(a.by_name[name])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(a.guided_tour)
        self.help_menu.addAction(a.keyboard_shortcuts)
        self.help_menu.addAction(a.about)
        self.toolbar = self.addToolBar("main")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        for name in (
            "new_claim",
            "link_claim",
            "mark_span",
            "add_evidence",
            None,
            "undo",
            "redo",
            None,
            "find",
            "compare",
        ):
            self.toolbar.addSeparator() if name is None else self.toolbar.addAction(a.by_name[name])

    def _connect_actions(self) -> None:
        a = self.menu_actions
        a.new_project.triggered.connect(self.new_project)
        a.open_project.triggered.connect(self.open_project_dialog)
        a.open_demo.triggered.connect(self.open_demo)
        a.save_copy.triggered.connect(lambda: self.save_copy())
        a.show_in_folder.triggered.connect(self.show_in_folder)
        a.close_project.triggered.connect(self.close_project)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self._undo)
        a.redo.triggered.connect(self._redo)
        a.new_claim.triggered.connect(lambda: self.workbench and self.workbench.new_claim_from_selection())
        a.link_claim.triggered.connect(lambda: self.workbench and self.workbench.link_selection())
        a.mark_span.triggered.connect(lambda: self.workbench and self.workbench.mark_selection())
        a.add_evidence.triggered.connect(
            lambda: self.workbench and self.workbench.add_evidence_from_selection()
        )
        a.delete_claim.triggered.connect(lambda: self.workbench and self.workbench.delete_claim())
        a.attach_evidence.triggered.connect(lambda: self.workbench and self.workbench.attach_evidence())
        a.edit_article.triggered.connect(lambda: self.workbench and self.workbench.edit_open_article())
        a.delete_article.triggered.connect(lambda: self.workbench and self.workbench.delete_open_article())
        a.delete_span.triggered.connect(
            lambda: self.workbench and self.workbench.delete_highlight_at_cursor()
        )
        a.edit_rationale.triggered.connect(self._edit_rationale)
        a.find.triggered.connect(self._focus_search)
        a.next_hit.triggered.connect(lambda: self.workbench and self.workbench.step_hit(1))
        a.previous_hit.triggered.connect(lambda: self.workbench and self.workbench.step_hit(-1))
        a.show_invisibles.toggled.connect(self._toggle_invisibles)
        a.show_suggestions.toggled.connect(self._toggle_suggestions)
        a.claim_suggestion.triggered.connect(
            lambda: self.workbench and self.workbench.suggestions.claim_at_caret()
        )
        a.next_suggestion.triggered.connect(lambda: self.workbench and self.workbench.suggestions.step(1))
        a.previous_suggestion.triggered.connect(
            lambda: self.workbench and self.workbench.suggestions.step(-1)
        )
        a.language_ar.triggered.connect(lambda: self.set_language("ar"))
        a.language_en.triggered.connect(lambda: self.set_language("en"))
        a.about.triggered.connect(self._about)
        a.keyboard_shortcuts.triggered.connect(self.keyboard_shortcuts)
        a.guided_tour.triggered.connect(self.guided_tour)
        for part in ("articles", "reader", "claims", "detail"):
            a.by_name[f"focus_{part}"].triggered.connect(
                lambda _checked=False, p=part: self.workbench and self.workbench.focus_part(p)
            )
        a.select_highlight.triggered.connect(self._select_highlight)
        a.compare.triggered.connect(self.compare)
        a.add_source.triggered.connect(self._add_source)
        a.factcheck_library.triggered.connect(self.factcheck_library)
        a.check_published.triggered.connect(self.check_published)
        a.verdictChosen.connect(lambda key: self.workbench and self.workbench.set_verdict(key))
        a.edit_scale.triggered.connect(self.edit_verdict_scale)
        tasks = self.file_tasks
        a.import_files.triggered.connect(lambda: tasks.import_files())
        a.import_folder.triggered.connect(lambda: tasks.import_folder())
        a.paste_article.triggered.connect(lambda: tasks.paste_article())
        a.export_csv.triggered.connect(lambda: tasks.export_csv())
        a.export_report.triggered.connect(self.export_dialog)
        a.export_claimreview.triggered.connect(lambda: self.export_dialog("claimreview"))
        a.export_annotations.triggered.connect(lambda: self.export_dialog("annotations"))
        a.import_annotations.triggered.connect(lambda: self.import_annotations())
        a.dashboard.triggered.connect(self.dashboard)
        a.check_project.triggered.connect(lambda: tasks.check_project())
        a.backup_now.triggered.connect(lambda: tasks.backup_now())
        a.restore_backup.triggered.connect(lambda: tasks.restore_backup())
        a.preferences.triggered.connect(self.preferences)
        a.project_settings.triggered.connect(self.project_settings)

    def _fill_verdict_menu(self) -> None:
        """The verdict menu in the scale's order (its keys Ctrl+1 … follow it), then the editor."""
        self.verdict_menu.clear()
        for action in self.menu_actions.verdict_slots:
            self.verdict_menu.addAction(action)
        self.verdict_menu.addSeparator()
        self.verdict_menu.addAction(self.menu_actions.edit_scale)

    def edit_verdict_scale(self) -> None:
        if self.workbench is not None:
            self.workbench.detail.edit_verdict_scale()

    def _open_imported(self, article_id: str) -> None:
        if self.workbench is not None:
            self.workbench.open_article(article_id)

    def project_settings(self) -> None:
        """File → Project settings…: the organisation that publishes the project's fact-checks."""
        if self.session is None:
            return
        from factdesk.ui.project_settings import ProjectSettingsDialog

        ProjectSettingsDialog.edit(self.session, self)

    def preferences(self) -> None:
        from factdesk.ui.dialogs import PreferencesDialog

        before = self.prefs.get("language")
        if PreferencesDialog.edit(self.prefs, self):
            if self.prefs.get("language") != before:
                self.set_language(self.prefs.get("language"))
            looks.set_interface_size(int(self.prefs.get("interface_size")))
            looks.apply(self)
            if self.workbench is not None:
                self.workbench.apply_font()

    def retranslate(self) -> None:
        labels = {}
        if self.session is not None:
            labels = {v.key: verdict_text(v.label_ar, v.label_en) for v in self.session.read.verdicts()}
        self.menu_actions.retranslate(labels)
        self._fill_verdict_menu()
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.claim_menu.setTitle(self.tr("&Claim"))
        self.verdict_menu.setTitle(self.tr("Set &verdict"))
        self.view_menu.setTitle(self.tr("&View"))
        self.go_menu.setTitle(self.tr("&Go to"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self._update_undo_texts()
        self._update_title()
        self.menu_actions.language_ar.setChecked(i18n.current_language() == "ar")
        self.menu_actions.language_en.setChecked(i18n.current_language() == "en")
        self.menu_actions.show_invisibles.setChecked(bool(self.prefs.get("show_invisibles")))
        self.menu_actions.show_suggestions.setChecked(bool(self.prefs.get("show_suggestions")))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.workbench is not None:
                self.workbench.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        self.prefs.set("language", language)
        i18n.install(language)
        direction = Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        from PySide6.QtWidgets import QApplication

        QApplication.instance().setLayoutDirection(direction)
        # Qt posts LanguageChange to every widget; retranslate now as well, so the switch is
        # complete before this returns
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.retranslate()
        if self.workbench is not None:
            self.workbench.retranslate()
            self.workbench.reader.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            self.workbench.refresh_highlights()
            self.workbench.claims_model.reload()

    def _update_title(self) -> None:
        """The project's name in the title; its full path in the status bar, in the path's
        tooltip and in the tooltip of File → Show in folder."""
        show = self.menu_actions.show_in_folder
        if self.session is None:
            self.setWindowTitle(self.tr("FactDesk"))
            self.setWindowFilePath("")
            self.path_label.clear()
            self.path_label.setToolTip("")
            show.setToolTip(self.tr("Show in folder"))
            show.setStatusTip(self.tr("Show in folder"))
            return
        path = self.project_path()
        if self.session.project.readonly:
            self.setWindowTitle(plain_title(f"{path.name} ({self.tr('read-only')}) — {self.tr('FactDesk')}"))
        else:
            self.setWindowTitle(plain_title(f"{path.name} — {self.tr('FactDesk')}"))
        self.setWindowFilePath(str(path))
        self._show_path()
        tip = self.tr("The project file: %1").replace("%1", isolated(path))
        self.path_label.setToolTip(literal(tip))
        where = self.tr("Show the folder of %1 in the file manager").replace("%1", isolated(path))
        show.setToolTip(literal(where))
        show.setStatusTip(where)

    def project_path(self) -> Path:
        """The open project's full path (absolute, as the user would find it)."""
        assert self.session is not None
        return Path(self.session.project.path).absolute()

    def _show_path(self) -> None:
        if self.session is None:
            return
        text = str(self.project_path())
        room = max(240, self.width() // 2)
        elided = self.path_label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, room)
        self.path_label.setText(isolated(elided))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_path()

    def _update_undo_texts(self) -> None:
        stack = self.session.undo_stack if self.session else None
        undo_text = self.session.undo_label() if self.session else ""
        redo_text = self.session.redo_label() if self.session else ""
        self.menu_actions.undo.setText(
            self.tr("Undo: %1").replace("%1", undo_text) if undo_text else self.tr("&Undo")
        )
        self.menu_actions.redo.setText(
            self.tr("Redo: %1").replace("%1", redo_text) if redo_text else self.tr("&Redo")
        )
        self.menu_actions.undo.setEnabled(bool(stack and stack.canUndo()))
        self.menu_actions.redo.setEnabled(bool(stack and stack.canRedo()))

    def _update_enabled(self) -> None:
        open_ = self.session is not None
        for name in (
            "save_copy",
            "show_in_folder",
            "import_files",
            "import_folder",
            "paste_article",
            "import_annotations",
            "export_csv",
            "project_settings",
            "export_report",
            "export_claimreview",
            "export_annotations",
            "dashboard",
            "check_project",
            "backup_now",
            "restore_backup",
            "close_project",
            "new_claim",
            "link_claim",
            "mark_span",
            "add_evidence",
            "attach_evidence",
            "edit_article",
            "delete_article",
            "edit_rationale",
            "delete_claim",
            "delete_span",
            "claim_suggestion",
            "next_suggestion",
            "previous_suggestion",
            "find",
            "next_hit",
            "previous_hit",
            "compare",
            "add_source",
            "factcheck_library",
            "check_published",
            "focus_articles",
            "focus_reader",
            "focus_claims",
            "focus_detail",
            "select_highlight",
            "edit_scale",
        ):
            self.menu_actions.by_name[name].setEnabled(open_)
        for action in self.menu_actions.verdict_slots:
            action.setEnabled(open_)
        self._update_undo_texts()

    # ------------------------------------------------------------------------------------------
    # projects

    def open_project(self, path: str) -> bool:
        try:
            try:
                project = Project.open(path)
            except ProjectReadOnly:
                # a read-only file or folder (a shared drive, a USB stick): it can still be read
                project = Project.open(path, readonly=True)
        except ProjectError as exc:
            QMessageBox.critical(self, self.tr("The project cannot be opened"), literal(exc.message))
            return False
        if not project.readonly and project.path.stat().st_size <= SYNC_CHECK_BYTES:
            # a project of usual size is checked before anything of it is shown (a fraction of a
            # second); a very large one opens at once and is checked beside it (see _check_failed)
            verdict = project.wait_for_check()
            if verdict != "ok":
                project.close()
                self._say_damaged(Path(path).name, verdict)
                return False
        session = ProjectSession(project)
        if not project.readonly:
            session.load_journal()  # Edit → Undo offers the steps of earlier sessions
        self._install_session(session)
        self.prefs.remember_project(str(Path(path).resolve()))
        if project.readonly:
            self.statusBar().showMessage(
                self.tr(
                    "This project can only be read here (the file or its folder is read-only): you can read, "
                    "search and export it, but changes cannot be saved. File → Save a copy… makes a copy you "
                    "can work on."
                )
            )
        return True

    def _install_session(self, session: ProjectSession) -> None:
        self.close_project()
        self.session = session
        self.file_tasks.set_session(session)
        session.undo_stack.indexChanged.connect(lambda _i: self._update_undo_texts())
        session.undo_stack.cleanChanged.connect(lambda _c: self._update_undo_texts())
        self.workbench = Workbench(session, self.prefs)
        self.workbench.detail.failed.connect(
            lambda text: QMessageBox.warning(self, self.tr("That cannot be done"), literal(text))
        )
        a = self.menu_actions
        self.workbench.reader.suggestion_actions = [
            a.claim_suggestion,
            a.next_suggestion,
            a.previous_suggestion,
        ]
        self.workbench.reader.selection_actions = [a.check_published]
        self.workbench.suggestions.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.stack.addWidget(self.workbench)
        self.stack.setCurrentWidget(self.workbench)
        self._update_enabled()
        self.retranslate()
        session.backupFailed.connect(self._backup_failed)
        session.watch_backup()
        session.checkFailed.connect(self._check_failed)
        session.watch_check()
        for warning in session.project.warnings:  # a synced or network folder (store.placement)
            self.statusBar().showMessage(warning)
        session.changed.connect(self._after_change)
        session.stepped.connect(self._say_step)

    def _say_step(self, how: str, label: str) -> None:
        """Each step confirmed in the status bar, in a few words."""
        from factdesk.ui.labels import operation_text

        words = {
            "done": self.tr("Done: %1"),
            "undone": self.tr("Undone: %1"),
            "redone": self.tr("Redone: %1"),
        }[how]
        self.statusBar().showMessage(words.replace("%1", operation_text(label)), 6000)

    def _after_change(self, _changes: Changes, _origin: object) -> None:
        """Each operation is checkpointed into the project file as it is saved; if a reader
        elsewhere kept that from finishing, try again shortly, until the file alone is whole."""
        if self.session is not None and not self.session.project.whole:
            self._checkpoint_timer.start()
        if _changes.touches("verdict"):  # the scale was edited: the verdict actions' labels
            self.retranslate()

    def _finish_checkpoint(self) -> None:
        if self.session is None or self.session.closed or self.session.project.whole:
            return
        if not self.session.project.checkpoint():
            self._checkpoint_timer.start()

    def _check_failed(self, verdict: str) -> None:
        """The check beside opening a large project found it damaged: close it and say so."""
        assert self.session is not None
        name = self.session.project.path.name
        self.close_project()
        self._say_damaged(name, verdict)

    def _say_damaged(self, name: str, verdict: str) -> None:
        QMessageBox.critical(
            self,
            self.tr("The project is damaged"),
            literal(
                self.tr(
                    "SQLite's integrity check found «%1» damaged (%2). What is shown may be incomplete or "
                    "wrong, and nothing will be written to it."
                )
                .replace("%1", name)
                .replace("%2", verdict)
                + "\n\n"
                + self.tr(
                    "File → Restore a backup… lists its backups and when each was made: restoring "
                    "one loses every change made after it, so keep a copy of the damaged file too."
                )
            ),
        )

    def _backup_failed(self, error: str) -> None:
        """Say that the automatic backup failed: the work goes on, but the user should know."""
        from factdesk.ui.dialogs import embed

        self.statusBar().showMessage(
            self.tr(
                "The backup on opening failed: %1 Your work is saved; make a backup from the File menu "
                "once the cause is fixed."
            ).replace("%1", embed(error))
        )

    def close_project(self) -> None:
        self._checkpoint_timer.stop()  # closing the project checkpoints it whole anyway
        if self.workbench is not None:
            self.workbench.suggestions.stop()
            self.workbench.panes.save()
            self.workbench.hide()
            self.stack.removeWidget(self.workbench)
        if self.session is not None:
            self.session.close()
        if self.workbench is not None:
            # views still hold models of the closed project: empty them before deletion
            for view in self.workbench.findChildren(QAbstractItemView):
                model = view.model()
                if model is not None:
                    model.beginResetModel() if hasattr(model, "beginResetModel") else None
                    model.endResetModel() if hasattr(model, "endResetModel") else None
            self.workbench.deleteLater()
            self.workbench = None
        self.session = None
        self.file_tasks.set_session(None)
        self.stack.setCurrentWidget(self.start)
        self._update_enabled()
        self._update_title()

    def new_project(self) -> None:
        folder = projects_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New project"),
            str(folder / "project.factdesk"),
            self.tr("FactDesk projects (*.factdesk)"),
        )
        if not path:
            return
        if not path.endswith(".factdesk"):
            path += ".factdesk"
        try:
            project = Project.create(path)
        except ProjectError as exc:
            QMessageBox.critical(self, self.tr("The project cannot be created"), literal(exc.message))
            return
        self._install_session(ProjectSession(project))
        self.prefs.remember_project(str(Path(path).resolve()))

    def open_project_dialog(self) -> None:
        folder = projects_dir()
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open project"),
            str(folder if folder.is_dir() else Path.home()),
            self.tr("FactDesk projects (*.factdesk)"),
        )
        if path:
            self.open_project(path)

    def open_demo(self) -> None:
        from factdesk.app.demo import build_demo

        path = projects_dir() / "demo.factdesk"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            build_demo(path)
        self.open_project(str(path))

    def save_copy(self, target: str | None = None) -> None:
        """File → Save a copy…: a whole project file (SQLite's backup API) where the user picks,
        made off the interface thread; the open project stays the one being worked on."""
        if self.session is None:
            return
        source = self.project_path()
        if target is None:
            suggested = source.with_name(f"{source.stem}-copy.factdesk")
            target, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save a copy of the project"),
                str(suggested),
                self.tr("FactDesk projects (*.factdesk)"),
            )
        if not target:
            return
        if not target.endswith(".factdesk"):
            target += ".factdesk"
        from factdesk.ui.jobs import Job

        chosen = Path(target)
        job = Job(
            lambda progress, cancelled: backups.save_copy(source, chosen),
            self.tr("Saving a copy of the project…"),
            self,
        )
        job.finished.connect(
            lambda made: self.statusBar().showMessage(
                self.tr("A copy of the project was saved as %1").replace("%1", isolated(made))
            )
        )
        job.failed.connect(
            lambda exc: QMessageBox.warning(
                self,
                self.tr("The copy was not saved"),
                literal(
                    exc.message
                    if isinstance(exc, ProjectError)
                    else self.tr("The copy could not be written: %1").replace("%1", str(exc))
                ),
            )
        )
        job.start()

    def show_in_folder(self) -> None:
        """File → Show in folder: the file manager opens on the project's folder."""
        if self.session is None:
            return
        folder = self.project_path().parent
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.statusBar().showMessage(
                self.tr("No file manager could be opened. The project is in %1").replace(
                    "%1", isolated(folder)
                )
            )

    # ------------------------------------------------------------------------------------------

    def _undo(self) -> None:
        if self.session:
            self._guarded(self.session.undo_stack.undo)

    def _redo(self) -> None:
        if self.session:
            self._guarded(self.session.undo_stack.redo)

    def _guarded(self, fn) -> None:
        try:
            fn()
        except (OperationError, ProjectError) as exc:
            QMessageBox.warning(self, self.tr("That cannot be done"), literal(str(exc)))

    def _edit_rationale(self) -> None:
        if self.workbench:
            self.workbench.side.setCurrentWidget(self.workbench.detail_page)
            self.workbench.detail.rationale.setFocus()

    def _focus_search(self) -> None:
        if self.workbench:
            self.workbench.side.setCurrentWidget(self.workbench.search)
            self.workbench.search.query.setFocus()
            self.workbench.search.query.selectAll()

    def _toggle_invisibles(self, on: bool) -> None:
        self.prefs.set("show_invisibles", on)
        if self.workbench:
            self.workbench.apply_font()

    def _toggle_suggestions(self, on: bool) -> None:
        self.prefs.set("show_suggestions", on)
        if self.workbench:
            self.workbench.suggestions.set_enabled(on)

    def _add_source(self) -> None:
        if self.workbench:
            self.workbench.side.setCurrentWidget(self.workbench.sources)
            self.workbench.sources.new_source()

    def export_dialog(self, fmt: str | None = None):
        """The export dialog: the verified-claim report (which claims, columns, format, preview), or
        ClaimReview or the W3C annotations (``fmt``: the format it opens on)."""
        if self.session is None:
            return None
        from PySide6.QtCore import Qt

        from factdesk.ui.export_dialog import ExportDialog

        # a child of the workbench: it goes with the project when the project is closed
        dialog = ExportDialog(self.session, self.workbench or self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if fmt is not None:
            dialog.choose_format(fmt)
        dialog.said.connect(lambda text: self.statusBar().showMessage(text, 8000))
        dialog.show()
        return dialog

    def import_annotations(self, path: str | None = None, *, show: bool = True):
        """File → Import annotations…: W3C or Hypothesis annotations placed by their quotes, as one step."""
        if self.session is None:
            return None
        from factdesk.ui.annotation_import import import_annotations

        return import_annotations(
            self.session,
            self,
            path,
            origin=self,
            say=lambda text: self.statusBar().showMessage(text, 8000),
            show=show,
        )

    def dashboard(self):
        """The project dashboard's charts, and the printable report, in a window of their own."""
        if self.session is None:
            return None
        from PySide6.QtCore import Qt

        from factdesk.ui.dashboard import DashboardWindow

        dialog = DashboardWindow(self.session, self.workbench or self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def factcheck_library(self):
        """The project's library of published fact-checks, in a window of its own."""
        if self.session is None:
            return None
        from factdesk.ui.factcheck_library import FactCheckLibrary

        # a child of the workbench: it goes with the project when the project is closed
        return FactCheckLibrary.show_for(self.session, self.workbench or self)

    def check_published(self):
        """The library's fact-checks closest to the selected words (else the check-worthy sentence at
        the caret), ranked, in the library's window: has this been fact-checked already?"""
        if self.session is None or self.workbench is None:
            return None
        reader = self.workbench.reader
        picked = reader.snapped_selection() if reader.textCursor().hasSelection() else None
        mark = None if picked else reader.suggestion_at_caret()
        span = picked or ((mark.start, mark.end) if mark else None)
        if span is None:
            self.statusBar().showMessage(
                self.tr("Select the words to look up in the fact-check library first."), 8000
            )
            return None
        start, end = span[0], span[1]
        dialog = self.factcheck_library()
        if dialog is not None:
            dialog.show_matches(reader.text[start:end])
        return dialog

    def compare(self, left: str | None = None, right: str | None = None):
        if self.session is None:
            return None
        from PySide6.QtWidgets import QDialog

        from factdesk.ui.compare import CompareView

        ids = self.session.read.article_ids()
        if len(ids) < 2:
            QMessageBox.information(self, self.tr("Compare"), self.tr("Comparing needs two articles."))
            return None
        left = left or (self.workbench.article_id if self.workbench and self.workbench.article_id else ids[0])
        right = right or next(i for i in ids if i != left)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Compare two articles"))
        view = CompareView(self.session, left, right, dialog)
        font = QFont(self.prefs.reading_font(), max(9, self.prefs.get("reader_size") - 2))
        for reader in (view.left_reader, view.right_reader):
            reader.setFont(font)
            looks.paper(reader)
        QVBoxLayout(dialog).addWidget(view)
        fit_to_screen(dialog, 1400, 860)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.compare_view = view  # type: ignore[attr-defined]
        dialog.show()
        return dialog

    def _about(self) -> None:
        from factdesk.ui.about import about_box

        project = self.project_path() if self.session is not None else None
        about_box(self, project).exec()

    def keyboard_shortcuts(self):
        """Help → Keyboard shortcuts: every key of the window, from the actions' own table."""
        from factdesk.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.menu_actions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def guided_tour(self):
        """Help → Guided tour (and the start screen's offer on first run): the demo project with
        five steps pointing at the parts of the window; once taken, the start screen stops offering it."""
        from factdesk.ui.tour import GuidedTour

        self.prefs.set("tour_seen", True)
        self.start.offer_tour(False)
        return GuidedTour.start(self)

    def _select_highlight(self) -> None:
        if self.workbench is not None and not self.workbench.select_highlight():
            self.statusBar().showMessage(self.tr("There is no highlight at the cursor."), 6000)

    # ------------------------------------------------------------------------------------------
    # files and folders dropped on the window are imported

    @staticmethod
    def _dropped_paths(event: QDropEvent | QDragEnterEvent) -> list[str]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.session is not None and self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_paths(event)
        if self.session is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # after the drop has finished: a review dialog must not run inside the drag's event loop
        QTimer.singleShot(0, lambda: self.file_tasks.import_paths(paths))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Nothing to save: every action is already in the file. Move focus so an editor commits.
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()
        self.close_project()
        super().closeEvent(event)


__all__ = ["MainWindow", "Workbench", "QKeySequence", "QTimer"]
