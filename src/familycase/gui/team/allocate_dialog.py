"""Allocate or reallocate a family's lead professional, with a reason."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from familycase.domain.staff import Worker
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.widgets import fit_to_screen
from familycase.services import team
from familycase.services.errors import InvalidRequest
from familycase.services.vault import UserSession

REASON_MAX = 200


class AllocateDialog(EditorDialog):
    """A decision: never saved automatically. Calls ``team.allocate``, which grants the new
    lead the family's key and takes it from the previous one (unless they lead the team)."""

    is_decision = True

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        family_label: str,
        current_lead_id: str | None,
        workers: Sequence[Worker],
        loads: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        reallocating = current_lead_id is not None
        title = (
            self.tr("Change the lead professional")
            if reallocating
            else self.tr("Allocate a lead professional")
        )
        super().__init__(title, parent)
        self.setObjectName("allocateDialog")
        self._session = session
        self._family_id = family_id
        self._family_label = family_label
        names = {w.id: w.display_name for w in workers}
        current = names.get(current_lead_id or "", "") if reallocating else ""
        self.set_intro(
            self.tr("{family}. Lead professional now: {lead}.").format(
                family=family_label, lead=current or self.tr("nobody")
            )
        )
        b = self.builder
        self.worker = QComboBox()
        for worker in team.allocatable_workers(workers):
            if worker.id == current_lead_id:
                continue
            load = (loads or {}).get(worker.id)
            text = f"{worker.display_name}  ·  {words.role_text(worker.role)}"
            if load:
                text += f"  ·  {load}"
            self.worker.addItem(text, worker.id)
        b.add(self.tr("&Lead professional"), self.worker, "Lead professional")
        self.reason = b.add(self.tr("&Reason"), QLineEdit(), "Reason")
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setPlaceholderText(
            self.tr("e.g. knows the school; capacity; family asked for a change")
        )
        note = QLabel(
            self.tr(
                "They will be able to open this family's file from their next sign-in. "
                "The previous lead professional loses access unless they lead the team."
            )
            if reallocating
            else self.tr("They will be able to open this family's file from their next sign-in.")
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.form.addRow("", note)
        self.save_button.setText(self.tr("&Allocate"))
        self.save_button.setEnabled(self.worker.count() > 0)
        fit_to_screen(self, 720, 400)
        self.worker.setFocus()
        self.finish_building()

    def description(self) -> str:
        return self.tr("Allocation of {family}").format(family=self._family_label)

    def build_call(self) -> ServiceCall:
        session, family_id = self._session, self._family_id
        worker_id = self.worker.currentData()
        reason = self.reason.text()
        return lambda: team.allocate(session, family_id, worker_id, reason)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidRequest) and not self.reason.text().strip():
            self._set_busy(False)
            self.errors.set_field("Reason", str(error))
            self.reason.setFocus()
            return
        super()._failed(error)
