"""Documents on a family, a person or a note: encrypted, limited, and 'Save a copy' as a
registered output (owner-only file, export in the audit log)."""

from __future__ import annotations

import os
from datetime import date

import pytest

from familycase.domain.documents import MAX_DOCUMENT_BYTES
from familycase.domain.enums import ContactKind
from familycase.domain.work import ContactNote
from familycase.services import audit_log, documents, families, outputs, users, work
from familycase.services.errors import InvalidRequest, PermissionDenied, TamperedData
from familycase.store.schema import DocumentRow

PDF = b"%PDF-1.4\n% a tiny letter from the school\n%%EOF\n"


def test_a_document_round_trips_and_its_copy_is_an_audited_private_file(
    team, make_family, tmp_path
):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Docby", people=("Ann", "Ben"))
    _ann, ben = families.open_family(lead, family_id).file.members
    note = ContactNote(occurred_on=date.today(), kind=ContactKind.SCHOOL_VISIT, text="Visit")
    work.add_contact_note(lead, family_id, note)
    first = documents.attach(
        lead, family_id, "C:\\scans\\School letter.PDF", PDF, "Attendance letter", ben.id
    )
    second = documents.attach(lead, family_id, "notes.txt", b"plain words", contact_note_id=note.id)
    listed = documents.documents(lead, family_id)
    assert [d.id for d in listed] == [second, first]  # newest first
    info = listed[1].info
    assert (info.filename, info.media_type, info.size_bytes) == (
        "School letter.PDF",
        "application/pdf",
        len(PDF),
    )
    assert (info.member_id, info.description, info.type_text) == (
        ben.id,
        "Attendance letter",
        "PDF document",
    )
    assert listed[0].info.contact_note_id == note.id
    assert documents.read_document(lead, family_id, first) == (info, PDF)

    target = tmp_path / "out" / "letter.pdf"
    target.parent.mkdir()
    documents.save_copy(lead, family_id, first, target)
    assert target.read_bytes() == PDF
    assert os.stat(target).st_mode & 0o777 == 0o600
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind
    exports = [e for e in audit_log.query_audit(lead, action="export") if e.object_id == first]
    assert len(exports) == 1 and exports[0].detail["output"] == "document_copy"
    assert outputs.OUTPUTS["document_copy"] is outputs.DOCUMENT_COPY


def test_limits_types_and_who_may_remove(team, make_family):
    lead = team.unlock("lead")
    kim = next(w for w in users.list_workers(lead) if w.username == "kw1")
    family_id = make_family(lead, "Limitby")
    with pytest.raises(InvalidRequest, match="at most 20 MB"):
        documents.attach(lead, family_id, "big.pdf", b"x" * (MAX_DOCUMENT_BYTES + 1))
    with pytest.raises(InvalidRequest, match="not other kinds of file"):
        documents.attach(lead, family_id, "run-me.exe", b"MZ")
    with pytest.raises(InvalidRequest, match="empty"):
        documents.attach(lead, family_id, "empty.pdf", b"")
    with pytest.raises(InvalidRequest, match="not in this family"):
        documents.attach(lead, family_id, "a.pdf", PDF, member_id="nobody")
    exactly = documents.attach(lead, family_id, "max.pdf", b"x" * MAX_DOCUMENT_BYTES)
    work.allocate_lead_professional(lead, family_id, kim.id)
    worker = team.unlock("kw1")
    mine = documents.attach(worker, family_id, "mine.png", b"\x89PNG....")
    with pytest.raises(PermissionDenied, match="who added a document"):
        documents.remove(worker, family_id, exactly)
    documents.remove(worker, family_id, mine)
    documents.remove(lead, family_id, exactly)
    assert documents.documents(lead, family_id) == []


def test_a_document_moved_to_another_row_does_not_open(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Swapby")
    one = documents.attach(lead, family_id, "one.pdf", PDF)
    two = documents.attach(lead, family_id, "two.pdf", PDF + b"2")
    with team.vault.write_engine.begin() as db:
        table = DocumentRow.__table__
        content = db.execute(table.select().where(table.c.id == one)).mappings().one()["content_ct"]
        db.execute(table.update().where(table.c.id == two).values(content_ct=content))
    with pytest.raises(TamperedData):
        documents.read_document(lead, family_id, two)
