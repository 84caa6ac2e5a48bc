"""A flipped byte or a moved payload is detected, with a clear error and nothing lost."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from conftest import PASSWORD, referral
from familycase.domain.consent import ConsentRecord, InfoCategory, Purpose, SharingOverride
from familycase.services import consent as consent_service
from familycase.services import families
from familycase.services.consent import Recipient
from familycase.services.errors import TamperedData
from familycase.services.verify import verify_vault
from familycase.store.schema import ENCRYPTED_COLUMNS, ConsentEvidenceRow, FamilyRow, MemberRow


def _flip(engine, table: str, column: str, row_id: str, offset: int = -5) -> None:
    with engine.begin() as connection:
        blob = bytearray(
            connection.execute(
                text(f"SELECT {column} FROM {table} WHERE id = :id"), {"id": row_id}
            ).scalar_one()
        )
        blob[offset] ^= 0x01
        connection.execute(
            text(f"UPDATE {table} SET {column} = :b WHERE id = :id"),
            {"b": bytes(blob), "id": row_id},
        )


def _row_ids(engine, table: str, family_id: str) -> list[str]:
    key = "id" if table == "families" else "family_id"
    with engine.connect() as connection:
        return list(
            connection.execute(
                text(f"SELECT id FROM {table} WHERE {key} = :f"), {"f": family_id}
            ).scalars()
        )


@pytest.fixture
def populated(team, make_family):
    from datetime import date

    from familycase.domain.enums import ContactKind
    from familycase.domain.family import AgencyInvolvement, Relationship
    from familycase.domain.work import ContactNote
    from familycase.services import users, work

    lead = team.unlock("lead")
    family_id = make_family(lead, "Tamperton", people=("Ann", "Bo"))
    other_id = make_family(lead, "Otherton", people=("Cy", "Di"))
    view = families.open_family(lead, family_id)
    a, b = view.file.members
    families.save_relationship(
        lead, family_id, Relationship(from_member_id=a.id, to_member_id=b.id, kind="parent_of")
    )
    families.save_agency(lead, family_id, AgencyInvolvement(agency_name="GP", agency_type="health"))
    kw1 = next(w for w in users.list_workers(lead) if w.username == "kw1")
    work.allocate_lead_professional(lead, family_id, kw1.id)
    work.add_contact_note(
        lead,
        family_id,
        ContactNote(occurred_on=date.today(), kind=ContactKind.PHONE_CALL, text="Called mum."),
    )
    record = ConsentRecord(
        member_id=a.id,
        given_by="the_person",
        method="written",
        agencies=["school"],
        purposes=["panel"],
        categories=["education"],
        given_on=date.today(),
    )
    consent_service.record_consent(lead, family_id, record)
    consent_service.attach_evidence(
        lead, family_id, record.id, "form.pdf", "application/pdf", b"signed form"
    )
    consent_service.record_override(
        lead,
        family_id,
        SharingOverride(
            member_id=b.id,
            agency="police",
            purpose="panel",
            categories=["domestic_abuse"],
            reason="Risk of harm",
            lawful_basis="public_task",
            decided_by="Lee Leader",
            decided_on=date.today(),
            applies_until=date.today(),
        ),
    )
    consent_service.consent_gate(
        lead,
        family_id,
        Recipient(agency_type="school"),
        Purpose.PANEL,
        [(a.id, InfoCategory.EDUCATION)],
        "print",
        "test",
    )
    # Assessments, the family plan and reviews (one of each).
    from familycase.domain.assessment import Answer
    from familycase.domain.instruments import FAMILY_PROGRESS_MEASURE
    from familycase.domain.plan import Attendee, FamilyPlan, PlanAction, Review
    from familycase.services import assessments, plans

    reading = assessments.start_assessment(lead, family_id, FAMILY_PROGRESS_MEASURE)
    reading.assessment.set_answer(Answer(question_id="home", value=4))
    assessments.complete_assessment(lead, family_id, reading.id, reading.assessment)
    plans.save_plan(lead, family_id, FamilyPlan(actions=[PlanAction(what="Call", who="Kim")]))
    plans.record_review(
        lead, family_id, Review(held_on=date.today(), attendees=[Attendee(name="Ann")])
    )
    # Prevented costs, baseline service use, realised outcomes, intervention costs (one each).
    from familycase.domain.costs.scenario import PreventedCostLine
    from familycase.services import costs

    line = PreventedCostLine.model_validate(
        {
            "what_was_avoided": "A&E visits",
            "unit_cost": {"gmca_code": "HE4.0"},
            "quantity": 2,
            "evidence_strength": "weak",
            "assessed_on": date.today(),
        }
    )
    costs.record_prevented_cost(lead, family_id, costs.PreventedCostRecord(line=line))
    costs.record_baseline(
        lead,
        family_id,
        costs.BaselineServiceUse(
            period_start=date.today(),
            period_end=date.today(),
            items=[costs.BaselineItem(service="GP visits", quantity=4)],
        ),
    )
    costs.record_outcome(
        lead,
        family_id,
        costs.RealisedOutcome(
            outcome_area="secure_housing", what_changed="Tenancy kept", achieved_on=date.today()
        ),
    )
    costs.record_intervention_cost(
        lead,
        family_id,
        costs.InterventionCostEntry(
            kind="flexible_spend", spent_on=date.today(), description="Uniform", amount=40
        ),
    )
    # Practice records: a risk flag, a person in both families, a document, a chronology entry.
    from familycase.domain.chronology import ChronologyEntry
    from familycase.domain.risk import RiskFlag
    from familycase.services import chronology_log, documents, people, risks

    risks.save_flag(lead, family_id, RiskFlag(kind="young_carer", started_on=date.today()))
    families.save_member(lead, family_id, b.model_copy(update={"nhs_number": "9434765919"}))
    twin = families.open_family(lead, other_id).file.members[1]
    families.save_member(lead, other_id, twin.model_copy(update={"nhs_number": "9434765919"}))
    people.decide(lead, family_id, b.id, other_id, twin.id, True)
    documents.attach(lead, family_id, "letter.pdf", b"%PDF-1.4 letter")
    chronology_log.record_event(
        lead,
        family_id,
        ChronologyEntry(kind="significant_event", on=date.today(), title="Excluded"),
    )
    # Oversight: a request returned by the team leader, supervision with an action, and the
    # follow-up check a closure schedules.
    from familycase.domain.enums import ClosureReason, Tier
    from familycase.domain.supervision import ActionAgreed, FamilyDiscussion, SupervisionRecord
    from familycase.domain.work import Closure
    from familycase.services import approvals, supervision

    asked = approvals.request_tier_change(team.unlock("kw1"), family_id, Tier.COMPLEX, "Worse")
    approvals.return_request(lead, family_id, asked, "Not yet")
    supervision.record_session(
        lead,
        SupervisionRecord(
            worker_id=kw1.id,
            held_on=date.today(),
            families=[
                FamilyDiscussion(
                    family_id=family_id,
                    reflection="Going well",
                    actions=[ActionAgreed(what="Visit school", owner_id=kw1.id)],
                )
            ],
        ),
    )
    work.close_episode(
        lead,
        family_id,
        Closure(reason=ClosureReason.OUTCOMES_ACHIEVED, on=date.today(), exit_plan="School"),
    )
    work.open_episode(lead, family_id, referral(), Tier.EARLY_HELP)  # referred again: listed
    work.allocate_lead_professional(lead, family_id, kw1.id)
    return lead, family_id, other_id


def _read_everything(lead, family_id: str) -> None:
    """Everything a worker can open about a family, as the GUI and exports would."""
    families.open_family(lead, family_id)
    consent_service.consents(lead, family_id)
    consent_service.overrides(lead, family_id)
    consent_service.share_log(lead, family_id)
    with Session(lead.vault.engine) as s:
        evidence_ids = s.scalars(
            select(ConsentEvidenceRow.id).where(ConsentEvidenceRow.family_id == family_id)
        ).all()
    for evidence_id in evidence_ids:
        consent_service.read_evidence(lead, family_id, evidence_id)
    from familycase.services import assessments, plans

    for item in assessments.list_assessments(lead, family_id):
        assessments.open_assessment(lead, family_id, item.id)
    assessments.outcome_history(lead, family_id)
    plans.plan_versions(lead, family_id)
    plans.reviews(lead, family_id)
    from familycase.services import costs

    costs.prevented_costs(lead, family_id)
    costs.baselines(lead, family_id)
    costs.realised_outcomes(lead, family_id)
    from familycase.services import documents, timeline

    timeline.chronology(lead, family_id)
    for document in documents.documents(lead, family_id):
        documents.read_document(lead, family_id, document.id)
    costs.intervention_costs(lead, family_id)
    from familycase.services import approvals, conflicts, follow_ups, supervision

    conflicts.open_conflicts(lead, family_id, resolved=True)
    approvals.for_family(lead, family_id)
    follow_ups.follow_ups(lead, family_id)
    supervision.for_family(lead, family_id)


def _keep_a_conflicting_version(team, lead, family_id: str, folder) -> None:
    """The family's lead takes it offline, the team leader recalls it, and the laptop's note
    comes back as a conflicting version (a record in the team store like any other)."""
    from datetime import date

    from familycase.domain.enums import ContactKind
    from familycase.domain.work import ContactNote
    from familycase.services import checkin, devices, replica, work
    from familycase.services.vault import Vault
    from test_replicas import as_worker

    kim = as_worker(team, "kw1").unlock("kw1", PASSWORD)
    replica.check_out(kim, ["FC-000001"], folder, "Kim laptop")
    laptop = Vault.open(folder).unlock("kw1", PASSWORD)
    work.add_contact_note(
        laptop,
        family_id,
        ContactNote(occurred_on=date.today(), kind=ContactKind.HOME_VISIT, text="Offline"),
    )
    devices.recall(lead, "FC-000001", "needed at the office")
    server = checkin.connect_team(laptop, PASSWORD)
    try:
        assert checkin.check_in(laptop, server).conflicts == ["FC-000001"]
    finally:
        server.lock()
        if server.vault.is_server:
            server.vault.dispose()
    kim.lock()


@pytest.mark.parametrize(
    ("table", "column"),
    [
        (table, column)
        for table, columns in ENCRYPTED_COLUMNS.items()
        for column in columns
        if (table, column) != ("families", "summary_ct")
    ],
)
@pytest.mark.parametrize("offset", [1, 7, 20, -1])  # nonce, nonce, body or tag, tag
def test_flipped_byte_in_any_record_is_detected(team, populated, table, column, offset, tmp_path):
    lead, family_id, _ = populated
    if table == "conflicts":
        _keep_a_conflicting_version(team, lead, family_id, tmp_path / "laptop")
    row_id = _row_ids(team.vault.engine, table, family_id)[0]
    _read_everything(lead, family_id)  # intact: nothing raises
    _flip(team.vault.engine, table, column, row_id, offset)
    with pytest.raises(TamperedData) as caught:
        _read_everything(lead, family_id)
    message = str(caught.value)
    assert "FC-000001" in message and "integrity check" in message and "verify" in message
    report = verify_vault(team.vault, session=lead)
    assert not report.ok
    assert any("FC-000001" in p and row_id in p for p in report.problems)


def test_flipped_byte_in_a_list_summary_marks_only_that_row(team, populated):
    from familycase.services.caseload import CaseloadView, caseload

    lead, family_id, other_id = populated
    _flip(team.vault.engine, "families", "summary_ct", family_id)
    rows = {r.family_id: r for r in caseload(lead, CaseloadView.TEAM)}
    assert rows[family_id].damaged and rows[family_id].family_name is None
    assert rows[other_id].family_name == "Otherton family"  # the rest stays usable
    assert not verify_vault(team.vault, session=lead).ok


def test_payload_copied_onto_another_row_is_rejected(team, populated):
    lead, family_id, _ = populated
    with Session(team.vault.engine) as s, s.begin():
        first, second = s.scalars(
            select(MemberRow).where(MemberRow.family_id == family_id).order_by(MemberRow.position)
        ).all()
        second.payload_ct = first.payload_ct  # e.g. to make Bo look like Ann
    with pytest.raises(TamperedData):
        families.open_family(lead, family_id)


def test_payload_copied_from_another_family_is_rejected(team, populated):
    lead, family_id, other_id = populated
    with Session(team.vault.engine) as s, s.begin():
        other = s.get(FamilyRow, other_id)
        s.execute(
            update(FamilyRow).where(FamilyRow.id == family_id).values(details_ct=other.details_ct)
        )
    with pytest.raises(TamperedData):
        families.open_family(lead, family_id)
    # The other family is untouched and still opens.
    assert families.open_family(lead, other_id).file.details.family_name == "Otherton family"


def test_tampered_key_grant_stops_unlock_with_a_clear_error(team, populated):
    lead, family_id, _ = populated
    with team.vault.engine.begin() as connection:
        grant_id = connection.execute(
            text("SELECT id FROM family_key_grants WHERE holder = :h AND family_id = :f"),
            {"h": lead.worker.id, "f": family_id},
        ).scalar_one()
    _flip(team.vault.engine, "family_key_grants", "blob", grant_id)
    with pytest.raises(TamperedData, match="access key failed its integrity check"):
        team.unlock("lead")
