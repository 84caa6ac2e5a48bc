"""AES-256-GCM with a random 96-bit nonce, bound to its place by associated data.

Blob layout: ``version (1 byte) || nonce (12 bytes) || ciphertext || tag (16 bytes)``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from familycase.crypto.errors import IntegrityError

FORMAT_VERSION = 1
KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
OVERHEAD = 1 + NONCE_BYTES + TAG_BYTES


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


class Cipher:
    """An AES-256-GCM key, kept ready so that many small payloads are cheap to open."""

    __slots__ = ("_aead",)

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("AES-256-GCM needs a 32-byte key")
        self._aead = AESGCM(key)

    def encrypt(self, plaintext: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return bytes([FORMAT_VERSION]) + nonce + self._aead.encrypt(nonce, plaintext, aad)

    def decrypt(self, blob: bytes, aad: bytes) -> bytes:
        if len(blob) < OVERHEAD or blob[0] != FORMAT_VERSION:
            raise IntegrityError("ciphertext is truncated or in an unknown format")
        try:
            return self._aead.decrypt(blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :], aad)
        except InvalidTag as exc:
            raise IntegrityError("ciphertext failed authentication") from exc


def decrypt_each(
    keys: Sequence[bytes], blobs: Sequence[bytes], aads: Sequence[bytes]
) -> list[bytes | None]:
    """Each blob opened with its key and associated data, or None where it is malformed or
    fails authentication: many small payloads under as many keys (a listing after sign-in
    opens one summary per family), without a Cipher object kept for each."""
    opened: list[bytes | None] = []
    add = opened.append
    for key, blob, aad in zip(keys, blobs, aads, strict=True):
        if len(key) != KEY_BYTES or len(blob) < OVERHEAD or blob[0] != FORMAT_VERSION:
            add(None)
            continue
        try:
            add(AESGCM(key).decrypt(blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :], aad))
        except InvalidTag:
            add(None)
    return opened


def encrypt(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    return Cipher(key).encrypt(plaintext, aad)


def decrypt(key: bytes, blob: bytes, aad: bytes) -> bytes:
    return Cipher(key).decrypt(blob, aad)
