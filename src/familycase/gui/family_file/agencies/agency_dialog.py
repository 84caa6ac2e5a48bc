"""Add or edit an agency working with the family, and the practitioner there."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from familycase.domain import identifiers
from familycase.domain.enums import AgencyType
from familycase.domain.errors import validated
from familycase.domain.family import AgencyInvolvement, Member
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import (
    DateField,
    check_date_on_edit,
    check_on_edit,
    checked_values,
    combo_value,
    enum_combo,
    member_checklist,
)
from familycase.gui.common.widgets import fit_to_screen
from familycase.services import families
from familycase.services.vault import UserSession


class AgencyDialog(EditorDialog):
    def __init__(
        self,
        session: UserSession,
        family_id: str,
        members: Sequence[Member],
        agency: AgencyInvolvement | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("Add an agency")
            if agency is None
            else self.tr("Edit {agency}").format(agency=agency.agency_name)
        )
        super().__init__(title, parent)
        self.setObjectName("agencyDialog")
        self._session = session
        self._family_id = family_id
        self._agency = agency
        b = self.builder
        self.name = b.add(self.tr("&Agency"), QLineEdit(), "Agency")
        self.name.setPlaceholderText(self.tr("e.g. Demoford Primary School"))
        self.kind = b.add(
            self.tr("&Type of agency"),
            enum_combo(AgencyType, words.agency_type_text, AgencyType.SCHOOL),
            "Type of agency",
        )
        self.involvement = b.add(
            self.tr("&What they do with the family"),
            QPlainTextEdit(),
            "What they do with the family",
        )
        self.involvement.setTabChangesFocus(True)
        self.involvement.setFixedHeight(self.fontMetrics().height() * 4)
        self.people = b.add(
            self.tr("&Family members involved"),
            member_checklist(members, agency.member_ids if agency else ()),
            "Family members involved",
        )
        self.taf = b.add_check(
            self.tr("Part of the Team Around the Famil&y"),
            QCheckBox(),
            "Part of the Team Around the Family",
        )
        self.since = b.add(self.tr("&Involved since"), DateField(), "Involved since")
        self.ended = b.add(self.tr("Involvement &ended"), DateField(), "Involvement ended")
        b.section(self.tr("Practitioner"))
        self.practitioner = b.add(self.tr("&Name"), QLineEdit(), "Practitioner's name")
        self.job = b.add(self.tr("&Job title"), QLineEdit(), "Job title")
        self.phone = b.add(self.tr("&Phone"), QLineEdit(), "Phone")
        self.email = b.add(self.tr("E&mail"), QLineEdit(), "Email")
        for field in (self.since, self.ended):
            field.setProperty("past_only", True)
        check_date_on_edit(self.since, self.errors, "Involved since")
        check_date_on_edit(self.ended, self.errors, "Involvement ended")
        check_on_edit(self.phone, self.errors, "Phone", identifiers.normalise_uk_phone)
        check_on_edit(self.email, self.errors, "Email", identifiers.normalise_email)
        if agency is not None:
            self._fill(agency)
        fit_to_screen(self, 720, 560)  # room for the longer Welsh words too
        self.finish_building()

    def _fill(self, a: AgencyInvolvement) -> None:
        self.name.setText(a.agency_name)
        self.kind.setCurrentIndex(self.kind.findData(a.agency_type))
        self.involvement.setPlainText(a.involvement)
        self.taf.setChecked(a.in_team_around_family)
        self.since.set_value(a.started_on)
        self.ended.set_value(a.ended_on)
        if a.practitioner is not None:
            self.practitioner.setText(a.practitioner.name)
            self.job.setText(a.practitioner.job_title)
            self.phone.setText(a.practitioner.contact.phone or "")
            self.email.setText(a.practitioner.contact.email or "")

    def description(self) -> str:
        return self.tr("Agency: {name}").format(name=self.name.text().strip() or self.tr("no name"))

    def agency(self) -> AgencyInvolvement:
        practitioner = None
        if any(w.text().strip() for w in (self.practitioner, self.job, self.phone, self.email)):
            practitioner = {
                "name": self.practitioner.text(),
                "job_title": self.job.text(),
                "contact": {"phone": self.phone.text(), "email": self.email.text()},
            }
        data = {
            "agency_name": self.name.text(),
            "agency_type": combo_value(self.kind),
            "practitioner": practitioner,
            "member_ids": checked_values(self.people),
            "involvement": self.involvement.toPlainText(),
            "started_on": self.since.value(),
            "ended_on": self.ended.value(),
            "in_team_around_family": self.taf.isChecked(),
        }
        if self._agency is not None:
            data["id"] = self._agency.id
        return validated(AgencyInvolvement, data)

    def build_call(self) -> ServiceCall:
        agency = self.agency()
        session, family_id = self._session, self._family_id
        return lambda: families.save_agency(session, family_id, agency)
