"""Risk and alert flags: on the file, in lists without plaintext, and in panel summaries
through the consent gate, agency by agency."""

from __future__ import annotations

import io
import sqlite3
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from backends import file_only
from familycase.domain.consent import ConsentRecord, GateOutcome, InfoCategory, SharingOverride
from familycase.domain.enums import AgencyType
from familycase.domain.errors import DomainValidationError, validated
from familycase.domain.risk import RiskFlag, RiskKind
from familycase.reports.panel_pdf import panel_pack_pdf
from familycase.services import consent as consent_service
from familycase.services import families, panel, risks
from familycase.services.caseload import CaseloadView, caseload
from familycase.services.consent import Recipient
from familycase.services.errors import InvalidRequest

TODAY = date.today()
SCHOOL = Recipient(agency_type=AgencyType.SCHOOL, name="Demoford Primary")
POLICE = Recipient(agency_type=AgencyType.POLICE, name="Demoford Police")
HEALTH = Recipient(agency_type=AgencyType.HEALTH, name="Health visiting")


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _consent(lead, family_id, person, agencies, categories):
    consent_service.record_consent(
        lead,
        family_id,
        ConsentRecord(
            member_id=person.id,
            given_by="the_person",
            method="written",
            agencies=agencies,
            purposes=["panel"],
            categories=categories,
            given_on=TODAY,
        ),
    )


def test_flags_are_recorded_corrected_and_ended_never_deleted(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Flagby", people=("Mo", "Baby"))
    _mum, baby = families.open_family(lead, family_id).file.members
    cp = risks.save_flag(
        lead,
        family_id,
        RiskFlag(
            kind=RiskKind.CHILD_PROTECTION_PLAN,
            member_ids=[baby.id],
            started_on=TODAY - timedelta(days=3),
            source_agency_type=AgencyType.SOCIAL_CARE,
            note="Plan after s47 enquiry",
        ),
    )
    assert cp.recorded_by == "Lee Leader" and cp.gate_category is InfoCategory.SOCIAL_CARE
    risks.save_flag(
        lead,
        family_id,
        cp.model_copy(update={"note": "Plan after s47 enquiry; conference 2 weeks"}),
    )
    with pytest.raises(DomainValidationError, match="what kind of alert"):
        validated(RiskFlag, {"kind": RiskKind.OTHER, "started_on": TODAY, "category": "health"})
    with pytest.raises(InvalidRequest, match="only name people in this family"):
        risks.save_flag(
            lead, family_id, RiskFlag(kind="young_carer", member_ids=["nobody"], started_on=TODAY)
        )
    view = families.open_family(lead, family_id)
    assert [f.note for f in view.current_risks] == ["Plan after s47 enquiry; conference 2 weeks"]

    ended = risks.end_flag(lead, family_id, cp.id, "Plan ended at review conference")
    assert ended.ended_on == TODAY and not ended.current_on(TODAY)
    with pytest.raises(InvalidRequest, match="already ended"):
        risks.end_flag(lead, family_id, cp.id, "again")
    with pytest.raises(InvalidRequest, match="cannot be changed"):
        risks.save_flag(lead, family_id, ended.model_copy(update={"note": "x"}))
    view = families.open_family(lead, family_id)
    assert view.current_risks == [] and [f.id for f in view.risks] == [cp.id]
    assert ended.current_on(TODAY - timedelta(days=1))  # it was in force until today
    with pytest.raises(InvalidRequest, match="why the alert has ended"):
        risks.end_flag(lead, family_id, cp.id, " ")


@file_only  # the SQLite file itself; on a server: test_team_server (pg_dump)
def test_caseload_marks_current_flags_without_a_plaintext_column(team, make_family):
    lead = team.unlock("lead")
    flagged = make_family(lead, "Markby")
    plain = make_family(lead, "Calmby")
    risks.save_flag(
        lead,
        flagged,
        RiskFlag(kind=RiskKind.DOMESTIC_ABUSE, started_on=TODAY, note="MARAC on the 3rd"),
    )
    old = risks.save_flag(
        lead,
        flagged,
        RiskFlag(kind=RiskKind.MISSING_FROM_HOME, started_on=TODAY - timedelta(days=9)),
    )
    risks.end_flag(lead, flagged, old.id, "Home again", TODAY - timedelta(days=2))
    rows = {r.family_id: r for r in caseload(lead, CaseloadView.TEAM)}
    assert rows[flagged].alerts == (RiskKind.DOMESTIC_ABUSE,)  # the ended one is not shown
    assert rows[plain].alerts == ()
    # A worker without the key sees no marker at all.
    manager_rows = {r.family_id: r for r in caseload(team.unlock("boss"), CaseloadView.TEAM)}
    assert manager_rows[flagged].alerts == ()
    # Nothing in the database says which kind: the table holds ids, a time and ciphertext.
    team.vault.dispose()
    with sqlite3.connect(team.data_dir / "familycase.sqlite3") as db:
        columns = [c[1] for c in db.execute("PRAGMA table_info(risk_flags)")]
        dump = "\n".join(db.iterdump())
    assert columns == ["recorded_at", "id", "family_id", "payload_ct"]
    assert "domestic_abuse" not in dump and "MARAC" not in dump


@pytest.fixture
def flagged_family(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Riskley", people=("Gwen", "Harry"))
    mum, son = families.open_family(lead, family_id).file.members
    # Basic details and the plan to school and police; social care information to the school.
    for person in (mum, son):
        _consent(
            lead,
            family_id,
            person,
            ["school", "police"],
            ["basic_details", "assessment_and_plan", "outcomes"],
        )
    _consent(lead, family_id, son, ["school"], ["social_care"])
    risks.save_flag(
        lead,
        family_id,
        RiskFlag(
            kind=RiskKind.CHILD_PROTECTION_PLAN,
            member_ids=[son.id],
            started_on=TODAY - timedelta(days=5),
            source_agency_type=AgencyType.SOCIAL_CARE,
            source_agency_name="Demoford Children's Services",
            note="Neglect category",
        ),
    )
    risks.save_flag(
        lead,
        family_id,
        RiskFlag(
            kind=RiskKind.DOMESTIC_ABUSE, started_on=TODAY - timedelta(days=2), note="MARAC held"
        ),
    )
    return lead, family_id, mum, son


def test_file_flags_reach_the_panel_pdf_per_agency_as_the_gate_decides(flagged_family):
    lead, family_id, mum, son = flagged_family
    # The school: the CP plan (social care consent for Harry) shows; domestic abuse (no consent
    # for anyone) is withheld and counted.
    summaries = panel.build_pack(lead, [family_id], SCHOOL)
    school = _text(panel_pack_pdf(summaries))
    assert "Child protection plan: Neglect category" in school
    assert "Harry Riskley" in school and "Demoford Children's Services" in school
    assert "Consent" in school
    assert "MARAC" not in school and "Domestic abuse" not in school
    assert "1 risk note(s)" in school
    assert "No risks" not in school
    decided = {(d.member_id, d.category): d.outcome for d in summaries[0].decisions}
    assert decided[(son.id, InfoCategory.SOCIAL_CARE)] is GateOutcome.ALLOW
    assert decided[(mum.id, InfoCategory.DOMESTIC_ABUSE)] is GateOutcome.DENY

    # The police: neither flag; both are counted as withheld, "No risks" is never printed.
    police = _text(panel_pack_pdf(panel.build_pack(lead, [family_id], POLICE)))
    assert "Child protection plan" not in police and "MARAC" not in police
    assert "2 risk note(s)" in police and "No risks" not in police

    # A safeguarding decision to share domestic abuse with the police, for both people:
    # the flag goes through, and the PDF says on what basis.
    for person in (mum, son):
        consent_service.record_override(
            lead,
            family_id,
            SharingOverride(
                member_id=person.id,
                agency="police",
                purpose="panel",
                categories=["domestic_abuse"],
                reason="Risk of serious harm",
                lawful_basis="public_task",
                decided_by="Lee Leader",
                decided_on=TODAY,
                applies_until=TODAY + timedelta(days=7),
            ),
        )
    summaries = panel.build_pack(lead, [family_id], POLICE)
    police = _text(panel_pack_pdf(summaries))
    assert "Domestic abuse / MARAC: MARAC held" in police
    assert f"Without consent: safeguarding decision by Lee Leader, {TODAY:%d/%m/%Y}" in police
    assert "1 risk note(s)" in police  # the CP plan is still withheld from the police
    panel.record_printed(lead, summaries)
    logged = consent_service.share_log(lead, family_id)[0].entry
    overridden = {
        (d.member_id, d.category) for d in logged.decisions if d.outcome == "allow_by_override"
    }
    assert overridden == {
        (mum.id, InfoCategory.DOMESTIC_ABUSE),
        (son.id, InfoCategory.DOMESTIC_ABUSE),
    }


def test_no_risks_is_printed_only_when_there_are_none(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Quietby", people=("Ann",))
    (ann,) = families.open_family(lead, family_id).file.members
    _consent(lead, family_id, ann, ["health"], ["basic_details", "social_care"])
    text = _text(panel_pack_pdf(panel.build_pack(lead, [family_id], HEALTH)))
    assert "No risks or alerts are recorded in the family file" in text
    flag = risks.save_flag(
        lead, family_id, RiskFlag(kind=RiskKind.YOUNG_CARER, member_ids=[ann.id], started_on=TODAY)
    )
    text = _text(panel_pack_pdf(panel.build_pack(lead, [family_id], HEALTH)))
    assert "Young carer" in text and "No risks" not in text
    risks.end_flag(lead, family_id, flag.id, "Support in place")
    text = _text(panel_pack_pdf(panel.build_pack(lead, [family_id], HEALTH)))
    assert "No risks or alerts are recorded in the family file" in text  # an ended flag is history
