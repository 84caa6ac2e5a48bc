"""Record consent to share for several people of a family at once, with per-person exceptions.

A family usually agrees together, at one visit: so the worker ticks who agreed (and who gave
consent for each child), ticks once what was agreed, and adds an exception where one person
differs ("Dad: not health"). Nothing is ticked until the worker ticks it. The domain's
``FamilyConsentForm`` decides what is valid and makes one ``ConsentRecord`` per person;
``services/consent.record_family_consent`` stores them all, or none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.consent import (
    YOUNG_PERSON_CONSENT_AGE,
    ConsentMethod,
    FamilyConsentForm,
    GivenBy,
    InfoCategory,
    LawfulBasis,
    Purpose,
)
from familycase.domain.enums import AgencyType, HouseholdRole
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
)
from familycase.gui.common.widgets import fit_to_screen
from familycase.gui.family_file.consent.consent_dialog import (
    SHARING_AGENCIES,
    same_day_next_year,
)
from familycase.services import consent as consent_service
from familycase.services.vault import UserSession

ADULT_ROLES = (
    HouseholdRole.PARENT,
    HouseholdRole.STEP_PARENT,
    HouseholdRole.CARER,
    HouseholdRole.GRANDPARENT,
)


@dataclass
class PersonRow:
    member: Member
    agreed: QCheckBox
    given_by: QComboBox
    giver_name: QLineEdit
    competence: QCheckBox


@dataclass
class ExceptionRow:
    holder: QWidget
    person: QComboBox
    what: QComboBox
    remove: QPushButton


class FamilyConsentDialog(EditorDialog):
    """Consent for several people at once: who agreed, what was agreed, who left what out."""

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        members: Sequence[Member],
        member_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Record consent to share"), parent)
        self.setObjectName("familyConsentDialog")
        self._session = session
        self._family_id = family_id
        self._members = list(members)
        self.set_intro(
            self.tr(
                "Tick each person who agreed, and what they agreed to: which agencies may be "
                "told, why, and which kinds of information. Nothing is ticked until you tick "
                "it, and anything not ticked is withheld when FamilyCase prints, exports or "
                "prepares a panel summary. Where one person agreed to less, add an exception."
            )
        )
        b = self.builder
        today = date.today()
        self.people_box = QWidget()
        self.people_box.setObjectName("consentPeople")
        grid = QGridLayout(self.people_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for column, text in enumerate((self.tr("Agreed"), self.tr("Consent given by"))):
            title = QLabel(text)
            title.setObjectName("hint")
            grid.addWidget(title, 0, column)
        adult = next((m for m in members if m.household_role in ADULT_ROLES), None)
        self.rows: list[PersonRow] = []
        for number, member in enumerate(members):
            row = self._person_row(member, adult, today)
            line = 1 + 2 * number  # the person and who gave consent; under it, their name
            grid.addWidget(row.agreed, line, 0)
            grid.addWidget(row.given_by, line, 1)
            under = QHBoxLayout()
            under.setContentsMargins(0, 0, 0, 6)
            under.addWidget(row.giver_name, 1)
            under.addWidget(row.competence)
            grid.addLayout(under, line + 1, 1)
            self.rows.append(row)
            if member.id == member_id:
                row.agreed.setChecked(True)
        grid.setColumnStretch(1, 1)
        b.add(self.tr("&People who agreed"), self.people_box, "People who agreed")
        self.people_box.setAccessibleName(self.tr("People who agreed"))
        self.method = b.add(
            self.tr("&How consent was given"),
            enum_combo(ConsentMethod, words.consent_method_text),
            "How consent was given",
        )
        self.given_on = b.add(self.tr("&Date given"), DateField(today), "Date given")
        self.given_on.setProperty("past_only", True)
        check_date_on_edit(self.given_on, self.errors, "Date given")
        self.review_on = b.add(
            self.tr("Review or e&xpiry date"),
            DateField(same_day_next_year(today)),
            "Review or expiry date",
            self.tr("Consent is usually reviewed every year. Leave blank for no end date."),
        )
        check_date_on_edit(self.review_on, self.errors, "Review or expiry date")
        b.section(self.tr("What was agreed (by everyone ticked above)"))
        self.agencies = b.add(
            self.tr("&Agencies"),
            checklist(SHARING_AGENCIES, words.agency_type_text, rows=5),
            "Agencies",
        )
        self.purposes = b.add(
            self.tr("P&urposes"), checklist(Purpose, words.purpose_text, rows=5), "Purposes"
        )
        self.categories = b.add(
            self.tr("&Information"),
            checklist(InfoCategory, words.category_text, rows=5),
            "Information",
        )
        b.section(self.tr("Exceptions: what one person did not agree to"))
        self.exceptions_box = QWidget()
        self.exceptions_box.setObjectName("consentExceptions")
        self.exceptions_layout = QVBoxLayout(self.exceptions_box)
        self.exceptions_layout.setContentsMargins(0, 0, 0, 0)
        self.exceptions_layout.setSpacing(4)
        self.no_exceptions = QLabel(self.tr("None: everyone ticked agreed to all of it."))
        self.no_exceptions.setObjectName("muted")
        self.exceptions_layout.addWidget(self.no_exceptions)
        self.add_exception_button = QPushButton(self.tr("Add an &exception"))
        self.add_exception_button.setAutoDefault(False)
        self.add_exception_button.clicked.connect(lambda: self.add_exception())
        self.exceptions_layout.addWidget(self.add_exception_button)
        self.exception_rows: list[ExceptionRow] = []
        b.add(self.tr("Exceptions"), self.exceptions_box, "Exceptions")
        self.lawful_basis = b.add(
            self.tr("&Lawful basis for processing"),
            enum_combo(LawfulBasis, words.lawful_basis_text, LawfulBasis.PUBLIC_TASK),
            "Lawful basis",
            self.tr("Usually public task; this is separate from consent to share."),
        )
        self.notes = b.add(self.tr("N&otes"), QPlainTextEdit(), "Notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().height() * 3)
        self.save_button.setText(self.tr("&Record consent"))
        fit_to_screen(self, 760, 680)
        (self.rows[0].agreed if self.rows else self.method).setFocus()
        self.finish_building()

    # --- people --------------------------------------------------------------------------------
    def _person_row(self, member: Member, adult: Member | None, today: date) -> PersonRow:
        name = member.full_name
        agreed = QCheckBox(name)
        agreed.setAccessibleName(self.tr("{name} agreed").format(name=name))
        given_by = enum_combo(GivenBy, words.given_by_text)
        given_by.setAccessibleName(self.tr("{name}: consent given by").format(name=name))
        giver = QLineEdit()
        giver.setAccessibleName(
            self.tr("{name}: name of the person giving consent").format(name=name)
        )
        giver.setPlaceholderText(self.tr("Who gave consent for them"))
        giver.setToolTip(self.tr("Leave blank when the person agreed for themselves."))
        competence = QCheckBox(self.tr("Competence assessed"))
        competence.setAccessibleName(self.tr("{name}: competence assessed").format(name=name))
        age = member.age_on(today)
        if age is not None and age < YOUNG_PERSON_CONSENT_AGE:
            given_by.setCurrentIndex(given_by.findData(GivenBy.PARENTAL_RESPONSIBILITY))
            if adult is not None:
                giver.setText(adult.full_name)
        row = PersonRow(member, agreed, given_by, giver, competence)
        for widget in (given_by, giver, competence):
            widget.setEnabled(False)
        agreed.toggled.connect(lambda on, row=row: self._person_ticked(row, on))
        given_by.currentIndexChanged.connect(lambda _i, row=row: self._given_by_changed(row))
        return row

    def _person_ticked(self, row: PersonRow, on: bool) -> None:
        row.given_by.setEnabled(on)
        row.giver_name.setEnabled(on)
        self._given_by_changed(row)

    def _given_by_changed(self, row: PersonRow) -> None:
        young = combo_value(row.given_by) is GivenBy.COMPETENT_YOUNG_PERSON
        row.competence.setEnabled(row.agreed.isChecked() and young)
        if not young:
            row.competence.setChecked(False)

    def tick(self, member_ids: Sequence[str]) -> None:
        for row in self.rows:
            row.agreed.setChecked(row.member.id in member_ids)

    # --- exceptions ----------------------------------------------------------------------------
    def add_exception(
        self, member_id: str | None = None, left_out: object | None = None
    ) -> ExceptionRow:
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        person = QComboBox()
        for member in self._members:
            person.addItem(member.full_name, member.id)
        if member_id is not None:
            person.setCurrentIndex(max(0, person.findData(member_id)))
        what = QComboBox()
        # The item data says which kind it is: "health" is both an agency and information.
        for agency in SHARING_AGENCIES:
            what.addItem(
                self.tr("not {agency}").format(agency=words.agency_type_text(agency)),
                f"agency:{agency.value}",
            )
        for category in InfoCategory:
            what.addItem(
                self.tr("not {information}").format(
                    information=words.category_text(category).lower()
                ),
                f"category:{category.value}",
            )
        if isinstance(left_out, AgencyType | InfoCategory):
            kind = "agency" if isinstance(left_out, AgencyType) else "category"
            what.setCurrentIndex(max(0, what.findData(f"{kind}:{left_out.value}")))
        number = len(self.exception_rows) + 1
        person.setAccessibleName(self.tr("Exception {n}: person").format(n=number))
        what.setAccessibleName(self.tr("Exception {n}: left out").format(n=number))
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove exception {n}").format(n=number))
        remove.setAutoDefault(False)
        line.addWidget(person)
        line.addWidget(what, 1)
        line.addWidget(remove)
        row = ExceptionRow(holder, person, what, remove)
        remove.clicked.connect(lambda: self._remove_exception(row))
        self.exceptions_layout.insertWidget(self.exceptions_layout.count() - 1, holder)
        # Tab goes through a new line where it is on screen (a new widget would come last).
        before = self.exception_rows[-1].remove if self.exception_rows else self.categories
        for first, second in (
            (before, person),
            (person, what),
            (what, remove),
            (remove, self.add_exception_button),
        ):
            QWidget.setTabOrder(first, second)
        self.exception_rows.append(row)
        self.no_exceptions.hide()
        person.setFocus()
        return row

    def _remove_exception(self, row: ExceptionRow) -> None:
        self.exception_rows.remove(row)
        row.holder.deleteLater()
        self.no_exceptions.setVisible(not self.exception_rows)
        self.add_exception_button.setFocus()

    # --- saving --------------------------------------------------------------------------------
    def description(self) -> str:
        names = [row.member.full_name for row in self.rows if row.agreed.isChecked()]
        return self.tr("Consent for {names}").format(names=", ".join(names) or "…")

    def consent_form(self) -> FamilyConsentForm:
        left_out = []
        for row in self.exception_rows:
            kind, _, value = str(combo_value(row.what)).partition(":")
            left_out.append({"member_id": combo_value(row.person), kind: value})
        return validated(
            FamilyConsentForm,
            {
                "people": [
                    {
                        "member_id": row.member.id,
                        "given_by": combo_value(row.given_by),
                        "given_by_name": row.giver_name.text(),
                        "competence_assessed": row.competence.isChecked(),
                    }
                    for row in self.rows
                    if row.agreed.isChecked()
                ],
                "method": combo_value(self.method),
                "agencies": checked_values(self.agencies),
                "purposes": checked_values(self.purposes),
                "categories": checked_values(self.categories),
                "given_on": self.given_on.value(),
                "review_on": self.review_on.value(),
                "lawful_basis": combo_value(self.lawful_basis),
                "notes": self.notes.toPlainText(),
                "left_out": left_out,
            },
        )

    def build_call(self) -> ServiceCall:
        records = self.consent_form().records()
        session, family_id = self._session, self._family_id
        return lambda: consent_service.record_family_consent(session, family_id, records)
