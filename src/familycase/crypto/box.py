"""Sealing a small secret to a recipient's X25519 public key (ECDH + HKDF-SHA256 + AES-256-GCM).

Used to hand a family key to a worker, or to the organisation recovery key, and to encrypt audit
details to the audit key (anyone may write, only its holders may read).
Blob layout: ``version (1) || ephemeral public key (32) || AES-GCM blob``. ``seal_from`` (below)
makes boxes that also say who sealed them (the family summaries sealed to the reporting key).
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


def _box_key(
    shared: bytes, sealer_pub: bytes, recipient_pub: bytes, context: bytes, kind: bytes = b"box"
) -> bytes:
    """The AES key of one box: from the shared secret, both public keys and the context."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=sealer_pub + recipient_pub,
        info=b"familycase/" + kind + b"/v1|" + context,
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


# --- boxes that say who sealed them ------------------------------------------------------------
#
# ``seal`` above is anonymous: anyone holding the recipient's public key can make a box, so a
# reader cannot tell a genuine one from one written straight into the database. A sender box
# is sealed with the sender's own X25519 key (static-static ECDH, as NaCl's crypto_box): only
# the sender, or the recipient, can make it, and the reader learns the sender's public key, to
# look up in the signed staff directory. A reader opening many boxes from few senders does one
# exchange per sender (``SenderBoxes``), not one per box.
# Blob layout: ``version 2 (1) || sender's public key (32) || AES-GCM blob``.

SENDER_BOX_VERSION = 2


def seal_from(
    sender: X25519PrivateKey, recipient_public: bytes, plaintext: bytes, context: bytes
) -> bytes:
    sender_pub = public_bytes(sender)
    shared = sender.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = _box_key(shared, sender_pub, recipient_public, context, b"sender-box")
    return bytes([SENDER_BOX_VERSION]) + sender_pub + aead.encrypt(key, plaintext, context)


def box_version(blob: bytes) -> int | None:
    return blob[0] if blob else None


class SenderBoxes:
    """Opens sender boxes sealed to one private key, one key exchange per sender."""

    def __init__(self, private: X25519PrivateKey) -> None:
        self._private = private
        self._own = public_bytes(private)
        self._shared: dict[bytes, bytes] = {}

    def sender(self, blob: bytes) -> bytes:
        """The public key of whoever sealed the box (not yet checked: ``open`` checks it)."""
        if len(blob) < 1 + PUBLIC_BYTES + aead.OVERHEAD or blob[0] != SENDER_BOX_VERSION:
            raise IntegrityError("sealed box is truncated or in an unknown format")
        return blob[1 : 1 + PUBLIC_BYTES]

    def open(self, blob: bytes, context: bytes) -> bytes:
        sender_pub = self.sender(blob)
        shared = self._shared.get(sender_pub)
        if shared is None:
            try:
                shared = self._private.exchange(X25519PublicKey.from_public_bytes(sender_pub))
            except ValueError as exc:  # an all-zero shared secret: a forged sender key
                raise IntegrityError("sealed box is invalid") from exc
            self._shared[sender_pub] = shared
        key = _box_key(shared, sender_pub, self._own, context, b"sender-box")
        return aead.decrypt(key, blob[1 + PUBLIC_BYTES :], context)
