"""``familycase user``: add, change your password, disable, list (workers' accounts)."""

from __future__ import annotations

import argparse
from pathlib import Path

from familycase.cli.context import (
    EXIT_OK,
    Handler,
    Parser,
    Subparsers,
    open_vault,
    read_secret,
    unlock_with_password,
)
from familycase.domain.enums import Role
from familycase.services import users as user_service

NEW_PASSWORD_ENV = "FAMILYCASE_NEW_PASSWORD"


def register(commands: Subparsers) -> None:
    user = commands.add_parser("user", help="add, disable or list workers (administrators)")
    user_commands = user.add_subparsers(dest="user_command", required=True, parser_class=Parser)
    add = user_commands.add_parser("add", help="add a worker")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="the worker's full name")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    _add_new_password_option(add, "the new worker's password")
    password = user_commands.add_parser("password", help="change your own password")
    _add_new_password_option(password, "the new password")
    disable = user_commands.add_parser("disable", help="stop a worker signing in")
    disable.add_argument("username")
    fingerprint = user_commands.add_parser(
        "fingerprint",
        help="the eight words for a worker's keys (yours if no name): read them to each other",
    )
    fingerprint.add_argument("username", nargs="?")
    user_commands.add_parser("list", help="list the workers")


def _add_new_password_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--new-password-file",
        type=Path,
        metavar="FILE",
        help=f"{what} (else ${NEW_PASSWORD_ENV} or a prompt)",
    )


def cmd_user(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    session, current_password = unlock_with_password(args, vault)
    try:
        if args.user_command == "add":
            password = read_secret(
                args.new_password_file,
                NEW_PASSWORD_ENV,
                f"Choose a password for {args.username}: ",
            )
            worker = user_service.add_user(
                session, args.username, args.name, Role(args.role), password
            )
            print(f"Added {worker.display_name} ({worker.username}) as {worker.role.label}.")
            print(
                f"Their fingerprint phrase: {user_service.fingerprint(session, worker.username)}"
            )
            print(
                "At their first sign-in they can see theirs with 'familycase user fingerprint'; "
                "read the words to each other to confirm no key was swapped."
            )
        elif args.user_command == "password":
            new = read_secret(args.new_password_file, NEW_PASSWORD_ENV, "Choose a new password: ")
            user_service.change_password(session, current_password, new)
            print("Your password has been changed. Use the new one from now on.")
        elif args.user_command == "fingerprint":
            phrase = (
                user_service.fingerprint(session, args.username)
                if args.username
                else user_service.my_fingerprint(session)
            )
            print(phrase)
        elif args.user_command == "disable":
            user_service.disable_user(session, args.username)
            print(
                f"Disabled {args.username}; their families wait for a team leader to allocate "
                "them again."
            )
        else:
            for worker in user_service.list_workers(session, include_disabled=True):
                state = "" if worker.active else "  (disabled)"
                print(f"{worker.username:<16} {worker.role.label:<14} {worker.display_name}{state}")
    finally:
        session.lock()
    return EXIT_OK


COMMANDS: dict[str, Handler] = {"user": cmd_user}
