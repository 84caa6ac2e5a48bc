"""Contact notes: corrections keep the earlier version (the original is never lost), who may
correct, and the child seen / seen alone / significant flags."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from familycase.domain.enums import ContactKind
from familycase.domain.errors import DomainValidationError, validated
from familycase.domain.work import ContactNote, NoteContent
from familycase.services import families, users, work
from familycase.services.caseload import CaseloadView, caseload
from familycase.services.errors import InvalidRequest, PermissionDenied

TODAY = date.today()


def _note(**extra: object) -> ContactNote:
    return ContactNote(
        occurred_on=TODAY - timedelta(days=2),
        kind=ContactKind.HOME_VISIT,
        text="Met Jaz and her mum; Jaz was qiet.",
        **extra,
    )


def test_a_correction_keeps_the_original_and_says_who_when_why_and_what(team, make_family):
    lead = team.unlock("lead")
    kim = next(w for w in users.list_workers(lead) if w.username == "kw1")
    family_id = make_family(lead, "Notely", people=("Mum", "Jaz"))
    work.allocate_lead_professional(lead, family_id, kim.id)
    worker = team.unlock("kw1")
    jaz = families.open_family(worker, family_id).file.members[1]
    note = _note(member_ids=[jaz.id])
    work.add_contact_note(worker, family_id, note)

    first = note.content().model_copy(
        update={"text": "Met Jaz and her mum; Jaz was quiet.", "child_seen": True}
    )
    with pytest.raises(InvalidRequest, match="why the note is being changed"):
        work.edit_contact_note(worker, family_id, note.id, first, "  ")
    edited = work.edit_contact_note(worker, family_id, note.id, first, "Typo")
    assert edited.history[0].changed == ["What happened", "Child seen"]
    second = first.model_copy(
        update={"occurred_on": TODAY - timedelta(days=3), "child_seen_alone": True}
    )
    work.edit_contact_note(lead, family_id, note.id, second, "Date was wrong; Jaz seen alone")
    with pytest.raises(InvalidRequest, match="Nothing in the note has changed"):
        work.edit_contact_note(lead, family_id, note.id, second, "again")

    (stored,) = families.open_family(lead, family_id).contacts
    assert stored.text == "Met Jaz and her mum; Jaz was quiet."
    assert stored.occurred_on == TODAY - timedelta(days=3)
    assert stored.child_seen and stored.child_seen_alone and stored.edited
    assert stored.original == note.content()  # exactly as first recorded
    assert stored.original.text == "Met Jaz and her mum; Jaz was qiet."
    assert [(e.by_name, e.reason, e.changed) for e in stored.history] == [
        ("Kim Worker", "Typo", ["What happened", "Child seen"]),
        ("Lee Leader", "Date was wrong; Jaz seen alone", ["Date of contact", "Child seen alone"]),
    ]
    assert stored.history[1].before == first
    assert stored.history[0].at <= stored.history[1].at
    # The list's last contact date follows the corrected date.
    row = next(r for r in caseload(lead, CaseloadView.TEAM) if r.family_id == family_id)
    assert row.last_contact_on == TODAY - timedelta(days=3)


def test_only_the_author_or_a_team_leader_corrects_a_note(team, make_family):
    lead = team.unlock("lead")
    kim = next(w for w in users.list_workers(lead) if w.username == "kw1")
    family_id = make_family(lead, "Authorby")
    note = _note()
    work.add_contact_note(lead, family_id, note)  # recorded by the team leader
    work.allocate_lead_professional(lead, family_id, kim.id)
    worker = team.unlock("kw1")
    with pytest.raises(PermissionDenied, match="who recorded a contact note"):
        work.edit_contact_note(
            worker, family_id, note.id, note.content().model_copy(update={"text": "x"}), "mine"
        )


def test_seen_alone_means_seen(team):
    with pytest.raises(DomainValidationError, match="seen alone was seen"):
        validated(
            NoteContent,
            {
                "occurred_on": TODAY,
                "kind": "home_visit",
                "text": "x",
                "child_seen_alone": True,
            },
        )
    # Notes written before these fields existed read with the defaults.
    old = ContactNote.model_validate(
        {"id": "a", "occurred_on": TODAY.isoformat(), "kind": "phone_call", "text": "Old note"}
    )
    assert not old.significant and not old.child_seen and old.history == []
