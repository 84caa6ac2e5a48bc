"""The cohort outcome report as CSV: one row per area of the outcome measure.

Means are given to two decimal places and the share that moved up a stage as a percentage to
one decimal place; an area with no family counted has empty cells rather than zeros.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from familycase.reports.cells import csv_bytes, csv_text
from familycase.services import outputs
from familycase.services.cohort import CohortReport, record_cohort_export
from familycase.services.vault import UserSession

COLUMNS = [
    "area_id",
    "area",
    "supporting_families_outcome",
    "families_counted",
    "mean_first_score",
    "mean_latest_score",
    "mean_change",
    "moved_up_a_stage",
    "share_moved_up_a_stage_percent",
    "moved_down_a_stage",
]


def _number(value: float | None, places: int = 2) -> Decimal | None:
    """A number rounded for presentation (a number in the file, not text)."""
    return None if value is None else round(Decimal(repr(value)), places)


def cohort_csv(report: CohortReport) -> str:
    rows = []
    for area in report.result.areas:
        share = area.share_moved_up
        rows.append(
            [
                area.key,
                area.label,
                area.outcome_area.label if area.outcome_area else "",
                area.families,
                _number(area.mean_first),
                _number(area.mean_latest),
                _number(area.mean_change),
                area.moved_up_a_stage,
                _number(None if share is None else share * 100, 1),
                area.moved_down_a_stage,
            ]
        )
    return csv_text(COLUMNS, rows)


def write_cohort_csv(us: UserSession, report: CohortReport, path: Path) -> Path:
    """The registered output ``cohort_csv``: owner-only, whole, audited as an export."""
    written = outputs.write_private(path, csv_bytes(cohort_csv(report)))
    record_cohort_export(us, report, "csv")
    return written


def cohort_summary(report: CohortReport) -> list[tuple[str, str]]:
    """The lines to print above the table (or in a second sheet): what the figures cover."""
    result = report.result
    period = ""
    if report.readings_from or report.readings_to:
        start = f"{report.readings_from:%d/%m/%Y}" if report.readings_from else "the start"
        end = f"{report.readings_to:%d/%m/%Y}" if report.readings_to else "today"
        period = f"{start} to {end}"
    return [
        ("Instrument", report.title),
        ("Made on", f"{report.made_on:%d/%m/%Y}"),
        ("Readings taken", period or "any date"),
        ("Families in the cohort", str(result.families)),
        ("With two or more readings", str(result.with_two_or_more_readings)),
        ("With one reading so far", str(result.with_one_reading)),
        ("With no reading", str(result.without_readings)),
        ("Not included (no access)", str(len(report.references_without_access))),
    ]
