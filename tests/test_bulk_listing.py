"""The first listing after sign-in opens every summary at once (records.read_summaries, with
aead.decrypt_each) and builds its rows with the cycle collector paused (gc_pause): the same
result as opening them one at a time, failures included."""

from __future__ import annotations

import gc
import os
import threading

import pytest

from familycase.crypto.aead import Cipher, decrypt_each
from familycase.services import key_rotation, records
from familycase.services.caseload import CaseloadView, caseload
from familycase.services.gc_pause import gc_paused
from familycase.store.binding import associated_data, family_row_aads
from familycase.store.schema import FamilyRow


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_pauses_nest_and_the_collector_comes_back(collector_on):
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()


def test_the_collector_comes_back_after_an_error(collector_on):
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_collector_switched_off_beforehand_stays_off(collector_on):
    gc.disable()
    with gc_paused():
        pass
    assert not gc.isenabled()
    gc.enable()


def test_overlapping_pauses_in_two_threads(collector_on):
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with gc_paused():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    inside.wait(5)
    with gc_paused():
        pass
    assert not gc.isenabled()  # the other thread's pause has not ended
    leave.set()
    thread.join(5)
    assert gc.isenabled()


def test_decrypt_each_opens_what_cipher_opens_and_nothing_else():
    keys = [os.urandom(32) for _ in range(4)]
    blobs = [
        Cipher(k).encrypt(f"payload {i}".encode(), b"place %d" % i) for i, k in enumerate(keys)
    ]
    places = [b"place %d" % i for i in range(4)]
    assert decrypt_each(keys, blobs, places) == [b"payload %d" % i for i in range(4)]
    bad = [
        (keys[1], blobs[0], b"place 0"),  # another key
        (keys[0], blobs[0], b"place 1"),  # another place
        (keys[0], blobs[0][:20], b"place 0"),  # truncated
        (keys[0], bytes([9]) + blobs[0][1:], b"place 0"),  # unknown format
        (keys[0][:16], blobs[0], b"place 0"),  # a key of the wrong length
        (keys[0], blobs[0][:-1] + bytes([blobs[0][-1] ^ 1]), b"place 0"),  # a flipped bit
    ]
    assert decrypt_each(*zip(*bad, strict=True)) == [None] * len(bad)


def test_family_row_aads_are_the_associated_data():
    ids = ["f1", "0b3c9e7a", "x|y"]
    assert family_row_aads("summary_ct", ids) == [
        associated_data("families", "summary_ct", fid, fid) for fid in ids
    ]


def _summaries(us) -> list[tuple[str, bytes]]:
    with us.read() as s:
        return [(fid, bytes(ct)) for fid, ct in s.query(FamilyRow.id, FamilyRow.summary_ct)]


def test_opened_at_once_as_one_at_a_time(team, make_family):
    lead = team.unlock("lead")
    for name in ("Ashby", "Brook", "Carr"):
        make_family(lead, name)
    items = _summaries(lead)
    at_once = records.read_summaries(lead, items)
    assert at_once == {fid: records.read_summary_bytes(lead, fid, ct) for fid, ct in items}
    assert all(at_once.values())


def test_a_key_rotated_by_someone_else_since_sign_in_is_picked_up(team, make_family):
    """The fast path fails for a family whose key changed after this worker signed in; the
    one-at-a-time path reloads the key, so the name is still listed."""
    lead = team.unlock("lead")
    family_id = make_family(lead, "Rotated")
    watcher = team.unlock("lead")
    assert [r.family_name for r in caseload(watcher, CaseloadView.TEAM) if r.family_id == family_id]
    key_rotation.rotate_family_key(lead, family_id, "test")
    [row] = [r for r in caseload(watcher, CaseloadView.TEAM) if r.family_id == family_id]
    assert row.family_name == "Rotated family" and not row.damaged


def test_a_summary_that_cannot_be_opened_is_none_and_the_row_is_marked(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Broken")
    other = make_family(lead, "Whole")
    lead.lock()
    team.execute(
        "UPDATE families SET summary_ct = :blob WHERE id = :id",
        {"blob": bytes([1]) + os.urandom(60), "id": family_id},
    )
    lead = team.unlock("lead")
    opened = records.read_summaries(lead, _summaries(lead))
    assert opened[family_id] is None and opened[other]
    rows = {r.family_id: r for r in caseload(lead, CaseloadView.TEAM)}
    assert rows[family_id].damaged and rows[family_id].family_name is None
    assert rows[other].family_name == "Whole family" and not rows[other].damaged
