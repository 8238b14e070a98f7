"""Annotations in: W3C Web Annotations (FactDesk's own export or another tool's) and Hypothesis's JSON.

Both say where a highlight is the same way: a target with a ``TextQuoteSelector`` (the exact words
and a little context) and often a ``TextPositionSelector`` (character offsets). This module only
reads the file into plain :class:`IncomingAnnotation` values; finding each one's article and
anchoring its quote in that article's text is the workflow's job (``factdesk.app.annotations``).

Accepted shapes: an ``AnnotationCollection`` (its pages' ``items``), an ``AnnotationPage``, one
``Annotation``, a list of them; Hypothesis's (a list of rows, ``{"rows": [...]}`` as its search API
answers, or the client's «Export annotations» JSON file, ``{"export_date", "export_userid",
"client_version", "annotations": [...]}``), where a row's ``target`` is a list of ``{"source", "selector": [...]}`` and
``text`` and ``tags`` are the note.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factdesk.importers.errors import DAMAGED, TOO_LARGE, UNREADABLE, ImportRefused

#: A file larger than this is refused before it is parsed (an annotation export is small).
MAX_BYTES = 200 * 1024 * 1024


@dataclass
class IncomingClaim:
    id: str
    text: str
    verdict: str = ""
    rationale: str = ""
    reviewer: str = ""
    reviewed_at: str = ""
    role: str = "asserts"


@dataclass
class IncomingAnnotation:
    """One annotation as read: where it points and what it says."""

    id: str  # the annotation's id (a FactDesk span's urn:uuid: id, a Hypothesis id, or "")
    source: str  # the target's source: an article's URL, or urn:uuid: of its id
    quote: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    kind: str = "highlight"
    note: str = ""
    article_id: str = ""  # FactDesk's own article id, when FactDesk wrote the file
    content_hash: str = ""
    title: str = ""
    claims: list[IncomingClaim] = field(default_factory=list)


def _uuid(value: object) -> str:
    text = str(value or "")
    return text[len("urn:uuid:") :] if text.startswith("urn:uuid:") else text


def _as_list(value: object) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _selectors(target: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    quote: dict[str, Any] = {}
    position: dict[str, Any] = {}
    for selector in _as_list(target.get("selector")):
        if not isinstance(selector, dict):
            continue
        if selector.get("type") == "TextQuoteSelector" and not quote:
            quote = selector
        elif selector.get("type") == "TextPositionSelector" and not position:
            position = selector
    return quote, position


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _from_item(item: dict[str, Any]) -> IncomingAnnotation | None:
    """One W3C annotation or Hypothesis row, or None when it has no quote to anchor."""
    targets = [t for t in _as_list(item.get("target")) if isinstance(t, dict)]
    for target in targets:
        quote, position = _selectors(target)
        exact = quote.get("exact")
        if not isinstance(exact, str) or not exact:
            continue
        notes = []
        claims = []
        for body in _as_list(item.get("body")):
            if (
                isinstance(body, dict)
                and body.get("purpose") == "commenting"
                and isinstance(body.get("value"), str)
            ):
                notes.append(body["value"])
        if isinstance(item.get("text"), str) and item["text"]:  # Hypothesis
            notes.append(item["text"])
        tags = [t for t in _as_list(item.get("tags")) if isinstance(t, str)]
        if tags:
            notes.append(" ".join(f"#{t}" for t in tags))
        for claim in _as_list(item.get("fd:claims")):
            if isinstance(claim, dict) and isinstance(claim.get("fd:text"), str):
                claims.append(
                    IncomingClaim(
                        _uuid(claim.get("id")),
                        claim["fd:text"],
                        str(claim.get("fd:verdict") or ""),
                        str(claim.get("fd:rationale") or ""),
                        str(claim.get("fd:reviewer") or ""),
                        str(claim.get("fd:reviewedAt") or ""),
                        str(claim.get("fd:role") or "asserts"),
                    )
                )
        given = item.get("fd:article")
        article: dict[str, Any] = given if isinstance(given, dict) else {}
        source = target.get("source") or item.get("uri") or ""
        return IncomingAnnotation(
            id=_uuid(item.get("id")),
            source=str(source),
            quote=exact,
            prefix=str(quote.get("prefix") or ""),
            suffix=str(quote.get("suffix") or ""),
            start=_int(position.get("start")),
            end=_int(position.get("end")),
            kind=str(item.get("fd:kind") or "highlight"),
            note="\n".join(notes),
            article_id=_uuid(article.get("id")),
            content_hash=str(article.get("fd:contentHash") or ""),
            title=str(article.get("fd:title") or ""),
            claims=claims,
        )
    return None


def _items(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        return []
    if isinstance(data.get("rows"), list):  # Hypothesis's search API
        return list(data["rows"])
    if isinstance(data.get("annotations"), list):  # the Hypothesis client's JSON export
        return list(data["annotations"])
    kind = data.get("type")
    if kind == "AnnotationCollection":
        items: list[Any] = []
        page = data.get("first")
        while isinstance(page, dict):
            items += _as_list(page.get("items"))
            page = page.get("next") if isinstance(page.get("next"), dict) else None
        return items
    if kind == "AnnotationPage":
        return _as_list(data.get("items"))
    return [data]


def read_annotations(path: str | Path) -> tuple[list[IncomingAnnotation], int]:
    """The annotations of a file, and how many of its items had no quote (and so cannot be anchored)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ImportRefused(
                TOO_LARGE, f"«{path.name}» is too large for an annotation file.", path=str(path)
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(
            UNREADABLE, f"«{path.name}» cannot be read ({exc.strerror}).", path=str(path)
        ) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportRefused(
            DAMAGED, f"«{path.name}» is not an annotation file FactDesk can read ({exc}).", path=str(path)
        ) from None
    found, unusable = [], 0
    for item in _items(data):
        annotation = _from_item(item) if isinstance(item, dict) else None
        if annotation is None:
            unusable += 1
        else:
            found.append(annotation)
    return found, unusable
