"""Subject access: everything FamilyCase holds about one person, and nobody else.

Other household members appear only by their role ("a parent in the household"), never by name
or details. Free text written by workers (notes, referral reasons) is included and marked for a
check before release, because it can mention other people.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field

from familycase.domain.chronology import ChronologyEntry
from familycase.domain.consent import ConsentRecord, SharingOverride
from familycase.domain.documents import DocumentInfo
from familycase.domain.family import AgencyInvolvement, Member
from familycase.domain.risk import RiskFlag
from familycase.domain.work import ContactNote
from familycase.services import assessments, documents, families, plans, timeline
from familycase.services import consent as consent_service
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now
from familycase.services.errors import UnknownRecord
from familycase.services.vault import UserSession

FORMAT = "familycase.subject-access/1"
FREE_TEXT_WARNING = (
    "Free text written by workers is included as recorded. Before release, check it for "
    "information about other people and redact what they have not agreed to share."
)


class RelationshipEntry(BaseModel):
    relationship: str
    other_person: str  # described by role only


class EpisodeEntry(BaseModel):
    opened_on: date
    closed_on: date | None
    referral_source: str
    referral_reason: str
    referral_decision: str
    tiers: list[tuple[date, int]]
    closure_reason: str | None


class ShareEntry(BaseModel):
    at: datetime
    channel: str
    recipient: str
    purpose: str
    decisions: list[dict[str, Any]]


class AssessmentEntry(BaseModel):
    title: str
    assessed_on: date
    status: str
    answers: list[tuple[str, str]]  # (question, answer) about this person or the whole family


class PlanEntry(BaseModel):
    version: int
    made_on: date
    outcomes: list[str]


class SubjectAccessPack(BaseModel):
    format: str = FORMAT
    produced_at: datetime
    produced_by: str
    family_reference: str
    person: Member
    household_address: str | None
    relationships: list[RelationshipEntry] = Field(default_factory=list)
    agencies: list[AgencyInvolvement] = Field(default_factory=list)
    episodes: list[EpisodeEntry] = Field(default_factory=list)
    contacts: list[ContactNote] = Field(default_factory=list)
    consents: list[ConsentRecord] = Field(default_factory=list)
    sharing_without_consent: list[SharingOverride] = Field(default_factory=list)
    sharing_decisions: list[ShareEntry] = Field(default_factory=list)
    assessments: list[AssessmentEntry] = Field(default_factory=list)
    plans: list[PlanEntry] = Field(default_factory=list)
    meetings_attended: list[date] = Field(default_factory=list)
    # The practice records: alerts about them (or the whole family), events about them,
    # documents about them (listed: a copy of each can be saved from the family file), and
    # the other family files that record them as the same person.
    alerts: list[RiskFlag] = Field(default_factory=list)
    events: list[ChronologyEntry] = Field(default_factory=list)
    documents: list[DocumentInfo] = Field(default_factory=list)
    also_recorded_in: list[str] = Field(default_factory=list)
    notice: str = FREE_TEXT_WARNING


def _assessments(us: UserSession, family_id: str, member_id: str) -> list[AssessmentEntry]:
    """Answers about this person, or about the whole family, from assessments that are about
    them or the family; never answers about another person."""
    entries = []
    for item in assessments.list_assessments(us, family_id):
        view = assessments.open_assessment(us, family_id, item.id)
        subjects = view.assessment.member_ids()
        if subjects and member_id not in subjects:
            continue
        labels = {q.id: q.text for _section, q in view.definition.questions()}
        answers = [
            (labels.get(a.question_id, a.question_id), _answer_text(a.value))
            for a in view.assessment.answers
            if a.member_id in (None, member_id) and a.value not in (None, "", [])
        ]
        entries.append(
            AssessmentEntry(
                title=item.title,
                assessed_on=item.assessed_on,
                status=item.status.value,
                answers=answers,
            )
        )
    return entries


def _answer_text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, BaseModel):
        return "; ".join(f"{k}: {v}" for k, v in value.model_dump().items() if v)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items() if v)
    return str(value)


def subject_access(us: UserSession, family_id: str, member_id: str) -> SubjectAccessPack:
    view = families.open_family(us, family_id)
    file = view.file
    person = next((m for m in file.members if m.id == member_id), None)
    if person is None:
        raise UnknownRecord("That person is not in this family file.")
    roles = {m.id: m.household_role.value.replace("_", " ") for m in file.members}

    def other(member: str) -> str:
        return f"a {roles.get(member, 'person')} in the household"

    relationships = []
    for rel in file.relationships:
        kind = rel.kind.value.replace("_", " ")
        if rel.from_member_id == member_id:
            relationships.append(
                RelationshipEntry(relationship=f"is {kind}", other_person=other(rel.to_member_id))
            )
        elif rel.to_member_id == member_id:
            relationships.append(
                RelationshipEntry(
                    relationship=f"{kind} (the other way)", other_person=other(rel.from_member_id)
                )
            )
    agencies = [
        a.model_copy(update={"member_ids": [member_id]})
        for a in file.agencies
        if member_id in a.member_ids
    ]
    contacts = [
        c.model_copy(
            update={
                "member_ids": [member_id],
                "history": [
                    e.model_copy(
                        update={"before": e.before.model_copy(update={"member_ids": [member_id]})}
                    )
                    for e in c.history
                ],
            }
        )
        for c in view.contacts
        if member_id in c.member_ids
    ]

    def about_them(ids: list[str]) -> list[str] | None:
        """[] for the whole family, [the person] when named, None when about others only."""
        if not ids:
            return []
        return [member_id] if member_id in ids else None

    alerts = [
        f.model_copy(update={"member_ids": about})
        for f in view.risks
        if (about := about_them(f.member_ids)) is not None
    ]
    events = [
        e.model_copy(update={"member_ids": [member_id]})
        for e in timeline.gather(us, family_id).entries
        if member_id in e.member_ids
    ]
    kept = [d.info for d in documents.documents(us, family_id) if d.info.member_id == member_id]
    episodes = [
        EpisodeEntry(
            opened_on=e.opened_on,
            closed_on=e.closed_on,
            referral_source=e.details.referral.source_type.value,
            referral_reason=e.details.referral.reason,
            referral_decision=e.details.referral.decision.value,
            tiers=[(t.on, int(t.to_tier)) for t in e.details.tier_history],
            closure_reason=e.details.closure.reason.value if e.details.closure else None,
        )
        for e in view.episodes
    ]
    shares = [
        ShareEntry(
            at=log.at,
            channel=log.channel,
            recipient=(
                f"{log.entry.recipient.agency_type.value.replace('_', ' ').capitalize()} "
                f"{log.entry.recipient.name}"
            ).strip(),
            purpose=log.entry.purpose.value,
            decisions=[
                {"category": d.category.value, "outcome": d.outcome.value, "reasons": d.reasons}
                for d in log.entry.decisions
                if d.member_id == member_id
            ],
        )
        for log in consent_service.share_log(us, family_id)
        if any(d.member_id == member_id for d in log.entry.decisions)
    ]
    lives_here = person.lives_in_household and person.address is None
    about_them = _assessments(us, family_id, member_id)
    plan_entries = [
        PlanEntry(
            version=v.version,
            made_on=v.made_at.date(),
            outcomes=[o.text for o in v.plan.outcomes if member_id in o.member_ids],
        )
        for v in plans.plan_versions(us, family_id)
    ]
    meetings = [
        r.review.held_on
        for r in plans.reviews(us, family_id)
        if any(a.member_id == member_id for a in r.review.attendees)
    ]
    pack = SubjectAccessPack(
        produced_at=now(),
        produced_by=us.worker.display_name,
        family_reference=file.reference,
        person=person,
        household_address=(
            file.details.address.one_line() if lives_here and file.details.address else None
        ),
        relationships=relationships,
        agencies=agencies,
        episodes=episodes,
        contacts=contacts,
        consents=[c for c in consent_service.consents(us, family_id) if c.member_id == member_id],
        sharing_without_consent=[
            o for o in consent_service.overrides(us, family_id) if o.member_id == member_id
        ],
        sharing_decisions=shares,
        assessments=about_them,
        plans=[entry for entry in plan_entries if entry.outcomes],
        meetings_attended=meetings,
        alerts=alerts,
        events=events,
        documents=kept,
        also_recorded_in=[
            link.other_reference
            for link in view.links
            if link.member_id == member_id and link.same_person
        ],
    )
    with us.write() as s:
        us.audit(s, AuditEvent(Action.SUBJECT_ACCESS, "member", member_id, {"family": family_id}))
    return pack
