"""Record someone's consent to share information, and withdraw it.

The dialogs only gather what was agreed: the domain's ``ConsentRecord`` and ``Withdrawal``
decide what is valid (in plain English) and ``services/consent.py`` stores it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from familycase.domain.consent import (
    ConsentMethod,
    ConsentRecord,
    GivenBy,
    InfoCategory,
    LawfulBasis,
    Purpose,
    Withdrawal,
)
from familycase.domain.enums import AgencyType
from familycase.domain.errors import validated
from familycase.domain.family import Member
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import (
    DateField,
    check_date_on_edit,
    checked_values,
    checklist,
    combo_value,
    enum_combo,
    person_combo,
)
from familycase.gui.common.widgets import fit_to_screen
from familycase.services import consent as consent_service
from familycase.services.vault import UserSession

# Agencies a family consents to share with (a referral source such as "self-referral" is not one)
SHARING_AGENCIES = [a for a in AgencyType if a is not AgencyType.SELF_REFERRAL]


def _same_day_next_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


class ConsentDialog(EditorDialog):
    """Record consent: who gave it, how, for which agencies, purposes and information."""

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        members: Sequence[Member],
        member_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Record consent to share"), parent)
        self.setObjectName("consentDialog")
        self._session = session
        self._family_id = family_id
        self.set_intro(
            self.tr(
                "Record what this person agreed to: which agencies may be told, why, and "
                "which kinds of information. Anything not ticked is withheld when FamilyCase "
                "prints, exports or prepares a panel summary."
            )
        )
        b = self.builder
        today = date.today()
        self.person = b.add(self.tr("&Person"), person_combo(members, member_id), "Person")
        self.given_by = b.add(
            self.tr("&Given by"), enum_combo(GivenBy, words.given_by_text), "Given by"
        )
        self.given_by_name = b.add(
            self.tr("&Name of the person giving consent"),
            QLineEdit(),
            "Name of the person giving consent",
            self.tr("Leave blank when the person consented for themselves."),
        )
        self.competence = b.add_check(
            self.tr("&Competence assessed (for a young person under 16)"),
            QCheckBox(),
            "Competence assessed",
        )
        self.method = b.add(
            self.tr("&How consent was given"),
            enum_combo(ConsentMethod, words.consent_method_text),
            "How consent was given",
        )
        self.given_on = b.add(self.tr("&Date given"), DateField(today), "Date given")
        self.given_on.setProperty("past_only", True)
        check_date_on_edit(self.given_on, self.errors, "Date given")
        self.review_on = b.add(
            self.tr("&Review or expiry date"),
            DateField(_same_day_next_year(today)),
            "Review or expiry date",
            self.tr("Consent is usually reviewed every year. Leave blank for no end date."),
        )
        check_date_on_edit(self.review_on, self.errors, "Review or expiry date")
        b.section(self.tr("What was agreed"))
        self.agencies = b.add(
            self.tr("&Agencies"), checklist(SHARING_AGENCIES, words.agency_type_text), "Agencies"
        )
        self.purposes = b.add(
            self.tr("P&urposes"),
            checklist(
                Purpose,
                words.purpose_text,
                [Purpose.ASSESSMENT_AND_PLANNING, Purpose.TEAM_AROUND_THE_FAMILY],
            ),
            "Purposes",
        )
        self.categories = b.add(
            self.tr("&Information"),
            checklist(InfoCategory, words.category_text, [InfoCategory.BASIC_DETAILS]),
            "Information",
        )
        self.lawful_basis = b.add(
            self.tr("&Lawful basis for processing"),
            enum_combo(LawfulBasis, words.lawful_basis_text, LawfulBasis.PUBLIC_TASK),
            "Lawful basis",
            self.tr("Usually public task; this is separate from consent to share."),
        )
        self.notes = b.add(self.tr("N&otes"), QPlainTextEdit(), "Notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().height() * 4)
        self.save_button.setText(self.tr("&Record consent"))
        fit_to_screen(self, 660, 680)
        self.person.setFocus()
        self.finish_building()

    def description(self) -> str:
        return self.tr("Consent for {name}").format(name=self.person.currentText())

    def record(self) -> ConsentRecord:
        return validated(
            ConsentRecord,
            {
                "member_id": combo_value(self.person) or "",
                "given_by": combo_value(self.given_by),
                "given_by_name": self.given_by_name.text(),
                "competence_assessed": self.competence.isChecked(),
                "method": combo_value(self.method),
                "agencies": checked_values(self.agencies),
                "purposes": checked_values(self.purposes),
                "categories": checked_values(self.categories),
                "given_on": self.given_on.value(),
                "review_on": self.review_on.value(),
                "lawful_basis": combo_value(self.lawful_basis),
                "notes": self.notes.toPlainText(),
            },
        )

    def build_call(self) -> ServiceCall:
        record = self.record()
        session, family_id = self._session, self._family_id
        return lambda: consent_service.record_consent(session, family_id, record)


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
