"""What a worker has seen of a vault: the newest audit entry and directory entry.

An older copy of a vault (a restored backup, or a copy swapped in to bring back a disabled
worker or undo a change) looks consistent from inside: its chains are intact, only shorter.
So each worker remembers, after every session, the newest entries they saw, in two places an
attacker who writes the vault cannot both roll back: sealed in their own row (``ring_state``,
under their master key) and in a small file on this computer (MAC'd with a key derived from
their master key). At sign-in, a vault behind either memory is reported, never used silently.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from platformdirs import user_state_path

from familycase.crypto import aead
from familycase.crypto.errors import IntegrityError
from familycase.crypto.keys import ring_state_aad
from familycase.store.files import write_private

STATE_DIR_ENV = "FAMILYCASE_STATE_DIR"


@dataclass(frozen=True)
class Mark:
    seq: int
    digest: str

    def as_list(self) -> list[object]:
        return [self.seq, self.digest]

    @classmethod
    def parse(cls, value: object) -> Mark | None:
        if (
            isinstance(value, list)
            and len(value) == 2
            and isinstance(value[0], int)
            and isinstance(value[1], str)
        ):
            return cls(value[0], value[1])
        return None


@dataclass(frozen=True)
class Seen:
    audit: Mark | None = None
    directory: Mark | None = None

    def newer(self, other: Seen) -> Seen:
        """The later of each mark."""
        return Seen(_later(self.audit, other.audit), _later(self.directory, other.directory))

    def as_dict(self) -> dict[str, object]:
        return {
            "audit": self.audit.as_list() if self.audit else None,
            "directory": self.directory.as_list() if self.directory else None,
        }

    @classmethod
    def from_dict(cls, data: object) -> Seen:
        if not isinstance(data, dict):
            return cls()
        return cls(Mark.parse(data.get("audit")), Mark.parse(data.get("directory")))


def _later(a: Mark | None, b: Mark | None) -> Mark | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if a.seq >= b.seq else b


# --- in the worker's own row ------------------------------------------------------------------


def seal_ring_state(master_key: bytes, user_id: str, seen: Seen) -> bytes:
    return aead.encrypt(master_key, json.dumps(seen.as_dict()).encode(), ring_state_aad(user_id))


def open_ring_state(master_key: bytes, user_id: str, blob: bytes | None) -> Seen | None:
    """None where the stored state does not open (altered): the caller says so."""
    if not blob:
        return Seen()
    try:
        return Seen.from_dict(
            json.loads(aead.decrypt(master_key, bytes(blob), ring_state_aad(user_id)))
        )
    except (IntegrityError, ValueError):
        return None


# --- on this computer -------------------------------------------------------------------------


def state_folder() -> Path:
    override = os.environ.get(STATE_DIR_ENV)
    return Path(override) if override else user_state_path("FamilyCase", appauthor=False)


def _mac_key(master_key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"familycase/seen-on-device/v1"
    ).derive(master_key)


def _file(vault_id: str, location: str, user_id: str) -> Path:
    name = hashlib.sha256(f"{vault_id}|{location}|{user_id}".encode()).hexdigest()[:32]
    return state_folder() / "seen" / f"{name}.json"


def read_local(master_key: bytes, vault_id: str, location: str, user_id: str) -> Seen:
    path = _file(vault_id, location, user_id)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        body = json.dumps(data["seen"], sort_keys=True)
        expected = hmac.new(_mac_key(master_key), body.encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, str(data["mac"])):
            return Seen()  # not written by this worker's keys: ignored, never trusted
        return Seen.from_dict(data["seen"])
    except (OSError, ValueError, KeyError, TypeError):
        return Seen()


def write_local(master_key: bytes, vault_id: str, location: str, user_id: str, seen: Seen) -> None:
    """Best effort: a read-only home folder must not stop anyone working."""
    path = _file(vault_id, location, user_id)
    body = json.dumps(seen.as_dict(), sort_keys=True)
    mac = hmac.new(_mac_key(master_key), body.encode(), hashlib.sha256).hexdigest()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_private(path, json.dumps({"seen": seen.as_dict(), "mac": mac}).encode())
    except OSError:
        return
