"""Consent through the services: recorded, gated, logged, shown in caseloads."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from familycase.domain.consent import (
    ConsentRecord,
    ConsentState,
    GateOutcome,
    InfoCategory,
    Purpose,
    SharingOverride,
)
from familycase.domain.enums import AgencyType
from familycase.services import consent as consent_service
from familycase.services import families
from familycase.services.caseload import CaseloadView, caseload
from familycase.services.consent import Recipient
from familycase.services.errors import InvalidRequest, TamperedData

TODAY = date.today()


def _people(lead, family_id):
    return families.open_family(lead, family_id).file.members


def _consent(member_id, **extra) -> ConsentRecord:
    data = {
        "member_id": member_id,
        "given_by": "the_person",
        "method": "written",
        "agencies": ["school", "health"],
        "purposes": ["panel", "team_around_the_family"],
        "categories": ["basic_details", "education"],
        "given_on": TODAY - timedelta(days=3),
        "review_on": TODAY + timedelta(days=365),
    }
    data.update(extra)
    return ConsentRecord(**data)


def test_gate_logs_every_decision_and_withholds_what_is_not_covered(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Sharewell", people=("Mum", "Kid"))
    mum, kid = _people(lead, family_id)
    consent_service.record_consent(lead, family_id, _consent(mum.id))
    result = consent_service.consent_gate(
        lead,
        family_id,
        Recipient(agency_type=AgencyType.SCHOOL, name="Demoford Primary"),
        Purpose.PANEL,
        [
            (mum.id, InfoCategory.EDUCATION),
            (mum.id, InfoCategory.HEALTH),
            (kid.id, InfoCategory.EDUCATION),
        ],
        channel="print",
        description="Panel summary",
    )
    assert result.allowed(mum.id, InfoCategory.EDUCATION)
    assert not result.allowed(mum.id, InfoCategory.HEALTH)
    assert not result.allowed(kid.id, InfoCategory.EDUCATION)
    assert len(result.withheld) == 2
    log = consent_service.share_log(lead, family_id)
    assert [(entry.channel, entry.outcome) for entry in log] == [("print", "partly_withheld")]
    assert log[0].entry.recipient.name == "Demoford Primary"
    assert len(log[0].entry.decisions) == 3


def test_withdrawal_and_override_change_what_the_gate_says(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Changeby", people=("Mum", "Kid"))
    _mum, kid = _people(lead, family_id)
    record = _consent(kid.id, given_by="parental_responsibility", given_by_name="Mum Changeby")
    consent_service.record_consent(lead, family_id, record)
    school = Recipient(agency_type=AgencyType.SCHOOL)
    item = [(kid.id, InfoCategory.EDUCATION)]
    assert consent_service.check(lead, family_id, school, Purpose.PANEL, item)[0].allowed
    consent_service.withdraw_consent(lead, family_id, record.id, "Family no longer agrees")
    decision = consent_service.check(lead, family_id, school, Purpose.PANEL, item)[0]
    assert decision.outcome is GateOutcome.DENY and "withdrawn" in decision.reasons[0]
    with pytest.raises(InvalidRequest, match="already been withdrawn"):
        consent_service.withdraw_consent(lead, family_id, record.id, "again")

    consent_service.record_override(
        lead,
        family_id,
        SharingOverride(
            member_id=kid.id,
            agency=AgencyType.SCHOOL,
            purpose=Purpose.PANEL,
            categories=[InfoCategory.EDUCATION],
            reason="Child at risk; school must know",
            lawful_basis="public_task",
            legal_gateway="Children Act 2004 s11",
            decided_by="Lee Leader",
            decided_on=TODAY,
            applies_until=TODAY + timedelta(days=14),
        ),
    )
    decision = consent_service.check(lead, family_id, school, Purpose.PANEL, item)[0]
    assert decision.outcome is GateOutcome.ALLOW_BY_OVERRIDE
    seen = consent_service.overrides_for_team(lead)
    assert [(v.reference, v.override.reason) for v in seen] == [
        ("FC-000001", "Child at risk; school must know")
    ]


def test_caseload_shows_each_familys_consent_state(team, make_family):
    lead = team.unlock("lead")
    none_id = make_family(lead, "Nothing")
    current_id = make_family(lead, "Current")
    expiring_id = make_family(lead, "Expiring")
    consent_service.record_consent(lead, current_id, _consent(_people(lead, current_id)[0].id))
    consent_service.record_consent(
        lead,
        expiring_id,
        _consent(_people(lead, expiring_id)[0].id, review_on=TODAY + timedelta(days=10)),
    )
    states = {r.family_id: r.consent_state for r in caseload(lead, CaseloadView.TEAM)}
    assert states == {
        none_id: None,
        current_id: ConsentState.CURRENT,
        expiring_id: ConsentState.EXPIRING_SOON,
    }


def test_evidence_is_encrypted_and_read_back(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Evidenced")
    mum = _people(lead, family_id)[0]
    record = _consent(mum.id)
    consent_service.record_consent(lead, family_id, record)
    scan = b"%PDF-1.4 signed consent form for Evidenced family" + bytes(range(256))
    evidence_id = consent_service.attach_evidence(
        lead, family_id, record.id, "consent.pdf", "application/pdf", scan
    )
    info, content = consent_service.read_evidence(lead, family_id, evidence_id)
    assert content == scan and info.filename == "consent.pdf"
    assert b"signed consent form" not in team.bytes_at_rest()
    with pytest.raises(InvalidRequest, match="20 MB"):
        consent_service.attach_evidence(
            lead, family_id, record.id, "big.pdf", "application/pdf", b"x" * (20 * 1024 * 1024 + 1)
        )
    # Tampering with the evidence is caught like any other record.
    from sqlalchemy import text

    with team.vault.engine.begin() as connection:
        blob = bytearray(
            connection.execute(
                text("SELECT content_ct FROM consent_evidence WHERE id = :i"), {"i": evidence_id}
            ).scalar_one()
        )
        blob[-1] ^= 1
        connection.execute(
            text("UPDATE consent_evidence SET content_ct = :b WHERE id = :i"),
            {"b": bytes(blob), "i": evidence_id},
        )
    with pytest.raises(TamperedData):
        consent_service.read_evidence(lead, family_id, evidence_id)


def test_consent_must_be_about_someone_in_the_family(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead)
    other_id = make_family(lead, "Elsewhere")
    stranger = _people(lead, other_id)[0]
    with pytest.raises(InvalidRequest, match="someone in this family"):
        consent_service.record_consent(lead, family_id, _consent(stranger.id))


def test_a_family_open_for_editing_takes_everyones_consent_at_once(team, make_family):
    """Several people's consent in one transaction (the family consent dialog): each raises the
    family's revision, and that is this worker's own change, never a stale edit."""
    lead = team.unlock("lead")
    family_id = make_family(lead)
    members = families.open_family(lead, family_id, watch=True).file.members  # the family window
    ids = consent_service.record_family_consent(lead, family_id, [_consent(m.id) for m in members])
    assert len(ids) == len(members) == 2
    consent_service.record_consent(lead, family_id, _consent(members[0].id))  # and after it


def test_evidence_is_listed_and_the_family_file_shows_its_consent_state(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Listed")
    assert families.open_family(lead, family_id).consent_state is None
    mum = _people(lead, family_id)[0]
    record = _consent(mum.id, review_on=TODAY + timedelta(days=5))
    consent_service.record_consent(lead, family_id, record)
    evidence_id = consent_service.attach_evidence(
        lead, family_id, record.id, "form.pdf", "application/pdf", b"%PDF-1.4 form"
    )
    items = consent_service.evidence_for(lead, family_id)
    assert [(i.id, i.consent_id, i.info.filename, i.info.size_bytes) for i in items] == [
        (evidence_id, record.id, "form.pdf", 13)
    ]
    assert families.open_family(lead, family_id).consent_state is ConsentState.EXPIRING_SOON
    from familycase.services.team import needs_attention

    row = caseload(lead, CaseloadView.TEAM)[0]
    assert needs_attention(row, TODAY)  # consent about to expire needs attention
