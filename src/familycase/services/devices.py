"""Laptops and their check-outs, as a team leader sees and manages them (team store side).

- ``checkouts_list``: every family checked out, to whom, which laptop, since when.
- ``recall``: a family comes back under the team store's control while its laptop is away (the
  worker is off sick, the family is in crisis): writes are taken again at once, and the laptop's
  later changes come back as conflicting versions (services/conflicts.py). Audited with a reason.
- ``revoke``: a lost or stolen laptop. Its check-outs are released and every family on it gets
  a new key (services/key_rotation.py), so the laptop's copy of the keys opens nothing written
  after; the laptop erases its families and key shares the next time it connects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from familycase.domain.enums import Role
from familycase.services import checkouts, key_rotation
from familycase.services.audit import Action, AuditEvent
from familycase.services.checkouts import CheckoutInfo
from familycase.services.clock import now
from familycase.services.errors import (
    InvalidRequest,
    NoAccessToFamily,
    PermissionDenied,
    UnknownRecord,
)
from familycase.services.families import require_role
from familycase.services.vault import UserSession
from familycase.store.schema import CheckoutRow, DeviceRow, FamilyRow, UserRow


@dataclass(frozen=True)
class CheckedOutFamily:
    family_id: str
    reference: str
    info: CheckoutInfo


@dataclass(frozen=True)
class Device:
    replica_id: str
    name: str
    worker_name: str
    created_at: datetime
    revoked_at: datetime | None
    families: int


@dataclass
class RevokeReport:
    device: str
    released: list[str] = field(default_factory=list)  # references
    rotated: list[str] = field(default_factory=list)
    not_rotated: list[str] = field(default_factory=list)  # no key held by the team leader


def _on_team_store(us: UserSession) -> None:
    if getattr(us.vault, "replica", None) is not None:
        raise InvalidRequest("This is done on the team store, not on a laptop replica.")


def checkouts_list(us: UserSession) -> list[CheckedOutFamily]:
    _on_team_store(us)
    with us.read() as s:
        found = checkouts.checkouts_of(s)
        references = dict(
            s.execute(
                select(FamilyRow.id, FamilyRow.reference).where(FamilyRow.id.in_(list(found)))
            ).all()
        )
    return sorted(
        (CheckedOutFamily(fid, references.get(fid, "?"), info) for fid, info in found.items()),
        key=lambda c: (c.info.since, c.reference),
    )


def recall(us: UserSession, reference: str, reason: str) -> CheckoutInfo:
    """Take a checked-out family back (team leaders). The laptop keeps its copy; what it
    changes comes back for merging."""
    _on_team_store(us)
    require_role(us, Role.TEAM_LEADER)
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidRequest("Give a reason for recalling the family (it is recorded).")
    with us.write() as s:
        family_id = s.scalar(select(FamilyRow.id).where(FamilyRow.reference == reference.upper()))
        if family_id is None:
            raise UnknownRecord(f"There is no family {reference}.")
        row = s.get(CheckoutRow, family_id, with_for_update=True)
        info = checkouts.checkouts_of(s, [family_id]).get(family_id)
        if row is None or info is None:
            raise InvalidRequest(f"Family {reference} is not checked out to a laptop.")
        if row.recalled_at is not None:
            raise InvalidRequest(f"Family {reference} has already been recalled.")
        row.recalled_at, row.recalled_by = now(), us.worker.id
        us.audit(
            s,
            AuditEvent(
                Action.RECALL,
                "family",
                family_id,
                {"reason": reason, "replica": row.replica_id, "worker": row.worker_id},
            ),
        )
    return info


def devices_list(us: UserSession) -> list[Device]:
    _on_team_store(us)
    with us.read() as s:
        counts = dict(
            s.execute(
                select(CheckoutRow.replica_id, func.count()).group_by(CheckoutRow.replica_id)
            ).all()
        )
        found = s.execute(
            select(DeviceRow, UserRow.display_name)
            .join(UserRow, UserRow.id == DeviceRow.worker_id)
            .order_by(DeviceRow.created_at)
        ).all()
        return [
            Device(
                d.replica_id, d.name, who, d.created_at, d.revoked_at, counts.get(d.replica_id, 0)
            )
            for d, who in found
        ]


def revoke(us: UserSession, name: str, reason: str) -> RevokeReport:
    """A lost or stolen laptop (team leaders): release its check-outs and give each of its
    families a new key. Run again, it finishes what an interrupted run left."""
    _on_team_store(us)
    require_role(us, Role.TEAM_LEADER)
    reason = " ".join(reason.split()) or "lost or stolen"
    with us.write() as s:
        device = s.scalar(select(DeviceRow).where(func.lower(DeviceRow.name) == name.lower()))
        if device is None:
            raise UnknownRecord(
                f"There is no laptop called '{name}'. See 'familycase device list'."
            )
        owner = s.get(UserRow, device.worker_id)
        if owner is not None and owner.team_id != us.worker.team_id:
            raise PermissionDenied("Only a team leader of its worker's team can revoke it.")
        report = RevokeReport(device.name)
        families = list(
            s.execute(
                select(CheckoutRow.family_id, FamilyRow.reference)
                .join(FamilyRow, FamilyRow.id == CheckoutRow.family_id)
                .where(CheckoutRow.replica_id == device.replica_id)
            ).all()
        )
        if device.revoked_at is None:
            device.revoked_at, device.revoked_by = now(), us.worker.id
            us.audit(
                s,
                AuditEvent(
                    Action.DEVICE_REVOKED,
                    "replica",
                    device.replica_id,
                    {"reason": reason, "families": len(families)},
                ),
            )
        report.released = [reference for _, reference in families]
    # Each family's new key and release in its own transaction (a big laptop stays quick; a
    # stop mid-way is finished by running it again: the rest are still checked out to it).
    for family_id, reference in families:
        try:
            with us.write() as s:
                key_rotation.rotate_in(us, s, family_id, f"laptop revoked: {reason}")
                _release(s, family_id)
            report.rotated.append(reference)
        except NoAccessToFamily:
            with us.write() as s:
                _release(s, family_id)
            report.not_rotated.append(reference)
    return report


def _release(s: Session, family_id: str) -> None:
    row = s.get(CheckoutRow, family_id)
    if row is not None:
        s.delete(row)
        s.flush()
