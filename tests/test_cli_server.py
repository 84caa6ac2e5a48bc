"""The command line against a real team server: init, logins, status, the demo, and one plain
line (exit 2) for an unreachable server or a wrong password."""

from __future__ import annotations

import pytest

from test_cli import assert_one_line_error, run

pytestmark = pytest.mark.parametrize("backend", ["postgresql"])
PASSWORD = "correct horse battery"


def test_server_init_logins_status_and_a_workers_own_connection(backend, empty_server, pg_cluster):
    owner = empty_server.main.render_as_string(hide_password=False)
    keys = empty_server.keys.render_as_string(hide_password=False)
    made = run(
        "server",
        "init",
        "--url",
        owner,
        "--keys-url",
        keys,
        "--organisation",
        "Serverton",
        "--admin",
        "ada",
        "--name",
        "Ada A",
        "--prefix",
        "t_",
        "--kdf",
        "fast-insecure-for-tests",
        extra_env={"FAMILYCASE_NEW_DB_PASSWORD": "ada db password"},
    )
    assert made.returncode == 0, made.stderr
    assert "RECOVERY KEY" in made.stdout and "Database login t_ada is ready" in made.stdout
    database = empty_server.main.database
    as_ada = pg_cluster.url(database, "t_ada", "ada db password")
    added = run(
        "--data",
        as_ada,
        "user",
        "add",
        "kim",
        "--name",
        "Kim W",
        "--role",
        "key_worker",
        extra_env={"FAMILYCASE_NEW_PASSWORD": "kims own password"},
    )
    assert added.returncode == 0, added.stderr
    assert "fingerprint phrase" in added.stdout
    login = run(
        "--data",
        as_ada,
        "server",
        "login",
        "kim",
    )
    assert login.returncode == 0, login.stderr
    kim_db = login.stdout.split("password (shown once; hand it over safely): ")[1].split()[0]
    as_kim = pg_cluster.url(database, "t_kim", kim_db)
    listed = run("--data", as_kim, "caseload", password="kims own password")
    assert listed.returncode == 0, listed.stderr
    assert "No families" in listed.stdout
    # Kim's login signs in as Kim only.
    other = run("--data", as_kim, "--user", "ada", "caseload")
    assert_one_line_error(other, 2, "connected to the team server as 'kim'")
    status = run("--data", owner, "server", "status")
    assert status.returncode == 0, status.stderr
    assert "Schema version:" in status.stdout and "up to date" in status.stdout
    again = run(
        "server",
        "init",
        "--url",
        owner,
        "--organisation",
        "X",
        "--admin",
        "x",
        "--name",
        "X",
        "--prefix",
        "t_",
        extra_env={"FAMILYCASE_NEW_DB_PASSWORD": "x db password"},
    )
    assert_one_line_error(again, 2, "already a FamilyCase vault")


def test_plain_lines_for_an_unreachable_server_and_a_wrong_password(
    backend, pg_cluster, empty_server
):
    unreachable = run("--data", "postgresql://fc_x@127.0.0.1:1/familycase", "caseload")
    assert_one_line_error(unreachable, 2, "Cannot reach the team server")
    wrong = run(
        "--data", pg_cluster.url(empty_server.main.database, "postgres", "not it"), "caseload"
    )
    assert_one_line_error(wrong, 2, "refused the login")
    assert "not it" not in wrong.stderr  # a password is never shown


def test_the_demo_fills_an_empty_server(backend, empty_server):
    owner = empty_server.main.render_as_string(hide_password=False)
    made = run("--data", owner, "demo", "--families", "6")
    assert made.returncode == 0, made.stderr
    assert "6 fictional families" in made.stdout
    listed = run(
        "--data",
        owner,
        "--user",
        "sam",
        "caseload",
        "--view",
        "team",
        password="demo-password-2026",
    )
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.strip().endswith("families")
