"""The chronology: every significant event in one list, in order, filtered, and printed
through the consent gate."""

from __future__ import annotations

import io
from datetime import date, timedelta

from pypdf import PdfReader

from familycase.domain.assessment import Answer
from familycase.domain.chronology import ChronologyEntry, EntryKind
from familycase.domain.consent import ConsentRecord, InfoCategory, Purpose, SharingOverride
from familycase.domain.enums import AgencyType, ContactKind, HouseholdRole, ReferralDecision, Tier
from familycase.domain.family import Member
from familycase.domain.instruments import EARLY_HELP_ASSESSMENT, FAMILY_PROGRESS_MEASURE
from familycase.domain.plan import Attendee, FamilyPlan, PlanAction, Review, ReviewKind
from familycase.domain.risk import RiskFlag, RiskKind
from familycase.domain.work import ContactNote
from familycase.reports.chronology_pdf import chronology_pdf
from familycase.services import assessments, chronology_log, families, plans, risks, timeline, work
from familycase.services import consent as consent_service
from familycase.services.consent import Recipient
from familycase.services.timeline import ChronologyFilter, EventGroup, EventKind
from test_assessments import _fill

TODAY = date.today()
SCHOOL = Recipient(agency_type=AgencyType.SCHOOL, name="Demoford Primary")


def _days(n: int) -> date:
    return TODAY - timedelta(days=n)


def _rich_family(team, make_family):
    """A family with one event of every kind, on known days (the referral 10 days ago)."""
    lead = team.unlock("lead")
    family_id = make_family(lead, "Chronoby", people=("Nell", "Otis"))
    nell, otis = families.open_family(lead, family_id).file.members
    work.record_referral_decision(
        lead, family_id, ReferralDecision.ACCEPTED, _days(9), reason="Meets the threshold"
    )
    consent_service.record_consent(
        lead,
        family_id,
        ConsentRecord(
            member_id=nell.id,
            given_by="the_person",
            method="written",
            agencies=["school"],
            purposes=["assessment_and_planning"],
            categories=["basic_details", "assessment_and_plan"],
            given_on=_days(9),
        ),
    )
    eha = assessments.start_assessment(lead, family_id, EARLY_HELP_ASSESSMENT, assessed_on=_days(8))
    assessments.save_draft(lead, family_id, _fill(eha.definition, eha.assessment), eha.revision)
    assessments.complete_assessment(lead, family_id, eha.id)
    assessments.sign_off(lead, family_id, eha.id, "Thorough")
    reading = assessments.start_assessment(
        lead, family_id, FAMILY_PROGRESS_MEASURE, assessed_on=_days(7)
    )
    reading.assessment.set_answer(Answer(question_id="home", value=4))
    assessments.complete_assessment(lead, family_id, reading.id, reading.assessment)
    plans.save_plan(lead, family_id, FamilyPlan(actions=[PlanAction(what="Routine", who="Nell")]))
    plans.record_review(
        lead,
        family_id,
        Review(
            kind=ReviewKind.TAF_MEETING,
            held_on=_days(4),
            attendees=[Attendee(name="Ms Teacher", agency_type="school")],
            decisions="Keep going",
        ),
    )
    risks.save_flag(
        lead,
        family_id,
        RiskFlag(kind=RiskKind.CHILD_IN_NEED_PLAN, member_ids=[otis.id], started_on=_days(6)),
    )
    work.add_contact_note(
        lead,
        family_id,
        ContactNote(
            occurred_on=_days(5),
            kind=ContactKind.HOME_VISIT,
            member_ids=[otis.id],
            text="Otis disclosed worries about home.",
            child_seen=True,
            child_seen_alone=True,
            significant=True,
        ),
    )
    work.add_contact_note(
        lead,
        family_id,
        ContactNote(occurred_on=_days(5), kind=ContactKind.PHONE_CALL, text="Routine call."),
    )
    families.save_member(
        lead,
        family_id,
        otis.model_copy(update={"lives_in_household": False}),
    )
    chronology_log.record_event(
        lead,
        family_id,
        ChronologyEntry(
            kind=EntryKind.SIGNIFICANT_EVENT,
            on=_days(3),
            title="Fixed-term exclusion",
            member_ids=[otis.id],
            category=InfoCategory.EDUCATION,
        ),
    )
    consent_service.record_override(
        lead,
        family_id,
        SharingOverride(
            member_id=otis.id,
            agency="police",
            purpose="panel",
            categories=["social_care"],
            reason="Risk of harm",
            lawful_basis="public_task",
            decided_by="Lee Leader",
            decided_on=_days(2),
            applies_until=TODAY,
        ),
    )
    work.change_tier(lead, family_id, Tier.TARGETED, "Worries increased", _days(1))
    return lead, family_id, nell, otis


def test_every_kind_of_event_in_one_list_newest_first(team, make_family):
    lead, family_id, nell, _otis = _rich_family(team, make_family)
    found = timeline.chronology(lead, family_id)
    events = found.filtered(ChronologyFilter())
    kinds = [(e.on, e.kind) for e in events]
    # Newest first; on one day, in the order things happen in the work, reversed.
    assert kinds == [
        (TODAY, EventKind.PLAN),  # saved today
        (TODAY, EventKind.ASSESSMENT_SIGNED_OFF),  # completed and signed off today
        (TODAY, EventKind.ASSESSMENT_COMPLETED),
        (TODAY, EventKind.HOUSEHOLD),  # Otis moved out (recorded today)
        (_days(1), EventKind.STEP_UP),
        (_days(2), EventKind.CONSENT_OVERRIDE),
        (_days(3), EventKind.SIGNIFICANT_EVENT),
        (_days(4), EventKind.TAF_MEETING),
        (_days(5), EventKind.CONTACT),  # only the significant one
        (_days(6), EventKind.RISK_STARTED),
        (_days(7), EventKind.READING),
        (_days(8), EventKind.ASSESSMENT_STARTED),
        (_days(9), EventKind.CONSENT_GIVEN),
        (_days(9), EventKind.DECISION),
        (_days(10), EventKind.TIER),
        (_days(10), EventKind.REFERRAL),
    ]
    by_kind = {e.kind: e for e in events}
    assert by_kind[EventKind.DECISION].detail == "Meets the threshold"
    assert by_kind[EventKind.DECISION].who == "Lee Leader"
    assert by_kind[EventKind.CONTACT].title == "Home visit \N{EN DASH} child seen alone"
    assert by_kind[EventKind.HOUSEHOLD].title == "Otis Chronoby no longer lives in the household"
    assert by_kind[EventKind.RISK_STARTED].title == "Alert: Child in need plan (Otis)"
    assert by_kind[EventKind.SIGNIFICANT_EVENT].category is InfoCategory.EDUCATION
    assert by_kind[EventKind.TAF_MEETING].title == "Team Around the Family meeting"
    assert "Ms Teacher" in by_kind[EventKind.TAF_MEETING].detail
    assert by_kind[EventKind.ASSESSMENT_SIGNED_OFF].who == "Lee Leader"
    assert by_kind[EventKind.PLAN].title == "Family plan agreed"
    assert by_kind[EventKind.PLAN].detail == "0 outcome(s), 1 action(s)"
    assert by_kind[EventKind.ASSESSMENT_STARTED].member_ids == ()  # the whole household
    assert by_kind[EventKind.CONSENT_GIVEN].member_ids == (nell.id,)

    # Every contact, when asked for.
    every = found.filtered(ChronologyFilter(all_contacts=True))
    assert len(every) == len(events) + 1
    assert sum(e.kind is EventKind.CONTACT for e in every) == 2


def test_filters_by_kind_person_and_date(team, make_family):
    lead, family_id, nell, otis = _rich_family(team, make_family)
    found = timeline.chronology(lead, family_id)

    only_risks_and_assessments = found.filtered(
        ChronologyFilter(groups=frozenset({EventGroup.RISKS, EventGroup.ASSESSMENTS}))
    )
    assert [e.kind for e in only_risks_and_assessments] == [
        EventKind.ASSESSMENT_SIGNED_OFF,
        EventKind.ASSESSMENT_COMPLETED,
        EventKind.RISK_STARTED,
        EventKind.ASSESSMENT_STARTED,
    ]
    # Nell's events and the whole family's: not Otis's own (his contact, flag, exclusion,
    # move and the override about him).
    nells = found.filtered(ChronologyFilter(member_id=nell.id))
    assert all(not e.member_ids or nell.id in e.member_ids for e in nells)
    kinds = {e.kind for e in nells}
    assert EventKind.CONSENT_GIVEN in kinds and EventKind.REFERRAL in kinds
    assert not kinds & {
        EventKind.CONTACT,
        EventKind.RISK_STARTED,
        EventKind.SIGNIFICANT_EVENT,
        EventKind.HOUSEHOLD,
        EventKind.CONSENT_OVERRIDE,
    }
    otis_own = [e for e in found.filtered(ChronologyFilter(member_id=otis.id)) if e.member_ids]
    assert {e.kind for e in otis_own} >= {
        EventKind.CONTACT,
        EventKind.RISK_STARTED,
        EventKind.SIGNIFICANT_EVENT,
        EventKind.HOUSEHOLD,
        EventKind.CONSENT_OVERRIDE,
    }
    window = found.filtered(ChronologyFilter(since=_days(6), until=_days(3)))
    assert [e.on for e in window] == [_days(3), _days(4), _days(5), _days(6)]


def test_household_changes_are_noted_as_they_are_saved(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Movesby", people=("Pat",))
    view = families.open_family(lead, family_id)
    baby = Member(
        given_names="Baby",
        family_name="Movesby",
        household_role=HouseholdRole.UNBORN_CHILD,
        expected_date=TODAY + timedelta(days=30),
    )
    families.save_member(lead, family_id, baby)
    families.save_member(
        lead,
        family_id,
        baby.model_copy(
            update={
                "household_role": HouseholdRole.CHILD,
                "expected_date": None,
                "date_of_birth": _days(1),
            }
        ),
    )
    families.save_details(
        lead,
        family_id,
        view.file.details.model_copy(
            update={
                "address": view.file.details.address.model_copy(update={"lines": ["2 New Street"]})
            }
        ),
    )
    families.remove_member(lead, family_id, baby.id)
    events = [
        (e.on, e.title)
        for e in timeline.chronology(lead, family_id).events
        if e.kind is EventKind.HOUSEHOLD
    ]
    assert events == [
        (TODAY, "Baby Movesby was taken off the family file"),
        (TODAY, "The family's address changed"),
        (TODAY, "Baby Movesby joined the family file"),
        (_days(1), "Baby Movesby was born"),
    ]


def _pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_printed_chronology_goes_through_the_gate_and_is_logged(team, make_family):
    lead, family_id, _nell, otis = _rich_family(team, make_family)
    printed = timeline.prepare_print(lead, family_id, SCHOOL, Purpose.ASSESSMENT_AND_PLANNING)
    # Only Nell consented (basic details and the plan, to the school): whole-family events need
    # everyone, so only Nell's own consent event may go.
    assert [e.kind for e in printed.shown] == [EventKind.CONSENT_GIVEN]
    assert printed.withheld == 15
    assert printed.family_name is None  # Otis's basic details are not agreed
    text = _pdf_text(chronology_pdf(printed, "Lee Leader"))
    assert "Chronology FC-000001" in text and "Chronoby family" not in text
    assert "Consent to share given for Nell" in text
    assert "15 event(s): the family has not agreed to share them with Demoford Primary" in text
    assert "Otis disclosed" not in text and "exclusion" not in text
    assert consent_service.share_log(lead, family_id) == []  # nothing logged until printed
    timeline.record_printed(lead, printed)
    entry = consent_service.share_log(lead, family_id)[0]
    assert (entry.channel, entry.outcome) == ("print", "partly_withheld")
    assert entry.entry.purpose is Purpose.ASSESSMENT_AND_PLANNING

    # Once Otis agrees too, whole-family events print, and the family's name with them.
    consent_service.record_consent(
        lead,
        family_id,
        ConsentRecord(
            member_id=otis.id,
            given_by="the_person",
            method="written",
            agencies=["school"],
            purposes=["assessment_and_planning"],
            categories=["basic_details", "assessment_and_plan", "education"],
            given_on=TODAY,
        ),
    )
    printed = timeline.prepare_print(
        lead,
        family_id,
        SCHOOL,
        wanted=ChronologyFilter(groups=frozenset({EventGroup.REFERRAL, EventGroup.EVENTS})),
    )
    assert [e.kind for e in printed.shown] == [
        EventKind.SIGNIFICANT_EVENT,
        EventKind.DECISION,
        EventKind.REFERRAL,
    ]
    assert printed.withheld == 0 and printed.family_name == "Chronoby family"
    text = _pdf_text(chronology_pdf(printed, "Lee Leader"))
    assert "Chronology FC-000001: Chronoby family" in text
    assert "Fixed-term exclusion" in text and "WITHHELD:" not in text
