"""The review rhythm: when outcome readings and reviews fall due (pure date rules).

Defaults (configurable per vault): the first outcome reading within 4 weeks of the work
starting (the lead professional's allocation, or the episode opening if nobody is allocated
yet), a review every 12 weeks after the last one, and at least two readings before closure.

All periods are whole weeks and are added as ``timedelta(weeks=n)``: a fixed number of days
(4 weeks = 28 days, 12 weeks = 84 days). That is what practice means by "every 12 weeks", and it
is exact across month ends and leap years: there is no "31 February" to round, a review falls on
the same weekday as the meeting that set it, and 29 February is an ordinary day. For example
31 January 2024 + 4 weeks = 28 February 2024, 1 February 2024 + 4 weeks = 29 February 2024, and
7 December 2027 + 12 weeks = 29 February 2028.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from pydantic import Field, model_validator

from familycase.domain.family import Record

DEFAULT_FIRST_READING_WEEKS = 4
DEFAULT_REVIEW_WEEKS = 12
DEFAULT_READINGS_BEFORE_CLOSURE = 2


class ReviewRhythm(Record):
    first_reading_weeks: int = Field(
        default=DEFAULT_FIRST_READING_WEEKS, ge=1, le=52, title="First reading within (weeks)"
    )
    review_weeks: int = Field(
        default=DEFAULT_REVIEW_WEEKS, ge=1, le=52, title="Review every (weeks)"
    )
    readings_before_closure: int = Field(
        default=DEFAULT_READINGS_BEFORE_CLOSURE,
        ge=0,
        le=10,
        title="Readings needed before closure",
    )

    @model_validator(mode="after")
    def _sensible(self) -> ReviewRhythm:
        if self.first_reading_weeks > self.review_weeks:
            raise ValueError("The first reading should be due before the first review.")
        return self


def first_reading_due(started_on: date, rhythm: ReviewRhythm) -> date:
    """The date by which the first outcome reading should be taken."""
    return started_on + timedelta(weeks=rhythm.first_reading_weeks)


def review_due_after(last: date, rhythm: ReviewRhythm) -> date:
    """The next review, counted from the last review (or from the start)."""
    return last + timedelta(weeks=rhythm.review_weeks)


def review_schedule(started_on: date, rhythm: ReviewRhythm, count: int) -> list[date]:
    """The first ``count`` review dates if every review is held on the day it is due."""
    return [started_on + timedelta(weeks=rhythm.review_weeks * n) for n in range(1, count + 1)]


@dataclass(frozen=True)
class RhythmState:
    """What is due for one family, from its dates alone (no personal data needed)."""

    first_reading_due: date | None  # None once a reading has been taken
    review_due: date
    next_due: date  # the earlier of the two: what the caseload shows as the next review date
    readings: int
    readings_short_for_closure: int

    def overdue_on(self, on: date) -> bool:
        return self.next_due < on


def rhythm_state(
    started_on: date,
    reading_dates: Iterable[date],
    review_dates: Iterable[date],
    rhythm: ReviewRhythm,
    agreed_next_review: date | None = None,
) -> RhythmState:
    """The next dates for a family.

    ``agreed_next_review`` is the date set at the last review (a decision of the meeting); it
    wins over the rhythm. Otherwise the next review is ``review_weeks`` after the last review,
    or after the start when there has been none. Until the first reading is taken, its due
    date counts too, whichever is sooner.
    """
    readings = sorted(reading_dates)
    reviews = sorted(review_dates)
    if agreed_next_review is not None:
        review_due = agreed_next_review
    else:
        review_due = review_due_after(reviews[-1] if reviews else started_on, rhythm)
    first_due = None if readings else first_reading_due(started_on, rhythm)
    next_due = min(review_due, first_due) if first_due is not None else review_due
    return RhythmState(
        first_reading_due=first_due,
        review_due=review_due,
        next_due=next_due,
        readings=len(readings),
        readings_short_for_closure=max(0, rhythm.readings_before_closure - len(readings)),
    )


def closure_problems(reading_count: int, rhythm: ReviewRhythm) -> list[str]:
    """Why a family is not ready to close on the rhythm's terms (empty when it is)."""
    short = rhythm.readings_before_closure - reading_count
    if short <= 0:
        return []
    needed = rhythm.readings_before_closure
    plural = "reading" if needed == 1 else "readings"
    have = "none" if reading_count == 0 else str(reading_count)
    return [
        f"At least {needed} outcome {plural} should be taken before closing, so that the "
        f"distance travelled can be shown; this family has {have}."
    ]
