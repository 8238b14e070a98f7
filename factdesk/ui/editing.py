"""Changing and deleting articles from the article list: its context menu, each gesture one undo step.

Deleting says first, in plain words, what goes with the article (its highlights and their links to
claims) and what stays (the claims, a source that was the article).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from factdesk.core import operations as ops
from factdesk.ui import dialogs
from factdesk.ui.dialogs import embed
from factdesk.ui.session import ProjectSession


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("Editing", text, disambiguation or None, n)


def edit_article(
    session: ProjectSession, parent: QWidget | None, article_id: str, values: dict[str, object] | None = None
) -> bool:
    """Change an article's details (asked in a dialog unless ``values`` are given); True if changed."""
    row = session.read.get("article", article_id)
    if row is None:
        return False
    if values is None:
        values = dialogs.ArticleDetailsDialog.ask(row, parent)
        if not values:
            return False
    return dialogs.run_or_explain(session, parent, ops.EditArticle(article_id, values), parent)


def deletion_words(session: ProjectSession, article_id: str) -> str:
    """The question asked before an article is deleted: what goes with it, what stays."""
    reader = session.read
    row = reader.get("article", article_id) or {}
    spans = reader.find("span", "article_id", article_id)
    links = sum(len(reader.find("appearance", "span_id", s["id"])) for s in spans)
    title = embed(str(row.get("title") or "")) or tr("(untitled)")
    sentences = [tr("Delete the article «%1»?").replace("%1", title)]
    if spans:
        sentences.append(tr("Its %n highlight(s) will be deleted with it.", "", len(spans)))
    else:
        sentences.append(tr("It has no highlights."))
    if links:
        sentences.append(
            tr("%n link(s) from them to claims will go too; the claims themselves stay.", "", links)
        )
    if reader.find("source", "article_id", article_id):
        sentences.append(tr("The source that is this article stays, without it."))
    sentences.append(tr("You can undo this."))
    return " ".join(sentences)


def delete_article(session: ProjectSession, parent: QWidget | None, article_id: str) -> bool:
    """Delete an article after asking (its highlights and their links go with it); True if deleted."""
    if session.read.get("article", article_id) is None:
        return False
    if not dialogs.confirm(
        parent, tr("Delete article"), deletion_words(session, article_id), yes=tr("Delete")
    ):
        return False
    return dialogs.run_or_explain(session, parent, ops.DeleteArticle(article_id), parent)


def popup(menu: QMenu, at: QPoint) -> None:
    """Show a context menu where it was asked for, until the user picks or leaves."""
    menu.exec(at)


def article_menu(
    view: QAbstractItemView, session: ProjectSession, id_at: Callable[[int], str | None]
) -> None:
    """Give the article list a context menu: Edit details…, Delete article…"""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        article_id = id_at(view.indexAt(pos).row())
        if article_id is None or session.closed:
            return
        menu = article_actions(view, session, article_id)
        popup(menu, view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    view.customContextMenuRequested.connect(show)


def article_actions(parent: QWidget, session: ProjectSession, article_id: str) -> QMenu:
    """The article's menu (built each time, in the current language)."""
    menu = QMenu(parent)
    menu.setLayoutDirection(dialogs.interface_direction())
    edit = menu.addAction(tr("Edit details…"))
    edit.setObjectName("edit_article")
    edit.triggered.connect(lambda: edit_article(session, parent, article_id))
    delete = menu.addAction(tr("Delete article…"))
    delete.setObjectName("delete_article")
    delete.triggered.connect(lambda: delete_article(session, parent, article_id))
    if session.project.readonly:
        edit.setEnabled(False)
        delete.setEnabled(False)
    return menu


__all__ = ["article_actions", "article_menu", "delete_article", "deletion_words", "edit_article"]
