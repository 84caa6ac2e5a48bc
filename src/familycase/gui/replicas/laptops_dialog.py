"""Laptops and check-outs (team leaders, on the team store): which families are out, on which
laptop, since when; recall one (with a reason, audited) or revoke a lost or stolen laptop.

Every service call runs on the service thread through ``run`` (the window's); the lists are
fetched again after each change.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familycase.gui.common.long_task import notice_label
from familycase.gui.common.widgets import (
    button,
    button_row,
    empty_note,
    fill_table,
    heading,
    problem_label,
    record_table,
    selected_record,
    show_text,
)
from familycase.services import checkouts, devices
from familycase.services.devices import CheckedOutFamily, Device, RevokeReport
from familycase.services.vault import UserSession

Run = Callable[[Callable[[], Any], Callable[[Any], None], str], None]


class ReasonDialog(QDialog):
    """Asks why (recorded in the audit log) before a recall or a revocation."""

    def __init__(
        self,
        title: str,
        text: str,
        action: str,
        on_reason: Callable[[str], None],
        parent: QWidget | None = None,
        warning: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.on_reason = on_reason
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(self.tr("Reason"))
        label = QLabel(self.tr("Rea&son:"))  # Alt+R is Recall
        label.setBuddy(self.reason)
        form = QFormLayout()
        form.addRow(label, self.reason)
        self.problem = problem_label()
        self.ok = QPushButton(action)
        self.ok.setObjectName("confirmButton")
        self.ok.clicked.connect(self._confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        if warning:
            notice = notice_label(self.tr("Before you go on"))
            notice.setText(warning)
            layout.addWidget(notice)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _confirm(self) -> None:
        reason = " ".join(self.reason.text().split())
        if not reason:
            show_text(self.problem, self.tr("Say why: it is recorded in the audit log."))
            return
        self.accept()
        self.on_reason(reason)


class LaptopsDialog(QDialog):
    def __init__(self, session: UserSession, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.run = run
        self.reason_dialog: ReasonDialog | None = None
        self.setObjectName("laptopsDialog")
        self.setWindowTitle(self.tr("Laptops and check-outs"))
        self.resize(760, 520)

        self.out_table = record_table(
            [self.tr("Family"), self.tr("Worker"), self.tr("Laptop"), self.tr("Since")],
            "checkoutsTable",
            self.tr("Families checked out to laptops"),
        )
        self.out_empty = empty_note(self.tr("No family is checked out to a laptop."))
        self.recall_button = button(
            self.tr("&Recall…"),
            self.recall,
            self.tr("Take the family back: the team store takes changes to it again"),
        )
        self.device_table = record_table(
            [self.tr("Laptop"), self.tr("Worker"), self.tr("Made"), self.tr("Families out")],
            "devicesTable",
            self.tr("Laptop replicas"),
        )
        self.device_empty = empty_note(self.tr("No laptop replica has been made."))
        self.revoke_button = button(
            self.tr("Re&voke…"),
            self.revoke,
            self.tr("A lost or stolen laptop: release its families and give them new keys"),
        )
        self.outcome = QLabel()
        self.outcome.setObjectName("laptopsOutcome")
        self.outcome.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        first = heading(self.tr("Families out on laptops"))
        first.setBuddy(self.out_table)
        second = heading(self.tr("Laptops"))
        second.setBuddy(self.device_table)
        layout = QVBoxLayout(self)
        layout.addWidget(first)
        layout.addWidget(self.out_table)
        layout.addWidget(self.out_empty)
        layout.addLayout(button_row(self.recall_button))
        layout.addWidget(second)
        layout.addWidget(self.device_table)
        layout.addWidget(self.device_empty)
        layout.addLayout(button_row(self.revoke_button))
        layout.addWidget(self.outcome)
        layout.addWidget(close)
        self.out_table.itemSelectionChanged.connect(self._update_buttons)
        self.device_table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # --- lists --------------------------------------------------------------------------------
    def reload(self) -> None:
        session = self.session
        self.run(
            lambda: (devices.checkouts_list(session), devices.devices_list(session)),
            self._show,
            self.tr("Could not list the laptops"),
        )

    def _show(self, found: tuple[list[CheckedOutFamily], list[Device]]) -> None:
        out, laptops = found
        fill_table(
            self.out_table,
            [
                (
                    c,
                    [
                        c.reference,
                        c.info.worker_name,
                        c.info.device,
                        checkouts.when(c.info.since)
                        + (self.tr(" (recalled)") if c.info.recalled_at else ""),
                    ],
                )
                for c in out
            ],
        )
        fill_table(
            self.device_table,
            [
                (
                    d,
                    [
                        d.name + (self.tr(" (revoked)") if d.revoked_at else ""),
                        d.worker_name,
                        checkouts.when(d.created_at),
                        str(d.families),
                    ],
                )
                for d in laptops
            ],
        )
        self.out_empty.setVisible(not out)
        self.device_empty.setVisible(not laptops)
        self._update_buttons()

    def _update_buttons(self) -> None:
        family = selected_record(self.out_table)
        self.recall_button.setEnabled(family is not None and family.info.recalled_at is None)
        laptop = selected_record(self.device_table)
        self.revoke_button.setEnabled(laptop is not None and laptop.revoked_at is None)

    # --- recall and revoke --------------------------------------------------------------------
    def recall(self) -> None:
        family: CheckedOutFamily | None = selected_record(self.out_table)
        if family is None:
            return
        self._ask(
            self.tr("Recall {ref}").format(ref=family.reference),
            self.tr(
                "{ref} is on {label}. Recalled, the team store takes changes to it again at "
                "once. Whatever the laptop changes comes back at its next check-in as "
                "conflicting versions for the lead professional to choose from."
            ).format(ref=family.reference, label=family.info.label()),
            self.tr("&Recall"),
            partial(self._recall, family.reference),
        )

    def _recall(self, reference: str, reason: str) -> None:
        session = self.session
        self.run(
            lambda: devices.recall(session, reference, reason),
            lambda _info: self._changed(self.tr("{ref} was recalled.").format(ref=reference)),
            self.tr("Could not recall the family"),
        )

    def revoke(self) -> None:
        laptop: Device | None = selected_record(self.device_table)
        if laptop is None:
            return
        self._ask(
            self.tr("Revoke '{name}'").format(name=laptop.name),
            self.tr(
                "For a lost or stolen laptop. Its {count} families are released and each gets "
                "a new key, so the keys on the laptop open nothing written afterwards; the "
                "laptop erases its families the next time it connects."
            ).format(count=laptop.families),
            self.tr("Re&voke"),
            partial(self._revoke, laptop.name),
            warning=self.tr(
                "Changes made on that laptop and never brought back are lost. If the laptop "
                "is only left at home, ask its worker to bring the families back instead."
            ),
        )

    def _revoke(self, name: str, reason: str) -> None:
        session = self.session
        self.run(
            lambda: devices.revoke(session, name, reason),
            self._revoked,
            self.tr("Could not revoke the laptop"),
        )

    def _revoked(self, report: RevokeReport) -> None:
        text = self.tr("'{name}' was revoked.").format(name=report.device)
        if report.rotated:
            text += " " + self.tr("New keys for: {refs}.").format(refs=", ".join(report.rotated))
        if report.not_rotated:
            text += " " + self.tr(
                "Released, but you hold no key to re-key: {refs} (ask a team leader who does)."
            ).format(refs=", ".join(report.not_rotated))
        self._changed(text)

    def _ask(
        self,
        title: str,
        text: str,
        action: str,
        on_reason: Callable[[str], None],
        warning: str = "",
    ) -> None:
        self.reason_dialog = ReasonDialog(title, text, action, on_reason, self, warning)
        self.reason_dialog.open()

    def _changed(self, text: str) -> None:
        self.outcome.setText(text)
        self.reload()
