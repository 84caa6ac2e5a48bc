"""The main window's administration actions: the audit log (team leaders and administrators),
workers (administrators), retention (team leaders and administrators) and changing my own
password (everyone). Each window opens once; asking again brings it to the front.
Wired by ``gui/menus.py``."""

from __future__ import annotations

from datetime import date
from functools import partial

from familycase.domain.enums import Role
from familycase.domain.settings import OrganisationSettings
from familycase.gui.admin.audit import AuditWindow
from familycase.gui.admin.directory import AdoptDirectoryDialog, RepairDirectoryDialog
from familycase.gui.admin.password_dialog import PasswordDialog
from familycase.gui.admin.retention import RetentionWindow
from familycase.gui.admin.settings_dialog import SettingsDialog
from familycase.gui.admin.workers import WorkersWindow
from familycase.gui.common.actions import WindowActions
from familycase.gui.common.context import MainContext
from familycase.gui.common.widgets import is_alive, raise_if_open, tell
from familycase.services import org_settings, users

RETENTION_ROLES = (Role.TEAM_LEADER, Role.ADMINISTRATOR)


class AdminActions(WindowActions):
    def __init__(self, window: MainContext) -> None:
        super().__init__(window)
        self.audit_window: AuditWindow | None = None
        self.workers_window: WorkersWindow | None = None
        self.retention_window: RetentionWindow | None = None
        self.directory_dialog: AdoptDirectoryDialog | RepairDirectoryDialog | None = None

    def open_audit(self) -> None:
        if raise_if_open(self.audit_window):
            return
        window = AuditWindow(self.window.session, self.widget)
        window.destroyed.connect(lambda _obj=None: setattr(self, "audit_window", None))
        self.audit_window = window
        window.show()

    def open_workers(self) -> None:
        if not self.window.session.worker.can_manage_users or raise_if_open(self.workers_window):
            return
        window = WorkersWindow(self.window.session, self.widget)
        window.destroyed.connect(lambda _obj=None: setattr(self, "workers_window", None))
        self.workers_window = window
        window.show()

    def open_retention(self, on: date | None = None) -> None:
        """``on``: the day retention is measured against (tests; today otherwise)."""
        if self.window.session.worker.role not in RETENTION_ROLES:
            return
        if raise_if_open(self.retention_window):
            return
        window = RetentionWindow(self.window.session, self.widget, on=on)
        window.destroyed.connect(lambda _obj=None: setattr(self, "retention_window", None))
        self.retention_window = window
        window.show()

    def open_settings(self) -> None:
        """The organisation's settings (administrators): read, then shown in a dialog."""
        if self.window.session.worker.role is not Role.ADMINISTRATOR:
            return
        open_now = (d for d in self.window.open_editors() if isinstance(d, SettingsDialog))
        if raise_if_open(next(open_now, None)):
            return
        self.run(
            partial(org_settings.current, self.window.session),
            self._show_settings,
            self.tr("Could not read the organisation settings"),
        )

    def _show_settings(self, current: OrganisationSettings) -> None:
        dialog = SettingsDialog(self.window.session, current, self.widget)
        dialog.saved.connect(
            lambda _result: self.window.inform(
                self.tr("Settings signed"),
                self.tr("The organisation settings are signed and apply to everyone now."),
            )
        )
        self.window.open_editor(dialog)

    def change_password(self) -> None:
        open_now = (d for d in self.window.open_editors() if isinstance(d, PasswordDialog))
        if raise_if_open(next(open_now, None)):
            return
        dialog = PasswordDialog(self.window.session, self.widget)
        dialog.saved.connect(
            lambda _result: self.window.inform(
                self.tr("Password changed"),
                self.tr("Your password has been changed. Use the new one from now on."),
            )
        )
        self.window.open_editor(dialog)

    def check_directory(self) -> None:
        """After an administrator signs in: offer to sign the staff list of an upgraded vault,
        or to repair staff tables someone changed outside FamilyCase."""
        session = self.window.session
        if session.worker.role is not Role.ADMINISTRATOR:
            return
        if session.directory_problems:
            dialog = RepairDirectoryDialog(session, self.widget)
        elif not session.directory_signed:
            dialog = AdoptDirectoryDialog(session, self.widget)
        else:
            return
        self.directory_dialog = dialog
        dialog.open()

    def show_my_fingerprint(self) -> None:
        session = self.window.session
        tell(
            self.widget,
            self.tr("My fingerprint phrase"),
            self.tr(
                "Your keys' fingerprint phrase is:\n\n{phrase}\n\nWhen an administrator "
                "enrols you, they see the same eight words. Read them to each other: if they "
                "differ, someone swapped a key, and you must tell them at once."
            ).format(phrase=users.my_fingerprint(session)),
        )

    def discard(self) -> None:
        for window in (self.audit_window, self.workers_window, self.retention_window):
            if is_alive(window):
                window.discard()
        self.audit_window = self.workers_window = self.retention_window = None
