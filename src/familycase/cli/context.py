"""What every command group shares: the parser class and global options, opening the vault and
signing in, password sources, the KDF choice, argument types, output helpers, and the mapping
from errors to one line on stderr and an exit code.

Errors are one clear line on stderr: exit 2 for a user mistake (wrong password, missing vault,
bad argument or input), 1 for a failure (damaged data, full disk), never a traceback unless
FAMILYCASE_DEBUG=1.

Nothing here imports a command group, so the groups and ``familycase.cli`` import it freely.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import NoReturn, TypeVar

from sqlalchemy.exc import SQLAlchemyError

from familycase import i18n
from familycase.crypto import kdf as kdf_module
from familycase.crypto.errors import BadRecoveryKeyError
from familycase.domain.errors import DomainValidationError
from familycase.domain.family import Member
from familycase.paths import resolve_location
from familycase.services.errors import FamilyCaseError, ServerPasswordNeeded
from familycase.services.vault import UserSession, Vault

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
INSECURE_KDF_ENV = "FAMILYCASE_INSECURE_FAST_KDF"
KDF_CHOICES = ["calibrated", "fast-insecure-for-tests"]

Subparsers = argparse._SubParsersAction  # type: ignore[type-arg]
Handler = Callable[[argparse.Namespace], int]

LEAVES_THE_VAULT = (
    "familycase: note: {what} is outside the encrypted vault; keep it on an encrypted drive, "
    "share it only as your information-sharing rules allow, and delete it when done."
)


class UsageError(Exception):
    """A bad argument: reported in one line, exit 2."""


class Parser(argparse.ArgumentParser):
    """Every parser and sub-parser: a bad argument is a ``UsageError``, not argparse's exit."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def add_global_options(parser: argparse.ArgumentParser) -> None:
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
    parser.add_argument(
        "--use-older-copy",
        action="store_true",
        help="sign in even though this vault is older than one you have already used (a "
        "backup restored on purpose); the choice is recorded in the audit log",
    )
    parser.add_argument(
        "--language",
        choices=sorted(i18n.LANGUAGES),
        help="language of the documents made (panel summaries...) and of the services' messages: "
        "en or cy (Welsh); default $FAMILYCASE_LANGUAGE, else the system's",
    )


def use_language(args: argparse.Namespace) -> str:
    """The language for what the services and reports write (the desktop app has its own)."""
    code = getattr(args, "language", None) or os.environ.get("FAMILYCASE_LANGUAGE") or ""
    code = i18n.chosen_language(code)
    i18n.use_language(code)
    return code


def add_kdf_option(parser: argparse.ArgumentParser) -> None:
    """The hidden ``--kdf`` of commands that create a vault (tests use the fast setting)."""
    parser.add_argument("--kdf", choices=KDF_CHOICES, default="calibrated", help=argparse.SUPPRESS)


# --- argument types ------------------------------------------------------------------------


def day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-25") from None


def bounded_int(low: int, high: int) -> Callable[[str], int]:
    """An integer argument that must lie in [low, high] (every numeric option is range checked:
    a huge value must be a clear error, not an hour of work or a database overflow)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is not between {low:,} and {high:,}")
        return value

    return parse


def bounded_decimal(low: Decimal, high: Decimal) -> Callable[[str], Decimal]:
    def parse(text: str) -> Decimal:
        value = decimal_number(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text} is not between {low:,} and {high:,}")
        return value

    return parse


def decimal_number(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"'{text}' is not a number")
    return value


def person_named(members: Sequence[Member], name: str, reference: str) -> Member:
    """The one person in a family file with this full name (case and spacing forgiven)."""
    wanted = " ".join(name.split()).casefold()
    found = [m for m in members if m.full_name.casefold() == wanted]
    if not found:
        raise UsageError(f"Nobody called '{name}' is in {reference.upper()}")
    if len(found) > 1:
        raise UsageError(f"more than one person in {reference.upper()} is called '{name}'")
    return found[0]


T = TypeVar("T")


def one_by_id(items: Sequence[T], prefix: str, id_of: Callable[[T], str], what: str) -> T:
    """The one item whose id starts with ``prefix`` (lists print the first 8 characters)."""
    wanted = prefix.strip().lower()
    found = [item for item in items if wanted and id_of(item).startswith(wanted)]
    if len(found) != 1:
        raise UsageError(
            f"no {what} has an id starting '{prefix}'"
            if not found
            else f"more than one {what} has an id starting '{prefix}': give more of it"
        )
    return found[0]


def yes_no(text: str) -> bool:
    """An argument type: yes or no."""
    value = text.strip().lower()
    if value in ("yes", "y", "true"):
        return True
    if value in ("no", "n", "false"):
        return False
    raise argparse.ArgumentTypeError(f"'{text}' is not yes or no")


# --- passwords, the vault and sessions -------------------------------------------------------


def read_text_file(file: Path) -> str:
    """A file named on the command line (a key or a password); unreadable is a usage error."""
    try:
        return file.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read {file}: {exc.strerror}") from None


def read_secret(file: Path | None, env: str, prompt: str) -> str:
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


def kdf_for(choice: str) -> kdf_module.KdfParams:
    if choice == "fast-insecure-for-tests" or os.environ.get(INSECURE_KDF_ENV) == "1":
        print(
            "familycase: warning: using the fast, insecure password setting meant for tests",
            file=sys.stderr,
        )
        return kdf_module.INSECURE_FAST_FOR_TESTS
    return kdf_module.calibrate()


def open_vault(args: argparse.Namespace) -> Vault:
    """The vault --data names: a folder, or a team server's URL (asking for the database
    password where libpq's own sources have none)."""
    where = resolve_location(args.data)
    try:
        return Vault.open(where)
    except ServerPasswordNeeded:
        if not sys.stdin.isatty():
            raise
        return Vault.open(where, getpass.getpass("Database password: "))


def unlock(args: argparse.Namespace, vault: Vault) -> UserSession:
    return unlock_with_password(args, vault)[0]


def unlock_with_password(args: argparse.Namespace, vault: Vault) -> tuple[UserSession, str]:
    username = args.user or os.environ.get("FAMILYCASE_USER") or vault.login_username()
    if not username:
        names = vault.usernames()
        if len(names) != 1:
            raise UsageError("say who you are with --user NAME (or set FAMILYCASE_USER)")
        username = names[0]
    password = read_secret(args.password_file, "FAMILYCASE_PASSWORD", f"Password for {username}: ")
    older = getattr(args, "use_older_copy", False)
    session = vault.unlock(username, password, accept_older_copy=older)
    for problem in session.directory_problems:  # only an administrator gets this far with any
        print(f"familycase: warning: {problem}", file=sys.stderr)
    if session.directory_problems:
        print(
            "familycase: warning: the staff list was changed outside FamilyCase; run "
            "'familycase directory repair' to put it back as signed",
            file=sys.stderr,
        )
    elif not session.directory_signed and session.worker.role.value == "administrator":
        print(
            "familycase: warning: this vault's staff list is not signed yet; run 'familycase "
            "directory adopt' once",
            file=sys.stderr,
        )
    return session, password


@contextmanager
def signed_in(args: argparse.Namespace, vault: Vault | None = None) -> Iterator[UserSession]:
    """Sign in to the vault (opened here unless given) and lock again however the block ends."""
    session = unlock(args, open_vault(args) if vault is None else vault)
    try:
        yield session
    finally:
        session.lock()


# --- output ---------------------------------------------------------------------------------


def note_leaves_the_vault(what: object) -> None:
    """Say on stderr that a file written by a command is outside the encrypted vault."""
    print(LEAVES_THE_VAULT.format(what=what), file=sys.stderr)


def families_progress() -> Callable[[int, int], None] | None:
    """Show "  3 of 25 families" on stderr as families are worked through (a terminal only).

    The caller ends the line (``end_progress_line``) when the work is done.
    """
    if not sys.stderr.isatty():
        return None

    def progress(done: int, total: int) -> None:
        print(f"\r  {done} of {total} families", end="", file=sys.stderr, flush=True)

    return progress


def end_progress_line(progress: Callable[[int, int], None] | None) -> None:
    if progress is not None:
        print(file=sys.stderr)


# --- errors to exit codes -------------------------------------------------------------------


def exit_code(command: Callable[[], int]) -> int:
    """Run a command; turn whatever goes wrong into one line on stderr and an exit code."""
    try:
        return command()
    except UsageError as exc:
        return fail(str(exc), EXIT_USAGE)
    except DomainValidationError as exc:
        return fail(str(exc), EXIT_USAGE)
    except BadRecoveryKeyError as exc:
        return fail(str(exc), EXIT_USAGE)
    except FamilyCaseError as exc:
        return fail(str(exc), EXIT_USAGE if exc.user_mistake else EXIT_FAILURE)
    except KeyboardInterrupt:
        return fail("stopped", 130)
    except BrokenPipeError:  # the reader went away (e.g. `| head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    except SQLAlchemyError as exc:  # disk full, read-only folder, locked or damaged file
        reason = getattr(exc, "orig", None) or exc
        return fail(
            f"the vault could not be read or written: {reason}. Nothing was saved "
            "from this command.",
            EXIT_FAILURE,
        )
    except OSError as exc:
        return fail(f"{exc.strerror or exc} ({exc.filename or 'the vault'})", EXIT_FAILURE)
    except Exception as exc:  # a bug: say so in one line; the details only on request
        if os.environ.get("FAMILYCASE_DEBUG") == "1":
            traceback.print_exc()
        return fail(
            f"unexpected internal error ({type(exc).__name__}); "
            "run again with FAMILYCASE_DEBUG=1 for details",
            EXIT_FAILURE,
        )


def fail(message: str, code: int) -> int:
    print(f"familycase: {message}", file=sys.stderr)
    return code
