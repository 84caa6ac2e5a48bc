"""The desktop app and the signed directory: an older copy is a choice, an upgraded vault's
staff list is signed once, a changed staff table is named and repaired, fingerprints shown."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from familycase.crypto.fingerprint import fingerprint_phrase
from familycase.gui.admin.directory import AdoptDirectoryDialog, RepairDirectoryDialog
from familycase.gui.app import AppController
from familycase.services import users
from familycase.services.vault import Vault
from test_gui_app import WAIT_MS, unlock, wait_for_window

DATA = Path(__file__).parent / "data"
FIXTURE_PASSWORD = "fixture password 0001"


def _controller(qtbot, vault: Vault, username: str) -> AppController:
    controller = AppController(vault, username)
    controller.start()
    return controller


def _close(controller: AppController) -> None:
    from familycase.gui.common.tasks import wait_for_background_work

    for widget in (controller.main_window, controller.unlock_dialog):
        if widget is not None:
            widget.close()
    controller.shutdown()
    wait_for_background_work()


def test_an_older_copy_is_refused_unless_the_worker_chooses_it(qtbot, team, tmp_path):
    older = tmp_path / "older"
    team.vault.dispose()
    shutil.copytree(team.data_dir, older)
    team.unlock("lead").lock()  # the team leader has now seen a newer vault
    team.vault.dispose()
    shutil.rmtree(team.data_dir)
    shutil.copytree(older, team.data_dir)
    vault = Vault.open(team.data_dir)
    controller = _controller(qtbot, vault, "lead")
    try:
        dialog = controller.unlock_dialog
        unlock(qtbot, controller, "lead", "correct horse battery")
        qtbot.waitUntil(lambda: dialog.older_copy_question is not None, timeout=WAIT_MS)
        box = dialog.older_copy_question
        assert "older than the one you last used" in box.text()
        assert "recorded in the audit log" in box.text()
        # Cancel: nothing opens.
        cancel = next(b for b in box.buttons() if b.text() == "Cancel")
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "older copy" in dialog.message_text(), timeout=WAIT_MS)
        assert controller.main_window is None
        # Again, choosing to use it: the main window opens, and the choice is in the log.
        unlock(qtbot, controller, "lead", "correct horse battery")
        qtbot.waitUntil(lambda: dialog.older_copy_question is not None, timeout=WAIT_MS)
        use = next(b for b in dialog.older_copy_question.buttons() if "older copy" in b.text())
        qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
        wait_for_window(qtbot, controller)
    finally:
        _close(controller)
    with sqlite3.connect(team.data_dir / "familycase.sqlite3") as connection:
        (accepted,) = connection.execute(
            "SELECT count(*) FROM audit_log WHERE action='older_copy_accepted'"
        ).fetchone()
    assert accepted == 1
    vault.dispose()


def test_an_administrator_signs_an_upgraded_vaults_staff_list(qtbot, tmp_path):
    data = tmp_path / "old"
    shutil.copytree(DATA / "vault-schema-0005", data)
    os.environ["FAMILYCASE_INSECURE_FAST_KDF"] = "1"  # the fixture's accounts use test settings
    vault = Vault.open(data)
    controller = _controller(qtbot, vault, "admin")
    try:
        unlock(qtbot, controller, "admin", FIXTURE_PASSWORD)
        window = wait_for_window(qtbot, controller)
        qtbot.waitUntil(lambda: window.admin.directory_dialog is not None, timeout=WAIT_MS)
        dialog = window.admin.directory_dialog
        assert isinstance(dialog, AdoptDirectoryDialog)
        shown = {
            dialog.table.item(row, 1).text(): dialog.table.item(row, 4).text()
            for row in range(dialog.table.rowCount())
        }
        session = controller.session
        expected = {
            u.username: fingerprint_phrase(u.agreement_public, u.signing_public)
            for u in session.staff.users.values()
        }
        assert shown == expected  # every account, with the words for its own keys
        qtbot.mouseClick(dialog.act_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: session.directory_signed, timeout=WAIT_MS)
    finally:
        _close(controller)
        os.environ.pop("FAMILYCASE_INSECURE_FAST_KDF", None)
    assert vault.unlock("lead", FIXTURE_PASSWORD).directory_signed
    vault.dispose()


def test_a_changed_staff_table_is_named_and_repaired(qtbot, team):
    with sqlite3.connect(team.data_dir / "familycase.sqlite3") as connection:
        connection.execute("UPDATE users SET role='team_leader' WHERE username='kw2'")
    controller = _controller(qtbot, team.vault, "admin")
    try:
        unlock(qtbot, controller, "admin", "correct horse battery")
        window = wait_for_window(qtbot, controller)
        qtbot.waitUntil(lambda: window.admin.directory_dialog is not None, timeout=WAIT_MS)
        dialog = window.admin.directory_dialog
        assert isinstance(dialog, RepairDirectoryDialog)
        assert "the role of kw2 was changed outside FamilyCase" in dialog.found.text()
        qtbot.mouseClick(dialog.act_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not controller.session.directory_problems, timeout=WAIT_MS)
    finally:
        _close(controller)
    assert team.unlock("kw2").worker.role.value == "key_worker"


def test_my_fingerprint_phrase_and_the_workers_list_agree(qtbot, team):
    controller = _controller(qtbot, team.vault, "kw1")
    try:
        unlock(qtbot, controller, "kw1", "correct horse battery")
        window = wait_for_window(qtbot, controller)
        window.fingerprint_action.trigger()
        box = next(
            w for w in window.findChildren(QMessageBox) if "fingerprint phrase is" in w.text()
        )
        own = users.my_fingerprint(controller.session)
        assert own in box.text()
    finally:
        _close(controller)
    admin_controller = _controller(qtbot, team.vault, "admin")
    try:
        unlock(qtbot, admin_controller, "admin", "correct horse battery")
        window = wait_for_window(qtbot, admin_controller)
        window.admin.open_workers()
        workers = window.admin.workers_window
        qtbot.waitUntil(lambda: not workers.is_loading and bool(workers.workers), timeout=WAIT_MS)
        listed = {
            workers.table.item(row, 1).text(): workers.table.item(row, 4).text()
            for row in range(workers.table.rowCount())
        }
        assert listed["kw1"] == own
    finally:
        _close(admin_controller)
