"""The claims export as CSV: one row per family (reference only, no names), met or not met,
with the evidence found and what is missing, in plain words (items separated by " | "). Text
cells are neutralised against spreadsheet formulas (CSV injection)."""

from __future__ import annotations

from pathlib import Path

from familycase.reports.cells import csv_bytes, csv_text
from familycase.services import outputs
from familycase.services.claims import ClaimsReport

COLUMNS = [
    "reference",
    "result",
    "framework",
    "checked_on",
    "needs_identified",
    "needs_met",
    "evidence",
    "missing",
]


def claims_csv(report: ClaimsReport) -> str:
    rows: list[list[object]] = []
    for r in report.results:
        rows.append(
            [
                r.reference,
                "met" if r.met else "not met",
                r.framework,
                report.as_of.isoformat(),
                "; ".join(n.outcome_area.label for n in r.needs),
                sum(n.met for n in r.needs),
                " | ".join(r.evidence),
                " | ".join(r.missing),
            ]
        )
    for reference, why in report.withheld:
        rows.append(
            [
                reference,
                "withheld",
                report.framework.name,
                report.as_of.isoformat(),
                "",
                "",
                "",
                why,
            ]
        )
    for reference, why in report.skipped:
        rows.append(
            [
                reference,
                "not checked",
                report.framework.name,
                report.as_of.isoformat(),
                "",
                "",
                "",
                f"Could not be opened: {why}.",
            ]
        )
    return csv_text(COLUMNS, rows)


def write_claims_csv(report: ClaimsReport, path: Path) -> None:
    outputs.write_private(path, csv_bytes(claims_csv(report)))
