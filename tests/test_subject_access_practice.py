"""Subject access includes the practice records about the person, and nothing about others."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from familycase.domain.chronology import ChronologyEntry
from familycase.domain.enums import ContactKind
from familycase.domain.risk import RiskFlag
from familycase.domain.work import ContactNote
from familycase.reports.subject_access_pdf import subject_access_pdf
from familycase.services import chronology_log, documents, families, people, risks, work
from familycase.services.subject_access import subject_access

TODAY = date.today()


def test_a_subject_access_pack_has_their_alerts_events_documents_and_other_files(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Askby", people=("Ann", "Ben"))
    ann, ben = families.open_family(lead, family_id).file.members
    for kind, about in (("young_carer", [ann.id]), ("missing_from_home", [ben.id])):
        risks.save_flag(lead, family_id, RiskFlag(kind=kind, member_ids=about, started_on=TODAY))
    risks.save_flag(lead, family_id, RiskFlag(kind="domestic_abuse", started_on=TODAY))
    for person, title in ((ann, "Ann's hospital stay"), (ben, "Ben's exclusion")):
        chronology_log.record_event(
            lead,
            family_id,
            ChronologyEntry(
                kind="significant_event", on=TODAY, title=title, member_ids=[person.id]
            ),
        )
    documents.attach(lead, family_id, "ann.pdf", b"%PDF ann", "About Ann", ann.id)
    documents.attach(lead, family_id, "ben.pdf", b"%PDF ben", "About Ben", ben.id)
    note = ContactNote(
        occurred_on=TODAY, kind=ContactKind.HOME_VISIT, member_ids=[ann.id, ben.id], text="Visit"
    )
    work.add_contact_note(lead, family_id, note)
    work.edit_contact_note(
        lead, family_id, note.id, note.content().model_copy(update={"text": "Visit."}), "Dot"
    )
    other = make_family(lead, "Elsewhere", people=("Cy",))
    families.save_member(lead, other, ann.model_copy(update={"id": "b" * 32}))
    people.decide(lead, family_id, ann.id, other, "b" * 32, True)

    pack = subject_access(lead, family_id, ann.id)
    assert sorted((a.kind.value, a.member_ids) for a in pack.alerts) == [
        ("domestic_abuse", []),
        ("young_carer", [ann.id]),
    ]
    assert [e.title for e in pack.events] == ["Ann's hospital stay"]
    assert [d.filename for d in pack.documents] == ["ann.pdf"]
    assert pack.also_recorded_in == [families.open_family(lead, other).file.reference]
    (contact,) = pack.contacts
    assert contact.history[0].before.member_ids == [ann.id]  # Ben is not named
    text = " ".join(
        page.extract_text() for page in PdfReader(io.BytesIO(subject_access_pdf(pack))).pages
    )
    assert "Alerts recorded about you or your family" in " ".join(text.split())
    assert "Ben" not in text and "exclusion" not in text and "ben.pdf" not in text
