"""The default verdict scale, stored in each new project (and editable there).

Rating values follow ClaimReview's ``ratingValue`` on a 1 (worst) to 5 (best) scale where a
rating applies; verdicts that are not a judgement of truth (not yet checked, in progress,
unproven) carry no rating value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

UNVERIFIED: Final = "unverified"
IN_PROGRESS: Final = "in_progress"
#: Verdicts that say a claim is still open (no judgement yet): the «still unverified» filter.
OPEN_VERDICTS: Final = (UNVERIFIED, IN_PROGRESS)
BEST_RATING: Final = 5
WORST_RATING: Final = 1


@dataclass(frozen=True, slots=True)
class Verdict:
    key: str
    label_ar: str
    label_en: str
    rating_value: int | None
    color: str  # a hex colour for chips and highlights


DEFAULT_SCALE: Final[tuple[Verdict, ...]] = (
    Verdict(UNVERIFIED, "لم يُتحقق منه", "Unverified", None, "#9e9e9e"),
    Verdict(IN_PROGRESS, "قيد التحقق", "In progress", None, "#42a5f5"),
    Verdict("true", "صحيح", "True", 5, "#2e7d32"),
    Verdict("mostly_true", "صحيح في معظمه", "Mostly true", 4, "#7cb342"),
    Verdict("half_true", "نصف صحيح", "Half true", 3, "#fbc02d"),
    Verdict("misleading", "مضلل", "Misleading", 2, "#fb8c00"),
    Verdict("false", "خاطئ", "False", 1, "#c62828"),
    Verdict("unproven", "غير مثبت", "Unproven", None, "#8e24aa"),
)


_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def is_color(value: str) -> bool:
    """Whether ``value`` is a verdict colour as the scale stores it: #rrggbb."""
    return _COLOR.fullmatch(value) is not None


_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")


def is_key(value: str) -> bool:
    """Whether ``value`` can be a verdict key: lower-case ASCII letters, digits and underscores,
    starting with a letter (keys appear in exports and on the command line, labels do not)."""
    return _KEY.fullmatch(value) is not None


def new_key(label_en: str, taken: set[str] | frozenset[str]) -> str:
    """A key for a new verdict, made from its English label («Satire» → ``satire``) and never one
    already ``taken`` (``satire_2`` …); ``verdict`` when the label has no ASCII letters."""
    words = re.findall(r"[a-z0-9]+", label_en.lower())
    base = "_".join(words)[:32].strip("_")
    if not base or not base[0].isalpha():
        base = "verdict" + (f"_{base}" if base else "")
    base = base[:32]
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key
