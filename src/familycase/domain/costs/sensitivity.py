"""Sensitivity: one-at-a-time tests and switching values (pure).

Each line's present value is the product of its parts (docs/costs.md):

    PV = sign x base x probability x (1 - deadweight) x attribution x additionality
         x (1 - optimism bias) x sum over counted years of (share x drop-off x discount factor)

so moving one parameter only changes one factor, and the tests and switching values are worked
out from the central case's parts without re-running the engine. Two net present values are
tested: public value (every line) and financial (fiscal lines only), each less the costs.

The parts are added up once, in groups that share the part a test moves (lines with the same
probability, the same deadweight, the same optimism bias; standard-rate lines year by year),
at ``PRECISION`` significant digits; a test then costs one sum over the groups, not over every
line. So the tests and switching values are not the line-by-line sums to the last of 28 digits:
they agree with them to within 1e-12 relative (docs/costs.md, "Precision of the sensitivity
figures"; tests/test_sensitivity_precision.py compares them with the line-by-line method). The
central case (every figure shown to the penny) is the engine's line-by-line sums, untouched.

A switching value is the value of one parameter at which the net present value is zero
(HM Treasury Green Book: "the value an uncertain cost or benefit would have to reach for the
proposal to no longer be worthwhile"). The net present value is linear in a deadweight or an
optimism bias set for every line, and in the cost multiplier, so those are closed forms; the
probability multiplier (linear between the values at which a line's probability reaches 100%)
and the discount rate are found by bisection to within 10^-20 of the range. None is reported
when no value in the range reaches zero.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from decimal import Decimal, localcontext

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
# Significant digits the grouped sums are worked in (the engine's 28, and as many again, so
# grouping and the order of adding cannot move a figure in its 28 digits but the last few).
PRECISION = 60


def _pct(value: Decimal) -> str:
    text = f"{(value * HUNDRED).quantize(Decimal('0.1')):f}"
    return (text[:-2] if text.endswith(".0") else text) + "%"


def _add(groups: dict, key: object, value: Decimal) -> None:
    groups[key] = groups.get(key, ZERO) + value


class _Parts:
    """The central case's parts for one measure (all lines, or fiscal lines only), added up in
    groups at ``PRECISION`` digits (``_parts`` fills them)."""

    def __init__(self, costs: list[CostFlow], a: Assumptions) -> None:
        self.a = a
        self.central = ZERO  # the benefits' present value
        self.lines = 0
        # each group: the lines' present values without the part the test moves
        self.by_probability: dict[Decimal, Decimal] = {}
        self.by_deadweight: dict[Decimal, Decimal] = {}
        self.by_bias: dict[Decimal, Decimal] = {}  # benefit lines only
        self.disbenefits = ZERO  # never reduced by optimism bias
        self.standard_by_year: dict[int, Decimal] = {}  # without the discount factor
        self.health = ZERO  # health-rate lines (the discount rate test leaves them as central)
        self.probabilities: list[Decimal] = []
        # As the line-by-line sum has it (the cost side is small: no grouping needed).
        self.cost_pv = sum((cf.present_value for cf in costs), ZERO)
        self.costs_by_year: dict[int, Decimal] = {}
        with localcontext() as ctx:
            ctx.prec = PRECISION
            for cf in costs:
                for y in cf.years:
                    _add(self.costs_by_year, y, cf.per_year)

    def finish(self) -> None:
        """Sorted probabilities, with running sums, for the probability multiplier."""
        self.probabilities = sorted(self.by_probability)
        with localcontext() as ctx:
            ctx.prec = PRECISION
            # _below[i]: sum of p x group for the i smallest probabilities; _above[i]: sum of
            # the groups of the others (the ones capped at 100% once p x k >= 1)
            self._below = [ZERO]
            for p in self.probabilities:
                self._below.append(self._below[-1] + p * self.by_probability[p])
            self._above = [ZERO]
            for p in reversed(self.probabilities):
                self._above.append(self._above[-1] + self.by_probability[p])
            self._above.reverse()
            self._deadweight_free = sum(self.by_deadweight.values(), ZERO)
            self._bias_free = sum(self.by_bias.values(), ZERO)

    def benefit(self) -> Decimal:
        return +self.central

    # Each parameter as a function of its test value (the benefits' present value).
    def probability_times(self, k: Decimal) -> Decimal:
        with localcontext() as ctx:
            ctx.prec = PRECISION
            if k <= 0:
                return ZERO
            # lines whose probability x k reaches 1 are capped: p >= 1 / k, as min(1, p x k)
            # has it (p x k is exact for the probabilities and multipliers people enter)
            capped = bisect_left(self.probabilities, ONE / k)
            while capped > 0 and self.probabilities[capped - 1] * k >= ONE:
                capped -= 1
            while capped < len(self.probabilities) and self.probabilities[capped] * k < ONE:
                capped += 1
            total = k * self._below[capped] + self._above[capped]
        return +total

    def deadweight_plus(self, change: Decimal) -> Decimal:
        with localcontext() as ctx:
            ctx.prec = PRECISION
            total = sum(
                ((ONE - clamp(d + change)) * v for d, v in self.by_deadweight.items()), ZERO
            )
        return +total

    def deadweight_set(self, value: Decimal) -> Decimal:
        with localcontext() as ctx:
            ctx.prec = PRECISION
            total = (ONE - value) * self._deadweight_free
        return +total

    def optimism_plus(self, change: Decimal) -> Decimal:
        with localcontext() as ctx:
            ctx.prec = PRECISION
            total = self.disbenefits + sum(
                ((ONE - clamp(b + change)) * v for b, v in self.by_bias.items()), ZERO
            )
        return +total

    def optimism_set(self, value: Decimal) -> Decimal:
        with localcontext() as ctx:
            ctx.prec = PRECISION
            total = self.disbenefits + (ONE - value) * self._bias_free
        return +total

    def costs_at_rate(self, rate: Decimal) -> tuple[Decimal, list[Decimal]]:
        factors = discount_factors(
            with_first_rate(self.a.standard_bands, rate), self.a.horizon_years
        )
        with localcontext() as ctx:
            ctx.prec = PRECISION
            pv = sum((v * factors[y] for y, v in self.costs_by_year.items()), ZERO)
        return +pv, factors

    def benefit_at_rate(self, rate: Decimal, factors: list[Decimal]) -> Decimal:
        with localcontext() as ctx:
            ctx.prec = PRECISION
            total = self.health + sum(
                (v * factors[y] for y, v in self.standard_by_year.items()), ZERO
            )
        return +total

    def npv_at_rate(self, rate: Decimal) -> Decimal:
        cost_pv, factors = self.costs_at_rate(rate)
        return self.benefit_at_rate(rate, factors) - cost_pv


def _parts(
    lines: list[ResolvedLine],
    flows: list[LineFlows],
    costs: list[CostFlow],
    a: Assumptions,
) -> tuple[_Parts, _Parts]:
    """Both measures' parts (public value: every line; financial: fiscal lines). One pass adds
    each line's sign x base x attribution x additionality (times its discounted weight, and
    times each counted year's weight) into the group of lines sharing its probability,
    deadweight, optimism bias and kind; the parts are then made from the groups."""
    whole, fiscal = _Parts(costs, a), _Parts(costs, a)
    groups: dict[tuple[object, ...], list] = {}  # key -> [lines, weighted, {year: amount}]
    with localcontext() as ctx:
        ctx.prec = PRECISION
        for r, f in zip(lines, flows, strict=True):
            line = r.line
            health = line.discount_as is DiscountAs.HEALTH
            key = (
                line.benefit_type is BenefitType.FISCAL,
                line.effect is Effect.DISBENEFIT,
                health,
                f.probability,
                f.deadweight,
                f.optimism_bias,
            )
            common = f.sign * f.base * f.attribution * f.additionality
            group = groups.get(key)
            if group is None:
                group = groups[key] = [0, ZERO, {}]
            group[0] += 1
            group[1] += common * f.discounted_weight
            if not health:
                by_year = group[2]
                for y, share in f.counted:
                    _add(by_year, y, common * share)
        for (is_fiscal, disbenefit, health, p, dw, ob), (n, weighted, by_year) in groups.items():
            kept, biased = ONE - dw, ONE - ob
            without_p = weighted * kept * biased
            term = without_p * p
            without_dw = weighted * p * biased
            without_bias = None if disbenefit else weighted * p * kept
            undiscounted = {y: v * p * kept * biased for y, v in by_year.items()}
            for parts in (whole, fiscal) if is_fiscal else (whole,):
                parts.lines += n
                parts.central += term
                _add(parts.by_probability, p, without_p)
                _add(parts.by_deadweight, dw, without_dw)
                if without_bias is None:
                    parts.disbenefits += term
                else:
                    _add(parts.by_bias, ob, without_bias)
                if health:
                    parts.health += term
                else:
                    for y, v in undiscounted.items():
                        _add(parts.standard_by_year, y, v)
    whole.finish()
    fiscal.finish()
    return whole, fiscal


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
    whole, fiscal = _parts(lines, central.lines, central.costs, a)
    return _tests(scenario, whole, fiscal)


def _tests(scenario: Scenario, whole: _Parts, fiscal: _Parts) -> list[SensitivityTest]:
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

    def at_rate(parts: _Parts, rate: Decimal) -> tuple[Decimal, Decimal]:
        cost_pv, factors = parts.costs_at_rate(rate)
        return parts.benefit_at_rate(rate, factors), cost_pv

    for r in s.discount_rate:
        add(
            "discount_rate",
            r,
            f"Standard discount rate {_pct(r)} for years 0-30 (later bands and health rates as "
            "central).",
            lambda parts, r=r: at_rate(parts, r),
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
    if not costs:
        return []
    return _switching(*_parts(lines, central.lines, central.costs, a), a)


def sensitivity_analysis(
    scenario: Scenario,
    lines: list[ResolvedLine],
    costs: list[ResolvedCost],
    a: Assumptions,
    central: CaseTotals,
) -> tuple[list[SensitivityTest], list[SwitchingValue]]:
    """``sensitivity_tests`` and ``switching_values`` from one pass over the lines."""
    whole, fiscal = _parts(lines, central.lines, central.costs, a)
    return _tests(scenario, whole, fiscal), (_switching(whole, fiscal, a) if costs else [])


def _switching(whole: _Parts, fiscal: _Parts, a: Assumptions) -> list[SwitchingValue]:
    out: list[SwitchingValue] = []
    for measure, parts in (("public_value", whole), ("financial", fiscal)):
        if parts.lines:
            out.extend(_switching_for(parts, measure, a))
    return out


def _linear_root(f_lo: Decimal, f_hi: Decimal) -> Decimal | None:
    """As ``bisect`` over 0-1 of a function linear in x, f(x) = f_lo + (f_hi - f_lo) x, with
    f(0) = f_lo and f(1) = f_hi: the root, in the context's precision (not halving 90 times
    towards it)."""
    if f_lo == 0:
        return ZERO
    if f_hi == 0:
        return ONE
    if (f_lo > 0) == (f_hi > 0):
        return None
    return f_lo / (f_lo - f_hi)


def _set_all(value: Callable[[Decimal], Decimal], cost_pv: Decimal) -> Decimal | None:
    """The root in 0-1 of value(x) - cost, for value linear in x (deadweight or optimism bias
    set for every line): from its two ends, worked out at PRECISION digits."""
    with localcontext() as ctx:
        ctx.prec = PRECISION
        root = _linear_root(value(ZERO) - cost_pv, value(ONE) - cost_pv)
    return None if root is None else +root  # to the engine's 28 digits


def _switching_for(parts: _Parts, measure: str, a: Assumptions) -> list[SwitchingValue]:
    out: list[SwitchingValue] = []
    what = "public value" if measure == "public_value" else "financial (fiscal)"
    npv0 = parts.benefit() - parts.cost_pv

    probabilities = [p for p in parts.probabilities if p > 0]
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
    d = _set_all(parts.deadweight_set, parts.cost_pv)
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
    b = _set_all(parts.optimism_set, parts.cost_pv)
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
