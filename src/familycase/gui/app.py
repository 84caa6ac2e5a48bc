"""Starting the desktop app: the first-run wizard when there is no vault; then unlock, the main
window, locking by hand and after idle time (``session/auto_lock.py`` explains unsaved work)."""

from __future__ import annotations

import html
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from familycase.crypto import kdf
from familycase.gui.admin.preferences import Preferences
from familycase.gui.admin.preferences_dialog import PreferencesDialog
from familycase.gui.common import crash
from familycase.gui.common.app_shortcuts import AppShortcut, AppShortcuts
from familycase.gui.common.editor import PendingSave, error_text
from familycase.gui.common.language import chosen_language, install_language
from familycase.gui.common.style import apply_style
from familycase.gui.common.tasks import run_in_background, wait_for_background_work
from familycase.gui.common.unsaved import ask_about_unsaved
from familycase.gui.common.widgets import tell
from familycase.gui.main_window import MainWindow, Place
from familycase.gui.session.auto_lock import WARNING_SECONDS, AutoLockWarning
from familycase.gui.session.connect import ConnectDialog
from familycase.gui.session.first_run import Calibrate, FirstRunWizard
from familycase.gui.session.idle import IdleWatcher
from familycase.gui.session.unlock import UnlockDialog
from familycase.i18n import long_date_text
from familycase.paths import default_data_dir, is_server_url, server_url
from familycase.services.errors import NotAVault, VaultNotFound
from familycase.services.vault import UserSession, Vault

EXIT_NO_VAULT = 2


class AppController(QObject):
    """Moves between the unlock dialog and the main window. Holds at most one unlocked session.

    Keys are dropped by ``session.lock()`` on the service thread, queued after any call
    already waiting there (including the saves made just before an auto-lock), so that a
    ``UserSession`` is never used from two threads at once.
    """

    finished = Signal()  # the person quit
    locked = Signal()  # the keys have been dropped (after a lock or auto-lock)
    connect_requested = Signal()  # "Connect to a team server" from the sign-in screen

    def __init__(
        self,
        vault: Vault,
        username: str | None = None,
        preferences: Preferences | None = None,
        idle_timeout_ms: int | None = None,
        warning_seconds: int = WARNING_SECONDS,
    ) -> None:
        super().__init__()
        self.vault = vault
        self.organisation = vault.organisation()
        self._username = username
        self.preferences = preferences or Preferences()
        self._idle_override = idle_timeout_ms
        self.warning_seconds = warning_seconds
        self.session: UserSession | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.main_window: MainWindow | None = None
        self.lock_warning: AutoLockWarning | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        self.lock_failures: list[str] = []  # saves that failed on the way to a lock
        self.idle = IdleWatcher(self._idle_timeout_ms(), self)
        self.idle.idle.connect(self.auto_lock)
        self.idle.active.connect(self._user_is_back)
        # Where the person was when FamilyCase locked (user name, place): unlocking as the
        # same person goes back there.
        self.resume_at: tuple[str, Place] | None = None
        tr = QCoreApplication.translate
        self.shortcuts = AppShortcuts(
            [
                AppShortcut("Ctrl+L", tr("FamilyCase", "Lock"), self.lock),
                AppShortcut("Ctrl+F", tr("FamilyCase", "Find a family"), self.find_family),
                AppShortcut("F1", tr("FamilyCase", "Keyboard help"), self.show_keys),
            ],
            self,
        )

    def _idle_timeout_ms(self) -> int:
        if self._idle_override is not None:
            return self._idle_override
        return self.preferences.auto_lock_minutes * 60_000

    def start(self) -> None:
        self.show_unlock(self._username)

    def show_unlock(self, username: str | None = None, notice: str = "") -> None:
        dialog = UnlockDialog(
            self.vault, self.organisation, self.vault.usernames(), username, notice=notice
        )
        dialog.unlocked.connect(self._on_unlocked)
        dialog.connect_requested.connect(self.connect_requested)
        dialog.rejected.connect(self._on_unlock_cancelled)
        self.unlock_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _on_unlocked(self, session: UserSession) -> None:
        self.session = session
        dialog, self.unlock_dialog = self.unlock_dialog, None
        window = MainWindow(session, self.organisation)
        window.lock_requested.connect(self.lock)
        window.preferences_requested.connect(self.show_preferences)
        window.closed.connect(self._on_main_closed)
        self.main_window = window
        window.show()
        window.admin.check_directory()
        window.reporting.after_sign_in()
        if session.failed_sign_ins:
            self._tell_failed_sign_ins(window, session)
        if dialog is not None:
            dialog.deleteLater()
        resume, self.resume_at = self.resume_at, None
        if resume is not None and resume[0] == session.worker.username:
            window.go_back_to(resume[1])
        self.idle.set_timeout_ms(self._idle_timeout_ms())
        self.idle.start()
        self.shortcuts.install()

    # --- application-wide keys (any window, any dialog) -----------------------------------------
    def find_family(self) -> None:
        window = self.main_window
        if window is None:
            return
        window.show()
        window.raise_()
        window.activateWindow()
        window.focus_search()

    def show_keys(self) -> None:
        if self.main_window is not None:
            self.main_window.show_keys()

    def _tell_failed_sign_ins(self, window: MainWindow, session: UserSession) -> None:
        """Wrong passwords typed on this laptop since its worker last signed in here."""
        failures = session.failed_sign_ins
        last = failures[-1].at
        try:
            when = datetime.fromisoformat(last)  # UTC (services/clock.py), shown local
            when = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone()
            last = f"{long_date_text(when.date())} {when:%H:%M}"
        except ValueError:
            pass
        tr = QCoreApplication.translate
        if len(failures) == 1:
            what = tr(
                "FamilyCase",
                "Someone tried to sign in on this laptop with a wrong password once since you "
                "last signed in here ({when}).",
            ).format(when=last)
        else:
            what = tr(
                "FamilyCase",
                "Someone tried to sign in on this laptop with a wrong password {n} times since "
                "you last signed in here (the last time: {when}).",
            ).format(n=len(failures), when=last)
        advice = tr(
            "FamilyCase",
            "If that was not you, tell your team leader. The tries are in the audit log, which "
            "goes to the team at your next check-in.",
        )
        tell(
            window,
            tr("FamilyCase", "Failed sign-ins on this laptop"),
            f"{what}\n\n{advice}",
            QMessageBox.Icon.Warning,
        )

    # --- locking -------------------------------------------------------------------------------
    def lock(self) -> None:
        """Lock by hand. With unsaved changes, ask Save / Discard / Cancel first."""
        window = self.main_window
        if window is None or self.session is None:
            return
        pending = window.unsaved_work()
        if not pending:
            self._lock_now([])
            return
        window.question = ask_about_unsaved(
            window,
            pending,
            QCoreApplication.translate("FamilyCase", "Lock FamilyCase"),
            on_done=lambda: self._lock_now([]),
            proceed_text=QCoreApplication.translate("FamilyCase", "&Discard and lock"),
        )

    def auto_lock(self) -> None:
        """Nobody has used the app for the idle time: save what can be saved, then lock; if
        something cannot be saved, warn with a countdown first (see ``session/auto_lock.py``)."""
        if self.session is None or self.main_window is None or self.lock_warning is not None:
            return
        pending = self.main_window.unsaved_work()
        if all(item.can_save for item in pending):
            self._lock_now(pending, self._idle_notice(saved=bool(pending)))
            return
        warning = AutoLockWarning(pending, self.warning_seconds)
        warning.expired.connect(self._warning_expired)
        warning.kept_working.connect(self._user_is_back)
        self.lock_warning = warning
        warning.start()

    def _warning_expired(self) -> None:
        warning, self.lock_warning = self.lock_warning, None
        if warning is not None:
            warning.stop()
        if self.main_window is None:
            return
        # Ask again: something may have been put right, or saved, during the countdown.
        pending = self.main_window.unsaved_work()
        notice = self._idle_notice(saved=any(p.can_save for p in pending), lost=True)
        self._lock_now([p for p in pending if p.can_save], notice)

    def _idle_notice(self, saved: bool = False, lost: bool = False) -> str:
        tr = QCoreApplication.translate
        text = tr("FamilyCase", "FamilyCase locked itself because nobody used it for a while.")
        if saved:
            text += " " + tr("FamilyCase", "Your unsaved changes that were complete were saved.")
        if lost:
            text += " " + tr(
                "FamilyCase", "Changes that could not be saved as they were have been discarded."
            )
        return text

    def _user_is_back(self) -> None:
        warning, self.lock_warning = self.lock_warning, None
        if warning is not None:
            warning.stop()
        self.idle.touch()
        if self.session is not None:
            self.idle.start()

    def _lock_now(self, saves: Sequence[PendingSave], notice: str = "") -> None:
        """Queue the saves, then the lock, on the service thread; show the unlock dialog now."""
        session, self.session = self.session, None
        self.idle.stop()
        self.shortcuts.remove()
        if self.main_window is not None and session is not None:
            self.resume_at = (session.worker.username, self.main_window.place())
        if self.preferences_dialog is not None:
            self.preferences_dialog.close()
        warning, self.lock_warning = self.lock_warning, None
        if warning is not None:
            warning.stop()
        for item in saves:
            if item.call is not None:
                run_in_background(
                    item.call,
                    self,
                    lambda _result: None,
                    lambda error, item=item: self._save_failed_at_lock(item, error),
                )
        username = session.worker.username if session is not None else self._username
        self.show_unlock(username, notice)  # before the window closes: never without a window
        window, self.main_window = self.main_window, None
        if window is not None:
            window.discard()
        if session is not None:
            run_in_background(session.lock, self, self._keys_dropped, self._lock_failed)

    def _keys_dropped(self, _result: object) -> None:
        self.locked.emit()

    def _lock_failed(self, _error: BaseException) -> None:
        # UserSession.lock() drops the keys even when its audit entry cannot be written (full
        # disk, read-only vault) and then raises; the window is locked either way.
        self.locked.emit()

    def _save_failed_at_lock(self, item: PendingSave, error: BaseException) -> None:
        text = QCoreApplication.translate(
            "FamilyCase", "“{what}” could not be saved before FamilyCase locked: {problem}"
        ).format(what=item.description, problem=error_text(error))
        self.lock_failures.append(text)
        tell(
            self.unlock_dialog,
            QCoreApplication.translate("FamilyCase", "Not saved"),
            text,
            QMessageBox.Icon.Warning,
        )

    # --- preferences ---------------------------------------------------------------------------
    def show_preferences(self) -> None:
        if self.preferences_dialog is not None:
            self.preferences_dialog.raise_()
            return
        dialog = PreferencesDialog(self.preferences, self.main_window)
        dialog.changed.connect(lambda: self.idle.set_timeout_ms(self._idle_timeout_ms()))
        dialog.finished.connect(self._preferences_closed)
        self.preferences_dialog = dialog
        dialog.open()

    def _preferences_closed(self) -> None:
        dialog, self.preferences_dialog = self.preferences_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    # --- quitting ------------------------------------------------------------------------------
    def _on_unlock_cancelled(self) -> None:
        dialog, self.unlock_dialog = self.unlock_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.finished.emit()

    def _on_main_closed(self) -> None:
        self.main_window = None
        self.idle.stop()
        self.shutdown()
        self.finished.emit()

    def shutdown(self) -> None:
        """Lock whatever is unlocked (on quit). Waits for the service thread first."""
        self.idle.stop()
        self.shortcuts.remove()
        session, self.session = self.session, None
        if session is not None and not session.is_locked:
            wait_for_background_work()
            session.lock()


def no_vault_message(data_dir: Path, problem: Exception) -> tuple[str, str]:
    """Title and rich text telling someone the folder does not hold a vault it can open."""
    tr = QCoreApplication.translate
    folder = html.escape(str(data_dir))
    quoted = html.escape(f'"{data_dir}"')
    if isinstance(problem, VaultNotFound):
        title = tr("FamilyCase", "No FamilyCase vault yet")
        opening = tr("FamilyCase", "There is no FamilyCase vault in {folder} yet.").format(
            folder=f"<b>{folder}</b>"
        )
    else:
        title = tr("FamilyCase", "This is not a FamilyCase vault")
        opening = html.escape(str(problem))
    body = tr(
        "FamilyCase",
        "<p>{opening}</p>"
        "<p>A vault is the encrypted file that holds your organisation's family files. "
        "To make one, start FamilyCase with an empty folder, or run one of these:</p>"
        "<p><b>To start using FamilyCase</b> (you will be its first administrator):<br>"
        '<code>familycase --data {data} init --organisation "Your organisation" '
        '--admin yourname --name "Your Name"</code></p>'
        "<p><b>To try it with made-up families</b>:<br>"
        "<code>familycase --data {data} demo</code></p>"
        "<p>Then start FamilyCase again. To open a vault kept somewhere else, use "
        "<code>familycase --data FOLDER</code>.</p>",
    ).format(opening=opening, data=quoted)
    return title, body


class Launcher(QObject):
    """Opens the vault (or offers the first-run wizard, or connects to a team server) and
    starts the controller. ``finished(exit code)`` when there is nothing more to do."""

    finished = Signal(int)

    def __init__(
        self,
        data_dir: Path | str,
        username: str | None = None,
        calibrate: Calibrate = kdf.calibrate,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.username = username
        self.calibrate = calibrate
        self.preferences = preferences
        self.vault: Vault | None = None
        self.controller: AppController | None = None
        self.wizard: FirstRunWizard | None = None
        self.connect_dialog: ConnectDialog | None = None

    def start(self) -> bool:
        """False when no vault can be opened or made (a message was shown)."""
        if is_server_url(self.data_dir):
            self.connect_to_server(str(self.data_dir), automatic=True)
            return True
        assert isinstance(self.data_dir, Path)
        try:
            vault = Vault.open(self.data_dir)
        except VaultNotFound:
            self.wizard = FirstRunWizard(self.data_dir, self.calibrate)
            self.wizard.vault_created.connect(self._vault_created)
            self.wizard.connect_requested.connect(self._connect_from_wizard)
            self.wizard.rejected.connect(lambda: self.finished.emit(EXIT_NO_VAULT))
            self.wizard.show()
            return True
        except NotAVault as problem:
            title, body = no_vault_message(self.data_dir, problem)
            box = QMessageBox(QMessageBox.Icon.Information, title, body)
            box.setTextFormat(Qt.TextFormat.RichText)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.exec()  # before any session exists: nothing can lock under it
            return False
        self._start_controller(vault, self.username)
        return True

    # --- team servers ----------------------------------------------------------------------
    def connect_to_server(self, url: str = "", automatic: bool = False) -> None:
        """Ask where the team server is (filled in from ``url`` or the last one used) and
        connect in the background; with ``automatic``, try at once with libpq's own password
        sources, asking only if they have none."""
        preferences = self.preferences or Preferences()
        dialog = ConnectDialog(url or preferences.team_server)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.connected.connect(self._server_connected)
        dialog.rejected.connect(self._connect_cancelled)
        self.connect_dialog = dialog
        dialog.show()
        if automatic:
            dialog.try_connect()

    def _connect_from_wizard(self) -> None:
        self.connect_to_server()

    def _connect_cancelled(self) -> None:
        self.connect_dialog = None
        if self.controller is None and self.wizard is None:
            self.finished.emit(EXIT_NO_VAULT)

    def _server_connected(self, vault: Vault, url: str) -> None:
        self.connect_dialog = None
        (self.preferences or Preferences()).team_server = url
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.hide()
            wizard.deleteLater()
        old_controller, old_vault = self.controller, self.vault
        if old_controller is not None:
            old_controller.shutdown()
            for widget in (old_controller.unlock_dialog, old_controller.main_window):
                if widget is not None:
                    widget.close()
        if old_vault is not None:
            old_vault.dispose()
        username = server_username(vault, url) or self.username
        self._start_controller(vault, username)

    def _vault_created(self, vault: Vault, username: str) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.deleteLater()
        self._start_controller(vault, username)

    def _start_controller(self, vault: Vault, username: str | None) -> None:
        self.vault = vault
        controller = AppController(vault, username, self.preferences)
        controller.finished.connect(lambda: self.finished.emit(0))
        controller.connect_requested.connect(self.connect_to_server)
        self.controller = controller
        controller.start()

    def shutdown(self) -> None:
        wait_for_background_work()
        if self.controller is not None:
            self.controller.shutdown()
        if self.vault is not None:
            self.vault.dispose()


def server_username(vault: Vault, url: str) -> str | None:
    """The FamilyCase user a database login belongs to (fc_kim signs in as kim)."""
    if vault.server_prefix is None:
        return None
    login = server_url(url).username or ""
    return login[len(vault.server_prefix) :] if login.startswith(vault.server_prefix) else None


def run(data_dir: Path | str | None, username: str | None = None) -> int:
    """Start the desktop app on a folder or a team server's URL; with neither, the team server
    used last, else the default folder."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("FamilyCase")
    app.setApplicationDisplayName("FamilyCase")
    app.setOrganizationName("FamilyCase")
    app.setDesktopFileName("org.familycase.FamilyCase")  # Wayland: match the .desktop entry
    app.setWindowIcon(QIcon(str(resources.files("familycase.ui") / "familycase.svg")))
    app.setQuitOnLastWindowClosed(False)  # the controller decides when FamilyCase ends
    apply_style(app)
    preferences = Preferences()
    install_language(chosen_language(preferences.language))  # also below the GUI (i18n.tr)
    crash.install()
    if data_dir is None:
        data_dir = preferences.team_server or default_data_dir()
    launcher = Launcher(data_dir, username, preferences=preferences)
    code = [0]

    def finished(exit_code: int) -> None:
        code[0] = exit_code
        app.quit()

    launcher.finished.connect(finished)
    if not launcher.start():
        return EXIT_NO_VAULT
    try:
        app.exec()
        return code[0]
    finally:
        launcher.shutdown()
