"""The service report: figures from the reporting layer checked against counts made by hand,
for a manager who holds no family key, and its XLSX and PDF read back."""

from __future__ import annotations

import io
from datetime import date, timedelta

from openpyxl import load_workbook
from pypdf import PdfReader

from conftest import consent_for_monitoring
from familycase.domain.enums import Tier
from familycase.domain.work import Closure
from familycase.reports.service_report import SHEETS, write_service_report
from familycase.services import users, work
from familycase.services.service_report import service_report

TODAY = date.today()


def test_service_report_counts_what_happened(team, make_family, tmp_path):
    lead = team.unlock("lead")
    kw1 = next(w for w in users.list_workers(lead) if w.username == "kw1")
    a = make_family(lead, "Alpha")  # referred 10 days ago (school), allocated today
    b = make_family(lead, "Beta", tier=Tier.TARGETED)
    c = make_family(lead, "Gamma")
    work.allocate_lead_professional(lead, a, kw1.id)
    work.change_tier(lead, b, Tier.COMPLEX, "Concerns escalated")  # a step up
    work.close_episode(
        lead, c, Closure(reason="outcomes_achieved", on=TODAY, exit_plan="School carries on.")
    )
    consent_for_monitoring(lead, a)
    boss = team.unlock("boss")
    report = service_report(boss, TODAY - timedelta(days=60), TODAY)
    assert report.families == 3
    assert report.referrals_by_source == {"school": 3}
    assert report.referral_to_allocation.count == 1
    assert report.referral_to_allocation.median == 10.0
    assert report.episode_length.count == 1 and report.episode_length.median == 10.0
    assert report.step_ups == 1 and report.step_downs == 0
    assert report.months[-1].open_families == 2  # Gamma closed today
    assert report.months[-1].weight == 1.0 + 2.0  # tier 2 and tier 4
    assert report.open_at_end == 2 and report.with_monitoring_consent == 1
    xlsx, pdf = tmp_path / "s.xlsx", tmp_path / "s.pdf"
    write_service_report(boss, report, xlsx, "xlsx")
    write_service_report(boss, report, pdf, "pdf")
    wb = load_workbook(xlsx, data_only=True)
    assert wb.sheetnames == list(SHEETS)
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(min_row=6, values_only=True)}
    assert summary["Step-ups in the period"] == 1
    assert summary["Families open at the end of the period"] == 2
    referrals = list(wb["Referrals"].iter_rows(min_row=6, values_only=True))
    assert referrals[0][0] == "School" and referrals[0][-1] == 3  # the formula's cached value
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Service report" in text and "Referrals by source" in text
