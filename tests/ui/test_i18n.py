"""Every visible string is translated both ways: English is the source, Arabic the catalogue."""

from __future__ import annotations

import importlib.util
import re

from support import REPO

from factdesk.ui import i18n


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", REPO / "packaging" / "update_translations.py")
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
    catalogue = i18n.load_catalogue.__wrapped__("ar")
    for (_ctx, source), text in catalogue.items():
        for mark in ("%1", "%2", "%n"):
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
