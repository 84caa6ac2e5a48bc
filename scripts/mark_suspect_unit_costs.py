"""Mark the suspect entries of the shipped GMCA extract with the library check's reasons.

    .venv/bin/python scripts/mark_suspect_unit_costs.py [--check]

Reads src/familycase/costs_data/gmca-unit-cost-database-v1.4.json, runs the library check
(familycase.domain.costs.audit) on the values as they are, and writes a ``suspect`` field with
the reason into each flagged entry (and removes it from any entry no longer flagged). Values are
never changed. With --check, writes nothing and exits 1 if the file is out of date.
tests/test_costs_library_check.py fails when the shipped marks and the check disagree.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from familycase.domain.costs.audit import audit_library
from familycase.domain.costs.library import parse_gmca_database

SHIPPED = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "familycase"
    / "costs_data"
    / "gmca-unit-cost-database-v1.4.json"
)


def marked(text: str) -> str:
    """The file's text with every ``suspect`` field as the check finds it now."""
    raw = json.loads(text)
    for category in raw["categories"].values():
        for entry in category["entries"]:
            entry.pop("suspect", None)
    audit = audit_library(parse_gmca_database(raw).entries)
    for category in raw["categories"].values():
        for entry in category["entries"]:
            if entry["code"] in audit.suspect:
                entry["suspect"] = audit.reason(entry["code"])
    # The layout of the extract as shipped (one-space indent, ASCII escapes).
    return json.dumps(raw, indent=1)


def main(argv: list[str]) -> int:
    text = SHIPPED.read_text(encoding="utf-8")
    new = marked(text)
    if "--check" in argv:
        if new != text:
            print(f"{SHIPPED} is out of date with the library check", file=sys.stderr)
            return 1
        return 0
    SHIPPED.write_text(new, encoding="utf-8")
    flagged = new.count('"suspect":')
    print(f"Marked {flagged} suspect entries in {SHIPPED.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
