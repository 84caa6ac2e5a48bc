"""Languages: the translation hook below the GUI, the language in use, dates and numbers.

The domain, services and reports must not import Qt, but their words reach people. They wrap
user-visible text in ``tr("context", "text")``. The desktop app installs Qt's translator at
start-up (``install_translator(QCoreApplication.translate)``), so one catalogue serves every
layer. Without Qt (the command line, reports written by a script) ``use_language("cy")`` reads
the same catalogue (``translations/familycase_cy.ts``, the Qt Linguist source that the .qm is
compiled from) with the standard library; with neither, text passes through unchanged.

English (``en``) is the source language; Welsh (``cy``) is translated in full (councils in Wales
must offer their services in Welsh: the Welsh Language Standards). The language comes from
the Preferences, else from the system locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
``LANG``), else English.

Dates are dd/mm/yyyy in both languages; long dates and month names follow the language
("1 December 2026", "1 Rhagfyr 2026"). Numbers use the UK's separators in both (1,234.5).
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from datetime import date
from importlib import resources

ENGLISH = "en"
WELSH = "cy"
LANGUAGES: Mapping[str, str] = {ENGLISH: "English", WELSH: "Cymraeg"}  # each in its own words
SYSTEM = "system"  # the preference "as the computer is set"

_translate: Callable[[str, str], str] = lambda _context, text: text  # noqa: E731
_language = ENGLISH

MONTHS = {
    ENGLISH: (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
    WELSH: (
        "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
        "Medi", "Hydref", "Tachwedd", "Rhagfyr",
    ),
}  # fmt: skip


def install_translator(translate: Callable[[str, str], str], language: str | None = None) -> None:
    """Route ``tr()`` through ``translate`` (the GUI passes QCoreApplication.translate)."""
    global _translate, _language
    _translate = translate
    if language is not None:
        _language = language if language in LANGUAGES else ENGLISH


def tr(context: str, text: str) -> str:
    return _translate(context, text)


def language() -> str:
    """The language in use: "en" or "cy"."""
    return _language


# --- choosing a language ----------------------------------------------------------------------


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the computer is set to, if FamilyCase has it; else English. Follows the
    POSIX order (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG). On Windows and macOS the desktop
    app asks Qt for the system locale instead (``gui/common/language.py``)."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value:
            continue
        for part in value.split(":"):  # LANGUAGE may list several: "cy:en_GB"
            code = from_locale_name(part)
            if code is not None:
                return code
        if name != "LANGUAGE":
            return ENGLISH  # the first locale variable set decides
    return ENGLISH


def from_locale_name(name: str) -> str | None:
    """ "cy_GB.UTF-8" -> "cy"; "en_GB" -> "en"; None for a language FamilyCase does not have."""
    code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    if code in ("c", "posix"):
        return ENGLISH
    return code if code in LANGUAGES else None


def chosen_language(preference: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The Preferences' choice, or the system's when it is "system" (or not set)."""
    if preference in LANGUAGES:
        return preference
    return system_language(environ)


# --- the catalogue without Qt (command line, reports made by scripts) -------------------------


def catalogue_path(code: str) -> str:
    return str(resources.files("familycase.translations").joinpath(f"familycase_{code}.ts"))


def read_catalogue(code: str) -> dict[tuple[str, str], str]:
    """Every finished translation in the language's .ts file: (context, source) -> text."""
    root = ET.parse(catalogue_path(code)).getroot()
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            found[(name, source)] = translation.text
    return found


def use_language(code: str) -> None:
    """Translate ``tr()`` from the catalogue itself, without Qt (``familycase --language cy``).
    English puts the words back as they are written in the code."""
    if code not in LANGUAGES or code == ENGLISH:
        install_translator(lambda _context, text: text, ENGLISH)
        return
    table = read_catalogue(code)
    install_translator(lambda context, text: table.get((context, text), text), code)


# --- dates and numbers --------------------------------------------------------------------------


def date_text(day: date | None) -> str:
    """25/11/2026 (the UK's short date, in English and in Welsh); blank for no date."""
    return "" if day is None else f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def long_date_text(day: date | None, code: str | None = None) -> str:
    """25 November 2026 / 25 Tachwedd 2026."""
    if day is None:
        return ""
    months = MONTHS.get(code or _language, MONTHS[ENGLISH])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def month_text(day: date, code: str | None = None) -> str:
    """Nov 2026 / Tach 2026 (for charts and tight columns)."""
    months = MONTHS.get(code or _language, MONTHS[ENGLISH])
    return f"{months[day.month - 1][:4 if (code or _language) == WELSH else 3]} {day.year}"


def number_text(value: float | int, decimals: int | None = None) -> str:
    """1,234 or 1,234.5: the same separators in English and Welsh (cy_GB follows en_GB)."""
    if decimals is None:
        return f"{value:,}" if isinstance(value, int) else f"{value:,.10g}"
    return f"{value:,.{decimals}f}"
