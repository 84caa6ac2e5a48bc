"""Close the family's episode with a reason and an exit plan."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from familycase.domain.enums import ClosureReason
from familycase.domain.errors import validated
from familycase.domain.work import Closure
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import DateField, check_date_on_edit, combo_value, enum_combo
from familycase.gui.common.tasks import run_in_background
from familycase.services import approvals, plans
from familycase.services.vault import UserSession


class ClosureDialog(EditorDialog):
    """A decision: never saved automatically (see ``common/editor.py``)."""

    is_decision = True

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        family_name: str,
        parent: QWidget | None = None,
        needs_approval: bool = False,
    ) -> None:
        super().__init__(self.tr("Close this episode"), parent)
        self.setObjectName("closureDialog")
        self._session = session
        self._family_id = family_id
        self._family_name = family_name
        self.set_intro(
            self.tr(
                "Closing ends the work with {family} and the lead professional's allocation. "
                "The exit plan says who the family can turn to now, so nobody gets lost."
            ).format(family=family_name)
            + (
                " "
                + self.tr(
                    "In this organisation a team leader approves closures: this asks them, and "
                    "the family closes once they approve."
                )
                if needs_approval
                else ""
            )
        )
        self._needs_approval = needs_approval
        # Closing with fewer outcome readings than the review rhythm asks for is allowed, but
        # flagged: without two readings the distance travelled cannot be shown.
        self.readiness = QLabel()
        self.readiness.setObjectName("notice")
        self.readiness.setWordWrap(True)
        self.readiness.hide()
        self.body_layout.insertWidget(0, self.readiness)
        run_in_background(
            partial(plans.closure_readiness, session, family_id),
            self,
            self._show_readiness,
            lambda _error: None,  # only a warning: closing still works without it
        )
        b = self.builder
        self.reason = b.add(
            self.tr("&Reason for closing"),
            enum_combo(ClosureReason, words.closure_reason_text, ClosureReason.OUTCOMES_ACHIEVED),
            "Reason for closing",
        )
        self.on = b.add(self.tr("&Date closed"), DateField(date.today()), "Date closed")
        self.on.setProperty("past_only", True)
        self.exit_plan = b.add(self.tr("&Exit plan"), QPlainTextEdit(), "Exit plan")
        self.exit_plan.setPlaceholderText(
            self.tr("Who stays involved, what the family does if things get harder, follow-up.")
        )
        self.summary = b.add(self.tr("Closing &summary"), QPlainTextEdit(), "Closing summary")
        for edit in (self.exit_plan, self.summary):
            edit.setTabChangesFocus(True)
        check_date_on_edit(self.on, self.errors, "Date closed")
        self.save_button.setText(
            self.tr("&Ask a team leader to close it")
            if needs_approval
            else self.tr("&Close the episode")
        )
        self.resize(620, 560)
        self.finish_building()

    def _show_readiness(self, problems: list[str]) -> None:
        if problems:
            self.readiness.setText(
                self.tr("Before you close: {problems} You can still close the episode.").format(
                    problems=" ".join(problems)
                )
            )
        self.readiness.setVisible(bool(problems))

    def readiness_text(self) -> str:
        return self.readiness.text() if self.readiness.isVisibleTo(self) else ""

    def description(self) -> str:
        return self.tr("Closing the episode for {family}").format(family=self._family_name)

    def build_call(self) -> ServiceCall:
        closure = validated(
            Closure,
            {
                "reason": combo_value(self.reason),
                "on": self.on.value(),
                "exit_plan": self.exit_plan.toPlainText(),
                "summary": self.summary.toPlainText(),
            },
        )
        session, family_id = self._session, self._family_id
        return lambda: approvals.close_or_ask(session, family_id, closure)
