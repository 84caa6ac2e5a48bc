"""Allocate or reallocate a family's lead professional, with a reason. The team's caseloads
are read on the service thread as the dialog opens: each worker is listed with their families
and caseload weight, least loaded first, and the suggested worker (the least loaded with room
under the organisation's cap) is chosen; what happened is confirmed once it is saved."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QWidget

from familycase.domain.staff import Worker
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import fit_to_screen, tell
from familycase.services import team
from familycase.services.errors import InvalidRequest
from familycase.services.team import Advice, Allocated
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
        self._current = current_lead_id
        self._workers = [w for w in team.allocatable_workers(workers) if w.id != current_lead_id]
        self._chosen_by_hand = False
        self.confirmation: QMessageBox | None = None
        names = {w.id: w.display_name for w in workers}
        current = names.get(current_lead_id or "", "") if reallocating else ""
        self.set_intro(
            self.tr("{family}. Lead professional now: {lead}.").format(
                family=family_label, lead=current or self.tr("nobody")
            )
        )
        b = self.builder
        self.worker = QComboBox()
        # As wide as its longest line (a worker, their role, families and weight: longer in
        # Welsh); see _fill.
        self.worker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill(None)
        self.worker.activated.connect(self._picked)
        b.add(self.tr("&Lead professional"), self.worker, "Lead professional")
        self.advice = QLabel(self.tr("Reading the team's caseloads…"))
        self.advice.setObjectName("subheading")
        self.advice.setWordWrap(True)
        self.form.addRow("", self.advice)
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
        run_in_background(
            partial(team.allocation_advice, session, family_id),
            self,
            self._advised,
            lambda _error: self.advice.setText(""),  # only advice: allocation still works
        )

    def _fill(self, advice: Advice | None) -> None:
        chosen = self.worker.currentData()
        self.worker.clear()
        workers = list(self._workers)
        if advice is not None:  # least loaded first
            workers.sort(key=lambda w: (advice.loads.get(w.id, (0, 0.0))[1], w.display_name))
        for worker in workers:
            text = f"{worker.display_name}  ·  {words.role_text(worker.role)}"
            if advice is not None:
                families, weight = advice.loads.get(worker.id, (0, 0.0))
                text += "  ·  " + self.tr("{families}, weight {weight}").format(
                    families=words.families_text(families), weight=words.weight_text(weight)
                )
            self.worker.addItem(text, worker.id)
        # Never narrower than its longest line: the label goes above it rather than cut it.
        self.worker.setMinimumWidth(self.worker.sizeHint().width())
        index = self.worker.findData(chosen)
        if index >= 0:
            self.worker.setCurrentIndex(index)

    def _picked(self, _index: int) -> None:
        self._chosen_by_hand = True

    def _advised(self, advice: Advice) -> None:
        self._fill(advice)
        suggestion = advice.suggestion
        parts = []
        if advice.days_waiting is not None:
            parts.append(
                self.tr("Waiting for allocation for {days} days.").format(days=advice.days_waiting)
            )
        if suggestion.worker_id is not None:
            parts.append(
                self.tr("Suggested: {name}. {why}").format(
                    name=suggestion.name, why=suggestion.reason
                )
            )
            index = self.worker.findData(suggestion.worker_id)
            if index >= 0 and not self._chosen_by_hand:
                self.worker.setCurrentIndex(index)
        else:
            parts.append(suggestion.reason)
        self.advice.setText(" ".join(parts))
        self.finish_building()  # the suggestion is not an edit of the person's

    def description(self) -> str:
        return self.tr("Allocation of {family}").format(family=self._family_label)

    def build_call(self) -> ServiceCall:
        session, family_id = self._session, self._family_id
        worker_id = self.worker.currentData()
        reason = self.reason.text()
        return lambda: team.allocate(session, family_id, worker_id, reason)

    def _after_save(self, result: object) -> None:
        if isinstance(result, Allocated):
            self.confirmation = tell(
                self.parentWidget(), self.tr("Allocated"), self._sentence(result)
            )
        super()._after_save(result)

    def _sentence(self, done: Allocated) -> str:
        text = self.tr(
            "{reference} is allocated to {name}, who now leads {families} "
            "(caseload weight {weight}; the cap is {cap})."
        ).format(
            reference=done.reference,
            name=done.worker_name,
            families=words.families_text(done.families),
            weight=words.weight_text(done.weight),
            cap=words.weight_text(done.cap),
        )
        if done.previous_name:
            text += " " + self.tr("{name} is no longer the lead professional.").format(
                name=done.previous_name
            )
        if done.over_cap:
            text += " " + self.tr("This is over the cap.")
        return text

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidRequest) and not self.reason.text().strip():
            self._set_busy(False)
            self.errors.set_field("Reason", str(error))
            self.reason.setFocus()
            return
        super()._failed(error)
