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
    Verdict("in_progress", "قيد التحقق", "In progress", None, "#42a5f5"),
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
