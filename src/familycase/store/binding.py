"""Binding ciphertext to its place: table, row, family and payload format version.

A payload copied onto another row, another family, or another column fails to decrypt.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from pydantic import BaseModel

from familycase.crypto.aead import Cipher

PAYLOAD_VERSION = 1
M = TypeVar("M", bound=BaseModel)


def associated_data(table: str, column: str, row_id: str, family_id: str) -> bytes:
    return f"familycase/v{PAYLOAD_VERSION}|{table}.{column}|{row_id}|{family_id}".encode()


def family_row_aads(column: str, family_ids: Iterable[str]) -> list[bytes]:
    """``associated_data("families", column, id, id)`` for each family (a listing binds one
    summary per family: the same bytes, built without a call each)."""
    prefix = f"familycase/v{PAYLOAD_VERSION}|families.{column}|"
    return [f"{prefix}{fid}|{fid}".encode() for fid in family_ids]


def seal_model(
    cipher: Cipher, model: BaseModel, table: str, column: str, row_id: str, family_id: str
) -> bytes:
    return cipher.encrypt(
        model.model_dump_json().encode(), associated_data(table, column, row_id, family_id)
    )


def open_model(
    cipher: Cipher,
    model: type[M],
    blob: bytes,
    table: str,
    column: str,
    row_id: str,
    family_id: str,
) -> M:
    plaintext = cipher.decrypt(blob, associated_data(table, column, row_id, family_id))
    return model.model_validate_json(plaintext)


def open_bytes(
    cipher: Cipher, blob: bytes, table: str, column: str, row_id: str, family_id: str
) -> bytes:
    return cipher.decrypt(blob, associated_data(table, column, row_id, family_id))
