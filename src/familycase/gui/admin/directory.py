"""The signed staff directory, for administrators: sign it once after an upgrade, repair the
staff tables when someone changed them outside FamilyCase, and everyone's fingerprint phrase.

Both dialogs open by themselves after an administrator signs in, when there is something to do;
each says plainly why, and "Not now" leaves things as they are."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familycase.gui.common import words
from familycase.gui.common.editor import error_text
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import fill_table, problem_label, record_table, show_text
from familycase.services import staff_directory
from familycase.services.vault import UserSession


class _DirectoryDialog(QDialog):
    done_signal = Signal(object)

    def __init__(
        self, session: UserSession, title: str, intro: str, act: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(760, 520)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.problem = problem_label()
        self.act_button = QPushButton(act)
        self.act_button.setObjectName("primary")
        self.later_button = QPushButton(self.tr("Not &now"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.act_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.act_button.clicked.connect(self._act)
        self.later_button.clicked.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.problem)
        self._buttons = buttons

    def _finish_layout(self) -> None:
        self.body.addWidget(self._buttons)

    def _act(self) -> None:
        self.act_button.setEnabled(False)
        run_in_background(self._call(), self, self._succeeded, self._failed)

    def _call(self):  # noqa: ANN202 - a service call made ready for the task thread
        raise NotImplementedError

    def _succeeded(self, result: object) -> None:
        self.done_signal.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.act_button.setEnabled(True)
        show_text(self.problem, error_text(error))


class AdoptDirectoryDialog(_DirectoryDialog):
    """This vault was made before the signed staff directory: sign the list once."""

    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            self.tr("Sign the staff list – FamilyCase"),  # noqa: RUF001 (typography)
            self.tr(
                "FamilyCase was upgraded. From now on, who may open which family depends on a "
                "staff list signed by an administrator, so that nobody who can change the vault "
                "file can give themselves access. Check the list below: sign it only if every "
                "account and role is right. Each worker's account is tied to it the next time "
                "they sign in; you can compare each worker's fingerprint phrase with theirs."
            ),
            self.tr("&Sign this staff list"),
            parent,
        )
        state, entries = staff_directory.show(session)
        self.table = record_table(
            [
                self.tr("Name"),
                self.tr("User name"),
                self.tr("Role"),
                self.tr("Active"),
                self.tr("Fingerprint phrase"),
            ],
            "staffTable",
            self.tr("Staff to sign"),
        )
        fill_table(
            self.table,
            [
                (
                    entry,
                    [
                        entry.display_name,
                        entry.username,
                        words.role_text(entry.role),
                        self.tr("Yes") if entry.active else self.tr("No (disabled)"),
                        entry.fingerprint,
                    ],
                )
                for entry in entries
            ],
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount() - 1):  # room for the focus frame
            header.resizeSection(column, header.sectionSize(column) + 12)
        self.resize(1000, 520)
        self.body.addWidget(self.table, 1)
        self._finish_layout()
        del state

    def _call(self):  # noqa: ANN202
        session = self.session
        return lambda: staff_directory.adopt(session)


class RepairDirectoryDialog(_DirectoryDialog):
    """The staff tables differ from the signed directory: name each difference, offer repair."""

    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            self.tr("Staff list changed outside FamilyCase"),
            self.tr(
                "The staff list in the vault file no longer matches the signed directory. "
                "Until it is repaired, nobody but an administrator can sign in. What differs:"
            ),
            self.tr("&Repair from the signed directory"),
            parent,
        )
        self.found = QLabel("\n".join(f"• {problem}" for problem in session.directory_problems))
        self.found.setWordWrap(True)
        self.found.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.found.setAccessibleName(self.tr("What differs"))
        self.body.addWidget(self.found, 1)
        advice = QLabel(
            self.tr(
                "Repairing puts the staff tables back as signed. Someone changed the vault file "
                "directly: tell whoever looks after security, and run a full check "
                "('familycase verify')."
            )
        )
        advice.setWordWrap(True)
        self.body.addWidget(advice)
        self._finish_layout()
        self.resize(760, 380)

    def _call(self):  # noqa: ANN202
        session = self.session
        return lambda: staff_directory.repair(session)
