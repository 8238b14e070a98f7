"""The interface language, through Qt's own translation system.

Strings in the code are English and go through ``tr()`` / ``QCoreApplication.translate``. The
Arabic catalogue is a Qt Linguist ``.ts`` file (``resources/i18n/factdesk_ar.ts``) that this
translator reads directly, so no compiled ``.qm`` file or ``lrelease`` step is needed and
translators can keep using Qt Linguist. Arabic is the default; English is the source text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
LANGUAGES = ("ar", "en")


def catalogue_path(language: str) -> Path:
    return RESOURCES / "i18n" / f"factdesk_{language}.ts"


@cache
def load_catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, from the language's .ts file ("" context = any)."""
    path = catalogue_path(language)
    if not path.exists():
        return {}
    out: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()  # our own file, shipped with the app
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None:
                continue
            forms = [f.text or "" for f in node.iter("numerusform")]
            text = forms[0] if forms else (node.text or "")
            if text and node.get("type") not in ("unfinished", "obsolete"):
                out[(name, source)] = text
                out.setdefault(("", source), text)
    return out


class CatalogueTranslator(QTranslator):
    def __init__(self, language: str) -> None:
        super().__init__()
        #: the catalogue's language (not ``language``: that is QTranslator.language())
        self.language_code = language
        self._catalogue = load_catalogue(language)

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,  # noqa: D102
                  n: int = -1) -> str | None:
        # None (a null string) tells Qt "no translation here": it then shows the source text
        return self._catalogue.get((context, source_text)) or self._catalogue.get(("", source_text)) or None

    def isEmpty(self) -> bool:  # noqa: N802
        return not self._catalogue


_installed: list[CatalogueTranslator] = []


def install(language: str) -> None:
    """Switch the interface language; widgets retranslate on the LanguageChange event."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language != "en":
        translator = CatalogueTranslator(language)
        app.installTranslator(translator)
        _installed.append(translator)


def current_language() -> str:
    return _installed[0].language_code if _installed else "en"
