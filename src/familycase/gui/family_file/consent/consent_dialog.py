"""Withdrawing consent to share, and what the consent dialogs share (the agencies one can
consent to share with, the usual review date). Recording consent is
``family_consent_dialog.py`` (several people at once, one person being the simplest case).

The dialogs only gather what was agreed: the domain's ``ConsentRecord`` and ``Withdrawal``
decide what is valid (in plain English) and ``services/consent.py`` stores it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from familycase.domain.consent import (
    ConsentRecord,
    Withdrawal,
)
from familycase.domain.enums import AgencyType
from familycase.domain.errors import validated
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import (
    DateField,
    check_date_on_edit,
)
from familycase.gui.common.widgets import fit_to_screen
from familycase.services import consent as consent_service
from familycase.services.vault import UserSession

# Agencies a family consents to share with (a referral source such as "self-referral" is not one)
SHARING_AGENCIES = [a for a in AgencyType if a is not AgencyType.SELF_REFERRAL]


def same_day_next_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


class WithdrawDialog(EditorDialog):
    """Withdraw a consent, with the date and the reason. A decision: never saved for you."""

    is_decision = True

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        consent: ConsentRecord,
        person: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Withdraw consent"), parent)
        self.setObjectName("withdrawDialog")
        self._session = session
        self._family_id = family_id
        self._consent = consent
        self._person = person
        self.set_intro(
            self.tr(
                "{name}'s consent given on {date} will stop allowing any sharing from the "
                "date below. This cannot be undone: if they agree again, record new consent."
            ).format(name=person, date=words.date_text(consent.given_on))
        )
        b = self.builder
        self.on = b.add(self.tr("&Date withdrawn"), DateField(date.today()), "Date withdrawn")
        self.on.setProperty("past_only", True)
        check_date_on_edit(self.on, self.errors, "Date withdrawn")
        self.reason = b.add(self.tr("&Reason"), QPlainTextEdit(), "Reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("What the person said, and how (in their words)."))
        self.save_button.setText(self.tr("&Withdraw consent"))
        fit_to_screen(self, 560, 400)
        self.reason.setFocus()
        self.finish_building()

    def description(self) -> str:
        return self.tr("Withdrawal of {name}'s consent").format(name=self._person)

    def build_call(self) -> ServiceCall:
        withdrawal = validated(
            Withdrawal, {"on": self.on.value(), "reason": self.reason.toPlainText()}
        )
        session, family_id, consent_id = self._session, self._family_id, self._consent.id
        return lambda: consent_service.withdraw_consent(
            session, family_id, consent_id, withdrawal.reason, withdrawal.on
        )
