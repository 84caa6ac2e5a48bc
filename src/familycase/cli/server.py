"""``familycase server``: running a team server (PostgreSQL), for whoever looks after it.

    familycase server init --url URL [--keys-url URL2] --organisation ORG --admin NAME --name FULL
                           [--team TEAM] [--prefix fc_]
    familycase server upgrade --url URL [--keys-url URL2]
    familycase server status                     (with --data URL)
    familycase server import-vault FOLDER --url URL [--keys-url URL2] [--prefix fc_]
    familycase server login USERNAME             (with --data URL) a worker's database login

``--url`` connects as the role that owns the FamilyCase tables (the maintenance role; it needs
CREATEROLE). Passwords come from libpq's own sources (PGPASSWORD, ~/.pgpass, a service file),
else a prompt; FamilyCase never stores them.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from familycase.cli.context import (
    EXIT_OK,
    Handler,
    Parser,
    Subparsers,
    add_kdf_option,
    kdf_for,
    open_vault,
    read_secret,
)
from familycase.services import server as server_service
from familycase.services import users as user_service
from familycase.services.errors import ServerPasswordNeeded

DB_PASSWORD_ENV = "FAMILYCASE_NEW_DB_PASSWORD"


def register(commands: Subparsers) -> None:
    server = commands.add_parser("server", help="run a team server (PostgreSQL)")
    sub = server.add_subparsers(dest="server_command", required=True, parser_class=Parser)
    init = sub.add_parser("init", help="create a team server's vault and its administrator")
    _add_place(init)
    init.add_argument("--organisation", required=True)
    init.add_argument("--admin", required=True, metavar="USERNAME")
    init.add_argument("--name", required=True, help="the administrator's full name")
    init.add_argument("--team", default="Early Help Team", help="the first team's name")
    _add_prefix(init)
    _add_db_password(init, "the administrator's database login")
    add_kdf_option(init)
    upgrade = sub.add_parser("upgrade", help="bring the server's schema up to this version")
    _add_place(upgrade)
    sub.add_parser("status", help="schema version, families, who is connected (--data URL)")
    move = sub.add_parser("import-vault", help="move a file vault onto an empty team server")
    move.add_argument("folder", type=Path, metavar="FOLDER")
    _add_place(move)
    _add_prefix(move)
    login = sub.add_parser(
        "login", help="give a worker their database login, or a new password (--data URL)"
    )
    login.add_argument("username")
    _add_db_password(login, "the worker's database password")


def _add_place(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--url",
        required=True,
        metavar="URL",
        help="postgresql://OWNER@HOST/DATABASE (the role that owns the tables)",
    )
    parser.add_argument(
        "--keys-url",
        metavar="URL",
        help="the key-share database (default: the same server, DATABASE_keys)",
    )


def _add_prefix(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--prefix",
        default=server_service.DEFAULT_PREFIX,
        help="the start of every database role name FamilyCase makes (default: fc_)",
    )


def _add_db_password(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--db-password-file",
        type=Path,
        metavar="FILE",
        help=f"{what} (else ${DB_PASSWORD_ENV}, else a new random one is printed)",
    )


def _db_password(args: argparse.Namespace) -> tuple[str, bool]:
    """(password, made here): from a file or the environment, else a new random one."""
    if args.db_password_file is not None:
        return read_secret(args.db_password_file, DB_PASSWORD_ENV, ""), False
    import os

    given = os.environ.get(DB_PASSWORD_ENV)
    if given:
        return given, False
    return server_service.generated_password(), True


def _with_owner_password(call):  # noqa: ANN001, ANN202 - retries once with a prompted password
    try:
        return call(None)
    except ServerPasswordNeeded:
        if not sys.stdin.isatty():
            raise
        return call(getpass.getpass("Database password: "))


def cmd_server(args: argparse.Namespace) -> int:
    command = args.server_command
    if command in ("init", "upgrade", "import-vault"):
        place = server_service.ServerPlace.of(args.url, args.keys_url)
    if command == "init":
        password = read_secret(
            args.password_file, "FAMILYCASE_PASSWORD", f"Choose a password for {args.admin}: "
        )
        user_service.check_password(password)
        db_password, made = _db_password(args)
        kdf = kdf_for(args.kdf)
        vault, recovery = _with_owner_password(
            lambda owner: server_service.init_server(
                place,
                organisation=args.organisation,
                admin_username=args.admin,
                admin_display_name=args.name,
                password=password,
                admin_db_password=db_password,
                kdf=kdf,
                team_name=args.team,
                prefix=args.prefix,
                owner_password=owner,
            )
        )
        vault.dispose()
        print(f"Created a FamilyCase team server vault in {place.shown(place.main)}")
        print(
            f"Key shares are kept in {place.shown(place.keys)}: back it up on its own "
            "schedule, kept no longer than the records' retention."
        )
        _print_login(args.prefix + args.admin.strip().lower(), db_password, made)
        print()
        print("ORGANISATION RECOVERY KEY (shown once; print it and lock it away):")
        print(f"    {recovery}")
        return EXIT_OK
    if command == "upgrade":
        before, after = _with_owner_password(
            lambda owner: server_service.upgrade_server(place, owner)
        )
        print(f"Schema {before} -> {after}; protections installed again.")
        return EXIT_OK
    if command == "import-vault":
        moved = _with_owner_password(
            lambda owner: server_service.import_vault(
                args.folder, place, prefix=args.prefix, owner_password=owner
            )
        )
        print(f"Moved {moved} families from {args.folder} to {place.shown(place.main)}.")
        print("Give each worker a database login: familycase --data URL server login NAME")
        return EXIT_OK
    vault = open_vault(args)
    try:
        if command == "status":
            for line in server_service.status(vault).lines():
                print(line)
        else:
            db_password, made = _db_password(args)
            login = server_service.grant_login(vault, args.username, db_password)
            _print_login(login, db_password, made)
    finally:
        vault.dispose()
    return EXIT_OK


def _print_login(login: str, password: str, made: bool) -> None:
    if made:
        print(f"Database login {login}, password (shown once; hand it over safely): {password}")
    else:
        print(f"Database login {login} is ready.")


COMMANDS: dict[str, Handler] = {"server": cmd_server}
