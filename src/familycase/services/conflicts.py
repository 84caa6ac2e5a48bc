"""Conflicting versions: a laptop's changes to a family that was recalled while it was out.

At check-in, each record the laptop added, changed or deleted that the team store does not
already have that way becomes one conflicting version (``conflicts``, a family record like any
other: sealed under the family's key, covered by its manifest). It carries the laptop's record
opened (its plain columns and the plaintext of its sealed ones), so keeping it re-seals it for
the team store: it survives a key rotation, and "keep both" can give it a new id.

The lead professional (or a team leader, or the worker whose laptop it was) resolves each one:
keep the laptop's version, keep the team's, or, for notes and chronology entries, keep both.
Nothing a laptop brings back is dropped without someone choosing so, and each choice is audited.
"""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError as DatabaseIntegrityError
from sqlalchemy.orm import Session

from familycase.crypto.aead import Cipher
from familycase.crypto.errors import IntegrityError
from familycase.domain.enums import Role
from familycase.services import replica_rows as rows
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now
from familycase.services.errors import (
    InvalidRequest,
    PermissionDenied,
    UnknownRecord,
)
from familycase.services.laptop_copy import FAMILY_FACTS, LaptopCopy
from familycase.services.manifest import KIND_WORDS, header_of
from familycase.services.records import family_row, refresh_summary, tampered
from familycase.services.vault import UserSession, new_id
from familycase.services.work import refresh_last_contact
from familycase.store.binding import associated_data
from familycase.store.schema import (
    ENCRYPTED_COLUMNS,
    FAMILY_RECORD_TABLES,
    ConflictRow,
    DeviceRow,
    FamilyRow,
)

KEEP_LAPTOP, KEEP_TEAM, KEEP_BOTH = "laptop", "team", "both"
# "mine" and "theirs" as the lead professional (usually the laptop's worker) says them.
CHOICES = {
    KEEP_LAPTOP: KEEP_LAPTOP,
    KEEP_TEAM: KEEP_TEAM,
    KEEP_BOTH: KEEP_BOTH,
    "mine": KEEP_LAPTOP,
    "theirs": KEEP_TEAM,
}
# Records that can be kept twice (two accounts of what happened side by side).
BOTH_TABLES = {"contact_notes", "chronology_entries"}
_NAMESPACE = uuid.UUID("5b0e7c1e-4f5c-4d6b-9a43-2f0c6d1e8a11")
# The family row's columns a conflict on it may carry back.
_FAMILY_COLUMNS_NOT_TAKEN = {"id", "reference", "revision", "manifest_ct", "summary_ct"}


@dataclass(frozen=True)
class ConflictItem:
    id: str
    family_id: str
    change: str  # 'added' | 'changed' | 'deleted' (what the laptop did)
    table: str
    record_id: str
    what: str  # 'contact note'
    device: str
    made_at: datetime
    resolved_at: datetime | None
    kept: str | None
    laptop: list[tuple[str, str]]  # the laptop's version, field by field ([] where deleted)
    team: list[tuple[str, str]]  # the team store's version now ([] where it has none)

    @property
    def can_keep_both(self) -> bool:
        return self.table in BOTH_TABLES and self.change != "deleted" and bool(self.team)

    def summary(self) -> str:
        verb = {"added": "added", "changed": "changed", "deleted": "deleted"}[self.change]
        return f"A {self.what} {verb} on {self.device}"


# --- kept at check-in -------------------------------------------------------------------------


def keep_laptop_versions(
    rs: UserSession,
    ts: UserSession,
    s: Session,
    team_row: FamilyRow,
    copy: LaptopCopy,
    replica_id: str,
) -> int:
    """Keep as conflicting versions the laptop's changes the team store does not have. Run
    again, it keeps none twice (their ids come from what they are). Returns how many."""
    family_id = team_row.id
    team = rows.digests(s.connection(), family_id)
    pending: list[tuple[str, str, str, dict[str, Any] | None]] = []
    for key, change in copy.changed_since_out().items():
        if team.get(key) != copy.digest(key):
            pending.append((change, key[0], key[1], copy.records[key]))
    for key in copy.deleted_since_out():
        if key in team:
            pending.append(("deleted", key[0], key[1], None))
    if copy.family_changed_since_out() and _differs(copy.family, team_row):
        pending.append(("changed", "families", family_id, copy.family))
    if not pending:
        return 0
    laptop = rs.cipher(family_id)
    team_cipher = ts.cipher(family_id)
    device = s.get(DeviceRow, replica_id)
    kept = 0
    for change, table, record_id, row in pending:
        marker = (
            copy.digest((table, record_id))
            if row is not None and table != "families"
            else (
                json.dumps(header_of(row), sort_keys=True, default=str)
                if row is not None
                else "gone"
            )
        )
        conflict_id = uuid.uuid5(_NAMESPACE, f"{replica_id}|{table}|{record_id}|{marker}").hex
        if s.get(ConflictRow, conflict_id) is not None:
            continue
        payload = {
            "change": change,
            "table": table,
            "record_id": record_id,
            "device": device.name if device is not None else "a laptop",
            "worker": rs.worker.id,
            "row": _opened(laptop, table, family_id, row) if row is not None else None,
        }
        s.add(
            ConflictRow(
                id=conflict_id,
                family_id=family_id,
                replica_id=replica_id,
                made_at=now(),
                resolved_at=None,
                payload_ct=team_cipher.encrypt(
                    json.dumps(payload).encode(), _aad(conflict_id, family_id)
                ),
            )
        )
        kept += 1
    s.flush()
    if kept:
        ts.audit(
            s,
            AuditEvent(Action.CONFLICT, "family", family_id, {"replica": replica_id, "kept": kept}),
        )
    return kept


def _differs(laptop: dict[str, Any], team_row: FamilyRow) -> bool:
    return any(getattr(team_row, k) != laptop.get(k) for k in FAMILY_FACTS)


def _opened(cipher: Cipher, table: str, family_id: str, row: dict[str, Any]) -> dict[str, Any]:
    """A stored row with its sealed columns opened (their plaintext, base64), plain ones kept."""
    sealed = set(ENCRYPTED_COLUMNS.get(table, ()))
    out: dict[str, Any] = {}
    for column, value in row.items():
        if column in sealed and value:
            plain = cipher.decrypt(
                bytes(value), associated_data(table, column, row["id"], family_id)
            )
            out[column] = {"plain": base64.b64encode(plain).decode()}
        else:
            out[column] = _encode(value)
    return out


def _encode(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"b": base64.b64encode(bytes(value)).decode()}
    if isinstance(value, datetime):
        return {"t": value.isoformat()}
    if isinstance(value, date):
        return {"d": value.isoformat()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if "b" in value:
            return base64.b64decode(value["b"])
        if "t" in value:
            return datetime.fromisoformat(value["t"])
        if "d" in value:
            return date.fromisoformat(value["d"])
    return value


def _aad(conflict_id: str, family_id: str) -> bytes:
    return associated_data("conflicts", "payload_ct", conflict_id, family_id)


# --- seen and resolved by the lead professional -----------------------------------------------


def open_conflicts(
    us: UserSession, family_id: str, *, resolved: bool = False
) -> list[ConflictItem]:
    """The family's conflicting versions (unresolved ones; all with ``resolved``), parents
    first so that keeping them in order never needs a record that is not there yet."""
    cipher = us.cipher(family_id)
    order = {name: i for i, name in enumerate(["families", *rows.record_tables_parents_first()])}
    with us.read() as s:
        query = select(ConflictRow).where(ConflictRow.family_id == family_id)
        if not resolved:
            query = query.where(ConflictRow.resolved_at.is_(None))
        names = {u.id: u.display_name for u in us.staff.users.values()}
        items = [_item(s, cipher, row, names) for row in s.scalars(query)]
    return sorted(items, key=lambda i: (order.get(i.table, 99), i.made_at, i.id))


def unresolved_counts(us: UserSession, family_ids: list[str] | None = None) -> dict[str, int]:
    with us.read() as s:
        query = (
            select(ConflictRow.family_id, func.count())
            .where(ConflictRow.resolved_at.is_(None))
            .group_by(ConflictRow.family_id)
        )
        if family_ids is not None:
            query = query.where(ConflictRow.family_id.in_(family_ids))
        return dict(s.execute(query).all())  # type: ignore[arg-type]


def _payload(s: Session, cipher: Cipher, row: ConflictRow) -> dict[str, Any]:
    try:
        return json.loads(cipher.decrypt(bytes(row.payload_ct), _aad(row.id, row.family_id)))
    except (IntegrityError, ValueError):
        reference = s.scalar(select(FamilyRow.reference).where(FamilyRow.id == row.family_id))
        raise tampered("conflicting version kept from a laptop", reference or "?") from None


def _item(
    s: Session, cipher: Cipher, row: ConflictRow, names: dict[str, str] | None = None
) -> ConflictItem:
    payload = _payload(s, cipher, row)
    table, record_id = payload["table"], payload["record_id"]
    laptop = _fields(table, payload["row"], names) if payload["row"] else []
    team_values = _team_version(s, cipher, table, record_id, row.family_id)
    kept = payload.get("kept")
    return ConflictItem(
        id=row.id,
        family_id=row.family_id,
        change=payload["change"],
        table=table,
        record_id=record_id,
        what=KIND_WORDS.get(table, "family's details" if table == "families" else table),
        device=payload.get("device", "a laptop"),
        made_at=row.made_at,
        resolved_at=row.resolved_at,
        kept=kept,
        laptop=laptop,
        team=_fields(table, team_values, names) if team_values else [],
    )


def _team_version(
    s: Session, cipher: Cipher, table: str, record_id: str, family_id: str
) -> dict[str, Any] | None:
    t = rows.table(table)
    found = s.execute(select(t).where(t.c.id == record_id)).mappings().first()
    if found is None:
        return None
    return _opened(cipher, table, family_id, dict(found))


_HIDDEN = {"id", "family_id", "revision", "manifest_ct", "summary_ct", "position", "history"}


def _fields(
    table: str, opened: dict[str, Any], names: dict[str, str] | None = None
) -> list[tuple[str, str]]:
    """A record, field by field, in plain words: its sealed JSON opened into its fields first,
    then the plain columns it does not repeat; workers by name, dates as dd/mm/yyyy."""
    names = names or {}
    sealed: list[tuple[str, Any]] = []
    plain: list[tuple[str, Any]] = []
    for column, value in opened.items():
        if column in _HIDDEN:
            continue
        if isinstance(value, dict) and "plain" in value:
            content = base64.b64decode(value["plain"])
            try:
                parsed = json.loads(content)
            except ValueError:
                sealed.append((column, f"(a file of {len(content):,} bytes)"))
                continue
            if isinstance(parsed, dict):
                sealed += [(k, v) for k, v in parsed.items() if k not in _HIDDEN]
            else:
                sealed.append((column, parsed))
        else:
            plain.append((column, _decode(value)))
    seen = {k for k, _ in sealed}
    out: list[tuple[str, str]] = []
    for key, value in [*sealed, *((k, v) for k, v in plain if k not in seen)]:
        if key.endswith("_ids"):
            continue
        shown = _show(value, names)
        if shown:
            out.append((_label(key), shown))
    return out


def _label(name: str) -> str:
    return name.removesuffix("_ct").removesuffix("_id").replace("_", " ").capitalize()


def _show(value: Any, names: dict[str, str]) -> str:
    if value in (None, "", [], {}):
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, str):
        if value in names:
            return names[value]
        if len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                return value
            return f"{moment:%d/%m/%Y}" if len(value) == 10 else f"{moment:%d/%m/%Y %H:%M}"
        return value.replace("_", " ") if value.isidentifier() and value.islower() else value
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)[:400]
    return str(value)


def resolve(us: UserSession, conflict_id: str, keep: str) -> ConflictItem:
    """Keep the laptop's version, the team's, or (notes and chronology entries) both."""
    choice = CHOICES.get(keep)
    if choice is None:
        raise InvalidRequest("Choose the laptop's version, the team's, or both.")
    with us.read() as s:
        conflict = s.get(ConflictRow, conflict_id)
        if conflict is None:
            raise UnknownRecord("There is no such conflicting version.")
        family_id = conflict.family_id
    cipher = us.cipher(family_id)
    with us.write() as s:
        conflict = s.get(ConflictRow, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise InvalidRequest("This conflicting version has already been resolved.")
        row = family_row(s, family_id)
        _may_resolve(us, row, conflict)
        payload = _payload(s, cipher, conflict)
        table, record_id, change = payload["table"], payload["record_id"], payload["change"]
        if choice == KEEP_BOTH and (table not in BOTH_TABLES or change == "deleted"):
            raise InvalidRequest("Only notes and chronology entries can be kept twice.")
        try:
            if choice == KEEP_LAPTOP:
                _keep_laptop(s, cipher, row, table, record_id, change, payload["row"])
            elif choice == KEEP_BOTH:
                exists = s.get(FAMILY_RECORD_TABLES[table], record_id) is not None
                new = new_id() if exists else record_id
                s.add(_sealed_row(cipher, table, family_id, payload["row"], new))
            s.flush()
        except DatabaseIntegrityError:
            raise InvalidRequest(
                "This version refers to a record the team store does not have: keep that one "
                "first (the list is in that order)."
            ) from None
        payload["kept"] = choice
        conflict.payload_ct = cipher.encrypt(
            json.dumps(payload).encode(), _aad(conflict.id, family_id)
        )
        conflict.resolved_at = now()
        refresh_summary(us, s, row)  # what follows from the records: names, people, last contact
        refresh_last_contact(us, s, row)
        us.audit(
            s,
            AuditEvent(
                Action.CONFLICT_RESOLVED,
                "family",
                family_id,
                {"conflict": conflict_id, "table": table, "kept": choice},
            ),
        )
        item = _item(s, cipher, conflict, {u.id: u.display_name for u in us.staff.users.values()})
    return item


def _may_resolve(us: UserSession, row: FamilyRow, conflict: ConflictRow) -> None:
    if us.worker.role is Role.TEAM_LEADER or row.lead_worker_id == us.worker.id:
        return
    device = None
    with Session(bind=us.vault.engine) as s:
        device = s.get(DeviceRow, conflict.replica_id)
    if device is not None and device.worker_id == us.worker.id:
        return
    raise PermissionDenied(
        "Only the family's lead professional, a team leader or the worker whose laptop it was "
        "can resolve its conflicting versions."
    )


def _keep_laptop(
    s: Session,
    cipher: Cipher,
    row: FamilyRow,
    table: str,
    record_id: str,
    change: str,
    opened: dict[str, Any] | None,
) -> None:
    if table == "families":
        assert opened is not None
        sealed = _sealed_values(cipher, "families", row.id, opened, row.id)
        for column in FAMILY_FACTS:
            setattr(row, column, sealed[column])
        return
    mapped = FAMILY_RECORD_TABLES[table]
    current = s.get(mapped, record_id)
    if change == "deleted":
        if current is not None:
            s.delete(current)
        return
    assert opened is not None
    if current is None:
        s.add(_sealed_row(cipher, table, row.id, opened, record_id))
        return
    for column, value in _sealed_values(cipher, table, row.id, opened, record_id).items():
        if column != "id":
            setattr(current, column, value)


def _sealed_row(
    cipher: Cipher, table: str, family_id: str, opened: dict[str, Any], record_id: str
) -> Any:
    return FAMILY_RECORD_TABLES[table](
        **_sealed_values(cipher, table, family_id, opened, record_id)
    )


def _sealed_values(
    cipher: Cipher, table: str, family_id: str, opened: dict[str, Any], record_id: str
) -> dict[str, Any]:
    """The laptop's record sealed again for the team store under ``record_id``."""
    out: dict[str, Any] = {}
    for column, value in opened.items():
        if isinstance(value, dict) and "plain" in value:
            out[column] = cipher.encrypt(
                base64.b64decode(value["plain"]),
                associated_data(table, column, record_id, family_id),
            )
        else:
            out[column] = _decode(value)
    out["id"] = record_id
    return out
