"""The window shows every label of factdesk.core.labels in Arabic, through its one adapter."""

from __future__ import annotations

import unicodedata

from factdesk.core import labels
from factdesk.core import operations as ops


def _arabic(text: str) -> bool:
    return any(unicodedata.bidirectional(c) == "AL" for c in text)


def test_every_label_has_its_arabic_in_the_catalogue(arabic) -> None:
    from PySide6.QtCore import QCoreApplication

    missing = [
        (ctx, text)
        for ctx, text in labels.translatable()
        if not _arabic(QCoreApplication.translate(ctx, text))
    ]
    assert missing == []


def test_the_adapter_speaks_the_interface_language(qapp) -> None:
    from factdesk.ui import i18n
    from factdesk.ui.labels import operation_text, role_text, source_kind_text, stance_text, verdict_text

    assert (role_text("different_figure"), stance_text("refutes")) == (
        "reports a different figure",
        "refutes",
    )
    assert verdict_text("خاطئ", "False") == "False"
    i18n.install("ar")
    try:
        assert role_text("different_figure") == "يذكر رقمًا مختلفًا"
        assert stance_text("refutes") == "يدحض"
        assert source_kind_text("dataset") == "مجموعة بيانات"
        assert operation_text("edit verdict scale") == "تعديل سلّم الأحكام"
        assert operation_text("import 3 articles") == "import 3 articles"  # unknown: shown as journalled
        assert verdict_text("خاطئ", "False") == "خاطئ"
    finally:
        i18n.install("en")


def test_undo_names_a_verdict_scale_edit_in_arabic(session, arabic) -> None:
    session.run(ops.EditVerdictLabel("false", {"label_en": "Wrong"}))
    assert session.undo_label() == "تعديل سلّم الأحكام"
