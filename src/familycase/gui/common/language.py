"""The desktop app's language: Qt's translator with FamilyCase's catalogue, the locale for
Qt's own widgets, and the same catalogue for text made below the GUI (``familycase.i18n``).

The language is the Preferences' choice, else the system's (Qt's idea of it, which also works
on Windows and macOS), else English. It is chosen when FamilyCase starts and again at each
unlock, so a change in the Preferences shows from the next unlock (the windows are made anew
then); the unlock dialog itself follows from the next start.
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from familycase import i18n

log = logging.getLogger(__name__)

_installed: QTranslator | None = None  # kept alive while installed
QT_LOCALES = {
    i18n.ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    i18n.WELSH: QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom),
}


def system_language() -> str:
    """The system's language as Qt sees it (LANG on Linux, the desktop's on Windows/macOS)."""
    for name in QLocale.system().uiLanguages():
        code = i18n.from_locale_name(name)
        if code is not None:
            return code
    return i18n.system_language()


def chosen_language(preference: str | None) -> str:
    return preference if preference in i18n.LANGUAGES else system_language()


def compiled_catalogue(code: str) -> str:
    return str(resources.files("familycase.translations").joinpath(f"familycase_{code}.qm"))


def install_language(code: str) -> str:
    """Translate the app into ``code`` ("en" or "cy") from now on; returns the language used
    (English when the catalogue cannot be loaded, which is logged)."""
    global _installed
    app = QCoreApplication.instance()
    if _installed is not None:
        if app is not None:
            QCoreApplication.removeTranslator(_installed)
        _installed = None
    if code not in i18n.LANGUAGES:
        code = i18n.ENGLISH
    if code != i18n.ENGLISH:
        translator = QTranslator()
        if translator.load(compiled_catalogue(code)) and app is not None:
            QCoreApplication.installTranslator(translator)
            _installed = translator
        else:
            log.warning("The %s catalogue could not be loaded; FamilyCase stays in English", code)
            code = i18n.ENGLISH
    QLocale.setDefault(QT_LOCALES[code])
    i18n.install_translator(QCoreApplication.translate, code)
    return code
