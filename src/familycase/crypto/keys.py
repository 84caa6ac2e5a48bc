"""The user's key ring and the organisation recovery key.

A user's password (Argon2id) derives a key-encryption key (KEK) that unwraps the user's random
master key. The master key encrypts the user's X25519 (receiving family keys) and Ed25519
(signing) private keys, and re-wraps family keys after first receipt so that unlocking a large
caseload needs only cheap AES-GCM operations.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from familycase.crypto import aead, box
from familycase.crypto.errors import BadRecoveryKeyError, IntegrityError, WrongPasswordError
from familycase.crypto.kdf import KdfParams, derive_key, new_salt

_RAW = serialization.Encoding.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_NO_ENCRYPTION = serialization.NoEncryption()


@dataclass
class UserKeyRing:
    """Everything a user holds once unlocked. Dropped from memory on lock."""

    master_key: bytes
    agreement: X25519PrivateKey
    signing: Ed25519PrivateKey
    # The hash of the staff directory's first entry, pinned when the account was enrolled (or,
    # for an account older than the signed directory, when it first met the adopted directory).
    # It lives inside the password-protected private keys, so writing the database cannot move it.
    pinned_root: str | None = None

    @property
    def agreement_public(self) -> bytes:
        return box.public_bytes(self.agreement)

    @property
    def signing_public(self) -> bytes:
        return self.signing.public_key().public_bytes(_RAW, _RAW_PUBLIC)

    def sign(self, message: bytes) -> bytes:
        return self.signing.sign(message)


@dataclass(frozen=True)
class LockedKeyRing:
    """What is stored for a user: nothing here is usable without the password."""

    salt: bytes
    kdf: KdfParams
    wrapped_master_key: bytes
    private_keys: bytes


def new_key_ring() -> UserKeyRing:
    return UserKeyRing(aead.new_key(), X25519PrivateKey.generate(), Ed25519PrivateKey.generate())


def _kek_aad(user_id: str) -> bytes:
    return b"familycase/user-master/v1|" + user_id.encode()


def _private_aad(user_id: str) -> bytes:
    return b"familycase/user-private/v1|" + user_id.encode()


def seal_private_keys(ring: UserKeyRing, user_id: str) -> bytes:
    """The private keys (and the pinned directory root) encrypted under the master key."""
    content: dict[str, str] = {
        "x25519": ring.agreement.private_bytes(_RAW, _RAW_PRIVATE, _NO_ENCRYPTION).hex(),
        "ed25519": ring.signing.private_bytes(_RAW, _RAW_PRIVATE, _NO_ENCRYPTION).hex(),
    }
    if ring.pinned_root is not None:
        content["root"] = ring.pinned_root
    return aead.encrypt(ring.master_key, json.dumps(content).encode(), _private_aad(user_id))


def lock_key_ring(ring: UserKeyRing, user_id: str, password: str, kdf: KdfParams) -> LockedKeyRing:
    salt = new_salt()
    kek = derive_key(password, salt, kdf)
    return LockedKeyRing(
        salt=salt,
        kdf=kdf,
        wrapped_master_key=aead.encrypt(kek, ring.master_key, _kek_aad(user_id)),
        private_keys=seal_private_keys(ring, user_id),
    )


def unlock_key_ring(locked: LockedKeyRing, user_id: str, password: str) -> UserKeyRing:
    kek = derive_key(password, locked.salt, locked.kdf)
    try:
        master = aead.decrypt(kek, locked.wrapped_master_key, _kek_aad(user_id))
    except IntegrityError as exc:
        raise WrongPasswordError("wrong password") from exc
    privates = json.loads(aead.decrypt(master, locked.private_keys, _private_aad(user_id)))
    try:
        return UserKeyRing(
            master_key=master,
            agreement=X25519PrivateKey.from_private_bytes(bytes.fromhex(privates["x25519"])),
            signing=Ed25519PrivateKey.from_private_bytes(bytes.fromhex(privates["ed25519"])),
            pinned_root=privates.get("root"),
        )
    except (KeyError, ValueError, TypeError, AttributeError) as exc:  # authentic but malformed
        raise IntegrityError("the private keys are not in the expected form") from exc


def ring_state_aad(user_id: str) -> bytes:
    return b"familycase/ring-state/v1|" + user_id.encode()


def rewrap_master_key(
    ring: UserKeyRing, user_id: str, new_password: str, kdf: KdfParams, private_keys: bytes
) -> LockedKeyRing:
    """A password change: the master key stays, so no family key needs re-wrapping."""
    salt = new_salt()
    kek = derive_key(new_password, salt, kdf)
    return LockedKeyRing(
        salt, kdf, aead.encrypt(kek, ring.master_key, _kek_aad(user_id)), private_keys
    )


def verify_signature(public: bytes, signature: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


# --- organisation recovery key ---------------------------------------------------------------
# Printed once at vault creation as 13 groups of 4 base32 characters: 32 key bytes + a 2-byte
# checksum (so that a mistyped key is caught before any decryption is tried).

_RECOVERY_GROUP = 4


def new_recovery_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def format_recovery_key(key: X25519PrivateKey) -> str:
    raw = key.private_bytes(_RAW, _RAW_PRIVATE, _NO_ENCRYPTION)
    text = base64.b32encode(raw + hashlib.sha256(raw).digest()[:2]).decode().rstrip("=")
    return "-".join(text[i : i + _RECOVERY_GROUP] for i in range(0, len(text), _RECOVERY_GROUP))


def recovery_signing_key(recovery: X25519PrivateKey) -> Ed25519PrivateKey:
    """The Ed25519 key that the printed recovery key also stands for (derived, never stored):
    it signs the staff directory's first entry and can sign for the organisation when no
    administrator can."""
    raw = recovery.private_bytes(_RAW, _RAW_PRIVATE, _NO_ENCRYPTION)
    seed = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"familycase/recovery-signing/v1"
    ).derive(raw)
    return Ed25519PrivateKey.from_private_bytes(seed)


def signing_public_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(_RAW, _RAW_PUBLIC)


def parse_recovery_key(text: str) -> X25519PrivateKey:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    try:
        data = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError as exc:
        raise BadRecoveryKeyError("the recovery key contains characters it cannot have") from exc
    if len(data) != 34 or hashlib.sha256(data[:32]).digest()[:2] != data[32:]:
        raise BadRecoveryKeyError("the recovery key is mistyped (its checksum does not match)")
    return X25519PrivateKey.from_private_bytes(data[:32])
