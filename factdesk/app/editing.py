"""Changing and deleting an article: the one workflow the window and the command line both run.

An article's details (title, outlet, author, place, web address, date) can change; its text never
does. Deleting it takes what points into its text (its highlights, their appearances in claims, the
evidence quoting them); before that, :func:`plan_article_deletion` says what will go, so that the
window can ask in those words and the command line can report them.
"""

from __future__ import annotations

from dataclasses import dataclass

from factdesk.core import operations as ops

#: The article fields a fact-checker may change (the text, its hash and where it came from never do).
ARTICLE_DETAILS: tuple[str, ...] = ("title", "outlet", "author", "place", "url", "published", "language")


def edit_article(reader: ops.Reader, article_id: str, values: dict[str, object]) -> ops.EditArticle:
    """The one step that changes an article's details to ``values`` (ends trimmed). Refused in plain
    words for a field that is not a detail (the text above all) or a value no rule can read (the
    operation's)."""
    unknown = sorted(set(values) - set(ARTICLE_DETAILS))
    if unknown:
        raise ops.OperationError(
            f"Only an article's details can change ({', '.join(ARTICLE_DETAILS)}), not: {', '.join(unknown)}."
        )
    if reader.get("article", article_id) is None:
        raise ops.OperationError(f"There is no article «{article_id}» in this project.")
    return ops.EditArticle(article_id, {k: v.strip() if isinstance(v, str) else v for k, v in values.items()})


@dataclass(frozen=True)
class ArticleDeletion:
    """Deleting an article: the step to run, and what goes with it (counts for the question asked
    first, and for the report after)."""

    operation: ops.DeleteArticle
    title: str
    highlights: int
    links: int
    evidence: int
    claims: int
    sources_kept: int

    @property
    def empty(self) -> bool:
        """True when nothing but the article itself goes."""
        return not (self.highlights or self.links or self.evidence)


def plan_article_deletion(reader: ops.Reader, article_id: str) -> ArticleDeletion:
    """What deleting ``article_id`` will take with it, and the one step that does it (undone whole)."""
    row = reader.get("article", article_id)
    if row is None:
        raise ops.OperationError(f"There is no article «{article_id}» in this project.")
    deps = ops.article_dependents(reader, article_id)
    return ArticleDeletion(
        operation=ops.DeleteArticle(article_id),
        title=str(row.get("title") or ""),
        highlights=len(deps.spans),
        links=len(deps.appearances),
        evidence=len(deps.evidence),
        claims=len(deps.claims),
        sources_kept=len(deps.sources_kept),
    )


__all__ = ["ARTICLE_DETAILS", "ArticleDeletion", "edit_article", "plan_article_deletion"]
