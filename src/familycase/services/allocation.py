"""The lead professional's allocation record, shared by allocation and by family creation."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from familycase.domain.enums import FamilyStatus
from familycase.domain.errors import validated
from familycase.domain.work import LeadAllocation
from familycase.services.clock import today
from familycase.services.errors import InvalidRequest
from familycase.services.plans import refresh_next_review_due
from familycase.services.records import seal, seal_row, unseal_row
from familycase.services.vault import UserSession, new_id
from familycase.store.schema import EpisodeRow, FamilyRow, LeadAllocationRow


def history_order() -> tuple[ColumnElement[object], ...]:
    """A family's allocations in the order they were made: rows from before the oversight
    migration (no sequence) first, by their dates (the open one last); then by ``sequence``.
    Dates alone cannot say which of two allocations made on the same day came last."""
    row = LeadAllocationRow
    return (
        case((row.sequence.is_(None), 0), else_=1),
        row.sequence,
        row.started_on,
        case((row.ended_on.is_(None), 1), else_=0),
        row.ended_on,
    )


def next_sequence(s: Session, family_id: str) -> int:
    row = LeadAllocationRow
    found = s.execute(
        select(func.count(row.id), func.max(row.sequence)).where(row.family_id == family_id)
    ).one()
    return max(found[0] or 0, found[1] or 0) + 1


def open_episode_row(s: Session, family_id: str) -> EpisodeRow:
    row = s.scalar(
        select(EpisodeRow).where(EpisodeRow.family_id == family_id, EpisodeRow.closed_on.is_(None))
    )
    if row is None:
        raise InvalidRequest("This family has no open episode; open one from a new referral.")
    return row


def end_current_allocation(us: UserSession, s: Session, family: FamilyRow, on: date) -> None:
    current = s.scalar(
        select(LeadAllocationRow).where(
            LeadAllocationRow.family_id == family.id, LeadAllocationRow.ended_on.is_(None)
        )
    )
    if current is None:
        return
    allocation = unseal_row(us, LeadAllocation, current, family.reference)
    allocation.ended_on = max(on, allocation.started_on)
    current.ended_on = allocation.ended_on
    current.payload_ct = seal_row(us, allocation, current)


def start_lead_allocation(
    us: UserSession, s: Session, family: FamilyRow, worker_id: str, reason: str
) -> None:
    """End the current allocation (if any) and start one for ``worker_id`` from today; an
    awaiting-allocation family becomes open. Keys and audit are the caller's business."""
    on = today()
    end_current_allocation(us, s, family, on)
    allocation_id = new_id()
    allocation = validated(
        LeadAllocation,
        {"worker_id": worker_id, "started_on": on, "reason": reason, "allocated_by": us.worker.id},
    )
    s.add(
        LeadAllocationRow(
            id=allocation_id,
            family_id=family.id,
            worker_id=worker_id,
            started_on=on,
            ended_on=None,
            sequence=next_sequence(s, family.id),
            payload_ct=seal(
                us, allocation, "lead_allocations", "payload_ct", allocation_id, family.id
            ),
        )
    )
    family.lead_worker_id = worker_id
    if family.status == FamilyStatus.REFERRED.value:
        family.status = FamilyStatus.OPEN.value
        open_episode_row(s, family.id).status = FamilyStatus.OPEN.value
    s.flush()
    refresh_next_review_due(s, family)  # the first reading is due from the allocation
