"""Signed and encrypted bundles of summaries, in a standard format (JOSE, via joserfc).

A bundle is a JWS (Ed25519, RFC 9864) signed by the sending worker, inside a JWE in General
JSON serialisation (A256GCM content encryption, the key wrapped once per recipient with
ECDH-ES+A256KW on X25519). Recipients are identified by `kid` = their worker id. Anyone can
check it with standard JOSE tools given the keys; FamilyCase refuses a bundle that is damaged,
not for this reader, signed by someone unknown, or not well formed, each with a plain reason.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from joserfc import jwe, jws
from joserfc.errors import JoseError
from joserfc.jwe import JWERegistry
from joserfc.jwk import KeySet, OKPKey
from joserfc.jws import JWSRegistry
from pydantic import ValidationError

from familycase.exchange.summary import Bundle, parse_bundle

SIGNING_ALG = "Ed25519"
KEY_WRAP_ALG = "ECDH-ES+A256KW"
CONTENT_ALG = "A256GCM"
MEDIA_TYPE = "familycase.bundle+jws"
# Sized for the data carried: a summary is at most a few kilobytes of JSON, and a bundle must
# carry at least 20,000 families (a whole team's caseload several times over). The signed JSON
# is limited to 96 MiB; base64 twice (JWS, then JWE) makes the file at most 4/3 * 4/3 of that.
MAX_SIGNED_BYTES = 96 * 1024 * 1024
MAX_BUNDLE_BYTES = 192 * 1024 * 1024
MAX_RECIPIENTS = 500


class _BundleJWS(JWSRegistry):
    max_payload_length = MAX_SIGNED_BYTES


class _BundleJWE(JWERegistry):
    max_ciphertext_length = MAX_SIGNED_BYTES * 4 // 3 + 1024
    max_recipients = MAX_RECIPIENTS


_JWS = _BundleJWS(algorithms=["Ed25519"])
_JWE = _BundleJWE(algorithms=["ECDH-ES+A256KW", "A256GCM"])

_RAW = serialization.Encoding.Raw


class BundleError(Exception):
    """A bundle that cannot be accepted; the message says why in plain words."""


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _signing_jwk(private: Ed25519PrivateKey, kid: str) -> OKPKey:
    d = private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    x = private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    return OKPKey.import_key(
        {"kty": "OKP", "crv": "Ed25519", "x": _b64(x), "d": _b64(d), "kid": kid}
    )


def _verify_jwk(public: bytes) -> OKPKey:
    return OKPKey.import_key({"kty": "OKP", "crv": "Ed25519", "x": _b64(public)})


def _recipient_jwk(public: bytes, kid: str) -> OKPKey:
    return OKPKey.import_key({"kty": "OKP", "crv": "X25519", "x": _b64(public), "kid": kid})


def _reader_jwk(private: X25519PrivateKey, kid: str) -> OKPKey:
    d = private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    x = private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    return OKPKey.import_key(
        {"kty": "OKP", "crv": "X25519", "x": _b64(x), "d": _b64(d), "kid": kid}
    )


def _loads(text: str) -> dict:  # type: ignore[type-arg]
    """The outer JSON object. A file nested deeper than Python's parser goes raises
    RecursionError, which the caller turns into a plain refusal like any other bad file."""
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError("not an object")
    return value


def seal_bundle(
    bundle: Bundle, signer: Ed25519PrivateKey, recipients: Mapping[str, bytes]
) -> bytes:
    """Sign as ``bundle.sender_id`` and encrypt to every recipient (worker id -> X25519 key)."""
    if not recipients:
        raise BundleError("A bundle needs at least one recipient (a team leader).")
    payload = bundle.model_dump_json(by_alias=True).encode()
    if len(payload) > MAX_SIGNED_BYTES:
        raise BundleError(
            f"These summaries are too large for one bundle ({len(payload):,} bytes; at most "
            f"{MAX_SIGNED_BYTES:,}): export fewer families at a time."
        )
    signed = jws.serialize_compact(
        {"alg": SIGNING_ALG, "kid": bundle.sender_id, "typ": MEDIA_TYPE},
        payload,
        _signing_jwk(signer, bundle.sender_id),
        registry=_JWS,
    )
    message = jwe.GeneralJSONEncryption({"enc": CONTENT_ALG, "cty": MEDIA_TYPE}, signed.encode())
    for kid, public in sorted(recipients.items()):
        message.add_recipient({"alg": KEY_WRAP_ALG, "kid": kid}, _recipient_jwk(public, kid))
    data = jwe.encrypt_json(message, None, registry=_JWE)
    return json.dumps(data, indent=1).encode()


def open_bundle(
    data: bytes,
    reader_id: str,
    reader_key: X25519PrivateKey,
    signer_public: Callable[[str], bytes | None],
) -> Bundle:
    """Decrypt, check the signature against the sender's known key, and parse."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError("This file is far larger than any bundle; it is not one.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleError("This is not a FamilyCase bundle (it is not UTF-8 text).") from None
    try:
        outer = _loads(text)
        recipients = outer["recipients"]
        mine = [r for r in recipients if r.get("header", {}).get("kid") == reader_id]
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise BundleError("This is not a FamilyCase bundle, or it is cut short.") from None
    if not mine:
        raise BundleError("This bundle was not encrypted for you, so you cannot open it.")
    # Each recipient's entry stands alone (RFC 7516 s7.2.1): keep only ours to decrypt.
    ours = {**outer, "recipients": mine[:1]}
    try:
        opened = jwe.decrypt_json(ours, KeySet([_reader_jwk(reader_key, reader_id)]), registry=_JWE)
        signed = opened.plaintext.decode("ascii")
        header = json.loads(base64.urlsafe_b64decode(signed.split(".")[0] + "=="))
    except (JoseError, ValueError, KeyError, TypeError, IndexError, UnicodeError):
        raise BundleError(
            "This bundle failed its integrity check: it was altered or damaged "
            "on the way. Ask the sender to export it again."
        ) from None
    kid = header.get("kid")
    public = signer_public(kid) if isinstance(kid, str) else None
    if public is None:
        raise BundleError(
            "This bundle is signed by someone this vault does not know; it was "
            "not sent by a worker of this team."
        )
    try:
        verified = jws.deserialize_compact(signed, _verify_jwk(public), registry=_JWS)
    except JoseError:
        raise BundleError(
            "This bundle's signature does not match its sender; it may have been forged or altered."
        ) from None
    try:
        bundle = parse_bundle(verified.payload)
    except (ValidationError, ValueError, RecursionError, UnicodeDecodeError):
        raise BundleError(
            "This bundle is signed correctly but its content is not in a "
            "format this version of FamilyCase understands (or holds values out of range)."
        ) from None
    if bundle.sender_id != kid:
        raise BundleError("This bundle claims a different sender from the one who signed it.")
    return bundle
