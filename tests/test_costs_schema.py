"""The published JSON Schemas of a scenario and of a result are the ones the models generate,
and every field in them is documented."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from familycase.domain.costs import CostBenefitResult, Scenario
from familycase.domain.costs.scenario import FORMAT_1, FORMAT_2

DOCS = Path(__file__).parents[1] / "docs"
DATA = Path(__file__).parent / "data" / "costs"


def _schema(result: bool) -> dict:
    if result:
        return CostBenefitResult.model_json_schema(mode="serialization")
    return Scenario.model_json_schema()


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FAMILYCASE_")}
    return subprocess.run(
        [sys.executable, "-m", "familycase", "costs", "schema", *args],
        env=env,
        text=True,
        capture_output=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("name", "result", "command"),
    [
        ("costs-scenario.schema.json", False, "familycase costs schema"),
        ("costs-result.schema.json", True, "familycase costs schema --result"),
    ],
)
def test_docs_schemas_are_generated_from_the_models(name, result, command):
    published = json.loads((DOCS / name).read_text(encoding="utf-8"))
    assert published == _schema(result), (
        f"docs/{name} is out of date: regenerate it with '{command} > docs/{name}'"
    )


def test_schema_command_prints_the_same_schemas():
    for args, result in (((), False), (("--result",), True)):
        done = _run(*args)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == _schema(result)


def _undocumented(schema: dict) -> list[str]:
    """Every property, in every model, that has neither a description nor a title-only
    reference to a documented model."""
    missing = []
    for model_name, model in {"(root)": schema, **schema.get("$defs", {})}.items():
        for prop, spec in model.get("properties", {}).items():
            if "description" in spec:
                continue
            # a property that is just a documented model is documented by that model
            refs = [spec.get("$ref")] + [s.get("$ref") for s in spec.get("anyOf", [])]
            targets = [r.split("/")[-1] for r in refs if r]
            if targets and all(schema["$defs"][t].get("description") for t in targets):
                continue
            missing.append(f"{model_name}.{prop}")
    return missing


def test_every_result_field_is_documented():
    assert _undocumented(_schema(result=True)) == []


def test_every_scenario_field_is_documented():
    assert _undocumented(_schema(result=False)) == []


def test_every_scenario_file_names_its_format():
    formats = {}
    for path in DATA.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        formats[path.name] = data["format"]
        assert data["format"] in (FORMAT_1, FORMAT_2), path.name
    assert FORMAT_1 in formats.values() and FORMAT_2 in formats.values()
