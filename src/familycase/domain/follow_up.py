"""The sustained-outcome check after closure (pure).

Closing a family schedules a check some months later (6 by default: the Supporting Families
framework pays for outcomes *sustained*, for example 6 months after closure). The worker records
how they checked and, for each outcome area, whether the change has held. The claim checker
reads each area held as evidence confirmed on the day of the check (services/claims.py), and an
area found not to hold as evidence against the earlier outcome.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import Field, model_validator

from familycase.domain.claims import add_months
from familycase.domain.family import Record
from familycase.domain.instruments import OutcomeArea
from familycase.domain.types import LongText, PastDate, ShortText


class CheckMethod(StrEnum):
    HOME_VISIT = "home_visit"
    PHONE_CALL = "phone_call"
    FAMILY_MET = "family_met"  # met elsewhere (school, a clinic, our office)
    AGENCY_CHECK = "agency_check"  # asked an agency that knows the family (school, health...)
    RECORDS_CHECK = "records_check"  # looked at what our own and partners' records show
    NOT_REACHED = "not_reached"  # tried and could not reach the family or anyone who knows

    @property
    def label(self) -> str:
        return _METHOD_LABELS[self]


_METHOD_LABELS = {
    CheckMethod.HOME_VISIT: "Home visit",
    CheckMethod.PHONE_CALL: "Phone call with the family",
    CheckMethod.FAMILY_MET: "Met the family elsewhere",
    CheckMethod.AGENCY_CHECK: "Checked with an agency that knows the family",
    CheckMethod.RECORDS_CHECK: "Checked records",
    CheckMethod.NOT_REACHED: "Could not reach the family",
}


class AreaCheck(Record):
    outcome_area: OutcomeArea = Field(title="Outcome area")
    held: bool = Field(title="The change has held")
    note: ShortText = Field(default="", title="What we found")


class FollowUpCheck(Record):
    """What the check found. An area left out was not checked."""

    checked_on: PastDate = Field(title="Date of the check")
    method: CheckMethod = Field(title="How we checked")
    areas: list[AreaCheck] = Field(default_factory=list, title="Outcome areas")
    referred_again: bool = Field(default=False, title="Referred again since closure")
    note: LongText = Field(default="", title="Notes")
    checked_by: ShortText = Field(default="", title="Checked by")

    @model_validator(mode="after")
    def _coherent(self) -> FollowUpCheck:
        seen = [a.outcome_area for a in self.areas]
        if len(set(seen)) != len(seen):
            raise ValueError("Each outcome area can be checked once.")
        if self.method is CheckMethod.NOT_REACHED and self.areas:
            raise ValueError(
                "When the family could not be reached no area can be confirmed; record what "
                "was tried in the notes."
            )
        return self


class FollowUp(Record):
    """The scheduled check (sealed to the family) and, once done, what it found."""

    episode_id: str
    closed_on: date
    months: int = Field(ge=1, le=36)
    check: FollowUpCheck | None = None

    @property
    def due_on(self) -> date:
        return due_after(self.closed_on, self.months)


def due_after(closed_on: date, months: int) -> date:
    """The check falls due ``months`` after closure: the same day of the month, or the month's
    last day when it is shorter (31 August + 6 months = 28 or 29 February)."""
    return add_months(closed_on, months)
