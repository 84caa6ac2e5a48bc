"""Two small calculations managers quote beside a cost-benefit ratio.

- Net budget pressure: cost growth minus planned efficiencies (what is still to be funded).
- Cohort comparison: the rate of an outcome among the people worked with against a comparison
  group (difference in percentage points, and how many times as likely).
"""

from __future__ import annotations

from decimal import Decimal

from familycase.domain.costs.money import ZERO
from familycase.domain.costs.result import (
    BudgetItemOut,
    CohortComparisonResult,
    GroupRate,
    NetPressureResult,
)
from familycase.domain.costs.scenario import BudgetPressures, CohortComparison, CohortGroup

HUNDRED = Decimal(100)


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


def _group(group: CohortGroup) -> GroupRate:
    return GroupRate(
        name=group.name, rate=group.rate(), achieved=group.achieved, out_of=group.out_of
    )


def compare_cohorts(comparison: CohortComparison) -> CohortComparisonResult:
    """Difference in proportions (percentage points) and relative rate (cohort / comparison)."""
    cohort, other = comparison.cohort.rate(), comparison.comparison.rate()
    relative = cohort / other if other > 0 else None
    return CohortComparisonResult(
        outcome=comparison.outcome,
        cohort=_group(comparison.cohort),
        comparison=_group(comparison.comparison),
        difference_percentage_points=(cohort - other) * HUNDRED,
        relative_rate=relative,
        relative_increase_percent=(relative - 1) * HUNDRED if relative is not None else None,
        implied_deadweight=other / cohort if cohort > 0 and other <= cohort else None,
    )
