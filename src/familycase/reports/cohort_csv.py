"""The cohort outcome report as CSV: one row per area of the outcome measure.

Means are given to two decimal places and the share that moved up a stage as a percentage to
one decimal place; an area with no family counted has empty cells rather than zeros.
"""

from __future__ import annotations

import csv
import io

from familycase.services.cohort import CohortReport

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


def _number(value: float | None, places: int = 2) -> str:
    return "" if value is None else f"{value:.{places}f}"


def cohort_csv(report: CohortReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for area in report.result.areas:
        share = area.share_moved_up
        writer.writerow(
            [
                area.key,
                _safe(area.label),
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
    return out.getvalue()


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


def _safe(text: str) -> str:
    """Neutralise spreadsheet formulas (CSV injection): a cell must not start with = + - @."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
