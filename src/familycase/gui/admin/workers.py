"""Workers, for administrators: who can sign in, adding a worker and disabling one.

Adding calls ``users.add_user`` (the rules for user names and passwords are the domain's and
the service's); disabling calls ``users.disable_user``, which takes every key the worker held
and puts the families they led back in the unallocated queue.
"""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.enums import Role
from familycase.domain.errors import DomainValidationError, FieldProblem, validated
from familycase.domain.staff import Worker
from familycase.gui.admin.password_dialog import password_field
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, PendingSave, ServiceCall, error_text
from familycase.gui.common.forms import enum_combo
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import (
    button,
    button_row,
    close_if_alive,
    fill_table,
    fit_to_screen,
    heading,
    problem_label,
    record_table,
    select_where,
    selected_record,
    show_text,
    tell,
)
from familycase.services import users
from familycase.services.errors import InvalidRequest, Locked
from familycase.services.vault import UserSession

PASSWORD = "Initial password"
AGAIN = "Initial password again"


class AddWorkerDialog(EditorDialog):
    """An administrator adds a worker with a first password, which they pass on in person."""

    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a worker"), parent)
        self.setObjectName("addWorkerDialog")
        self._session = session
        self.set_intro(
            self.tr(
                "The worker signs in with this user name and password, and should change the "
                "password (File ▸ Change my password) the first time."
            )
        )
        b = self.builder
        self.display_name = b.add(self.tr("&Name"), QLineEdit(), "Name")
        self.display_name.setPlaceholderText(self.tr("e.g. Priya Shah"))
        self.display_name.setMaxLength(100)
        self.username = b.add(
            self.tr("&User name"),
            QLineEdit(),
            "User name",
            hint=self.tr("What they type to sign in, e.g. pshah (no spaces)."),
        )
        self.username.setMaxLength(40)
        self.role = b.add(
            self.tr("&Role"),
            enum_combo(
                [Role.KEY_WORKER, Role.TEAM_LEADER, Role.MANAGER, Role.ADMINISTRATOR],
                words.role_text,
            ),
            "Role",
        )
        self.password = b.add(
            self.tr("Initial &password"),
            password_field(),
            PASSWORD,
            hint=self.tr("At least {n} characters.").format(n=users.MIN_PASSWORD_LENGTH),
        )
        self.again = b.add(self.tr("Initial password a&gain"), password_field(), AGAIN)
        self.save_button.setText(self.tr("&Add worker"))
        self.save_button.setAccessibleName(self.tr("Add worker"))
        fit_to_screen(self, 580, 520)
        self.display_name.setFocus()
        self.finish_building()

    def description(self) -> str:
        return self.tr("New worker {name}").format(name=self.display_name.text().strip())

    def pending_save(self) -> PendingSave:
        # An account with a password is never created automatically (say, by auto-lock).
        return PendingSave(
            self.description(),
            None,
            [self.tr("A worker is only added when you press Add worker.")],
        )

    def build_call(self) -> ServiceCall:
        problems: list[FieldProblem] = []
        role = self.role.currentData()
        try:
            validated(
                Worker,
                {
                    "id": "new",
                    "username": self._username(),
                    "display_name": self.display_name.text().strip(),
                    "role": role,
                },
            )
        except DomainValidationError as exc:
            problems.extend(self._plain(problem) for problem in exc.problems)
        try:
            users.check_password(self.password.text())
        except InvalidRequest as exc:
            problems.append(FieldProblem(PASSWORD, str(exc)))
        else:
            if self.password.text() != self.again.text():
                problems.append(FieldProblem(AGAIN, self.tr("The two passwords are different.")))
        if problems:
            raise DomainValidationError(problems)
        session = self._session
        username, name = self._username(), self.display_name.text().strip()
        password = self.password.text()
        return lambda: users.add_user(session, username, name, role, password)

    def _username(self) -> str:
        return self.username.text().strip().lower()

    def _plain(self, problem: FieldProblem) -> FieldProblem:
        if problem.field == "User name" and "pattern" in problem.message:
            return FieldProblem(
                problem.field,
                self.tr(
                    "A user name can only use lower-case letters, digits, dots, hyphens and "
                    "underscores (no spaces), and starts with a letter or digit."
                ),
            )
        return problem

    def _saved(self, result: object) -> None:
        self.password.clear()
        self.again.clear()
        super()._saved(result)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidRequest) and "user name" in str(error):
            self._set_busy(False)
            self.errors.set_field("User name", str(error))
            self.username.setFocus()
            return
        super()._failed(error)

    def discard_changes(self) -> None:
        self.password.clear()
        self.again.clear()
        super().discard_changes()


class WorkersWindow(QMainWindow):
    """The workers who can (or could) sign in, with Add and Disable."""

    loaded = Signal()

    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workersWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Workers – FamilyCase"))  # noqa: RUF001 (typography)
        self.session = session
        self.workers: list[Worker] = []
        self.fingerprints: dict[str, str] = {}
        self.added_notice: QMessageBox | None = None
        self.add_dialog: AddWorkerDialog | None = None
        self.question: QMessageBox | None = None
        self._loading = False
        self.last_disabled = ""
        fit_to_screen(self, 900, 600)

        note = QLabel(
            self.tr(
                "Everyone who can sign in to FamilyCase on this vault. A disabled worker can no "
                "longer sign in; their record stays, so the audit log still names them."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.problem = problem_label()
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.table = record_table(
            [
                self.tr("Name"),
                self.tr("User name"),
                self.tr("Role"),
                self.tr("Active"),
                self.tr("Fingerprint phrase"),
            ],
            "workersTable",
            self.tr("Workers"),
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = button(self.tr("&Add a worker…"), self.add_worker)
        self.add_button.setObjectName("primary")
        self.disable_button = button(
            self.tr("&Disable…"),
            self.ask_to_disable,
            self.tr("Stop the chosen worker signing in; their families go back to unallocated"),
        )
        self.refresh_button = button(self.tr("&Refresh"), self.load)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Workers"), "heading"))
        layout.addWidget(note)
        layout.addLayout(button_row(self.add_button, self.disable_button, self.refresh_button))
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.setCentralWidget(body)
        self._update_buttons()
        self.load()

    @property
    def is_loading(self) -> bool:
        return self._loading

    # --- the list ------------------------------------------------------------------------------
    def load(self) -> None:
        self._loading = True
        session = self.session
        def workers_and_phrases() -> list[tuple[Worker, str]]:
            return [
                (w, users.fingerprint(session, w.username))
                for w in users.list_workers(session, include_disabled=True)
            ]

        run_in_background(workers_and_phrases, self, self._loaded, self._failed)

    def _loaded(self, listed: list[tuple[Worker, str]]) -> None:
        self._loading = False
        self.fingerprints = {w.id: phrase for w, phrase in listed}
        workers = [w for w, _ in listed]
        self.workers = sorted(workers, key=lambda w: (not w.active, w.display_name.casefold()))
        fill_table(
            self.table,
            [
                (
                    w,
                    [
                        w.display_name,
                        w.username,
                        words.role_text(w.role),
                        self.tr("Yes") if w.active else self.tr("No (disabled)"),
                        self.fingerprints.get(w.id, ""),
                    ],
                )
                for w in self.workers
            ],
        )
        active = sum(1 for w in self.workers if w.active)
        self.count.setText(
            self.tr("{active} active, {disabled} disabled").format(
                active=active, disabled=len(self.workers) - active
            )
        )
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        if not isinstance(error, Locked):
            show_text(self.problem, error_text(error))

    def selected(self) -> Worker | None:
        return selected_record(self.table)

    def select(self, username: str) -> None:
        select_where(self.table, self.workers, lambda worker: worker.username == username)

    def _update_buttons(self) -> None:
        worker = self.selected()
        self.disable_button.setEnabled(
            worker is not None and worker.active and worker.id != self.session.worker.id
        )

    # --- adding --------------------------------------------------------------------------------
    def add_worker(self) -> None:
        if self.add_dialog is not None and shiboken6.isValid(self.add_dialog):
            self.add_dialog.raise_()
            self.add_dialog.activateWindow()
            return
        dialog = AddWorkerDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._added)
        dialog.finished.connect(lambda _result: setattr(self, "add_dialog", None))
        self.add_dialog = dialog
        dialog.open()

    def _added(self, worker: Worker) -> None:
        show_text(self.problem, "")
        self.load()
        self.added_notice = tell(
            self,
            self.tr("Worker added"),
            self.tr(
                "{name} can now sign in. Their fingerprint phrase is in the list. When they "
                "first sign in, ask them to read you theirs (File > My fingerprint phrase): the "
                "words must be the same."
            ).format(name=worker.display_name),
        )

    # --- disabling -----------------------------------------------------------------------------
    def ask_to_disable(self) -> None:
        worker = self.selected()
        if worker is None or not worker.active:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Disable {name}?").format(name=worker.display_name),
            self.tr(
                "{name} ({username}) will no longer be able to sign in, and loses access to "
                "every family file. The families they are lead professional for go back to "
                "the unallocated queue, for their team leader to allocate again."
            ).format(name=worker.display_name, username=worker.username),
            parent=self,
        )
        go = box.addButton(self.tr("&Disable"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered() -> None:
            self.question = None
            if box.clickedButton() is go:
                self.disable(worker.username)
            box.deleteLater()

        box.finished.connect(answered)
        self.question = box
        box.open()

    def disable(self, username: str) -> None:
        session = self.session
        self.disable_button.setEnabled(False)
        run_in_background(
            partial(users.disable_user, session, username),
            self,
            lambda _result: self._disabled(username),
            self._failed,
        )

    def _disabled(self, username: str) -> None:
        show_text(self.problem, "")
        self.last_disabled = username
        self.load()

    # --- locking -------------------------------------------------------------------------------
    def discard(self) -> None:
        if self.add_dialog is not None and shiboken6.isValid(self.add_dialog):
            self.add_dialog.discard_changes()
        self.add_dialog = None
        close_if_alive(self.question)
        self.question = None
        self.table.setRowCount(0)
        self.workers = []
        self.close()
