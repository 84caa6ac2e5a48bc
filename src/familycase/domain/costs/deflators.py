"""GDP deflator tables and uprating a cost from its price year to the reporting year.

uprated value = value x index[reporting year] / index[price year]

The table is data, not code: the shipped default lives in ``familycase.costs_data`` and a scenario
(or later, the vault) can supply its own.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from familycase.domain.costs.money import ONE, Factor, FinancialYear, financial_year_start
from familycase.domain.errors import DomainValidationError, FieldProblem


class DeflatorTable(BaseModel):
    """A price index by financial year (any base year: only ratios are used)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, title="Name", description="the group's or case's name")
    basis: str = Field(
        default="", title="Basis", description="e.g. 'financial years, 2023-24 = 100'"
    )
    source: str = Field(default="", title="Source", description="where the figures come from")
    verified: bool = Field(
        default=False,
        title="Checked against the published source",
        description="True only when every figure was copied from the named source and checked.",
    )
    vintage: str = Field(
        default="",
        max_length=1000,
        title="Vintage",
        description="Which release the figures come from (e.g. 'HM Treasury, December 2025 "
        "Quarterly National Accounts'), or why there is none.",
    )
    note: str = Field(default="", title="Note", description="anything a reader should know")
    queries: dict[FinancialYear, str] = Field(
        default_factory=dict,
        title="Queried years",
        description="Years whose index is in doubt, with the reason; a result that uprates "
        "from or to one of them says so in its warnings.",
    )
    index: dict[FinancialYear, Decimal] = Field(
        min_length=1,
        title="Index by financial year",
        description="the price index for each financial year (any base year)",
    )

    @field_validator("index")
    @classmethod
    def _positive(cls, value: dict[str, Decimal]) -> dict[str, Decimal]:
        for year, number in value.items():
            if not number.is_finite() or number <= 0:
                raise ValueError(f"the index for {year} must be a number above zero.")
        return value

    def years(self) -> list[str]:
        return sorted(self.index, key=financial_year_start)

    def coverage(self) -> str:
        years = self.years()
        return f"{years[0]} to {years[-1]}"

    def factor(self, from_year: str, to_year: str, *, from_field: str, to_field: str) -> Decimal:
        """index[to_year] / index[from_year]; a missing year is a problem with its field."""
        if from_year == to_year:
            return ONE
        for year, field in ((from_year, from_field), (to_year, to_field)):
            if year not in self.index:
                raise DomainValidationError(
                    [
                        FieldProblem(
                            field,
                            f"the deflator table '{self.name}' has no index for {year} "
                            f"(it covers {self.coverage()}).",
                        )
                    ]
                )
        return self.index[to_year] / self.index[from_year]


class Uprating(BaseModel):
    """How one value was moved to the reporting year's prices (kept for the audit trail)."""

    from_price_year: str = Field(description="the value's own price year")
    to_price_year: str = Field(description="the reporting price year")
    from_index: Factor | None = Field(description="index of the own year (null if the same)")
    to_index: Factor | None = Field(description="index of the reporting year (null if the same)")
    factor: Factor = Field(description="to_index / from_index (1 if the same year)")


def uprate(
    value: Decimal,
    from_year: str,
    to_year: str,
    table: DeflatorTable,
    *,
    field: str,
    to_field: str = "Reporting price year",
    shared: dict[tuple[str, str], Uprating] | None = None,
) -> tuple[Decimal, Uprating]:
    """value x index[to_year] / index[from_year], with the working kept for the result. With
    ``shared`` (one dict per table and run), values moved between the same two years share one
    ``Uprating`` (it does not depend on the value)."""
    working = shared.get((from_year, to_year)) if shared is not None else None
    if working is None:
        factor = table.factor(from_year, to_year, from_field=field, to_field=to_field)
        same = from_year == to_year
        working = Uprating(
            from_price_year=from_year,
            to_price_year=to_year,
            from_index=None if same else table.index[from_year],
            to_index=None if same else table.index[to_year],
            factor=factor,
        )
        if shared is not None:
            shared[(from_year, to_year)] = working
    # Multiply before dividing, so 900 x 100 / 90 is exactly 1000.
    same = from_year == to_year
    uprated = value if same else value * table.index[to_year] / table.index[from_year]
    return uprated, working
