"""Feedback to the referrer: the letter saying what was decided about their referral.

Referrers are rarely told what happened to a referral. The letter is a registered output
(``outputs.REFERRAL_LETTER``): it goes through the consent gate for the referrer's agency and
the purpose "telling the referrer the outcome" (``Purpose.REFERRAL_FEEDBACK``), item by item:
the family's name needs everyone's basic details, the decision and its reason need the
assessment and plan category for everyone. What the gate withholds is replaced by a sentence
saying so: a referrer is never left thinking nothing was decided. The gate's decisions go into
the share log once the letter exists (``record_letter``); the day it was sent is recorded with
``work.record_referrer_told``.

Every sentence goes through ``i18n.tr("referral_letter", ...)``, so the letter comes out in
Welsh once the Welsh catalogue is installed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from familycase.domain.consent import GateDecision, InfoCategory, Purpose
from familycase.domain.enums import AgencyType, ReferralDecision
from familycase.domain.work import Referral
from familycase.i18n import tr
from familycase.services import consent, families, outputs
from familycase.services.clock import now
from familycase.services.consent import Recipient
from familycase.services.errors import InvalidRequest
from familycase.services.timeline import decision_label
from familycase.services.vault import UserSession


def _tr(text: str) -> str:
    return tr("referral_letter", text)


_WHAT_HAPPENS = {
    ReferralDecision.ACCEPTED: (
        "The family will be offered early help: a lead professional will work with them on a "
        "family plan, with the agencies that know them."
    ),
    ReferralDecision.SIGNPOSTED: (
        "The family has been given details of services in the community that can help."
    ),
    ReferralDecision.STEPPED_UP: (
        "The referral has been passed to children's social care, who will decide what happens "
        "next and may contact you."
    ),
    ReferralDecision.NO_FURTHER_ACTION: "The early help service will take no further action.",
}


@dataclass(frozen=True)
class FeedbackLetter:
    """The letter as it may be sent, after the gate, in the language installed."""

    family_id: str
    reference: str
    recipient: Recipient
    organisation: str
    team: str
    written_by: str
    written_on: date
    produced_at: datetime
    subject: str
    salutation: str
    paragraphs: list[str]
    closing: str
    decisions: list[GateDecision]
    outcome_withheld: bool
    name_withheld: bool

    @property
    def title(self) -> str:
        return _tr("Your referral: what we decided")


def prepare_letter(us: UserSession, family_id: str) -> FeedbackLetter:
    """The feedback letter for the latest referral, checked with the gate (nothing logged)."""
    view = families.open_family(us, family_id)
    episode = view.current_episode or (view.episodes[-1] if view.episodes else None)
    if episode is None:
        raise InvalidRequest("This family has no referral recorded.")
    referral = episode.details.referral
    if referral.decision is ReferralDecision.PENDING:
        raise InvalidRequest(
            "Record the decision about the referral before writing to the referrer."
        )
    recipient = Recipient(agency_type=referral.source_type, name=referral.source_name)
    everyone = [m.id for m in view.file.members]
    items = [(m, InfoCategory.BASIC_DETAILS) for m in everyone]
    items += [(m, InfoCategory.ASSESSMENT_AND_PLAN) for m in everyone]
    decisions = consent.check(us, family_id, recipient, Purpose.REFERRAL_FEEDBACK, items)
    allowed = {(d.member_id, d.category) for d in decisions if d.allowed}
    name_ok = bool(everyone) and all((m, InfoCategory.BASIC_DETAILS) in allowed for m in everyone)
    outcome_ok = bool(everyone) and all(
        (m, InfoCategory.ASSESSMENT_AND_PLAN) in allowed for m in everyone
    )
    lead = next((a.worker_name for a in view.allocations if a.allocation.ended_on is None), "")
    team = us.staff.teams.get(us.worker.team_id or "", "")
    paragraphs = _paragraphs(
        referral, view.file.details.family_name if name_ok else None, outcome_ok, lead
    )
    ask = _tr(
        "If you have any questions, please contact {name}, {team}, quoting our reference "
        "{reference}."
    )
    paragraphs.append(
        ask.format(
            name=us.worker.display_name,
            team=team or us.staff.organisation,
            reference=view.file.reference,
        )
    )
    return FeedbackLetter(
        family_id=family_id,
        reference=view.file.reference,
        recipient=recipient,
        organisation=us.staff.organisation,
        team=team,
        written_by=us.worker.display_name,
        written_on=now().date(),
        produced_at=now(),
        subject=_tr("Your referral received on {date} (our reference {reference})").format(
            date=f"{referral.received_on:%d/%m/%Y}", reference=view.file.reference
        ),
        salutation=_tr("Dear {name},").format(name=referral.source_name or _tr("colleague")),
        paragraphs=paragraphs,
        closing=_tr("Yours sincerely,"),
        decisions=decisions,
        outcome_withheld=not outcome_ok,
        name_withheld=not name_ok,
    )


def _paragraphs(
    referral: Referral, family_name: str | None, outcome_ok: bool, lead: str
) -> list[str]:
    about = (
        _tr("about the {family}").format(family=family_name)
        if family_name
        else _tr("about a family")
    )
    if referral.source_type is AgencyType.SELF_REFERRAL:
        opening = _tr("Thank you for contacting us {about} on {date}.")
    else:
        opening = _tr("Thank you for your referral {about}, received on {date}.")
    paragraphs = [opening.format(about=about, date=f"{referral.received_on:%d/%m/%Y}")]
    if not outcome_ok:
        paragraphs.append(
            _tr(
                "We have considered the referral. The family has not agreed to us sharing what "
                "was decided with you, so we cannot tell you the outcome. If you are worried "
                "about a child's safety, contact children's social care or, in an emergency, "
                "the police."
            )
        )
        return paragraphs
    decided_on = referral.decided_on or referral.received_on
    paragraphs.append(
        _tr("We considered it on {date} and decided: {decision}.").format(
            date=f"{decided_on:%d/%m/%Y}", decision=decision_label(referral.decision).lower()
        )
    )
    if referral.decision_reason:
        paragraphs.append(_tr("Why: {reason}").format(reason=referral.decision_reason))
    paragraphs.append(_tr(_WHAT_HAPPENS[referral.decision]))
    if referral.decision is ReferralDecision.ACCEPTED and lead:
        paragraphs.append(
            _tr(
                "{lead} is the family's lead professional and may ask you to be part of the "
                "Team Around the Family."
            ).format(lead=lead)
        )
    return paragraphs


def record_letter(us: UserSession, letter: FeedbackLetter) -> str:
    """Once the letter exists: the gate's decisions go into the share log and the audit log."""
    withheld = sum(1 for d in letter.decisions if not d.allowed)
    return consent.log_share(
        us,
        letter.family_id,
        letter.recipient,
        outputs.REFERRAL_LETTER.purpose or Purpose.REFERRAL_FEEDBACK,
        letter.decisions,
        "letter",
        f"Referral feedback letter ({withheld} items withheld)",
    )
