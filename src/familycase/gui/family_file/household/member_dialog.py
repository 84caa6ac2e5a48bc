"""Add or edit one person in the family file."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from familycase.domain import identifiers
from familycase.domain.enums import Gender, HouseholdRole
from familycase.domain.errors import validated
from familycase.domain.family import Member
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import (
    DateField,
    check_date_on_edit,
    check_on_edit,
    combo_value,
    enum_combo,
)
from familycase.services import families
from familycase.services.vault import UserSession


def _nhs_shown(digits: str) -> str:
    return identifiers.format_nhs_number(digits)


class MemberDialog(EditorDialog):
    """Saves with ``families.save_member``; the family's name is the default last name."""

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        family_name: str,
        member: Member | None = None,
        parent: QWidget | None = None,
    ) -> None:
        adding = member is None
        title = (
            self.tr("Add a person")
            if adding
            else self.tr("Edit {name}").format(name=member.full_name)
        )
        super().__init__(title, parent)
        self.setObjectName("memberDialog")
        self._session = session
        self._family_id = family_id
        self._member = member
        surname = family_name.removesuffix(" family").strip()
        b = self.builder

        self.given = b.add(self.tr("&First name(s)"), QLineEdit(), "First name(s)")
        self.surname = b.add(self.tr("&Last name"), QLineEdit(surname if adding else ""))
        self.known_as = b.add(self.tr("&Known as"), QLineEdit())
        self.role = b.add(
            self.tr("&Role in household"),
            enum_combo(HouseholdRole, words.household_role_text, HouseholdRole.CHILD),
        )
        self.lives_here = b.add_check(
            self.tr("Li&ves in the household"), QCheckBox(), "Lives in the household"
        )
        self.lives_here.setChecked(True)
        self.born = b.add(self.tr("&Date of birth"), DateField(), "Date of birth")
        self.born.setProperty("past_only", True)
        self.expected = b.add(
            self.tr("E&xpected date of birth"), DateField(), "Expected date of birth"
        )
        self.deceased = b.add_check(self.tr("Has d&ied"), QCheckBox(), "Has died")
        self.died_on = b.add(self.tr("Date of deat&h"), DateField(), "Date of death")
        self.died_on.setProperty("past_only", True)
        self.gender = b.add(
            self.tr("&Gender"), enum_combo(Gender, words.gender_text, Gender.NOT_KNOWN)
        )
        self.school = b.add(self.tr("&School or setting"), QLineEdit())
        b.section(self.tr("Identifiers and contact"))
        self.nhs = b.add(
            self.tr("&NHS number"),
            QLineEdit(),
            "NHS number",
            self.tr("10 digits, e.g. 943 476 5919"),
        )
        self.upn = b.add(self.tr("&Unique Pupil Number"), QLineEdit(), "Unique Pupil Number")
        self.phone = b.add(self.tr("&Phone"), QLineEdit(), "Phone")
        self.email = b.add(self.tr("&Email"), QLineEdit(), "Email")
        b.section(self.tr("Address, if not the family's"))
        self.line1 = b.add(self.tr("&Address"), QLineEdit(), "Address (if not the family's)")
        self.line2 = b.add(self.tr("Address line &2"), QLineEdit(), "Address line 2")
        self.town = b.add(self.tr("&Town"), QLineEdit(), "Town")
        self.postcode = b.add(self.tr("Post&code"), QLineEdit(), "Postcode")
        self.notes = b.add(self.tr("N&otes"), QPlainTextEdit(), "Notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 5)

        errors = self.errors
        check_on_edit(self.nhs, errors, "NHS number", identifiers.normalise_nhs_number, _nhs_shown)
        check_on_edit(self.upn, errors, "Unique Pupil Number", identifiers.normalise_upn)
        check_on_edit(self.phone, errors, "Phone", identifiers.normalise_uk_phone)
        check_on_edit(self.email, errors, "Email", identifiers.normalise_email)
        check_on_edit(self.postcode, errors, "Postcode", identifiers.normalise_postcode)
        check_date_on_edit(self.born, errors, "Date of birth")
        check_date_on_edit(self.expected, errors, "Expected date of birth")
        check_date_on_edit(self.died_on, errors, "Date of death")
        self.role.currentIndexChanged.connect(self._role_changed)
        self.deceased.toggled.connect(self._role_changed)

        if member is not None:
            self._fill(member)
        self._role_changed()
        self.given.setFocus()
        self.finish_building()

    def _fill(self, m: Member) -> None:
        self.given.setText(m.given_names)
        self.surname.setText(m.family_name)
        self.known_as.setText(m.known_as)
        self.role.setCurrentIndex(self.role.findData(m.household_role))
        self.lives_here.setChecked(m.lives_in_household)
        self.born.set_value(m.date_of_birth)
        self.expected.set_value(m.expected_date)
        self.deceased.setChecked(m.deceased)
        self.died_on.set_value(m.died_on)
        self.gender.setCurrentIndex(self.gender.findData(m.gender))
        self.school.setText(m.school_or_setting)
        self.nhs.setText(_nhs_shown(m.nhs_number) if m.nhs_number else "")
        self.upn.setText(m.upn or "")
        self.phone.setText(m.contact.phone or "")
        self.email.setText(m.contact.email or "")
        if m.address is not None:
            self.line1.setText(m.address.lines[0])
            self.line2.setText(", ".join(m.address.lines[1:]))
            self.town.setText(m.address.town)
            self.postcode.setText(m.address.postcode)
        self.notes.setPlainText(m.notes)

    def _role_changed(self) -> None:
        unborn = combo_value(self.role) is HouseholdRole.UNBORN_CHILD
        self.expected.setEnabled(unborn)
        self.born.setEnabled(not unborn)
        self.deceased.setEnabled(not unborn)
        self.died_on.setEnabled(self.deceased.isChecked() and not unborn)

    def description(self) -> str:
        name = f"{self.given.text().strip()} {self.surname.text().strip()}".strip()
        if self._member is None:
            return self.tr("New person: {name}").format(name=name or self.tr("no name yet"))
        return self.tr("Details of {name}").format(name=name or self._member.full_name)

    def member(self) -> Member:
        """The person as entered; raises DomainValidationError naming each wrong field."""
        unborn = combo_value(self.role) is HouseholdRole.UNBORN_CHILD
        address_parts = [
            self.line1.text(),
            self.line2.text(),
            self.town.text(),
            self.postcode.text(),
        ]
        address = None
        if any(part.strip() for part in address_parts):
            lines = [self.line1.text()] + ([self.line2.text()] if self.line2.text().strip() else [])
            address = {"lines": lines, "town": self.town.text(), "postcode": self.postcode.text()}
        data = {
            "given_names": self.given.text(),
            "family_name": self.surname.text(),
            "known_as": self.known_as.text(),
            "household_role": combo_value(self.role),
            "lives_in_household": self.lives_here.isChecked(),
            "date_of_birth": None if unborn else self.born.value(),
            "expected_date": self.expected.value() if unborn else None,
            "deceased": self.deceased.isChecked() and not unborn,
            "died_on": self.died_on.value() if self.deceased.isChecked() and not unborn else None,
            "gender": combo_value(self.gender),
            "school_or_setting": self.school.text(),
            "nhs_number": self.nhs.text(),
            "upn": self.upn.text(),
            "contact": {"phone": self.phone.text(), "email": self.email.text()},
            "address": address,
            "notes": self.notes.toPlainText(),
        }
        if self._member is not None:
            data["id"] = self._member.id
        return validated(Member, data)

    def build_call(self) -> ServiceCall:
        member = self.member()
        session, family_id = self._session, self._family_id
        return lambda: families.save_member(session, family_id, member)
