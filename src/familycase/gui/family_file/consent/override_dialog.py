"""Record a decision to share without consent (for example to protect a child).

Every such decision is kept with its reason, lawful basis, legal gateway and who decided, and
is listed for the team leader (``consent.overrides_for_team``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from familycase.domain.consent import InfoCategory, LawfulBasis, Purpose, SharingOverride
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
from familycase.gui.family_file.consent.consent_dialog import SHARING_AGENCIES
from familycase.services import consent as consent_service
from familycase.services.vault import UserSession


class OverrideDialog(EditorDialog):
    """A decision: never saved automatically (see ``common/editor.py``)."""

    is_decision = True

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        members: Sequence[Member],
        member_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Share without consent"), parent)
        self.setObjectName("overrideDialog")
        self._session = session
        self._family_id = family_id
        self.set_intro(
            self.tr(
                "Only share without consent when there is a lawful reason, such as protecting "
                "a child from significant harm. Your team leader sees every decision recorded "
                "here. Record who decided, why, and until when it applies."
            )
        )
        b = self.builder
        today = date.today()
        self.person = b.add(self.tr("A&bout"), person_combo(members, member_id), "Person")
        self.agency = b.add(
            self.tr("&Agency"), enum_combo(SHARING_AGENCIES, words.agency_type_text), "Agency"
        )
        self.agency_name = b.add(
            self.tr("Agency &name"),
            QLineEdit(),
            "Agency name",
            self.tr("For example: Northshire Children's Social Care"),
        )
        self.purpose = b.add(
            self.tr("&Purpose"), enum_combo(Purpose, words.purpose_text), "Purpose"
        )
        self.categories = b.add(
            self.tr("&Information"),
            checklist(InfoCategory, words.category_text, [InfoCategory.BASIC_DETAILS]),
            "Information",
        )
        self.reason = b.add(
            self.tr("Reason for &sharing without consent"),
            QPlainTextEdit(),
            "Reason for sharing without consent",
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().height() * 5)
        bases = [basis for basis in LawfulBasis if basis is not LawfulBasis.CONSENT]
        self.lawful_basis = b.add(
            self.tr("&Lawful basis"),
            enum_combo(bases, words.lawful_basis_text, LawfulBasis.PUBLIC_TASK),
            "Lawful basis",
            self.tr("A basis other than consent."),
        )
        self.legal_gateway = b.add(
            self.tr("Legal &gateway"),
            QLineEdit(),
            "Legal gateway (e.g. Children Act 1989)",
            self.tr("For example: Children Act 1989, section 47"),
        )
        self.decided_by = b.add(
            self.tr("&Decided by"),
            QLineEdit(session.worker.display_name),
            "Decided by",
            self.tr("Who made the decision, and their role."),
        )
        self.decided_on = b.add(self.tr("Date of d&ecision"), DateField(today), "Date of decision")
        self.decided_on.setProperty("past_only", True)
        check_date_on_edit(self.decided_on, self.errors, "Date of decision")
        self.applies_until = b.add(
            self.tr("Applies &until"), DateField(today + timedelta(days=90)), "Applies until"
        )
        check_date_on_edit(self.applies_until, self.errors, "Applies until")
        self.save_button.setText(self.tr("&Record the decision"))
        fit_to_screen(self, 760, 680)
        self.person.setFocus()
        self.finish_building()

    def description(self) -> str:
        return self.tr("Decision to share {name}'s information without consent").format(
            name=self.person.currentText()
        )

    def override(self) -> SharingOverride:
        return validated(
            SharingOverride,
            {
                "member_id": combo_value(self.person) or "",
                "agency": combo_value(self.agency),
                "agency_name": self.agency_name.text(),
                "purpose": combo_value(self.purpose),
                "categories": checked_values(self.categories),
                "reason": self.reason.toPlainText(),
                "lawful_basis": combo_value(self.lawful_basis),
                "legal_gateway": self.legal_gateway.text(),
                "decided_by": self.decided_by.text(),
                "decided_on": self.decided_on.value(),
                "applies_until": self.applies_until.value(),
            },
        )

    def build_call(self) -> ServiceCall:
        override = self.override()
        session, family_id = self._session, self._family_id
        return lambda: consent_service.record_override(session, family_id, override)
