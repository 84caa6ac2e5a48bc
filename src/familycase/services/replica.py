"""Laptop replicas: checking families out from the team store to a laptop.

A replica is a folder: ``replica.json`` (its card, services/../store/replica_card.py), and a
database and key-share file encrypted as whole files (SQLCipher) under a random key sealed to its
one worker. It holds the families checked out to it (their rows exactly as stored: ciphertext is
copied, never opened), the worker's own wraps of their keys, those families' key shares, the
signed staff directory, forms, unit costs and deflators; and an audit chain of its own, signed by
its worker, which check-in brings to the team store whole (services/checkin.py).

On the team store each checked-out family has a ``checkouts`` row (who, which device, since
when), and every change to it is refused until it comes back or a team leader recalls it
(services/checkouts.py).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from familycase.crypto import aead
from familycase.domain.enums import Role
from familycase.services import audit, checkouts, manifest
from familycase.services import replica_rows as rows
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now
from familycase.services.errors import (
    Cancelled,
    FamilyCheckedOut,
    InvalidRequest,
    NoAccessToFamily,
    UnknownRecord,
)
from familycase.services.families import PROVISIONAL_PREFIX_KEY, require_role
from familycase.services.vault import UserSession, Vault, new_id
from familycase.store import migrate
from familycase.store.database import SQLITE_FILE, KeyHolder, sqlcipher_engine
from familycase.store.keyshares import SHARES_FILE, KeyShareStore
from familycase.store.replica_card import CARD_FILE, ReplicaCard, ReplicaCardError, is_replica
from familycase.store.schema import (
    CheckoutRow,
    DeviceRow,
    FamilyKeyGrant,
    FamilyRow,
    OrgKeyGrant,
    UserRow,
    VaultMeta,
)

REPLICA_ID_KEY = "replica_id"
REPLICA_DEVICE_KEY = "replica_device"
REPLICA_TEAM_KEY = "replica_team"
DEVICE_NAME_LIMIT = 60
_CODE = re.compile(r"[^A-Z0-9]")

Progress = Callable[[int, int], bool]  # (done, total) -> carry on?


@dataclass
class CheckoutResult:
    folder: Path
    device: str
    created: bool
    checked_out: list[str] = field(default_factory=list)  # references newly on the laptop
    already_there: list[str] = field(default_factory=list)  # on it already (kept as they are)


def device_code(name: str) -> str:
    """The part of a provisional reference that names the device: FC-P-<code>-0001."""
    return _CODE.sub("", name.upper())[:10] or "LAPTOP"


def device_of(folder: Path) -> str | None:
    """The laptop's name where ``folder`` is a laptop replica already (its card says), else
    None (a new replica would be made there)."""
    if not is_replica(folder):
        return None
    try:
        return ReplicaCard.load(folder).device
    except ReplicaCardError:
        return None


def clean_device_name(name: str | None) -> str:
    text = " ".join((name or socket.gethostname() or "laptop").split())
    if not text:
        raise InvalidRequest("Give the laptop a name, such as 'Kim's laptop'.")
    if len(text) > DEVICE_NAME_LIMIT:
        raise InvalidRequest(f"A laptop's name is at most {DEVICE_NAME_LIMIT} characters.")
    return text


def check_out(
    us: UserSession,
    references: Sequence[str],
    folder: Path | str,
    device: str | None = None,
    progress: Progress | None = None,
) -> CheckoutResult:
    """Take these families to the laptop replica in ``folder`` (made if need be; refreshed if it
    is already this worker's replica of this vault). Families already on it keep their offline
    changes. The team store marks each one checked out in the same transaction."""
    if getattr(us.vault, "replica", None) is not None:
        raise InvalidRequest(
            "This is a laptop replica: families are checked out from the team store."
        )
    require_role(us, Role.KEY_WORKER, Role.TEAM_LEADER)
    folder = Path(folder)
    card = _existing_card(us, folder)
    family_ids = _resolve(us, references)
    created = card is None
    replica_id = card.replica_id if card else new_id()
    name = card.device if card else clean_device_name(device)
    key = card.db_key(us.ring.master_key) if card else aead.new_key()
    building = folder.with_name(folder.name + ".new") if created else folder
    if created:
        shutil.rmtree(building, ignore_errors=True)  # left by an interrupted attempt
        _create_files(building, key)
    holder = KeyHolder()
    holder.key = key
    engine = sqlcipher_engine(building / SQLITE_FILE, holder)
    shares = KeyShareStore(sqlcipher_engine(building / SHARES_FILE, holder), str(building))
    result = CheckoutResult(folder, name, created)
    try:
        with us.write() as s:
            _claim_device(us, s, replica_id, name)
            fresh = _mark_checked_out(us, s, family_ids, replica_id, result)
            with engine.begin() as replica:
                _copy_org(us, s, replica, replica_id, name, created)
                for done, family_id in enumerate(fresh, start=1):
                    _copy_family(us, s, replica, family_id, replica_id)
                    if progress is not None and not progress(done, len(fresh)):
                        raise Cancelled("Nothing was checked out.")
            shares.add_missing({fid: us.share(fid) for fid in fresh})
            _card(us, replica_id, name, key).save(building)
    except BaseException:
        engine.dispose()
        shares.dispose()
        if created:
            shutil.rmtree(building, ignore_errors=True)
        raise
    engine.dispose()
    shares.dispose()
    if created:  # the team store has marked them: now the folder becomes the replica
        if folder.exists():
            _move_into(building, folder)
        else:
            building.replace(folder)
    return result


def _existing_card(us: UserSession, folder: Path) -> ReplicaCard | None:
    if is_replica(folder):
        card = ReplicaCard.load(folder)
        if card.vault_id != us.staff.vault_id:
            raise InvalidRequest(f"{folder} is a laptop replica of another vault.")
        if card.user_id != us.worker.id:
            raise InvalidRequest(
                f"{folder} is {card.display_name}'s laptop replica: choose a folder of your own."
            )
        return card
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise InvalidRequest(
            f"{folder} is not empty and is not a laptop replica: choose an empty or new folder."
        )
    return None


def _resolve(us: UserSession, references: Sequence[str]) -> list[str]:
    if not references:
        raise InvalidRequest("Name at least one family to take offline.")
    wanted = [r.strip().upper() for r in references]
    with us.read() as s:
        found = dict(
            s.execute(
                select(FamilyRow.reference, FamilyRow.id).where(FamilyRow.reference.in_(wanted))
            ).all()
        )
    missing = [r for r in wanted if r not in found]
    if missing:
        raise UnknownRecord(f"There is no family {', '.join(missing)}.")
    ids = list(dict.fromkeys(found[r] for r in wanted))
    for ref in wanted:
        if not us.holds_key(found[ref]):
            raise NoAccessToFamily(f"You have not been given access to family {ref}.")
    return ids


def _create_files(folder: Path, key: bytes) -> None:
    previous = os.umask(0o077)
    try:
        folder.mkdir(parents=True, mode=0o700)
        holder = KeyHolder()
        holder.key = key
        engine = sqlcipher_engine(folder / SQLITE_FILE, holder)
        try:
            migrate.upgrade(engine)
        finally:
            engine.dispose()
        shares_engine = sqlcipher_engine(folder / SHARES_FILE, holder)
        try:
            KeyShareStore.create_on_server(shares_engine, str(folder / SHARES_FILE))
        finally:
            shares_engine.dispose()
    finally:
        os.umask(previous)


def _move_into(building: Path, folder: Path) -> None:
    """The new replica's files into an empty folder the worker chose (the card last: until it
    is there, the folder is not a replica)."""
    for name in (SQLITE_FILE, SHARES_FILE):
        (building / name).replace(folder / name)
    for extra in building.iterdir():
        if extra.name != CARD_FILE:
            extra.replace(folder / extra.name)
    (building / CARD_FILE).replace(folder / CARD_FILE)
    building.rmdir()


def _claim_device(us: UserSession, s: Session, replica_id: str, name: str) -> None:
    device = s.get(DeviceRow, replica_id)
    if device is not None:
        if device.revoked_at is not None:
            raise InvalidRequest(
                "This laptop replica was revoked by a team leader; make a new one in another "
                "folder."
            )
        return
    code = device_code(name)
    for other in s.scalars(select(DeviceRow.name)):
        if device_code(other) == code:
            raise InvalidRequest(
                f"There is already a laptop called '{other}' (or one very like it): give this "
                "one another name."
            )
    s.add(DeviceRow(replica_id=replica_id, worker_id=us.worker.id, name=name, created_at=now()))
    s.flush()


def _mark_checked_out(
    us: UserSession,
    s: Session,
    family_ids: list[str],
    replica_id: str,
    result: CheckoutResult,
) -> list[str]:
    """Checkout rows for families not on this laptop yet; the ids of those to copy."""
    fresh: list[str] = []
    current = checkouts.checkouts_of(s, family_ids)
    for family_id in family_ids:
        row = s.get(FamilyRow, family_id, with_for_update=True, populate_existing=True)
        assert row is not None
        existing = s.get(CheckoutRow, family_id)
        info = current.get(family_id)
        if existing is not None and existing.replica_id == replica_id:
            if existing.recalled_at is not None:
                raise InvalidRequest(
                    f"Family {row.reference} was recalled from this laptop: bring your families "
                    "back first (your changes to it come back for merging), then take it again."
                )
            result.already_there.append(row.reference)
            continue
        if existing is not None and info is not None and info.in_force:
            raise FamilyCheckedOut(f"Family {row.reference} is checked out to {info.label()}.")
        if existing is not None:  # recalled from another laptop: that one merges later
            s.delete(existing)
            s.flush()
        state = _seal_if_needed(us, s, row)
        s.add(
            CheckoutRow(
                family_id=family_id,
                replica_id=replica_id,
                worker_id=us.worker.id,
                since=now(),
                state=state,
            )
        )
        us.audit(s, AuditEvent(Action.CHECKOUT, "family", family_id, {"replica": replica_id}))
        fresh.append(family_id)
        result.checked_out.append(row.reference)
    s.flush()
    return fresh


def _seal_if_needed(us: UserSession, s: Session, row: FamilyRow) -> str:
    """The family's state as it goes out (a family older than manifests is sealed first)."""
    cipher = us.cipher(row.id)
    if row.manifest_ct is None:
        checkouts.allow(s, [row.id])
        row.manifest_ct = manifest.seal_manifest(cipher, row.id, manifest.build(s, row.id))
        tracker = manifest.tracker(s)
        if tracker is not None:
            tracker.mark(row.id)
        s.flush()
    sealed = manifest.open_manifest(cipher, row.id, bytes(row.manifest_ct))
    return sealed.state(row.revision, row.reference)


def _copy_org(
    us: UserSession, s: Session, replica: Connection, replica_id: str, name: str, created: bool
) -> None:
    team = s.connection()
    meta = [
        {"key": r["key"], "value": r["value"]}
        for r in rows.rows_of(team, "vault_meta")
        if not rows.is_local_meta(r["key"])
    ]
    meta += [
        {"key": REPLICA_ID_KEY, "value": replica_id},
        {"key": REPLICA_DEVICE_KEY, "value": name},
        {"key": REPLICA_TEAM_KEY, "value": us.vault.location},
        {"key": PROVISIONAL_PREFIX_KEY, "value": f"FC-P-{device_code(name)}-"},
    ]
    if created:
        meta += [
            {"key": audit.HEAD_KEY, "value": f"0:{audit.GENESIS_HASH}"},
            {"key": "next_reference", "value": "1"},
        ]
    rows.upsert_rows(replica, "vault_meta", meta)
    rows.upsert_rows(replica, "teams", rows.rows_of(team, "teams"))
    users = rows.rows_of(team, "users")
    own_state = replica.execute(
        select(UserRow.ring_state).where(UserRow.id == us.worker.id)
    ).scalar_one_or_none()
    for user in users:
        user["failed_unlocks"] = 0
        if user["id"] == us.worker.id:
            user["ring_state"] = own_state  # what this worker saw of the replica's own chain
            continue
        user["ring_state"] = None
        for column in rows.BLANKED_USER_COLUMNS:
            user[column] = b""
    rows.upsert_rows(replica, "users", users)
    have = replica.execute(select(rows.table("directory").c.seq)).scalars().all()
    rows.insert_rows(
        replica,
        "directory",
        [r for r in rows.rows_of(team, "directory") if r["seq"] not in set(have)],
    )
    # Forms are never removed (assessments name the version they used; one first used offline
    # waits here for check-in); unit costs and deflators are the team store's as they are now.
    rows.upsert_rows(
        replica, "instrument_definitions", rows.rows_of(team, "instrument_definitions")
    )
    for name_ in ("local_unit_costs", "deflator_tables"):
        whole = rows.rows_of(team, name_)
        rows.delete_missing(replica, name_, whole)
        rows.upsert_rows(replica, name_, whole)
    # Supervision sessions are never removed (a checked-out family's reflections refer to them).
    rows.upsert_rows(replica, "supervision_sessions", rows.rows_of(team, "supervision_sessions"))
    own_org = rows.rows_of(
        team,
        "org_key_grants",
        (OrgKeyGrant.holder == us.worker.id) & OrgKeyGrant.key_name.not_in(rows.TEAM_ONLY_KEYS),
    )
    rows.delete_missing(replica, "org_key_grants", own_org)
    rows.upsert_rows(replica, "org_key_grants", own_org)
    device = s.get(DeviceRow, replica_id)
    assert device is not None
    rows.upsert_rows(
        replica,
        "devices",
        [{c.name: getattr(device, c.name) for c in rows.table("devices").c}],
    )
    if created:
        with Session(bind=replica) as local:
            audit.append(
                local,
                us.staff.audit_public,
                AuditEvent(
                    Action.REPLICA_CREATED,
                    "replica",
                    replica_id,
                    {"device": name, "team": us.vault.location},
                ),
                us.worker.id,
                us.ring,
            )
            local.flush()


def _copy_family(
    us: UserSession, s: Session, replica: Connection, family_id: str, replica_id: str
) -> None:
    team = s.connection()
    family = rows.rows_of(team, "families", FamilyRow.id == family_id)
    rows.insert_rows(replica, "families", family)
    by_table: dict[str, list[dict[str, object]]] = {}
    for name, row in rows.family_rows(team, [family_id]):
        by_table.setdefault(name, []).append(row)
    for name in rows.record_tables_parents_first():
        rows.insert_rows(replica, name, by_table.get(name, []))
    rows.insert_rows(
        replica,
        "family_key_grants",
        rows.rows_of(
            team,
            "family_key_grants",
            (FamilyKeyGrant.family_id == family_id) & (FamilyKeyGrant.holder == us.worker.id),
        ),
    )
    checkout = s.get(CheckoutRow, family_id)
    assert checkout is not None
    rows.insert_rows(
        replica,
        "checkouts",
        [
            {
                "family_id": family_id,
                "replica_id": replica_id,
                "worker_id": us.worker.id,
                "since": checkout.since,
                "state": checkout.state,
                "recalled_at": None,
                "recalled_by": None,
                "baseline_ct": family[0]["manifest_ct"],
            }
        ],
    )
    with Session(bind=replica) as local:  # the replica's chain pins the family as it came
        audit.append(
            local,
            us.staff.audit_public,
            AuditEvent(Action.CHECKOUT, "family", family_id, {"replica": replica_id}),
            us.worker.id,
            us.ring,
            family_id,
            checkout.state,
        )
        local.flush()


def _card(us: UserSession, replica_id: str, name: str, key: bytes) -> ReplicaCard:
    with us.read() as s:
        row = s.get(UserRow, us.worker.id)
        assert row is not None
        return ReplicaCard(
            vault_id=us.staff.vault_id,
            organisation=_organisation(s),
            replica_id=replica_id,
            device=name,
            team=us.vault.location,
            user_id=us.worker.id,
            username=us.worker.username,
            display_name=us.worker.display_name,
            salt=bytes(row.salt).hex(),
            kdf=json.loads(row.kdf),
            wrapped_master_key=bytes(row.wrapped_master_key).hex(),
            private_keys=bytes(row.private_keys).hex(),
            db_key_ct=ReplicaCard.seal_db_key(us.ring.master_key, key, replica_id, us.worker.id),
        )


def _organisation(s: Session) -> str:
    row = s.get(VaultMeta, "organisation")
    return row.value if row else ""


def team_location(vault: Vault) -> str:
    assert vault.replica is not None
    return vault.replica.card.team
