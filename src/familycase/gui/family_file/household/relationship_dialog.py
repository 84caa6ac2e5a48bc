"""Add or edit how two people in the family are related."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from familycase.domain.enums import RelationshipKind
from familycase.domain.errors import validated
from familycase.domain.family import Member, Relationship
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import combo_value, enum_combo
from familycase.gui.common.widgets import fit_to_screen
from familycase.services import families
from familycase.services.vault import UserSession


def _people(members: Sequence[Member]) -> QComboBox:
    combo = QComboBox()
    for member in members:
        combo.addItem(member.full_name, member.id)
    return combo


class RelationshipDialog(EditorDialog):
    """Reads as a sentence: [Person] [is a parent of] [Related to]."""

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        members: Sequence[Member],
        relationship: Relationship | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("Add a relationship") if relationship is None else self.tr("Edit relationship")
        )
        super().__init__(title, parent)
        self.setObjectName("relationshipDialog")
        self._session = session
        self._family_id = family_id
        self._relationship = relationship
        b = self.builder
        self.person = b.add(self.tr("&Person"), _people(members), "Person")
        self.kind = b.add(
            self.tr("&Relationship"),
            enum_combo(RelationshipKind, words.relationship_text, RelationshipKind.PARENT_OF),
            "Relationship",
        )
        self.other = b.add(self.tr("Related &to"), _people(members), "Related to")
        self.note = b.add(self.tr("&Note"), QLineEdit(), "Note")
        if relationship is not None:
            self.person.setCurrentIndex(self.person.findData(relationship.from_member_id))
            self.kind.setCurrentIndex(self.kind.findData(relationship.kind))
            self.other.setCurrentIndex(self.other.findData(relationship.to_member_id))
            self.note.setText(relationship.note)
        elif len(members) > 1:
            self.other.setCurrentIndex(1)
        fit_to_screen(self, 560, 340)
        self.finish_building()

    def description(self) -> str:
        return self.tr("Relationship: {a} {kind} {b}").format(
            a=self.person.currentText(), kind=self.kind.currentText(), b=self.other.currentText()
        )

    def relationship(self) -> Relationship:
        data = {
            "from_member_id": combo_value(self.person),
            "to_member_id": combo_value(self.other),
            "kind": combo_value(self.kind),
            "note": self.note.text(),
        }
        if self._relationship is not None:
            data["id"] = self._relationship.id
        return validated(Relationship, data)

    def build_call(self) -> ServiceCall:
        relationship = self.relationship()
        session, family_id = self._session, self._family_id
        return lambda: families.save_relationship(session, family_id, relationship)
