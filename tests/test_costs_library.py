"""The unit cost library, price years, deflator tables and uprating."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

from familycase.costs_data import default_deflators, unit_cost_library
from familycase.domain.costs import (
    DeflatorTable,
    Scenario,
    evaluate,
    parse_gmca_database,
    validated,
)
from familycase.domain.costs.money import find_financial_year, normalise_financial_year
from familycase.domain.errors import DomainValidationError

SHARED_REFERENCE = (
    Path(__file__).parents[2] / "shared" / "reference" / "gmca-unit-cost-database-v1.4.json"
)


def shipped_raw() -> dict:
    text = (
        resources.files("familycase.costs_data")
        .joinpath("gmca-unit-cost-database-v1.4.json")
        .read_text(encoding="utf-8")
    )
    return json.loads(text)


def raw_entries(raw: dict) -> list[dict]:
    return [e for category in raw["categories"].values() for e in category["entries"]]


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


# --- the library -------------------------------------------------------------------------


def test_the_library_holds_all_674_entries_with_their_published_fields():
    library = unit_cost_library()
    raw = raw_entries(shipped_raw())
    assert len(library) == len(raw) == 674
    for item in raw:
        entry = library.get(item["code"])
        assert entry is not None
        assert entry.description == item["description"]
        assert entry.unit == item["unit"]
        assert entry.value == Decimal(str(item["cost_gbp"]))
        assert entry.agency == item["agency"]
        assert entry.price_year_as_published == item["source_detail"]
        assert entry.source.startswith("GMCA Unit Cost Database v1.4")


def _without_suspect_marks(raw: dict) -> dict:
    for category in raw["categories"].values():
        for entry in category["entries"]:
            entry.pop("suspect", None)
    return raw


@pytest.mark.skipif(not SHARED_REFERENCE.exists(), reason="shared reference not beside the repo")
def test_the_shipped_copy_is_the_shared_reference_plus_suspect_marks_only():
    """Every value as extracted: the only change is a ``suspect`` reason on flagged entries."""
    reference = json.loads(SHARED_REFERENCE.read_text(encoding="utf-8"))
    shipped = shipped_raw()
    assert any("suspect" in e for e in raw_entries(shipped))
    assert not any("suspect" in e for e in raw_entries(reference))
    assert _without_suspect_marks(shipped) == reference


def test_every_price_year_is_read_from_source_detail():
    library = unit_cost_library()
    assert library.without_price_year() == []
    for item in raw_entries(shipped_raw()):
        first, second = item["source_detail"].split("/")
        expected = f"{first}-{second}"
        assert library.get(item["code"]).price_year == expected


def test_lookup_is_by_code_and_ignores_case_and_spaces():
    library = unit_cost_library()
    entry = library.get(" ss3.0 ")
    assert entry is not None and entry.code == "SS3.0"
    assert entry.value == 2995 and entry.price_year == "2013-14" and entry.unit == "Per week"
    assert "SS3.0" in entry.citation() and "2013-14" in entry.citation()
    assert library.get("NOPE") is None
    assert "ss2.0" in library and "NOPE" not in library


def test_search_needs_every_word():
    library = unit_cost_library()
    found = library.search("foster care week")
    assert found and all("foster" in e.description.lower() for e in found)
    assert {e.code for e in library.search("A&E attendance")} >= {"HE4.0", "HE4.1"}
    assert library.search("   ") == []
    assert len(library.search("police", limit=2)) == 2


def test_an_unreadable_price_year_is_flagged_not_guessed():
    def entry(code: str, detail: object) -> dict:
        return {
            "code": code,
            "category": "TEST",
            "detail": "",
            "description": f"test {code}",
            "unit": "Each",
            "cost_gbp": 10.5,
            "agency": "NHS",
            "agency_detail": None,
            "source_detail": detail,
        }

    raw = {
        "source": "Test database",
        "categories": {
            "t": {
                "entries": [
                    entry("A", "2013"),  # a calendar year: which financial year?
                    entry("B", None),
                    entry("C", "2010/11 and 2012/13"),  # two years
                    entry("D", "2013/15"),  # halves do not follow on
                    entry("E", "PSSRU 2012/13"),  # one year inside other text is fine
                ]
            }
        },
    }
    library = parse_gmca_database(raw)
    flagged = {e.code: e.price_year_problem for e in library.without_price_year()}
    assert set(flagged) == {"A", "B", "C", "D"}
    assert all(flagged.values())
    assert library.get("E").price_year == "2012-13"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2002/03", "2002-03"),
        ("2013-14", "2013-14"),
        ("2013/2014", "2013-14"),
        ("1999/00", "1999-00"),
        ("2013", None),
        ("", None),
        ("2013/12", None),
    ],
)
def test_financial_years_in_text(text, year):
    assert find_financial_year(text) == year


def test_financial_year_field_refuses_a_calendar_year():
    assert normalise_financial_year("2024/25") == "2024-25"
    with pytest.raises(ValueError, match="financial year such as 2024-25"):
        normalise_financial_year("2024")


# --- deflators and uprating ----------------------------------------------------------------


def scenario(**line: object) -> dict:
    base = {
        "what_was_avoided": "Child entering foster care",
        "quantity": 1,
        "evidence_strength": "strong",
        "agency": "Children's social care",
    }
    return {
        "title": "uprating",
        "reporting_price_year": "2024-25",
        "parameters": {"discount_rate": 0, "horizon_years": 1},
        "prevented_costs": [{**base, **line}],
    }


def test_uprating_uses_the_ratio_of_the_two_years_indices():
    table = {"name": "hand", "index": {"2010-11": 80, "2016-17": 90, "2024-25": 100}}
    data = scenario(unit_cost={"value": 1000, "price_year": "2010/11", "source": "test"})
    data["deflators"] = table
    result = evaluate(validated(Scenario, data), unit_cost_library(), default_deflators())
    (line,) = result.lines
    assert line.unit_cost.uprating.factor == Decimal(100) / Decimal(80)
    assert line.unit_cost.value_in_reporting_prices == 1250
    assert result.summary.total_benefit == 1250
    assert result.prices.price_year == "2024-25"
    assert result.prices.deflator_table.name == "hand"
    # the same year needs no table at all
    same = scenario(unit_cost={"value": 1000, "price_year": "2024-25", "source": "test"})
    same["deflators"] = table
    result = evaluate(validated(Scenario, same), unit_cost_library(), default_deflators())
    assert result.lines[0].unit_cost.uprating.factor == 1
    assert not any("deflator" in w for w in result.warnings)


def test_intervention_costs_are_uprated_too():
    data = scenario(unit_cost={"value": 10, "price_year": "2024-25", "source": "test"})
    data["deflators"] = {"name": "hand", "index": {"2016-17": 90, "2024-25": 100}}
    data["intervention_costs"] = [
        {"description": "work", "amount": 900, "price_year": "2016-17", "basis": "actual"}
    ]
    result = evaluate(validated(Scenario, data), unit_cost_library(), default_deflators())
    assert result.intervention_costs[0].amount_in_reporting_prices == 1000
    assert result.summary.total_cost == 1000


def test_a_gmca_line_uses_the_librarys_value_and_year_uprated_with_the_default_table(tmp_path):
    index = json.loads(
        resources.files("familycase.costs_data").joinpath("gdp-deflators.json").read_text(),
        parse_float=Decimal,
    )["index"]
    factor = index["2024-25"] / index["2013-14"]  # SS2.0 is in 2013-14 prices
    path = tmp_path / "gmca.json"
    path.write_text(json.dumps(scenario(unit_cost={"gmca_code": "SS2.0"}, duration=52)))
    result = run_costs("evaluate", str(path))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout, parse_float=Decimal)
    unit_cost = data["lines"][0]["unit_cost"]
    assert unit_cost["code"] == "SS2.0" and unit_cost["kind"] == "gmca"
    assert unit_cost["value"] == 700 and unit_cost["price_year"] == "2013-14"
    assert unit_cost["price_year_from"] == "library"
    assert "SS2.0" in unit_cost["citation"] and "2013-14" in unit_cost["citation"]
    assert unit_cost["uprating"]["from_index"] == index["2013-14"]
    assert unit_cost["uprating"]["to_index"] == index["2024-25"]
    expected = (Decimal(700) * 52 * factor).quantize(Decimal("0.01"))
    assert data["summary"]["total_benefit"] == expected
    assert data["lines"][0]["agencies"] == [{"agency": "Children's social care", "share": 1}]
    assert data["prices"]["statement"].startswith("All amounts are in 2024-25 prices.")


def test_deflators_option_replaces_the_default_table(tmp_path):
    table = tmp_path / "deflators.json"
    table.write_text(
        json.dumps(
            {
                "name": "checked",
                "source": "test",
                "verified": True,
                "index": {"2013-14": 50, "2024-25": 100},
            }
        )
    )
    path = tmp_path / "gmca.json"
    path.write_text(json.dumps(scenario(unit_cost={"gmca_code": "SS2.0"})))
    result = run_costs("evaluate", str(path), "--deflators", str(table))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["summary"]["total_benefit"] == 1400
    assert data["prices"]["deflator_table"]["verified"] is True
    assert not any("not checked" in w for w in data["warnings"])
    table.write_text(json.dumps({"name": "bad", "index": {"2013-14": -1}}))
    bad = run_costs("evaluate", str(path), "--deflators", str(table))
    assert bad.returncode == 2
    assert (
        "Index by financial year: the index for 2013-14 must be a number above zero" in bad.stderr
    )


def test_a_gmca_line_cannot_change_the_librarys_price_year():
    data = scenario(unit_cost={"gmca_code": "SS2.0", "price_year": "2020-21"})
    with pytest.raises(DomainValidationError, match="Unit cost / Price year: the library gives"):
        evaluate(validated(Scenario, data), unit_cost_library(), default_deflators())


def test_an_entry_without_a_price_year_needs_one_from_the_line():
    raw = {
        "source": "Test database",
        "categories": {
            "t": {
                "entries": [
                    {
                        "code": "X1",
                        "description": "undated",
                        "unit": "Each",
                        "cost_gbp": 100.0,
                        "agency": "NHS",
                        "source_detail": "unknown",
                    }
                ]
            }
        },
    }
    library = parse_gmca_database(raw)
    table = DeflatorTable(name="t", index={"2020-21": Decimal(90), "2024-25": Decimal(100)})
    with pytest.raises(DomainValidationError, match="the library has no price year for X1"):
        evaluate(validated(Scenario, scenario(unit_cost={"gmca_code": "X1"})), library, table)
    data = scenario(unit_cost={"gmca_code": "X1", "price_year": "2020-21"})
    result = evaluate(validated(Scenario, data), library, table)
    assert result.lines[0].unit_cost.price_year_from == "line"
    assert any("was given in the scenario" in w for w in result.warnings)


def test_the_default_table_says_it_is_unverified():
    table = default_deflators()
    assert table.verified is False
    assert "NOT" in table.note and "HM Treasury" in table.source
    assert {"2000-01", "2013-14", "2024-25"} <= set(table.index)


def test_the_default_table_states_its_vintage_and_queries_2022_23_and_2023_24():
    table = default_deflators()
    assert table.verified is False  # until checked against a release we can read
    assert table.vintage.startswith("None.")
    assert set(table.queries) == {"2022-23", "2023-24"}
    # the query states the growth this table implies, worked out here from its own index
    implied = [
        (table.index["2022-23"] / table.index["2021-22"] - 1) * 100,
        (table.index["2023-24"] / table.index["2022-23"] - 1) * 100,
    ]
    assert [round(x, 1) for x in implied] == [Decimal("5.2"), Decimal("7.4")]
    assert "5.2%" in table.queries["2022-23"] and "7.4%" in table.queries["2022-23"]


def test_uprating_from_or_to_a_queried_year_is_warned_about():
    queried = scenario(unit_cost={"value": 100, "price_year": "2022-23", "source": "test"})
    result = evaluate(validated(Scenario, queried), unit_cost_library(), default_deflators())
    assert any("2022-23 is queried" in w for w in result.warnings)
    assert result.prices.deflator_table.queried_years.keys() == {"2022-23", "2023-24"}
    # 2013-14 to 2024-25 uses neither queried year's index
    clear = scenario(unit_cost={"value": 100, "price_year": "2013-14", "source": "test"})
    result = evaluate(validated(Scenario, clear), unit_cost_library(), default_deflators())
    assert not any("is queried" in w for w in result.warnings)
