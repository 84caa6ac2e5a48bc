"""Shared fixtures and helpers for the desktop-app tests (no tests of its own).

A real vault on disk with the fast test KDF: an administrator, a team leader, two key workers
and a manager. The controller is given a throwaway QSettings file, so tests never touch the
preferences of whoever runs them.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from familycase.crypto.kdf import INSECURE_FAST_FOR_TESTS
from familycase.domain.enums import AgencyType, HouseholdRole, Role, Tier
from familycase.domain.family import Address, FamilyDetails, Member
from familycase.domain.work import Referral
from familycase.gui.admin.preferences import Preferences
from familycase.gui.app import AppController
from familycase.gui.common.tasks import wait_for_background_work
from familycase.gui.family_file.window import FamilyFileWindow
from familycase.gui.main_window import MainWindow
from familycase.services import families, users
from familycase.services.vault import UserSession, Vault

PASSWORD = "correct horse battery"
WAIT_MS = 10_000


@dataclass
class GuiTeam:
    vault: Vault
    data_dir: Path
    recovery_key: str

    def unlock(self, username: str) -> UserSession:
        return self.vault.unlock(username, PASSWORD)

    def worker_id(self, username: str) -> str:
        session = self.unlock("lead")
        try:
            return next(w.id for w in users.list_workers(session) if w.username == username)
        finally:
            session.lock()


def make_team(data_dir: Path) -> GuiTeam:
    vault, recovery = Vault.create(
        data_dir,
        organisation="Testshire Council",
        admin_username="admin",
        admin_display_name="Ada Admin",
        password=PASSWORD,
        kdf=INSECURE_FAST_FOR_TESTS,
    )
    admin = vault.unlock("admin", PASSWORD)
    users.add_user(admin, "lead", "Lee Leader", Role.TEAM_LEADER, PASSWORD)
    users.add_user(admin, "kw1", "Kim Worker", Role.KEY_WORKER, PASSWORD)
    users.add_user(admin, "kw2", "Kai Other", Role.KEY_WORKER, PASSWORD)
    users.add_user(admin, "boss", "Mo Manager", Role.MANAGER, PASSWORD)
    admin.lock()
    return GuiTeam(vault, data_dir, recovery)


def new_family(
    session: UserSession,
    surname: str,
    people: tuple[str, ...] = ("Alex", "Sam"),
    tier: Tier = Tier.EARLY_HELP,
) -> str:
    details = FamilyDetails(
        family_name=f"{surname} family",
        address=Address(lines=["1 Example Road"], town="Testtown", postcode="SW1A 1AA"),
    )
    referral = Referral(
        source_type=AgencyType.SCHOOL,
        reason="School worried about attendance.",
        received_on=date.today() - timedelta(days=10),
        consent_to_referral=True,
    )
    members = [
        Member(
            given_names=given,
            family_name=surname,
            household_role=HouseholdRole.PARENT if n == 0 else HouseholdRole.CHILD,
            date_of_birth=date.today() - timedelta(days=365 * (35 if n == 0 else 8)),
        )
        for n, given in enumerate(people)
    ]
    return families.create_family(session, details, referral, tier, members)


@pytest.fixture(scope="module")
def gui_team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GuiTeam]:
    team = make_team(tmp_path_factory.mktemp("gui-team") / "vault")
    yield team
    wait_for_background_work()
    team.vault.dispose()


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def start_app(qtbot, gui_team: GuiTeam, preferences: Preferences):
    """``start_app("lead")`` -> a controller signed in as that user, caseload loaded. The app
    opens on the in-tray; most tests work from the caseload behind it, so it is shown (pass
    ``in_tray=True`` to stay on the in-tray)."""
    made: list[AppController] = []

    def start(username: str, in_tray: bool = False, **options: object) -> AppController:
        controller = AppController(gui_team.vault, username, preferences, **options)
        made.append(controller)
        controller.start()
        sign_in(qtbot, controller, username)
        window = controller.main_window
        if not in_tray and window is not None and window.current_view == "in-tray":
            window.show_view(window.caseload.view)
            qtbot.waitUntil(lambda: not window.is_loading, timeout=WAIT_MS)
        return controller

    yield start
    for controller in made:
        if controller.main_window is not None:
            controller.main_window.discard()
        if controller.lock_warning is not None:
            controller.lock_warning.stop()
        if controller.unlock_dialog is not None:
            controller.unlock_dialog.close()
        controller.shutdown()
    wait_for_background_work()
    QCoreApplication.processEvents()


def sign_in(qtbot, controller: AppController, username: str, password: str = PASSWORD) -> None:
    dialog = controller.unlock_dialog
    assert dialog is not None
    dialog.user_box.setCurrentText(username)
    dialog.password.setText(password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    main_window(qtbot, controller)


def main_window(qtbot, controller: AppController) -> MainWindow:
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    window = controller.main_window
    assert window is not None
    qtbot.waitUntil(lambda: not window.is_loading, timeout=WAIT_MS)
    return window


def open_family_window(qtbot, window: MainWindow, family_id: str) -> FamilyFileWindow:
    window.open_family_id(family_id)
    qtbot.waitUntil(lambda: family_id in window.family_windows, timeout=WAIT_MS)
    return window.family_windows[family_id]


def wait_idle(qtbot, window: FamilyFileWindow) -> None:
    """Until the window has stored a change and shown the file again."""
    qtbot.waitUntil(lambda: not window.is_loading, timeout=WAIT_MS)


def click_button_with_role(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    for button in box.buttons():
        if box.buttonRole(button) == role:
            button.click()
            return
    raise AssertionError(f"no {role} button")


def when(qtbot, condition: Callable[[], object]) -> None:
    qtbot.waitUntil(lambda: bool(condition()), timeout=WAIT_MS)


def activate(qtbot, widget) -> None:
    """Make the widget's window the active one, so that its keyboard shortcuts work."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
