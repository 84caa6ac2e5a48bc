"""The list summaries a worker has opened, kept on this computer between sessions, encrypted.

Without it, the first list after every sign-in combines a data key, sets up AES-GCM and
decrypts the list summary of every family again (about 40 ms of a 200 ms list at 10,000
families, issue 11). So when a session locks, the summaries it opened are written to one file
in this computer's state folder (beside the 'seen' records), and the first list after the next
sign-in reads that one file instead. A family's entry is taken only where
- the worker holds the family's key now, and it is the key the entry was written under (a
  keyed fingerprint of the family key: a rotation since makes the entry useless), and
- the family's ``summary_ct`` is byte for byte the ciphertext the entry was opened from (so a
  change by anyone, or an edited row, is opened from the vault as before); a row whose shown
  columns differ from those last checked has its list digest checked again.

The file's key is derived from the worker's master key (only their password opens it) and from
the key shares of every family in it (store/keyshares.py). Destroying a family deletes its share,
so from then on no one can open any file that held it, with any password: crypto-shredding
covers these files as it covers copies of the database. The family ids (not personal data) are
in the clear at the head of the file, so a reader knows which shares to use; they are
authenticated with the rest.

What the file holds, and for how long:
- only families whose key the worker held when it was written; a family whose access was
  taken away drops out at the next lock after a list on this computer;
- a file not used for ``MAX_AGE_DAYS`` is deleted by the next list made with this state
  folder (one per operating-system account);
- readable by its owner only (0600), written whole or not at all.
A file that does not open (another worker's, another vault's or place's, altered, truncated,
another format, a destroyed family's) is ignored and replaced at lock; nothing in it is used
unless it authenticates.

The contents are pickled (the summaries' dates and ciphertexts as they are, read back in a
few milliseconds; JSON would need a conversion per value that costs what the cache saves).
Pickle is read only after AES-GCM has authenticated the file under the worker's own key, and
then with an unpickler that can build nothing but built-in values and dates, so even a file
forged by someone holding that key cannot run code.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import stat
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from familycase.crypto import aead
from familycase.crypto.errors import IntegrityError
from familycase.domain.risk import AlertMark
from familycase.services.seen import state_folder
from familycase.store.files import write_private

FORMAT = 3
MAX_AGE_DAYS = 30
LARGEST_FILE = 128 * 1024 * 1024  # 20 times 10,000 families' file; anything bigger is not read
_HEADER = b"FCLC"
_LENGTH_BYTES = 4
_PICKLE_PROTOCOL = 5
_FINGERPRINT_BYTES = 16
_KEY_BYTES = 32  # family keys and key shares alike
_LONGEST_ID = 64
_PARTIAL_AGE_S = 86_400  # a half-written file (write_private's) left by a crash


class Lister(Protocol):
    """What the cache reads and fills of a signed-in session (services/session.UserSession)."""

    summaries: dict[str, tuple[bytes, str, tuple[str, ...], tuple[Any, ...]]]
    list_digests: dict[str, str | None]
    list_checked: dict[str, tuple[Any, ...]]

    def held_family_keys(self) -> Mapping[str, bytes]: ...

    def key_shares(self) -> Mapping[str, bytes]: ...


def root_key(master_key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"familycase/list-cache/v2"
    ).derive(master_key)


@dataclass(frozen=True)
class Place:
    """Whose file, for which vault: ``name`` is the vault (or laptop replica) id, its location
    and the worker's id; ``root`` comes from the worker's master key (``root_key``)."""

    root: bytes = field(repr=False)
    name: str

    @property
    def path(self) -> Path:
        digest = hashlib.sha256(f"list-cache|{self.name}".encode()).hexdigest()[:32]
        return folder() / f"{digest}.bin"

    def file_key(self, ids: list[str], shares: Mapping[str, bytes]) -> bytes | None:
        """The key of a file holding these families: None where a share is gone (destroyed)."""
        joined = _joined(ids, shares)
        if joined is None:
            return None
        return HKDF(
            algorithm=hashes.SHA256(),
            length=32,
            salt=hashlib.sha256(joined).digest(),
            info=b"familycase/list-cache/file",
        ).derive(self.root)

    def aad(self, ids_blob: bytes) -> bytes:
        return (
            f"familycase/list-cache/v{FORMAT}|{self.name}|".encode()
            + hashlib.sha256(ids_blob).digest()
        )


@dataclass
class Stored:
    """Where this session's list cache lives, which families the file held when the session
    read it, and whether the session holds summaries or checks the file does not (then it is
    written at lock)."""

    place: Place
    dirty: bool = False
    adopted: int = 0  # families taken from the file at the first list
    ids: frozenset[str] = frozenset()


def folder() -> Path:
    return state_folder() / "lists"


def _joined(ids: list[str], keys: Mapping[str, bytes]) -> bytes | None:
    """These families' keys (or shares) one after another, each of the one length a key has,
    so that no two different sets of keys join into the same bytes; None where one is missing
    or of another length."""
    try:
        found = [keys[family_id] for family_id in ids]
    except KeyError:
        return None
    if any(len(key) != _KEY_BYTES for key in found):
        return None
    return b"".join(found)


def _fingerprint(file_key: bytes, family_key: bytes) -> bytes:
    return hashlib.blake2b(family_key, digest_size=_FINGERPRINT_BYTES, key=file_key).digest()


# --- reading ----------------------------------------------------------------------------------


class _Unpickler(pickle.Unpickler):
    """Built-in values and dates only: nothing else can be named, so nothing else is built."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("datetime", "date"):
            return date
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a list cache")


def load(us: Lister, place: Place) -> Stored:
    """Put this worker's kept summaries for this vault into the session's caches, as if this
    session had opened them (see the module's docstring for which). Files here not used for
    MAX_AGE_DAYS are deleted first. A missing file adopts nothing; one that does not open is
    replaced at lock."""
    remove_expired()
    blob = _read(place.path)
    if blob is None:
        return Stored(place)
    try:
        opened = _open(us, place, blob)
        if opened is None:
            return Stored(place, dirty=True)
        ids, file_key, contents = opened
        stored = Stored(place, ids=frozenset(ids))
        taken = _entries(us, stored, file_key, ids, *contents)
    except Exception:  # a cache: whatever is wrong with the file, the list goes on without it
        return Stored(place, dirty=True)
    us.summaries.update(taken[0])
    us.list_digests.update(taken[1])
    us.list_checked.update(taken[2])
    stored.adopted = len(taken[0])
    if stored.adopted:
        with contextlib.suppress(OSError):
            os.utime(place.path)  # in use: kept another MAX_AGE_DAYS
    return stored


def _read(path: Path) -> bytes | None:
    """The file's bytes: only a regular file (never a pipe or device, which could block) of a
    sane size, not followed through a symbolic link."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > LARGEST_FILE:
            return None
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, 1 << 20):
            size += len(chunk)
            if size > LARGEST_FILE:  # it grew while being read
                return None
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


_Contents = tuple[dict[str, Any], dict[str, Any], dict[str, Any], dict[str, Any], bytes]


def _open(us: Lister, place: Place, blob: bytes) -> tuple[list[str], bytes, _Contents] | None:
    if not blob.startswith(_HEADER):
        return None
    start = len(_HEADER) + _LENGTH_BYTES
    size = int.from_bytes(blob[len(_HEADER) : start], "big")
    if size > len(blob) - start:
        return None
    ids_blob = blob[start : start + size]
    ids = _ids_from(ids_blob)
    if ids is None:
        return None
    file_key = place.file_key(ids, us.key_shares())
    if file_key is None:
        return None  # a family in it was destroyed: no one can open it any more
    try:
        plain = aead.decrypt(file_key, blob[start + size :], place.aad(ids_blob))
    except IntegrityError:
        return None
    found = _Unpickler(io.BytesIO(plain)).load()  # whatever it raises, load() ignores the file
    if not (isinstance(found, tuple) and len(found) == 6 and found[0] == FORMAT):
        return None
    _, summaries, digests, checked, fingerprints, all_keys = found
    if not all(isinstance(part, dict) for part in (summaries, digests, checked, fingerprints)):
        return None
    if type(all_keys) is not bytes:
        return None
    return ids, file_key, (summaries, digests, checked, fingerprints, all_keys)


def _ids_to(ids: list[str]) -> bytes:
    return "\n".join(ids).encode("ascii")


def _ids_from(blob: bytes) -> list[str] | None:
    """The family ids at the head of a file: short ASCII lines (no parser to overwhelm)."""
    if not blob:
        return []
    if not blob.isascii():
        return None
    ids = blob.decode("ascii").split("\n")
    if not all(0 < len(family_id) <= _LONGEST_ID for family_id in ids):
        return None
    return ids


def _entries(
    us: Lister,
    stored: Stored,
    file_key: bytes,
    ids: list[str],
    summaries: dict[str, Any],
    digests: dict[str, Any],
    checked: dict[str, Any],
    fingerprints: dict[str, Any],
    all_keys: bytes,
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The entries to take, built apart from the session so that nothing is taken from a file
    that turns out to be unreadable further on."""
    keys = us.held_family_keys()
    already = us.summaries
    # Usually every key is the one the file was written under: one check for all of them.
    same_keys = all_keys == _keys_fingerprint(file_key, ids, keys)
    if same_keys and len(summaries) == len(ids) and already.keys().isdisjoint(summaries):
        # Every family still held under the same key and none opened yet (a first list):
        # the file's entries as they are, only alert marks made objects again.
        taken = dict(summaries)
        for family_id, entry in summaries.items():
            if entry[3]:
                taken[family_id] = _with_marks(entry)
        return taken, digests, checked
    taken: dict[str, Any] = {}
    for family_id, entry in summaries.items():
        if family_id in already:
            continue  # opened in this session already
        key = keys.get(family_id)
        if key is None or not (
            same_keys or fingerprints.get(family_id) == _fingerprint(file_key, key)
        ):
            stored.dirty = True  # no longer held, or its key was rotated: dropped at lock
            continue
        ciphertext, name, members, marks = entry
        if type(ciphertext) is not bytes or type(name) is not str or type(members) is not tuple:
            raise TypeError("an entry is not what a list cache holds")
        taken[family_id] = _with_marks(entry) if marks else entry
    return (
        taken,
        {fid: digests.get(fid) for fid in taken},
        {fid: checked[fid] for fid in taken if fid in checked},
    )


def _keys_fingerprint(file_key: bytes, ids: list[str], keys: Mapping[str, bytes]) -> bytes:
    """One fingerprint of the family keys of every family in the file (empty where one is not
    held now, which no stored fingerprint equals)."""
    joined = _joined(ids, keys)
    return b"" if joined is None else _fingerprint(file_key, joined)


def _with_marks(entry: tuple[Any, ...]) -> tuple[Any, ...]:
    """An entry as the session keeps it: its alert marks ``(kind, started, ended)`` made
    AlertMarks again (``_marked`` wrote them)."""
    ciphertext, name, members, marks = entry
    return (
        ciphertext,
        name,
        members,
        tuple(
            AlertMark(kind=kind, started_on=started, ended_on=ended)
            for kind, started, ended in marks
        ),
    )


# --- writing ----------------------------------------------------------------------------------


def save(us: Lister, stored: Stored) -> None:
    """At lock, after a list: the summaries this session holds, and the columns checked against
    them, for the families whose key this worker holds now; written only where that differs
    from the file. Best effort: a read-only or full state folder must not stop anyone locking."""
    keys, shares = us.held_family_keys(), us.key_shares()
    ids = [
        fid
        for fid in us.summaries
        if len(keys.get(fid, b"")) == _KEY_BYTES == len(shares.get(fid, b""))
        and _ids_from(fid.encode("utf-8")) == [fid]
    ]
    if not stored.dirty and stored.ids == frozenset(ids):
        return
    place = stored.place
    ids_blob = _ids_to(ids)
    file_key = place.file_key(ids, shares)
    if file_key is None:  # cannot happen: every id has a key and a share of the right length
        return
    summaries = {}
    for fid in ids:
        ciphertext, name, members, marks = us.summaries[fid]
        summaries[fid] = (ciphertext, name, members, tuple(_marked(m) for m in marks))
    digests = {fid: us.list_digests.get(fid) for fid in ids}
    checked = {fid: us.list_checked[fid] for fid in ids if fid in us.list_checked}
    fingerprints = {fid: _fingerprint(file_key, keys[fid]) for fid in ids}
    all_keys = _keys_fingerprint(file_key, ids, keys)
    try:
        plain = pickle.dumps(
            (FORMAT, summaries, digests, checked, fingerprints, all_keys),
            protocol=_PICKLE_PROTOCOL,
        )
        sealed = aead.encrypt(file_key, plain, place.aad(ids_blob))
        place.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_private(
            place.path, _HEADER + len(ids_blob).to_bytes(_LENGTH_BYTES, "big") + ids_blob + sealed
        )
    except Exception:  # a cache: nothing about writing it may stop a lock
        return


def _marked(mark: AlertMark) -> tuple[str, date, date | None]:
    return (mark.kind.value, mark.started_on, mark.ended_on)


def remove_expired(now: float | None = None) -> int:
    """Delete files here not used for MAX_AGE_DAYS (anyone's: no key is needed to delete), and
    half-written ones a crash left. Returns how many."""
    now = time.time() if now is None else now
    cutoff = now - MAX_AGE_DAYS * 86_400
    removed = 0
    try:
        found = list(folder().iterdir())
    except OSError:
        return 0
    for path in found:
        if path.suffix not in (".bin", ".partial"):
            continue
        age_limit = cutoff if path.suffix == ".bin" else now - _PARTIAL_AGE_S
        try:
            if path.lstat().st_mtime < age_limit:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed
