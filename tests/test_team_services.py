"""The team leader's view as services: caseload weight, overdue rules, allocation with a reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from familycase.domain.enums import ClosureReason, FamilyStatus, Role, Tier
from familycase.domain.errors import DomainValidationError
from familycase.domain.staff import Worker
from familycase.domain.work import Closure
from familycase.services import families, org_settings, users, work
from familycase.services import team as team_service
from familycase.services.caseload import CaseloadRow, CaseloadView, caseload
from familycase.services.errors import InvalidRequest, PermissionDenied

ON = date(2026, 3, 10)


def row(family_id: str = "f", **changes) -> CaseloadRow:
    base = dict(
        family_id=family_id,
        reference=f"FC-{family_id}",
        family_name=f"{family_id} family",
        member_names=(),
        lead_worker_id=None,
        lead_name="",
        team_id="t",
        tier=Tier.EARLY_HELP,
        status=FamilyStatus.OPEN,
        next_review_due=None,
        last_contact_on=ON,
        member_count=1,
    )
    base.update(changes)
    return CaseloadRow(**base)


def worker(worker_id: str, name: str, role: Role = Role.KEY_WORKER) -> Worker:
    return Worker(
        id=worker_id, username=f"user-{worker_id}", display_name=name, role=role, team_id="t"
    )


def test_weight_is_half_to_two_per_family_by_tier():
    rows = [row(str(t), tier=t) for t in Tier]
    assert [team_service.family_weight(r) for r in rows] == [0.5, 1.0, 1.5, 2.0]
    assert team_service.caseload_weight(rows) == 5.0
    assert team_service.family_weight(row(tier=None)) == team_service.UNKNOWN_TIER_WEIGHT
    assert team_service.family_weight(row(status=FamilyStatus.CLOSED, tier=Tier.COMPLEX)) == 0
    custom = {Tier.UNIVERSAL: 1, Tier.EARLY_HELP: 1, Tier.TARGETED: 3, Tier.COMPLEX: 5}
    assert team_service.caseload_weight(rows, custom) == 10


def test_contact_is_overdue_after_28_days_or_when_never_made():
    assert not team_service.contact_overdue(row(last_contact_on=ON - timedelta(days=28)), ON)
    assert team_service.contact_overdue(row(last_contact_on=ON - timedelta(days=29)), ON)
    assert team_service.contact_overdue(row(last_contact_on=None), ON)
    assert not team_service.contact_overdue(
        row(last_contact_on=ON - timedelta(days=10)), ON, days=14
    )
    assert team_service.contact_overdue(row(last_contact_on=ON - timedelta(days=15)), ON, days=14)
    # Families waiting for allocation or held by social care are not chased for contact.
    assert not team_service.contact_overdue(
        row(status=FamilyStatus.REFERRED, last_contact_on=None), ON
    )
    assert not team_service.contact_overdue(
        row(status=FamilyStatus.STEPPED_UP, last_contact_on=None), ON
    )


def test_caseload_filter_combines_status_tier_worker_and_overdue():
    rows = [
        row("a", lead_worker_id="w1", tier=Tier.TARGETED),
        row("b", lead_worker_id="w2", next_review_due=ON - timedelta(days=1)),
        row("c", status=FamilyStatus.REFERRED, last_contact_on=None),
        row("d", status=FamilyStatus.CLOSED, lead_worker_id="w1"),
        row("e", lead_worker_id="w1", last_contact_on=ON - timedelta(days=40)),
    ]

    def ids(f: team_service.CaseloadFilter) -> list[str]:
        return [r.family_id for r in f.apply(rows, ON)]

    assert ids(team_service.CaseloadFilter()) == [
        "a",
        "b",
        "c",
        "e",
    ]  # closed work hidden by default
    assert ids(team_service.CaseloadFilter(statuses=None)) == ["a", "b", "c", "d", "e"]
    assert ids(team_service.CaseloadFilter(statuses=frozenset({FamilyStatus.CLOSED}))) == ["d"]
    assert ids(team_service.CaseloadFilter(tier=Tier.TARGETED)) == ["a"]
    assert ids(team_service.CaseloadFilter(worker_id="w1")) == ["a", "e"]
    assert ids(team_service.CaseloadFilter(worker_id=team_service.NOT_ALLOCATED)) == ["c"]
    assert ids(team_service.CaseloadFilter(overdue_only=True)) == ["b", "e"]
    assert ids(team_service.CaseloadFilter(worker_id="w1", overdue_only=True)) == ["e"]
    assert team_service.CaseloadFilter().is_default
    assert not team_service.CaseloadFilter(tier=Tier.COMPLEX).is_default


def test_summary_counts_every_worker_even_with_no_families():
    rows = [
        row("a", lead_worker_id="w1", lead_name="Ann", tier=Tier.COMPLEX),
        row("b", lead_worker_id="w1", lead_name="Ann", next_review_due=ON - timedelta(days=3)),
        row("c", lead_worker_id="gone", lead_name="Old Worker", last_contact_on=None),
        row("d", status=FamilyStatus.REFERRED, last_contact_on=None),
        row("e", status=FamilyStatus.CLOSED, lead_worker_id="w1"),
    ]
    workers = [
        worker("w1", "Ann"),
        worker("w2", "Bea"),
        worker("tl", "Tess", Role.TEAM_LEADER),
        worker("m", "Manny", Role.MANAGER),  # cannot hold cases: not listed
    ]
    overview = team_service.summarise_team(rows, workers, ON)
    assert [w.name for w in overview.workers] == ["Ann", "Old Worker", "Bea", "Tess"]
    ann = overview.worker("w1")
    assert ann.family_count == 2 and ann.weight == 3.0
    assert ann.by_tier[Tier.COMPLEX] == 1 and ann.by_tier[Tier.EARLY_HELP] == 1
    assert ann.reviews_overdue == 1 and ann.contacts_overdue == 0
    assert overview.worker("gone").role is None and overview.worker("gone").contacts_overdue == 1
    assert overview.worker("w2").family_count == 0 and overview.worker("w2").weight == 0
    assert [r.family_id for r in overview.unallocated] == ["d"]
    assert [r.family_id for r in overview.overdue_reviews] == ["b"]
    assert [r.family_id for r in overview.overdue_contacts] == ["c"]
    assert overview.open_families == 4


def test_team_overview_and_allocation_through_the_vault(team, make_family):
    lead = team.unlock("lead")
    first = make_family(lead, "Applewood", tier=Tier.TARGETED)
    second = make_family(lead, "Brambleford", tier=Tier.COMPLEX)
    kim = next(w for w in users.list_workers(lead) if w.username == "kw1")

    overview = team_service.team_overview(lead)
    assert {r.family_id for r in overview.unallocated} == {first, second}
    assert {w.name for w in overview.workers} == {"Lee Leader", "Kim Worker", "Kai Other"}
    assert overview.worker(kim.id).family_count == 0

    with pytest.raises(InvalidRequest, match="Say why"):
        team_service.allocate(lead, first, kim.id, "  ")
    with pytest.raises(DomainValidationError, match="Reason"):
        team_service.allocate(lead, first, kim.id, "x" * 500)
    team_service.allocate(lead, first, kim.id, "Knows the school")
    team_service.allocate(lead, second, kim.id, "Capacity")

    overview = team_service.team_overview(lead)
    assert overview.worker(kim.id).family_count == 2
    assert overview.worker(kim.id).weight == 3.5
    assert overview.unallocated == ()
    view = families.open_family(lead, first)
    assert view.lead_worker_id == kim.id
    assert view.allocations[-1].allocation.reason == "Knows the school"
    assert [r.family_id for r in caseload(team.unlock("kw1"), CaseloadView.MINE)] == [
        second,
        first,
    ]

    work.close_episode(
        lead, second, Closure(reason=ClosureReason.OUTCOMES_ACHIEVED, on=ON.today(), exit_plan="x")
    )
    assert team_service.team_overview(lead).worker(kim.id).weight == 1.5

    with pytest.raises(PermissionDenied):
        team_service.team_overview(team.unlock("kw1"))
    with pytest.raises(PermissionDenied):
        team_service.allocate(team.unlock("kw2"), first, kim.id, "I say so")


def test_allocatable_workers_are_active_case_holders_by_name():
    workers = [
        worker("b", "bea"),
        worker("a", "Ann"),
        worker("m", "Manny", Role.MANAGER),
        worker("x", "Admin", Role.ADMINISTRATOR),
        Worker(id="z", username="zed", display_name="Zed", role=Role.KEY_WORKER, active=False),
    ]
    assert [w.id for w in team_service.allocatable_workers(workers)] == ["a", "b"]
    assert team_service.can_see_team_view(Role.MANAGER) and not team_service.can_see_team_view(
        Role.KEY_WORKER
    )


def test_the_suggestion_is_the_least_loaded_worker_under_the_cap():
    rows = [
        *(row(f"a{i}", lead_worker_id="w1", tier=Tier.COMPLEX) for i in range(6)),  # 12
        *(row(f"b{i}", lead_worker_id="w2", tier=Tier.TARGETED) for i in range(9)),  # 13.5
        *(row(f"c{i}", lead_worker_id="tl", tier=Tier.UNIVERSAL) for i in range(2)),  # 1
        row("new", tier=Tier.COMPLEX),
    ]
    workers = [worker("w1", "Ann"), worker("w2", "Bea"), worker("tl", "Tess", Role.TEAM_LEADER)]
    overview = replace(team_service.summarise_team(rows, workers, ON), cap=15.0)
    new = rows[-1]
    suggestion = team_service.suggest_lead(overview, new)
    # Key workers first: Ann (12 + 2 = 14) fits under 15; Bea (13.5 + 2) would not.
    assert (suggestion.worker_id, suggestion.weight_after) == ("w1", 14.0)
    assert "cap 15" in suggestion.reason
    # At a cap of 13.9 no key worker has room: the team leader (1 + 2) does.
    tight = replace(overview, cap=13.9)
    assert team_service.suggest_lead(tight, new).worker_id == "tl"
    # At a cap of 2.9 nobody has room, and the suggestion says so.
    full = replace(overview, cap=2.9)
    nobody = team_service.suggest_lead(full, new)
    assert nobody.worker_id is None and "Nobody has room" in nobody.reason
    # A lighter family fits where a heavier one would not; the current lead is never suggested.
    light = row("light", tier=Tier.UNIVERSAL, lead_worker_id="w1")
    assert team_service.suggest_lead(replace(overview, cap=14.0), light).worker_id == "w2"
    # Equal weights: fewer families first, then by name.
    even = [row("x", lead_worker_id="w1", tier=Tier.COMPLEX), row("y", lead_worker_id="w2"),
            row("z", lead_worker_id="w2")]  # fmt: skip
    tie = team_service.summarise_team(even, workers[:2], ON)
    assert team_service.suggest_lead(tie, row("new2")).worker_id == "w1"


def test_allocation_confirms_what_happened_and_waits_are_counted(team, make_family):
    lead = team.unlock("lead")
    kim = next(w for w in users.list_workers(lead) if w.username == "kw1")
    kai = next(w for w in users.list_workers(lead) if w.username == "kw2")
    first = make_family(lead, "Waitwell", tier=Tier.COMPLEX)
    overview = team_service.team_overview(lead)
    assert overview.cap == 15.0 and overview.days_waiting(first) == 10  # referred 10 days ago
    later = team_service.team_overview(lead, on=date.today() + timedelta(days=5))
    assert later.days_waiting(first) == 15
    done = team_service.allocate(lead, first, kim.id, "Capacity")
    assert (done.worker_name, done.families, done.weight, done.previous_name) == (
        "Kim Worker", 1, 2.0, "",
    )  # fmt: skip
    assert "FC-000001 is allocated to Kim Worker" in done.sentence()
    moved = team_service.allocate(lead, first, kai.id, "Kim is off sick")
    assert moved.previous_name == "Kim Worker" and "no longer the lead" in moved.sentence()
    # A lower cap (signed settings) puts Kai over it; the confirmation says so.
    org_settings.change(team.unlock("admin"), allocation_cap=2.0)
    second = make_family(team.unlock("lead"), "Overcap", tier=Tier.EARLY_HELP)
    lead = team.unlock("lead")
    over = team_service.allocate(lead, second, kai.id, "Knows them")
    assert over.over_cap and "over the cap" in over.sentence()
    # Removing the lead starts the wait again from that day.
    work.remove_lead_professional(lead, second, "Kai moved team")
    overview = team_service.team_overview(lead)
    assert overview.days_waiting(second) == 0


def test_a_family_allocated_while_the_worker_is_signed_in_reaches_their_list(
    team, make_family, monkeypatch
):
    """Signing in reads every grant; a listing within GRANTS_FRESH_SECONDS of that read does
    not read them all again, but still looks for the key of a family the worker leads and does
    not hold (allocated since): it is named at once, and opens at once."""
    from familycase.services import session as session_module

    lead = team.unlock("lead")
    family_id = make_family(lead, "Latecomer")
    kim = team.unlock("kw1")
    assert caseload(kim, CaseloadView.MINE) == []
    kim_id = kim.worker.id
    team_service.allocate(lead, family_id, kim_id, "Knows the family")
    assert families.open_family(kim, family_id).file.reference  # picked up when opened
    kim.forget_family_key(family_id)
    clock = [1000.0]
    monkeypatch.setattr(session_module.time, "monotonic", lambda: clock[0])
    kim._grants_read_at = clock[0]
    [row_] = caseload(kim, CaseloadView.MINE)  # within the window: her lead's grant is read
    assert row_.family_id == family_id and row_.family_name == "Latecomer family"
    kim.forget_family_key(family_id)
    clock[0] += session_module.GRANTS_FRESH_SECONDS
    [row_] = caseload(kim, CaseloadView.MINE)  # after it: every grant is read again
    assert row_.family_name == "Latecomer family"
