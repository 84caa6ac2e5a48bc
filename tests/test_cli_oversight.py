"""The command line for oversight: the in-tray, asking for and deciding approvals, the signed
settings, allocation with a suggestion, supervision, follow-up checks and the family tree,
over a real vault, with one-line errors."""

from __future__ import annotations

import json
import os
import re
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from backends import file_vault_only  # noqa: F401  (the command line runs on a folder here)
from conftest import member
from familycase.domain.enums import HouseholdRole
from familycase.domain.family import Relationship
from familycase.services import families
from test_cli import assert_one_line_error, run


@pytest.fixture
def vault(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Climore", people=("Ada", "Bo"))
    families.save_member(
        lead, family_id, member("Cy", "Climore", HouseholdRole.GRANDPARENT, age=70, deceased=True)
    )
    ada, bo, cy = families.open_family(lead, family_id).file.members
    for a, b, kind in ((ada, bo, "parent_of"), (cy, ada, "parent_of")):
        families.save_relationship(
            lead, family_id, Relationship(from_member_id=a.id, to_member_id=b.id, kind=kind)
        )
    lead.lock()
    return team


def cli(team, user: str, *args: str):
    return run("--user", user, *args, data=team.data_dir)


def test_asking_deciding_and_the_in_tray(vault):
    advice = cli(vault, "lead", "allocate", "FC-000001")
    assert "Waiting for allocation for 10 days" in advice.stdout
    allocated = cli(vault, "lead", "allocate", "FC-000001", "--suggested", "--reason", "Capacity")
    assert allocated.returncode == 0, allocated.stderr
    assert "FC-000001 is allocated to Kai Other, who now leads 1 open family" in allocated.stdout
    assert_one_line_error(
        cli(vault, "lead", "allocate", "FC-000001", "--to", "nobody", "--reason", "x"),
        2,
        "no active worker called 'nobody'",
    )
    asked = cli(vault, "kw2", "work", "step", "FC-000001", "--to", "3", "--reason", "Worse")
    assert asked.returncode == 0, asked.stderr
    assert "Asked a team leader to step FC-000001 to tier 3." in asked.stdout
    tray = cli(vault, "lead", "inbox", "--format", "json")
    items = json.loads(tray.stdout)
    [waiting] = [i for i in items if i["kind"] == "approval_waiting"]
    assert waiting["title"] == "Waiting for your approval: Step up from tier 2 to tier 3"
    listed = cli(vault, "lead", "approvals", "list")
    assert "1 waiting for your approval" in listed.stdout
    item_id = re.match(r"([0-9a-f]{8})", listed.stdout).group(1)
    assert_one_line_error(cli(vault, "lead", "approvals", "return", item_id, "--reason", ""), 2,
                          "Say why")  # fmt: skip
    opened = cli(vault, "lead", "genogram", "FC-000001")  # the team leader reads the file
    assert opened.returncode == 0, opened.stderr
    approved = cli(vault, "lead", "approvals", "approve", item_id)
    assert approved.returncode == 0, approved.stderr
    assert "Approved: Step up from tier 2 to tier 3 (FC-000001)." in approved.stdout
    assert "0 waiting" in cli(vault, "lead", "approvals", "list").stdout
    table = cli(vault, "kw2", "inbox", "--on", (date.today() + timedelta(days=40)).isoformat())
    assert "OVERDUE" in table.stdout and "First outcome reading due" in table.stdout


def test_settings_are_signed_by_an_administrator(vault):
    shown = cli(vault, "admin", "settings", "show")
    assert "Jurisdiction: England" in shown.stdout
    assert "step up" in shown.stdout and "Follow-up after closure: 6 months" in shown.stdout
    changed = cli(
        vault, "admin", "settings", "set", "--jurisdiction", "scotland", "--approvals", "closure",
        "--weight", "4=3", "--cap", "12",
    )  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    assert "Jurisdiction: Scotland" in changed.stdout
    assert "Decisions that need a team leader: closure" in changed.stdout
    assert "tier 4 = 3" in changed.stdout and "cap: 12" in changed.stdout
    assert_one_line_error(
        cli(vault, "lead", "settings", "set", "--cap", "20"), 2, "Only an administrator"
    )
    assert_one_line_error(
        cli(vault, "admin", "settings", "set", "--approvals", "everything"), 2, "--approvals"
    )
    stepped = cli(vault, "lead", "work", "step", "FC-000001", "--to", "1", "--reason", "Better")
    assert "Stepped FC-000001 to tier 1." in stepped.stdout


def test_supervision_follow_up_and_the_family_tree(vault, tmp_path):
    cli(vault, "lead", "allocate", "FC-000001", "--to", "kw1", "--reason", "Capacity")
    record = tmp_path / "session.json"
    record.write_text(
        json.dumps(
            {
                "worker": "kw1",
                "held_on": date.today().isoformat(),
                "next_on": (date.today() + timedelta(days=28)).isoformat(),
                "families": [
                    {
                        "reference": "FC-000001",
                        "reflection": "Mornings are the hard part.",
                        "actions": [{"what": "Call the school", "owner": "kw1"}],
                    }
                ],
            }
        )
    )
    recorded = cli(vault, "lead", "supervision", "record", str(record))
    assert recorded.returncode == 0, recorded.stderr
    listed = cli(vault, "kw1", "supervision", "list")
    assert "Kim Worker with Lee Leader: 1 families" in listed.stdout
    assert "FC-000001: Mornings are the hard part." in listed.stdout
    action_id = re.search(r"- ([0-9a-f]{8}) Call the school", listed.stdout).group(1)
    assert "Call the school" in cli(vault, "kw1", "inbox").stdout
    done = cli(vault, "kw1", "supervision", "done", "FC-000001", action_id, "--note", "Called")
    assert done.returncode == 0, done.stderr
    assert "Call the school" not in cli(vault, "kw1", "inbox").stdout
    record.write_text("{not json")
    assert_one_line_error(cli(vault, "lead", "supervision", "record", str(record)), 2,
                          "is not a supervision record")  # fmt: skip

    closed = cli(
        vault, "kw1", "work", "close", "FC-000001", "--reason", "outcomes_achieved",
        "--exit-plan", "School keeps an eye",
    )  # fmt: skip
    assert "Asked a team leader to close FC-000001." in closed.stdout
    listed = cli(vault, "lead", "approvals", "list")
    item_id = re.match(r"([0-9a-f]{8})", listed.stdout).group(1)
    cli(vault, "lead", "genogram", "FC-000001")
    assert cli(vault, "lead", "approvals", "approve", item_id).returncode == 0
    checks = cli(vault, "kw1", "follow-up", "list", "FC-000001")
    assert "not yet done" in checks.stdout and checks.stdout.count("due ") == 1
    check_id = re.match(r"([0-9a-f]{8})", checks.stdout).group(1)
    recorded = cli(
        vault, "kw1", "follow-up", "record", "FC-000001", check_id, "--method", "phone_call",
        "--held", "secure_housing",
    )  # fmt: skip
    assert recorded.returncode == 0, recorded.stderr
    found = cli(vault, "kw1", "follow-up", "list", "FC-000001").stdout
    assert "Secure housing: held" in found and "Getting a good education" not in found

    tree = cli(vault, "kw1", "genogram", "FC-000001")
    assert "Generation 1: Cy Climore (died)" in tree.stdout
    assert "Bo Climore: child of Ada Climore" in tree.stdout
    assert "3 people, 2 links" in tree.stdout
    pdf = tmp_path / "tree.pdf"
    printed = cli(vault, "kw1", "genogram", "FC-000001", "--pdf", str(pdf), "--agency", "school")
    assert printed.returncode == 0, printed.stderr
    assert "0 people named, 3 withheld for lack of consent" in printed.stdout
    assert "leaves the encrypted vault" in printed.stderr or "outside" in printed.stderr
    assert os.stat(pdf).st_mode & 0o777 == 0o600
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "WITHHELD" in text and "Climore" not in text
    assert_one_line_error(
        cli(vault, "kw1", "genogram", "FC-000001", "--pdf", str(pdf)), 2, "--agency"
    )
