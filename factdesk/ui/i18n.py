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


class QtGaps(QTranslator):
    """Qt's own strings that its Arabic catalogue lacks, because Qt changed their English after the
    catalogue was written: the file dialog's «&Look in:» and «Files of &type:» (the catalogue has
    «Look in:» and «Files of type:»), which left an open or save dialog half English. Asked before
    Qt's catalogue; anything else it does not know (None) goes on to the next catalogue."""

    TEXTS = {
        "ar": {
            ("QFileDialog", "&Look in:"): "ابحث في:",
            ("QFileDialog", "Files of &type:"): "نوع الملفات:",
        }
    }

    def __init__(self, language: str) -> None:
        super().__init__()
        self.lang = language
        self.texts = self.TEXTS.get(language, {})

    def language(self) -> str:
        return self.lang

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.texts.get((context, source))

    def isEmpty(self) -> bool:
        return not self.texts


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
        new.insert(1, QtGaps(language))
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    for translator in new:  # the last installed is asked first: FactDesk's own strings
        app.installTranslator(translator)
        _installed.append(translator)
    _language = language


def current_language() -> str:
    return _language
