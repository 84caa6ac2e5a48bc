"""The one plain file of a laptop replica: what it is and how its worker unlocks it.

A replica folder holds its database and key-share file encrypted as whole files (SQLCipher) with
a random key, and ``replica.json``: the vault and replica it belongs to, its device name, where
its team store is (never with a password), its one worker's locked key ring (as their row in the
vault holds it: nothing in it opens without their password) and the database key sealed under
that worker's master key. A stolen laptop shows the organisation's and the worker's names, and
nothing about any family.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from familycase.crypto import aead
from familycase.crypto.kdf import KdfParams
from familycase.crypto.keys import LockedKeyRing
from familycase.store.files import write_private

CARD_FILE = "replica.json"
FORMAT = "familycase.replica/1"


class ReplicaCardError(Exception):
    """The replica's card is missing or damaged; the message says so plainly."""


def db_key_aad(replica_id: str, user_id: str) -> bytes:
    return f"familycase/replica-db-key/v1|{replica_id}|{user_id}".encode()


@dataclass(frozen=True)
class ReplicaCard:
    vault_id: str
    organisation: str
    replica_id: str
    device: str
    team: str  # the team store: a folder or a postgresql:// URL, never with a password
    user_id: str
    username: str
    display_name: str
    salt: str
    kdf: dict[str, int]
    wrapped_master_key: str
    private_keys: str
    db_key_ct: str
    format: str = FORMAT

    @property
    def locked_ring(self) -> LockedKeyRing:
        return LockedKeyRing(
            salt=bytes.fromhex(self.salt),
            kdf=KdfParams.from_dict(self.kdf),
            wrapped_master_key=bytes.fromhex(self.wrapped_master_key),
            private_keys=bytes.fromhex(self.private_keys),
        )

    def db_key(self, master_key: bytes) -> bytes:
        return aead.decrypt(
            master_key, bytes.fromhex(self.db_key_ct), db_key_aad(self.replica_id, self.user_id)
        )

    @staticmethod
    def seal_db_key(master_key: bytes, key: bytes, replica_id: str, user_id: str) -> str:
        return aead.encrypt(master_key, key, db_key_aad(replica_id, user_id)).hex()

    def save(self, folder: Path) -> Path:
        """Written whole and owner-only (0600), or not at all."""
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return write_private(folder / CARD_FILE, _json(asdict(self)))

    @classmethod
    def load(cls, folder: Path) -> ReplicaCard:
        path = folder / CARD_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError("format")
            card = cls(**data)
            card.locked_ring  # noqa: B018 - every field well formed
            return card
        except OSError as exc:
            raise ReplicaCardError(f"Cannot read {path}: {exc.strerror}") from None
        except (ValueError, TypeError, KeyError, AttributeError):
            raise ReplicaCardError(
                f"{path} is damaged, so this laptop replica cannot be opened. Its families are "
                "still on the team store; check them out again."
            ) from None


def is_replica(folder: Path) -> bool:
    return (folder / CARD_FILE).exists()


# --- failed sign-ins ------------------------------------------------------------------------
# The replica's database opens only with the worker's password, so a failed sign-in cannot be
# written to its audit log at the time. It is noted here (when, and whether the name typed was
# this replica's worker: never the name itself) and written to the audit log, signed, at the
# worker's next sign-in; the log goes to the team store at check-in. Whoever can write the file
# can remove the notes: they tell the worker and the team, they decide nothing.
FAILURES_FILE = "replica-failures.json"
MAX_FAILURES_KEPT = 100


@dataclass(frozen=True)
class FailedSignIn:
    at: str  # ISO 8601, UTC
    other_name: bool  # a name other than the replica's worker was typed


def note_failed_sign_in(folder: Path, at: str, other_name: bool) -> None:
    """Add one failed sign-in to the notes (the newest MAX_FAILURES_KEPT are kept). A note
    that cannot be written (a full disk) is given up: the sign-in still fails as it should."""
    kept = [*failed_sign_ins(folder), FailedSignIn(at, other_name)][-MAX_FAILURES_KEPT:]
    with contextlib.suppress(OSError):
        write_private(folder / FAILURES_FILE, _json([asdict(f) for f in kept]))


def failed_sign_ins(folder: Path) -> list[FailedSignIn]:
    """The notes, oldest first; a damaged or unreadable file reads as one note saying so."""
    path = folder / FAILURES_FILE
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [FailedSignIn(str(d["at"]), bool(d["other_name"])) for d in data]
    except (OSError, ValueError, TypeError, KeyError):
        return [FailedSignIn("unknown (the record of failed sign-ins was damaged)", False)]


def clear_failed_sign_ins(folder: Path) -> None:
    (folder / FAILURES_FILE).unlink(missing_ok=True)


def _json(data: object) -> bytes:
    return json.dumps(data, indent=1, sort_keys=True).encode()
