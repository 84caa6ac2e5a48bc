"""The Preferences dialog: how many idle minutes before FamilyCase locks itself, and its
language (English, Welsh, or as the computer is set; shown from the next unlock).

The layout is a Qt Designer file, ``ui/preferences_dialog.ui``; this module only wires it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from familycase import i18n
from familycase.gui.admin.preferences import (
    MAX_AUTO_LOCK_MINUTES,
    MIN_AUTO_LOCK_MINUTES,
    Preferences,
)
from familycase.gui.common.language import chosen_language, install_language
from familycase.gui.common.ui_files import child, load_ui
from familycase.gui.common.widgets import fit_to_screen

LAYOUT = "preferences_dialog.ui"


class PreferencesDialog(QDialog):
    changed = Signal()

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self._preferences = preferences
        body = load_ui(LAYOUT, self)
        self.setWindowTitle(body.windowTitle())
        self.minutes = child(body, QSpinBox, "minutes")
        self.minutes.setRange(MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES)
        self.minutes.setValue(preferences.auto_lock_minutes)
        self.language = child(body, QComboBox, "language")
        system = i18n.LANGUAGES[chosen_language(None)]
        self.language.addItem(
            self.tr("As the computer is set ({language})").format(language=system), i18n.SYSTEM
        )
        for code, name in i18n.LANGUAGES.items():  # each language in its own words
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        self.language.setToolTip(
            self.tr("A new language shows from the next time you unlock FamilyCase.")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(body)
        layout.addWidget(buttons)
        fit_to_screen(self, 520, max(260, self.sizeHint().height() + 60))
        self.minutes.setFocus()

    def save(self) -> None:
        self._preferences.auto_lock_minutes = self.minutes.value()
        self._preferences.language = self.language.currentData()
        install_language(chosen_language(self._preferences.language))  # windows made from now
        self.changed.emit()
        self.accept()
