"""The vault itself: ``init``, ``demo``, ``verify``, and ``gui`` (the desktop app)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from familycase.cli.context import (
    EXIT_FAILURE,
    EXIT_OK,
    Handler,
    Subparsers,
    UsageError,
    add_kdf_option,
    bounded_int,
    end_progress_line,
    families_progress,
    kdf_for,
    open_vault,
    read_secret,
    read_text_file,
    signed_in,
)
from familycase.paths import resolve_data_dir, resolve_location
from familycase.services import users as user_service
from familycase.services.vault import Vault

MAX_DEMO_FAMILIES = 100_000  # a tenfold margin over the largest caseload measured (10,000)


def register(commands: Subparsers) -> None:
    init = commands.add_parser("init", help="create a new vault and its first administrator")
    init.add_argument("--organisation", required=True)
    init.add_argument("--admin", required=True, metavar="USERNAME")
    init.add_argument("--name", required=True, help="the administrator's full name")
    init.add_argument("--team", default="Early Help Team", help="the first team's name")
    add_kdf_option(init)

    demo = commands.add_parser("demo", help="create a vault of fictional families to try things")
    demo.add_argument(
        "--families",
        type=bounded_int(0, MAX_DEMO_FAMILIES),
        default=200,
        metavar="N",
        help=f"how many fictional families (0 to {MAX_DEMO_FAMILIES:,})",
    )
    demo.add_argument("--seed", type=bounded_int(0, 2**31 - 1), default=2026)
    add_kdf_option(demo)

    verify = commands.add_parser("verify", help="check the audit chain and every stored record")
    verify.add_argument(
        "--recovery-key-file",
        type=Path,
        metavar="FILE",
        help="check every family with the organisation recovery key",
    )
    verify.add_argument(
        "--checkpoint",
        type=Path,
        metavar="FILE",
        help="after a clean check, write a signed checkpoint of where the vault stands (keep "
        "it off this computer)",
    )
    verify.add_argument(
        "--against",
        type=Path,
        metavar="FILE",
        help="also check the vault against a checkpoint written earlier (entries removed from "
        "the end, a rewritten log or directory); signatures it covers are not checked again",
    )

    commands.add_parser("gui", help="start the desktop app (the default)")


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


def cmd_demo(args: argparse.Namespace) -> int:
    from familycase.demo import build_demo

    data_dir = resolve_location(args.data)
    progress = families_progress()
    result = build_demo(
        data_dir, args.families, kdf_for(args.kdf), seed=args.seed, progress=progress
    )
    end_progress_line(progress)
    print(f"Created a demo vault with {result.families} fictional families at {data_dir}")
    print(f"Every demo user's password is: {result.password}")
    print(f"Users: {', '.join(result.usernames)} (sam is the team leader)")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from familycase.services import verify

    vault = open_vault(args)
    against = verify.read_checkpoint(args.against) if args.against is not None else None
    if args.recovery_key_file is not None:
        if args.checkpoint is not None:
            raise UsageError(
                "a checkpoint is signed by a worker: sign in instead of using the recovery key"
            )
        report = verify.verify_vault(
            vault, recovery_key_text=read_text_file(args.recovery_key_file), against=against
        )
        written = None
    else:
        with signed_in(args, vault) as session:
            report = verify.verify_vault(vault, session=session, against=against)
            written = (
                verify.write_checkpoint(verify.make_checkpoint(session, report), args.checkpoint)
                if args.checkpoint is not None and report.ok
                else None
            )
    for line in report.lines():
        print(line)
    if written is not None:
        print(
            f"Wrote a signed checkpoint to {written}. Keep it off this computer; check "
            "against it later with 'familycase verify --against FILE'."
        )
    elif args.checkpoint is not None:
        print("No checkpoint was written: a checkpoint records only a vault found intact.")
    return EXIT_OK if report.ok else EXIT_FAILURE


def cmd_gui(args: argparse.Namespace) -> int:
    from familycase.gui.app import run  # only here: the command line never loads Qt otherwise

    explicit = args.data or os.environ.get("FAMILYCASE_DATA")
    # With no --data, the app starts on the team server used last (else the default folder).
    return run(resolve_location(args.data) if explicit else None, username=args.user)


COMMANDS: dict[str, Handler] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "verify": cmd_verify,
    "gui": cmd_gui,
}
