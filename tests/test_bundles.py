"""Signed and encrypted summary bundles: round trip, and every way a bad one is refused."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from familycase.crypto.box import public_bytes
from familycase.exchange.bundle import BundleError, open_bundle, seal_bundle
from familycase.exchange.summary import Bundle, json_schema, new_summary

SENDER = Ed25519PrivateKey.generate()
STRANGER = Ed25519PrivateKey.generate()
LEADER = X25519PrivateKey.generate()
OTHER_LEADER = X25519PrivateKey.generate()
OUTSIDER = X25519PrivateKey.generate()


def _raw(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


KNOWN = {"kw1": _raw(SENDER)}


def bundle(**changes) -> Bundle:
    data = {
        "bundle_id": "b-1",
        "vault_id": "vault-1",
        "sender_id": "kw1",
        "sender_name": "Kim",
        "created_at": datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
        "sequence": 1,
        "summaries": [
            new_summary(
                built_at=datetime(2026, 11, 25, tzinfo=UTC),
                family_id="f1",
                reference="FC-000001",
                revision=4,
                family_name="Applewood family",
                status="open",
                tier=2,
                member_count=4,
            )
        ],
    }
    data.update(changes)
    return Bundle(**data)


def sealed(content: Bundle | None = None, signer=SENDER) -> bytes:
    return seal_bundle(
        content or bundle(),
        signer,
        {"lead": public_bytes(LEADER), "lead2": public_bytes(OTHER_LEADER)},
    )


def test_round_trip_for_every_recipient():
    data = sealed()
    for reader, key in (("lead", LEADER), ("lead2", OTHER_LEADER)):
        assert open_bundle(data, reader, key, KNOWN.get) == bundle()
    assert b"Applewood" not in data  # encrypted, not just signed


def test_the_format_is_standard_jose_general_json():
    outer = json.loads(sealed())
    assert set(outer) >= {"protected", "iv", "ciphertext", "tag", "recipients"}
    assert {r["header"]["kid"] for r in outer["recipients"]} == {"lead", "lead2"}
    protected = json.loads(base64.urlsafe_b64decode(outer["protected"] + "=="))
    assert protected == {"enc": "A256GCM", "cty": "familycase.bundle+jws"}
    assert all(r["header"]["alg"] == "ECDH-ES+A256KW" for r in outer["recipients"])


def test_not_for_this_reader():
    with pytest.raises(BundleError, match="not encrypted for you"):
        open_bundle(sealed(), "outsider", OUTSIDER, KNOWN.get)
    with pytest.raises(BundleError, match="integrity check"):  # right kid, wrong key
        open_bundle(sealed(), "lead", OUTSIDER, KNOWN.get)


def test_foreign_signer_is_refused():
    with pytest.raises(BundleError, match="does not know"):
        open_bundle(sealed(signer=STRANGER), "lead", LEADER, {}.get)
    # Signed by a stranger but claiming to be kw1: the signature does not match kw1's key.
    with pytest.raises(BundleError, match="signature does not match"):
        open_bundle(sealed(signer=STRANGER), "lead", LEADER, KNOWN.get)


@pytest.mark.parametrize("field", ["ciphertext", "tag", "iv", "protected"])
def test_tampered_fields_are_refused(field):
    outer = json.loads(sealed())
    value = outer[field]
    outer[field] = ("A" if value[0] != "A" else "B") + value[1:]
    with pytest.raises(BundleError):
        open_bundle(json.dumps(outer).encode(), "lead", LEADER, KNOWN.get)


def test_truncated_bundle_is_refused():
    data = sealed()
    for cut in (0, 10, len(data) // 2, len(data) - 3):
        with pytest.raises(BundleError):
            open_bundle(data[:cut], "lead", LEADER, KNOWN.get)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.data())
def test_fuzzed_bundles_only_ever_raise_bundle_error(data):
    original = bytearray(sealed())
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(original) - 1))
        original[position] = data.draw(st.integers(0, 255))
    try:
        result = open_bundle(bytes(original), "lead", LEADER, KNOWN.get)
    except BundleError:
        return
    assert result == bundle()  # a change in JSON whitespace can leave the bundle valid


@given(st.binary(max_size=400))
def test_random_bytes_are_refused_cleanly(junk):
    with pytest.raises(BundleError):
        open_bundle(junk, "lead", LEADER, KNOWN.get)


def test_published_schema_matches_the_models(tmp_path):
    from pathlib import Path

    published = Path(__file__).parents[1] / "docs" / "summary-exchange.schema.json"
    assert json.loads(published.read_text()) == json_schema(), (
        "docs/summary-exchange.schema.json is stale: regenerate it with "
        "'familycase export schema > docs/summary-exchange.schema.json'"
    )
