"""Laptop replicas from the command line, as a script would drive them: checkout, note add and
family show on the replica, checkouts, recall, checkin, conflicts, device revoke; one-line
errors and plain exit codes."""

from __future__ import annotations

import json

import pytest

from backends import file_vault_only  # noqa: F401  (a file team vault; the server in test_replicas)
from familycase.services import families
from test_cli import assert_one_line_error, run


@pytest.fixture
def refs(team, make_family):
    kim = team.unlock("kw1")
    made = [make_family(kim, name) for name in ("Oak", "Pine")]
    found = [families.open_family(kim, fid).file.reference for fid in made]
    kim.lock()
    team.vault.dispose()
    return found


def as_(team, user: str, *args: str):
    return run("--user", user, *args, data=team.data_dir)


def on_laptop(folder, *args: str):
    return run(*args, data=folder)


def test_out_offline_and_back_from_the_command_line(team, refs, tmp_path):
    laptop = tmp_path / "laptop"
    out = as_(team, "kw1", "checkout", *refs, "--replica", str(laptop), "--device", "Kim laptop")
    assert out.returncode == 0, out.stderr
    assert f"Checked out: {', '.join(refs)}." in out.stdout
    listed = as_(team, "lead", "checkouts")
    assert refs[0] in listed.stdout and "Kim Worker's laptop (Kim laptop)" in listed.stdout

    refused = as_(team, "kw1", "note", "add", refs[0], "--kind", "home_visit", "--text", "x")
    assert_one_line_error(refused, 2, "checked out to Kim Worker's laptop")

    added = on_laptop(laptop, "note", "add", refs[0], "--kind", "home_visit", "--text", "Seen")
    assert added.returncode == 0, added.stderr
    shown = on_laptop(laptop, "family", "show", refs[0], "--format", "json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["file"]["reference"] == refs[0]
    assert [c["text"] for c in data["contacts"]] == ["Seen"]

    back = on_laptop(laptop, "checkin")
    assert back.returncode == 0, back.stderr
    assert f"Brought back with changes: {refs[0]}" in back.stdout
    assert f"Brought back unchanged: {refs[1]}" in back.stdout
    text = as_(team, "kw1", "family", "show", refs[0])
    assert "Seen" in text.stdout and "Checked out" not in text.stdout
    assert as_(team, "lead", "checkouts").stdout.strip() == "0 families checked out"
    verified = as_(team, "admin", "verify")
    assert verified.returncode == 0 and "brought in from laptops" in verified.stdout


def test_recall_conflicts_and_revoke_from_the_command_line(team, refs, tmp_path):
    laptop = tmp_path / "laptop"
    assert as_(team, "kw1", "checkout", refs[0], "--replica", str(laptop)).returncode == 0
    on_laptop(laptop, "note", "add", refs[0], "--kind", "phone_call", "--text", "Called")
    no_reason = as_(team, "lead", "recall", refs[0], "--reason", " ")
    assert_one_line_error(no_reason, 2, "Give a reason")
    recalled = as_(team, "lead", "recall", refs[0], "--reason", "Kim is away")
    assert recalled.returncode == 0 and "Recalled" in recalled.stdout
    back = on_laptop(laptop, "checkin")
    assert "kept for the lead professional to merge" in back.stdout
    listing = as_(team, "kw1", "conflicts", refs[0])
    assert "A contact note added on" in listing.stdout and "Text: Called" in listing.stdout
    conflict_id = listing.stdout.split()[0]
    missing = as_(team, "kw1", "conflicts", refs[0], "--resolve", conflict_id)
    assert_one_line_error(missing, 2, "--keep")
    done = as_(team, "kw1", "conflicts", refs[0], "--resolve", conflict_id, "--keep", "mine")
    assert done.returncode == 0 and "kept the laptop's version" in done.stdout
    assert "Called" in as_(team, "kw1", "family", "show", refs[0]).stdout

    second = tmp_path / "second"
    out = as_(team, "kw1", "checkout", refs[1], "--replica", str(second), "--device", "Spare")
    assert out.returncode == 0, out.stderr
    revoked = as_(team, "lead", "device", "revoke", "spare", "--reason", "stolen")
    assert revoked.returncode == 0, revoked.stderr
    assert f"New keys for: {refs[1]}" in revoked.stdout
    gone = on_laptop(second, "checkin")
    assert_one_line_error(gone, 1, "was revoked by a team leader")
    devices = as_(team, "lead", "device", "list")
    assert "Spare" in devices.stdout and "revoked" in devices.stdout


def test_plain_errors(team, refs, tmp_path):
    wrong = run(
        "--user",
        "kw1",
        "checkout",
        refs[0],
        "--replica",
        str(tmp_path / "x"),
        data=team.data_dir,
        password="not it",
    )
    assert_one_line_error(wrong, 2, "password is not right")
    unknown = as_(team, "kw1", "checkout", "FC-999999", "--replica", str(tmp_path / "y"))
    assert_one_line_error(unknown, 2, "There is no family FC-999999")
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "something.txt").write_text("mine")
    taken = as_(team, "kw1", "checkout", refs[0], "--replica", str(busy))
    assert_one_line_error(taken, 2, "not empty and is not a laptop replica")
    laptop = tmp_path / "laptop"
    assert as_(team, "kw1", "checkout", refs[0], "--replica", str(laptop)).returncode == 0
    other = as_(team, "kw2", "checkout", refs[0], "--replica", str(laptop))
    assert_one_line_error(other, 2, "laptop replica: choose a folder of your own")
    (laptop / "replica.json").write_text("{ not json")
    damaged = on_laptop(laptop, "checkin")
    assert_one_line_error(damaged, 1, "is damaged")
