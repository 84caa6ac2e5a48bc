"""Exporting summary bundles from a key worker's vault."""

from __future__ import annotations

import time
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycase.domain.consent import ConsentRecord
from familycase.exchange.bundle import open_bundle
from familycase.services import consent as consent_service
from familycase.services import families, users, work
from familycase.services.exchange import export_summaries
from familycase.store.schema import UserRow


def _signer(vault):
    def lookup(user_id: str) -> bytes | None:
        with Session(vault.engine) as s:
            return s.scalar(select(UserRow.signing_public).where(UserRow.id == user_id))

    return lookup


def test_export_writes_a_bundle_only_the_team_can_read(team, make_family, tmp_path):
    lead = team.unlock("lead")
    kim = next(w for w in users.list_workers(lead) if w.username == "kw1")
    consented = make_family(lead, "Named", people=("Ann",))
    unconsented = make_family(lead, "Hidden", people=("Bob",))
    for family_id in (consented, unconsented):
        work.allocate_lead_professional(lead, family_id, kim.id)
    ann = families.open_family(lead, consented).file.members[0]
    consent_service.record_consent(
        lead,
        consented,
        ConsentRecord(
            member_id=ann.id,
            given_by="the_person",
            method="written",
            agencies=["early_help"],
            purposes=["monitoring_and_reporting"],
            categories=["basic_details"],
            given_on=date.today(),
        ),
    )

    kw1 = team.unlock("kw1")
    exported_after = time.time()
    path = export_summaries(kw1, tmp_path / "shared-drive")
    assert path.name.startswith("familycase-kw1-") and path.suffix == ".fcbundle"
    assert list(path.parent.iterdir()) == [path]  # no partial files left behind
    data = path.read_bytes()
    assert b"Named" not in data and b"Hidden" not in data

    lead = team.unlock("lead")
    bundle = open_bundle(data, lead.worker.id, lead.ring.agreement, _signer(team.vault))
    by_family = {s.family_id: s for s in bundle.summaries}
    assert by_family[consented].family_name == "Named family"
    assert by_family[unconsented].family_name is None
    assert "withheld" in by_family[unconsented].withheld[0]
    # The sequence never starts again from 1 (a fresh laptop copy would): it is at least the
    # time of export in milliseconds.
    assert bundle.sequence >= int(exported_after * 1000) and bundle.sender_id == kw1.worker.id
    # The manager can read it too; a key worker cannot.
    boss = team.unlock("boss")
    assert open_bundle(data, boss.worker.id, boss.ring.agreement, _signer(team.vault)) == bundle
    # Every name decision went through the consent gate and is in the share log.
    assert [e.channel for e in consent_service.share_log(lead, unconsented)] == ["bundle"]
    second = export_summaries(kw1, tmp_path / "shared-drive")
    again = open_bundle(
        second.read_bytes(), lead.worker.id, lead.ring.agreement, _signer(team.vault)
    )
    assert again.sequence > bundle.sequence


def test_outcome_readings_travel_only_with_consent(team, make_family, tmp_path):
    from datetime import timedelta

    from familycase.domain.assessment import Answer
    from familycase.domain.instruments import FAMILY_PROGRESS_MEASURE
    from familycase.services import assessments

    kw1 = team.unlock("kw1")
    shared = make_family(kw1, "Shared", people=("Sal",))  # kw1 records it, so kw1 leads it
    private = make_family(kw1, "Private", people=("Pip",))
    for family_id in (shared, private):
        for days_ago, home in ((40, 2), (1, 6)):
            view = assessments.start_assessment(
                kw1,
                family_id,
                FAMILY_PROGRESS_MEASURE,
                assessed_on=date.today() - timedelta(days=days_ago),
            )
            view.assessment.set_answer(Answer(question_id="home", value=home))
            assessments.complete_assessment(kw1, family_id, view.id, view.assessment)
    sal = families.open_family(kw1, shared).file.members[0]
    consent_service.record_consent(
        kw1,
        shared,
        ConsentRecord(
            member_id=sal.id,
            given_by="the_person",
            method="written",
            agencies=["early_help"],
            purposes=["monitoring_and_reporting"],
            categories=["basic_details", "outcomes"],
            given_on=date.today(),
        ),
    )
    path = export_summaries(kw1, tmp_path)
    lead = team.unlock("lead")
    bundle = open_bundle(
        path.read_bytes(), lead.worker.id, lead.ring.agreement, _signer(team.vault)
    )
    by_family = {s.family_id: s for s in bundle.summaries}
    readings = by_family[shared].outcome_readings
    assert [(r.instrument_id, [(x.key, x.score) for x in r.scores]) for r in readings] == [
        ("familycase.family_progress", [("home", 2)]),
        ("familycase.family_progress", [("home", 6)]),
    ]
    assert by_family[private].outcome_readings == []
    assert any("Outcome readings withheld" in w for w in by_family[private].withheld)
