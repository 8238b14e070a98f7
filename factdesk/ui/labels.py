"""The window's side of :mod:`factdesk.core.labels`: the same words, in the interface language.

Vocabulary and operation labels are translated by Qt (their Arabic is in the catalogue); a verdict's
label is picked from the two the project stores. Nothing else in the window spells these rules.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from factdesk.core import labels
from factdesk.ui import i18n


def _vocabulary(text: str) -> str:
    return QCoreApplication.translate(labels.VOCABULARY_CONTEXT, text)


def role_text(role: str) -> str:
    """How a passage relates to its claim (asserts, denies, reports a different figure)."""
    return _vocabulary(labels.role_label(role))


def stance_text(stance: str) -> str:
    return _vocabulary(labels.stance_label(stance))


def source_kind_text(kind: str) -> str:
    return _vocabulary(labels.source_kind_label(kind))


def reliability_text(value: str) -> str:
    return _vocabulary(labels.reliability_label(value))


def operation_text(label: str) -> str:
    """The translated name of a journalled operation label (labels are English in the journal); a
    label the table does not know (a batch titled elsewhere) is shown as it is."""
    if label not in labels.OPERATION_LABELS:
        return label
    return QCoreApplication.translate(labels.OPERATION_CONTEXT, label)


def verdict_text(label_ar: str, label_en: str) -> str:
    """A verdict's label in the interface language (the project stores both)."""
    return labels.in_language(label_ar, label_en, i18n.current_language())


__all__ = [
    "operation_text",
    "reliability_text",
    "role_text",
    "source_kind_text",
    "stance_text",
    "verdict_text",
]
