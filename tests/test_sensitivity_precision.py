"""The sensitivity tests and switching values against the line-by-line method they replace.

``domain/costs/sensitivity.py`` adds each measure's lines up in groups at 60 digits (and solves
the linear switching values in closed form); the method below, kept here as the reference and
nowhere in src, adds every line up at the engine's 28 digits for every test and every bisection
step. The rule (docs/costs.md, "Precision of the sensitivity figures"): every sensitivity figure
and switching value agrees with the line-by-line one to within 1e-12 relative (relative to the
size of the benefits and costs it is made from, for a figure near zero), and what is shown of
them (money to the penny, ratios to 2 places, switching values to 6, the explanations with their
percentages and multipliers) is the same.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from familycase.costs_data import default_deflators, unit_cost_library
from familycase.domain.costs import Scenario, evaluate, validated
from familycase.domain.costs.discounting import discount_factors, with_first_rate
from familycase.domain.costs.engine import central_assumptions, resolve, run_case
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
from familycase.domain.costs.result import Sensitivity, SensitivityTest, SwitchingValue
from familycase.domain.costs.scenario import BenefitType, DiscountAs, Effect

LIBRARY = unit_cost_library()
DEFLATORS = default_deflators()
YEAR = "2024-25"
D = Decimal
TOLERANCE = D("1e-12")
BISECTIONS = 90
HUNDRED = Decimal(100)


def _pct(value: Decimal) -> str:
    text = f"{(value * HUNDRED).quantize(Decimal('0.1')):f}"
    return (text[:-2] if text.endswith(".0") else text) + "%"


# --- the reference: the line-by-line method (src/familycase/domain/costs/sensitivity.py before
# the grouped sums), unchanged but for its names ----------------------------------------------


class _RefParts:
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


def ref_sensitivity_tests(
    scenario: Scenario,
    lines: list[ResolvedLine],
    costs: list[ResolvedCost],
    a: Assumptions,
    central: CaseTotals,
) -> list[SensitivityTest]:
    """Each of the scenario's sensitivity values, one parameter at a time."""
    whole = _RefParts(lines, central.lines, costs, central.costs, a, fiscal_only=False)
    fiscal = _RefParts(lines, central.lines, costs, central.costs, a, fiscal_only=True)
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


def ref_bisect(f: Callable[[Decimal], Decimal], lo: Decimal, hi: Decimal) -> Decimal | None:
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


def ref_switching_values(
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
        parts = _RefParts(lines, central.lines, costs, central.costs, a, fiscal_only=fiscal_only)
        if parts.lines:
            out.extend(_ref_switching_for(parts, measure, a))
    return out


def _ref_switching_for(parts: _RefParts, measure: str, a: Assumptions) -> list[SwitchingValue]:
    out: list[SwitchingValue] = []
    what = "public value" if measure == "public_value" else "financial (fiscal)"
    npv0 = parts.benefit() - parts.cost_pv

    probabilities = [r.line.probability for r in parts.lines if r.line.probability > 0]
    top = max((ONE / p for p in probabilities), default=ONE)
    k = ref_bisect(lambda x: parts.probability_times(x) - parts.cost_pv, ZERO, top)
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
    d = ref_bisect(lambda x: parts.deadweight_set(x) - parts.cost_pv, ZERO, ONE)
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
    b = ref_bisect(lambda x: parts.optimism_set(x) - parts.cost_pv, ZERO, ONE)
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
    r = ref_bisect(parts.npv_at_rate, ZERO, ONE)
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


# --- random cohorts and edge cases ---------------------------------------------------------------

STRENGTHS = ("strong", "moderate", "weak", "anecdotal")
PROBABILITIES = ("1", "0.9", "0.75", "2/3", "0.5", "0.35", "0.1", "0", "1/3", "0.123")
SHARES = ("0", "0.05", "0.1", "0.25", "1/3", "0.5", "0.8", "1")


def _line(rng: random.Random, **changes: Any) -> dict[str, Any]:
    kind = rng.choice(("fiscal", "fiscal", "fiscal", "economic", "social"))
    timing: dict[str, Any]
    if rng.random() < 0.15:
        timing = {"profile": [{"year": y, "share": "0.25"} for y in rng.sample(range(8), 4)]}
    else:
        timing = {
            "first_year": rng.randrange(0, 4),
            "years": rng.randrange(1, 7),
            "amount_is": rng.choice(("per_year", "total")),
            "drop_off": rng.choice(("0", "0", "0.1", "0.25", "1/3")),
        }
    line = {
        "what_was_avoided": "a cost",
        "unit_cost": {
            "value": f"{rng.randrange(1, 10_000_000) / 100:.2f}",
            "price_year": rng.choice(("2019-20", "2022-23", YEAR)),
            "source": "test",
        },
        "quantity": rng.choice(("1", "2", "0.5", "3.25", "12")),
        "duration": rng.choice(("1", "1", "52", "2/3")),
        "probability": rng.choice(PROBABILITIES),
        "evidence_strength": rng.choice(STRENGTHS),
        "deadweight": rng.choice(SHARES[:-1]),
        "attribution": rng.choice(("1", "0.8", "0.5", "2/3", "0.33")),
        "displacement": rng.choice(SHARES[:4]),
        "leakage": rng.choice(SHARES[:4]),
        "substitution": rng.choice(SHARES[:3]),
        "effect": "disbenefit" if rng.random() < 0.12 else "benefit",
        "discount_as": "health" if rng.random() < 0.2 else "standard",
        "benefit_type": kind,
        "cashable": kind == "fiscal" and rng.random() < 0.4,
        "agency": "Police",
        "timing": timing,
    }
    return {**line, **changes}


def _cost(rng: random.Random, **changes: Any) -> dict[str, Any]:
    cost = {
        "description": "work",
        "amount": f"{rng.randrange(100, 5_000_000) / 100:.2f}",
        "price_year": rng.choice(("2022-23", YEAR)),
        "basis": rng.choice(("actual", "estimate")),
        "agency": "Early help",
        "year": rng.randrange(0, 3),
        "years": rng.randrange(1, 4),
    }
    return {**cost, **changes}


SENSITIVITY = {  # the defaults and more: extremes, rates at the ends, a multiplier of 0
    "probability": ["0", "0.8", "1.2", "3"],
    "deadweight": ["0.1", "-0.1", "1", "-1", "0.35"],
    "optimism_bias": ["0.1", "-0.1", "0.6", "-1"],
    "discount_rate": ["0", "0.015", "0.05", "1"],
    "costs": ["0", "1.2", "0.5"],
}


def _scenario(lines: list[dict], costs: list[dict], **params: Any) -> Scenario:
    return validated(
        Scenario,
        {
            "title": "precision",
            "reporting_price_year": YEAR,
            "parameters": {"horizon_years": 10, **params},
            "prevented_costs": lines,
            "intervention_costs": costs,
            "sensitivity": SENSITIVITY,
        },
    )


def _random(seed: int, n: int, spend: float = 1.0) -> Scenario:
    """A cohort of n lines and costs roughly ``spend`` x its benefits' size."""
    rng = random.Random(seed)
    lines = [_line(rng) for _ in range(n)]
    costs = [_cost(rng) for _ in range(max(1, n // 3))]
    probe = evaluate(_scenario(lines, costs), LIBRARY, DEFLATORS, sensitivity=False)
    assert probe.summary is not None
    scale = D(str(spend)) * abs(probe.summary.total_benefit) / max(probe.summary.total_cost, ONE)
    for c in costs:
        c["amount"] = f"{max(D('0.01'), D(c['amount']) * scale):.2f}"
    return _scenario(
        lines, costs, **rng.choice(({}, {"discount_rate": "0.05"}, {"long_term_rates": []}))
    )


def _cases() -> list[tuple[str, Scenario]]:
    rng = random.Random(2026)
    cases = [
        (f"random-{seed}", _random(seed, 20 + 23 * seed, spend))
        for seed, spend in enumerate((1.0, 0.3, 0.95, 2.5, 0.6, 1.05))
    ]
    fiscal_free = [_line(rng, benefit_type="social", cashable=False) for _ in range(30)]
    cases.append(("no fiscal lines", _scenario(fiscal_free, [_cost(rng)])))
    cases.append(("no costs", _scenario([_line(rng) for _ in range(25)], [])))
    capped = [_line(rng, probability="1") for _ in range(20)]
    cases.append(("probabilities at 100%", _scenario(capped, [_cost(rng, amount="900000")])))
    zero = [_line(rng, probability=rng.choice(("0", "1"))) for _ in range(20)]
    cases.append(("probabilities 0 and 1", _scenario(zero, [_cost(rng, amount="50000")])))
    harm = [_line(rng, effect="disbenefit") for _ in range(15)] + [_line(rng) for _ in range(5)]
    cases.append(("mostly disbenefits", _scenario(harm, [_cost(rng)])))
    health = [_line(rng, discount_as="health") for _ in range(25)]
    cases.append(("health discounting only", _scenario(health, [_cost(rng, amount="20000")])))
    cheap = [_line(rng, probability="1", deadweight="0") for _ in range(10)]
    cases.append(  # costs far below benefits: deadweight / bias switching values near 100%
        ("costs tiny", _scenario(cheap, [_cost(rng, amount="0.01")]))
    )
    dear = [_line(rng) for _ in range(10)]
    cases.append(  # never worthwhile: no switching value in range
        ("costs huge", _scenario(dear, [_cost(rng, amount="900000000")]))
    )
    late = [_line(rng, timing={"first_year": 4, "years": 3}) for _ in range(10)]
    cases.append(("costs before benefits (an IRR)", _scenario(late, [_cost(rng, amount="3000")])))
    beyond = [_line(rng, timing={"first_year": 12, "years": 2}) for _ in range(3)]
    cases.append(("all beyond the horizon", _scenario(beyond + capped[:2], [_cost(rng)])))
    return cases


CASES = _cases()


def _reference(scenario: Scenario) -> tuple[Sensitivity, Decimal]:
    lines, costs = resolve(scenario, LIBRARY, DEFLATORS)
    a = central_assumptions(scenario)
    central = run_case(lines, costs, a)
    scale = sum((abs(f.present_value) for f in central.lines), ZERO) + sum(
        (abs(f.present_value) for f in central.costs), ZERO
    )
    return (
        Sensitivity(
            central=central.summary,
            tests=ref_sensitivity_tests(scenario, lines, costs, a, central),
            switching_values=ref_switching_values(lines, costs, a, central),
            cases=[],
        ),
        max(scale, ONE),
    )


def _close(fast: Decimal | None, slow: Decimal | None, scale: Decimal) -> bool:
    if fast is None or slow is None:
        return fast is slow
    return abs(fast - slow) <= TOLERANCE * max(abs(slow), scale)


@pytest.mark.parametrize(("name", "scenario"), CASES, ids=[n for n, _ in CASES])
def test_sensitivity_agrees_with_the_line_by_line_method(name: str, scenario: Scenario) -> None:
    fast = evaluate(scenario, LIBRARY, DEFLATORS).sensitivity
    slow, scale = _reference(scenario)
    # what is shown (money to the penny, ratios to 2 places, switching values to 6, the words)
    assert fast.model_dump(mode="json") == slow.model_dump(mode="json")
    assert len(fast.tests) == len(slow.tests) > 0
    for f, s in zip(fast.tests, slow.tests, strict=True):
        assert (f.parameter, f.change, f.description) == (s.parameter, s.change, s.description)
        assert _close(f.net_present_value, s.net_present_value, scale)
        assert _close(f.financial_net_present_value, s.financial_net_present_value, scale)
        assert _close(f.benefit_cost_ratio, s.benefit_cost_ratio, ONE)
        assert _close(f.financial_roi, s.financial_roi, ONE)
    assert len(fast.switching_values) == len(slow.switching_values)
    for f, s in zip(fast.switching_values, slow.switching_values, strict=True):
        assert (f.parameter, f.measure, f.explanation) == (s.parameter, s.measure, s.explanation)
        assert _close(f.switching_value, s.switching_value, ONE), (f, s)
    # as every figure of the engine: at most 28 significant digits
    figures = [v.switching_value for v in fast.switching_values] + [
        x for t in fast.tests for x in (t.net_present_value, t.benefit_cost_ratio)
    ]
    assert all(len(x.as_tuple().digits) <= 28 for x in figures if x is not None)


def test_the_cases_reach_the_edges() -> None:
    """The cases above include switching values out of range and at the ends of it."""
    found = [
        v.switching_value
        for _, scenario in CASES
        for v in evaluate(scenario, LIBRARY, DEFLATORS).sensitivity.switching_values
    ]
    assert None in found
    assert any(v is not None and v > ONE for v in found)  # a probability multiplier above 1
    assert any(v is not None and v < D("0.05") for v in found)
    no_costs = dict(CASES)["no costs"]
    assert evaluate(no_costs, LIBRARY, DEFLATORS).sensitivity.switching_values == []
