"""Preferences kept with QSettings: how long before FamilyCase locks itself, its language, the
team server connected to last.

Preferences only: never a password, key, name or anything about a family.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from familycase import i18n

AUTO_LOCK_KEY = "security/auto_lock_minutes"
LANGUAGE_KEY = "appearance/language"  # "system", or a code of familycase.i18n.LANGUAGES
SERVER_KEY = "vault/team_server"  # a team server's URL, never with a password
DEFAULT_AUTO_LOCK_MINUTES = 10
MIN_AUTO_LOCK_MINUTES = 1
MAX_AUTO_LOCK_MINUTES = 120


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings("FamilyCase", "FamilyCase")

    @property
    def auto_lock_minutes(self) -> int:
        value = self._settings.value(AUTO_LOCK_KEY, DEFAULT_AUTO_LOCK_MINUTES)
        try:
            minutes = int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_AUTO_LOCK_MINUTES
        return min(MAX_AUTO_LOCK_MINUTES, max(MIN_AUTO_LOCK_MINUTES, minutes))

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        minutes = min(MAX_AUTO_LOCK_MINUTES, max(MIN_AUTO_LOCK_MINUTES, int(minutes)))
        self._settings.setValue(AUTO_LOCK_KEY, minutes)
        self._settings.sync()

    @property
    def language(self) -> str:
        """ "en", "cy", or "system" (as the computer is set; the default)."""
        value = str(self._settings.value(LANGUAGE_KEY, i18n.SYSTEM))
        return value if value in i18n.LANGUAGES else i18n.SYSTEM

    @language.setter
    def language(self, code: str) -> None:
        self._settings.setValue(LANGUAGE_KEY, code if code in i18n.LANGUAGES else i18n.SYSTEM)
        self._settings.sync()

    @property
    def team_server(self) -> str:
        """The team server connected to last (an empty string: none)."""
        value = self._settings.value(SERVER_KEY, "")
        return value if isinstance(value, str) else ""

    @team_server.setter
    def team_server(self, url: str) -> None:
        self._settings.setValue(SERVER_KEY, url)
        self._settings.sync()
