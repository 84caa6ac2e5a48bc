"""Family manifests: every record of a family, and its plain columns, authenticated together.

Each record's ciphertext is bound to its row, but on its own that cannot show a record deleted,
added, rolled back to an older ciphertext, or a plain column (tier, status, lead, dates) edited.
So every family carries a **manifest**: the digest of every one of its rows (all columns, plain
and encrypted) and of its own row, sealed under the family's data key (``families.manifest_ct``)
and rewritten in the same transaction as every change. Its digest, with the revision, is also
written into that change's signed audit entry (``audit_log.family_state``), which pins the
family's latest state in the chain: a whole family put back to an older copy, or deleted, shows
against it. Lists check the few columns they show against a digest inside the small encrypted
list summary.

Row digests need no key (they hash ciphertext), so ``verify`` can check every family against
the signed chain even for families the checker cannot open.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from json.encoder import encode_basestring_ascii as _json_string
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import ORMExecuteState, Session

from familycase.crypto.aead import Cipher
from familycase.crypto.errors import IntegrityError
from familycase.services.errors import TamperedData
from familycase.store.binding import associated_data
from familycase.store.schema import FAMILY_RECORD_TABLES, FamilyRow

MANIFEST_VERSION = 1
DESTROYED = "destroyed"
# The family row's columns the manifest does not cover: the two it rewrites itself.
_SELF_COLUMNS = {"summary_ct", "manifest_ct"}
LIST_COLUMNS = (
    "reference",
    "team_id",
    "status",
    "tier",
    "lead_worker_id",
    "next_review_due",
    "last_contact_on",
    "member_count",
    "revision",
)
KIND_WORDS = {
    "members": "person",
    "relationships": "relationship",
    "agency_involvements": "agency involvement",
    "episodes": "episode",
    "lead_allocations": "lead professional allocation",
    "contact_notes": "contact note",
    "consents": "consent",
    "consent_evidence": "piece of consent evidence",
    "sharing_overrides": "decision to share without consent",
    "share_log": "share log entry",
    "assessments": "assessment or outcome reading",
    "family_plans": "plan version",
    "reviews": "review",
    "prevented_costs": "prevented-cost line",
    "baseline_service_use": "baseline service use",
    "realised_outcomes": "realised outcome",
    "intervention_costs": "intervention cost",
    "risk_flags": "risk or alert flag",
    "person_links": "link to a person in another family file",
    "documents": "document",
    "chronology_entries": "chronology entry",
    "family_reports": "family summary (for reporting)",
    "approvals": "request for a team leader's approval",
    "follow_ups": "follow-up check after closure",
    "supervision_notes": "supervision reflection",
    "supervision_actions": "supervision action",
}
COLUMN_WORDS = {
    "reference": "reference",
    "team_id": "team",
    "status": "status",
    "tier": "tier",
    "lead_worker_id": "lead professional",
    "created_at": "creation time",
    "updated_at": "last change time",
    "opened_on": "date opened",
    "next_review_due": "next review date",
    "last_contact_on": "last contact date",
    "member_count": "number of people",
    "revision": "revision",
    "details_ct": "encrypted details",
}


# --- digests ----------------------------------------------------------------------------------


def _canon(value: object) -> object:
    if isinstance(value, bytes | bytearray | memoryview):
        return "b:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, datetime):
        return "t:" + value.replace(tzinfo=None).isoformat()
    if isinstance(value, date):
        return "d:" + value.isoformat()
    return value


def canonical_values(values: Mapping[str, object], skip: Iterable[str] = ()) -> dict[str, object]:
    """Non-null columns only: a column added by a later migration (null in old rows) leaves old
    digests unchanged, while nulling a column that had a value changes the digest."""
    skipped = set(skip)
    return {k: _canon(v) for k, v in values.items() if v is not None and k not in skipped}


def row_digest(table: str, values: Mapping[str, object]) -> str:
    """SHA-256 over ``json.dumps([table, canonical_values(values)], sort_keys=True,
    separators=(",", ":"))``: one per stored row, so verify computes it for every row."""
    text = _row_text(table, values)
    if text is None:
        text = json.dumps([table, canonical_values(values)], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _row_text(table: str, values: Mapping[str, object]) -> str | None:
    """The same text as the ``json.dumps`` in ``row_digest``, written directly for the values
    rows hold (text, bytes, whole numbers, times, days, true/false); None for anything else
    (or a column name that is not text), which then takes the general path."""
    parts = []
    for name in sorted(values):  # sort_keys: column names are text
        value = values[name]
        kind = type(value)
        if value is None:
            continue
        if kind is str:
            text = _json_string(value)
        elif kind is bytes:
            text = '"b:' + hashlib.sha256(value).hexdigest() + '"'
        elif kind is int:
            text = int.__repr__(value)  # as json writes an int
        elif kind is datetime:
            text = _json_string("t:" + value.replace(tzinfo=None).isoformat())  # type: ignore[attr-defined]
        elif kind is date:
            text = '"d:' + value.isoformat() + '"'  # type: ignore[attr-defined]
        elif kind is bool:
            text = "true" if value else "false"
        else:
            return None
        if type(name) is not str:
            return None
        parts.append(_json_string(name) + ":" + text)
    return "[" + _json_string(table) + ",{" + ",".join(parts) + "}]"


def header_of(values: Mapping[str, object]) -> dict[str, object]:
    return canonical_values(values, _SELF_COLUMNS)


def list_digest(values: Mapping[str, object] | Iterable[object]) -> str:
    """What a list shows of a family (``LIST_COLUMNS``), as one digest: the first 32 hex digits
    of SHA-256 over ``json.dumps([_canon(v) for v in values], separators=(",", ":"))``."""
    text = _shown_text(values) if type(values) is tuple and len(values) == 9 else None
    if text is not None:  # a listed row, as caseload() passes it (one per family per list)
        return hashlib.sha256(text.encode()).hexdigest()[:32]
    if isinstance(values, Mapping):
        ordered = [values.get(name) for name in LIST_COLUMNS]
    else:
        ordered = list(values)
    text = _list_text(ordered)
    if text is None:
        text = json.dumps([_canon(v) for v in ordered], separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _shown_text(values: tuple[Any, ...]) -> str | None:
    """``_list_text`` for the columns a list shows, each of the type it is stored as (None for
    anything else): one expression, no loop."""
    reference, team, status, tier, lead, review, contact, count, revision = values
    if not (
        type(reference) is str
        and type(status) is str
        and type(count) is int
        and type(revision) is int
        and (team is None or type(team) is str)
        and (lead is None or type(lead) is str)
        and (tier is None or type(tier) is int)
        and (review is None or type(review) is date)
        and (contact is None or type(contact) is date)
    ):
        return None
    review_text = "null" if review is None else '"d:' + review.isoformat() + '"'
    contact_text = "null" if contact is None else '"d:' + contact.isoformat() + '"'
    return (
        f"[{_json_string(reference)},{'null' if team is None else _json_string(team)},"
        f"{_json_string(status)},{'null' if tier is None else int.__repr__(tier)},"
        f"{'null' if lead is None else _json_string(lead)},{review_text},{contact_text},"
        f"{int.__repr__(count)},{int.__repr__(revision)}]"
    )


def _list_text(values: list[object]) -> str | None:
    """The same text as ``json.dumps`` above, written directly for the values lists hold
    (text, whole numbers, days, nothing): a list checks one digest per family. None for any
    other value, which then takes the general path. Strings go through json's own escaping,
    so any text gives exactly the bytes json.dumps gives."""
    parts = []
    for value in values:
        kind = type(value)
        if kind is str:
            parts.append(_json_string(value))
        elif value is None:
            parts.append("null")
        elif kind is int:
            parts.append(int.__repr__(value))  # as json writes an int
        elif kind is date:
            parts.append('"d:' + value.isoformat() + '"')  # type: ignore[attr-defined]
        else:
            return None
    return "[" + ",".join(parts) + "]"


@dataclass
class Manifest:
    header: dict[str, object] = field(default_factory=dict)
    records: dict[str, dict[str, str]] = field(default_factory=dict)  # table -> id -> digest

    def digest(self) -> str:
        text = json.dumps(
            {"header": self.header, "records": self.records}, sort_keys=True, separators=(",", ":")
        )
        return hashlib.sha256(text.encode()).hexdigest()

    def state(self, revision: object, reference: object) -> str:
        return format_state(revision, reference, self.digest())

    def to_json(self) -> bytes:
        return json.dumps(
            {"v": MANIFEST_VERSION, "header": self.header, "records": self.records},
            sort_keys=True,
            separators=(",", ":"),
        ).encode()

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        parsed = json.loads(data)
        if not isinstance(parsed, dict) or parsed.get("v") != MANIFEST_VERSION:
            raise ValueError("not a manifest")
        header, records = parsed.get("header"), parsed.get("records")
        if not isinstance(header, dict) or not isinstance(records, dict):
            raise ValueError("not a manifest")
        return cls(header=header, records={t: dict(ids) for t, ids in records.items()})


def format_state(revision: object, reference: object, digest: str) -> str:
    """What an audit entry pins of a family: ``<revision>:<reference>:<manifest digest>``."""
    return f"{revision}:{reference}:{digest}"


def parse_state(state: str) -> tuple[str, str, str]:
    """(revision, reference, digest); raises ValueError for a damaged value."""
    revision, reference, digest = state.split(":")
    if len(digest) != 64:
        raise ValueError("not a family state")
    return revision, reference, digest


def manifest_aad(family_id: str) -> bytes:
    return associated_data("families", "manifest_ct", family_id, family_id)


def open_manifest(cipher: Cipher, family_id: str, blob: bytes) -> Manifest:
    return Manifest.from_json(cipher.decrypt(blob, manifest_aad(family_id)))


def seal_manifest(cipher: Cipher, family_id: str, manifest: Manifest) -> bytes:
    return cipher.encrypt(manifest.to_json(), manifest_aad(family_id))


def family_values(s: Session, family_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The family rows as stored (read back, so values are exactly what a later check reads)."""
    table = FamilyRow.__table__
    result: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(list(family_ids)):
        for row in s.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            result[row["id"]] = dict(row)
    return result


def record_digests(
    s: Session, family_ids: Iterable[str] | None = None
) -> Iterator[tuple[str, str, str, str]]:
    """(family id, table, record id, digest) for every record of these families (or all)."""
    wanted = None if family_ids is None else list(family_ids)
    for name, mapped in FAMILY_RECORD_TABLES.items():
        table = mapped.__table__
        if wanted is None:
            query = select(table).execution_options(yield_per=2000)
            for row in s.execute(query).mappings():
                yield row["family_id"], name, row["id"], row_digest(name, row)
            continue
        for chunk in _chunks(wanted):
            for row in s.execute(select(table).where(table.c.family_id.in_(chunk))).mappings():
                yield row["family_id"], name, row["id"], row_digest(name, row)


def build(s: Session, family_id: str) -> Manifest:
    """The manifest of a family as its rows stand now (used to seal a family that has none)."""
    values = family_values(s, [family_id]).get(family_id)
    manifest = Manifest(header=header_of(values) if values else {})
    for _, table, record_id, digest in record_digests(s, [family_id]):
        manifest.records.setdefault(table, {})[record_id] = digest
    return manifest


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- what a transaction changed ---------------------------------------------------------------


@dataclass
class FamilyChanges:
    """Families and records changed in one transaction (filled by the flush listener)."""

    changed: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    deleted: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    created: set[str] = field(default_factory=set)
    families: set[str] = field(default_factory=set)
    destroyed: set[str] = field(default_factory=set)
    bulk_allowed: bool = False
    sealing: bool = False

    def mark(self, family_id: str, table: str | None = None, record_id: str | None = None) -> None:
        self.families.add(family_id)
        if table is not None and record_id is not None:
            self.changed[family_id].add((table, record_id))

    def mark_deleted(self, family_id: str, table: str, record_id: str) -> None:
        self.families.add(family_id)
        self.changed[family_id].discard((table, record_id))
        self.deleted[family_id].add((table, record_id))

    def mark_destroyed(self, family_id: str) -> None:
        self.destroyed.add(family_id)
        self.families.discard(family_id)


TRACKER_KEY = "familycase.family_changes"
SESSION_KEY = "familycase.session"  # the UserSession whose write transaction this is


def tracker(s: Session) -> FamilyChanges | None:
    return s.info.get(TRACKER_KEY)


def start_tracking(s: Session) -> FamilyChanges:
    changes = FamilyChanges()
    s.info[TRACKER_KEY] = changes
    return changes


@event.listens_for(Session, "after_flush")
def _note_changes(s: Session, _context: object) -> None:
    changes = tracker(s)
    if changes is None or changes.sealing:
        return
    for obj in s.new:
        _note(changes, obj, created=True)
    for obj in s.dirty:
        if s.is_modified(obj, include_collections=False):
            _note(changes, obj)
    for obj in s.deleted:
        _note(changes, obj, deleted=True)


def _note(
    changes: FamilyChanges, obj: object, created: bool = False, deleted: bool = False
) -> None:
    if isinstance(obj, FamilyRow):
        if deleted:
            changes.mark_destroyed(obj.id)
        else:
            changes.mark(obj.id)
            if created:
                changes.created.add(obj.id)
        return
    table = getattr(obj, "__tablename__", None)
    if table not in FAMILY_RECORD_TABLES:
        return
    family_id, record_id = obj.family_id, obj.id  # type: ignore[attr-defined]
    if deleted:
        changes.mark_deleted(family_id, table, record_id)
    else:
        changes.mark(family_id, table, record_id)


_GUARDED = {*FAMILY_RECORD_TABLES, "families"}


@event.listens_for(Session, "do_orm_execute")
def _refuse_untracked_bulk_changes(state: ORMExecuteState) -> None:
    """A bulk UPDATE or DELETE on family tables would bypass the manifest: only the
    destruction of a whole family (which removes the manifest too) may use one."""
    if not (state.is_update or state.is_delete):
        return
    changes = tracker(state.session)
    if changes is None or changes.bulk_allowed:
        return
    table = getattr(state.statement, "table", None)
    if getattr(table, "name", None) in _GUARDED:
        raise RuntimeError(
            f"bulk change to {table.name} outside the family manifest; change rows through "  # type: ignore[union-attr]
            "the ORM (or destroy the whole family)"
        )


# --- sealing at the end of a transaction ------------------------------------------------------


def seal_changes(s: Session, changes: FamilyChanges, cipher_for: Any) -> dict[str, str]:
    """Rewrite the manifest and the list digest of every family changed in this transaction.
    Returns each family's new state for the audit entry. ``cipher_for(family_id)`` gives the
    family's cipher (and refuses a family the writer holds no key for)."""
    states = {family_id: DESTROYED for family_id in changes.destroyed}
    if not changes.families:
        return states
    changes.sealing = True
    try:
        family_ids = sorted(changes.families)
        values = family_values(s, family_ids)
        wanted: dict[str, set[str]] = defaultdict(set)
        for family_id in family_ids:
            for table, record_id in changes.changed.get(family_id, ()):
                wanted[table].add(record_id)
        fresh: dict[tuple[str, str], tuple[str, str]] = {}
        for table, ids in wanted.items():
            mapped = FAMILY_RECORD_TABLES[table].__table__
            for chunk in _chunks(sorted(ids)):
                for row in s.execute(select(mapped).where(mapped.c.id.in_(chunk))).mappings():
                    fresh[(table, row["id"])] = (row["family_id"], row_digest(table, row))
        for family_id in family_ids:
            row_values = values.get(family_id)
            if row_values is None:
                continue  # removed in the same transaction
            cipher: Cipher = cipher_for(family_id)
            manifest = _current(s, cipher, family_id, row_values, changes)
            for table, record_id in changes.changed.get(family_id, ()):
                found = fresh.get((table, record_id))
                if found is None or found[0] != family_id:
                    manifest.records.get(table, {}).pop(record_id, None)
                else:
                    manifest.records.setdefault(table, {})[record_id] = found[1]
            for table, record_id in changes.deleted.get(family_id, ()):
                manifest.records.get(table, {}).pop(record_id, None)
            manifest.records = {t: ids for t, ids in manifest.records.items() if ids}
            manifest.header = header_of(row_values)
            family = s.get(FamilyRow, family_id)
            assert family is not None
            family.manifest_ct = seal_manifest(cipher, family_id, manifest)
            family.summary_ct = _with_list_digest(cipher, family_id, family.summary_ct, row_values)
            states[family_id] = manifest.state(row_values["revision"], row_values["reference"])
        s.flush()
    finally:
        changes.sealing = False
    return states


def _current(
    s: Session,
    cipher: Cipher,
    family_id: str,
    row_values: Mapping[str, Any],
    changes: FamilyChanges,
) -> Manifest:
    if family_id in changes.created:
        return Manifest()
    blob = row_values.get("manifest_ct")
    if blob is None:  # a family older than manifests: seal it as it stands
        return build(s, family_id)
    try:
        return open_manifest(cipher, family_id, bytes(blob))
    except (IntegrityError, ValueError):
        raise TamperedData(
            f"Family {row_values.get('reference')}: its manifest failed its integrity check, so "
            "the file may have been altered. Nothing was saved. Ask an administrator to run "
            "'familycase verify'."
        ) from None


def _with_list_digest(
    cipher: Cipher, family_id: str, blob: bytes, row_values: Mapping[str, Any]
) -> bytes:
    aad = associated_data("families", "summary_ct", family_id, family_id)
    summary: dict[str, Any] = json.loads(cipher.decrypt(blob, aad)) if blob else {}
    summary["h"] = list_digest(row_values)
    return cipher.encrypt(json.dumps(summary).encode(), aad)


# --- checking ---------------------------------------------------------------------------------


def compare(expected: Manifest, actual: Manifest) -> list[str]:
    """What differs between the sealed manifest and the rows as they stand, in plain words."""
    problems: list[str] = []
    for column in sorted(set(expected.header) | set(actual.header)):
        if expected.header.get(column) != actual.header.get(column):
            problems.append(
                f"its {COLUMN_WORDS.get(column, column.replace('_', ' '))} changed outside "
                "FamilyCase"
            )
    for table in sorted(set(expected.records) | set(actual.records)):
        kind = KIND_WORDS.get(table, table.replace("_", " "))
        want, have = expected.records.get(table, {}), actual.records.get(table, {})
        missing = len(set(want) - set(have))
        added = len(set(have) - set(want))
        altered = sum(1 for rid in set(want) & set(have) if want[rid] != have[rid])
        if missing:
            problems.append(f"{_count(missing, kind)} deleted outside FamilyCase")
        if added:
            problems.append(f"{_count(added, kind)} added outside FamilyCase")
        if altered:
            problems.append(
                f"{_count(altered, kind)} altered or put back to an older version outside "
                "FamilyCase"
            )
    return problems


def _count(n: int, kind: str) -> str:
    if n == 1:
        return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind} was"
    return f"{n} records of kind '{kind}' were"
