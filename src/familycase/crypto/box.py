"""Sealing a small secret to a recipient's X25519 public key (ECDH + HKDF-SHA256 + AES-256-GCM).

Used to hand a family key to a worker, or to the organisation recovery key, and to encrypt audit
details to the audit key (anyone may write, only its holders may read).
Blob layout: ``version (1) || ephemeral public key (32) || AES-GCM blob``.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from familycase.crypto import aead
from familycase.crypto.errors import IntegrityError

BOX_VERSION = 1
PUBLIC_BYTES = 32


def public_bytes(key: X25519PrivateKey | X25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, X25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _box_key(shared: bytes, ephemeral_pub: bytes, recipient_pub: bytes, context: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral_pub + recipient_pub,
        info=b"familycase/box/v1|" + context,
    ).derive(shared)


def seal(recipient_public: bytes, plaintext: bytes, context: bytes) -> bytes:
    recipient = X25519PublicKey.from_public_bytes(recipient_public)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_pub = public_bytes(ephemeral)
    key = _box_key(ephemeral.exchange(recipient), ephemeral_pub, recipient_public, context)
    return bytes([BOX_VERSION]) + ephemeral_pub + aead.encrypt(key, plaintext, context)


def open_box(
    private: X25519PrivateKey, blob: bytes, context: bytes, own_public: bytes | None = None
) -> bytes:
    """Open a sealed box. ``own_public`` (the private key's public half) may be passed in by a
    caller opening many boxes, to save deriving it each time."""
    if len(blob) < 1 + PUBLIC_BYTES + aead.OVERHEAD or blob[0] != BOX_VERSION:
        raise IntegrityError("sealed key is truncated or in an unknown format")
    ephemeral_pub = blob[1 : 1 + PUBLIC_BYTES]
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_pub))
    except ValueError as exc:  # an all-zero shared secret: a forged ephemeral key
        raise IntegrityError("sealed key is invalid") from exc
    key = _box_key(shared, ephemeral_pub, own_public or public_bytes(private), context)
    return aead.decrypt(key, blob[1 + PUBLIC_BYTES :], context)
