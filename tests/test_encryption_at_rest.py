"""No personal data in plaintext at rest: not in the database, its WAL/journal, or any file."""

from __future__ import annotations

import os
import sqlite3
from datetime import date

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from conftest import member
from familycase.domain.enums import ContactKind, HouseholdRole, Tier
from familycase.domain.family import Address, FamilyDetails
from familycase.domain.work import ContactNote
from familycase.services import families, work
from familycase.services.caseload import CaseloadView, caseload

# Distinctive strings that cannot occur by chance in ciphertext or in the schema.
CANARIES = {
    "surname": "Qwibblethorpe",
    "given": "Zandragor",
    "street": "Mumblecrust Lane",
    "postcode": "EC1A 1BB",
    "nhs": "9434765919",
    "note": "Plorkington-secret-disclosure",
    "school": "Snorfield Academy",
    "reason": "Grumbletoe referral reason",
}


def _needles() -> list[bytes]:
    found: list[bytes] = []
    for text in CANARIES.values():
        for variant in {text, text.lower(), text.upper(), text.replace(" ", "")}:
            found += [variant.encode("utf-8"), variant.encode("utf-16-le")]
    return found


def _files_under(*roots: os.PathLike[str]) -> list[str]:
    return [os.path.join(d, f) for root in roots for d, _, fs in os.walk(root) for f in fs]


def _leaks(paths: list[str]) -> list[tuple[str, str]]:
    leaks = []
    for path in paths:
        with open(path, "rb") as handle:
            data = handle.read()
        leaks += [(path, n.decode("utf-8", "replace")) for n in _needles() if n in data]
    return leaks


def test_canaries_never_reach_the_disk(team, tmp_path, monkeypatch):
    # Anything the app writes to a temp directory lands under tmp_path too.
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    lead = team.unlock("lead")
    details = FamilyDetails(
        family_name=f"{CANARIES['surname']} family",
        address=Address(
            lines=[f"7 {CANARIES['street']}"], town="Testtown", postcode=CANARIES["postcode"]
        ),
    )
    people = [
        member(
            CANARIES["given"],
            CANARIES["surname"],
            HouseholdRole.PARENT,
            age=30,
            nhs_number=CANARIES["nhs"],
        ),
        member("Ordinary", CANARIES["surname"], school_or_setting=CANARIES["school"]),
    ]
    from conftest import referral

    family_id = families.create_family(
        lead, details, referral(reason=CANARIES["reason"]), Tier.TARGETED, people
    )
    work.add_contact_note(
        lead,
        family_id,
        ContactNote(occurred_on=date.today(), kind=ContactKind.HOME_VISIT, text=CANARIES["note"]),
    )
    families.open_family(lead, family_id)
    rows = caseload(lead, CaseloadView.TEAM)
    assert rows[0].family_name == f"{CANARIES['surname']} family"  # it really is stored

    # While the WAL still holds the pages (before any checkpoint) ...
    database = team.data_dir / "familycase.sqlite3"
    assert (team.data_dir / "familycase.sqlite3-wal").exists()
    assert _leaks(_files_under(team.data_dir, scratch)) == []
    # ... and after everything is checkpointed into the main file.
    team.vault.dispose()
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _leaks(_files_under(team.data_dir, scratch)) == []
    assert database.stat().st_size > 0


def test_the_canary_check_can_fail(tmp_path):
    """The scanner itself finds a planted canary (so a pass above means something)."""
    planted = tmp_path / "leak.bin"
    planted.write_bytes(b"xx" + CANARIES["note"].lower().encode() + b"yy")
    assert _leaks([str(planted)]) != []


def test_vault_files_are_private_to_their_owner(team):
    for path in _files_under(team.data_dir):
        assert os.stat(path).st_mode & 0o077 == 0, path
    assert os.stat(team.data_dir).st_mode & 0o077 == 0
