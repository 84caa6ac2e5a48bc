"""Events a chronology needs that no other record keeps: changes to the household (someone
joins, leaves, moves out or in, is born; the family moves house) and significant events a
worker records by hand (an exclusion, an incident, a hospital admission).

Everything else in a chronology (referrals, assessments, plans, reviews, consent, tiers, lead
professionals, risk flags, contacts marked significant) is read from its own record.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, model_validator

from familycase.domain.consent import InfoCategory
from familycase.domain.family import Record
from familycase.domain.types import LongText, PastDate, RecordId, ShortText


class EntryKind(StrEnum):
    JOINED = "joined"  # a person added to the household after the referral
    LEFT = "left"  # a person removed from the family file
    MOVED_OUT = "moved_out"  # no longer lives in the household
    MOVED_IN = "moved_in"
    BORN = "born"  # an unborn child recorded as born
    MOVED_HOUSE = "moved_house"  # the family's address changed
    SIGNIFICANT_EVENT = "significant_event"  # recorded by hand

    @property
    def automatic(self) -> bool:
        return self is not EntryKind.SIGNIFICANT_EVENT


class ChronologyEntry(Record):
    id: RecordId
    kind: EntryKind = Field(title="Kind of event")
    on: PastDate = Field(title="Date")
    title: ShortText = Field(default="", title="What happened")
    detail: LongText = Field(default="", title="Detail")
    member_ids: list[str] = Field(default_factory=list, title="About")
    category: InfoCategory = Field(default=InfoCategory.BASIC_DETAILS, title="Type of information")
    recorded_by: ShortText = Field(default="", title="Recorded by")

    @model_validator(mode="after")
    def _titled(self) -> ChronologyEntry:
        if self.kind is EntryKind.SIGNIFICANT_EVENT and not self.title:
            raise ValueError("Say in a few words what happened.")
        return self
