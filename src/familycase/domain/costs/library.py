"""The unit cost library: published unit costs, each with its code, unit, agency and price year.

This module only interprets data it is given (no file access): ``familycase.costs_data`` reads the
shipped copy of the Greater Manchester (New Economy) unit cost database and passes it here.
Later, a team's own local unit costs (kept in the vault) join the same library.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from familycase.domain.costs.money import Amount, FinancialYear, find_financial_year

GMCA_LIBRARY_NAME = "the GMCA unit cost database v1.4"


class UnitCost(BaseModel):
    """One published unit cost, as its source gives it. Figures are facts: cite code and year."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(min_length=1, title="Code")
    description: str = Field(title="Description")
    unit: str = Field(title="Unit")
    value: Amount = Field(title="Value (£)")
    agency: str = Field(title="Agency that bears the cost")
    agency_detail: str | None = Field(default=None, title="Part of the agency")
    category: str = Field(default="", title="Category")
    detail: str = Field(default="", title="Detail")
    price_year: FinancialYear | None = Field(default=None, title="Price year")
    price_year_as_published: str | None = Field(default=None, title="Price year as published")
    price_year_problem: str | None = Field(
        default=None,
        title="Why the price year is missing",
        description="Set when the published price year could not be read; never guessed.",
    )
    source: str = Field(title="Source")
    suspect: str | None = Field(
        default=None,
        title="Why the value is suspect",
        description="Set when the library check (familycase costs library-check) found the "
        "value out of line with its peers: the reason, in words. The value itself is never "
        "changed or guessed; a suspect entry cannot be used unless a local unit cost with the "
        "same code replaces it.",
    )
    replaces: str | None = Field(
        default=None,
        title="Replaces a suspect entry",
        description="For a local unit cost that takes the code of a suspect library entry: "
        "the suspect entry's citation, kept for the record.",
    )

    def citation(self) -> str:
        year = self.price_year or "price year not stated"
        return f"{self.source}, {self.code} ({year} prices)"


class UnitCostLibrary:
    """Look-up by code and search by text over a set of unit costs."""

    def __init__(self, entries: Iterable[UnitCost], *, name: str, source: str) -> None:
        self.name = name
        self.source = source
        self._by_code: dict[str, UnitCost] = {}
        for entry in entries:
            key = entry.code.strip().upper()
            if key in self._by_code:
                raise ValueError(f"unit cost code {entry.code} appears twice in {name}")
            self._by_code[key] = entry

    def __len__(self) -> int:
        return len(self._by_code)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code.strip().upper() in self._by_code

    @property
    def entries(self) -> list[UnitCost]:
        return list(self._by_code.values())

    def get(self, code: str) -> UnitCost | None:
        return self._by_code.get(code.strip().upper())

    def without_price_year(self) -> list[UnitCost]:
        """Entries whose price year could not be read: flagged, not guessed."""
        return [e for e in self._by_code.values() if e.price_year is None]

    def suspect(self) -> list[UnitCost]:
        """Entries marked as suspect values (never used unless replaced by a local cost)."""
        return [e for e in self._by_code.values() if e.suspect is not None]

    def with_replacements(
        self, local: Iterable[UnitCost], *, name: str | None = None
    ) -> UnitCostLibrary:
        """This library plus local unit costs.

        A local cost may take the code of a *suspect* entry, which it then replaces (the
        suspect entry's citation is kept in ``replaces``); any other clash with a code already
        in the library is refused, so a published figure is never silently overridden.
        """
        entries = dict(self._by_code)
        for cost in local:
            key = cost.code.strip().upper()
            existing = entries.get(key)
            if existing is not None:
                if existing.suspect is None:
                    raise ValueError(
                        f"{cost.code} is already in {self.name} and is not marked as suspect; "
                        "choose another code for a local unit cost."
                    )
                cost = cost.model_copy(update={"replaces": existing.citation()})
            entries[key] = cost
        return UnitCostLibrary(entries.values(), name=name or self.name, source=self.source)

    def search(self, text: str, *, limit: int | None = None) -> list[UnitCost]:
        """Entries whose code, description, unit, agency or category contain every word."""
        words = [w for w in re.split(r"\s+", text.casefold().strip()) if w]
        if not words:
            return []
        found = []
        for entry in self._by_code.values():
            haystack = " ".join(
                part
                for part in (
                    entry.code,
                    entry.description,
                    entry.unit,
                    entry.agency,
                    entry.agency_detail or "",
                    entry.category,
                    entry.detail,
                )
            ).casefold()
            if all(word in haystack for word in words):
                found.append(entry)
        return found[:limit] if limit is not None else found


def _text(value: object) -> str:
    return str(value).strip() if value is not None else ""


def parse_gmca_database(raw: Mapping[str, object]) -> UnitCostLibrary:
    """Read the GMCA (New Economy) unit cost database v1.4 as extracted to JSON.

    Each entry keeps its code, description, unit, value, agency and source; the price year is
    read from ``source_detail`` ("2002/03" -> 2002-03). An entry whose year cannot be read keeps
    ``price_year`` empty and says why in ``price_year_problem``. An entry carrying a ``suspect``
    reason (written by ``scripts/mark_suspect_unit_costs.py`` from the library check) keeps it.
    """
    source = _text(raw.get("source")) or "GMCA Unit Cost Database v1.4"
    categories = raw.get("categories")
    if not isinstance(categories, Mapping):
        raise ValueError("the unit cost database has no categories")
    entries: list[UnitCost] = []
    for category in categories.values():
        if not isinstance(category, Mapping):
            raise ValueError("the unit cost database has a category that is not a table")
        for item in category.get("entries", []):  # type: ignore[union-attr]
            published = item.get("source_detail")
            year = find_financial_year(published if isinstance(published, str) else None)
            problem = (
                None
                if year
                else (
                    f"the source gives '{published}', which is not one financial year"
                    if published
                    else "the source gives no price year"
                )
            )
            suspect = item.get("suspect")
            entries.append(
                UnitCost(
                    code=_text(item["code"]),
                    description=_text(item.get("description")),
                    unit=_text(item.get("unit")),
                    value=Decimal(repr(item["cost_gbp"]))
                    if isinstance(item["cost_gbp"], float)
                    else item["cost_gbp"],
                    agency=_text(item.get("agency")) or "Not stated",
                    agency_detail=_text(item.get("agency_detail")) or None,
                    category=_text(item.get("category")),
                    detail=_text(item.get("detail")),
                    price_year=year,
                    price_year_as_published=_text(published) or None,
                    price_year_problem=problem,
                    source=source,
                    suspect=_text(suspect) or None,
                )
            )
    declared = raw.get("total_entries")
    if isinstance(declared, int) and declared != len(entries):
        raise ValueError(
            f"the unit cost database says it has {declared} entries but {len(entries)} were read"
        )
    return UnitCostLibrary(entries, name=GMCA_LIBRARY_NAME, source=source)
