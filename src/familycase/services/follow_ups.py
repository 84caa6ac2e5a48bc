"""Follow-up after closure: closing schedules the sustained-outcome check; the worker records
what it found; the claim checker reads it as evidence (services/claims.py).

The check is due ``follow_up_months`` (signed organisation settings, default 6) after the
closure date and belongs to the lead professional at closure (their key is not taken away at
closure); team leaders see checks whose owner has left. Plaintext: due date, done date, owner;
what was found is sealed to the family.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycase.domain.errors import validated
from familycase.domain.follow_up import FollowUp, FollowUpCheck, due_after
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now
from familycase.services.errors import InvalidRequest
from familycase.services.records import (
    family_row,
    record_in_family,
    seal,
    seal_row,
    touch,
    unseal_row,
)
from familycase.services.vault import UserSession, new_id
from familycase.store.schema import FamilyRow, FollowUpRow


@dataclass(frozen=True)
class FollowUpView:
    id: str
    due_on: date
    done_on: date | None
    owner_id: str | None
    follow_up: FollowUp

    @property
    def done(self) -> bool:
        return self.done_on is not None


def schedule(
    us: UserSession,
    s: Session,
    family: FamilyRow,
    episode_id: str,
    closed_on: date,
    owner_id: str | None,
) -> str:
    """Schedule the check for a closure (inside the caller's transaction)."""
    months = us.staff.settings.follow_up_months
    follow_up = FollowUp(episode_id=episode_id, closed_on=closed_on, months=months)
    follow_up_id = new_id()
    s.add(
        FollowUpRow(
            id=follow_up_id,
            family_id=family.id,
            due_on=due_after(closed_on, months),
            done_on=None,
            owner_id=owner_id,
            scheduled_at=now(),
            payload_ct=seal(us, follow_up, "follow_ups", "payload_ct", follow_up_id, family.id),
        )
    )
    us.audit(
        s,
        AuditEvent(
            Action.CREATE,
            "follow_up",
            follow_up_id,
            {"family": family.id, "due": due_after(closed_on, months).isoformat()},
        ),
    )
    return follow_up_id


def follow_ups(us: UserSession, family_id: str) -> list[FollowUpView]:
    """The family's checks, soonest due first."""
    us.family_key(family_id)
    with us.read() as s:
        reference = family_row(s, family_id).reference
        rows = s.scalars(
            select(FollowUpRow)
            .where(FollowUpRow.family_id == family_id)
            .order_by(FollowUpRow.due_on, FollowUpRow.scheduled_at)
        ).all()
        return [
            FollowUpView(
                r.id, r.due_on, r.done_on, r.owner_id, unseal_row(us, FollowUp, r, reference)
            )
            for r in rows
        ]


def record_check(
    us: UserSession, family_id: str, follow_up_id: str, check: FollowUpCheck
) -> FollowUpView:
    """Record what the check found. It can be corrected later (recorded again): the claim
    checker always reads the latest."""
    check = validated(FollowUpCheck, {**check.model_dump(), "checked_by": us.worker.display_name})
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        row = record_in_family(s, FollowUpRow, follow_up_id, family_id, "follow-up check")
        follow_up = unseal_row(us, FollowUp, row, family.reference)
        if check.checked_on < follow_up.closed_on:
            raise InvalidRequest("A follow-up check cannot come before the family was closed.")
        follow_up.check = check
        row.payload_ct = seal_row(us, follow_up, row)
        row.done_on = check.checked_on
        touch(family)
        us.audit(
            s,
            AuditEvent(
                Action.FOLLOW_UP,
                "follow_up",
                follow_up_id,
                {"family": family_id, "areas": len(check.areas), "method": check.method.value},
            ),
        )
        return FollowUpView(row.id, row.due_on, row.done_on, row.owner_id, follow_up)
