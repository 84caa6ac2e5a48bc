"""Workers and teams: adding, disabling, listing; keeping team leaders' access complete."""

from __future__ import annotations

import json

from sqlalchemy import select, update

from familycase.crypto.errors import WrongPasswordError
from familycase.crypto.kdf import KdfParams
from familycase.crypto.keys import LockedKeyRing, rewrap_master_key, unlock_key_ring
from familycase.domain.enums import FamilyStatus, Role
from familycase.domain.errors import validated
from familycase.domain.staff import Team, Worker
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import today
from familycase.services.errors import (
    InvalidRequest,
    PermissionDenied,
    UnknownRecord,
    WrongPassword,
)
from familycase.services.families import require_role
from familycase.services.vault import (
    AUDIT_KEY,
    UserSession,
    grant_family_key,
    insert_user,
    new_id,
    org_grant,
    worker_from_row,
)
from familycase.store.schema import (
    FamilyKeyGrant,
    FamilyRow,
    LeadAllocationRow,
    OrgKeyGrant,
    TeamRow,
    UserRow,
)

MIN_PASSWORD_LENGTH = 10


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidRequest(
            f"A password needs at least {MIN_PASSWORD_LENGTH} characters; a short phrase of "
            "several words is easiest to remember."
        )


def add_user(
    us: UserSession,
    username: str,
    display_name: str,
    role: Role,
    password: str,
    team_id: str | None = None,
    kdf: KdfParams | None = None,
) -> Worker:
    """An administrator adds a worker. Team leaders and administrators can read audit details."""
    require_role(us, Role.ADMINISTRATOR)
    role = Role(role)
    check_password(password)
    candidate = validated(
        Worker, {"id": "new", "username": username, "display_name": display_name, "role": role}
    )
    team_id = team_id or us.worker.team_id
    with us.write() as s:
        if s.scalar(select(UserRow.id).where(UserRow.username == candidate.username)):
            raise InvalidRequest(f"The user name '{candidate.username}' is already taken.")
        if team_id is not None and s.get(TeamRow, team_id) is None:
            raise UnknownRecord("There is no such team.")
        row, ring = insert_user(
            s,
            candidate.username,
            candidate.display_name,
            role,
            team_id,
            password,
            kdf or us.vault.default_kdf(),
        )
        if role in (Role.TEAM_LEADER, Role.ADMINISTRATOR):
            audit_key = us.org_key(AUDIT_KEY)
            if audit_key is not None:
                s.add(org_grant(AUDIT_KEY, row.id, ring.agreement_public, audit_key))
        us.audit(s, AuditEvent(Action.USER_ADDED, "user", row.id, {"role": role.value}))
        return worker_from_row(row)


def disable_user(us: UserSession, username: str) -> None:
    """The worker can no longer sign in. Every key they held is taken away, and families they
    led go back to the unallocated queue so nobody is lost."""
    require_role(us, Role.ADMINISTRATOR)
    with us.write() as s:
        row = s.scalar(select(UserRow).where(UserRow.username == username.strip().lower()))
        if row is None:
            raise UnknownRecord(f"There is no user called '{username}'.")
        if row.id == us.worker.id:
            raise InvalidRequest("You cannot disable your own account.")
        row.active = False
        s.query(FamilyKeyGrant).filter(FamilyKeyGrant.holder == row.id).delete()
        s.query(OrgKeyGrant).filter(OrgKeyGrant.holder == row.id).delete()
        s.execute(
            update(LeadAllocationRow)
            .where(LeadAllocationRow.worker_id == row.id, LeadAllocationRow.ended_on.is_(None))
            .values(ended_on=today())
        )
        s.execute(
            update(FamilyRow)
            .where(FamilyRow.lead_worker_id == row.id, FamilyRow.status == FamilyStatus.OPEN.value)
            .values(lead_worker_id=None, status=FamilyStatus.REFERRED.value)
        )
        s.execute(
            update(FamilyRow).where(FamilyRow.lead_worker_id == row.id).values(lead_worker_id=None)
        )
        us.audit(s, AuditEvent(Action.USER_DISABLED, "user", row.id))


def list_workers(us: UserSession, include_disabled: bool = False) -> list[Worker]:
    with us.read() as s:
        query = select(UserRow).order_by(UserRow.display_name)
        if not include_disabled:
            query = query.where(UserRow.active)
        return [worker_from_row(row) for row in s.scalars(query)]


def list_teams(us: UserSession) -> list[Team]:
    with us.read() as s:
        return [
            Team(id=t.id, name=t.name) for t in s.scalars(select(TeamRow).order_by(TeamRow.name))
        ]


def add_team(us: UserSession, name: str) -> Team:
    require_role(us, Role.ADMINISTRATOR)
    team = validated(Team, {"id": new_id(), "name": name})
    with us.write() as s:
        if s.scalar(select(TeamRow.id).where(TeamRow.name == team.name)):
            raise InvalidRequest(f"There is already a team called '{team.name}'.")
        s.add(TeamRow(id=team.id, name=team.name))
        us.audit(s, AuditEvent(Action.CREATE, "team", team.id))
    return team


def share_team_access(us: UserSession) -> int:
    """A team leader passes on the keys they hold for their team's families to any other team
    leader of the team who lacks them (for example one added since). Returns how many."""
    if us.worker.role is not Role.TEAM_LEADER or us.worker.team_id is None:
        raise PermissionDenied("Only a team leader can share their team's access.")
    with us.write() as s:
        leaders = s.execute(
            select(UserRow.id, UserRow.agreement_public).where(
                UserRow.active,
                UserRow.role == Role.TEAM_LEADER.value,
                UserRow.team_id == us.worker.team_id,
                UserRow.id != us.worker.id,
            )
        ).all()
        if not leaders:
            return 0
        team_families = (
            set(s.scalars(select(FamilyRow.id).where(FamilyRow.team_id == us.worker.team_id)))
            & us.accessible_family_ids()
        )
        shared = 0
        for leader_id, public in leaders:
            held = set(
                s.scalars(
                    select(FamilyKeyGrant.family_id).where(FamilyKeyGrant.holder == leader_id)
                )
            )
            for family_id in sorted(team_families - held):
                grant_family_key(
                    s,
                    family_id,
                    us.family_key(family_id),
                    leader_id,
                    public,
                    us.worker.id,
                    leader_id,
                )
                shared += 1
        if shared:
            us.audit(
                s, AuditEvent(Action.ACCESS_GRANTED, "team", us.worker.team_id, {"grants": shared})
            )
        return shared


def change_password(us: UserSession, current_password: str, new_password: str) -> None:
    """A worker changes their own password. The current one is checked again (someone may have
    sat down at an unlocked laptop). Only the master key's wrap changes: no family key moves.
    The new password also gets the vault's current password-hardening settings."""
    check_password(new_password)
    if new_password == current_password:
        raise InvalidRequest("The new password must be different from the current one.")
    with us.read() as s:
        row = s.get(UserRow, us.worker.id)
        assert row is not None
        locked = LockedKeyRing(
            row.salt,
            KdfParams.from_dict(json.loads(row.kdf)),
            row.wrapped_master_key,
            row.private_keys,
        )
    try:
        unlock_key_ring(locked, row.id, current_password)
    except WrongPasswordError:
        raise WrongPassword(
            "The current password is not right; the password was not changed."
        ) from None
    kdf = us.vault.default_kdf()
    relocked = rewrap_master_key(us.ring, us.worker.id, new_password, kdf, row.private_keys)
    with us.write() as s:
        user = s.get(UserRow, us.worker.id)
        assert user is not None
        user.salt = relocked.salt
        user.kdf = json.dumps(kdf.as_dict())
        user.wrapped_master_key = relocked.wrapped_master_key
        us.audit(s, AuditEvent(Action.EDIT, "user", us.worker.id, {"change": "password"}))
