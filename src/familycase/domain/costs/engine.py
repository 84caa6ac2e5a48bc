"""The cost-benefit engine: pure arithmetic on a scenario, no I/O.

For each prevented-cost line, in this order (docs/costs.md explains each in plain English):

    unit cost (reporting prices) = unit cost x index[reporting year] / index[price year]
    gross               = unit cost x quantity x duration x (share of the value in each year)
    after probability   = gross x probability it would have happened
    after deadweight    = ... x (1 - deadweight)
    after attribution   = ... x attribution
    after optimism bias = ... x (1 - optimism bias for the line's evidence strength)
    after drop-off      = each year's amount x (1 - drop-off) ^ (years since the first)
    present value       = each year's amount / (1 + discount rate) ^ year

Only years 0 .. horizon-1 are counted. Intervention costs are uprated the same way, increased
by the cost optimism bias, and discounted. Totals are sums of lines; nothing is rounded until
the result is written out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from familycase.domain.costs.comparisons import compare_cohorts, net_pressure
from familycase.domain.costs.deflators import DeflatorTable, Uprating, uprate
from familycase.domain.costs.library import UnitCostLibrary
from familycase.domain.costs.money import ONE, ROUNDING_RULE, ZERO
from familycase.domain.costs.result import (
    AgencyCost,
    AgencyShareOut,
    AgencyTotal,
    BenefitTotals,
    CostBenefitResult,
    CostTotals,
    DeflatorTableUsed,
    InterventionCostResult,
    LineResult,
    ParametersUsed,
    Prices,
    SensitivityCaseResult,
    Split,
    StepTotals,
    Summary,
    TimingOut,
    UnitCostUsed,
    YearAmount,
    YearFlow,
)
from familycase.domain.costs.scenario import (
    BenefitType,
    EvidenceStrength,
    InterventionCost,
    PreventedCostLine,
    Scenario,
    SensitivityCase,
)
from familycase.domain.errors import DomainValidationError, FieldProblem

STEP_NAMES = (
    "gross",
    "after_probability",
    "after_deadweight",
    "after_attribution",
    "after_optimism_bias",
    "after_drop_off",
    "present_value",
)


# --- assumptions -------------------------------------------------------------------------


@dataclass(frozen=True)
class Assumptions:
    """The numbers one case (low, central or high) is worked out with."""

    discount_rate: Decimal
    horizon_years: int
    optimism_bias: dict[EvidenceStrength, Decimal]
    intervention_cost_optimism_bias: Decimal
    benefit_multiplier: Decimal = ONE
    cost_multiplier: Decimal = ONE

    def with_case(self, case: SensitivityCase) -> Assumptions:
        return Assumptions(
            discount_rate=case.discount_rate
            if case.discount_rate is not None
            else self.discount_rate,
            horizon_years=self.horizon_years,
            optimism_bias={**self.optimism_bias, **(case.optimism_bias or {})},
            intervention_cost_optimism_bias=self.intervention_cost_optimism_bias,
            benefit_multiplier=case.benefit_multiplier,
            cost_multiplier=case.cost_multiplier,
        )


def discount_factor(rate: Decimal, year: int) -> Decimal:
    """1 / (1 + rate) ^ year: what £1 in ``year`` is worth in year 0."""
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
    amount: Decimal  # in reporting prices


def _problem(field_label: str, message: str) -> DomainValidationError:
    return DomainValidationError([FieldProblem(field_label, message)])


def resolve_line(
    number: int,
    line: PreventedCostLine,
    library: UnitCostLibrary,
    deflators: DeflatorTable,
    reporting_year: str,
) -> ResolvedLine:
    where = f"Prevented costs / #{number}"
    choice = line.unit_cost
    if choice.gmca_code is not None:
        entry = library.get(choice.gmca_code)
        if entry is None:
            raise _problem(
                f"{where} / Unit cost / GMCA code",
                f"{choice.gmca_code} is not in the unit cost library ({library.name}).",
            )
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
        value, kind, code = entry.value, "gmca", entry.code
        description, unit, source = entry.description, entry.unit, entry.source
        citation = f"{entry.source}, code {entry.code}, {price_year} prices"
        default_agency: str | None = entry.agency
    else:
        assert choice.value is not None and choice.price_year is not None
        value, kind, code = choice.value, "local", None
        price_year, year_from = choice.price_year, "line"
        description, unit, source = line.what_was_avoided, choice.unit or "", choice.source or ""
        citation = f"{source}, {price_year} prices (local unit cost)"
        default_agency = None
    uprated, uprating = uprate(
        value, price_year, reporting_year, deflators, field=f"{where} / Unit cost / Price year"
    )
    if line.agency_split is not None:
        agencies = [(s.agency, s.share) for s in line.agency_split]
    elif line.agency is not None:
        agencies = [(line.agency, ONE)]
    elif line.benefit_type is BenefitType.FISCAL:
        if default_agency is None:
            raise _problem(
                f"{where} / Agency bearing the cost",
                "is required for a fiscal benefit with a local unit cost.",
            )
        agencies = [(default_agency, ONE)]
    else:
        agencies = [(f"No agency ({line.benefit_type.value} benefit)", ONE)]
    return ResolvedLine(
        number=number,
        line=line,
        unit_cost=UnitCostUsed(
            kind=kind,  # type: ignore[arg-type]
            code=code,
            description=description,
            unit=unit,
            value=value,
            price_year=price_year,
            price_year_from=year_from,  # type: ignore[arg-type]
            source=source,
            citation=citation,
            uprating=uprating,
            value_in_reporting_prices=uprated,
        ),
        agencies=agencies,
    )


def resolve_cost(
    number: int, cost: InterventionCost, deflators: DeflatorTable, reporting_year: str
) -> ResolvedCost:
    amount, uprating = uprate(
        cost.amount,
        cost.price_year or reporting_year,
        reporting_year,
        deflators,
        field=f"Intervention costs / #{number} / Price year",
    )
    return ResolvedCost(number=number, cost=cost, uprating=uprating, amount=amount)


# --- flows ---------------------------------------------------------------------------------


@dataclass
class LineFlows:
    optimism_bias: Decimal
    steps: dict[str, Decimal]
    beyond_horizon: Decimal
    years: list[tuple[int, Decimal, Decimal, Decimal]]  # year, amount, discount factor, PV


def line_flows(resolved: ResolvedLine, a: Assumptions) -> LineFlows:
    line = resolved.line
    base = resolved.unit_value * line.quantity * line.duration
    bias = a.optimism_bias[line.evidence_strength]
    adjustment = line.probability * (ONE - line.deadweight) * line.attribution * (ONE - bias)
    counted_share = kept_share = beyond_share = ZERO
    years: list[tuple[int, Decimal, Decimal, Decimal]] = []
    for year, share, kept in line.timing.weights():
        if year >= a.horizon_years:
            beyond_share += share * kept
            continue
        counted_share += share
        kept_share += share * kept
        amount = base * adjustment * share * kept * a.benefit_multiplier
        factor = discount_factor(a.discount_rate, year)
        years.append((year, amount, factor, amount * factor))
    gross = base * counted_share * a.benefit_multiplier
    after_probability = gross * line.probability
    after_deadweight = after_probability * (ONE - line.deadweight)
    after_attribution = after_deadweight * line.attribution
    steps = {
        "gross": gross,
        "after_probability": after_probability,
        "after_deadweight": after_deadweight,
        "after_attribution": after_attribution,
        "after_optimism_bias": after_attribution * (ONE - bias),
        "after_drop_off": sum((y[1] for y in years), ZERO),
        "present_value": sum((y[3] for y in years), ZERO),
    }
    return LineFlows(
        optimism_bias=bias,
        steps=steps,
        beyond_horizon=base * adjustment * beyond_share * a.benefit_multiplier,
        years=years,
    )


@dataclass
class CostFlow:
    counted: bool
    after_optimism_bias: Decimal
    factor: Decimal
    present_value: Decimal


def cost_flow(resolved: ResolvedCost, a: Assumptions) -> CostFlow:
    amount = resolved.amount * (ONE + a.intervention_cost_optimism_bias) * a.cost_multiplier
    counted = resolved.cost.year < a.horizon_years
    factor = discount_factor(a.discount_rate, resolved.cost.year)
    return CostFlow(counted, amount, factor, amount * factor if counted else ZERO)


@dataclass
class CaseTotals:
    summary: Summary
    years: list[YearFlow]
    lines: list[LineFlows] = field(default_factory=list)
    costs: list[CostFlow] = field(default_factory=list)


def format_ratio(ratio: Decimal) -> str:
    """'1:x' with x to one decimal place (half up), '.0' dropped: 14.98 -> '1:15'."""
    x = ratio.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    text = f"{x:f}"
    return f"1:{text[:-2] if text.endswith('.0') else text}"


def payback(costs_pv: list[Decimal], benefits_pv: list[Decimal]) -> Decimal | None:
    """Years until discounted benefits cover discounted costs (null if never in the horizon).

    Each year's costs are taken as paid at its start and its benefits as arriving evenly
    through it, so a payback inside year y is y + the fraction of y's benefits needed.
    """
    if sum(costs_pv, ZERO) <= 0:
        return None
    cumulative = ZERO
    for year, (cost, benefit) in enumerate(zip(costs_pv, benefits_pv, strict=True)):
        at_start = cumulative - cost
        if at_start >= 0:
            return Decimal(year)
        if benefit > 0 and benefit >= -at_start:
            return Decimal(year) + (-at_start) / benefit
        cumulative = at_start + benefit
    return None


def run_case(lines: list[ResolvedLine], costs: list[ResolvedCost], a: Assumptions) -> CaseTotals:
    flows = [line_flows(r, a) for r in lines]
    cost_flows = [cost_flow(c, a) for c in costs]
    horizon = range(a.horizon_years)
    benefit_by_year = dict.fromkeys(horizon, ZERO)
    cost_by_year = dict.fromkeys(horizon, ZERO)
    for f in flows:
        for year, amount, _factor, _pv in f.years:
            benefit_by_year[year] += amount
    for c, f in zip(costs, cost_flows, strict=True):
        if f.counted:
            cost_by_year[c.cost.year] += f.after_optimism_bias
    years: list[YearFlow] = []
    cumulative = ZERO
    benefits_pv: list[Decimal] = []
    costs_pv: list[Decimal] = []
    for year in horizon:
        factor = discount_factor(a.discount_rate, year)
        b, c = benefit_by_year[year], cost_by_year[year]
        cumulative += (b - c) * factor
        benefits_pv.append(b * factor)
        costs_pv.append(c * factor)
        years.append(
            YearFlow(
                year=year,
                discount_factor=factor,
                benefits=b,
                costs=c,
                net=b - c,
                benefits_present_value=b * factor,
                costs_present_value=c * factor,
                net_present_value=(b - c) * factor,
                cumulative_net_present_value=cumulative,
            )
        )
    total_benefit = sum(benefits_pv, ZERO)
    total_cost = sum(costs_pv, ZERO)
    ratio = total_benefit / total_cost if total_cost > 0 else None
    paid_back = payback(costs_pv, benefits_pv)
    summary = Summary(
        total_benefit=total_benefit,
        total_cost=total_cost,
        net_benefit=total_benefit - total_cost,
        net_present_value=total_benefit - total_cost,
        total_benefit_undiscounted=sum(benefit_by_year.values(), ZERO),
        total_cost_undiscounted=sum(cost_by_year.values(), ZERO),
        benefit_cost_ratio=ratio,
        ratio=format_ratio(ratio) if ratio is not None else None,
        payback_period_years=paid_back,
        payback_year=int(paid_back) if paid_back is not None else None,
    )
    return CaseTotals(summary=summary, years=years, lines=flows, costs=cost_flows)


# --- putting the result together -------------------------------------------------------------


def _agency_key(name: str) -> str:
    return " ".join(name.split()).casefold()


class _AgencyTotals:
    """Sums by agency; 'Local authority' and 'Local Authority' are one agency."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self.totals: dict[str, list[Decimal]] = {}

    def add(self, name: str, *amounts: Decimal) -> None:
        key = _agency_key(name)
        self.names.setdefault(key, " ".join(name.split()))
        current = self.totals.setdefault(key, [ZERO] * len(amounts))
        for i, amount in enumerate(amounts):
            current[i] += amount

    def rows(self) -> Iterable[tuple[str, list[Decimal]]]:
        for key, amounts in sorted(self.totals.items(), key=lambda kv: (-kv[1][-1], kv[0])):
            yield self.names[key], amounts


def _steps(values: Iterable[dict[str, Decimal]]) -> StepTotals:
    totals = dict.fromkeys(STEP_NAMES, ZERO)
    for v in values:
        for name in STEP_NAMES:
            totals[name] += v[name]
    return StepTotals(**totals)


def _timing_out(line: PreventedCostLine) -> TimingOut:
    t = line.timing
    if t.profile is not None:
        return TimingOut(
            first_year=None,
            years=None,
            amount_is=None,
            drop_off=ZERO,
            profile=[(p.year, p.share) for p in t.profile],
        )
    return TimingOut(
        first_year=t.first_year,
        years=t.years,
        amount_is=t.amount_is.value,
        drop_off=t.drop_off,
        profile=None,
    )


def _line_result(r: ResolvedLine, f: LineFlows) -> LineResult:
    line = r.line
    return LineResult(
        line=r.number,
        id=line.id,
        what_was_avoided=line.what_was_avoided,
        unit_cost=r.unit_cost,
        quantity=line.quantity,
        duration=line.duration,
        duration_unit=line.duration_unit,
        probability=line.probability,
        evidence_strength=line.evidence_strength.value,
        optimism_bias=f.optimism_bias,
        deadweight=line.deadweight,
        attribution=line.attribution,
        benefit_type=line.benefit_type.value,
        agencies=[AgencyShareOut(agency=name, share=share) for name, share in r.agencies],
        cashable=line.cashable,
        timing=_timing_out(line),
        steps=StepTotals(**f.steps),
        beyond_horizon=f.beyond_horizon,
        years=[
            YearAmount(year=y, amount=amount, discount_factor=factor, present_value=pv)
            for y, amount, factor, pv in f.years
        ],
        assessed_by=line.assessed_by,
        assessed_on=line.assessed_on,
        rationale=line.rationale,
    )


def _benefit_totals(lines: list[ResolvedLine], flows: list[LineFlows]) -> BenefitTotals:
    by_type = {t.value: [ZERO, ZERO] for t in BenefitType}
    cashable, non_cashable = [ZERO, ZERO], [ZERO, ZERO]
    agencies = _AgencyTotals()
    for r, f in zip(lines, flows, strict=True):
        undiscounted, pv = f.steps["after_drop_off"], f.steps["present_value"]
        by_type[r.line.benefit_type.value][0] += undiscounted
        by_type[r.line.benefit_type.value][1] += pv
        bucket = cashable if r.line.cashable else non_cashable
        bucket[0] += undiscounted
        bucket[1] += pv
        for name, share in r.agencies:
            agencies.add(
                name,
                undiscounted * share,
                pv * share if r.line.cashable else ZERO,
                pv * share,
            )
    return BenefitTotals(
        steps=_steps(f.steps for f in flows),
        beyond_horizon=sum((f.beyond_horizon for f in flows), ZERO),
        by_benefit_type={
            name: Split(undiscounted=u, present_value=p) for name, (u, p) in by_type.items()
        },
        by_agency=[
            AgencyTotal(agency=name, undiscounted=u, present_value=pv, cashable_present_value=cash)
            for name, (u, cash, pv) in agencies.rows()
        ],
        cashable=Split(undiscounted=cashable[0], present_value=cashable[1]),
        non_cashable=Split(undiscounted=non_cashable[0], present_value=non_cashable[1]),
    )


def _cost_totals(costs: list[ResolvedCost], flows: list[CostFlow]) -> CostTotals:
    agencies = _AgencyTotals()
    for c, f in zip(costs, flows, strict=True):
        if f.counted:
            agencies.add(c.cost.agency or "Not stated", f.after_optimism_bias, f.present_value)
    return CostTotals(
        in_reporting_prices=sum(
            (c.amount for c, f in zip(costs, flows, strict=True) if f.counted), ZERO
        ),
        after_optimism_bias=sum((f.after_optimism_bias for f in flows if f.counted), ZERO),
        present_value=sum((f.present_value for f in flows), ZERO),
        beyond_horizon=sum((f.after_optimism_bias for f in flows if not f.counted), ZERO),
        by_agency=[
            AgencyCost(agency=name, undiscounted=u, present_value=pv)
            for name, (u, pv) in agencies.rows()
        ],
    )


def _warnings(
    scenario: Scenario,
    deflators: DeflatorTable,
    lines: list[ResolvedLine],
    costs: list[ResolvedCost],
    central: CaseTotals,
) -> list[str]:
    warnings: list[str] = []
    uprated = [r.unit_cost.uprating for r in lines] + [c.uprating for c in costs]
    if not deflators.verified and any(u.factor != ONE for u in uprated):
        warnings.append(
            f"Amounts were uprated with the deflator table '{deflators.name}', which is marked as "
            "not checked against its published source. Check it, or supply the current HM "
            "Treasury GDP deflators, before quoting these figures."
        )
    for r, f in zip(lines, central.lines, strict=True):
        if f.beyond_horizon > 0:
            warnings.append(
                f"Prevented costs #{r.number} ({r.line.what_was_avoided}): part of the benefit "
                f"falls after the {scenario.parameters.horizon_years}-year horizon and is left out."
            )
        if r.unit_cost.price_year_from == "line" and r.unit_cost.kind == "gmca":
            warnings.append(
                f"Prevented costs #{r.number}: the price year for {r.unit_cost.code} was given in "
                "the scenario because the library has none; check it against the source."
            )
    for c, f in zip(costs, central.costs, strict=True):
        if not f.counted:
            warnings.append(
                f"Intervention costs #{c.number} ({c.cost.description}) falls after the "
                f"{scenario.parameters.horizon_years}-year horizon and is left out."
            )
    if lines and not costs:
        warnings.append("No intervention costs were entered, so there is no ratio or payback.")
    if (lines or costs) and scenario.parameters.discount_rate == 0:
        warnings.append(
            "No discounting (discount rate 0): right only if the amounts are already present "
            "values or all fall in one year."
        )
    return warnings


def evaluate(
    scenario: Scenario, library: UnitCostLibrary, default_deflators: DeflatorTable
) -> CostBenefitResult:
    """Work out the cost-benefit result for a validated scenario."""
    deflators = scenario.deflators or default_deflators
    params = scenario.parameters
    reporting_year = scenario.reporting_price_year
    lines: list[ResolvedLine] = []
    costs: list[ResolvedCost] = []
    if reporting_year is not None:
        lines = [
            resolve_line(i, line, library, deflators, reporting_year)
            for i, line in enumerate(scenario.prevented_costs, start=1)
        ]
        costs = [
            resolve_cost(i, cost, deflators, reporting_year)
            for i, cost in enumerate(scenario.intervention_costs, start=1)
        ]
    central_assumptions = Assumptions(
        discount_rate=params.discount_rate,
        horizon_years=params.horizon_years,
        optimism_bias=params.optimism_bias,
        intervention_cost_optimism_bias=params.intervention_cost_optimism_bias,
    )
    has_flows = bool(lines or costs)
    central = run_case(lines, costs, central_assumptions)
    sensitivity: dict[str, SensitivityCaseResult] = {}
    if has_flows:
        cases = {
            "low": (
                scenario.sensitivity.low,
                central_assumptions.with_case(scenario.sensitivity.low),
            ),
            "central": (
                SensitivityCase(description="The parameters as given."),
                central_assumptions,
            ),
            "high": (
                scenario.sensitivity.high,
                central_assumptions.with_case(scenario.sensitivity.high),
            ),
        }
        for name, (case, assumptions) in cases.items():
            totals = central if name == "central" else run_case(lines, costs, assumptions)
            sensitivity[name] = SensitivityCaseResult(
                case=name,  # type: ignore[arg-type]
                description=case.description,
                benefit_multiplier=assumptions.benefit_multiplier,
                cost_multiplier=assumptions.cost_multiplier,
                discount_rate=assumptions.discount_rate,
                optimism_bias={k.value: v for k, v in assumptions.optimism_bias.items()},
                summary=totals.summary,
            )
    uprated_count = sum(
        1
        for u in [r.unit_cost.uprating for r in lines] + [c.uprating for c in costs]
        if u.factor != ONE
    )
    statement = (
        f"All amounts are in {reporting_year} prices."
        if reporting_year
        else "This scenario has no amounts of money."
    )
    if uprated_count:
        statement += (
            f" {uprated_count} value(s) were uprated from their own price year with the "
            f"deflator table '{deflators.name}'."
        )
    return CostBenefitResult(
        title=scenario.title,
        description=scenario.description,
        prices=Prices(
            price_year=reporting_year,
            statement=statement,
            deflator_table=DeflatorTableUsed(
                name=deflators.name,
                basis=deflators.basis,
                source=deflators.source,
                verified=deflators.verified,
                note=deflators.note,
                coverage=deflators.coverage(),
            )
            if has_flows
            else None,
        ),
        rounding=ROUNDING_RULE,
        parameters=ParametersUsed(
            discount_rate=params.discount_rate,
            horizon_years=params.horizon_years,
            optimism_bias={k.value: v for k, v in params.optimism_bias.items()},
            intervention_cost_optimism_bias=params.intervention_cost_optimism_bias,
        ),
        summary=central.summary if has_flows else None,
        benefits=_benefit_totals(lines, central.lines) if has_flows else None,
        costs=_cost_totals(costs, central.costs) if has_flows else None,
        years=central.years if has_flows else [],
        sensitivity=sensitivity,
        lines=[_line_result(r, f) for r, f in zip(lines, central.lines, strict=True)],
        intervention_costs=[
            InterventionCostResult(
                line=c.number,
                description=c.cost.description,
                year=c.cost.year,
                agency=c.cost.agency,
                source=c.cost.source,
                amount=c.cost.amount,
                uprating=c.uprating,
                amount_in_reporting_prices=c.amount,
                after_optimism_bias=f.after_optimism_bias,
                counted=f.counted,
                discount_factor=f.factor,
                present_value=f.present_value,
            )
            for c, f in zip(costs, central.costs, strict=True)
        ],
        net_pressure=net_pressure(scenario.budget_pressures, reporting_year)
        if scenario.budget_pressures
        else None,
        cohort_comparisons=[compare_cohorts(c) for c in scenario.cohort_comparisons],
        warnings=_warnings(scenario, deflators, lines, costs, central),
    )
