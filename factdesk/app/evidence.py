"""Adding evidence: a passage quoted from an article (a new highlight), or a source alone.

Either way it is ONE operation (one undo step): the highlight, the source when a new one is needed
(the article itself, as a source of kind «article», its outlet, address and date copied), and the
evidence that ties the source to the claim with a stance.
"""

from __future__ import annotations

from dataclasses import dataclass

from factdesk.core import operations as ops


@dataclass(frozen=True)
class EvidencePlan:
    """The one operation to run, and the ids it will give (the highlight's and source's may be new)."""

    operation: ops.Operation
    evidence_id: str
    source_id: str
    span_id: str | None = None


def article_as_source(reader: ops.Reader, article_id: str, title: str = "") -> ops.AddSource:
    """A new source that is the article itself (kind «article»), with its outlet, address and date."""
    article = reader.get("article", article_id) or {}
    return ops.AddSource(
        title or str(article.get("title") or "") or "Article",
        kind="article",
        article_id=article_id,
        publisher=str(article.get("outlet") or ""),
        url=str(article.get("url") or ""),
        published=str(article.get("published") or ""),
    )


def add_evidence(
    reader: ops.Reader,
    claim_id: str,
    stance: str,
    *,
    source_id: str | None = None,
    new_source_title: str | None = None,
    article_id: str | None = None,
    selection: tuple[int, int] | None = None,
    span_id: str | None = None,
    note: str = "",
) -> EvidencePlan:
    """The evidence for ``claim_id``: from ``source_id`` or, when it is None, from ``article_id`` made a
    source (titled ``new_source_title``, else the article's title); quoting a new highlight of
    ``article_id`` over ``selection`` (code points), or an existing highlight ``span_id``, or nothing
    (a source alone). Refusals (no such claim, bad stance, a selection that splits a letter…) come
    from the operation when it runs."""
    steps: list[ops.Operation] = []
    if selection is not None:
        if article_id is None:
            raise ops.OperationError("A quoted passage needs the article it is quoted from.")
        span = ops.AddSpan(article_id, selection[0], selection[1], kind="evidence")
        steps.append(span)
        span_id = span.id
    if source_id is None:
        if article_id is None:
            raise ops.OperationError("Evidence needs a source: choose one, or quote an article.")
        source = article_as_source(reader, article_id, new_source_title or "")
        steps.append(source)
        source_id = source.id
    evidence = ops.AddEvidence(claim_id, source_id, stance, span_id=span_id, note=note)
    steps.append(evidence)
    op: ops.Operation = evidence if len(steps) == 1 else ops.Batch("add evidence", steps)
    return EvidencePlan(op, evidence.id, source_id, span_id)
