"""Shortcuts that work in every FamilyCase window and dialog: Lock (Ctrl+L), find a family
(Ctrl+F) and the keyboard help (F1).

A ``QAction`` shortcut only fires in its own window, and not at all while a dialog has the
keyboard, which is where key workers spend their time (a family file, a contact note). So
these keys are caught by one application-wide event filter, installed while FamilyCase is
unlocked: when the focused widget is asked whether it wants the key (``ShortcutOverride``), the
filter says yes, so that no window's own shortcut fires too, and then acts on the key press.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


@dataclass(frozen=True)
class AppShortcut:
    keys: str  # "Ctrl+L"
    what: str  # shown in the keyboard help, translated
    run: Callable[[], None]


def keys_of(event: QKeyEvent) -> QKeySequence:
    return QKeySequence(event.keyCombination())


class AppShortcuts(QObject):
    """The application-wide shortcuts, while installed (``install`` / ``remove``)."""

    def __init__(self, shortcuts: list[AppShortcut], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shortcuts = shortcuts
        self._sequences = [(QKeySequence(s.keys), s) for s in shortcuts]
        self._installed = False

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def matching(self, event: QKeyEvent) -> AppShortcut | None:
        pressed = keys_of(event)
        for sequence, shortcut in self._sequences:
            if pressed.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch:
                return shortcut
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(watched, QWidget):  # the same key reaches the window first
            return False
        assert isinstance(event, QKeyEvent)
        shortcut = self.matching(event)
        if shortcut is None:
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
            shortcut.run()
        return True

    def help_text(self) -> str:
        return "\n".join(f"{s.keys}\t{s.what}" for s in self.shortcuts)


def help_lines() -> list[tuple[str, str]]:
    """The keys worth knowing everywhere, for the keyboard help (F1)."""
    tr = QCoreApplication.translate
    return [
        ("Ctrl+L", tr("AppShortcuts", "Lock FamilyCase (from any window or dialog)")),
        ("Ctrl+F", tr("AppShortcuts", "Find a family (from any window or dialog)")),
        ("F1", tr("AppShortcuts", "This list of keys")),
        ("Ctrl+N", tr("AppShortcuts", "New family (main window)")),
        ("Ctrl+1 … Ctrl+4", tr("AppShortcuts", "Switch list (main window)")),
        ("Ctrl+1 … Ctrl+0", tr("AppShortcuts", "Go to a section of the family file")),
        ("Ctrl+W", tr("AppShortcuts", "Close the family file")),
        ("F5", tr("AppShortcuts", "Read the list or the family file again")),
        (
            tr("AppShortcuts", "Alt + underlined letter"),
            tr("AppShortcuts", "Go to that field or button"),
        ),
        ("Tab / Shift+Tab", tr("AppShortcuts", "Next / previous field")),
        ("Ctrl+Enter", tr("AppShortcuts", "Save a form or a contact note")),
        ("Esc", tr("AppShortcuts", "Close a dialog (you are asked about unsaved changes)")),
    ]
