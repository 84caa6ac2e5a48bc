"""Service use before the work started: where the family started from."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from familycase.domain.errors import validated
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import DateField, check_date_on_edit
from familycase.gui.common.widgets import fit_to_screen
from familycase.gui.family_file.costs.fields import number_or_none
from familycase.services import costs as cost_service
from familycase.services.costs import BaselineServiceUse
from familycase.services.vault import UserSession


class BaselineDialog(EditorDialog):
    """One service the family used before the work started, over a period."""

    def __init__(self, session: UserSession, family_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add service use before the work"), parent)
        self.setObjectName("baselineDialog")
        self._session = session
        self._family_id = family_id
        self.set_intro(
            self.tr(
                "What the family used before the work started, for example 4 police call-outs "
                "in the 6 months before referral. It shows where the family started from."
            )
        )
        b = self.builder
        self.start = b.add(self.tr("&From"), DateField(None), "From")
        check_date_on_edit(self.start, self.errors, "From")
        self.end = b.add(self.tr("&To"), DateField(date.today()), "To")
        check_date_on_edit(self.end, self.errors, "To")
        self.service = b.add(self.tr("Ser&vice used"), QLineEdit(), "Service used")
        self.quantity = b.add(self.tr("How &many"), QLineEdit(), "How many")
        self.unit = b.add(self.tr("&Unit"), QLineEdit(), "Unit", self.tr("For example: visits"))
        self.code = b.add(
            self.tr("Unit cost &code (optional)"),
            QLineEdit(),
            "Unit cost code",
            self.tr("A GMCA code such as CR2.0.2, if one fits."),
        )
        self.agency = b.add(self.tr("&Agency"), QLineEdit(), "Agency")
        self.source = b.add(
            self.tr("Where the fi&gures come from"), QLineEdit(), "Where the figures come from"
        )
        fit_to_screen(self, 600, 560)
        self.start.setFocus()
        self.finish_building()

    def description(self) -> str:
        return self.tr("Service use before the work: {what}").format(
            what=self.service.text().strip() or "…"
        )

    def build_call(self) -> ServiceCall:
        baseline = validated(
            BaselineServiceUse,
            {
                "period_start": self.start.value(),
                "period_end": self.end.value(),
                "items": [
                    {
                        "service": self.service.text(),
                        "quantity": number_or_none(self.quantity),
                        "unit": self.unit.text(),
                        "gmca_code": self.code.text().strip() or None,
                        "agency": self.agency.text(),
                    }
                ],
                "source": self.source.text(),
            },
        )
        session, family_id = self._session, self._family_id
        return lambda: cost_service.record_baseline(session, family_id, baseline)
