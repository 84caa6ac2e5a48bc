"""The Preferences dialog: how many idle minutes before FamilyCase locks itself.

The layout is a Qt Designer file, ``ui/preferences_dialog.ui``; this module only wires it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSpinBox, QVBoxLayout, QWidget

from familycase.gui.admin.preferences import (
    MAX_AUTO_LOCK_MINUTES,
    MIN_AUTO_LOCK_MINUTES,
    Preferences,
)
from familycase.gui.common.ui_files import child, load_ui

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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(body)
        layout.addWidget(buttons)
        self.resize(480, 220)
        self.minutes.setFocus()

    def save(self) -> None:
        self._preferences.auto_lock_minutes = self.minutes.value()
        self.changed.emit()
        self.accept()
