"""The claims export as CSV: one row per family (reference only, no names), met or not met,
with the evidence found and what is missing, in plain words (items separated by " | "). Text
cells are neutralised against spreadsheet formulas (CSV injection)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from familycase.reports.cost_return_csv import safe, write_atomically
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
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)

    def row(cells: list[object]) -> None:
        # every text cell neutralised against spreadsheet formulas (CSV injection)
        writer.writerow([safe(c) if isinstance(c, str) else c for c in cells])

    for r in report.results:
        row(
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
        row(
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
        row(
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
    return out.getvalue()


def write_claims_csv(report: ClaimsReport, path: Path) -> None:
    write_atomically(path, claims_csv(report).encode("utf-8"))
