"""The data dictionary and the CSV JSON Schemas stay true: every CSV writer's header is the
dictionary's columns in order, every cell of real exports fits its column's schema, and the
files in docs/ are what the dictionary makes."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from backends import file_vault_only  # noqa: F401  (pure: one backend is enough)
from familycase.reports import audit_csv, claims_csv, cohort_csv, cost_return_csv, dictionary
from familycase.services import audit_log
from test_cost_returns import two_families  # noqa: F401  (the fixture)

DOCS = Path(__file__).parents[1] / "docs"


def _fits(schema: dict, value: str) -> bool:
    if "anyOf" in schema:
        return any(_fits(s, value) for s in schema["anyOf"])
    if "const" in schema:
        return value == schema["const"]
    if "enum" in schema and value not in schema["enum"]:
        return False
    if "pattern" in schema and not re.match(schema["pattern"], value):
        return False
    if schema.get("format") == "date":
        date.fromisoformat(value)
    if schema.get("format") == "date-time":
        datetime.fromisoformat(value)
    return True


def check_rows(export: dictionary.CsvExport, text: str) -> int:
    schema = dictionary.json_schema(export)
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    for row in rows:
        assert list(row) == schema["x-column-order"]
        for column, value in row.items():
            assert _fits(schema["properties"][column], value), (export.output, column, value)
    return len(rows)


def test_every_csv_header_is_the_dictionary():
    assert [c.name for c in dictionary.COST_RETURN.columns] == cost_return_csv.COLUMNS
    assert [c.name for c in dictionary.CLAIMS.columns] == claims_csv.COLUMNS
    assert [c.name for c in dictionary.COHORT.columns] == cohort_csv.COLUMNS
    assert [c.name for c in dictionary.AUDIT.columns] == audit_csv.COLUMNS


def test_the_docs_are_what_the_dictionary_makes():
    assert (DOCS / "data-dictionary.md").read_text() == dictionary.markdown()
    for export in dictionary.CSV_EXPORTS:
        published = DOCS / "schemas" / f"{export.output}.csv-row.schema.json"
        assert json.loads(published.read_text()) == dictionary.json_schema(export), (
            "regenerate with 'python -m familycase.reports.dictionary docs .'"
        )


@pytest.mark.usefixtures("two_families")
def test_real_exports_fit_their_schemas(team, two_families):  # noqa: F811
    from familycase.services import claims, cohort, costs

    lead, params = two_families
    ret = costs.cohort_return(lead, params)
    assert check_rows(dictionary.COST_RETURN, cost_return_csv.cost_return_csv(ret)) > 10
    assert check_rows(dictionary.CLAIMS, claims_csv.claims_csv(claims.claims_report(lead))) == 2
    check_rows(dictionary.COHORT, cohort_csv.cohort_csv(cohort.cohort_report(lead)))
    assert check_rows(dictionary.AUDIT, audit_csv.audit_csv(audit_log.query_audit(lead))) > 10
