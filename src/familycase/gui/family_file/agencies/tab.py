"""The Agencies tab: the agencies and practitioners around the family."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from familycase.domain.family import AgencyInvolvement
from familycase.gui.common import words
from familycase.gui.common.context import FamilyContext
from familycase.gui.common.widgets import (
    button,
    button_row,
    empty_note,
    fill_table,
    heading,
    record_table,
    selected_record,
)
from familycase.gui.family_file.agencies.agency_dialog import AgencyDialog
from familycase.services import families


class AgenciesTab(QWidget):
    def __init__(self, context: FamilyContext) -> None:
        super().__init__()
        self.setObjectName("agenciesTab")
        self.context = context
        self.table = record_table(
            [
                self.tr("Agency"),
                self.tr("Type"),
                self.tr("Practitioner"),
                self.tr("Contact"),
                self.tr("Works with"),
                self.tr("In the TAF"),
                self.tr("Since"),
                self.tr("What they do"),
            ],
            "agencies",
            self.tr("Agencies working with the family"),
        )
        self.table.activated.connect(lambda _index: self._edit())
        self.add = button(self.tr("&Add an agency…"), self._add)
        self.edit = button(self.tr("&Edit agency…"), self._edit)
        self.remove = button(self.tr("&Remove agency…"), self._remove)
        self.note = empty_note(
            self.tr(
                "The Team Around the Family (TAF) is the practitioners from different agencies "
                "working one plan with the family."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.addWidget(heading(self.tr("Agencies and practitioners")))
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.add, self.edit, self.remove))

    def show_data(self, data: object) -> None:
        view = data.view  # type: ignore[attr-defined]
        names = {m.id: m.known_as or m.given_names for m in view.file.members}
        rows = []
        for a in view.file.agencies:
            p = a.practitioner
            contact = ""
            if p is not None:
                contact = "  ".join(x for x in (p.contact.phone, p.contact.email) if x)
            who = p.name + (f" ({p.job_title})" if p and p.job_title else "") if p else ""
            ended = (
                self.tr(" (ended {date})").format(date=words.date_text(a.ended_on))
                if a.ended_on
                else ""
            )
            rows.append(
                (
                    a,
                    [
                        a.agency_name + ended,
                        words.agency_type_text(a.agency_type),
                        who,
                        contact,
                        ", ".join(names.get(m, "?") for m in a.member_ids),
                        words.yes_no(a.in_team_around_family),
                        words.date_text(a.started_on),
                        a.involvement.replace("\n", " "),
                    ],
                )
            )
        fill_table(self.table, rows)
        self.edit.setEnabled(bool(rows))
        self.remove.setEnabled(bool(rows))

    def clear(self) -> None:
        self.table.setRowCount(0)

    def _members(self) -> list:
        return list(self.context.data.view.file.members)

    def _add(self) -> None:
        self.context.open_editor(
            AgencyDialog(
                self.context.session, self.context.family_id, self._members(), None, self.window()
            )
        )

    def _edit(self) -> None:
        agency: AgencyInvolvement | None = selected_record(self.table)
        if agency is None:
            return
        self.context.open_editor(
            AgencyDialog(
                self.context.session, self.context.family_id, self._members(), agency, self.window()
            )
        )

    def _remove(self) -> None:
        agency: AgencyInvolvement | None = selected_record(self.table)
        if agency is None:
            return
        session, family_id = self.context.session, self.context.family_id
        self.context.confirm(
            self.tr("Remove an agency"),
            self.tr(
                "Remove {agency} from this family file? To show that their work has finished "
                "instead, edit it and give the date the involvement ended."
            ).format(agency=agency.agency_name),
            self.tr("Remove {agency}").format(agency=agency.agency_name),
            lambda: self.context.run_change(
                lambda: families.remove_agency(session, family_id, agency.id),
                self.tr("Could not remove the agency"),
            ),
        )
