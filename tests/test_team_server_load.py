"""Many workers at once on a team server, each on their own login: 8 processes x 200 writes
(contact notes, outcome readings, new families, allocations) while another process lists
caseloads. Nothing is lost, nothing is refused, no raw error, references unique, revisions
exact, and verify passes."""

from __future__ import annotations

import multiprocessing
import os
from datetime import date

import pytest
from sqlalchemy import text

from conftest import PASSWORD, TEST_PREFIX, member
from familycase.domain.enums import HouseholdRole, Role, Tier
from familycase.domain.family import FamilyDetails
from familycase.services import families, users, work
from familycase.services.vault import Vault
from familycase.services.verify import verify_vault

WORKERS = 7  # key workers, plus the team leader: 8 writing processes
WRITES = int(os.environ.get("FAMILYCASE_LOAD_WRITES", "200"))

pytestmark = pytest.mark.parametrize("backend", ["postgresql"])


def _worker(url: str, username: str, family_ids: list[str], writes: int, start) -> dict:
    """One worker's day, on their own database login, in a process of their own."""
    from conftest import referral
    from familycase.domain.assessment import Answer
    from familycase.domain.enums import ContactKind
    from familycase.domain.instruments import FAMILY_PROGRESS_MEASURE
    from familycase.domain.work import ContactNote
    from familycase.services import assessments

    vault = Vault.open(url)
    session = vault.unlock(username, PASSWORD)
    start.wait()
    notes: dict[str, int] = {}
    changes: dict[str, int] = {}  # every write that moves the family's revision
    created: list[str] = []
    problems: list[str] = []
    for n in range(writes):
        family_id = family_ids[n % len(family_ids)]
        try:
            if n % 10 == 9:
                created.append(
                    families.create_family(
                        session,
                        FamilyDetails(family_name=f"{username} new {n}"),
                        referral(),
                        Tier.EARLY_HELP,
                    )
                )
            elif n % 10 == 4:
                reading = assessments.start_assessment(
                    session, family_id, FAMILY_PROGRESS_MEASURE, assessed_on=date(2026, 11, 3)
                )
                reading.assessment.set_answer(Answer(question_id="home", value=1 + n % 10))
                assessments.complete_assessment(session, family_id, reading.id, reading.assessment)
                changes[family_id] = changes.get(family_id, 0) + 2  # started, then completed
            else:
                work.add_contact_note(
                    session,
                    family_id,
                    ContactNote(
                        occurred_on=date(2026, 11, 20),
                        kind=ContactKind.PHONE_CALL,
                        text=f"{username} {n}",
                    ),
                )
                notes[family_id] = notes.get(family_id, 0) + 1
                changes[family_id] = changes.get(family_id, 0) + 1
        except Exception as exc:
            problems.append(f"{username} write {n}: {type(exc).__name__}: {exc}"[:300])
    session.lock()
    vault.dispose()
    return {"notes": notes, "changes": changes, "created": created, "problems": problems}


def _leader(url: str, family_ids: list[str], worker_ids: list[str], writes: int, start) -> dict:
    vault = Vault.open(url)
    session = vault.unlock("lead", PASSWORD)
    start.wait()
    problems: list[str] = []
    moved = 0
    for n in range(writes):
        try:
            # Allocate an unallocated family to the next worker, round and round.
            family_id = family_ids[n % len(family_ids)]
            worker_id = worker_ids[(n // len(family_ids)) % len(worker_ids)]
            view = families.open_family(session, family_id)
            if view.lead_worker_id != worker_id:
                work.allocate_lead_professional(session, family_id, worker_id, f"round {n}")
                moved += 1
        except Exception as exc:
            problems.append(f"lead write {n}: {type(exc).__name__}: {exc}"[:300])
    session.lock()
    vault.dispose()
    return {"moved": moved, "problems": problems}


def _reader(url: str, rounds: int, start) -> dict:
    from familycase.services.caseload import CaseloadView, caseload

    vault = Vault.open(url)
    session = vault.unlock("lead", PASSWORD)
    start.wait()
    problems: list[str] = []
    for n in range(rounds):
        try:
            caseload(session, CaseloadView.TEAM)
        except Exception as exc:
            problems.append(f"reader {n}: {type(exc).__name__}: {exc}"[:300])
    session.lock()
    vault.dispose()
    return {"problems": problems}


@pytest.mark.slow
def test_eight_workers_writing_at_once_lose_nothing(backend, team, server_place, pg_cluster):
    admin = team.unlock("admin")
    for i in range(3, WORKERS + 1):
        users.add_user(
            admin, f"kw{i}", f"Worker {i}", Role.KEY_WORKER, PASSWORD, db_password=PASSWORD
        )
    admin.lock()
    lead = team.unlock("lead")
    workers = {w.username: w.id for w in users.list_workers(lead)}
    usernames = [f"kw{i}" for i in range(1, WORKERS + 1)]
    own: dict[str, list[str]] = {}
    for username in usernames:
        own[username] = []
        for k in range(2):
            family_id = families.create_family(
                lead,
                FamilyDetails(family_name=f"{username} family {k}"),
                referral_(),
                Tier.TARGETED,
                [member("Ann", f"{username}{k}", HouseholdRole.PARENT, age=30)],
            )
            work.allocate_lead_professional(lead, family_id, workers[username])
            own[username].append(family_id)
    pool_families = [
        families.create_family(
            lead, FamilyDetails(family_name=f"Queue {k}"), referral_(), Tier.EARLY_HELP
        )
        for k in range(3)
    ]
    lead.lock()
    before = dict(_revisions(team))
    url_of = lambda user: pg_cluster.url(  # noqa: E731
        server_place.main.database, f"{TEST_PREFIX}{user}", PASSWORD
    )
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        start = manager.Event()
        with context.Pool(WORKERS + 2) as pool:
            jobs = [
                pool.apply_async(_worker, (url_of(u), u, own[u], WRITES, start)) for u in usernames
            ]
            leader = pool.apply_async(
                _leader,
                (url_of("lead"), pool_families, [workers[u] for u in usernames[:3]], WRITES, start),
            )
            reader = pool.apply_async(_reader, (url_of("lead"), WRITES // 4, start))
            start.set()
            results = [job.get(timeout=1800) for job in jobs]
            led, read = leader.get(timeout=1800), reader.get(timeout=1800)
    problems = [p for r in (*results, led, read) for p in r["problems"]]
    assert problems == []
    # Every note is there, every revision went up by exactly the number of changes.
    after = dict(_revisions(team))
    notes = _notes_per_family(team)
    for result in results:
        for family_id, count in result["notes"].items():
            assert notes.get(family_id, 0) == count
        for family_id, count in result["changes"].items():
            assert after[family_id] - before[family_id] == count
    created = [f for r in results for f in r["created"]]
    assert len(created) == WORKERS * (WRITES // 10)
    references = [r for (r,) in _select(team, "SELECT reference FROM families")]
    assert len(references) == len(set(references)) == len(before) + len(created)
    checker = team.unlock("lead")
    report = verify_vault(team.vault, session=checker)
    assert report.ok, report.problems[:5]


def referral_():
    from conftest import referral

    return referral()


def _select(team, statement: str) -> list[tuple]:
    with team.vault.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(statement))]


def _revisions(team) -> list[tuple[str, int]]:
    return [(f, int(r)) for f, r in _select(team, "SELECT id, revision FROM families")]


def _notes_per_family(team) -> dict[str, int]:
    return {
        f: int(n)
        for f, n in _select(team, "SELECT family_id, count(*) FROM contact_notes GROUP BY 1")
    }
