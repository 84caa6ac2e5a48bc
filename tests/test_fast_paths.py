"""The speed-ups of checks that run once per row, audit entry or family give exactly what the
plain code gives: the same digest text as json.dumps, the same signature verdicts."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from familycase.crypto import batch_verify
from familycase.crypto.batch_verify import SignatureBatch, verify_many
from familycase.crypto.keys import verify_signature
from familycase.services import manifest
from familycase.services.verify import MAX_LISTED, VerifyReport

# Every kind of value a column can hold, and some no column holds (the general path).
VALUES = st.one_of(
    st.none(),
    st.text(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.datetimes(timezones=st.just(UTC)),
    st.binary(max_size=64),
    st.floats(allow_nan=False),
    st.builds(bytearray, st.binary(max_size=8)),
)


def _plain_list_digest(values: list[object]) -> str:
    text = json.dumps([manifest._canon(v) for v in values], separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _plain_row_digest(table: str, values: dict[str, object]) -> str:
    text = json.dumps(
        [table, manifest.canonical_values(values)], sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256(text.encode()).hexdigest()


@given(st.lists(VALUES, max_size=12))
def test_list_digest_is_the_json_digest_for_any_values(values):
    assert manifest.list_digest(values) == _plain_list_digest(values)
    assert manifest.list_digest(tuple(values)) == _plain_list_digest(values)


SHOWN = st.tuples(
    st.text(),
    st.none() | st.text(),
    st.text(),
    st.none() | st.integers(min_value=-(10**20), max_value=10**20),
    st.none() | st.text(),
    st.none() | st.dates(),
    st.none() | st.dates(),
    st.integers(),
    st.integers(),
)


@given(SHOWN)
def test_list_digest_of_any_listed_row_is_the_json_digest(shown):
    assert manifest.list_digest(shown) == _plain_list_digest(list(shown))


def test_list_digest_of_a_listed_family():
    shown = ("FC-000123", "a" * 32, "open", 2, None, date(2026, 3, 1), date(2026, 2, 1), 4, 7)
    assert manifest.list_digest(shown) == _plain_list_digest(list(shown))
    mapping = dict(zip(manifest.LIST_COLUMNS, shown, strict=True))
    assert manifest.list_digest(mapping) == manifest.list_digest(shown)


@given(st.text(), st.dictionaries(st.text(), VALUES, max_size=12))
def test_row_digest_is_the_json_digest_for_any_row(table, values):
    assert manifest.row_digest(table, values) == _plain_row_digest(table, values)


def test_row_digest_of_stored_values():
    row = {
        "id": "ab" * 16,
        "family_id": "cd" * 16,
        "payload_ct": b"\x01" + bytes(range(200)),
        "created_at": datetime(2026, 1, 2, 3, 4, 5, 6789),
        "occurred_on": date(2026, 1, 1),
        "kind": 'home visit \u00e9"\\',
        "position": 3,
        "active": True,
        "withdrawn_on": None,
    }
    assert manifest.row_digest("contact_notes", row) == _plain_row_digest("contact_notes", row)


# --- signatures in batches ---------------------------------------------------------------------


def _signed(count: int, bad: set[int]) -> list[tuple[bytes, bytes, bytes]]:
    keys = [Ed25519PrivateKey.generate() for _ in range(3)]
    items = []
    for i in range(count):
        key = keys[i % 3]
        message = hashlib.sha256(str(i).encode()).digest()
        signature = key.sign(message)
        public = key.public_key().public_bytes_raw()
        if i in bad:
            if i % 3 == 0:
                signature = bytes([signature[0] ^ 1]) + signature[1:]  # altered
            elif i % 3 == 1:
                public = keys[(i + 1) % 3].public_key().public_bytes_raw()  # someone else's
            else:
                public = b"\x00" * 31  # not a key at all
        items.append((public, signature, message))
    return items


@pytest.mark.parametrize("workers", [0, 1, 2])
def test_signature_batch_finds_exactly_the_bad_signatures(workers, monkeypatch):
    monkeypatch.setattr(batch_verify, "PARALLEL_FROM", 50)
    bad = {0, 7, 8, 149, 150, 151, 299}
    items = _signed(300, bad)
    expected = [i for i, item in enumerate(items) if not verify_signature(*item)]
    assert set(expected) == bad
    batch = SignatureBatch(len(items), workers=workers, chunk=40)
    for item in items:
        batch.add(*item)
    assert len(batch) == 300
    assert batch.failures() == expected
    assert verify_many(items, workers=workers) == expected


def test_signature_batch_checks_everything_here_when_no_worker_starts(monkeypatch):
    monkeypatch.setattr(batch_verify, "PARALLEL_FROM", 10)

    class NoProcesses:
        def __init__(self, *_args, **_kwargs):
            raise OSError("no processes here")

    monkeypatch.setattr(batch_verify, "ProcessPoolExecutor", NoProcesses)
    items = _signed(60, {5, 59})
    assert verify_many(items, workers=2) == [5, 59]


def test_empty_batch():
    assert SignatureBatch(0).failures() == []


# --- problems found later are listed where their check began ----------------------------------


@pytest.mark.parametrize(
    ("before", "late", "after"), [(0, 3, 0), (5, 2, 5), (150, 100, 100), (250, 3, 1)]
)
def test_problems_inserted_later_read_as_if_reported_in_order(before, late, after):
    in_order, inserted = VerifyReport(), VerifyReport()
    texts = (
        [f"a{i}" for i in range(before)],
        [f"b{i}" for i in range(late)],
        [f"c{i}" for i in range(after)],
    )
    for text in (*texts[0], *texts[1], *texts[2]):
        in_order.problem(text)
    for text in texts[0]:
        inserted.problem(text)
    mark = inserted.mark()
    for text in texts[2]:
        inserted.problem(text)
    inserted.insert_problems(mark, texts[1])
    assert inserted.problems == in_order.problems
    assert inserted.more_problems == in_order.more_problems
    assert len(inserted.problems) <= MAX_LISTED
