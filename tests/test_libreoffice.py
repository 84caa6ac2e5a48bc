"""Another spreadsheet program reads the exports with the same numbers: LibreOffice, headless,
converts the cost-saving return's XLSX and CSV, and the figures it gets are the ones
FamilyCase worked out (numbers, not text or times; £ intact; every formula's value)."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from backends import file_vault_only  # noqa: F401  (about files on disk)
from conftest import consent_for_monitoring
from familycase.domain.costs.scenario import PreventedCostLine
from familycase.domain.instruments import OutcomeArea
from familycase.reports.cost_return_csv import write_cost_return_csv
from familycase.reports.cost_return_xlsx import write_cost_return_xlsx
from familycase.services import costs

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice is not installed (Debian: libreoffice-calc-nogui; scripts/run-tests.sh "
    "installs it where apt-get is available)",
)


def _convert(source: Path, to: str, out: Path, profile: Path, infilter: str = "") -> Path:
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            *([f"--infilter={infilter}"] if infilter else []),
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    converted = out / f"{source.stem}.{to.split(':')[0]}"
    assert converted.exists(), f"LibreOffice did not convert {source.name}"
    return converted


@pytest.fixture
def a_return(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Sheetly")
    line = PreventedCostLine.model_validate(
        {
            "what_was_avoided": "Police call-outs",
            "unit_cost": {"value": "1234.5678", "price_year": "2024-25", "source": "Test"},
            "quantity": 3,
            "probability": "0.37",
            "evidence_strength": "strong",
            "agency": "Police £ (South)",
            "assessed_on": date.today(),
        }
    )
    costs.record_prevented_cost(
        lead, family_id, costs.PreventedCostRecord(line=line, outcome_area=OutcomeArea.HEALTH)
    )
    costs.record_intervention_cost(
        lead,
        family_id,
        costs.InterventionCostEntry(
            kind="key_worker_time",
            spent_on=date.today(),
            description="Time",
            hours=7,
            hourly_rate="31.17",
            price_year="2024-25",
            agency="Local authority",
        ),
    )
    consent_for_monitoring(lead, family_id)
    params = costs.ReturnParameters(date.today() - timedelta(days=5), date.today(), "2024-25")
    return costs.cohort_return(team.unlock("boss"), params)


def test_libreoffice_reads_the_xlsx_with_the_same_numbers(a_return, tmp_path):
    path = tmp_path / "return.xlsx"
    write_cost_return_xlsx(a_return, path)
    again = _convert(path, "xlsx:Calc MS Excel 2007 XML", tmp_path / "lo", tmp_path / "profile")
    summary = load_workbook(again, data_only=True)["Summary"]
    s = a_return.total.summary
    assert summary["B10"].value == pytest.approx(float(s.total_benefit), abs=0.005)
    assert summary["B11"].value == pytest.approx(float(s.total_cost), abs=0.005)
    assert summary["B12"].value == pytest.approx(float(s.net_benefit), abs=0.005)  # a formula
    assert summary["B13"].value == pytest.approx(float(s.benefit_cost_ratio), abs=1e-6)
    ours = load_workbook(path, data_only=True)["Summary"]
    assert ours["B12"].value == pytest.approx(summary["B12"].value, abs=1e-6)  # cached value


def test_libreoffice_reads_the_csv_with_the_same_numbers(a_return, tmp_path):
    path = tmp_path / "return.csv"
    write_cost_return_csv(a_return, path)
    # Comma-separated, double quotes, UTF-8 (76), from line 1: what the file says it is.
    sheet = _convert(
        path,
        "xlsx:Calc MS Excel 2007 XML",
        tmp_path / "lo",
        tmp_path / "profile",
        infilter="CSV:44,34,76,1",
    )
    rows = list(load_workbook(sheet).active.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[0] == "view"  # the byte order mark is not in the first heading
    by_view = [dict(zip(header, r, strict=False)) for r in rows[1:]]
    summary = next(r for r in by_view if r["view"] == "summary")
    ours = next(
        r
        for r in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")))
        if r["view"] == "summary"
    )
    for column in ("benefit_present_value", "cost_present_value", "net_present_value", "ratio"):
        assert isinstance(summary[column], int | float), (column, summary[column])  # no text/time
        assert Decimal(str(summary[column])) == Decimal(ours[column])
    agencies = [r["name"] for r in by_view if r["view"] == "agency"]
    assert "Police £ (South)" in agencies  # UTF-8 read as UTF-8
