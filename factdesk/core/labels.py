"""The words shown for the closed vocabularies and the operations, in one place for both interfaces.

The command line prints these English labels as they are; the window shows them through Qt's
translation (contexts :data:`VOCABULARY_CONTEXT` and :data:`OPERATION_CONTEXT`), whose Arabic lives in
``resources/i18n/factdesk_ar.ts`` (``packaging/update_translations.py`` collects these tables, so a
label added here is reported untranslated until it has its Arabic). The verdict scale is project data
with both languages stored: :func:`in_language` is the one rule that picks one.
"""

from __future__ import annotations

from typing import Final

from factdesk.core import model

#: The Qt translation context of each table (the window's adapter, ``factdesk.ui.labels``, uses it).
VOCABULARY_CONTEXT: Final = "Vocabulary"
OPERATION_CONTEXT: Final = "Operation"

ROLE_LABELS: Final[dict[str, str]] = {
    "asserts": "asserts",
    "denies": "denies",
    "different_figure": "reports a different figure",
}
STANCE_LABELS: Final[dict[str, str]] = {
    "supports": "supports",
    "refutes": "refutes",
    "context": "context",
}
SOURCE_KIND_LABELS: Final[dict[str, str]] = {
    "document": "document",
    "official_statement": "official statement",
    "person": "person",
    "dataset": "data set",
    "archived_page": "archived page",
    "article": "article",
    "fact_check": "published fact-check",
    "other": "other",
}
RELIABILITY_LABELS: Final[dict[str, str]] = {
    "unknown": "unknown",
    "low": "low",
    "medium": "medium",
    "high": "high",
}

#: The labels a change is journalled under (an operation's ``name``, or a batch's title), as
#: "Undo: <label>" and the history show them. Every :class:`~factdesk.core.operations.Operation`
#: subclass's name is here (a test holds it so).
OPERATION_LABELS: Final[tuple[str, ...]] = (
    "import article",
    "import articles",
    "edit article",
    "delete article",
    "highlight",
    "edit highlight",
    "delete highlight",
    "new claim",
    "new claim from selection",
    "edit claim",
    "set verdict",
    "delete claim",
    "link to claim",
    "change role",
    "unlink",
    "add source",
    "edit source",
    "delete source",
    "add evidence",
    "edit evidence",
    "delete evidence",
    "edit verdict scale",
    "add verdict",
    "remove verdict",
    "tag claim",
    "untag claim",
    "edit claim note",
    "add demo sources",
    "import fact-checks",
    "delete fact-checks",
    "attach fact-check",
    "change project setting",
    "change project settings",
    "import annotations",
)

#: Every vocabulary table by the model's tuple it names, so that a test can hold them together.
VOCABULARIES: Final[dict[str, tuple[tuple[str, ...], dict[str, str]]]] = {
    "role": (model.ROLES, ROLE_LABELS),
    "stance": (model.STANCES, STANCE_LABELS),
    "source kind": (model.SOURCE_KINDS, SOURCE_KIND_LABELS),
    "reliability": (model.RELIABILITY, RELIABILITY_LABELS),
}


#: The same words in Arabic, for the reports the exporters write without Qt (a spreadsheet, a
#: ClaimReview). A test holds them equal to the window's translations in ``factdesk_ar.ts``.
ROLE_LABELS_AR: Final[dict[str, str]] = {
    "asserts": "يؤكده",
    "denies": "ينفيه",
    "different_figure": "يذكر رقمًا مختلفًا",
}
STANCE_LABELS_AR: Final[dict[str, str]] = {
    "supports": "يدعم",
    "refutes": "يدحض",
    "context": "سياق",
}


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role)


def stance_label(stance: str) -> str:
    return STANCE_LABELS.get(stance, stance)


def source_kind_label(kind: str) -> str:
    return SOURCE_KIND_LABELS.get(kind, kind)


def reliability_label(value: str) -> str:
    return RELIABILITY_LABELS.get(value, value)


def role_word(role: str, language: str) -> str:
    """A role as a report shows it: the Arabic word for "ar", else the English label."""
    table = ROLE_LABELS_AR if language == "ar" else ROLE_LABELS
    return table.get(role, role)


def stance_word(stance: str, language: str) -> str:
    """A stance as a report shows it: the Arabic word for "ar", else the English label."""
    table = STANCE_LABELS_AR if language == "ar" else STANCE_LABELS
    return table.get(stance, stance)


def in_language(label_ar: str, label_en: str, language: str) -> str:
    """A label stored in both languages (a verdict's), in ``language``: Arabic for "ar", else English."""
    return label_ar if language == "ar" else label_en


def translatable() -> list[tuple[str, str]]:
    """(context, English label) of every label the window translates, for the catalogue."""
    pairs = [
        (VOCABULARY_CONTEXT, text) for _values, table in VOCABULARIES.values() for text in table.values()
    ]
    pairs += [(OPERATION_CONTEXT, label) for label in OPERATION_LABELS]
    return pairs
