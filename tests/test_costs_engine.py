"""Invariants of the cost-benefit engine, checked over many generated scenarios (hypothesis)."""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from familycase.costs_data import default_deflators, unit_cost_library
from familycase.domain.costs import Scenario, evaluate, validated
from familycase.domain.costs.engine import evaluate_cohort, format_ratio, payback
from familycase.domain.costs.flows import discount_factor
from familycase.domain.errors import DomainValidationError

LIBRARY = unit_cost_library()
DEFLATORS = default_deflators()
CODES = ["SS2.0", "CR2.0.3", "HO1.0", "HE4.0", "SS3.1", "E&S2.0.1"]
PENNY = Decimal("0.000001")

shares = st.decimals(min_value=0, max_value=1, places=3)
rates = st.decimals(min_value=0, max_value=Decimal("0.2"), places=3)


@st.composite
def lines(draw: st.DrawFn) -> dict[str, Any]:
    if draw(st.booleans()):
        unit_cost: dict[str, Any] = {"gmca_code": draw(st.sampled_from(CODES))}
    else:
        unit_cost = {
            "value": draw(st.decimals(min_value=0, max_value=100_000, places=2)),
            "price_year": draw(st.sampled_from(["2010-11", "2016-17", "2024-25"])),
            "source": "test",
        }
    timing: dict[str, Any]
    if draw(st.booleans()):
        timing = {
            "first_year": draw(st.integers(0, 6)),
            "years": draw(st.integers(1, 6)),
            "amount_is": draw(st.sampled_from(["per_year", "total"])),
            "drop_off": draw(shares),
        }
    else:
        years = draw(st.lists(st.integers(0, 8), min_size=1, max_size=4, unique=True))
        timing = {"profile": [{"year": y, "share": draw(shares)} for y in years]}
    return {
        "what_was_avoided": "something",
        "unit_cost": unit_cost,
        "quantity": draw(st.decimals(min_value=0, max_value=50, places=1)),
        "duration": draw(st.decimals(min_value=0, max_value=104, places=0)),
        "probability": draw(shares),
        "evidence_strength": draw(st.sampled_from(["strong", "moderate", "weak", "anecdotal"])),
        "deadweight": draw(shares),
        "attribution": draw(shares),
        "displacement": draw(shares),
        "leakage": draw(shares),
        "substitution": draw(shares),
        "benefit_type": "fiscal",
        "agency": draw(st.sampled_from(["NHS", "Police", "Local authority"])),
        "cashable": draw(st.booleans()),
        "timing": timing,
    }


@st.composite
def scenarios(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "title": "generated",
        "reporting_price_year": "2024-25",
        "parameters": {
            "discount_rate": draw(rates),
            "horizon_years": draw(st.integers(1, 10)),
        },
        "prevented_costs": draw(st.lists(lines(), min_size=1, max_size=4)),
        "intervention_costs": [
            {"description": "work", "year": y, "amount": draw(st.integers(1, 20_000))}
            for y in draw(st.lists(st.integers(0, 3), min_size=0, max_size=3))
        ],
    }


def run(data: dict[str, Any]):
    return evaluate(validated(Scenario, data), LIBRARY, DEFLATORS)


def with_lines(data: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**data, "prevented_costs": [{**line, **changes} for line in data["prevented_costs"]]}


def with_params(data: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**data, "parameters": {**data["parameters"], **changes}}


HYPOTHESIS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@HYPOTHESIS
@given(scenarios())
def test_zero_adjustments_change_nothing(data):
    plain = with_lines(
        data, probability=1, deadweight=0, attribution=1, displacement=0, leakage=0, substitution=0
    )
    plain = with_params(
        plain,
        discount_rate=0,
        optimism_bias=dict.fromkeys(["strong", "moderate", "weak", "anecdotal"], 0),
    )
    for line in plain["prevented_costs"]:
        if "drop_off" in line["timing"]:
            line["timing"] = {**line["timing"], "drop_off": 0}
    steps = run(plain).benefits.steps
    assert (
        steps.gross
        == steps.after_probability
        == steps.after_deadweight
        == steps.after_attribution
        == steps.after_additionality
        == steps.after_optimism_bias
    )
    assert abs(steps.after_drop_off - steps.gross) <= PENNY
    assert abs(steps.present_value - steps.gross) <= PENNY


@HYPOTHESIS
@given(scenarios())
def test_each_step_only_ever_lowers_the_benefit(data):
    steps = run(data).benefits.steps
    values = [
        steps.gross,
        steps.after_probability,
        steps.after_deadweight,
        steps.after_attribution,
        steps.after_additionality,
        steps.after_optimism_bias,
        steps.after_drop_off,
        steps.present_value,
    ]
    assert all(a >= b - PENNY for a, b in itertools.pairwise(values))


@HYPOTHESIS
@given(scenarios(), shares, shares)
def test_higher_deadweight_never_raises_benefit(data, d1, d2):
    low, high = sorted([d1, d2])
    assert (
        run(with_lines(data, deadweight=high)).summary.total_benefit
        <= run(with_lines(data, deadweight=low)).summary.total_benefit
    )


@HYPOTHESIS
@given(scenarios(), rates, rates)
def test_discounting_never_raises_a_future_benefit(data, r1, r2):
    low, high = sorted([r1, r2])
    at_low = run(with_params(data, discount_rate=low))
    at_high = run(with_params(data, discount_rate=high))
    undiscounted = run(with_params(data, discount_rate=0))
    assert at_high.summary.total_benefit <= at_low.summary.total_benefit
    assert at_low.summary.total_benefit <= undiscounted.summary.total_benefit
    for flow in at_high.years:
        assert flow.benefits_present_value <= flow.benefits
    assert at_low.summary.total_benefit_undiscounted == undiscounted.summary.total_benefit


@HYPOTHESIS
@given(scenarios(), shares, shares)
def test_more_optimism_bias_never_raises_benefit(data, b1, b2):
    low, high = sorted([b1, b2])
    table = ["strong", "moderate", "weak", "anecdotal"]
    less = run(with_params(data, optimism_bias=dict.fromkeys(table, low)))
    more = run(with_params(data, optimism_bias=dict.fromkeys(table, high)))
    assert more.summary.total_benefit <= less.summary.total_benefit


@HYPOTHESIS
@given(scenarios())
def test_full_attribution_is_the_unadjusted_figure(data):
    steps = run(with_lines(data, attribution=1)).benefits.steps
    assert steps.after_attribution == steps.after_deadweight


@HYPOTHESIS
@given(scenarios())
def test_totals_ratio_and_breakdowns_agree(data):
    result = run(data)
    s, b = result.summary, result.benefits
    # (sums taken in a different order may differ in the 28th digit, never in pence)
    assert abs(s.total_benefit - b.steps.present_value) <= PENNY
    assert s.net_present_value == s.net_benefit == s.total_benefit - s.total_cost
    assert abs(s.total_cost - result.costs.present_value) <= PENNY
    if s.total_cost > 0:
        assert s.benefit_cost_ratio == s.total_benefit / s.total_cost
        assert s.ratio == format_ratio(s.benefit_cost_ratio)
    else:
        assert s.benefit_cost_ratio is None and s.ratio is None
    assert abs(sum(y.benefits_present_value for y in result.years) - s.total_benefit) <= PENNY
    assert abs(sum(y.costs_present_value for y in result.years) - s.total_cost) <= PENNY
    assert abs(b.cashable.present_value + b.non_cashable.present_value - s.total_benefit) <= PENNY
    by_type = sum(split.present_value for split in b.by_benefit_type.values())
    assert abs(by_type - s.total_benefit) <= PENNY
    by_agency = sum(a.present_value for a in b.by_agency)
    assert abs(by_agency - s.total_benefit) <= PENNY
    assert result.sensitivity.central == s


@HYPOTHESIS
@given(scenarios())
def test_sensitivity_tests_move_the_net_benefit_the_right_way(data):
    """More probability (or less deadweight, less optimism bias, cheaper work) never lowers
    the net benefit when every line is a benefit."""
    result = run(data)
    npv = result.summary.net_present_value
    by = {(t.parameter, t.change): t.net_present_value for t in result.sensitivity.tests}
    assert by[("probability", Decimal("0.8"))] <= npv + PENNY
    assert by[("probability", Decimal("1.2"))] >= npv - PENNY
    assert by[("deadweight", Decimal("0.1"))] <= npv + PENNY
    assert by[("deadweight", Decimal("-0.1"))] >= npv - PENNY
    assert by[("optimism_bias", Decimal("0.1"))] <= npv + PENNY
    assert by[("costs", Decimal("1.2"))] <= npv + PENNY


def test_discount_factor_is_the_green_book_formula():
    assert discount_factor(Decimal("0.035"), 0) == 1
    assert discount_factor(Decimal("0.035"), 1) == Decimal(1) / Decimal("1.035")
    assert abs(discount_factor(Decimal("0.035"), 10) - Decimal("0.708919")) < Decimal("0.000001")


def test_drop_off_and_discounting_by_hand():
    data = {
        "title": "by hand",
        "reporting_price_year": "2024-25",
        "parameters": {"discount_rate": 0.035, "horizon_years": 3},
        "prevented_costs": [
            {
                "what_was_avoided": "call-outs",
                "unit_cost": {"value": 1000, "price_year": "2024-25", "source": "test"},
                "quantity": 1,
                "probability": 0.5,
                "deadweight": 0.2,
                "attribution": 0.5,
                "evidence_strength": "moderate",  # 10% optimism bias by default
                "agency": "Police",
                "timing": {"years": 4, "drop_off": 0.25},
            }
        ],
        "intervention_costs": [
            {"description": "work", "amount": 300, "price_year": "2024-25", "basis": "actual"}
        ],
    }
    result = run(data)
    (line,) = result.lines
    year0 = Decimal(1000) * Decimal("0.5") * Decimal("0.8") * Decimal("0.5") * Decimal("0.9")
    assert year0 == 180
    assert [y.amount for y in line.years] == [
        year0,
        year0 * Decimal("0.75"),
        year0 * Decimal("0.5625"),
    ]
    assert line.steps.gross == 3000  # year 3 is beyond the 3-year horizon
    assert line.beyond_horizon == year0 * Decimal("0.421875")
    expected_pv = sum(
        (a / Decimal("1.035") ** y for y, a in enumerate([year0, Decimal(135), Decimal("101.25")])),
        Decimal(0),
    )
    assert result.summary.total_benefit == expected_pv
    # nothing cashable: no budget released, so no payback, whatever the ratio
    assert result.summary.payback_year is None
    cashable = with_lines(data, cashable=True)
    # costs are paid at the start of year 0; 300 of year 0's 180 is not enough, year 1 finishes it
    assert run(cashable).summary.payback_year == 1
    assert any("horizon" in w for w in result.warnings)


def test_payback_rules():
    assert payback([Decimal(0)], [Decimal(5)]) is None  # nothing spent: no payback
    # nothing to pay back before the first cost: year 0's 5 counts, year 1 pays 3 and is covered
    assert payback([Decimal(0), Decimal(3)], [Decimal(5), Decimal(0)]) == 1
    assert payback([Decimal(0), Decimal(8)], [Decimal(5), Decimal(6)]) == 1 + Decimal(3) / 6
    assert payback([Decimal(100)], [Decimal(400)]) == Decimal("0.25")
    assert payback([Decimal(100), Decimal(0)], [Decimal(50), Decimal(100)]) == Decimal("1.5")
    assert payback([Decimal(100), Decimal(0)], [Decimal(10), Decimal(10)]) is None


@pytest.mark.parametrize(
    ("ratio", "text"),
    [("14.98", "1:15"), ("2", "1:2"), ("2.35", "1:2.4"), ("0.04", "1:0"), ("3.14159", "1:3.1")],
)
def test_ratio_is_shown_as_1_to_x(ratio, text):
    assert format_ratio(Decimal(ratio)) == text


def test_profile_and_pattern_cannot_be_mixed():
    data = {
        "title": "mixed",
        "reporting_price_year": "2024-25",
        "prevented_costs": [
            {
                "what_was_avoided": "x",
                "unit_cost": {"gmca_code": "SS2.0"},
                "quantity": 1,
                "evidence_strength": "strong",
                "timing": {"years": 2, "profile": [{"year": 0, "share": 1}]},
            }
        ],
    }
    with pytest.raises(
        DomainValidationError, match="When the benefit falls: Give either a profile"
    ):
        validated(Scenario, data)


def test_intervention_costs_take_optimism_bias_and_respect_the_horizon():
    data = {
        "title": "costs",
        "reporting_price_year": "2024-25",
        "parameters": {
            "discount_rate": 0,
            "long_term_rates": [],
            "horizon_years": 2,
            "cost_optimism_bias": {"estimate": 0.1},
        },
        "prevented_costs": [
            {
                "what_was_avoided": "x",
                "unit_cost": {"value": 5000, "price_year": "2024-25", "source": "test"},
                "quantity": 1,
                "evidence_strength": "strong",
                "agency": "NHS",
            }
        ],
        "intervention_costs": [
            {"description": "year 0", "amount": 1000, "agency": "Early help"},
            {"description": "year 5", "year": 5, "amount": 700, "agency": "Early help"},
            {
                "description": "spent already",
                "amount": 50,
                "basis": "actual",
                "agency": "Early help",
            },
        ],
    }
    result = run(data)
    assert result.costs.in_reporting_prices == 1050
    assert result.costs.after_optimism_bias == 1150  # the actual spend is not uplifted
    assert result.costs.beyond_horizon == Decimal("770.0")
    assert result.summary.total_cost == 1150
    assert [c.counted for c in result.intervention_costs] == [True, False, True]
    assert result.costs.by_agency[0].agency == "Early help"
    assert any("Intervention costs #2" in w for w in result.warnings)
    assert result.summary.benefit_cost_ratio == Decimal(5000) / Decimal(1150)


# --- financial and public value returns --------------------------------------------------------


@st.composite
def mixed_scenarios(draw: st.DrawFn) -> dict[str, Any]:
    """Lines of every benefit type; disbenefits only on fiscal lines (so economic and social
    values are never negative), and always some intervention cost."""
    data = draw(scenarios())
    mixed = []
    for line in data["prevented_costs"]:
        kind = draw(st.sampled_from(["fiscal", "economic", "social"]))
        changes: dict[str, Any] = {"benefit_type": kind}
        if kind != "fiscal":
            changes.update(cashable=False, agency=None)
        elif draw(st.booleans()):
            changes["effect"] = "disbenefit"
        changes["discount_as"] = draw(st.sampled_from(["standard", "health"]))
        mixed.append({**line, **changes})
    data["prevented_costs"] = mixed
    data["intervention_costs"] = data["intervention_costs"] or [
        {"description": "work", "amount": draw(st.integers(1, 20_000))}
    ]
    return data


@HYPOTHESIS
@given(mixed_scenarios())
def test_financial_return_never_exceeds_public_value_when_other_values_are_not_negative(data):
    s = run(data).summary
    assume(s.total_cost > 0)  # a cost after the horizon leaves nothing to divide by
    assert s.economic_benefit >= 0 and s.social_benefit >= 0
    tiny = Decimal("1e-18")
    assert s.financial_roi <= s.benefit_cost_ratio + tiny
    assert s.fiscal_benefit <= s.total_benefit + tiny
    by_measure = {m.measure: m for m in s.measures}
    assert by_measure["financial"].ratio <= by_measure["public_value"].ratio + tiny
    assert by_measure["financial"].benefit == s.fiscal_benefit
    # and the split adds up: fiscal + economic + social = public value
    parts = s.fiscal_benefit + s.economic_benefit + s.social_benefit
    assert abs(parts - s.total_benefit) <= PENNY


@HYPOTHESIS
@given(mixed_scenarios())
def test_cashable_return_never_exceeds_the_financial_return_without_disbenefits(data):
    data = with_lines(data, effect="benefit")
    s = run(data).summary
    assume(s.total_cost > 0)
    assert s.financial_roi_cashable <= s.financial_roi + Decimal("1e-18")
    if s.fiscal_cashable_benefit <= 0:
        assert s.payback_period_years is None


# --- a suspect entry never reaches a total ------------------------------------------------------

SUSPECT = sorted(e.code for e in LIBRARY.suspect())
SOUND = ["SS2.0", "CR2.0.3", "HO1.0", "HE4.0", "SS3.1", "E&S2.0.1", "SS1.0", "SS7.0"]


@HYPOTHESIS
@given(
    st.lists(st.sampled_from(SUSPECT + SOUND), min_size=1, max_size=6),
    st.booleans(),
    st.decimals(min_value=1, max_value=500, places=2),
)
def test_a_suspect_entry_never_reaches_a_total(codes, replace, local_value):
    data: dict[str, Any] = {
        "title": "suspect",
        "reporting_price_year": "2024-25",
        "prevented_costs": [
            {
                "what_was_avoided": "x",
                "unit_cost": {"gmca_code": code},
                "quantity": 10,
                "evidence_strength": "strong",
            }
            for code in codes
        ],
        "intervention_costs": [{"description": "work", "amount": 100}],
    }
    used = [c for c in codes if c in SUSPECT]
    if replace:
        data["local_unit_costs"] = [
            {
                "code": code,
                "description": "checked",
                "unit": "each",
                "value": local_value,
                "agency": "Local authority",
                "price_year": "2024-25",
                "source": "checked against the workbook",
            }
            for code in sorted(set(used))
        ]
    if used and not replace:
        with pytest.raises(DomainValidationError, match="is marked as a suspect value"):
            run(data)
        return
    result = run(data)
    for line, code in zip(result.lines, codes, strict=True):
        if code in SUSPECT:
            assert line.unit_cost.value == local_value  # the replacement, never the suspect
            assert line.unit_cost.value != LIBRARY.get(code).value
    suspect_values = {LIBRARY.get(c).value for c in SUSPECT}
    assert not any(
        line.unit_cost.value in suspect_values and line.unit_cost.replaces is None
        for line in result.lines
    )


def figures_of(line: Any) -> tuple[object, ...]:
    """What ``evaluate_cohort`` keeps of a line (``LineFigures``), taken from its full result."""
    return (
        line.benefit_type,
        line.cashable,
        tuple(share.agency for share in line.agencies),
        line.unit_cost.citation,
        line.steps.present_value,
        line.steps.after_drop_off,
    )


@HYPOTHESIS
@given(mixed_scenarios())
def test_a_cohorts_evaluation_is_the_full_one_without_per_line_results(data):
    """``evaluate_cohort`` (a return's path) gives every figure ``evaluate`` gives, to the last
    digit, and per line and cost the figures a return reads, taken from the full results."""
    scenario = validated(Scenario, data)
    full = evaluate(scenario, LIBRARY, DEFLATORS)
    cohort = evaluate_cohort(scenario, LIBRARY, DEFLATORS)
    parts = {"lines": True, "intervention_costs": True}
    assert repr(cohort.result.model_dump(exclude=parts)) == repr(full.model_dump(exclude=parts))
    assert cohort.result.lines == [] and cohort.result.intervention_costs == []
    assert [tuple(f) for f in cohort.lines] == [figures_of(line) for line in full.lines]
    assert cohort.cost_present_values == [c.present_value for c in full.intervention_costs]
