"""The words for roles, stances, source kinds, reliability and operations live once, for both interfaces;
the small rules the interfaces share (first strong direction, a verdict in the current language) too."""

from __future__ import annotations

import ast
import re

from support import REPO

from factdesk.core import labels, model
from factdesk.core import operations as ops


def _subclasses(cls: type) -> list[type]:
    out = []
    for sub in cls.__subclasses__():
        out += [sub, *_subclasses(sub)]
    return out


def test_every_operation_has_a_label() -> None:
    named = [c for c in _subclasses(ops.Operation) if c not in (ops.Batch, ops.Replay)]
    assert len(named) >= 20  # the walk found the operations, not an empty list
    missing = sorted(c.__name__ for c in named if c.name not in labels.OPERATION_LABELS)
    assert missing == [], f"operations without a label in factdesk.core.labels: {missing}"


def test_every_batch_title_written_in_the_code_has_a_label() -> None:
    titles = set()
    for path in (REPO / "factdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "Batch"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                titles.add(node.args[0].value)
    assert {"link to claim", "add evidence", "new claim"} <= titles
    assert sorted(titles - set(labels.OPERATION_LABELS)) == []


def test_every_value_of_each_vocabulary_has_its_words() -> None:
    for what, (values, table) in labels.VOCABULARIES.items():
        assert list(table) == list(values), f"the {what} labels do not match model's values"
        assert all(text.strip() for text in table.values()), what
    assert labels.role_label("different_figure") == "reports a different figure"
    assert labels.stance_label("refutes") == "refutes"
    assert labels.source_kind_label("official_statement") == "official statement"
    assert labels.reliability_label("high") == "high"
    assert labels.role_label("no such role") == "no such role"  # shown as stored, never an error


def test_a_verdict_label_is_picked_by_one_rule() -> None:
    assert labels.in_language("خاطئ", "False", "ar") == "خاطئ"
    assert labels.in_language("خاطئ", "False", "en") == "False"


def test_the_catalogue_lists_every_label() -> None:
    pairs = labels.translatable()
    assert ("Operation", "edit verdict scale") in pairs
    assert ("Vocabulary", "reports a different figure") in pairs
    assert len(pairs) == len(labels.OPERATION_LABELS) + sum(len(t) for _, t in labels.VOCABULARIES.values())


def test_the_core_no_longer_keeps_a_second_copy_of_role_and_stance_words() -> None:
    assert not hasattr(model, "ROLE_LABELS") and not hasattr(model, "STANCE_LABELS")


# ---------------------------------------------------------------------------------------------
# copies that must not come back


def _sources() -> dict[str, str]:
    return {
        p.relative_to(REPO).as_posix(): p.read_text(encoding="utf-8")
        for p in (REPO / "factdesk").rglob("*.py")
    }


def test_the_first_strong_direction_is_decided_in_one_place() -> None:
    # core.text.base_direction is the rule; the PDF reader's glyph classes are a different one
    found = sorted(rel for rel, src in _sources().items() if "bidirectional(" in src)
    assert found == ["factdesk/core/text.py", "factdesk/importers/pdf.py"], found


def test_a_label_in_the_current_language_is_picked_in_one_place() -> None:
    # «x.label_ar if language == "ar" else x.label_en», written again anywhere, is a copy of in_language
    pattern = re.compile(r"_ar\s+if\b|\bar\s+if\s+\w+\s+else\s+en\b")
    found = sorted(rel for rel, src in _sources().items() if pattern.search(src))
    assert found == ["factdesk/core/labels.py"], found


def test_vocabulary_and_operation_words_are_translated_in_one_place() -> None:
    pattern = re.compile(r"""translate\(\s*["'](Vocabulary|Operation)["']""")
    found = sorted(rel for rel, src in _sources().items() if pattern.search(src))
    assert found == [], found  # factdesk.ui.labels translates through the tables' contexts, not literals
    defined = sorted(
        rel for rel, src in _sources().items() if re.search(r"^def interface_direction\b", src, re.M)
    )
    assert defined == ["factdesk/ui/dialogs.py"], defined


def test_the_arabic_words_of_reports_are_the_windows_translations() -> None:
    # the exporters (no Qt) use these tables; the window uses the catalogue: they must say the same
    import xml.etree.ElementTree as ET

    tree = ET.parse(REPO / "resources" / "i18n" / "factdesk_ar.ts")
    translated = {
        m.findtext("source"): m.findtext("translation")
        for c in tree.getroot()
        if c.findtext("name") == labels.VOCABULARY_CONTEXT
        for m in c.iter("message")
    }
    for english, arabic in (
        (labels.ROLE_LABELS, labels.ROLE_LABELS_AR),
        (labels.STANCE_LABELS, labels.STANCE_LABELS_AR),
    ):
        assert list(arabic) == list(english)
        for key, word in english.items():
            assert arabic[key] == translated[word], key
    assert labels.role_word("denies", "ar") == "ينفيه" and labels.role_word("denies", "en") == "denies"
    assert labels.stance_word("context", "ar") == "سياق"
