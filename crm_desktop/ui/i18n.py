"""Languages of the interface: our translations, Qt's own (``qtbase_*.qm``) and the locale.

Source strings are Spanish; English is a full translation, compiled into ``crm_desktop/i18n`` from the
top-level ``i18n/*.ts`` sources. Switching installs new translators, which makes Qt send
``LanguageChange`` to every widget; each view re-labels itself.
Dates and numbers follow the locale set here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("es", "en")
CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "i18n"


def locale_for(lang: str) -> QLocale:
    """The user's own locale when it speaks ``lang`` (es_MX, en_CA...), else the language's default."""
    system = QLocale.system()
    if system.name().split("_")[0] == lang:
        return system
    return QLocale(lang)


class Translations:
    """The translators installed on the application, replaced as a whole on each switch."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.lang = ""

    def clear(self) -> None:
        """Remove our translators (the untranslated Spanish source remains)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []

    def apply(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(lang)
        self.clear()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, directory in ((f"crm_desktop_{lang}", str(CATALOGUE_DIR)), (f"qtbase_{lang}", qt_dir)):
            translator = QTranslator(self._app)
            if translator.load(name, directory):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        QLocale.setDefault(locale_for(lang))
        self.lang = lang

    @property
    def installed(self) -> int:
        return len(self._installed)
