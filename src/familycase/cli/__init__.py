"""The command line: the same services as the desktop app.

Errors are one clear line on stderr: exit 2 for a user mistake (wrong password, missing vault,
bad argument or input), 1 for a failure (damaged data, full disk), never a traceback unless
FAMILYCASE_DEBUG=1 (see ``context.exit_code``).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from familycase import __version__
from familycase.cli import costs as cli_costs
from familycase.cli import outcomes as cli_outcomes
from familycase.cli import records as cli_records
from familycase.cli import sharing as cli_sharing
from familycase.cli.context import (
    EXIT_FAILURE,
    EXIT_OK,
    Parser,
    UsageError,
    add_global_options,
    add_kdf_option,
    exit_code,
    kdf_for,
    open_vault,
    read_secret,
    read_text_file,
    unlock,
    unlock_with_password,
)
from familycase.domain.enums import FamilyStatus, Role, Tier
from familycase.paths import resolve_data_dir
from familycase.services import caseload as caseload_service
from familycase.services import users as user_service
from familycase.services.vault import Vault


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="familycase",
        description="Encrypted whole-family case files for "
        "early-help teams. With no command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"FamilyCase {__version__}")
    add_global_options(parser)
    commands = parser.add_subparsers(dest="command", parser_class=Parser)

    init = commands.add_parser("init", help="create a new vault and its first administrator")
    init.add_argument("--organisation", required=True)
    init.add_argument("--admin", required=True, metavar="USERNAME")
    init.add_argument("--name", required=True, help="the administrator's full name")
    init.add_argument("--team", default="Early Help Team", help="the first team's name")
    add_kdf_option(init)

    user = commands.add_parser("user", help="add, disable or list workers (administrators)")
    user_commands = user.add_subparsers(dest="user_command", required=True, parser_class=Parser)
    add = user_commands.add_parser("add", help="add a worker")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="the worker's full name")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument(
        "--new-password-file",
        type=Path,
        metavar="FILE",
        help="the new worker's password (else $FAMILYCASE_NEW_PASSWORD or a prompt)",
    )
    password = user_commands.add_parser("password", help="change your own password")
    password.add_argument(
        "--new-password-file",
        type=Path,
        metavar="FILE",
        help="the new password (else $FAMILYCASE_NEW_PASSWORD or a prompt)",
    )
    disable = user_commands.add_parser("disable", help="stop a worker signing in")
    disable.add_argument("username")
    user_commands.add_parser("list", help="list the workers")

    demo = commands.add_parser("demo", help="create a vault of fictional families to try things")
    demo.add_argument("--families", type=int, default=200, metavar="N")
    demo.add_argument("--seed", type=int, default=2026)
    add_kdf_option(demo)

    verify = commands.add_parser("verify", help="check the audit chain and every stored record")
    verify.add_argument(
        "--recovery-key-file",
        type=Path,
        metavar="FILE",
        help="check every family with the organisation recovery key",
    )

    case = commands.add_parser("caseload", help="print your caseload")
    case.add_argument(
        "--view", choices=[v.value for v in caseload_service.CaseloadView], default="mine"
    )
    case.add_argument(
        "--status",
        choices=[s.value for s in FamilyStatus],
        action="append",
        help="only these statuses (repeatable; default: all open work)",
    )
    case.add_argument("--tier", type=int, choices=[t.value for t in Tier])
    case.add_argument("--search", metavar="TEXT", help="only families with a member named TEXT")
    case.add_argument("--format", choices=["table", "csv", "json"], default="table")

    commands.add_parser("gui", help="start the desktop app (the default)")
    cli_costs.register(commands)
    cli_records.register(commands)
    cli_sharing.register(commands)
    cli_outcomes.register(commands)
    return parser


# --- commands -----------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data)
    password = read_secret(
        args.password_file, "FAMILYCASE_PASSWORD", f"Choose a password for {args.admin}: "
    )
    user_service.check_password(password)
    vault, recovery = Vault.create(
        data_dir,
        organisation=args.organisation,
        admin_username=args.admin,
        admin_display_name=args.name,
        password=password,
        kdf=kdf_for(args.kdf),
        team_name=args.team,
    )
    vault.dispose()
    print(f"Created a FamilyCase vault at {data_dir}")
    print()
    print("ORGANISATION RECOVERY KEY (shown once; print it and lock it away):")
    print(f"    {recovery}")
    print()
    print("Anyone with this key can open every family file. Without it, families whose")
    print("workers have all forgotten their passwords cannot be recovered.")
    return EXIT_OK


def cmd_user(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    session, current_password = unlock_with_password(args, vault)
    try:
        if args.user_command == "add":
            password = read_secret(
                args.new_password_file,
                "FAMILYCASE_NEW_PASSWORD",
                f"Choose a password for {args.username}: ",
            )
            worker = user_service.add_user(
                session, args.username, args.name, Role(args.role), password
            )
            print(f"Added {worker.display_name} ({worker.username}) as {worker.role.label}.")
        elif args.user_command == "password":
            new = read_secret(
                args.new_password_file, "FAMILYCASE_NEW_PASSWORD", "Choose a new password: "
            )
            user_service.change_password(session, current_password, new)
            print("Your password has been changed. Use the new one from now on.")
        elif args.user_command == "disable":
            user_service.disable_user(session, args.username)
            print(f"Disabled {args.username}; their families are back in the unallocated queue.")
        else:
            for worker in user_service.list_workers(session, include_disabled=True):
                state = "" if worker.active else "  (disabled)"
                print(f"{worker.username:<16} {worker.role.label:<14} {worker.display_name}{state}")
    finally:
        session.lock()
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from familycase.demo import build_demo

    if args.families < 0:
        raise UsageError("--families must be 0 or more")
    data_dir = resolve_data_dir(args.data)

    def progress(done: int, total: int) -> None:
        print(f"\r  {done} of {total} families", end="", file=sys.stderr, flush=True)

    result = build_demo(
        data_dir,
        args.families,
        kdf_for(args.kdf),
        seed=args.seed,
        progress=progress if sys.stderr.isatty() else None,
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Created a demo vault with {result.families} fictional families at {data_dir}")
    print(f"Every demo user's password is: {result.password}")
    print(f"Users: {', '.join(result.usernames)} (sam is the team leader)")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from familycase.services.verify import verify_vault

    vault = open_vault(args)
    if args.recovery_key_file is not None:
        report = verify_vault(vault, recovery_key_text=read_text_file(args.recovery_key_file))
    else:
        session = unlock(args, vault)
        try:
            report = verify_vault(vault, session=session)
        finally:
            session.lock()
    for line in report.lines():
        print(line)
    return EXIT_OK if report.ok else EXIT_FAILURE


def cmd_caseload(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    session = unlock(args, vault)
    try:
        statuses = (
            [FamilyStatus(s) for s in args.status]
            if args.status
            else caseload_service.ACTIVE_STATUSES
        )
        rows = caseload_service.caseload(
            session,
            caseload_service.CaseloadView(args.view),
            statuses=statuses,
            tier=Tier(args.tier) if args.tier else None,
        )
    finally:
        session.lock()
    if args.search:
        rows = caseload_service.NameIndex(rows).search(args.search)
    _print_rows(rows, args.format)
    return EXIT_OK


def _print_rows(rows: Sequence[caseload_service.CaseloadRow], fmt: str) -> None:
    records = [
        {
            "reference": r.reference,
            "family": r.display_name,
            "lead_professional": r.lead_name,
            "tier": int(r.tier) if r.tier else None,
            "status": r.status.value,
            "next_review_due": r.next_review_due.isoformat() if r.next_review_due else None,
            "last_contact": r.last_contact_on.isoformat() if r.last_contact_on else None,
            "members": r.member_count,
        }
        for r in rows
    ]
    if fmt == "json":
        print(json.dumps(records, indent=2))
        return
    if fmt == "csv":
        writer = csv.DictWriter(
            sys.stdout, fieldnames=list(records[0]) if records else ["reference"]
        )
        writer.writeheader()
        writer.writerows(records)
        return
    if not records:
        print("No families in this caseload.")
        return
    print(
        f"{'Reference':<11} {'Family':<28} {'Lead professional':<30} {'Tier':<4} "
        f"{'Status':<11} {'Review due':<10}"
    )
    for r in records:
        print(
            f"{r['reference']:<11} {r['family'][:28]:<28} {r['lead_professional'][:30]:<30} "
            f"{r['tier'] or '':<4} {r['status']:<11} {r['next_review_due'] or '':<10}"
        )
    print(f"{len(records)} families")


def cmd_gui(args: argparse.Namespace) -> int:
    from familycase.gui.app import run

    return run(resolve_data_dir(args.data), username=args.user)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "user": cmd_user,
    "demo": cmd_demo,
    "verify": cmd_verify,
    "caseload": cmd_caseload,
    "gui": cmd_gui,
    "costs": cli_costs.cmd_costs,
    **cli_records.COMMANDS,
    **cli_sharing.COMMANDS,
    **cli_outcomes.COMMANDS,
}


def main(argv: Sequence[str] | None = None) -> int:
    def run() -> int:
        args = build_parser().parse_args(argv)
        return COMMANDS[args.command or "gui"](args)

    return exit_code(run)


if __name__ == "__main__":
    sys.exit(main())
