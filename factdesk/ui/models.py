"""Qt models that hold ids and adapt; the data stays in the project file.

Each model keeps the ordered list of ids that SQL returned (filtering and sorting happen in
SQL), and fetches the rows it is asked to show in pages, into a small cache that is dropped for
exactly the records a change touched.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from factdesk.core import labels
from factdesk.core.operations import Changes
from factdesk.store.read import ClaimFilter
from factdesk.ui import looks
from factdesk.ui.labels import reliability_text, source_kind_text
from factdesk.ui.session import ProjectSession
from factdesk.ui.widgets import joined, literal

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLOR_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class LazyIdModel(QAbstractTableModel):
    """Rows are ids; row data is fetched a page at a time and cached until a change touches it."""

    kind = ""

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._ids: list[str] = []
        self._row_of: dict[str, int] = {}
        self._cache: dict[str, Any] = {}
        session.changed.connect(self._on_changed)

    # subclasses
    def _load_ids(self) -> list[str]:
        raise NotImplementedError

    def _load_rows(self, ids: list[str]) -> dict[str, Any]:
        raise NotImplementedError

    def _relevant(self, changes: Changes) -> bool:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = [] if self.session.closed else self._load_ids()
        self._row_of = {k: i for i, k in enumerate(self._ids)}
        self._cache.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.session.closed else len(self._ids)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, ident: str) -> int:
        return self._row_of.get(ident, -1)

    def item(self, row: int) -> Any:
        if self.session.closed or not 0 <= row < len(self._ids):
            return None
        ident = self._ids[row]
        hit = self._cache.get(ident)
        if hit is None:
            page_start = row - row % PAGE
            page = [i for i in self._ids[page_start : page_start + PAGE] if i not in self._cache]
            self._cache.update(self._load_rows(page))
            hit = self._cache.get(ident)
        return hit

    def _on_changed(self, changes: Changes, origin: object) -> None:
        if self.session.closed or not self._relevant(changes):
            return
        structural = any(k for k in changes.kinds if k in self._structural_kinds())
        if structural:
            self.reload()
            return
        for kind, key in changes.keys:
            if kind == self.kind and key in self._row_of:
                self._cache.pop(key, None)
                row = self._row_of[key]
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _structural_kinds(self) -> set[str]:
        return set()


class ClaimTableModel(LazyIdModel):
    """The claims table: verdict chip, claim, appearances, sources, last change."""

    kind = "claim"
    COLUMNS = ("verdict", "text", "appearances", "sources", "modified")

    def __init__(
        self, session: ProjectSession, language: Callable[[], str], parent: QObject | None = None
    ) -> None:
        self._language = language
        self.verdict: str | None = None
        self.contains = ""
        self.article_id: str | None = None
        self.order = "created"
        self.descending = False
        #: the filters beyond verdict and words (tag, outlet, dates, still unverified: claim_filters.py)
        self.where = ClaimFilter()
        super().__init__(session, parent)

    def _load_ids(self) -> list[str]:
        return self.session.read.claim_ids(
            verdict=self.verdict,
            contains=self.contains,
            order=self.order,
            descending=self.descending,
            article_id=self.article_id,
            where=self.where,
        )

    def _load_rows(self, ids: list[str]) -> dict[str, Any]:
        return self.session.read.claims_by_ids(ids)

    def _relevant(self, changes: Changes) -> bool:
        # A highlight alone is no claim's appearance (linking it is, and deleting a linked one
        # deletes its appearances too): no row of the table depends on spans by themselves.
        return changes.touches("claim", "appearance", "evidence", "verdict", "article", "source", "tag")

    def _structural_kinds(self) -> set[str]:
        # new or deleted claims change the rows; a filter or order may depend on anything else
        kinds = {"appearance", "evidence", "article", "source", "verdict"}  # a label or colour edited
        if self.verdict or self.contains or self.order != "created" or self.where != ClaimFilter():
            kinds.add("claim")
        if self.where.tag:
            kinds.add("tag")
        return kinds

    def _on_changed(self, changes: Changes, origin: object) -> None:
        inserted_or_deleted = any(
            kind == "claim" and key not in self._row_of for kind, key in changes.keys
        ) or any(
            kind == "claim" and self.session.read.get("claim", key) is None for kind, key in changes.keys
        )
        if inserted_or_deleted:
            self.reload()
            return
        super()._on_changed(changes, origin)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Verdict"),
                self.tr("Claim"),
                self.tr("Appearances"),
                self.tr("Sources"),
                self.tr("Last change"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.item(index.row())
        if row is None:
            return None
        col = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == COLOR_ROLE:
            return row.color
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "verdict":
                return labels.in_language(row.verdict_ar, row.verdict_en, self._language())
            if col == "text":
                return row.text
            if col == "appearances":
                return self.tr("%1 in %n article(s)", "", row.articles).replace("%1", str(row.appearances))
            if col == "sources":
                return str(row.sources)
            return row.modified[:16].replace("T", " ")
        if role == Qt.ItemDataRole.ToolTipRole and col == "text":
            return literal(row.text)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("appearances", "sources", "modified"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):  # "no sort column": the order claims were made in
            if self.order != "created" or self.descending:
                self.order, self.descending = "created", False
                self.reload()
            return
        self.order = {
            "verdict": "verdict",
            "text": "text",
            "appearances": "appearances",
            "sources": "sources",
            "modified": "modified",
        }[self.COLUMNS[column]]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


class ArticleListModel(LazyIdModel):
    """The article list: title, outlet, date, counts of spans and claims."""

    kind = "article"
    COLUMNS = ("title", "outlet", "published", "spans", "claims")

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        self.contains = ""
        super().__init__(session, parent)

    def _load_ids(self) -> list[str]:
        return self.session.read.article_ids(contains=self.contains)

    def _load_rows(self, ids: list[str]) -> dict[str, Any]:
        return self.session.read.articles_by_ids(ids)

    def _relevant(self, changes: Changes) -> bool:
        return changes.touches("article", "span", "appearance")

    def _on_changed(self, changes: Changes, origin: object) -> None:
        if any(
            k == "article" and (key not in self._row_of or self.session.read.get("article", key) is None)
            for k, key in changes.keys
        ):
            self.reload()
            return
        # spans and appearances change the counts of their article. When only spans changed (no
        # appearance, so no claim count) and every one is still there to say which article it is
        # in, only those articles' highlight counts are read again (from the index alone).
        if changes.kinds == {"span"} and len(changes.keys) <= PAGE:
            spans = {key for _kind, key in changes.keys}
            where = self.session.read.articles_of_spans(spans)
            if len(where) == len(spans):
                articles = set(where.values())
                counts = self.session.read.span_counts(articles)
                for article in articles:
                    cached = self._cache.get(article)
                    if cached is not None:
                        self._cache[article] = dataclasses.replace(cached, spans=counts.get(article, 0))
                    row = self._row_of.get(article)
                    if row is not None:
                        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
                return
        # otherwise (a span deleted, appearances): drop every cached row
        if changes.touches("span", "appearance"):
            self._cache.clear()
            if self._ids:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1)
                )
            return
        super()._on_changed(changes, origin)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Title"),
                self.tr("Outlet"),
                self.tr("Date"),
                self.tr("Highlights"),
                self.tr("Claims"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.item(index.row())
        if row is None:
            return None
        col = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, col)
            if col == "title":
                return value or self.tr("(untitled)")
            return str(value) if value != "" else "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [row.title, row.outlet, row.author, row.place, row.published]
            return literal(joined(parts))
        if role == Qt.ItemDataRole.ForegroundRole and col != "title":
            return QBrush(looks.muted())
        return None


class SourceListModel(LazyIdModel):
    kind = "source"
    COLUMNS = ("title", "kind", "reliability")

    def _load_ids(self) -> list[str]:
        return [str(r["id"]) for r in self.session.read.rows("source")]

    def _load_rows(self, ids: list[str]) -> dict[str, Any]:
        return {i: self.session.read.get("source", i) for i in ids}

    def _relevant(self, changes: Changes) -> bool:
        return changes.touches("source")

    def _on_changed(self, changes: Changes, origin: object) -> None:
        if any(
            k == "source" and (key not in self._row_of or self.session.read.get("source", key) is None)
            for k, key in changes.keys
        ):
            self.reload()
            return
        super()._on_changed(changes, origin)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Source"), self.tr("Kind"), self.tr("Reliability"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.item(index.row())
        if row is None:
            return None
        col = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "kind":
                return source_kind_text(str(row["kind"]))
            if col == "reliability":
                return reliability_text(str(row["reliability"]))
            return row["title"]
        return None
