"""The unlock dialog: who you are and your password. The KDF runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familycase.demo import DEMO_PASSWORD
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import problem_label, show_text
from familycase.services.errors import FamilyCaseError, OlderCopy, WrongPassword
from familycase.services.vault import UserSession, Vault

DEMO_SUFFIX = "(demo)"
MAX_RETRY_DELAY = 30


def retry_delay(failures: int) -> int:
    """Seconds to wait before the next try after ``failures`` wrong passwords in a row:
    0, 1, 2, 4, 8, 16, then 30 at most."""
    if failures <= 1:
        return 0
    return min(MAX_RETRY_DELAY, 2 ** (failures - 2))


def _lock_unused(session: UserSession) -> None:
    """The dialog went away while the password was being checked: drop the keys again."""
    session.lock()


def is_demo_organisation(organisation: str) -> bool:
    return organisation.strip().endswith(DEMO_SUFFIX)


class UnlockDialog(QDialog):
    """Emits ``unlocked(UserSession)`` once the password has opened the user's keys."""

    unlocked = Signal(object)
    connect_requested = Signal()  # "Connect to a team server…"

    def __init__(
        self,
        vault: Vault,
        organisation: str,
        usernames: Sequence[str],
        username: str | None = None,
        parent: QWidget | None = None,
        notice: str = "",
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._failures = 0
        self._wait_left = 0
        self._busy = False
        self._finished = False
        self._attempt = ("", "")
        self.older_copy_question: QMessageBox | None = None
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock FamilyCase"))
        self.setMinimumWidth(520)

        title = QLabel(self.tr("FamilyCase"))
        title.setObjectName("appTitle")
        org = QLabel(organisation or self.tr("Family case files"))
        org.setObjectName("organisation")
        org.setWordWrap(True)
        intro = QLabel(
            self.tr("Family files are kept encrypted. Enter your password to open your caseload.")
        )
        intro.setObjectName("intro")
        intro.setWordWrap(True)

        self.demo_hint = QLabel(
            self.tr(
                "<b>Demo vault</b>: every family in it is made up.<br>"
                "Every demo user's password is <b>{password}</b>; try '<b>sam</b>' "
                "(team leader) or '<b>priya</b>' (key worker)."
            ).format(password=DEMO_PASSWORD)
        )
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_hint.setAccessibleName(self.tr("Demo vault"))
        self.demo_hint.setVisible(is_demo_organisation(organisation))

        self.notice = QLabel(notice)  # e.g. why FamilyCase locked itself
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Notice"))
        self.notice.setVisible(bool(notice))

        self.user_box = QComboBox()
        self.user_box.setEditable(True)
        self.user_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.user_box.addItems(list(usernames))
        self.user_box.setAccessibleName(self.tr("User name"))
        line = self.user_box.lineEdit()
        line.setPlaceholderText(self.tr("Your user name"))
        if username:
            self.user_box.setCurrentText(username.strip().lower())
        elif len(usernames) == 1:
            self.user_box.setCurrentIndex(0)
        else:
            self.user_box.setCurrentIndex(-1)
            line.clear()

        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("Your password"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        user_label = QLabel(self.tr("&User name"))
        user_label.setBuddy(self.user_box)
        password_label = QLabel(self.tr("&Password"))
        password_label.setBuddy(self.password)
        form.addRow(user_label, self.user_box)
        form.addRow(password_label, self.password)

        self.message = problem_label()
        self.message.setAccessibleName(self.tr("Problem"))

        self.busy = QProgressBar()
        self.busy.setObjectName("busy")
        self.busy.setRange(0, 0)  # an indeterminate "working" bar
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.setFixedHeight(6)
        self.busy_label = QLabel(self.tr("Checking your password…"))
        self.busy_label.setObjectName("busyLabel")
        self.busy.hide()
        self.busy_label.hide()

        self.where = QLabel(
            self.tr("Vault: {place}").format(place=vault.location)
            if not vault.is_server
            else self.tr("Team server: {place}").format(place=vault.location)
        )
        self.where.setObjectName("muted")
        self.where.setWordWrap(True)
        self.where.setAccessibleName(self.tr("Which vault is open"))
        self.connect_button = QPushButton(self.tr("Connect to a &team server…"))
        self.connect_button.setAutoDefault(False)
        self.connect_button.clicked.connect(self._ask_to_connect)

        buttons = QDialogButtonBox()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setAutoDefault(False)  # Enter must never mean Quit
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button.clicked.connect(self.reject)

        card = QFrame()
        card.setObjectName("card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(28, 24, 28, 24)
        card_layout.setSpacing(12)
        card_layout.addWidget(title)
        card_layout.addWidget(org)
        card_layout.addWidget(intro)
        card_layout.addWidget(self.notice)
        card_layout.addWidget(self.demo_hint)
        card_layout.addSpacing(4)
        card_layout.addLayout(form)
        card_layout.addWidget(self.message)
        card_layout.addWidget(self.busy_label)
        card_layout.addWidget(self.busy)
        card_layout.addSpacing(4)
        card_layout.addWidget(buttons)
        card_layout.addWidget(self.where)
        card_layout.addWidget(self.connect_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(card)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        line.returnPressed.connect(self._user_entered)

        (self.password if self.user_box.currentText() else self.user_box).setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """As tall as its wrapped text needs at the width it opens with: Qt sizes a window
        from its text at a narrower guessed width, which cut off the demo vault's hint."""
        super().showEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    # --- state -------------------------------------------------------------------------------
    @property
    def failures(self) -> int:
        return self._failures

    @property
    def is_busy(self) -> bool:
        return self._busy

    @property
    def seconds_to_wait(self) -> int:
        return self._wait_left

    def message_text(self) -> str:
        return "" if self.message.isHidden() else self.message.text()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        # Read-only rather than disabled, so that focus stays where it is.
        self.user_box.lineEdit().setReadOnly(busy)
        self.password.setReadOnly(busy)
        self._update_button()

    def _update_button(self) -> None:
        self.unlock_button.setEnabled(not self._busy and self._wait_left == 0)
        self.unlock_button.setDefault(True)

    # --- unlocking ---------------------------------------------------------------------------
    def try_unlock(self) -> None:
        if self._busy or self._wait_left or self._finished:
            return
        username = self.user_box.currentText().strip()
        password = self.password.text()
        if not username:
            show_text(self.message, self.tr("Enter your user name."))
            self.user_box.setFocus()
            return
        if not password:
            show_text(self.message, self.tr("Enter your password."))
            self.password.setFocus()
            return
        show_text(self.message, "")
        self._unlock(username, password, accept_older_copy=False)

    def _unlock(self, username: str, password: str, accept_older_copy: bool) -> None:
        self._set_busy(True)
        self._attempt = (username, password)
        run_in_background(
            partial(self._vault.unlock, username, password, accept_older_copy=accept_older_copy),
            self,
            self._on_unlocked,
            self._on_failed,
            on_abandoned=_lock_unused,
        )

    def _ask_about_older_copy(self, error: OlderCopy) -> None:
        """The vault is older than one this worker has seen: say so, and let them choose."""
        username, password = self._attempt
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("An older copy of the vault"),
            self.tr(
                "This vault is older than the one you last used: {reason}.\n\nIf it was "
                "restored from a backup on purpose, you can use it; your choice is recorded in "
                "the audit log. If you did not expect this, do not go on: tell an "
                "administrator, who should check the vault."
            ).format(reason=error.reason),
            parent=self,
        )
        use = box.addButton(self.tr("&Use this older copy"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(QMessageBox.StandardButton.NoButton)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            self.older_copy_question = None
            self._attempt = ("", "")
            if box.clickedButton() is use:
                self._unlock(username, password, accept_older_copy=True)
            else:
                show_text(self.message, self.tr("Not signed in: the vault is an older copy."))

        box.finished.connect(lambda _result: answered())
        self.older_copy_question = box
        box.open()

    def _ask_to_connect(self) -> None:
        if not self._busy:
            self.connect_requested.emit()

    def _user_entered(self) -> None:
        if self.password.text():
            self.try_unlock()
        else:
            self.password.setFocus()

    def _on_unlocked(self, session: UserSession) -> None:
        if self._finished:  # the dialog was closed while the password was being checked
            session.lock()
            return
        self._set_busy(False)
        self.password.clear()
        self._attempt = ("", "")
        self._failures = 0
        self.accept()
        self.unlocked.emit(session)

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, OlderCopy):
            self._ask_about_older_copy(error)
            self.password.clear()
            return
        self._attempt = ("", "")
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, WrongPassword):
            self._failures += 1
            text = self.tr("The user name or password is not right.")
        elif isinstance(error, FamilyCaseError):
            text = str(error)
        else:
            text = self.tr("FamilyCase could not unlock: {problem}").format(problem=error)
        show_text(self.message, text)
        delay = retry_delay(self._failures)
        if delay:
            self._wait_left = delay
            self._show_wait()
            self._countdown.start()
        self._update_button()

    def _tick(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if self._wait_left == 0:
            self._countdown.stop()
            show_text(self.message, self.tr("The user name or password is not right. Try again."))
            self.password.setFocus()
        else:
            self._show_wait()
        self._update_button()

    def _show_wait(self) -> None:
        wait = (
            self.tr("You can try again in 1 second.")
            if self._wait_left == 1
            else self.tr("You can try again in {n} seconds.").format(n=self._wait_left)
        )
        show_text(self.message, self.tr("The user name or password is not right.") + "\n" + wait)

    def done(self, result: int) -> None:
        self._finished = True
        self._countdown.stop()
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            return  # Escape should not quit the app from under someone's fingers; use Quit
        super().keyPressEvent(event)
