"""Reflective supervision: a team leader records a session with a worker of their team (the
date, each family discussed with a reflection and actions, the next session). The session row
(who, when, next date, how many families) is plain but signed by the team leader's Ed25519
key, so an edited date or worker shows as not signed; each family's reflection and actions
are sealed to that family, so only its key holders read them. Actions appear in their owner's
in-tray until marked done.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from familycase.crypto.keys import verify_signature
from familycase.domain.enums import Role
from familycase.domain.errors import validated
from familycase.domain.supervision import (
    SupervisionAction,
    SupervisionNote,
    SupervisionRecord,
)
from familycase.i18n import tr
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now, today
from familycase.services.errors import InvalidRequest, PermissionDenied, UnknownRecord
from familycase.services.records import (
    family_row,
    list_name,
    record_in_family,
    seal,
    seal_row,
    touch,
    unseal_row,
)
from familycase.services.vault import UserSession, new_id
from familycase.store.schema import (
    FamilyKeyGrant,
    FamilyRow,
    SupervisionActionRow,
    SupervisionNoteRow,
    SupervisionSessionRow,
)


@dataclass(frozen=True)
class ActionView:
    id: str
    family_id: str
    note_id: str
    owner_id: str
    due_on: date | None
    done_on: date | None
    action: SupervisionAction

    def overdue_on(self, on: date) -> bool:
        return self.done_on is None and self.due_on is not None and self.due_on < on


@dataclass(frozen=True)
class DiscussionView:
    """One family's part of a session, as a holder of the family's key reads it."""

    note_id: str
    session_id: str
    family_id: str
    reference: str
    held_on: date
    note: SupervisionNote
    actions: list[ActionView]


@dataclass(frozen=True)
class SessionView:
    id: str
    worker_id: str
    worker_name: str
    supervisor_id: str
    supervisor_name: str
    held_on: date
    next_on: date | None
    families: int
    recorded_at: datetime
    signed: bool  # the recording team leader's signature holds
    discussions: list[DiscussionView]  # the families this reader can open


# --- the signed session row -----------------------------------------------------------------


def _session_message(row: SupervisionSessionRow) -> bytes:
    fields = [
        "familycase/supervision/v1",
        row.id,
        row.team_id,
        row.worker_id,
        row.supervisor_id,
        row.held_on.isoformat(),
        row.next_on.isoformat() if row.next_on else None,
        row.families,
        row.recorded_at.replace(tzinfo=None).isoformat(),
    ]
    return hashlib.sha256(json.dumps(fields, separators=(",", ":")).encode()).digest()


def _signed(us: UserSession, row: SupervisionSessionRow) -> bool:
    signer = us.staff.users.get(row.supervisor_id)
    if signer is None or signer.role is not Role.TEAM_LEADER:
        return False
    return verify_signature(signer.signing_public, bytes(row.signature), _session_message(row))


# --- recording --------------------------------------------------------------------------------


def _holders(s: Session, family_id: str) -> set[str]:
    return set(
        s.scalars(select(FamilyKeyGrant.holder).where(FamilyKeyGrant.family_id == family_id))
    )


def record_session(us: UserSession, record: SupervisionRecord) -> str:
    """A team leader records a supervision session with a worker of their team."""
    if us.worker.role is not Role.TEAM_LEADER:
        raise PermissionDenied(tr("supervision", "Only a team leader records supervision."))
    record = validated(SupervisionRecord, record.model_dump())
    worker = us.staff.user(record.worker_id)
    if worker is None or not worker.active or worker.team_id != us.worker.team_id:
        raise UnknownRecord(
            tr("supervision", "There is no active worker of that name in your team.")
        )
    if worker.id == us.worker.id:
        raise InvalidRequest(tr("supervision", "Supervision is with another worker."))
    for discussion in record.families:
        us.family_key(discussion.family_id)  # raises NoAccessToFamily
    session_id = new_id()
    at = now()
    with us.write() as s:
        row = SupervisionSessionRow(
            id=session_id,
            team_id=us.worker.team_id,
            worker_id=worker.id,
            supervisor_id=us.worker.id,
            held_on=record.held_on,
            next_on=record.next_on,
            families=len(record.families),
            recorded_at=at,
            signature=b"",
        )
        row.signature = us.ring.signing.sign(_session_message(row))
        s.add(row)
        s.flush()
        for discussion in record.families:
            family = family_row(s, discussion.family_id)
            if family.team_id != us.worker.team_id:
                raise InvalidRequest(
                    tr("supervision", "Family {reference} is not one of your team's.").format(
                        reference=family.reference
                    )
                )
            holders = _holders(s, family.id)
            note_id = new_id()
            note = SupervisionNote(
                worker_id=worker.id,
                worker_name=worker.display_name,
                supervisor_name=us.worker.display_name,
                reflection=discussion.reflection,
            )
            s.add(
                SupervisionNoteRow(
                    id=note_id,
                    family_id=family.id,
                    session_id=session_id,
                    held_on=record.held_on,
                    recorded_at=at,
                    payload_ct=seal(
                        us, note, "supervision_notes", "payload_ct", note_id, family.id
                    ),
                )
            )
            s.flush()
            for agreed in discussion.actions:
                owner = us.staff.user(agreed.owner_id)
                if owner is None or not owner.active or owner.id not in holders:
                    raise InvalidRequest(
                        tr(
                            "supervision",
                            "An action about {reference} must belong to someone who can open "
                            "that family's file.",
                        ).format(reference=family.reference)
                    )
                action_id = new_id()
                action = SupervisionAction(
                    what=agreed.what, owner_name=owner.display_name, agreed_on=record.held_on
                )
                s.add(
                    SupervisionActionRow(
                        id=action_id,
                        family_id=family.id,
                        note_id=note_id,
                        owner_id=owner.id,
                        due_on=agreed.due_on,
                        done_on=None,
                        payload_ct=seal(
                            us, action, "supervision_actions", "payload_ct", action_id, family.id
                        ),
                    )
                )
            touch(family)
            us.audit(
                s,
                AuditEvent(
                    Action.SUPERVISION,
                    "supervision",
                    session_id,
                    {"family": family.id, "actions": len(discussion.actions)},
                ),
            )
        us.audit(
            s,
            AuditEvent(
                Action.SUPERVISION,
                "supervision",
                session_id,
                {"worker": worker.id, "families": len(record.families)},
            ),
        )
    return session_id


def complete_action(us: UserSession, family_id: str, action_id: str, note: str = "") -> ActionView:
    """The owner (or a team leader) marks an action done, saying what was done."""
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        row = record_in_family(s, SupervisionActionRow, action_id, family_id, "action")
        if row.owner_id != us.worker.id and us.worker.role is not Role.TEAM_LEADER:
            raise PermissionDenied(
                tr("supervision", "Only the action's owner, or a team leader, can mark it done.")
            )
        if row.done_on is not None:
            raise InvalidRequest(tr("supervision", "This action is already done."))
        action = unseal_row(us, SupervisionAction, row, family.reference)
        action = validated(
            SupervisionAction,
            {**action.model_dump(), "done_note": note, "done_by_name": us.worker.display_name},
        )
        row.payload_ct = seal_row(us, action, row)
        row.done_on = today()
        touch(family)
        us.audit(
            s,
            AuditEvent(Action.EDIT, "supervision_action", action_id, {"family": family_id}),
        )
        return _action_view(row, action)


# --- reading ----------------------------------------------------------------------------------


def _action_view(row: SupervisionActionRow, action: SupervisionAction) -> ActionView:
    return ActionView(
        row.id, row.family_id, row.note_id, row.owner_id, row.due_on, row.done_on, action
    )


def _discussions(
    us: UserSession, s: Session, notes: list[SupervisionNoteRow]
) -> list[DiscussionView]:
    readable = [n for n in notes if us.holds_key(n.family_id)]
    if not readable:
        return []
    references = dict(
        s.execute(
            select(FamilyRow.id, FamilyRow.reference).where(
                FamilyRow.id.in_({n.family_id for n in readable})
            )
        ).all()
    )
    actions: dict[str, list[ActionView]] = {}
    for row in s.scalars(
        select(SupervisionActionRow).where(
            SupervisionActionRow.note_id.in_([n.id for n in readable])
        )
    ):
        action = unseal_row(us, SupervisionAction, row, references[row.family_id])
        actions.setdefault(row.note_id, []).append(_action_view(row, action))
    return [
        DiscussionView(
            n.id,
            n.session_id,
            n.family_id,
            references[n.family_id],
            n.held_on,
            unseal_row(us, SupervisionNote, n, references[n.family_id]),
            sorted(actions.get(n.id, []), key=lambda a: (a.due_on or date.max, a.id)),
        )
        for n in readable
    ]


def sessions(us: UserSession, worker_id: str | None = None) -> list[SessionView]:
    """Supervision sessions, newest first: a worker sees their own; a team leader their team's
    (or one worker's). Each with the families discussed that the reader can open."""
    names = {u.id: u.display_name for u in us.staff.users.values()}
    query = select(SupervisionSessionRow).order_by(
        SupervisionSessionRow.held_on.desc(), SupervisionSessionRow.recorded_at.desc()
    )
    if us.worker.role is Role.TEAM_LEADER:
        query = query.where(
            or_(
                SupervisionSessionRow.team_id == us.worker.team_id,
                SupervisionSessionRow.supervisor_id == us.worker.id,
                SupervisionSessionRow.worker_id == us.worker.id,
            )
        )
        if worker_id is not None:
            query = query.where(SupervisionSessionRow.worker_id == worker_id)
    else:
        if worker_id not in (None, us.worker.id):
            raise PermissionDenied(tr("supervision", "You can see only your own supervision."))
        query = query.where(SupervisionSessionRow.worker_id == us.worker.id)
    with us.read() as s:
        rows = s.scalars(query).all()
        notes: dict[str, list[SupervisionNoteRow]] = {}
        if rows:
            for note in s.scalars(
                select(SupervisionNoteRow).where(
                    SupervisionNoteRow.session_id.in_([r.id for r in rows])
                )
            ):
                notes.setdefault(note.session_id, []).append(note)
        views = [
            SessionView(
                r.id,
                r.worker_id,
                names.get(r.worker_id, "?"),
                r.supervisor_id,
                names.get(r.supervisor_id, "?"),
                r.held_on,
                r.next_on,
                r.families,
                r.recorded_at,
                _signed(us, r),
                _discussions(us, s, notes.get(r.id, [])),
            )
            for r in rows
        ]
    with us.write() as s:
        us.audit(s, AuditEvent(Action.VIEW, "supervision", None, {"sessions": len(views)}))
    return views


def for_family(us: UserSession, family_id: str) -> list[DiscussionView]:
    """Every supervision discussion of one family, newest first (inspectors look for these on
    the file)."""
    us.family_key(family_id)
    with us.read() as s:
        family_row(s, family_id)
        notes = list(
            s.scalars(
                select(SupervisionNoteRow)
                .where(SupervisionNoteRow.family_id == family_id)
                .order_by(SupervisionNoteRow.held_on.desc(), SupervisionNoteRow.recorded_at.desc())
            )
        )
        return _discussions(us, s, notes)


def open_actions(us: UserSession, owner_id: str | None = None) -> list[ActionView]:
    """Actions not yet done whose owner is ``owner_id`` (default: this worker), soonest first.
    Only those in families this worker can open (an owner always can)."""
    owner_id = owner_id or us.worker.id
    with us.read() as s:
        rows = [
            r
            for r in s.scalars(
                select(SupervisionActionRow).where(
                    SupervisionActionRow.owner_id == owner_id,
                    SupervisionActionRow.done_on.is_(None),
                )
            )
            if us.holds_key(r.family_id)
        ]
        references = dict(
            s.execute(
                select(FamilyRow.id, FamilyRow.reference).where(
                    FamilyRow.id.in_({r.family_id for r in rows})
                )
            ).all()
        )
        views = [
            _action_view(r, unseal_row(us, SupervisionAction, r, references[r.family_id]))
            for r in rows
        ]
    return sorted(views, key=lambda a: (a.due_on or date.max, a.action.agreed_on, a.id))


def next_sessions(us: UserSession) -> list[tuple[str, str, date]]:
    """(worker id, worker name, next supervision date) from each worker's latest signed session
    that set one: this worker's own, and for a team leader every worker they supervise."""
    names = {u.id: u.display_name for u in us.staff.users.values() if u.active}
    with us.read() as s:
        rows = [
            r
            for r in s.scalars(
                select(SupervisionSessionRow).where(
                    or_(
                        SupervisionSessionRow.worker_id == us.worker.id,
                        SupervisionSessionRow.supervisor_id == us.worker.id,
                    )
                )
            )
            if _signed(us, r)
        ]
    latest: dict[str, SupervisionSessionRow] = {}
    for row in rows:
        if row.worker_id not in names:
            continue
        known = latest.get(row.worker_id)
        if known is None or (row.held_on, row.recorded_at) > (known.held_on, known.recorded_at):
            latest[row.worker_id] = row
    return sorted(
        ((w, names[w], r.next_on) for w, r in latest.items() if r.next_on is not None),
        key=lambda item: (item[2], item[1]),
    )


@dataclass(frozen=True)
class FamilyChoice:
    family_id: str
    reference: str
    name: str


def families_to_discuss(us: UserSession, worker_id: str) -> list[FamilyChoice]:
    """The open families a worker leads that this team leader can open (to choose from when
    recording their supervision)."""
    if us.worker.role is not Role.TEAM_LEADER:
        raise PermissionDenied(tr("supervision", "Only a team leader records supervision."))
    with us.read() as s:
        rows = s.execute(
            select(FamilyRow.id, FamilyRow.reference, FamilyRow.summary_ct)
            .where(
                FamilyRow.lead_worker_id == worker_id,
                FamilyRow.team_id == us.worker.team_id,
                FamilyRow.status != "closed",
            )
            .order_by(FamilyRow.reference)
        ).all()
    return [
        FamilyChoice(fid, ref, list_name(us, fid, summary))
        for fid, ref, summary in rows
        if us.holds_key(fid)
    ]
