"""Bring my families back: check a laptop replica's families in to the team store.

Shown on a laptop replica. It connects to the team store the replica came from (a team
server's database password is asked for only when libpq has none), then brings each family
back in a transaction of its own, with progress. Stopping, a dropped connection or a crash
lose nothing: the families not yet back stay on the laptop, and running it again finishes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familycase.gui.common.long_task import LongTaskDialog, notice_label
from familycase.gui.common.widgets import show_text
from familycase.services import checkin
from familycase.services.checkin import CheckinReport
from familycase.services.errors import ServerPasswordNeeded
from familycase.services.vault import UserSession


class BringBackDialog(LongTaskDialog):
    def __init__(
        self, session: UserSession, held: list[str], team: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.report: CheckinReport | None = None
        self.setObjectName("bringBackDialog")
        self.setWindowTitle(self.tr("Bring my families back"))
        self.setMinimumWidth(520)

        self.families = QLabel(
            self.tr("On this laptop: {refs}.").format(refs=", ".join(held))
            if held
            else self.tr("No families are on this laptop now.")
        )
        self.families.setObjectName("laptopFamilies")
        self.families.setWordWrap(True)
        self.team = QLabel(self.tr("Team store: {team}").format(team=team))
        self.team.setWordWrap(True)

        notice = notice_label(self.tr("What bringing families back does"))
        notice.setText(
            self.tr(
                "Each family's changes go back to the team store, with your audit entries, and "
                "the family is then removed from this laptop. If the connection drops, run this "
                "again: nothing is applied twice and nothing is lost."
            )
        )

        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Your team server password"))
        self.password_label = QLabel(self.tr("Team server &password:"))
        self.password_label.setBuddy(self.password)
        form = QFormLayout()
        form.addRow(self.password_label, self.password)
        self.password.hide()
        self.password_label.hide()

        self.outcome = QLabel()
        self.outcome.setObjectName("bringBackOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.hide()

        self.go = QPushButton(self.tr("&Bring them back"))
        self.go.setObjectName("bringBackButton")
        self.go.setDefault(True)
        self.go.setEnabled(bool(held))
        self.go.clicked.connect(self.bring_back)
        buttons = QDialogButtonBox()
        buttons.addButton(self.go, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.families)
        layout.addWidget(self.team)
        layout.addWidget(notice)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.problem)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)

    def idle_text(self) -> str:
        return self.tr("Close") if getattr(self, "report", None) else self.tr("Cancel")

    def stopped_text(self) -> str:
        return self.tr(
            "Stopped. The families already back are on the team store; the rest are still on "
            "this laptop. Bring them back again to finish."
        )

    def _update_buttons(self, *_args: object) -> None:
        self.go.setEnabled(not self.is_busy and self.report is None)
        self.password.setEnabled(not self.is_busy)

    def bring_back(self) -> None:
        show_text(self.problem, "")
        password = self.password.text() or None
        self.progress.setRange(0, 0)
        self.progress.show()

        def call(progress: Callable[[int, int], bool]) -> CheckinReport:
            team = checkin.connect_team(self.session, password)
            try:
                return checkin.check_in(self.session, team, progress)
            finally:
                team.lock()
                if team.vault.is_server:
                    team.vault.dispose()

        self.start_stoppable(call, self._done)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ServerPasswordNeeded):
            self._set_busy(False)
            self.progress.hide()
            self.password.show()
            self.password_label.show()
            self.password.setFocus()
            show_text(self.problem, self.tr("Type your team server password, then try again."))
            return
        super()._failed(error)

    def _done(self, report: CheckinReport) -> None:
        self.report = report
        self._set_busy(False)
        self.progress.hide()
        lines = report.lines()
        if report.conflicts:
            lines.append(
                self.tr(
                    "On the team store, the family's window shows them (Conflicting versions…)."
                )
            )
        self.outcome.setText("\n".join(lines))
        self.outcome.show()
        self.cancel_button.setFocus()
