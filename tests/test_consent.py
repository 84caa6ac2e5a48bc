"""Consent validity over time, the consent gate, overrides and the share log."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familycase.domain.consent import (
    ConsentRecord,
    ConsentState,
    GateOutcome,
    GivenBy,
    InfoCategory,
    LawfulBasis,
    Purpose,
    SharingOverride,
    Withdrawal,
    decide,
    family_consent,
    family_consent_state,
    state_from_dates,
)
from familycase.domain.enums import AgencyType
from familycase.domain.errors import DomainValidationError, validated

BASE = date(2020, 1, 1)  # early enough that BASE + 2 x 1000 days is in the past
days = st.integers(min_value=0, max_value=1000)


def consent(**overrides) -> ConsentRecord:
    data = {
        "member_id": "m1",
        "given_by": GivenBy.THE_PERSON,
        "method": "written",
        "agencies": [AgencyType.SCHOOL, AgencyType.HEALTH],
        "purposes": [Purpose.PANEL],
        "categories": [InfoCategory.BASIC_DETAILS, InfoCategory.EDUCATION],
        "given_on": BASE,
    }
    data.update(overrides)
    return ConsentRecord(**data)


@given(
    given_after=days,
    length=st.none() | st.integers(1, 1000),
    withdrawn_after=st.none() | days,
    asked=days,
)
def test_consent_is_valid_exactly_between_given_and_expiry_unless_withdrawn(
    given_after, length, withdrawn_after, asked
):
    given_on = BASE + timedelta(days=given_after)
    review_on = None if length is None else given_on + timedelta(days=length)
    withdrawn_on = None if withdrawn_after is None else given_on + timedelta(days=withdrawn_after)
    on = BASE + timedelta(days=asked)
    record = consent(
        given_on=given_on,
        review_on=review_on,
        withdrawal=None if withdrawn_on is None else Withdrawal(on=withdrawn_on, reason="r"),
    )
    expected_valid = (
        given_on <= on
        and (review_on is None or on < review_on)
        and (withdrawn_on is None or on < withdrawn_on)
    )
    assert record.valid_on(on) is expected_valid
    state = record.state_on(on)
    if withdrawn_on is not None and on >= withdrawn_on:
        assert state is ConsentState.WITHDRAWN  # withdrawal wins over everything
    elif expected_valid and review_on is not None and (review_on - on).days <= 30:
        assert state is ConsentState.EXPIRING_SOON
    assert state is state_from_dates(given_on, review_on, withdrawn_on, on)


@given(asked=days)
def test_validity_never_returns_after_withdrawal(asked):
    record = consent(withdrawal=Withdrawal(on=BASE + timedelta(days=10), reason="changed mind"))
    later = BASE + timedelta(days=10 + asked)
    assert not record.valid_on(later)


def test_consent_record_rules():
    with pytest.raises(DomainValidationError, match="after the date consent was given"):
        validated(ConsentRecord, {**consent().model_dump(), "review_on": BASE})
    with pytest.raises(DomainValidationError, match="competence"):
        validated(
            ConsentRecord, {**consent().model_dump(), "given_by": GivenBy.COMPETENT_YOUNG_PERSON}
        )
    with pytest.raises(DomainValidationError, match="Agencies"):
        validated(ConsentRecord, {**consent().model_dump(), "agencies": []})
    ok = validated(
        ConsentRecord,
        {
            **consent().model_dump(),
            "given_by": GivenBy.COMPETENT_YOUNG_PERSON,
            "competence_assessed": True,
        },
    )
    assert ok.given_by is GivenBy.COMPETENT_YOUNG_PERSON


def override(**changes) -> SharingOverride:
    data = {
        "member_id": "m1",
        "agency": AgencyType.POLICE,
        "purpose": Purpose.PANEL,
        "categories": [InfoCategory.DOMESTIC_ABUSE],
        "reason": "Risk of serious harm",
        "lawful_basis": LawfulBasis.PUBLIC_TASK,
        "decided_by": "Lee Leader",
        "decided_on": BASE,
        "applies_until": BASE + timedelta(days=7),
    }
    data.update(changes)
    return SharingOverride(**data)


@pytest.mark.parametrize(
    ("consents", "overrides", "agency", "category", "on", "outcome"),
    [
        # valid consent covering agency, purpose and category
        ([consent()], [], AgencyType.SCHOOL, InfoCategory.EDUCATION, BASE, GateOutcome.ALLOW),
        # consent, but not for this agency
        ([consent()], [], AgencyType.POLICE, InfoCategory.EDUCATION, BASE, GateOutcome.DENY),
        # consent, but not for this category
        ([consent()], [], AgencyType.SCHOOL, InfoCategory.HEALTH, BASE, GateOutcome.DENY),
        # expired consent
        (
            [consent(review_on=BASE + timedelta(days=5))],
            [],
            AgencyType.SCHOOL,
            InfoCategory.EDUCATION,
            BASE + timedelta(days=5),
            GateOutcome.DENY,
        ),
        # withdrawn consent
        (
            [consent(withdrawal=Withdrawal(on=BASE, reason="no"))],
            [],
            AgencyType.SCHOOL,
            InfoCategory.EDUCATION,
            BASE,
            GateOutcome.DENY,
        ),
        # no consent, override in force
        (
            [],
            [override()],
            AgencyType.POLICE,
            InfoCategory.DOMESTIC_ABUSE,
            BASE,
            GateOutcome.ALLOW_BY_OVERRIDE,
        ),
        # override for another category
        ([], [override()], AgencyType.POLICE, InfoCategory.HEALTH, BASE, GateOutcome.DENY),
        # override lapsed
        (
            [],
            [override()],
            AgencyType.POLICE,
            InfoCategory.DOMESTIC_ABUSE,
            BASE + timedelta(days=8),
            GateOutcome.DENY,
        ),
        # override for another agency
        ([], [override()], AgencyType.HOUSING, InfoCategory.DOMESTIC_ABUSE, BASE, GateOutcome.DENY),
        # withdrawn consent but an override in force: the override decides, and says why
        (
            [
                consent(
                    agencies=[AgencyType.POLICE],
                    categories=[InfoCategory.DOMESTIC_ABUSE],
                    withdrawal=Withdrawal(on=BASE, reason="no"),
                )
            ],
            [override()],
            AgencyType.POLICE,
            InfoCategory.DOMESTIC_ABUSE,
            BASE,
            GateOutcome.ALLOW_BY_OVERRIDE,
        ),
        # someone else's consent does not count
        (
            [consent(member_id="m2")],
            [],
            AgencyType.SCHOOL,
            InfoCategory.EDUCATION,
            BASE,
            GateOutcome.DENY,
        ),
    ],
)
def test_gate_for_each_combination(consents, overrides, agency, category, on, outcome):
    decision = decide("m1", agency, Purpose.PANEL, category, on, consents, overrides)
    assert decision.outcome is outcome
    assert decision.reasons and all(
        reason.endswith((".", ")")) or ":" in reason for reason in decision.reasons
    )


def test_gate_reasons_explain_a_refusal_in_plain_words():
    withdrawn = consent(withdrawal=Withdrawal(on=BASE, reason="no"))
    decision = decide(
        "m1",
        AgencyType.SCHOOL,
        Purpose.PANEL,
        InfoCategory.EDUCATION,
        BASE + timedelta(days=1),
        [withdrawn],
    )
    assert decision.reasons == ["Consent was withdrawn on 01/01/2020."]
    nothing = decide("m1", AgencyType.SCHOOL, Purpose.PANEL, InfoCategory.EDUCATION, BASE, [])
    assert nothing.reasons == ["No consent to share has been recorded for this person."]


def test_override_needs_a_lawful_basis_other_than_consent():
    with pytest.raises(DomainValidationError, match="lawful basis other than consent"):
        validated(SharingOverride, {**override().model_dump(), "lawful_basis": "consent"})


def test_family_state_uses_each_persons_latest_consent():
    on = BASE + timedelta(days=100)
    old_expired = ("m1", BASE, BASE + timedelta(days=50), None)
    renewed = ("m1", BASE + timedelta(days=60), None, None)
    assert family_consent_state([old_expired, renewed], on) is ConsentState.CURRENT
    other_withdrawn = ("m2", BASE, None, BASE + timedelta(days=90))
    assert family_consent_state([old_expired, renewed, other_withdrawn], on) is (
        ConsentState.WITHDRAWN
    )
    assert family_consent_state([], on) is None


def test_family_consent_counts_people_not_the_most_hopeful_record():
    on = date(2026, 6, 1)
    given = date(2026, 1, 1)
    dated = [
        ("a", given, None, None),  # current
        ("b", given, date(2026, 6, 20), None),  # expiring within 30 days
        ("c", given, date(2026, 5, 1), None),  # expired
        ("d", given, None, date(2026, 3, 1)),  # withdrawn
        ("a", date(2025, 1, 1), date(2025, 6, 1), None),  # a's older consent: not counted
    ]
    consent = family_consent(dated, 6, on)
    assert (consent.people, consent.valid, consent.expiring) == (6, 2, 1)
    assert (consent.expired, consent.withdrawn, consent.recorded) == (1, 1, 4)
    assert consent.state is ConsentState.WITHDRAWN
    assert consent.text() == "2 of 6 people, 1 withdrawn, 1 expired, 1 expiring soon"
    assert consent.text(short=True) == "2 of 6 people, 1 withdrawn…"
    assert not consent.everyone and consent.needs_attention
    assert family_consent([("a", given, None, None)], 6, on).text() == "1 of 6 people"
    assert family_consent([], 6, on).text() == "None recorded"
    assert family_consent([], 6, on).state is None
    everyone = family_consent([(m, given, None, None) for m in "ab"], 2, on)
    assert everyone.everyone and everyone.text() == "2 of 2 people"
    # The caseload's urgent state is the same rule as before.
    assert family_consent_state(dated, on) is ConsentState.WITHDRAWN


def test_family_consent_form_makes_one_record_per_person_less_their_exceptions():
    from familycase.domain.consent import (
        ConsentMethod,
        FamilyConsentForm,
        LeftOut,
        PersonAgreeing,
    )

    form = FamilyConsentForm(
        people=[
            PersonAgreeing(member_id="mum"),
            PersonAgreeing(
                member_id="kid",
                given_by=GivenBy.PARENTAL_RESPONSIBILITY,
                given_by_name="Ann Example",
            ),
        ],
        method=ConsentMethod.WRITTEN,
        agencies=[AgencyType.SCHOOL, AgencyType.HEALTH],
        purposes=[Purpose.PANEL],
        categories=[InfoCategory.BASIC_DETAILS, InfoCategory.HEALTH],
        given_on=date(2026, 1, 5),
        left_out=[
            LeftOut(member_id="mum", category=InfoCategory.HEALTH),
            LeftOut(member_id="kid", agency=AgencyType.SCHOOL),
        ],
    )
    mum, kid = form.records()
    assert (mum.member_id, mum.agencies, mum.categories) == (
        "mum",
        [AgencyType.SCHOOL, AgencyType.HEALTH],
        [InfoCategory.BASIC_DETAILS],
    )
    assert (kid.agencies, kid.categories) == (
        [AgencyType.HEALTH],
        [InfoCategory.BASIC_DETAILS, InfoCategory.HEALTH],
    )
    assert kid.given_by is GivenBy.PARENTAL_RESPONSIBILITY and kid.given_by_name == "Ann Example"
    assert mum.purposes == kid.purposes == [Purpose.PANEL]
    with pytest.raises(ValueError, match="leave nothing to share"):
        FamilyConsentForm(
            **{**form.model_dump(), "left_out": [
                LeftOut(member_id="kid", agency=AgencyType.SCHOOL),
                LeftOut(member_id="kid", agency=AgencyType.HEALTH),
            ]}
        )
    with pytest.raises(ValueError, match="one agency or one kind"):
        LeftOut(member_id="kid")
