"""Change my password: the current password, and the new one twice (``users.change_password``).

The rules (length, different from the current one, the current one right) are the service's;
the dialog only checks that the new password was typed the same twice. Passwords are never
saved on anyone's behalf: when FamilyCase locks itself, a half-typed change is dropped.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from familycase.domain.errors import DomainValidationError, FieldProblem
from familycase.gui.common.editor import EditorDialog, PendingSave, ServiceCall, error_text
from familycase.gui.common.widgets import fit_to_screen
from familycase.services import users
from familycase.services.errors import InvalidRequest, Locked, WrongPassword
from familycase.services.vault import UserSession

CURRENT = "Current password"
NEW = "New password"
AGAIN = "New password again"


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(200)
    return field


class PasswordDialog(EditorDialog):
    """Every role can change their own password; only their master key's wrap changes."""

    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change my password"), parent)
        self.setObjectName("passwordDialog")
        self._session = session
        self.set_intro(
            self.tr(
                "Type your current password, then the new one twice. A short phrase of several "
                "words is easiest to remember. Your families' files are not re-encrypted: only "
                "the lock on your own keys changes."
            )
        )
        b = self.builder
        self.current = b.add(self.tr("&Current password"), password_field(), CURRENT)
        self.new = b.add(
            self.tr("&New password"),
            password_field(),
            NEW,
            hint=self.tr("At least {n} characters.").format(n=users.MIN_PASSWORD_LENGTH),
        )
        self.again = b.add(self.tr("New password &again"), password_field(), AGAIN)
        self.save_button.setText(self.tr("C&hange password"))
        self.save_button.setAccessibleName(self.tr("Change password"))
        fit_to_screen(self, 560, 420)
        self.current.setFocus()
        self.finish_building()

    def description(self) -> str:
        return self.tr("Change of your password")

    def pending_save(self) -> PendingSave:
        # A password is never changed automatically (say, by auto-lock).
        return PendingSave(
            self.description(),
            None,
            [self.tr("A password is only changed when you press Change password.")],
        )

    def build_call(self) -> ServiceCall:
        problems = []
        if not self.current.text():
            problems.append(FieldProblem(CURRENT, self.tr("Type your current password.")))
        try:
            users.check_password(self.new.text())
        except InvalidRequest as exc:
            problems.append(FieldProblem(NEW, str(exc)))
        else:
            if self.new.text() != self.again.text():
                problems.append(
                    FieldProblem(AGAIN, self.tr("The two new passwords are different."))
                )
        if problems:
            raise DomainValidationError(problems)
        session, current, new = self._session, self.current.text(), self.new.text()
        return lambda: users.change_password(session, current, new)

    def _saved(self, result: object) -> None:
        self._clear_passwords()
        super()._saved(result)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, Locked):
            return
        if isinstance(error, WrongPassword):
            self.errors.set_field(CURRENT, str(error))
            self.current.selectAll()
            self.current.setFocus()
        elif isinstance(error, InvalidRequest):
            self.errors.set_field(NEW, str(error))
            self.new.setFocus()
        else:
            self.errors.show_general(error_text(error))

    def discard_changes(self) -> None:
        self._clear_passwords()
        super().discard_changes()

    def _clear_passwords(self) -> None:
        for field in (self.current, self.new, self.again):
            field.clear()
