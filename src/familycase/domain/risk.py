"""Risk and alert flags: the statuses a family file must show at a glance.

A child protection plan, a child in need plan, a looked-after child, domestic abuse discussed at
a MARAC, going missing, exploitation, caring for a family member: each changes what may be shared
and who decides, so each is a dated flag on the family or on named people, with the agency that
told us and a note. Flags end; they are never deleted, so the chronology keeps them.

Every flag has a category of information for the consent gate (a child protection plan is
children's social care information, domestic abuse is its own category): panel summaries and
printed chronologies share a flag only where the gate allows it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from pydantic import Field, model_validator

from familycase.domain.consent import InfoCategory
from familycase.domain.enums import AgencyType
from familycase.domain.family import Record
from familycase.domain.types import LongText, PastDate, RecordId, ShortText


class RiskKind(StrEnum):
    CHILD_PROTECTION_PLAN = "child_protection_plan"
    CHILD_IN_NEED_PLAN = "child_in_need_plan"
    LOOKED_AFTER = "looked_after"
    DOMESTIC_ABUSE = "domestic_abuse"  # domestic abuse, including a MARAC referral
    MISSING_FROM_HOME = "missing_from_home"
    EXPLOITATION = "exploitation"  # criminal or sexual exploitation
    YOUNG_CARER = "young_carer"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def short(self) -> str:
        """A few letters for a caseload column or a banner."""
        return _SHORT[self]

    @property
    def statutory(self) -> bool:
        """Held by children's social care under the Children Act 1989."""
        return self in STATUTORY


_LABELS = {
    RiskKind.CHILD_PROTECTION_PLAN: "Child protection plan",
    RiskKind.CHILD_IN_NEED_PLAN: "Child in need plan",
    RiskKind.LOOKED_AFTER: "Looked after child",
    RiskKind.DOMESTIC_ABUSE: "Domestic abuse / MARAC",
    RiskKind.MISSING_FROM_HOME: "Missing from home",
    RiskKind.EXPLOITATION: "Risk of exploitation",
    RiskKind.YOUNG_CARER: "Young carer",
    RiskKind.OTHER: "Other alert",
}
_SHORT = {
    RiskKind.CHILD_PROTECTION_PLAN: "CP plan",
    RiskKind.CHILD_IN_NEED_PLAN: "CIN plan",
    RiskKind.LOOKED_AFTER: "Looked after",
    RiskKind.DOMESTIC_ABUSE: "DA / MARAC",
    RiskKind.MISSING_FROM_HOME: "Missing",
    RiskKind.EXPLOITATION: "Exploitation",
    RiskKind.YOUNG_CARER: "Young carer",
    RiskKind.OTHER: "Alert",
}
STATUTORY = frozenset(
    {RiskKind.CHILD_PROTECTION_PLAN, RiskKind.CHILD_IN_NEED_PLAN, RiskKind.LOOKED_AFTER}
)
# The consent gate's category for each kind. Safeguarding statuses are children's social care
# information; domestic abuse has its own category. "Other" names its own.
DEFAULT_CATEGORY = {
    RiskKind.CHILD_PROTECTION_PLAN: InfoCategory.SOCIAL_CARE,
    RiskKind.CHILD_IN_NEED_PLAN: InfoCategory.SOCIAL_CARE,
    RiskKind.LOOKED_AFTER: InfoCategory.SOCIAL_CARE,
    RiskKind.DOMESTIC_ABUSE: InfoCategory.DOMESTIC_ABUSE,
    RiskKind.MISSING_FROM_HOME: InfoCategory.SOCIAL_CARE,
    RiskKind.EXPLOITATION: InfoCategory.SOCIAL_CARE,
    RiskKind.YOUNG_CARER: InfoCategory.SOCIAL_CARE,
}


class RiskFlag(Record):
    """One risk or alert flag, on the whole family (no people named) or on named people."""

    id: RecordId
    kind: RiskKind = Field(title="Kind of alert")
    other_kind: ShortText = Field(default="", title="What kind of alert")
    member_ids: list[str] = Field(default_factory=list, title="About")
    category: InfoCategory | None = Field(default=None, title="Type of information")
    started_on: PastDate = Field(title="Since")
    ended_on: PastDate | None = Field(default=None, title="Ended on")
    source_agency_type: AgencyType | None = Field(default=None, title="Told by (type of agency)")
    source_agency_name: ShortText = Field(default="", title="Told by (agency)")
    note: LongText = Field(default="", title="Note")
    end_reason: ShortText = Field(default="", title="Why it ended")
    recorded_by: ShortText = Field(default="", title="Recorded by")

    @model_validator(mode="after")
    def _coherent(self) -> RiskFlag:
        if self.kind is RiskKind.OTHER:
            if not self.other_kind:
                raise ValueError("Say what kind of alert this is.")
            if self.category is None:
                raise ValueError("Choose the type of information this alert is.")
        if self.ended_on is not None and self.ended_on < self.started_on:
            raise ValueError("An alert cannot end before it started.")
        if len(set(self.member_ids)) != len(self.member_ids):
            raise ValueError("A person is named twice.")
        return self

    @property
    def gate_category(self) -> InfoCategory:
        """The category the consent gate decides this flag's sharing by."""
        if self.category is not None:
            return self.category
        return DEFAULT_CATEGORY[self.kind]

    @property
    def title(self) -> str:
        return self.other_kind if self.kind is RiskKind.OTHER else self.kind.label

    def current_on(self, day: date) -> bool:
        """In force on ``day``: started, and not ended on or before it."""
        return self.started_on <= day and (self.ended_on is None or self.ended_on > day)


class AlertMark(Record):
    """What caseload lists keep of a flag, inside the family's encrypted list summary: its
    kind and dates, so a marker shows in lists without a plaintext column saying what it is."""

    kind: RiskKind
    started_on: date
    ended_on: date | None = None

    def current_on(self, day: date) -> bool:
        return self.started_on <= day and (self.ended_on is None or self.ended_on > day)


def in_order(flags: Iterable[RiskFlag], on: date) -> list[RiskFlag]:
    """Current flags first, then ended ones; newest first within each."""
    return sorted(flags, key=lambda f: (not f.current_on(on), -f.started_on.toordinal(), f.kind))
