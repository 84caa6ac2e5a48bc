"""A new family file from a referral: the family, the referral, its tier and the first people.

Fast to fill: the date received is today, a blank last name means the family's name, and
empty person rows are ignored. Everything else about a person is added in the family file.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.enums import AgencyType, HouseholdRole, Tier
from familycase.domain.errors import DomainValidationError, FieldProblem, validated
from familycase.domain.family import FamilyDetails, Member
from familycase.domain.work import Referral
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import (
    DateField,
    check_date_on_edit,
    combo_value,
    enum_combo,
    error_label,
)
from familycase.gui.common.widgets import fit_to_screen
from familycase.gui.family_file.household.details_dialog import (
    add_family_fields,
    family_details_data,
)
from familycase.services import families
from familycase.services.vault import UserSession

FIRST_ROWS = 2
MAX_ROWS = 12


class PersonRow:
    """One line of the "People" grid: first name, last name, role, date of birth."""

    def __init__(self, number: int, role: HouseholdRole) -> None:
        self.number = number
        self.given = QLineEdit()
        self.surname = QLineEdit()
        self.role = enum_combo(
            [r for r in HouseholdRole if r is not HouseholdRole.UNBORN_CHILD],
            words.household_role_text,
            role,
        )
        self.born = DateField()
        self.born.setProperty("past_only", True)
        self.error = error_label()

    def label(self, field: str) -> str:
        return f"Person {self.number} / {field}"

    def is_empty(self) -> bool:
        return not (self.given.text().strip() or self.surname.text().strip() or self.born.text())


class NewFamilyDialog(EditorDialog):
    """Emits ``saved(family_id)`` once ``families.create_family`` has stored the file."""

    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New family"), parent)
        self.setObjectName("newFamilyDialog")
        self._session = session
        self.set_intro(
            self.tr(
                "Start a family file from a referral. You can add more people, agencies and "
                "notes in the family file afterwards."
            )
        )
        b = self.builder
        b.section(self.tr("The family"))
        self.fields = add_family_fields(self, b)
        b.section(self.tr("The referral"))
        self.received = b.add(self.tr("&Date received"), DateField(date.today()), "Date received")
        self.received.setProperty("past_only", True)
        self.source = b.add(
            self.tr("Referred &by"),
            enum_combo(AgencyType, words.agency_type_text, AgencyType.SCHOOL),
            "Referred by (type of agency)",
        )
        self.referrer = b.add(self.tr("Re&ferrer"), QLineEdit(), "Referrer")
        self.referrer.setPlaceholderText(self.tr("Name and role, e.g. Ms Patel, head teacher"))
        self.reason = b.add(
            self.tr("&Reason for referral"), QPlainTextEdit(), "Reason for referral"
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().height() * 5)
        self.consent = b.add_check(
            self.tr("The family c&onsented to the referral"),
            QCheckBox(),
            "Family consented to the referral",
        )
        self.tier = b.add(
            self.tr("Ti&er"), enum_combo(Tier, words.tier_text, Tier.EARLY_HELP), "Tier"
        )
        check_date_on_edit(self.received, self.errors, "Date received")

        b.section(self.tr("People"))
        self.people_grid = QGridLayout()
        self.people_grid.setHorizontalSpacing(8)
        self.people_grid.setVerticalSpacing(2)
        for column, text in enumerate(
            [
                self.tr("First name(s)"),
                self.tr("Last name"),
                self.tr("Role"),
                self.tr("Date of birth"),
            ]
        ):
            caption = QLabel(text)
            caption.setObjectName("caption")
            self.people_grid.addWidget(caption, 0, column)
        self.people: list[PersonRow] = []
        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addLayout(self.people_grid)
        self.add_person = QPushButton(self.tr("Add another &person"))
        self.add_person.setAutoDefault(False)
        self.add_person.clicked.connect(self._add_row)
        people_layout.addWidget(self.add_person)
        hint = QLabel(self.tr("Leave a last name blank to use the family's name."))
        hint.setObjectName("hint")
        people_layout.addWidget(hint)
        self.form.addRow(people)
        for role in (HouseholdRole.PARENT, HouseholdRole.CHILD)[:FIRST_ROWS]:
            self._add_row(role)
        self.save_button.setText(self.tr("Create the famil&y file"))
        fit_to_screen(self, 760, 680)
        self.fields["name"].setFocus()
        self.finish_building()

    def _add_row(self, role: HouseholdRole = HouseholdRole.CHILD) -> None:
        if not isinstance(role, HouseholdRole):  # clicked(bool)
            role = HouseholdRole.CHILD
        row = PersonRow(len(self.people) + 1, role)
        grid_row = 1 + 2 * len(self.people)
        tr = self.tr
        for column, (widget, name) in enumerate(
            [
                (row.given, tr("First name(s) of person {n}")),
                (row.surname, tr("Last name of person {n}")),
                (row.role, tr("Role of person {n}")),
                (row.born, tr("Date of birth of person {n}")),
            ]
        ):
            widget.setAccessibleName(name.format(n=row.number))
            self.people_grid.addWidget(widget, grid_row, column)
        self.people_grid.addWidget(row.error, grid_row + 1, 0, 1, 4)
        for widget, field in [
            (row.given, "First name(s)"),
            (row.surname, "Last name"),
            (row.role, "Role in household"),
            (row.born, "Date of birth"),
        ]:
            self.errors.register(row.label(field), widget, row.error)
        check_date_on_edit(row.born, self.errors, row.label("Date of birth"))
        self.people.append(row)
        self.add_person.setEnabled(len(self.people) < MAX_ROWS)
        if len(self.people) > FIRST_ROWS:
            row.given.setFocus()

    # --- building ----------------------------------------------------------------------------
    def description(self) -> str:
        name = self.fields["name"].text().strip()  # type: ignore[attr-defined]
        return self.tr("New family: {name}").format(name=name or self.tr("no name yet"))

    def _surname(self) -> str:
        name = self.fields["name"].text().strip()  # type: ignore[attr-defined]
        return name.removesuffix(" family").removesuffix(" Family").strip()

    def parts(self) -> tuple[FamilyDetails, Referral, Tier, list[Member]]:
        """Everything entered, validated; every problem at once, each next to its field."""
        problems: list[FieldProblem] = []
        details = referral = None
        try:
            details = validated(FamilyDetails, family_details_data(self.fields))
        except DomainValidationError as exc:
            problems += exc.problems
        try:
            referral = validated(
                Referral,
                {
                    "source_type": combo_value(self.source),
                    "source_name": self.referrer.text(),
                    "reason": self.reason.toPlainText(),
                    "received_on": self.received.value(),
                    "consent_to_referral": self.consent.isChecked(),
                },
            )
        except DomainValidationError as exc:
            problems += exc.problems
        members: list[Member] = []
        for row in self.people:
            if row.is_empty():
                continue
            try:
                members.append(
                    validated(
                        Member,
                        {
                            "given_names": row.given.text(),
                            "family_name": row.surname.text().strip() or self._surname(),
                            "household_role": combo_value(row.role),
                            "date_of_birth": row.born.value(),
                        },
                    )
                )
            except DomainValidationError as exc:
                problems += [
                    FieldProblem(
                        row.label(p.field) if p.field != "This record" else f"Person {row.number}",
                        p.message,
                    )
                    for p in exc.problems
                ]
        if problems:
            raise DomainValidationError(problems)
        assert details is not None and referral is not None
        return details, referral, combo_value(self.tier), members

    def build_call(self) -> ServiceCall:
        details, referral, tier, members = self.parts()
        session = self._session
        return lambda: families.create_family(session, details, referral, tier, members)
