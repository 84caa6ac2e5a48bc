"""The published JSON Schema of a scenario is the one the models generate."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from familycase.domain.costs import Scenario

DOCS = Path(__file__).parents[1] / "docs"
DATA = Path(__file__).parent / "data" / "costs"


def test_docs_schema_is_generated_from_the_model():
    published = json.loads((DOCS / "costs-scenario.schema.json").read_text(encoding="utf-8"))
    assert published == Scenario.model_json_schema(), (
        "docs/costs-scenario.schema.json is out of date: regenerate it with "
        "'familycase costs schema > docs/costs-scenario.schema.json'"
    )


def test_schema_command_prints_the_same_schema():
    env = {k: v for k, v in os.environ.items() if not k.startswith("FAMILYCASE_")}
    result = subprocess.run(
        [sys.executable, "-m", "familycase", "costs", "schema"],
        env=env,
        text=True,
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == Scenario.model_json_schema()


def test_every_scenario_file_names_the_format():
    for path in DATA.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["format"] == "familycase.costs-scenario/1", path.name
