"""Requests for a team leader's approval: a step up, a step down or a closure asked for by a
key worker, pending until a team leader approves it (then it takes effect) or returns it with
a reason. Pure: the services store these sealed to the family (services/approvals.py).

Assessment sign-off needs no request record: a completed assessment *is* the request, and the
team leader signs it off or returns it to draft (services/assessments.py).
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, model_validator

from familycase.domain.enums import Tier
from familycase.domain.family import Record
from familycase.domain.settings import ApprovalKind
from familycase.domain.types import LongText, PastDate, RequiredText, ShortText
from familycase.domain.work import Closure


class ApprovalStatus(StrEnum):
    PENDING = "pending"  # asked for, waiting for a team leader
    APPROVED = "approved"  # the change has taken effect
    RETURNED = "returned"  # sent back with a reason; nothing changed
    WITHDRAWN = "withdrawn"  # the person who asked took it back

    @property
    def label(self) -> str:
        return {
            "pending": "Waiting for a team leader",
            "approved": "Approved",
            "returned": "Returned",
            "withdrawn": "Withdrawn",
        }[self.value]


class TierChangeAsked(Record):
    """The step asked for: to which tier, why, and the date of the decision to step."""

    to_tier: Tier = Field(title="To tier")
    reason: RequiredText = Field(title="Reason")
    on: PastDate = Field(title="Date")


class ApprovalRequest(Record):
    """What is asked (sealed to the family) and, once decided, the decision."""

    kind: ApprovalKind
    episode_id: str
    from_tier: Tier | None = None
    tier_change: TierChangeAsked | None = None
    closure: Closure | None = None
    requested_by_name: ShortText = ""
    note: LongText = Field(default="", title="Note for the team leader")
    decided_by_name: ShortText = ""
    decision_note: LongText = Field(default="", title="Reason")

    @model_validator(mode="after")
    def _what_is_asked(self) -> ApprovalRequest:
        if self.kind in (ApprovalKind.STEP_UP, ApprovalKind.STEP_DOWN):
            if self.tier_change is None or self.closure is not None:
                raise ValueError("A request to step up or down names the tier it asks for.")
        elif self.kind is ApprovalKind.CLOSURE:
            if self.closure is None or self.tier_change is not None:
                raise ValueError("A request to close gives the closure it asks for.")
        else:
            raise ValueError("Assessment sign-off is asked for by completing the assessment.")
        return self

    @property
    def reason(self) -> str:
        if self.tier_change is not None:
            return self.tier_change.reason
        return self.closure.exit_plan if self.closure is not None else ""
