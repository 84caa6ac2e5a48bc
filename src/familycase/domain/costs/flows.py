"""The flows of the cost-benefit engine: assumptions, resolved lines and costs, and each
one's money year by year (engine.py adds them up into a result; sensitivity.py re-runs them
under other assumptions). Pure arithmetic, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from familycase.domain.costs.deflators import DeflatorTable, Uprating, uprate
from familycase.domain.costs.discounting import DiscountBand, discount_factors, flat
from familycase.domain.costs.library import UnitCost, UnitCostLibrary
from familycase.domain.costs.money import ONE, ZERO
from familycase.domain.costs.result import (
    Summary,
    UnitCostUsed,
    YearFlow,
)
from familycase.domain.costs.scenario import (
    BenefitType,
    CostBasis,
    DiscountAs,
    Effect,
    EvidenceStrength,
    InterventionCost,
    PreventedCostLine,
    SensitivityCase,
)
from familycase.domain.errors import DomainValidationError, FieldProblem


def clamp(value: Decimal) -> Decimal:
    """Kept within 0-1."""
    return min(ONE, max(ZERO, value))


# --- assumptions -------------------------------------------------------------------------


@dataclass(frozen=True)
class Assumptions:
    """The numbers one case (central, a test or a combined case) is worked out with."""

    standard_bands: tuple[DiscountBand, ...]
    health_bands: tuple[DiscountBand, ...]
    horizon_years: int
    optimism_bias: dict[EvidenceStrength, Decimal]
    cost_optimism_bias: dict[CostBasis, Decimal]
    benefit_multiplier: Decimal = ONE
    cost_multiplier: Decimal = ONE
    _factors: dict[DiscountAs, list[Decimal]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def factors(self, how: DiscountAs) -> list[Decimal]:
        """Discount factors for years 0 .. horizon-1 (worked out once)."""
        found = self._factors.get(how)  # by the member itself: ``.value`` is slow to read
        if found is None:
            bands = self.health_bands if how is DiscountAs.HEALTH else self.standard_bands
            found = self._factors[how] = discount_factors(bands, self.horizon_years)
        return found

    def with_case(self, case: SensitivityCase) -> Assumptions:
        bands = (
            (flat(case.discount_rate), flat(case.discount_rate))
            if case.discount_rate is not None
            else (self.standard_bands, self.health_bands)
        )
        return Assumptions(
            standard_bands=bands[0],
            health_bands=bands[1],
            horizon_years=self.horizon_years,
            optimism_bias={**self.optimism_bias, **(case.optimism_bias or {})},
            cost_optimism_bias=self.cost_optimism_bias,
            benefit_multiplier=case.benefit_multiplier,
            cost_multiplier=case.cost_multiplier,
        )


def discount_factor(rate: Decimal, year: int) -> Decimal:
    """1 / (1 + rate) ^ year: what £1 in ``year`` is worth in year 0 at a flat rate."""
    return ONE / (ONE + rate) ** year


# --- resolving lines -----------------------------------------------------------------------


@dataclass(frozen=True)
class ResolvedLine:
    number: int
    line: PreventedCostLine
    unit_cost: UnitCostUsed
    agencies: list[tuple[str, Decimal]]

    @property
    def unit_value(self) -> Decimal:
        return self.unit_cost.value_in_reporting_prices


@dataclass(frozen=True)
class ResolvedCost:
    number: int
    cost: InterventionCost
    uprating: Uprating
    price_year: str
    price_year_assumed: bool
    amount: Decimal  # a year's amount, in reporting prices


def _problem(field_label: str, message: str) -> DomainValidationError:
    return DomainValidationError([FieldProblem(field_label, message)])


def suspect_message(entry: UnitCost, library_name: str) -> str:
    return (
        f"{entry.code} is marked as a suspect value in {library_name}: {entry.suspect} To use "
        f"it, check the figure against the published workbook and add a local unit cost with "
        f"the code {entry.code} and the checked value, price year and source (in the "
        f"scenario's local_unit_costs, or in the vault: familycase costs unit-cost add "
        f"{entry.code} ...), or choose another unit cost."
    )


@dataclass
class Shared:
    """What lines and costs with the same unit cost (or price year) share in one resolution:
    the unit cost used and the uprating are worked out once and the same objects used for each
    (they do not depend on anything else about the line or cost)."""

    unit_costs: dict[tuple[object, ...], tuple[UnitCostUsed, str | None]] = field(
        default_factory=dict
    )
    upratings: dict[tuple[str, str], Uprating] = field(default_factory=dict)


def resolve_line(
    number: int,
    line: PreventedCostLine,
    library: UnitCostLibrary,
    deflators: DeflatorTable,
    reporting_year: str,
    local_codes: frozenset[str] = frozenset(),
    shared: Shared | None = None,
) -> ResolvedLine:
    choice = line.unit_cost
    # everything the unit cost used depends on (the line's words only for a local value)
    key = (
        choice.gmca_code,
        None if choice.value is None else str(choice.value),
        choice.price_year,
        choice.unit,
        choice.source,
        None if choice.gmca_code is not None else line.what_was_avoided,
    )
    known = shared.unit_costs.get(key) if shared is not None else None
    if known is None:
        known = _unit_cost_used(
            number, line, library, deflators, reporting_year, local_codes, shared
        )
        if shared is not None:
            shared.unit_costs[key] = known
    unit_cost, default_agency = known
    if line.agency_split is not None:
        agencies = [(s.agency, s.share) for s in line.agency_split]
    elif line.agency is not None:
        agencies = [(line.agency, ONE)]
    elif line.benefit_type is BenefitType.FISCAL:
        if default_agency is None:
            raise _problem(
                f"Prevented costs / #{number} / Agency bearing the cost",
                "is required for a fiscal benefit with a local unit cost.",
            )
        agencies = [(default_agency, ONE)]
    else:
        agencies = [(f"No agency ({line.benefit_type.value} benefit)", ONE)]
    return ResolvedLine(number=number, line=line, unit_cost=unit_cost, agencies=agencies)


def _unit_cost_used(
    number: int,
    line: PreventedCostLine,
    library: UnitCostLibrary,
    deflators: DeflatorTable,
    reporting_year: str,
    local_codes: frozenset[str],
    shared: Shared | None,
) -> tuple[UnitCostUsed, str | None]:
    """The unit cost a line uses, in reporting prices, and the agency it defaults to."""
    where = f"Prevented costs / #{number}"
    choice = line.unit_cost
    if choice.gmca_code is not None:
        entry = library.get(choice.gmca_code)
        if entry is None:
            raise _problem(
                f"{where} / Unit cost / GMCA code",
                f"{choice.gmca_code} is not in the unit cost library ({library.name}).",
            )
        if entry.suspect is not None:
            raise _problem(f"{where} / Unit cost / GMCA code", suspect_message(entry, library.name))
        if entry.price_year is not None:
            if choice.price_year is not None and choice.price_year != entry.price_year:
                raise _problem(
                    f"{where} / Unit cost / Price year",
                    f"the library gives {entry.code} in {entry.price_year} prices; leave the "
                    "price year out or give a local value.",
                )
            price_year, year_from = entry.price_year, "library"
        elif choice.price_year is not None:
            price_year, year_from = choice.price_year, "line"
        else:
            raise _problem(
                f"{where} / Unit cost / Price year",
                f"the library has no price year for {entry.code} ({entry.price_year_problem}); "
                "check the source and give the price year.",
            )
        local = entry.code.upper() in local_codes or entry.replaces is not None
        value, code = entry.value, entry.code
        kind = "local" if local else "gmca"
        description, unit, source = entry.description, entry.unit, entry.source
        citation = f"{entry.source}, code {entry.code}, {price_year} prices"
        if entry.replaces is not None:
            citation += f" (local unit cost replacing the suspect entry: {entry.replaces})"
        default_agency: str | None = entry.agency
        replaces = entry.replaces
    else:
        assert choice.value is not None and choice.price_year is not None
        value, kind, code, replaces = choice.value, "local", None, None
        price_year, year_from = choice.price_year, "line"
        description, unit, source = line.what_was_avoided, choice.unit or "", choice.source or ""
        citation = f"{source}, {price_year} prices (local unit cost)"
        default_agency = None
    uprated, uprating = uprate(
        value,
        price_year,
        reporting_year,
        deflators,
        field=f"{where} / Unit cost / Price year",
        shared=shared.upratings if shared is not None else None,
    )
    used = UnitCostUsed(
        kind=kind,  # type: ignore[arg-type]
        code=code,
        description=description,
        unit=unit,
        value=value,
        price_year=price_year,
        price_year_from=year_from,  # type: ignore[arg-type]
        source=source,
        citation=citation,
        replaces=replaces,
        uprating=uprating,
        value_in_reporting_prices=uprated,
    )
    return used, default_agency


def resolve_cost(
    number: int,
    cost: InterventionCost,
    deflators: DeflatorTable,
    reporting_year: str,
    shared: Shared | None = None,
) -> ResolvedCost:
    price_year = cost.price_year or reporting_year
    amount, uprating = uprate(
        cost.amount_per_year(),
        price_year,
        reporting_year,
        deflators,
        field=f"Intervention costs / #{number} / Price year",
        shared=shared.upratings if shared is not None else None,
    )
    return ResolvedCost(
        number=number,
        cost=cost,
        uprating=uprating,
        price_year=price_year,
        price_year_assumed=cost.price_year is None,
        amount=amount,
    )


# --- flows ---------------------------------------------------------------------------------


@dataclass
class LineFlows:
    """One line worked out under one set of assumptions, with the parts sensitivity needs."""

    sign: Decimal  # +1 benefit, -1 disbenefit
    base: Decimal  # unit cost x quantity x duration x benefit multiplier (unsigned)
    probability: Decimal
    deadweight: Decimal
    attribution: Decimal
    additionality: Decimal
    optimism_bias: Decimal
    counted: list[tuple[int, Decimal]]  # (year, share x drop-off factor) within the horizon
    discounted_weight: Decimal  # sum of share x drop-off factor x discount factor
    steps: dict[str, Decimal]
    beyond_horizon: Decimal
    years: list[tuple[int, Decimal, Decimal, Decimal]]  # year, amount, discount factor, PV

    @property
    def present_value(self) -> Decimal:
        return self.steps["present_value"]


def line_flows(resolved: ResolvedLine, a: Assumptions) -> LineFlows:
    line = resolved.line
    disbenefit = line.effect is Effect.DISBENEFIT
    sign = -ONE if disbenefit else ONE
    base = resolved.unit_value * line.quantity * line.duration * a.benefit_multiplier
    probability = line.probability
    deadweight = line.deadweight
    bias = ZERO if disbenefit else a.optimism_bias[line.evidence_strength]
    additionality = (ONE - line.leakage) * (ONE - line.displacement) * (ONE - line.substitution)
    adjustment = probability * (ONE - deadweight) * line.attribution * additionality * (ONE - bias)
    factors = a.factors(line.discount_as)
    counted_share = beyond_share = discounted = ZERO
    counted: list[tuple[int, Decimal]] = []
    years: list[tuple[int, Decimal, Decimal, Decimal]] = []
    for year, share, kept in line.timing.weights():
        if year >= a.horizon_years:
            beyond_share += share * kept
            continue
        counted_share += share
        counted.append((year, share * kept))
        amount = sign * base * adjustment * share * kept
        factor = factors[year]
        discounted += share * kept * factor
        years.append((year, amount, factor, amount * factor))
    gross = sign * base * counted_share
    after_probability = gross * probability
    after_deadweight = after_probability * (ONE - deadweight)
    after_attribution = after_deadweight * line.attribution
    after_additionality = after_attribution * additionality
    steps = {
        "gross": gross,
        "after_probability": after_probability,
        "after_deadweight": after_deadweight,
        "after_attribution": after_attribution,
        "after_additionality": after_additionality,
        "after_optimism_bias": after_additionality * (ONE - bias),
        "after_drop_off": sum((y[1] for y in years), ZERO),
        "present_value": sum((y[3] for y in years), ZERO),
    }
    return LineFlows(
        sign=sign,
        base=base,
        probability=probability,
        deadweight=deadweight,
        attribution=line.attribution,
        additionality=additionality,
        optimism_bias=bias,
        counted=counted,
        discounted_weight=discounted,
        steps=steps,
        beyond_horizon=sign * base * adjustment * beyond_share,
        years=years,
    )


@dataclass
class CostFlow:
    optimism_bias: Decimal
    per_year: Decimal  # after the uplift and any cost multiplier
    years: list[int]  # years counted (within the horizon)
    beyond: int  # years left out
    factor: Decimal  # discount factor of the first year
    present_value: Decimal

    @property
    def counted(self) -> bool:
        return bool(self.years)

    @property
    def undiscounted(self) -> Decimal:
        return self.per_year * len(self.years)


def cost_flow(resolved: ResolvedCost, a: Assumptions) -> CostFlow:
    bias = a.cost_optimism_bias[resolved.cost.basis]
    per_year = resolved.amount * (ONE + bias) * a.cost_multiplier
    factors = a.factors(DiscountAs.STANDARD)
    all_years = [resolved.cost.year + k for k in range(resolved.cost.years)]
    years = [y for y in all_years if y < a.horizon_years]
    first = resolved.cost.year
    factor = factors[first] if first < a.horizon_years else ZERO
    return CostFlow(
        optimism_bias=bias,
        per_year=per_year,
        years=years,
        beyond=len(all_years) - len(years),
        factor=factor,
        present_value=sum((per_year * factors[y] for y in years), ZERO),
    )


@dataclass
class CaseTotals:
    summary: Summary
    years: list[YearFlow]
    lines: list[LineFlows] = field(default_factory=list)
    costs: list[CostFlow] = field(default_factory=list)
