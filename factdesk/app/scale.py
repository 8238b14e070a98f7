"""Editing the project's verdict scale: the steps both interfaces ask for, each ONE undoable step.

The window's scale editor and ``factdesk verdict add|move|remove`` read the scale as it is
(:func:`current_scale`), say what they want, and run what :func:`edit_scale` plans, so the two
give the same project for the same request. The scale's order is the order of the
keys Ctrl+1 … Ctrl+9 in the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factdesk.core import operations as ops
from factdesk.core.operations import OperationError
from factdesk.core.verdicts import new_key

if TYPE_CHECKING:
    from factdesk.store.read import ProjectReader


@dataclass(frozen=True, slots=True)
class ScaleEntry:
    """One verdict of an edited scale, in its new place: ``key`` None for a new verdict."""

    key: str | None
    label_ar: str
    label_en: str
    rating_value: int | None
    color: str


def edit_scale(
    current: Sequence[ScaleEntry], wanted: Sequence[ScaleEntry], removed: dict[str, str | None] | None = None
) -> ops.Batch | None:
    """The one undoable step that turns the scale ``current`` (in order) into ``wanted`` (in order):
    verdicts added (a key made from the English label), edited and moved (their place is their
    position in ``wanted``), then those in ``removed`` taken off, each with the verdict its claims
    take instead (None: refused if it still has claims). None when nothing changes."""
    removed = dict(removed or {})
    now = {e.key: (i, e) for i, e in enumerate(current) if e.key is not None}
    taken = set(now)
    steps: list[ops.Operation] = []
    for position, entry in enumerate(wanted):
        if entry.key is None:
            key = new_key(entry.label_en, taken)
            taken.add(key)
            steps.append(
                ops.AddVerdict(key, entry.label_ar, entry.label_en, position, entry.rating_value, entry.color)
            )
            continue
        if entry.key in removed:
            raise OperationError(f"The verdict «{entry.key}» cannot be both kept and removed.")
        before_position, before = now.get(entry.key, (None, None))
        values: dict[str, object] = {}
        for name in ("label_ar", "label_en", "rating_value", "color"):
            if before is None or getattr(before, name) != getattr(entry, name):
                values[name] = getattr(entry, name)
        if before_position != position:
            values["position"] = position
        if values:
            steps.append(ops.EditVerdictLabel(entry.key, values))
    for key, move_to in removed.items():
        steps.append(ops.RemoveVerdict(key, move_to))
    return ops.Batch("edit verdict scale", steps) if steps else None


def current_scale(read: ProjectReader) -> list[ScaleEntry]:
    """The project's scale, in order, as entries an edit starts from."""
    return [ScaleEntry(v.key, v.label_ar, v.label_en, v.rating_value, v.color) for v in read.verdicts()]


def _place(scale: list[ScaleEntry], position: int | None) -> int:
    """A 1-based place («3»: third) as an index, the end when None; out of range is refused."""
    if position is None:
        return len(scale)
    if not 1 <= position <= len(scale) + 1:
        raise OperationError(f"A place in the scale is from 1 to {len(scale) + 1}; got {position}.")
    return position - 1


def add_verdict(
    read: ProjectReader,
    label_ar: str,
    label_en: str,
    *,
    rating_value: int | None = None,
    color: str = "#9e9e9e",
    position: int | None = None,
) -> ops.Batch:
    """Add a verdict at ``position`` (1 = first; the end when None)."""
    scale = current_scale(read)
    scale.insert(_place(scale, position), ScaleEntry(None, label_ar, label_en, rating_value, color))
    step = edit_scale(current_scale(read), scale)
    assert step is not None  # a verdict was added
    return step


def move_verdict(read: ProjectReader, key: str, position: int) -> ops.Batch | None:
    """Move a verdict to ``position`` (1 = first); None when it is there already."""
    scale = current_scale(read)
    found = [e for e in scale if e.key == key]
    if not found:
        raise OperationError(f"There is no verdict «{key}» in this project.")
    scale.remove(found[0])
    scale.insert(_place(scale, position), found[0])
    return edit_scale(current_scale(read), scale)


def remove_verdict(read: ProjectReader, key: str, move_to: str | None = None) -> ops.Batch:
    """Take a verdict off the scale; its claims take ``move_to`` (refused if it has claims and
    ``move_to`` is None). The verdicts after it move up a place."""
    scale = current_scale(read)
    if not any(e.key == key for e in scale):
        raise OperationError(f"There is no verdict «{key}» in this project.")
    step = edit_scale(scale, [e for e in scale if e.key != key], {key: move_to})
    assert step is not None  # a verdict was removed
    return step
