"""The command line: the same services as the desktop app.

Errors are one clear line on stderr: exit 2 for a user mistake (wrong password, missing vault,
bad argument or input), 1 for a failure (damaged data, full disk), never a traceback unless
FAMILYCASE_DEBUG=1.
"""

from __future__ import annotations

import argparse
import csv
import getpass
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from sqlalchemy.exc import SQLAlchemyError

from familycase import __version__
from familycase.cli import costs as cli_costs
from familycase.cli import outcomes as cli_outcomes
from familycase.cli import records as cli_records
from familycase.cli import sharing as cli_sharing
from familycase.crypto import kdf as kdf_module
from familycase.crypto.errors import BadRecoveryKeyError
from familycase.domain.enums import FamilyStatus, Role, Tier
from familycase.domain.errors import DomainValidationError
from familycase.paths import resolve_data_dir
from familycase.services import caseload as caseload_service
from familycase.services import users as user_service
from familycase.services.errors import FamilyCaseError
from familycase.services.vault import UserSession, Vault

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
INSECURE_KDF_ENV = "FAMILYCASE_INSECURE_FAST_KDF"


class UsageError(Exception):
    """A bad argument: reported in one line, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        metavar="PATH",
        help="the vault folder (default: $FAMILYCASE_DATA or your data folder)",
    )
    parser.add_argument(
        "--user", metavar="NAME", help="who you are (default: $FAMILYCASE_USER, or the only user)"
    )
    parser.add_argument(
        "--password-file",
        metavar="FILE",
        type=Path,
        help="read the password from FILE (else $FAMILYCASE_PASSWORD or a prompt)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="familycase",
        description="Encrypted whole-family case files for "
        "early-help teams. With no command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"FamilyCase {__version__}")
    _add_global_options(parser)
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    init = commands.add_parser("init", help="create a new vault and its first administrator")
    init.add_argument("--organisation", required=True)
    init.add_argument("--admin", required=True, metavar="USERNAME")
    init.add_argument("--name", required=True, help="the administrator's full name")
    init.add_argument("--team", default="Early Help Team", help="the first team's name")
    init.add_argument(
        "--kdf",
        choices=["calibrated", "fast-insecure-for-tests"],
        default="calibrated",
        help=argparse.SUPPRESS,
    )

    user = commands.add_parser("user", help="add, disable or list workers (administrators)")
    user_commands = user.add_subparsers(dest="user_command", required=True, parser_class=_Parser)
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
    demo.add_argument(
        "--kdf",
        choices=["calibrated", "fast-insecure-for-tests"],
        default="calibrated",
        help=argparse.SUPPRESS,
    )

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


# --- passwords and sessions ---------------------------------------------------------------


def _read_secret(file: Path | None, env: str, prompt: str) -> str:
    if file is not None:
        try:
            return file.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise UsageError(f"cannot read the password file {file}: {exc.strerror}") from None
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"no password given: set {env} or use a password file")
    return getpass.getpass(prompt)


def _kdf_for(choice: str) -> kdf_module.KdfParams:
    if choice == "fast-insecure-for-tests" or os.environ.get(INSECURE_KDF_ENV) == "1":
        print(
            "familycase: warning: using the fast, insecure password setting meant for tests",
            file=sys.stderr,
        )
        return kdf_module.INSECURE_FAST_FOR_TESTS
    return kdf_module.calibrate()


def _open(args: argparse.Namespace) -> Vault:
    return Vault.open(resolve_data_dir(args.data))


def _unlock(args: argparse.Namespace, vault: Vault) -> UserSession:
    return _unlock_with_password(args, vault)[0]


def _unlock_with_password(args: argparse.Namespace, vault: Vault) -> tuple[UserSession, str]:
    username = args.user or os.environ.get("FAMILYCASE_USER")
    if not username:
        names = vault.usernames()
        if len(names) != 1:
            raise UsageError("say who you are with --user NAME (or set FAMILYCASE_USER)")
        username = names[0]
    password = _read_secret(args.password_file, "FAMILYCASE_PASSWORD", f"Password for {username}: ")
    return vault.unlock(username, password), password


# --- commands -----------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data)
    password = _read_secret(
        args.password_file, "FAMILYCASE_PASSWORD", f"Choose a password for {args.admin}: "
    )
    user_service.check_password(password)
    vault, recovery = Vault.create(
        data_dir,
        organisation=args.organisation,
        admin_username=args.admin,
        admin_display_name=args.name,
        password=password,
        kdf=_kdf_for(args.kdf),
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
    vault = _open(args)
    session, current_password = _unlock_with_password(args, vault)
    try:
        if args.user_command == "add":
            password = _read_secret(
                args.new_password_file,
                "FAMILYCASE_NEW_PASSWORD",
                f"Choose a password for {args.username}: ",
            )
            worker = user_service.add_user(
                session, args.username, args.name, Role(args.role), password
            )
            print(f"Added {worker.display_name} ({worker.username}) as {worker.role.label}.")
        elif args.user_command == "password":
            new = _read_secret(
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
        _kdf_for(args.kdf),
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

    vault = _open(args)
    if args.recovery_key_file is not None:
        try:
            text = args.recovery_key_file.read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot read {args.recovery_key_file}: {exc.strerror}") from None
        report = verify_vault(vault, recovery_key_text=text)
    else:
        session = _unlock(args, vault)
        try:
            report = verify_vault(vault, session=session)
        finally:
            session.lock()
    for line in report.lines():
        print(line)
    return EXIT_OK if report.ok else EXIT_FAILURE


def cmd_caseload(args: argparse.Namespace) -> int:
    vault = _open(args)
    session = _unlock(args, vault)
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
    try:
        args = build_parser().parse_args(argv)
        return COMMANDS[args.command or "gui"](args)
    except UsageError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except DomainValidationError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except BadRecoveryKeyError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except FamilyCaseError as exc:
        return _fail(str(exc), EXIT_USAGE if exc.user_mistake else EXIT_FAILURE)
    except KeyboardInterrupt:
        return _fail("stopped", 130)
    except BrokenPipeError:  # the reader went away (e.g. `| head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    except SQLAlchemyError as exc:  # disk full, read-only folder, locked or damaged file
        reason = getattr(exc, "orig", None) or exc
        return _fail(
            f"the vault could not be read or written: {reason}. Nothing was saved "
            "from this command.",
            EXIT_FAILURE,
        )
    except OSError as exc:
        return _fail(f"{exc.strerror or exc} ({exc.filename or 'the vault'})", EXIT_FAILURE)
    except Exception as exc:  # a bug: say so in one line; the details only on request
        if os.environ.get("FAMILYCASE_DEBUG") == "1":
            traceback.print_exc()
        return _fail(
            f"unexpected internal error ({type(exc).__name__}); "
            "run again with FAMILYCASE_DEBUG=1 for details",
            EXIT_FAILURE,
        )


def _fail(message: str, code: int) -> int:
    print(f"familycase: {message}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
