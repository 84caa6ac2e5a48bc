"""Money, shares and financial years for the cost-benefit engine.

Amounts are ``decimal.Decimal`` throughout and are never rounded while being worked out. They are
rounded only when a result is presented (written as JSON or shown): money to the nearest penny,
ratios and years to two decimal places, index factors to six, always half away from zero
(ROUND_HALF_UP), the way people round by hand.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Annotated

from pydantic import BeforeValidator, Field, PlainSerializer, WithJsonSchema

PENNY = Decimal("0.01")
TWO_PLACES = Decimal("0.01")
SIX_PLACES = Decimal("0.000001")
ZERO = Decimal(0)
ONE = Decimal(1)

ROUNDING_RULE = (
    "Worked out with exact decimals and rounded only for presentation, half away from zero: "
    "money to the nearest penny, ratios and years to 2 decimal places, index and discount "
    "factors to 6."
)


def round_money(value: Decimal) -> Decimal:
    return value.quantize(PENNY, rounding=ROUND_HALF_UP)


def round_2dp(value: Decimal) -> Decimal:
    return value.quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def round_6dp(value: Decimal) -> Decimal:
    return value.quantize(SIX_PLACES, rounding=ROUND_HALF_UP)


def _as_number(rounder: object) -> object:
    def serialise(value: Decimal) -> float:
        # A Decimal with at most 15 significant digits survives the trip through a float
        # exactly as written, which is what a JSON number is.
        return float(rounder(value))  # type: ignore[operator]

    return serialise


def _fraction(value: object) -> object:
    """Accept "2/3" as well as 0.6667 for shares and probabilities."""
    if isinstance(value, str) and "/" in value:
        top, _, bottom = value.partition("/")
        sign = -1 if top.strip().startswith("-") else 1
        top = top.strip().lstrip("-")
        try:
            numerator, denominator = Decimal(top.strip()), Decimal(bottom.strip())
        except InvalidOperation:
            raise ValueError("must be a number such as 0.25 or a fraction such as 1/4.") from None
        if denominator == 0:
            raise ValueError("cannot divide by zero.")
        return sign * numerator / denominator
    if isinstance(value, float):
        return Decimal(repr(value))
    return value


# No amount, count or rate in early help comes near a million million: a larger one is a slip,
# and one near a float's limit cannot be rounded to the penny when a result is written out.
# New figures above it are refused as they are recorded, and a return refuses to count a stored
# one (naming the family) rather than fail while writing.
PLAUSIBLE_AMOUNT = Decimal(10**12)


def too_large(*values: Decimal | None) -> bool:
    return any(v is not None and abs(v) > PLAUSIBLE_AMOUNT for v in values)


# Output types: exact inside, rounded when written out.
Money = Annotated[Decimal, PlainSerializer(_as_number(round_money), return_type=float)]
Ratio = Annotated[Decimal, PlainSerializer(_as_number(round_2dp), return_type=float)]
Factor = Annotated[Decimal, PlainSerializer(_as_number(round_6dp), return_type=float)]

# Input types: a JSON number, or a string holding a number or a fraction such as "2/3".
_NUMBER_TEXT = r"^\s*\d+(\.\d+)?(\s*/\s*\d+(\.\d+)?)?\s*$"
_SIGNED_TEXT = r"^\s*-?\d+(\.\d+)?(\s*/\s*\d+(\.\d+)?)?\s*$"


def _number_schema(*, pattern: str = _NUMBER_TEXT, **bounds: float) -> WithJsonSchema:
    return WithJsonSchema(
        {
            "anyOf": [
                {"type": "number", **bounds},
                {"type": "string", "pattern": pattern},
            ],
            "description": 'a number, or text holding a number or a fraction such as "2/3"',
        }
    )


# The largest amount accepted: a float's range, as before these bounds were checked in
# pydantic's compiled validator (the Python check refused anything a float cannot hold, such as
# 1E+1000; records stored since must still read, so no lower bound is set here).
LARGEST_AMOUNT = Decimal("1.7976931348623157E+308")

# The bounds come before the fraction reader so that pydantic checks them in its compiled
# validator (a third of the time of reading a return's summaries went on Python-level checks).
Amount = Annotated[
    Decimal,
    Field(ge=0, le=LARGEST_AMOUNT, allow_inf_nan=False),
    BeforeValidator(_fraction),
    _number_schema(minimum=0, maximum=float(LARGEST_AMOUNT)),
]
Share = Annotated[
    Decimal,
    Field(ge=0, le=1, allow_inf_nan=False),
    BeforeValidator(_fraction),
    _number_schema(minimum=0, maximum=1),
]

Multiplier = Annotated[
    Decimal,
    Field(ge=0, le=10, allow_inf_nan=False),
    BeforeValidator(_fraction),
    _number_schema(minimum=0, maximum=10),
]
"""A factor 0-10 (0.8 = 20% less)."""

SignedShare = Annotated[
    Decimal,
    Field(ge=-1, le=1, allow_inf_nan=False),
    BeforeValidator(_fraction),
    _number_schema(pattern=_SIGNED_TEXT, minimum=-1, maximum=1),
]
"""A change to a share, -1 to 1 (e.g. +0.1 adds ten percentage points)."""

_FY = re.compile(r"^\s*(\d{4})\s*[-/]\s*(\d{2}|\d{4})\s*$")
_FY_ANYWHERE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-/]\s*(\d{2}|\d{4})(?!\d)")


def _second_year_matches(first: int, second: str) -> bool:
    if len(second) == 4:
        return int(second) == first + 1
    return int(second) == (first + 1) % 100


def format_financial_year(start_year: int) -> str:
    return f"{start_year}-{(start_year + 1) % 100:02d}"


def financial_year_start(year: str) -> int:
    """2013 for "2013-14" (the canonical form made by ``normalise_financial_year``)."""
    return int(year[:4])


def normalise_financial_year(value: object) -> str:
    """ "2013/14", "2013-14", "2013-2014" -> "2013-14". A bare calendar year is refused."""
    if not isinstance(value, str):
        raise ValueError("must be a financial year such as 2024-25.")
    match = _FY.match(value)
    if not match or not _second_year_matches(int(match.group(1)), match.group(2)):
        raise ValueError("must be a financial year such as 2024-25.")
    return format_financial_year(int(match.group(1)))


def find_financial_year(text: str | None) -> str | None:
    """The one financial year named in free text such as "2002/03", else None (never a guess).

    Text naming two different years, or a year whose halves do not follow on, gives None.
    """
    if not text:
        return None
    found = {
        format_financial_year(int(m.group(1)))
        for m in _FY_ANYWHERE.finditer(text)
        if _second_year_matches(int(m.group(1)), m.group(2))
    }
    return found.pop() if len(found) == 1 else None


FinancialYear = Annotated[
    str,
    BeforeValidator(normalise_financial_year),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^\s*\d{4}\s*[-/]\s*(\d{2}|\d{4})\s*$",
            "description": "a financial year (April to March), such as 2024-25",
        }
    ),
]
