"""Data shipped with FamilyCase for costing, and the functions that read it.

- ``gmca-unit-cost-database-v1.4.json``: the Greater Manchester Combined Authority (New Economy)
  Unit Cost Database v1.4, 674 entries, as extracted to JSON (code, description, unit, value,
  agency, price year in ``source_detail``). Figures are facts: results cite code and price year.
- ``gdp-deflators.json``: the default deflator table (editable data). It is an approximation,
  marked ``"verified": false``; see its note and docs/costs.md before quoting uprated figures.

The domain (``familycase.domain.costs``) does no I/O; this module reads the files and hands
their contents to it.
"""

from __future__ import annotations

import json
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path

from familycase.domain.costs.deflators import DeflatorTable
from familycase.domain.costs.library import UnitCostLibrary, parse_gmca_database
from familycase.domain.costs.validation import validated

GMCA_FILE = "gmca-unit-cost-database-v1.4.json"
DEFLATOR_FILE = "gdp-deflators.json"


def _read_json(text: str) -> object:
    # Decimals, not floats: £0.10 stays £0.10.
    return json.loads(text, parse_float=Decimal)


def _shipped(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def unit_cost_library() -> UnitCostLibrary:
    """The shipped GMCA unit cost library (read once)."""
    raw = json.loads(_shipped(GMCA_FILE))  # floats here; the parser keeps their written digits
    return parse_gmca_database(raw)


def default_deflators() -> DeflatorTable:
    """The shipped default deflator table."""
    return validated(DeflatorTable, _read_json(_shipped(DEFLATOR_FILE)))


def read_deflators(path: Path) -> DeflatorTable:
    """A deflator table from a JSON file laid out like the shipped one."""
    return validated(DeflatorTable, _read_json(path.read_text(encoding="utf-8")))


def read_json_file(path: Path) -> object:
    """A JSON document with every non-integer number read as a Decimal."""
    return _read_json(path.read_text(encoding="utf-8"))
