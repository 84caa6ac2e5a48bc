"""Each step of the method, checked against a published figure or a hand computation done here
(never a number copied from the engine's own output)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from familycase.costs_data import default_deflators, read_json_file, unit_cost_library
from familycase.domain.costs import Scenario, evaluate, validated
from familycase.domain.costs.comparisons import newcombe_difference, wilson_interval
from familycase.domain.costs.discounting import GREEN_BOOK_STANDARD, discount_factors
from familycase.domain.errors import DomainValidationError

LIBRARY = unit_cost_library()
DEFLATORS = default_deflators()
DATA = Path(__file__).parent / "data" / "costs"
YEAR = "2024-25"
D = Decimal


def run(data: dict[str, Any]):
    return evaluate(validated(Scenario, data), LIBRARY, DEFLATORS)


def line(value: float | str = 1000, **changes: Any) -> dict[str, Any]:
    base = {
        "what_was_avoided": "a cost",
        "unit_cost": {"value": value, "price_year": YEAR, "source": "test"},
        "quantity": 1,
        "evidence_strength": "strong",
        "agency": "Police",
    }
    return {**base, **changes}


def scenario(*lines: dict[str, Any], costs: list | None = None, **params: Any) -> dict:
    return {
        "title": "hand",
        "reporting_price_year": YEAR,
        "parameters": params,
        "prevented_costs": list(lines),
        "intervention_costs": costs or [],
    }


def cost(amount: float = 250, **changes: Any) -> dict[str, Any]:
    return {
        "description": "work",
        "amount": amount,
        "price_year": YEAR,
        "basis": "actual",
        "agency": "Early help",
        **changes,
    }


# --- discounting: the Green Book schedule and the 60-year stream ---------------------------------


def _by_hand_green_book(years: int) -> Decimal:
    """£1,000 a year in years 0..years-1: 3.5% to year 30, then 3.0% (Annex A6), compounded."""
    total, factor = D(0), D(1)
    for t in range(years):
        if t > 0:
            factor /= D("1.035") if t <= 30 else D("1.03")
        total += 1000 * factor
    return total


def test_a_60_year_stream_is_26228_on_the_green_book_schedule_and_19036_in_the_old_build():
    stream = line(timing={"first_year": 0, "years": 60, "amount_is": "per_year"})
    on_schedule = run(scenario(stream, horizon_years=60)).summary.total_benefit
    assert round(on_schedule) == 26228  # the figure the economist quoted
    assert abs(on_schedule - _by_hand_green_book(60)) < D("0.000001")
    # the old build: a flat 3.5% and at most 30 years counted (the rest left out)
    old = run(scenario(stream, horizon_years=30, long_term_rates=[])).summary.total_benefit
    annuity = 1000 * (1 - D("1.035") ** -30) / (1 - 1 / D("1.035"))
    assert round(old) == 19036 and abs(old - annuity) < D("0.000001")
    # and a flat 3.5% over all 60 years sits between them
    flat = run(scenario(stream, horizon_years=60, long_term_rates=[])).summary.total_benefit
    assert round(flat) == round(1000 * (1 - D("1.035") ** -60) / (1 - 1 / D("1.035")))
    assert old < flat < on_schedule


def test_the_schedule_steps_down_after_year_30():
    factors = discount_factors(GREEN_BOOK_STANDARD, 33)
    assert factors[30] == D(1) / D("1.035") ** 30
    assert factors[31] == factors[30] / D("1.03")
    assert factors[32] == factors[30] / D("1.03") ** 2


def test_health_lines_use_the_1_5_percent_rate():
    qaly = line(
        benefit_type="social",
        agency=None,
        discount_as="health",
        timing={"years": 10},
    )
    result = run(scenario(qaly, horizon_years=10))
    expected = sum((1000 / D("1.015") ** t for t in range(10)), D(0))
    assert abs(result.summary.total_benefit - expected) < D("0.000001")
    assert result.years[3].health_discount_factor == D(1) / D("1.015") ** 3
    standard = run(scenario({**qaly, "discount_as": "standard"}, horizon_years=10))
    assert standard.summary.total_benefit < result.summary.total_benefit


def test_horizons_up_to_60_years_and_no_further():
    assert run(scenario(line(), horizon_years=60)).parameters.horizon_years == 60
    with pytest.raises(DomainValidationError, match="Time horizon"):
        validated(Scenario, scenario(line(), horizon_years=61))


# --- additionality and disbenefits --------------------------------------------------------------


def test_displacement_leakage_and_substitution_multiply():
    only = run(scenario(line(displacement=0.3), discount_rate=0)).lines[0]
    assert only.steps.after_additionality == 700
    assert only.steps.present_value == 700
    every = run(
        scenario(line(displacement=0.3, leakage=0.1, substitution=0.2), discount_rate=0)
    ).lines[0]
    assert every.steps.after_attribution == 1000
    assert every.steps.after_additionality == 1000 * D("0.9") * D("0.7") * D("0.8")  # 504


def test_a_disbenefit_is_taken_off_and_never_reduced_by_optimism_bias():
    data = scenario(
        line(1000, agency="Police"),
        line(
            200,
            what_was_avoided="more referrals to CAMHS",
            agency="NHS",
            effect="disbenefit",
            probability=0.5,
            evidence_strength="weak",  # 25% optimism bias, which must not shrink a disbenefit
        ),
        costs=[cost(100)],
        discount_rate=0,
    )
    result = run(data)
    dis = result.lines[1]
    assert dis.steps.present_value == -100  # 200 x 0.5, no optimism bias
    assert dis.optimism_bias == 0
    assert result.summary.total_benefit == 900
    assert result.benefits.disbenefits.present_value == -100
    agencies = {a.agency: a.present_value for a in result.benefits.by_agency}
    assert agencies == {"Police": 1000, "NHS": -100}
    assert result.summary.benefit_cost_ratio == 9
    matrix = {g.agency: g for g in result.who_invests_who_gains}
    assert matrix["NHS"].gains_total == -100 and matrix["NHS"].invests == 0
    assert matrix["Early help"].invests == 100 and matrix["Early help"].net == -100


# --- per year or total: the drop-off rule -----------------------------------------------------


def test_drop_off_never_shrinks_an_amount_entered_as_a_total():
    # £4m over 5 years with 20% drop-off: the old build counted 800,000 x (1 + .8 + .64 + .512
    # + .4096) = 2,689,280. A total is a total: drop-off only moves it towards the early years.
    old = 800_000 * (1 + D("0.8") + D("0.64") + D("0.512") + D("0.4096"))
    assert old == D("2689280")
    total = line(
        4_000_000, timing={"years": 5, "amount_is": "total", "drop_off": 0.2}, agency="NHS"
    )
    result = run(scenario(total, discount_rate=0))
    (total_line,) = result.lines
    assert total_line.steps.after_drop_off == 4_000_000
    weights = [D("0.8") ** k for k in range(5)]
    expected = [4_000_000 * w / sum(weights) for w in weights]
    assert all(
        abs(y.amount - e) < D("1e-15") for y, e in zip(total_line.years, expected, strict=True)
    )
    assert total_line.years[0].amount > total_line.years[4].amount


def test_drop_off_on_a_per_year_amount_reduces_later_years():
    per_year = line(1000, timing={"years": 3, "amount_is": "per_year", "drop_off": 0.5})
    (kept,) = run(scenario(per_year, discount_rate=0)).lines
    assert [y.amount for y in kept.years] == [1000, 500, 250]
    assert kept.steps.gross == 3000 and kept.steps.after_drop_off == 1750


# --- financial and public value returns, payback ---------------------------------------------


def test_financial_return_sits_beside_public_value_and_payback_counts_cashable_only():
    data = scenario(
        line(300, cashable=True, timing={"years": 3}),  # 900 fiscal, cashable
        line(200),  # fiscal, not cashable
        line(400, benefit_type="economic", agency=None),
        line(100, benefit_type="social", agency=None),
        costs=[cost(1000)],
        discount_rate=0,
        horizon_years=3,
    )
    s = run(data).summary
    assert (s.fiscal_benefit, s.fiscal_cashable_benefit) == (1100, 900)
    assert (s.economic_benefit, s.social_benefit) == (400, 100)
    assert s.financial_roi == D("1.1") and s.financial_roi_cashable == D("0.9")
    assert s.benefit_cost_ratio == D("1.6")  # public value: (1100 + 400 + 100) / 1000
    assert [m.measure for m in s.measures] == ["financial_cashable", "financial", "public_value"]
    assert [m.ratio for m in s.measures] == [D("0.9"), D("1.1"), D("1.6")]
    assert s.net_present_budget_impact == 100
    # cashable 300 a year against 1000 paid at the start: never paid back in 3 years
    assert s.payback_period_years is None
    assert s.benefit_cost_ratio_undiscounted == D("1.6")
    longer = run({**data, "parameters": {"discount_rate": 0, "horizon_years": 5}})
    cashable5 = {**data["prevented_costs"][0], "timing": {"years": 5}}
    longer = run({**data, "prevented_costs": [cashable5], "parameters": {"discount_rate": 0}})
    # 1000 at the start of year 0; 300 a year: 700 left after year 2, 100 after 3, paid in year 3
    assert longer.summary.payback_period_years == 3 + D(100) / D(300)


def test_undiscounted_ratio_is_reported_beside_the_discounted_one():
    data = scenario(line(1000, timing={"first_year": 2}), costs=[cost(500)])
    s = run(data).summary
    assert s.benefit_cost_ratio_undiscounted == 2
    assert s.benefit_cost_ratio == D(1000) / D("1.035") ** 2 / 500


# --- intervention costs: quantity x rate, recurrence, basis, price year --------------------------


def test_estimated_costs_carry_the_green_book_optimism_bias_and_spent_money_does_not():
    s = run(scenario(line(), costs=[cost(1000, basis="estimate")], discount_rate=0)).summary
    assert s.total_cost == 1410  # Supplementary Green Book Guidance, outsourcing OPEX 41%
    s = run(scenario(line(), costs=[cost(1000)], discount_rate=0)).summary
    assert s.total_cost == 1000


def test_a_cost_is_quantity_times_unit_rate_and_can_recur():
    recurring = {
        "description": "key worker",
        "quantity": 40,
        "unit_rate": 30,
        "unit": "hour",
        "year": 1,
        "years": 3,
        "price_year": YEAR,
        "basis": "actual",
    }
    result = run(scenario(line(), costs=[recurring], horizon_years=10))
    expected = sum((1200 / D("1.035") ** t for t in (1, 2, 3)), D(0))
    assert result.summary.total_cost == expected
    assert result.intervention_costs[0].undiscounted == 3600
    assert [y.costs for y in result.years[:5]] == [0, 1200, 1200, 1200, 0]
    with pytest.raises(DomainValidationError, match="Give both the quantity and the unit rate"):
        validated(Scenario, scenario(line(), costs=[{"description": "x", "quantity": 3}]))


def test_a_missing_price_year_is_warned_about_never_silently_assumed():
    result = run(scenario(line(), costs=[{"description": "work", "amount": 10}]))
    assert result.intervention_costs[0].price_year_assumed
    assert any("gave no price year" in w for w in result.warnings)


# --- sensitivity and switching values, by hand ----------------------------------------------------


def _switch(result, parameter: str, measure: str = "public_value") -> Decimal | None:
    (found,) = [
        v
        for v in result.sensitivity.switching_values
        if v.parameter == parameter and v.measure == measure
    ]
    return found.switching_value


def test_switching_values_by_hand():
    # benefit 1000 x probability 0.5 = 500 in year 0; cost 250: the NPV is 250.
    result = run(scenario(line(1000, probability=0.5), costs=[cost(250)], discount_rate=0))
    tolerance = D("1e-15")
    assert abs(_switch(result, "probability") - D("0.5")) < tolerance  # 1000 x 0.5 x k = 250
    assert abs(_switch(result, "deadweight") - D("0.5")) < tolerance  # 500 (1 - d) = 250
    assert abs(_switch(result, "optimism_bias") - D("0.5")) < tolerance
    assert _switch(result, "costs") == 2  # costs doubled
    assert _switch(result, "probability", "financial") is not None


def test_the_discount_rate_switching_value_is_the_internal_rate_of_return():
    # 500 in year 2 against 400 paid now: 500 / (1 + r)^2 = 400, r = sqrt(1.25) - 1
    later = line(500, timing={"first_year": 2})
    result = run(scenario(later, costs=[cost(400)], horizon_years=3))
    assert abs(_switch(result, "discount_rate") - (D("1.25").sqrt() - 1)) < D("1e-15")


def test_sensitivity_tests_move_one_parameter_by_hand():
    result = run(scenario(line(1000, probability=0.5), costs=[cost(250)], discount_rate=0))
    tests = {(t.parameter, t.change): t for t in result.sensitivity.tests}
    assert tests[("probability", D("0.8"))].net_present_value == 1000 * D("0.4") - 250
    assert tests[("probability", D("1.2"))].net_present_value == 1000 * D("0.6") - 250
    assert tests[("deadweight", D("0.1"))].net_present_value == 500 * D("0.9") - 250
    assert tests[("costs", D("1.2"))].net_present_value == 500 - 300
    # 500 in year 0 is not discounted, so the rate changes nothing here
    assert tests[("discount_rate", D("0.05"))].net_present_value == 250


# --- cohort comparisons -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "n", "low", "high"),
    [  # Newcombe (1998), Statistics in Medicine 17:857-872, Table II, method 3 (Wilson score)
        (81, 263, "0.2553", "0.3662"),
        (15, 148, "0.0624", "0.1605"),
        (0, 20, "0.0000", "0.1611"),
        (1, 29, "0.0061", "0.1718"),
    ],
)
def test_wilson_interval_matches_newcombes_published_values(x, n, low, high):
    lo, hi = wilson_interval(D(x), n)
    assert (round(lo, 4), round(hi, 4)) == (D(low), D(high))


def test_wilson_interval_by_hand():
    # 9 of 10, z = 1.96: centre (0.9 + 0.19208) / 1.38416, half 1.96 / 1.38416 x sqrt(0.009 +
    # 0.009604), worked out on paper to 4 places
    lo, hi = wilson_interval(D(9), 10, D("1.96"))
    assert (round(lo, 4), round(hi, 4)) == (D("0.5958"), D("0.9821"))


def test_newcombe_difference_matches_the_published_example():
    # Newcombe (1998), Statistics in Medicine 17:873-890: 56/70 - 48/80, method 10
    p1, p2 = D(56) / 70, D(48) / 80
    lo, hi = newcombe_difference(p1, wilson_interval(D(56), 70), p2, wilson_interval(D(48), 80))
    assert (round(lo, 4), round(hi, 4)) == (D("0.0524"), D("0.3339"))


def test_a_small_unmatched_comparison_says_so():
    data = {
        "title": "small",
        "cohort_comparisons": [
            {
                "outcome": "Back in school",
                "cohort": {"name": "Worked with", "achieved": 9, "out_of": 10},
                "comparison": {"name": "Not worked with", "achieved": 1, "out_of": 2},
            }
        ],
    }
    result = run(data)
    (c,) = result.cohort_comparisons
    assert c.relative_rate == D("1.8")  # the "1.8x" that was quoted
    assert c.cohort.confidence_interval_95 is not None
    text = " ".join(c.warnings)
    assert "not matched" in text
    assert "small sample" in text and "Not worked with" in text
    assert "includes no difference" in text
    assert any("Back in school" in w for w in result.warnings)
    matched = json.loads(json.dumps(data))
    matched["cohort_comparisons"][0]["matched"] = True
    assert not any("not matched" in w for w in run(matched).cohort_comparisons[0].warnings)


def test_proportions_without_sizes_have_no_interval_and_say_so():
    result = run(
        validated(Scenario, read_json_file(DATA / "cafe-cohort.json")).model_dump(mode="json")
    )
    (c,) = result.cohort_comparisons
    assert c.cohort.confidence_interval_95 is None
    assert any("No group size" in w for w in c.warnings)


# --- formats ----------------------------------------------------------------------------------


def test_a_format_1_scenario_still_evaluates_with_its_meaning_and_a_note():
    data = read_json_file(DATA / "example-family-v1.json")
    result = evaluate(validated(Scenario, data), LIBRARY, DEFLATORS)
    assert result.scenario_format == "familycase.costs-scenario/1"
    assert result.notes and "format 1" in result.notes[0]
    assert result.parameters.cost_optimism_bias == {"estimate": 0, "actual": 0}
    assert [b.rate for b in result.parameters.discount_schedule] == [D("0.035")]
    assert [c.case for c in result.sensitivity.cases] == ["low", "high"]
    old_uplift = {**data, "parameters": {**data["parameters"]}}
    old_uplift["parameters"]["intervention_cost_optimism_bias"] = D("0.1")
    uplifted = evaluate(validated(Scenario, old_uplift), LIBRARY, DEFLATORS)
    assert result.costs.after_optimism_bias == 4500 + 1200
    assert uplifted.costs.after_optimism_bias == (4500 + 1200) * D("1.1")


def test_a_suspect_code_is_refused_and_a_local_replacement_is_used():
    data = scenario(line(**{"unit_cost": {"gmca_code": "SS11.2"}, "quantity": 10}))
    with pytest.raises(DomainValidationError, match=r"SS11\.2 is marked as a suspect value"):
        run(data)
    data["local_unit_costs"] = [
        {
            "code": "SS11.2",
            "description": "Home care, checked against the workbook",
            "unit": "Per hour",
            "value": 20,
            "agency": "Local authority",
            "price_year": YEAR,
            "source": "checked by the finance team",
        }
    ]
    (used,) = run({**data, "parameters": {"discount_rate": 0}}).lines
    assert used.unit_cost.value == 20 and used.steps.gross == 200  # never £37,320
    assert used.unit_cost.replaces and "SS11.2" in used.unit_cost.replaces
    data["local_unit_costs"][0]["code"] = "SS2.0"  # a sound entry cannot be overridden
    with pytest.raises(DomainValidationError, match="not marked as suspect"):
        run(data)


def test_a_negative_line_is_pointed_to_disbenefits():
    with pytest.raises(DomainValidationError, match="effect 'disbenefit'"):
        validated(Scenario, scenario(line(-500)))
