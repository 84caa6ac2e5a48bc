"""`familycase verify`: the audit chain, its signatures, and every ciphertext's integrity.

The chain and signatures need no key. Ciphertexts are checked by decrypting them: with a user's
session, every family that user may open; with the recovery key, every family. Families the
checker cannot open are checked for shape only, and the report says how many.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycase.crypto import box
from familycase.crypto.aead import OVERHEAD, Cipher
from familycase.crypto.errors import IntegrityError
from familycase.crypto.keys import parse_recovery_key, verify_signature
from familycase.domain.instruments import InstrumentError, parse_definition
from familycase.services import audit
from familycase.services.audit import Action, AuditEvent
from familycase.services.errors import InvalidRequest
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
    AuditRow,
    Base,
    FamilyKeyGrant,
    FamilyRow,
    InstrumentDefinitionRow,
    UserRow,
    VaultMeta,
)

UNSIGNED_ACTIONS = {Action.UNLOCK_FAILED}
BATCH = 2000


@dataclass
class VerifyReport:
    audit_entries: int = 0
    families_checked: int = 0
    families_not_accessible: int = 0
    records_checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        lines = [
            f"Audit log: {self.audit_entries} entries checked.",
            f"Family files: {self.families_checked} checked, {self.records_checked} encrypted "
            f"records decrypted.",
        ]
        if self.families_not_accessible:
            lines.append(
                f"{self.families_not_accessible} families you cannot open were checked for "
                "shape only; use --recovery-key-file to check them fully."
            )
        if self.ok:
            lines.append("Everything checked is intact.")
        else:
            lines.append(f"PROBLEMS FOUND ({len(self.problems)}):")
            lines.extend(f"  - {problem}" for problem in self.problems)
        return lines


def verify_chain(s: Session, report: VerifyReport) -> None:
    signers = dict(s.execute(select(UserRow.id, UserRow.signing_public)).all())
    expected_seq, previous = 1, audit.GENESIS_HASH
    for row in _stream(s, select(AuditRow).order_by(AuditRow.seq)):
        report.audit_entries += 1
        where = f"audit entry {row.seq} ({row.action}, {row.at[:19]})"
        if row.seq != expected_seq:
            report.problems.append(
                f"audit entries {expected_seq} to {row.seq - 1} are missing (deleted?)"
            )
        if row.prev_hash != previous:
            report.problems.append(
                f"{where} does not follow the entry before it: the chain "
                "is broken here (an entry was edited, removed or reordered)"
            )
        digest = audit.entry_hash(
            row.seq,
            row.at,
            row.actor_id,
            row.action,
            row.object_type,
            row.object_id,
            row.detail_ct,
            row.prev_hash,
        )
        if digest != row.entry_hash:
            report.problems.append(f"{where} was altered after it was written")
        if row.action not in UNSIGNED_ACTIONS:
            public = signers.get(row.actor_id or "")
            if (
                row.signature is None
                or public is None
                or not verify_signature(public, row.signature, bytes.fromhex(row.entry_hash))
            ):
                report.problems.append(f"{where} is not signed by the worker it names")
        expected_seq, previous = row.seq + 1, row.entry_hash
    head = s.get(VaultMeta, audit.HEAD_KEY)
    if head is None or audit.parse_head(head.value) != (expected_seq - 1, previous):
        report.problems.append(
            "the audit log's last entry does not match the recorded head "
            "(entries were removed from the end, or the head was edited)"
        )


def _stream(s: Session, query: object) -> Iterator:  # type: ignore[type-arg]
    yield from s.execute(query.execution_options(yield_per=BATCH)).scalars()  # type: ignore[attr-defined]


def _family_records(s: Session, family_id: str) -> Iterator[tuple[str, str, str, bytes]]:
    tables = {m.local_table.name: m.class_ for m in Base.registry.mappers}
    for table_name, columns in ENCRYPTED_COLUMNS.items():
        table = tables[table_name]
        key_column = table.id if table_name == "families" else table.family_id
        for row in s.scalars(select(table).where(key_column == family_id)):
            for column in columns:
                yield table_name, column, row.id, getattr(row, column)


def verify_records(
    s: Session, report: VerifyReport, keys: dict[str, bytes], shares: set[str]
) -> None:
    for family_id, reference in s.execute(
        select(FamilyRow.id, FamilyRow.reference).order_by(FamilyRow.reference)
    ).all():
        if family_id not in shares:
            report.problems.append(
                f"family {reference} has no key share in the key-share file, so nobody can open "
                "it (the file was replaced by an older or different one?)"
            )
        key = keys.get(family_id)
        if key is None:
            report.families_not_accessible += 1
            for table, column, row_id, blob in _family_records(s, family_id):
                if len(blob) < OVERHEAD:
                    report.problems.append(
                        f"family {reference}: {table}.{column} of record {row_id} is truncated"
                    )
            continue
        cipher = Cipher(key)
        report.families_checked += 1
        for table, column, row_id, blob in _family_records(s, family_id):
            try:
                cipher.decrypt(blob, associated_data(table, column, row_id, family_id))
                report.records_checked += 1
            except IntegrityError:
                report.problems.append(
                    f"family {reference}: the encrypted {table.replace('_', ' ')} record "
                    f"{row_id} ({column}) failed its integrity check (altered, damaged, or "
                    "copied from another record)"
                )


def verify_forms(s: Session, report: VerifyReport) -> None:
    """Each stored form version still parses and matches its recorded digest (assessments
    are read with these copies, so an altered copy would change what an answer means)."""
    for row in s.scalars(select(InstrumentDefinitionRow)):
        try:
            definition = parse_definition(row.definition, f"vault copy of {row.key}")
            intact = definition.digest() == row.digest
        except InstrumentError:
            intact = False
        if not intact:
            report.problems.append(
                f"the stored copy of the form {row.key} was altered or "
                "damaged; assessments made with it cannot be trusted"
            )


def verify_vault(
    vault: Vault, session: UserSession | None = None, recovery_key_text: str | None = None
) -> VerifyReport:
    report = VerifyReport()
    if session is not None:
        keys = {fid: session.data_key(fid) for fid in session.accessible_family_ids()}
    elif recovery_key_text is not None:
        keys = _recovery_keys(vault, recovery_key_text, report)
    else:
        raise InvalidRequest("verify needs a signed-in worker or the recovery key")
    with Session(vault.engine) as s:
        verify_chain(s, report)
        verify_forms(s, report)
        verify_records(s, report, keys, set(vault.shares.all()))
    if session is not None:
        with session.write() as s:
            session.audit(
                s, AuditEvent(Action.VERIFY, "vault", None, {"problems": len(report.problems)})
            )
    return report


def _recovery_keys(vault: Vault, text: str, report: VerifyReport) -> dict[str, bytes]:
    private = parse_recovery_key(text)
    if box.public_bytes(private) != vault.recovery_public:
        raise InvalidRequest("That recovery key belongs to a different vault.")
    keys: dict[str, bytes] = {}
    shares = vault.shares.all()
    with Session(vault.engine) as s:
        for family_id, blob in s.execute(
            select(FamilyKeyGrant.family_id, FamilyKeyGrant.blob).where(
                FamilyKeyGrant.holder == RECOVERY_HOLDER
            )
        ):
            share = shares.get(family_id)
            if share is None:
                report.problems.append(
                    f"family {family_id} has no key share: it cannot be opened by anyone"
                )
                continue
            try:
                keys[family_id] = combine(
                    box.open_box(private, blob, family_key_context(family_id, RECOVERY_HOLDER)),
                    share,
                )
            except IntegrityError:
                report.problems.append(
                    f"the recovery copy of family {family_id}'s key failed its integrity check"
                )
    return keys
