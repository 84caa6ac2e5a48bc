"""The service report as XLSX (one sheet per section, numbers as numbers) and PDF (tables and
bar charts), each a registered output written whole and owner-only."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from familycase.reports import cells, xlsx_common
from familycase.reports.pdf_common import MARKING, build_pdf, grid_style
from familycase.reports.pdf_common import paragraph as _p
from familycase.services import outputs
from familycase.services.service_report import (
    DECISION_WORDS,
    SOURCE_WORDS,
    ServiceReport,
    record_service_report_export,
)
from familycase.services.vault import UserSession

BOLD = Font(bold=True)
SHEETS = (
    "Summary",
    "Referrals",
    "Caseload by month",
    "Outcomes by area",
)


def _days(value: float | None) -> float | str:
    return "" if value is None else round(value, 1)


def summary_rows(report: ServiceReport) -> list[tuple[str, object]]:
    """The headline figures (label, value): the Summary sheet and the PDF's first table."""
    a, e = report.referral_to_allocation, report.episode_length
    share = report.re_referral_share
    coverage = report.with_monitoring_consent / report.open_at_end if report.open_at_end else None
    return [
        ("Families in the reporting layer", report.families),
        ("Referrals received in the period", sum(report.referrals_by_source.values())),
        ("Days from referral to allocation: median", _days(a.median)),
        ("Days from referral to allocation: mean", _days(a.mean)),
        ("Days from referral to allocation: 90th percentile", _days(a.p90)),
        ("Referrals allocated (counted above)", a.count),
        ("Episodes closed in the period", e.count),
        ("Episode length, days: median", _days(e.median)),
        ("Episode length, days: mean", _days(e.mean)),
        ("Episodes opened in the period", report.episodes_opened),
        ("Of which re-referrals within 12 months", report.re_referrals),
        ("Re-referral share (%)", "" if share is None else round(100 * share, 1)),
        ("Step-ups in the period", report.step_ups),
        ("Step-downs in the period", report.step_downs),
        ("Families open at the end of the period", report.open_at_end),
        ("Of which with current consent to share", report.with_current_consent),
        ("Of which with consent to monitoring and reporting", report.with_monitoring_consent),
        ("Consent to monitoring, share (%)", "" if coverage is None else round(100 * coverage, 1)),
    ]


def _heading(ws: object, title: str, report: ServiceReport) -> None:
    ws.append([MARKING])  # type: ignore[attr-defined]
    ws.append([cells.text(title)])  # type: ignore[attr-defined]
    ws.append(  # type: ignore[attr-defined]
        [
            cells.text(
                f"{report.organisation}: {report.cohort}, {report.period_from:%d/%m/%Y} to "
                f"{report.period_to:%d/%m/%Y}. Counts over many families; no family is named."
            )
        ]
    )
    ws.append([])  # type: ignore[attr-defined]
    ws["A1"].font = BOLD  # type: ignore[index]
    ws["A2"].font = Font(bold=True, size=14)  # type: ignore[index]


def service_report_xlsx(report: ServiceReport) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = SHEETS[0]
    _heading(ws, "Service report: summary", report)
    ws.append(["Measure", "Value"])
    for label, value in summary_rows(report):
        ws.append([label, value])
    ws.column_dimensions["A"].width = 55
    ws = wb.create_sheet(SHEETS[1])
    _heading(ws, "Referrals by source and decision", report)
    decisions = list(DECISION_WORDS)
    ws.append(["Source", *[DECISION_WORDS[d] for d in decisions], "All decisions"])
    first = ws.max_row + 1
    for source, total in report.referrals_by_source.items():
        row = [report.referrals_by_source_and_decision.get((source, d), 0) for d in decisions]
        r = ws.max_row + 1
        last_col = chr(ord("A") + len(decisions))
        ws.append(
            [
                cells.text(SOURCE_WORDS.get(source, source)),
                *row,
                xlsx_common.Formula(f"=SUM(B{r}:{last_col}{r})"),
            ]
        )
        assert sum(row) == total
    last = ws.max_row
    if last >= first:
        chart = BarChart()
        chart.type = "bar"
        chart.title = "Referrals by source"
        total_col = len(decisions) + 2
        chart.add_data(
            Reference(ws, min_col=total_col, min_row=first - 1, max_row=last), titles_from_data=True
        )
        chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
        ws.add_chart(chart, f"A{last + 3}")
    ws.column_dimensions["A"].width = 30
    ws = wb.create_sheet(SHEETS[2])
    _heading(ws, "Open caseload, its weight, and steps up and down, by month", report)
    ws.append(["Month end", "Open families", "Caseload weight", "Step-ups", "Step-downs"])
    first = ws.max_row + 1
    for m in report.months:
        ws.append([m.month_end, m.open_families, m.weight, m.step_ups, m.step_downs])
        ws.cell(ws.max_row, 1).number_format = "dd/mm/yyyy"
    if report.months:
        chart = LineChart()
        chart.title = "Open families at each month end"
        chart.add_data(
            Reference(ws, min_col=2, min_row=first - 1, max_row=ws.max_row), titles_from_data=True
        )
        chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=ws.max_row))
        ws.add_chart(chart, f"G{first}")
    ws.column_dimensions["A"].width = 14
    ws = wb.create_sheet(SHEETS[3])
    _heading(ws, "Outcome change by area (Family Progress Measure, first and latest)", report)
    ws.append(
        [
            "Area",
            "Families counted",
            "Mean first score",
            "Mean latest score",
            "Mean change",
            "Moved up a stage",
        ]
    )
    for area in report.outcome_areas:
        ws.append(
            [
                cells.text(area.label),
                area.families,
                _round(area.mean_first),
                _round(area.mean_latest),
                _round(area.mean_change),
                area.moved_up_a_stage,
            ]
        )
    ws.column_dimensions["A"].width = 40
    return xlsx_common.save(wb)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _bars(title: str, items: list[tuple[str, float]]) -> Drawing:
    height = 30 + 16 * max(1, len(items))
    drawing = Drawing(170 * mm, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 55 * mm, 10
    chart.width, chart.height = 105 * mm, height - 30
    chart.data = [[v for _, v in items] or [0]]
    chart.categoryAxis.categoryNames = [label for label, _ in items] or ["none"]
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = colors.HexColor("#4a6fa5")
    drawing.add(chart)
    return drawing


def service_report_pdf(report: ServiceReport) -> bytes:
    story: list[object] = [
        _p("Service report", "title"),
        _p(
            f"{report.organisation}: {report.cohort}, {report.period_from:%d/%m/%Y} to "
            f"{report.period_to:%d/%m/%Y}. Produced by {report.produced_by}. Counts over many "
            "families; no family is named."
        ),
        Spacer(1, 4 * mm),
    ]
    table = Table(
        [["Measure", "Value"], *[[a, str(b)] for a, b in summary_rows(report)]],
        colWidths=[120 * mm, 40 * mm],
    )
    table.setStyle(grid_style("#dddddd", "#999999"))
    story += [table, Spacer(1, 6 * mm), _p("Referrals by source", "h2")]
    story.append(
        _bars(
            "Referrals by source",
            [(SOURCE_WORDS.get(k, k), v) for k, v in report.referrals_by_source.items()],
        )
    )
    story += [_p("Open families at each month end", "h2")]
    story.append(
        _bars("Open families", [(f"{m.month_end:%b %Y}", m.open_families) for m in report.months])
    )
    story += [_p("Outcome change by area", "h2")]
    rows = [["Area", "Families", "First", "Latest", "Change"]]
    for area in report.outcome_areas:
        rows.append(
            [
                area.label,
                str(area.families),
                _fmt(area.mean_first),
                _fmt(area.mean_latest),
                _fmt(area.mean_change),
            ]
        )
    outcome_table = Table(rows, colWidths=[80 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm])
    outcome_table.setStyle(grid_style("#dddddd", "#999999"))
    story.append(outcome_table)
    produced = report.produced_at if isinstance(report.produced_at, datetime) else datetime.now()
    return build_pdf(
        story,
        title="Service report",
        author=report.produced_by,
        marked_for="managers and commissioners",
        produced=produced,
    )


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def write_service_report(us: UserSession, report: ServiceReport, path: Path, fmt: str) -> Path:
    """The registered outputs ``service_report_xlsx`` and ``service_report_pdf``."""
    data = service_report_xlsx(report) if fmt == "xlsx" else service_report_pdf(report)
    written = outputs.write_private(path, data)
    record_service_report_export(us, report, fmt)
    return written
