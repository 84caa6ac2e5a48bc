"""The referral workflow in the Work tab: the decision and its reason, the day the referrer was
told, and reopening a closed family from a new referral (a new episode)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from familycase.domain.enums import AgencyType, ReferralDecision, Tier
from familycase.domain.errors import DomainValidationError, FieldProblem, validated
from familycase.domain.work import Referral
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import DateField, check_date_on_edit, combo_value, enum_combo
from familycase.services import work
from familycase.services.vault import UserSession

DECISIONS = [d for d in ReferralDecision if d is not ReferralDecision.PENDING]


class DecisionDialog(EditorDialog):
    """A decision: never saved automatically (see ``common/editor.py``)."""

    is_decision = True

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        referral: Referral,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Decide about the referral"), parent)
        self.setObjectName("decisionDialog")
        self._session = session
        self._family_id = family_id
        self._referral = referral
        self.set_intro(
            self.tr(
                "What was decided about the referral received on {date}, and why. Then tell "
                "the referrer: referrers are rarely told what happened to a referral."
            ).format(date=words.date_text(referral.received_on))
        )
        b = self.builder
        current = referral.decision if referral.decision in DECISIONS else None
        self.decision = b.add(
            self.tr("&Decision"), enum_combo(DECISIONS, words.decision_text, current), "Decision"
        )
        self.on = b.add(
            self.tr("Date of decisi&on"),
            DateField(referral.decided_on or date.today()),
            "Date of decision",
        )
        self.on.setProperty("past_only", True)
        self.reason = b.add(self.tr("&Why"), QPlainTextEdit(), "Reason for the decision")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlainText(referral.decision_reason)
        self.reason.setPlaceholderText(
            self.tr("e.g. needs across school and home; the family want help with routines.")
        )
        check_date_on_edit(self.on, self.errors, "Date of decision")
        self.save_button.setText(self.tr("&Record the decision"))
        self.resize(600, 440)
        self.reason.setFocus()
        self.finish_building()

    def build_call(self) -> ServiceCall:
        validated(
            Referral,
            {
                **self._referral.model_dump(),
                "decision": combo_value(self.decision),
                "decided_on": self.on.value(),
                "decision_reason": self.reason.toPlainText(),
            },
        )
        if not self.reason.toPlainText().strip():
            problem = self.tr("Give the reason for the decision.")
            raise DomainValidationError([FieldProblem("Reason for the decision", problem)])
        session, family_id = self._session, self._family_id
        decision = ReferralDecision(combo_value(self.decision))
        on, reason = self.on.value(), self.reason.toPlainText()
        return lambda: work.record_referral_decision(
            session,
            family_id,
            decision,
            on,  # type: ignore[arg-type]
            reason=reason,
        )


class ToldDialog(EditorDialog):
    def __init__(self, session: UserSession, family_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record that the referrer was told"), parent)
        self.setObjectName("toldDialog")
        self._session = session
        self._family_id = family_id
        self.set_intro(
            self.tr("The day the referrer was told the outcome (by letter, email or phone).")
        )
        self.on = self.builder.add(self.tr("&Told on"), DateField(date.today()), "Told on")
        self.on.setProperty("past_only", True)
        check_date_on_edit(self.on, self.errors, "Told on")
        self.save_button.setText(self.tr("&Record"))
        self.resize(520, 260)
        self.finish_building()

    def build_call(self) -> ServiceCall:
        on = self.on.value()
        if not isinstance(on, date):
            validated(Referral, {"feedback_to_referrer_on": on})  # says what is wrong
        session, family_id = self._session, self._family_id
        return lambda: work.record_referrer_told(session, family_id, on)  # type: ignore[arg-type]


class ReopenDialog(EditorDialog):
    """A new referral for a family whose episode is closed: the file opens a new episode."""

    is_decision = True

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        family_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Reopen as a new episode"), parent)
        self.setObjectName("reopenDialog")
        self._session = session
        self._family_id = family_id
        self._family_name = family_name
        self.set_intro(
            self.tr(
                "A new referral for {family}. The earlier episodes stay in the file and the "
                "chronology; the family does not have to tell their story again."
            ).format(family=family_name)
        )
        b = self.builder
        self.received = b.add(self.tr("Date rec&eived"), DateField(date.today()), "Date received")
        self.received.setProperty("past_only", True)
        self.source = b.add(
            self.tr("Referred &by"),
            enum_combo(AgencyType, words.agency_type_text, AgencyType.SCHOOL),
            "Referred by (type of agency)",
        )
        self.referrer = b.add(self.tr("Re&ferrer"), QLineEdit(), "Referrer")
        self.referrer.setPlaceholderText(self.tr("Name and role, e.g. Ms Patel, head teacher"))
        self.reason = b.add(
            self.tr("Reas&on for referral"), QPlainTextEdit(), "Reason for referral"
        )
        self.reason.setTabChangesFocus(True)
        self.consent = b.add_check(
            self.tr("The family &consented to the referral"),
            QCheckBox(),
            "Family consented to the referral",
        )
        self.tier = b.add(
            self.tr("T&ier"), enum_combo(Tier, words.tier_text, Tier.EARLY_HELP), "Tier"
        )
        check_date_on_edit(self.received, self.errors, "Date received")
        self.save_button.setText(self.tr("&Reopen"))
        self.resize(620, 520)
        self.finish_building()

    def description(self) -> str:
        return self.tr("Reopening the file of {family}").format(family=self._family_name)

    def build_call(self) -> ServiceCall:
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
        session, family_id, tier = self._session, self._family_id, Tier(combo_value(self.tier))
        return lambda: work.open_episode(session, family_id, referral, tier)
