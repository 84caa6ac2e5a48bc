"""Starting the desktop app: open the vault, unlock, show the caseload; lock and unlock again."""

from __future__ import annotations

import html
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from familycase import i18n
from familycase.gui.main_window import MainWindow
from familycase.gui.style import apply_style
from familycase.gui.tasks import wait_for_background_work
from familycase.gui.unlock import UnlockDialog
from familycase.services.errors import NotAVault, VaultNotFound
from familycase.services.vault import UserSession, Vault

EXIT_NO_VAULT = 2


class AppController(QObject):
    """Moves between the unlock dialog and the main window. Holds at most one unlocked session."""

    finished = Signal()  # the person quit

    def __init__(self, vault: Vault, username: str | None = None) -> None:
        super().__init__()
        self.vault = vault
        self.organisation = vault.organisation()
        self._username = username
        self.session: UserSession | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.main_window: MainWindow | None = None

    def start(self) -> None:
        self.show_unlock(self._username)

    def show_unlock(self, username: str | None = None) -> None:
        dialog = UnlockDialog(self.vault, self.organisation, self.vault.usernames(), username)
        dialog.unlocked.connect(self._on_unlocked)
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
        window.closed.connect(self._on_main_closed)
        self.main_window = window
        window.show()
        if dialog is not None:
            dialog.deleteLater()

    def lock(self) -> None:
        """Drop the keys, forget what was on screen, and ask for the password again."""
        session, self.session = self.session, None
        username = session.worker.username if session is not None else self._username
        self.show_unlock(username)  # before the window closes, so the app never has no window
        window, self.main_window = self.main_window, None
        if window is not None:
            window.discard()
        if session is not None:
            session.lock()

    def _on_unlock_cancelled(self) -> None:
        dialog, self.unlock_dialog = self.unlock_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.finished.emit()

    def _on_main_closed(self) -> None:
        self.main_window = None
        self.shutdown()
        self.finished.emit()

    def shutdown(self) -> None:
        """Lock whatever is unlocked (on quit)."""
        session, self.session = self.session, None
        if session is not None and not session.is_locked:
            session.lock()


def no_vault_message(data_dir: Path, problem: Exception) -> tuple[str, str]:
    """Title and rich text telling someone how to get a vault (the first-run wizard comes later)."""
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
        "To make one, open a terminal and run one of these:</p>"
        "<p><b>To start using FamilyCase</b> (you will be its first administrator):<br>"
        '<code>familycase --data {data} init --organisation "Your organisation" '
        '--admin yourname --name "Your Name"</code></p>'
        "<p><b>To try it with made-up families</b>:<br>"
        "<code>familycase --data {data} demo</code></p>"
        "<p>Then start FamilyCase again. To open a vault kept somewhere else, use "
        "<code>familycase --data FOLDER</code>.</p>",
    ).format(opening=opening, data=quoted)
    return title, body


def run(data_dir: Path, username: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("FamilyCase")
    app.setApplicationDisplayName("FamilyCase")
    app.setQuitOnLastWindowClosed(False)  # the controller decides when FamilyCase ends
    apply_style(app)
    i18n.install_translator(QCoreApplication.translate)
    try:
        vault = Vault.open(data_dir)
    except (VaultNotFound, NotAVault) as problem:
        title, body = no_vault_message(data_dir, problem)
        box = QMessageBox(QMessageBox.Icon.Information, title, body)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
        return EXIT_NO_VAULT
    controller = AppController(vault, username)
    controller.finished.connect(app.quit)
    controller.start()
    try:
        return app.exec()
    finally:
        wait_for_background_work()
        controller.shutdown()
        vault.dispose()
