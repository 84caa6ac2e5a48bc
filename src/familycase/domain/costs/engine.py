"""The cost-benefit engine: pure arithmetic on a scenario, no I/O.

For each prevented-cost line, in this order (docs/costs.md explains each in plain English):

    unit cost (reporting prices) = unit cost x index[reporting year] / index[price year]
    gross                = unit cost x quantity x duration x (share of the value in each year)
    after probability    = gross x probability it would have happened
    after deadweight     = ... x (1 - deadweight)
    after attribution    = ... x attribution
    after additionality  = ... x (1 - leakage) x (1 - displacement) x (1 - substitution)
    after optimism bias  = ... x (1 - optimism bias for the evidence strength)  [benefits only]
    after drop-off       = per-year amounts: year k's amount x (1 - drop-off) ^ k
    present value        = each year's amount x the discount factor of its year

A disbenefit is worked out the same way (never reduced by optimism bias) and counts negative.
Only years 0 .. horizon-1 are counted. Intervention costs (a year's amount, or quantity x unit
rate, recurring for ``years`` years) are uprated the same way, increased by the cost optimism
bias for their basis (estimate or actual), and discounted with the standard schedule. Totals are
sums of lines; nothing is rounded until the result is written out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from familycase.domain.costs.comparisons import compare_cohorts, net_pressure
from familycase.domain.costs.deflators import DeflatorTable
from familycase.domain.costs.discounting import DiscountBand
from familycase.domain.costs.flows import (
    Assumptions,
    CaseTotals,
    CostFlow,
    LineFlows,
    ResolvedCost,
    ResolvedLine,
    Shared,
    _problem,
    cost_flow,
    line_flows,
    resolve_cost,
    resolve_line,
)
from familycase.domain.costs.library import UnitCost, UnitCostLibrary
from familycase.domain.costs.money import ONE, ROUNDING_RULE, ZERO
from familycase.domain.costs.result import (
    AgencyCost,
    AgencyShareOut,
    AgencyTotal,
    BenefitTotals,
    CostBenefitResult,
    CostTotals,
    DeflatorTableUsed,
    DiscountBandOut,
    InterventionCostResult,
    InvestGain,
    LineResult,
    ParametersUsed,
    Prices,
    ReturnMeasure,
    Sensitivity,
    SensitivityCaseResult,
    Split,
    StepTotals,
    Summary,
    TimingOut,
    YearAmount,
    YearFlow,
)
from familycase.domain.costs.scenario import (
    FORMAT_1,
    FORMAT_1_NOTE,
    BenefitType,
    CostBasis,
    DiscountAs,
    Effect,
    PreventedCostLine,
    Scenario,
)
from familycase.domain.costs.sensitivity import sensitivity_analysis

STEP_NAMES = (
    "gross",
    "after_probability",
    "after_deadweight",
    "after_attribution",
    "after_additionality",
    "after_optimism_bias",
    "after_drop_off",
    "present_value",
)
MEASURE_LABELS = {
    "financial_cashable": "Cashable financial return: cashable fiscal benefit (budget actually "
    "released) per £1 spent",
    "financial": "Financial return on investment: fiscal benefit (costs public agencies avoid) "
    "per £1 spent",
    "public_value": "Public value return: fiscal + economic + social value per £1 spent",
}
PAYBACK_BASIS = (
    "Cashable fiscal benefit only (budget actually released), discounted, against discounted "
    "intervention costs."
)


def format_ratio(ratio: Decimal) -> str:
    """'1:x' with x to one decimal place (half up), '.0' dropped: 14.98 -> '1:15'."""
    x = ratio.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    text = f"{x:f}"
    return f"1:{text[:-2] if text.endswith('.0') else text}"


def payback(costs_pv: list[Decimal], benefits_pv: list[Decimal]) -> Decimal | None:
    """Years until discounted benefits cover discounted costs (null if never in the horizon).

    Each year's costs are taken as paid at its start and its benefits as arriving evenly
    through it, so a payback inside year y is y + the fraction of y's benefits needed. Years
    before the first cost count their benefits but cannot be the payback year.
    """
    if sum(costs_pv, ZERO) <= 0:
        return None
    cumulative = ZERO
    started = False  # nothing to pay back before the first year with a cost
    for year, (cost, benefit) in enumerate(zip(costs_pv, benefits_pv, strict=True)):
        started = started or cost > 0
        if not started:
            cumulative += benefit
            continue
        at_start = cumulative - cost
        if at_start >= 0:
            return Decimal(year)
        if benefit > 0 and benefit >= -at_start:
            return Decimal(year) + (-at_start) / benefit
        cumulative = at_start + benefit
    return None


def _ratio(benefit: Decimal, cost: Decimal) -> Decimal | None:
    return benefit / cost if cost > 0 else None


@dataclass(frozen=True)
class ByKind:
    """Present values and undiscounted totals by kind of benefit (net of disbenefits)."""

    pv: dict[str, Decimal]
    undiscounted: dict[str, Decimal]


def _kinds(lines: list[ResolvedLine], flows: list[LineFlows]) -> ByKind:
    pv = dict.fromkeys(("fiscal_cashable", "fiscal", "economic", "social", "all"), ZERO)
    und = dict(pv)
    for r, f in zip(lines, flows, strict=True):
        kind = r.line.benefit_type.value
        for target in (kind, "all") + (("fiscal_cashable",) if r.line.cashable else ()):
            pv[target] += f.present_value
            und[target] += f.steps["after_drop_off"]
    return ByKind(pv, und)


def measures(kinds: ByKind, cost_pv: Decimal, cost_und: Decimal) -> list[ReturnMeasure]:
    out = []
    for measure, key in (
        ("financial_cashable", "fiscal_cashable"),
        ("financial", "fiscal"),
        ("public_value", "all"),
    ):
        ratio = _ratio(kinds.pv[key], cost_pv)
        out.append(
            ReturnMeasure(
                measure=measure,  # type: ignore[arg-type]
                label=MEASURE_LABELS[measure],
                benefit=kinds.pv[key],
                cost=cost_pv,
                net_present_value=kinds.pv[key] - cost_pv,
                ratio=ratio,
                ratio_text=format_ratio(ratio) if ratio is not None else None,
                benefit_undiscounted=kinds.undiscounted[key],
                cost_undiscounted=cost_und,
                ratio_undiscounted=_ratio(kinds.undiscounted[key], cost_und),
            )
        )
    return out


def run_case(lines: list[ResolvedLine], costs: list[ResolvedCost], a: Assumptions) -> CaseTotals:
    flows = [line_flows(r, a) for r in lines]
    cost_flows = [cost_flow(c, a) for c in costs]
    horizon = range(a.horizon_years)
    benefit_by_year = dict.fromkeys(horizon, ZERO)
    benefit_pv_by_year = dict.fromkeys(horizon, ZERO)
    cashable_by_year = dict.fromkeys(horizon, ZERO)
    cashable_pv_by_year = dict.fromkeys(horizon, ZERO)
    cost_by_year = dict.fromkeys(horizon, ZERO)
    for r, f in zip(lines, flows, strict=True):
        for year, amount, _factor, pv in f.years:
            benefit_by_year[year] += amount
            benefit_pv_by_year[year] += pv
            if r.line.cashable:
                cashable_by_year[year] += amount
                cashable_pv_by_year[year] += pv
    for cf in cost_flows:
        for year in cf.years:
            cost_by_year[year] += cf.per_year
    standard = a.factors(DiscountAs.STANDARD)
    health = a.factors(DiscountAs.HEALTH)
    years: list[YearFlow] = []
    cumulative = ZERO
    costs_pv: list[Decimal] = []
    cashable_pv: list[Decimal] = []
    for year in horizon:
        b, c = benefit_by_year[year], cost_by_year[year]
        bpv, cpv = benefit_pv_by_year[year], c * standard[year]
        cumulative += bpv - cpv
        costs_pv.append(cpv)
        cashable_pv.append(cashable_pv_by_year[year])
        years.append(
            YearFlow(
                year=year,
                discount_factor=standard[year],
                health_discount_factor=health[year],
                benefits=b,
                fiscal_cashable_benefits=cashable_by_year[year],
                costs=c,
                net=b - c,
                benefits_present_value=bpv,
                costs_present_value=cpv,
                net_present_value=bpv - cpv,
                cumulative_net_present_value=cumulative,
            )
        )
    kinds = _kinds(lines, flows)
    # Year by year, in the same order as the undiscounted total (so at a 0% rate they agree
    # to the last digit); the lines' own present values add up to the same to 28 digits.
    total_benefit = sum(benefit_pv_by_year.values(), ZERO)
    total_cost = sum(costs_pv, ZERO)
    benefit_und = sum(benefit_by_year.values(), ZERO)
    cost_und = sum(cost_by_year.values(), ZERO)
    ratio = _ratio(total_benefit, total_cost)
    financial = _ratio(kinds.pv["fiscal"], total_cost)
    cashable = _ratio(kinds.pv["fiscal_cashable"], total_cost)
    paid_back = payback(costs_pv, cashable_pv)

    def text(r: Decimal | None) -> str | None:
        return format_ratio(r) if r is not None else None

    summary = Summary(
        total_benefit=total_benefit,
        total_cost=total_cost,
        net_benefit=total_benefit - total_cost,
        net_present_value=total_benefit - total_cost,
        total_benefit_undiscounted=benefit_und,
        total_cost_undiscounted=cost_und,
        benefit_cost_ratio=ratio,
        ratio=text(ratio),
        benefit_cost_ratio_undiscounted=_ratio(benefit_und, cost_und),
        fiscal_benefit=kinds.pv["fiscal"],
        fiscal_cashable_benefit=kinds.pv["fiscal_cashable"],
        economic_benefit=kinds.pv["economic"],
        social_benefit=kinds.pv["social"],
        financial_roi=financial,
        financial_roi_text=text(financial),
        financial_roi_cashable=cashable,
        financial_roi_cashable_text=text(cashable),
        net_present_budget_impact=kinds.pv["fiscal"] - total_cost,
        measures=measures(kinds, total_cost, cost_und),
        payback_period_years=paid_back,
        payback_year=int(paid_back) if paid_back is not None else None,
        payback_basis=PAYBACK_BASIS,
    )
    return CaseTotals(summary=summary, years=years, lines=flows, costs=cost_flows)


# --- putting the result together -------------------------------------------------------------


def _agency_key(name: str) -> str:
    return " ".join(name.split()).casefold()


class _AgencyTotals:
    """Sums by agency; 'Local authority' and 'Local Authority' are one agency."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.names: dict[str, str] = {}
        self.totals: dict[str, list[Decimal]] = {}
        self.keys: dict[str, str] = {}  # each name as written -> its key (worked out once)

    def add(self, name: str, *amounts: tuple[int, Decimal]) -> None:
        key = self.keys.get(name)
        if key is None:
            key = self.keys[name] = _agency_key(name)
            self.names.setdefault(key, " ".join(name.split()))
        current = self.totals.get(key)
        if current is None:
            current = self.totals[key] = [ZERO] * self.width
        for i, amount in amounts:
            current[i] += amount

    def rows(self, sort_by: int) -> Iterable[tuple[str, list[Decimal]]]:
        for key, amounts in sorted(self.totals.items(), key=lambda kv: (-kv[1][sort_by], kv[0])):
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


class _Alike:
    """Parts of line results that many lines have alike (when the value falls, an agency's
    share), made once per evaluation and used by every line that has them: they are frozen
    models, and 20,000 lines need only a few hundred of them."""

    def __init__(self) -> None:
        self.timings: dict[tuple[object, ...], TimingOut] = {}
        self.shares: dict[tuple[str, str], AgencyShareOut] = {}

    def timing(self, line: PreventedCostLine) -> TimingOut:
        t = line.timing
        key = (
            t.first_year,
            t.years,
            t.amount_is,
            str(t.drop_off),
            None if t.profile is None else tuple((p.year, str(p.share)) for p in t.profile),
        )
        found = self.timings.get(key)
        if found is None:
            found = self.timings[key] = _timing_out(line)
        return found

    def share(self, agency: str, share: Decimal) -> AgencyShareOut:
        key = (agency, str(share))
        found = self.shares.get(key)
        if found is None:
            found = self.shares[key] = AgencyShareOut(agency=agency, share=share)
        return found


def _line_result(r: ResolvedLine, f: LineFlows, alike: _Alike | None = None) -> LineResult:
    line = r.line
    alike = alike or _Alike()
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
        displacement=line.displacement,
        leakage=line.leakage,
        substitution=line.substitution,
        effect=line.effect.value,
        discount_as=line.discount_as.value,
        benefit_type=line.benefit_type.value,
        agencies=[alike.share(name, share) for name, share in r.agencies],
        cashable=line.cashable,
        timing=alike.timing(line),
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
    cashable, non_cashable, disbenefits = [ZERO, ZERO], [ZERO, ZERO], [ZERO, ZERO]
    agencies = _AgencyTotals(3)
    for r, f in zip(lines, flows, strict=True):
        undiscounted, pv = f.steps["after_drop_off"], f.present_value
        kind = by_type[r.line.benefit_type]  # a StrEnum finds its value's key (no ``.value``)
        kind[0] += undiscounted
        kind[1] += pv
        for bucket, applies in (
            (cashable, r.line.cashable),
            (non_cashable, not r.line.cashable),
            (disbenefits, r.line.effect is Effect.DISBENEFIT),
        ):
            if applies:
                bucket[0] += undiscounted
                bucket[1] += pv
        for name, share in r.agencies:
            agencies.add(
                name,
                (0, undiscounted * share),
                (1, pv * share if r.line.cashable else ZERO),
                (2, pv * share),
            )
    return BenefitTotals(
        steps=_steps(f.steps for f in flows),
        beyond_horizon=sum((f.beyond_horizon for f in flows), ZERO),
        by_benefit_type={
            name: Split(undiscounted=u, present_value=p) for name, (u, p) in by_type.items()
        },
        by_agency=[
            AgencyTotal(agency=name, undiscounted=u, present_value=pv, cashable_present_value=cash)
            for name, (u, cash, pv) in agencies.rows(sort_by=2)
        ],
        cashable=Split(undiscounted=cashable[0], present_value=cashable[1]),
        non_cashable=Split(undiscounted=non_cashable[0], present_value=non_cashable[1]),
        disbenefits=Split(undiscounted=disbenefits[0], present_value=disbenefits[1]),
    )


def _cost_totals(costs: list[ResolvedCost], flows: list[CostFlow]) -> CostTotals:
    agencies = _AgencyTotals(2)
    for c, f in zip(costs, flows, strict=True):
        if f.counted:
            agencies.add(c.cost.agency or "Not stated", (0, f.undiscounted), (1, f.present_value))
    before = sum((c.amount * len(f.years) for c, f in zip(costs, flows, strict=True)), ZERO)
    after = sum((f.undiscounted for f in flows), ZERO)
    return CostTotals(
        in_reporting_prices=before,
        after_optimism_bias=after,
        optimism_bias_added=after - before,
        present_value=sum((f.present_value for f in flows), ZERO),
        beyond_horizon=sum((f.per_year * f.beyond for f in flows), ZERO),
        by_agency=[
            AgencyCost(agency=name, undiscounted=u, present_value=pv)
            for name, (u, pv) in agencies.rows(sort_by=1)
        ],
    )


_GAIN_COLUMNS = {"fiscal_cashable": 1, "fiscal": 2, "economic": 3, "social": 4}


def who_invests_who_gains(
    lines: list[ResolvedLine],
    flows: list[LineFlows],
    costs: list[ResolvedCost],
    cost_flows: list[CostFlow],
) -> list[InvestGain]:
    """By agency: costs it pays (present value) against benefits it receives, by type."""
    table = _AgencyTotals(6)  # invests, cashable, fiscal non-cashable, economic, social, total
    for c, f in zip(costs, cost_flows, strict=True):
        if f.counted:
            table.add(c.cost.agency or "Not stated", (0, f.present_value))
    for r, f in zip(lines, flows, strict=True):
        column = _GAIN_COLUMNS["fiscal_cashable" if r.line.cashable else r.line.benefit_type]
        for name, share in r.agencies:
            table.add(name, (column, f.present_value * share), (5, f.present_value * share))
    return [
        InvestGain(
            agency=name,
            invests=inv,
            gains_fiscal_cashable=cash,
            gains_fiscal_non_cashable=fiscal,
            gains_economic=econ,
            gains_social=social,
            gains_total=total,
            net=total - inv,
            return_per_pound=_ratio(total, inv),
        )
        for name, (inv, cash, fiscal, econ, social, total) in table.rows(sort_by=5)
    ]


def _warnings(
    scenario: Scenario,
    deflators: DeflatorTable,
    lines: list[ResolvedLine],
    costs: list[ResolvedCost],
    central: CaseTotals,
) -> list[str]:
    warnings: list[str] = []
    upratings = [r.unit_cost.uprating for r in lines] + [c.uprating for c in costs]
    uprated = [u for u in upratings if u.factor != ONE]
    if not deflators.verified and uprated:
        warnings.append(
            f"Amounts were uprated with the deflator table '{deflators.name}', which is marked as "
            "not checked against its published source. Check it, or supply the current HM "
            "Treasury GDP deflators, before quoting these figures."
        )
    queried = sorted(
        {y for u in uprated for y in (u.from_price_year, u.to_price_year)} & set(deflators.queries)
    )
    for year in queried:
        warnings.append(
            f"The deflator index for {year} is queried: {deflators.queries[year]} Figures "
            "uprated from or to that year may be wrong."
        )
    for r, f in zip(lines, central.lines, strict=True):
        if f.beyond_horizon != 0:
            warnings.append(
                f"Prevented costs #{r.number} ({r.line.what_was_avoided}): part of the value "
                f"falls after the {scenario.parameters.horizon_years}-year horizon and is left "
                "out."
            )
        if r.unit_cost.price_year_from == "line" and r.unit_cost.kind == "gmca":
            warnings.append(
                f"Prevented costs #{r.number}: the price year for {r.unit_cost.code} was given in "
                "the scenario because the library has none; check it against the source."
            )
    for c, f in zip(costs, central.costs, strict=True):
        if c.price_year_assumed:
            warnings.append(
                f"Intervention costs #{c.number} ({c.cost.description}) gave no price year, so "
                f"it was taken as being in {c.price_year} prices (the reporting year); give its "
                "price year to be sure."
            )
        if f.beyond:
            what = "falls" if not f.counted else f"has {f.beyond} year(s) that fall"
            warnings.append(
                f"Intervention costs #{c.number} ({c.cost.description}) {what} after the "
                f"{scenario.parameters.horizon_years}-year horizon, left out."
            )
    if lines and not costs:
        warnings.append("No intervention costs were entered, so there is no ratio or payback.")
    params = scenario.parameters
    flat_zero = params.discount_rate == 0 and all(b.standard == 0 for b in params.long_term_rates)
    if (lines or costs) and flat_zero:
        warnings.append(
            "No discounting (discount rate 0): right only if the amounts are already present "
            "values or all fall in one year."
        )
    s = central.summary
    if costs and lines and s.economic_benefit + s.social_benefit != 0:
        warnings.append(
            f"The public value ratio ({s.ratio or 'none'}) counts economic and social value as "
            f"well as costs avoided; the financial return to the public purse is "
            f"{s.financial_roi_text or 'none'} and the cashable return "
            f"{s.financial_roi_cashable_text or 'none'}. Quote the one that answers the "
            "question asked."
        )
    if costs and lines and s.fiscal_cashable_benefit <= 0:
        warnings.append(
            "No cashable fiscal benefit was counted, so there is no payback: no budget is "
            "released, whatever the ratios say."
        )
    return warnings


def _bands_out(bands: tuple[DiscountBand, ...]) -> list[DiscountBandOut]:
    return [DiscountBandOut(from_year=b.from_year, rate=b.rate) for b in bands]


def central_assumptions(scenario: Scenario) -> Assumptions:
    params = scenario.parameters
    return Assumptions(
        standard_bands=params.standard_bands(),
        health_bands=params.health_bands(),
        horizon_years=params.horizon_years,
        optimism_bias=params.optimism_bias,
        cost_optimism_bias={
            CostBasis.ESTIMATE: params.cost_optimism_bias.estimate,
            CostBasis.ACTUAL: params.cost_optimism_bias.actual,
        },
    )


def resolve(
    scenario: Scenario, library: UnitCostLibrary, deflators: DeflatorTable
) -> tuple[list[ResolvedLine], list[ResolvedCost]]:
    """Every line and cost resolved against the library and deflators (problems raised)."""
    reporting_year = scenario.reporting_price_year
    if reporting_year is None:
        return [], []
    local_codes = frozenset(c.code.upper() for c in scenario.local_unit_costs)
    if scenario.local_unit_costs:
        local = [
            UnitCost(
                code=c.code.upper(),
                description=c.description,
                unit=c.unit,
                value=c.value,
                agency=c.agency,
                category="Local",
                price_year=c.price_year,
                price_year_as_published=c.price_year,
                source=f"Local unit cost (scenario): {c.source}",
            )
            for c in scenario.local_unit_costs
        ]
        try:
            library = library.with_replacements(local, name=f"{library.name} and local costs")
        except ValueError as exc:
            raise _problem("Local unit costs / Code", str(exc)) from None
    shared = Shared()  # lines with the same unit cost share its working (and costs, upratings)
    lines = [
        resolve_line(i, line, library, deflators, reporting_year, local_codes, shared)
        for i, line in enumerate(scenario.prevented_costs, start=1)
    ]
    costs = [
        resolve_cost(i, cost, deflators, reporting_year, shared)
        for i, cost in enumerate(scenario.intervention_costs, start=1)
    ]
    return lines, costs


class LineFigures(NamedTuple):
    """What a cohort's return reads of one prevented-cost line (``evaluate_cohort``)."""

    benefit_type: str  # fiscal, economic or social
    cashable: bool
    agencies: tuple[str, ...]  # who bears the cost avoided, as in the line's result
    citation: str  # of the unit cost used
    present_value: Decimal
    undiscounted: Decimal  # after drop-off (the line's ``steps.after_drop_off``)


def evaluate(
    scenario: Scenario,
    library: UnitCostLibrary,
    default_deflators: DeflatorTable,
    *,
    sensitivity: bool = True,
) -> CostBenefitResult:
    """Work out the cost-benefit result for a validated scenario. ``sensitivity=False``
    leaves out the sensitivity tests, cases and switching values (four fifths of the work):
    a return's per-family figures need only the central case."""
    return _evaluate(scenario, library, default_deflators, sensitivity, per_line=True).result


class CohortResult(NamedTuple):
    """``evaluate_cohort``: the result without per-line parts, and the figures read instead."""

    result: CostBenefitResult  # ``lines`` and ``intervention_costs`` are empty
    lines: list[LineFigures]  # each prevented-cost line, in the scenario's order
    cost_present_values: list[Decimal]  # each intervention cost's, in the scenario's order


def evaluate_cohort(
    scenario: Scenario, library: UnitCostLibrary, default_deflators: DeflatorTable
) -> CohortResult:
    """``evaluate`` for a cohort's return (many families' lines in one scenario): every figure
    of the result but the per-line and per-cost results, and instead, for each line and cost
    in order, the few figures a return reads of it. Full results per line and cost were a
    fifth of the time and of the memory of a 10,000-family return, for figures no return
    shows."""
    return _evaluate(scenario, library, default_deflators, True, per_line=False)


def _evaluate(
    scenario: Scenario,
    library: UnitCostLibrary,
    default_deflators: DeflatorTable,
    sensitivity: bool,
    *,
    per_line: bool,
) -> CohortResult:
    deflators = scenario.deflators or default_deflators
    params = scenario.parameters
    reporting_year = scenario.reporting_price_year
    lines, costs = resolve(scenario, library, deflators)
    central_a = central_assumptions(scenario)
    has_flows = bool(lines or costs)
    central = run_case(lines, costs, central_a)
    cases: list[SensitivityCaseResult] = []
    if has_flows and sensitivity:
        for case in scenario.sensitivity.cases:
            assumptions = central_a.with_case(case)
            cases.append(
                SensitivityCaseResult(
                    case=case.name,
                    description=case.description,
                    benefit_multiplier=assumptions.benefit_multiplier,
                    cost_multiplier=assumptions.cost_multiplier,
                    discount_rate=case.discount_rate,
                    optimism_bias={k.value: v for k, v in assumptions.optimism_bias.items()},
                    summary=run_case(lines, costs, assumptions).summary,
                )
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
    alike = _Alike()
    figures = (
        []
        if per_line
        else [
            LineFigures(
                r.line.benefit_type.value,
                r.line.cashable,
                tuple(name for name, _share in r.agencies),
                r.unit_cost.citation,
                f.steps["present_value"],
                f.steps["after_drop_off"],
            )
            for r, f in zip(lines, central.lines, strict=True)
        ]
    )
    tests, switching = (
        sensitivity_analysis(scenario, lines, costs, central_a, central)
        if has_flows and sensitivity
        else ([], [])
    )
    comparisons = [compare_cohorts(c) for c in scenario.cohort_comparisons]
    warnings = _warnings(scenario, deflators, lines, costs, central) if has_flows else []
    for comparison in comparisons:
        warnings.extend(f"{comparison.outcome}: {w}" for w in comparison.warnings)
    result = CostBenefitResult(
        scenario_format=scenario.format,
        title=scenario.title,
        description=scenario.description,
        notes=[FORMAT_1_NOTE] if scenario.format == FORMAT_1 else [],
        prices=Prices(
            price_year=reporting_year,
            statement=statement,
            deflator_table=DeflatorTableUsed(
                name=deflators.name,
                basis=deflators.basis,
                source=deflators.source,
                vintage=deflators.vintage,
                verified=deflators.verified,
                note=deflators.note,
                coverage=deflators.coverage(),
                queried_years=dict(deflators.queries),
            )
            if has_flows
            else None,
        ),
        rounding=ROUNDING_RULE,
        parameters=ParametersUsed(
            discount_rate=params.discount_rate,
            health_discount_rate=params.health_discount_rate,
            discount_schedule=_bands_out(central_a.standard_bands),
            health_discount_schedule=_bands_out(central_a.health_bands),
            horizon_years=params.horizon_years,
            optimism_bias={k.value: v for k, v in params.optimism_bias.items()},
            cost_optimism_bias={k.value: v for k, v in central_a.cost_optimism_bias.items()},
            intervention_cost_optimism_bias=params.cost_optimism_bias.estimate,
        ),
        summary=central.summary if has_flows else None,
        benefits=_benefit_totals(lines, central.lines) if has_flows else None,
        costs=_cost_totals(costs, central.costs) if has_flows else None,
        who_invests_who_gains=who_invests_who_gains(lines, central.lines, costs, central.costs)
        if has_flows
        else [],
        years=central.years if has_flows else [],
        sensitivity=Sensitivity(
            central=central.summary if has_flows else None,
            tests=tests,
            switching_values=switching,
            cases=cases,
        ),
        lines=[_line_result(r, f, alike) for r, f in zip(lines, central.lines, strict=True)]
        if per_line
        else [],
        intervention_costs=[
            InterventionCostResult(
                line=c.number,
                description=c.cost.description,
                year=c.cost.year,
                years=c.cost.years,
                basis=c.cost.basis.value,
                agency=c.cost.agency,
                source=c.cost.source,
                quantity=c.cost.quantity,
                unit_rate=c.cost.unit_rate,
                unit=c.cost.unit,
                amount=c.cost.amount_per_year(),
                price_year=c.price_year,
                price_year_assumed=c.price_year_assumed,
                uprating=c.uprating,
                amount_in_reporting_prices=c.amount,
                optimism_bias=f.optimism_bias,
                after_optimism_bias=f.per_year,
                counted=f.counted,
                years_counted=len(f.years),
                discount_factor=f.factor,
                undiscounted=f.undiscounted,
                present_value=f.present_value,
            )
            for c, f in zip(costs, central.costs, strict=True)
        ]
        if per_line
        else [],
        net_pressure=net_pressure(scenario.budget_pressures, reporting_year)
        if scenario.budget_pressures
        else None,
        cohort_comparisons=comparisons,
        warnings=warnings,
    )
    cost_values = [] if per_line else [f.present_value for f in central.costs]
    return CohortResult(result, figures, cost_values)
