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


#: The translation context of the reasons a sentence is put forward as worth checking.
SUGGESTION_CONTEXT = "Suggestion"


def _reason_texts() -> dict[str, str]:
    """The reason keys of :mod:`factdesk.assist.suggest` (English keys, not for reading), as a
    fact-checker reads them. Spelled out call by call so the translation script finds them."""
    t = QCoreApplication.translate
    return {
        "figure": t("Suggestion", "figures"),
        "date": t("Suggestion", "dates"),
        "attribution": t("Suggestion", "attributed statements"),
        "named actor": t("Suggestion", "named actors"),
        "comparison": t("Suggestion", "comparisons"),
        "superlative": t("Suggestion", "superlatives"),
        "negation": t("Suggestion", "negations"),
    }


def reason_text(reason: str) -> str:
    """One reason a sentence was put forward, in the interface language; a key the table does not
    know (a rule added later) is shown as it is rather than dropped."""
    return _reason_texts().get(reason, reason)


def reasons_text(reasons: tuple[str, ...] | list[str]) -> str:
    """The reasons of one suggestion as one line («أرقام، تواريخ، جهات مسمّاة»)."""
    separator = QCoreApplication.translate("Suggestion", ", ")
    return separator.join(reason_text(r) for r in reasons)


__all__ = [
    "SUGGESTION_CONTEXT",
    "operation_text",
    "reason_text",
    "reasons_text",
    "reliability_text",
    "role_text",
    "source_kind_text",
    "stance_text",
    "verdict_text",
]
