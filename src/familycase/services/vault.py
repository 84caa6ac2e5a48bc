"""Creating, opening and unlocking a vault; the unlocked user session.

A vault is a folder holding one SQLite file (or, later, a PostgreSQL URL with the same schema).
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, bindparam, select, update
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from familycase.crypto import aead, box
from familycase.crypto.aead import Cipher
from familycase.crypto.errors import IntegrityError, WrongPasswordError
from familycase.crypto.kdf import KdfParams, derive_key, new_salt
from familycase.crypto.keys import (
    LockedKeyRing,
    UserKeyRing,
    format_recovery_key,
    lock_key_ring,
    new_key_ring,
    new_recovery_key,
    unlock_key_ring,
)
from familycase.domain.enums import Role
from familycase.domain.staff import Worker
from familycase.i18n import tr
from familycase.services import audit
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now
from familycase.services.errors import (
    AccountDisabled,
    Locked,
    NoAccessToFamily,
    NotAVault,
    TamperedData,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WrongPassword,
)
from familycase.store import migrate
from familycase.store.database import SQLITE_FILE, sqlite_engine
from familycase.store.keyshares import KeyShareError, KeyShareStore, combine
from familycase.store.schema import (
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
    audit_public: bytes
    recovery_public: bytes
    shares: KeyShareStore

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
        vault = cls._from_engine(engine, str(data_dir), data_dir)
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
        except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
            raise NotAVault(
                f"The vault at {location} is damaged or not a vault: {exc.orig}"
            ) from None
        if meta.get("format") != VAULT_FORMAT:
            raise NotAVault(f"{location} is not a FamilyCase vault this version understands.")
        return cls(
            engine=engine,
            location=location,
            audit_public=bytes.fromhex(meta["audit_public"]),
            recovery_public=bytes.fromhex(meta["recovery_public"]),
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
        which is shown once and never stored."""
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
        audit_private = box.X25519PrivateKey.generate()
        audit_public = box.public_bytes(audit_private)
        recovery_public = box.public_bytes(recovery)
        vault = cls(engine, str(data_dir), audit_public, recovery_public, shares)
        with Session(engine) as s, s.begin():
            for key, value in {
                "format": VAULT_FORMAT,
                "vault_id": new_id(),
                "organisation": organisation,
                "created_at": now().isoformat(),
                "audit_public": audit_public.hex(),
                "recovery_public": recovery_public.hex(),
                "kdf_default": json.dumps(kdf.as_dict()),
                "next_reference": "1",
                audit.HEAD_KEY: f"0:{audit.GENESIS_HASH}",
            }.items():
                s.add(VaultMeta(key=key, value=value))
            team = TeamRow(id=new_id(), name=team_name)
            s.add(team)
            s.flush()
            raw_audit = audit_private.private_bytes_raw()
            s.add(org_grant(AUDIT_KEY, RECOVERY_HOLDER, recovery_public, raw_audit))
            admin, ring = insert_user(
                s, admin_username, admin_display_name, admin_role, team.id, password, kdf
            )
            s.add(org_grant(AUDIT_KEY, admin.id, ring.agreement_public, raw_audit))
            audit.append(
                s,
                audit_public,
                AuditEvent(Action.VAULT_CREATED, "vault", None, {"organisation": organisation}),
                admin.id,
                ring,
            )
        return vault, format_recovery_key(recovery)

    # --- sessions ------------------------------------------------------------------------
    def default_kdf(self) -> KdfParams:
        with Session(self.engine) as s:
            row = s.get(VaultMeta, "kdf_default")
            assert row is not None
            return KdfParams.from_dict(json.loads(row.value))

    def organisation(self) -> str:
        with Session(self.engine) as s:
            row = s.get(VaultMeta, "organisation")
            return row.value if row else ""

    def usernames(self) -> list[str]:
        with Session(self.engine) as s:
            return list(
                s.scalars(select(UserRow.username).where(UserRow.active).order_by(UserRow.username))
            )

    def unlock(self, username: str, password: str) -> UserSession:
        username = username.strip().lower()
        with Session(self.engine) as s:
            row = s.scalar(select(UserRow).where(UserRow.username == username))
        if row is None:
            # Spend the same time as a real attempt, so timing does not reveal user names.
            derive_key(password, new_salt(), self.default_kdf())
            self._record_failure(None, username)
            raise WrongPassword(tr("unlock", WRONG_PASSWORD_MESSAGE))
        if not row.active:
            self._record_failure(row.id, username)
            raise AccountDisabled("This account has been disabled; ask an administrator.")
        locked = LockedKeyRing(
            salt=row.salt,
            kdf=KdfParams.from_dict(json.loads(row.kdf)),
            wrapped_master_key=row.wrapped_master_key,
            private_keys=row.private_keys,
        )
        try:
            ring = unlock_key_ring(locked, row.id, password)
        except WrongPasswordError:
            self._record_failure(row.id, username)
            raise WrongPassword(tr("unlock", WRONG_PASSWORD_MESSAGE)) from None
        except IntegrityError:
            raise TamperedData(
                "This account's keys failed their integrity check; the vault may have been "
                "altered. Ask an administrator to run 'familycase verify'."
            ) from None
        session = UserSession(self, worker_from_row(row), ring)
        session.load_family_keys()
        with session.write() as s:
            user = s.get(UserRow, row.id)
            assert user is not None
            user.failed_unlocks = 0
            session.audit(s, AuditEvent(Action.UNLOCK, "user", row.id))
        return session

    def failed_unlocks(self, username: str) -> int:
        with Session(self.engine) as s:
            count = s.scalar(select(UserRow.failed_unlocks).where(UserRow.username == username))
        return count or 0

    def _record_failure(self, user_id: str | None, username: str) -> None:
        with Session(self.engine) as s, s.begin():
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
    username: str,
    display_name: str,
    role: Role,
    team_id: str | None,
    password: str,
    kdf: KdfParams,
) -> tuple[UserRow, UserKeyRing]:
    user_id = new_id()
    ring = new_key_ring()
    locked = lock_key_ring(ring, user_id, password, kdf)
    row = UserRow(
        id=user_id,
        username=username,
        display_name=display_name,
        role=role.value,
        team_id=team_id,
        active=True,
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
    return row, ring


@dataclass
class UserSession:
    """A user with their keys unlocked. ``lock()`` drops every key it holds."""

    vault: Vault
    worker: Worker
    _ring: UserKeyRing | None
    _family_keys: dict[str, bytes] = field(default_factory=dict)  # as carried by grants
    _shares: dict[str, bytes] = field(default_factory=dict)  # from the key-share file
    _ciphers: dict[str, Cipher] = field(default_factory=dict)
    # Decrypted list summaries, keyed by family, kept with the ciphertext they came from so a
    # change by anyone (a new ciphertext) is noticed: lists decrypt each family once per unlock.
    summaries: dict[str, tuple[bytes, str, tuple[str, ...]]] = field(default_factory=dict)
    _active: Session | None = None

    # --- keys ----------------------------------------------------------------------------
    @property
    def ring(self) -> UserKeyRing:
        if self._ring is None:
            raise Locked("FamilyCase is locked; unlock it to carry on.")
        return self._ring

    @property
    def is_locked(self) -> bool:
        return self._ring is None

    def lock(self) -> None:
        if self._ring is None:
            return
        try:
            with self.write() as s:
                self.audit(s, AuditEvent(Action.LOCK, "user", self.worker.id))
        finally:  # even if the audit write fails (full disk), the keys go
            self._ring = None
            self._family_keys.clear()
            self._shares.clear()
            self._ciphers.clear()
            self.summaries.clear()

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
                    key = master.decrypt(blob, context)
                else:
                    key = box.open_box(ring.agreement, blob, context, own_public)
                    rewrapped.append((grant_id, master.encrypt(key, context)))
            except IntegrityError:
                raise TamperedData(
                    "A family access key failed its integrity check; the vault may have been "
                    "altered. Ask an administrator to run 'familycase verify'."
                ) from None
            self._family_keys[family_id] = key
        if rewrapped:  # one statement for all of them: a big handover stays quick
            grants_table = FamilyKeyGrant.__table__
            with self.vault.engine.begin() as connection:
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
        return box.open_box(self.ring.agreement, blob, org_key_context(key_name, self.worker.id))

    # --- transactions --------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction. Nested calls (a batch, such as the demo generator) share it."""
        self.ring  # noqa: B018 - raises Locked
        if self._active is not None:
            yield self._active
            return
        with Session(self.vault.engine, expire_on_commit=False) as s, s.begin():
            self._active = s
            try:
                yield s
            finally:
                self._active = None

    @contextmanager
    def read(self) -> Iterator[Session]:
        self.ring  # noqa: B018 - raises Locked
        if self._active is not None:
            yield self._active
            return
        with Session(self.vault.engine) as s:
            yield s

    def audit(self, s: Session, event: AuditEvent) -> None:
        audit.append(s, self.vault.audit_public, event, self.worker.id, self._ring)


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
    key is at hand), wrapped straight away under it.
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
