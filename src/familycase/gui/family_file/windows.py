"""The family file windows one main window has open: at most one per family, opened on the
service thread (opening is an audited view and a decryption), and forgotten when closed."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from familycase.gui.common.editor import PendingSave
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import tell
from familycase.gui.family_file.window import FamilyData, FamilyFileWindow, load_family
from familycase.services.errors import FamilyCaseError, Locked
from familycase.services.vault import UserSession


class FamilyWindows(QObject):
    opening = Signal()  # a family file is being read
    settled = Signal()  # ... and has been shown, or could not be
    opened = Signal(object)  # FamilyFileWindow
    changed = Signal(str)  # family id: something was saved there

    def __init__(self, session: UserSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.windows: dict[str, FamilyFileWindow] = {}
        self._sections: dict[str, str] = {}  # the section to show once a window opens
        self._discarded = False

    def open(self, family_id: str, section: str | None = None) -> None:
        """Open (or bring forward) the family's file, at ``section`` when given."""
        existing = self.windows.get(family_id)
        if section and section in FamilyFileWindow.TABS:
            if existing is not None:
                existing.show_tab(section)
            else:
                self._sections[family_id] = section
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return
        if not self.session.holds_key(family_id):
            tell(
                self.parent_widget,
                self.tr("No access"),
                self.tr("You have not been given access to this family file."),
            )
            return
        self.opening.emit()
        run_in_background(
            partial(load_family, self.session, family_id),
            self.parent_widget,
            self._show,
            self._failed,
        )

    def _show(self, data: FamilyData) -> None:
        if self._discarded:
            return
        self.settled.emit()
        family_id = data.view.file.id
        if family_id in self.windows:
            self.windows[family_id].raise_()
            return
        window = FamilyFileWindow(self.session, data)
        window.changed.connect(self.changed)
        window.closed.connect(self._closed)
        self.windows[family_id] = window
        section = self._sections.pop(family_id, None)
        if section is not None:
            window.show_tab(section)
        window.show()
        window.raise_()
        window.activateWindow()
        self.opened.emit(window)

    def _closed(self, family_id: str) -> None:
        self.windows.pop(family_id, None)

    def _failed(self, error: BaseException) -> None:
        if self._discarded or isinstance(error, Locked):
            return
        self.settled.emit()
        tell(
            self.parent_widget,
            self.tr("Could not open the family"),
            str(error) if isinstance(error, FamilyCaseError) else repr(error),
            QMessageBox.Icon.Warning,
        )

    # --- unsaved work, closing -------------------------------------------------------------
    def unsaved_work(self) -> list[PendingSave]:
        return [item for window in self.windows.values() for item in window.unsaved_work()]

    def has_unsaved_changes(self) -> bool:
        return any(window.has_unsaved_changes() for window in self.windows.values())

    def close_all(self) -> None:
        """Close every window without asking (its unsaved work was already dealt with)."""
        for window in list(self.windows.values()):
            window.discard()

    def discard(self) -> None:
        """Close everything and drop files still on their way (the session is being locked)."""
        self._discarded = True
        self.close_all()
        self.windows.clear()
