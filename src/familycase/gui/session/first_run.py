"""The first-run wizard: create the vault and its first administrator, measure this computer
to set the password work factor, and show the organisation recovery key once.

The slow parts (calibrating Argon2id, creating the vault) run on the service thread with a
busy bar. The recovery key is shown and can be printed; it is never written to disk, and the
wizard cannot finish until the person confirms they have printed or written it down.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from familycase.crypto import kdf
from familycase.crypto.kdf import KdfParams
from familycase.domain.errors import DomainValidationError, validated
from familycase.domain.staff import Worker
from familycase.gui.common.forms import FieldErrors, FormBuilder, general_error_label
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import fit_to_screen
from familycase.gui.session.recovery_print import print_recovery_key
from familycase.services import users
from familycase.services.errors import FamilyCaseError
from familycase.services.vault import Vault

Calibrate = Callable[[], KdfParams]
DEFAULT_TEAM = "Early Help Team"


def suggest_username(full_name: str) -> str:
    """ "Asha Smith" -> "asmith": a suggestion people can change."""
    name = full_name.replace("'", "").replace("\u2019", "")  # O'Neil -> ONeil
    parts = "".join(c if c.isalnum() else " " for c in name).split()
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0].lower()
    return (parts[0][0] + parts[-1]).lower()


class WelcomePage(QWizardPage):
    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to FamilyCase"))
        self.setSubTitle(
            self.tr(
                "FamilyCase keeps your organisation's family files encrypted. This sets up a "
                "new, empty vault and makes you its first administrator."
            )
        )
        self.general = general_error_label()
        self.errors = FieldErrors(self.general)
        form = QFormLayout()
        b = FormBuilder(form, self.errors)
        self.organisation = b.add(self.tr("&Organisation"), QLineEdit(), "Organisation")
        self.organisation.setPlaceholderText(self.tr("e.g. Anyshire Council"))
        self.team = b.add(self.tr("First &team"), QLineEdit(DEFAULT_TEAM), "Team name")
        where = QLabel(self.tr("The vault will be kept in: {folder}").format(folder=str(data_dir)))
        where.setObjectName("muted")
        where.setWordWrap(True)
        self.server_button = QPushButton(
            self.tr("My organisation has a team server: &connect to it instead…")
        )
        self.server_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(where)
        layout.addStretch(1)
        layout.addWidget(self.server_button, 0, Qt.AlignmentFlag.AlignLeft)

    def validatePage(self) -> bool:
        self.errors.clear()
        ok = True
        if not self.organisation.text().strip():
            self.errors.set_field("Organisation", self.tr("Enter your organisation's name."))
            ok = False
        if not self.team.text().strip():
            self.errors.set_field("Team name", self.tr("Enter the name of the first team."))
            ok = False
        return ok


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your administrator account"))
        self.setSubTitle(
            self.tr(
                "An administrator adds and removes workers. To keep families' details private, "
                "an administrator cannot open family files."
            )
        )
        self.general = general_error_label()
        self.errors = FieldErrors(self.general)
        form = QFormLayout()
        b = FormBuilder(form, self.errors)
        self.full_name = b.add(self.tr("Your &full name"), QLineEdit(), "Name")
        self.username = b.add(
            self.tr("&User name"),
            QLineEdit(),
            "User name",
            self.tr("What you type to sign in: lower-case letters, digits, dots or dashes."),
        )
        self.password = b.add(
            self.tr("&Password"),
            QLineEdit(),
            "Password",
            self.tr(
                "At least {n} characters. A short phrase of several words is easiest to "
                "remember and hard to guess."
            ).format(n=users.MIN_PASSWORD_LENGTH),
        )
        self.confirm = b.add(self.tr("&Confirm password"), QLineEdit(), "Confirm password")
        for field in (self.password, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self._suggested = ""
        self.full_name.textEdited.connect(self._suggest)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addStretch(1)

    def _suggest(self, name: str) -> None:
        if self.username.text() in ("", self._suggested):
            self._suggested = suggest_username(name)
            self.username.setText(self._suggested)

    def validatePage(self) -> bool:
        self.errors.clear()
        problems = False
        try:
            validated(
                Worker,
                {
                    "id": "new",
                    "username": self.username.text(),
                    "display_name": self.full_name.text().strip(),
                    "role": "administrator",
                },
            )
        except DomainValidationError as exc:
            self.errors.show(exc.problems)
            problems = True
        try:
            users.check_password(self.password.text())
        except FamilyCaseError as exc:
            self.errors.set_field("Password", str(exc))
            problems = True
        if not problems and self.password.text() != self.confirm.text():
            self.errors.set_field("Confirm password", self.tr("The two passwords are different."))
            problems = True
        return not problems


class CreatePage(QWizardPage):
    """Calibrates the KDF, then creates the vault, both off the GUI thread."""

    created = Signal()

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Setting up the vault"))
        self.setSubTitle(
            self.tr("This takes a few seconds. Please leave FamilyCase open until it finishes.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Next"))
        self.stage = QLabel()
        self.stage.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setObjectName("busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(6)
        self.busy.setAccessibleName(self.tr("Setting up"))
        self.message = general_error_label()
        self.retry = QPushButton(self.tr("&Try again"))
        self.retry.clicked.connect(self.start)
        self.retry.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stage)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._done = False
        self._running = False

    def initializePage(self) -> None:
        if not self._done and not self._running:
            self.start()

    def isComplete(self) -> bool:
        return self._done

    @property
    def is_running(self) -> bool:
        return self._running

    def start(self) -> None:
        self._running = True
        self.retry.hide()
        self.message.hide()
        self.busy.show()
        self.stage.setText(self.tr("Measuring this computer, to make your password slow to guess…"))
        run_in_background(self._wizard.calibrate, self, self._calibrated, self._failed)

    def _calibrated(self, params: KdfParams) -> None:
        self.stage.setText(self.tr("Creating the encrypted vault…"))
        run_in_background(
            partial(self._wizard.create_vault, params), self, self._created, self._failed
        )

    def _created(self, _result: object) -> None:
        self._running = False
        self._done = True
        self.busy.hide()
        self.stage.setText(
            self.tr("The vault is ready. Next, write down or print the recovery key.")
        )
        self.completeChanged.emit()
        self.created.emit()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self.busy.hide()
        self.stage.setText(self.tr("The vault could not be created."))
        text = str(error) if isinstance(error, FamilyCaseError) else repr(error)
        self.message.setText(text)
        self.message.show()
        self.retry.show()


class RecoveryKeyPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your organisation recovery key"))
        self.setSubTitle(
            self.tr(
                "This key opens every family file if workers lose their passwords. "
                "It is shown only now: FamilyCase does not keep a copy."
            )
        )
        self.key = QLabel()
        self.key.setObjectName("recoveryKey")
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(16)
        mono.setWeight(QFont.Weight.DemiBold)
        self.key.setFont(mono)
        instruction = QLabel(
            self.tr(
                "<b>Print this key, or write it down carefully, and lock it away</b> (for "
                "example in the office safe), away from this computer. Do not photograph it, "
                "email it or save it in a file. It uses only the letters A to Z and the digits "
                "2 to 7, so there is no zero or one to mistake for O or I."
            )
        )
        instruction.setObjectName("demoHint")
        instruction.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print the recovery key…"))
        self.print_button.clicked.connect(self.choose_printer)
        self.print_status = QLabel()
        self.print_status.setObjectName("muted")
        self.stored = QCheckBox(
            self.tr("I have printed or &written down the recovery key and stored it safely")
        )
        self.stored.setAccessibleName(self.tr("I have stored the recovery key safely"))
        self.stored.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.key)
        layout.addWidget(instruction)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.print_status)
        layout.addStretch(1)
        layout.addWidget(self.stored)
        self.print_dialog: QPrintDialog | None = None
        self.printer: QPrinter | None = None

    def initializePage(self) -> None:
        key = self._wizard.recovery_key
        groups = key.split("-")
        self.key.setText("\n".join(" ".join(groups[i : i + 5]) for i in range(0, len(groups), 5)))

    def isComplete(self) -> bool:
        return self.stored.isChecked()

    def choose_printer(self) -> None:
        if self.printer is None:  # kept, so that a second printout uses the same choices
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer = self.printer
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        dialog.accepted.connect(lambda: self.print_key(printer))
        self.print_dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open() wants a receiver; the base one does not

    def print_key(self, printer: QPrinter) -> bool:
        ok = print_recovery_key(
            printer, self._wizard.organisation, self._wizard.recovery_key, date.today()
        )
        self.print_status.setText(
            self.tr("Sent to the printer. Check the page before you tick the box below.")
            if ok
            else self.tr("The printer could not be used. Write the key down instead.")
        )
        return ok

    def clear(self) -> None:
        self.key.clear()


class FirstRunWizard(QWizard):
    """Emits ``vault_created(vault, admin_username)`` when finished."""

    vault_created = Signal(object, str)
    connect_requested = Signal()  # the organisation already has a team server

    def __init__(
        self,
        data_dir: Path,
        calibrate: Calibrate = kdf.calibrate,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Set up FamilyCase"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.data_dir = data_dir
        self.calibrate = calibrate
        self.vault: Vault | None = None
        self.recovery_key = ""
        self.question: QMessageBox | None = None
        self.welcome = WelcomePage(data_dir)
        self.admin = AdminPage()
        self.creating = CreatePage(self)
        self.recovery = RecoveryKeyPage(self)
        for page in (self.welcome, self.admin, self.creating, self.recovery):
            self.addPage(page)
        self.creating.created.connect(self._vault_made)
        self.welcome.server_button.clicked.connect(self.connect_requested)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        fit_to_screen(self, 720, 560)

    @property
    def organisation(self) -> str:
        return self.welcome.organisation.text().strip()

    @property
    def admin_username(self) -> str:
        return self.admin.username.text().strip().lower()

    def create_vault(self, params: KdfParams) -> Vault:  # on the service thread
        vault, key = Vault.create(
            self.data_dir,
            organisation=self.organisation,
            admin_username=self.admin_username,
            admin_display_name=self.admin.full_name.text().strip(),
            password=self.admin.password.text(),
            kdf=params,
            team_name=self.welcome.team.text().strip(),
        )
        self.vault = vault
        self.recovery_key = key
        return vault

    def _vault_made(self) -> None:
        # The password has done its job: do not keep it in the widgets.
        self.admin.password.clear()
        self.admin.confirm.clear()
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.next()

    def accept(self) -> None:
        vault, username = self.vault, self.admin_username
        self.recovery_key = ""
        self.recovery.clear()
        super().accept()
        if vault is not None:
            self.vault_created.emit(vault, username)

    def reject(self) -> None:
        if self.creating.is_running:
            return  # the vault is being written: let it finish
        if self.vault is not None:
            return  # made: the only way on is to confirm the recovery key is safe
        super().reject()
