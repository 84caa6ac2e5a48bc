"""Laptop replicas: check-out, check-in, and what SQLCipher costs a key worker offline.

    python bench/replica.py                      # 15 families x 200 notes, 50 changes, 5 rounds
    python bench/replica.py --families 15 --notes 200 --changes 50 --rounds 5

A file team store is made in a temporary folder (the fast, insecure KDF, so that Argon2id does
not hide what is measured). Its key worker holds 15 families of 200 contact notes each. Each
round checks them all out to a laptop replica (a new replica the first time, a refresh after),
makes ``--changes`` changes there (four new notes for each edited one, spread over the
families), and checks them back in; the team store is then checked to hold every change.

The SQLCipher cost: the same replica, exported to plain SQLite files with ``sqlcipher_export``
and opened through the same card and session code, against the encrypted one. Caseload and
open-family are sampled alternately (encrypted, plain, encrypted, ...), so that drift in the
machine's speed affects both sides alike. Targets (issue 13): each check-out and check-in
<= 3 s; replica caseload and open family <= 1.2x a plain replica.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from familycase.crypto.kdf import INSECURE_FAST_FOR_TESTS
from familycase.domain.enums import AgencyType, ContactKind, HouseholdRole, Role, Tier
from familycase.domain.family import Address, FamilyDetails, Member
from familycase.domain.work import ContactNote, Referral
from familycase.services import checkin, families, replica, users, work
from familycase.services.caseload import CaseloadView, caseload
from familycase.services.vault import UserSession, Vault
from familycase.store.database import SQLITE_FILE, sqlite_engine
from familycase.store.keyshares import SHARES_FILE, KeyShareStore

PASSWORD = "bench password for replicas"


def say(text: str = "") -> None:
    print(text, flush=True)


def make_team(folder: Path, count: int, notes: int) -> tuple[Vault, list[str]]:
    vault, _ = Vault.create(
        folder,
        organisation="Bench Council",
        admin_username="admin",
        admin_display_name="Ada Admin",
        password=PASSWORD,
        kdf=INSECURE_FAST_FOR_TESTS,
    )
    admin = vault.unlock("admin", PASSWORD)
    users.add_user(admin, "kim", "Kim Worker", Role.KEY_WORKER, PASSWORD)
    admin.lock()
    kim = vault.unlock("kim", PASSWORD)
    rng = random.Random(2026)
    references = []
    for i in range(count):
        surname = f"Bench{i:02d}"
        family_id = families.create_family(
            kim,
            FamilyDetails(
                family_name=f"{surname} family",
                address=Address(lines=[f"{i + 1} Long Road"], town="Testtown", postcode="SW1A 1AA"),
            ),
            Referral(
                source_type=AgencyType.SCHOOL,
                reason="School worried about attendance.",
                received_on=date.today() - timedelta(days=400),
                consent_to_referral=True,
            ),
            Tier.EARLY_HELP,
            [
                Member(
                    given_names=given,
                    family_name=surname,
                    household_role=role,
                    date_of_birth=date.today() - timedelta(days=365 * age),
                )
                for given, role, age in (
                    ("Alex", HouseholdRole.PARENT, 34),
                    ("Sam", HouseholdRole.CHILD, 9),
                    ("Jo", HouseholdRole.CHILD, 6),
                )
            ],
        )
        for n in range(notes):
            work.add_contact_note(
                kim,
                family_id,
                ContactNote(
                    occurred_on=date.today() - timedelta(days=notes - n),
                    kind=rng.choice(list(ContactKind)),
                    text=f"Visit {n}: " + " ".join(rng.choice(WORDS) for _ in range(60)),
                ),
            )
        references.append(families.open_family(kim, family_id).file.reference)
        say(f"  team store: {i + 1}/{count} families with {notes} notes")
    kim.lock()
    return vault, references


WORDS = [
    "school",
    "home",
    "mum",
    "dad",
    "attendance",
    "worried",
    "visit",
    "plan",
    "review",
    "sleep",
    "food",
    "rent",
    "housing",
]


def offline_changes(rs: UserSession, changes: int, round_no: int) -> int:
    """``changes`` changes spread over the replica's families: new notes, and an edit of an
    existing note for every five changes."""
    ids = sorted(rs.accessible_family_ids())
    made = 0
    for i in range(changes):
        family_id = ids[i % len(ids)]
        if i % 5 == 4:
            note = families.open_family(rs, family_id).contacts[0]
            edited = note.content().model_copy(
                update={"text": f"Corrected in round {round_no} ({i})"}
            )
            work.edit_contact_note(rs, family_id, note.id, edited, "typo")
        else:
            work.add_contact_note(
                rs,
                family_id,
                ContactNote(
                    occurred_on=date.today(),
                    kind=ContactKind.HOME_VISIT,
                    text=f"Offline round {round_no} change {i}",
                ),
            )
        made += 1
    return made


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def export_plain(laptop: Path, key: bytes, plain: Path) -> None:
    """The replica's two files as plain SQLite (same rows, same pages' contents)."""
    import sqlcipher3

    plain.mkdir()
    for name in (SQLITE_FILE, SHARES_FILE):
        connection = sqlcipher3.connect(str(laptop / name))
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute(f"ATTACH DATABASE '{plain / name}' AS plain KEY ''")
        connection.execute("SELECT sqlcipher_export('plain')")
        connection.execute("DETACH DATABASE plain")
        connection.close()


def plain_twin(encrypted: Vault, plain: Path) -> Vault:
    """The same replica (card, session code) over the plain files."""
    assert encrypted.replica is not None
    return Vault(
        engine=sqlite_engine(plain / SQLITE_FILE),
        location=encrypted.location,
        audit_public=b"",
        recovery_public=b"",
        shares=KeyShareStore(sqlite_engine(plain / SHARES_FILE), str(plain / SHARES_FILE)),
        replica=encrypted.replica,
    )


def stats(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, round(0.95 * len(ordered)) - 1)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=15)
    parser.add_argument("--notes", type=int, default=200)
    parser.add_argument("--changes", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--samples", type=int, default=41)
    args = parser.parse_args(argv)
    os.environ.setdefault("FAMILYCASE_STATE_DIR", tempfile.mkdtemp(prefix="fc-bench-state-"))
    load_start = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="fc-bench-replica-") as tmp:
        root = Path(tmp)
        say(f"Making a team store: {args.families} families x {args.notes} notes ...")
        start = time.perf_counter()
        team, references = make_team(root / "team", args.families, args.notes)
        say(f"  made in {time.perf_counter() - start:.0f} s")
        laptop = root / "laptop"
        outs: list[float] = []
        ins: list[float] = []
        for round_no in range(1, args.rounds + 1):
            kim = team.unlock("kim", PASSWORD)
            out_s, result = timed(lambda: replica.check_out(kim, references, laptop, "Kim laptop"))  # noqa: B023
            assert len(result.checked_out) == args.families, result  # type: ignore[union-attr]
            kim.lock()
            outs.append(out_s)
            laptop_vault = Vault.open(laptop)
            rs = laptop_vault.unlock("kim", PASSWORD)
            offline_changes(rs, args.changes, round_no)
            ts = checkin.connect_team(rs, PASSWORD)
            in_s, report = timed(lambda: checkin.check_in(rs, ts))  # noqa: B023
            ts.lock()
            rs.lock()
            laptop_vault.dispose()
            assert not report.conflicts, report  # type: ignore[union-attr]
            ins.append(in_s)
            say(f"  round {round_no}: check-out {out_s:.2f} s, check-in {in_s:.2f} s")
        kim = team.unlock("kim", PASSWORD)
        notes_now = sum(
            len(families.open_family(kim, f).contacts) for f in kim.accessible_family_ids()
        )
        expected = args.families * args.notes + args.rounds * (args.changes - args.changes // 5)
        assert notes_now == expected, (notes_now, expected)
        say(f"  the team store holds every change ({notes_now} notes)")

        # SQLCipher against a plain replica of the same rows.
        replica.check_out(kim, references, laptop, "Kim laptop")
        kim.lock()
        encrypted = Vault.open(laptop)
        es = encrypted.unlock("kim", PASSWORD)
        assert encrypted.replica is not None and encrypted.replica.holder.key is not None
        export_plain(laptop, encrypted.replica.holder.key, root / "plain")
        plain = plain_twin(encrypted, root / "plain")
        ps = plain.unlock("kim", PASSWORD)
        ids = sorted(es.accessible_family_ids())
        assert [r.family_id for r in caseload(es, CaseloadView.MINE)] == [
            r.family_id for r in caseload(ps, CaseloadView.MINE)
        ]
        times: dict[str, list[float]] = {k: [] for k in ("ce", "cp", "oe", "op")}
        rng = random.Random(1)
        for _ in range(3):  # warm both
            caseload(es, CaseloadView.MINE), caseload(ps, CaseloadView.MINE)
        for _ in range(args.samples):
            family_id = rng.choice(ids)
            times["ce"].append(timed(lambda: caseload(es, CaseloadView.MINE))[0])
            times["cp"].append(timed(lambda: caseload(ps, CaseloadView.MINE))[0])
            times["oe"].append(timed(lambda: families.open_family(es, family_id))[0])  # noqa: B023
            times["op"].append(timed(lambda: families.open_family(ps, family_id))[0])  # noqa: B023
        es.lock()
        ps.lock()
        sizes = {
            "encrypted": (laptop / SQLITE_FILE).stat().st_size,
            "plain": (root / "plain" / SQLITE_FILE).stat().st_size,
        }
    load_end = os.getloadavg()
    in_med = statistics.median(ins)
    rows = [
        ("check-out (first: new replica)", outs[0], None),
        (
            "check-out again to the same replica, median / max",
            statistics.median(outs[1:] or outs),
            max(outs),
        ),
        (f"check-in of {args.changes} changes, median / max", in_med, max(ins)),
    ]
    say()
    say(
        f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} with "
        f"`{Path(sys.executable).name} bench/replica.py --families {args.families} --notes "
        f"{args.notes} --changes {args.changes} --rounds {args.rounds}` on {os.cpu_count()} "
        f"cores; load average {load_start[0]:.2f} at the start, {load_end[0]:.2f} at the end."
    )
    say()
    say("| measurement | median | max / p95 | target |")
    say("| --- | --- | --- | --- |")
    for name, value, worst in rows:
        target = "<= 3 s each: " + ("PASS" if (worst or value) <= 3 else "FAIL")
        say(f"| {name} | {value:.2f} s | {(worst or value):.2f} s | {target} |")
    for label, e, p in (("caseload (MINE)", "ce", "cp"), ("open family", "oe", "op")):
        em, ep = stats(times[e])
        pm, pp = stats(times[p])
        ratio = em / pm
        verdict = "PASS" if ratio <= 1.2 else "FAIL"
        say(
            f"| {label}: SQLCipher replica / plain replica | {em * 1000:.1f} / {pm * 1000:.1f} "
            f"ms | {ep * 1000:.1f} / {pp * 1000:.1f} ms | ratio {ratio:.2f}x <= 1.2x: {verdict} |"
        )
    say(
        f"| replica database size (SQLCipher / plain) | {sizes['encrypted'] / 1e6:.1f} MB / "
        f"{sizes['plain'] / 1e6:.1f} MB | | |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
