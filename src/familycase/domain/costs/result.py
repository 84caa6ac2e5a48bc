"""What ``familycase costs evaluate`` reports: every figure with the steps that produced it.

Amounts are held exactly and rounded only when written out (see ``money.ROUNDING_RULE``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

from familycase.domain.costs.deflators import Uprating
from familycase.domain.costs.money import Factor, Money, Ratio

RESULT_SCHEMA_ID = "familycase.costs-result/1"

# An input echoed back exactly as given (a JSON number).
Exact = Annotated[Decimal, PlainSerializer(lambda d: float(d), return_type=float)]


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class StepTotals(_Out):
    """A benefit after each adjustment in turn, so every figure can be traced."""

    gross: Money = Field(description="unit cost x quantity x duration, over the years counted")
    after_probability: Money
    after_deadweight: Money
    after_attribution: Money
    after_optimism_bias: Money
    after_drop_off: Money = Field(description="undiscounted: the benefit as it would be seen")
    present_value: Money = Field(description="discounted to year 0")


class Split(_Out):
    undiscounted: Money
    present_value: Money


class AgencyTotal(_Out):
    agency: str
    undiscounted: Money
    present_value: Money
    cashable_present_value: Money


class AgencyCost(_Out):
    agency: str
    undiscounted: Money
    present_value: Money


class UnitCostUsed(_Out):
    kind: Literal["gmca", "local"]
    code: str | None
    description: str
    unit: str
    value: Exact = Field(description="as published or entered, in its own price year")
    price_year: str
    price_year_from: Literal["library", "line"]
    source: str
    citation: str
    uprating: Uprating
    value_in_reporting_prices: Money


class AgencyShareOut(_Out):
    agency: str
    share: Exact


class TimingOut(_Out):
    first_year: int | None
    years: int | None
    amount_is: str | None
    drop_off: Exact
    profile: list[tuple[int, Exact]] | None


class YearAmount(_Out):
    year: int
    amount: Money
    discount_factor: Factor
    present_value: Money


class LineResult(_Out):
    line: int
    id: str | None
    what_was_avoided: str
    unit_cost: UnitCostUsed
    quantity: Exact
    duration: Exact
    duration_unit: str
    probability: Exact
    evidence_strength: str
    optimism_bias: Exact
    deadweight: Exact
    attribution: Exact
    benefit_type: str
    agencies: list[AgencyShareOut]
    cashable: bool
    timing: TimingOut
    steps: StepTotals
    beyond_horizon: Money = Field(description="adjusted, undiscounted benefit left out")
    years: list[YearAmount]
    assessed_by: str
    assessed_on: date | None
    rationale: str


class BenefitTotals(_Out):
    steps: StepTotals
    beyond_horizon: Money
    by_benefit_type: dict[str, Split]
    by_agency: list[AgencyTotal]
    cashable: Split
    non_cashable: Split


class InterventionCostResult(_Out):
    line: int
    description: str
    year: int
    agency: str
    source: str
    amount: Exact = Field(description="as entered, in its own price year")
    uprating: Uprating
    amount_in_reporting_prices: Money
    after_optimism_bias: Money
    counted: bool = Field(description="false when the year is beyond the time horizon")
    discount_factor: Factor
    present_value: Money


class CostTotals(_Out):
    in_reporting_prices: Money
    after_optimism_bias: Money
    present_value: Money
    beyond_horizon: Money
    by_agency: list[AgencyCost]


class YearFlow(_Out):
    year: int
    discount_factor: Factor
    benefits: Money
    costs: Money
    net: Money
    benefits_present_value: Money
    costs_present_value: Money
    net_present_value: Money
    cumulative_net_present_value: Money


class Summary(_Out):
    total_benefit: Money = Field(description="present value of benefits")
    total_cost: Money = Field(description="present value of intervention costs")
    net_benefit: Money = Field(description="total benefit - total cost (= net present value)")
    net_present_value: Money
    total_benefit_undiscounted: Money
    total_cost_undiscounted: Money
    benefit_cost_ratio: Ratio | None = Field(description="total benefit / total cost")
    ratio: str | None = Field(description="'1:x': £x of benefit for every £1 spent")
    payback_period_years: Ratio | None = Field(
        description="years until discounted benefits cover discounted costs; null if never"
    )
    payback_year: int | None


class SensitivityCaseResult(_Out):
    case: Literal["low", "central", "high"]
    description: str
    benefit_multiplier: Exact
    cost_multiplier: Exact
    discount_rate: Exact
    optimism_bias: dict[str, Exact]
    summary: Summary


class DeflatorTableUsed(_Out):
    name: str
    basis: str
    source: str
    verified: bool
    note: str
    coverage: str


class Prices(_Out):
    price_year: str | None
    statement: str
    deflator_table: DeflatorTableUsed | None


class ParametersUsed(_Out):
    discount_rate: Exact
    horizon_years: int
    optimism_bias: dict[str, Exact]
    intervention_cost_optimism_bias: Exact


class BudgetItemOut(_Out):
    description: str
    amount: Money


class NetPressureResult(_Out):
    description: str
    price_year: str | None
    pressures: list[BudgetItemOut]
    efficiencies: list[BudgetItemOut]
    total_pressures: Money
    total_efficiencies: Money
    net_pressure: Money = Field(description="pressures - efficiencies: what is left to fund")


class GroupRate(_Out):
    name: str
    rate: Factor
    achieved: int | None
    out_of: int | None


class CohortComparisonResult(_Out):
    outcome: str
    cohort: GroupRate
    comparison: GroupRate
    difference_percentage_points: Ratio
    relative_rate: Ratio | None = Field(description="cohort rate / comparison rate ('1.8 times')")
    relative_increase_percent: Ratio | None
    implied_deadweight: Factor | None = Field(
        description="comparison rate / cohort rate: the share of the cohort's successes that "
        "would have happened anyway, if the comparison group is a fair counterfactual"
    )


class CostBenefitResult(_Out):
    model_config = ConfigDict(frozen=True, title="FamilyCase cost-benefit result")

    format: Literal["familycase.costs-result/1"] = RESULT_SCHEMA_ID
    title: str
    description: str
    prices: Prices
    rounding: str
    parameters: ParametersUsed
    summary: Summary | None
    benefits: BenefitTotals | None
    costs: CostTotals | None
    years: list[YearFlow]
    sensitivity: dict[str, SensitivityCaseResult]
    lines: list[LineResult]
    intervention_costs: list[InterventionCostResult]
    net_pressure: NetPressureResult | None
    cohort_comparisons: list[CohortComparisonResult]
    warnings: list[str]
