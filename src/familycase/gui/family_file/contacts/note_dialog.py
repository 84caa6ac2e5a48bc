"""Correct a contact note. The note as it was is kept, with who changed it, when, why and what
changed; ``history_html`` shows that history under the note."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from familycase.domain.enums import ContactKind
from familycase.domain.errors import DomainValidationError, FieldProblem, validated
from familycase.domain.family import Member
from familycase.domain.work import MAX_CONTACT_MINUTES, ContactNote, NoteContent
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
from familycase.services import work
from familycase.services.vault import UserSession


class NoteDialog(EditorDialog):
    def __init__(
        self,
        session: UserSession,
        family_id: str,
        members: Sequence[Member],
        note: ContactNote,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Correct a contact note"), parent)
        self.setObjectName("noteDialog")
        self._session = session
        self._family_id = family_id
        self._note = note
        self.set_intro(
            self.tr(
                "The note as it is now is kept in its history, with your name, the time and "
                "your reason: nothing recorded is ever lost."
            )
        )
        b = self.builder
        self.reason = b.add(self.tr("&Reason for the change"), QLineEdit(), "Reason for the change")
        self.reason.setPlaceholderText(self.tr("e.g. wrong date; a typing error"))
        self.on = b.add(self.tr("Dat&e"), DateField(note.occurred_on), "Date of contact")
        self.on.setProperty("past_only", True)
        self.kind = b.add(
            self.tr("T&ype"),
            enum_combo(ContactKind, words.contact_kind_text, note.kind),
            "Type of contact",
        )
        self.duration = b.add(self.tr("D&uration"), QSpinBox(), "Duration (minutes)")
        self.duration.setRange(0, MAX_CONTACT_MINUTES)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("Not recorded"))
        self.duration.setValue(note.duration_minutes)
        self.seen = b.add(
            self.tr("&Who was seen"),
            member_checklist(members, note.member_ids),
            "Family members seen",
        )
        self.others = b.add(
            self.tr("&Others present"), QLineEdit(note.others_present), "Others present"
        )
        self.text = b.add(self.tr("Wh&at happened"), QPlainTextEdit(note.text), "What happened")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().height() * 6)
        self.child_seen = b.add_check(self.tr("C&hild seen"), QCheckBox(), "Child seen")
        self.seen_alone = b.add_check(self.tr("Child seen a&lone"), QCheckBox(), "Child seen alone")
        self.significant = b.add_check(
            self.tr("Si&gnificant: show in the chronology"), QCheckBox(), "Significant event"
        )
        self.child_seen.setChecked(note.child_seen)
        self.seen_alone.setChecked(note.child_seen_alone)
        self.significant.setChecked(note.significant)
        self.seen_alone.toggled.connect(lambda on: on and self.child_seen.setChecked(True))
        self.child_seen.toggled.connect(lambda on: on or self.seen_alone.setChecked(False))
        check_date_on_edit(self.on, self.errors, "Date of contact")
        self.save_button.setText(self.tr("&Save the correction"))
        self.resize(660, 680)
        self.reason.setFocus()
        self.finish_building()

    def build_call(self) -> ServiceCall:
        content = validated(
            NoteContent,
            {
                "occurred_on": self.on.value(),
                "kind": combo_value(self.kind),
                "member_ids": checked_values(self.seen),
                "others_present": self.others.text(),
                "duration_minutes": self.duration.value(),
                "text": self.text.toPlainText(),
                "child_seen": self.child_seen.isChecked(),
                "child_seen_alone": self.seen_alone.isChecked(),
                "significant": self.significant.isChecked(),
            },
        )
        if not self.reason.text().strip():
            raise DomainValidationError(
                [
                    FieldProblem(
                        "Reason for the change", self.tr("Say why the note is being changed.")
                    )
                ]
            )
        session, family_id, note_id = self._session, self._family_id, self._note.id
        reason = self.reason.text()
        return lambda: work.edit_contact_note(session, family_id, note_id, content, reason)


def history_html(note: ContactNote, names: Mapping[str, str]) -> str:
    """Each earlier version of a note, newest first, with who changed it, when and why."""
    if not note.history:
        return ""
    esc = html.escape
    parts = ["<hr><p><b>" + esc(_tr("Earlier versions")) + "</b></p>"]
    for edit in reversed(note.history):
        before = edit.before
        seen = ", ".join(names.get(m, "?") for m in before.member_ids)
        parts.append(
            "<p style='color:#4f5b67'>"
            + esc(
                _tr("Changed by {who} on {when}: {reason} (changed: {what})").format(
                    who=edit.by_name,
                    when=edit.at.strftime("%d/%m/%Y %H:%M"),
                    reason=edit.reason,
                    what=", ".join(edit.changed),
                )
            )
            + "</p><p>"
            + esc(
                f"{words.date_text(before.occurred_on)} · {words.contact_kind_text(before.kind)}"
                + (f" · {seen}" if seen else "")
            )
            + "<br>"
            + esc(before.text).replace("\n", "<br>")
            + "</p>"
        )
    return "".join(parts)


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoteHistory", text)
