"""The library check: suspect unit costs are found, marked in the shipped data with the reason,
never changed, and never reach a total unless a local unit cost replaces them."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

from familycase.costs_data import unit_cost_library
from familycase.domain.costs.audit import audit_library
from familycase.domain.costs.library import UnitCost

ROOT = Path(__file__).parents[1]

# Named in ../shared/reference/README.md and by the reviewing economist: 10 to 1,000 times too
# large. The check must catch every one of them.
NAMED = {
    "SS11.2",  # home care £3,732 an hour
    "SS7.1.3",  # £99,532 a week
    "SS8.0",  # £7,778 a week
    "SS7.1",  # £7,375 a week
    "SS11.9",  # meals on wheels £4,632 a week
    "SS12.2",  # day care £4,232 a session
    *(f"E&S{n}.0" for n in range(5, 14)),  # £330,840 to £11,000,040 per person per year
}
# Reviewed by eye (docs/costs.md, "The library check"): HE2.0.3, £16.9m a year of "annual
# savings ... from delivery of a structured drug treatment programme", is 4,667 times HE2.0,
# the whole it is a part of: a programme total or a lost decimal point, not a unit cost.
ALSO_FLAGGED = {"HE2.0.3"}
# Common early-help codes that are high but genuine and must NOT be flagged.
GENUINE = {"SS1.0", "SS1.3", "SS1.4", "SS2.0", "SS3.0", "SS3.1", "CR8.1", "HE20.5", "CR4.2"}


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


def entry(code: str, value: float | str, unit: str = "Per week", detail: str = "D") -> UnitCost:
    return UnitCost(
        code=code,
        description=f"test {code}",
        unit=unit,
        value=Decimal(str(value)),
        agency="Local authority",
        detail=detail,
        price_year="2013-14",
        source="test",
    )


# --- the shipped extract -------------------------------------------------------------------


def test_every_named_inflated_entry_is_flagged_and_nothing_common_is():
    audit = audit_library(unit_cost_library().entries)
    assert set(audit.suspect) >= NAMED
    assert set(audit.suspect) == NAMED | ALSO_FLAGGED
    assert not (GENUINE & set(audit.suspect))


def test_the_shipped_marks_are_the_checks_findings_and_values_are_unchanged():
    spec = importlib.util.spec_from_file_location(
        "mark_suspect", ROOT / "scripts" / "mark_suspect_unit_costs.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = (
        resources.files("familycase.costs_data")
        .joinpath("gmca-unit-cost-database-v1.4.json")
        .read_text(encoding="utf-8")
    )
    assert module.marked(text) == text  # run scripts/mark_suspect_unit_costs.py if this fails
    library = unit_cost_library()
    for code in NAMED | ALSO_FLAGGED:
        found = library.get(code)
        assert found is not None and found.suspect
        assert "check it against the published workbook" in found.suspect
    assert library.get("SS11.2").value == Decimal("3732")  # marked, never "corrected"
    assert {e.code for e in library.suspect()} == NAMED | ALSO_FLAGGED


def test_reasons_say_what_is_out_of_line():
    library = unit_cost_library()
    assert "13 times SS7.1" in library.get("SS7.1.3").suspect
    assert "sum of its parts" in library.get("SS8.0").suspect
    assert "QUALIFICATIONS/ SKILLS" in library.get("E&S5.0").suspect
    assert "per hour" in library.get("SS11.2").suspect


# --- each check, on a small library made up for the test ------------------------------------


def test_a_part_ten_times_its_whole_is_suspect():
    audit = audit_library([entry("A1.0", 100), entry("A1.0.1", 1000), entry("A1.0.2", 20)])
    assert [f.check for f in audit.suspect["A1.0.1"]] == ["part_larger_than_whole"]
    assert "A1.0" not in audit.suspect and "A1.0.2" not in audit.suspect
    # nine times is not an order of magnitude
    assert audit_library([entry("A1.0", 100), entry("A1.0.1", 900)]).suspect == {}


def test_a_whole_ten_times_the_sum_of_its_parts_is_suspect():
    audit = audit_library([entry("B1.0", 2000), entry("B1.0.1", 120), entry("B1.0.2", 79)])
    assert [f.check for f in audit.suspect["B1.0"]] == ["whole_larger_than_parts"]
    # parts in another unit are not parts of this figure
    other = audit_library(
        [entry("B1.0", 2000), entry("B1.0.1", 120, "Per hour"), entry("B1.0.2", 79, "Per hour")]
    )
    assert "B1.0" not in other.suspect


def test_a_whole_block_out_of_line_with_the_library_is_suspect():
    block = [entry(f"Q{i}.0", 2_000_000 + i, "Per person per year", "Q") for i in range(3)]
    rest = [entry(f"R{i}.0", 500 + 100 * i, "Per person per year", f"R{i}") for i in range(6)]
    audit = audit_library(block + rest)
    assert set(audit.suspect) == {"Q0.0", "Q1.0", "Q2.0"}
    assert "group_out_of_line" in [f.check for f in audit.suspect["Q1.0"]]
    # 900 times is not three orders of magnitude (the group check stays silent)
    near = [entry(f"Q{i}.0", 700_000, "Per person per year", "Q") for i in range(3)]
    found = audit_library(near + rest).suspect
    assert not any(f.check == "group_out_of_line" for fs in found.values() for f in fs)


def test_a_value_far_outside_its_units_spread_is_suspect_unless_corroborated():
    hours = [entry(f"H{i}.0", v, "Per hour", f"G{i}") for i, v in enumerate([30, 35, 41, 44, 52])]
    audit = audit_library([*hours, entry("X1.0", 3732, "Per hour", "G9")])
    assert [f.check for f in audit.suspect["X1.0"]] == ["out_of_line_with_unit"]
    # an independent entry under the same heading within 10% corroborates it
    twin = audit_library(
        [*hours, entry("X1.0", 3732, "Per hour", "G9"), entry("X2.0", 3600, "Per hour", "G9")]
    )
    assert twin.suspect == {} and {c.code for c in twin.cleared} == {"X1.0", "X2.0"}
    # and so do parts that add up to it
    parts = audit_library(
        [
            *hours,
            entry("X1.0", 3732, "Per hour", "G9"),
            entry("X1.0.1", 3000, "Per hour", "G9"),
            entry("X1.0.2", 732, "Per hour", "G9"),
        ]
    )
    assert "X1.0" not in parts.suspect
    assert any(c.because == "its parts add up to it" for c in parts.cleared)


def test_a_structural_flag_is_never_cleared_by_a_twin():
    # two wrong figures that agree with each other (SS7.1 and SS8.0 in the extract)
    weeks = [entry(f"W{i}.0", v, detail=f"G{i}") for i, v in enumerate([90, 100, 110, 95, 105])]
    audit = audit_library(
        [
            *weeks,
            entry("S7.1", 7375, detail="ADULT"),
            entry("S8.0", 7778, detail="ADULT"),
            entry("S8.0.1", 533, detail="ADULT"),
            entry("S8.0.2", 110, detail="ADULT"),
        ]
    )
    assert {"S7.1", "S8.0"} <= set(audit.suspect)


def test_an_undated_entry_is_listed_but_not_suspect():
    undated = entry("U1.0", 50).model_copy(update={"price_year": None})
    audit = audit_library([undated, entry("U2.0", 55)])
    assert audit.without_price_year == ["U1.0"] and audit.suspect == {}


# --- the command line -------------------------------------------------------------------------


def test_library_check_command_lists_every_suspect_entry():
    done = run_costs("library-check")
    assert done.returncode == 0, done.stderr
    for code in NAMED | ALSO_FLAGGED:
        assert code in done.stdout
    assert f"{len(NAMED | ALSO_FLAGGED)} suspect" in done.stdout
    assert "674 entries checked" in done.stdout
    as_json = run_costs("library-check", "--json")
    data = json.loads(as_json.stdout)
    assert {s["code"] for s in data["suspect"]} == NAMED | ALSO_FLAGGED
    assert data["marked_in_data_but_not_found"] == [] and data["found_but_not_marked"] == []
    assert {c["code"] for c in data["cleared"]} == {"SS3.0", "SS3.1"}


def test_library_check_of_another_extract(tmp_path):
    raw = {
        "source": "Test extract",
        "categories": {
            "t": {
                "entries": [
                    {
                        "code": f"T{i}.0",
                        "description": "x",
                        "unit": "Per hour",
                        "cost_gbp": v,
                        "agency": "NHS",
                        "source_detail": "2013/14",
                    }
                    for i, v in enumerate([30, 31, 40, 44, 50, 4400])
                ]
            }
        },
    }
    path = tmp_path / "extract.json"
    path.write_text(json.dumps(raw))
    done = run_costs("library-check", "--file", str(path), "--json")
    assert done.returncode == 0, done.stderr
    assert [s["code"] for s in json.loads(done.stdout)["suspect"]] == ["T5.0"]


def test_lookup_says_suspect_value():
    done = run_costs("lookup", "SS11.2")
    assert done.returncode == 0
    data = json.loads(done.stdout)
    assert data["value"] == 3732 and data["status"] == "suspect value"
    assert data["suspect"].startswith("£3,732 per hour")
    assert "suspect value" in done.stderr
    fine = json.loads(run_costs("lookup", "SS2.0").stdout)
    assert fine["status"] == "ok" and fine["suspect"] is None


@pytest.mark.parametrize("code", sorted(NAMED))
def test_a_scenario_refuses_a_suspect_entry_naming_the_code_and_what_to_do(tmp_path, code):
    line = {
        "what_was_avoided": "x",
        "unit_cost": {"gmca_code": code},
        "quantity": 10,
        "evidence_strength": "strong",
    }
    path = tmp_path / "s.json"
    path.write_text(
        json.dumps({"title": "t", "reporting_price_year": "2024-25", "prevented_costs": [line]})
    )
    done = run_costs("evaluate", str(path))
    assert done.returncode == 2 and done.stdout == ""
    assert f"{code} is marked as a suspect value" in done.stderr
    assert "local unit cost" in done.stderr and "published workbook" in done.stderr
