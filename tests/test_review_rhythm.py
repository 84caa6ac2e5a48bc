"""The review rhythm's date rules: whole weeks, exact across month ends and leap years."""

from __future__ import annotations

from datetime import date

import pytest

from familycase.domain.errors import DomainValidationError, validated
from familycase.domain.review_rhythm import (
    ReviewRhythm,
    closure_problems,
    first_reading_due,
    review_due_after,
    review_schedule,
    rhythm_state,
)

DEFAULT = ReviewRhythm()


@pytest.mark.parametrize(
    ("start", "due"),
    [
        # 4 weeks = 28 days. 31 Jan 2024 + 28 days: Feb 2024 has 29 days -> 28 Feb 2024.
        (date(2024, 1, 31), date(2024, 2, 28)),
        # 1 Feb 2024 + 28 = 29 Feb 2024 (the leap day is an ordinary day).
        (date(2024, 2, 1), date(2024, 2, 29)),
        # 1 Feb 2025 + 28 = 1 Mar 2025 (February 2025 has 28 days).
        (date(2025, 2, 1), date(2025, 3, 1)),
        # 29 Feb 2024 + 28 = 28 Mar 2024.
        (date(2024, 2, 29), date(2024, 3, 28)),
        # Across the year end: 10 Dec 2026 + 28 = 7 Jan 2027.
        (date(2026, 12, 10), date(2027, 1, 7)),
        # 31 Mar 2026 + 28 = 28 Apr 2026 (no "31 April" to round).
        (date(2026, 3, 31), date(2026, 4, 28)),
    ],
)
def test_first_reading_is_due_four_weeks_after_the_start(start, due):
    assert first_reading_due(start, DEFAULT) == due
    assert (due - start).days == 28
    assert due.weekday() == start.weekday()


@pytest.mark.parametrize(
    ("last", "due"),
    [
        # 12 weeks = 84 days. 7 Dec 2027 + 24 = 31 Dec, + 31 = 31 Jan (55), + 29 = 29 Feb 2028.
        (date(2027, 12, 7), date(2028, 2, 29)),
        # One day earlier lands on 28 Feb 2028.
        (date(2027, 12, 6), date(2028, 2, 28)),
        # 8 Dec 2027 + 84 = 1 Mar 2028 (leap year) ...
        (date(2027, 12, 8), date(2028, 3, 1)),
        # ... but 8 Dec 2026 + 23 = 31 Dec, + 31 = 31 Jan (54), + 28 = 28 Feb (82), + 2 = 2 Mar.
        (date(2026, 12, 8), date(2027, 3, 2)),
        # 30 Nov 2023 + 31 = 31 Dec, + 31 = 31 Jan 2024 (62 days), + 22 = 22 Feb 2024.
        (date(2023, 11, 30), date(2024, 2, 22)),
        # 31 Aug 2026 + 30 = 30 Sep, + 31 = 31 Oct (61 days), + 23 = 23 Nov 2026.
        (date(2026, 8, 31), date(2026, 11, 23)),
    ],
)
def test_reviews_are_due_twelve_weeks_after_the_last(last, due):
    assert review_due_after(last, DEFAULT) == due
    assert (due - last).days == 84


def test_schedule_from_a_leap_day():
    # 29 Feb 2024 + 84 = 23 May 2024; + 84 = 15 Aug 2024; + 84 = 7 Nov 2024.
    assert review_schedule(date(2024, 2, 29), DEFAULT, 3) == [
        date(2024, 5, 23),
        date(2024, 8, 15),
        date(2024, 11, 7),
    ]


def test_until_the_first_reading_its_date_is_what_is_due():
    start = date(2024, 1, 31)
    state = rhythm_state(start, [], [], DEFAULT)
    assert state.first_reading_due == date(2024, 2, 28)
    assert state.review_due == date(2024, 4, 24)  # 31 Jan 2024 + 84 days
    assert state.next_due == date(2024, 2, 28)
    assert state.overdue_on(date(2024, 2, 29)) and not state.overdue_on(date(2024, 2, 28))
    assert state.readings_short_for_closure == 2


def test_after_the_first_reading_the_review_is_due():
    start = date(2024, 1, 31)
    state = rhythm_state(start, [date(2024, 2, 20)], [], DEFAULT)
    assert state.first_reading_due is None
    assert state.next_due == date(2024, 4, 24)
    # A review held on 29 Feb 2024: the next one is 84 days later, 23 May 2024.
    state = rhythm_state(start, [date(2024, 2, 20)], [date(2024, 2, 29)], DEFAULT)
    assert state.next_due == date(2024, 5, 23)
    assert state.readings_short_for_closure == 1


def test_a_date_agreed_at_the_review_wins_over_the_rhythm():
    state = rhythm_state(
        date(2024, 1, 1),
        [date(2024, 1, 20)],
        [date(2024, 3, 1)],
        DEFAULT,
        agreed_next_review=date(2024, 4, 2),
    )
    assert state.next_due == date(2024, 4, 2)
    # ... but a first reading not yet taken still comes first if it is sooner.
    state = rhythm_state(date(2024, 1, 1), [], [], DEFAULT, agreed_next_review=date(2024, 4, 2))
    assert state.next_due == date(2024, 1, 29)


def test_the_rhythm_is_configurable():
    rhythm = validated(
        ReviewRhythm, {"first_reading_weeks": 2, "review_weeks": 6, "readings_before_closure": 3}
    )
    assert first_reading_due(date(2024, 2, 15), rhythm) == date(2024, 2, 29)
    assert review_due_after(date(2024, 2, 15), rhythm) == date(2024, 3, 28)
    assert (
        rhythm_state(
            date(2024, 2, 15), [date(2024, 2, 20)] * 2, [], rhythm
        ).readings_short_for_closure
        == 1
    )
    with pytest.raises(DomainValidationError, match="Review every"):
        validated(ReviewRhythm, {"review_weeks": 0})
    with pytest.raises(DomainValidationError, match="before the first review"):
        validated(ReviewRhythm, {"first_reading_weeks": 13, "review_weeks": 12})


def test_closure_needs_two_readings_by_default():
    assert closure_problems(0, DEFAULT) == [
        "At least 2 outcome readings should be taken before closing, so that the distance "
        "travelled can be shown; this family has none."
    ]
    assert "has 1." in closure_problems(1, DEFAULT)[0]
    assert closure_problems(2, DEFAULT) == []
    assert closure_problems(0, ReviewRhythm(readings_before_closure=0)) == []
