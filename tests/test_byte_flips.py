"""1,000 random byte flips in a small vault's database file: nothing is ever accepted with wrong
data, nothing raises an internal error, and verify never says intact over damage."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import traceback
from datetime import date
from pathlib import Path

import pytest

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from conftest import PASSWORD
from familycase.domain.consent import ConsentRecord
from familycase.domain.enums import ContactKind
from familycase.domain.work import ContactNote
from familycase.services import consent, families, work
from familycase.services.caseload import CaseloadView, caseload
from familycase.services.errors import FamilyCaseError
from familycase.services.vault import Vault
from familycase.services.verify import verify_vault
from familycase.store.database import SQLITE_FILE
from familycase.store.keyshares import SHARES_FILE

FLIPS = int(os.environ.get("FAMILYCASE_FLIPS", "1000"))
TRACEBACKS = os.environ.get("FAMILYCASE_FLIPS_TRACEBACKS") == "1"
SEED = 20261201


def _snapshot(vault: Vault) -> tuple[list[tuple], dict[str, tuple]]:
    """What a team leader sees: the caseload and every family file."""
    session = vault.unlock("lead", PASSWORD)
    try:
        rows = caseload(session, CaseloadView.TEAM, statuses=None)
        listed = sorted(
            (r.family_id, r.reference, r.family_name, r.tier, r.status, r.member_count)
            for r in rows
            if not r.damaged
        )
        files = {}
        for row in rows:
            if row.damaged:
                continue
            view = families.open_family(session, row.family_id)
            files[row.family_id] = (
                view.file.reference,
                view.tier,
                view.status,
                tuple(m.full_name for m in view.file.members),
                tuple(m.date_of_birth for m in view.file.members),
                tuple(n.text for n in view.contacts),
                tuple(a.worker_id for a in view.allocations),
            )
        return listed, files
    finally:
        session.lock()


def _try_everything(
    vault: Vault, expected_list: list[tuple], expected_files: dict
) -> tuple[list[str], bool, bool]:
    """(wrong results, any clear error, verify ok)."""
    wrong: list[str] = []
    refused = False
    session = vault.unlock("lead", PASSWORD)
    try:
        rows = caseload(session, CaseloadView.TEAM, statuses=None)
    except FamilyCaseError:
        rows, refused = [], True
    listed = sorted(
        (r.family_id, r.reference, r.family_name, r.tier, r.status, r.member_count)
        for r in rows
        if not r.damaged
    )
    refused = refused or any(r.damaged for r in rows) or len(rows) != len(expected_list)
    for entry in listed:
        if entry not in expected_list:
            wrong.append(f"caseload row {entry}")
    for family_id, expected in expected_files.items():
        try:
            view = families.open_family(session, family_id)
        except FamilyCaseError:
            refused = True
            continue
        got = (
            view.file.reference,
            view.tier,
            view.status,
            tuple(m.full_name for m in view.file.members),
            tuple(m.date_of_birth for m in view.file.members),
            tuple(n.text for n in view.contacts),
            tuple(a.worker_id for a in view.allocations),
        )
        if got != expected:
            wrong.append(f"family file {expected[0]}")
    report = verify_vault(vault, session=session)
    return wrong, refused, report.ok


@pytest.fixture(scope="module")
def small_vault(tmp_path_factory) -> Path:
    return build_small_vault(tmp_path_factory.mktemp("flips") / "vault")


def build_small_vault(folder: Path) -> Path:
    from familycase.crypto.kdf import INSECURE_FAST_FOR_TESTS
    from familycase.domain.enums import AgencyType, HouseholdRole, Role, Tier
    from familycase.domain.family import Address, FamilyDetails, Member
    from familycase.domain.work import Referral
    from familycase.services import users

    vault, _ = Vault.create(
        folder,
        organisation="Flip Council",
        admin_username="admin",
        admin_display_name="Ada Admin",
        password=PASSWORD,
        kdf=INSECURE_FAST_FOR_TESTS,
    )
    admin = vault.unlock("admin", PASSWORD)
    users.add_user(admin, "lead", "Lee Leader", Role.TEAM_LEADER, PASSWORD)
    admin.lock()
    lead = vault.unlock("lead", PASSWORD)
    for surname in ("Flipton", "Byteson"):
        family_id = families.create_family(
            lead,
            FamilyDetails(
                family_name=f"{surname} family",
                address=Address(lines=["1 Flip Road"], postcode="SW1A 1AA"),
            ),
            Referral(
                source_type=AgencyType.SCHOOL,
                reason="Attendance",
                received_on=date(2026, 11, 1),
                consent_to_referral=True,
            ),
            Tier.TARGETED,
            [
                Member(
                    given_names=given,
                    family_name=surname,
                    household_role=HouseholdRole.CHILD,
                    date_of_birth=date(2015, 3, day),
                )
                for day, given in ((1, "Ann"), (2, "Bo"))
            ],
        )
        person = families.open_family(lead, family_id).file.members[0]
        work.add_contact_note(
            lead,
            family_id,
            ContactNote(occurred_on=date(2026, 11, 3), kind=ContactKind.HOME_VISIT, text="Seen."),
        )
        consent.record_consent(
            lead,
            family_id,
            ConsentRecord(
                member_id=person.id,
                given_by="the_person",
                method="written",
                agencies=["school"],
                purposes=["panel"],
                categories=["basic_details"],
                given_on=date(2026, 11, 2),
            ),
        )
    lead.lock()
    vault.dispose()
    for name in (SQLITE_FILE, SHARES_FILE):
        with sqlite3.connect(folder / name) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return folder


@pytest.mark.slow
def test_random_byte_flips_are_never_accepted_silently(small_vault, tmp_path):
    outcome = run_flips(small_vault, tmp_path, FLIPS, SEED)
    assert outcome["silently wrong"] == []
    assert outcome["internal errors"] == []
    assert outcome["intact over damage"] == []


def run_flips(small_vault: Path, tmp_path: Path, flips: int, seed: int) -> dict[str, list[str]]:
    pristine = Vault.open(_copy(small_vault, tmp_path / "pristine"))
    expected_list, expected_files = _snapshot(pristine)
    pristine.dispose()
    assert len(expected_files) == 2
    size = (small_vault / SQLITE_FILE).stat().st_size
    rng = random.Random(seed)
    outcome: dict[str, list[str]] = {
        "silently wrong": [],
        "internal errors": [],
        "intact over damage": [],
    }
    for attempt in range(flips):
        offset, bit = rng.randrange(size), 1 << rng.randrange(8)
        work_dir = _copy(small_vault, tmp_path / f"w{attempt}")
        path = work_dir / SQLITE_FILE
        data = bytearray(path.read_bytes())
        data[offset] ^= bit
        path.write_bytes(bytes(data))
        try:
            vault = Vault.open(work_dir)
            try:
                wrong, refused, verified = _try_everything(vault, expected_list, expected_files)
            finally:
                vault.dispose()
            if wrong:
                outcome["silently wrong"].append(f"offset {offset}: {wrong}")
            if verified and (refused or not _sqlite_ok(path)):
                outcome["intact over damage"].append(f"offset {offset}")
        except FamilyCaseError:
            pass  # a clear error, naming what is wrong: the right outcome for damage
        except Exception as exc:  # an internal error: the thing this test exists to catch
            detail = "".join(traceback.format_exception(exc)[-3:]) if TRACEBACKS else ""
            outcome["internal errors"].append(
                f"offset {offset}: {type(exc).__name__}: {str(exc)[:200]}{detail}"
            )
        finally:
            shutil.rmtree(work_dir, ignore_errors=True)
    return outcome


def _copy(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def _sqlite_ok(path: Path) -> bool:
    try:
        with sqlite3.connect(path) as connection:
            return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError:
        return False
