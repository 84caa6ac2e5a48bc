"""Risk and alert flags on a family or on people in it (see ``domain/risk.py``).

A flag is recorded, its note or dates corrected, and ended; never deleted, so the chronology
and any later review keep it. Each change rewrites the family's encrypted list summary, which
is where caseload lists learn that a family has a current flag: no plaintext column says so.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from familycase.domain.errors import validated
from familycase.domain.risk import RiskFlag, in_order
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now, today
from familycase.services.errors import InvalidRequest
from familycase.services.records import (
    family_row,
    member_ids,
    record_in_family,
    refresh_summary,
    seal_row,
    unseal_row,
)
from familycase.services.vault import UserSession
from familycase.store.schema import RiskFlagRow


def save_flag(us: UserSession, family_id: str, flag: RiskFlag) -> RiskFlag:
    """Record a new flag, or correct one (same id) that has not ended."""
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        if not set(flag.member_ids) <= member_ids(s, family_id):
            raise InvalidRequest("An alert can only name people in this family file.")
        row = s.get(RiskFlagRow, flag.id)
        if row is None:
            flag = flag.model_copy(update={"recorded_by": us.worker.display_name})
            row = RiskFlagRow(id=flag.id, family_id=family_id, recorded_at=now(), payload_ct=b"")
            s.add(row)
            action = Action.CREATE
        else:
            if row.family_id != family_id:
                raise InvalidRequest("That alert belongs to another family file.")
            stored = unseal_row(us, RiskFlag, row, family.reference)
            if stored.ended_on is not None:
                raise InvalidRequest("An alert that has ended cannot be changed; add a new one.")
            flag = flag.model_copy(update={"recorded_by": stored.recorded_by})
            action = Action.EDIT
        row.payload_ct = seal_row(us, flag, row)
        s.flush()
        refresh_summary(us, s, family)
        us.audit(s, AuditEvent(action, "risk_flag", flag.id, {"family": family_id}))
    return flag


def end_flag(
    us: UserSession, family_id: str, flag_id: str, reason: str, on: date | None = None
) -> RiskFlag:
    """End a flag (the plan ended, the young person is no longer missing...), with a reason."""
    if not reason.strip():
        raise InvalidRequest("Say why the alert has ended.")
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        row = record_in_family(s, RiskFlagRow, flag_id, family_id, "alert")
        flag = unseal_row(us, RiskFlag, row, family.reference)
        if flag.ended_on is not None:
            raise InvalidRequest("This alert has already ended.")
        flag = validated(
            RiskFlag, {**flag.model_dump(), "ended_on": on or today(), "end_reason": reason}
        )
        row.payload_ct = seal_row(us, flag, row)
        refresh_summary(us, s, family)
        us.audit(
            s,
            AuditEvent(Action.EDIT, "risk_flag", flag_id, {"family": family_id, "change": "ended"}),
        )
    return flag


def flags(us: UserSession, family_id: str) -> list[RiskFlag]:
    """Every flag of the family, current ones first, newest first within each."""
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        return in_order(
            (
                unseal_row(us, RiskFlag, row, family.reference)
                for row in s.scalars(select(RiskFlagRow).where(RiskFlagRow.family_id == family_id))
            ),
            today(),
        )


def current(all_flags: list[RiskFlag], on: date | None = None) -> list[RiskFlag]:
    day = on or today()
    return [f for f in all_flags if f.current_on(day)]
