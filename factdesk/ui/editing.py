"""Changing and deleting articles from the article list: its context menu, each gesture one undo step.

Deleting says first, in plain words, what goes with the article (its highlights, their links to
claims, the evidence quoting them) and what stays (the claims, a source that was the article). Both
gestures run the workflow of :mod:`factdesk.app.editing`, as the command line does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from factdesk.app.editing import ArticleDeletion, plan_article_deletion
from factdesk.app.editing import edit_article as article_edit
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
    try:
        op = article_edit(session.read, article_id, values)
    except ops.OperationError as exc:
        dialogs.show_error(parent, str(exc))
        return False
    return dialogs.run_or_explain(session, parent, op, parent)


def deletion_words(session: ProjectSession, article_id: str) -> str:
    """The question asked before an article is deleted: what goes with it, what stays."""
    return _deletion_words(plan_article_deletion(session.read, article_id))


def _deletion_words(plan: ArticleDeletion) -> str:
    title = embed(plan.title) or tr("(untitled)")
    sentences = [tr("Delete the article «%1»?").replace("%1", title)]
    if plan.highlights:
        sentences.append(tr("Its %n highlight(s) will be deleted with it.", "", plan.highlights))
    else:
        sentences.append(tr("It has no highlights."))
    if plan.links:
        sentences.append(
            tr("%n link(s) from them to claims will go too; the claims themselves stay.", "", plan.links)
        )
    if plan.evidence:
        sentences.append(
            tr("%n evidence item(s) quoting the article will be deleted too.", "", plan.evidence)
        )
    if plan.sources_kept:
        sentences.append(tr("The source that is this article stays, without it."))
    sentences.append(tr("You can undo this."))
    return " ".join(sentences)


def delete_article(session: ProjectSession, parent: QWidget | None, article_id: str) -> bool:
    """Delete an article after asking (its highlights, their links and the evidence quoting them go
    with it; «Cancel» is the default answer); True if deleted."""
    if session.read.get("article", article_id) is None:
        return False
    plan = plan_article_deletion(session.read, article_id)
    if not dialogs.confirm(parent, tr("Delete article"), _deletion_words(plan), yes=tr("Delete")):
        return False
    return dialogs.run_or_explain(session, parent, plan.operation, parent)


def popup(menu: QMenu, at: QPoint) -> None:
    """Show a context menu where it was asked for, until the user picks or leaves."""
    menu.exec(at)


def article_menu(
    view: QAbstractItemView, session: ProjectSession, id_at: Callable[[int], str | None]
) -> None:
    """Give the article list a context menu: Edit details…, Delete article…"""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        row, current = view.indexAt(pos).row(), view.currentIndex()
        if current.isValid() and current.row() != row:
            # asked from the keyboard (the menu key): a right-click makes its row current first
            row, pos = current.row(), view.visualRect(current).center()
        article_id = id_at(row)
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
