"""The data dictionary of every CSV export: each column's meaning, type and unit, and the row
kinds. ``docs/data-dictionary.md`` and one JSON Schema per CSV (``docs/schemas/``) are made
from it (``python -m familycase.reports.dictionary docs``), and tests/test_dictionary.py checks
that every CSV writer's header is exactly what is described here (so they cannot drift).

A CSV row is read as text; the schemas say what each cell holds once parsed: "number" cells
are plain decimal numbers (never a currency sign, never "1:x" text), "date" cells ISO 8601.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

MONEY = "pounds sterling (GBP) to the penny, in the return's price year"


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # text, integer, number, date, datetime, enum
    meaning: str
    unit: str = ""
    values: tuple[str, ...] = ()  # for enum
    optional: bool = True  # may be empty


@dataclass(frozen=True)
class CsvExport:
    output: str  # its name in services/outputs.py
    file: str
    about: str
    columns: tuple[Column, ...]
    rows: str  # what one row is (row kinds)


def _money(name: str, meaning: str) -> Column:
    return Column(name, "number", meaning, MONEY)


def _ratio(name: str, meaning: str) -> Column:
    return Column(name, "number", meaning + " (the x of 1:x: £x for every £1)", "ratio")


COST_RETURN = CsvExport(
    "cost_return_csv",
    "cost-return.csv",
    "The cost-saving return: every view of it in one file, one row per item.",
    (
        Column(
            "view",
            "enum",
            "which view the row belongs to",
            values=(
                "note",
                "summary",
                "measure",
                "split",
                "invest_gain",
                "agency",
                "outcome",
                "family",
            ),
            optional=False,
        ),
        Column(
            "name",
            "text",
            "the row's item: an agency, an outcome area, a measure, a "
            "family reference (FC-000123, never a name), or the withheld families together",
        ),
        Column("lines", "integer", "prevented-cost lines counted in the row", "lines"),
        _money("benefit_present_value", "benefit, present value (public value: all kinds)"),
        _money("benefit_undiscounted", "benefit before discounting"),
        _money("cashable_present_value", "cashable fiscal benefit, present value"),
        _money("cost_present_value", "intervention cost, present value"),
        _money("net_present_value", "benefit - cost, present values"),
        _ratio("benefit_cost_ratio", "benefit / cost, to two decimal places"),
        _ratio("ratio", "benefit / cost, to one decimal place"),
        Column(
            "benefit_type",
            "enum",
            "fiscal, economic, social (split), or the measure",
            values=(
                "fiscal",
                "economic",
                "social",
                "all",
                "financial_cashable",
                "financial",
                "public_value",
            ),
        ),
        Column("cashable", "enum", "whether the split row is cashable", values=("yes", "no")),
        _money("fiscal_present_value", "fiscal benefit, present value"),
        _money("economic_present_value", "economic benefit, present value"),
        _money("social_present_value", "social benefit, present value"),
        _ratio("financial_roi", "fiscal benefit / cost"),
        _ratio("financial_ratio", "fiscal benefit / cost, to one decimal place"),
        _ratio("cashable_roi", "cashable fiscal benefit / cost"),
        _ratio("cashable_ratio", "cashable fiscal benefit / cost, to one decimal place"),
        _money("cost_undiscounted", "intervention cost before discounting"),
        _ratio("benefit_cost_ratio_undiscounted", "benefit / cost, undiscounted"),
        Column("note", "text", "a note row's text (prices, privacy, withheld families)"),
    ),
    "note: what the return covers and how; summary: the cohort total; measure: the cashable, "
    "financial and public value returns side by side; split: benefits by kind; invest_gain: "
    "who invests and who gains, by agency; agency: who gains (lines = lines involving the "
    "agency); outcome: by Supporting Families outcome area; family: one row per family whose "
    "own row may be shared, and one row adding up the families whose rows are withheld "
    "(consent for monitoring). Family rows add up to the summary row.",
)
CLAIMS = CsvExport(
    "claims_csv",
    "claims.csv",
    "The claim check: one row per family, by reference only.",
    (
        Column("reference", "text", "the family's reference (FC-000123)", optional=False),
        Column(
            "result",
            "enum",
            "the outcome of the check",
            values=("met", "not met", "withheld", "not checked"),
            optional=False,
        ),
        Column("framework", "text", "the results framework checked against"),
        Column("checked_on", "date", "the day the claim was checked for"),
        Column(
            "needs_identified", "text", "the outcome areas the assessment chose, '; '-separated"
        ),
        Column("needs_met", "integer", "how many of those needs are met", "needs"),
        Column("evidence", "text", "the evidence found, ' | '-separated"),
        Column("missing", "text", "what is missing, or why the row is withheld"),
    ),
    "met / not met: a family checked; withheld: a family whose members have not all consented "
    "to their outcomes being shared for monitoring (not claimed here); not checked: no summary.",
)
COHORT = CsvExport(
    "cohort_csv",
    "cohort.csv",
    "The cohort outcome report: one row per area of the outcome measure.",
    (
        Column("area_id", "text", "the area's question id", optional=False),
        Column("area", "text", "the area's label"),
        Column("supporting_families_outcome", "text", "the Supporting Families outcome area"),
        Column(
            "families_counted", "integer", "families with a first and a latest score", "families"
        ),
        Column("mean_first_score", "number", "mean first score, two decimal places", "score"),
        Column("mean_latest_score", "number", "mean latest score, two decimal places", "score"),
        Column("mean_change", "number", "mean latest - mean first", "score"),
        Column("moved_up_a_stage", "integer", "families up at least one stage", "families"),
        Column("share_moved_up_a_stage_percent", "number", "that as a share, one decimal", "%"),
        Column("moved_down_a_stage", "integer", "families down at least one stage", "families"),
    ),
    "One row per area; an area no family was counted in has empty means.",
)
AUDIT = CsvExport(
    "audit_csv",
    "audit.csv",
    "The audit log (or a filtered part of it), one row per entry, newest first (as listed).",
    (
        Column(
            "sequence",
            "integer",
            "the entry's place in its chain (the team store's, or the laptop's named in 'laptop')",
            optional=False,
        ),
        Column("time_utc", "datetime", "when, UTC (ISO 8601)", optional=False),
        Column("worker", "text", "who (their name)"),
        Column("worker_id", "text", "who (their id)"),
        Column("action", "text", "what they did (view, edit, export, share...)", optional=False),
        Column("object_type", "text", "what it was done to"),
        Column("object_id", "text", "its id"),
        Column("family_id", "text", "the family it is about, if any"),
        Column("details", "text", "the entry's details as JSON"),
        Column(
            "laptop",
            "text",
            "the laptop replica it was recorded on (offline work, brought in at check-in); "
            "empty for the team store's own entries",
        ),
    ),
    "One row per audit entry.",
)
CASELOAD = CsvExport(
    "caseload_list",
    "(standard output of familycase caseload --format csv)",
    "A caseload: one row per family.",
    (
        Column("reference", "text", "the family's reference", optional=False),
        Column(
            "family",
            "text",
            "the family's name where you hold its key; '(no access)' or "
            "'(name not shared)' otherwise",
        ),
        Column("lead_professional", "text", "the lead professional's name"),
        Column("tier", "integer", "tier 1 (universal) to 4 (complex)", "tier"),
        Column(
            "status",
            "enum",
            "referred, open, stepped_up or closed",
            values=("referred", "open", "stepped_up", "closed"),
        ),
        Column("next_review_due", "date", "the next review"),
        Column("last_contact", "date", "the last contact"),
        Column("members", "integer", "people in the family file", "people"),
    ),
    "One row per family.",
)
CSV_EXPORTS = (COST_RETURN, CLAIMS, COHORT, AUDIT, CASELOAD)
_JSON_TYPES = {
    "text": {"type": "string"},
    "integer": {"type": "string", "pattern": r"^-?\d+$"},
    "number": {"type": "string", "pattern": r"^-?\d+(\.\d+)?$"},
    "date": {"type": "string", "format": "date"},
    "datetime": {"type": "string", "format": "date-time"},
}


def json_schema(export: CsvExport) -> dict[str, object]:
    """A JSON Schema for one parsed row (column name -> cell text; empty where optional)."""
    properties: dict[str, object] = {}
    for column in export.columns:
        kind = (
            {"type": "string", "enum": list(column.values)}
            if column.kind == "enum"
            else dict(_JSON_TYPES[column.kind])
        )
        if column.optional:
            kind = {"anyOf": [kind, {"const": ""}]}
        properties[column.name] = {
            **kind,
            "description": column.meaning + (f" ({column.unit})" if column.unit else ""),
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://familycase.invalid/schema/{export.output}.csv-row.json",
        "title": f"One row of {export.file}",
        "description": f"{export.about} Rows: {export.rows}",
        "type": "object",
        "properties": properties,
        "required": [c.name for c in export.columns],
        "additionalProperties": False,
        "x-column-order": [c.name for c in export.columns],
    }


def markdown() -> str:
    lines = [
        "# Data dictionary of the exports",
        "",
        "Made by `python -m familycase.reports.dictionary docs` from",
        "`src/familycase/reports/dictionary.py`; do not edit by hand.",
        "",
        "Every CSV is UTF-8 with a byte order mark, CRLF line endings, comma-separated, quoted",
        "where needed (RFC 4180). Numbers are plain decimals (money in pounds to the penny, no £",
        "sign; ratios as the x of 1:x), dates ISO 8601. Text that a spreadsheet would read as a",
        "formula (starting with = + - @, a tab or a carriage return) starts with an apostrophe.",
        "Each CSV has a JSON Schema of one row in `docs/schemas/`.",
        "",
        "XLSX files (the cost-saving return, the service report) hold the same figures: money as",
        "exact numbers shown to the penny (rounded once, by the cell format, so totals agree on",
        'every sheet), ratios as numbers shown `"1:"0.0`, and every formula with its value',
        "saved beside it. Their sheets are listed in docs/reporting.md.",
        "",
    ]
    for export in CSV_EXPORTS:
        lines += [
            f"## {export.file} (`{export.output}`)",
            "",
            export.about,
            "",
            f"Rows: {export.rows}",
            "",
            "| column | type | unit | meaning |",
            "| --- | --- | --- | --- |",
        ]
        for c in export.columns:
            kind = c.kind + (f" ({', '.join(c.values)})" if c.values else "")
            lines.append(f"| `{c.name}` | {kind} | {c.unit} | {c.meaning} |")
        lines.append("")
    return "\n".join(lines)


def write_docs(root: Path) -> None:
    (root / "docs" / "data-dictionary.md").write_text(markdown())
    folder = root / "docs" / "schemas"
    folder.mkdir(exist_ok=True)
    for export in CSV_EXPORTS:
        (folder / f"{export.output}.csv-row.schema.json").write_text(
            json.dumps(json_schema(export), indent=2) + "\n"
        )


if __name__ == "__main__":  # pragma: no cover
    write_docs(Path(sys.argv[2]) if len(sys.argv) > 2 else Path.cwd())
