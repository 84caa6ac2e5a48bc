"""A family's chronology: every significant event in the file, as one dated list.

``build_timeline`` makes it from an opened family file (``families.FamilyFileView``: each
episode's referral, decision and feedback to the referrer, tier changes, lead professionals,
risk and alert flags, contacts, closure) and, when given, the records the file view does not
carry (``ChronologySources``, read by ``gather``: assessments started, completed and signed
off, outcome readings, plan versions, reviews and TAF meetings, consent given, withdrawn and
overridden, household changes and significant events recorded by hand). ``chronology`` does
both for one family. Newest first; on the same day, events keep the order in which they happen
in the work (referral, decision, tier, allocation ... closure), reversed.

Each event names the people it is about (none: the whole family) and the category of
information it is, so that a printed chronology goes through the consent gate event by event
(``print_decisions``) and a filter can pick one person's events.

The words for the fixed vocabularies (types of agency, closure reasons, decisions) live here
too, so that the desktop app and any report use the same phrases.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum, StrEnum

from sqlalchemy import select

from familycase.domain.assessment import Assessment, AssessmentStatus
from familycase.domain.chronology import ChronologyEntry, EntryKind
from familycase.domain.consent import (
    ConsentRecord,
    GateDecision,
    InfoCategory,
    Purpose,
    SharingOverride,
)
from familycase.domain.enums import (
    AgencyType,
    ClosureReason,
    ContactKind,
    ReferralDecision,
    Tier,
    TierChangeKind,
)
from familycase.domain.family import FamilyFile
from familycase.domain.instruments import InstrumentKind
from familycase.domain.plan import FamilyPlan, Review, ReviewKind
from familycase.domain.risk import RiskFlag
from familycase.i18n import tr
from familycase.services import chronology_log, consent, families
from familycase.services.consent import Recipient
from familycase.services.families import FamilyFileView
from familycase.services.records import family_row, unseal_row
from familycase.services.vault import UserSession
from familycase.store.schema import (
    AssessmentRow,
    ConsentRow,
    FamilyPlanRow,
    InstrumentDefinitionRow,
    ReviewRow,
    SharingOverrideRow,
    UserRow,
)

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


def recipient_text(recipient: Recipient) -> str:
    """ "Demoford Primary (School)", or just the type of agency when no name was given."""
    kind = agency_type_label(recipient.agency_type)
    return f"{recipient.name} ({kind})" if recipient.name else kind


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

    REFERRAL = 10
    DECISION = 20
    TIER = 30
    STEP_UP = 40
    STEP_DOWN = 50
    ALLOCATION = 60
    CONSENT_GIVEN = 62
    RISK_STARTED = 64
    HOUSEHOLD = 66
    ASSESSMENT_STARTED = 68
    CONTACT = 70
    SIGNIFICANT_EVENT = 72
    ASSESSMENT_COMPLETED = 74
    READING = 76
    ASSESSMENT_SIGNED_OFF = 78
    PLAN = 80
    REVIEW = 82
    TAF_MEETING = 84
    CONSENT_OVERRIDE = 86
    CONSENT_WITHDRAWN = 88
    RISK_ENDED = 89
    FEEDBACK = 90
    ALLOCATION_ENDED = 92
    CLOSURE = 100


class EventGroup(StrEnum):
    """The kinds of event a chronology can be filtered by, as people think of them."""

    REFERRAL = "referral"
    TIER_AND_LEAD = "tier_and_lead"
    RISKS = "risks"
    ASSESSMENTS = "assessments"
    OUTCOMES = "outcomes"
    PLANS_AND_REVIEWS = "plans_and_reviews"
    CONSENT = "consent"
    HOUSEHOLD = "household"
    CONTACTS = "contacts"
    EVENTS = "events"
    CLOSURE = "closure"

    @property
    def label(self) -> str:
        return _tr(_GROUP_WORDS[self])


_GROUP_WORDS = {
    EventGroup.REFERRAL: "Referral and decision",
    EventGroup.TIER_AND_LEAD: "Tier and lead professional",
    EventGroup.RISKS: "Risk and alert flags",
    EventGroup.ASSESSMENTS: "Assessments",
    EventGroup.OUTCOMES: "Outcome readings",
    EventGroup.PLANS_AND_REVIEWS: "Plans, reviews and TAF meetings",
    EventGroup.CONSENT: "Consent",
    EventGroup.HOUSEHOLD: "Household changes",
    EventGroup.CONTACTS: "Contacts",
    EventGroup.EVENTS: "Significant events",
    EventGroup.CLOSURE: "Closure",
}
GROUP_OF = {
    EventKind.REFERRAL: EventGroup.REFERRAL,
    EventKind.DECISION: EventGroup.REFERRAL,
    EventKind.FEEDBACK: EventGroup.REFERRAL,
    EventKind.TIER: EventGroup.TIER_AND_LEAD,
    EventKind.STEP_UP: EventGroup.TIER_AND_LEAD,
    EventKind.STEP_DOWN: EventGroup.TIER_AND_LEAD,
    EventKind.ALLOCATION: EventGroup.TIER_AND_LEAD,
    EventKind.ALLOCATION_ENDED: EventGroup.TIER_AND_LEAD,
    EventKind.RISK_STARTED: EventGroup.RISKS,
    EventKind.RISK_ENDED: EventGroup.RISKS,
    EventKind.ASSESSMENT_STARTED: EventGroup.ASSESSMENTS,
    EventKind.ASSESSMENT_COMPLETED: EventGroup.ASSESSMENTS,
    EventKind.ASSESSMENT_SIGNED_OFF: EventGroup.ASSESSMENTS,
    EventKind.READING: EventGroup.OUTCOMES,
    EventKind.PLAN: EventGroup.PLANS_AND_REVIEWS,
    EventKind.REVIEW: EventGroup.PLANS_AND_REVIEWS,
    EventKind.TAF_MEETING: EventGroup.PLANS_AND_REVIEWS,
    EventKind.CONSENT_GIVEN: EventGroup.CONSENT,
    EventKind.CONSENT_WITHDRAWN: EventGroup.CONSENT,
    EventKind.CONSENT_OVERRIDE: EventGroup.CONSENT,
    EventKind.HOUSEHOLD: EventGroup.HOUSEHOLD,
    EventKind.CONTACT: EventGroup.CONTACTS,
    EventKind.SIGNIFICANT_EVENT: EventGroup.EVENTS,
    EventKind.CLOSURE: EventGroup.CLOSURE,
}
_WORK = InfoCategory.ASSESSMENT_AND_PLAN


@dataclass(frozen=True)
class TimelineEvent:
    on: date
    kind: EventKind
    title: str
    detail: str = ""  # the reason, the note, the exit plan: may be long
    who: str = ""  # who decided, recorded, referred or was seen
    member_ids: tuple[str, ...] = ()  # the people it is about or names; () the whole family
    category: InfoCategory = _WORK  # what kind of information it is, for the consent gate
    significant: bool = True  # a contact not marked significant is False

    @property
    def group(self) -> EventGroup:
        return GROUP_OF[self.kind]


@dataclass(frozen=True)
class ChronologySources:
    """What a chronology reads beyond the family file view (``gather``)."""

    assessments: list[tuple[Assessment, str, InstrumentKind, str]] = field(default_factory=list)
    plans: list[tuple[int, date, str, FamilyPlan]] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    consents: list[ConsentRecord] = field(default_factory=list)
    overrides: list[SharingOverride] = field(default_factory=list)
    entries: list[ChronologyEntry] = field(default_factory=list)


def build_timeline(
    view: FamilyFileView, sources: ChronologySources | None = None
) -> list[TimelineEvent]:
    """Every dated event in the family file (and ``sources``), newest first."""
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
                    referral.decision_reason,
                    referral.decided_by,
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
        marks = [
            text
            for flag, text in (
                (note.child_seen_alone, _tr("child seen alone")),
                (note.child_seen and not note.child_seen_alone, _tr("child seen")),
                (note.edited, _tr("corrected")),
            )
            if flag
        ]
        if marks:
            title = f"{title} {EN_DASH} {', '.join(marks)}"
        events.append(
            TimelineEvent(
                note.occurred_on,
                EventKind.CONTACT,
                title,
                note.text,
                who,
                tuple(note.member_ids),
                significant=note.significant,
            )
        )
    events += _risk_events(view.risks, names)
    if sources is not None:
        household = frozenset(m.id for m in view.file.members if m.lives_in_household)
        events += _source_events(sources, names, household)
    # Stable sort: same-day events of the same kind keep their recorded order, then reversed.
    events.sort(key=lambda event: (event.on, int(event.kind)))
    events.reverse()
    return events


def _about(member_ids: Sequence[str], names: Mapping[str, str]) -> str:
    return ", ".join(names.get(m, "?") for m in member_ids)


def _risk_events(flags: Iterable[RiskFlag], names: Mapping[str, str]) -> list[TimelineEvent]:
    events = []
    for flag in flags:
        about = _about(flag.member_ids, names) or _tr("the whole family")
        source = flag.source_agency_name or (
            agency_type_label(flag.source_agency_type) if flag.source_agency_type else ""
        )
        detail = "\n".join(
            x
            for x in (_tr("Told by {source}").format(source=source) if source else "", flag.note)
            if x
        )
        ids = tuple(flag.member_ids)
        category = flag.gate_category
        events.append(
            TimelineEvent(
                flag.started_on,
                EventKind.RISK_STARTED,
                _tr("Alert: {kind} ({about})").format(kind=_tr(flag.title), about=about),
                detail,
                flag.recorded_by,
                ids,
                category,
            )
        )
        if flag.ended_on is not None:
            events.append(
                TimelineEvent(
                    flag.ended_on,
                    EventKind.RISK_ENDED,
                    _tr("Alert ended: {kind} ({about})").format(kind=_tr(flag.title), about=about),
                    flag.end_reason,
                    "",
                    ids,
                    category,
                )
            )
    return events


def _source_events(
    sources: ChronologySources, names: Mapping[str, str], household: frozenset[str]
) -> list[TimelineEvent]:
    events: list[TimelineEvent] = []
    for assessment, title, kind, started_by in sources.assessments:
        ids = tuple(subject.member_id for subject in assessment.subjects)
        if household and household <= set(ids):
            ids = ()  # about the whole household: a family event, not a list of names
        about = _about(ids, names)
        named = f"{title} ({about})" if about else title
        if kind is InstrumentKind.OUTCOME_MEASURE:
            if assessment.completed_on is not None:
                events.append(
                    TimelineEvent(
                        assessment.assessed_on,
                        EventKind.READING,
                        _tr("Outcome reading: {title}").format(title=named),
                        "",
                        _completed_by(assessment),
                        ids,
                        InfoCategory.OUTCOMES,
                    )
                )
            continue
        events.append(
            TimelineEvent(
                assessment.assessed_on,
                EventKind.ASSESSMENT_STARTED,
                _tr("Assessment started: {title}").format(title=named),
                "",
                started_by,
                ids,
            )
        )
        if assessment.completed_on is not None:
            events.append(
                TimelineEvent(
                    assessment.completed_on,
                    EventKind.ASSESSMENT_COMPLETED,
                    _tr("Assessment completed: {title}").format(title=named),
                    "",
                    _completed_by(assessment),
                    ids,
                )
            )
        if assessment.signed_off_on is not None:
            events.append(
                TimelineEvent(
                    assessment.signed_off_on,
                    EventKind.ASSESSMENT_SIGNED_OFF,
                    _tr("Assessment signed off: {title}").format(title=named),
                    "",
                    assessment.signed_off_by,
                    ids,
                )
            )
    for version, on, made_by, plan in sources.plans:
        detail = plan.change_note or _tr("{outcomes} outcome(s), {actions} action(s)").format(
            outcomes=len(plan.outcomes), actions=len(plan.actions)
        )
        title = (
            _tr("Family plan agreed")
            if version == 1
            else _tr("Family plan changed (version {n})").format(n=version)
        )
        events.append(TimelineEvent(on, EventKind.PLAN, title, detail, made_by))
    for review in sources.reviews:
        taf = review.kind is ReviewKind.TAF_MEETING
        attended = [a.name for a in review.attendees if a.attended]
        detail = "\n".join(
            x
            for x in (
                _tr("Attended: {names}").format(names=", ".join(attended)) if attended else "",
                review.decisions,
            )
            if x
        )
        events.append(
            TimelineEvent(
                review.held_on,
                EventKind.TAF_MEETING if taf else EventKind.REVIEW,
                _tr("Team Around the Family meeting") if taf else _tr("Review of the plan"),
                detail,
                review.recorded_by,
            )
        )
    for record in sources.consents:
        person = names.get(record.member_id, "?")
        agencies = ", ".join(agency_type_label(a) for a in record.agencies)
        events.append(
            TimelineEvent(
                record.given_on,
                EventKind.CONSENT_GIVEN,
                _tr("Consent to share given for {person}").format(person=person),
                _tr("With: {agencies}").format(agencies=agencies),
                "",
                (record.member_id,),
                InfoCategory.BASIC_DETAILS,
            )
        )
        if record.withdrawal is not None:
            events.append(
                TimelineEvent(
                    record.withdrawal.on,
                    EventKind.CONSENT_WITHDRAWN,
                    _tr("Consent to share withdrawn for {person}").format(person=person),
                    record.withdrawal.reason,
                    record.withdrawal.recorded_by,
                    (record.member_id,),
                    InfoCategory.BASIC_DETAILS,
                )
            )
    for override in sources.overrides:
        person = names.get(override.member_id, "?")
        agency = override.agency_name or agency_type_label(override.agency)
        events.append(
            TimelineEvent(
                override.decided_on,
                EventKind.CONSENT_OVERRIDE,
                _tr("Decision to share about {person} without consent, with {agency}").format(
                    person=person, agency=agency
                ),
                override.reason,
                override.decided_by,
                (override.member_id,),
                InfoCategory.BASIC_DETAILS,
            )
        )
    for entry in sources.entries:
        automatic = entry.kind is not EntryKind.SIGNIFICANT_EVENT
        events.append(
            TimelineEvent(
                entry.on,
                EventKind.HOUSEHOLD if automatic else EventKind.SIGNIFICANT_EVENT,
                entry.title,
                entry.detail,
                entry.recorded_by,
                tuple(entry.member_ids),
                entry.category,
            )
        )
    return events


def _completed_by(assessment: Assessment) -> str:
    for change in reversed(assessment.history):
        if change.status is AssessmentStatus.COMPLETE:
            return change.by_name
    return ""


def _member_names(file: FamilyFile) -> Mapping[str, str]:
    return {m.id: m.known_as or m.given_names for m in file.members}


# --- reading, filtering, printing ----------------------------------------------------------------


def gather(us: UserSession, family_id: str) -> ChronologySources:
    """Read (and decrypt) the records the file view does not carry, in one read."""
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        ref = family.reference
        workers = dict(s.execute(select(UserRow.id, UserRow.display_name)).all())
        found = []
        for row, title, kind in s.execute(
            select(AssessmentRow, InstrumentDefinitionRow.title, AssessmentRow.kind)
            .join(
                InstrumentDefinitionRow, InstrumentDefinitionRow.key == AssessmentRow.instrument_key
            )
            .where(AssessmentRow.family_id == family_id)
            .order_by(AssessmentRow.assessed_on)
        ):
            found.append(
                (
                    unseal_row(us, Assessment, row, ref),
                    title,
                    InstrumentKind(kind),
                    workers.get(row.created_by, ""),
                )
            )
        plans = [
            (row.version, row.made_at.date(), workers.get(row.made_by, ""),
             unseal_row(us, FamilyPlan, row, ref))
            for row in s.scalars(
                select(FamilyPlanRow)
                .where(FamilyPlanRow.family_id == family_id)
                .order_by(FamilyPlanRow.version)
            )
        ]  # fmt: skip

        def records(table: type, model: type) -> list:
            return [
                unseal_row(us, model, row, ref)
                for row in s.scalars(select(table).where(table.family_id == family_id))
            ]

        return ChronologySources(
            assessments=found,
            plans=plans,
            reviews=records(ReviewRow, Review),
            consents=records(ConsentRow, ConsentRecord),
            overrides=records(SharingOverrideRow, SharingOverride),
            entries=chronology_log.entries(us, s, family_id, ref),
        )


@dataclass(frozen=True)
class Chronology:
    view: FamilyFileView
    events: list[TimelineEvent]  # everything, newest first

    def filtered(self, wanted: ChronologyFilter) -> list[TimelineEvent]:
        return wanted.apply(self.events)


def chronology(us: UserSession, family_id: str) -> Chronology:
    """The family's whole chronology (opening the file is recorded as a view)."""
    view = families.open_family(us, family_id)
    return Chronology(view, build_timeline(view, gather(us, family_id)))


@dataclass(frozen=True)
class ChronologyFilter:
    """Which events to show. ``member_id``: that person's events and the whole family's.
    Contacts count only when marked significant, unless ``all_contacts``."""

    groups: frozenset[EventGroup] | None = None  # None: every kind
    member_id: str | None = None
    since: date | None = None
    until: date | None = None
    all_contacts: bool = False

    def keeps(self, event: TimelineEvent) -> bool:
        if self.groups is not None and event.group not in self.groups:
            return False
        if not event.significant and not self.all_contacts:
            return False
        if (
            self.member_id is not None
            and event.member_ids
            and (self.member_id not in event.member_ids)
        ):
            return False
        if self.since is not None and event.on < self.since:
            return False
        return self.until is None or event.on <= self.until

    def apply(self, events: Iterable[TimelineEvent]) -> list[TimelineEvent]:
        return [event for event in events if self.keeps(event)]


def gate_items(event: TimelineEvent, everyone: Sequence[str]) -> list[tuple[str, InfoCategory]]:
    """What the consent gate must allow for an event to be printed for someone."""
    return consent.items_about(event.member_ids, event.category, everyone)


@dataclass(frozen=True)
class ChronologyPrint:
    """A chronology checked for one recipient: what may be printed, and what is withheld."""

    family_id: str
    reference: str
    family_name: str | None  # None where the family's basic details are withheld
    recipient: Recipient
    purpose: Purpose
    shown: list[TimelineEvent]
    withheld: int
    decisions: list[GateDecision]
    wanted: ChronologyFilter
    person: str = ""  # the person filtered on, if any (and their basic details are allowed)


def prepare_print(
    us: UserSession,
    family_id: str,
    recipient: Recipient,
    purpose: Purpose = Purpose.ASSESSMENT_AND_PLANNING,
    wanted: ChronologyFilter | None = None,
) -> ChronologyPrint:
    """Check every event of the (filtered) chronology with the consent gate for ``recipient``;
    nothing is logged yet (``record_printed`` once the file exists)."""
    wanted = wanted or ChronologyFilter()
    found = chronology(us, family_id)
    view = found.view
    everyone = [m.id for m in view.file.members]
    events = found.filtered(wanted)
    per_event = [gate_items(event, everyone) for event in events]
    basics = [(m, InfoCategory.BASIC_DETAILS) for m in everyone]  # the family's name
    items = list(dict.fromkeys([*(item for needed in per_event for item in needed), *basics]))
    decisions = consent.check(us, family_id, recipient, purpose, items) if items else []
    allowed = {(d.member_id, d.category) for d in decisions if d.allowed}
    shown = [e for e, needed in zip(events, per_event, strict=True) if set(needed) <= allowed]
    named_ok = all((m, InfoCategory.BASIC_DETAILS) in allowed for m in everyone)
    person = ""
    if wanted.member_id and (wanted.member_id, InfoCategory.BASIC_DETAILS) in allowed:
        person = view.file.member(wanted.member_id).full_name
    return ChronologyPrint(
        family_id=family_id,
        reference=view.file.reference,
        family_name=view.file.details.family_name if named_ok else None,
        recipient=recipient,
        purpose=purpose,
        shown=shown,
        withheld=len(events) - len(shown),
        decisions=decisions,
        wanted=wanted,
        person=person,
    )


def record_printed(us: UserSession, printed: ChronologyPrint, channel: str = "print") -> str:
    """Once the PDF exists: the gate's decisions go into the share log (with an audit entry)."""
    return consent.log_share(
        us,
        printed.family_id,
        printed.recipient,
        printed.purpose,
        printed.decisions,
        channel,
        f"Chronology ({len(printed.shown)} events, {printed.withheld} withheld)",
    )
