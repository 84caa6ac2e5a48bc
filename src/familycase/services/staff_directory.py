"""An administrator's work on the signed staff directory: adopting it once in a vault made
before it existed, repairing the plain tables from it, and showing it with fingerprints."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from familycase.crypto import box
from familycase.crypto.fingerprint import fingerprint_phrase
from familycase.crypto.kdf import MINIMUM
from familycase.crypto.keys import (
    parse_recovery_key,
    recovery_signing_key,
    seal_private_keys,
    signing_public_bytes,
)
from familycase.domain.enums import Role
from familycase.services import directory
from familycase.services.audit import Action, AuditEvent
from familycase.services.directory import DirectoryState, Policy
from familycase.services.errors import InvalidRequest, PermissionDenied
from familycase.services.vault import INSECURE_KDF_ENV, UserSession
from familycase.store.schema import UserRow


@dataclass(frozen=True)
class StaffEntry:
    username: str
    display_name: str
    role: Role
    active: bool
    fingerprint: str


def staff_list(state: DirectoryState) -> list[StaffEntry]:
    return sorted(
        (
            StaffEntry(
                u.username,
                u.display_name,
                u.role,
                u.active,
                fingerprint_phrase(u.agreement_public, u.signing_public),
            )
            for u in state.users.values()
        ),
        key=lambda entry: entry.username,
    )


def _require_administrator(us: UserSession) -> None:
    if us.worker.role is not Role.ADMINISTRATOR:
        raise PermissionDenied("Only an administrator can sign the staff directory.")


def adopt(
    us: UserSession, recovery_key_text: str | None = None, allow_insecure: bool | None = None
) -> DirectoryState:
    """Sign the staff list as it stands, once, in a vault upgraded from before the signed
    directory. With the recovery key, its public key in the vault is checked and it can sign
    for the organisation later; without it, only administrators can. Each worker's account
    pins this directory the next time they sign in."""
    _require_administrator(us)
    if us.directory_signed:
        raise InvalidRequest("This vault's staff directory is signed already.")
    current = us.staff
    recovery_signing = None
    if recovery_key_text is not None:
        private = parse_recovery_key(recovery_key_text)
        if box.public_bytes(private) != current.recovery_public:
            raise InvalidRequest(
                "That recovery key does not match this vault's recovery key: the vault's copy "
                "may have been replaced. Nothing was signed; ask for help before going on."
            )
        recovery_signing = recovery_signing_key(private)
    if allow_insecure is None:  # only where the fast test settings were asked for explicitly
        allow_insecure = os.environ.get(INSECURE_KDF_ENV) == "1"
    cached = us.vault.default_kdf()  # as the vault recorded it (the session applies a floor)
    insecure = allow_insecure and not directory.at_least(cached, MINIMUM)
    default = cached if insecure or directory.at_least(cached, MINIMUM) else MINIMUM
    policy = Policy.from_body(
        Policy(default, cached if insecure else MINIMUM, insecure_for_tests=insecure).body()
    )
    ring = us.ring
    with us.write() as s:
        row = directory.genesis_row(
            vault_id=current.vault_id,
            organisation=current.organisation,
            recovery_public=current.recovery_public,
            recovery_signing_public=(
                signing_public_bytes(recovery_signing) if recovery_signing else b""
            ),
            audit_public=current.audit_public,
            policy=policy,
            teams=current.teams,
            users=list(current.users.values()),
            adopted=True,
            signer=us.worker.id,
            signing_key=ring.signing,
        )
        s.add(row)
        s.flush()
        state = directory.verify_rows(directory.load_rows(s))
        directory.write_cache(s, state)
        ring.pinned_root = state.root
        user = s.get(UserRow, us.worker.id)
        assert user is not None
        user.private_keys = seal_private_keys(ring, us.worker.id)
        us.directory, us.directory_signed = state, True
        us.audit(s, AuditEvent(Action.DIRECTORY, "directory", "1", {"kind": "adopted"}))
    return state


def repair(us: UserSession) -> list[str]:
    """Make the plain tables agree with the signed directory again. Returns what was wrong."""
    _require_administrator(us)
    if not us.directory_signed:
        raise InvalidRequest("Sign the staff directory first ('familycase directory adopt').")
    with us.write() as s:
        problems = directory.compare_cache(s, us.staff)
        if problems:
            directory.write_cache(s, us.staff)
            us.audit(
                s,
                AuditEvent(
                    Action.DIRECTORY, "directory", None, {"kind": "repaired", "found": problems}
                ),
            )
    us.directory_problems = []
    return problems


def show(us: UserSession) -> tuple[DirectoryState, list[StaffEntry]]:
    state = replace(us.staff)
    return state, staff_list(state)
