"""One person across families: possible matches in memory, decisions kept in both files."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from backends import file_only
from familycase.domain.enums import HouseholdRole, Role
from familycase.domain.family import Member
from familycase.domain.people import MatchReason, key_of, match, names_alike, normalise, soundex
from familycase.services import families, people, users, work
from familycase.services.errors import InvalidRequest, NoAccessToFamily, PermissionDenied

BORN = date(2015, 3, 4)


def _person(given: str, surname: str, born: date | None = BORN, **extra: object) -> Member:
    return Member(
        given_names=given,
        family_name=surname,
        household_role=HouseholdRole.CHILD,
        date_of_birth=born,
        **extra,
    )


def _key(member: Member, family: str = "f1"):
    return key_of(member, family, family.upper())


def test_the_matching_rules_by_hand():
    jordan = _person("Jordan", "Applewood", nhs_number="9434765919")
    # The same NHS number: a match whatever the names say.
    assert (
        match(
            _key(jordan),
            _key(_person("Jordon", "Smith", date(2016, 1, 1), nhs_number="943 476 5919"), "f2"),
        )
        is MatchReason.NHS_NUMBER
    )
    # The same UPN.
    a = _person("Kim", "Lee", upn="C999000000001")
    assert (
        match(_key(a), _key(_person("Kimberley", "Li", upn="C999000000001"), "f2"))
        is MatchReason.UPN
    )
    # Name and date of birth: a short form, a spelling, day and month swapped.
    assert (
        match(_key(_person("Alex", "Smyth")), _key(_person("Alexander", "Smith"), "f2"))
        is MatchReason.NAME_AND_BIRTH
    )
    assert (
        match(_key(_person("Jon", "O'Neill")), _key(_person("John", "ONeill"), "f2"))
        is MatchReason.NAME_AND_BIRTH
    )
    assert (
        match(_key(_person("Mia", "Brown")), _key(_person("Mia", "Brown", date(2015, 4, 3)), "f2"))
        is MatchReason.NAME_AND_BIRTH
    )
    assert (
        match(_key(_person("Zoë", "Brown")), _key(_person("Kay", "Brown", known_as="Zoe"), "f2"))
        is MatchReason.NAME_AND_BIRTH
    )
    # Different people.
    assert (
        match(_key(_person("Ava", "Brown")), _key(_person("Ada", "Brown"), "f2")) is None
    )  # twins
    assert (
        match(_key(_person("Mia", "Brown")), _key(_person("Mia", "Brown", date(2016, 3, 4)), "f2"))
        is None
    )
    assert match(_key(_person("Mia", "Brown")), _key(_person("Mia", "Green"), "f2")) is None
    assert (
        match(_key(_person("Mia", "Brown", None)), _key(_person("Mia", "Brown", None), "f2"))
        is None
    )
    # Alike names and birthday, but two different NHS numbers recorded: two people.
    assert (
        match(
            _key(_person("Sam", "Hill", nhs_number="9434765919")),
            _key(_person("Sam", "Hill", nhs_number="9434765870"), "f2"),
        )
        is None
    )
    assert normalise("O'Néill-Smith") == "oneillsmith"
    # Soundex as published (the US National Archives' examples).
    assert [soundex(n) for n in ("robert", "rupert", "ashcraft", "tymczak", "pfister")] == [
        "R163", "R163", "A261", "T522", "P236",
    ]  # fmt: skip
    assert names_alike("smith", "smithjones") and not names_alike("al", "alan")  # fmt: skip


def _family_with(lead, make_family, surname: str, *people_: Member) -> str:
    family_id = make_family(lead, surname, people=("Parent",))
    for person in people_:
        families.save_member(lead, family_id, person)
    return family_id


def test_a_second_family_with_the_same_nhs_number_is_warned_about(team, make_family):
    lead = team.unlock("lead")
    first = _family_with(
        lead, make_family, "Firstby", _person("Jordan", "Firstby", nhs_number="9434765919")
    )
    second = _family_with(
        lead,
        make_family,
        "Secondby",
        _person("Jordan", "Secondby", date(2015, 3, 5), nhs_number="9434765919"),  # the same child
        _person("Mia", "Secondby"),
    )
    other = _family_with(
        lead, make_family, "Otherby", _person("Alexa", "Otherby", date(2010, 1, 1))
    )
    found = people.possible_matches(lead, second)
    assert [(m.here.full_name, m.there.reference, m.reason) for m in found] == [
        (
            "Jordan Secondby",
            families.open_family(lead, first).file.reference,
            MatchReason.NHS_NUMBER,
        )
    ]
    assert people.possible_matches(lead, other) == []  # different people: nothing
    # Name and date of birth across families.
    third = _family_with(lead, make_family, "Thirdby", _person("Mya", "Secondby"))
    assert [
        (m.here.full_name, m.there.full_name, m.reason)
        for m in people.possible_matches(lead, third)
    ] == [("Mya Secondby", "Mia Secondby", MatchReason.NAME_AND_BIRTH)]


def test_linking_records_the_decision_in_both_files_and_stops_the_warning(team, make_family):
    lead = team.unlock("lead")
    first = _family_with(
        lead, make_family, "Linkby", _person("Rae", "Linkby", nhs_number="9434765919")
    )
    second = _family_with(
        lead, make_family, "Linkton", _person("Rae", "Linkton", nhs_number="9434765919")
    )
    (found,) = people.possible_matches(lead, first)
    people.decide(
        lead,
        first,
        found.here.member_id,
        second,
        found.there.member_id,
        True,
        "Moves between parents",
    )
    assert people.possible_matches(lead, first) == people.possible_matches(lead, second) == []
    for here, there in ((first, second), (second, first)):
        (link,) = families.open_family(lead, here).links
        assert link.same_person and link.other_family_id == there
        assert link.other_reference == families.open_family(lead, there).file.reference
        assert link.decided_by == "Lee Leader" and link.note == "Moves between parents"
    with pytest.raises(InvalidRequest, match="already been decided"):
        people.decide(lead, first, found.here.member_id, second, found.there.member_id, False)
    with pytest.raises(InvalidRequest, match="same family file"):
        people.decide(lead, first, found.here.member_id, first, found.here.member_id, True)


def test_a_worker_sees_matches_only_among_families_they_hold(team, make_family):
    lead = team.unlock("lead")
    kw1 = next(w for w in users.list_workers(lead) if w.username == "kw1")
    mine = _family_with(
        lead, make_family, "Mineby", _person("Ola", "Mineby", nhs_number="9434765919")
    )
    theirs = _family_with(
        lead, make_family, "Theirby", _person("Ola", "Theirby", nhs_number="9434765919")
    )
    work.allocate_lead_professional(lead, mine, kw1.id)
    worker = team.unlock("kw1")
    assert people.possible_matches(worker, mine) == []  # the other family is not theirs to open
    with pytest.raises(NoAccessToFamily):
        people.decide(worker, mine, "x", theirs, "y", True)
    with pytest.raises(PermissionDenied, match="team leaders"):
        people.duplicates(worker)
    # The team leader holds every family of the team: they see the pair, once.
    pairs = people.duplicates(lead)
    assert len(pairs) == 1 and {pairs[0].here.family_id, pairs[0].there.family_id} == {mine, theirs}
    assert {p.reason for p in pairs} == {MatchReason.NHS_NUMBER}
    assert Role.TEAM_LEADER is lead.worker.role


@file_only  # the SQLite file itself; on a server: test_team_server (pg_dump)
def test_nothing_about_matching_is_stored_in_plaintext(team, make_family):
    lead = team.unlock("lead")
    first = _family_with(
        lead, make_family, "Storeby", _person("Ike", "Storeby", nhs_number="9434765919")
    )
    second = _family_with(
        lead, make_family, "Storeton", _person("Ike", "Storeton", nhs_number="9434765919")
    )
    (found,) = people.possible_matches(lead, first)
    people.decide(lead, first, found.here.member_id, second, found.there.member_id, True)
    team.vault.dispose()
    with sqlite3.connect(team.data_dir / "familycase.sqlite3") as db:
        dump = "\n".join(db.iterdump())
        columns = [c[1] for c in db.execute("PRAGMA table_info(person_links)")]
    assert columns == ["decided_at", "id", "family_id", "payload_ct"]
    assert (
        "9434765919" not in dump
        and "Storeton" not in dump
        and second not in dump.replace(f"'{second}'", "")
    )
