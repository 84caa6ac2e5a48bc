"""The primitives, used as the rest of FamilyCase uses them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familycase.crypto import aead, box
from familycase.crypto.errors import BadRecoveryKeyError, IntegrityError, WrongPasswordError
from familycase.crypto.kdf import INSECURE_FAST_FOR_TESTS, KdfParams, derive_key
from familycase.crypto.keys import (
    format_recovery_key,
    lock_key_ring,
    new_key_ring,
    new_recovery_key,
    parse_recovery_key,
    unlock_key_ring,
)

KEY = bytes(range(32))


@given(st.binary(max_size=2000), st.binary(max_size=100))
def test_aead_round_trip(plaintext, aad):
    assert aead.decrypt(KEY, aead.encrypt(KEY, plaintext, aad), aad) == plaintext


@given(st.binary(min_size=1, max_size=200), st.data())
def test_any_single_bit_flip_is_detected(plaintext, data):
    blob = bytearray(aead.encrypt(KEY, plaintext, b"row-1"))
    position = data.draw(st.integers(0, len(blob) - 1))
    blob[position] ^= 1 << data.draw(st.integers(0, 7))
    with pytest.raises(IntegrityError):
        aead.decrypt(KEY, bytes(blob), b"row-1")


def test_ciphertext_is_bound_to_its_associated_data_and_key():
    blob = aead.encrypt(KEY, b"Ruby", b"members|row-1")
    with pytest.raises(IntegrityError):
        aead.decrypt(KEY, blob, b"members|row-2")
    with pytest.raises(IntegrityError):
        aead.decrypt(bytes(32), blob, b"members|row-1")
    with pytest.raises(IntegrityError):
        aead.decrypt(KEY, blob[:20], b"members|row-1")


def test_same_plaintext_encrypts_differently_each_time():
    assert aead.encrypt(KEY, b"same", b"") != aead.encrypt(KEY, b"same", b"")


def test_sealed_box_opens_only_for_its_recipient_and_context():
    alice, mallory = box.X25519PrivateKey.generate(), box.X25519PrivateKey.generate()
    sealed = box.seal(box.public_bytes(alice), KEY, b"family-key|f1|alice")
    assert box.open_box(alice, sealed, b"family-key|f1|alice") == KEY
    with pytest.raises(IntegrityError):
        box.open_box(mallory, sealed, b"family-key|f1|alice")
    with pytest.raises(IntegrityError):
        box.open_box(alice, sealed, b"family-key|f2|alice")


def test_a_sender_box_names_its_sender_and_opens_only_for_its_recipient_and_context():
    writer, reader, mallory = (box.X25519PrivateKey.generate() for _ in range(3))
    context = b"familycase/reporting-summary/v2|f1"
    sealed = box.seal_from(writer, box.public_bytes(reader), KEY, context)
    boxes = box.SenderBoxes(reader)
    assert boxes.sender(sealed) == box.public_bytes(writer)
    assert boxes.open(sealed, context) == KEY
    assert box.SenderBoxes(reader).open(sealed, context) == KEY  # no cached secret needed
    with pytest.raises(IntegrityError):  # another reader
        box.SenderBoxes(mallory).open(sealed, context)
    with pytest.raises(IntegrityError):  # another family's place
        boxes.open(sealed, b"familycase/reporting-summary/v2|f2")
    # claiming another sender: the key no longer matches, so the box does not open
    forged = sealed[:1] + box.public_bytes(mallory) + sealed[33:]
    with pytest.raises(IntegrityError):
        boxes.open(forged, context)
    # an anonymous box is not a sender box, and neither is a truncated one
    anonymous = box.seal(box.public_bytes(reader), KEY, context)
    for blob in (anonymous, sealed[:40], b""):
        with pytest.raises(IntegrityError):
            boxes.open(blob, context)
    assert box.box_version(anonymous) == box.BOX_VERSION
    assert box.box_version(sealed) == box.SENDER_BOX_VERSION


def test_key_ring_unlocks_only_with_its_password():
    ring = new_key_ring()
    locked = lock_key_ring(ring, "user-1", "a long passphrase", INSECURE_FAST_FOR_TESTS)
    again = unlock_key_ring(locked, "user-1", "a long passphrase")
    assert again.master_key == ring.master_key
    assert again.agreement_public == ring.agreement_public
    with pytest.raises(WrongPasswordError):
        unlock_key_ring(locked, "user-1", "a long passphrasf")
    with pytest.raises(WrongPasswordError):  # bound to the user it belongs to
        unlock_key_ring(locked, "user-2", "a long passphrase")


def test_argon2id_matches_rfc_9106_shape():
    params = KdfParams(memory_kib=1024, iterations=2, lanes=1)
    first = derive_key("pw", b"s" * 16, params)
    assert first == derive_key("pw", b"s" * 16, params)
    assert first != derive_key("pw", b"t" * 16, params)
    assert first != derive_key("pw", b"s" * 16, KdfParams(2048, 2, 1))
    assert len(first) == 32


def test_recovery_key_text_round_trips_and_catches_typos():
    key = new_recovery_key()
    text = format_recovery_key(key)
    assert len(text.split("-")) == 14 and all(len(g) <= 4 for g in text.split("-"))
    assert box.public_bytes(parse_recovery_key(text.lower().replace("-", " "))) == (
        box.public_bytes(key)
    )
    typo = ("B" if text[0] != "B" else "C") + text[1:]
    with pytest.raises(BadRecoveryKeyError, match="mistyped"):
        parse_recovery_key(typo)
    with pytest.raises(BadRecoveryKeyError):
        parse_recovery_key("not a key")
