"""The Oversight section's dialogs: a team leader approves or returns a request (also opened
from the in-tray), a worker records the follow-up check after closure, and the owner of a
supervision action marks it done."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPlainTextEdit, QWidget

from familycase.domain.errors import DomainValidationError, FieldProblem, validated
from familycase.domain.follow_up import AreaCheck, CheckMethod, FollowUpCheck
from familycase.domain.instruments import OutcomeArea
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import DateField, check_date_on_edit, combo_value, enum_combo
from familycase.services import approvals, follow_ups, supervision
from familycase.services.approvals import Waiting
from familycase.services.vault import UserSession


class DecideDialog(EditorDialog):
    """Approve or return one waiting request or assessment. A decision: never saved
    automatically. Returning needs a reason."""

    is_decision = True

    def __init__(
        self,
        session: UserSession,
        item: Waiting,
        approve: bool,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Approve") if approve else self.tr("Return with a reason")
        super().__init__(title, parent)
        self.setObjectName("decideDialog")
        self._session = session
        self._item = item
        self._approve = approve
        family = f"{item.family_name} ({item.reference})" if item.family_name else item.reference
        intro = self.tr("{what} for {family}, asked by {who} on {date}.").format(
            what=item.what,
            family=family,
            who=item.requested_by,
            date=words.date_text(item.requested_on),
        )
        if item.reason:
            intro += "\n" + self.tr("Their reason: {reason}").format(reason=item.reason)
        intro += "\n\n" + (
            self.tr(
                "Approving makes the change now, in the family file, under their name and yours."
            )
            if approve
            else self.tr(
                "Nothing in the family file changes; they see your reason in their in-tray."
            )
        )
        self.set_intro(intro)
        label = self.tr("&Note (optional)") if approve else self.tr("&Reason")
        self.note = self.builder.add(label, QPlainTextEdit(), "Reason")
        self.note.setTabChangesFocus(True)
        self.save_button.setText(self.tr("&Approve") if approve else self.tr("Re&turn it"))
        self.resize(600, 420)
        self.note.setFocus()
        self.finish_building()

    def description(self) -> str:
        return self.tr("Decision on {what} ({reference})").format(
            what=self._item.what, reference=self._item.reference
        )

    def build_call(self) -> ServiceCall:
        note = self.note.toPlainText()
        if not self._approve and not note.strip():
            problem = self.tr("Say why it is being returned.")
            raise DomainValidationError([FieldProblem("Reason", problem)])
        session, item, approve = self._session, self._item, self._approve
        return lambda: approvals.decide_waiting(session, item, approve, note)


AREA_STATES = ("not_checked", "held", "not_held")


class FollowUpDialog(EditorDialog):
    """Record what the sustained-outcome check found, area by area."""

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        follow_up_id: str,
        closed_on: date,
        due_on: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Record the follow-up check"), parent)
        self.setObjectName("followUpDialog")
        self._session = session
        self._family_id = family_id
        self._follow_up_id = follow_up_id
        self.set_intro(
            self.tr(
                "The family closed on {closed}; this check was due on {due}. For each area "
                "the work helped with, say whether the change has held. The claim checker "
                "counts an area held at this check as sustained."
            ).format(closed=words.date_text(closed_on), due=words.date_text(due_on))
        )
        b = self.builder
        self.on = b.add(self.tr("&Date of the check"), DateField(date.today()), "Date of the check")
        self.on.setProperty("past_only", True)
        self.method = b.add(
            self.tr("&How we checked"),
            enum_combo(CheckMethod, words.check_method_text, CheckMethod.HOME_VISIT),
            "How we checked",
        )
        b.section(self.tr("Outcome areas"))
        self.areas: dict[OutcomeArea, QComboBox] = {}
        states = {
            "not_checked": self.tr("Not checked"),
            "held": self.tr("The change has held"),
            "not_held": self.tr("It has not held"),
        }
        for area in OutcomeArea:
            combo = QComboBox()
            for key in AREA_STATES:
                combo.addItem(states[key], key)
            combo.setAccessibleName(words.outcome_area_text(area))
            self.areas[area] = b.add(words.outcome_area_text(area), combo)
        self.again = b.add_check(
            self.tr("Referred a&gain since closure"), QCheckBox(), "Referred again since closure"
        )
        self.notes = b.add(self.tr("N&otes"), QPlainTextEdit(), "Notes")
        self.notes.setTabChangesFocus(True)
        check_date_on_edit(self.on, self.errors, "Date of the check")
        self.save_button.setText(self.tr("&Record the check"))
        self.resize(640, 640)
        self.finish_building()

    def description(self) -> str:
        return self.tr("Follow-up check")

    def build_call(self) -> ServiceCall:
        areas = [
            {"outcome_area": area, "held": combo.currentData() == "held"}
            for area, combo in self.areas.items()
            if combo.currentData() != "not_checked"
        ]
        check = validated(
            FollowUpCheck,
            {
                "checked_on": self.on.value(),
                "method": combo_value(self.method),
                "areas": [AreaCheck(**a).model_dump() for a in areas],
                "referred_again": self.again.isChecked(),
                "note": self.notes.toPlainText(),
            },
        )
        session, family_id, follow_up_id = self._session, self._family_id, self._follow_up_id
        return lambda: follow_ups.record_check(session, family_id, follow_up_id, check)


class ActionDoneDialog(EditorDialog):
    """Mark a supervision action done, saying what was done."""

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        action_id: str,
        what: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Mark the action done"), parent)
        self.setObjectName("actionDoneDialog")
        self._session = session
        self._family_id = family_id
        self._action_id = action_id
        heading = QLabel(what)
        heading.setWordWrap(True)
        self.form.addRow(self.tr("Action"), heading)
        self.note = self.builder.add(self.tr("&What was done"), QPlainTextEdit(), "What was done")
        self.note.setTabChangesFocus(True)
        self.save_button.setText(self.tr("&Mark it done"))
        self.resize(560, 360)
        self.note.setFocus()
        self.finish_building()

    def description(self) -> str:
        return self.tr("A supervision action")

    def build_call(self) -> ServiceCall:
        note = self.note.toPlainText()
        session, family_id, action_id = self._session, self._family_id, self._action_id
        return lambda: supervision.complete_action(session, family_id, action_id, note)
