"""What ``familycase costs evaluate`` reports: every figure with the steps that produced it.

Amounts are held exactly and rounded only when written out (see ``money.ROUNDING_RULE``). Every
field carries a description, so ``familycase costs schema --result`` documents the whole result
(docs/costs-result.schema.json).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

from familycase.domain.costs.deflators import Uprating
from familycase.domain.costs.money import Factor, Money, Ratio

RESULT_SCHEMA_ID = "familycase.costs-result/2"

# An input echoed back exactly as given (a JSON number).
Exact = Annotated[Decimal, PlainSerializer(lambda d: float(d), return_type=float)]


def _d(text: str, **extra: Any) -> Any:
    """A field with a description (every result field has one)."""
    return Field(description=text, **extra)


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class StepTotals(_Out):
    """A benefit after each adjustment in turn, so every figure can be traced. Disbenefits are
    negative; after_optimism_bias equals after_additionality for them (never reduced)."""

    gross: Money = _d(
        "unit cost (reporting prices) x quantity x duration x the line's share of the value in "
        "the years counted, before any adjustment"
    )
    after_probability: Money = _d("gross x probability it would have happened")
    after_deadweight: Money = _d("... x (1 - deadweight)")
    after_attribution: Money = _d("... x attribution")
    after_additionality: Money = _d("... x (1 - leakage) x (1 - displacement) x (1 - substitution)")
    after_optimism_bias: Money = _d("... x (1 - optimism bias) for benefits; x 1 for disbenefits")
    after_drop_off: Money = _d(
        "undiscounted: per-year amounts after drop-off, within the horizon (the benefit as it "
        "would be seen)"
    )
    present_value: Money = _d("discounted to year 0")


class Split(_Out):
    undiscounted: Money = _d("undiscounted total")
    present_value: Money = _d("present value (discounted to year 0)")


class AgencyTotal(_Out):
    agency: str = _d("agency that gains (or 'No agency (... benefit)' for economic and social)")
    undiscounted: Money = _d("undiscounted benefit to the agency")
    present_value: Money = _d("present value of the benefit to the agency")
    cashable_present_value: Money = _d("the part that is cashable (budget actually released)")


class AgencyCost(_Out):
    agency: str = _d("agency paying ('Not stated' when the cost named none)")
    undiscounted: Money = _d("undiscounted cost, after optimism bias")
    present_value: Money = _d("present value of the cost")


class InvestGain(_Out):
    """One row of the who-invests / who-gains matrix (present values)."""

    agency: str = _d("the agency (names matched ignoring case and spacing)")
    invests: Money = _d("present value of the intervention costs it pays")
    gains_fiscal_cashable: Money = _d("present value of cashable fiscal benefits it receives")
    gains_fiscal_non_cashable: Money = _d("present value of non-cashable fiscal benefits")
    gains_economic: Money = _d("present value of economic benefits recorded against it")
    gains_social: Money = _d("present value of social benefits recorded against it")
    gains_total: Money = _d("all the benefits it receives (net of disbenefits)")
    net: Money = _d("gains_total - invests")
    return_per_pound: Ratio | None = _d(
        "gains_total / invests: its own return per £1 it puts in; null if it invests nothing"
    )


class UnitCostUsed(_Out):
    kind: Literal["gmca", "local"] = _d("gmca: the library; local: a local or line figure")
    code: str | None = _d("the unit cost code (null for a figure given on the line)")
    description: str = _d("what the unit cost is")
    unit: str = _d("its unit, e.g. per week")
    value: Exact = _d("as published or entered, in its own price year")
    price_year: str = _d("the financial year whose prices the value is in")
    price_year_from: Literal["library", "line"] = _d(
        "library: from the library; line: given by the scenario because the library has none"
    )
    source: str = _d("where the figure comes from")
    citation: str = _d("source, code and price year, for quoting")
    replaces: str | None = _d(
        "for a local unit cost taking the code of a suspect library entry: that entry's citation"
    )
    uprating: Uprating = _d("how the value was moved to the reporting year's prices")
    value_in_reporting_prices: Money = _d("the value in the reporting year's prices")


class AgencyShareOut(_Out):
    agency: str = _d("agency")
    share: Exact = _d("its share of the line (0-1)")


class TimingOut(_Out):
    first_year: int | None = _d("first year the value falls in (null with a profile)")
    years: int | None = _d("number of years (null with a profile)")
    amount_is: str | None = _d("per_year or total (null with a profile)")
    drop_off: Exact = _d("share of the effect lost each year after the first")
    profile: list[tuple[int, Exact]] | None = _d("(year, share) pairs when a profile was given")


class YearAmount(_Out):
    year: int = _d("year of the appraisal (0 = first)")
    amount: Money = _d("undiscounted amount in the year (negative for a disbenefit)")
    discount_factor: Factor = _d("the line's discount factor for the year")
    present_value: Money = _d("amount x discount factor")


class LineResult(_Out):
    line: int = _d("line number in the scenario, from 1")
    id: str | None = _d("the scenario's reference for the line")
    what_was_avoided: str = _d("in plain words")
    unit_cost: UnitCostUsed = _d("the unit cost used, with citation and uprating")
    quantity: Exact = _d("how many")
    duration: Exact = _d("how many of the unit cost's units each lasts")
    duration_unit: str = _d("what the duration counts")
    probability: Exact = _d("how likely it was without the work")
    evidence_strength: str = _d("strong, moderate, weak or anecdotal")
    optimism_bias: Exact = _d("the share taken off for the evidence strength (0 for disbenefits)")
    deadweight: Exact = _d("share that would have happened anyway")
    attribution: Exact = _d("share due to this work")
    displacement: Exact = _d("share offset by a loss elsewhere")
    leakage: Exact = _d("share going outside the intended group")
    substitution: Exact = _d("share swapped for a similar activity")
    effect: str = _d("benefit or disbenefit")
    discount_as: str = _d("standard or health discount rates")
    benefit_type: str = _d("fiscal, economic or social")
    agencies: list[AgencyShareOut] = _d("who bears the cost avoided, and their shares")
    cashable: bool = _d("budget actually released (fiscal only)")
    timing: TimingOut = _d("when the value falls")
    steps: StepTotals = _d("the value after each step")
    beyond_horizon: Money = _d("adjusted, undiscounted value left out (after the horizon)")
    years: list[YearAmount] = _d("the value year by year")
    assessed_by: str = _d("who judged it")
    assessed_on: date | None = _d("when")
    rationale: str = _d("why")


class BenefitTotals(_Out):
    steps: StepTotals = _d("every line's steps added up (disbenefits negative)")
    beyond_horizon: Money = _d("adjusted, undiscounted value left out after the horizon")
    by_benefit_type: dict[str, Split] = _d("fiscal, economic and social totals (net)")
    by_agency: list[AgencyTotal] = _d("who gains; adds up to the total benefit")
    cashable: Split = _d("cashable fiscal benefit (budget actually released)")
    non_cashable: Split = _d("everything else: non-cashable fiscal, economic and social")
    disbenefits: Split = _d("the disbenefits alone, as negative amounts (already in the totals)")


class InterventionCostResult(_Out):
    line: int = _d("cost number in the scenario, from 1")
    description: str = _d("what it paid for")
    year: int = _d("first year spent")
    years: int = _d("how many years it recurs")
    basis: str = _d("estimate or actual")
    agency: str = _d("agency paying")
    source: str = _d("where the figure comes from")
    quantity: Exact | None = _d("units a year, when given as quantity x unit rate")
    unit_rate: Exact | None = _d("cost of one unit, when given as quantity x unit rate")
    unit: str = _d("the unit")
    amount: Exact = _d("a year's amount as entered (or quantity x unit rate), own price year")
    price_year: str = _d("the price year used")
    price_year_assumed: bool = _d(
        "true when the cost gave no price year and the reporting year was assumed (warned)"
    )
    uprating: Uprating = _d("how the amount was moved to the reporting year's prices")
    amount_in_reporting_prices: Money = _d("a year's amount in reporting prices")
    optimism_bias: Exact = _d("the uplift applied for its basis")
    after_optimism_bias: Money = _d("a year's amount after the uplift")
    counted: bool = _d("false when every year it falls in is beyond the time horizon")
    years_counted: int = _d("how many of its years fall within the horizon")
    discount_factor: Factor = _d("discount factor of its first year")
    undiscounted: Money = _d("total over the years counted, after the uplift")
    present_value: Money = _d("present value over the years counted")


class CostTotals(_Out):
    in_reporting_prices: Money = _d("costs counted, in reporting prices, before the uplift")
    after_optimism_bias: Money = _d("costs counted, after the uplift (undiscounted)")
    optimism_bias_added: Money = _d("how much the uplift added (undiscounted)")
    present_value: Money = _d("present value of the costs")
    beyond_horizon: Money = _d("costs left out because they fall after the horizon")
    by_agency: list[AgencyCost] = _d("who invests")


class YearFlow(_Out):
    year: int = _d("year of the appraisal (0 = first)")
    discount_factor: Factor = _d("the standard discount factor for the year")
    health_discount_factor: Factor = _d("the health discount factor for the year")
    benefits: Money = _d("net benefits in the year, undiscounted")
    fiscal_cashable_benefits: Money = _d("cashable fiscal benefits in the year, undiscounted")
    costs: Money = _d("intervention costs in the year, undiscounted, after the uplift")
    net: Money = _d("benefits - costs")
    benefits_present_value: Money = _d("present value of the year's benefits")
    costs_present_value: Money = _d("present value of the year's costs")
    net_present_value: Money = _d("benefits - costs, present values")
    cumulative_net_present_value: Money = _d("net present value to the end of this year")


class ReturnMeasure(_Out):
    """One way of counting the return: which benefits are set against the costs."""

    measure: Literal["financial_cashable", "financial", "public_value"] = _d(
        "financial_cashable: cashable fiscal benefit only (budget actually released); "
        "financial: all fiscal benefit (the financial return on investment to the public "
        "purse); public_value: fiscal + economic + social (the GMCA model's public value)"
    )
    label: str = _d("what the measure is, in words")
    benefit: Money = _d("present value of the benefits counted")
    cost: Money = _d("present value of the intervention costs")
    net_present_value: Money = _d("benefit - cost")
    ratio: Ratio | None = _d("benefit / cost, discounted; null without costs")
    ratio_text: str | None = _d("'1:x': £x of benefit for every £1 spent")
    benefit_undiscounted: Money = _d("the same benefits, undiscounted")
    cost_undiscounted: Money = _d("the costs, undiscounted")
    ratio_undiscounted: Ratio | None = _d("undiscounted benefit / undiscounted cost")


class Summary(_Out):
    total_benefit: Money = _d(
        "present value of ALL benefits, net of disbenefits: fiscal + economic + social (public "
        "value). For the return to the public purse see financial_roi."
    )
    total_cost: Money = _d("present value of intervention costs (after the cost uplift)")
    net_benefit: Money = _d("total benefit - total cost (= net present public value)")
    net_present_value: Money = _d("the same as net_benefit")
    total_benefit_undiscounted: Money = _d("all benefits, undiscounted")
    total_cost_undiscounted: Money = _d("all costs, undiscounted")
    benefit_cost_ratio: Ratio | None = _d(
        "public value ratio: total benefit / total cost (fiscal + economic + social); null "
        "without costs. Never quote it as savings: see financial_roi."
    )
    ratio: str | None = _d("the public value ratio as '1:x'")
    benefit_cost_ratio_undiscounted: Ratio | None = _d("public value ratio, undiscounted")
    fiscal_benefit: Money = _d("present value of fiscal benefits (costs agencies avoided)")
    fiscal_cashable_benefit: Money = _d("present value of cashable fiscal benefits")
    economic_benefit: Money = _d("present value of economic benefits")
    social_benefit: Money = _d("present value of social benefits")
    financial_roi: Ratio | None = _d(
        "financial return on investment: fiscal benefit / total cost; null without costs"
    )
    financial_roi_text: str | None = _d("financial_roi as '1:x'")
    financial_roi_cashable: Ratio | None = _d(
        "cashable financial return: cashable fiscal benefit / total cost"
    )
    financial_roi_cashable_text: str | None = _d("financial_roi_cashable as '1:x'")
    net_present_budget_impact: Money = _d("fiscal benefit - total cost (present values)")
    measures: list[ReturnMeasure] = _d(
        "the three returns side by side: cashable, financial (fiscal) and public value"
    )
    payback_period_years: Ratio | None = _d(
        "years until discounted CASHABLE fiscal benefits cover discounted costs (costs paid at "
        "the start of each year, benefits arriving evenly through it); null if never within "
        "the horizon"
    )
    payback_year: int | None = _d("the year in which payback happens")
    payback_basis: str = _d("what the payback counts, in words")


class SensitivityCaseResult(_Out):
    case: str = _d("the case's name")
    description: str = _d("what it changes")
    benefit_multiplier: Exact = _d("every benefit x this")
    cost_multiplier: Exact = _d("every cost x this")
    discount_rate: Exact | None = _d("a flat rate used for every year, or null for central")
    optimism_bias: dict[str, Exact] = _d("optimism bias by evidence strength used")
    summary: Summary = _d("the figures for this case")


class SensitivityTest(_Out):
    """One parameter moved on its own; everything else as central."""

    parameter: Literal["probability", "deadweight", "optimism_bias", "discount_rate", "costs"] = _d(
        "which parameter was moved"
    )
    change: Exact = _d(
        "the value tested: a multiplier (probability, costs), a change added (deadweight, "
        "optimism bias) or a rate (discount rate)"
    )
    description: str = _d("what was done, in words")
    net_present_value: Money = _d("public value net present value in this test")
    benefit_cost_ratio: Ratio | None = _d("public value ratio in this test")
    financial_net_present_value: Money = _d("fiscal benefit - cost in this test")
    financial_roi: Ratio | None = _d("fiscal benefit / cost in this test")


class SwitchingValue(_Out):
    """The value of one parameter at which a net present value reaches zero."""

    parameter: Literal["probability", "deadweight", "optimism_bias", "discount_rate", "costs"] = _d(
        "which parameter"
    )
    measure: Literal["public_value", "financial"] = _d(
        "public_value: all benefits - costs; financial: fiscal benefits - costs"
    )
    central: str = _d("the parameter's value in the central case, in words")
    switching_value: Factor | None = _d(
        "the value at which the net present value is zero: a multiplier (probability, costs), "
        "a deadweight or optimism bias applied to every line, or a discount rate for years "
        "0-30; null when no value in the allowed range makes it zero"
    )
    explanation: str = _d("what the switching value means, in words")


class Sensitivity(_Out):
    central: Summary | None = _d("the central case (the parameters as given)")
    tests: list[SensitivityTest] = _d("one-at-a-time tests")
    switching_values: list[SwitchingValue] = _d("switching values, public value and financial")
    cases: list[SensitivityCaseResult] = _d("combined cases (format 1's low and high cases)")


class DeflatorTableUsed(_Out):
    name: str = _d("name of the deflator table")
    basis: str = _d("its basis, e.g. 'financial years, 2023-24 = 100'")
    source: str = _d("where it comes from")
    vintage: str = _d("which release it is, or why it has none")
    verified: bool = _d("true only when checked against its published source")
    note: str = _d("notes kept with the table")
    coverage: str = _d("first to last year")
    queried_years: dict[str, str] = _d("years whose index is in doubt, and why")


class Prices(_Out):
    price_year: str | None = _d("the reporting price year")
    statement: str = _d("which prices every amount is in, in words")
    deflator_table: DeflatorTableUsed | None = _d("the deflator table used for uprating")


class DiscountBandOut(_Out):
    from_year: int = _d("first year of the band")
    rate: Exact = _d("rate a year")


class ParametersUsed(_Out):
    discount_rate: Exact = _d("standard rate, years 0-30")
    health_discount_rate: Exact = _d("health rate, years 0-30")
    discount_schedule: list[DiscountBandOut] = _d("standard rates by band, as applied")
    health_discount_schedule: list[DiscountBandOut] = _d("health rates by band, as applied")
    horizon_years: int = _d("years counted from year 0")
    optimism_bias: dict[str, Exact] = _d("optimism bias on benefits by evidence strength")
    cost_optimism_bias: dict[str, Exact] = _d("uplift on intervention costs, by basis")
    intervention_cost_optimism_bias: Exact = _d(
        "uplift on estimated intervention costs (kept for readers of format 1 results)"
    )


class BudgetItemOut(_Out):
    description: str = _d("what it is")
    amount: Money = _d("amount")


class NetPressureResult(_Out):
    description: str = _d("what the pressure is about")
    price_year: str | None = _d("price year")
    pressures: list[BudgetItemOut] = _d("cost growth")
    efficiencies: list[BudgetItemOut] = _d("planned efficiencies")
    total_pressures: Money = _d("sum of pressures")
    total_efficiencies: Money = _d("sum of efficiencies")
    net_pressure: Money = _d("pressures - efficiencies: what is left to fund")


class Interval(_Out):
    low: Factor = _d("lower limit")
    high: Factor = _d("upper limit")


class GroupRate(_Out):
    name: str = _d("the group")
    rate: Factor = _d("proportion achieving the outcome")
    achieved: Exact | None = _d("number achieving (from the proportion if only that was given)")
    out_of: int | None = _d("number in the group, if given")
    confidence_interval_95: Interval | None = _d(
        "Wilson score 95% interval for the rate; null without the group's size"
    )


class CohortComparisonResult(_Out):
    outcome: str = _d("the outcome compared")
    cohort: GroupRate = _d("the families worked with")
    comparison: GroupRate = _d("the comparison group")
    matched: bool = _d("whether the comparison group was matched to the cohort")
    matched_on: str = _d("how it was matched")
    difference_percentage_points: Ratio = _d("cohort rate - comparison rate, in points")
    difference_confidence_interval_95: Interval | None = _d(
        "Newcombe's hybrid score 95% interval for the difference (in proportions, -1 to 1); "
        "null without both groups' sizes"
    )
    relative_rate: Ratio | None = _d("cohort rate / comparison rate ('1.8 times')")
    relative_increase_percent: Ratio | None = _d("(relative rate - 1) x 100")
    implied_deadweight: Factor | None = _d(
        "comparison rate / cohort rate: the share of the cohort's successes that would have "
        "happened anyway, IF the comparison group is a fair counterfactual (see warnings)"
    )
    warnings: list[str] = _d("what a reader must know before quoting the comparison")


class CostBenefitResult(_Out):
    model_config = ConfigDict(frozen=True, title="FamilyCase cost-benefit result")

    format: Literal["familycase.costs-result/2"] = _d("the result format", default=RESULT_SCHEMA_ID)
    scenario_format: str = _d("the format of the scenario that was read")
    title: str = _d("the scenario's title")
    description: str = _d("the scenario's description")
    notes: list[str] = _d("how the scenario was read (e.g. an older format)")
    prices: Prices = _d("prices and the deflator table")
    rounding: str = _d("how figures are rounded")
    parameters: ParametersUsed = _d("the parameters as applied")
    summary: Summary | None = _d("the totals, ratios and payback; null without money")
    benefits: BenefitTotals | None = _d("benefits: steps, by type, by agency, cashable")
    costs: CostTotals | None = _d("intervention costs")
    who_invests_who_gains: list[InvestGain] = _d(
        "by agency: what it puts in, what it gains by type, and the net"
    )
    years: list[YearFlow] = _d("year by year flows")
    sensitivity: Sensitivity = _d("tests, switching values and combined cases")
    lines: list[LineResult] = _d("each prevented-cost line with its working")
    intervention_costs: list[InterventionCostResult] = _d("each intervention cost")
    net_pressure: NetPressureResult | None = _d("budget pressures, if given")
    cohort_comparisons: list[CohortComparisonResult] = _d("cohort comparisons, if given")
    warnings: list[str] = _d("what a reader must know before quoting the figures")
