"""The command line: the same services as the desktop app.

One module per command group, each with ``register(commands)`` (its sub-parsers) and
``COMMANDS`` (command name -> handler), over ``context`` (vault opening, signing in, password
sources, argument types, output helpers, and errors to exit codes: one line on stderr, exit 2
for a user mistake, 1 for a failure, never a traceback unless FAMILYCASE_DEBUG=1).
A new group: add its module to ``GROUPS``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from familycase import __version__
from familycase.cli import (
    caseload,
    chronology,
    context,
    costs,
    directory,
    documents,
    notes,
    outcomes,
    oversight,
    people,
    records,
    referrals,
    replica,
    reporting,
    risks,
    server,
    sharing,
    team,
    users,
    vault,
)
from familycase.cli.context import Handler, Parser, Subparsers, add_global_options, exit_code

GROUPS = (
    vault,
    users,
    directory,
    server,
    replica,
    caseload,
    costs,
    reporting,
    records,
    sharing,
    outcomes,
    risks,
    chronology,
    referrals,
    notes,
    people,
    documents,
    oversight,
    team,
)

# `familycase --help` has always listed these first, in this order (people and scripts read
# it); every other command follows in the order its group registers it.
HELP_ORDER = ("init", "user", "demo", "verify", "caseload", "gui")

COMMANDS: dict[str, Handler] = {
    name: handler for group in GROUPS for name, handler in group.COMMANDS.items()
}


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="familycase",
        description="Encrypted whole-family case files for "
        "early-help teams. With no command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"FamilyCase {__version__}")
    add_global_options(parser)
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    for group in GROUPS:
        group.register(commands)
    _list_in_help_order(commands)
    return parser


def _list_in_help_order(commands: Subparsers) -> None:
    """Order the help's command list and the 'choose from' list of an unknown command.

    argparse lists sub-commands in the order they were added and has no public way to reorder
    them, so this sorts its two lists (a stable sort: the rest keep their order).
    """

    def rank(name: str) -> int:
        return HELP_ORDER.index(name) if name in HELP_ORDER else len(HELP_ORDER)

    commands._choices_actions.sort(key=lambda action: rank(action.dest))
    ordered = sorted(commands.choices.items(), key=lambda item: rank(item[0]))
    commands.choices.clear()
    commands.choices.update(ordered)


def main(argv: Sequence[str] | None = None) -> int:
    def run() -> int:
        args = build_parser().parse_args(argv)
        if args.command not in (None, "gui"):  # the desktop app chooses its own language
            context.use_language(args)
        return COMMANDS[args.command or "gui"](args)

    return exit_code(run)
