"""Audit viewer queries, subject access exports, retention and destruction."""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from backends import file_only
from conftest import PASSWORD
from familycase.domain.consent import ConsentRecord, InfoCategory, Purpose
from familycase.domain.enums import AgencyType, ClosureReason, ContactKind
from familycase.domain.work import Closure, ContactNote
from familycase.reports.audit_csv import audit_csv
from familycase.reports.subject_access_pdf import subject_access_pdf
from familycase.services import consent as consent_service
from familycase.services import families, retention, work
from familycase.services.audit_log import query_audit
from familycase.services.caseload import CaseloadView, caseload
from familycase.services.errors import InvalidRequest, NoAccessToFamily, PermissionDenied
from familycase.services.subject_access import subject_access
from familycase.services.vault import Vault

TODAY = date.today()


# --- audit viewer ------------------------------------------------------------------------------


def test_audit_filters_by_worker_family_action_and_date(team, make_family):
    lead = team.unlock("lead")
    first = make_family(lead, "Firstly")
    second = make_family(lead, "Secondly")
    kw1 = team.unlock("kw1")
    families.open_family(lead, first)
    families.open_family(lead, second)
    families.open_family(lead, second)
    views = query_audit(lead, action="view")
    assert [e.family_id for e in views] == [second, second, first]  # newest first
    assert {e.actor_name for e in views} == {"Lee Leader"}
    about_first = query_audit(lead, family_id=first)
    assert {e.action for e in about_first} == {"create", "view"}
    by_kw1 = query_audit(lead, actor_id=kw1.worker.id)
    assert [e.action for e in by_kw1] == ["unlock"]
    assert query_audit(lead, since=TODAY + timedelta(days=1)) == []
    assert len(query_audit(lead, until=TODAY)) == len(query_audit(lead))
    assert query_audit(lead, until=TODAY - timedelta(days=1)) == []
    with pytest.raises(PermissionDenied):
        query_audit(kw1)


def test_audit_csv_contains_the_filtered_rows_and_defuses_formulas(team):
    with pytest.raises(Exception):  # noqa: B017 - a failed sign-in with a formula name
        team.vault.unlock("=HYPERLINK(1)", "x")
    lead = team.unlock("lead")
    entries = query_audit(lead, action="unlock_failed")
    rows = list(csv.DictReader(io.StringIO(audit_csv(entries))))
    assert len(rows) == 1
    assert json.loads(rows[0]["details"].lstrip("'")) == {"username": "=hyperlink(1)"}
    assert not rows[0]["details"].startswith("=")


# --- subject access ----------------------------------------------------------------------------


def test_subject_access_contains_the_person_and_no_one_else(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Accessby", people=("Priscilla", "Ulysses", "Wilhelmina"))
    mum, son, daughter = families.open_family(lead, family_id).file.members
    from familycase.domain.family import Relationship

    families.save_relationship(
        lead, family_id, Relationship(from_member_id=mum.id, to_member_id=son.id, kind="parent_of")
    )
    work.add_contact_note(
        lead,
        family_id,
        ContactNote(
            occurred_on=TODAY,
            kind=ContactKind.HOME_VISIT,
            member_ids=[son.id],
            text="Talked with him about school mornings.",
        ),
    )
    work.add_contact_note(
        lead,
        family_id,
        ContactNote(
            occurred_on=TODAY,
            kind=ContactKind.HOME_VISIT,
            member_ids=[daughter.id],
            text="Sister-only visit note.",
        ),
    )
    consent_service.record_consent(
        lead,
        family_id,
        ConsentRecord(
            member_id=son.id,
            given_by="parental_responsibility",
            method="verbal",
            agencies=["school"],
            purposes=["panel"],
            categories=["education"],
            given_on=TODAY,
        ),
    )

    consent_service.consent_gate(  # shared with the school for a panel: what was decided
        lead,
        family_id,
        consent_service.Recipient(agency_type=AgencyType.SCHOOL, name="Hill School"),
        Purpose.PANEL,
        [(son.id, InfoCategory.EDUCATION), (son.id, InfoCategory.HEALTH)],
        "panel",
        "Panel papers",
    )

    pack = subject_access(lead, family_id, son.id)
    text = pack.model_dump_json()
    assert "Ulysses" in text and "Talked with him about school mornings." in text
    for other in ("Priscilla", "Wilhelmina", mum.id, daughter.id, "Sister-only visit note"):
        assert other not in text, other
    assert pack.relationships[0].other_person == "a parent in the household"
    assert len(pack.consents) == 1

    pdf = subject_access_pdf(pack)
    pages = PdfReader(io.BytesIO(pdf)).pages
    content = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert "Information held about Ulysses Accessby" in content
    assert "Talked with him about school mornings." in content
    assert "OFFICIAL-SENSITIVE" in pages[0].extract_text()
    assert "Priscilla" not in content and "Wilhelmina" not in content
    # The decisions in plain words, not the codes stored ("education: allow").
    assert "Education: shared: you consented" in content
    assert "Health: not shared" in content
    assert "panel papers School Hill School Panel Education" in content
    for code in ("education:", "allow", "deny", "basic_details", "_"):
        assert code not in content.replace("OFFICIAL-SENSITIVE", ""), code
    assert any(e.action == "subject_access" for e in query_audit(lead))


# --- retention and destruction -----------------------------------------------------------------


def _closed_family(lead, make_family, name: str) -> str:
    family_id = make_family(lead, name)
    work.close_episode(
        lead,
        family_id,
        Closure(reason=ClosureReason.OUTCOMES_ACHIEVED, on=TODAY, exit_plan="Universal services."),
    )
    return family_id


def test_families_past_retention_are_listed_after_the_period(team, make_family):
    lead = team.unlock("lead")
    closed = _closed_family(lead, make_family, "Closedby")
    make_family(lead, "Stillopen")
    assert retention.past_retention(lead) == []
    years = retention.retention_years(team.vault)
    later = retention.add_years(TODAY, years) + timedelta(days=1)
    assert [r.family_id for r in retention.past_retention(lead, on=later)] == [closed]
    retention.set_retention_years(team.unlock("admin"), 10)
    assert retention.past_retention(lead, on=later) == []
    with pytest.raises(PermissionDenied):
        retention.set_retention_years(lead, 3)


def test_leap_day_retention_falls_on_28_february():
    assert retention.add_years(date(2024, 2, 29), 6) == date(2030, 2, 28)
    assert retention.add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


@file_only  # on a team server: tests/test_team_server.py (dumps of both databases)
def test_destruction_makes_even_a_prior_copy_undecryptable(team, make_family, tmp_path):
    lead = team.unlock("lead")
    doomed = _closed_family(lead, make_family, "Doomed")
    kept = make_family(lead, "Kept")
    later = retention.add_years(TODAY, retention.retention_years(team.vault)) + timedelta(days=2)
    # A copy of the main database taken just before destruction.
    team.vault.dispose()
    snapshot = tmp_path / "snapshot"
    snapshot.mkdir()
    import sqlite3

    with (
        sqlite3.connect(team.data_dir / "familycase.sqlite3") as source,
        sqlite3.connect(snapshot / "familycase.sqlite3") as target,
    ):
        source.backup(target)
    lead = team.unlock("lead")
    with pytest.raises(InvalidRequest, match="type its reference"):
        retention.destroy_family(lead, doomed, "FC-999999", on=later)
    with pytest.raises(InvalidRequest, match="not past its retention"):
        retention.destroy_family(lead, kept, "FC-000002", on=later)
    assert retention.destroy_family(lead, doomed, "fc-000001", on=later) == "FC-000001"

    assert [
        r.family_name for r in caseload(team.unlock("lead"), CaseloadView.TEAM, statuses=None)
    ] == ["Kept family"]
    destroyed = query_audit(lead, action="destroy")[0]
    assert destroyed.detail["reference"] == "FC-000001" and "Doomed" not in json.dumps(
        destroyed.detail
    )

    # The old copy still holds every row and grant, but with today's key-share file nobody,
    # not even the team leader with the right password, can open the destroyed family.
    shutil.copy(team.data_dir / "familycase-keys.sqlite3", snapshot / "familycase-keys.sqlite3")
    old = Vault.open(snapshot)
    session = old.unlock("lead", PASSWORD)
    assert not session.holds_key(doomed)
    with pytest.raises(NoAccessToFamily):
        families.open_family(session, doomed)
    assert families.open_family(session, kept).file.details.family_name == "Kept family"
    rows = {r.family_id: r for r in caseload(session, CaseloadView.TEAM, statuses=None)}
    assert rows[doomed].family_name is None  # its row is there, its content is not readable


def test_only_team_leaders_and_administrators_manage_retention(team):
    with pytest.raises(PermissionDenied):
        retention.past_retention(team.unlock("kw1"))


def test_subject_access_includes_assessment_answers_about_the_person_only(team, make_family):
    from familycase.domain.assessment import Answer
    from familycase.domain.instruments import MY_VIEWS
    from familycase.services import assessments

    lead = team.unlock("lead")
    family_id = make_family(lead, "Viewsby", people=("Mum", "Kira", "Leo"))
    _mum, kira, leo = families.open_family(lead, family_id).file.members
    definition = assessments.instrument_library(team.vault).latest(MY_VIEWS)
    question = next(q for _s, q in definition.questions() if q.type == "long_text")
    for child, words in ((kira, "Kira likes drawing"), (leo, "Leo wants quieter nights")):
        view = assessments.start_assessment(lead, family_id, MY_VIEWS, member_ids=[child.id])
        view.assessment.set_answer(Answer(question_id=question.id, value=words))
        assessments.save_draft(lead, family_id, view.assessment, view.revision)
    pack = subject_access(lead, family_id, kira.id)
    text = pack.model_dump_json()
    assert "Kira likes drawing" in text and "Leo wants quieter nights" not in text
    pdf = " ".join(
        " ".join(
            p.extract_text() for p in PdfReader(io.BytesIO(subject_access_pdf(pack))).pages
        ).split()
    )
    assert "Kira likes drawing" in pdf
