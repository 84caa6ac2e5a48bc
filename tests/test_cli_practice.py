"""The command line for the practice records: risk, chronology, event, referral, note, people
and document, over a real vault, with one-line errors."""

from __future__ import annotations

import os
import re
from datetime import date

import pytest

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from conftest import member
from familycase.domain.enums import ClosureReason, HouseholdRole
from familycase.domain.work import Closure
from familycase.services import consent as consent_service
from familycase.services import families, work
from test_cli import assert_one_line_error, run

TODAY = date.today()


@pytest.fixture
def vault(team, make_family):
    lead = team.unlock("lead")
    first = make_family(lead, "Cliby", people=("Ada", "Bea"))
    second = make_family(lead, "Clifton", people=("Cal",))
    families.save_member(
        lead, second, member("Bea", "Clifton", HouseholdRole.CHILD, nhs_number="9434765919")
    )
    bea = families.open_family(lead, first).file.members[1]
    families.save_member(lead, first, bea.model_copy(update={"nhs_number": "9434765919"}))
    lead.lock()
    return team, first, second


def cli(team, *args: str):
    return run("--user", "lead", *args, data=team.data_dir)


def _id(output: str) -> str:
    return re.search(r"\(([0-9a-f]{8})\)", output).group(1)


def test_risk_flags_and_the_chronology(vault, tmp_path):
    team, first, _ = vault
    added = cli(
        team,
        "risk",
        "add",
        "FC-000001",
        "--kind",
        "child_protection_plan",
        "--person",
        "Bea Cliby",
        "--agency",
        "social_care",
        "--note",
        "Neglect",
    )
    assert added.returncode == 0, added.stderr
    flag_id = _id(added.stdout)
    listed = cli(team, "risk", "list", "fc-000001")
    assert "Child protection plan" in listed.stdout and "Bea Cliby" in listed.stdout
    assert "current" in listed.stdout and "Neglect" in listed.stdout
    assert_one_line_error(
        cli(team, "risk", "add", "FC-000001", "--kind", "young_carer", "--person", "Nobody Here"),
        2,
        "Nobody called 'Nobody Here' is in FC-000001",
    )
    assert_one_line_error(
        cli(team, "risk", "add", "FC-000001", "--kind", "other"), 2, "what kind of alert"
    )
    ended = cli(team, "risk", "end", "FC-000001", flag_id, "--reason", "Plan ended")
    assert ended.returncode == 0 and f"{TODAY:%d/%m/%Y}" in ended.stdout
    assert "ended" in cli(team, "risk", "list", "FC-000001").stdout

    event = cli(
        team,
        "event",
        "add",
        "FC-000001",
        "--title",
        "Excluded for two days",
        "--person",
        "Bea Cliby",
        "--category",
        "education",
    )
    assert event.returncode == 0, event.stderr
    shown = cli(team, "chronology", "FC-000001")
    assert shown.returncode == 0, shown.stderr
    assert "Alert ended: Child protection plan (Bea)" in shown.stdout
    assert (
        "Excluded for two days" in shown.stdout and "Referral received from School" in shown.stdout
    )
    only = cli(team, "chronology", "FC-000001", "--kind", "risks")
    assert "Excluded" not in only.stdout and "Alert: Child protection plan" in only.stdout

    assert_one_line_error(
        cli(team, "chronology", "FC-000001", "--pdf", str(tmp_path / "c.pdf")), 2, "--agency"
    )
    pdf = tmp_path / "chronology.pdf"
    printed = cli(team, "chronology", "FC-000001", "--pdf", str(pdf), "--agency", "health")
    assert printed.returncode == 0, printed.stderr
    assert "withheld for lack of consent" in printed.stdout
    assert "outside the encrypted vault" in printed.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and os.stat(pdf).st_mode & 0o777 == 0o600
    lead = team.unlock("lead")
    assert [e.channel for e in consent_service.share_log(lead, first)] == ["print"]


def test_referral_notes_and_documents(vault, tmp_path):
    team, first, _ = vault
    assert_one_line_error(
        cli(team, "referral", "letter", "FC-000001", "--out", str(tmp_path / "l.pdf")),
        2,
        "Record the decision",
    )
    decided = cli(
        team,
        "referral",
        "decide",
        "FC-000001",
        "--decision",
        "signposted",
        "--reason",
        "Family hub can help",
    )
    assert decided.returncode == 0, decided.stderr
    letter = tmp_path / "letter.pdf"
    wrote = cli(team, "referral", "letter", "FC-000001", "--out", str(letter))
    assert wrote.returncode == 0, wrote.stderr
    assert "outcome is withheld" in wrote.stdout and os.stat(letter).st_mode & 0o777 == 0o600
    told = cli(team, "referral", "told", "FC-000001")
    assert told.returncode == 0 and f"{TODAY:%d/%m/%Y}" in told.stdout
    assert_one_line_error(
        cli(team, "referral", "reopen", "FC-000001", "--source", "health", "--reason", "Again"),
        2,
        "already has an open episode",
    )
    lead = team.unlock("lead")
    work.close_episode(lead, first, Closure(reason=ClosureReason.OTHER, on=TODAY, exit_plan="Hub"))
    lead.lock()
    reopened = cli(
        team,
        "referral",
        "reopen",
        "FC-000001",
        "--source",
        "health",
        "--reason",
        "Again",
        "--tier",
        "3",
    )
    assert reopened.returncode == 0, reopened.stderr

    added = cli(
        team,
        "note",
        "add",
        "FC-000001",
        "--kind",
        "home_visit",
        "--text",
        "Saw Bea; she was quiet.",
        "--seen",
        "Bea Cliby",
        "--child-seen-alone",
        "--significant",
    )
    assert added.returncode == 0, added.stderr
    note_id = _id(added.stdout)
    listed = cli(team, "note", "list", "FC-000001")
    assert note_id in listed.stdout and "significant, child seen alone" in listed.stdout
    edited = cli(
        team,
        "note",
        "edit",
        "FC-000001",
        note_id,
        "--text",
        "Saw Bea at home; she was quiet.",
        "--reason",
        "Clearer",
    )
    assert edited.returncode == 0 and "What happened" in edited.stdout
    history = cli(team, "note", "history", "FC-000001", note_id)
    assert history.stdout.index("--- original") < history.stdout.index("Saw Bea; she was quiet.")
    assert "corrected by Lee Leader" in history.stdout and "Clearer" in history.stdout

    source = tmp_path / "School report.pdf"
    source.write_bytes(b"%PDF-1.4 school report")
    kept = cli(
        team,
        "document",
        "add",
        "FC-000001",
        str(source),
        "--description",
        "Report",
        "--person",
        "Bea Cliby",
    )
    assert kept.returncode == 0, kept.stderr
    doc_id = _id(kept.stdout)
    assert "School report.pdf" in cli(team, "document", "list", "FC-000001").stdout
    copy = tmp_path / "copy.pdf"
    saved = cli(team, "document", "save", "FC-000001", doc_id, "--out", str(copy))
    assert saved.returncode == 0 and "outside the encrypted vault" in saved.stderr
    assert copy.read_bytes() == source.read_bytes() and os.stat(copy).st_mode & 0o777 == 0o600
    assert_one_line_error(
        cli(team, "document", "add", "FC-000001", str(tmp_path / "missing.pdf")), 2, "cannot read"
    )
    assert cli(team, "document", "remove", "FC-000001", doc_id).returncode == 0
    assert "0 documents" in cli(team, "document", "list", "FC-000001").stdout


def test_people_across_families(vault):
    team, _first, _second = vault
    matches = cli(team, "people", "matches", "FC-000001")
    assert "FC-000001  Bea Cliby" in matches.stdout and "FC-000002  Bea Clifton" in matches.stdout
    assert "same nhs number" in matches.stdout and "1 possible matches" in matches.stdout
    assert "1 possible matches" in cli(team, "people", "duplicates").stdout
    linked = cli(
        team,
        "people",
        "link",
        "FC-000001",
        "--person",
        "Bea Cliby",
        "FC-000002",
        "--other-person",
        "Bea Clifton",
    )
    assert linked.returncode == 0 and "the same person" in linked.stdout
    assert "0 possible matches" in cli(team, "people", "duplicates").stdout
    kw = run("--user", "kw1", "people", "duplicates", data=team.data_dir)
    assert_one_line_error(kw, 2, "for team leaders")
