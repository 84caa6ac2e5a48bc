"""Laptop replicas: families checked out from the team store (a file vault or a real PostgreSQL
server) to real SQLCipher replicas, changed offline, and checked back in; recall and merging;
a lost laptop revoked; references that never clash; what a stolen laptop shows."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from conftest import PASSWORD, TEST_PREFIX, Team, member, referral
from familycase.crypto.aead import Cipher
from familycase.crypto.errors import IntegrityError
from familycase.domain.assessment import Answer
from familycase.domain.enums import ContactKind, Tier
from familycase.domain.family import Address, FamilyDetails
from familycase.domain.instruments import FAMILY_PROGRESS_MEASURE
from familycase.domain.supervision import ActionAgreed, FamilyDiscussion, SupervisionRecord
from familycase.domain.work import ContactNote
from familycase.reports.audit_csv import audit_csv
from familycase.services import (
    approvals,
    assessments,
    audit_log,
    caseload,
    checkin,
    conflicts,
    devices,
    families,
    inbox,
    manifest,
    replica,
    reporting,
    retention,
    summaries,
    supervision,
    work,
)
from familycase.services import replica_rows as rows
from familycase.services.errors import (
    ApprovalNeeded,
    DeviceRevoked,
    FamilyCheckedOut,
    InvalidRequest,
    PermissionDenied,
    WrongPassword,
)
from familycase.services.vault import UserSession, Vault
from familycase.services.verify import verify_vault
from familycase.store.binding import associated_data
from familycase.store.schema import (
    CheckoutRow,
    ContactNoteRow,
    FamilyKeyGrant,
    FamilyReportRow,
    OrgKeyGrant,
    ReplicaAuditRow,
    ReportingSummaryRow,
    ReportShareRow,
    UserRow,
)


def as_worker(team: Team, username: str) -> Vault:
    """The team store as a worker reaches it: a file vault, or the server over their own
    database login (row-level security applies to them)."""
    if team.url is None:
        return team.vault
    url = make_url(team.url).set(username=f"{TEST_PREFIX}{username}", password=PASSWORD)
    return Vault.open(url.render_as_string(hide_password=False))


def new_family(us: UserSession, surname: str, people: tuple[str, ...] = ("Alex",)) -> str:
    details = FamilyDetails(
        family_name=f"{surname} family",
        address=Address(lines=["1 Example Road"], town="Testtown", postcode="SW1A 1AA"),
    )
    members = [member(given, surname, age=35) for given in people]
    return families.create_family(us, details, referral(), Tier.EARLY_HELP, members)


def note(text_: str, kind: ContactKind = ContactKind.HOME_VISIT) -> ContactNote:
    return ContactNote(occurred_on=date.today(), kind=kind, text=text_)


def reference(us: UserSession, family_id: str) -> str:
    return families.open_family(us, family_id).file.reference


def note_texts(us: UserSession, family_id: str) -> list[str]:
    return sorted(n.text for n in families.open_family(us, family_id).contacts)


def open_replica(folder: Path) -> tuple[Vault, UserSession]:
    vault = Vault.open(folder)
    return vault, vault.unlock("kw1", PASSWORD)


def bring_back(rs: UserSession) -> checkin.CheckinReport:
    ts = checkin.connect_team(rs, PASSWORD)
    try:
        return checkin.check_in(rs, ts)
    finally:
        ts.lock()
        if ts.vault.is_server:
            ts.vault.dispose()


def record_reading(us: UserSession, family_id: str, score: int) -> None:
    view = assessments.start_assessment(us, family_id, FAMILY_PROGRESS_MEASURE)
    draft = view.assessment
    draft.set_answer(Answer(question_id="home", value=score))
    assessments.save_draft(us, family_id, draft)
    assessments.complete_assessment(us, family_id, view.id)


def _with_text(original: ContactNote, words: str):
    return original.content().model_copy(update={"text": words})


@pytest.fixture
def kim(team: Team) -> UserSession:
    session = as_worker(team, "kw1").unlock("kw1", PASSWORD)
    yield session
    if not session.is_locked:
        session.lock()


# --- the whole loop -----------------------------------------------------------------------------


def test_the_whole_loop_out_offline_and_back(team, kim, tmp_path):
    ids = [new_family(kim, name) for name in ("Ash", "Birch", "Cedar")]
    stay = new_family(kim, "Stayhome")
    refs = [reference(kim, fid) for fid in ids]
    result = replica.check_out(kim, refs, tmp_path / "laptop", "Kim laptop")
    assert result.created and result.checked_out == refs

    # The team store refuses changes to them, naming where they are, and lists them so.
    with pytest.raises(FamilyCheckedOut, match="checked out to Kim Worker's laptop"):
        work.add_contact_note(kim, ids[0], note("On the team side"))
    work.add_contact_note(kim, stay, note("Still here"))  # a family not taken: as ever
    rows = {r.family_id: r for r in caseload.caseload(kim, caseload.CaseloadView.MINE)}
    assert rows[ids[0]].checked_out and "Kim laptop" in rows[ids[0]].checked_out
    assert rows[stay].checked_out is None

    # Offline: notes, a reading, a step down asked for, and a new family with a provisional
    # reference.
    vault, rs = open_replica(tmp_path / "laptop")
    assert families.open_family(rs, ids[0]).file.reference == refs[0]
    work.add_contact_note(rs, ids[0], note("Home visit offline"))
    work.add_contact_note(rs, ids[1], note("Phone call offline", ContactKind.PHONE_CALL))
    record_reading(rs, ids[1], 7)
    with pytest.raises(ApprovalNeeded):  # a key worker's step down waits for a team leader
        work.change_tier(rs, ids[2], Tier.UNIVERSAL, "Doing well")
    asked = approvals.request_tier_change(rs, ids[2], Tier.UNIVERSAL, "Doing well")
    fresh = new_family(rs, "Offline")
    provisional = reference(rs, fresh)
    assert provisional.startswith("FC-P-KIMLAPTOP-")
    assert verify_vault(vault, rs).problems == []

    report = bring_back(rs)
    assert sorted(report.brought_back) == sorted(refs)
    (was, real) = report.new_families[0]
    assert was == provisional and real.startswith("FC-") and not real.startswith("FC-P-")
    assert report.audit_entries > 0

    # The team store has everything, takes writes again, and verifies clean.
    assert "Home visit offline" in note_texts(kim, ids[0])
    assert "Phone call offline" in note_texts(kim, ids[1])
    assert any(r.kind.value == "outcome" for r in assessments.list_assessments(kim, ids[1])) or (
        len(assessments.list_assessments(kim, ids[1])) == 1
    )
    assert families.open_family(kim, ids[2]).tier is Tier.EARLY_HELP
    approvals.approve(as_worker(team, "lead").unlock("lead", PASSWORD), ids[2], asked)
    assert families.open_family(kim, ids[2]).tier is Tier.UNIVERSAL
    assert reference(kim, fresh) == real
    work.add_contact_note(kim, ids[0], note("Back on the team side"))
    assert devices.checkouts_list(kim) == []
    team_report = verify_vault(kim.vault, kim)
    assert team_report.problems == [] and team_report.replica_entries == report.audit_entries

    # The laptop holds nothing any more, and verifies clean too.
    assert vault.shares.all() == {}
    with Session(vault.engine) as s:
        assert s.scalars(select(CheckoutRow)).all() == []
    assert verify_vault(vault, rs).problems == []


def test_a_replica_holds_only_what_was_checked_out(team, kim, tmp_path):
    taken, left = new_family(kim, "Taken"), new_family(kim, "Left")
    replica.check_out(kim, [reference(kim, taken)], tmp_path / "laptop", "Kim laptop")
    vault, rs = open_replica(tmp_path / "laptop")
    assert set(vault.shares.all()) == {taken}
    with Session(vault.engine) as s:
        grants = s.execute(select(FamilyKeyGrant.family_id, FamilyKeyGrant.holder)).all()
        assert grants == [(taken, rs.worker.id)]
        for user in s.scalars(select(UserRow)):
            secrets = (user.salt, user.wrapped_master_key, user.private_keys)
            if user.id == rs.worker.id:
                assert all(secrets)
            else:  # nobody else's password-wrapped keys are on the laptop
                assert not any(secrets)
    assert left not in rs.accessible_family_ids()


def test_a_stolen_laptop_shows_nothing(team, kim, tmp_path):
    fid = new_family(kim, "Zebedee", people=("Quentin", "Xanthe"))
    work.add_contact_note(kim, fid, note("Worried about Xanthe"))
    ref = reference(kim, fid)
    replica.check_out(kim, [ref], tmp_path / "laptop", "Kim laptop")
    vault, rs = open_replica(tmp_path / "laptop")
    work.add_contact_note(rs, fid, note("Offline note about Quentin"))
    rs.lock()
    vault.dispose()
    files = {p.name: p.read_bytes() for p in (tmp_path / "laptop").iterdir() if p.is_file()}
    assert set(files) >= {"familycase.sqlite3", "familycase-keys.sqlite3", "replica.json"}
    for name, data in files.items():
        if name == "replica.json":
            card = json.loads(data)
            assert card["organisation"] == "Test Council" and card["username"] == "kw1"
            continue
        assert not data.startswith(b"SQLite format 3"), name  # encrypted as a whole file
        for needle in (ref, "Zebedee", "Quentin", "stepped_up", "referred", "Kim Worker", "lead"):
            assert needle.encode() not in data, (name, needle)
    # The card itself names no family and opens nothing without the password.
    assert ref not in files["replica.json"].decode()
    with pytest.raises(WrongPassword):
        Vault.open(tmp_path / "laptop").unlock("kw1", "not the password")


def test_the_replica_files_need_the_key(team, kim, tmp_path):
    """A copy of the replica's database without its card is noise to plain SQLite."""
    import sqlite3

    replica.check_out(kim, [reference(kim, new_family(kim, "Keyed"))], tmp_path / "l", "L1")
    with (
        pytest.raises(sqlite3.DatabaseError),
        sqlite3.connect(tmp_path / "l" / "familycase.sqlite3") as raw,
    ):
        raw.execute("SELECT count(*) FROM families").fetchall()


def test_staff_and_forms_are_changed_on_the_team_store_only(team, kim, tmp_path):
    replica.check_out(kim, [reference(kim, new_family(kim, "Org"))], tmp_path / "laptop", "L")
    _, rs = open_replica(tmp_path / "laptop")
    from familycase.services import users

    with pytest.raises(PermissionDenied, match="laptop replica"):
        users.change_password(rs, PASSWORD, "a brand new password 123")
    with pytest.raises(InvalidRequest, match="team store"):
        devices.checkouts_list(rs)


def test_refreshing_a_replica_keeps_offline_changes(team, kim, tmp_path):
    first, second = new_family(kim, "First"), new_family(kim, "Second")
    replica.check_out(kim, [reference(kim, first)], tmp_path / "laptop", "Kim laptop")
    vault, rs = open_replica(tmp_path / "laptop")
    work.add_contact_note(rs, first, note("Made offline"))
    rs.lock()
    again = replica.check_out(
        kim, [reference(kim, first), reference(kim, second)], tmp_path / "laptop"
    )
    assert again.already_there == [reference(kim, first)]
    assert again.checked_out == [reference(kim, second)]
    rs = vault.unlock("kw1", PASSWORD)
    assert "Made offline" in note_texts(rs, first)
    assert rs.accessible_family_ids() == {first, second}


def test_a_family_on_another_laptop_cannot_be_taken_again(team, kim, tmp_path):
    fid = new_family(kim, "Twice")
    replica.check_out(kim, [reference(kim, fid)], tmp_path / "one", "Laptop one")
    with pytest.raises(FamilyCheckedOut, match="Laptop one"):
        replica.check_out(kim, [reference(kim, fid)], tmp_path / "two", "Laptop two")
    assert not (tmp_path / "two").exists()  # nothing half-made is left behind


# --- oversight ----------------------------------------------------------------------------------


def test_oversight_records_travel_with_their_family(team, kim, tmp_path):
    """A family's supervision reflection and actions, and a request waiting for the team leader,
    go to the laptop with it and come back at check-in; the session they belong to (who met
    whom, signed) is the organisation's, copied for reading."""
    fid = new_family(kim, "Oakley")
    ref = reference(kim, fid)
    leader = as_worker(team, "lead").unlock("lead", PASSWORD)
    supervision.record_session(
        leader,
        SupervisionRecord(
            worker_id=kim.worker.id,
            held_on=date.today(),
            families=[
                FamilyDiscussion(
                    family_id=fid,
                    reflection="Mornings are hard.",
                    actions=[ActionAgreed(what="Ask about breakfast club", owner_id=kim.worker.id)],
                )
            ],
        ),
    )
    asked = approvals.request_tier_change(kim, fid, Tier.TARGETED, "Attendance worse")
    replica.check_out(kim, [ref], tmp_path / "laptop", "Kim laptop")
    with pytest.raises(FamilyCheckedOut):
        approvals.approve(leader, fid, asked)

    vault, rs = open_replica(tmp_path / "laptop")
    [session] = supervision.sessions(rs)
    assert session.signed and session.supervisor_name == "Lee Leader"
    assert [d.note.reflection for d in session.discussions] == ["Mornings are hard."]
    [action] = supervision.open_actions(rs)
    supervision.complete_action(rs, fid, action.id, "Booked from Monday")
    waiting = approvals.pending(rs, fid)
    assert waiting is not None and waiting.id == asked
    assert verify_vault(vault, rs).problems == []

    assert bring_back(rs).brought_back == [ref]
    assert supervision.open_actions(kim) == []
    [discussion] = supervision.for_family(leader, fid)
    assert discussion.actions[0].action.done_note == "Booked from Monday"
    approvals.approve(leader, fid, asked)
    assert families.open_family(kim, fid).tier is Tier.TARGETED
    assert verify_vault(kim.vault, kim).problems == []


def test_supervision_sessions_are_recorded_on_the_team_store_only(team, tmp_path):
    leader = as_worker(team, "lead").unlock("lead", PASSWORD)
    fid = new_family(leader, "Rowan")
    replica.check_out(leader, [reference(leader, fid)], tmp_path / "laptop", "Lee laptop")
    rs = Vault.open(tmp_path / "laptop").unlock("lead", PASSWORD)
    kim_id = next(u.id for u in rs.staff.users.values() if u.username == "kw1")
    record = SupervisionRecord(
        worker_id=kim_id,
        held_on=date.today(),
        families=[FamilyDiscussion(family_id=fid, reflection="Offline")],
    )
    with pytest.raises(PermissionDenied, match="laptop replica"):
        supervision.record_session(rs, record)
    assert supervision.sessions(rs) == [] and supervision.for_family(rs, fid) == []


def test_the_in_tray_shows_families_away_too_long(team, kim, tmp_path):
    """Checked out for more than the settings' days (14 by default): in the in-tray of the
    worker who took it and of their team leader, not of another worker."""
    fid = new_family(kim, "Faraway")
    replica.check_out(kim, [reference(kim, fid)], tmp_path / "laptop", "Kim laptop")
    since = devices.checkouts_list(kim)[0].info.since.date()
    leader = as_worker(team, "lead").unlock("lead", PASSWORD)
    other = as_worker(team, "kw2").unlock("kw2", PASSWORD)
    away = inbox.ItemKind.CHECKED_OUT
    assert inbox.inbox(kim, since + timedelta(days=14)).of(away) == []
    [item] = inbox.inbox(kim, since + timedelta(days=15)).of(away)
    assert item.family_id == fid and item.overdue and "Kim laptop" in item.detail
    assert item.title == "Checked out to a laptop for 15 days"
    assert [i.family_id for i in inbox.inbox(leader, since + timedelta(days=15)).of(away)] == [fid]
    assert inbox.inbox(other, since + timedelta(days=15)).of(away) == []
    devices.recall(leader, reference(kim, fid), "Kim is away")
    assert inbox.inbox(leader, since + timedelta(days=15)).of(away) == []


# --- recall and merging -------------------------------------------------------------------------


def test_recall_then_the_laptops_changes_come_back_to_merge(team, kim, tmp_path):
    fid = new_family(kim, "Recalled")
    work.add_contact_note(kim, fid, note("Before it went out"))
    ref = reference(kim, fid)
    replica.check_out(kim, [ref], tmp_path / "laptop", "Kim laptop")
    _, rs = open_replica(tmp_path / "laptop")
    original = families.open_family(rs, fid).contacts[0]
    work.add_contact_note(rs, fid, note("Added on the laptop"))
    work.edit_contact_note(
        rs, fid, original.id, _with_text(original, "Corrected on the laptop"), "typo"
    )

    leader = as_worker(team, "lead").unlock("lead", PASSWORD)
    with pytest.raises(PermissionDenied):
        devices.recall(kim, ref, "not a team leader")
    info = devices.recall(leader, ref, "Kim is off sick; the family is in crisis")
    assert info.worker_name == "Kim Worker"
    work.add_contact_note(leader, fid, note("Team leader's visit"))  # writes taken again
    work.edit_contact_note(
        leader, fid, original.id, _with_text(original, "Corrected by the team"), "detail"
    )

    report = bring_back(rs)
    assert report.conflicts == [ref] and report.brought_back == []
    items = conflicts.open_conflicts(kim, fid)
    assert {(i.change, i.table) for i in items} == {
        ("added", "contact_notes"),
        ("changed", "contact_notes"),
    }
    assert len(note_texts(kim, fid)) == 2  # nothing from the laptop applied on its own
    added = next(i for i in items if i.change == "added")
    changed = next(i for i in items if i.change == "changed")
    assert ("Text", "Corrected on the laptop") in changed.laptop
    assert ("Text", "Corrected by the team") in changed.team
    assert changed.can_keep_both and not added.can_keep_both

    conflicts.resolve(kim, added.id, "mine")
    conflicts.resolve(kim, changed.id, "both")
    texts = note_texts(kim, fid)
    assert texts == sorted(
        [
            "Added on the laptop",
            "Corrected by the team",
            "Corrected on the laptop",
            "Team leader's visit",
        ]
    )
    assert conflicts.open_conflicts(kim, fid) == []
    assert len(conflicts.open_conflicts(kim, fid, resolved=True)) == 2
    with pytest.raises(InvalidRequest, match="already been resolved"):
        conflicts.resolve(kim, added.id, "theirs")
    assert verify_vault(kim.vault, kim).problems == []


def test_keeping_the_teams_version_drops_nothing_silently(team, kim, tmp_path):
    fid = new_family(kim, "Theirs")
    ref = reference(kim, fid)
    replica.check_out(kim, [ref], tmp_path / "laptop", "Kim laptop")
    _, rs = open_replica(tmp_path / "laptop")
    work.add_contact_note(rs, fid, note("Laptop only"))
    leader = as_worker(team, "lead").unlock("lead", PASSWORD)
    devices.recall(leader, ref, "urgent")
    bring_back(rs)
    item = conflicts.open_conflicts(kim, fid)[0]
    conflicts.resolve(kim, item.id, "theirs")
    assert "Laptop only" not in note_texts(kim, fid)
    kept = conflicts.open_conflicts(kim, fid, resolved=True)[0]
    assert kept.kept == "team" and ("Text", "Laptop only") in kept.laptop  # still on record


# --- the reporting layer ------------------------------------------------------------------------


def test_the_reporting_layer_stays_on_the_team_store(team, tmp_path):
    """A team leader's laptop carries no part of the reporting layer nor its key; the managers'
    copy of a family changed offline is brought up to date by its check-in."""
    lead = as_worker(team, "lead").unlock("lead", PASSWORD)
    fid = new_family(lead, "Reported")
    ref = reference(lead, fid)
    boss = as_worker(team, "boss").unlock("boss", PASSWORD)
    before = reporting.load(boss).by_id()[fid]
    with lead.read() as s:  # the team leader holds the reporting key on the team store
        assert (
            s.scalars(select(OrgKeyGrant.key_name).where(OrgKeyGrant.holder == lead.worker.id))
            .all()
            .count(summaries.REPORTING_KEY)
            == 1
        )
    replica.check_out(lead, [ref], tmp_path / "laptop", "Lee laptop")

    vault = Vault.open(tmp_path / "laptop")
    rs = vault.unlock("lead", PASSWORD)
    work.add_contact_note(rs, fid, note("Offline visit"))
    work.change_tier(rs, fid, Tier.UNIVERSAL, "Doing well")
    with Session(vault.engine) as s:
        assert s.scalars(select(ReportingSummaryRow)).all() == []
        assert s.scalars(select(ReportShareRow)).all() == []
        assert (
            s.scalars(
                select(OrgKeyGrant.key_name).where(OrgKeyGrant.key_name.in_(rows.TEAM_ONLY_KEYS))
            ).all()
            == []
        )
    with pytest.raises(InvalidRequest, match="made on the team store"):
        reporting.load(rs)
    assert reporting.fill_missing(rs) == 0 and reporting.missing_count(rs) == 0
    assert verify_vault(vault, rs).problems == []
    # Until it comes back, managers see the family as it went out.
    assert reporting.load(boss).by_id()[fid].revision == before.revision

    report = bring_back(rs)
    assert report.brought_back == [ref]
    after = reporting.load(boss).by_id()[fid]
    assert after.revision > before.revision and after.tier == int(Tier.UNIVERSAL)
    assert after.last_contact_on == date.today()
    # Section by section at check-in, it is what a whole rebuild from the records gives.
    with lead.read() as s:
        values = manifest.family_values(s, [fid])[fid]
        whole = summaries.build(s, lead, values, (), None)
    assert after.model_dump(exclude={"built_at"}) == whole.model_dump(exclude={"built_at"})
    with Session(vault.engine) as s:
        assert s.scalars(select(FamilyReportRow)).all() == []
    assert verify_vault(lead.vault, lead).problems == []


def test_a_family_away_on_a_laptop_is_not_summarised_on_the_team_store(team, kim, tmp_path):
    """Filling in missing summaries (an older vault) passes over a checked-out family, which
    the team store may not change, instead of failing the whole batch."""
    fid = new_family(kim, "Away")
    replica.check_out(kim, [reference(kim, fid)], tmp_path / "laptop", "Kim laptop")
    with Session(team.vault.engine) as s, s.begin():  # as a vault made before 0010 has it
        s.execute(delete(FamilyReportRow).where(FamilyReportRow.family_id == fid))
    lead = as_worker(team, "lead").unlock("lead", PASSWORD)
    assert reporting.missing_count(lead) == 0
    assert reporting.fill_missing(lead) == 0


# --- a lost laptop ------------------------------------------------------------------------------


def test_device_revoke_rotates_keys_and_the_laptop_is_erased(team, kim, tmp_path):
    fid = new_family(kim, "Lost")
    ref = reference(kim, fid)
    replica.check_out(kim, [ref], tmp_path / "laptop", "Kim laptop")
    vault, rs = open_replica(tmp_path / "laptop")
    old_key = rs.data_key(fid)
    work.add_contact_note(rs, fid, note("Never brought back"))

    leader = as_worker(team, "lead").unlock("lead", PASSWORD)
    report = devices.revoke(leader, "kim laptop", "left on a train")
    assert report.released == [ref] and report.rotated == [ref]
    assert devices.checkouts_list(leader) == []
    work.add_contact_note(leader, fid, note("Written after the rotation"))

    # What is written after the rotation cannot be read with the laptop's key.
    with team.vault.engine.connect() as c:
        newest = c.execute(
            select(ContactNoteRow.id, ContactNoteRow.payload_ct).where(
                ContactNoteRow.family_id == fid
            )
        ).all()
    for record_id, blob in newest:
        with pytest.raises(IntegrityError):
            Cipher(old_key).decrypt(
                bytes(blob), associated_data("contact_notes", "payload_ct", record_id, fid)
            )
    # The team's holders still open it (a session from before the rotation too).
    assert "Written after the rotation" in note_texts(kim, fid)
    assert verify_vault(leader.vault, leader).problems == []

    with pytest.raises(DeviceRevoked, match="revoked"):
        bring_back(rs)
    assert vault.shares.all() == {}
    assert rs.accessible_family_ids() == set()


def test_taking_access_away_rotates_the_familys_key(team, tmp_path):
    leader = as_worker(team, "lead").unlock("lead", PASSWORD)
    kai = as_worker(team, "kw2").unlock("kw2", PASSWORD)
    fid = new_family(leader, "Moving")
    work.allocate_lead_professional(leader, fid, kai.worker.id, "Kai takes it")
    kai.load_family_keys()
    kais_key = kai.data_key(fid)
    work.allocate_lead_professional(leader, fid, leader.worker.id, "Back to the team leader")
    work.add_contact_note(leader, fid, note("After Kai's access ended"))
    with team.vault.engine.connect() as c:
        record_id, blob = c.execute(
            select(ContactNoteRow.id, ContactNoteRow.payload_ct).where(
                ContactNoteRow.family_id == fid
            )
        ).one()
    with pytest.raises(IntegrityError):
        Cipher(kais_key).decrypt(
            bytes(blob), associated_data("contact_notes", "payload_ct", record_id, fid)
        )
    assert note_texts(leader, fid) == ["After Kai's access ended"]


# --- references and retention -------------------------------------------------------------------


def test_two_laptops_never_produce_the_same_reference(team, kim, tmp_path):
    kai = as_worker(team, "kw2").unlock("kw2", PASSWORD)
    replica.check_out(kim, [reference(kim, new_family(kim, "KimFam"))], tmp_path / "a", "Kim PC")
    replica.check_out(kai, [reference(kai, new_family(kai, "KaiFam"))], tmp_path / "b", "Kai PC")
    with pytest.raises(InvalidRequest, match="already a laptop called"):
        replica.check_out(kim, [reference(kim, new_family(kim, "Third"))], tmp_path / "c", "kim-pc")
    _va, a = open_replica(tmp_path / "a")
    vb = Vault.open(tmp_path / "b")
    b = vb.unlock("kw2", PASSWORD)
    made_a = [new_family(a, f"A{i}") for i in range(2)]
    made_b = [new_family(b, f"B{i}") for i in range(2)]
    provisional = [reference(a, f) for f in made_a] + [reference(b, f) for f in made_b]
    assert len(set(provisional)) == 4
    on_team = new_family(kim, "Meanwhile")  # the team store hands out numbers meanwhile
    report_a = bring_back(a)
    ts = checkin.connect_team(b, PASSWORD)
    report_b = checkin.check_in(b, ts)
    real = [r for _, r in report_a.new_families + report_b.new_families]
    everything = [*real, reference(kim, on_team)]
    assert len(set(everything)) == len(everything) == 5
    assert not any(r.startswith("FC-P-") for r in real)


def test_destroying_a_family_reaches_the_laptop(team, kim, tmp_path):
    from datetime import timedelta

    from familycase.domain.enums import ClosureReason
    from familycase.domain.work import Closure

    fid = new_family(kim, "Retained")
    keep = new_family(kim, "Kept")
    gone_ref, keep_ref = reference(kim, fid), reference(kim, keep)
    replica.check_out(kim, [gone_ref, keep_ref], tmp_path / "laptop", "Kim laptop")
    vault, rs = open_replica(tmp_path / "laptop")
    leader = as_worker(team, "lead").unlock("lead", PASSWORD)
    devices.recall(leader, gone_ref, "closing it")
    closure = Closure(reason=ClosureReason.OUTCOMES_ACHIEVED, on=date.today(), exit_plan="None")
    work.close_episode(leader, fid, closure)
    later = retention.add_years(date.today(), retention.retention_years(team.vault))
    retention.destroy_family(leader, fid, gone_ref, on=later + timedelta(days=1))
    assert set(vault.shares.all()) == {fid, keep}
    report = bring_back(rs)
    assert report.erased == [gone_ref] and report.unchanged == [keep_ref]
    assert vault.shares.all() == {}


# --- the audit trail ----------------------------------------------------------------------------


def test_verify_names_a_laptop_entry_altered_on_the_team_store(team, kim, tmp_path):
    fid = new_family(kim, "Audited")
    replica.check_out(kim, [reference(kim, fid)], tmp_path / "laptop", "Kim laptop")
    _, rs = open_replica(tmp_path / "laptop")
    work.add_contact_note(rs, fid, note("Offline"))
    bring_back(rs)
    with team.vault.engine.connect() as c:
        assert c.execute(select(ReplicaAuditRow.seq)).all()
    if team.backend == "postgresql":  # append-only there: only the owner (maintenance) can
        team.execute("ALTER TABLE replica_audit DISABLE TRIGGER replica_audit_append_only")
    team.execute("UPDATE replica_audit SET action = 'view' WHERE seq = 2")
    problems = verify_vault(kim.vault, kim).problems
    assert any("laptop 'Kim laptop' audit entry 2" in p and "altered" in p for p in problems)
    team.execute("DELETE FROM replica_audit WHERE seq > 2")
    problems = verify_vault(kim.vault, kim).problems
    assert any("entries were removed" in p for p in problems)


def test_failed_sign_ins_on_a_laptop_are_told_and_reach_the_team(team, kim, tmp_path):
    """The replica cannot be opened without the password, so a failed sign-in is noted beside
    it (when, and whether another name was typed, never the name) and goes into its audit log
    at the worker's next sign-in; that log reaches the team store at check-in."""
    fid = new_family(kim, "Tries")
    replica.check_out(kim, [reference(kim, fid)], tmp_path / "laptop", "Kim laptop")
    laptop = Vault.open(tmp_path / "laptop")
    for username, password in (("kw1", "wrong one"), ("Kai-typed", PASSWORD), ("kw1", "two")):
        with pytest.raises(WrongPassword):
            laptop.unlock(username, password)
    assert laptop.failed_unlocks("kw1") == 3
    notes = tmp_path / "laptop" / "replica-failures.json"
    assert notes.stat().st_mode & 0o777 == 0o600
    assert "Kai" not in notes.read_text() and "wrong" not in notes.read_text()
    rs = laptop.unlock("kw1", PASSWORD)
    assert [f.other_name for f in rs.failed_sign_ins] == [False, True, False]
    assert not notes.exists() and laptop.failed_unlocks("kw1") == 0
    rs.lock()
    rs = laptop.unlock("kw1", PASSWORD)
    assert rs.failed_sign_ins == []  # told once
    bring_back(rs)
    with team.vault.engine.connect() as c:
        brought = c.execute(
            select(ReplicaAuditRow.actor_id).where(ReplicaAuditRow.action == "unlock_failed")
        ).all()
    assert [actor for (actor,) in brought] == [kim.worker.id] * 3
    assert verify_vault(kim.vault, kim).problems == []
    leader = as_worker(team, "lead").unlock("lead", PASSWORD)
    told = audit_log.query_audit(leader, action="unlock_failed")
    assert [e.laptop for e in told] == ["Kim laptop"] * 3
    assert [e.detail["other_name"] for e in told] == [False, True, False][::-1]  # newest first


def test_the_team_audit_log_shows_what_was_done_on_a_laptop(team, kim, tmp_path):
    fid = new_family(kim, "Offlineview")
    replica.check_out(kim, [reference(kim, fid)], tmp_path / "laptop", "Kim laptop")
    _, rs = open_replica(tmp_path / "laptop")
    families.open_family(rs, fid)
    work.add_contact_note(rs, fid, note("Seen offline"))
    bring_back(rs)
    leader = as_worker(team, "lead").unlock("lead", PASSWORD)
    entries = audit_log.query_audit(leader, family_id=fid)
    offline = [e for e in entries if e.laptop is not None]
    assert offline and {e.laptop for e in offline} == {"Kim laptop"}
    assert "view" in {e.action for e in offline}
    assert {e.actor_id for e in offline} == {kim.worker.id}
    assert any(e.laptop is None for e in entries)  # the team store's own (check-out, check-in)
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)
    text_ = audit_csv(entries)
    assert text_.count("Kim laptop") == len(offline)
    assert len(audit_log.query_audit(leader, family_id=fid, limit=2)) == 2


def test_a_damaged_note_of_failed_sign_ins_is_still_told(team, kim, tmp_path):
    fid = new_family(kim, "Scribbled")
    replica.check_out(kim, [reference(kim, fid)], tmp_path / "laptop", "Kim laptop")
    (tmp_path / "laptop" / "replica-failures.json").write_text("{not json")
    _, rs = open_replica(tmp_path / "laptop")
    assert len(rs.failed_sign_ins) == 1 and "damaged" in rs.failed_sign_ins[0].at


def test_a_workers_login_cannot_write_another_laptops_entries(team, kim, tmp_path):
    if team.backend != "postgresql":
        pytest.skip("row-level security is the team server's")
    fid = new_family(kim, "Rls")
    replica.check_out(kim, [reference(kim, fid)], tmp_path / "laptop", "Kim laptop")
    kai_vault = as_worker(team, "kw2")
    from sqlalchemy.exc import DBAPIError

    with pytest.raises(DBAPIError), kai_vault.engine.begin() as c:
        c.execute(text("DELETE FROM checkouts"))
        assert c.execute(text("SELECT count(*) FROM checkouts")).scalar() == 1
        c.execute(text("UPDATE replica_audit SET action = 'x'"))


def test_a_laptop_still_sends_summary_bundles(team, kim, tmp_path):
    """Teams with no network path to the team store carry summaries on a stick: a replica can
    write a bundle (its counter is the replica's own), and the team leader imports it."""
    from familycase.services.exchange import export_summaries
    from familycase.services.sync import import_bundle

    fid = new_family(kim, "Bundled")
    replica.check_out(kim, [reference(kim, fid)], tmp_path / "laptop", "Kim laptop")
    _, rs = open_replica(tmp_path / "laptop")
    work.add_contact_note(rs, fid, note("Seen today"))
    bundle = export_summaries(rs, tmp_path / "stick")
    leader = as_worker(team, "lead").unlock("lead", PASSWORD)
    result = import_bundle(leader, bundle)
    assert result.added + result.updated == 1  # the team store may hold its own summary
