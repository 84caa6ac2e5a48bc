"""``familycase directory``: the signed staff directory (administrators).

    familycase directory show                  the staff as signed, with fingerprint phrases
    familycase directory adopt [--recovery-key-file FILE] [--yes]
                                               sign the staff list once, after upgrading a vault
                                               made before the signed directory
    familycase directory repair                put the plain tables back as the directory says
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from familycase.cli.context import (
    EXIT_OK,
    Handler,
    Parser,
    Subparsers,
    UsageError,
    add_kdf_option,
    read_text_file,
    signed_in,
)
from familycase.services import staff_directory


def register(commands: Subparsers) -> None:
    directory = commands.add_parser(
        "directory", help="the signed staff directory: show, adopt after an upgrade, repair"
    )
    sub = directory.add_subparsers(dest="directory_command", required=True, parser_class=Parser)
    sub.add_parser("show", help="list the staff as signed, with fingerprint phrases")
    adopt = sub.add_parser(
        "adopt", help="sign the staff list once in a vault made before the signed directory"
    )
    adopt.add_argument(
        "--recovery-key-file",
        type=Path,
        metavar="FILE",
        help="check the vault's recovery key against it and let it sign for the organisation",
    )
    adopt.add_argument("--yes", action="store_true", help="do not ask before signing")
    add_kdf_option(adopt)
    sub.add_parser("repair", help="put the plain staff tables back as the directory says")


def _print_staff(entries: list[staff_directory.StaffEntry]) -> None:
    for entry in entries:
        state = "" if entry.active else " (disabled)"
        print(f"  {entry.username:<16} {entry.role.label:<14} {entry.display_name}{state}")
        print(f"  {'':<16} fingerprint: {entry.fingerprint}")


def cmd_directory(args: argparse.Namespace) -> int:
    with signed_in(args) as session:
        if args.directory_command == "show":
            state, entries = staff_directory.show(session)
            signed = "signed" if session.directory_signed else "NOT SIGNED YET"
            print(f"Staff directory of {state.organisation} ({signed}), {len(entries)} accounts:")
            _print_staff(entries)
            policy = state.policy.kdf_default
            print(
                f"Password protection for new passwords: Argon2id, {policy.memory_kib // 1024} "
                f"MiB, {policy.iterations} passes, {policy.lanes} lanes"
                + (" (INSECURE: a test vault)" if state.policy.insecure_for_tests else "")
            )
        elif args.directory_command == "adopt":
            _state, entries = staff_directory.show(session)
            print("You are about to sign this staff list as the organisation's directory:")
            _print_staff(entries)
            print(
                "Check it: every account you do not recognise, or any role that is wrong, "
                "must be dealt with before you sign."
            )
            if not args.yes:
                if not sys.stdin.isatty():
                    raise UsageError("add --yes to sign without being asked")
                if input("Sign this staff list? [y/N] ").strip().lower() not in ("y", "yes"):
                    print("Nothing was signed.")
                    return EXIT_OK
            recovery = (
                read_text_file(args.recovery_key_file)
                if args.recovery_key_file is not None
                else None
            )
            staff_directory.adopt(
                session, recovery, allow_insecure=args.kdf == "fast-insecure-for-tests"
            )
            print(
                "Signed. Each worker's account pins this directory the next time they sign in."
            )
            if recovery is None:
                print(
                    "The recovery key was not given: only administrators can sign directory "
                    "changes in this vault."
                )
        else:
            found = staff_directory.repair(session)
            if not found:
                print("The staff tables already agree with the signed directory.")
            for problem in found:
                print(f"Put back: {problem}")
    return EXIT_OK


COMMANDS: dict[str, Handler] = {"directory": cmd_directory}
