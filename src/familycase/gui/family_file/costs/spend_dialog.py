"""Money spent on the work: key worker time (hours x rate) or an amount (flexible spend),
spent or estimated. Mnemonics: K kind, D date, W what, A amount, H hours, R rate, E spent or
estimated, P agency, O source, S save."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from familycase.domain.costs.scenario import CostBasis
from familycase.domain.errors import validated
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import DateField, check_date_on_edit, enum_combo
from familycase.gui.common.widgets import fit_to_screen
from familycase.gui.family_file.costs.fields import number_or_none
from familycase.services import costs as cost_service
from familycase.services.costs import InterventionCostEntry, InterventionCostKind
from familycase.services.vault import UserSession


class SpendDialog(EditorDialog):
    """Money spent on the work: key worker time (hours x rate) or an amount (flexible spend)."""

    def __init__(self, session: UserSession, family_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a cost of the work"), parent)
        self.setObjectName("spendDialog")
        self._session = session
        self._family_id = family_id
        self.set_intro(
            self.tr(
                "What the work cost: key worker time (hours and an hourly rate) or money spent "
                "(flexible spend, a personal budget, a commissioned service). Give an amount, "
                "or the hours and the rate."
            )
        )
        b = self.builder
        self.kind = b.add(
            self.tr("&Kind"), enum_combo(InterventionCostKind, words.spend_kind_text), "Kind"
        )
        self.spent_on = b.add(self.tr("&Date"), DateField(date.today()), "Date")
        check_date_on_edit(self.spent_on, self.errors, "Date")
        self.what = b.add(self.tr("&What it paid for"), QLineEdit(), "What it paid for")
        self.amount = b.add(self.tr("&Amount (£)"), QLineEdit(), "Amount (£)")
        self.hours = b.add(self.tr("&Hours"), QLineEdit(), "Hours")
        self.rate = b.add(self.tr("Hourly &rate (£)"), QLineEdit(), "Hourly rate (£)")
        self.basis = b.add(
            self.tr("Spent or &estimated"),
            enum_combo(CostBasis, basis_choice_text, CostBasis.ACTUAL),
            "Spent or estimated",
            self.tr(
                "Money already spent is counted as it is. A planned or estimated cost is "
                "increased for optimism bias in returns (41% by default, HM Treasury's "
                "guidance), because plans tend to cost more than expected."
            ),
        )
        self.agency = b.add(self.tr("Agency &paying"), QLineEdit(), "Agency paying")
        self.source = b.add(self.tr("S&ource"), QLineEdit(), "Source")
        fit_to_screen(self, 620, 600)
        self.what.setFocus()
        self.finish_building()

    def description(self) -> str:
        return self.tr("Cost of the work: {what}").format(what=self.what.text().strip() or "…")

    def build_call(self) -> ServiceCall:
        entry = validated(
            InterventionCostEntry,
            {
                "kind": self.kind.currentData(),
                "spent_on": self.spent_on.value(),
                "description": self.what.text(),
                "amount": number_or_none(self.amount),
                "hours": number_or_none(self.hours),
                "hourly_rate": number_or_none(self.rate),
                "basis": self.basis.currentData(),
                "agency": self.agency.text(),
                "source": self.source.text(),
            },
        )
        session, family_id = self._session, self._family_id
        return lambda: cost_service.record_intervention_cost(session, family_id, entry)


def basis_choice_text(basis: CostBasis) -> str:
    return {
        CostBasis.ACTUAL: QCoreApplication.translate("SpendDialog", "Spent: money already paid"),
        CostBasis.ESTIMATE: QCoreApplication.translate(
            "SpendDialog", "Estimated: planned or budgeted, not yet spent"
        ),
    }[basis]
