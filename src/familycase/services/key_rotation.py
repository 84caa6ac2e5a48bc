"""Rotating a family's key: every record sealed again under a new data key, in one transaction.

Taking someone's access away deletes their wrap of the family key, but they may have kept the key
(a laptop replica holds it; anyone who could read it once could have copied it). So when access
is taken away (a lost laptop revoked, a worker no longer on the family), the family gets a new
key: a new random family key combined with its key share, every sealed column opened with the
old data key and sealed with the new one (same table, column, row and family binding), the
manifest sealed again, and a wrap for each remaining holder (those still active in the signed
directory, and the recovery key). What is written after that cannot be read with the old key.

The key share stays: on its own it says nothing, and keeping it means the rotation needs no
second store to change in step (the share store is a separate database).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycase.crypto.aead import Cipher
from familycase.crypto.errors import IntegrityError
from familycase.services import checkouts
from familycase.services.audit import Action, AuditEvent
from familycase.services.errors import TamperedData
from familycase.services.vault import (
    RECOVERY_HOLDER,
    UserSession,
    grant_family_key,
    new_family_key,
)
from familycase.store.binding import associated_data
from familycase.store.keyshares import combine
from familycase.store.schema import (
    ENCRYPTED_COLUMNS,
    FAMILY_RECORD_TABLES,
    FamilyKeyGrant,
    FamilyRow,
)


def rotate_family_key(us: UserSession, family_id: str, reason: str) -> None:
    """Give the family a new key, in its own transaction."""
    with us.write() as s:
        rotate_in(us, s, family_id, reason)


def rotate_in(us: UserSession, s: Session, family_id: str, reason: str) -> None:
    """Give the family a new key inside the caller's transaction (the session uses the new key
    from here on; if the transaction fails it goes back to the old one)."""
    old = us.cipher(family_id)
    share = us.share(family_id)
    new_key = new_family_key()
    new = Cipher(combine(new_key, share))
    checkouts.allow(s, [family_id])
    row = s.get(FamilyRow, family_id, with_for_update=True, populate_existing=True)
    if row is None:
        return
    for column in ENCRYPTED_COLUMNS["families"]:
        _reseal(row, "families", column, family_id, family_id, old, new)
    for name, mapped in FAMILY_RECORD_TABLES.items():
        for record in s.scalars(select(mapped).where(mapped.family_id == family_id)):
            for column in ENCRYPTED_COLUMNS.get(name, ("payload_ct",)):
                _reseal(record, name, column, record.id, family_id, old, new)
    s.flush()
    _rewrap(us, s, family_id, new_key)
    us.replace_family_key(family_id, new_key, share)
    us.audit(s, AuditEvent(Action.KEY_ROTATED, "family", family_id, {"reason": reason}))


def _reseal(
    obj: Any, table: str, column: str, row_id: str, family_id: str, old: Cipher, new: Cipher
) -> None:
    blob = getattr(obj, column)
    if not blob:
        return
    aad = associated_data(table, column, row_id, family_id)
    try:
        plaintext = old.decrypt(bytes(blob), aad)
    except IntegrityError:
        raise TamperedData(
            f"Part of family {family_id[:8]} failed its integrity check, so its key was not "
            "changed. Nothing was saved. Ask an administrator to run 'familycase verify'."
        ) from None
    setattr(obj, column, new.encrypt(plaintext, aad))


def _rewrap(us: UserSession, s: Session, family_id: str, new_key: bytes) -> None:
    """New wraps for every holder still entitled (the rotating worker's own last to go and
    first back: on a team server, row security lets only a holder change the family)."""
    grants = list(s.scalars(select(FamilyKeyGrant).where(FamilyKeyGrant.family_id == family_id)))
    keep: list[tuple[str, str | None, bytes]] = []
    for grant in grants:
        if grant.holder == RECOVERY_HOLDER:
            keep.append((grant.holder, None, us.staff.recovery_public))
            continue
        user = us.staff.user(grant.holder)
        if user is not None and user.active:
            keep.append((grant.holder, grant.user_id, user.agreement_public))
    for grant in sorted(grants, key=lambda g: g.holder == us.worker.id):
        s.delete(grant)
        s.flush()
    for holder, user_id, public in sorted(keep, key=lambda h: h[0] != us.worker.id):
        own = us.ring.master_key if holder == us.worker.id else None
        grant_family_key(s, family_id, new_key, holder, public, us.worker.id, user_id, own)
        s.flush()
