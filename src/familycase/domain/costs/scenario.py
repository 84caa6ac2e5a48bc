"""A cost-benefit scenario, in the words managers and key workers use.

A scenario lists prevented-cost lines (what was avoided, how it is priced, how likely it was, how
sure we are, and whose budget it would have hit), the intervention's own costs, and the
parameters of the appraisal. It may also carry a budget-pressure sum and cohort comparisons, the
other two kinds of figure managers quote. ``docs/costs.md`` explains every field; the JSON Schema in
``docs/costs-scenario.schema.json`` is generated from these models (``familycase costs schema``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from familycase.domain.costs.deflators import DeflatorTable
from familycase.domain.costs.money import ONE, ZERO, Amount, FinancialYear, Share

SCENARIO_SCHEMA_ID = "familycase.costs-scenario/1"
MAX_YEAR = 100
MAX_HORIZON_YEARS = 30  # the Green Book's 3.5% applies to years 0-30; it steps down after that


class EvidenceStrength(StrEnum):
    """How good the evidence is that this cost would have arisen (sets the optimism bias)."""

    STRONG = "strong"  # recorded, local, recent (e.g. a decision to accommodate was pending)
    MODERATE = "moderate"  # a practitioner's assessment backed by records or research
    WEAK = "weak"  # a judgement with little corroboration
    ANECDOTAL = "anecdotal"  # what someone said might have happened


class BenefitType(StrEnum):
    FISCAL = "fiscal"  # public purse: a cost an agency would have borne
    ECONOMIC = "economic"  # wider economy: earnings, productivity
    SOCIAL = "social"  # wellbeing and quality of life (e.g. QALYs)


class AmountIs(StrEnum):
    PER_YEAR = "per_year"  # the line's value falls in each year counted
    TOTAL = "total"  # the line's value is spread evenly over the years counted


# FamilyCase's defaults (not a published standard): change them in the scenario's parameters.
DEFAULT_OPTIMISM_BIAS: dict[EvidenceStrength, Decimal] = {
    EvidenceStrength.STRONG: Decimal("0"),
    EvidenceStrength.MODERATE: Decimal("0.10"),
    EvidenceStrength.WEAK: Decimal("0.25"),
    EvidenceStrength.ANECDOTAL: Decimal("0.40"),
}
DEFAULT_DISCOUNT_RATE = 0.035  # HM Treasury Green Book social time preference rate
DEFAULT_HORIZON_YEARS = 10
SHARE_TOLERANCE = Decimal("0.000001")


class _Input(BaseModel):
    # Defaults are written as plain numbers (so the JSON Schema shows them as numbers) and
    # validated into Decimals like any input.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, validate_default=True)


class UnitCostChoice(_Input):
    """Either a code from the unit cost library, or a local figure with its year and source."""

    gmca_code: str | None = Field(
        default=None,
        min_length=1,
        max_length=20,
        title="GMCA code",
        description="A code from the GMCA unit cost database, e.g. SS3.0. The library's value, "
        "unit, agency and price year are used.",
    )
    value: Amount | None = Field(
        default=None, title="Unit cost (£)", description="A local unit cost, in pounds."
    )
    price_year: FinancialYear | None = Field(
        default=None,
        title="Price year",
        description="The financial year whose prices the value is in, e.g. 2019-20. Required "
        "with a local value; with a GMCA code only when the library has no price year for it.",
    )
    source: str | None = Field(
        default=None, max_length=500, title="Source", description="Where a local value comes from."
    )
    unit: str | None = Field(
        default=None, max_length=100, title="Unit", description="e.g. per week, per incident."
    )

    @model_validator(mode="after")
    def _one_kind(self) -> UnitCostChoice:
        if (self.gmca_code is None) == (self.value is None):
            raise ValueError("Give either a GMCA code or a local value, not both and not neither.")
        if self.gmca_code is not None and (self.source or self.unit):
            raise ValueError(
                "A GMCA code brings its own source and unit; give a local value to use others."
            )
        if self.value is not None and (self.price_year is None or not self.source):
            raise ValueError("A local unit cost needs its price year and its source.")
        return self


class YearShare(_Input):
    year: int = Field(ge=0, le=MAX_YEAR, title="Year")
    share: Share = Field(title="Share of the value in that year")


class BenefitTiming(_Input):
    """When the benefit falls. Year 0 is the first year of the appraisal."""

    first_year: int = Field(default=0, ge=0, le=MAX_YEAR, title="First year")
    years: int = Field(default=1, ge=1, le=MAX_YEAR, title="Number of years")
    amount_is: AmountIs = Field(
        default=AmountIs.PER_YEAR,
        title="The value is",
        description="per_year: the value falls in every year counted; total: the value is "
        "spread evenly over those years.",
    )
    drop_off: Share = Field(
        default=0,
        title="Drop-off per year",
        description="The share of the effect lost each year after the first (0.2 = 20%).",
    )
    profile: list[YearShare] | None = Field(
        default=None,
        min_length=1,
        title="Profile over years",
        description="Instead of the fields above: the share of the value falling in each year.",
    )

    @model_validator(mode="after")
    def _profile_or_pattern(self) -> BenefitTiming:
        if self.profile is not None:
            clash = {"first_year", "years", "amount_is", "drop_off"} & self.model_fields_set
            if clash:
                raise ValueError(
                    "Give either a profile over years or a first year, number of years and "
                    "drop-off, not both."
                )
            years = [p.year for p in self.profile]
            if len(set(years)) != len(years):
                raise ValueError("Each year can appear only once in the profile.")
        return self

    def weights(self) -> list[tuple[int, Decimal, Decimal]]:
        """(year, share of the line's value, drop-off factor) for each year the benefit falls."""
        if self.profile is not None:
            return [(p.year, p.share, ONE) for p in sorted(self.profile, key=lambda p: p.year)]
        share = ONE if self.amount_is is AmountIs.PER_YEAR else ONE / self.years
        keep = ONE - self.drop_off
        # (Decimal 0 ** 0 is undefined, so year 0 keeps everything explicitly.)
        return [(self.first_year + k, share, ONE if k == 0 else keep**k) for k in range(self.years)]


class AgencyShare(_Input):
    agency: str = Field(min_length=1, max_length=200, title="Agency")
    share: Share = Field(title="Share")


class PreventedCostLine(_Input):
    """One thing the family would probably have needed without the work, priced."""

    id: str | None = Field(default=None, max_length=64, title="Reference")
    what_was_avoided: str = Field(min_length=1, max_length=500, title="What was avoided")
    unit_cost: UnitCostChoice = Field(title="Unit cost")
    quantity: Amount = Field(
        title="How many", description="Count of events, people or placements (may be a fraction)."
    )
    duration: Amount = Field(
        default=1,
        title="For how long",
        description="How many of the unit cost's units each one lasts (e.g. 104 for 104 weeks "
        "at a weekly cost). 1 for a one-off cost.",
    )
    duration_unit: str = Field(default="", max_length=50, title="Duration unit")
    probability: Share = Field(
        default=1,
        title="Probability it would have happened",
        description="How likely the cost was without the work (0-1).",
    )
    evidence_strength: EvidenceStrength = Field(title="Evidence strength")
    deadweight: Share = Field(
        default=0,
        title="Deadweight",
        description="The share of the improvement that would have happened anyway (0-1).",
    )
    attribution: Share = Field(
        default=1,
        title="Attribution",
        description="The share of the improvement due to this work rather than others' (0-1).",
    )
    benefit_type: BenefitType = Field(default=BenefitType.FISCAL, title="Benefit type")
    agency: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        title="Agency bearing the cost",
        description="Defaults to the library's agency for a GMCA code.",
    )
    agency_split: list[AgencyShare] | None = Field(
        default=None,
        min_length=1,
        title="Split between agencies",
        description="Instead of one agency: each agency's share (shares add up to 1).",
    )
    cashable: bool = Field(
        default=False,
        title="Cashable",
        description="True only if budget is actually released (fiscal benefits only).",
    )
    timing: BenefitTiming = Field(default_factory=BenefitTiming, title="When the benefit falls")
    assessed_by: str = Field(default="", max_length=200, title="Assessed by")
    assessed_on: date | None = Field(default=None, title="Assessed on")
    rationale: str = Field(default="", max_length=5000, title="Rationale")

    @model_validator(mode="after")
    def _consistent(self) -> PreventedCostLine:
        if self.agency is not None and self.agency_split is not None:
            raise ValueError("Give either one agency or a split between agencies, not both.")
        if self.agency_split is not None:
            total = sum((s.share for s in self.agency_split), ZERO)
            if abs(total - ONE) > SHARE_TOLERANCE:
                raise ValueError("The shares of the split between agencies must add up to 1.")
            names = [s.agency.casefold() for s in self.agency_split]
            if len(set(names)) != len(names):
                raise ValueError("Each agency can appear only once in the split.")
        if self.cashable and self.benefit_type is not BenefitType.FISCAL:
            raise ValueError("Only a fiscal benefit can be cashable.")
        return self


class InterventionCost(_Input):
    """Money spent on the work itself (staff, commissioned services, overheads)."""

    description: str = Field(min_length=1, max_length=500, title="What it paid for")
    year: int = Field(default=0, ge=0, le=MAX_YEAR, title="Year")
    amount: Amount = Field(title="Amount (£)")
    price_year: FinancialYear | None = Field(
        default=None, title="Price year", description="Defaults to the reporting price year."
    )
    agency: str = Field(default="", max_length=200, title="Agency paying")
    source: str = Field(default="", max_length=500, title="Source")


class SensitivityCase(_Input):
    description: str = Field(default="", max_length=500, title="Description")
    benefit_multiplier: Amount = Field(default=1, le=10, title="Benefit multiplier")
    cost_multiplier: Amount = Field(default=1, le=10, title="Cost multiplier")
    discount_rate: Share | None = Field(default=None, title="Discount rate")
    optimism_bias: dict[EvidenceStrength, Share] | None = Field(
        default=None, title="Optimism bias by evidence strength"
    )


class Sensitivity(_Input):
    """Low and high cases around the central one (the parameters as given)."""

    low: SensitivityCase = Field(
        default_factory=lambda: SensitivityCase(
            description="Benefits 20% lower than central, costs as central.",
            benefit_multiplier=Decimal("0.8"),
        ),
        title="Low case",
    )
    high: SensitivityCase = Field(
        default_factory=lambda: SensitivityCase(
            description="Benefits 20% higher than central, costs as central.",
            benefit_multiplier=Decimal("1.2"),
        ),
        title="High case",
    )


class Parameters(_Input):
    discount_rate: Share = Field(
        default=DEFAULT_DISCOUNT_RATE,
        title="Discount rate",
        description="Real discount rate per year; HM Treasury Green Book: 0.035.",
    )
    horizon_years: int = Field(
        default=DEFAULT_HORIZON_YEARS,
        ge=1,
        le=MAX_HORIZON_YEARS,
        title="Time horizon (years)",
        description="Years counted, from year 0; anything later is left out and reported.",
    )
    optimism_bias: dict[EvidenceStrength, Share] = Field(
        default={strength.value: float(bias) for strength, bias in DEFAULT_OPTIMISM_BIAS.items()},
        title="Optimism bias by evidence strength",
        description="The share taken off a benefit for each strength of evidence. Strengths "
        "left out keep FamilyCase's defaults.",
    )
    intervention_cost_optimism_bias: Amount = Field(
        default=0,
        le=2,
        title="Optimism bias on intervention costs",
        description="Added to intervention costs (0.1 = 10% more), as the Green Book advises "
        "for spending plans.",
    )

    @field_validator("optimism_bias")
    @classmethod
    def _complete(cls, value: dict[EvidenceStrength, Decimal]) -> dict[EvidenceStrength, Decimal]:
        return {**DEFAULT_OPTIMISM_BIAS, **value}


class BudgetItem(_Input):
    description: str = Field(min_length=1, max_length=500, title="Description")
    amount: Amount = Field(title="Amount (£)")


class BudgetPressures(_Input):
    """Cost growth set against planned efficiencies: the net pressure left to fund."""

    description: str = Field(default="", max_length=1000, title="Description")
    pressures: list[BudgetItem] = Field(min_length=1, title="Pressures")
    efficiencies: list[BudgetItem] = Field(default_factory=list, title="Efficiencies")


class CohortGroup(_Input):
    name: str = Field(min_length=1, max_length=200, title="Name")
    proportion: Share | None = Field(default=None, title="Proportion achieving the outcome")
    achieved: int | None = Field(default=None, ge=0, title="Number achieving the outcome")
    out_of: int | None = Field(default=None, gt=0, title="Number in the group")

    @model_validator(mode="after")
    def _rate_given_once(self) -> CohortGroup:
        counts = self.achieved is not None or self.out_of is not None
        if (self.proportion is None) == (not counts):
            raise ValueError("Give either a proportion or the numbers achieving and in the group.")
        if counts:
            if self.achieved is None or self.out_of is None:
                raise ValueError("Give both the number achieving and the number in the group.")
            if self.achieved > self.out_of:
                raise ValueError("More people achieved the outcome than are in the group.")
        return self

    def rate(self) -> Decimal:
        if self.proportion is not None:
            return self.proportion
        return Decimal(self.achieved or 0) / Decimal(self.out_of or 1)


class CohortComparison(_Input):
    outcome: str = Field(min_length=1, max_length=500, title="Outcome compared")
    cohort: CohortGroup = Field(title="Cohort")
    comparison: CohortGroup = Field(title="Comparison group")


class Scenario(_Input):
    """Everything ``familycase costs evaluate`` needs."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        validate_default=True,
        title="FamilyCase cost-benefit scenario",
    )

    format: Literal["familycase.costs-scenario/1"] = Field(
        default=SCENARIO_SCHEMA_ID, title="Scenario format"
    )
    title: str = Field(min_length=1, max_length=300, title="Title")
    description: str = Field(default="", max_length=5000, title="Description")
    reporting_price_year: FinancialYear | None = Field(
        default=None,
        title="Reporting price year",
        description="Every amount is shown in this financial year's prices, e.g. 2024-25.",
    )
    parameters: Parameters = Field(default_factory=Parameters, title="Parameters")
    sensitivity: Sensitivity = Field(default_factory=Sensitivity, title="Sensitivity")
    deflators: DeflatorTable | None = Field(
        default=None,
        title="Deflator table",
        description="Replaces FamilyCase's default GDP deflator table for this scenario.",
    )
    prevented_costs: list[PreventedCostLine] = Field(default_factory=list, title="Prevented costs")
    intervention_costs: list[InterventionCost] = Field(
        default_factory=list, title="Intervention costs"
    )
    budget_pressures: BudgetPressures | None = Field(default=None, title="Budget pressures")
    cohort_comparisons: list[CohortComparison] = Field(
        default_factory=list, title="Cohort comparisons"
    )

    @model_validator(mode="after")
    def _something_to_do(self) -> Scenario:
        money = bool(self.prevented_costs or self.intervention_costs or self.budget_pressures)
        if not money and not self.cohort_comparisons:
            raise ValueError(
                "The scenario has nothing to evaluate: add prevented costs, intervention costs, "
                "budget pressures or a cohort comparison."
            )
        if money and self.reporting_price_year is None:
            raise ValueError(
                "Reporting price year is required when the scenario has amounts of money."
            )
        return self
