"""Command-line access to outcomes: the cohort report and checking instrument definitions."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from familycase.cli.context import Handler, Subparsers, day, note_leaves_the_vault, signed_in


def register(commands: Subparsers) -> None:
    cohort = commands.add_parser("cohort", help="outcome report for the families you can open")
    cohort.add_argument(
        "--from", dest="since", type=day, metavar="YYYY-MM-DD", help="only readings from this date"
    )
    cohort.add_argument(
        "--to", dest="until", type=day, metavar="YYYY-MM-DD", help="only readings up to this date"
    )
    cohort.add_argument("--csv", type=Path, metavar="FILE", help="write the report as CSV")

    forms = commands.add_parser("forms", help="check assessment form definitions")
    forms_commands = forms.add_subparsers(dest="forms_command", required=True)
    check = forms_commands.add_parser("check", help="check JSON form files or a folder of them")
    check.add_argument("paths", nargs="+", type=Path)


def cmd_cohort(args: argparse.Namespace) -> int:
    from familycase.reports.cohort_csv import cohort_summary, write_cohort_csv
    from familycase.services.cohort import cohort_report

    with signed_in(args) as session:
        report = cohort_report(session, readings_from=args.since, readings_to=args.until)
        if args.csv:
            write_cohort_csv(session, report, args.csv)
    for label, value in cohort_summary(report):
        print(f"{label}: {value}")
    if args.csv:
        print(f"Wrote {args.csv}")
        note_leaves_the_vault(args.csv)
    return 0


def cmd_forms(args: argparse.Namespace) -> int:
    from familycase.domain.instruments import InstrumentError, load_file, load_folder

    bad = 0
    for path in args.paths:
        if path.is_dir():
            loaded = load_folder(path)
            for file, definition in loaded.loaded:
                print(f"{file}: OK ({definition.title}, version {definition.version})")
            for error in loaded.errors:
                bad += 1
                print(f"familycase: {error}", file=sys.stderr)
            continue
        try:
            definition = load_file(path)
            print(f"{path}: OK ({definition.title}, version {definition.version})")
        except InstrumentError as exc:
            bad += 1
            print(f"familycase: {exc}", file=sys.stderr)
    return 0 if bad == 0 else 2


COMMANDS: dict[str, Handler] = {"cohort": cmd_cohort, "forms": cmd_forms}
