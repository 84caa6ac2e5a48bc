"""Two processes writing one vault file at once: writers wait, nothing fails, nothing is lost."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from pathlib import Path

import pytest

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from conftest import PASSWORD

CREATIONS = 200


def _create_families(data_dir: str, username: str, count: int, start: object) -> list[str]:
    """In a process of its own: sign in and record ``count`` families one by one."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from datetime import date

    from familycase.domain.enums import AgencyType, Tier
    from familycase.domain.family import Address, FamilyDetails
    from familycase.domain.work import Referral
    from familycase.services import families
    from familycase.services.caseload import CaseloadView, caseload
    from familycase.services.vault import Vault

    vault = Vault.open(Path(data_dir))
    session = vault.unlock(username, PASSWORD)
    start.wait()  # type: ignore[attr-defined]
    problems = []
    for n in range(count):
        try:
            families.create_family(
                session,
                FamilyDetails(
                    family_name=f"{username} family {n}",
                    address=Address(lines=["1 Race Road"], postcode="SW1A 1AA"),
                ),
                Referral(
                    source_type=AgencyType.SCHOOL,
                    reason="Race",
                    received_on=date(2026, 11, 1),
                    consent_to_referral=True,
                ),
                Tier.EARLY_HELP,
            )
            if n % 20 == 0:  # reads in between never fail because of the other writer
                caseload(session, CaseloadView.MINE)
        except Exception as exc:  # anything at all is a failure of this test
            problems.append(f"{type(exc).__name__}: {exc}")
    session.lock()
    vault.dispose()
    return problems


def _sign_in_many(data_dir: str, username: str, count: int, start: object) -> list[str]:
    from familycase.services.vault import Vault

    vault = Vault.open(Path(data_dir))
    start.wait()  # type: ignore[attr-defined]
    problems = []
    for _ in range(count):
        try:
            vault.unlock(username, PASSWORD).lock()
        except Exception as exc:
            problems.append(f"{type(exc).__name__}: {exc}")
    vault.dispose()
    return problems


def _race(target, jobs: list[tuple]) -> list[str]:
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        start = manager.Event()
        with context.Pool(len(jobs)) as pool:
            results = [pool.apply_async(target, (*job, start)) for job in jobs]
            start.set()
            return [p for r in results for p in r.get(timeout=600)]


@pytest.mark.slow
def test_two_processes_creating_families_at_once_get_distinct_references(team):
    team.vault.dispose()
    problems = _race(
        _create_families,
        [(str(team.data_dir), "kw1", CREATIONS), (str(team.data_dir), "kw2", CREATIONS)],
    )
    assert problems == []
    with sqlite3.connect(team.data_dir / "familycase.sqlite3") as connection:
        references = [r for (r,) in connection.execute("SELECT reference FROM families")]
    assert len(references) == 2 * CREATIONS == len(set(references))
    assert sorted(references) == [f"FC-{n:06d}" for n in range(1, 2 * CREATIONS + 1)]
    from familycase.services.verify import verify_vault

    report = verify_vault(team.vault, session=team.unlock("lead"))
    assert report.ok, report.problems


def test_simultaneous_sign_ins_never_fail(team):
    team.vault.dispose()
    problems = _race(
        _sign_in_many,
        [(str(team.data_dir), "kw1", 25), (str(team.data_dir), "kw2", 25)],
    )
    assert problems == []
