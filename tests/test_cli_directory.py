"""The command line for the signed directory, checkpoints, older copies and bounds."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from test_cli import assert_one_line_error, run

DATA = Path(__file__).parent / "data"
FIXTURE_PASSWORD = "fixture password 0001"


def _init(data: Path) -> None:
    result = run("init", "--organisation", "T", "--admin", "ada", "--name", "Ada A", data=data)
    assert result.returncode == 0, result.stderr


def test_user_add_prints_a_fingerprint_the_worker_sees_too(tmp_path):
    data = tmp_path / "v"
    _init(data)
    added = run(
        "--user",
        "ada",
        "user",
        "add",
        "kim",
        "--name",
        "Kim W",
        "--role",
        "key_worker",
        data=data,
        extra_env={"FAMILYCASE_NEW_PASSWORD": "kims own password"},
    )
    assert added.returncode == 0, added.stderr
    phrase = added.stdout.split("fingerprint phrase: ", 1)[1].splitlines()[0]
    assert len(phrase.split()) == 8
    own = run("--user", "kim", "user", "fingerprint", data=data, password="kims own password")
    assert own.stdout.strip() == phrase
    shown = run("--user", "ada", "directory", "show", data=data)
    assert shown.returncode == 0 and phrase in shown.stdout and "(signed)" in shown.stdout


def test_an_upgraded_vault_is_adopted_once_with_the_recovery_key(tmp_path):
    data = tmp_path / "old"
    shutil.copytree(DATA / "vault-schema-0005", data)
    recovery = (data / "README.txt").read_text().split("Recovery key: ")[1].split()[0]
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(recovery)
    before = run("--user", "admin", "directory", "show", data=data, password=FIXTURE_PASSWORD)
    assert "NOT SIGNED YET" in before.stdout
    assert "directory adopt" in before.stderr  # the administrator is told what to do
    refused = run("--user", "admin", "directory", "adopt", data=data, password=FIXTURE_PASSWORD)
    assert_one_line_error(refused, 2, "--yes")
    adopted = run(
        "--user",
        "admin",
        "directory",
        "adopt",
        "--yes",
        "--kdf",
        "fast-insecure-for-tests",
        "--recovery-key-file",
        str(key_file),
        data=data,
        password=FIXTURE_PASSWORD,
    )
    assert adopted.returncode == 0, adopted.stderr
    assert "lead" in adopted.stdout and "fingerprint:" in adopted.stdout
    again = run(
        "--user", "admin", "directory", "adopt", "--yes", data=data, password=FIXTURE_PASSWORD
    )
    assert_one_line_error(again, 2, "signed already")
    verified = run("--user", "lead", "verify", data=data, password=FIXTURE_PASSWORD)
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_repair_puts_back_what_was_changed_in_the_table(tmp_path):
    data = tmp_path / "v"
    _init(data)
    run(
        "--user",
        "ada",
        "user",
        "add",
        "kim",
        "--name",
        "Kim W",
        "--role",
        "key_worker",
        data=data,
        extra_env={"FAMILYCASE_NEW_PASSWORD": "kims own password"},
    )
    with sqlite3.connect(data / "familycase.sqlite3") as connection:
        connection.execute("UPDATE users SET role='team_leader' WHERE username='kim'")
    refused = run("--user", "kim", "caseload", data=data, password="kims own password")
    assert_one_line_error(refused, 1, "role of kim was changed outside FamilyCase")
    failed = run("--user", "ada", "verify", data=data)
    assert failed.returncode == 1 and "role of kim" in failed.stdout
    repaired = run("--user", "ada", "directory", "repair", data=data)
    assert repaired.returncode == 0 and "Put back: the role of kim" in repaired.stdout
    assert "directory repair" in repaired.stderr  # the warning before the repair
    assert run("--user", "ada", "verify", data=data).returncode == 0


def test_verify_writes_a_checkpoint_and_checks_against_it(tmp_path):
    data = tmp_path / "v"
    _init(data)
    checkpoint = tmp_path / "checkpoint.json"
    made = run("--user", "ada", "verify", "--checkpoint", str(checkpoint), data=data)
    assert made.returncode == 0 and "Wrote a signed checkpoint" in made.stdout
    assert (checkpoint.stat().st_mode & 0o777) == 0o600
    later = run("--user", "ada", "verify", "--against", str(checkpoint), data=data)
    assert later.returncode == 0, later.stdout
    # Cut the log back to before the checkpoint and rewrite the head to match.
    keep = json.loads(checkpoint.read_text())["audit"][0] - 1
    with sqlite3.connect(data / "familycase.sqlite3") as connection:
        (digest,) = connection.execute(
            "SELECT entry_hash FROM audit_log WHERE seq=?", (keep,)
        ).fetchone()
        connection.execute("DELETE FROM audit_log WHERE seq>?", (keep,))
        connection.execute(
            "UPDATE vault_meta SET value=? WHERE key='audit_head'", (f"{keep}:{digest}",)
        )
    older = run("--user", "ada", "verify", "--against", str(checkpoint), data=data)
    assert_one_line_error(older, 1, "older than the one you last used")
    anyway = run(
        "--user", "ada", "--use-older-copy", "verify", "--against", str(checkpoint), data=data
    )
    assert anyway.returncode == 1 and "not the one the checkpoint" in anyway.stdout
    bad = tmp_path / "not-a-checkpoint.json"
    bad.write_text("{}")
    assert_one_line_error(
        run("--user", "ada", "verify", "--against", str(bad), data=data), 2, "not a FamilyCase"
    )


def test_numeric_options_are_range_checked(tmp_path):
    huge = run("demo", "--families", "1000000000", data=tmp_path / "huge")
    assert_one_line_error(huge, 2, "not between 0 and 100,000")
    assert not (tmp_path / "huge").exists()
    data = tmp_path / "v"
    _init(data)
    assert_one_line_error(
        run("--user", "ada", "audit", "--limit", "0", data=data), 2, "not between 1"
    )
    assert_one_line_error(run("costs", "search", "care", "--limit", "99999"), 2, "not between")
