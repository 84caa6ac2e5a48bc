"""The carers' forms and the jurisdiction that chooses them: a young carer's needs assessment
(England), a young carer statement and an adult carer support plan (Scotland). Each passes
``forms check``, round-trips through the services, and is offered only where it applies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from familycase.domain.assessment import AssessmentStatus
from familycase.domain.instruments import (
    ADULT_CARER_SUPPORT_PLAN,
    EARLY_HELP_ASSESSMENT,
    FAMILY_PROGRESS_MEASURE,
    MY_VIEWS,
    YOUNG_CARER_NEEDS_ASSESSMENT,
    YOUNG_CARER_STATEMENT,
    About,
    load_file,
    parse_definition,
)
from familycase.domain.settings import Jurisdiction
from familycase.services import assessments, families, org_settings
from familycase.services.errors import InvalidRequest
from test_assessments import _fill
from test_cli import run

FORMS = Path(__file__).parents[1] / "forms"
CARERS = {
    YOUNG_CARER_NEEDS_ASSESSMENT: ("young-carer-needs-assessment.v1.json", Jurisdiction.ENGLAND),
    YOUNG_CARER_STATEMENT: ("young-carer-statement.v1.json", Jurisdiction.SCOTLAND),
    ADULT_CARER_SUPPORT_PLAN: ("adult-carer-support-plan.v1.json", Jurisdiction.SCOTLAND),
}
EVERYWHERE = {EARLY_HELP_ASSESSMENT, FAMILY_PROGRESS_MEASURE, MY_VIEWS}


@pytest.mark.parametrize("instrument_id", sorted(CARERS))
def test_each_carers_form_passes_forms_check(instrument_id):
    name, jurisdiction = CARERS[instrument_id]
    checked = run("forms", "check", str(FORMS / name), password=None)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip().endswith("version 1)")
    definition = load_file(FORMS / name)
    assert definition.id == instrument_id and definition.jurisdictions == [jurisdiction]
    assert "Written for FamilyCase" in definition.licence  # our own wording


def test_a_misspelt_jurisdiction_is_named():
    text = (FORMS / CARERS[YOUNG_CARER_STATEMENT][0]).read_text()
    data = json.loads(text)
    data["jurisdictions"] = ["scotland", "northern_ireland"]
    with pytest.raises(ValueError, match=r"jurisdictions\[2\]: Input should be .england."):
        parse_definition(json.dumps(data), "statement.json")
    data["jurisdictions"] = ["scotland", "scotland"]
    with pytest.raises(ValueError, match="named twice"):
        parse_definition(json.dumps(data), "statement.json")


@pytest.mark.parametrize("instrument_id", sorted(CARERS))
def test_each_carers_form_round_trips(team, make_family, instrument_id):
    _name, jurisdiction = CARERS[instrument_id]
    if jurisdiction is not Jurisdiction.ENGLAND:
        org_settings.change(team.unlock("admin"), jurisdiction=jurisdiction)
    lead = team.unlock("lead")
    family_id = make_family(lead, "Carewell", people=("Alex", "Sam"))
    alex, sam = families.open_family(lead, family_id).file.members
    about = alex if load_file(FORMS / CARERS[instrument_id][0]).about is About.ADULT else sam
    view = assessments.start_assessment(lead, family_id, instrument_id, member_ids=[about.id])
    filled = _fill(view.definition, view.assessment)
    assessments.save_draft(lead, family_id, filled, view.revision)
    assessments.complete_assessment(lead, family_id, view.id)
    opened = assessments.open_assessment(lead, family_id, view.id)
    assert opened.assessment.status is AssessmentStatus.COMPLETE
    assert opened.definition.key == f"{instrument_id}@1"
    assert opened.definition.digest() == load_file(FORMS / CARERS[instrument_id][0]).digest()

    def dumped(answers: list) -> list:
        return sorted((a.model_dump(mode="json") for a in answers), key=json.dumps)

    assert dumped(opened.assessment.answers) == dumped(filled.answers)


def test_the_jurisdiction_chooses_the_forms_offered(team, make_family):
    lead = team.unlock("lead")
    offered = {c.id for c in assessments.instruments_offered(lead)[0]}
    assert offered == EVERYWHERE | {YOUNG_CARER_NEEDS_ASSESSMENT}
    family_id = make_family(lead, "Borderland", people=("Alex", "Sam"))
    sam = families.open_family(lead, family_id).file.members[1]
    with pytest.raises(InvalidRequest, match="written for Scotland; this organisation works in"):
        assessments.start_assessment(lead, family_id, YOUNG_CARER_STATEMENT, member_ids=[sam.id])
    org_settings.change(team.unlock("admin"), jurisdiction=Jurisdiction.SCOTLAND)
    lead = team.unlock("lead")
    offered = {c.id for c in assessments.instruments_offered(lead)[0]}
    assert offered == EVERYWHERE | {YOUNG_CARER_STATEMENT, ADULT_CARER_SUPPORT_PLAN}
    org_settings.change(team.unlock("admin"), jurisdiction=Jurisdiction.WALES)
    lead = team.unlock("lead")
    assert {c.id for c in assessments.instruments_offered(lead)[0]} == EVERYWHERE
    # The vault's copy of a form for every jurisdiction is as before (old digests hold).
    for definition in (load_file(FORMS / "my-views.v1.json"),):
        assert "jurisdictions" not in definition.canonical_json()
