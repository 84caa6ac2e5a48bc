"""Creating, opening and unlocking a vault; the unlocked user session.

A vault is a folder holding one SQLite file (or, later, a PostgreSQL URL with the same schema).
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Engine, bindparam, select, update
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from familycase.crypto import aead, box
from familycase.crypto.aead import Cipher
from familycase.crypto.errors import IntegrityError, WrongPasswordError
from familycase.crypto.kdf import (
    INSECURE_FAST_FOR_TESTS,
    MINIMUM,
    KdfParams,
    derive_key,
    new_salt,
)
from familycase.crypto.keys import (
    LockedKeyRing,
    UserKeyRing,
    format_recovery_key,
    lock_key_ring,
    new_key_ring,
    new_recovery_key,
    recovery_signing_key,
    seal_private_keys,
    signing_public_bytes,
    unlock_key_ring,
)
from familycase.domain.enums import Role
from familycase.domain.errors import DomainValidationError
from familycase.domain.staff import Worker
from familycase.i18n import tr
from familycase.services import audit, directory, manifest, seen
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now
from familycase.services.directory import DirectoryState, DirectoryUser, Policy
from familycase.services.errors import (
    BUSY_MESSAGE,
    DAMAGED_MESSAGE,
    AccountDisabled,
    ConcurrentChange,
    Locked,
    NoAccessToFamily,
    NotAVault,
    OlderCopy,
    TamperedData,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WrongPassword,
)
from familycase.store import database, migrate
from familycase.store.database import SQLITE_FILE, sqlite_engine
from familycase.store.keyshares import KeyShareError, KeyShareStore, combine
from familycase.store.schema import (
    AuditRow,
    DirectoryRow,
    FamilyKeyGrant,
    OrgKeyGrant,
    TeamRow,
    UserRow,
    VaultMeta,
)

VAULT_FORMAT = "familycase.vault/1"
RECOVERY_HOLDER = "recovery"
AUDIT_KEY = "audit"
WRONG_PASSWORD_MESSAGE = "The user name or password is not right."


def new_id() -> str:
    return uuid.uuid4().hex


def family_key_context(family_id: str, holder: str) -> bytes:
    return f"familycase/family-key/v1|{family_id}|{holder}".encode()


def org_key_context(key_name: str, holder: str) -> bytes:
    return f"familycase/org-key/v1|{key_name}|{holder}".encode()


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"


@dataclass
class Vault:
    engine: Engine
    location: str
    audit_public: bytes  # as cached in vault_meta; sessions use the signed directory's
    recovery_public: bytes
    shares: KeyShareStore
    _writer: Engine | None = field(default=None, repr=False)

    @property
    def write_engine(self) -> Engine:
        """The engine for write transactions: on SQLite they take the write lock at BEGIN, so a
        second writer waits for the first instead of failing half-way."""
        if self._writer is None:
            self._writer = database.write_engine(self.engine)
        return self._writer

    # --- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path) -> Vault:
        database = data_dir / SQLITE_FILE
        if not database.exists():
            raise VaultNotFound(
                f"No FamilyCase vault at {data_dir}. Create one with 'familycase init' "
                "or choose another with --data."
            )
        if not _looks_like_sqlite(database):
            raise NotAVault(f"{database} is not a FamilyCase vault (it is not a database file).")
        engine = sqlite_engine(database)
        vault = cls._from_engine(engine, str(data_dir.resolve()), data_dir)
        return vault

    @classmethod
    def _from_engine(cls, engine: Engine, location: str, shares_folder: Path) -> Vault:
        try:
            current = migrate.current_revision(engine)
            if current is None:
                raise NotAVault(f"{location} is a database but not a FamilyCase vault.")
            if current not in _known_revisions():
                raise NotAVault(
                    f"The vault at {location} was made by a newer version of FamilyCase; "
                    "update FamilyCase to open it."
                )
            try:  # before any migration touches the database
                shares = KeyShareStore.open(shares_folder)
            except KeyShareError as exc:
                raise VaultDamaged(str(exc)) from None
            if current != migrate.head_revision():
                migrate.upgrade(engine)
            with Session(engine) as s:
                meta = {row.key: row.value for row in s.scalars(select(VaultMeta))}
        except (DatabaseError, OperationalError, sqlite3.DatabaseError, UnicodeError) as exc:
            raise NotAVault(
                f"The vault at {location} is damaged or not a vault: {getattr(exc, 'orig', exc)}"
            ) from None
        if meta.get("format") != VAULT_FORMAT:
            raise NotAVault(f"{location} is not a FamilyCase vault this version understands.")
        return cls(
            engine=engine,
            location=location,
            audit_public=_hex_key(meta.get("audit_public")),
            recovery_public=_hex_key(meta.get("recovery_public")),
            shares=shares,
        )

    # --- creating ------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        data_dir: Path,
        *,
        organisation: str,
        admin_username: str,
        admin_display_name: str,
        password: str,
        kdf: KdfParams,
        team_name: str = "Early Help Team",
        admin_role: Role = Role.ADMINISTRATOR,
    ) -> tuple[Vault, str]:
        """Make a new vault and its first user. Returns the vault and the recovery key text,
        which is shown once and never stored.

        The staff directory begins with an entry signed by the recovery key, naming the first
        user, the team, the organisation's public keys and the password policy; the first
        user's key ring pins it."""
        policy = creation_policy(kdf)
        database = data_dir / SQLITE_FILE
        if database.exists():
            raise VaultExists(f"There is already a vault at {data_dir}.")
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        previous_umask = os.umask(0o077)  # the database, its WAL and journal: owner only
        try:
            engine = sqlite_engine(database)
            migrate.upgrade(engine)
            shares = KeyShareStore.create(data_dir)
        finally:
            os.umask(previous_umask)
        recovery = new_recovery_key()
        recovery_signing = recovery_signing_key(recovery)
        audit_private = box.X25519PrivateKey.generate()
        audit_public = box.public_bytes(audit_private)
        recovery_public = box.public_bytes(recovery)
        vault = cls(engine, str(data_dir.resolve()), audit_public, recovery_public, shares)
        vault_id, team_id, admin_id = new_id(), new_id(), new_id()
        ring = new_key_ring()
        admin = DirectoryUser(
            id=admin_id,
            username=admin_username.strip().lower(),
            display_name=admin_display_name,
            role=Role(admin_role),
            team_id=team_id,
            active=True,
            agreement_public=ring.agreement_public,
            signing_public=ring.signing_public,
        )
        genesis = directory.genesis_row(
            vault_id=vault_id,
            organisation=organisation,
            recovery_public=recovery_public,
            recovery_signing_public=signing_public_bytes(recovery_signing),
            audit_public=audit_public,
            policy=policy,
            teams={team_id: team_name},
            users=[admin],
            adopted=False,
            signer=directory.RECOVERY_SIGNER,
            signing_key=recovery_signing,
        )
        ring.pinned_root = genesis.entry_hash
        with Session(vault.write_engine) as s, s.begin():
            for key, value in {
                "format": VAULT_FORMAT,
                "vault_id": vault_id,
                "organisation": organisation,
                "created_at": now().isoformat(),
                "audit_public": audit_public.hex(),
                "recovery_public": recovery_public.hex(),
                "kdf_default": json.dumps(kdf.as_dict()),
                "next_reference": "1",
                audit.HEAD_KEY: f"0:{audit.GENESIS_HASH}",
            }.items():
                s.add(VaultMeta(key=key, value=value))
            s.add(TeamRow(id=team_id, name=team_name))
            s.flush()
            s.add(genesis)
            raw_audit = audit_private.private_bytes_raw()
            s.add(org_grant(AUDIT_KEY, RECOVERY_HOLDER, recovery_public, raw_audit))
            insert_user(s, admin, password, kdf, ring=ring)
            s.add(org_grant(AUDIT_KEY, admin_id, ring.agreement_public, raw_audit))
            audit.append(
                s,
                audit_public,
                AuditEvent(Action.VAULT_CREATED, "vault", None, {"organisation": organisation}),
                admin_id,
                ring,
            )
        return vault, format_recovery_key(recovery)

    # --- sessions ------------------------------------------------------------------------
    def default_kdf(self) -> KdfParams:
        """The password settings a failed sign-in spends time on (as cached; never used to
        protect anything: new wraps take the signed policy's, see UserSession.new_wrap_kdf)."""
        with Session(self.engine) as s:
            row = s.get(VaultMeta, "kdf_default")
        try:
            return KdfParams.from_dict(json.loads(row.value if row else ""))
        except (ValueError, KeyError, TypeError):
            return MINIMUM

    def organisation(self) -> str:
        with Session(self.engine) as s:
            row = s.get(VaultMeta, "organisation")
            return row.value if row else ""

    def usernames(self) -> list[str]:
        with Session(self.engine) as s:
            return list(
                s.scalars(select(UserRow.username).where(UserRow.active).order_by(UserRow.username))
            )

    def unlock(
        self, username: str, password: str, *, accept_older_copy: bool = False
    ) -> UserSession:
        """Sign in. The staff directory is checked from the root this account pinned; the
        account must be active in it, its keys must match, and the plain tables must agree
        with it (an administrator is let in to repair them). A vault older than one this
        worker has already seen is refused unless ``accept_older_copy``."""
        with damage_reported():
            return self._unlock(username, password, accept_older_copy)

    def _unlock(self, username: str, password: str, accept_older_copy: bool) -> UserSession:
        username = username.strip().lower()
        try:
            with Session(self.engine) as s:
                row = s.scalar(select(UserRow).where(UserRow.username == username))
                entries = directory.load_rows(s)
                state = directory.verify_rows(entries) if entries else None
                problems = directory.compare_cache(s, state) if state is not None else []
                unsigned = directory.unsigned_state(s) if state is None else None
        except (DatabaseError, OperationalError) as exc:
            raise VaultDamaged(
                f"The vault could not be read: {getattr(exc, 'orig', exc)}"
            ) from None
        if row is None:
            # Spend the same time as a real attempt, so timing does not reveal user names.
            derive_key(password, new_salt(), self.default_kdf())
            self._record_failure(None, username)
            raise WrongPassword(tr("unlock", WRONG_PASSWORD_MESSAGE))
        listed = state.user(row.id) if state is not None else None
        if state is not None and listed is None:
            raise TamperedData(
                f"The account '{username}' is not in the signed staff directory: it was added "
                "outside FamilyCase. Ask an administrator to run 'familycase verify'."
            )
        if not (listed.active if listed is not None else bool(row.active)):
            self._record_failure(row.id, username)
            raise AccountDisabled("This account has been disabled; ask an administrator.")
        policy = state.policy if state is not None else legacy_policy(self.default_kdf())
        try:
            kdf = KdfParams.from_dict(json.loads(row.kdf))
        except (ValueError, KeyError, TypeError):
            raise TamperedData(_account_damaged(username)) from None
        if state is not None and not policy.allows(kdf):
            raise TamperedData(
                f"The password settings of '{username}' are weaker than the signed policy "
                "allows: they were changed outside FamilyCase. Nothing was opened. Ask an "
                "administrator to run 'familycase verify'."
            )
        locked = LockedKeyRing(
            salt=bytes(row.salt),
            kdf=kdf,
            wrapped_master_key=bytes(row.wrapped_master_key),
            private_keys=bytes(row.private_keys),
        )
        try:
            ring = unlock_key_ring(locked, row.id, password)
        except WrongPasswordError:
            self._record_failure(row.id, username)
            raise WrongPassword(tr("unlock", WRONG_PASSWORD_MESSAGE)) from None
        except (IntegrityError, ValueError):
            raise TamperedData(_account_damaged(username)) from None
        repin = False
        if state is not None:
            assert listed is not None
            if ring.pinned_root is None:
                if not state.adopted:
                    raise TamperedData(
                        "This account was never enrolled in this vault's staff directory; "
                        "the directory may have been replaced. Nothing was opened."
                    )
                ring.pinned_root, repin = state.root, True  # first meeting after adoption
            elif ring.pinned_root != state.root:
                raise directory.DirectoryError(
                    "This vault's staff directory does not begin where the one your account "
                    "was enrolled with does: it was replaced. Nothing was opened."
                )
            if (listed.agreement_public, listed.signing_public) != (
                ring.agreement_public,
                ring.signing_public,
            ):
                raise TamperedData(
                    "Your public keys in the signed staff directory do not match your own keys. "
                    "Nothing was opened. Ask an administrator to run 'familycase verify'."
                )
            if problems and listed.role is not Role.ADMINISTRATOR:
                raise TamperedData(
                    "The staff list was changed outside FamilyCase, so nobody but an "
                    "administrator can sign in until it is repaired ('familycase directory "
                    "repair'): " + "; ".join(problems) + "."
                )
            worker = Worker(
                id=listed.id,
                username=listed.username,
                display_name=listed.display_name,
                role=listed.role,
                team_id=listed.team_id,
                active=True,
            )
        else:
            if ring.pinned_root is not None:
                raise directory.DirectoryError(
                    "The signed staff directory is missing from this vault (it was removed). "
                    "Nothing was opened. Ask an administrator to run 'familycase verify'."
                )
            worker = worker_from_row(row)
        if unsigned is not None:
            unsigned = dataclasses.replace(unsigned, policy=policy)
        session = UserSession(
            self,
            worker,
            ring,
            directory=state if state is not None else unsigned,
            directory_signed=state is not None,
            directory_problems=problems,
        )
        older = session._check_seen(row.ring_state)
        if older and not accept_older_copy:
            raise OlderCopy(older)
        session.load_family_keys()
        with session.write() as s:
            user = s.get(UserRow, row.id)
            assert user is not None
            user.failed_unlocks = 0
            if repin:
                user.private_keys = seal_private_keys(ring, row.id)
            if older:
                session.audit(
                    s, AuditEvent(Action.OLDER_COPY_ACCEPTED, "vault", None, {"reason": older})
                )
            session.audit(s, AuditEvent(Action.UNLOCK, "user", row.id))
            session._remember_seen = True
        return session

    def failed_unlocks(self, username: str) -> int:
        with Session(self.engine) as s:
            count = s.scalar(select(UserRow.failed_unlocks).where(UserRow.username == username))
        return count or 0

    def _record_failure(self, user_id: str | None, username: str) -> None:
        with Session(self.write_engine) as s, s.begin():
            if user_id is not None:
                user = s.get(UserRow, user_id)
                assert user is not None
                user.failed_unlocks += 1
            audit.append(
                s,
                self.audit_public,
                AuditEvent(Action.UNLOCK_FAILED, "user", user_id, {"username": username}),
                None,
                None,
            )

    def dispose(self) -> None:
        self.engine.dispose()
        self.shares.dispose()


@contextmanager
def damage_reported() -> Iterator[None]:
    """Storage that cannot be read (a damaged page, a value that is not what its column holds,
    text that is not UTF-8) becomes one plain ``VaultDamaged``; a lock not freed in time
    becomes ``ConcurrentChange``. Validation errors and FamilyCase's own errors pass through."""
    try:
        yield
    except OperationalError as exc:
        reason = str(exc.orig)
        if "locked" in reason or "busy" in reason:
            raise ConcurrentChange(BUSY_MESSAGE) from None
        if any(s in reason for s in ("no such", "malformed", "syntax error", "corrupt", "decode")):
            raise VaultDamaged(DAMAGED_MESSAGE) from exc  # the schema itself is damaged
        raise  # the disk is full, or read-only: the caller says so in its own words
    except (DatabaseError, sqlite3.DatabaseError, UnicodeError) as exc:
        raise VaultDamaged(DAMAGED_MESSAGE) from exc
    except ValueError as exc:
        if isinstance(exc, DomainValidationError | ValidationError):
            raise
        raise VaultDamaged(DAMAGED_MESSAGE) from exc


def _hex_key(value: str | None) -> bytes:
    try:
        return bytes.fromhex(value or "")
    except ValueError:
        return b""


def _account_damaged(username: str) -> str:
    return (
        f"The stored keys of '{username}' failed their integrity check; the vault may have been "
        "altered. Ask an administrator to run 'familycase verify'."
    )


def creation_policy(kdf: KdfParams) -> Policy:
    """The password policy of a new vault: its calibrated settings, never below the RFC 9106
    floor, except a vault made with the insecure test settings, which says so for ever."""
    insecure = not directory.at_least(kdf, MINIMUM)
    policy = Policy(
        kdf_default=kdf,
        kdf_floor=INSECURE_FAST_FOR_TESTS if insecure else MINIMUM,
        insecure_for_tests=insecure,
    )
    try:
        return Policy.from_body(policy.body())
    except ValueError as exc:
        raise ValueError(f"password settings refused: {exc}") from None


def legacy_policy(cached: KdfParams) -> Policy:
    """A vault whose directory is not signed yet: its cached default, never below the floor
    (unless the fast test setting is asked for explicitly)."""
    floor = INSECURE_FAST_FOR_TESTS if os.environ.get(INSECURE_KDF_ENV) == "1" else MINIMUM
    default = cached if directory.at_least(cached, floor) else floor
    return Policy(default, floor, insecure_for_tests=floor is INSECURE_FAST_FOR_TESTS)


INSECURE_KDF_ENV = "FAMILYCASE_INSECURE_FAST_KDF"


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def org_grant(key_name: str, holder: str, holder_public: bytes, raw_key: bytes) -> OrgKeyGrant:
    return OrgKeyGrant(
        id=new_id(),
        key_name=key_name,
        holder=holder,
        blob=box.seal(holder_public, raw_key, org_key_context(key_name, holder)),
    )


def worker_from_row(row: UserRow) -> Worker:
    return Worker(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=Role(row.role),
        team_id=row.team_id,
        active=row.active,
    )


def insert_user(
    s: Session,
    user: DirectoryUser,
    password: str,
    kdf: KdfParams,
    *,
    ring: UserKeyRing,
) -> UserRow:
    """The account row of a worker whose directory entry is ``user`` and whose keys are
    ``ring`` (which carries the pinned directory root)."""
    locked = lock_key_ring(ring, user.id, password, kdf)
    row = UserRow(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role.value,
        team_id=user.team_id,
        active=user.active,
        created_at=now(),
        kdf=json.dumps(kdf.as_dict()),
        salt=locked.salt,
        wrapped_master_key=locked.wrapped_master_key,
        private_keys=locked.private_keys,
        agreement_public=ring.agreement_public,
        signing_public=ring.signing_public,
        failed_unlocks=0,
    )
    s.add(row)
    s.flush()
    return row


@dataclass
class UserSession:
    """A user with their keys unlocked. ``lock()`` drops every key it holds."""

    vault: Vault
    worker: Worker
    _ring: UserKeyRing | None
    # The staff directory this session trusts: verified from the pinned root at sign-in (or,
    # in a vault whose directory is not signed yet, read from the tables: see directory_signed).
    directory: DirectoryState | None = None
    directory_signed: bool = False
    directory_problems: list[str] = field(default_factory=list)
    _family_keys: dict[str, bytes] = field(default_factory=dict)  # as carried by grants
    _shares: dict[str, bytes] = field(default_factory=dict)  # from the key-share file
    _ciphers: dict[str, Cipher] = field(default_factory=dict)
    # Decrypted list summaries, keyed by family, kept with the ciphertext they came from so a
    # change by anyone (a new ciphertext) is noticed: lists decrypt each family once per unlock.
    # (ciphertext, family name, member names, risk and alert marks)
    summaries: dict[str, tuple[bytes, str, tuple[str, ...], tuple[Any, ...]]] = field(
        default_factory=dict
    )
    # Each family's people as matching needs them (services/people.py), with the family
    # revision they were read at: found again only for families that changed. Dropped at lock.
    people: dict[str, tuple[int, list[Any]]] = field(default_factory=dict)
    # The digest of the columns a list shows, from the same summaries (see services/manifest).
    list_digests: dict[str, str | None] = field(default_factory=dict)
    _active: Session | None = None
    _pending_audit: list[AuditEvent] | None = None
    _seen: seen.Seen = field(default_factory=seen.Seen)
    _remember_seen: bool = False

    # --- keys ----------------------------------------------------------------------------
    @property
    def ring(self) -> UserKeyRing:
        if self._ring is None:
            raise Locked("FamilyCase is locked; unlock it to carry on.")
        return self._ring

    @property
    def is_locked(self) -> bool:
        return self._ring is None

    @property
    def staff(self) -> DirectoryState:
        """The directory every access decision reads (never the plain ``users`` table)."""
        assert self.directory is not None
        return self.directory

    def lock(self) -> None:
        if self._ring is None:
            return
        try:
            with self.write() as s:
                self.audit(s, AuditEvent(Action.LOCK, "user", self.worker.id))
                self._remember_seen = True
        finally:  # even if the audit write fails (full disk), the keys go
            self._ring = None
            self._family_keys.clear()
            self._shares.clear()
            self._ciphers.clear()
            self.summaries.clear()
            self.list_digests.clear()
            self.people.clear()

    def holds_key(self, family_id: str) -> bool:
        return family_id in self._family_keys

    def accessible_family_ids(self) -> set[str]:
        return set(self._family_keys)

    def family_key(self, family_id: str) -> bytes:
        self.ring  # noqa: B018 - raises Locked
        try:
            return self._family_keys[family_id]
        except KeyError:
            raise NoAccessToFamily("You have not been given access to this family file.") from None

    def data_key(self, family_id: str) -> bytes:
        """The key that encrypts the family's records: family key XOR its key share."""
        return combine(self.family_key(family_id), self._shares[family_id])

    def cipher(self, family_id: str) -> Cipher:
        cipher = self._ciphers.get(family_id)
        if cipher is None:
            cipher = self._ciphers[family_id] = Cipher(self.data_key(family_id))
        return cipher

    def remember_family_key(self, family_id: str, key: bytes, share: bytes) -> None:
        self._family_keys[family_id] = key
        self._shares[family_id] = share

    def forget_family_key(self, family_id: str) -> None:
        self._family_keys.pop(family_id, None)
        self._ciphers.pop(family_id, None)
        self.summaries.pop(family_id, None)
        self.people.pop(family_id, None)

    def load_family_keys(self) -> None:
        """Open every family key granted to this user.

        Keys sealed to the user's X25519 key (new grants) are re-wrapped under the user's own
        master key on the way, so that the next unlock needs only AES-GCM per family.
        """
        ring = self.ring
        master = Cipher(ring.master_key)
        holder = self.worker.id
        self._shares = self.vault.shares.all()
        own_public = ring.agreement_public
        with Session(self.vault.engine) as s:
            grants = s.execute(
                select(
                    FamilyKeyGrant.id,
                    FamilyKeyGrant.family_id,
                    FamilyKeyGrant.form,
                    FamilyKeyGrant.blob,
                ).where(FamilyKeyGrant.holder == holder)
            ).all()
        rewrapped: list[tuple[str, bytes]] = []
        for grant_id, family_id, form, blob in grants:
            if family_id not in self._shares:
                continue  # destroyed at the end of retention (or being destroyed right now)
            context = family_key_context(family_id, holder)
            try:
                if form == "wrapped":
                    key = master.decrypt(bytes(blob), context)
                else:
                    key = box.open_box(ring.agreement, bytes(blob), context, own_public)
                    rewrapped.append((grant_id, master.encrypt(key, context)))
            except IntegrityError:
                raise TamperedData(
                    "A family access key failed its integrity check; the vault may have been "
                    "altered. Ask an administrator to run 'familycase verify'."
                ) from None
            self._family_keys[family_id] = key
        if rewrapped:  # one statement for all of them: a big handover stays quick
            grants_table = FamilyKeyGrant.__table__
            with self.vault.write_engine.begin() as connection:
                connection.execute(
                    update(grants_table)
                    .where(grants_table.c.id == bindparam("grant_id"))
                    .values(form="wrapped", blob=bindparam("new_blob")),
                    [{"grant_id": g, "new_blob": b} for g, b in rewrapped],
                )

    def org_key(self, key_name: str) -> bytes | None:
        with Session(self.vault.engine) as s:
            blob = s.scalar(
                select(OrgKeyGrant.blob).where(
                    OrgKeyGrant.key_name == key_name, OrgKeyGrant.holder == self.worker.id
                )
            )
        if blob is None:
            return None
        try:
            return box.open_box(
                self.ring.agreement, bytes(blob), org_key_context(key_name, self.worker.id)
            )
        except IntegrityError:
            raise TamperedData(
                f"Your copy of the organisation's {key_name} key failed its integrity check; "
                "the vault may have been altered. Ask an administrator to run 'familycase verify'."
            ) from None

    def new_wrap_kdf(self) -> KdfParams:
        """Password settings for a new or changed password: the signed policy's default."""
        return self.staff.policy.kdf_default

    # --- what this worker has seen -------------------------------------------------------
    def _check_seen(self, ring_state: bytes | None) -> str | None:
        """Why this vault is older than one this worker has seen, or None."""
        ring = self.ring
        stored = seen.open_ring_state(ring.master_key, self.worker.id, ring_state)
        if stored is None:
            raise TamperedData(
                "Your account's record of this vault failed its integrity check; the vault may "
                "have been altered. Ask an administrator to run 'familycase verify'."
            )
        remembered = stored.newer(self._local_seen())
        with Session(self.vault.engine) as s:
            newest = s.execute(
                select(AuditRow.seq, AuditRow.entry_hash).order_by(AuditRow.seq.desc()).limit(1)
            ).first()
            reasons = []
            if remembered.audit is not None:
                reasons.append(_behind(s, "audit log", remembered.audit, newest, AuditRow))
            if remembered.directory is not None and self.directory_signed:
                head = (self.staff.head_seq, self.staff.head_hash)
                reasons.append(
                    _behind(s, "staff directory", remembered.directory, head, DirectoryRow)
                )
        found = [r for r in reasons if r]
        self._seen = seen.Seen(
            seen.Mark(*newest) if newest else None,
            seen.Mark(self.staff.head_seq, self.staff.head_hash) if self.directory_signed else None,
        )
        return "; ".join(found) or None

    def _local_seen(self) -> seen.Seen:
        return seen.read_local(
            self.ring.master_key, self.staff.vault_id, self.vault.location, self.worker.id
        )

    def _store_seen(self, s: Session) -> None:
        if self.directory_signed:
            self._seen = seen.Seen(
                self._seen.audit, seen.Mark(self.staff.head_seq, self.staff.head_hash)
            )
        user = s.get(UserRow, self.worker.id)
        if user is not None:
            user.ring_state = seen.seal_ring_state(self.ring.master_key, self.worker.id, self._seen)

    # --- transactions --------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction. Nested calls (a batch, such as the demo generator) share it.

        At its end, every family it changed gets its manifest sealed again, and the audit
        entries it asked for are written, the last one about each family pinning its state."""
        self.ring  # noqa: B018 - raises Locked
        if self._active is not None:
            yield self._active
            return
        try:
            with damage_reported(), Session(
                self.vault.write_engine, expire_on_commit=False
            ) as s, s.begin():
                self._active, self._pending_audit = s, []
                self._refresh_directory(s)
                changes = manifest.start_tracking(s)
                try:
                    yield s
                    s.flush()
                    states = manifest.seal_changes(s, changes, self.cipher)
                    self._write_audit(s, states)
                    if self._remember_seen:
                        self._store_seen(s)
                finally:
                    self._active, self._pending_audit = None, None
        finally:
            remember, self._remember_seen = self._remember_seen, False
        if remember and self._ring is not None:
            seen.write_local(
                self._ring.master_key,
                self.staff.vault_id,
                self.vault.location,
                self.worker.id,
                self._seen,
            )

    @contextmanager
    def read(self) -> Iterator[Session]:
        self.ring  # noqa: B018 - raises Locked
        if self._active is not None:
            yield self._active
            return
        with damage_reported(), Session(self.vault.engine) as s:
            self._refresh_directory(s)
            yield s

    def _refresh_directory(self, s: Session) -> None:
        if self.directory_signed:
            self.directory = directory.refresh(s, self.staff)

    def audit(self, s: Session, event: AuditEvent) -> None:
        """Record an event; inside ``write()`` it is written when the transaction ends."""
        if self._pending_audit is not None and s is self._active:
            self._pending_audit.append(event)
            return
        self._append_audit(s, event)

    def _append_audit(
        self, s: Session, event: AuditEvent, family: tuple[str, str] | None = None
    ) -> None:
        family_id, state = family if family is not None else (None, None)
        row = audit.append(
            s, self.staff.audit_public, event, self.worker.id, self._ring, family_id, state
        )
        self._seen = seen.Seen(seen.Mark(row.seq, row.entry_hash), self._seen.directory)

    def _write_audit(self, s: Session, states: dict[str, str]) -> None:
        pending = self._pending_audit or []
        last: dict[str, int] = {}
        for index, event in enumerate(pending):
            family_id = event.about_family()
            if family_id in states:
                last[family_id] = index
        for family_id, state in sorted(states.items()):
            if family_id not in last:  # a change no event named: still pinned, still audited
                action = Action.DESTROY if state == manifest.DESTROYED else Action.EDIT
                pending.append(AuditEvent(action, "family", family_id))
                last[family_id] = len(pending) - 1
        pins = {index: family_id for family_id, index in last.items()}
        for index, event in enumerate(pending):
            family_id = pins.get(index)
            self._append_audit(
                s, event, (family_id, states[family_id]) if family_id is not None else None
            )


def _behind(
    s: Session,
    what: str,
    mark: seen.Mark,
    newest: tuple[int, str] | None,
    table: type[AuditRow] | type[DirectoryRow],
) -> str | None:
    """Why the stored chain is behind a remembered entry (shorter, or different there)."""
    if newest is None or newest[0] < mark.seq:
        have = newest[0] if newest else 0
        return (
            f"the {what} ends at entry {have}, but you have already seen entry {mark.seq}: "
            "this is an older copy of the vault"
        )
    stored = s.scalar(select(table.entry_hash).where(table.seq == mark.seq))
    if stored != mark.digest:
        return (
            f"entry {mark.seq} of the {what} is not the one you saw there: the vault was "
            "replaced by another copy"
        )
    return None


def grant_family_key(
    s: Session,
    family_id: str,
    key: bytes,
    holder: str,
    holder_public: bytes,
    granted_by: str | None,
    user_id: str | None,
    holder_master_key: bytes | None = None,
) -> None:
    """Give one holder a wrap of a family key (idempotent: an existing grant is left alone).

    Sealed to the holder's X25519 key; or, when the holder is the person granting (their master
    key is at hand), wrapped straight away under it. Callers take ``holder_public`` from the
    session's verified directory (``UserSession.staff``), never from the plain tables.
    """
    existing = s.scalar(
        select(FamilyKeyGrant.id).where(
            FamilyKeyGrant.family_id == family_id, FamilyKeyGrant.holder == holder
        )
    )
    if existing is not None:
        return
    context = family_key_context(family_id, holder)
    if holder_master_key is not None:
        form, blob = "wrapped", aead.encrypt(holder_master_key, key, context)
    else:
        form, blob = "sealed", box.seal(holder_public, key, context)
    s.add(
        FamilyKeyGrant(
            id=new_id(),
            family_id=family_id,
            holder=holder,
            user_id=user_id,
            form=form,
            blob=blob,
            granted_at=now(),
            granted_by=granted_by,
        )
    )


def new_family_key() -> bytes:
    return aead.new_key()
