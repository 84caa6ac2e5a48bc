"""Chronology entries no other record keeps: household changes, noted as they are saved, and
significant events a worker records by hand. ``services/timeline.py`` reads them with
everything else into the family's chronology."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycase.domain.chronology import ChronologyEntry, EntryKind
from familycase.domain.enums import HouseholdRole
from familycase.domain.family import FamilyDetails, Member
from familycase.i18n import tr
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now, today
from familycase.services.errors import InvalidRequest
from familycase.services.records import (
    family_row,
    member_ids,
    record_in_family,
    seal_row,
    touch,
    unseal_row,
)
from familycase.services.vault import UserSession, new_id
from familycase.store.schema import ChronologyEntryRow


def _tr(text: str) -> str:
    return tr("chronology", text)


def add_entry(us: UserSession, s: Session, family_id: str, entry: ChronologyEntry) -> None:
    """Store an entry inside the caller's transaction."""
    entry = entry.model_copy(update={"recorded_by": entry.recorded_by or us.worker.display_name})
    row = ChronologyEntryRow(id=entry.id, family_id=family_id, recorded_at=now(), payload_ct=b"")
    row.payload_ct = seal_row(us, entry, row)
    s.add(row)


def note_member_change(
    us: UserSession, s: Session, family_id: str, before: Member | None, after: Member
) -> None:
    """The household change a saved person makes, if any: joined, moved out or in, born."""
    name = after.full_name
    changes: list[tuple[EntryKind, str, object]] = []
    if before is None:
        changes.append((EntryKind.JOINED, _tr("{name} joined the family file"), today()))
    else:
        if before.lives_in_household and not after.lives_in_household:
            changes.append(
                (EntryKind.MOVED_OUT, _tr("{name} no longer lives in the household"), today())
            )
        elif after.lives_in_household and not before.lives_in_household:
            changes.append((EntryKind.MOVED_IN, _tr("{name} moved into the household"), today()))
        born = (
            before.household_role is HouseholdRole.UNBORN_CHILD
            and after.household_role is not HouseholdRole.UNBORN_CHILD
            and after.date_of_birth is not None
        )
        if born:
            changes.append((EntryKind.BORN, _tr("{name} was born"), after.date_of_birth))
    for kind, title, on in changes:
        add_entry(
            us,
            s,
            family_id,
            ChronologyEntry(
                id=new_id(),
                kind=kind,
                on=on,  # type: ignore[arg-type]
                title=title.format(name=name),
                member_ids=[after.id],
            ),
        )


def note_member_removed(us: UserSession, s: Session, family_id: str, member: Member) -> None:
    add_entry(
        us,
        s,
        family_id,
        ChronologyEntry(
            id=new_id(),
            kind=EntryKind.LEFT,
            on=today(),
            title=_tr("{name} was taken off the family file").format(name=member.full_name),
        ),
    )


def note_details_change(
    us: UserSession, s: Session, family_id: str, before: FamilyDetails, after: FamilyDetails
) -> None:
    if after.address is None or before.address == after.address:
        return
    add_entry(
        us,
        s,
        family_id,
        ChronologyEntry(
            id=new_id(),
            kind=EntryKind.MOVED_HOUSE,
            on=today(),
            title=_tr("The family's address changed"),
            detail=after.address.one_line(),
        ),
    )


def record_event(us: UserSession, family_id: str, entry: ChronologyEntry) -> ChronologyEntry:
    """A significant event recorded by hand (an exclusion, an incident, a hospital stay)."""
    if entry.kind is not EntryKind.SIGNIFICANT_EVENT:
        raise InvalidRequest("Household changes are recorded as the household is edited.")
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        if not set(entry.member_ids) <= member_ids(s, family_id):
            raise InvalidRequest("An event can only name people in this family file.")
        entry = entry.model_copy(update={"recorded_by": us.worker.display_name})
        add_entry(us, s, family_id, entry)
        touch(family)
        us.audit(s, AuditEvent(Action.CREATE, "chronology_entry", entry.id, {"family": family_id}))
    return entry


def remove_event(us: UserSession, family_id: str, entry_id: str) -> None:
    """Take back a significant event recorded by mistake (household changes stay)."""
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        row = record_in_family(s, ChronologyEntryRow, entry_id, family_id, "event")
        entry = unseal_row(us, ChronologyEntry, row, family.reference)
        if entry.kind.automatic:
            raise InvalidRequest("Household changes stay in the chronology.")
        s.delete(row)
        touch(family)
        us.audit(s, AuditEvent(Action.DELETE, "chronology_entry", entry_id, {"family": family_id}))


def entries(us: UserSession, s: Session, family_id: str, reference: str) -> list[ChronologyEntry]:
    """Every entry of the family (inside the caller's read)."""
    return [
        unseal_row(us, ChronologyEntry, row, reference)
        for row in s.scalars(
            select(ChronologyEntryRow)
            .where(ChronologyEntryRow.family_id == family_id)
            .order_by(ChronologyEntryRow.recorded_at)
        )
    ]
