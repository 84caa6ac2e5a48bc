"""Domain rules and plain-English validation messages."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from familycase.domain.enums import HouseholdRole, Tier, TierChangeKind
from familycase.domain.errors import DomainValidationError, validated
from familycase.domain.family import Address, AgencyInvolvement, Member, Relationship
from familycase.domain.work import Closure, ContactNote, Referral, TierChange

TODAY = date.today()


def _problems(model, data) -> list[str]:
    with pytest.raises(DomainValidationError) as caught:
        validated(model, data)
    return [str(p) for p in caught.value.problems]


def test_member_errors_name_the_field_and_the_reason_without_echoing_values():
    problems = _problems(
        Member,
        {
            "given_names": "  ",
            "family_name": "Smith",
            "household_role": "child",
            "date_of_birth": (TODAY + timedelta(days=3)).isoformat(),
            "nhs_number": "943 476 5918",
            "contact": {"email": "not-an-email"},
        },
    )
    joined = " | ".join(problems)
    assert "First name(s): cannot be left blank." in problems
    assert "Date of birth: cannot be in the future." in problems
    assert any(p.startswith("NHS number: ") and "check" in p for p in problems)
    assert any(p.startswith("Contact details / Email: ") for p in problems)
    assert "943 476 5918" not in joined and "not-an-email" not in joined


def test_missing_and_malformed_fields_are_plain():
    problems = _problems(
        Referral, {"reason": "x", "received_on": "31/02/2026", "consent_to_referral": True}
    )
    assert "Referred by (type of agency): is required." in problems
    assert any(p.startswith("Date received: is not a date we recognise") for p in problems)


def test_unborn_child_rules():
    unborn = {"given_names": "Baby", "family_name": "Smith", "household_role": "unborn_child"}
    assert "needs an expected date" in _problems(Member, unborn)[0]
    ok = validated(Member, {**unborn, "expected_date": (TODAY + timedelta(days=90)).isoformat()})
    assert ok.age_on(TODAY) is None
    assert (
        "Only an unborn child"
        in _problems(
            Member, {**unborn, "household_role": "child", "expected_date": TODAY.isoformat()}
        )[0]
    )


def test_age_on_handles_birthdays_and_leap_days():
    leapling = Member(
        given_names="Leap",
        family_name="Day",
        household_role=HouseholdRole.CHILD,
        date_of_birth=date(2012, 2, 29),
    )
    assert leapling.age_on(date(2024, 2, 28)) == 11
    assert leapling.age_on(date(2024, 2, 29)) == 12
    assert leapling.age_on(date(2025, 2, 28)) == 12
    assert leapling.age_on(date(2025, 3, 1)) == 13


def test_postcode_and_identifiers_are_normalised():
    member = Member(
        given_names="A",
        family_name="B",
        household_role=HouseholdRole.CHILD,
        nhs_number="943-476-5919",
        upn="b801200005001",
        address=Address(lines=["1 Road"], postcode="sw1a1aa"),
    )
    assert member.nhs_number == "9434765919"
    assert member.upn == "B801200005001"
    assert member.address.postcode == "SW1A 1AA"
    assert "Postcode" in _problems(Address, {"lines": ["1 Road"], "postcode": "12345"})[0]


def test_tier_changes_need_reasons_and_the_right_direction():
    base = {"from_tier": 2, "on": TODAY.isoformat()}
    assert "needs a reason" in _problems(TierChange, {**base, "kind": "step_up", "to_tier": 3})[0]
    assert (
        "higher tier"
        in _problems(TierChange, {**base, "kind": "step_up", "to_tier": 1, "reason": "r"})[0]
    )
    assert (
        "lower tier"
        in _problems(TierChange, {**base, "kind": "step_down", "to_tier": 3, "reason": "r"})[0]
    )
    change = validated(TierChange, {**base, "kind": "step_down", "to_tier": 1, "reason": "r"})
    assert change.kind is TierChangeKind.STEP_DOWN and change.to_tier is Tier.UNIVERSAL


def test_other_record_rules():
    assert (
        "themselves"
        in _problems(
            Relationship, {"from_member_id": "a", "to_member_id": "a", "kind": "sibling_of"}
        )[0]
    )
    assert (
        "cannot end before"
        in _problems(
            AgencyInvolvement,
            {
                "agency_name": "GP",
                "agency_type": "health",
                "started_on": TODAY.isoformat(),
                "ended_on": (TODAY - timedelta(days=1)).isoformat(),
            },
        )[0]
    )
    assert "Exit plan: cannot be left blank." in _problems(
        Closure, {"reason": "disengaged", "on": TODAY.isoformat(), "exit_plan": ""}
    )
    assert "Duration (minutes): is too large." in _problems(
        ContactNote,
        {
            "occurred_on": TODAY.isoformat(),
            "kind": "home_visit",
            "text": "x",
            "duration_minutes": 5000,
        },
    )
    assert (
        "decision cannot come before"
        in _problems(
            Referral,
            {
                "source_type": "school",
                "reason": "x",
                "received_on": TODAY.isoformat(),
                "consent_to_referral": True,
                "decision": "accepted",
                "decided_on": (TODAY - timedelta(days=2)).isoformat(),
            },
        )[0]
    )


def test_a_babys_age_is_said_in_weeks_or_months_never_zero():
    from familycase.domain.family import age_words

    on = date(2026, 12, 1)
    assert age_words(date(2026, 11, 30), on) == "1 day"
    assert age_words(date(2026, 11, 21), on) == "10 days"
    assert age_words(date(2026, 11, 3), on) == "4 weeks"  # 28 days
    assert age_words(date(2026, 9, 30), on) == "2 months"
    assert age_words(date(2025, 10, 2), on) == "13 months"  # a day short of 14
    assert age_words(date(2024, 12, 2), on) == "23 months"
    assert age_words(date(2024, 12, 1), on) == "2"
    assert age_words(date(2019, 6, 15), on) == "7"
    assert age_words(None, on) == "" and age_words(date(2027, 1, 1), on) == ""
