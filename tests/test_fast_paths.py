"""The speed-ups of checks that run once per row or family give exactly what the plain code
gives: the same digest text as json.dumps."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from familycase.services import manifest

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
