"""The unlocked user session: a worker with their keys, the directory they trust, and the
transactions they make (each ending with the changed families' manifests sealed and the audit
entries written, see ``UserSession.write``)."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Protocol

from pydantic import ValidationError
from sqlalchemy import Engine, bindparam, select, update
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from familycase.crypto import box
from familycase.crypto.aead import Cipher
from familycase.crypto.errors import IntegrityError
from familycase.crypto.kdf import KdfParams
from familycase.crypto.keys import UserKeyRing
from familycase.domain.errors import DomainValidationError
from familycase.domain.staff import Worker
from familycase.services import (
    audit,
    checkouts,
    directory,
    list_cache,
    manifest,
    seen,
    summaries,
)
from familycase.services.audit import Action, AuditEvent
from familycase.services.directory import DirectoryState
from familycase.services.errors import (
    BUSY_MESSAGE,
    CONNECTION_LOST_MESSAGE,
    DAMAGED_MESSAGE,
    ConcurrentChange,
    ConnectionLost,
    Locked,
    NoAccessToFamily,
    TamperedData,
    VaultDamaged,
)
from familycase.store.database import SQLITE_DATABASE_ERRORS, SQLITE_ERRORS
from familycase.store.keyshares import SHARE_BYTES, KeyShareStore, combine
from familycase.store.replica_card import FailedSignIn
from familycase.store.schema import AuditRow, DirectoryRow, FamilyKeyGrant, OrgKeyGrant, UserRow


class VaultStore(Protocol):
    """What a session needs of its vault (services/vault.Vault)."""

    engine: Engine
    location: str
    shares: KeyShareStore
    server_prefix: str | None

    @property
    def write_engine(self) -> Engine: ...


def family_key_context(family_id: str, holder: str) -> bytes:
    return f"familycase/family-key/v1|{family_id}|{holder}".encode()


def org_key_context(key_name: str, holder: str) -> bytes:
    return f"familycase/org-key/v1|{key_name}|{holder}".encode()


@contextmanager
def damage_reported() -> Iterator[None]:
    """Storage that cannot be read (a damaged page, a value that is not what its column holds,
    text that is not UTF-8) becomes one plain ``VaultDamaged``; a lock not freed in time
    becomes ``ConcurrentChange``. Validation errors and FamilyCase's own errors pass through."""
    try:
        yield
    except OperationalError as exc:
        reason = str(exc.orig)
        if not isinstance(exc.orig, SQLITE_ERRORS):  # a team server that went away
            raise ConnectionLost(CONNECTION_LOST_MESSAGE) from None
        if "locked" in reason or "busy" in reason:
            raise ConcurrentChange(BUSY_MESSAGE) from None
        if any(s in reason for s in ("no such", "malformed", "syntax error", "corrupt", "decode")):
            raise VaultDamaged(DAMAGED_MESSAGE) from exc  # the schema itself is damaged
        raise  # the disk is full, or read-only: the caller says so in its own words
    except DatabaseError as exc:
        if isinstance(exc.orig, SQLITE_DATABASE_ERRORS):
            raise VaultDamaged(DAMAGED_MESSAGE) from exc
        raise
    except (*SQLITE_DATABASE_ERRORS, UnicodeError) as exc:
        raise VaultDamaged(DAMAGED_MESSAGE) from exc
    except ValueError as exc:
        if isinstance(exc, DomainValidationError | ValidationError):
            raise
        raise VaultDamaged(DAMAGED_MESSAGE) from exc


GRANTS_FRESH_SECONDS = 2.0


@dataclass
class UserSession:
    """A user with their keys unlocked. ``lock()`` drops every key it holds."""

    vault: VaultStore
    worker: Worker
    _ring: UserKeyRing | None
    # The staff directory this session trusts: verified from the pinned root at sign-in (or,
    # in a vault whose directory is not signed yet, read from the tables: see directory_signed).
    directory: DirectoryState | None = None
    directory_signed: bool = False
    directory_problems: list[str] = field(default_factory=list)
    # On a laptop replica: the failed sign-ins noted since this worker last signed in there
    # (now in its audit log; the desktop app tells the worker).
    failed_sign_ins: list[FailedSignIn] = field(default_factory=list)
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
    # The columns last shown for each family whose digest matched (a repeat listing hashes
    # only the rows that changed since).
    list_checked: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    # The list summaries this computer kept from this worker's last session (list_cache.py):
    # read at the first list, written back at lock. None until a list is made.
    list_file: list_cache.Stored | None = None
    _grants_read_at: float = float("-inf")  # time.monotonic() of the last read of every grant
    # The revision of each family as this worker last saw it (opened or saved it): an edit
    # of a family someone else has changed since is refused (services/records.family_row).
    known_revisions: dict[str, int] = field(default_factory=dict)
    # The reporting layer as this session has read it (services/reporting.py): the reporting
    # key's private half and each summary opened, kept with its ciphertext. Dropped at lock.
    reporting: dict[str, Any] = field(default_factory=dict)
    _active: Session | None = None
    _pending_audit: list[AuditEvent] | None = None
    _seen: seen.Seen = field(default_factory=seen.Seen)
    _remember_seen: bool = False
    _undo: list[Any] = field(default_factory=list)  # run if the current transaction fails

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
            try:
                if self.list_file is not None:  # a list was made: keep what it opened
                    list_cache.save(self, self.list_file)
            finally:
                self._forget_keys()

    def list_place(self) -> list_cache.Place:
        """This worker's list cache for this vault on this computer."""
        return list_cache.Place(
            list_cache.root_key(self.ring.master_key),
            f"{self._seen_key()}|{self.vault.location}|{self.worker.id}",
        )

    def held_family_keys(self) -> Mapping[str, bytes]:
        """Every family key this session holds (read-only: the list cache's fingerprints)."""
        return MappingProxyType(self._family_keys)

    def key_shares(self) -> Mapping[str, bytes]:
        """Every key share read at sign-in (read-only: the list cache's file key)."""
        return MappingProxyType(self._shares)

    def _forget_keys(self) -> None:
        self._ring = None
        self._family_keys.clear()
        self._shares.clear()
        self._ciphers.clear()
        self.summaries.clear()
        self.list_digests.clear()
        self.list_checked.clear()
        self.known_revisions.clear()
        self.people.clear()
        self.reporting.clear()
        self.list_file = None
        release = getattr(self.vault, "release_keys", None)
        if release is not None:  # a laptop replica's files need the key again
            release()

    def holds_key(self, family_id: str) -> bool:
        return family_id in self._family_keys

    def accessible_family_ids(self) -> set[str]:
        return set(self._family_keys)

    def family_key(self, family_id: str) -> bytes:
        self.ring  # noqa: B018 - raises Locked
        key = self._family_keys.get(family_id)
        if key is None and self.pick_up_new_grants([family_id]):
            key = self._family_keys.get(family_id)
        if key is None:
            raise NoAccessToFamily("You have not been given access to this family file.")
        return key

    def pick_up_new_grants(self, family_ids: list[str] | None = None) -> int:
        """Keys granted to this worker since they signed in (a family allocated to them, one
        they recorded on their laptop and brought back): opened now. Returns how many. Every
        grant was read less than GRANTS_FRESH_SECONDS ago (signing in reads them all, then the
        app lists the caseload at once): nothing to look for."""
        query = select(FamilyKeyGrant.family_id).where(FamilyKeyGrant.holder == self.worker.id)
        if family_ids is not None:
            query = query.where(FamilyKeyGrant.family_id.in_(family_ids))
        elif time.monotonic() - self._grants_read_at < GRANTS_FRESH_SECONDS:
            return 0
        else:
            self._grants_read_at = time.monotonic()
        held = self._family_keys
        with self.vault.engine.connect() as c:  # Core rows: every listing asks (10,000 at 10k)
            new = [fid for (fid,) in c.execute(query) if fid not in held]
        found = 0
        for family_id in new:
            self._family_keys[family_id] = b""  # a placeholder reload_family_key replaces
            if self.reload_family_key(family_id):
                found += 1
            else:
                self._family_keys.pop(family_id, None)
        return found

    def data_key(self, family_id: str) -> bytes:
        """The key that encrypts the family's records: family key XOR its key share."""
        return combine(self.family_key(family_id), self._shares[family_id])

    def data_keys(self, family_ids: Iterable[str]) -> dict[str, bytes]:
        """The data keys of many families at once, those whose key this worker holds (a listing
        after sign-in needs one per family: ``data_key`` without its per-call checks)."""
        self.ring  # noqa: B018 - raises Locked
        keys, shares = self._family_keys, self._shares
        return {
            fid: combine(keys[fid], shares[fid])
            for fid in family_ids
            if len(keys.get(fid, b"")) == SHARE_BYTES == len(shares.get(fid, b""))
        }

    def share(self, family_id: str) -> bytes:
        """The family's key share (the other half of its data key, see store/keyshares.py)."""
        self.family_key(family_id)  # raises NoAccessToFamily / Locked
        return self._shares[family_id]

    def cipher(self, family_id: str) -> Cipher:
        cipher = self._ciphers.get(family_id)
        if cipher is None:
            cipher = self._ciphers[family_id] = Cipher(self.data_key(family_id))
        return cipher

    def remember_family_key(self, family_id: str, key: bytes, share: bytes) -> None:
        self._family_keys[family_id] = key
        self._shares[family_id] = share

    def replace_family_key(self, family_id: str, key: bytes, share: bytes) -> None:
        """The family's key was rotated in the current transaction: use the new one from now
        on, and the old one again if that transaction does not commit."""
        before = (self._family_keys.get(family_id), self._shares.get(family_id))
        self.remember_family_key(family_id, key, share)
        self._ciphers.pop(family_id, None)
        self.summaries.pop(family_id, None)

        def undo() -> None:
            self._ciphers.pop(family_id, None)
            if before[0] is not None and before[1] is not None:
                self.remember_family_key(family_id, before[0], before[1])

        self._undo.append(undo)

    def reload_family_key(self, family_id: str) -> bool:
        """Read this worker's wrap of the family key again (someone rotated it since sign-in).
        True when the key changed."""
        if self._ring is None or family_id not in self._family_keys:
            return False
        context = family_key_context(family_id, self.worker.id)
        with Session(self.vault.engine) as s:
            found = s.execute(
                select(FamilyKeyGrant.form, FamilyKeyGrant.blob).where(
                    FamilyKeyGrant.family_id == family_id,
                    FamilyKeyGrant.holder == self.worker.id,
                )
            ).first()
        share = self.vault.shares.get(family_id)
        if found is None or share is None:
            self.forget_family_key(family_id)
            return False
        form, blob = found
        try:
            if form == "wrapped":
                key = Cipher(self._ring.master_key).decrypt(bytes(blob), context)
            else:
                key = box.open_box(
                    self._ring.agreement, bytes(blob), context, self._ring.agreement_public
                )
        except IntegrityError:
            return False
        if key == self._family_keys.get(family_id) and share == self._shares.get(family_id):
            return False
        self.remember_family_key(family_id, key, share)
        self._ciphers.pop(family_id, None)
        self.summaries.pop(family_id, None)
        return True

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
        self._grants_read_at = time.monotonic()
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
            self.ring.master_key, self._seen_key(), self.vault.location, self.worker.id
        )

    def _seen_key(self) -> str:
        """Whose chains the local record is of: the vault's, or a laptop replica's own (a
        replica has an audit chain of its own; a new replica in the same folder is another)."""
        return getattr(self.vault, "replica_id", None) or self.staff.vault_id

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
            with (
                damage_reported(),
                Session(self.vault.write_engine, expire_on_commit=False) as s,
                s.begin(),
            ):
                self._active, self._pending_audit, self._undo = s, [], []
                s.info[manifest.SESSION_KEY] = self
                own_replica = getattr(self.vault, "replica_id", None)
                if own_replica is not None:
                    checkouts.guard_replica(s, self.worker.id)
                self._refresh_directory(s)
                changes = manifest.start_tracking(s)
                try:
                    yield s
                    s.flush()
                    checkouts.refuse_writes(s, changes.families, own_replica)
                    if own_replica is None:  # a laptop's families are summarised at check-in
                        summaries.refresh(s, self, changes)
                    states = manifest.seal_changes(s, changes, self.cipher)
                    self._write_audit(s, states)
                    self._saw(states)
                    if self._remember_seen:
                        self._store_seen(s)
                finally:
                    self._active, self._pending_audit = None, None
        except BaseException:
            for undo in reversed(self._undo):
                undo()
            raise
        finally:
            self._undo = []
            remember, self._remember_seen = self._remember_seen, False
        if remember and self._ring is not None:
            seen.write_local(
                self._ring.master_key,
                self._seen_key(),
                self.vault.location,
                self.worker.id,
                self._seen,
            )

    @contextmanager
    def read(self, snapshot: bool = False) -> Iterator[Session]:
        """A session for reading. ``snapshot``: every statement sees the same moment (on a team
        server, REPEATABLE READ), for reads that compare one row with others, such as a
        family's manifest with its records, while other workers commit in between."""
        self.ring  # noqa: B018 - raises Locked
        if self._active is not None:
            yield self._active
            return
        with damage_reported(), Session(self.vault.engine) as s:
            if snapshot and self.vault.engine.dialect.name == "postgresql":
                s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
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

    def _saw(self, states: dict[str, str]) -> None:
        """After this worker's own change, they have seen the family as it now is."""
        for family_id, state in states.items():
            if family_id not in self.known_revisions:
                continue
            if state == manifest.DESTROYED:
                self.known_revisions.pop(family_id, None)
            else:
                self.known_revisions[family_id] = int(manifest.parse_state(state)[0])

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
