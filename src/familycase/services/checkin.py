"""Check-in: a laptop replica's families back to the team store.

For each family, one team transaction: the records the laptop changed, added or deleted go in
as stored (ciphertext, never opened), the family's manifest is sealed again and pinned in the
team's signed chain, and the check-out is released. Only then does the laptop drop its copy (its
own transaction, then the key share). A family recorded offline gets its real reference on the
way in. The laptop's own audit entries, each signed by its worker, are brought in first and
kept whole (``replica_audit``; ``verify`` checks their links and signatures).

Every step can be run again: after a crash or a dropped connection a second run applies nothing
twice (a released family whose rows already match is only dropped from the laptop) and loses
nothing (a laptop change the team store does not have becomes a conflicting version for the
lead professional, services/conflicts.py).

A family a team leader recalled comes back the same way, as conflicting versions. A laptop
revoked as lost or stolen erases its families and key shares instead; a family destroyed on the
team store at the end of retention is erased from the laptop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from familycase.services import checkouts, conflicts, manifest
from familycase.services import replica_rows as rows
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now
from familycase.services.errors import DeviceRevoked, InvalidRequest, TamperedData
from familycase.services.families import next_reference
from familycase.services.laptop_copy import NOT_COMPARED, TEAM_OWN, LaptopCopy, read_laptop_copy
from familycase.services.vault import UserSession, Vault
from familycase.store.schema import (
    FAMILY_RECORD_TABLES,
    AuditRow,
    CheckoutRow,
    DeviceRow,
    FamilyKeyGrant,
    FamilyRow,
    InstrumentDefinitionRow,
    ReplicaAuditRow,
    UserRow,
)

Progress = Callable[[int, int], bool]


@dataclass
class CheckinReport:
    brought_back: list[str] = field(default_factory=list)  # changes applied
    unchanged: list[str] = field(default_factory=list)  # no change made on the laptop
    new_families: list[tuple[str, str]] = field(default_factory=list)  # (provisional, real)
    conflicts: list[str] = field(default_factory=list)  # recalled: versions kept to merge
    erased: list[str] = field(default_factory=list)  # destroyed on the team store
    audit_entries: int = 0

    def lines(self) -> list[str]:
        out = []
        if self.brought_back:
            out.append(f"Brought back with changes: {', '.join(self.brought_back)}")
        if self.unchanged:
            out.append(f"Brought back unchanged: {', '.join(self.unchanged)}")
        for provisional, real in self.new_families:
            out.append(f"New family {provisional} is now {real}")
        if self.conflicts:
            out.append(
                "Recalled while on this laptop (your changes are kept for the lead professional "
                f"to merge): {', '.join(self.conflicts)}"
            )
        if self.erased:
            out.append(
                "Destroyed on the team store at the end of retention, so erased here: "
                + ", ".join(self.erased)
            )
        if not out:
            out.append("There were no families on this laptop to bring back.")
        return out


def connect_team(rs: UserSession, password: str | None = None) -> UserSession:
    """The replica's worker signed in to their team store with the keys already unlocked (the
    password is only the team server's database login, where libpq has none)."""
    vault = rs.vault
    assert isinstance(vault, Vault) and vault.replica is not None
    team = Vault.open(vault.replica.card.team, password)
    return team.unlock_with_ring(vault.replica.card.username, rs.ring)


def check_in(rs: UserSession, ts: UserSession, progress: Progress | None = None) -> CheckinReport:
    """Bring every family on this replica back to the team store ``ts`` (the same worker)."""
    vault = rs.vault
    if not isinstance(vault, Vault) or vault.replica is None:
        raise InvalidRequest("Check-in is run on a laptop replica.")
    if ts.worker.id != rs.worker.id:
        raise InvalidRequest("Check in as the worker whose laptop this is.")
    replica_id = vault.replica.replica_id
    report = CheckinReport()
    device = _device(ts, replica_id)
    if device.revoked_at is not None:
        erase(rs, "revoked")
        raise DeviceRevoked(
            f"This laptop ({device.name}) was revoked by a team leader on "
            f"{device.revoked_at:%d %b %Y}, so its families and keys have been erased from it. "
            "Any change made on it since its last check-in is lost: tell your team leader."
        )
    _drop_orphan_shares(rs)
    report.audit_entries += push_audit(rs, ts, replica_id)
    push_forms(rs, ts)
    local = _local_families(rs)
    team_has = _team_families(ts, list(local))
    for done, (family_id, (reference, checked_out)) in enumerate(sorted(local.items()), start=1):
        if checked_out and family_id not in team_has:
            drop_local(rs, family_id, Action.REPLICA_ERASED, {"reason": "destroyed"})
            report.erased.append(reference)
        else:
            _bring_back(rs, ts, family_id, reference, checked_out, replica_id, report)
            drop_local(rs, family_id, Action.CHECKIN, {"reference": reference})
        if progress is not None and not progress(done, len(local)):
            break
    report.audit_entries += push_audit(rs, ts, replica_id)
    return report


# --- the device and the laptop's own chain ----------------------------------------------------


def _device(ts: UserSession, replica_id: str) -> DeviceRow:
    with ts.read() as s:
        device = s.get(DeviceRow, replica_id)
        if device is None:
            raise InvalidRequest(
                "The team store has no record of this laptop replica: it belongs to another "
                "team store, or was made from a copy. Its families were not brought back."
            )
        s.expunge(device)
    if device.worker_id != ts.worker.id:
        raise InvalidRequest("This laptop replica belongs to another worker.")
    return device


def push_audit(rs: UserSession, ts: UserSession, replica_id: str) -> int:
    """The replica's audit entries the team store does not hold yet, in order, each with its
    worker's signature; the team chain records how far it has them. Refused if the laptop's
    chain does not continue what the team store already holds (replaced or rolled back)."""
    with ts.read() as s:
        last = s.execute(
            select(ReplicaAuditRow.seq, ReplicaAuditRow.entry_hash)
            .where(ReplicaAuditRow.replica_id == replica_id)
            .order_by(ReplicaAuditRow.seq.desc())
            .limit(1)
        ).first()
    after, after_hash = (last[0], last[1]) if last else (0, None)
    with Session(rs.vault.engine) as local:
        entries = list(
            local.scalars(select(AuditRow).where(AuditRow.seq > after).order_by(AuditRow.seq))
        )
        if after_hash is not None:
            held = local.scalar(select(AuditRow.entry_hash).where(AuditRow.seq == after))
            if held != after_hash:
                raise TamperedData(
                    "This laptop's audit log does not continue the one the team store already "
                    "holds from it: it was replaced or put back to an older copy. Nothing was "
                    "brought back. Tell your team leader."
                )
        local.expunge_all()
    if not entries:
        return 0
    with ts.write() as s:
        arrived = now()
        for entry in entries:
            s.add(
                ReplicaAuditRow(
                    replica_id=replica_id,
                    **{c: getattr(entry, c) for c in _AUDIT_COLUMNS},
                    checked_in_at=arrived,
                )
            )
        ts.audit(
            s,
            AuditEvent(
                Action.REPLICA_AUDIT,
                "replica",
                f"{replica_id}:{entries[-1].seq}",
                {"entries": len(entries)},
            ),
        )
    return len(entries)


def push_forms(rs: UserSession, ts: UserSession) -> None:
    """Form versions first used on the laptop (its assessments point at them)."""
    with rs.vault.engine.connect() as local:
        laptop = {r["key"]: r for r in rows.rows_of(local, "instrument_definitions")}
    with ts.read() as s:
        team = dict(
            s.execute(select(InstrumentDefinitionRow.key, InstrumentDefinitionRow.digest)).all()
        )
    for key, row in laptop.items():
        if key in team and team[key] != row["digest"]:
            raise InvalidRequest(
                f"The form {key} on this laptop is not the one the team store has under that "
                "version: a changed form needs a new version number. Nothing was brought back; "
                "ask whoever looks after your forms."
            )
    missing = [row for key, row in laptop.items() if key not in team]
    if missing:
        with ts.write() as s:
            for row in missing:
                s.add(InstrumentDefinitionRow(**row))


_AUDIT_COLUMNS = (
    "seq",
    "at",
    "actor_id",
    "action",
    "object_type",
    "object_id",
    "detail_ct",
    "prev_hash",
    "entry_hash",
    "signature",
    "family_id",
    "family_state",
)


# --- one family -------------------------------------------------------------------------------


def on_this_laptop(rs: UserSession) -> list[str]:
    """The references of the families on this laptop replica (provisional ones included)."""
    return sorted(reference for reference, _ in _local_families(rs).values())


def _local_families(rs: UserSession) -> dict[str, tuple[str, bool]]:
    """family id -> (reference, checked out from the team store; False: recorded offline)."""
    with Session(rs.vault.engine) as s:
        out = s.execute(
            select(FamilyRow.id, FamilyRow.reference, CheckoutRow.family_id).outerjoin(
                CheckoutRow, CheckoutRow.family_id == FamilyRow.id
            )
        ).all()
    return {fid: (reference, checked is not None) for fid, reference, checked in out}


def _team_families(ts: UserSession, family_ids: list[str]) -> set[str]:
    found: set[str] = set()
    with ts.read() as s:
        for chunk in rows.chunks(family_ids):
            found.update(s.scalars(select(FamilyRow.id).where(FamilyRow.id.in_(chunk))))
    return found


def _bring_back(
    rs: UserSession,
    ts: UserSession,
    family_id: str,
    reference: str,
    checked_out: bool,
    replica_id: str,
    report: CheckinReport,
) -> None:
    copy = read_laptop_copy(rs, family_id)
    key, share = rs.family_key(family_id), rs.share(family_id)
    if not checked_out:
        ts.vault.shares.add_missing({family_id: share})  # first, as when a family is recorded
    ts.remember_family_key(family_id, key, share)
    with ts.write() as s:
        checkouts.allow(s, [family_id])
        team_row = s.get(FamilyRow, family_id, with_for_update=True, populate_existing=True)
        checkout = s.get(CheckoutRow, family_id)
        ours = checkout is not None and checkout.replica_id == replica_id
        detail: dict[str, Any] = {"replica": replica_id, "reference": reference}
        if team_row is None:
            real = _insert_new(s, copy)
            report.new_families.append((reference, real))
            detail["outcome"], detail["new_reference"] = "new", real
        elif ours and checkout is not None and checkout.recalled_at is None:
            changed = _apply(s, team_row, copy)
            (report.brought_back if changed else report.unchanged).append(team_row.reference)
            detail["outcome"] = "applied" if changed else "unchanged"
            s.delete(checkout)
        else:  # recalled, or released by an earlier run that stopped before the laptop's part
            kept = conflicts.keep_laptop_versions(rs, ts, s, team_row, copy, replica_id)
            if kept:
                report.conflicts.append(team_row.reference)
                detail["outcome"], detail["conflicts"] = "conflict", kept
            else:
                report.unchanged.append(team_row.reference)
                detail["outcome"] = "already"
            if ours and checkout is not None:
                s.delete(checkout)
        ts.audit(s, AuditEvent(Action.CHECKIN, "family", family_id, detail))


def _insert_new(s: Session, copy: LaptopCopy) -> str:
    values = {k: v for k, v in copy.family.items() if k != "manifest_ct"}
    values["reference"] = next_reference(s)
    s.add(FamilyRow(**values))
    s.flush()
    for table in rows.record_tables_parents_first():
        for (name, _), row in copy.records.items():
            if name == table:
                s.add(FAMILY_RECORD_TABLES[name](**row))
        s.flush()
    for grant in copy.grants:
        s.add(FamilyKeyGrant(**grant))
    s.flush()
    return values["reference"]


def _apply(s: Session, team_row: FamilyRow, copy: LaptopCopy) -> bool:
    """The laptop's version over the team's (which no one could change while it was out).
    Records the laptop deleted go; records only the team store has (conflicting versions kept
    for merging while it was out) stay."""
    team = rows.digests(s.connection(), team_row.id)
    changed = False
    deleted = set(copy.deleted_since_out())
    for table in reversed(rows.record_tables_parents_first()):
        for name, record_id in deleted:
            if name == table and (name, record_id) in team:
                obj = s.get(FAMILY_RECORD_TABLES[name], record_id)
                if obj is not None:
                    s.delete(obj)
                    changed = True
        s.flush()
    for table in rows.record_tables_parents_first():
        for (name, record_id), row in copy.records.items():
            if name != table or team.get((name, record_id)) == copy.digest((name, record_id)):
                continue
            changed = True
            obj = s.get(FAMILY_RECORD_TABLES[name], record_id)
            if obj is None:
                s.add(FAMILY_RECORD_TABLES[name](**row))
            else:
                for column, value in row.items():
                    setattr(obj, column, value)
        s.flush()
    for column, value in copy.family.items():
        if column in TEAM_OWN or getattr(team_row, column) == value:
            continue
        if column not in NOT_COMPARED:
            changed = True
        setattr(team_row, column, value)
    held = set(
        s.scalars(select(FamilyKeyGrant.holder).where(FamilyKeyGrant.family_id == team_row.id))
    )
    for grant in copy.grants:
        if grant["holder"] not in held:
            s.add(FamilyKeyGrant(**grant))
            changed = True
    if changed:
        team_row.revision = max(team_row.revision, int(copy.family["revision"])) + 1
    s.flush()
    return changed


# --- the laptop's side ------------------------------------------------------------------------


def drop_local(rs: UserSession, family_id: str, action: str, detail: dict[str, Any]) -> None:
    """Remove one family from the laptop (after the team store has it), then its key share."""
    with rs.write() as s:
        changes = manifest.tracker(s)
        assert changes is not None
        changes.bulk_allowed = True
        changes.mark_destroyed(family_id)
        s.execute(delete(CheckoutRow).where(CheckoutRow.family_id == family_id))
        s.execute(delete(FamilyKeyGrant).where(FamilyKeyGrant.family_id == family_id))
        for table in reversed(rows.record_tables_parents_first()):
            mapped = FAMILY_RECORD_TABLES[table]
            s.execute(delete(mapped).where(mapped.family_id == family_id))
        s.execute(delete(FamilyRow).where(FamilyRow.id == family_id))
        rs.audit(s, AuditEvent(action, "family", family_id, detail))
    rs.vault.shares.destroy([family_id])
    rs.forget_family_key(family_id)


def erase(rs: UserSession, reason: str) -> None:
    """A revoked laptop: every family and key share goes (shares first: without them nothing
    left in the file can be decrypted, whatever happens next)."""
    shares = list(rs.vault.shares.all())
    if shares:
        rs.vault.shares.destroy(shares)
    for family_id in _local_families(rs):
        drop_local(rs, family_id, Action.REPLICA_ERASED, {"reason": reason})


def _drop_orphan_shares(rs: UserSession) -> None:
    """Shares of families no longer on the laptop (a check-in stopped between dropping a
    family and its share)."""
    held = set(rs.vault.shares.all())
    with Session(rs.vault.engine) as s:
        present = set(s.scalars(select(FamilyRow.id)))
    orphans = sorted(held - present)
    if orphans:
        rs.vault.shares.destroy(orphans)


def replica_entries(s: Session, replica_id: str) -> int:
    return (
        s.scalar(
            select(func.count())
            .select_from(ReplicaAuditRow)
            .where(ReplicaAuditRow.replica_id == replica_id)
        )
        or 0
    )


def worker_name(s: Session, worker_id: str) -> str:
    return s.scalar(select(UserRow.display_name).where(UserRow.id == worker_id)) or "someone"
