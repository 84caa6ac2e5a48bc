"""Documents attached to a family file, a person in it or a contact note.

Each is encrypted with the family's key like every record: the name, type, size and what it is
attached to in ``payload_ct``, the file in ``content_ct`` (bound to its row, as consent
evidence is). Content is only ever held in memory: FamilyCase has no viewer that writes a
temporary file. The one way out is "Save a copy" (``save_copy``), a registered output
(``services/outputs.DOCUMENT_COPY``): written owner-only, recorded as an export.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from familycase.crypto.errors import IntegrityError
from familycase.domain.documents import MAX_DOCUMENT_BYTES, DocumentInfo, media_type_of
from familycase.domain.enums import Role
from familycase.domain.errors import validated
from familycase.services import outputs
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now
from familycase.services.errors import InvalidRequest, PermissionDenied
from familycase.services.records import (
    family_row,
    member_ids,
    record_in_family,
    seal_row,
    tampered,
    touch,
    unseal,
    unseal_row,
)
from familycase.services.vault import UserSession, new_id
from familycase.store.binding import associated_data
from familycase.store.schema import ContactNoteRow, DocumentRow

_CONTENT = ("documents", "content_ct")


@dataclass(frozen=True)
class DocumentItem:
    id: str
    info: DocumentInfo
    added_at: datetime


def attach(
    us: UserSession,
    family_id: str,
    filename: str,
    content: bytes,
    description: str = "",
    member_id: str | None = None,
    contact_note_id: str | None = None,
) -> str:
    """Keep a document in the family file, encrypted. At most 20 MB, document types only."""
    media_type = media_type_of(filename)
    if media_type is None:
        raise InvalidRequest(
            "FamilyCase keeps documents, photos and scans (PDF, Word, text, spreadsheets, "
            "emails, JPEG, PNG, TIFF...), not other kinds of file."
        )
    if len(content) > MAX_DOCUMENT_BYTES:
        raise InvalidRequest(
            "A document can be at most 20 MB; save or scan it at a lower resolution."
        )
    if not content:
        raise InvalidRequest("That file is empty.")
    info = validated(
        DocumentInfo,
        {
            "filename": filename,
            "media_type": media_type,
            "size_bytes": len(content),
            "description": description,
            "member_id": member_id,
            "contact_note_id": contact_note_id,
            "added_by": us.worker.display_name,
            "added_by_id": us.worker.id,
        },
    )
    us.family_key(family_id)
    document_id = new_id()
    with us.write() as s:
        family = family_row(s, family_id)
        if member_id is not None and member_id not in member_ids(s, family_id):
            raise InvalidRequest("That person is not in this family file.")
        if contact_note_id is not None:
            record_in_family(s, ContactNoteRow, contact_note_id, family_id, "contact note")
        row = DocumentRow(
            id=document_id, family_id=family_id, added_at=now(), payload_ct=b"", content_ct=b""
        )
        row.payload_ct = seal_row(us, info, row)
        row.content_ct = us.cipher(family_id).encrypt(
            content, associated_data(*_CONTENT, document_id, family_id)
        )
        s.add(row)
        touch(family)
        us.audit(
            s,
            AuditEvent(
                Action.CREATE,
                "document",
                document_id,
                {"family": family_id, "bytes": len(content)},
            ),
        )
    return document_id


def documents(us: UserSession, family_id: str) -> list[DocumentItem]:
    """The family's documents, newest first (names and sizes: no content is decrypted)."""
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        rows = s.execute(
            select(DocumentRow.id, DocumentRow.payload_ct, DocumentRow.added_at)
            .where(DocumentRow.family_id == family_id)
            .order_by(DocumentRow.added_at.desc())
        ).all()
        return [
            DocumentItem(
                row.id,
                unseal(
                    us, DocumentInfo, row.payload_ct, "documents", "payload_ct", row.id,
                    family_id, family.reference,
                ),
                row.added_at,
            )
            for row in rows
        ]  # fmt: skip


def read_document(us: UserSession, family_id: str, document_id: str) -> tuple[DocumentInfo, bytes]:
    """A document and its content, in memory (recorded in the audit log as a view)."""
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        row = record_in_family(s, DocumentRow, document_id, family_id, "document")
        info = unseal_row(us, DocumentInfo, row, family.reference)
        try:
            content = us.cipher(family_id).decrypt(
                row.content_ct, associated_data(*_CONTENT, row.id, family_id)
            )
        except IntegrityError:
            raise tampered("document", family.reference) from None
    if len(content) != info.size_bytes:
        raise tampered("document", family.reference)
    with us.write() as s:
        us.audit(s, AuditEvent(Action.VIEW, "document", document_id, {"family": family_id}))
    return info, content


def save_copy(us: UserSession, family_id: str, document_id: str, target: Path) -> Path:
    """'Save a copy': the registered output ``document_copy``. The file is written whole and
    owner-only, and the export is in the audit log; if either fails, neither happens."""
    _info, content = read_document(us, family_id, document_id)
    written: Path | None = None
    try:
        with us.write() as s:
            us.audit(
                s,
                AuditEvent(
                    outputs.DOCUMENT_COPY.audit_action,
                    "document",
                    document_id,
                    {"family": family_id, "output": outputs.DOCUMENT_COPY.name},
                ),
            )
            written = outputs.write_private(target, content)
    except BaseException:
        if written is not None:
            written.unlink(missing_ok=True)
        raise
    assert written is not None
    return written


def remove(us: UserSession, family_id: str, document_id: str) -> None:
    """Take a document out of the file (added to the wrong family, or a duplicate). Only the
    worker who added it or a team leader may."""
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        row = record_in_family(s, DocumentRow, document_id, family_id, "document")
        info = unseal_row(us, DocumentInfo, row, family.reference)
        if info.added_by_id != us.worker.id and us.worker.role is not Role.TEAM_LEADER:
            raise PermissionDenied(
                "Only the worker who added a document, or a team leader, can remove it."
            )
        s.delete(row)
        touch(family)
        us.audit(s, AuditEvent(Action.DELETE, "document", document_id, {"family": family_id}))
