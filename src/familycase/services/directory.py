"""The signed staff directory: the only source of who may hold what.

Workers, their roles, teams and active flags, their public keys, the organisation's public keys
(recovery, audit, and any added later) and the password policy change only through entries
signed by an administrator's Ed25519 key or by the key the printed recovery key stands for.
Entries are hash-chained; every worker's key ring pins the hash of the first entry (at enrolment,
or for an account older than the directory, the first time it meets the adopted directory), so
nobody who can write the database can swap the directory for another.

``users``, ``teams`` and the public keys in ``vault_meta`` stay as a cache that queries join
on; ``compare_cache`` names every difference between that cache and the directory, and nothing
that decides access reads the cache.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from familycase.crypto.kdf import INSECURE_FAST_FOR_TESTS, MINIMUM, KdfParams
from familycase.crypto.keys import verify_signature
from familycase.domain.enums import Role
from familycase.domain.settings import OrganisationSettings
from familycase.services.clock import now
from familycase.services.errors import TamperedData
from familycase.store.schema import DirectoryRow, TeamRow, UserRow, VaultMeta

RECOVERY_SIGNER = "recovery"
GENESIS_PREV = "0" * 64
KEY_BYTES = 32
KINDS_LABELS = {
    "genesis": "first entry",
    "user_added": "worker added",
    "user_disabled": "worker disabled",
    "user_enabled": "worker enabled again",
    "user_changed": "worker changed",
    "team_added": "team added",
    "policy": "password policy",
    "org_key": "organisation key",
    "settings": "organisation settings",
}


class DirectoryError(TamperedData):
    """The signed directory is damaged, altered or replaced; the message says where."""


def canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(seq: int, at: str, kind: str, body: str, prev_hash: str, signer: str) -> str:
    material = json.dumps([seq, at, kind, body, prev_hash, signer], separators=(",", ":"))
    return hashlib.sha256(material.encode()).hexdigest()


# --- the state the entries describe ---------------------------------------------------------


@dataclass(frozen=True)
class DirectoryUser:
    id: str
    username: str
    display_name: str
    role: Role
    team_id: str | None
    active: bool
    agreement_public: bytes
    signing_public: bytes

    def body(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role.value,
            "team_id": self.team_id,
            "active": self.active,
            "agreement_public": self.agreement_public.hex(),
            "signing_public": self.signing_public.hex(),
        }

    @classmethod
    def from_body(cls, data: object) -> DirectoryUser:
        if not isinstance(data, dict):
            raise ValueError("a worker entry is not an object")
        team_id = data.get("team_id")
        if team_id is not None and not isinstance(team_id, str):
            raise ValueError("a worker's team is not text")
        active = data.get("active", True)
        if not isinstance(active, bool):
            raise ValueError("a worker's active flag is not true or false")
        return cls(
            id=_text(data, "id", 40),
            username=_text(data, "username", 64),
            display_name=_text(data, "display_name", 100),
            role=Role(_text(data, "role", 20)),
            team_id=team_id,
            active=active,
            agreement_public=_key(data, "agreement_public"),
            signing_public=_key(data, "signing_public"),
        )


@dataclass(frozen=True)
class Policy:
    kdf_default: KdfParams
    kdf_floor: KdfParams
    insecure_for_tests: bool = False

    def body(self) -> dict[str, Any]:
        return {
            "kdf_default": self.kdf_default.as_dict(),
            "kdf_floor": self.kdf_floor.as_dict(),
            "insecure_for_tests": self.insecure_for_tests,
        }

    @classmethod
    def from_body(cls, data: object) -> Policy:
        if not isinstance(data, dict):
            raise ValueError("the password policy is not an object")
        insecure = data.get("insecure_for_tests", False)
        if not isinstance(insecure, bool):
            raise ValueError("the policy's test flag is not true or false")
        policy = cls(
            kdf_default=_kdf(data.get("kdf_default")),
            kdf_floor=_kdf(data.get("kdf_floor")),
            insecure_for_tests=insecure,
        )
        code_floor = INSECURE_FAST_FOR_TESTS if insecure else MINIMUM
        if not at_least(policy.kdf_floor, code_floor):
            raise ValueError("the password policy's floor is below FamilyCase's own minimum")
        if not at_least(policy.kdf_default, policy.kdf_floor):
            raise ValueError("the password policy's default is below its floor")
        return policy

    def allows(self, params: KdfParams) -> bool:
        return at_least(params, self.kdf_floor)


def at_least(params: KdfParams, floor: KdfParams) -> bool:
    return (
        params.memory_kib >= floor.memory_kib
        and params.iterations >= floor.iterations
        and params.lanes >= floor.lanes
    )


@dataclass(frozen=True)
class DirectoryState:
    root: str
    head_seq: int
    head_hash: str
    vault_id: str
    organisation: str
    recovery_public: bytes
    recovery_signing_public: bytes
    audit_public: bytes
    policy: Policy
    adopted: bool
    teams: dict[str, str] = field(default_factory=dict)
    users: dict[str, DirectoryUser] = field(default_factory=dict)
    org_keys: dict[str, bytes] = field(default_factory=dict)
    # Approvals, jurisdiction, follow-up, allocation cap and weights: authoritative only here.
    settings: OrganisationSettings = field(default_factory=OrganisationSettings)
    # Every key for receiving family keys any worker has had (-> the worker's id): a summary
    # sealed with one was written by that worker, even after a later key change.
    key_owners: dict[bytes, str] = field(default_factory=dict)

    def user(self, user_id: str | None) -> DirectoryUser | None:
        return self.users.get(user_id or "")

    def active_users(
        self, roles: Iterable[Role] | None = None, team_id: str | None = None
    ) -> list[DirectoryUser]:
        wanted = set(roles) if roles is not None else None
        return [
            u
            for u in self.users.values()
            if u.active
            and (wanted is None or u.role in wanted)
            and (team_id is None or u.team_id == team_id)
        ]

    def agreement_public(self, user_id: str) -> bytes:
        """The key a grant to this worker may be sealed to: only an active worker's, as signed."""
        user = self.users.get(user_id)
        if user is None or not user.active:
            raise DirectoryError(
                "FamilyCase will not give keys to someone who is not an active worker in the "
                "signed staff directory."
            )
        return user.agreement_public

    def signer_public(self, signer: str) -> bytes | None:
        """Who may sign a directory entry: the recovery key, or an active administrator."""
        if signer == RECOVERY_SIGNER:
            return self.recovery_signing_public or None
        user = self.users.get(signer)
        if user is None or not user.active or user.role is not Role.ADMINISTRATOR:
            return None
        return user.signing_public

    def audit_signer_public(self, user_id: str | None) -> bytes | None:
        user = self.users.get(user_id or "")
        return user.signing_public if user is not None else None


# --- reading and checking ---------------------------------------------------------------------


def load_rows(s: Session) -> list[DirectoryRow]:
    return list(s.scalars(select(DirectoryRow).order_by(DirectoryRow.seq)))


def verify_rows(rows: Sequence[DirectoryRow], pinned_root: str | None = None) -> DirectoryState:
    """Walk the chain from its first entry, checking each link, hash and signature, and apply
    every entry. Any fault raises ``DirectoryError`` naming the entry and what is wrong."""
    if not rows:
        raise DirectoryError("The signed staff directory is missing from this vault.")
    state = extend(None, rows)
    if pinned_root is not None and state.root != pinned_root:
        raise DirectoryError(
            "This vault's staff directory does not begin where the one your account was "
            "enrolled with does: it was replaced. Nothing was opened."
        )
    return state


def extend(state: DirectoryState | None, rows: Sequence[DirectoryRow]) -> DirectoryState:
    """``state`` (None: nothing yet) after the entries ``rows``, each checked as it comes."""
    previous = state.head_hash if state is not None else GENESIS_PREV
    expected = state.head_seq + 1 if state is not None else 1
    for row in rows:
        where = f"entry {expected} of the staff directory"
        try:
            seq, at, kind, body_text = int(row.seq), str(row.at), str(row.kind), str(row.body)
            prev_hash, stored_hash = str(row.prev_hash), str(row.entry_hash)
            signer, signature = str(row.signer), bytes(row.signature or b"")
        except (TypeError, ValueError):
            raise DirectoryError(f"{where} is damaged.") from None
        label = KINDS_LABELS.get(kind, kind)
        if seq != expected:
            raise DirectoryError(
                f"Entries of the staff directory are missing before entry {seq} (deleted?)."
            )
        if prev_hash != previous:
            raise DirectoryError(
                f"{where} ({label}) does not follow the entry before it: an entry was edited, "
                "removed or put in its place."
            )
        if entry_hash(seq, at, kind, body_text, prev_hash, signer) != stored_hash:
            raise DirectoryError(f"{where} ({label}) was altered after it was signed.")
        try:
            body = json.loads(body_text)
            if seq == 1:
                if kind != "genesis":
                    raise ValueError("the first entry is not the directory's beginning")
                state = _genesis(body, stored_hash)
            assert state is not None
            public = state.signer_public(signer)
            if public is None:
                raise DirectoryError(
                    f"{where} ({label}) is signed by someone who may not change the directory."
                )
            if not verify_signature(public, signature, bytes.fromhex(stored_hash)):
                raise DirectoryError(
                    f"{where} ({label}) does not carry a valid signature of an administrator "
                    "or the recovery key: it was forged or altered."
                )
            if seq > 1:
                state = apply(state, kind, body)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise DirectoryError(f"{where} ({label}) cannot be read: {exc}.") from None
        state = replace(state, head_seq=seq, head_hash=stored_hash)
        previous, expected = stored_hash, seq + 1
    if state is None:
        raise DirectoryError("The signed staff directory is missing from this vault.")
    return state


def refresh(s: Session, state: DirectoryState) -> DirectoryState:
    """The state with any entries signed since it was read (by this or another session)."""
    newest = s.scalar(select(func.max(DirectoryRow.seq)))
    if newest is None or newest < state.head_seq:
        raise DirectoryError(
            "Entries of the staff directory have been removed since you signed in. Nothing "
            "more was done. Ask an administrator to run 'familycase verify'."
        )
    if newest == state.head_seq:
        at_head = s.scalar(select(DirectoryRow.entry_hash).where(DirectoryRow.seq == newest))
        if at_head != state.head_hash:
            raise DirectoryError(
                "The staff directory was replaced since you signed in. Nothing more was done."
            )
        return state
    rows = s.scalars(
        select(DirectoryRow).where(DirectoryRow.seq > state.head_seq).order_by(DirectoryRow.seq)
    ).all()
    return extend(state, rows)


def _genesis(body: object, root: str) -> DirectoryState:
    if not isinstance(body, dict):
        raise ValueError("the first entry is not an object")
    teams = body.get("teams", [])
    users = body.get("users", [])
    if not isinstance(teams, list) or not isinstance(users, list):
        raise ValueError("the first entry's teams or workers are not lists")
    adopted = body.get("adopted", False)
    if not isinstance(adopted, bool):
        raise ValueError("the adopted flag is not true or false")
    state = DirectoryState(
        root=root,
        head_seq=1,
        head_hash=root,
        vault_id=_text(body, "vault_id", 64),
        organisation=_text(body, "organisation", 300),
        recovery_public=_key(body, "recovery_public"),
        # An adopted directory may begin without it (the recovery key was not at hand).
        recovery_signing_public=(
            _key(body, "recovery_signing_public")
            if body.get("recovery_signing_public") or not adopted
            else b""
        ),
        audit_public=_key(body, "audit_public"),
        policy=Policy.from_body(body.get("policy")),
        adopted=adopted,
    )
    for team in teams:
        state = _add_team(state, team)
    for user in users:
        state = _add_user(state, user)
    return state


def apply(state: DirectoryState, kind: str, body: object) -> DirectoryState:
    """The state after one more entry (entries after the first)."""
    if not isinstance(body, dict):
        raise ValueError("the entry is not an object")
    if kind == "user_added":
        return _add_user(state, body.get("user"))
    if kind in ("user_disabled", "user_enabled"):
        user = _existing(state, _text(body, "user_id", 40))
        return _with_user(state, replace(user, active=kind == "user_enabled"))
    if kind == "user_changed":
        user = _existing(state, _text(body, "user_id", 40))
        changes: dict[str, Any] = {}
        if "role" in body:
            changes["role"] = Role(_text(body, "role", 20))
        if "display_name" in body:
            changes["display_name"] = _text(body, "display_name", 100)
        if "team_id" in body:
            changes["team_id"] = _team_ref(state, body.get("team_id"))
        if "agreement_public" in body or "signing_public" in body:
            changes["agreement_public"] = _key(body, "agreement_public")
            changes["signing_public"] = _key(body, "signing_public")
        return _with_user(state, replace(user, **changes))
    if kind == "team_added":
        return _add_team(state, body.get("team"))
    if kind == "policy":
        return replace(state, policy=Policy.from_body(body.get("policy")))
    if kind == "org_key":
        name = _text(body, "name", 40)
        return replace(state, org_keys={**state.org_keys, name: _key(body, "public")})
    if kind == "settings":
        return replace(state, settings=OrganisationSettings.from_body(body.get("settings")))
    raise ValueError(f"unknown kind of entry '{kind}'")


def _add_team(state: DirectoryState, data: object) -> DirectoryState:
    if not isinstance(data, dict):
        raise ValueError("a team entry is not an object")
    team_id, name = _text(data, "id", 40), _text(data, "name", 100)
    if team_id in state.teams:
        raise ValueError("a team is added twice")
    return replace(state, teams={**state.teams, team_id: name})


def _add_user(state: DirectoryState, data: object) -> DirectoryState:
    user = DirectoryUser.from_body(data)
    if user.id in state.users or user.id == RECOVERY_SIGNER:
        raise ValueError("a worker is added twice")
    if any(u.username == user.username for u in state.users.values()):
        raise ValueError(f"the user name '{user.username}' is added twice")
    _team_ref(state, user.team_id)
    return _with_user(state, user)


def _with_user(state: DirectoryState, user: DirectoryUser) -> DirectoryState:
    owners = state.key_owners
    if owners.get(user.agreement_public) != user.id:
        owners = {**owners, user.agreement_public: user.id}
    return replace(state, users={**state.users, user.id: user}, key_owners=owners)


def _existing(state: DirectoryState, user_id: str) -> DirectoryUser:
    user = state.users.get(user_id)
    if user is None:
        raise ValueError("the entry names a worker the directory does not have")
    return user


def _team_ref(state: DirectoryState, team_id: object) -> str | None:
    if team_id is None:
        return None
    if not isinstance(team_id, str) or team_id not in state.teams:
        raise ValueError("the entry names a team the directory does not have")
    return team_id


def _text(data: dict[str, Any], name: str, limit: int) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value or len(value) > limit:
        raise ValueError(f"'{name}' is missing or not text")
    return value


def _key(data: dict[str, Any], name: str) -> bytes:
    value = data.get(name)
    try:
        key = bytes.fromhex(value) if isinstance(value, str) else b""
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise ValueError(f"'{name}' is not a public key")
    return key


def _kdf(data: object) -> KdfParams:
    if not isinstance(data, dict):
        raise ValueError("password settings are missing")
    params = KdfParams.from_dict(data)
    if min(params.memory_kib, params.iterations, params.lanes) < 1:
        raise ValueError("password settings are out of range")
    return params


# --- writing ----------------------------------------------------------------------------------


def append(
    s: Session,
    kind: str,
    body: dict[str, Any],
    signer: str,
    signing_key: Ed25519PrivateKey,
    pinned_root: str | None,
) -> DirectoryState:
    """Sign one more entry inside the caller's transaction. The chain is read and checked again
    first (it may have moved since sign-in), so an entry is never signed on top of damage."""
    state = verify_rows(load_rows(s), pinned_root)
    new_state = apply(state, kind, body)
    if state.signer_public(signer) is None:
        raise DirectoryError("Only an administrator can change the staff directory.")
    row = signed_row(state.head_seq + 1, kind, body, state.head_hash, signer, signing_key)
    s.add(row)
    s.flush()
    return replace(new_state, head_seq=row.seq, head_hash=row.entry_hash)


def signed_row(
    seq: int,
    kind: str,
    body: dict[str, Any],
    prev_hash: str,
    signer: str,
    signing_key: Ed25519PrivateKey,
) -> DirectoryRow:
    at = now().isoformat(timespec="microseconds")
    body_text = canonical(body)
    digest = entry_hash(seq, at, kind, body_text, prev_hash, signer)
    return DirectoryRow(
        seq=seq,
        at=at,
        kind=kind,
        body=body_text,
        prev_hash=prev_hash,
        entry_hash=digest,
        signer=signer,
        signature=signing_key.sign(bytes.fromhex(digest)),
    )


def genesis_row(
    *,
    vault_id: str,
    organisation: str,
    recovery_public: bytes,
    recovery_signing_public: bytes,
    audit_public: bytes,
    policy: Policy,
    teams: dict[str, str],
    users: Sequence[DirectoryUser],
    adopted: bool,
    signer: str,
    signing_key: Ed25519PrivateKey,
) -> DirectoryRow:
    body = {
        "vault_id": vault_id,
        "organisation": organisation,
        "recovery_public": recovery_public.hex(),
        "recovery_signing_public": recovery_signing_public.hex() or None,
        "audit_public": audit_public.hex(),
        "policy": policy.body(),
        "teams": [{"id": tid, "name": name} for tid, name in sorted(teams.items())],
        "users": [u.body() for u in sorted(users, key=lambda u: u.id)],
        "adopted": adopted,
    }
    return signed_row(1, "genesis", body, GENESIS_PREV, signer, signing_key)


def unsigned_state(s: Session) -> DirectoryState:
    """A vault whose directory has not been signed yet (upgraded, not adopted): the tables as
    they are, trusted as before the upgrade. Sessions say so (``directory_signed`` is False)
    until an administrator adopts the directory."""
    meta = {row.key: row.value for row in s.scalars(select(VaultMeta))}
    users: dict[str, DirectoryUser] = {}
    for row in s.scalars(select(UserRow)):
        try:
            users[row.id] = DirectoryUser(
                id=row.id,
                username=row.username,
                display_name=row.display_name,
                role=Role(row.role),
                team_id=row.team_id,
                active=bool(row.active),
                agreement_public=bytes(row.agreement_public),
                signing_public=bytes(row.signing_public),
            )
        except (ValueError, TypeError):
            continue
    try:
        cached = KdfParams.from_dict(json.loads(meta.get("kdf_default", "")))
    except (ValueError, KeyError, TypeError):
        cached = MINIMUM
    return DirectoryState(
        root="",
        head_seq=0,
        head_hash=GENESIS_PREV,
        vault_id=meta.get("vault_id", ""),
        organisation=meta.get("organisation", ""),
        recovery_public=_hex(meta.get("recovery_public")),
        recovery_signing_public=b"",
        audit_public=_hex(meta.get("audit_public")),
        policy=Policy(cached, cached),
        adopted=False,
        teams=dict(s.execute(select(TeamRow.id, TeamRow.name)).all()),
        users=users,
        key_owners={u.agreement_public: u.id for u in users.values()},
    )


def _hex(value: str | None) -> bytes:
    try:
        return bytes.fromhex(value or "")
    except ValueError:
        return b""


# --- the cache --------------------------------------------------------------------------------

_CACHED_META = ("vault_id", "organisation", "audit_public", "recovery_public")


def compare_cache(s: Session, state: DirectoryState) -> list[str]:
    """Every difference between the plain tables and the signed directory, in plain words."""
    problems: list[str] = []
    rows = {row.id: row for row in s.scalars(select(UserRow))}
    for user in state.users.values():
        row = rows.pop(user.id, None)
        if row is None:
            problems.append(f"the account of {user.username} was deleted outside FamilyCase")
            continue
        try:
            cached = DirectoryUser(
                id=row.id,
                username=row.username,
                display_name=row.display_name,
                role=Role(row.role),
                team_id=row.team_id,
                active=bool(row.active),
                agreement_public=bytes(row.agreement_public),
                signing_public=bytes(row.signing_public),
            )
        except (ValueError, TypeError):
            problems.append(f"the account of {user.username} is damaged")
            continue
        for label, attribute in (
            ("user name", "username"),
            ("name", "display_name"),
            ("role", "role"),
            ("team", "team_id"),
            ("active flag", "active"),
            ("public key for receiving family keys", "agreement_public"),
            ("public signing key", "signing_public"),
        ):
            if getattr(cached, attribute) != getattr(user, attribute):
                problems.append(
                    f"the {label} of {user.username} was changed outside FamilyCase "
                    f"(the signed directory says {_say(getattr(user, attribute))})"
                )
    for row in rows.values():
        problems.append(
            f"an account '{row.username}' was added outside FamilyCase (it is not in the "
            "signed directory)"
        )
    teams = dict(s.execute(select(TeamRow.id, TeamRow.name)).all())
    if teams != state.teams:
        problems.append("the list of teams was changed outside FamilyCase")
    meta = {row.key: row.value for row in s.scalars(select(VaultMeta))}
    expected = {
        "vault_id": state.vault_id,
        "organisation": state.organisation,
        "audit_public": state.audit_public.hex(),
        "recovery_public": state.recovery_public.hex(),
    }
    for key in _CACHED_META:
        if meta.get(key) != expected[key]:
            problems.append(f"the vault's {key.replace('_', ' ')} was changed outside FamilyCase")
    try:
        cached_default = KdfParams.from_dict(json.loads(meta.get("kdf_default", "")))
    except (ValueError, KeyError, TypeError):
        cached_default = None
    if cached_default != state.policy.kdf_default:
        problems.append("the vault's default password settings were changed outside FamilyCase")
    return problems


def _say(value: object) -> str:
    if isinstance(value, bytes):
        return "a different key"
    if isinstance(value, bool):
        return "active" if value else "disabled"
    if isinstance(value, Role):
        return value.label.lower()
    return repr(value) if value is not None else "none"


def write_cache(s: Session, state: DirectoryState) -> None:
    """Make the plain tables agree with the signed directory again (an administrator's repair).
    Accounts not in the directory are disabled, never trusted."""
    for row in s.scalars(select(UserRow)):
        user = state.users.get(row.id)
        if user is None:  # an account someone slipped in: it never had a signed place
            s.delete(row)
            continue
        row.username, row.display_name = user.username, user.display_name
        row.role = user.role.value
        row.team_id, row.active = user.team_id, user.active
        row.agreement_public, row.signing_public = user.agreement_public, user.signing_public
    known = set(s.scalars(select(TeamRow.id)))
    for team_id, name in state.teams.items():
        if team_id in known:
            team = s.get(TeamRow, team_id)
            assert team is not None
            team.name = name
        else:
            s.add(TeamRow(id=team_id, name=name))
    expected = {
        "vault_id": state.vault_id,
        "organisation": state.organisation,
        "audit_public": state.audit_public.hex(),
        "recovery_public": state.recovery_public.hex(),
        "kdf_default": json.dumps(state.policy.kdf_default.as_dict()),
    }
    for key, value in expected.items():
        meta = s.get(VaultMeta, key)
        if meta is None:
            s.add(VaultMeta(key=key, value=value))
        else:
            meta.value = value
