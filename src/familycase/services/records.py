"""Reading and writing one family's encrypted records inside a transaction."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from typing import TypeVar

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from familycase.crypto.aead import decrypt_each
from familycase.crypto.errors import IntegrityError
from familycase.domain.family import FamilyDetails, Member
from familycase.domain.risk import AlertMark, RiskFlag
from familycase.services import manifest
from familycase.services.clock import now
from familycase.services.errors import NoAccessToFamily, StaleEdit, TamperedData, UnknownRecord
from familycase.services.manifest import tracker as manifest_tracker
from familycase.services.vault import UserSession
from familycase.store.binding import family_row_aads, open_bytes, open_model, seal_model
from familycase.store.schema import AuditRow, FamilyRow, MemberRow, RiskFlagRow, UserRow

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")


class FamilySummary(BaseModel):
    """The small payload that lists and name search decrypt: no more than they need (and the
    risk and alert flags' kinds and dates, so lists can mark them without a plaintext column)."""

    family_name: str
    member_names: list[str] = Field(default_factory=list)
    alerts: list[AlertMark] = Field(default_factory=list)


def family_row(s: Session, family_id: str) -> FamilyRow:
    """The family's row. In a write transaction it is locked for the rest of the transaction
    (other writers wait), and a family this worker opened earlier must not have been changed
    by someone else since: that edit would be based on what they no longer see."""
    changes = manifest_tracker(s)
    writing = changes is not None
    row = s.get(FamilyRow, family_id, with_for_update=writing, populate_existing=writing)
    if row is None:
        raise UnknownRecord("There is no such family file.")
    session = s.info.get(manifest.SESSION_KEY)
    # A family this transaction has already changed is locked to it: a higher revision is its
    # own doing (a batch of changes in one transaction), not someone else's.
    if changes is not None and session is not None and family_id not in changes.families:
        known = session.known_revisions.get(family_id)
        changes = manifest_tracker(s)
        # Checked at the first change in a transaction (which then holds the row's lock): a
        # batch's own earlier changes to the same family are not someone else's.
        mine = changes is not None and family_id in changes.families
        if known is not None and row.revision > known and not mine:
            raise stale_edit(s, row)
    return row


def stale_edit(s: Session, row: FamilyRow) -> StaleEdit:
    who, when = "someone else", "a moment ago"
    latest = s.execute(
        select(AuditRow.actor_id, AuditRow.at)
        .where(AuditRow.family_id == row.id, AuditRow.family_state.is_not(None))
        .order_by(AuditRow.seq.desc())
        .limit(1)
    ).first()
    if latest is not None:
        name = s.scalar(select(UserRow.display_name).where(UserRow.id == latest[0]))
        who = name or who
        when = f"{latest[1][11:16]} on {latest[1][8:10]}/{latest[1][5:7]}/{latest[1][:4]} (UTC)"
    return StaleEdit(
        f"Family {row.reference} was changed by {who} at {when} since you opened it. Nothing "
        "was saved: open the family again to see their change, then make yours."
    )


def tampered(what: str, reference: str) -> TamperedData:
    return TamperedData(
        f"Family {reference}: the stored {what} failed its integrity check, so it may have been "
        "altered or damaged. Nothing was changed. Ask an administrator to run 'familycase verify'."
    )


def seal(
    us: UserSession, model: BaseModel, table: str, column: str, row_id: str, family_id: str
) -> bytes:
    return seal_model(us.cipher(family_id), model, table, column, row_id, family_id)


def unseal(
    us: UserSession,
    model: type[M],
    blob: bytes,
    table: str,
    column: str,
    row_id: str,
    family_id: str,
    reference: str,
) -> M:
    try:
        return open_model(us.cipher(family_id), model, blob, table, column, row_id, family_id)
    except IntegrityError:
        raise tampered(table.replace("_", " "), reference) from None


def unseal_row(us: UserSession, model: type[M], row: object, reference: str) -> M:
    """Decrypt a per-family record's ``payload_ct`` (its table, id and family from the row)."""
    return unseal(
        us,
        model,
        row.payload_ct,
        row.__tablename__,
        "payload_ct",  # type: ignore[attr-defined]
        row.id,
        row.family_id,
        reference,
    )  # type: ignore[attr-defined]


def seal_row(us: UserSession, model: BaseModel, row: object) -> bytes:
    """Encrypt ``model`` as the ``payload_ct`` of a per-family record row."""
    return seal(
        us,
        model,
        row.__tablename__,
        "payload_ct",
        row.id,  # type: ignore[attr-defined]
        row.family_id,
    )  # type: ignore[attr-defined]


def record_in_family(s: Session, table: type[T], record_id: str, family_id: str, what: str) -> T:
    """The record, if it belongs to this family; else a plain 'not in this family' error."""
    row = s.get(table, record_id)
    if row is None or row.family_id != family_id:  # type: ignore[attr-defined]
        raise UnknownRecord(f"That {what} is not in this family file.")
    return row


def member_ids(s: Session, family_id: str) -> set[str]:
    """The ids of everyone in the family file (to check that a record names only them)."""
    return set(s.scalars(select(MemberRow.id).where(MemberRow.family_id == family_id)))


def read_details(us: UserSession, row: FamilyRow) -> FamilyDetails:
    return unseal(
        us, FamilyDetails, row.details_ct, "families", "details_ct", row.id, row.id, row.reference
    )


def read_summary_bytes(us: UserSession, family_id: str, blob: bytes) -> bytes:
    place = ("families", "summary_ct", family_id, family_id)
    try:
        return open_bytes(us.cipher(family_id), blob, *place)
    except IntegrityError:
        if not us.reload_family_key(family_id):  # its key was rotated since sign-in?
            raise
        return open_bytes(us.cipher(family_id), blob, *place)


def read_summaries(us: UserSession, items: Sequence[tuple[str, bytes]]) -> dict[str, bytes | None]:
    """Many families' list summaries, (family id, blob) each, opened at once: what
    ``read_summary_bytes`` gives for each (a key rotated since sign-in is reloaded), or None
    where it cannot be opened."""
    ids = [fid for fid, _ in items]
    keys = us.data_keys(ids)
    opened = decrypt_each(
        [keys.get(fid, b"") for fid in ids],
        [blob for _, blob in items],
        family_row_aads("summary_ct", ids),
    )
    found = dict(zip(ids, opened, strict=True))
    for (family_id, blob), plaintext in zip(items, opened, strict=True):
        if plaintext is None:  # not held, or rotated since sign-in: the one-at-a-time way
            with contextlib.suppress(IntegrityError, NoAccessToFamily):
                found[family_id] = read_summary_bytes(us, family_id, blob)
    return found


def list_name(us: UserSession, family_id: str, summary_ct: bytes) -> str:
    """The family's name from its small list summary (what lists decrypt), or "" when this
    worker holds no key or the summary cannot be read (lists mark that; here it is left out)."""
    cached = us.summaries.get(family_id)
    if cached is not None and cached[0] == summary_ct:
        return str(cached[1])
    if not us.holds_key(family_id):
        return ""
    try:
        return str(json.loads(read_summary_bytes(us, family_id, summary_ct))["family_name"])
    except (IntegrityError, ValueError, KeyError, TypeError):
        return ""


def refresh_summary(
    us: UserSession, s: Session, row: FamilyRow, details: FamilyDetails | None = None
) -> None:
    """Rewrite the list payload and counts after the household or its name changed."""
    if details is None:
        details = read_details(us, row)
    members = [
        unseal(us, Member, blob, "members", "payload_ct", member_id, row.id, row.reference)
        for member_id, blob in s.execute(
            select(MemberRow.id, MemberRow.payload_ct)
            .where(MemberRow.family_id == row.id)
            .order_by(MemberRow.position)
        )
    ]
    flags = [
        unseal_row(us, RiskFlag, flag, row.reference)
        for flag in s.scalars(select(RiskFlagRow).where(RiskFlagRow.family_id == row.id))
    ]
    summary = FamilySummary(
        family_name=details.family_name,
        member_names=[m.full_name + (f" ({m.known_as})" if m.known_as else "") for m in members],
        alerts=[
            AlertMark(kind=f.kind, started_on=f.started_on, ended_on=f.ended_on) for f in flags
        ],
    )
    row.summary_ct = seal(us, summary, "families", "summary_ct", row.id, row.id)
    row.member_count = len(members)
    touch(row)


def touch(row: FamilyRow) -> None:
    """A change to the family: its revision goes up in SQL (never a lost increment)."""
    row.updated_at = now()
    row.revision = FamilyRow.revision + 1
