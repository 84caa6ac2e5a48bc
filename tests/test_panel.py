"""Panel case summaries: consent-filtered per agency, withheld shown, logged, protected."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from familycase.domain.consent import ConsentRecord, InfoCategory, SharingOverride
from familycase.domain.enums import AgencyType
from familycase.reports.panel_pdf import panel_pack_pdf
from familycase.services import consent as consent_service
from familycase.services import families, panel
from familycase.services.consent import Recipient
from familycase.services.errors import Cancelled
from familycase.services.panel import Section

TODAY = date.today()
SCHOOL = Recipient(agency_type=AgencyType.SCHOOL, name="Demoford Primary")
POLICE = Recipient(agency_type=AgencyType.POLICE, name="Demoford Police")


def _text(pdf: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def family(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Panelby", people=("Gwendolyn", "Horatio"))
    mum, son = families.open_family(lead, family_id).file.members
    # Both consent to basic details and the plan going to the school, not the police.
    for person in (mum, son):
        consent_service.record_consent(
            lead,
            family_id,
            ConsentRecord(
                member_id=person.id,
                given_by="the_person",
                method="written",
                agencies=["school"],
                purposes=["panel"],
                categories=["basic_details", "assessment_and_plan", "outcomes"],
                given_on=TODAY,
            ),
        )
    return lead, family_id, mum, son


def test_each_agency_sees_only_what_was_agreed_and_withheld_is_shown(family):
    lead, family_id, mum, _son = family
    request = panel.PanelRequest(
        question="Should the family get a family support worker?",
        risks=[
            panel.RiskNote(
                text="Dad's drinking has increased", category="substance_use", member_ids=[mum.id]
            )
        ],
    )
    for_school = panel_pack_pdf(panel.build_pack(lead, [family_id], SCHOOL, {family_id: request}))
    school = _text(for_school)
    assert "Gwendolyn Panelby" in school and "Horatio Panelby" in school
    assert "School worried about attendance." in school  # the referral reason
    assert "Should the family get a family support worker?" in school
    assert "Dad's drinking" not in school  # substance use was not agreed with the school
    assert "WITHHELD" in school
    assert "Consent to share in this family: 2 of 2 people." in school
    assert "1 risk note(s): 1 person: they did not agree to share substance use." in school
    assert "OFFICIAL-SENSITIVE" in school and "For: Demoford Primary" in school

    police = _text(panel_pack_pdf(panel.build_pack(lead, [family_id], POLICE)))
    assert "Gwendolyn" not in police and "Horatio" not in police
    assert "School worried about attendance." not in police
    assert police.count("WITHHELD") >= 3  # household, reason, tier history (and plan)
    # Each withheld item says why, in words: here the agency is not one they agreed to.
    assert "2 people: their consent does not include Demoford Police." in police


def test_a_purpose_mismatch_is_named_in_the_notice_and_per_person(team, make_family):
    """The issue: consent for assessment and planning, asked for the panel, was withheld
    without saying why."""
    lead = team.unlock("lead")
    family_id = make_family(lead, "Purposeby", people=("Ida", "Jon"))
    ida, _jon = families.open_family(lead, family_id).file.members
    consent_service.record_consent(
        lead,
        family_id,
        ConsentRecord(
            member_id=ida.id,
            given_by="the_person",
            method="written",
            agencies=["school"],
            purposes=["assessment_and_planning"],
            categories=["basic_details", "assessment_and_plan", "outcomes"],
            given_on=TODAY,
        ),
    )
    (summary,) = panel.build_pack(lead, [family_id], SCHOOL)
    # In force for Ida (for another purpose), nothing for Jon: 1 of 2 people, never "Current".
    assert summary.consent_text == "Consent to share in this family: 1 of 2 people."
    household = summary.sections[0]
    assert household.withheld == (
        "1 person: their consent is for other purposes, not for panel; "
        "1 person: no consent to share has been recorded for them."
    )
    reasons = {row[3] for row in household.rows[1:]}
    assert reasons == {
        "Their consent is for other purposes, not for panel",
        "No consent to share has been recorded for them",
    }
    (why,) = {tuple(d.why) for d in summary.decisions if d.member_id == ida.id}
    assert why == ("purpose",)


def test_override_lets_a_safeguarding_share_through_and_says_so(family):
    lead, family_id, mum, _son = family
    consent_service.record_override(
        lead,
        family_id,
        SharingOverride(
            member_id=mum.id,
            agency="police",
            purpose="panel",
            categories=["basic_details"],
            reason="Risk of serious harm to a child",
            lawful_basis="public_task",
            decided_by="Lee Leader",
            decided_on=TODAY,
            applies_until=TODAY + timedelta(days=1),
        ),
    )
    summaries = panel.build_pack(lead, [family_id], POLICE)
    police = _text(panel_pack_pdf(summaries))
    assert "Gwendolyn Panelby" in police and "Horatio" not in police
    overridden = [d for d in summaries[0].decisions if d.outcome == "allow_by_override"]
    assert [(d.member_id, d.category) for d in overridden] == [(mum.id, InfoCategory.BASIC_DETAILS)]


def test_printing_is_logged_and_a_cancelled_pack_logs_nothing(family):
    lead, family_id, *_ = family
    with pytest.raises(Cancelled):
        panel.build_pack(lead, [family_id, family_id], SCHOOL, cancelled=lambda: True)
    assert consent_service.share_log(lead, family_id) == []
    seen: list[tuple[int, int]] = []
    summaries = panel.build_pack(
        lead, [family_id], SCHOOL, progress=lambda done, total: seen.append((done, total))
    )
    assert seen == [(1, 1)]
    panel_pack_pdf(summaries)
    panel.record_printed(lead, summaries)
    log = consent_service.share_log(lead, family_id)
    assert [(e.channel, e.outcome) for e in log] == [("print", "shared")]
    assert log[0].entry.recipient == SCHOOL


def test_password_protected_pack_opens_only_with_its_password(family):
    lead, family_id, *_ = family
    pdf = panel_pack_pdf(panel.build_pack(lead, [family_id], SCHOOL), password="panel pass 2026")
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.is_encrypted
    assert reader.decrypt("wrong password").name == "NOT_DECRYPTED"
    assert "Gwendolyn Panelby" in _text(pdf, "panel pass 2026")
    assert b"Gwendolyn" not in pdf
    with pytest.raises(ValueError, match="at least 10"):
        panel_pack_pdf(panel.build_pack(lead, [family_id], SCHOOL), password="short")


def test_a_pack_of_several_families_starts_each_on_a_new_page(team, make_family, family):
    lead, first, *_ = family
    second = make_family(lead, "Secondby", people=("Ida",))
    pack = panel.build_pack(lead, [first, second], SCHOOL)
    # A long first summary, so that its pages run on (three or more).
    rows = [["What happened"]] + [[f"Contact number {i}."] for i in range(160)]
    long = replace(pack[0], sections=[*pack[0].sections, Section("A long section", rows)])
    pdf = panel_pack_pdf([long, *pack[1:]])
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]
    starts = [i for i, text in enumerate(pages) if "For Demoford Primary, purpose" in text]
    assert len(starts) == 2 and starts[0] == 0
    assert "Case summary FC-000002" in pages[starts[1]]
    assert starts[1] >= 3
    # Every page names its family and is numbered within that family's summary.
    for start, end in ((starts[0], starts[1]), (starts[1], len(pages))):
        reference = pages[start].split("Case summary ")[1].split()[0].rstrip(",")
        for n, text in enumerate(pages[start:end], start=1):
            assert f"Case summary {reference}, page {n} of {end - start}" in text, text


def test_plan_and_outcome_readings_appear_only_where_agreed(family):
    from familycase.domain.assessment import Answer
    from familycase.domain.instruments import FAMILY_PROGRESS_MEASURE
    from familycase.domain.plan import FamilyPlan, PlanAction
    from familycase.services import assessments, plans

    lead, family_id, *_ = family
    for days_ago, home in ((60, 3), (2, 7)):
        view = assessments.start_assessment(
            lead, family_id, FAMILY_PROGRESS_MEASURE, assessed_on=TODAY - timedelta(days=days_ago)
        )
        for area, score in (("home", home), ("health", 5), ("money_work", 4)):
            view.assessment.set_answer(Answer(question_id=area, value=score))
        assessments.complete_assessment(lead, family_id, view.id, view.assessment)
    plans.save_plan(
        lead,
        family_id,
        FamilyPlan(
            actions=[PlanAction(what="Apply for a discretionary housing payment", who="Key worker")]
        ),
    )
    school = _text(panel_pack_pdf(panel.build_pack(lead, [family_id], SCHOOL)))
    assert "Apply for a discretionary housing payment" in school
    assert "Latest outcome readings" in school and "+4" in school  # home: 3 -> 7
    police = _text(panel_pack_pdf(panel.build_pack(lead, [family_id], POLICE)))
    assert "discretionary housing" not in police and "+4" not in police
