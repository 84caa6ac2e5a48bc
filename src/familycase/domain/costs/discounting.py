"""Discount rates and discount factors (HM Treasury Green Book).

A schedule is a list of bands: from year ``from_year`` on, the rate is ``rate`` until the next
band starts. The discount factor for year t compounds year by year:

    factor(0) = 1
    factor(t) = factor(t - 1) / (1 + rate of the band containing year t)

With one band this is the familiar 1 / (1 + r) ^ t. The defaults are the Green Book's:

- Standard (social time preference rate): 3.5% for years 0-30, then 3.0% (31-75), 2.5%
  (76-125), 2.0% (126-200), 1.5% (201-300), 1.0% (301+). HM Treasury, The Green Book (2003),
  Annex 6, Table 6.1 "The declining long term discount rate"; carried into later editions as
  Annex A6.
- Health and wellbeing (for values of health and life, such as QALYs): 1.5% for years 0-30,
  then 1.29%, 1.07%, 0.86%, 0.64%, 0.43% over the same bands (the standard rate without its
  2% wealth effect). The 1.5% rate is the Green Book's; the long-term health bands are taken
  from a reproduction of the Green Book 2022 Annex A6 table (not read at source), so they are
  configurable like every rate here.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from familycase.domain.costs.money import ONE, Share

GREEN_BOOK_CITATION = (
    "HM Treasury, The Green Book, Annex A6 (2003 edition: Annex 6, Table 6.1, the declining "
    "long term discount rate)"
)


class DiscountBand(BaseModel):
    """From ``from_year`` on, until the next band, the rate is ``rate``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    from_year: int = Field(ge=0, le=1000, title="From year", description="first year of the band")
    rate: Share = Field(title="Rate", description="the discount rate a year in this band, 0-1")


def _bands(*pairs: tuple[int, str]) -> tuple[DiscountBand, ...]:
    return tuple(DiscountBand(from_year=y, rate=Decimal(r)) for y, r in pairs)


GREEN_BOOK_STANDARD = _bands(
    (0, "0.035"), (31, "0.03"), (76, "0.025"), (126, "0.02"), (201, "0.015"), (301, "0.01")
)
GREEN_BOOK_HEALTH = _bands(
    (0, "0.015"), (31, "0.0129"), (76, "0.0107"), (126, "0.0086"), (201, "0.0064"), (301, "0.0043")
)


def rate_in_year(bands: tuple[DiscountBand, ...] | list[DiscountBand], year: int) -> Decimal:
    """The rate of the band containing ``year`` (bands sorted by their first year)."""
    rate = bands[0].rate
    for band in bands:
        if band.from_year <= year:
            rate = band.rate
        else:
            break
    return rate


def discount_factors(
    bands: tuple[DiscountBand, ...] | list[DiscountBand], years: int
) -> list[Decimal]:
    """factor(0) .. factor(years - 1), compounding year by year through the bands."""
    factors: list[Decimal] = []
    factor = ONE
    for year in range(years):
        if year > 0:
            factor = factor / (ONE + rate_in_year(bands, year))
        factors.append(factor)
    return factors


def flat(rate: Decimal) -> tuple[DiscountBand, ...]:
    return (DiscountBand(from_year=0, rate=rate),)


def with_first_rate(
    bands: tuple[DiscountBand, ...] | list[DiscountBand], rate: Decimal
) -> tuple[DiscountBand, ...]:
    """The schedule with the rate of its first band (years 0-30 in the Green Book) replaced."""
    first, *rest = bands
    return (DiscountBand(from_year=first.from_year, rate=rate), *rest)
