"""Sensitivity: one-at-a-time tests and switching values (pure).

Each line's present value is the product of its parts (docs/costs.md):

    PV = sign x base x probability x (1 - deadweight) x attribution x additionality
         x (1 - optimism bias) x sum over counted years of (share x drop-off x discount factor)

so moving one parameter only changes one factor, and the tests and switching values are worked
out from the central case's parts without re-running the engine. Two net present values are
tested: public value (every line) and financial (fiscal lines only), each less the costs.

A switching value is the value of one parameter at which the net present value is zero
(HM Treasury Green Book: "the value an uncertain cost or benefit would have to reach for the
proposal to no longer be worthwhile"). It is found by bisection to within 10^-20 of the range,
over the range the parameter can take; none is reported when no value in the range reaches zero.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from familycase.domain.costs.discounting import discount_factors, with_first_rate
from familycase.domain.costs.flows import (
    Assumptions,
    CaseTotals,
    CostFlow,
    LineFlows,
    ResolvedCost,
    ResolvedLine,
    clamp,
)
from familycase.domain.costs.money import ONE, ZERO
from familycase.domain.costs.result import SensitivityTest, SwitchingValue
from familycase.domain.costs.scenario import BenefitType, DiscountAs, Effect, Scenario

BISECTIONS = 90
HUNDRED = Decimal(100)


def _pct(value: Decimal) -> str:
    text = f"{(value * HUNDRED).quantize(Decimal('0.1')):f}"
    return (text[:-2] if text.endswith(".0") else text) + "%"


class _Parts:
    """The central case's parts, for one measure (all lines, or fiscal lines only)."""

    def __init__(
        self,
        lines: list[ResolvedLine],
        flows: list[LineFlows],
        costs: list[ResolvedCost],
        cost_flows: list[CostFlow],
        a: Assumptions,
        fiscal_only: bool,
    ) -> None:
        keep = [
            (r, f)
            for r, f in zip(lines, flows, strict=True)
            if not fiscal_only or r.line.benefit_type is BenefitType.FISCAL
        ]
        self.lines = [r for r, _ in keep]
        self.flows = [f for _, f in keep]
        self.cost_flows = cost_flows
        self.a = a
        self.cost_pv = sum((cf.present_value for cf in cost_flows), ZERO)

    # The present value of the benefits with one part changed.
    def benefit(
        self,
        probability: Callable[[ResolvedLine], Decimal] | None = None,
        deadweight: Callable[[ResolvedLine], Decimal] | None = None,
        optimism_bias: Callable[[ResolvedLine, LineFlows], Decimal] | None = None,
        weights: Callable[[ResolvedLine, LineFlows], Decimal] | None = None,
    ) -> Decimal:
        total = ZERO
        for r, f in zip(self.lines, self.flows, strict=True):
            p = probability(r) if probability else f.probability
            dw = deadweight(r) if deadweight else f.deadweight
            ob = optimism_bias(r, f) if optimism_bias else f.optimism_bias
            w = weights(r, f) if weights else f.discounted_weight
            total += (
                f.sign * f.base * p * (ONE - dw) * f.attribution * f.additionality * (ONE - ob) * w
            )
        return total

    def costs_at_rate(self, rate: Decimal) -> tuple[Decimal, list[Decimal]]:
        factors = discount_factors(
            with_first_rate(self.a.standard_bands, rate), self.a.horizon_years
        )
        pv = sum((cf.per_year * factors[y] for cf in self.cost_flows for y in cf.years), ZERO)
        return pv, factors

    def npv_at_rate(self, rate: Decimal) -> Decimal:
        cost_pv, factors = self.costs_at_rate(rate)

        def weights(r: ResolvedLine, f: LineFlows) -> Decimal:
            if r.line.discount_as is DiscountAs.HEALTH:
                return f.discounted_weight
            return sum((w * factors[y] for y, w in f.counted), ZERO)

        return self.benefit(weights=weights) - cost_pv

    # Each parameter as a function of its test value.
    def probability_times(self, k: Decimal) -> Decimal:
        return self.benefit(probability=lambda r: min(ONE, r.line.probability * k))

    def deadweight_plus(self, change: Decimal) -> Decimal:
        return self.benefit(deadweight=lambda r: clamp(r.line.deadweight + change))

    def deadweight_set(self, value: Decimal) -> Decimal:
        return self.benefit(deadweight=lambda r: value)

    def _bias(self, value: Callable[[LineFlows], Decimal]) -> Callable[..., Decimal]:
        def bias(r: ResolvedLine, f: LineFlows) -> Decimal:
            return ZERO if r.line.effect is Effect.DISBENEFIT else value(f)

        return bias

    def optimism_plus(self, change: Decimal) -> Decimal:
        return self.benefit(optimism_bias=self._bias(lambda f: clamp(f.optimism_bias + change)))

    def optimism_set(self, value: Decimal) -> Decimal:
        return self.benefit(optimism_bias=self._bias(lambda f: value))


def _ratio(benefit: Decimal, cost: Decimal) -> Decimal | None:
    return benefit / cost if cost > 0 else None


def sensitivity_tests(
    scenario: Scenario,
    lines: list[ResolvedLine],
    costs: list[ResolvedCost],
    a: Assumptions,
    central: CaseTotals,
) -> list[SensitivityTest]:
    """Each of the scenario's sensitivity values, one parameter at a time."""
    whole = _Parts(lines, central.lines, costs, central.costs, a, fiscal_only=False)
    fiscal = _Parts(lines, central.lines, costs, central.costs, a, fiscal_only=True)
    s = scenario.sensitivity
    out: list[SensitivityTest] = []

    def add(parameter: str, change: Decimal, description: str, work: Callable[..., tuple]) -> None:
        (b, c), (fb, fc) = work(whole), work(fiscal)
        out.append(
            SensitivityTest(
                parameter=parameter,  # type: ignore[arg-type]
                change=change,
                description=description,
                net_present_value=b - c,
                benefit_cost_ratio=_ratio(b, c),
                financial_net_present_value=fb - fc,
                financial_roi=_ratio(fb, fc),
            )
        )

    for k in s.probability:
        add(
            "probability",
            k,
            f"Every line's probability x {k.normalize():f} (capped at 100%).",
            lambda parts, k=k: (parts.probability_times(k), parts.cost_pv),
        )
    for d in s.deadweight:
        add(
            "deadweight",
            d,
            f"Every line's deadweight {'+' if d >= 0 else '-'} {_pct(abs(d))} points "
            "(kept within 0-100%).",
            lambda parts, d=d: (parts.deadweight_plus(d), parts.cost_pv),
        )
    for d in s.optimism_bias:
        add(
            "optimism_bias",
            d,
            f"Optimism bias on every benefit line {'+' if d >= 0 else '-'} {_pct(abs(d))} "
            "points (kept within 0-100%).",
            lambda parts, d=d: (parts.optimism_plus(d), parts.cost_pv),
        )
    for r in s.discount_rate:
        add(
            "discount_rate",
            r,
            f"Standard discount rate {_pct(r)} for years 0-30 (later bands and health rates as "
            "central).",
            lambda parts, r=r: (
                parts.npv_at_rate(r) + parts.costs_at_rate(r)[0],
                parts.costs_at_rate(r)[0],
            ),
        )
    for c in s.costs:
        add(
            "costs",
            c,
            f"Every intervention cost x {c.normalize():f}.",
            lambda parts, c=c: (parts.benefit(), parts.cost_pv * c),
        )
    return out


def bisect(f: Callable[[Decimal], Decimal], lo: Decimal, hi: Decimal) -> Decimal | None:
    """A root of f in [lo, hi] when f changes sign there (or is zero at an end), else None."""
    f_lo, f_hi = f(lo), f(hi)
    if f_lo == 0:
        return lo
    if f_hi == 0:
        return hi
    if (f_lo > 0) == (f_hi > 0):
        return None
    for _ in range(BISECTIONS):
        mid = (lo + hi) / 2
        f_mid = f(mid)
        if f_mid == 0:
            return mid
        if (f_mid > 0) == (f_lo > 0):
            lo, f_lo = mid, f_mid
        else:
            hi = mid
    return (lo + hi) / 2


def switching_values(
    lines: list[ResolvedLine],
    costs: list[ResolvedCost],
    a: Assumptions,
    central: CaseTotals,
) -> list[SwitchingValue]:
    """For each parameter and each measure, the value at which the net present value is 0."""
    out: list[SwitchingValue] = []
    if not costs:
        return out
    for measure, fiscal_only in (("public_value", False), ("financial", True)):
        parts = _Parts(lines, central.lines, costs, central.costs, a, fiscal_only=fiscal_only)
        if parts.lines:
            out.extend(_switching_for(parts, measure, a))
    return out


def _switching_for(parts: _Parts, measure: str, a: Assumptions) -> list[SwitchingValue]:
    out: list[SwitchingValue] = []
    what = "public value" if measure == "public_value" else "financial (fiscal)"
    npv0 = parts.benefit() - parts.cost_pv

    probabilities = [r.line.probability for r in parts.lines if r.line.probability > 0]
    top = max((ONE / p for p in probabilities), default=ONE)
    k = bisect(lambda x: parts.probability_times(x) - parts.cost_pv, ZERO, top)
    out.append(
        SwitchingValue(
            parameter="probability",
            measure=measure,  # type: ignore[arg-type]
            central="each line's probability as entered (multiplier 1)",
            switching_value=k,
            explanation=(
                f"The {what} net present value is zero when every line's probability is "
                f"multiplied by {k:.3f} (capped at 100%)"
                + (
                    f": probabilities {_pct(ONE - k)} lower than entered."
                    if k < 1
                    else f": probabilities {_pct(k - ONE)} higher than entered."
                )
                if k is not None
                else f"No probability multiplier makes the {what} net present value zero: "
                + (
                    "it stays positive even with every probability at 0 (no costs?)."
                    if npv0 > 0 and parts.cost_pv <= 0
                    else "it stays below zero even with every probability at 100%."
                    if npv0 <= 0
                    else "it does not change sign over the range."
                )
            ),
        )
    )
    d = bisect(lambda x: parts.deadweight_set(x) - parts.cost_pv, ZERO, ONE)
    out.append(
        SwitchingValue(
            parameter="deadweight",
            measure=measure,  # type: ignore[arg-type]
            central="each line's deadweight as entered",
            switching_value=d,
            explanation=(
                f"The {what} net present value is zero when every line's deadweight is "
                f"{_pct(d)}: if that share of the improvement would have happened anyway."
                if d is not None
                else f"No deadweight from 0% to 100% makes the {what} net present value "
                "zero" + (": it is below zero even with no deadweight." if npv0 <= 0 else ".")
            ),
        )
    )
    b = bisect(lambda x: parts.optimism_set(x) - parts.cost_pv, ZERO, ONE)
    out.append(
        SwitchingValue(
            parameter="optimism_bias",
            measure=measure,  # type: ignore[arg-type]
            central="the optimism bias for each line's evidence strength",
            switching_value=b,
            explanation=(
                f"The {what} net present value is zero when every benefit line's optimism "
                f"bias is {_pct(b)}."
                if b is not None
                else f"No optimism bias from 0% to 100% makes the {what} net present value "
                "zero" + (": it is below zero even with none." if npv0 <= 0 else ".")
            ),
        )
    )
    r = bisect(parts.npv_at_rate, ZERO, ONE)
    out.append(
        SwitchingValue(
            parameter="discount_rate",
            measure=measure,  # type: ignore[arg-type]
            central=f"{_pct(a.standard_bands[0].rate)} for years 0-30",
            switching_value=r,
            explanation=(
                f"The {what} net present value is zero at a discount rate of {_pct(r)} for "
                "years 0-30 (the internal rate of return, with later bands as central)."
                if r is not None
                else f"No discount rate from 0% to 100% makes the {what} net present value zero."
            ),
        )
    )
    benefit = parts.benefit()
    c = benefit / parts.cost_pv if parts.cost_pv > 0 and benefit > 0 else None
    out.append(
        SwitchingValue(
            parameter="costs",
            measure=measure,  # type: ignore[arg-type]
            central="intervention costs as entered (multiplier 1)",
            switching_value=c,
            explanation=(
                f"The {what} net present value is zero when intervention costs are "
                f"multiplied by {c:.3f}: costs "
                + (f"{_pct(c - ONE)} higher." if c >= 1 else f"{_pct(ONE - c)} lower.")
                if c is not None
                else f"The {what} benefit is not above zero, so no cost level breaks even."
            ),
        )
    )
    return out
