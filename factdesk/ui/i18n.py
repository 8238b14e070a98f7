"""The interface language, through Qt's own translation system.

Strings in the code are English and go through ``tr()`` / ``QCoreApplication.translate``. The
Arabic catalogue is a Qt Linguist ``.ts`` file (``resources/i18n/factdesk_ar.ts``, where
translators work) compiled by Qt's ``lrelease`` into ``factdesk_ar.qm``, which is what is loaded
here (``packaging/update_translations.py`` rebuilds both; the package ships the ``.qm``). Qt's own
catalogue for the language (``qtbase_ar.qm``, shipped with PySide6) is loaded too, so standard
buttons and dialogs (OK/Cancel, Yes/No, the file dialog) speak the same language. Arabic is the
default; English is the source text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from factdesk import packaged

LANGUAGES = ("ar", "en")


class CatalogueMissing(RuntimeError):
    """A compiled catalogue FactDesk needs is not where it was installed: an installation fault."""


def catalogue_path(language: str) -> Path:
    """FactDesk's compiled catalogue for ``language`` (installed package data, or the source tree's)."""
    return packaged.resource("i18n", f"factdesk_{language}.qm")


def qt_catalogue_path(language: str) -> Path:
    """Qt's own catalogue for ``language`` (standard buttons and dialogs), as PySide6 ships it."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm"


def _load(path: Path) -> QTranslator:
    translator = QTranslator()
    if not translator.load(str(path)):
        raise CatalogueMissing(
            f"The interface translation {path.name} is missing or unreadable (looked for {path}). "
            "Reinstall FactDesk; in a source folder, run packaging/update_translations.py."
        )
    return translator


_installed: list[QTranslator] = []
_language = "en"


def install(language: str) -> None:
    """Switch the interface language; widgets retranslate on the LanguageChange event."""
    global _language
    app = QCoreApplication.instance()
    # loaded before anything changes, so a missing catalogue leaves the current language in place
    new = [] if language == "en" else [_load(catalogue_path(language))]
    qt_own = qt_catalogue_path(language)
    if new and qt_own.is_file():  # a PySide6 built without Qt's translations still runs, buttons in English
        new.insert(0, _load(qt_own))
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    for translator in new:  # the last installed is asked first: FactDesk's own strings
        app.installTranslator(translator)
        _installed.append(translator)
    _language = language


def current_language() -> str:
    return _language
