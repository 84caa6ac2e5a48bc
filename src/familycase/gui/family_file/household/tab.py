"""The Household tab: the family's details, its people and how they are related."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from familycase.domain import identifiers
from familycase.domain.family import Member, Relationship
from familycase.gui.common import words
from familycase.gui.common.context import FamilyContext
from familycase.gui.common.widgets import (
    button,
    button_row,
    close_if_alive,
    fill_table,
    heading,
    record_table,
    selected_record,
)
from familycase.gui.family_file.household.details_dialog import FamilyDetailsDialog
from familycase.gui.family_file.household.member_dialog import MemberDialog
from familycase.gui.family_file.household.relationship_dialog import RelationshipDialog
from familycase.gui.team.matches_dialog import MatchesDialog
from familycase.services import families, people


class HouseholdTab(QWidget):
    def __init__(self, context: FamilyContext) -> None:
        super().__init__()
        self.setObjectName("householdTab")
        self.context = context

        self.address = QLabel()
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.language = QLabel()
        self.edit_details = button(self.tr("Edit family &details…"), self._edit_details)
        details = QGridLayout()
        details.setHorizontalSpacing(16)
        details.addWidget(self._caption(self.tr("Address")), 0, 0)
        details.addWidget(self.address, 0, 1)
        details.addWidget(self._caption(self.tr("Language")), 1, 0)
        details.addWidget(self.language, 1, 1)
        details.addWidget(self.edit_details, 0, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
        details.setColumnStretch(1, 1)

        self.members = record_table(
            [
                self.tr("Name"),
                self.tr("Known as"),
                self.tr("Role in household"),
                self.tr("Age"),
                self.tr("Date of birth"),
                self.tr("School or setting"),
                self.tr("NHS number"),
                self.tr("Also in"),
            ],
            "members",
            self.tr("People in the family"),
        )
        self.members.activated.connect(lambda _index: self._edit_member())
        self.add_member = button(self.tr("&Add a person…"), self._add_member)
        self.edit_member = button(self.tr("&Edit person…"), self._edit_member)
        self.remove_member = button(self.tr("&Remove person…"), self._remove_member)

        self.relationships = record_table(
            [self.tr("Person"), self.tr("Relationship"), self.tr("Related to"), self.tr("Note")],
            "relationships",
            self.tr("Relationships"),
        )
        self.relationships.activated.connect(lambda _index: self._edit_relationship())
        self.add_relationship = button(self.tr("Add a re&lationship…"), self._add_relationship)
        self.edit_relationship = button(self.tr("Edit relations&hip…"), self._edit_relationship)
        self.remove_relationship = button(
            self.tr("Remo&ve relationship…"), self._remove_relationship
        )

        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(heading(self.tr("People")))
        people_layout.addWidget(self.members, 1)
        people_layout.addLayout(button_row(self.add_member, self.edit_member, self.remove_member))
        related = QWidget()
        related_layout = QVBoxLayout(related)
        related_layout.setContentsMargins(0, 8, 0, 0)
        related_layout.addWidget(heading(self.tr("How they are related")))
        related_layout.addWidget(self.relationships, 1)
        related_layout.addLayout(
            button_row(self.add_relationship, self.edit_relationship, self.remove_relationship)
        )
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(people)
        split.addWidget(related)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        self.matches_note = QLabel()
        self.matches_note.setObjectName("notice")
        self.matches_note.setWordWrap(True)
        self.check_matches = button(self.tr("Check &possible matches…"), self._check_matches)
        self.matches_row = QWidget()
        matches_layout = QHBoxLayout(self.matches_row)
        matches_layout.setContentsMargins(0, 0, 0, 0)
        matches_layout.addWidget(self.matches_note, 1)
        matches_layout.addWidget(self.check_matches, 0, Qt.AlignmentFlag.AlignTop)
        self.matches_row.hide()
        self.question = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(self.matches_row)
        layout.addLayout(details)
        layout.addWidget(split, 1)
        self.setTabOrder(self.edit_details, self.members)

    @staticmethod
    def _caption(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("caption")
        return label

    # --- showing -----------------------------------------------------------------------------
    def show_data(self, data: object) -> None:
        view = data.view  # type: ignore[attr-defined]
        details = view.file.details
        self.address.setText(
            details.address.one_line() if details.address else self.tr("No address recorded")
        )
        language = details.main_language or self.tr("Not recorded")
        if details.interpreter_needed:
            language = self.tr("{language} (interpreter needed)").format(language=language)
        self.language.setText(language)
        on = date.today()
        rows = []
        for m in view.file.members:
            role = words.household_role_text(m.household_role)
            if not m.lives_in_household:
                role = self.tr("{role} (lives elsewhere)").format(role=role)
            if m.date_of_birth is None and m.expected_date is not None:
                born = self.tr("Due {date}").format(date=words.date_text(m.expected_date))
            else:
                born = words.date_text(m.date_of_birth)
            nhs = identifiers.format_nhs_number(m.nhs_number) if m.nhs_number else ""
            also = ", ".join(link.other_reference for link in people.links_of(view.links, m.id))
            rows.append(
                (
                    m,
                    [
                        m.full_name,
                        m.known_as,
                        role,
                        m.age_text(on),
                        born,
                        m.school_or_setting,
                        nhs,
                        also,
                    ],
                )
            )
        fill_table(self.members, rows)
        names = {m.id: m.full_name for m in view.file.members}
        fill_table(
            self.relationships,
            [
                (
                    rel,
                    [
                        names.get(rel.from_member_id, "?"),
                        words.relationship_text(rel.kind),
                        names.get(rel.to_member_id, "?"),
                        rel.note,
                    ],
                )
                for rel in view.file.relationships
            ],
        )
        self._show_matches(data.matches)  # type: ignore[attr-defined]
        has_people = bool(view.file.members)
        self.edit_member.setEnabled(has_people)
        self.remove_member.setEnabled(has_people)
        self.add_relationship.setEnabled(len(view.file.members) >= 2)
        has_relationships = bool(view.file.relationships)
        self.edit_relationship.setEnabled(has_relationships)
        self.remove_relationship.setEnabled(has_relationships)

    def _show_matches(self, matches: list) -> None:
        self.matches = list(matches)
        if matches:
            first = matches[0]
            more = len({m.pair for m in matches}) - 1
            self.matches_note.setText(
                self.tr(
                    "{name} may also be in {reference}: {why}. Check whether they are the "
                    "same person."
                ).format(
                    name=first.here.full_name,
                    reference=first.there.reference,
                    why=words.match_reason_text(first.reason),
                )
                + (self.tr(" And {n} more possible matches.").format(n=more) if more else "")
            )
        self.matches_row.setVisible(bool(matches))

    def _check_matches(self) -> None:
        dialog = MatchesDialog(
            self.context.session,
            self.matches,
            self.context.run_change,
            self.tr("Possible matches in other family files"),
            self.tr(
                "These people have the same NHS number or Unique Pupil Number as someone in "
                "another family file you can open, or a similar name and the same date of "
                "birth. The same person: the two files are linked. Different people: the "
                "warning stops."
            ),
            self.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.question = dialog
        dialog.open()

    def clear(self) -> None:
        close_if_alive(self.question)
        self.question = None
        self.members.setRowCount(0)
        self.relationships.setRowCount(0)
        self.address.clear()
        self.language.clear()

    # --- actions -----------------------------------------------------------------------------
    def _file(self):  # noqa: ANN202 - FamilyFile
        return self.context.data.view.file

    def _edit_details(self) -> None:
        self.context.open_editor(
            FamilyDetailsDialog(
                self.context.session, self.context.family_id, self._file().details, self.window()
            )
        )

    def _add_member(self) -> None:
        self.context.open_editor(
            MemberDialog(
                self.context.session,
                self.context.family_id,
                self._file().details.family_name,
                None,
                self.window(),
            )
        )

    def _edit_member(self) -> None:
        member: Member | None = selected_record(self.members)
        if member is None:
            return
        self.context.open_editor(
            MemberDialog(
                self.context.session,
                self.context.family_id,
                self._file().details.family_name,
                member,
                self.window(),
            )
        )

    def _remove_member(self) -> None:
        member: Member | None = selected_record(self.members)
        if member is None:
            return
        session, family_id = self.context.session, self.context.family_id
        self.context.confirm(
            self.tr("Remove a person"),
            self.tr(
                "Remove {name} from this family file? Their details and every relationship "
                "that names them will be deleted. This cannot be undone."
            ).format(name=member.full_name),
            self.tr("Remove {name}").format(name=member.given_names),
            lambda: self.context.run_change(
                lambda: families.remove_member(session, family_id, member.id),
                self.tr("Could not remove {name}").format(name=member.full_name),
            ),
        )

    def _add_relationship(self) -> None:
        self.context.open_editor(
            RelationshipDialog(
                self.context.session,
                self.context.family_id,
                self._file().members,
                None,
                self.window(),
            )
        )

    def _edit_relationship(self) -> None:
        relationship: Relationship | None = selected_record(self.relationships)
        if relationship is None:
            return
        self.context.open_editor(
            RelationshipDialog(
                self.context.session,
                self.context.family_id,
                self._file().members,
                relationship,
                self.window(),
            )
        )

    def _remove_relationship(self) -> None:
        relationship: Relationship | None = selected_record(self.relationships)
        if relationship is None:
            return
        session, family_id = self.context.session, self.context.family_id
        self.context.confirm(
            self.tr("Remove a relationship"),
            self.tr("Remove this relationship from the family file?"),
            self.tr("Remove"),
            lambda: self.context.run_change(
                lambda: families.remove_relationship(session, family_id, relationship.id),
                self.tr("Could not remove the relationship"),
            ),
        )
