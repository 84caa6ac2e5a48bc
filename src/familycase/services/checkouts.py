"""Which families are checked out to laptop replicas, and the rule that follows from it.

While a family is checked out (and not recalled), the team store refuses every change to it:
the laptop has the only copy anyone may change. The check runs at the end of every write
transaction (``UserSession.write``), over every family the transaction changed, so no service
can forget it. Check-in, recall, device revocation and destruction at the end of retention name
the families they may change anyway (``allow``).

On a replica the same transaction hook keeps the organisation's tables read-only: staff, teams,
forms, unit costs, supervision sessions and keys are changed on the team store, and each
check-out refreshes them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from familycase.services.errors import FamilyCheckedOut, PermissionDenied
from familycase.store.schema import (
    CheckoutRow,
    DeflatorTableRow,
    DeviceRow,
    DirectoryRow,
    FamilyRow,
    InstrumentDefinitionRow,
    LocalUnitCostRow,
    OrgKeyGrant,
    ReportingSummaryRow,
    ReportShareRow,
    SupervisionSessionRow,
    TeamRow,
    UserRow,
    VaultMeta,
)

ALLOW_KEY = "familycase.checkout_allowed"
REPLICA_KEY = "familycase.replica_worker"
# What a replica may change in its own copy of the worker's account row at sign-in and out.
_OWN_ROW_COLUMNS = {"failed_unlocks", "ring_state", "private_keys"}
_READ_ONLY_ON_REPLICA = (
    DirectoryRow,
    TeamRow,
    OrgKeyGrant,
    InstrumentDefinitionRow,
    LocalUnitCostRow,
    DeflatorTableRow,
    ReportingSummaryRow,  # the reporting layer is the team store's only
    ReportShareRow,
    SupervisionSessionRow,
)
# vault_meta keys a replica writes itself: its audit head, provisional reference counter and
# the worker's summary-bundle counter (bundles still go from laptops with no network path).
_REPLICA_META = {"audit_head", "next_reference"}
_REPLICA_META_PREFIXES = ("bundle_sequence:",)


def _replica_meta(key: str) -> bool:
    return key in _REPLICA_META or key.startswith(_REPLICA_META_PREFIXES)


@dataclass(frozen=True)
class CheckoutInfo:
    family_id: str
    worker_id: str
    worker_name: str
    device: str
    since: datetime
    recalled_at: datetime | None

    @property
    def in_force(self) -> bool:
        return self.recalled_at is None

    def label(self) -> str:
        """'Kim Lee's laptop since 1 Dec 2026 14:05' (the words lists and headers show)."""
        return f"{possessive(self.worker_name)} laptop ({self.device}) since {when(self.since)}"


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def when(moment: datetime) -> str:
    return f"{moment.day} {moment:%b %Y %H:%M}"


def allow(s: Session, family_ids: Iterable[str]) -> None:
    """Let this transaction change these families although they are checked out."""
    s.info.setdefault(ALLOW_KEY, set()).update(family_ids)


def in_force(s: Session, family_ids: Iterable[str]) -> dict[str, CheckoutInfo]:
    """The check-outs in force (not recalled) among these families."""
    return {fid: info for fid, info in checkouts_of(s, family_ids).items() if info.in_force}


def checkouts_of(s: Session, family_ids: Iterable[str] | None = None) -> dict[str, CheckoutInfo]:
    query = (
        select(
            CheckoutRow.family_id,
            CheckoutRow.worker_id,
            UserRow.display_name,
            DeviceRow.name,
            CheckoutRow.since,
            CheckoutRow.recalled_at,
        )
        .join(DeviceRow, DeviceRow.replica_id == CheckoutRow.replica_id)
        .join(UserRow, UserRow.id == CheckoutRow.worker_id)
    )
    result: dict[str, CheckoutInfo] = {}
    if family_ids is None:
        chunks: list[list[str] | None] = [None]
    else:
        wanted = list(family_ids)
        chunks = [wanted[i : i + 500] for i in range(0, len(wanted), 500)]
    for chunk in chunks:
        q = query if chunk is None else query.where(CheckoutRow.family_id.in_(chunk))
        for fid, worker_id, name, device, since, recalled in s.execute(q):
            result[fid] = CheckoutInfo(fid, worker_id, name, device, since, recalled)
    return result


def of_family(us: Any, family_id: str) -> CheckoutInfo | None:
    """Where the family is checked out to, if anywhere (for its header and lists)."""
    with us.read() as s:
        return checkouts_of(s, [family_id]).get(family_id)


def refuse_writes(s: Session, family_ids: Iterable[str], own_replica: str | None) -> None:
    """Refuse the transaction if it changed a family checked out to a laptop (other than this
    store itself, when it is that laptop's replica)."""
    allowed = s.info.get(ALLOW_KEY, set())
    wanted = [fid for fid in family_ids if fid not in allowed]
    if not wanted:
        return
    rows = s.execute(
        select(CheckoutRow.family_id, CheckoutRow.replica_id).where(
            CheckoutRow.family_id.in_(wanted), CheckoutRow.recalled_at.is_(None)
        )
    ).all()
    blocked = [fid for fid, replica_id in rows if replica_id != own_replica]
    if not blocked:
        return
    info = checkouts_of(s, blocked[:1])[blocked[0]]
    reference = s.scalar(select(FamilyRow.reference).where(FamilyRow.id == blocked[0]))
    raise FamilyCheckedOut(
        f"Family {reference} is checked out to {info.label()}: nothing was saved. It can be "
        f"changed here again when {info.worker_name} brings it back, or after a team leader "
        "recalls it."
    )


# --- a replica's read-only organisation tables -----------------------------------------------


def guard_replica(s: Session, worker_id: str) -> None:
    s.info[REPLICA_KEY] = worker_id


@event.listens_for(Session, "before_flush")
def _replica_read_only(s: Session, _context: object, _instances: object) -> None:
    worker_id = s.info.get(REPLICA_KEY)
    if worker_id is None:
        return
    for obj in s.new:  # a form first used offline is kept (check-in takes it to the team)
        if isinstance(obj, InstrumentDefinitionRow):
            continue
        if isinstance(obj, (*_READ_ONLY_ON_REPLICA, UserRow)) or (
            isinstance(obj, VaultMeta) and not _replica_meta(obj.key)
        ):
            raise _team_only()
    for obj in s.deleted:
        if isinstance(obj, (*_READ_ONLY_ON_REPLICA, UserRow)) or (
            isinstance(obj, VaultMeta) and not _replica_meta(obj.key)
        ):
            raise _team_only()
    for obj in s.dirty:
        if not s.is_modified(obj, include_collections=False):
            continue
        if isinstance(obj, _READ_ONLY_ON_REPLICA) or (
            isinstance(obj, VaultMeta) and not _replica_meta(obj.key)
        ):
            raise _team_only()
        if isinstance(obj, UserRow) and (
            obj.id != worker_id or not _changed_columns(obj) <= _OWN_ROW_COLUMNS
        ):
            raise _team_only()


def _changed_columns(obj: object) -> set[str]:
    state = inspect(obj)
    return {attr.key for attr in state.attrs if attr.history.has_changes()}


def _team_only() -> PermissionDenied:
    return PermissionDenied(
        "This is a laptop replica: staff, teams, passwords, forms, unit costs and supervision "
        "sessions are changed on the team store, and reach the laptop at its next check-out; "
        "reports are made there too."
    )
