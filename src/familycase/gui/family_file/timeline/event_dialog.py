"""Record a significant event for the chronology by hand (an exclusion, an incident, a
hospital stay): household changes are noted by themselves as the household is edited."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from familycase.domain.chronology import ChronologyEntry, EntryKind
from familycase.domain.consent import InfoCategory
from familycase.domain.errors import validated
from familycase.domain.family import Member
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import (
    DateField,
    check_date_on_edit,
    checked_values,
    combo_value,
    enum_combo,
    member_checklist,
)
from familycase.services import chronology_log
from familycase.services.vault import UserSession


class EventDialog(EditorDialog):
    def __init__(
        self,
        session: UserSession,
        family_id: str,
        members: Sequence[Member],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Add a significant event"), parent)
        self.setObjectName("eventDialog")
        self._session = session
        self._family_id = family_id
        self.set_intro(
            self.tr(
                "Something that matters in a child's life and is not already in the file: a "
                "move, an exclusion, an incident, a hospital stay, a court date."
            )
        )
        b = self.builder
        self.on = b.add(self.tr("&Date"), DateField(date.today()), "Date")
        self.on.setProperty("past_only", True)
        self.title = b.add(self.tr("&What happened"), QLineEdit(), "What happened")
        self.title.setPlaceholderText(self.tr("e.g. Fixed-term exclusion (2 days)"))
        self.detail = b.add(self.tr("D&etail"), QPlainTextEdit(), "Detail")
        self.detail.setTabChangesFocus(True)
        self.about = b.add(
            self.tr("&About"),
            member_checklist(members),
            "About",
            hint=self.tr("Tick nobody for the whole family."),
        )
        self.category = b.add(
            self.tr("Type of &information"),
            enum_combo(InfoCategory, words.category_text, InfoCategory.ASSESSMENT_AND_PLAN),
            "Type of information",
            hint=self.tr("What the consent gate decides by when the chronology is printed."),
        )
        check_date_on_edit(self.on, self.errors, "Date")
        self.save_button.setText(self.tr("Add the e&vent"))
        self.resize(600, 560)
        self.title.setFocus()
        self.finish_building()

    def build_call(self) -> ServiceCall:
        entry = validated(
            ChronologyEntry,
            {
                "kind": EntryKind.SIGNIFICANT_EVENT,
                "on": self.on.value(),
                "title": self.title.text(),
                "detail": self.detail.toPlainText(),
                "member_ids": checked_values(self.about),
                "category": combo_value(self.category),
            },
        )
        session, family_id = self._session, self._family_id
        return lambda: chronology_log.record_event(session, family_id, entry)
