"""The referral workflow: decision with a reason, the feedback letter through the gate (parsed
back from the PDF), the day the referrer was told, and reopening a closed family."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from familycase.domain.consent import ConsentRecord, Purpose
from familycase.domain.enums import AgencyType, ClosureReason, FamilyStatus, ReferralDecision, Tier
from familycase.domain.work import Closure, Referral
from familycase.reports.referral_letter_pdf import referral_letter_pdf
from familycase.services import consent as consent_service
from familycase.services import families, referrals, users, work
from familycase.services.caseload import CaseloadView, caseload
from familycase.services.errors import InvalidRequest

TODAY = date.today()


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _referred_by_school(lead, make_family):
    family_id = make_family(lead, "Letterby", people=("Rita", "Sol"))
    view = families.open_family(lead, family_id)
    return family_id, view.file.members


def test_no_letter_before_a_decision_and_a_decision_needs_a_reason(team, make_family):
    lead = team.unlock("lead")
    family_id, _ = _referred_by_school(lead, make_family)
    with pytest.raises(InvalidRequest, match="Record the decision"):
        referrals.prepare_letter(lead, family_id)
    with pytest.raises(InvalidRequest, match="Record the decision before telling"):
        work.record_referrer_told(lead, family_id)
    with pytest.raises(InvalidRequest, match="Choose the decision"):
        work.record_referral_decision(lead, family_id, ReferralDecision.PENDING, reason="x")


def test_the_letter_tells_the_referrer_what_consent_allows(team, make_family):
    lead = team.unlock("lead")
    kim = next(w for w in users.list_workers(lead) if w.username == "kw1")
    family_id, people_ = _referred_by_school(lead, make_family)
    work.record_referral_decision(
        lead, family_id, ReferralDecision.ACCEPTED, reason="Attendance and routines at home"
    )
    work.allocate_lead_professional(lead, family_id, kim.id, "Knows the school")

    # No consent to tell the referrer: the letter says a decision was made, not what.
    letter = referrals.prepare_letter(lead, family_id)
    assert letter.recipient.agency_type is AgencyType.SCHOOL
    assert letter.outcome_withheld and letter.name_withheld
    text = _text(referral_letter_pdf(letter))
    assert "FC-000001" in text and "OFFICIAL-SENSITIVE" in text
    assert "Letterby" not in text and "Attendance and routines" not in text
    assert "has not agreed to us sharing what was decided with you" in text
    assert "Accepted" not in text and "accepted" not in text

    # Everyone agrees to the referrer being told: the family's name, the decision, the reason
    # and the lead professional go in.
    for person in people_:
        consent_service.record_consent(
            lead,
            family_id,
            ConsentRecord(
                member_id=person.id,
                given_by="the_person",
                method="verbal",
                agencies=["school"],
                purposes=[Purpose.REFERRAL_FEEDBACK],
                categories=["basic_details", "assessment_and_plan"],
                given_on=TODAY,
            ),
        )
    letter = referrals.prepare_letter(lead, family_id)
    assert not letter.outcome_withheld and not letter.name_withheld
    text = _text(referral_letter_pdf(letter))
    assert "Thank you for your referral about the Letterby family, received on" in text
    assert f"We considered it on {TODAY:%d/%m/%Y} and decided: accepted for early help." in text
    assert "Why: Attendance and routines at home" in text
    assert "Kim Worker is the family's lead professional" in text
    assert "Lee Leader" in text and "Test Council" in text

    # Nothing is logged until the letter exists; then the share log has it.
    assert consent_service.share_log(lead, family_id) == []
    referrals.record_letter(lead, letter)
    (entry,) = consent_service.share_log(lead, family_id)
    assert (entry.channel, entry.outcome) == ("letter", "shared")
    assert entry.entry.purpose is Purpose.REFERRAL_FEEDBACK
    assert entry.entry.recipient.agency_type is AgencyType.SCHOOL

    told = work.record_referrer_told(lead, family_id)
    assert told.feedback_to_referrer_on == TODAY
    episode = families.open_family(lead, family_id).current_episode
    assert episode.details.referral.feedback_to_referrer_on == TODAY
    assert episode.details.referral.decision_reason == "Attendance and routines at home"


def test_a_closed_family_is_reopened_as_a_new_episode(team, make_family):
    lead = team.unlock("lead")
    kim = next(w for w in users.list_workers(lead) if w.username == "kw1")
    family_id, _ = _referred_by_school(lead, make_family)
    work.allocate_lead_professional(lead, family_id, kim.id)
    work.close_episode(
        lead,
        family_id,
        Closure(reason=ClosureReason.OUTCOMES_ACHIEVED, on=TODAY, exit_plan="School checks in."),
    )
    worker = team.unlock("kw1")
    new = Referral(
        source_type=AgencyType.HEALTH,
        source_name="Health visitor",
        reason="Baby not gaining weight",
        received_on=TODAY,
        consent_to_referral=True,
    )
    work.open_episode(worker, family_id, new, Tier.TARGETED)
    view = families.open_family(worker, family_id)
    assert len(view.episodes) == 2 and view.current_episode.details.referral == new
    # The key worker who recorded the new referral leads the new episode.
    assert view.status is FamilyStatus.OPEN and view.lead_worker_id == kim.id
    assert [r.family_id for r in caseload(worker, CaseloadView.MINE)] == [family_id]
    # The earlier episode's decision and letter belong to it; the new referral is undecided.
    assert view.current_episode.details.referral.decision is ReferralDecision.PENDING
    with pytest.raises(InvalidRequest, match="already has an open episode"):
        work.open_episode(worker, family_id, new, Tier.TARGETED)

    # Recorded by a team leader, a reopened family waits for allocation.
    work.close_episode(
        lead, family_id, Closure(reason=ClosureReason.DISENGAGED, on=TODAY, exit_plan="Letter.")
    )
    work.open_episode(lead, family_id, new.model_copy(update={"reason": "Again"}), Tier.EARLY_HELP)
    view = families.open_family(lead, family_id)
    assert view.status is FamilyStatus.REFERRED and view.lead_worker_id is None
    assert families.open_family(lead, family_id).episodes[0].details.referral.received_on == (
        TODAY - timedelta(days=10)
    )
