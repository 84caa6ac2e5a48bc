"""The list summaries a worker opened, kept on this computer between sessions (list_cache.py):
the first list after the next sign-in takes them from there only where the vault still holds
the same ciphertext, the file opens only with that worker's password, and a damaged, foreign
or old file is ignored, never trusted."""

from __future__ import annotations

import os
import shutil
import stat
import threading
import time
from datetime import date, timedelta
from pathlib import Path

from familycase.domain.enums import Tier
from familycase.services import families, key_rotation, list_cache, work
from familycase.services.caseload import CaseloadView, caseload
from familycase.services.vault import UserSession


def _listed(us: UserSession, view: CaseloadView = CaseloadView.TEAM) -> dict[str, tuple]:
    return {
        r.family_id: (r.reference, r.family_name, r.member_names, r.tier, r.damaged, r.alerts)
        for r in caseload(us, view, statuses=None)
    }


def _kept(us: UserSession) -> set[str]:
    """The families this worker's file on this computer holds (read with their own keys,
    into a fresh session's caches)."""
    us.summaries.clear()
    list_cache.load(us, us.list_place())
    return set(us.summaries)


def _listed_then_locked(us: UserSession) -> tuple[dict[str, tuple], Path]:
    """A list (which the lock then keeps on this computer), and where it is kept."""
    rows = _listed(us)
    path = us.list_place().path
    us.lock()
    return rows, path


def _in_file(us: UserSession) -> set[str]:
    """The families the file names (in the clear at its head), whether or not this worker
    holds their key now."""
    blob = us.list_place().path.read_bytes()
    size = int.from_bytes(blob[4:8], "big")
    head = blob[8 : 8 + size].decode("ascii")
    return set(head.split("\n")) if head else set()


def test_the_next_sign_in_lists_from_this_computer_without_opening_anything(team, make_family):
    lead = team.unlock("lead")
    made = [make_family(lead, name) for name in ("Ashby", "Brook", "Carr")]
    first, path = _listed_then_locked(lead)
    assert path.exists() and stat.S_IMODE(path.stat().st_mode) == 0o600

    lead = team.unlock("lead")
    again = _listed(lead)
    assert again == first
    assert {first[f][1] for f in made} == {"Ashby family", "Brook family", "Carr family"}
    assert lead.list_file is not None and not lead.list_file.dirty  # nothing was opened
    assert lead.list_file.adopted == len(made)

    os.unlink(path)  # the same list with nothing kept: every summary opened from the vault
    lead.lock()
    lead = team.unlock("lead")
    assert _listed(lead) == first
    assert lead.list_file is not None and lead.list_file.dirty


def test_no_name_is_readable_in_the_file(team, make_family):
    lead = team.unlock("lead")
    make_family(lead, "Quenby", people=("Zebedee", "Ottoline"))
    _, path = _listed_then_locked(lead)
    blob = path.read_bytes()
    for text in ("Quenby", "Zebedee", "Ottoline"):
        for encoded in (text.encode(), text.encode("utf-16-le")):
            assert encoded not in blob


def test_a_family_changed_by_someone_else_is_opened_again(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Dunn")
    _listed(lead)
    lead.lock()

    other = team.unlock("lead")  # the same change as a colleague's, from another session
    details = families.open_family(other, family_id).file.details
    families.save_details(
        other, family_id, details.model_copy(update={"family_name": "Dunne family"})
    )
    other.lock()

    lead = team.unlock("lead")
    assert _listed(lead)[family_id][1] == "Dunne family"
    assert lead.list_file is not None and lead.list_file.dirty


def test_a_plain_column_edited_since_is_still_caught(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Elton")
    untouched = make_family(lead, "Fenn")
    _listed(lead)
    lead.lock()
    team.execute(
        "UPDATE families SET tier = :tier WHERE id = :id",
        {"tier": int(Tier.TARGETED), "id": family_id},
    )
    lead = team.unlock("lead")
    rows = _listed(lead)
    assert lead.list_file is not None and lead.list_file.adopted == 2  # from the file
    assert rows[family_id][4] and rows[family_id][1] is None  # damaged, name withheld
    assert not rows[untouched][4] and rows[untouched][1] == "Fenn family"


def test_an_altered_or_foreign_file_is_ignored_and_replaced(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Gale")
    first, path = _listed_then_locked(lead)

    blob = bytearray(path.read_bytes())
    blob[len(blob) // 2] ^= 0x01
    path.write_bytes(bytes(blob))
    lead = team.unlock("lead")
    assert _listed(lead) == first  # opened from the vault instead
    assert lead.list_file is not None and lead.list_file.dirty
    lead.lock()
    lead = team.unlock("lead")
    assert _kept(lead) == {family_id}  # the altered file was replaced at lock
    kept = path.read_bytes()
    lead.lock()

    kw1 = team.unlock("kw1")  # someone else's file in this worker's place opens with nothing
    assert kw1.list_place().path != path
    kw1.list_place().path.parent.mkdir(parents=True, exist_ok=True)
    kw1.list_place().path.write_bytes(kept)
    assert _kept(kw1) == set()
    kw1.lock()


def test_a_family_no_longer_held_drops_out_at_the_next_lock(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Hart")
    kept_by_lead = make_family(lead, "Ince")
    workers = {u.username: u.id for u in lead.staff.users.values()}
    work.allocate_lead_professional(lead, family_id, workers["kw1"])
    lead.lock()

    kw1 = team.unlock("kw1")
    assert _listed(kw1, CaseloadView.MINE)[family_id][1] == "Hart family"
    kw1.lock()
    kw1 = team.unlock("kw1")
    assert _kept(kw1) == {family_id}
    kw1.lock()

    lead = team.unlock("lead")
    work.allocate_lead_professional(lead, family_id, workers["kw2"])  # kw1's key is taken away
    lead.lock()

    kw1 = team.unlock("kw1")
    assert family_id not in kw1.accessible_family_ids()
    assert _in_file(kw1) == {family_id}  # still in the file, but never taken from it
    assert _kept(kw1) == set()
    kw1.lock()
    kw1 = team.unlock("kw1")
    _listed(kw1, CaseloadView.MINE)
    kw1.lock()  # after a list: the file is written again without it
    kw1 = team.unlock("kw1")
    assert _in_file(kw1) == set()
    kw1.lock()
    assert kept_by_lead  # never kw1's


def test_files_unused_for_a_month_are_deleted(team, make_family):
    lead = team.unlock("lead")
    make_family(lead, "Jory")
    _, path = _listed_then_locked(lead)
    stale = time.time() - (list_cache.MAX_AGE_DAYS + 1) * 86_400
    os.utime(path, (stale, stale))
    fresh = path.with_name("0" * 32 + ".bin")
    fresh.write_bytes(b"another worker's")

    assert list_cache.remove_expired() == 1
    assert not path.exists() and fresh.exists()


def test_a_file_in_use_is_kept_another_month(team, make_family):
    lead = team.unlock("lead")
    make_family(lead, "Keld")
    _, path = _listed_then_locked(lead)
    old = time.time() - (list_cache.MAX_AGE_DAYS - 1) * 86_400
    os.utime(path, (old, old))
    lead = team.unlock("lead")
    _listed(lead)
    assert path.stat().st_mtime > time.time() - 3600
    lead.lock()


def test_locking_works_when_the_file_cannot_be_written(team, make_family):
    lead = team.unlock("lead")
    make_family(lead, "Lowe")
    rows = _listed(lead)
    folder = list_cache.folder()
    folder.parent.mkdir(parents=True, exist_ok=True)
    if folder.exists():
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()
    folder.write_bytes(b"")  # a file where the folder should be: every write fails
    lead.lock()
    assert lead.is_locked and not lead.summaries
    lead = team.unlock("lead")
    assert _listed(lead) == rows
    lead.lock()


class _Runs:
    """A pickle that would run a command when read by an unrestricted unpickler."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def test_an_authentic_file_naming_anything_but_dates_is_refused(team, make_family, tmp_path):
    """Even someone holding the worker's key (so able to make a file that authenticates)
    cannot make reading it run code: the unpickler builds built-in values and dates only."""
    import pickle

    from familycase.crypto import aead

    lead = team.unlock("lead")
    make_family(lead, "Mace")
    rows = _listed(lead)
    place = lead.list_place()
    lead.lock()
    assert lead.list_file is None  # nothing of the worker's keys stays after lock
    marker = tmp_path / "ran"
    payload = pickle.dumps((list_cache.FORMAT, {"x": _Runs(str(marker))}, {}, {}, {}, b""))
    key = place.file_key([], {})
    ids_blob = b""
    place.path.write_bytes(
        b"FCLC"
        + len(ids_blob).to_bytes(4, "big")
        + ids_blob
        + aead.encrypt(key, payload, place.aad(ids_blob))
    )

    lead = team.unlock("lead")
    assert _listed(lead) == rows
    assert not marker.exists()
    assert lead.list_file is not None and lead.list_file.adopted == 0 and lead.list_file.dirty
    lead.lock()


def test_a_summary_rolled_back_across_a_key_rotation_is_still_caught(team, make_family):
    """An attacker puts back a family's row as it was before its key was rotated (its old
    summary and shown columns, say from before a rename or an alert): a session without the
    file cannot open the old summary with the new key, and one with the file must not show it
    either, whichever old file is put back with it."""
    lead = team.unlock("lead")
    family_id = make_family(lead, "Nash")
    _, path = _listed_then_locked(lead)
    old_file = path.read_bytes()
    columns = (
        "summary_ct, reference, team_id, status, tier, lead_worker_id, next_review_due, "
        "last_contact_on, member_count, revision"
    )
    old_row = (
        team.vault.engine.connect()
        .exec_driver_sql(f"SELECT {columns} FROM families WHERE id = '{family_id}'")
        .one()
    )

    other = team.unlock("lead")
    details = families.open_family(other, family_id).file.details
    families.save_details(other, family_id, details.model_copy(update={"family_name": "Nashe"}))
    key_rotation.rotate_family_key(other, family_id, "test")
    other.lock()

    names = [c.strip() for c in columns.split(",")]
    team.execute(
        "UPDATE families SET " + ", ".join(f"{n} = :{n}" for n in names) + " WHERE id = :id",
        {**dict(zip(names, old_row, strict=True)), "id": family_id},
    )
    cold = team.unlock("kw2")  # no file; kw2 holds no key: shown as no access either way
    cold.lock()
    path.write_bytes(old_file)  # the file from before the rotation, put back
    lead = team.unlock("lead")
    row = _listed(lead)[family_id]
    assert row[4] and row[1] is None  # damaged, as without the file
    assert lead.list_file is not None and lead.list_file.adopted == 0
    lead.lock()


def test_a_destroyed_familys_file_cannot_be_opened_by_anyone(team, make_family):
    """Destroying a family deletes its key share; every list file that held the family was
    sealed with a key made from that share, so it opens for no one, with any password."""
    from familycase.domain.enums import ClosureReason
    from familycase.domain.work import Closure
    from familycase.services import retention

    lead = team.unlock("lead")
    doomed = make_family(lead, "Oakes")
    kept = make_family(lead, "Pryce")
    work.close_episode(
        lead,
        doomed,
        Closure(reason=ClosureReason.OUTCOMES_ACHIEVED, on=date.today(), exit_plan="None."),
    )
    _, path = _listed_then_locked(lead)
    old_file = path.read_bytes()

    lead = team.unlock("lead")
    assert _kept(lead) == {doomed, kept}
    later = retention.add_years(date.today(), retention.retention_years(team.vault))
    reference = families.open_family(lead, doomed).file.reference
    retention.destroy_family(lead, doomed, reference, on=later + timedelta(days=2))
    rows = _listed(lead)
    assert set(rows) == {kept} and rows[kept][1] == "Pryce family"
    lead.lock()
    lead = team.unlock("lead")
    assert _in_file(lead) == {kept}  # written again without it
    path.write_bytes(old_file)  # a copy from before: it still names the family...
    assert doomed in _in_file(lead)
    assert _kept(lead) == set()  # ...but its share is gone, so it opens for no one
    lead.lock()


def test_a_file_copied_to_another_place_of_the_same_vault_is_not_used(team, make_family):
    """The same worker and the same keys, but another location of the vault (a copy of the
    folder): the file is bound to where it was written."""
    if team.data_dir is None:
        return  # a team server has one location; the file vault shows the binding
    lead = team.unlock("lead")
    make_family(lead, "Quill")
    _, path = _listed_then_locked(lead)
    team.vault.dispose()
    copy = team.data_dir.parent / "copy"
    shutil.copytree(team.data_dir, copy)
    from familycase.services.vault import Vault

    moved = Vault.open(copy)
    try:
        us = moved.unlock("lead", "correct horse battery")
        other = us.list_place().path
        assert other != path
        shutil.copy(path, other)
        _listed(us)
        assert us.list_file is not None and us.list_file.adopted == 0 and us.list_file.dirty
        us.lock()
    finally:
        moved.dispose()


def test_a_manager_writes_no_file(team, make_family):
    lead = team.unlock("lead")
    make_family(lead, "Rook")
    lead.lock()
    boss = team.unlock("boss")
    _listed(boss)
    path = boss.list_place().path
    boss.lock()
    assert not path.exists()


def test_something_other_than_a_file_in_its_place_never_blocks(team, make_family):
    lead = team.unlock("lead")
    make_family(lead, "Stow")
    rows, path = _listed_then_locked(lead)
    path.unlink()
    os.mkfifo(path)  # a pipe: reading it would wait for a writer forever
    lead = team.unlock("lead")
    found: list[dict] = []
    worker = threading.Thread(target=lambda: found.append(_listed(lead)), daemon=True)
    worker.start()
    worker.join(20)
    assert not worker.is_alive() and found == [rows]
    lead.lock()
    assert lead.is_locked


def test_a_malformed_head_never_stops_a_list(team, make_family):
    """The family ids at the head of the file are read before anything is authenticated:
    whatever is written there, the list is made without the file, and the lock replaces it."""
    lead = team.unlock("lead")
    make_family(lead, "Tate")
    rows, path = _listed_then_locked(lead)
    genuine = path.read_bytes()
    heads = [
        b"FCLC" + (100_000).to_bytes(4, "big") + b"[" * 100_000,  # deeply nested, once JSON
        b"FCLC" + (2**32 - 1).to_bytes(4, "big") + b"x",  # longer than the file
        b"FCLC" + (4).to_bytes(4, "big") + "\u00e9t\u00e9".encode(),  # not ASCII
        b"FCLC" + (3).to_bytes(4, "big") + b"a\n\n" + genuine[11:],  # an empty id
        b"FCLC\x00",  # truncated inside the length
        genuine[: len(genuine) // 2],  # truncated in the sealed part
    ]
    for head in heads:
        path.write_bytes(head)
        lead = team.unlock("lead")
        assert _listed(lead) == rows
        assert lead.list_file is not None and lead.list_file.adopted == 0
        lead.lock()
        lead = team.unlock("lead")
        assert _kept(lead) == set(rows)  # replaced by a good file at that lock
        lead.lock()


def test_one_rotated_family_among_others_is_not_taken(team, make_family):
    """The quick path checks every family's key at once; one rotated key among many sends the
    file down the family-by-family check, which leaves out that family only."""
    lead = team.unlock("lead")
    made = [make_family(lead, name) for name in ("Urry", "Vane", "Wood")]
    _listed(lead)
    lead.lock()
    other = team.unlock("lead")
    key_rotation.rotate_family_key(other, made[1], "test")
    other.lock()
    lead = team.unlock("lead")
    rows = _listed(lead)
    assert lead.list_file is not None and lead.list_file.adopted == 2
    assert {rows[f][1] for f in made} == {"Urry family", "Vane family", "Wood family"}
    assert not any(rows[f][4] for f in made)
    lead.lock()
