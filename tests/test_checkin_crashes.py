"""Check-in killed (SIGKILL, as kill -9) at a random point, 50 times, seeded: every family ends
either as it was or as the laptop left it (never half), both stores verify clean, and running
check-in again completes with nothing applied twice and nothing lost.

Each run forks a child that runs the real check-in and kills itself just before its Nth
statement or commit to any database (team store, key shares, the replica's SQLCipher files);
N is drawn from a seeded generator over the whole of a check-in's statements.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from backends import file_vault_only  # noqa: F401
from conftest import PASSWORD, member, referral
from familycase.domain.enums import ContactKind, Tier
from familycase.domain.family import Address, FamilyDetails
from familycase.domain.work import ContactNote
from familycase.services import checkin, families, replica, work
from familycase.services.errors import FamilyCheckedOut
from familycase.services.vault import Vault
from familycase.services.verify import verify_vault

RUNS = 50
SEED = 20261201


def _family(us, surname: str) -> str:
    details = FamilyDetails(
        family_name=f"{surname} family",
        address=Address(lines=["2 Crash Lane"], town="Testtown", postcode="SW1A 1AA"),
    )
    return families.create_family(
        us, details, referral(), Tier.EARLY_HELP, [member("Pat", surname, age=30)]
    )


def _note(words: str) -> ContactNote:
    return ContactNote(occurred_on=date.today(), kind=ContactKind.HOME_VISIT, text=words)


def _texts(us, family_id: str) -> list[str]:
    return sorted(n.text for n in families.open_family(us, family_id).contacts)


def _checkin_then_die(folder: str, crash_at: int, counter_file: str) -> None:
    """In the forked child: the real check-in, killed before statement ``crash_at``."""
    seen = {"n": 0}

    def tick(*_args: object) -> None:
        seen["n"] += 1
        if seen["n"] == crash_at:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(Engine, "before_cursor_execute", tick)
    event.listen(Engine, "commit", tick)
    vault = Vault.open(Path(folder))
    rs = vault.unlock("kw1", PASSWORD)
    team = checkin.connect_team(rs, PASSWORD)
    checkin.check_in(rs, team)
    Path(counter_file).write_text(str(seen["n"]))
    os._exit(0)


def _run_child(folder: Path, crash_at: int, counter: Path) -> int | None:
    child = multiprocessing.get_context("fork").Process(
        target=_checkin_then_die, args=(str(folder), crash_at, str(counter))
    )
    child.start()
    child.join(120)
    return child.exitcode


@pytest.fixture
def base(team, tmp_path):
    """A team vault with four families checked out to a laptop that changed three of them and
    recorded a new one; both stores' folders kept to be put back before each run."""
    team.vault.dispose()
    kim = team.unlock("kw1")
    ids = [_family(kim, name) for name in ("Aspen", "Beech", "Cherry", "Damson")]
    for fid in ids:
        work.add_contact_note(kim, fid, _note("Before"))
    refs = [families.open_family(kim, fid).file.reference for fid in ids]
    laptop = tmp_path / "laptop"
    replica.check_out(kim, refs, laptop, "Crash laptop")
    kim.lock()
    vault = Vault.open(laptop)
    rs = vault.unlock("kw1", PASSWORD)
    for fid in ids[:3]:
        work.add_contact_note(rs, fid, _note(f"Offline {fid[:4]}"))
    work.add_contact_note(rs, ids[0], _note("Second offline"))
    fresh = _family(rs, "Newcomer")
    work.add_contact_note(rs, fresh, _note("First visit"))
    rs.lock()
    vault.dispose()
    team.vault.dispose()
    saved = tmp_path / "saved"
    shutil.copytree(team.data_dir, saved / "vault")
    shutil.copytree(laptop, saved / "laptop")
    old = {fid: ["Before"] for fid in ids}
    new = {fid: sorted(["Before", f"Offline {fid[:4]}"]) for fid in ids[:3]}
    new[ids[0]] = sorted([*new[ids[0]], "Second offline"])
    new[ids[3]] = ["Before"]
    return team, laptop, saved, ids, fresh, old, new


def _put_back(team, laptop: Path, saved: Path, state: Path) -> None:
    shutil.rmtree(team.data_dir)
    shutil.rmtree(laptop)
    shutil.copytree(saved / "vault", team.data_dir)
    shutil.copytree(saved / "laptop", laptop)
    shutil.rmtree(state, ignore_errors=True)
    state.mkdir()


def test_checkin_killed_at_random_points_leaves_old_or_new_and_a_rerun_completes(
    base, tmp_path, monkeypatch
):
    team, laptop, saved, ids, fresh, old, new = base
    state = tmp_path / "state"
    monkeypatch.setenv("FAMILYCASE_STATE_DIR", str(state))
    counter = tmp_path / "statements"
    _put_back(team, laptop, saved, state)
    assert _run_child(laptop, 10**9, counter) == 0  # a whole check-in, counted
    total = int(counter.read_text())
    assert total > 50
    rng = random.Random(SEED)
    points = sorted(rng.randint(1, total) for _ in range(RUNS))
    outcomes = {"old": 0, "new": 0}
    for crash_at in points:
        _put_back(team, laptop, saved, state)
        code = _run_child(laptop, crash_at, counter)
        assert code == -signal.SIGKILL, f"the check-in was not killed at {crash_at}"
        vault = Vault.open(team.data_dir)
        kim = vault.unlock("kw1", PASSWORD)
        for fid in ids:
            texts = _texts(kim, fid)
            assert texts in (old[fid], new[fid]), (crash_at, fid, texts)
            outcomes["new" if texts == new[fid] and texts != old[fid] else "old"] += 1
        brought = fresh in {r.family_id for r in _all(kim)}
        if brought:
            assert _texts(kim, fresh) == ["First visit"]
        report = verify_vault(vault, kim)
        assert report.problems == [], (crash_at, report.problems)
        # The laptop still opens and verifies; a second check-in finishes the job.
        rv = Vault.open(laptop)
        rs = rv.unlock("kw1", PASSWORD)
        assert verify_vault(rv, rs).problems == [], crash_at
        checkin.check_in(rs, kim)
        for fid in ids:
            assert _texts(kim, fid) == new[fid], (crash_at, fid)
        assert _texts(kim, fresh) == ["First visit"]
        assert rv.shares.all() == {}
        work.add_contact_note(kim, ids[0], _note("Team again"))  # released
        rs.lock()
        rv.dispose()
        kim.lock()
        vault.dispose()
    assert outcomes["new"] and outcomes["old"], outcomes  # points fell on both sides


def _all(us):
    from familycase.services.caseload import CaseloadView, caseload

    return caseload(us, CaseloadView.MINE)


def test_a_checked_out_family_stays_refused_after_a_crash_before_its_turn(base, tmp_path):
    team, laptop, _saved, ids, _fresh, _old, _new = base
    counter = tmp_path / "statements"
    assert _run_child(laptop, 3, counter) == -signal.SIGKILL
    kim = Vault.open(team.data_dir).unlock("kw1", PASSWORD)
    with pytest.raises(FamilyCheckedOut):
        work.add_contact_note(kim, ids[3], _note("Not yet"))
