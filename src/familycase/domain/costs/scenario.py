"""A cost-benefit scenario, in the words managers and key workers use.

A scenario lists prevented-cost lines (what was avoided, how it is priced, how likely it was, how
sure we are, and whose budget it would have hit), the intervention's own costs, and the
parameters of the appraisal. It may also carry a budget-pressure sum and cohort comparisons, the
other two kinds of figure managers quote. ``docs/costs.md`` explains every field; the JSON Schema in
``docs/costs-scenario.schema.json`` is generated from these models (``familycase costs schema``).

The format is versioned. Format 2 (``familycase.costs-scenario/2``, the default) added
displacement, leakage and substitution, disbenefits, the Green Book's health discount rate and
declining long-term schedule, intervention costs as quantity x unit rate with recurrence and an
estimate/actual basis (optimism bias on estimated costs by default), per-parameter sensitivity
and matched/unmatched cohort comparisons. A format 1 file is still read, with format 1's meaning
kept (``read_format_1``): one flat discount rate, no optimism bias on costs unless it set one,
and its low/high sensitivity cases. The result says so in ``notes``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from familycase.domain.costs.deflators import DeflatorTable
from familycase.domain.costs.discounting import (
    GREEN_BOOK_HEALTH,
    GREEN_BOOK_STANDARD,
    DiscountBand,
)
from familycase.domain.costs.money import (
    ONE,
    ZERO,
    Amount,
    FinancialYear,
    Multiplier,
    Share,
    SignedShare,
)

FORMAT_1 = "familycase.costs-scenario/1"
FORMAT_2 = "familycase.costs-scenario/2"
SCENARIO_SCHEMA_ID = FORMAT_2
MAX_YEAR = 100
MAX_HORIZON_YEARS = 60  # years 0-59: the Green Book's 3.5% to year 30, 3.0% from year 31
MAX_SENSITIVITY_VALUES = 5


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
    TOTAL = "total"  # the line's value is the whole amount over the years counted


class Effect(StrEnum):
    BENEFIT = "benefit"  # a cost avoided or a value gained: counts towards the benefit
    DISBENEFIT = "disbenefit"  # a cost caused or a value lost: taken off the benefit


class DiscountAs(StrEnum):
    STANDARD = "standard"  # the Green Book's 3.5% schedule
    HEALTH = "health"  # the Green Book's 1.5% schedule for health and life values (QALYs)


class CostBasis(StrEnum):
    ESTIMATE = "estimate"  # a forecast or budget: optimism bias applies
    ACTUAL = "actual"  # money already spent (outturn): no optimism bias


# FamilyCase's defaults (not a published standard): change them in the scenario's parameters.
DEFAULT_OPTIMISM_BIAS: dict[EvidenceStrength, Decimal] = {
    EvidenceStrength.STRONG: Decimal("0"),
    EvidenceStrength.MODERATE: Decimal("0.10"),
    EvidenceStrength.WEAK: Decimal("0.25"),
    EvidenceStrength.ANECDOTAL: Decimal("0.40"),
}
DEFAULT_DISCOUNT_RATE = 0.035  # HM Treasury Green Book social time preference rate
DEFAULT_HEALTH_DISCOUNT_RATE = 0.015  # HM Treasury Green Book rate for health and life values
# Supplementary Green Book Guidance: Optimism Bias (from Mott MacDonald, 2002, Review of Large
# Public Procurement in the UK), Table 1: "Outsourcing" projects, operating expenditure, upper
# bound 41%, lower bound 0%. The upper bound applies at the outset, before risks are mitigated.
DEFAULT_COST_OPTIMISM_BIAS_ESTIMATE = 0.41
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
        "unit, agency and price year are used. A code marked as a suspect value is refused "
        "unless a local unit cost with that code replaces it (local_unit_costs).",
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
    year: int = Field(ge=0, le=MAX_YEAR, title="Year", description="the year (0 = first)")
    share: Share = Field(title="Share of the value in that year")


class BenefitTiming(_Input):
    """When the benefit falls. Year 0 is the first year of the appraisal."""

    first_year: int = Field(
        default=0,
        ge=0,
        le=MAX_YEAR,
        title="First year",
        description="first year the value falls in (0 = the first year of the appraisal)",
    )
    years: int = Field(
        default=1,
        ge=1,
        le=MAX_YEAR,
        title="Number of years",
        description="how many years the value falls in",
    )
    amount_is: AmountIs = Field(
        default=AmountIs.PER_YEAR,
        title="The value is",
        description="per_year: the line's value falls in every one of the years (so 3 years "
        "count it three times); total: the line's value is the whole amount over those years, "
        "spread evenly (or, with drop-off, more in early years), never more or less in total.",
    )
    drop_off: Share = Field(
        default=0,
        title="Drop-off per year",
        description="The share of the effect lost each year after the first (0.2 = 20%). On a "
        "per-year amount it reduces later years (year k keeps (1 - drop-off)^k); on a total it "
        "only shapes how the total is spread over the years.",
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
        """(year, share of the line's value, drop-off factor) for each year the benefit falls.

        - per_year: share 1 in each year, drop-off factor (1 - d)^k in year k.
        - total: share (1 - d)^k / sum over j of (1 - d)^j, drop-off factor 1: the shares add
          up to 1, so drop-off moves the total towards the early years but never shrinks it.
        - profile: the shares as given, no drop-off.
        """
        if self.profile is not None:
            return [(p.year, p.share, ONE) for p in sorted(self.profile, key=lambda p: p.year)]
        keep = ONE - self.drop_off
        # (Decimal 0 ** 0 is undefined, so year 0 keeps everything explicitly.)
        kept = [ONE if k == 0 else keep**k for k in range(self.years)]
        if self.amount_is is AmountIs.PER_YEAR:
            return [(self.first_year + k, ONE, kept[k]) for k in range(self.years)]
        whole = sum(kept, ZERO)
        return [(self.first_year + k, kept[k] / whole, ONE) for k in range(self.years)]


class AgencyShare(_Input):
    agency: str = Field(min_length=1, max_length=200, title="Agency", description="the agency")
    share: Share = Field(title="Share", description="the share (0-1)")


class PreventedCostLine(_Input):
    """One thing the family would probably have needed without the work, priced."""

    id: str | None = Field(
        default=None, max_length=64, title="Reference", description="your reference for the line"
    )
    what_was_avoided: str = Field(
        min_length=1, max_length=500, title="What was avoided", description="in plain words"
    )
    unit_cost: UnitCostChoice = Field(
        title="Unit cost",
        description="a GMCA code, or a local value with its price year and source",
    )
    quantity: Amount = Field(
        title="How many", description="Count of events, people or placements (may be a fraction)."
    )
    duration: Amount = Field(
        default=1,
        title="For how long",
        description="How many of the unit cost's units each one lasts (e.g. 104 for 104 weeks "
        "at a weekly cost). 1 for a one-off cost.",
    )
    duration_unit: str = Field(
        default="",
        max_length=50,
        title="Duration unit",
        description="what the duration counts, e.g. weeks",
    )
    probability: Share = Field(
        default=1,
        title="Probability it would have happened",
        description="How likely the cost was without the work (0-1).",
    )
    evidence_strength: EvidenceStrength = Field(
        title="Evidence strength",
        description="strong, moderate, weak or anecdotal: sets the optimism bias",
    )
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
    displacement: Share = Field(
        default=0,
        title="Displacement",
        description="The share of the benefit offset by a loss elsewhere (0-1): e.g. a job the "
        "parent takes that another jobseeker would have had, or offending moved to another "
        "area.",
    )
    leakage: Share = Field(
        default=0,
        title="Leakage",
        description="The share of the benefit going to people or places outside the intended "
        "group (0-1).",
    )
    substitution: Share = Field(
        default=0,
        title="Substitution",
        description="The share of the benefit where one activity was swapped for a similar one "
        "to take advantage of the support (0-1), e.g. an employer replacing an existing worker.",
    )
    effect: Effect = Field(
        default=Effect.BENEFIT,
        title="Benefit or disbenefit",
        description="disbenefit: a cost the work caused or a value it lost (e.g. more referrals "
        "to a service); it is worked out like a benefit, is never reduced by optimism bias, "
        "and is taken off the total.",
    )
    discount_as: DiscountAs = Field(
        default=DiscountAs.STANDARD,
        title="Discount as",
        description="standard: the Green Book's 3.5% schedule; health: its 1.5% schedule for "
        "values of health and life (e.g. QALYs).",
    )
    benefit_type: BenefitType = Field(
        default=BenefitType.FISCAL,
        title="Benefit type",
        description="fiscal: a cost a public agency would have borne; economic: earnings and "
        "productivity; social: wellbeing and quality of life.",
    )
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
    timing: BenefitTiming = Field(
        default_factory=BenefitTiming,
        title="When the benefit falls",
        description="first year, years, per year or total, drop-off, or a profile",
    )
    assessed_by: str = Field(
        default="", max_length=200, title="Assessed by", description="who judged the line"
    )
    assessed_on: date | None = Field(default=None, title="Assessed on", description="when")
    rationale: str = Field(
        default="", max_length=5000, title="Rationale", description="why: the evidence for the line"
    )

    @model_validator(mode="before")
    @classmethod
    def _no_negative_amounts(cls, data: object) -> object:
        if isinstance(data, dict):
            unit_cost = data.get("unit_cost")
            values = [data.get("quantity"), data.get("duration")]
            if isinstance(unit_cost, dict):
                values.append(unit_cost.get("value"))
            for value in values:
                if isinstance(value, int | float | Decimal) and value < 0:
                    raise ValueError(
                        "A negative amount is not accepted: record a cost the work caused as a "
                        "line with effect 'disbenefit' (its value is then taken off the total)."
                    )
        return data

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
    """Money spent on the work itself (staff, commissioned services, overheads).

    Either an ``amount`` or ``quantity`` x ``unit_rate`` (e.g. 40 hours at £32 an hour), in
    each year from ``year`` for ``years`` years (a recurring cost counts in every one of them).
    """

    description: str = Field(
        min_length=1, max_length=500, title="What it paid for", description="in plain words"
    )
    year: int = Field(
        default=0, ge=0, le=MAX_YEAR, title="Year", description="the first year it is spent in"
    )
    years: int = Field(
        default=1,
        ge=1,
        le=MAX_YEAR,
        title="Recurs for (years)",
        description="how many years it is spent in, from 'year' on; the amount is per year",
    )
    amount: Amount | None = Field(
        default=None, title="Amount (£)", description="a year's amount, if not quantity x rate"
    )
    quantity: Amount | None = Field(
        default=None, title="Quantity", description="how many units a year (e.g. hours)"
    )
    unit_rate: Amount | None = Field(
        default=None, title="Unit rate (£)", description="the cost of one unit (e.g. an hour)"
    )
    unit: str = Field(default="", max_length=100, title="Unit", description="e.g. hour, session")
    price_year: FinancialYear | None = Field(
        default=None,
        title="Price year",
        description="The financial year whose prices the amount or rate is in. If it is left "
        "out, the reporting price year is used and the result warns that it was assumed.",
    )
    basis: CostBasis = Field(
        default=CostBasis.ESTIMATE,
        title="Estimate or actual",
        description="estimate: a forecast or budget, increased by the cost optimism bias; "
        "actual: money already spent (outturn), not increased.",
    )
    agency: str = Field(
        default="",
        max_length=200,
        title="Agency paying",
        description="the agency that pays (for who invests / who gains)",
    )
    source: str = Field(
        default="", max_length=500, title="Source", description="where the figures come from"
    )

    @model_validator(mode="after")
    def _amount_or_rate(self) -> InterventionCost:
        priced = self.quantity is not None or self.unit_rate is not None
        if (self.amount is None) == (not priced):
            raise ValueError("Give either an amount or a quantity and a unit rate.")
        if priced and (self.quantity is None or self.unit_rate is None):
            raise ValueError("Give both the quantity and the unit rate.")
        return self

    def amount_per_year(self) -> Decimal:
        """The amount spent in each year it recurs, in its own price year."""
        if self.amount is not None:
            return self.amount
        assert self.quantity is not None and self.unit_rate is not None
        return self.quantity * self.unit_rate


class SensitivityCase(_Input):
    """A named case changing several things at once (format 1's low and high cases)."""

    name: str = Field(
        default="case",
        min_length=1,
        max_length=50,
        title="Name",
        description="the group's or case's name",
    )
    description: str = Field(
        default="", max_length=500, title="Description", description="more about it"
    )
    benefit_multiplier: Amount = Field(
        default=1, le=10, title="Benefit multiplier", description="every benefit x this"
    )
    cost_multiplier: Amount = Field(
        default=1, le=10, title="Cost multiplier", description="every cost x this"
    )
    discount_rate: Share | None = Field(
        default=None, title="Discount rate", description="a flat rate for every year instead"
    )
    optimism_bias: dict[EvidenceStrength, Share] | None = Field(
        default=None,
        title="Optimism bias by evidence strength",
        description="the share taken off a benefit for each strength",
    )


def _values(*numbers: str, title: str, description: str) -> Any:
    return Field(
        default_factory=lambda: [Decimal(n) for n in numbers],
        max_length=MAX_SENSITIVITY_VALUES,
        title=title,
        description=description,
    )


class Sensitivity(_Input):
    """One-at-a-time tests: each parameter moved on its own, everything else as central.

    FamilyCase's default values, not a published standard: set your own. Switching values (the
    value of each parameter at which the net benefit reaches zero) are always worked out.
    """

    probability: list[Multiplier] = _values(
        "0.8",
        "1.2",
        title="Probability multipliers",
        description="Each value is one test: every line's probability x the value (capped at 1).",
    )
    deadweight: list[SignedShare] = _values(
        "0.1",
        "-0.1",
        title="Deadweight changes",
        description="Each value is one test: added to every line's deadweight (kept within 0-1).",
    )
    optimism_bias: list[SignedShare] = _values(
        "0.1",
        "-0.1",
        title="Optimism bias changes",
        description="Each value is one test: added to the optimism bias of every benefit line "
        "(kept within 0-1).",
    )
    discount_rate: list[Share] = _values(
        "0.015",
        "0.05",
        title="Discount rates",
        description="Each value is one test: the standard rate for years 0-30 (the first band "
        "of the schedule); health rates and later bands as central.",
    )
    costs: list[Multiplier] = _values(
        "1.2",
        title="Cost multipliers",
        description="Each value is one test: every intervention cost x the value.",
    )
    cases: list[SensitivityCase] = Field(
        default_factory=list,
        max_length=10,
        title="Combined cases",
        description="Named cases changing several things at once (a format 1 file's low and "
        "high cases are read into this).",
    )


class LongTermBand(_Input):
    """From ``from_year`` on (after year 30 in the Green Book), the standard and health rates."""

    from_year: int = Field(ge=1, le=1000, title="From year", description="first year of the band")
    standard: Share = Field(title="Standard rate")
    health: Share = Field(title="Health rate")


def _green_book_long_term() -> list[dict[str, object]]:
    return [
        {"from_year": s.from_year, "standard": float(s.rate), "health": float(h.rate)}
        for s, h in zip(GREEN_BOOK_STANDARD[1:], GREEN_BOOK_HEALTH[1:], strict=True)
    ]


class CostOptimismBias(_Input):
    """The uplift on intervention costs, by whether they are estimates or money spent."""

    estimate: Amount = Field(
        default=DEFAULT_COST_OPTIMISM_BIAS_ESTIMATE,
        le=2,
        title="On estimated costs",
        description="Added to an estimated cost (0.41 = 41% more). Default: the upper bound for "
        "operating expenditure of 'outsourcing' (service) projects in HM Treasury's "
        "Supplementary Green Book Guidance on optimism bias (Mott MacDonald, 2002), to be "
        "reduced towards its lower bound (0%) as the estimate's risks are managed.",
    )
    actual: Amount = Field(
        default=0,
        le=2,
        title="On actual costs",
        description="Added to money already spent (0 by default: an outturn is not a forecast).",
    )


class Parameters(_Input):
    discount_rate: Share = Field(
        default=DEFAULT_DISCOUNT_RATE,
        title="Discount rate",
        description="The standard real discount rate a year for years 0-30 (HM Treasury Green "
        "Book: 0.035). Later years use long_term_rates.",
    )
    health_discount_rate: Share = Field(
        default=DEFAULT_HEALTH_DISCOUNT_RATE,
        title="Health discount rate",
        description="For lines discounted as health (values of health and life, e.g. QALYs), "
        "years 0-30 (Green Book: 0.015).",
    )
    long_term_rates: list[LongTermBand] = Field(
        default_factory=_green_book_long_term,
        max_length=20,
        title="Long-term rates",
        description="After year 30, the rates decline: the Green Book's schedule (Annex A6) "
        "by default. An empty list keeps the year 0-30 rates for every year (a flat rate).",
    )
    horizon_years: int = Field(
        default=DEFAULT_HORIZON_YEARS,
        ge=1,
        le=MAX_HORIZON_YEARS,
        title="Time horizon (years)",
        description="Years counted, from year 0 (at most 60); anything later is left out and "
        "reported.",
    )
    optimism_bias: dict[EvidenceStrength, Share] = Field(
        default={strength.value: float(bias) for strength, bias in DEFAULT_OPTIMISM_BIAS.items()},
        title="Optimism bias by evidence strength",
        description="The share taken off a benefit for each strength of evidence. Strengths "
        "left out keep FamilyCase's defaults (not a published standard).",
    )
    cost_optimism_bias: CostOptimismBias = Field(
        default_factory=CostOptimismBias,
        title="Optimism bias on intervention costs",
        description="The uplift on estimated and on actual intervention costs.",
    )

    @field_validator("optimism_bias")
    @classmethod
    def _complete(cls, value: dict[EvidenceStrength, Decimal]) -> dict[EvidenceStrength, Decimal]:
        return {**DEFAULT_OPTIMISM_BIAS, **value}

    @field_validator("long_term_rates")
    @classmethod
    def _ordered(cls, value: list[LongTermBand]) -> list[LongTermBand]:
        years = [b.from_year for b in value]
        if years != sorted(set(years)):
            raise ValueError("The long-term bands must start in different years, in order.")
        return value

    def standard_bands(self) -> tuple[DiscountBand, ...]:
        return (
            DiscountBand(from_year=0, rate=self.discount_rate),
            *(DiscountBand(from_year=b.from_year, rate=b.standard) for b in self.long_term_rates),
        )

    def health_bands(self) -> tuple[DiscountBand, ...]:
        return (
            DiscountBand(from_year=0, rate=self.health_discount_rate),
            *(DiscountBand(from_year=b.from_year, rate=b.health) for b in self.long_term_rates),
        )


class BudgetItem(_Input):
    description: str = Field(
        min_length=1, max_length=500, title="Description", description="more about it"
    )
    amount: Amount = Field(title="Amount (£)")


class BudgetPressures(_Input):
    """Cost growth set against planned efficiencies: the net pressure left to fund."""

    description: str = Field(
        default="", max_length=1000, title="Description", description="more about it"
    )
    pressures: list[BudgetItem] = Field(
        min_length=1, title="Pressures", description="cost growth items"
    )
    efficiencies: list[BudgetItem] = Field(
        default_factory=list, title="Efficiencies", description="planned efficiencies"
    )


class CohortGroup(_Input):
    """A group's rate: the numbers (achieved out of how many), or a proportion with or without
    the group's size. Without a size there is no confidence interval."""

    name: str = Field(
        min_length=1, max_length=200, title="Name", description="the group's or case's name"
    )
    proportion: Share | None = Field(
        default=None,
        title="Proportion achieving the outcome",
        description="0-1; give out_of too for a confidence interval",
    )
    achieved: int | None = Field(
        default=None, ge=0, title="Number achieving the outcome", description="how many achieved it"
    )
    out_of: int | None = Field(
        default=None, gt=0, title="Number in the group", description="the group's size"
    )

    @model_validator(mode="after")
    def _rate_given_once(self) -> CohortGroup:
        if self.proportion is not None:
            if self.achieved is not None:
                raise ValueError("Give either a proportion or the number achieving, not both.")
            return self
        if self.achieved is None or self.out_of is None:
            raise ValueError(
                "Give the number achieving and the number in the group, or a proportion."
            )
        if self.achieved > self.out_of:
            raise ValueError("More people achieved the outcome than are in the group.")
        return self

    def rate(self) -> Decimal:
        if self.proportion is not None:
            return self.proportion
        return Decimal(self.achieved or 0) / Decimal(self.out_of or 1)

    def successes(self) -> Decimal | None:
        """How many achieved the outcome (possibly fractional from a proportion), if known."""
        if self.out_of is None:
            return None
        return self.rate() * self.out_of


class CohortComparison(_Input):
    outcome: str = Field(
        min_length=1, max_length=500, title="Outcome compared", description="the outcome, in words"
    )
    cohort: CohortGroup = Field(title="Cohort", description="the families worked with")
    comparison: CohortGroup = Field(
        title="Comparison group", description="the group they are compared with"
    )
    matched: bool = Field(
        default=False,
        title="Comparison group matched",
        description="True only if the comparison group was chosen to match the cohort (for "
        "example on need, age and history). An unmatched group is a weak counterfactual, and "
        "the result warns so.",
    )
    matched_on: str = Field(
        default="", max_length=1000, title="Matched on", description="how it was matched"
    )


class LocalUnitCostInput(_Input):
    """A unit cost given in the scenario. With the code of a suspect library entry it replaces
    that entry (after checking the published source); other library codes are refused."""

    code: str = Field(
        min_length=1,
        max_length=20,
        pattern=r"^[A-Za-z0-9.&_-]+$",
        title="Code",
        description="the unit cost code",
    )
    description: str = Field(
        min_length=1, max_length=500, title="Description", description="more about it"
    )
    unit: str = Field(
        min_length=1, max_length=100, title="Unit", description="e.g. per week, per incident"
    )
    value: Amount = Field(title="Value (£)")
    agency: str = Field(
        min_length=1,
        max_length=200,
        title="Agency that bears the cost",
        description="the agency whose budget the cost falls on",
    )
    price_year: FinancialYear = Field(title="Price year")
    source: str = Field(
        min_length=1, max_length=2000, title="Source", description="where the figure comes from"
    )


class Scenario(_Input):
    """Everything ``familycase costs evaluate`` needs."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        validate_default=True,
        title="FamilyCase cost-benefit scenario",
    )

    format: Literal["familycase.costs-scenario/1", "familycase.costs-scenario/2"] = Field(
        default=FORMAT_2,
        title="Scenario format",
        description="familycase.costs-scenario/2 (current). A /1 file is read with format 1's "
        "meaning kept, and the result says so.",
    )
    title: str = Field(
        min_length=1, max_length=300, title="Title", description="what the scenario is, in a line"
    )
    description: str = Field(
        default="", max_length=5000, title="Description", description="more about it"
    )
    reporting_price_year: FinancialYear | None = Field(
        default=None,
        title="Reporting price year",
        description="Every amount is shown in this financial year's prices, e.g. 2024-25.",
    )
    parameters: Parameters = Field(
        default_factory=Parameters,
        title="Parameters",
        description="discount rates, horizon and optimism bias",
    )
    sensitivity: Sensitivity = Field(
        default_factory=Sensitivity,
        title="Sensitivity",
        description="one-at-a-time tests and combined cases",
    )
    deflators: DeflatorTable | None = Field(
        default=None,
        title="Deflator table",
        description="Replaces FamilyCase's default GDP deflator table for this scenario.",
    )
    local_unit_costs: list[LocalUnitCostInput] = Field(
        default_factory=list,
        title="Local unit costs",
        description="Unit costs for this scenario; a line uses one by its code (gmca_code). "
        "With the code of a suspect library entry, it replaces that entry.",
    )
    prevented_costs: list[PreventedCostLine] = Field(
        default_factory=list,
        title="Prevented costs",
        description="the lines: each thing avoided, priced and adjusted",
    )
    intervention_costs: list[InterventionCost] = Field(
        default_factory=list, title="Intervention costs", description="what the work cost"
    )
    budget_pressures: BudgetPressures | None = Field(
        default=None, title="Budget pressures", description="cost growth set against efficiencies"
    )
    cohort_comparisons: list[CohortComparison] = Field(
        default_factory=list,
        title="Cohort comparisons",
        description="outcome rates of the families worked with against a comparison group",
    )

    @model_validator(mode="before")
    @classmethod
    def _read_format_1(cls, data: object) -> object:
        return read_format_1(data)

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


# --- format 1 ---------------------------------------------------------------------------------

FORMAT_1_NOTE = (
    "This scenario is in format 1 (familycase.costs-scenario/1) and was read with format 1's "
    "meaning kept: one flat discount rate for every year and every line (no health rate, no "
    "declining long-term schedule), optimism bias on intervention costs only as the file set it "
    "(0 if not set) whether estimated or spent, and its low and high sensitivity cases. Format 2 "
    "adds the Green Book's health rate and long-term schedule, a 41% uplift on estimated costs "
    "by default, displacement, leakage, substitution and disbenefits."
)
_V1_DEFAULT_CASES = [
    {
        "name": "low",
        "description": "Benefits 20% lower than central, costs as central.",
        "benefit_multiplier": "0.8",
    },
    {
        "name": "high",
        "description": "Benefits 20% higher than central, costs as central.",
        "benefit_multiplier": "1.2",
    },
]


def read_format_1(data: object) -> object:
    """A format 1 scenario as the same scenario in format 2 terms, meaning unchanged."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_1:
        return data
    data = dict(data)
    params = dict(data.get("parameters") or {})
    if isinstance(params, dict):
        rate = params.get("discount_rate", DEFAULT_DISCOUNT_RATE)
        params.setdefault("health_discount_rate", rate)
        params.setdefault("long_term_rates", [])
        if "intervention_cost_optimism_bias" in params:
            uplift = params.pop("intervention_cost_optimism_bias")
        else:
            uplift = 0
        params.setdefault("cost_optimism_bias", {"estimate": uplift, "actual": uplift})
        data["parameters"] = params
    sensitivity = data.get("sensitivity")
    if sensitivity is None:
        data["sensitivity"] = {"cases": _V1_DEFAULT_CASES}
    elif isinstance(sensitivity, dict) and ({"low", "high"} & set(sensitivity)):
        cases = []
        for name in ("low", "high"):
            case = sensitivity.get(name)
            if case is None:
                case = next(c for c in _V1_DEFAULT_CASES if c["name"] == name)
            if isinstance(case, dict):
                cases.append({"name": name, **{k: v for k, v in case.items() if k != "name"}})
        rest = {k: v for k, v in sensitivity.items() if k not in ("low", "high")}
        data["sensitivity"] = {**rest, "cases": cases}
    return data
