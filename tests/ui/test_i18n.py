"""Every visible string is translated both ways: English is the source, Arabic the catalogue."""

from __future__ import annotations

import importlib.util
import re

import pytest
from support import REPO

from factdesk.ui import i18n


def _tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", REPO / "packaging" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_interface_string_has_an_arabic_translation() -> None:
    tool = _tool()
    pairs = tool.collect()
    assert len(pairs) > 200
    known = tool.load(tool.TS)
    sources = {src for (_ctx, src) in known}
    missing = [(ctx, src) for ctx, src in pairs if (ctx, src) not in known and src not in sources]
    assert missing == [], f"untranslated: {missing[:10]} (run packaging/update_translations.py)"


def test_translations_keep_placeholders_and_accelerators() -> None:
    tool = _tool()
    catalogue = tool.load(tool.TS)
    assert len(catalogue) > 200
    for (_ctx, source), text in catalogue.items():
        for mark in ("%1", "%2") if "%n" in source else ("%1", "%2", "%n"):  # plurals: see below
            assert source.count(mark) == text.count(mark), (source, text)
        assert ("&" in source) == ("&" in text), (source, text)
        if re.search(r"[A-Za-z]{4,}", source) and source not in ("English", "FactDesk"):
            assert re.search(r"[\u0600-\u06FF]", text), (source, text)


def test_the_translator_falls_back_to_english_for_unknown_text(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    i18n.install("ar")
    try:
        assert QCoreApplication.translate("Actions", "&Undo") == "&تراجع"
        assert QCoreApplication.translate("Nowhere", "no such string here") == "no such string here"
    finally:
        i18n.install("en")
    assert QCoreApplication.translate("Actions", "&Undo") == "&Undo"


def test_the_shipped_catalogue_is_what_lrelease_makes_of_the_ts(tmp_path) -> None:
    """The window loads factdesk_ar.qm, committed beside the .ts: it must be Qt's own compilation of it."""
    tool = _tool()
    fresh = tmp_path / "factdesk_ar.qm"
    tool.compile_catalogue(tool.TS, fresh)
    assert tool.QM.is_file(), f"{tool.QM} is missing: run packaging/update_translations.py"
    assert tool.QM.read_bytes() == fresh.read_bytes(), (
        f"{tool.QM.name} is stale: run packaging/update_translations.py to rebuild it from {tool.TS.name}"
    )


def test_counted_strings_are_translated_whatever_the_count(arabic) -> None:
    """Plural messages (%n) come out in the Arabic form of each count: one, two, few, many, other."""
    from PySide6.QtCore import QCoreApplication

    def count(context: str, source: str, n: int) -> str:
        return QCoreApplication.translate(context, source, "", n)

    assert count("SourcesPanel", "%n source(s)", 0) == "لا مصادر"
    assert count("SourcesPanel", "%n source(s)", 1) == "مصدر واحد"
    assert count("SourcesPanel", "%n source(s)", 2) == "مصدران"
    assert count("SourcesPanel", "%n source(s)", 3) == "3 مصادر"
    assert count("SourcesPanel", "%n source(s)", 10) == "10 مصادر"
    assert count("SourcesPanel", "%n source(s)", 11) == "11 مصدرًا"
    assert count("SourcesPanel", "%n source(s)", 100) == "100 مصدر"
    assert count("SourcesPanel", "%n source(s)", 103) == "103 مصادر"
    article = "%1 in %n article(s)"
    assert [count("ClaimTableModel", article, n).replace("%1", "4") for n in (1, 2, 3)] == [
        "4 في مقال واحد",
        "4 في مقالين",
        "4 في 3 مقالات",
    ]


def test_every_plural_message_has_its_six_arabic_forms() -> None:
    """Arabic counts in six forms; a message that gives one text for every count («في مقالات عددها 1»)
    is reported, and each form keeps the placeholders of its source (the number itself may be a word:
    «مقال واحد», «مقالين»)."""
    tool = _tool()
    pairs = tool.collect()
    plurals = tool.load_plurals(tool.TS)
    counted = [(ctx, src) for ctx, src in pairs if "%n" in src]
    assert len(counted) >= 10
    assert tool.one_text_for_every_count(pairs, plurals) == []
    for ctx, src in counted:
        forms = plurals[(ctx, src)]
        assert len(set(forms)) >= 4, (src, forms)
        for index, form in enumerate(forms):
            assert form.count("%1") == src.count("%1"), (src, form)
            if tool.PLURAL_FORMS[index] in ("few", "many", "other"):
                assert "%n" in form, (src, tool.PLURAL_FORMS[index], form)
    same = {(ctx, src): [forms[0]] * 6 for (ctx, src), forms in plurals.items()}
    assert tool.one_text_for_every_count(pairs, same) == counted


def test_the_plural_rule_matches_qt_for_arabic(arabic) -> None:
    """The tool's idea of which form a count takes is the one Qt applies when it translates."""
    from PySide6.QtCore import QCoreApplication

    tool = _tool()
    forms = tool.load_plurals(tool.TS)[("SourcesPanel", "%n source(s)")]
    for n in (0, 1, 2, 3, 9, 10, 11, 50, 99, 100, 101, 102, 103, 111, 1000):
        expected = forms[tool.plural_form(n)].replace("%n", str(n))
        assert QCoreApplication.translate("SourcesPanel", "%n source(s)", "", n) == expected, n


def test_every_plural_message_is_marked_numerus_in_the_catalogue() -> None:
    """Qt's compiled catalogue answers a counted lookup only for a message marked numerus="yes"."""
    import xml.etree.ElementTree as ET

    tool = _tool()
    plain = [
        m.findtext("source")
        for m in ET.parse(tool.TS).getroot().iter("message")
        if "%n" in (m.findtext("source") or "") and m.get("numerus") != "yes"
    ]
    assert plain == [], f"plural strings not marked numerus: {plain} (run packaging/update_translations.py)"


def test_qt_own_catalogue_ships_with_pyside6() -> None:
    path = i18n.qt_catalogue_path("ar")
    assert path.is_file(), (
        f"Qt's Arabic catalogue {path} is missing from this PySide6 install: standard buttons and dialogs "
        "would stay English (PySide6-Essentials ships it in Qt/translations)"
    )


def test_standard_buttons_speak_arabic(arabic, qtbot) -> None:
    """Qt's own catalogue is loaded too: OK/Cancel and Yes/No of standard dialogs are Arabic."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "حسنًا"
    assert re.search("[\u0600-\u06ff]", box.button(QDialogButtonBox.StandardButton.Cancel).text())
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    message = QMessageBox(QMessageBox.Icon.Question, "", "", buttons)
    qtbot.addWidget(message)
    assert message.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "نعم"
    assert message.button(QMessageBox.StandardButton.No).text().replace("&", "") == "لا"


def test_the_file_dialog_speaks_arabic_whole(arabic, qtbot) -> None:
    """Qt's file dialog (the one an import or export opens where no desktop dialog serves): every
    label Arabic. Qt 6.11 says «&Look in:» and «Files of &type:», which its Arabic catalogue does
    not hold (it has the older «Look in:»), so those two stayed English beside Arabic ones."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(None, "", "/")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert len(labels) >= 3, labels
    for text in labels:
        assert not re.search("[A-Za-z]", text) and re.search("[\u0600-\u06ff]", text), labels


def test_english_restores_qt_own_buttons(qapp, qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    i18n.install("ar")
    i18n.install("en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "OK"
    assert i18n.current_language() == "en"


def test_a_missing_catalogue_is_an_installation_fault_named_in_words(qapp, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: tmp_path / f"factdesk_{language}.qm")
    with pytest.raises(i18n.CatalogueMissing, match="factdesk_ar.qm is missing"):
        i18n.install("ar")
    assert i18n.current_language() == "en"


def test_a_module_s_tr_helper_looks_up_the_context_its_strings_are_collected_under(qapp) -> None:
    """A module-level ``tr()`` helper's strings are collected under the module's name (file_tasks.py:
    FileTasks); a helper that translated in another context left them all in English (the CSV export's
    file types were, until 2026-12-01). Checked by running each helper with the Arabic catalogue."""
    import ast
    import importlib

    tool = _tool()
    known = tool.load(tool.TS)
    i18n.install("ar")
    try:
        for path in sorted(tool.UI.glob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            helpers = [n.name for n in tree.body if isinstance(n, ast.FunctionDef) and n.name in ("tr", "_t")]
            if not helpers:
                continue
            context = "".join(part.capitalize() for part in path.stem.split("_"))
            source, arabic = next(
                ((s, t) for (c, s), t in known.items() if c == context and "%" not in s), (None, None)
            )
            assert source is not None, f"{path.name}: no string collected under {context}"
            module = importlib.import_module(f"factdesk.ui.{path.stem}")
            for name in helpers:
                assert getattr(module, name)(source) == arabic, (path.name, name, source)
    finally:
        i18n.install("en")
