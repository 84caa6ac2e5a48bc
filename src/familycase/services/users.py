"""Workers and teams: adding, disabling, listing; keeping team leaders' access complete."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycase.crypto.errors import WrongPasswordError
from familycase.crypto.fingerprint import fingerprint_phrase
from familycase.crypto.kdf import KdfParams
from familycase.crypto.keys import (
    LockedKeyRing,
    new_key_ring,
    rewrap_master_key,
    unlock_key_ring,
)
from familycase.domain.enums import Role
from familycase.domain.errors import validated
from familycase.domain.staff import Team, Worker
from familycase.services import directory
from familycase.services.audit import Action, AuditEvent
from familycase.services.directory import DirectoryUser
from familycase.services.errors import (
    InvalidRequest,
    PermissionDenied,
    UnknownRecord,
    WrongPassword,
)
from familycase.services.families import require_role
from familycase.services.vault import (
    AUDIT_KEY,
    REPORTING_HOLDERS,
    REPORTING_KEY,
    UserSession,
    grant_family_key,
    insert_user,
    new_id,
    org_grant,
    worker_from_row,
)
from familycase.store import server_security
from familycase.store.schema import (
    FamilyKeyGrant,
    FamilyRow,
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
    db_password: str | None = None,
) -> Worker:
    """An administrator enrols a worker: their keys are made here, pinned to this vault's
    directory, and a signed directory entry names them. Team leaders and administrators can
    read audit details. On a team server the worker also gets their own database login, with
    ``db_password`` (hand it to them: they keep it in ~/.pgpass or type it)."""
    require_role(us, Role.ADMINISTRATOR)
    require_signed_directory(us)
    role = Role(role)
    check_password(password)
    candidate = validated(
        Worker, {"id": "new", "username": username, "display_name": display_name, "role": role}
    )
    team_id = team_id or us.worker.team_id
    kdf = kdf or us.new_wrap_kdf()
    if not us.staff.policy.allows(kdf):
        raise InvalidRequest("Those password settings are weaker than this vault's policy allows.")
    with us.write() as s:
        if s.scalar(select(UserRow.id).where(UserRow.username == candidate.username)) or any(
            u.username == candidate.username for u in us.staff.users.values()
        ):
            raise InvalidRequest(f"The user name '{candidate.username}' is already taken.")
        if team_id is not None and team_id not in us.staff.teams:
            raise UnknownRecord("There is no such team.")
        ring = new_key_ring()
        ring.pinned_root = us.staff.root
        entry = DirectoryUser(
            id=new_id(),
            username=candidate.username,
            display_name=candidate.display_name,
            role=role,
            team_id=team_id,
            active=True,
            agreement_public=ring.agreement_public,
            signing_public=ring.signing_public,
        )
        sign_directory(us, s, "user_added", {"user": entry.body()})
        row = insert_user(s, entry, password, kdf, ring=ring)
        prefix = us.vault.server_prefix
        if prefix is not None and db_password:  # else later: 'familycase server login NAME'
            server_security.create_login(s.connection(), prefix, entry.username, role, db_password)
        if role in (Role.TEAM_LEADER, Role.ADMINISTRATOR):
            audit_key = us.org_key(AUDIT_KEY)
            if audit_key is not None:
                s.add(org_grant(AUDIT_KEY, row.id, ring.agreement_public, audit_key))
        if role in REPORTING_HOLDERS:
            reporting_key = us.org_key(REPORTING_KEY)
            if reporting_key is not None:
                s.add(org_grant(REPORTING_KEY, row.id, ring.agreement_public, reporting_key))
        us.audit(s, AuditEvent(Action.USER_ADDED, "user", row.id, {"role": role.value}))
        return worker_from_row(row)


def fingerprint(us: UserSession, username: str) -> str:
    """The eight words for a worker's keys as the signed directory holds them. Read them to the
    worker, who sees the same words for their own keys (``my_fingerprint``) on first sign-in."""
    for user in us.staff.users.values():
        if user.username == username.strip().lower():
            return fingerprint_phrase(user.agreement_public, user.signing_public)
    raise UnknownRecord(f"There is no user called '{username}'.")


def my_fingerprint(us: UserSession) -> str:
    ring = us.ring
    return fingerprint_phrase(ring.agreement_public, ring.signing_public)


def disable_user(us: UserSession, username: str) -> None:
    """The worker can no longer sign in (a signed directory entry). Every key they held is
    taken away; the families they led show as waiting for allocation until a team leader
    allocates someone else (an administrator holds no family keys, so does not touch them)."""
    require_role(us, Role.ADMINISTRATOR)
    require_signed_directory(us)
    with us.write() as s:
        row = s.scalar(select(UserRow).where(UserRow.username == username.strip().lower()))
        if row is None or row.id not in us.staff.users:
            raise UnknownRecord(f"There is no user called '{username}'.")
        if row.id == us.worker.id:
            raise InvalidRequest("You cannot disable your own account.")
        if not us.staff.users[row.id].active:
            raise InvalidRequest(f"{row.display_name} is already disabled.")
        sign_directory(us, s, "user_disabled", {"user_id": row.id})
        row.active = False
        if us.vault.server_prefix is not None:
            server_security.disable_login(s.connection(), us.vault.server_prefix, row.username)
        for grant in s.scalars(select(FamilyKeyGrant).where(FamilyKeyGrant.holder == row.id)):
            s.delete(grant)
        for grant in s.scalars(select(OrgKeyGrant).where(OrgKeyGrant.holder == row.id)):
            s.delete(grant)
        us.audit(s, AuditEvent(Action.USER_DISABLED, "user", row.id))


def require_signed_directory(us: UserSession) -> None:
    if not us.directory_signed:
        raise InvalidRequest(
            "This vault was upgraded and its staff list has not been signed yet. An "
            "administrator must sign it once first ('familycase directory adopt')."
        )


def sign_directory(us: UserSession, s: Session, kind: str, body: dict[str, object]) -> None:
    """Add one signed entry to the staff directory, as this administrator."""
    us.directory = directory.append(
        s, kind, body, us.worker.id, us.ring.signing, us.ring.pinned_root
    )
    us.audit(s, AuditEvent(Action.DIRECTORY, "directory", str(us.staff.head_seq), {"kind": kind}))


def list_workers(us: UserSession, include_disabled: bool = False) -> list[Worker]:
    """The staff as the signed directory has them."""
    return sorted(
        (
            Worker(
                id=u.id,
                username=u.username,
                display_name=u.display_name,
                role=u.role,
                team_id=u.team_id,
                active=u.active,
            )
            for u in us.staff.users.values()
            if include_disabled or u.active
        ),
        key=lambda w: (w.display_name, w.username),
    )


def list_teams(us: UserSession) -> list[Team]:
    return [
        Team(id=team_id, name=name)
        for team_id, name in sorted(us.staff.teams.items(), key=lambda item: item[1])
    ]


def add_team(us: UserSession, name: str) -> Team:
    require_role(us, Role.ADMINISTRATOR)
    require_signed_directory(us)
    team = validated(Team, {"id": new_id(), "name": name})
    with us.write() as s:
        if team.name in us.staff.teams.values():
            raise InvalidRequest(f"There is already a team called '{team.name}'.")
        sign_directory(us, s, "team_added", {"team": {"id": team.id, "name": team.name}})
        s.add(TeamRow(id=team.id, name=team.name))
        us.audit(s, AuditEvent(Action.CREATE, "team", team.id))
    return team


def share_team_access(us: UserSession) -> int:
    """A team leader passes on the keys they hold for their team's families to any other team
    leader of the team who lacks them (for example one added since). Returns how many."""
    if us.worker.role is not Role.TEAM_LEADER or us.worker.team_id is None:
        raise PermissionDenied("Only a team leader can share their team's access.")
    with us.write() as s:
        leaders = [
            (u.id, u.agreement_public)
            for u in us.staff.active_users([Role.TEAM_LEADER], us.worker.team_id)
            if u.id != us.worker.id
        ]
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
    kdf = us.new_wrap_kdf()
    relocked = rewrap_master_key(us.ring, us.worker.id, new_password, kdf, row.private_keys)
    with us.write() as s:
        user = s.get(UserRow, us.worker.id)
        assert user is not None
        user.salt = relocked.salt
        user.kdf = json.dumps(kdf.as_dict())
        user.wrapped_master_key = relocked.wrapped_master_key
        us.audit(s, AuditEvent(Action.EDIT, "user", us.worker.id, {"change": "password"}))
