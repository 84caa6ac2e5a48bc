"""Prevented costs in the vault: the unit cost library, deflators, per-family cost records and
the cost-saving return.

Organisation data (local unit costs, the deflator table) is plaintext: it is not about anyone.
Per-family records (prevented-cost lines, baseline service use, realised outcomes, intervention
costs) are sealed with the family's key like every other record; only a status, a date and an
outcome area are plaintext, so lists and period filters need no decryption. Building a return
therefore needs the families' keys: a team leader (who holds the team's keys) can build the
team's return; a manager or administrator holds no family keys and gets an empty return with
every family listed as skipped (least privilege, see docs/architecture.md).

Every figure goes through the same engine as ``familycase costs evaluate``
(``domain.costs.engine.evaluate``): a family's stored lines become a ``Scenario``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from familycase import costs_data
from familycase.domain.consent import InfoCategory
from familycase.domain.costs.deflators import DeflatorTable
from familycase.domain.costs.engine import CohortResult, LineFigures, evaluate, evaluate_cohort
from familycase.domain.costs.flows import suspect_message
from familycase.domain.costs.library import UnitCost, UnitCostLibrary
from familycase.domain.costs.money import (
    ZERO,
    Amount,
    FinancialYear,
    format_financial_year,
    normalise_financial_year,
    too_large,
)
from familycase.domain.costs.result import CostBenefitResult
from familycase.domain.costs.scenario import (
    CostBasis,
    InterventionCost,
    Parameters,
    PreventedCostLine,
    Scenario,
    UnitCostChoice,
)
from familycase.domain.enums import Role
from familycase.domain.errors import DomainValidationError, validated
from familycase.domain.instruments import OutcomeArea
from familycase.services import reporting
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now, today
from familycase.services.errors import (
    Cancelled,
    InvalidRequest,
    PermissionDenied,
    UnknownRecord,
)
from familycase.services.gc_pause import gc_paused
from familycase.services.records import (
    family_row,
    record_in_family,
    seal_row,
    touch,
    unseal_row,
)
from familycase.services.summaries import family_allows
from familycase.services.vault import UserSession, Vault, new_id
from familycase.store.schema import (
    BaselineServiceUseRow,
    DeflatorTableRow,
    FamilyRow,
    InterventionCostRow,
    LocalUnitCostRow,
    PreventedCostRow,
    RealisedOutcomeRow,
    TeamRow,
)

LOCAL_SOURCE_PREFIX = "Local unit cost"
LIBRARY_ROLES = (Role.ADMINISTRATOR, Role.MANAGER)
Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


def financial_year_of(day: date) -> str:
    """The UK financial year (April to March) a day falls in: 2025-26 for 1 April 2025."""
    return format_financial_year(day.year if day.month >= 4 else day.year - 1)


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


# --- organisation data: local unit costs and the deflator table ---------------------------------


class LocalUnitCost(_Record):
    """A unit cost the organisation uses that is not in the GMCA database."""

    code: str = Field(
        min_length=1,
        max_length=20,
        pattern=r"^[A-Za-z0-9.&_-]+$",
        title="Code",
        description="Your own code, or the code of a GMCA entry marked as suspect, which this "
        "local cost then replaces (after checking the published figure).",
    )
    description: str = Field(min_length=1, max_length=500, title="Description")
    unit: str = Field(min_length=1, max_length=100, title="Unit")
    value: Amount = Field(title="Value (£)")
    agency: str = Field(min_length=1, max_length=200, title="Agency that bears the cost")
    price_year: FinancialYear = Field(title="Price year")
    source: str = Field(min_length=1, max_length=2000, title="Source")
    category: str = Field(default="", max_length=200, title="Category")


@dataclass(frozen=True)
class LocalUnitCostView:
    cost: LocalUnitCost
    added_by: str
    added_at: datetime
    updated_at: datetime


def _require_library_role(us: UserSession, what: str) -> None:
    if us.worker.role not in LIBRARY_ROLES:
        raise PermissionDenied(f"Only an administrator or a manager can {what}.")


def _local_row_to_model(row: LocalUnitCostRow) -> LocalUnitCost:
    return LocalUnitCost(
        code=row.code,
        description=row.description,
        unit=row.unit,
        value=Decimal(row.value),
        agency=row.agency,
        price_year=row.price_year,
        source=row.source,
        category=row.category or "",
    )


def _fill_local_row(row: LocalUnitCostRow, cost: LocalUnitCost) -> None:
    row.code = cost.code.upper()
    row.description = cost.description
    row.unit = cost.unit
    row.value = str(cost.value)
    row.agency = cost.agency
    row.price_year = cost.price_year
    row.source = cost.source
    row.category = cost.category
    row.updated_at = now()


def local_unit_costs(vault: Vault) -> list[LocalUnitCostView]:
    with Session(vault.engine) as s:
        rows = s.scalars(select(LocalUnitCostRow).order_by(LocalUnitCostRow.code)).all()
        return [
            LocalUnitCostView(_local_row_to_model(r), r.added_by, r.added_at, r.updated_at)
            for r in rows
        ]


def _check_gmca_clash(code: str) -> UnitCost | None:
    """The suspect GMCA entry a local cost with this code replaces; other GMCA codes refused."""
    entry = costs_data.unit_cost_library().get(code)
    if entry is None:
        return None
    if entry.suspect is None:
        raise InvalidRequest(
            f"{code} is a GMCA code (and its value is not suspect); choose another code for a "
            "local cost."
        )
    return entry


def add_local_unit_cost(us: UserSession, cost: LocalUnitCost) -> LocalUnitCost:
    """Add a local unit cost. With the code of a suspect GMCA entry, it replaces that entry in
    every scenario and return (the audit log records which entry it replaces)."""
    _require_library_role(us, "add local unit costs")
    cost = validated(LocalUnitCost, cost.model_dump())
    replaces = _check_gmca_clash(cost.code.upper())
    with us.write() as s:
        if s.scalar(select(LocalUnitCostRow.id).where(LocalUnitCostRow.code == cost.code.upper())):
            raise InvalidRequest(f"There is already a local unit cost with the code {cost.code}.")
        row = LocalUnitCostRow(id=new_id(), added_by=us.worker.id, added_at=now())
        _fill_local_row(row, cost)
        s.add(row)
        detail = cost.model_dump(mode="json")
        if replaces is not None:
            detail["replaces_suspect"] = replaces.citation()
        us.audit(s, AuditEvent(Action.CREATE, "unit_cost", row.id, detail))
    return _local_row_to_model(row)


def _local_row(s: Session, code: str) -> LocalUnitCostRow:
    row = s.scalar(select(LocalUnitCostRow).where(LocalUnitCostRow.code == code.strip().upper()))
    if row is None:
        raise UnknownRecord(f"There is no local unit cost with the code {code}.")
    return row


def edit_local_unit_cost(us: UserSession, code: str, cost: LocalUnitCost) -> LocalUnitCost:
    """Change a local unit cost. Lines already recorded keep the figures they were given."""
    _require_library_role(us, "edit local unit costs")
    cost = validated(LocalUnitCost, cost.model_dump())
    with us.write() as s:
        row = _local_row(s, code)
        if cost.code.upper() != row.code:
            raise InvalidRequest("A local unit cost's code cannot be changed; add a new one.")
        before = _local_row_to_model(row).model_dump(mode="json")
        _fill_local_row(row, cost)
        us.audit(
            s,
            AuditEvent(
                Action.EDIT,
                "unit_cost",
                row.id,
                {"before": before, "after": cost.model_dump(mode="json")},
            ),
        )
    return cost


def remove_local_unit_cost(us: UserSession, code: str) -> None:
    _require_library_role(us, "remove local unit costs")
    with us.write() as s:
        row = _local_row(s, code)
        us.audit(s, AuditEvent(Action.DELETE, "unit_cost", row.id, {"code": row.code}))
        s.delete(row)


def _as_unit_cost(cost: LocalUnitCost, organisation: str) -> UnitCost:
    return UnitCost(
        code=cost.code.upper(),
        description=cost.description,
        unit=cost.unit,
        value=cost.value,
        agency=cost.agency,
        category=cost.category or "Local",
        price_year=cost.price_year,
        price_year_as_published=cost.price_year,
        source=f"{LOCAL_SOURCE_PREFIX} ({organisation}): {cost.source}",
    )


def combined_library(vault: Vault) -> UnitCostLibrary:
    """The GMCA library with the organisation's local unit costs added (a local cost with the
    code of a suspect GMCA entry replaces it)."""
    gmca = costs_data.unit_cost_library()
    local = [_as_unit_cost(v.cost, vault.organisation()) for v in local_unit_costs(vault)]
    return gmca.with_replacements(local, name=f"{gmca.name} and {len(local)} local unit cost(s)")


def current_deflators(vault: Vault) -> DeflatorTable:
    """The deflator table in use: the newest one saved in the vault, else the shipped default."""
    with Session(vault.engine) as s:
        row = s.scalar(select(DeflatorTableRow).order_by(DeflatorTableRow.changed_at.desc()))
    if row is None:
        return costs_data.default_deflators()
    return validated(DeflatorTable, json.loads(row.definition, parse_float=Decimal))


def deflators_in_vault(vault: Vault) -> bool:
    with Session(vault.engine) as s:
        return s.scalar(select(DeflatorTableRow.id).limit(1)) is not None


def set_deflators(us: UserSession, table: DeflatorTable) -> DeflatorTable:
    """Replace the deflator table in use (earlier tables are kept for the record)."""
    _require_library_role(us, "change the deflator table")
    table = validated(DeflatorTable, json.loads(table.model_dump_json(), parse_float=Decimal))
    with us.write() as s:
        row = DeflatorTableRow(
            id=new_id(),
            name=table.name,
            definition=table.model_dump_json(),
            changed_by=us.worker.id,
            changed_at=now(),
        )
        s.add(row)
        us.audit(
            s,
            AuditEvent(
                Action.EDIT,
                "deflator_table",
                row.id,
                {"name": table.name, "verified": table.verified, "coverage": table.coverage()},
            ),
        )
    return table


def set_deflator_index(us: UserSession, year: str, index: Decimal) -> DeflatorTable:
    """Change (or add) one year's index in the current table."""
    table = current_deflators(us.vault)
    data = json.loads(table.model_dump_json(), parse_float=Decimal)
    data["index"][year] = str(index)
    data["verified"] = False
    data["note"] = (data.get("note", "") + f" {year} set by {us.worker.display_name}.").strip()
    return set_deflators(us, validated(DeflatorTable, data))


# --- per-family records -------------------------------------------------------------------------


class PreventedCostStatus(StrEnum):
    PROPOSED = "proposed"  # recorded by the key worker
    AGREED = "agreed"  # checked and agreed (e.g. at closure review or supervision)
    WITHDRAWN = "withdrawn"  # kept on record, never counted


class PreventedCostRecord(_Record):
    """One prevented-cost line as kept for a family (sealed). ``line`` is the engine's model."""

    line: PreventedCostLine
    status: PreventedCostStatus = PreventedCostStatus.PROPOSED
    outcome_area: OutcomeArea | None = Field(default=None, title="Outcome area")
    local_unit_cost_code: str | None = Field(
        default=None,
        title="Local unit cost",
        description="When set, the line's unit cost is copied from this local unit cost when "
        "it is recorded (later edits to the local cost do not change recorded lines).",
    )


class BaselineItem(_Record):
    service: str = Field(min_length=1, max_length=300, title="Service used")
    quantity: Amount = Field(title="How many")
    unit: str = Field(default="", max_length=100, title="Unit")
    gmca_code: str | None = Field(default=None, max_length=20, title="Unit cost code")
    agency: str = Field(default="", max_length=200, title="Agency")
    note: str = Field(default="", max_length=2000, title="Note")


class BaselineServiceUse(_Record):
    """What services the family used before the work started (e.g. the six months before)."""

    period_start: date = Field(title="From")
    period_end: date = Field(title="To")
    items: list[BaselineItem] = Field(default_factory=list, title="Services used")
    source: str = Field(default="", max_length=2000, title="Where the figures come from")

    @model_validator(mode="after")
    def _ordered(self) -> BaselineServiceUse:
        if self.period_end < self.period_start:
            raise ValueError("The baseline period must end on or after the day it starts.")
        return self


class RealisedOutcome(_Record):
    """An outcome achieved for an identified need."""

    outcome_area: OutcomeArea = Field(title="Outcome area")
    need: str = Field(default="", max_length=1000, title="The need it answers")
    what_changed: str = Field(min_length=1, max_length=2000, title="What changed")
    positive: bool = Field(default=True, title="A positive outcome")
    achieved_on: date = Field(title="Achieved on")
    last_confirmed_on: date | None = Field(
        default=None, title="Last confirmed as still held on", description="For sustainment."
    )
    evidence: str = Field(default="", max_length=2000, title="Evidence")
    member_id: str | None = Field(default=None, title="Who it is about")

    @model_validator(mode="after")
    def _ordered(self) -> RealisedOutcome:
        if self.last_confirmed_on is not None and self.last_confirmed_on < self.achieved_on:
            raise ValueError("An outcome cannot be confirmed before it was achieved.")
        return self


class InterventionCostKind(StrEnum):
    KEY_WORKER_TIME = "key_worker_time"
    FLEXIBLE_SPEND = "flexible_spend"
    PERSONAL_BUDGET = "personal_budget"
    COMMISSIONED_SERVICE = "commissioned_service"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class InterventionCostEntry(_Record):
    """One entry in the family's cost ledger: staff time (hours x rate) or money spent."""

    kind: InterventionCostKind = Field(title="Kind")
    spent_on: date = Field(title="Date")
    description: str = Field(min_length=1, max_length=500, title="What it paid for")
    amount: Amount | None = Field(default=None, title="Amount (£)")
    hours: Amount | None = Field(default=None, title="Hours")
    hourly_rate: Amount | None = Field(default=None, title="Hourly rate (£)")
    price_year: FinancialYear | None = Field(
        default=None,
        title="Price year",
        description="Defaults to the financial year it was spent in (money spent is in that "
        "year's prices).",
    )
    basis: CostBasis = Field(
        default=CostBasis.ACTUAL,
        title="Spent or estimated",
        description="actual (the default): money spent, no optimism bias; estimate: a planned "
        "or estimated cost, increased by the cost optimism bias in returns.",
    )
    agency: str = Field(default="", max_length=200, title="Agency paying")
    source: str = Field(default="", max_length=500, title="Source")

    @model_validator(mode="after")
    def _one_way(self) -> InterventionCostEntry:
        timed = self.hours is not None or self.hourly_rate is not None
        if (self.amount is None) == (not timed):
            raise ValueError("Give either an amount or the hours and the hourly rate.")
        if timed and (self.hours is None or self.hourly_rate is None):
            raise ValueError("Give both the hours and the hourly rate.")
        return self

    def total(self) -> Decimal:
        if self.amount is not None:
            return self.amount
        assert self.hours is not None and self.hourly_rate is not None
        return self.hours * self.hourly_rate


R = TypeVar("R", bound=BaseModel)


@dataclass(frozen=True)
class Stored(Generic[R]):
    """A decrypted per-family record with its row id."""

    id: str
    family_id: str
    record: R


@dataclass(frozen=True)
class _Kind:
    row: type
    model: type[BaseModel]
    what: str  # plain words for messages and the audit log
    plaintext: Callable[[Any], dict[str, object]]
    order: str


_PREVENTED = _Kind(
    PreventedCostRow,
    PreventedCostRecord,
    "prevented cost",
    lambda r: {
        "status": r.status.value,
        "assessed_on": r.line.assessed_on or today(),
        "outcome_area": r.outcome_area.value if r.outcome_area else None,
    },
    "assessed_on",
)
_BASELINE = _Kind(
    BaselineServiceUseRow,
    BaselineServiceUse,
    "baseline",
    lambda r: {"period_start": r.period_start, "period_end": r.period_end},
    "period_start",
)
_OUTCOME = _Kind(
    RealisedOutcomeRow,
    RealisedOutcome,
    "realised outcome",
    lambda r: {
        "outcome_area": r.outcome_area.value,
        "achieved_on": r.achieved_on,
        "last_confirmed_on": r.last_confirmed_on,
    },
    "achieved_on",
)
_SPEND = _Kind(
    InterventionCostRow,
    InterventionCostEntry,
    "intervention cost",
    lambda r: {"kind": r.kind.value, "spent_on": r.spent_on},
    "spent_on",
)


def _audit_type(kind: _Kind) -> str:
    return kind.what.replace(" ", "_")


def _save(
    us: UserSession, kind: _Kind, family_id: str, record: BaseModel, record_id: str | None
) -> str:
    us.family_key(family_id)
    record = validated(kind.model, record.model_dump())
    big = _too_large_fields(record.model_dump())
    if big:
        raise InvalidRequest(
            f"{', '.join(big)}: larger than any figure FamilyCase can count (a million "
            "million). Check the figure; nothing was saved."
        )
    with us.write() as s:
        family = family_row(s, family_id)
        if record_id is None:
            row = kind.row(id=new_id(), family_id=family_id)
            action = Action.CREATE
        else:
            row = record_in_family(s, kind.row, record_id, family_id, kind.what)
            action = Action.EDIT
        for column, value in kind.plaintext(record).items():
            setattr(row, column, value)
        row.recorded_by = us.worker.id
        row.updated_at = now()
        row.payload_ct = seal_row(us, record, row)
        if record_id is None:
            s.add(row)
        touch(family)
        us.audit(s, AuditEvent(action, _audit_type(kind), row.id, {"family": family_id}))
        return row.id


TOO_LARGE = (
    "a figure in its costs is larger than FamilyCase can count (a million million): correct "
    "it in the family's costs"
)


def _too_large_fields(data: object, path: str = "") -> list[str]:
    """The fields of a record (as ``model_dump`` gives it) holding a number too large to count."""
    if isinstance(data, Decimal):
        return [path.replace("_", " ").capitalize() or "A figure"] if too_large(data) else []
    if isinstance(data, dict):
        return [f for k, v in data.items() for f in _too_large_fields(v, str(k))]
    if isinstance(data, list):
        return [f for v in data for f in _too_large_fields(v, path)]
    return []


def _counts_too_large(fl: FamilyLines) -> bool:
    """A stored line or cost (recorded before the limit, or from a bundle) too large to count."""
    return any(
        too_large(line.quantity, line.duration, line.unit_cost.value) for line, _ in fl.lines
    ) or any(too_large(cost.amount, cost.quantity, cost.unit_rate) for cost, _ in fl.costs)


def _too_large_families(fls: list[FamilyLines]) -> list[str]:
    named = [f"{fl.reference}: {TOO_LARGE}" for fl in fls if _counts_too_large(fl)]
    return named or [f"the families together: {TOO_LARGE}"]


def _totals_too_large(result: CostBenefitResult) -> bool:
    """A cohort's totals too large to count: every family's figures are parts of them (no
    line is negative but a disbenefit), so a stored figure too large shows here, at the cost
    of a few comparisons rather than one per line."""
    summary, benefits, spent = result.summary, result.benefits, result.costs
    if summary is None or benefits is None or spent is None:
        return False
    return too_large(
        summary.total_benefit,
        summary.total_benefit_undiscounted,
        summary.total_cost,
        summary.total_cost_undiscounted,
        benefits.steps.gross,
        benefits.beyond_horizon,
        spent.in_reporting_prices,
        spent.beyond_horizon,
    )


def _remove(us: UserSession, kind: _Kind, family_id: str, record_id: str) -> None:
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        s.delete(record_in_family(s, kind.row, record_id, family_id, kind.what))
        touch(family)
        us.audit(s, AuditEvent(Action.DELETE, _audit_type(kind), record_id, {"family": family_id}))


def _list(us: UserSession, kind: _Kind, family_id: str) -> list[Stored[Any]]:
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        rows = s.scalars(
            select(kind.row)
            .where(kind.row.family_id == family_id)
            .order_by(getattr(kind.row, kind.order), kind.row.id)
        ).all()
        return [
            Stored(r.id, family_id, unseal_row(us, kind.model, r, family.reference)) for r in rows
        ]


def _resolve_local(vault: Vault, record: PreventedCostRecord) -> PreventedCostRecord:
    """Copy a local unit cost into the line; check a GMCA code exists."""
    line = record.line
    if record.local_unit_cost_code:
        with Session(vault.engine) as s:
            row = s.scalar(
                select(LocalUnitCostRow).where(
                    LocalUnitCostRow.code == record.local_unit_cost_code.strip().upper()
                )
            )
            if row is None:
                raise UnknownRecord(
                    f"There is no local unit cost with the code {record.local_unit_cost_code}."
                )
            local = _local_row_to_model(row)
        choice = UnitCostChoice(
            value=local.value,
            price_year=local.price_year,
            unit=local.unit,
            source=f"{LOCAL_SOURCE_PREFIX} {local.code} ({vault.organisation()}): {local.source}",
        )
        changes: dict[str, object] = {"unit_cost": choice}
        if line.agency is None and line.agency_split is None:
            changes["agency"] = local.agency
        line = line.model_copy(update=changes)
    elif line.unit_cost.gmca_code is not None:
        library = combined_library(vault)
        entry = library.get(line.unit_cost.gmca_code)
        if entry is None or entry.code.upper() not in costs_data.unit_cost_library():
            raise InvalidRequest(
                f"{line.unit_cost.gmca_code} is not in the GMCA unit cost library; for a local "
                "unit cost choose it by its local code."
            )
        if entry.suspect is not None:
            raise InvalidRequest(suspect_message(entry, library.name))
    return record.model_copy(update={"line": line})


def record_prevented_cost(
    us: UserSession, family_id: str, record: PreventedCostRecord, record_id: str | None = None
) -> str:
    """Record (or, with ``record_id``, replace) a prevented-cost line. Returns its id."""
    if record.status is PreventedCostStatus.AGREED and us.worker.role not in (
        Role.TEAM_LEADER,
        Role.ADMINISTRATOR,
        Role.MANAGER,
    ):
        raise PermissionDenied("Only a team leader can agree a prevented-cost line.")
    record = _resolve_local(us.vault, record)
    if not record.line.assessed_by:
        record = record.model_copy(
            update={"line": record.line.model_copy(update={"assessed_by": us.worker.display_name})}
        )
    return _save(us, _PREVENTED, family_id, record, record_id)


def remove_prevented_cost(us: UserSession, family_id: str, record_id: str) -> None:
    _remove(us, _PREVENTED, family_id, record_id)


def prevented_costs(us: UserSession, family_id: str) -> list[Stored[PreventedCostRecord]]:
    return _list(us, _PREVENTED, family_id)


def record_baseline(
    us: UserSession, family_id: str, baseline: BaselineServiceUse, record_id: str | None = None
) -> str:
    return _save(us, _BASELINE, family_id, baseline, record_id)


def remove_baseline(us: UserSession, family_id: str, record_id: str) -> None:
    _remove(us, _BASELINE, family_id, record_id)


def baselines(us: UserSession, family_id: str) -> list[Stored[BaselineServiceUse]]:
    return _list(us, _BASELINE, family_id)


def record_outcome(
    us: UserSession, family_id: str, outcome: RealisedOutcome, record_id: str | None = None
) -> str:
    return _save(us, _OUTCOME, family_id, outcome, record_id)


def remove_outcome(us: UserSession, family_id: str, record_id: str) -> None:
    _remove(us, _OUTCOME, family_id, record_id)


def realised_outcomes(us: UserSession, family_id: str) -> list[Stored[RealisedOutcome]]:
    return _list(us, _OUTCOME, family_id)


def record_intervention_cost(
    us: UserSession, family_id: str, entry: InterventionCostEntry, record_id: str | None = None
) -> str:
    return _save(us, _SPEND, family_id, entry, record_id)


def remove_intervention_cost(us: UserSession, family_id: str, record_id: str) -> None:
    _remove(us, _SPEND, family_id, record_id)


def intervention_costs(us: UserSession, family_id: str) -> list[Stored[InterventionCostEntry]]:
    return _list(us, _SPEND, family_id)


# --- scenarios and the cost-saving return -------------------------------------------------------


@dataclass(frozen=True)
class ReturnParameters:
    """What a return counts: lines assessed and money spent in the period, in which prices."""

    period_from: date
    period_to: date
    price_year: str | None = None  # default: the financial year the period ends in
    parameters: Parameters = field(default_factory=Parameters)
    statuses: tuple[PreventedCostStatus, ...] = (
        PreventedCostStatus.PROPOSED,
        PreventedCostStatus.AGREED,
    )

    def __post_init__(self) -> None:
        if self.period_to < self.period_from:
            raise InvalidRequest("The period must end on or after the day it starts.")
        if self.price_year is not None:
            try:
                normalised = normalise_financial_year(self.price_year)
            except ValueError:
                raise InvalidRequest(
                    f"Prices of year '{self.price_year}' is not a financial year such as 2025-26."
                ) from None
            object.__setattr__(self, "price_year", normalised)

    @property
    def reporting_year(self) -> str:
        return self.price_year or financial_year_of(self.period_to)

    def covers(self, day: date) -> bool:
        return self.period_from <= day <= self.period_to


@dataclass(frozen=True)
class FamilyLines:
    """A family's records counted in a return, before evaluation (no names)."""

    family_id: str
    reference: str
    lines: list[tuple[PreventedCostLine, OutcomeArea | None]]
    costs: list[tuple[InterventionCost, InterventionCostKind]]


def _family_lines(
    us: UserSession, s: Session, family: FamilyRow, params: ReturnParameters
) -> FamilyLines:
    wanted = {st.value for st in params.statuses}
    rows = s.scalars(
        select(PreventedCostRow)
        .where(
            PreventedCostRow.family_id == family.id,
            PreventedCostRow.assessed_on >= params.period_from,
            PreventedCostRow.assessed_on <= params.period_to,
            PreventedCostRow.status.in_(wanted),
        )
        .order_by(PreventedCostRow.assessed_on, PreventedCostRow.id)
    ).all()
    lines = []
    for n, row in enumerate(rows, start=1):
        record = unseal_row(us, PreventedCostRecord, row, family.reference)
        line = record.line.model_copy(update={"id": f"{family.reference}/{n}"})
        lines.append((line, record.outcome_area))
    spend_rows = s.scalars(
        select(InterventionCostRow)
        .where(
            InterventionCostRow.family_id == family.id,
            InterventionCostRow.spent_on >= params.period_from,
            InterventionCostRow.spent_on <= params.period_to,
        )
        .order_by(InterventionCostRow.spent_on, InterventionCostRow.id)
    ).all()
    costs = []
    for row in spend_rows:
        entry = unseal_row(us, InterventionCostEntry, row, family.reference)
        priced: dict[str, object] = (
            {"amount": entry.amount}
            if entry.amount is not None
            else {"quantity": entry.hours, "unit_rate": entry.hourly_rate, "unit": "hour"}
        )
        costs.append(
            (
                InterventionCost(
                    description=f"{family.reference}: {entry.kind.label}",
                    year=0,
                    price_year=entry.price_year or financial_year_of(entry.spent_on),
                    basis=entry.basis,
                    agency=entry.agency,
                    source=entry.source,
                    **priced,  # type: ignore[arg-type]
                ),
                entry.kind,
            )
        )
    return FamilyLines(family.id, family.reference, lines, costs)


def _scenario(
    title: str, params: ReturnParameters, deflators: DeflatorTable, fl: Iterable[FamilyLines]
) -> Scenario | None:
    lines, costs = [], []
    for f in fl:
        lines.extend(line for line, _ in f.lines)
        costs.extend(cost for cost, _ in f.costs)
    if not lines and not costs:
        return None
    return Scenario(
        title=title,
        description=f"Lines assessed and money spent from {params.period_from:%d/%m/%Y} to "
        f"{params.period_to:%d/%m/%Y}.",
        reporting_price_year=params.reporting_year,
        parameters=params.parameters,
        deflators=deflators,
        prevented_costs=lines,
        intervention_costs=costs,
    )


def family_scenario(us: UserSession, family_id: str, params: ReturnParameters) -> Scenario | None:
    """The family's stored lines and costs in the period as a scenario (None: nothing counted)."""
    return _scenario_of(us, family_id, params)[1]


def _scenario_of(
    us: UserSession, family_id: str, params: ReturnParameters
) -> tuple[FamilyLines, Scenario | None]:
    us.family_key(family_id)
    deflators = current_deflators(us.vault)
    with us.read() as s:
        family = family_row(s, family_id)
        fl = _family_lines(us, s, family, params)
    return fl, _scenario(f"Family {fl.reference}", params, deflators, [fl])


def evaluate_family(
    us: UserSession, family_id: str, params: ReturnParameters
) -> CostBenefitResult | None:
    """The family's figures for the period (None: nothing counted). A line the engine cannot
    use (e.g. a suspect unit cost not replaced by a local one), or a figure stored before the
    limit that is too large to count, is refused in plain words."""
    fl, scenario = _scenario_of(us, family_id, params)
    if _counts_too_large(fl):
        raise InvalidRequest(f"{fl.reference}: {TOO_LARGE}.")
    if scenario is None:
        return None
    library = combined_library(us.vault)
    deflators = scenario.deflators or current_deflators(us.vault)
    try:
        return evaluate(scenario, library, deflators)
    except DomainValidationError as exc:
        raise InvalidRequest(f"{scenario.title}: {exc}") from None


def _refused(problems: list[str]) -> InvalidRequest:
    listed = "; ".join(problems[:10])
    more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
    return InvalidRequest(
        "The return was not produced, because some recorded lines cannot be counted: "
        f"{listed}{more}."
    )


@dataclass(frozen=True)
class FamilyReturn:
    family_id: str
    reference: str
    status: str
    result: CostBenefitResult
    lines: int
    costs: int
    # Why this family's own row is withheld (the consent gate, for monitoring and reporting);
    # its figures still count in the totals, which identify no one. None: it is shared.
    withheld: str | None = None


@dataclass(frozen=True)
class OutcomeTotal:
    outcome_area: OutcomeArea | None
    lines: int
    present_value: Decimal
    undiscounted: Decimal

    @property
    def label(self) -> str:
        return self.outcome_area.label if self.outcome_area else "No outcome area given"


@dataclass(frozen=True)
class BenefitSplitRow:
    label: str
    benefit_type: str  # fiscal, economic, social, or "all" for the total row
    cashable: bool
    present_value: Decimal
    undiscounted: Decimal


@dataclass(frozen=True)
class CostReturn:
    """A cost-saving return: per-family results and the cohort total, from the same engine."""

    organisation: str
    produced_at: datetime
    produced_by: str
    params: ReturnParameters
    deflators: DeflatorTable
    families: list[FamilyReturn]
    total: CostBenefitResult | None
    by_outcome: list[OutcomeTotal]
    skipped: list[tuple[str, str]]  # (reference, why)
    cohort: str  # plain words: which families were asked for
    source: str = "family files"  # or "reporting layer" (summaries; no family key needed)
    # Families the reporting layer had no summary for yet (not in the return), by reference.
    not_summarised: tuple[str, ...] = ()
    # Each prevented-cost line counted, in the total's order: the figures the return's files
    # read of it. ``total`` has every other figure but no per-line results (``total.lines``
    # is empty; a family's own are in ``evaluate_family``).
    lines: Sequence[LineFigures] = ()

    @property
    def withheld(self) -> list[FamilyReturn]:
        return [f for f in self.families if f.withheld is not None]

    @property
    def price_year(self) -> str:
        return self.params.reporting_year

    @property
    def prices_note(self) -> str:
        d = self.deflators
        checked = (
            "checked against its source"
            if d.verified
            else "NOT checked against a published release"
        )
        return (
            f"All amounts are in {self.price_year} prices. Unit costs from earlier years were "
            f"uprated with the deflator table '{d.name}' ({d.basis or 'basis not stated'}; "
            f"source: {d.source or 'not stated'}; vintage: {d.vintage or 'not stated'}; "
            f"covers {d.coverage()}; {checked})."
        )

    @property
    def benefit_split(self) -> list[BenefitSplitRow]:
        """The cohort's benefits by kind: fiscal (cashable or not), economic, social, total."""
        if self.total is None or self.total.benefits is None:
            return []
        b = self.total.benefits
        fiscal, economic, social = (b.by_benefit_type[k] for k in ("fiscal", "economic", "social"))
        cash = b.cashable
        rows = [
            BenefitSplitRow(
                "Fiscal, cashable",
                "fiscal",
                True,
                cash.present_value,
                cash.undiscounted,
            ),
            BenefitSplitRow(
                "Fiscal, non-cashable",
                "fiscal",
                False,
                fiscal.present_value - cash.present_value,
                fiscal.undiscounted - cash.undiscounted,
            ),
            BenefitSplitRow(
                "Economic (non-cashable)",
                "economic",
                False,
                economic.present_value,
                economic.undiscounted,
            ),
            BenefitSplitRow(
                "Social (non-cashable)", "social", False, social.present_value, social.undiscounted
            ),
        ]
        total = BenefitSplitRow(
            "Total (public value)",
            "all",
            False,
            sum((r.present_value for r in rows), ZERO),
            sum((r.undiscounted for r in rows), ZERO),
        )
        return [*rows, total]

    @property
    def privacy_note(self) -> str:
        return (
            "Families are identified by their FamilyCase reference only: no names, addresses or "
            "dates of birth leave the vault in this return. It is still OFFICIAL-SENSITIVE: "
            "keep it with the organisation's records and share it only with those who need it."
        )


def _select_families(
    us: UserSession, s: Session, family_ids: Sequence[str] | None, team: str | None
) -> tuple[list[FamilyRow], list[tuple[str, str]], str]:
    skipped: list[tuple[str, str]] = []
    if family_ids is not None:
        rows = []
        for fid in family_ids:
            row = s.get(FamilyRow, fid)
            if row is None:
                raise UnknownRecord("There is no such family file.")
            rows.append(row)
        cohort = f"{len(rows)} chosen famil{'y' if len(rows) == 1 else 'ies'}"
    else:
        query = select(FamilyRow).order_by(FamilyRow.reference)
        cohort = "every family"
        if team is not None:
            team_row = s.scalar(
                select(TeamRow).where((TeamRow.id == team) | (TeamRow.name == team))
            )
            if team_row is None:
                raise UnknownRecord(f"There is no team called {team}.")
            query = query.where(FamilyRow.team_id == team_row.id)
            cohort = f"every family in {team_row.name}"
        rows = list(s.scalars(query))
    readable = []
    for row in rows:
        if us.holds_key(row.id):
            readable.append(row)
        else:
            skipped.append((row.reference, "you do not hold this family's key"))
    return readable, skipped, cohort


def _by_outcome(figures: Sequence[LineFigures], fls: list[FamilyLines]) -> list[OutcomeTotal]:
    """The lines' figures by outcome area (``figures`` in the order of ``fls``' lines)."""
    areas = [area for f in fls for _line, area in f.lines]
    totals: dict[OutcomeArea | None, list[Decimal]] = {}
    counts: dict[OutcomeArea | None, int] = {}
    for line, area in zip(figures, areas, strict=True):
        pv, und = totals.setdefault(area, [ZERO, ZERO])
        totals[area] = [pv + line.present_value, und + line.undiscounted]
        counts[area] = counts.get(area, 0) + 1
    order: list[OutcomeArea | None] = [*OutcomeArea, None]
    return [
        OutcomeTotal(area, counts[area], totals[area][0], totals[area][1])
        for area in sorted(totals, key=order.index)
    ]


def cohort_return(
    us: UserSession,
    params: ReturnParameters,
    family_ids: Sequence[str] | None = None,
    team: str | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> CostReturn:
    """Evaluate every chosen family (or every family, or a team's) for the period.

    Managers and team leaders build it from the reporting layer (every family's summary,
    opened with the reporting key: no family key needed, ``services/reporting.py``); others,
    or a vault without a reporting key, from the family files they hold keys for.
    ``progress(done, total)`` is called as families are read; when ``cancelled()`` returns
    True the work stops with ``Cancelled`` and nothing is produced or recorded."""
    if us.worker.role in reporting.READER_ROLES and reporting.has_reporting_key(us):
        return _return_from_summaries(us, params, family_ids, team, progress, cancelled)
    deflators = current_deflators(us.vault)
    library = combined_library(us.vault)
    with us.read() as s:
        rows, skipped, cohort = _select_families(us, s, family_ids, team)
        total_n = len(rows)
        fls: list[FamilyLines] = []
        results: list[FamilyReturn] = []
        problems: list[str] = []
        for i, row in enumerate(rows, start=1):
            if cancelled is not None and cancelled():
                raise Cancelled("The cost-saving return was cancelled; nothing was produced.")
            fl = _family_lines(us, s, row, params)
            if _counts_too_large(fl):
                problems.append(f"{row.reference}: {TOO_LARGE}")
                continue
            scenario = _scenario(f"Family {row.reference}", params, deflators, [fl])
            if scenario is not None:
                try:
                    result = evaluate(scenario, library, deflators)
                except DomainValidationError as exc:
                    problems.append(f"{row.reference}: {exc}")
                    continue
                fls.append(fl)
                results.append(
                    FamilyReturn(
                        row.id, row.reference, row.status, result, len(fl.lines), len(fl.costs)
                    )
                )
            if progress is not None:
                progress(i, total_n)
    if problems:
        raise _refused(problems)
    if cancelled is not None and cancelled():
        raise Cancelled("The cost-saving return was cancelled; nothing was produced.")
    scenario = _scenario(f"Cost-saving return: {cohort}", params, deflators, fls)
    cohort_result = evaluate_cohort(scenario, library, deflators) if scenario is not None else None
    total = cohort_result.result if cohort_result is not None else None
    figures = cohort_result.lines if cohort_result is not None else []
    with us.write() as s:
        us.audit(
            s,
            AuditEvent(
                Action.VIEW,
                "cost_return",
                None,
                {
                    "from": params.period_from.isoformat(),
                    "to": params.period_to.isoformat(),
                    "families": [r.reference for r in results],
                    "skipped": len(skipped),
                },
            ),
        )
    return CostReturn(
        organisation=us.vault.organisation(),
        produced_at=now(),
        produced_by=us.worker.display_name,
        params=params,
        deflators=deflators,
        families=results,
        total=total,
        by_outcome=_by_outcome(figures, fls),
        skipped=skipped,
        cohort=cohort,
        lines=figures,
    )


def record_return_export(us: UserSession, ret: CostReturn, destination: str) -> None:
    """Record that a return left the vault (call once the file exists): from the reporting
    layer, the reports' share log with every family's gate decision and an export audit entry
    (``reporting.log_report_share``); otherwise the export audit entry."""
    if ret.source == "reporting layer":
        decisions = reporting.GateOutcome(
            {
                f.family_id: reporting.FamilyDecision(
                    f.family_id, f.reference, f.withheld is None, [f.withheld] if f.withheld else []
                )
                for f in ret.families
            }
        )
        reporting.log_report_share(
            us,
            f"cost_return_{destination}",
            decisions,
            {
                "format": destination,
                "from": ret.params.period_from.isoformat(),
                "to": ret.params.period_to.isoformat(),
                "families": len(ret.families),
            },
        )
        return
    with us.write() as s:
        us.audit(
            s,
            AuditEvent(
                Action.EXPORT,
                "cost_return",
                None,
                {
                    "format": destination,
                    "from": ret.params.period_from.isoformat(),
                    "to": ret.params.period_to.isoformat(),
                    "families": len(ret.families),
                },
            ),
        )


def _lines_from_summary(summary: Any, params: ReturnParameters) -> FamilyLines:
    """A family's lines and costs in the period, from its summary (as ``_family_lines``)."""
    wanted = {st.value for st in params.statuses}
    chosen = [
        p
        for p in summary.prevented_costs
        if p.status.value in wanted
        and p.line.assessed_on is not None
        and params.covers(p.line.assessed_on)
    ]
    chosen.sort(key=lambda p: p.line.assessed_on)
    # as stored (no id: a return tells each family's lines by their order, see _per_family)
    lines = [(p.line, p.outcome_area) for p in chosen]
    costs = [
        (spend.cost, InterventionCostKind(spend.kind.value))
        for spend in summary.intervention_costs
        if params.covers(spend.spent_on)
    ]
    return FamilyLines(summary.family_id, summary.reference, lines, costs)


def _return_from_summaries(
    us: UserSession,
    params: ReturnParameters,
    family_ids: Sequence[str] | None,
    team: str | None,
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> CostReturn:
    # The return builds millions of small objects and no reference cycles: each full pass of
    # the cycle collector walked them all again (half the time of a 10k return).
    with gc_paused():
        return _build_from_summaries(us, params, family_ids, team, progress, cancelled)


def _build_from_summaries(
    us: UserSession,
    params: ReturnParameters,
    family_ids: Sequence[str] | None,
    team: str | None,
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> CostReturn:
    deflators = current_deflators(us.vault)
    library = combined_library(us.vault)
    on = today()

    def keep(summary: Any) -> _Counted:
        """All the return keeps of a family's summary (read as it goes, never all at once)."""
        allowed, reasons = family_allows(summary, InfoCategory.OUTCOMES, on)
        return _Counted(
            _lines_from_summary(summary, params),
            summary.status.value,
            reporting.FamilyDecision(summary.family_id, summary.reference, allowed, reasons),
        )

    try:
        found = reporting.scan(
            us, keep, family_ids, team, progress, cancelled, every=1, costs_only=True
        )
    except Cancelled:
        raise Cancelled("The cost-saving return was cancelled; nothing was produced.") from None
    decisions = reporting.GateOutcome({c.decision.family_id: c.decision for c in found.kept})
    status = {c.decision.family_id: c.status for c in found.kept}
    fls = [c.lines for c in found.kept if c.lines.lines or c.lines.costs]
    # The engine runs once, over the whole cohort: each family's figures are its own lines'
    # and costs' results added up (every line and cost is worked out on its own, so they are
    # the figures a separate run per family gives, without running the engine per family).
    scenario = _scenario(f"Cost-saving return: {found.cohort}", params, deflators, fls)
    try:
        cohort_result = (
            evaluate_cohort(scenario, library, deflators) if scenario is not None else None
        )
    except InvalidOperation:  # a figure too large to work out (a ratio cannot be rounded)
        raise _refused(_too_large_families(fls)) from None
    except DomainValidationError as exc:  # name each family whose lines cannot be counted
        problems = []
        for fl in fls:
            one = _scenario(f"Family {fl.reference}", params, deflators, [fl])
            try:
                if one is not None:
                    evaluate(one, library, deflators, sensitivity=False)
            except DomainValidationError as why:
                problems.append(f"{fl.reference}: {why}")
        raise _refused(problems or [str(exc)]) from None
    if cancelled is not None and cancelled():
        raise Cancelled("The cost-saving return was cancelled; nothing was produced.")
    total = cohort_result.result if cohort_result is not None else None
    figures = cohort_result.lines if cohort_result is not None else []
    if total is not None and _totals_too_large(total):  # only then is each family looked at
        raise _refused(_too_large_families(fls))
    results = _per_family(cohort_result, fls, status, decisions)
    skipped = [(ref, "its summary failed its integrity check") for ref in found.damaged]
    with us.write() as s:
        us.audit(
            s,
            AuditEvent(
                Action.VIEW,
                "cost_return",
                None,
                {
                    "from": params.period_from.isoformat(),
                    "to": params.period_to.isoformat(),
                    "families": [r.reference for r in results],
                    "skipped": len(skipped),
                    "source": "reporting layer",
                },
            ),
        )
    return CostReturn(
        organisation=us.vault.organisation(),
        produced_at=now(),
        produced_by=us.worker.display_name,
        params=params,
        deflators=deflators,
        families=results,
        total=total,
        by_outcome=_by_outcome(figures, fls),
        skipped=skipped,
        cohort=found.cohort,
        source="reporting layer",
        not_summarised=tuple(found.not_summarised),
        lines=figures,
    )


@dataclass(frozen=True)
class _Figures:
    """A family's share of a return's figures (what a separate run per family gives)."""

    total_benefit: Decimal
    total_benefit_undiscounted: Decimal
    total_cost: Decimal
    fiscal_benefit: Decimal
    economic_benefit: Decimal
    social_benefit: Decimal

    @property
    def benefit_cost_ratio(self) -> Decimal | None:
        return self.total_benefit / self.total_cost if self.total_cost > 0 else None

    @property
    def ratio(self) -> str | None:
        from familycase.domain.costs.engine import format_ratio

        ratio = self.benefit_cost_ratio
        return format_ratio(ratio) if ratio is not None else None


@dataclass(frozen=True)
class _Split:
    present_value: Decimal


@dataclass(frozen=True)
class _Benefits:
    cashable: _Split


@dataclass(frozen=True)
class FamilyFigures:
    """What a return's writers read of one family: ``summary`` and ``benefits.cashable``."""

    summary: _Figures
    benefits: _Benefits


@dataclass(frozen=True)
class _Counted:
    """What a return keeps of one family's summary."""

    lines: FamilyLines  # its lines and costs in the period
    status: str
    decision: reporting.FamilyDecision  # may its own row go out (the consent gate)


def _per_family(
    cohort: CohortResult | None,
    fls: list[FamilyLines],
    status: dict[str, str],
    decisions: reporting.GateOutcome,
) -> list[FamilyReturn]:
    """Each family's figures: its own lines' and costs' added up, in their order (the cohort's
    scenario holds each family's lines, then the next family's, in the order of ``fls``)."""
    if cohort is None:
        return []
    results = []
    lines, costs = cohort.lines, cohort.cost_present_values
    at_line = at_cost = 0
    for fl in fls:
        mine = lines[at_line : at_line + len(fl.lines)]
        spent = costs[at_cost : at_cost + len(fl.costs)]
        at_line += len(fl.lines)
        at_cost += len(fl.costs)
        by_kind = dict.fromkeys(("fiscal", "economic", "social"), ZERO)
        benefit = undiscounted = cashable = ZERO
        for line in mine:
            pv = line.present_value
            benefit += pv
            undiscounted += line.undiscounted
            by_kind[line.benefit_type] += pv
            if line.cashable and line.benefit_type == "fiscal":
                cashable += pv
        figures = FamilyFigures(
            _Figures(
                benefit,
                undiscounted,
                sum(spent, ZERO),
                by_kind["fiscal"],
                by_kind["economic"],
                by_kind["social"],
            ),
            _Benefits(_Split(cashable)),
        )
        decision = decisions.decisions[fl.family_id]
        results.append(
            FamilyReturn(
                fl.family_id,
                fl.reference,
                status.get(fl.family_id, ""),
                figures,  # type: ignore[arg-type]
                len(fl.lines),
                len(fl.costs),
                None if decision.allowed else reporting.withheld_text(decision),
            )
        )
    if (at_line, at_cost) != (len(lines), len(costs)):  # the order was not the scenario's
        raise RuntimeError("a return's lines and costs were not told apart by family")
    return results
