"""Dateline proposals for the import report's tests (importable as ``proposals``).

The news conventions propose a line «X - Y» instead of taking it when neither side is a known place or
news agency. :func:`propose_datelines` makes them propose every dateline they would take, so that the
report's tests do not depend on which places the gazetteer knows.
"""

from __future__ import annotations

import dataclasses

import pytest

import factdesk.importers
from factdesk.importers import news

REASON = "neither side is a known place or news agency"


def propose_datelines(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on, :func:`factdesk.importers.load` keeps each dateline in the text and proposes it."""
    real = factdesk.importers.apply_news_conventions

    def conventions(
        raw_text: str, *, title: str = "", title_hint: str = "", **more: object
    ) -> news.ArticleDraft:
        draft = real(raw_text, title=title, title_hint=title_hint, **more)
        if not (draft.place or draft.author) or not draft.removed_head:
            return draft
        line = draft.removed_head[-1]
        at = raw_text.find(line)
        body_at = raw_text.find(draft.text, at)
        assert at >= 0 and body_at >= 0, "the dateline and the body are where the conventions found them"
        return dataclasses.replace(
            draft,
            text=raw_text[at : body_at + len(draft.text)],
            removed_head=draft.removed_head[:-1],
            place="",
            author="",
            proposals=(news.Proposal(line, draft.place, draft.author, REASON),),
        )

    monkeypatch.setattr(factdesk.importers, "apply_news_conventions", conventions)
