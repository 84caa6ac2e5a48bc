"""Cost-saving returns: CSV, XLSX (opened back with openpyxl), PDF (text extracted), cancel,
a return over the demo vault, and the command line."""

from __future__ import annotations

import csv
import io
import os
import random
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from conftest import consent_for_monitoring
from familycase import costs_data
from familycase.crypto.kdf import INSECURE_FAST_FOR_TESTS
from familycase.demo import DEMO_PASSWORD, build_demo
from familycase.demo_costs import add_demo_costs
from familycase.domain.costs.money import round_money
from familycase.domain.costs.scenario import PreventedCostLine
from familycase.domain.instruments import OutcomeArea
from familycase.reports.cost_return_csv import cost_return_csv, write_cost_return_csv
from familycase.reports.cost_return_pdf import cost_return_pdf, write_cost_return_pdf
from familycase.reports.cost_return_xlsx import SHEETS, write_cost_return_xlsx
from familycase.services import consent as consent_service
from familycase.services import costs, reporting
from familycase.services.errors import Cancelled, InvalidRequest
from familycase.services.vault import Vault

TODAY = date.today()
YEAR = "2024-25"


def _hand_b() -> Decimal:
    """Family B's benefit worked out by hand: HE4.0 (£109, 2011-12) x 3 x 0.5 x (1 - 0.1)."""
    index = costs_data.default_deflators().index
    return Decimal(109) * index[YEAR] / index["2011-12"] * 3 * Decimal("0.5") * Decimal("0.9")


@pytest.fixture
def two_families(team, make_family):
    lead = team.unlock("lead")
    a = make_family(lead, "Testfamily", people=("Ann", "Bo"))
    b = make_family(lead, "Otherfamily", people=("Cy", "Di"))
    line_a = PreventedCostLine.model_validate(
        {
            "what_was_avoided": "Repeat police call-outs",
            "unit_cost": {"value": 1000, "price_year": YEAR, "source": "Test", "unit": "per case"},
            "quantity": 2,
            "probability": "0.5",
            "evidence_strength": "strong",
            "agency": "Police",
            "assessed_on": TODAY,
        }
    )
    costs.record_prevented_cost(
        lead,
        a,
        costs.PreventedCostRecord(line=line_a, outcome_area=OutcomeArea.CRIME_PREVENTION),
    )
    costs.record_intervention_cost(
        lead,
        a,
        costs.InterventionCostEntry(
            kind="key_worker_time",
            spent_on=TODAY,
            description="Key worker",
            hours=10,
            hourly_rate=25,
            price_year=YEAR,
            agency="Local authority",
        ),
    )
    line_b = PreventedCostLine.model_validate(
        {
            "what_was_avoided": "A&E visits",
            "unit_cost": {"gmca_code": "HE4.0"},
            "quantity": 3,
            "probability": "0.5",
            "evidence_strength": "moderate",
            "assessed_on": TODAY,
        }
    )
    costs.record_prevented_cost(
        lead, b, costs.PreventedCostRecord(line=line_b, outcome_area=OutcomeArea.HEALTH)
    )
    costs.record_intervention_cost(
        lead,
        b,
        costs.InterventionCostEntry(
            kind="flexible_spend",
            spent_on=TODAY,
            description="Bus passes",
            amount=100,
            price_year=YEAR,
            agency="Local authority",
        ),
    )
    for family_id in (a, b):
        consent_for_monitoring(lead, family_id)
    params = costs.ReturnParameters(TODAY - timedelta(days=30), TODAY, price_year=YEAR)
    return lead, params


def test_return_totals_match_a_hand_computation(two_families):
    lead, params = two_families
    ret = costs.cohort_return(lead, params)
    b = _hand_b()
    assert [f.reference for f in ret.families] == ["FC-000001", "FC-000002"]
    assert ret.total is not None and ret.total.summary is not None
    assert round_money(ret.total.summary.total_benefit) == round_money(1000 + b)
    assert ret.total.summary.total_cost == Decimal(350)
    assert ret.families[0].result.summary.ratio == "1:4"
    by_outcome = {o.outcome_area: o.present_value for o in ret.by_outcome}
    assert by_outcome[OutcomeArea.CRIME_PREVENTION] == 1000
    assert round_money(by_outcome[OutcomeArea.HEALTH]) == round_money(b)
    assert ret.price_year == YEAR and YEAR in ret.prices_note
    assert costs_data.default_deflators().name in ret.prices_note


def test_xlsx_opens_back_with_values_and_formulas(two_families, tmp_path):
    lead, params = two_families
    ret = costs.cohort_return(lead, params)
    path = tmp_path / "return.xlsx"
    write_cost_return_xlsx(ret, path)
    wb = load_workbook(path)  # formulas as written
    assert wb.sheetnames == list(SHEETS)
    b = float(round_money(_hand_b()))
    summary = wb["Summary"]
    assert summary["A1"].value == "OFFICIAL-SENSITIVE"
    assert summary["B8"].value == YEAR
    assert summary["B10"].value == pytest.approx(1000 + b, abs=0.01)
    assert summary["B11"].value == 350
    assert summary["B12"].value == "=B10-B11"
    assert summary["B13"].value == '=IF(B11>0,B10/B11,"")'
    # Ratios are numbers shown as 1:x (never text a spreadsheet could read as a time).
    assert summary["B14"].value == pytest.approx(float(ret.total.summary.benefit_cost_ratio))
    assert summary["B14"].number_format == '"1:"0.0'
    # Every formula carries its value: a reader that does not recalculate sees numbers.
    cached = load_workbook(path, data_only=True)["Summary"]
    assert cached["B12"].value == pytest.approx(float(ret.total.summary.net_present_value))
    assert cached["B13"].value == pytest.approx(float(ret.total.summary.benefit_cost_ratio))

    fam = wb["Per family"]
    assert [fam["A6"].value, fam["A7"].value] == ["FC-000001", "FC-000002"]
    assert fam["C6"].value == 1000 and fam["F6"].value == 250
    assert fam["G6"].value == "=C6-F6" and fam["H6"].value == '=IF(F6>0,C6/F6,"")'
    assert fam["C8"].value == "=SUM(C6:C7)"
    # Work the formulas out independently and check them against the engine's totals.
    column_sum = fam["C6"].value + fam["C7"].value
    assert column_sum == pytest.approx(summary["B10"].value, abs=0.01)
    assert (fam["C6"].value / fam["F6"].value) == pytest.approx(4)

    agency = {r[0]: r[2] for r in wb["By agency"].iter_rows(min_row=6, values_only=True)}
    assert agency["Police"] == 1000 and agency["NHS"] == pytest.approx(b, abs=0.01)
    outcome = {r[0]: r[2] for r in wb["By outcome"].iter_rows(min_row=6, values_only=True)}
    assert outcome[OutcomeArea.CRIME_PREVENTION.label] == 1000
    prices = "\n".join(str(c) for row in wb["Prices"].iter_rows(values_only=True) for c in row if c)
    assert f"{YEAR} prices" in prices and "HE4.0" in prices
    everything = " ".join(
        str(c) for ws in wb for row in ws.iter_rows(values_only=True) for c in row if c
    )
    assert "Testfamily" not in everything and "Ann" not in everything
    assert "reference only" in everything


def test_csv_parses_with_every_view(two_families):
    lead, params = two_families
    ret = costs.cohort_return(lead, params)
    rows = list(csv.DictReader(io.StringIO(cost_return_csv(ret))))
    views = {r["view"] for r in rows}
    assert views == {
        "note",
        "summary",
        "measure",
        "split",
        "invest_gain",
        "agency",
        "outcome",
        "family",
    }
    summary = next(r for r in rows if r["view"] == "summary")
    assert summary["benefit_present_value"] == f"{round_money(1000 + _hand_b()):.2f}"
    assert summary["cost_present_value"] == "350.00"
    first = next(r for r in rows if r["view"] == "family")
    assert first["name"] == "FC-000001" and first["ratio"] == "4.0"  # 1:4, as a number
    assert first["net_present_value"] == "750.00"
    notes = " ".join(r["note"] for r in rows if r["view"] == "note")
    assert f"{YEAR} prices" in notes and "reference only" in notes


def test_pdf_text_has_marking_prices_and_no_names(two_families, tmp_path):
    lead, params = two_families
    ret = costs.cohort_return(lead, params)
    path = tmp_path / "return.pdf"
    write_cost_return_pdf(ret, path)
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "OFFICIAL-SENSITIVE" in text
    assert f"{YEAR} prices" in text
    assert "FC-000001" in text and "1:4" in text
    assert "Benefits by agency" in text and "Benefits by outcome area" in text
    assert "Testfamily" not in text and "Otherfamily" not in text


def test_cancel_leaves_no_file(two_families, tmp_path):
    lead, params = two_families
    calls: list[int] = []
    with pytest.raises(Cancelled):
        costs.cohort_return(
            lead, params, progress=lambda d, t: calls.append(d), cancelled=lambda: bool(calls)
        )
    assert calls == [1]
    ret = costs.cohort_return(lead, params)
    out = tmp_path / "out"
    out.mkdir()
    for writer, name in (
        (write_cost_return_csv, "r.csv"),
        (write_cost_return_xlsx, "r.xlsx"),
        (write_cost_return_pdf, "r.pdf"),
    ):
        with pytest.raises(Cancelled):
            writer(ret, out / name, cancelled=lambda: True)
    assert list(out.iterdir()) == []


def test_a_manager_builds_the_same_return_from_the_reporting_layer(team, two_families):
    """A manager holds no family key: the return comes from the summaries sealed to the
    reporting key, and counts every family, with the team leader's figures."""
    lead, params = two_families
    expected = costs.cohort_return(lead, params)
    boss = team.unlock("boss")
    assert not boss.accessible_family_ids()
    ret = costs.cohort_return(boss, params)
    assert ret.source == "reporting layer" and not ret.skipped
    assert [f.reference for f in ret.families] == ["FC-000001", "FC-000002"]
    assert ret.total.summary.total_benefit == expected.total.summary.total_benefit
    assert ret.total.summary.total_cost == Decimal(350)
    assert "could not be opened" not in cost_return_csv(ret)
    assert cost_return_pdf(ret).startswith(b"%PDF")


def test_a_family_without_consent_for_monitoring_counts_in_totals_but_its_row_is_withheld(
    team, two_families
):
    lead, params = two_families
    second = costs.cohort_return(lead, params).families[1].family_id
    for record in consent_service.consents(lead, second):
        consent_service.withdraw_consent(lead, second, record.id, "Does not want to be counted")
    boss = team.unlock("boss")
    ret = costs.cohort_return(boss, params)
    assert round_money(ret.total.summary.total_benefit) == round_money(1000 + _hand_b())
    assert [f.reference for f in ret.withheld] == ["FC-000002"]
    rows = list(csv.DictReader(io.StringIO(cost_return_csv(ret).lstrip("\ufeff"))))
    family = [r["name"] for r in rows if r["view"] == "family"]
    assert family[0] == "FC-000001" and "FC-000002" not in family[1]
    assert "withheld" in family[1]
    # The rows still add up to the total, and the withheld family's decision is logged.
    assert sum(Decimal(r["benefit_present_value"]) for r in rows if r["view"] == "family") == (
        sum(Decimal(r["benefit_present_value"]) for r in rows if r["view"] == "summary")
    )
    costs.record_return_export(boss, ret, "csv")
    (share,) = reporting.report_shares(boss)
    assert share.output == "cost_return_csv" and share.withheld == 1
    assert {d["reference"]: d["shared"] for d in share.decisions} == {
        "FC-000001": True,
        "FC-000002": False,
    }


def test_progress_is_reported_per_family(two_families):
    lead, params = two_families
    seen: list[tuple[int, int]] = []
    costs.cohort_return(lead, params, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 2), (2, 2)]


# --- the demo vault ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("demo") / "vault"
    build_demo(data, 20, INSECURE_FAST_FOR_TESTS)
    vault = Vault.open(data)
    leader = vault.unlock("sam", DEMO_PASSWORD)
    assert add_demo_costs(leader, sorted(leader.accessible_family_ids()), random.Random(7)) >= 20
    leader.lock()
    vault.dispose()
    return data


def test_return_over_the_demo_vault(demo_vault, tmp_path):
    vault = Vault.open(demo_vault)
    try:
        leader = vault.unlock("sam", DEMO_PASSWORD)
        params = costs.ReturnParameters(TODAY - timedelta(days=365), TODAY)
        ret = costs.cohort_return(leader, params)
        assert len(ret.families) == 20 and not ret.skipped
        total = ret.total.summary.total_benefit
        per_family = sum(f.result.summary.total_benefit for f in ret.families)
        assert abs(total - per_family) < Decimal("0.01")
        assert abs(sum(o.present_value for o in ret.by_outcome) - total) < Decimal("0.01")
        by_agency = sum(a.present_value for a in ret.total.benefits.by_agency)
        assert abs(by_agency - total) < Decimal("0.01")
        path = tmp_path / "demo.xlsx"
        write_cost_return_xlsx(ret, path)
        wb = load_workbook(path)
        fam = wb["Per family"]
        shown = [f.reference for f in ret.families if f.withheld is None]
        rows = len(shown) + (1 if ret.withheld else 0)
        refs = [r[0] for r in fam.iter_rows(min_row=6, max_row=5 + rows, values_only=True)]
        assert refs[: len(shown)] == shown
        assert 0 < len(ret.withheld) < len(ret.families)  # the demo: most agreed, not all
        assert refs[-1].startswith("Families whose own rows are withheld")
        values = [r[2] for r in fam.iter_rows(min_row=6, max_row=5 + rows, values_only=True)]
        assert sum(values) == pytest.approx(float(total), abs=0.2)
        # A manager (no family key) gets the same return from the reporting layer.
        leader.lock()
        manager = vault.unlock("rowan", DEMO_PASSWORD)
        theirs = costs.cohort_return(manager, params)
        assert len(theirs.families) == 20 and not theirs.skipped
        assert theirs.total.summary.total_benefit == total
        manager.lock()
        leader = vault.unlock("sam", DEMO_PASSWORD)
        assert wb["Summary"]["B10"].value == pytest.approx(float(round_money(total)))
        leader.lock()
    finally:
        vault.dispose()


def _cli(data: Path, user: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FAMILYCASE_")}
    env["FAMILYCASE_PASSWORD"] = DEMO_PASSWORD
    return subprocess.run(
        [sys.executable, "-m", "familycase", "--data", str(data), "--user", user, *args],
        env=env,
        text=True,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=180,
    )


def test_command_line_return_claims_unit_costs_and_deflators(demo_vault, tmp_path):
    start = (TODAY - timedelta(days=365)).isoformat()
    out = tmp_path / "r.csv"
    xlsx = tmp_path / "r.xlsx"
    done = _cli(
        demo_vault, "sam", "costs", "return", "--from", start, "--to", TODAY.isoformat(),
        "--csv", str(out), "--xlsx", str(xlsx),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "outside the encrypted vault" in done.stderr
    assert out.exists() and xlsx.exists() and "prices" in done.stdout
    one = _cli(
        demo_vault, "sam", "costs", "return", "--from", start, "--to", TODAY.isoformat(),
        "--family", "FC-000001", "--csv", str(tmp_path / "one.csv"),
    )  # fmt: skip
    assert one.returncode == 0, one.stderr
    assert (
        sum(1 for line in (tmp_path / "one.csv").read_text().splitlines() if "family," in line[:7])
        == 1
    )

    claims = _cli(demo_vault, "sam", "costs", "claims", "--csv", str(tmp_path / "c.csv"))
    assert claims.returncode == 0, claims.stderr
    assert "families meet" in claims.stdout

    added = _cli(
        demo_vault, "rowan", "costs", "unit-cost", "add", "LOC-1",
        "--description", "Parenting course",
        "--unit", "per place", "--value", "450", "--agency", "Local authority",
        "--price-year", "2024-25", "--source", "Demo finance",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = _cli(demo_vault, "rowan", "costs", "unit-cost", "list")
    assert "LOC-1" in listed.stdout
    refused = _cli(
        demo_vault, "priya", "costs", "unit-cost", "add", "LOC-2", "--description", "x",
        "--unit", "x", "--value", "1", "--agency", "x", "--price-year", "2024-25", "--source", "x",
    )  # fmt: skip
    assert refused.returncode == 2 and "administrator or a manager" in refused.stderr

    shown = _cli(demo_vault, "rowan", "costs", "deflators", "show")
    assert '"in_use_from": "shipped"' in shown.stdout
    changed = _cli(
        demo_vault, "rowan", "costs", "deflators", "set", "--year", "2024-25", "--index", "105"
    )
    assert changed.returncode == 0, changed.stderr
    assert (
        '"in_use_from": "vault"' in _cli(demo_vault, "rowan", "costs", "deflators", "show").stdout
    )
    bad = _cli(demo_vault, "sam", "costs", "return", "--from", start, "--to", TODAY.isoformat())
    assert bad.returncode == 2 and "--csv" in bad.stderr


# --- the split, the returns side by side, who invests and who gains ------------------------


@pytest.fixture
def mixed_family(team, make_family):
    """One family with a line of every kind, priced locally in the reporting year, year 0 only
    (so nothing is discounted and every figure below can be worked out by hand)."""
    lead = team.unlock("lead")
    fid = make_family(lead, "Mixfamily", people=("Ada", "Ben"))

    def record(value: int, **changes: object) -> None:
        line = PreventedCostLine.model_validate(
            {
                "what_was_avoided": "x",
                "unit_cost": {"value": value, "price_year": YEAR, "source": "Test"},
                "quantity": 1,
                "evidence_strength": "strong",
                "assessed_on": TODAY,
                **changes,
            }
        )
        costs.record_prevented_cost(lead, fid, costs.PreventedCostRecord(line=line))

    record(600, agency="Housing", cashable=True)
    record(400, agency='=HYPERLINK("http://evil","Police")')  # formula-looking text
    record(300, benefit_type="economic")
    record(200, benefit_type="social")
    costs.record_intervention_cost(
        lead,
        fid,
        costs.InterventionCostEntry(
            kind="key_worker_time",
            spent_on=TODAY,
            description="Key worker",
            hours=20,
            hourly_rate=25,
            price_year=YEAR,
            agency="+Early help",
        ),
    )
    return lead, costs.ReturnParameters(TODAY - timedelta(days=30), TODAY, price_year=YEAR)


def test_return_splits_benefits_and_puts_the_returns_side_by_side(mixed_family):
    lead, params = mixed_family
    ret = costs.cohort_return(lead, params)
    split = {r.label: (r.present_value, r.cashable) for r in ret.benefit_split}
    assert split == {
        "Fiscal, cashable": (600, True),
        "Fiscal, non-cashable": (400, False),
        "Economic (non-cashable)": (300, False),
        "Social (non-cashable)": (200, False),
        "Total (public value)": (1500, False),
    }
    s = ret.total.summary
    assert s.total_cost == 500  # 20 hours x £25, money spent: no optimism bias
    assert [(m.measure, m.ratio) for m in s.measures] == [
        ("financial_cashable", Decimal("1.2")),  # 600 / 500
        ("financial", Decimal(2)),  # 1000 / 500
        ("public_value", Decimal(3)),  # 1500 / 500
    ]
    assert s.payback_period_years == Decimal(500) / Decimal(600)  # cashable only
    matrix = {g.agency: g for g in ret.total.who_invests_who_gains}
    assert matrix["+Early help"].invests == 500 and matrix["+Early help"].net == -500
    assert matrix["Housing"].gains_fiscal_cashable == 600
    assert matrix["No agency (economic benefit)"].gains_economic == 300

    rows = list(csv.DictReader(io.StringIO(cost_return_csv(ret))))
    measures = {r["benefit_type"]: r for r in rows if r["view"] == "measure"}
    assert measures["financial"]["benefit_cost_ratio"] == "2.00"
    assert measures["public_value"]["ratio"] == "3.0"  # 1:3, a number
    assert measures["financial_cashable"]["benefit_cost_ratio"] == "1.20"
    summary = next(r for r in rows if r["view"] == "summary")
    assert summary["fiscal_present_value"] == "1000.00"
    assert summary["financial_ratio"] == "2.0" and summary["cashable_ratio"] == "1.2"
    split_rows = {r["name"]: r for r in rows if r["view"] == "split"}
    assert split_rows["Fiscal, cashable"]["cashable"] == "yes"
    assert split_rows["Social (non-cashable)"]["benefit_present_value"] == "200.00"
    gains = {r["name"]: r for r in rows if r["view"] == "invest_gain"}
    assert gains["'+Early help"]["cost_present_value"] == "500.00"


def test_formula_looking_text_is_escaped_in_csv_and_xlsx(mixed_family, tmp_path):
    lead, params = mixed_family
    ret = costs.cohort_return(lead, params)
    text = cost_return_csv(ret)
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            assert not cell.startswith(("=", "+", "@")), cell
            if cell.startswith("-"):
                Decimal(cell)  # only numbers may start with a minus sign
    assert "'=HYPERLINK" in text and "'+Early help" in text
    path = tmp_path / "r.xlsx"
    write_cost_return_xlsx(ret, path)
    wb = load_workbook(path)
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert "HYPERLINK" not in str(cell.value)
    agency = {r[0]: r for r in wb["Who invests and gains"].iter_rows(min_row=6, values_only=True)}
    assert '\'=HYPERLINK("http://evil","Police")' in agency  # neutralised text, no formula
    summary = wb["Summary"]
    assert summary["B17"].value == 1000  # fiscal
    assert summary["B20"].value == '=IF(B11>0,B17/B11,"")'  # financial return, a formula
    assert summary["B21"].value == '=IF(B11>0,B15/B11,"")'  # cashable return
    returns = [r for r in wb["Returns"].iter_rows(min_row=6, values_only=True) if r[0]]
    assert [r[1] for r in returns] == [600, 1000, 1500]
    assert all(r[2] == 500 for r in returns)
    split = {r[0]: r[2] for r in wb["Benefit split"].iter_rows(min_row=6, values_only=True)}
    assert split["Fiscal, cashable"] == 600 and split["Economic (non-cashable)"] == 300
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(cost_return_pdf(ret))).pages)
    assert "Financial return" in text and "Public value" in text and "Who invests" in text


def test_a_return_refuses_a_suspect_unit_cost_until_a_local_cost_replaces_it(team, make_family):
    lead = team.unlock("lead")
    fid = make_family(lead, "Suspectfamily", people=("Al", "Bea"))
    line = PreventedCostLine.model_validate(
        {
            "what_was_avoided": "Home care",
            "unit_cost": {"gmca_code": "SS11.2"},
            "quantity": 10,
            "evidence_strength": "strong",
            "assessed_on": TODAY,
        }
    )
    with pytest.raises(InvalidRequest, match=r"SS11\.2 is marked as a suspect value"):
        costs.record_prevented_cost(lead, fid, costs.PreventedCostRecord(line=line))
    # a line recorded before the extract was checked is still in the vault
    costs._save(lead, costs._PREVENTED, fid, costs.PreventedCostRecord(line=line), None)
    params = costs.ReturnParameters(TODAY - timedelta(days=30), TODAY, price_year=YEAR)
    with pytest.raises(InvalidRequest, match=r"FC-000001.*SS11\.2.*local unit cost"):
        costs.cohort_return(lead, params)
    with pytest.raises(InvalidRequest, match=r"SS11\.2"):
        costs.evaluate_family(lead, fid, params)
    boss = team.unlock("boss")
    checked = costs.LocalUnitCost(
        code="SS11.2",
        description="Home care per hour, checked against the published workbook",
        unit="Per hour",
        value=Decimal("18.50"),
        agency="Local authority",
        price_year=YEAR,
        source="Finance team check",
    )
    costs.add_local_unit_cost(boss, checked)
    ret = costs.cohort_return(lead, params)
    (used,) = costs.evaluate_family(lead, fid, params).lines
    assert used.unit_cost.value == Decimal("18.50") and used.steps.gross == 185  # not £37,320
    assert used.unit_cost.replaces is not None
    (counted,) = ret.lines  # the return counted that line, at the local cost
    assert counted.present_value == used.steps.present_value
    assert counted.citation == used.unit_cost.citation and "Finance team check" in counted.citation
    with pytest.raises(InvalidRequest, match="not suspect"):
        costs.add_local_unit_cost(boss, checked.model_copy(update={"code": "SS2.0"}))


def test_a_bad_price_year_is_refused_in_plain_words():
    from datetime import date

    from familycase.services.costs import ReturnParameters
    from familycase.services.errors import InvalidRequest

    with pytest.raises(InvalidRequest, match="not a financial year such as 2025-26"):
        ReturnParameters(date(2025, 4, 1), date(2026, 3, 31), price_year="2026")
    assert (
        ReturnParameters(date(2025, 4, 1), date(2026, 3, 31), price_year="2025/26").reporting_year
        == "2025-26"
    )
