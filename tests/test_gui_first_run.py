"""The first-run wizard: a vault and its administrator from an empty folder, the recovery key
shown once (printable, never written to disk), and the app offering the wizard at start."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWizard

from familycase.crypto import box
from familycase.crypto.kdf import INSECURE_FAST_FOR_TESTS, KdfParams
from familycase.crypto.keys import parse_recovery_key
from familycase.gui import app as gui_app
from familycase.gui.app import Launcher
from familycase.gui.common.tasks import wait_for_background_work
from familycase.gui.session.first_run import FirstRunWizard, suggest_username
from familycase.services.vault import Vault
from test_gui_support import WAIT_MS

pytest_plugins = ["test_gui_support"]  # the shared fixtures

PASSWORD = "three blue herons at dawn"


def fast() -> KdfParams:
    return INSECURE_FAST_FOR_TESTS


def fill_in(qtbot, wizard: FirstRunWizard) -> None:
    qtbot.keyClicks(wizard.welcome.organisation, "Anyshire Council")
    wizard.next()
    assert wizard.currentPage() is wizard.admin
    qtbot.keyClicks(wizard.admin.full_name, "Asha Smith")
    assert wizard.admin.username.text() == "asmith"  # suggested from the name
    qtbot.keyClicks(wizard.admin.password, PASSWORD)
    qtbot.keyClicks(wizard.admin.confirm, PASSWORD)


def test_wizard_creates_the_vault_and_shows_the_recovery_key_once(qtbot, tmp_path: Path):
    data_dir = tmp_path / "vault"
    calibrations = []

    def calibrate() -> KdfParams:
        calibrations.append(1)
        return INSECURE_FAST_FOR_TESTS

    wizard = FirstRunWizard(data_dir, calibrate=calibrate)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # no organisation yet
    assert wizard.currentPage() is wizard.welcome
    assert "organisation" in wizard.welcome.errors.field_message("Organisation")

    fill_in(qtbot, wizard)
    wizard.admin.password.setText("short")
    wizard.admin.confirm.setText("short")
    wizard.next()
    assert wizard.currentPage() is wizard.admin
    assert "at least 10 characters" in wizard.admin.errors.field_message("Password")
    wizard.admin.password.setText(PASSWORD)
    wizard.admin.confirm.setText(PASSWORD + "!")
    wizard.next()
    assert "different" in wizard.admin.errors.field_message("Confirm password")
    wizard.admin.username.setText("Not Valid!")
    wizard.admin.confirm.setText(PASSWORD)
    wizard.next()
    assert wizard.admin.errors.field_message("User name")
    wizard.admin.username.setText("asmith")
    assert not data_dir.exists()

    created = []
    wizard.vault_created.connect(lambda vault, username: created.append((vault, username)))
    wizard.next()  # calibrate and create, off the GUI thread
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=WAIT_MS)
    assert calibrations == [1]
    assert wizard.admin.password.text() == ""  # not kept in the widgets
    key = wizard.recovery_key
    assert key.replace("-", " ")[:9] in wizard.recovery.key.text().replace("\n", " ")

    # Finish only after confirming the key is stored; Cancel is gone.
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    wizard.reject()  # Escape or the close box: refused, the key must be confirmed
    assert wizard.isVisible()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    pdf = tmp_path / "printout" / "recovery-key.pdf"
    pdf.parent.mkdir()
    printer.setOutputFileName(str(pdf))
    assert wizard.recovery.print_key(printer)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000
    assert "Sent to the printer" in wizard.recovery.print_status.text()

    # The Print button's own route: the print dialog, then the page.
    chosen = tmp_path / "printout" / "from-dialog.pdf"
    wizard.recovery.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    wizard.recovery.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    wizard.recovery.printer.setOutputFileName(str(chosen))  # as if chosen in the dialog
    wizard.recovery.print_button.click()
    dialog = wizard.recovery.print_dialog
    assert dialog is not None and dialog.printer() is wizard.recovery.printer
    dialog.accept()
    assert chosen.read_bytes().startswith(b"%PDF")

    wizard.recovery.stored.setChecked(True)
    assert finish.isEnabled()
    finish.click()
    assert len(created) == 1
    vault, username = created[0]
    assert username == "asmith"
    assert wizard.recovery_key == "" and wizard.recovery.key.text() == ""

    # The key is the vault's, and is nowhere in the vault folder.
    recovery = parse_recovery_key(key)
    assert box.public_bytes(recovery) == vault.recovery_public
    compact = key.replace("-", "").encode()
    for path in data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert key.encode() not in content and compact not in content, path
    # The administrator can sign in with the password chosen.
    wait_for_background_work()
    session = vault.unlock("asmith", PASSWORD)
    assert session.worker.display_name == "Asha Smith"
    assert vault.organisation() == "Anyshire Council"
    session.lock()
    vault.dispose()


def test_launcher_offers_the_wizard_then_the_unlock_dialog(qtbot, tmp_path: Path, preferences):
    launcher = Launcher(tmp_path / "new-vault", calibrate=fast, preferences=preferences)
    assert launcher.start()
    wizard = launcher.wizard
    assert wizard is not None and wizard.isVisible()
    fill_in(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=WAIT_MS)
    wizard.recovery.stored.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    controller = launcher.controller
    assert controller is not None and launcher.wizard is None
    dialog = controller.unlock_dialog
    assert dialog is not None
    assert dialog.user_box.currentText() == "asmith"
    dialog.close()
    launcher.shutdown()


def test_run_without_a_vault_starts_the_wizard_and_cancel_quits(qtbot, tmp_path, monkeypatch):
    shown = []

    def show_then_cancel(wizard: FirstRunWizard) -> None:
        shown.append(wizard)
        QTimer.singleShot(0, wizard.reject)

    monkeypatch.setattr(FirstRunWizard, "show", show_then_cancel)
    assert gui_app.run(tmp_path / "nothing-here") == gui_app.EXIT_NO_VAULT
    assert len(shown) == 1
    assert not (tmp_path / "nothing-here").exists()


def test_an_existing_vault_opens_straight_to_unlock(qtbot, tmp_path, preferences):
    vault, _key = Vault.create(
        tmp_path / "v",
        organisation="Elsewhere",
        admin_username="admin",
        admin_display_name="Ad Min",
        password=PASSWORD,
        kdf=INSECURE_FAST_FOR_TESTS,
    )
    vault.dispose()
    launcher = Launcher(tmp_path / "v", preferences=preferences)
    assert launcher.start()
    assert launcher.wizard is None
    assert launcher.controller.unlock_dialog.isVisible()
    launcher.controller.unlock_dialog.close()
    launcher.shutdown()


def test_username_suggestions():
    assert suggest_username("Asha Smith") == "asmith"
    assert suggest_username("Jo") == "jo"
    assert suggest_username("Mary-Jane O'Neil") == "moneil"
    assert suggest_username("  ") == ""
