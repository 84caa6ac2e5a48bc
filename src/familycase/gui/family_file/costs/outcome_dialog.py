"""An outcome achieved for a need (the claims check reads these)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from familycase.domain.errors import validated
from familycase.domain.instruments import OutcomeArea
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import DateField, check_date_on_edit, enum_combo
from familycase.gui.common.widgets import fit_to_screen
from familycase.services import costs as cost_service
from familycase.services.costs import RealisedOutcome
from familycase.services.vault import UserSession


class OutcomeDialog(EditorDialog):
    """An outcome achieved for a need (used by the claim checker)."""

    def __init__(self, session: UserSession, family_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record an outcome achieved"), parent)
        self.setObjectName("outcomeDialog")
        self._session = session
        self._family_id = family_id
        b = self.builder
        self.area = b.add(
            self.tr("&Outcome area"),
            enum_combo(list(OutcomeArea), lambda a: a.label),
            "Outcome area",
        )
        self.need = b.add(self.tr("The &need it answers"), QLineEdit(), "The need it answers")
        self.what = b.add(self.tr("&What changed"), QPlainTextEdit(), "What changed")
        self.what.setTabChangesFocus(True)
        self.what.setFixedHeight(self.what.fontMetrics().height() * 4)
        self.positive = b.add_check(
            self.tr("A &positive outcome"), QCheckBox(), "A positive outcome"
        )
        self.positive.setChecked(True)
        self.achieved_on = b.add(self.tr("&Achieved on"), DateField(date.today()), "Achieved on")
        self.achieved_on.setProperty("past_only", True)
        check_date_on_edit(self.achieved_on, self.errors, "Achieved on")
        self.confirmed_on = b.add(
            self.tr("Last &confirmed as still held on"),
            DateField(None),
            "Last confirmed as still held on",
            self.tr("For a claim, the change must still hold months later: when was it checked?"),
        )
        check_date_on_edit(self.confirmed_on, self.errors, "Last confirmed as still held on")
        self.evidence = b.add(self.tr("&Evidence"), QLineEdit(), "Evidence")
        fit_to_screen(self, 600, 560)
        self.area.setFocus()
        self.finish_building()

    def description(self) -> str:
        return self.tr("Outcome achieved: {area}").format(area=self.area.currentText())

    def build_call(self) -> ServiceCall:
        outcome = validated(
            RealisedOutcome,
            {
                "outcome_area": self.area.currentData(),
                "need": self.need.text(),
                "what_changed": self.what.toPlainText(),
                "positive": self.positive.isChecked(),
                "achieved_on": self.achieved_on.value(),
                "last_confirmed_on": self.confirmed_on.value(),
                "evidence": self.evidence.text(),
            },
        )
        session, family_id = self._session, self._family_id
        return lambda: cost_service.record_outcome(session, family_id, outcome)
