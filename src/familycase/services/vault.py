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

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from familycase import paths as location
from familycase.crypto import aead, box
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
from familycase.domain.staff import Worker
from familycase.i18n import tr
from familycase.services import audit, directory
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now
from familycase.services.directory import DirectoryUser, Policy
from familycase.services.errors import (
    AccountDisabled,
    NotAVault,
    OlderCopy,
    PermissionDenied,
    ServerLoginFailed,
    ServerNeedsUpgrade,
    ServerPasswordNeeded,
    ServerUnreachable,
    TamperedData,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WrongPassword,
)
from familycase.services.session import (
    UserSession,
    damage_reported,
    family_key_context,
    org_key_context,
)
from familycase.store import database, migrate, server_security
from familycase.store.database import SQLITE_FILE, KeyHolder, sqlcipher_engine, sqlite_engine
from familycase.store.keyshares import SHARES_FILE, KeyShareError, KeyShareStore
from familycase.store.replica_card import (
    ReplicaCard,
    ReplicaCardError,
    clear_failed_sign_ins,
    failed_sign_ins,
    is_replica,
    note_failed_sign_in,
)
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
REPORTING_KEY = "reporting"
# Who holds the reporting key's private half: managers and team leaders read the reporting
# layer; administrators hold it only to hand it to the managers and team leaders they enrol
# (as with the audit key), and no service lets them build a report from it.
REPORTING_HOLDERS = (Role.MANAGER, Role.TEAM_LEADER, Role.ADMINISTRATOR)
WRONG_PASSWORD_MESSAGE = "The user name or password is not right."


def new_id() -> str:
    return uuid.uuid4().hex


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"


@dataclass
class ReplicaAccess:
    """A laptop replica: its card (replica.json) and the key of its encrypted files, held only
    while its worker is signed in."""

    folder: Path
    card: ReplicaCard
    holder: KeyHolder
    checked: bool = False  # its schema and key-share file were checked in this process

    @property
    def replica_id(self) -> str:
        return self.card.replica_id


@dataclass
class Vault:
    engine: Engine
    location: str
    audit_public: bytes  # as cached in vault_meta; sessions use the signed directory's
    recovery_public: bytes
    shares: KeyShareStore
    # On a team server: the prefix of its database role names (store/server_security.py).
    server_prefix: str | None = None
    # A laptop replica (services/replica.py): encrypted as whole files, one worker.
    replica: ReplicaAccess | None = None
    _writer: Engine | None = field(default=None, repr=False)

    @property
    def replica_id(self) -> str | None:
        return self.replica.replica_id if self.replica is not None else None

    @property
    def write_engine(self) -> Engine:
        """The engine for write transactions: on SQLite they take the write lock at BEGIN, so a
        second writer waits for the first instead of failing half-way."""
        if self._writer is None:
            self._writer = database.write_engine(self.engine)
        return self._writer

    # --- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path | str, password: str | None = None) -> Vault:
        """A folder (file vault or laptop replica), or a team server's postgresql:// URL
        (``password`` where libpq's own sources have none)."""
        if location.is_server_url(data_dir):
            return cls.open_server(str(data_dir), password)
        data_dir = Path(data_dir)
        if is_replica(data_dir):
            return cls.open_replica(data_dir)
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
    def open_replica(cls, folder: Path) -> Vault:
        """A laptop replica. Nothing in it can be read until its worker signs in (the key of
        its files is sealed under their key ring in its card)."""
        try:
            card = ReplicaCard.load(folder)
        except ReplicaCardError as exc:
            raise VaultDamaged(str(exc)) from None
        for name in (SQLITE_FILE, SHARES_FILE):
            if not (folder / name).exists():
                raise VaultDamaged(
                    f"Part of the laptop replica at {folder} is missing ({name}). Its families "
                    "are still on the team store: check them out again."
                )
        holder = KeyHolder()
        shares_path = folder / SHARES_FILE
        return cls(
            engine=sqlcipher_engine(folder / SQLITE_FILE, holder),
            location=str(folder.resolve()),
            audit_public=b"",
            recovery_public=b"",
            shares=KeyShareStore(sqlcipher_engine(shares_path, holder), str(shares_path)),
            replica=ReplicaAccess(folder, card, holder),
        )

    def open_replica_files(self, ring: UserKeyRing) -> None:
        """Give a replica's files their key (from the worker's unlocked ring) and check them
        once: schema version (older ones are upgraded), key-share file, vault identity."""
        replica = self.replica
        assert replica is not None
        try:
            replica.holder.key = replica.card.db_key(ring.master_key)
        except (IntegrityError, ValueError):
            raise TamperedData(
                f"The laptop replica's card ({replica.folder}) failed its integrity check. "
                "Nothing was opened. Its families are still on the team store."
            ) from None
        if replica.checked:
            return
        shown = str(replica.folder)
        try:
            current = migrate.current_revision(self.engine)
            if current is None or current not in _known_revisions():
                raise NotAVault(
                    f"The laptop replica at {shown} was made by a newer version of FamilyCase; "
                    "update FamilyCase to open it."
                )
            if current != migrate.head_revision():
                migrate.upgrade(self.engine)
            KeyShareStore.open_engine(self.shares.engine, self.shares.location)
            with Session(self.engine) as s:
                meta = {row.key: row.value for row in s.scalars(select(VaultMeta))}
        except KeyShareError as exc:
            raise VaultDamaged(str(exc)) from None
        except (DatabaseError, OperationalError, *database.SQLITE_DATABASE_ERRORS) as exc:
            raise VaultDamaged(
                f"The laptop replica at {shown} is damaged and cannot be read "
                f"({getattr(exc, 'orig', exc)}). Its families are still on the team store: "
                "check them out again."
            ) from None
        if meta.get("format") != VAULT_FORMAT or meta.get("vault_id") != replica.card.vault_id:
            raise VaultDamaged(f"The laptop replica at {shown} does not match its card.")
        self.audit_public = _hex_key(meta.get("audit_public"))
        self.recovery_public = _hex_key(meta.get("recovery_public"))
        replica.checked = True

    def release_keys(self) -> None:
        """After a sign-out: a replica's files cannot be read again until the next sign-in."""
        if self.replica is None:
            return
        self.replica.holder.key = None
        self.engine.dispose()
        self.shares.dispose()

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

    @classmethod
    def open_server(cls, url: str, password: str | None = None) -> Vault:
        """A team server. Opening never changes its schema: an older one is refused with what
        to do ('server upgrade', by whoever runs the server), a newer one with 'update'."""
        place = location.server_url(url)
        shown = place.render_as_string(hide_password=True)
        engine = database.server_engine(place, password)
        with server_errors(shown):
            current = migrate.current_revision(engine)
            if current is None:
                raise NotAVault(
                    f"There is no FamilyCase vault in {shown}. Create one with 'familycase "
                    "server init'."
                )
            if current not in _known_revisions():
                raise NotAVault(
                    f"The vault at {shown} was made by a newer version of FamilyCase; update "
                    "FamilyCase to open it."
                )
            if current != migrate.head_revision():
                raise ServerNeedsUpgrade(
                    f"The team server's vault ({shown}) is from an older version of FamilyCase. "
                    "Whoever runs the server must upgrade it first ('familycase server "
                    "upgrade'); nothing was changed."
                )
            with Session(engine) as s:
                meta = {row.key: row.value for row in s.scalars(select(VaultMeta))}
        if "format" not in meta:
            raise NotAVault(
                f"There is no FamilyCase vault in {shown} yet. Create one with 'familycase "
                "server init'."
            )
        if meta.get("format") != VAULT_FORMAT:
            raise NotAVault(f"{shown} is not a FamilyCase vault this version understands.")
        keys_place = location.keys_url_for(place, meta.get("keys_url"))
        keys_shown = keys_place.render_as_string(hide_password=True)
        keys_password = password if keys_place.username == place.username else None
        with server_errors(keys_shown):
            try:
                shares = KeyShareStore.open_engine(
                    database.server_engine(keys_place, keys_password), keys_shown
                )
            except KeyShareError as exc:
                raise VaultDamaged(str(exc)) from None
        return cls(
            engine=engine,
            location=shown,
            audit_public=_hex_key(meta.get("audit_public")),
            recovery_public=_hex_key(meta.get("recovery_public")),
            shares=shares,
            server_prefix=meta.get(SERVER_PREFIX_KEY),
        )

    @property
    def is_server(self) -> bool:
        return self.engine.dialect.name == "postgresql"

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
        vault = cls(engine, str(data_dir.resolve()), b"", b"", shares)
        recovery = vault.found(
            organisation=organisation,
            admin=(admin_username, admin_display_name, Role(admin_role)),
            password=password,
            kdf=kdf,
            policy=policy,
            team_name=team_name,
        )
        return vault, recovery

    def found(
        self,
        *,
        organisation: str,
        admin: tuple[str, str, Role],
        password: str,
        kdf: KdfParams,
        policy: Policy,
        team_name: str,
        extra_meta: dict[str, str] | None = None,
    ) -> str:
        """Write a new vault's first state into an empty schema: the organisation's keys, the
        first team and administrator, and the signed directory's first entry (signed by the
        recovery key, pinned in the administrator's key ring). Returns the recovery key text,
        shown once and never stored."""
        admin_username, admin_display_name, admin_role = admin
        recovery = new_recovery_key()
        recovery_signing = recovery_signing_key(recovery)
        audit_private = box.X25519PrivateKey.generate()
        self.audit_public = box.public_bytes(audit_private)
        self.recovery_public = box.public_bytes(recovery)
        vault_id, team_id, admin_id = new_id(), new_id(), new_id()
        ring = new_key_ring()
        first = DirectoryUser(
            id=admin_id,
            username=admin_username.strip().lower(),
            display_name=admin_display_name,
            role=admin_role,
            team_id=team_id,
            active=True,
            agreement_public=ring.agreement_public,
            signing_public=ring.signing_public,
        )
        genesis = directory.genesis_row(
            vault_id=vault_id,
            organisation=organisation,
            recovery_public=self.recovery_public,
            recovery_signing_public=signing_public_bytes(recovery_signing),
            audit_public=self.audit_public,
            policy=policy,
            teams={team_id: team_name},
            users=[first],
            adopted=False,
            signer=directory.RECOVERY_SIGNER,
            signing_key=recovery_signing,
        )
        ring.pinned_root = genesis.entry_hash
        # The organisation reporting key: its public half signed into the directory, so anyone
        # may seal a family's summary to it; its private half sealed to its holders.
        reporting_private = box.X25519PrivateKey.generate()
        reporting_entry = directory.signed_row(
            2,
            "org_key",
            {"name": REPORTING_KEY, "public": box.public_bytes(reporting_private).hex()},
            genesis.entry_hash,
            directory.RECOVERY_SIGNER,
            recovery_signing,
        )
        with Session(self.write_engine) as s, s.begin():
            for key, value in {
                "format": VAULT_FORMAT,
                "vault_id": vault_id,
                "organisation": organisation,
                "created_at": now().isoformat(),
                "audit_public": self.audit_public.hex(),
                "recovery_public": self.recovery_public.hex(),
                "kdf_default": json.dumps(kdf.as_dict()),
                "next_reference": "1",
                audit.HEAD_KEY: f"0:{audit.GENESIS_HASH}",
                **(extra_meta or {}),
            }.items():
                s.add(VaultMeta(key=key, value=value))
            s.add(TeamRow(id=team_id, name=team_name))
            s.flush()
            s.add(genesis)
            s.flush()
            s.add(reporting_entry)
            raw_audit = audit_private.private_bytes_raw()
            s.add(org_grant(AUDIT_KEY, RECOVERY_HOLDER, self.recovery_public, raw_audit))
            insert_user(s, first, password, kdf, ring=ring)
            s.add(org_grant(AUDIT_KEY, admin_id, ring.agreement_public, raw_audit))
            raw_reporting = reporting_private.private_bytes_raw()
            s.add(org_grant(REPORTING_KEY, RECOVERY_HOLDER, self.recovery_public, raw_reporting))
            if admin_role in REPORTING_HOLDERS:
                s.add(org_grant(REPORTING_KEY, admin_id, ring.agreement_public, raw_reporting))
            audit.append(
                s,
                self.audit_public,
                AuditEvent(Action.VAULT_CREATED, "vault", None, {"organisation": organisation}),
                admin_id,
                ring,
            )
        return format_recovery_key(recovery)

    # --- sessions ------------------------------------------------------------------------
    def default_kdf(self) -> KdfParams:
        """The password settings a failed sign-in spends time on (as cached; never used to
        protect anything: new wraps take the signed policy's, see UserSession.new_wrap_kdf)."""
        if self.replica is not None:
            return self.replica.card.locked_ring.kdf
        with Session(self.engine) as s:
            row = s.get(VaultMeta, "kdf_default")
        try:
            return KdfParams.from_dict(json.loads(row.value if row else ""))
        except (ValueError, KeyError, TypeError):
            return MINIMUM

    def organisation(self) -> str:
        if self.replica is not None:
            return self.replica.card.organisation
        with Session(self.engine) as s:
            row = s.get(VaultMeta, "organisation")
            return row.value if row else ""

    def usernames(self) -> list[str]:
        if self.replica is not None:
            return [self.replica.card.username]
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
            if self.replica is not None:
                return self._unlock_replica(username, password, accept_older_copy)
            return self._unlock(username, password, accept_older_copy)

    def unlock_with_ring(self, username: str, ring: UserKeyRing) -> UserSession:
        """Sign in with a key ring already unlocked (the same worker's, from their laptop
        replica: check-in signs them in to the team store with it). Every check of a sign-in
        with a password is made, but the ring must be this account's own."""
        with damage_reported():
            return self._unlock(username, "", False, ring=ring)

    def _unlock_replica(self, username: str, password: str, accept_older_copy: bool) -> UserSession:
        assert self.replica is not None
        card, folder = self.replica.card, self.replica.folder
        if username.strip().lower() != card.username:
            derive_key(password, new_salt(), card.locked_ring.kdf)  # the same time as a real try
            note_failed_sign_in(folder, now().isoformat(timespec="seconds"), other_name=True)
            raise WrongPassword(tr("unlock", WRONG_PASSWORD_MESSAGE))
        try:
            ring = unlock_key_ring(card.locked_ring, card.user_id, password)
        except WrongPasswordError:
            note_failed_sign_in(folder, now().isoformat(timespec="seconds"), other_name=False)
            raise WrongPassword(tr("unlock", WRONG_PASSWORD_MESSAGE)) from None
        except (IntegrityError, ValueError):
            raise TamperedData(_account_damaged(username)) from None
        self.open_replica_files(ring)
        try:
            session = self._unlock(username, password, accept_older_copy, ring=ring)
        except BaseException:
            self.release_keys()
            raise
        self._log_failed_sign_ins(session, folder)
        return session

    @staticmethod
    def _log_failed_sign_ins(session: UserSession, folder: Path) -> None:
        """The failed sign-ins noted on this laptop since its worker last signed in: into the
        replica's audit log (signed, so they reach the team store at check-in), then off the
        notes, and kept on the session for the desktop app to tell the worker."""
        failures = failed_sign_ins(folder)
        if not failures:
            return
        with session.write() as s:
            for failure in failures:
                session.audit(
                    s,
                    AuditEvent(
                        Action.UNLOCK_FAILED,
                        "user",
                        session.worker.id,
                        {
                            "on": "laptop replica",
                            "at": failure.at,
                            "other_name": failure.other_name,
                        },
                    ),
                )
        clear_failed_sign_ins(folder)
        session.failed_sign_ins = failures

    def _unlock(
        self,
        username: str,
        password: str,
        accept_older_copy: bool,
        ring: UserKeyRing | None = None,
    ) -> UserSession:
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
        self._check_login_matches(username)
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
        if ring is None:
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
        elif (bytes(row.agreement_public), bytes(row.signing_public)) != (
            ring.agreement_public,
            ring.signing_public,
        ):
            raise TamperedData(
                f"The keys you signed in with are not those of '{username}' in this vault. "
                "Nothing was opened."
            )
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

    def login_username(self) -> str | None:
        """On a team server, the FamilyCase user this connection's database login belongs to
        (fc_kim: kim); None for the maintenance role or a file vault."""
        if self.server_prefix is None:
            return None
        with self.engine.connect() as connection:
            login = connection.exec_driver_sql("SELECT current_user").scalar_one()
        return server_security.Names(self.server_prefix).username(str(login))

    def _check_login_matches(self, username: str) -> None:
        """On a team server every worker connects as their own login, which row-level security
        holds to their role: signing in as someone else over it is refused (the maintenance
        role, which owns the tables, may sign in as anyone: set-up and support)."""
        if self.server_prefix is None:
            return
        connected_as = self.login_username()
        if connected_as is not None and connected_as != username:
            raise PermissionDenied(
                f"You are connected to the team server as '{connected_as}': sign in as "
                f"{connected_as}, or connect with your own database login."
            )

    def failed_unlocks(self, username: str) -> int:
        if self.replica is not None:
            return len(failed_sign_ins(self.replica.folder))
        with Session(self.engine) as s:
            count = s.scalar(select(UserRow.failed_unlocks).where(UserRow.username == username))
        return count or 0

    def _record_failure(self, user_id: str | None, username: str) -> None:
        with Session(self.write_engine) as s, s.begin():
            if user_id is not None and self.server_prefix is not None:
                # A worker's login may not change another's row: the server does it.
                s.execute(
                    text(f"SELECT {self.server_prefix}_failed_unlock(:who)"), {"who": username}
                )
            elif user_id is not None:
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


SERVER_PREFIX_KEY = "db_role_prefix"
KEYS_URL_KEY = "keys_url"


@contextmanager
def server_errors(shown: str) -> Iterator[None]:
    """A team server that cannot be reached, or refuses the login, in one plain sentence."""
    try:
        yield
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        lowered = reason.lower()
        if "no password supplied" in lowered or "password is required" in lowered:
            raise ServerPasswordNeeded(f"The team server {shown} needs your password.") from None
        if "password authentication failed" in lowered or "authentication failed" in lowered:
            raise ServerLoginFailed(
                f"The team server {shown} refused the login: the database user name or "
                "password is not right."
            ) from None
        if "not permitted to log in" in lowered:
            raise ServerLoginFailed(
                f"The team server {shown} refused the login: this database login has been "
                "disabled. Ask an administrator."
            ) from None
        if "does not exist" in lowered:
            raise NotAVault(f"{shown}: {reason}") from None
        raise ServerUnreachable(
            f"Cannot reach the team server {shown}: {reason}. Check the network and the "
            "address, or work on a laptop replica."
        ) from None


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
