"""The practice records at rest: a unique marker typed into every new free-text field and every
document never reaches the vault's files (database, WAL, key shares) or a temporary folder."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from backends import file_only
from conftest import member
from familycase.domain.chronology import ChronologyEntry, EntryKind
from familycase.domain.consent import InfoCategory
from familycase.domain.enums import AgencyType, ContactKind, HouseholdRole, ReferralDecision
from familycase.domain.risk import RiskFlag, RiskKind
from familycase.domain.work import ContactNote
from familycase.reports.chronology_pdf import chronology_pdf
from familycase.reports.referral_letter_pdf import referral_letter_pdf
from familycase.services import (
    chronology_log,
    documents,
    families,
    people,
    referrals,
    risks,
    timeline,
    work,
)
from familycase.services.consent import Recipient
from test_encryption_at_rest import _files_under

TODAY = date.today()
# One marker per field, so a leak names the field.
FIELDS = [
    "risk-note",
    "risk-kind",
    "risk-agency",
    "risk-ended",
    "event-title",
    "event-detail",
    "note-text",
    "note-fixed",
    "note-reason",
    "decision-reason",
    "link-note",
    "doc-name",
    "doc-description",
    "doc-content",
]
NHS = "9434765919"  # a valid test number, for the person in two families


def _marker(field: str) -> str:
    return f"Zq{field.replace('-', '')}Vx"


def _needles() -> list[bytes]:
    found = []
    for text in [*map(_marker, FIELDS), NHS]:
        for variant in {text, text.lower(), text.upper()}:
            found += [variant.encode("utf-8"), variant.encode("utf-16-le")]
    return found


def _leaks(paths: list[str]) -> list[tuple[str, str]]:
    leaks = []
    for path in paths:
        with open(path, "rb") as handle:
            data = handle.read()
        leaks += [(path, n.decode("utf-8", "replace")) for n in _needles() if n in data]
    return leaks


@file_only  # the SQLite file itself; on a server: test_team_server (pg_dump)
def test_markers_in_every_new_field_never_reach_the_disk(team, make_family, tmp_path, monkeypatch):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    lead = team.unlock("lead")
    family_id = make_family(lead, "Canaryby", people=("Cleo", "Dot"))
    cleo, dot = families.open_family(lead, family_id).file.members
    flag = risks.save_flag(
        lead,
        family_id,
        RiskFlag(
            kind=RiskKind.OTHER,
            other_kind=_marker("risk-kind"),
            category=InfoCategory.HEALTH,
            member_ids=[dot.id],
            started_on=TODAY - timedelta(days=2),
            source_agency_type=AgencyType.HEALTH,
            source_agency_name=_marker("risk-agency"),
            note=_marker("risk-note"),
        ),
    )
    risks.end_flag(lead, family_id, flag.id, _marker("risk-ended"))
    chronology_log.record_event(
        lead,
        family_id,
        ChronologyEntry(
            kind=EntryKind.SIGNIFICANT_EVENT,
            on=TODAY,
            title=_marker("event-title"),
            detail=_marker("event-detail"),
        ),
    )
    note = ContactNote(
        occurred_on=TODAY, kind=ContactKind.HOME_VISIT, text=_marker("note-text"), significant=True
    )
    work.add_contact_note(lead, family_id, note)
    work.edit_contact_note(
        lead,
        family_id,
        note.id,
        note.content().model_copy(update={"text": _marker("note-fixed")}),
        _marker("note-reason"),
    )
    work.record_referral_decision(
        lead, family_id, ReferralDecision.ACCEPTED, reason=_marker("decision-reason")
    )
    # A person in two families.
    nhs = NHS
    families.save_member(
        lead, family_id, member("Eve", "Canaryby", HouseholdRole.CHILD, nhs_number=nhs)
    )
    other = make_family(lead, "Otherby", people=("Fay",))
    families.save_member(lead, other, member("Eve", "Otherby", nhs_number=nhs))
    (found,) = people.possible_matches(lead, other)
    people.decide(
        lead,
        other,
        found.here.member_id,
        family_id,
        found.there.member_id,
        True,
        _marker("link-note"),
    )
    documents.attach(
        lead,
        family_id,
        f"{_marker('doc-name')}.txt",
        f"report {_marker('doc-content')}".encode(),
        _marker("doc-description"),
        cleo.id,
    )
    # Outputs are built in memory: nothing of them lands in a temporary folder either.
    timeline.record_printed(
        lead, timeline.prepare_print(lead, family_id, Recipient(agency_type="school"))
    )
    chronology_pdf(timeline.prepare_print(lead, family_id, Recipient(agency_type="school")), "Lee")
    referral_letter_pdf(referrals.prepare_letter(lead, family_id))
    # It really is stored.
    (doc,) = documents.documents(lead, family_id)
    assert documents.read_document(lead, family_id, doc.id)[1].endswith(
        _marker("doc-content").encode()
    )

    assert (team.data_dir / "familycase.sqlite3-wal").exists()
    assert _leaks(_files_under(team.data_dir, scratch)) == []
    team.vault.dispose()
    with sqlite3.connect(team.data_dir / "familycase.sqlite3") as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _leaks(_files_under(team.data_dir, scratch)) == []


def test_the_marker_scan_can_fail(tmp_path):
    planted = tmp_path / "leak.bin"
    planted.write_bytes(b"..." + _marker("doc-content").encode("utf-16-le") + b"...")
    assert _leaks([str(planted)]) != []
