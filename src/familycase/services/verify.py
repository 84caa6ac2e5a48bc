"""`familycase verify`: everything that can be checked, each fault named, never a crash.

- the database file itself (SQLite's own integrity check: damaged pages and indexes);
- the signed staff directory, from the root the checker's account pinned, and the plain tables
  against it (roles, active flags, public keys, the organisation's keys, password settings);
- every account's stored key material has the right shape and meets the password policy;
- the audit chain: sequence, links, hashes and signatures (checked on both cores; with a
  signed checkpoint, only the entries after it need their signatures checked again);
- every family against the last state the signed chain pins for it (no key needed: digests of
  ciphertext), so deleted, added, rolled-back or swapped records and edited plain columns show;
  with a key (the checker's, or the recovery key for all), every ciphertext decrypts and the
  sealed manifest names which kind of record differs;
- the stored form definitions, and that every family has its key share.

Each step runs on its own: a damaged value is reported as a problem, never raised.
"""

from __future__ import annotations

import json
import os
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, func, select, text
from sqlalchemy.orm import Session

from familycase.crypto import box
from familycase.crypto.aead import OVERHEAD, Cipher
from familycase.crypto.batch_verify import SignatureBatch
from familycase.crypto.errors import IntegrityError
from familycase.crypto.kdf import KdfParams
from familycase.crypto.keys import parse_recovery_key, verify_signature
from familycase.domain.instruments import InstrumentError, parse_definition
from familycase.services import audit, directory, manifest
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now
from familycase.services.directory import DirectoryError, DirectoryState
from familycase.services.errors import InvalidRequest
from familycase.services.reporting import share_signed_by_actor, stored_bytes
from familycase.services.vault import (
    RECOVERY_HOLDER,
    UserSession,
    Vault,
    family_key_context,
)
from familycase.store.binding import associated_data
from familycase.store.keyshares import combine
from familycase.store.schema import (
    ENCRYPTED_COLUMNS,
    FAMILY_RECORD_TABLES,
    AuditRow,
    DeviceRow,
    FamilyKeyGrant,
    FamilyRow,
    InstrumentDefinitionRow,
    ReplicaAuditRow,
    ReportingSummaryRow,
    ReportShareRow,
    UserRow,
    VaultMeta,
)

UNSIGNED_ACTIONS = {Action.UNLOCK_FAILED}
CHECKPOINT_FORMAT = "familycase.checkpoint/1"
MAX_LISTED = 200  # problems beyond this are counted, not listed one by one


@dataclass
class VerifyReport:
    audit_entries: int = 0
    replica_entries: int = 0  # laptop replicas' entries brought in at check-in
    signatures_checked: int = 0
    families_checked: int = 0
    families_not_accessible: int = 0
    families_unsealed: int = 0
    records_checked: int = 0
    summaries_checked: int = 0  # reporting copies whose writer was looked up
    summaries_unsigned: int = 0  # sealed before summaries said who wrote them
    shares_unsigned: int = 0  # reports' share log entries from before entries were signed
    problems: list[str] = field(default_factory=list)
    more_problems: int = 0
    audit_head: tuple[int, str] | None = None
    directory_head: tuple[int, str] | None = None
    vault_id: str = ""
    families: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems and not self.more_problems

    def problem(self, text: str) -> None:
        if len(self.problems) < MAX_LISTED:
            self.problems.append(text)
        else:
            self.more_problems += 1

    def mark(self) -> int:
        """Where the next problem goes (for a check whose result comes in later)."""
        return len(self.problems) + self.more_problems

    def insert_problems(self, at: int, texts: list[str]) -> None:
        """Problems found by a check that finished later, listed where it began (``mark``),
        as if they had been reported then."""
        if at >= MAX_LISTED:
            self.more_problems += len(texts)
            return
        self.problems[at:at] = texts
        if len(self.problems) > MAX_LISTED:
            self.more_problems += len(self.problems) - MAX_LISTED
            del self.problems[MAX_LISTED:]

    def lines(self) -> list[str]:
        lines = [
            f"Audit log: {self.audit_entries} entries checked "
            f"({self.signatures_checked} signatures)"
            + (
                f", with {self.replica_entries} brought in from laptops."
                if self.replica_entries
                else "."
            ),
            f"Family files: {self.families_checked} checked, {self.records_checked} encrypted "
            f"records decrypted.",
        ]
        if self.families_not_accessible:
            lines.append(
                f"{self.families_not_accessible} families you cannot open were checked against "
                "the signed audit log only; use --recovery-key-file to check them fully."
            )
        if self.summaries_unsigned:
            lines.append(
                f"{self.summaries_unsigned} families' summaries for reporting do not say who "
                "wrote them (from before version 0.2, or written outside FamilyCase): reports "
                "leave them out until the next sign-in of a team leader who holds the family "
                "puts its own summary in their place."
            )
        if self.shares_unsigned:
            lines.append(
                f"{self.shares_unsigned} entries of the reports' share log are from before "
                "entries were signed: who made them cannot be checked."
            )
        if self.families_unsealed:
            lines.append(
                f"{self.families_unsealed} families from before this version have no manifest "
                "yet; each gets one the next time it is changed."
            )
        if self.ok:
            lines.append("Everything checked is intact.")
        else:
            total = len(self.problems) + self.more_problems
            lines.append(f"PROBLEMS FOUND ({total}):")
            lines.extend(f"  - {problem}" for problem in self.problems)
            if self.more_problems:
                lines.append(f"  - ... and {self.more_problems} more")
        return lines


def _guarded(report: VerifyReport, what: str, step: Callable[[], Any]) -> Any:
    """Run one check; anything it trips over is a problem in the report, never a crash."""
    try:
        return step()
    except DirectoryError as exc:
        report.problem(str(exc))
    except Exception as exc:
        report.problem(f"{what} could not be checked completely: it is damaged ({_short(exc)})")
    return None


def _short(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text[:120]}" if text else type(exc).__name__


# --- raw rows, read one at a time so that one damaged value spoils only its row ---------------


def _raw_rows(s: Session, table: Table) -> Iterator[tuple[dict[str, Any] | None, object]]:
    """(values as the ORM would give them, or None if a value cannot be read; the raw id)."""
    connection = s.connection()
    dialect = connection.dialect
    columns = list(table.columns)
    processors = [c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns]
    names = ", ".join(dialect.identifier_preparer.quote(c.name) for c in columns)
    result = connection.exec_driver_sql(
        f"SELECT {names} FROM {dialect.identifier_preparer.quote(table.name)}"
    )
    for raw in result:
        try:
            values = {
                c.name: (p(v) if p is not None and v is not None else v)
                for c, p, v in zip(columns, processors, raw, strict=True)
            }
            if isinstance(values.get("id"), bytes | bytearray):
                raise ValueError("damaged id")
            yield values, raw[0]
        except Exception:
            yield None, raw[0]


# --- the database file and the directory ------------------------------------------------------


def check_database_file(s: Session, report: VerifyReport) -> None:
    if s.get_bind().dialect.name != "sqlite":
        return
    lines = [row[0] for row in s.connection().exec_driver_sql("PRAGMA integrity_check(50)")]
    _report_database_lines(report, lines)


def _report_database_lines(report: VerifyReport, lines: list[str]) -> None:
    if lines != ["ok"]:
        for line in lines:
            report.problem(f"the database file is damaged: {line}")


class DatabaseCheck:
    """SQLite's integrity check of the whole file on a connection of its own, in a thread:
    SQLite does it without holding Python's lock, so it runs beside the other checks.
    ``finish`` lists what it found first in the report, where a check run first would."""

    def __init__(self, engine: Engine) -> None:
        self._lines: list[str] = []
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        if engine.dialect.name == "sqlite":
            self._thread = threading.Thread(
                target=self._run, args=(engine,), name="verify-integrity-check", daemon=True
            )
            self._thread.start()

    def _run(self, engine: Engine) -> None:
        try:
            with engine.connect() as connection:
                self._lines = [
                    row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check(50)")
                ]
        except BaseException as exc:  # reported by finish(), never lost in the thread
            self._error = exc

    def finish(self, report: VerifyReport) -> None:
        if self._thread is None:
            return
        self._thread.join()
        found = VerifyReport()
        if self._error is not None:
            found.problem(
                "the database file could not be checked completely: it is damaged "
                f"({_short(self._error)})"
            )
        else:
            _report_database_lines(found, self._lines)
        report.insert_problems(0, found.problems)


def verify_directory(
    s: Session, report: VerifyReport, pinned_root: str | None
) -> DirectoryState | None:
    rows = directory.load_rows(s)
    if not rows:
        if pinned_root is not None:
            report.problem("the signed staff directory is missing (it was removed)")
        else:
            report.problem(
                "the staff directory has not been signed yet: an administrator should run "
                "'familycase directory adopt'"
            )
        return None
    state = directory.verify_rows(rows, pinned_root)
    report.directory_head = (state.head_seq, state.head_hash)
    report.vault_id = state.vault_id
    for problem in directory.compare_cache(s, state):
        report.problem(problem)
    return state


def check_accounts(
    s: Session,
    report: VerifyReport,
    state: DirectoryState | None,
    replica_worker: str | None = None,
) -> None:
    """Every account's stored key material has the shape FamilyCase writes, and its password
    settings meet the signed policy. A laptop replica holds only its own worker's keys: other
    accounts there have none at all (never part of them)."""
    for values, raw_id in _raw_rows(s, UserRow.__table__):
        if values is None:
            report.problem(f"the account with id {raw_id!s:.12} is damaged")
            continue
        who = values.get("username") or values["id"]
        if (
            replica_worker is not None
            and values["id"] != replica_worker
            and not any(values.get(c) for c in ("salt", "wrapped_master_key", "private_keys"))
        ):
            continue
        faults = []
        try:
            kdf = KdfParams.from_dict(json.loads(values["kdf"]))
            if state is not None and not state.policy.allows(kdf):
                faults.append("password settings weaker than the signed policy")
        except (ValueError, KeyError, TypeError):
            faults.append("password settings unreadable")
        if len(values.get("salt") or b"") != 16:
            faults.append("salt")
        if len(values.get("wrapped_master_key") or b"") != OVERHEAD + 32:
            faults.append("wrapped master key")
        if len(values.get("private_keys") or b"") <= OVERHEAD:
            faults.append("private keys")
        for name in ("agreement_public", "signing_public"):
            if len(values.get(name) or b"") != 32:
                faults.append(name.replace("_", " "))
        ring_state = values.get("ring_state")
        if ring_state is not None and len(ring_state) <= OVERHEAD:
            faults.append("record of what it has seen")
        if faults:
            report.problem(f"the stored keys of {who} are damaged or altered: {', '.join(faults)}")


# --- the audit chain --------------------------------------------------------------------------

_AUDIT_COLUMNS = (
    "seq, at, actor_id, action, object_type, object_id, detail_ct, prev_hash, entry_hash, "
    "signature, family_id, family_state"
)


def verify_chain(
    s: Session,
    report: VerifyReport,
    signers: dict[str, bytes],
    skip_signatures_to: int = 0,
) -> dict[str, str]:
    """Check the chain; returns the latest family state each family's entries pin."""
    chain = read_chain(s, report, signers, skip_signatures_to)
    chain.finish()
    return chain.pins


@dataclass
class ChainCheck:
    """The audit chain as read and hashed, its signatures still being checked (on the other
    cores) while the caller goes on; ``finish`` waits and lists the failures where the chain's
    problems are."""

    report: VerifyReport
    pins: dict[str, str]
    signatures: SignatureBatch
    signed: list[tuple[int, str | None, str | None]]  # seq, action, time of each signature
    at: int  # where in the report the signature problems go
    what: str = "audit entry"

    def finish(self) -> None:
        failed = self.signatures.failures()
        self.report.insert_problems(
            self.at,
            [
                f"{_where(*self.signed[i], self.what)} is not signed by the worker it names"
                for i in failed
            ],
        )
        self.report.signatures_checked += len(self.signed)


def _where(seq: int, action: str | None, at: str | None, what: str = "audit entry") -> str:
    return f"{what} {seq} ({action}, {(at or '')[:19]})"


def read_chain(
    s: Session,
    report: VerifyReport,
    signers: dict[str, bytes],
    skip_signatures_to: int = 0,
) -> ChainCheck:
    """Read and hash the whole chain (sequence, links, hashes, head), handing each signature
    to a ``SignatureBatch`` as it comes."""
    connection = s.connection()
    try:  # only to decide whether worker processes are worth starting
        newest = int(connection.exec_driver_sql("SELECT max(seq) FROM audit_log").scalar() or 0)
    except Exception:  # damaged: the walk below reports what it can read
        newest = 0
    expected_total = max(0, newest - skip_signatures_to)
    batch = SignatureBatch(expected_total)
    try:
        rows = connection.exec_driver_sql(f"SELECT {_AUDIT_COLUMNS} FROM audit_log ORDER BY seq")
        pins, signed = _read_chain(rows, report, signers, skip_signatures_to, batch)
    except BaseException:
        batch.close()
        raise
    mark = report.mark()
    expected_seq, previous = report.audit_head or (0, audit.GENESIS_HASH)
    head = s.get(VaultMeta, audit.HEAD_KEY)
    try:
        recorded = audit.parse_head(head.value) if head is not None else None
    except Exception:
        recorded = None
    if recorded != (expected_seq, previous):
        report.problem(
            "the audit log's last entry does not match the recorded head "
            "(entries were removed from the end, or the head was edited)"
        )
    return ChainCheck(report, pins, batch, signed, mark)


def _read_chain(
    rows: Iterable[Any],
    report: VerifyReport,
    signers: dict[str, bytes],
    skip_signatures_to: int,
    batch: SignatureBatch,
    what: str = "audit entry",
) -> tuple[dict[str, str], list[tuple[int, str | None, str | None]]]:
    """Read and hash one chain of audit entries (the team's, or a laptop's as brought in),
    handing each signature to ``batch``; sets ``report.audit_head`` to its last entry."""
    expected_seq, previous = 1, audit.GENESIS_HASH
    pins: dict[str, str] = {}
    signed: list[tuple[int, str | None, str | None]] = []
    add = batch.add
    entry_hash = audit.entry_hash
    for raw in rows:
        report.audit_entries += 1
        try:
            seq = int(raw[0])
            at, actor, action, object_type = (_text(v) for v in raw[1:5])
            object_id = _text(raw[5])
            detail_ct = bytes(raw[6]) if raw[6] is not None else None
            prev_hash, stored_hash = _text(raw[7]), _text(raw[8])
            signature = bytes(raw[9]) if raw[9] is not None else None
            family_id, family_state = _text(raw[10]), _text(raw[11])
        except (TypeError, ValueError, UnicodeError):
            report.problem(f"{what} {expected_seq} is damaged (it cannot be read)")
            expected_seq += 1
            continue
        if seq != expected_seq:
            report.problem(
                f"{what.replace('entry', 'entries')} {expected_seq} to {seq - 1} are missing "
                "(deleted?)"
            )
        if prev_hash != previous:
            report.problem(
                f"{_where(seq, action, at, what)} does not follow the entry before it: the chain "
                "is broken here (an entry was edited, removed or reordered)"
            )
        digest = entry_hash(
            seq,
            at or "",
            actor,
            action or "",
            object_type or "",
            object_id,
            detail_ct,
            prev_hash or "",
            family_id,
            family_state,
        )
        if digest != stored_hash:
            report.problem(f"{_where(seq, action, at, what)} was altered after it was written")
        elif action not in UNSIGNED_ACTIONS and seq > skip_signatures_to:
            public = signers.get(actor or "")
            if signature is None or public is None:
                report.problem(
                    f"{_where(seq, action, at, what)} is not signed by the worker it names"
                )
            else:
                add(public, signature, bytes.fromhex(stored_hash))
                signed.append((seq, action, at))
        if family_id is not None and family_state is not None:
            pins[family_id] = family_state
        expected_seq, previous = seq + 1, stored_hash or ""
    report.audit_head = (expected_seq - 1, previous)
    return pins, signed


def verify_replica_chains(s: Session, report: VerifyReport, signers: dict[str, bytes]) -> None:
    """Each laptop replica's audit entries, as brought in at check-in: whole, in order, each
    signed by its worker, and none missing from what the team's own (signed) log says was
    brought in."""
    connection = s.connection()
    claimed: dict[str, int] = {}
    for (object_id,) in connection.execute(
        select(AuditRow.object_id).where(AuditRow.action == audit.Action.REPLICA_AUDIT)
    ):
        replica_id, _, seq = str(object_id or "").partition(":")
        if seq.isdigit():
            claimed[replica_id] = max(claimed.get(replica_id, 0), int(seq))
    names = dict(connection.execute(select(DeviceRow.replica_id, DeviceRow.name)).all())
    held = set(connection.execute(select(ReplicaAuditRow.replica_id).distinct()).scalars())
    team_head, team_entries = report.audit_head, report.audit_entries
    try:
        for replica_id in sorted(held | set(claimed)):
            name = names.get(replica_id, replica_id[:8])
            what = f"laptop '{name}' audit entry"
            rows = connection.execute(
                text(
                    f"SELECT {_AUDIT_COLUMNS} FROM replica_audit WHERE replica_id = :r ORDER BY seq"
                ),
                {"r": replica_id},
            )
            batch = SignatureBatch(0)  # a laptop's entries are few: checked here
            report.audit_head = None
            _, signed = _read_chain(rows, report, signers, 0, batch, what)
            ChainCheck(report, {}, batch, signed, report.mark(), what).finish()
            last = report.audit_head[0] if report.audit_head else 0
            if claimed.get(replica_id, 0) > last:
                report.problem(
                    f"the audit entries brought in from laptop '{name}' end at {last}, but the "
                    f"team's log records {claimed[replica_id]} brought in: entries were removed"
                )
    finally:
        report.replica_entries += report.audit_entries - team_entries
        report.audit_head, report.audit_entries = team_head, team_entries


def _text(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def signers_of(s: Session, state: DirectoryState | None) -> dict[str, bytes]:
    """Whose signature each audit entry must carry: every worker the directory ever named."""
    if state is not None:
        return {user.id: user.signing_public for user in state.users.values()}
    signers: dict[str, bytes] = {}
    for values, _ in _raw_rows(s, UserRow.__table__):
        if values is not None:
            signers[values["id"]] = bytes(values["signing_public"])
    return signers


# --- families ---------------------------------------------------------------------------------


def verify_families(
    s: Session,
    report: VerifyReport,
    keys: dict[str, bytes],
    shares: set[str],
    pins: dict[str, str],
) -> None:
    families: dict[str, dict[str, Any]] = {}
    for values, raw_id in _raw_rows(s, FamilyRow.__table__):
        if values is None:
            report.problem(f"the family row with id {raw_id!s:.12} is damaged")
            continue
        families[values["id"]] = values
    report.families = len(families)
    ciphers = {fid: Cipher(key) for fid, key in keys.items() if fid in families}
    records: dict[str, dict[str, dict[str, str]]] = defaultdict(dict)
    damaged: set[str] = set()
    for table_name, mapped in FAMILY_RECORD_TABLES.items():
        columns = ENCRYPTED_COLUMNS.get(table_name, ())
        for values, raw_id in _raw_rows(s, mapped.__table__):
            if values is None:
                report.problem(f"a {_kind(table_name)} record (id {raw_id!s:.12}) is damaged")
                continue
            family_id = values["family_id"]
            records[family_id].setdefault(table_name, {})[values["id"]] = manifest.row_digest(
                table_name, values
            )
            if family_id not in families:
                report.problem(
                    f"a {_kind(table_name)} record belongs to no family (its family was "
                    "deleted outside FamilyCase?)"
                )
                continue
            _decrypt(
                report,
                ciphers.get(family_id),
                families[family_id],
                table_name,
                columns,
                values,
                damaged,
            )
    for family_id, values in sorted(families.items(), key=lambda item: str(item[1]["reference"])):
        _check_family(
            report,
            values,
            records.get(family_id, {}),
            ciphers.get(family_id),
            pins.pop(family_id, None),
            family_id in shares,
            damaged,
        )
    for family_id, state in sorted(pins.items()):
        if state == manifest.DESTROYED:
            continue
        try:
            reference = manifest.parse_state(state)[1]
        except ValueError:
            reference = f"id {family_id[:12]}"
        report.problem(
            f"family {reference} was deleted outside FamilyCase (the audit log records it, and "
            "no destruction)"
        )


def _kind(table: str) -> str:
    return manifest.KIND_WORDS.get(table, table.replace("_", " "))


def _decrypt(
    report: VerifyReport,
    cipher: Cipher | None,
    family: dict[str, Any],
    table: str,
    columns: tuple[str, ...],
    values: dict[str, Any],
    damaged: set[str],
) -> None:
    for column in columns:
        blob = values.get(column)
        if blob is None:
            continue
        if cipher is None:
            if len(blob) < OVERHEAD:
                report.problem(
                    f"family {family['reference']}: {table}.{column} of record "
                    f"{values['id']} is truncated"
                )
            continue
        try:
            cipher.decrypt(bytes(blob), associated_data(table, column, values["id"], family["id"]))
            report.records_checked += 1
        except IntegrityError:
            damaged.add(family["id"])
            report.problem(
                f"family {family['reference']}: the encrypted {_kind(table)} record "
                f"{values['id']} ({column}) failed its integrity check (altered, damaged, or "
                "copied from another record)"
            )


def _check_family(
    report: VerifyReport,
    values: dict[str, Any],
    records: dict[str, dict[str, str]],
    cipher: Cipher | None,
    pin: str | None,
    has_share: bool,
    damaged: set[str],
) -> None:
    family_id, reference = values["id"], values["reference"]
    if not has_share:
        report.problem(
            f"family {reference} has no key share in the key-share file, so nobody can open "
            "it (the file was replaced by an older or different one?)"
        )
    actual = manifest.Manifest(header=manifest.header_of(values), records=records)
    if cipher is None:
        report.families_not_accessible += 1
    else:
        report.families_checked += 1
        for column in ENCRYPTED_COLUMNS["families"]:
            _decrypt(report, cipher, values, "families", (column,), values, damaged)
    if pin is None:
        if values.get("manifest_ct") is None:
            report.families_unsealed += 1
        else:
            report.problem(
                f"family {reference} has a manifest but the audit log records no change to it "
                "(it was added outside FamilyCase, or the log was cut short)"
            )
        return
    if pin == manifest.DESTROYED:
        report.problem(f"family {reference} was destroyed, yet its records are back")
        return
    try:
        revision, pinned_reference, digest = manifest.parse_state(pin)
    except ValueError:
        report.problem(f"family {reference}: its last audit entry is damaged")
        return
    if digest == actual.digest() and pinned_reference == str(reference):
        return
    problems: list[str] = []
    if cipher is not None and values.get("manifest_ct") is not None and family_id not in damaged:
        try:
            sealed = manifest.open_manifest(cipher, family_id, bytes(values["manifest_ct"]))
            problems = manifest.compare(sealed, actual)
            if not problems and sealed.digest() != digest:
                problems = ["the whole file was put back to an older copy"]
        except (IntegrityError, ValueError):
            problems = ["its manifest failed its integrity check"]
    if pinned_reference != str(reference):
        problems.insert(0, f"its reference was {pinned_reference} when last changed")
    if not problems:
        problems = [
            "it does not match the audit log's record of its last change (revision "
            f"{revision}): records were deleted, added, altered or put back to older copies"
        ]
    for problem in problems:
        report.problem(f"family {reference}: {problem}")


def verify_forms(s: Session, report: VerifyReport) -> None:
    """Each stored form version still parses and matches its recorded digest (assessments
    are read with these copies, so an altered copy would change what an answer means)."""
    for values, raw_id in _raw_rows(s, InstrumentDefinitionRow.__table__):
        key = values["key"] if values is not None else raw_id
        try:
            assert values is not None
            definition = parse_definition(values["definition"], f"vault copy of {key}")
            intact = definition.digest() == values["digest"]
        except (InstrumentError, AssertionError, ValueError, TypeError, KeyError):
            intact = False
        if not intact:
            report.problem(
                f"the stored copy of the form {key} was altered or "
                "damaged; assessments made with it cannot be trusted"
            )


def verify_reporting_writers(
    s: Session, report: VerifyReport, state: DirectoryState | None
) -> None:
    """Each family's summary for reporting was sealed by a worker in the signed staff list, and
    each entry of the reports' share log by the worker it names (the box names the sealing
    key; no key is needed to check it)."""
    if state is None:
        return
    head = 1 + box.PUBLIC_BYTES  # a summary's format and sealing key: all checked of it
    shares = s.execute(
        select(ReportShareRow.id, ReportShareRow.actor_id, ReportShareRow.payload_ct)
    )
    for share_id, actor_id, blob in shares:
        signed = share_signed_by_actor(state, share_id, actor_id, stored_bytes(blob))
        if signed is None:
            report.shares_unsigned += 1
        elif not signed:
            report.problem(
                f"Reports' share log entry {share_id} was not signed by the worker it names: "
                "it was written or changed outside FamilyCase."
            )
    stored = s.execute(
        select(ReportingSummaryRow.reference, func.substr(ReportingSummaryRow.summary_ct, 1, head))
    )
    for reference, value in stored:
        blob = stored_bytes(value)
        report.summaries_checked += 1
        version = box.box_version(blob)
        if version == box.BOX_VERSION:
            report.summaries_unsigned += 1
        elif version != box.SENDER_BOX_VERSION or len(blob) < head:
            report.problem(f"The summary for reporting of {reference} is not in a known format.")
        elif blob[1:head] not in state.key_owners:
            report.problem(
                f"The summary for reporting of {reference} was sealed by a key no one in the "
                "signed staff list has: it was written outside FamilyCase."
            )


# --- the whole run ----------------------------------------------------------------------------


def verify_vault(
    vault: Vault,
    session: UserSession | None = None,
    recovery_key_text: str | None = None,
    against: Checkpoint | None = None,
) -> VerifyReport:
    report = VerifyReport()
    if session is not None:
        keys = {fid: session.data_key(fid) for fid in session.accessible_family_ids()}
        pinned = session.ring.pinned_root
    elif recovery_key_text is not None:
        keys = _recovery_keys(vault, recovery_key_text, report)
        pinned = None
    else:
        raise InvalidRequest("verify needs a signed-in worker or the recovery key")
    shares = _guarded(report, "the key-share file", lambda: set(vault.shares.all())) or set()
    database = DatabaseCheck(vault.engine)  # beside everything below, in a thread
    try:
        _verify_tables(vault, report, keys, shares, pinned, against)
    finally:
        database.finish(report)
    if session is not None:
        with session.write() as s:
            session.audit(
                s,
                AuditEvent(Action.VERIFY, "vault", None, {"problems": len(report.problems)}),
            )
    return report


def _verify_tables(
    vault: Vault,
    report: VerifyReport,
    keys: dict[str, bytes],
    shares: set[str],
    pinned: str | None,
    against: Checkpoint | None,
) -> None:
    with Session(vault.engine) as s:
        state = _guarded(report, "the staff directory", lambda: verify_directory(s, report, pinned))
        worker = vault.replica.card.user_id if vault.replica is not None else None
        _guarded(report, "the stored accounts", lambda: check_accounts(s, report, state, worker))
        skip = 0
        if against is not None:
            skip = (
                _guarded(
                    report, "the checkpoint", lambda: check_checkpoint(s, against, state, report)
                )
                or 0
            )
        signers = _guarded(report, "the workers' keys", lambda: signers_of(s, state)) or {}
        # The chain is read and hashed here; its signatures are checked on the other cores
        # while the forms and families are checked, and their failures listed with the chain's.
        chain: ChainCheck | None = _guarded(
            report, "the audit log", lambda: read_chain(s, report, signers, skip)
        )
        try:
            pins = chain.pins if chain is not None else {}
            _guarded(
                report,
                "the laptops' audit logs",
                lambda: verify_replica_chains(s, report, signers),
            )
            _guarded(report, "the stored forms", lambda: verify_forms(s, report))
            _guarded(
                report, "the family files", lambda: verify_families(s, report, keys, shares, pins)
            )
            _guarded(
                report,
                "the summaries for reporting",
                lambda: verify_reporting_writers(s, report, state),
            )
        finally:
            if chain is not None:
                _guarded(report, "the audit log's signatures", chain.finish)


def _recovery_keys(vault: Vault, text: str, report: VerifyReport) -> dict[str, bytes]:
    private = parse_recovery_key(text)
    if box.public_bytes(private) != vault.recovery_public:
        raise InvalidRequest("That recovery key belongs to a different vault.")
    keys: dict[str, bytes] = {}
    shares = vault.shares.all()
    with Session(vault.engine) as s:
        grants = [
            (values["family_id"], values["blob"])
            for values, _ in _raw_rows(s, FamilyKeyGrant.__table__)
            if values is not None and values["holder"] == RECOVERY_HOLDER
        ]
    for family_id, blob in grants:
        share = shares.get(family_id)
        if share is None:
            report.problem(f"family {family_id} has no key share: it cannot be opened by anyone")
            continue
        try:
            keys[family_id] = combine(
                box.open_box(private, bytes(blob), family_key_context(family_id, RECOVERY_HOLDER)),
                share,
            )
        except (IntegrityError, ValueError):
            report.problem(
                f"the recovery copy of family {family_id}'s key failed its integrity check"
            )
    return keys


# --- signed checkpoints -----------------------------------------------------------------------


@dataclass(frozen=True)
class Checkpoint:
    """Where the vault's chains stood when a clean verify ran, signed by who ran it. Kept off
    the machine, it shows later whether entries were removed and the head rewritten."""

    vault_id: str
    audit_seq: int
    audit_hash: str
    directory_seq: int
    directory_hash: str
    families: int
    made_at: str
    signer: str
    signature: str

    def body(self) -> dict[str, object]:
        return {
            "format": CHECKPOINT_FORMAT,
            "vault_id": self.vault_id,
            "audit": [self.audit_seq, self.audit_hash],
            "directory": [self.directory_seq, self.directory_hash],
            "families": self.families,
            "made_at": self.made_at,
            "signer": self.signer,
        }


def make_checkpoint(session: UserSession, report: VerifyReport) -> Checkpoint:
    if not report.ok or report.audit_head is None:
        raise InvalidRequest(
            "A checkpoint is only written after a verify that found nothing wrong."
        )
    if report.directory_head is None:
        raise InvalidRequest("A checkpoint needs a signed staff directory.")
    unsigned = Checkpoint(
        vault_id=report.vault_id,
        audit_seq=report.audit_head[0],
        audit_hash=report.audit_head[1],
        directory_seq=report.directory_head[0],
        directory_hash=report.directory_head[1],
        families=report.families,
        made_at=now().isoformat(timespec="seconds") + "Z",
        signer=session.worker.id,
        signature="",
    )
    message = directory.canonical(unsigned.body()).encode()
    return Checkpoint(**{**unsigned.__dict__, "signature": session.ring.sign(message).hex()})


def write_checkpoint(checkpoint: Checkpoint, path: Path) -> Path:
    """A small JSON file (hashes and counts, no personal data), written 0600."""
    text = json.dumps({**checkpoint.body(), "signature": checkpoint.signature}, indent=1)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text + "\n")
    return path


def read_checkpoint(path: Path) -> Checkpoint:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != CHECKPOINT_FORMAT:
            raise ValueError("format")
        audit_seq, audit_hash = data["audit"]
        directory_seq, directory_hash = data["directory"]
        return Checkpoint(
            vault_id=str(data["vault_id"]),
            audit_seq=int(audit_seq),
            audit_hash=str(audit_hash),
            directory_seq=int(directory_seq),
            directory_hash=str(directory_hash),
            families=int(data["families"]),
            made_at=str(data["made_at"]),
            signer=str(data["signer"]),
            signature=str(data["signature"]),
        )
    except OSError as exc:
        raise InvalidRequest(f"Cannot read the checkpoint {path}: {exc.strerror}") from None
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeError):
        raise InvalidRequest(f"{path} is not a FamilyCase checkpoint.") from None


def check_checkpoint(
    s: Session, checkpoint: Checkpoint, state: DirectoryState | None, report: VerifyReport
) -> int:
    """Compare the vault with a checkpoint; returns the audit entry up to which signatures were
    already checked when it was made (0 where the checkpoint cannot be trusted)."""
    user = state.user(checkpoint.signer) if state is not None else None
    message = directory.canonical(checkpoint.body()).encode()
    try:
        signature = bytes.fromhex(checkpoint.signature)
    except ValueError:
        signature = b""
    if user is None or not verify_signature(user.signing_public, signature, message):
        report.problem("the checkpoint is not signed by a worker of this vault (forged?)")
        return 0
    if state is not None and checkpoint.vault_id != state.vault_id:
        report.problem("the checkpoint belongs to another vault")
        return 0
    made = checkpoint.made_at
    audit_hash = s.get(AuditRow, checkpoint.audit_seq)
    if audit_hash is None:
        report.problem(
            f"the audit log ends before entry {checkpoint.audit_seq}, which the checkpoint of "
            f"{made} saw: entries were removed from the end (and the head rewritten)"
        )
        return 0
    if audit_hash.entry_hash != checkpoint.audit_hash:
        report.problem(
            f"audit entry {checkpoint.audit_seq} is not the one the checkpoint of {made} saw: "
            "the log was rewritten"
        )
        return 0
    if state is not None and (
        state.head_seq < checkpoint.directory_seq
        or directory.load_rows(s)[checkpoint.directory_seq - 1].entry_hash
        != checkpoint.directory_hash
    ):
        report.problem(
            f"the staff directory is not the one the checkpoint of {made} saw (older or replaced)"
        )
    return checkpoint.audit_seq
