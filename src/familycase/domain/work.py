"""The work done with a family: episodes, referrals, tiers, allocations and contact notes."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field, model_validator

from familycase.domain.enums import (
    AgencyType,
    ClosureReason,
    ContactKind,
    ReferralDecision,
    Tier,
    TierChangeKind,
)
from familycase.domain.family import Record
from familycase.domain.types import LongText, PastDate, RecordId, RequiredText, ShortText

MAX_CONTACT_MINUTES = 24 * 60


class Referral(Record):
    source_type: AgencyType = Field(title="Referred by (type of agency)")
    source_name: ShortText = Field(default="", title="Referrer")
    reason: RequiredText = Field(title="Reason for referral")
    received_on: PastDate = Field(title="Date received")
    consent_to_referral: bool = Field(title="Family consented to the referral")
    decision: ReferralDecision = Field(default=ReferralDecision.PENDING, title="Decision")
    decided_on: PastDate | None = Field(default=None, title="Date of decision")
    decision_reason: LongText = Field(default="", title="Reason for the decision")
    decided_by: ShortText = Field(default="", title="Decided by")
    feedback_to_referrer_on: PastDate | None = Field(
        default=None, title="Referrer told the outcome"
    )

    @model_validator(mode="after")
    def _ordered(self) -> Referral:
        if self.decided_on and self.decided_on < self.received_on:
            raise ValueError("The decision cannot come before the referral was received.")
        if self.decision is not ReferralDecision.PENDING and self.decided_on is None:
            raise ValueError("Give the date the decision was made.")
        if self.feedback_to_referrer_on and self.feedback_to_referrer_on < self.received_on:
            raise ValueError("The referrer cannot be told before the referral was received.")
        return self


class TierChange(Record):
    """Initial tier, or a step up / step down. A step always has a reason."""

    id: RecordId
    kind: TierChangeKind = Field(title="Change")
    from_tier: Tier | None = Field(default=None, title="From tier")
    to_tier: Tier = Field(title="To tier")
    reason: LongText = Field(default="", title="Reason")
    on: PastDate = Field(title="Date")
    decided_by: ShortText = Field(default="", title="Decided by")
    # Where the organisation needs a team leader's approval: who approved it, and when.
    approved_by: ShortText = Field(default="", title="Approved by")
    approved_on: PastDate | None = Field(default=None, title="Approved on")

    @model_validator(mode="after")
    def _consistent(self) -> TierChange:
        if self.kind is TierChangeKind.INITIAL:
            return self
        if not self.reason:
            raise ValueError("A step up or step down needs a reason.")
        if self.from_tier is None:
            raise ValueError("A step up or step down needs the tier it came from.")
        if self.kind is TierChangeKind.STEP_UP and self.to_tier <= self.from_tier:
            raise ValueError("A step up must move to a higher tier.")
        if self.kind is TierChangeKind.STEP_DOWN and self.to_tier >= self.from_tier:
            raise ValueError("A step down must move to a lower tier.")
        return self


class Closure(Record):
    reason: ClosureReason = Field(title="Reason for closing")
    on: PastDate = Field(title="Date closed")
    exit_plan: RequiredText = Field(title="Exit plan")
    summary: LongText = Field(default="", title="Closing summary")
    requested_by: ShortText = Field(default="", title="Asked for by")
    approved_by: ShortText = Field(default="", title="Approved by")
    approved_on: PastDate | None = Field(default=None, title="Approved on")


class EpisodeDetails(Record):
    """The encrypted part of an episode of involvement."""

    referral: Referral
    tier_history: list[TierChange] = Field(default_factory=list)
    closure: Closure | None = None

    @property
    def current_tier(self) -> Tier | None:
        return self.tier_history[-1].to_tier if self.tier_history else None


class NoteContent(Record):
    """What a contact note says (everything a correction can change)."""

    occurred_on: PastDate = Field(title="Date of contact")
    kind: ContactKind = Field(title="Type of contact")
    member_ids: list[str] = Field(default_factory=list, title="Family members seen")
    others_present: ShortText = Field(default="", title="Others present")
    duration_minutes: int = Field(
        default=0, ge=0, le=MAX_CONTACT_MINUTES, title="Duration (minutes)"
    )
    text: RequiredText = Field(title="What happened")
    child_seen: bool = Field(default=False, title="Child seen")
    child_seen_alone: bool = Field(default=False, title="Child seen alone")
    significant: bool = Field(default=False, title="Significant event")

    @model_validator(mode="after")
    def _seen_alone_is_seen(self) -> NoteContent:
        if self.child_seen_alone and not self.child_seen:
            raise ValueError("A child seen alone was seen: tick 'Child seen' too.")
        return self

    def changes_from(self, before: NoteContent) -> list[str]:
        """The titles of the fields that differ from ``before``, in form order."""
        fields = NoteContent.model_fields
        return [
            str(info.title or name)
            for name, info in fields.items()
            if getattr(self, name) != getattr(before, name)
        ]


class NoteEdit(Record):
    """One correction of a contact note: who, when, why, what changed, and the note as it was
    before (so the original is never lost)."""

    at: datetime
    by_id: str
    by_name: ShortText = ""
    reason: ShortText = Field(default="", title="Reason for the change")
    changed: list[str] = Field(default_factory=list)
    before: NoteContent


class ContactNote(NoteContent):
    id: RecordId
    history: list[NoteEdit] = Field(default_factory=list)

    def content(self) -> NoteContent:
        return NoteContent(**self.model_dump(include=set(NoteContent.model_fields)))

    @property
    def original(self) -> NoteContent:
        """The note as first recorded."""
        return self.history[0].before if self.history else self.content()

    @property
    def edited(self) -> bool:
        return bool(self.history)


class LeadAllocation(Record):
    """One period as lead professional. History is kept; a new allocation ends the old one."""

    worker_id: str
    started_on: date
    ended_on: date | None = None
    reason: ShortText = Field(default="", title="Reason")
    allocated_by: str = ""
