"""Two small calculations managers quote beside a cost-benefit ratio.

- Net budget pressure: cost growth minus planned efficiencies (what is still to be funded).
- Cohort comparison: the rate of an outcome among the people worked with against a comparison
  group (difference in percentage points, and how many times as likely), with each rate's
  Wilson score 95% interval, Newcombe's interval for the difference, and warnings when the
  comparison group is not matched or the numbers are small.

Wilson score interval for x successes out of n (Wilson 1927; method 3 in Newcombe 1998,
"Two-sided confidence intervals for the single proportion", Statistics in Medicine 17:857-872):

    p = x / n,  centre = (p + z^2 / 2n) / (1 + z^2 / n)
    half-width = z / (1 + z^2 / n) x sqrt(p (1 - p) / n + z^2 / 4n^2)

Difference p1 - p2 (Newcombe 1998, "Interval estimation for the difference between independent
proportions", Statistics in Medicine 17:873-890, method 10), with (l1, u1), (l2, u2) the two
Wilson intervals:

    low  = (p1 - p2) - sqrt((p1 - l1)^2 + (u2 - p2)^2)
    high = (p1 - p2) + sqrt((u1 - p1)^2 + (p2 - l2)^2)
"""

from __future__ import annotations

from decimal import Decimal

from familycase.domain.costs.money import ONE, ZERO
from familycase.domain.costs.result import (
    BudgetItemOut,
    CohortComparisonResult,
    GroupRate,
    Interval,
    NetPressureResult,
)
from familycase.domain.costs.scenario import BudgetPressures, CohortComparison, CohortGroup

HUNDRED = Decimal(100)
Z_95 = Decimal("1.959963984540054")  # the standard normal's 97.5th percentile
SMALL_GROUP = 30  # FamilyCase's rule of thumb, not a standard: below this, say "small"
MIN_EXPECTED = 5  # fewer than 5 with (or without) the outcome: the usual small-count warning


def net_pressure(pressures: BudgetPressures, price_year: str | None) -> NetPressureResult:
    """Net pressure = sum of pressures - sum of efficiencies (undiscounted, same prices)."""
    total_pressures = sum((p.amount for p in pressures.pressures), ZERO)
    total_efficiencies = sum((e.amount for e in pressures.efficiencies), ZERO)
    return NetPressureResult(
        description=pressures.description,
        price_year=price_year,
        pressures=[
            BudgetItemOut(description=p.description, amount=p.amount) for p in pressures.pressures
        ],
        efficiencies=[
            BudgetItemOut(description=e.description, amount=e.amount)
            for e in pressures.efficiencies
        ],
        total_pressures=total_pressures,
        total_efficiencies=total_efficiencies,
        net_pressure=total_pressures - total_efficiencies,
    )


def wilson_interval(successes: Decimal, n: int, z: Decimal = Z_95) -> tuple[Decimal, Decimal]:
    """The Wilson score interval for ``successes`` out of ``n`` (formula in the module doc)."""
    if n <= 0:
        raise ValueError("a group needs at least one member")
    size = Decimal(n)
    p = successes / size
    z2 = z * z
    denominator = ONE + z2 / size
    centre = (p + z2 / (2 * size)) / denominator
    half = z / denominator * (p * (ONE - p) / size + z2 / (4 * size * size)).sqrt()
    return max(ZERO, centre - half), min(ONE, centre + half)


def newcombe_difference(
    p1: Decimal, ci1: tuple[Decimal, Decimal], p2: Decimal, ci2: tuple[Decimal, Decimal]
) -> tuple[Decimal, Decimal]:
    """Newcombe's hybrid score interval for p1 - p2 from the two Wilson intervals."""
    (l1, u1), (l2, u2) = ci1, ci2
    difference = p1 - p2
    low = difference - ((p1 - l1) ** 2 + (u2 - p2) ** 2).sqrt()
    high = difference + ((u1 - p1) ** 2 + (p2 - l2) ** 2).sqrt()
    return low, high


def _group(group: CohortGroup) -> tuple[GroupRate, tuple[Decimal, Decimal] | None]:
    successes = group.successes()
    interval = wilson_interval(successes, group.out_of) if successes is not None else None
    return (
        GroupRate(
            name=group.name,
            rate=group.rate(),
            achieved=successes,
            out_of=group.out_of,
            confidence_interval_95=Interval(low=interval[0], high=interval[1])
            if interval
            else None,
        ),
        interval,
    )


def _pct(value: Decimal) -> str:
    return f"{(value * HUNDRED).quantize(Decimal('0.1')):f}%"


def compare_cohorts(comparison: CohortComparison) -> CohortComparisonResult:
    """Difference in proportions (percentage points) and relative rate (cohort / comparison),
    with intervals and the warnings a reader needs."""
    cohort, other = comparison.cohort.rate(), comparison.comparison.rate()
    relative = cohort / other if other > 0 else None
    cohort_out, cohort_ci = _group(comparison.cohort)
    other_out, other_ci = _group(comparison.comparison)
    difference_ci = (
        newcombe_difference(cohort, cohort_ci, other, other_ci)
        if cohort_ci is not None and other_ci is not None
        else None
    )
    warnings: list[str] = []
    if not comparison.matched:
        warnings.append(
            f"The comparison group ({comparison.comparison.name}) is not matched to the cohort: "
            "the difference may reflect who was referred rather than the work, so it is not "
            "evidence of impact and the implied deadweight is only a rough guide."
        )
    missing = [g.name for g in (comparison.cohort, comparison.comparison) if g.out_of is None]
    if missing:
        warnings.append(
            f"No group size was given for {' and '.join(missing)}, so there is no confidence "
            "interval: the difference could be chance."
        )
    for group in (comparison.cohort, comparison.comparison):
        successes = group.successes()
        if group.out_of is None or successes is None:
            continue
        small = group.out_of < SMALL_GROUP or min(successes, group.out_of - successes) < (
            MIN_EXPECTED
        )
        if small:
            low, high = wilson_interval(successes, group.out_of)
            warnings.append(
                f"{group.name} is a small sample ({successes.normalize():f} of {group.out_of}): "
                f"its rate could be anywhere from {_pct(low)} to {_pct(high)} (95% interval)."
            )
    if difference_ci is not None and difference_ci[0] <= 0 <= difference_ci[1]:
        low, high = (f"{(v * HUNDRED).quantize(Decimal('0.1')):f}" for v in difference_ci)
        warnings.append(
            f"The 95% interval for the difference ({low} to {high} percentage points) includes "
            "no difference at all."
        )
    return CohortComparisonResult(
        outcome=comparison.outcome,
        cohort=cohort_out,
        comparison=other_out,
        matched=comparison.matched,
        matched_on=comparison.matched_on,
        difference_percentage_points=(cohort - other) * HUNDRED,
        difference_confidence_interval_95=Interval(low=difference_ci[0], high=difference_ci[1])
        if difference_ci
        else None,
        relative_rate=relative,
        relative_increase_percent=(relative - 1) * HUNDRED if relative is not None else None,
        implied_deadweight=other / cohort if cohort > 0 and other <= cohort else None,
        warnings=warnings,
    )
