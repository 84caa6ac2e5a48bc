"""Every published figure in ../shared/DOMAIN.md, reproduced through the real command line.

Each scenario in tests/data/costs/ states the published inputs; the test runs
``python -m familycase costs evaluate FILE`` in a subprocess and checks the published result
within the documents' rounding (2.5%).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "costs"
TOLERANCE = Decimal("0.025")


def run_costs(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FAMILYCASE_")}
    return subprocess.run(
        [sys.executable, "-m", "familycase", "costs", *args],
        env=env,
        text=True,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def evaluate(name: str) -> dict:
    result = run_costs("evaluate", str(DATA / name))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout, parse_float=Decimal)


def assert_close(computed: Decimal, published: Decimal) -> None:
    assert abs(computed - published) <= abs(published) * TOLERANCE, (computed, published)


def test_residential_care_9_entries_x_433_a_week_x_104_weeks_is_about_405000():
    result = evaluate("residential-care.json")
    total = result["summary"]["total_benefit"]
    assert total == Decimal(9 * 433 * 104)  # 405,288 exactly: no adjustment, no discounting
    assert_close(total, Decimal(405_000))
    (line,) = result["lines"]
    assert line["unit_cost"]["value"] == 433
    assert line["quantity"] == 9 and line["duration"] == 104
    steps = line["steps"]
    assert steps["gross"] == steps["present_value"] == total
    assert result["prices"]["price_year"] == "2014-15"


def test_loneliness_scale_point_is_325_qaly_plus_720_split_by_agency_and_year():
    result = evaluate("loneliness-scale-point.json")
    points = 3000
    total = result["summary"]["total_benefit"]
    assert total == Decimal(points * 1045)
    assert_close(total, Decimal(3_100_000))
    by_type = result["benefits"]["by_benefit_type"]
    assert by_type["social"]["present_value"] == points * 325  # QALY gain
    assert by_type["fiscal"]["present_value"] == points * 720  # health and care
    agencies = {a["agency"]: a["present_value"] for a in result["benefits"]["by_agency"]}
    # £135 + a third of £420 to social care; £165 + two thirds of £420 to the NHS
    assert agencies["Adult social care"] == points * (135 + 140)
    assert agencies["NHS"] == points * (165 + 280)
    years = {y["year"]: y["benefits"] for y in result["years"]}
    assert sum(years[y] for y in range(6)) == points * (325 + 135 + 165)
    assert sum(years[y] for y in range(6, 16)) == points * 420
    assert years[6] == years[15] == points * 42  # £420 spread evenly over years 6-15


def test_social_return_of_3_5m_on_233655_is_1_to_15():
    result = evaluate("social-return.json")
    summary = result["summary"]
    assert summary["total_benefit"] == 3_500_000
    assert summary["total_cost"] == 233_655
    assert_close(summary["benefit_cost_ratio"], Decimal(15))
    assert summary["ratio"] == "1:15"
    assert summary["net_benefit"] == 3_500_000 - 233_655


def test_west_cheshire_net_pressure_is_8_9m():
    result = evaluate("west-cheshire-net-pressure.json")
    pressure = result["net_pressure"]
    assert pressure["total_pressures"] == Decimal("19100000")
    assert pressure["total_efficiencies"] == Decimal("4270000") + 3940000 + 1990000
    assert_close(pressure["net_pressure"], Decimal("8900000"))
    assert pressure["net_pressure"] == Decimal("8900000")


def test_cafe_completion_90_percent_against_50_is_40_points_and_1_8_times():
    result = evaluate("cafe-cohort.json")
    (comparison,) = result["cohort_comparisons"]
    assert comparison["difference_percentage_points"] == 40
    assert comparison["relative_rate"] == Decimal("1.8")
    assert comparison["relative_increase_percent"] == 80
    assert comparison["implied_deadweight"] == Decimal("0.555556")
    assert result["summary"] is None  # no money in this scenario


def test_the_documented_example_runs_and_cites_every_gmca_code_with_its_price_year():
    result = evaluate("example-family.json")
    cited = {line["unit_cost"]["code"]: line["unit_cost"] for line in result["lines"]}
    assert cited["SS2.0"]["price_year"] == "2013-14"
    assert cited["CR2.0.3"]["price_year"] == "2008-09"
    for code, unit_cost in cited.items():
        if code is not None:
            assert code in unit_cost["citation"]
            assert unit_cost["price_year"] in unit_cost["citation"]
    assert result["prices"]["price_year"] == "2024-25"
    assert "2024-25 prices" in result["prices"]["statement"]
    summary = result["summary"]
    assert summary["ratio"].startswith("1:")
    assert result["sensitivity"]["central"] == summary
    assert {t["parameter"] for t in result["sensitivity"]["tests"]} == {
        "probability",
        "deadweight",
        "optimism_bias",
        "discount_rate",
        "costs",
    }
    assert len(result["sensitivity"]["switching_values"]) == 10  # 5 parameters x 2 measures
    # the shipped deflator table is an unchecked approximation, and the result says so
    assert any("not checked" in w for w in result["warnings"])


def test_docs_example_is_the_example_scenario():
    docs = (Path(__file__).parents[1] / "docs" / "costs.md").read_text(encoding="utf-8")
    example = json.loads((DATA / "example-family.json").read_text(encoding="utf-8"))
    start = docs.index("```json\n", docs.index("<!-- example-scenario -->")) + len("```json\n")
    assert json.loads(docs[start : docs.index("```", start)]) == example


BAD_SCENARIOS = [
    (
        {"prevented_costs": [{"probability": 1.5}]},
        "Prevented costs / #1 / Probability it would have happened: is too large.",
    ),
    (
        {"prevented_costs": [{"unit_cost": {"gmca_code": "ZZ9.9"}}]},
        "Prevented costs / #1 / Unit cost / GMCA code: ZZ9.9 is not in the unit cost library",
    ),
    (
        {"prevented_costs": [{"evidence_strength": "certain"}]},
        "Prevented costs / #1 / Evidence strength: is not one of the choices offered.",
    ),
    ({"reporting_price_year": "2031-32"}, "Reporting price year: the deflator table"),
    ({"reporting_price_year": "2024"}, "Reporting price year: must be a financial year"),
    ({"parameters": {"discount_rate": -0.1}}, "Parameters / Discount rate: is too small."),
    ({"parameters": {"horizon_years": 0}}, "Parameters / Time horizon (years): is too small."),
    (
        {"prevented_costs": [{"unit_cost": {"value": 10}}]},
        "Unit cost: A local unit cost needs its price year and its source.",
    ),
    (
        {"prevented_costs": [{"cashable": True, "benefit_type": "social"}]},
        "Prevented costs / #1: Only a fiscal benefit can be cashable.",
    ),
    (
        {"prevented_costs": [{"agency_split": [{"agency": "NHS", "share": 0.5}]}]},
        "The shares of the split between agencies must add up to 1.",
    ),
    ({"prevented_costs": [{"colour": "red"}]}, "Prevented costs / #1 / colour: is not a field"),
    (
        {"prevented_costs": [], "intervention_costs": []},
        "FamilyCase cost-benefit scenario: The scenario has nothing to evaluate",
    ),
]


def _scenario(change: dict) -> dict:
    line = {
        "what_was_avoided": "Child entering foster care",
        "unit_cost": {"gmca_code": "SS2.0"},
        "quantity": 1,
        "duration": 52,
        "evidence_strength": "moderate",
    }
    scenario: dict = {
        "title": "Bad",
        "reporting_price_year": "2024-25",
        "prevented_costs": [line],
    }
    for key, value in change.items():
        if key == "prevented_costs" and value:
            line.update(value[0])
        else:
            scenario[key] = value
    return scenario


@pytest.mark.parametrize(("change", "message"), BAD_SCENARIOS)
def test_a_bad_scenario_is_one_line_naming_the_field_and_exit_2(tmp_path, change, message):
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(_scenario(change)), encoding="utf-8")
    result = run_costs("evaluate", str(path))
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("familycase: scenario.json: ")
    assert message in lines[0], lines[0]
    assert "Traceback" not in result.stderr


def test_unreadable_or_broken_files_are_one_line_exit_2(tmp_path):
    missing = run_costs("evaluate", str(tmp_path / "nowhere.json"))
    broken_path = tmp_path / "broken.json"
    broken_path.write_text('{"title": ', encoding="utf-8")
    broken = run_costs("evaluate", str(broken_path))
    for result, text in ((missing, "cannot read the scenario"), (broken, "is not valid JSON")):
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and text in result.stderr
        assert result.stderr.startswith("familycase: ")


def test_lookup_search_and_schema_commands():
    lookup = run_costs("lookup", "ss3.0")
    assert lookup.returncode == 0, lookup.stderr
    entry = json.loads(lookup.stdout)
    assert entry["code"] == "SS3.0" and entry["value"] == 2995 and entry["price_year"] == "2013-14"
    search = run_costs("search", "foster", "care", "--limit", "3")
    assert search.returncode == 0 and len(json.loads(search.stdout)) == 3
    unknown = run_costs("lookup", "NOPE")
    assert unknown.returncode == 2 and "NOPE is not in the unit cost library" in unknown.stderr
    schema = run_costs("schema")
    assert schema.returncode == 0
    assert json.loads(schema.stdout)["title"] == "FamilyCase cost-benefit scenario"
