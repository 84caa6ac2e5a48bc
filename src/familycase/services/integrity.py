"""Checking one family file before it is shown: its rows against its sealed manifest, and the
manifest against the last state the signed audit log pins (see services/manifest.py)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycase.crypto.errors import IntegrityError
from familycase.crypto.keys import verify_signature
from familycase.services import audit, manifest
from familycase.services.errors import TamperedData
from familycase.services.vault import UserSession
from familycase.store.schema import AuditRow


def latest_pin(us: UserSession, s: Session, family_id: str) -> str | None:
    """The family state pinned by the newest audit entry about it, once that entry's hash and
    signature are checked (a pin someone edited counts as damage, not as a pin)."""
    row = s.scalar(
        select(AuditRow)
        .where(AuditRow.family_id == family_id, AuditRow.family_state.is_not(None))
        .order_by(AuditRow.seq.desc())
        .limit(1)
    )
    if row is None:
        return None
    digest = audit.entry_hash(
        row.seq,
        row.at,
        row.actor_id,
        row.action,
        row.object_type,
        row.object_id,
        row.detail_ct,
        row.prev_hash,
        row.family_id,
        row.family_state,
    )
    signer = us.staff.audit_signer_public(row.actor_id)
    if (
        digest != row.entry_hash
        or row.signature is None
        or signer is None
        or not verify_signature(signer, bytes(row.signature), bytes.fromhex(digest))
    ):
        raise TamperedData(
            "The audit log's record of this family's last change was altered. Nothing was "
            "opened. Ask an administrator to run 'familycase verify'."
        )
    return row.family_state


def check_family(us: UserSession, s: Session, family_id: str, reference: str) -> bool:
    """Raise ``TamperedData`` naming what differs; return False for a family that has never
    been sealed (older than manifests), which the caller seals."""
    values = manifest.family_values(s, [family_id]).get(family_id)
    if values is None:
        return True
    pin = latest_pin(us, s, family_id)
    blob = values.get("manifest_ct")
    if blob is None:
        if pin is not None:
            raise _tampered(reference, ["its manifest was removed"])
        return False
    try:
        sealed = manifest.open_manifest(us.cipher(family_id), family_id, bytes(blob))
    except (IntegrityError, ValueError):
        if not us.reload_family_key(family_id):  # not a key rotated since sign-in either
            raise _tampered(reference, ["its manifest failed its integrity check"]) from None
        try:
            sealed = manifest.open_manifest(us.cipher(family_id), family_id, bytes(blob))
        except (IntegrityError, ValueError):
            raise _tampered(reference, ["its manifest failed its integrity check"]) from None
    problems = manifest.compare(sealed, manifest.build(s, family_id))
    if not problems and pin is not None:
        try:
            _, pinned_reference, digest = manifest.parse_state(pin)
        except ValueError:
            pinned_reference, digest = "", ""
        if digest != sealed.digest() or pinned_reference != reference:
            problems = [
                "the whole file was put back to an older copy (the audit log records a later "
                "change to it)"
            ]
    if problems:
        raise _tampered(reference, problems)
    return True


def _tampered(reference: str, problems: list[str]) -> TamperedData:
    return TamperedData(
        f"Family {reference} failed its integrity check: " + "; ".join(problems) + ". Nothing "
        "was opened or changed. Ask an administrator to run 'familycase verify'."
    )
