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


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own catalogues (``qtbase_es.qm``: file dialogs, standard buttons) may be: Qt's
    translations path, else the PySide6 package's (a bundled build can report a path that is not there)."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    found = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    found += [package / "Qt" / "translations", package / "translations"]
    return [d for d in dict.fromkeys(found) if d.is_dir()]


class Translations:
    """The translators installed on the application, replaced as a whole on each switch."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.lang = ""

    def clear(self) -> None:
        """Remove our translators: the untranslated Spanish source remains, and so the interface's
        language (``ui.labels.ui_lang``, which names codes and dates) is Spanish again."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(locale_for("es"))

    def apply(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(lang)
        self.clear()
        # qtbase_gaps_<lang>: the few texts of Qt's dialogs that its catalogue leaves in English
        # (i18n/qtbase_gaps_es.ts); installed after qtbase, so asked before it.
        catalogues = (
            (f"crm_desktop_{lang}", [CATALOGUE_DIR]),
            (f"qtbase_{lang}", qt_translation_dirs()),
            (f"qtbase_gaps_{lang}", [CATALOGUE_DIR]),
        )
        for name, directories in catalogues:
            translator = QTranslator(self._app)
            if any(translator.load(name, str(d)) for d in directories):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        QLocale.setDefault(locale_for(lang))
        self.lang = lang

    @property
    def installed(self) -> int:
        return len(self._installed)
