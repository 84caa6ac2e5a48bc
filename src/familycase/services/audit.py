"""The audit log: append-only, hash-chained, signed by the acting user.

Each entry's hash covers its fields and the previous entry's hash, so editing, deleting or
reordering any entry breaks the chain. Each entry is also signed with the acting user's Ed25519
key where one is unlocked, so an entry cannot be forged without that user's password. Personal
details inside an entry (a name typed at a failed sign-in, a reason) are sealed to the
organisation audit key: anyone can write them, only team leaders, administrators and the
recovery key holder can read them. Truncating the newest entries and rewriting the head record
together is not detectable from inside the file; exporting signed checkpoints is the remedy.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from familycase.crypto import box
from familycase.crypto.keys import UserKeyRing
from familycase.services.clock import now
from familycase.services.errors import ConcurrentChange, VaultDamaged
from familycase.store.schema import AuditRow, VaultMeta

GENESIS_HASH = "0" * 64
HEAD_KEY = "audit_head"


class Action:
    VAULT_CREATED = "vault_created"
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    LOCK = "lock"
    USER_ADDED = "user_added"
    USER_DISABLED = "user_disabled"
    VIEW = "view"
    LIST = "list"
    CREATE = "create"
    EDIT = "edit"
    DELETE = "delete"
    ALLOCATE = "allocate"
    ACCESS_GRANTED = "access_granted"
    ACCESS_REVOKED = "access_revoked"
    EXPORT = "export"
    VERIFY = "verify"
    CONSENT = "consent"
    CONSENT_OVERRIDE = "consent_override"
    SHARE = "share"
    SUBJECT_ACCESS = "subject_access"
    DESTROY = "destroy"
    DIRECTORY = "directory"  # a signed directory entry was added (adoption, repair too)
    OLDER_COPY_ACCEPTED = "older_copy_accepted"
    APPROVAL_REQUESTED = "approval_requested"  # a decision asked of a team leader
    APPROVED = "approved"
    RETURNED = "returned"  # a request or an assessment sent back with a reason
    WITHDRAWN = "withdrawn"
    SUPERVISION = "supervision"
    FOLLOW_UP = "follow_up"
    # Laptop replicas (services/replica.py, checkin.py, devices.py, conflicts.py).
    REPLICA_CREATED = "replica_created"
    CHECKOUT = "checkout"
    CHECKIN = "checkin"
    REPLICA_AUDIT = "replica_audit"  # a replica's entries brought in (object: replica:seq)
    RECALL = "recall"
    DEVICE_REVOKED = "device_revoked"
    KEY_ROTATED = "key_rotated"
    CONFLICT = "conflict"  # a laptop's version kept for merging
    CONFLICT_RESOLVED = "conflict_resolved"
    REPLICA_ERASED = "replica_erased"


def entry_hash(
    seq: int,
    at: str,
    actor_id: str | None,
    action: str,
    object_type: str,
    object_id: str | None,
    detail_ct: bytes | None,
    prev_hash: str,
    family_id: str | None = None,
    family_state: str | None = None,
) -> str:
    fields: list[object] = [
        seq,
        at,
        actor_id,
        action,
        object_type,
        object_id,
        detail_ct.hex() if detail_ct is not None else None,
        prev_hash,
    ]
    if family_id is not None or family_state is not None:  # entries that pin a family's state
        fields += [family_id, family_state]
    canonical = _COMPACT.encode(fields).encode()
    return hashlib.sha256(canonical).hexdigest()


def entry_time(s: Session) -> str:
    """UTC, to the microsecond. On a team server the server's clock, so that entries from many
    computers are in one time order; in a file vault this computer's."""
    if s.get_bind().dialect.name == "postgresql":
        return str(
            s.scalar(
                text(
                    "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                    "'YYYY-MM-DD\"T\"HH24:MI:SS.US')"
                )
            )
        )
    return now().isoformat(timespec="microseconds")


# What json.dumps(fields, separators=(",", ":")) uses, made once: json.dumps with any option
# builds a new encoder per call, and verify hashes every entry of the log.
_COMPACT = json.JSONEncoder(separators=(",", ":"))


def detail_context(seq: int) -> bytes:
    return f"familycase/audit-detail/v1|{seq}".encode()


def parse_head(value: str) -> tuple[int, str]:
    """``seq:hash`` as kept in vault_meta; a damaged value raises ``VaultDamaged``."""
    seq, _, digest = value.partition(":")
    try:
        number = int(seq)
    except ValueError:
        number = -1
    if number < 0 or len(digest) != 64:
        raise VaultDamaged(
            "The audit log's head record is damaged. Ask an administrator to run "
            "'familycase verify'."
        )
    return number, digest


@dataclass(frozen=True)
class AuditEvent:
    action: str
    object_type: str
    object_id: str | None = None
    detail: dict[str, Any] | None = None
    family_id: str | None = None  # the family this event is about, where not its object

    def about_family(self) -> str | None:
        if self.family_id is not None:
            return self.family_id
        if self.object_type == "family":
            return self.object_id
        family = (self.detail or {}).get("family")
        return family if isinstance(family, str) else None


def append(
    s: Session,
    audit_public: bytes,
    event: AuditEvent,
    actor_id: str | None,
    ring: UserKeyRing | None,
    family_id: str | None = None,
    family_state: str | None = None,
) -> AuditRow:
    """Add one entry inside the caller's transaction (so a rolled-back change leaves none).
    ``family_state`` pins the family's state after the change (see services/manifest.py)."""
    # The head row is locked to the end of the transaction: a second writer waits here (on a
    # team server; in a file vault every writer already holds the write lock).
    head = s.execute(
        select(VaultMeta)
        .where(VaultMeta.key == HEAD_KEY)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if head is None:
        raise VaultDamaged("The audit log's head record is missing. Run 'familycase verify'.")
    last_seq, last_hash = parse_head(head.value)
    seq = last_seq + 1
    at = entry_time(s)
    detail_ct = (
        box.seal(audit_public, json.dumps(event.detail).encode(), detail_context(seq))
        if event.detail
        else None
    )
    digest = entry_hash(
        seq,
        at,
        actor_id,
        event.action,
        event.object_type,
        event.object_id,
        detail_ct,
        last_hash,
        family_id,
        family_state,
    )
    row = AuditRow(
        seq=seq,
        at=at,
        actor_id=actor_id,
        action=event.action,
        object_type=event.object_type,
        object_id=event.object_id,
        detail_ct=detail_ct,
        prev_hash=last_hash,
        entry_hash=digest,
        signature=ring.sign(bytes.fromhex(digest)) if ring is not None else None,
        family_id=family_id,
        family_state=family_state,
    )
    s.add(row)
    try:
        s.flush()
    except IntegrityError:  # another process took this sequence number first
        raise ConcurrentChange(
            "Someone else saved a change at the same moment; nothing was saved. Try again."
        ) from None
    moved = s.execute(
        update(VaultMeta)
        .where(VaultMeta.key == HEAD_KEY, VaultMeta.value == head.value)
        .values(value=f"{seq}:{digest}")
        .execution_options(synchronize_session=False)
    )
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        raise ConcurrentChange("Someone else wrote to the audit log at the same moment; try again.")
    s.expire(head)
    return row


def latest(s: Session, limit: int = 50) -> list[AuditRow]:
    return list(s.scalars(select(AuditRow).order_by(AuditRow.seq.desc()).limit(limit)))
