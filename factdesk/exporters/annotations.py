"""Highlights as W3C Web Annotations (JSON-LD): the interchange other annotation tools read.

One annotation per span. Its target is the article (its URL, else ``urn:uuid:`` of its id) with
both selectors the span already is: a ``TextQuoteSelector`` (exact, prefix, suffix) and a
``TextPositionSelector`` (code-point start and end, which is what the model counts: the standard's
"characters"). Its body holds the span's note and, for each claim the span is an appearance of,
the claim in words and its verdict (``assessing``, Arabic and English). Everything FactDesk needs
to bring the work back (ids, role, kind, rationale, reviewer, the article's text fingerprint) rides
in terms of its own, under the ``fd:`` prefix of the context, which other tools ignore.

The collection is an ``AnnotationCollection`` whose first page holds every annotation.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

from factdesk.core.report import AnnotatedSpan

ANNO_CONTEXT: Final = "http://www.w3.org/ns/anno.jsonld"
#: FactDesk's own terms: an IRI under which they mean something to FactDesk and nothing to others.
FD_NAMESPACE: Final = "urn:factdesk:terms#"
CONTEXT: Final = [ANNO_CONTEXT, {"fd": FD_NAMESPACE}]


def _source(span: AnnotatedSpan) -> str:
    return span.article.url or f"urn:uuid:{span.article.article_id}"


def annotation(span: AnnotatedSpan) -> dict[str, Any]:
    """The Web Annotation of one span (without ``@context``: the collection carries it)."""
    body: list[dict[str, Any]] = []
    if span.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": span.note})
    claims = []
    for (
        claim_id,
        text,
        verdict,
        verdict_ar,
        verdict_en,
        rationale,
        reviewer,
        reviewed_at,
        role,
    ) in span.claims:
        body.append(
            {
                "type": "TextualBody",
                "purpose": "describing",
                "value": text,
                "fd:claim": f"urn:uuid:{claim_id}",
            }
        )
        body.append(
            {
                "type": "TextualBody",
                "purpose": "assessing",
                "value": verdict_ar,
                "language": "ar",
                "fd:claim": f"urn:uuid:{claim_id}",
            }
        )
        body.append(
            {
                "type": "TextualBody",
                "purpose": "assessing",
                "value": verdict_en,
                "language": "en",
                "fd:claim": f"urn:uuid:{claim_id}",
            }
        )
        claims.append(
            {
                "id": f"urn:uuid:{claim_id}",
                "fd:text": text,
                "fd:verdict": verdict,
                "fd:rationale": rationale,
                "fd:reviewer": reviewer,
                "fd:reviewedAt": reviewed_at,
                "fd:role": role,
            }
        )
    out: dict[str, Any] = {
        "id": f"urn:uuid:{span.span_id}",
        "type": "Annotation",
        "motivation": "assessing" if span.claims else "highlighting",
        "created": span.created,
        "modified": span.modified,
        "target": {
            "source": _source(span),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": span.quote,
                    "prefix": span.prefix,
                    "suffix": span.suffix,
                },
                {"type": "TextPositionSelector", "start": span.start, "end": span.end},
            ],
        },
        "fd:kind": span.kind,
        "fd:article": {
            "id": f"urn:uuid:{span.article.article_id}",
            "fd:title": span.article.title,
            "fd:contentHash": span.article.content_hash,
        },
        "fd:claims": claims,
    }
    if body:
        out["body"] = body
    return out


def collection(spans: Iterable[AnnotatedSpan], *, label: str = "") -> dict[str, Any]:
    """Every span's annotation in one AnnotationCollection (a single page)."""
    items = [annotation(span) for span in spans]
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
