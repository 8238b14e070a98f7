"""Mapping the textual ratings fact-checkers publish to FactDesk's default verdict keys.

Table-driven: each phrase is folded (:func:`factdesk.nlp.fold.fold`) so spelling variants
(hamza, taa marbuta, alef maksura, diacritics, case) match. Unknown ratings give ``None``; the
caller always keeps the original text.
"""

from __future__ import annotations

import re
from typing import Final

from factdesk.nlp.fold import fold

# (phrase, verdict key). Longer phrases are tried first, so "partly false" wins over "false".
RATINGS: Final[tuple[tuple[str, str], ...]] = (
    # Arabic
    ("مضلل", "misleading"),
    ("مضلّل", "misleading"),
    ("يفتقر للسياق", "misleading"),
    ("يفتقر إلى السياق", "misleading"),
    ("خارج السياق", "misleading"),
    ("سياق ناقص", "misleading"),
    ("غير دقيق", "misleading"),
    ("معدل", "misleading"),
    ("معدّل", "misleading"),
    ("زائف", "false"),
    ("خطأ", "false"),
    ("خاطئ", "false"),
    ("كاذب", "false"),
    ("خبر كاذب", "false"),
    ("ملفق", "false"),
    ("مفبرك", "false"),
    ("مزيف", "false"),
    ("غير صحيح", "false"),
    ("ساخر", "false"),
    ("صحيح", "true"),
    ("صحيح جزئيا", "half_true"),
    ("صحيح جزئياً", "half_true"),
    ("نصف صحيح", "half_true"),
    ("صحيح في معظمه", "mostly_true"),
    ("صحيح غالبا", "mostly_true"),
    ("خاطئ جزئيا", "half_true"),
    ("زائف جزئيا", "half_true"),
    ("غير مثبت", "unproven"),
    ("لا دليل", "unproven"),
    ("لا يوجد دليل", "unproven"),
    ("بلا دليل", "unproven"),
    ("غير مؤكد", "unproven"),
    # English
    ("misleading", "misleading"),
    ("missing context", "misleading"),
    ("lacks context", "misleading"),
    ("out of context", "misleading"),
    ("needs context", "misleading"),
    ("altered", "misleading"),
    ("inaccurate", "misleading"),
    ("exaggerated", "misleading"),
    ("false", "false"),
    ("fake", "false"),
    ("fabricated", "false"),
    ("pants on fire", "false"),
    ("incorrect", "false"),
    ("wrong", "false"),
    ("hoax", "false"),
    ("satire", "false"),
    ("partly false", "half_true"),
    ("partially false", "half_true"),
    ("mostly false", "false"),
    ("half true", "half_true"),
    ("half-true", "half_true"),
    ("mixture", "half_true"),
    ("mixed", "half_true"),
    ("partly true", "half_true"),
    ("mostly true", "mostly_true"),
    ("true", "true"),
    ("correct", "true"),
    ("accurate", "true"),
    ("unproven", "unproven"),
    ("unverified", "unproven"),
    ("unsupported", "unproven"),
    ("no evidence", "unproven"),
    ("not proven", "unproven"),
)

_PUNCT = re.compile(r"[^\w\s]+")
_FEM = re.compile("(?<=[\u0621-\u064a]{3})[\u0647\u0629]$")


def _key(text: str) -> str:
    """Folded, punctuation turned to spaces, a feminine ending taken off (مضللة = مضلل: a rating
    often agrees with «معلومة» or «صورة»)."""
    words = _PUNCT.sub(" ", fold(text).replace("-", " ")).split()
    return " ".join(_FEM.sub("", w) for w in words)


_TABLE: Final[dict[str, str]] = {_key(p): v for p, v in RATINGS}
_BY_LENGTH: Final[tuple[tuple[str, str], ...]] = tuple(sorted(_TABLE.items(), key=lambda kv: -len(kv[0])))


def normalise_rating(text: str, language: str = "") -> str | None:
    """The verdict key for a published rating, or ``None`` when it is not recognised.

    Exact (folded) match first, then the longest known phrase found as whole words inside the
    rating ("Rating: Mostly False." → false). ``language`` is accepted for future tables.
    """
    key = _key(text)
    if not key:
        return None
    hit = _TABLE.get(key)
    if hit is not None:
        return hit
    padded = f" {key} "
    for phrase, verdict in _BY_LENGTH:
        if f" {phrase} " in padded:
            return verdict
    return None
