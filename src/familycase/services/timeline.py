"""A family's timeline: everything that happened, as dated events, from an opened family file.

Built from ``families.FamilyFileView`` alone (no database access, no extra decryption): each
episode's referral, the decision and the feedback to the referrer, tier changes (first tier,
step up, step down), lead professional allocations and their ends, contact notes and closure.
Newest first; on the same day, events keep the order in which they happen in the work
(referral, decision, tier, allocation, contact, allocation ended, closure), reversed.

The words for the fixed vocabularies (types of agency, closure reasons, decisions) live here
too, so that the desktop app and any report use the same phrases.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from familycase.domain.enums import (
    AgencyType,
    ClosureReason,
    ContactKind,
    ReferralDecision,
    Tier,
    TierChangeKind,
)
from familycase.domain.family import FamilyFile
from familycase.i18n import tr
from familycase.services.families import FamilyFileView

_CONTEXT = "timeline"
EN_DASH = "\N{EN DASH}"


def _tr(text: str) -> str:
    return tr(_CONTEXT, text)


# --- words -------------------------------------------------------------------------------------

_TIER_NAMES = {
    Tier.UNIVERSAL: "Universal",
    Tier.EARLY_HELP: "Early help",
    Tier.TARGETED: "Targeted",
    Tier.COMPLEX: "Complex",
}

_AGENCY_TYPES = {
    AgencyType.SCHOOL: "School",
    AgencyType.EARLY_YEARS: "Early years",
    AgencyType.HEALTH: "Health",
    AgencyType.POLICE: "Police",
    AgencyType.HOUSING: "Housing",
    AgencyType.SOCIAL_CARE: "Children's social care",
    AgencyType.EARLY_HELP: "Early help",
    AgencyType.YOUTH_JUSTICE: "Youth justice",
    AgencyType.ADULT_SERVICES: "Adult services",
    AgencyType.EMPLOYMENT: "Employment support",
    AgencyType.VOLUNTARY_SECTOR: "Voluntary sector",
    AgencyType.SELF_REFERRAL: "The family themselves",
    AgencyType.OTHER: "Other",
}

_CLOSURE_REASONS = {
    ClosureReason.OUTCOMES_ACHIEVED: "Outcomes achieved",
    ClosureReason.STEPPED_UP: "Stepped up to children's social care",
    ClosureReason.STEPPED_DOWN_TO_UNIVERSAL: "Stepped down to universal services",
    ClosureReason.CONSENT_WITHDRAWN: "Family withdrew consent",
    ClosureReason.DISENGAGED: "Family stopped engaging",
    ClosureReason.MOVED_AWAY: "Family moved away",
    ClosureReason.OTHER: "Other",
}

_DECISIONS = {
    ReferralDecision.PENDING: "Not decided yet",
    ReferralDecision.ACCEPTED: "Accepted for early help",
    ReferralDecision.SIGNPOSTED: "Signposted to other services",
    ReferralDecision.NO_FURTHER_ACTION: "No further action",
    ReferralDecision.STEPPED_UP: "Stepped up to children's social care",
}


def tier_label(tier: Tier | None) -> str:
    if tier is None:
        return _tr("Not set")
    return f"{int(tier)} {EN_DASH} {_tr(_TIER_NAMES[tier])}"


def agency_type_label(kind: AgencyType) -> str:
    return _tr(_AGENCY_TYPES[kind])


def closure_reason_label(reason: ClosureReason) -> str:
    return _tr(_CLOSURE_REASONS[reason])


def decision_label(decision: ReferralDecision) -> str:
    return _tr(_DECISIONS[decision])


def contact_kind_label(kind: ContactKind) -> str:
    return _tr(kind.label)


def duration_label(minutes: int) -> str:
    """45 -> "45 min", 60 -> "1 h", 90 -> "1 h 30 min"; 0 (not recorded) -> ""."""
    if minutes <= 0:
        return ""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return _tr("{m} min").format(m=rest)
    if not rest:
        return _tr("{h} h").format(h=hours)
    return _tr("{h} h {m} min").format(h=hours, m=rest)


# --- events ------------------------------------------------------------------------------------


class EventKind(IntEnum):
    """What happened; the value orders events that share a date (earliest in the work first)."""

    REFERRAL = 1
    DECISION = 2
    TIER = 3
    STEP_UP = 4
    STEP_DOWN = 5
    ALLOCATION = 6
    CONTACT = 7
    FEEDBACK = 8
    ALLOCATION_ENDED = 9
    CLOSURE = 10


@dataclass(frozen=True)
class TimelineEvent:
    on: date
    kind: EventKind
    title: str
    detail: str = ""  # the reason, the note, the exit plan: may be long
    who: str = ""  # who decided, recorded, referred or was seen


def build_timeline(view: FamilyFileView) -> list[TimelineEvent]:
    """Every dated event in the family file, newest first."""
    events: list[TimelineEvent] = []
    names = _member_names(view.file)
    for episode in view.episodes:
        details = episode.details
        referral = details.referral
        source = agency_type_label(referral.source_type)
        by = f"{referral.source_name} ({source})" if referral.source_name else source
        events.append(
            TimelineEvent(
                referral.received_on,
                EventKind.REFERRAL,
                _tr("Referral received from {source}").format(source=by),
                referral.reason,
                "",
            )
        )
        if referral.decision is not ReferralDecision.PENDING and referral.decided_on:
            events.append(
                TimelineEvent(
                    referral.decided_on,
                    EventKind.DECISION,
                    _tr("Referral decision: {decision}").format(
                        decision=decision_label(referral.decision)
                    ),
                )
            )
        if referral.feedback_to_referrer_on:
            events.append(
                TimelineEvent(
                    referral.feedback_to_referrer_on,
                    EventKind.FEEDBACK,
                    _tr("Referrer told the outcome"),
                )
            )
        for change in details.tier_history:
            if change.kind is TierChangeKind.INITIAL:
                kind, title = (
                    EventKind.TIER,
                    _tr("Tier set to {tier}").format(tier=tier_label(change.to_tier)),
                )
            else:
                step_up = change.kind is TierChangeKind.STEP_UP
                kind = EventKind.STEP_UP if step_up else EventKind.STEP_DOWN
                template = (
                    _tr("Stepped up from tier {old} to {new}")
                    if step_up
                    else _tr("Stepped down from tier {old} to {new}")
                )
                title = template.format(
                    old=tier_label(change.from_tier), new=tier_label(change.to_tier)
                )
            events.append(TimelineEvent(change.on, kind, title, change.reason, change.decided_by))
        if details.closure is not None:
            closure = details.closure
            detail = _tr("Exit plan: {plan}").format(plan=closure.exit_plan)
            if closure.summary:
                detail += "\n\n" + closure.summary
            events.append(
                TimelineEvent(
                    closure.on,
                    EventKind.CLOSURE,
                    _tr("Episode closed: {reason}").format(
                        reason=closure_reason_label(closure.reason)
                    ),
                    detail,
                )
            )
    for allocation in view.allocations:
        events.append(
            TimelineEvent(
                allocation.allocation.started_on,
                EventKind.ALLOCATION,
                _tr("{worker} became lead professional").format(worker=allocation.worker_name),
                allocation.allocation.reason,
            )
        )
        if allocation.allocation.ended_on is not None:
            events.append(
                TimelineEvent(
                    allocation.allocation.ended_on,
                    EventKind.ALLOCATION_ENDED,
                    _tr("{worker} stopped being lead professional").format(
                        worker=allocation.worker_name
                    ),
                )
            )
    for note in view.contacts:
        seen = [names[m] for m in note.member_ids if m in names]
        who = ", ".join(seen)
        if note.others_present:
            who = f"{who}; {note.others_present}" if who else note.others_present
        title = contact_kind_label(note.kind)
        if note.duration_minutes:
            title = _tr("{kind} ({duration})").format(
                kind=title, duration=duration_label(note.duration_minutes)
            )
        events.append(TimelineEvent(note.occurred_on, EventKind.CONTACT, title, note.text, who))
    # Stable sort: same-day events of the same kind keep their recorded order, then reversed.
    events.sort(key=lambda event: (event.on, int(event.kind)))
    events.reverse()
    return events


def _member_names(file: FamilyFile) -> Mapping[str, str]:
    return {m.id: m.known_as or m.given_names for m in file.members}
