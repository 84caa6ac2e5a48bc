"""The cost engine's number fields: what they accept (JSON numbers, text, fractions) and what
they refuse, in plain words, whichever way the value arrives (Python or JSON)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from pydantic import ValidationError

from familycase.domain.costs.money import LARGEST_AMOUNT
from familycase.domain.costs.scenario import AgencyShare, InterventionCost
from familycase.domain.errors import DomainValidationError, validated


def _cost(amount: object) -> dict[str, object]:
    return {"description": "Flexible spend", "year": 0, "amount": amount, "agency": "LA"}


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (322, Decimal(322)),
        (32.5, Decimal("32.5")),
        ("32.50", Decimal("32.50")),
        ("1/4", Decimal("0.25")),
        (str(LARGEST_AMOUNT), LARGEST_AMOUNT),
        ("5E+12", Decimal("5E+12")),  # far beyond any real cost, but stored ones must read
        ("0", Decimal(0)),
    ],
)
def test_an_amount_is_read_exactly_from_python_and_from_json(given, expected):
    assert InterventionCost.model_validate(_cost(given)).amount == expected
    text = json.dumps(_cost(given))
    assert InterventionCost.model_validate_json(text).amount == expected


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ("1E+1000", "is too large."),  # beyond a float: it would stop the return's rounding
        ("1.8E+308", "is too large."),
        (-1, "is too small."),
        ("-0.01", "is too small."),
        ("nan", "must be an ordinary number."),
        ("Infinity", "must be an ordinary number."),
        ("twelve", "must be a number."),
        ("1/0", "cannot divide by zero."),
    ],
)
def test_an_impossible_amount_is_refused_in_plain_words(given, reason):
    with pytest.raises(DomainValidationError) as refused:
        validated(InterventionCost, _cost(given))
    assert [p.message for p in refused.value.problems] == [reason]
    with pytest.raises(ValidationError):
        InterventionCost.model_validate_json(json.dumps(_cost(given)))


@pytest.mark.parametrize("given", ["1E+1000", "1.0000001", 2, "3/2", "-1/4", "nan"])
def test_a_share_outside_nought_to_one_is_refused(given):
    with pytest.raises(ValidationError):
        AgencyShare.model_validate({"agency": "LA", "share": given})


@pytest.mark.parametrize(("given", "expected"), [("2/3", Decimal(2) / Decimal(3)), (1, 1)])
def test_a_share_may_be_a_fraction(given, expected):
    assert AgencyShare.model_validate({"agency": "LA", "share": given}).share == expected
