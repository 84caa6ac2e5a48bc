"""``familycase report`` and ``familycase reporting``: the reporting layer from the command line.

    familycase report service --from DATE --to DATE [--team T] --xlsx FILE | --pdf FILE
    familycase reporting enable        add the reporting key to an older vault (administrators)
    familycase reporting fill          build the summaries of families that have none yet
                                       (team leaders: every family they hold)
    familycase reporting status        how many summaries the reporting layer holds
"""

from __future__ import annotations

import argparse
from pathlib import Path

from familycase.cli.context import (
    EXIT_OK,
    Handler,
    Subparsers,
    UsageError,
    day,
    note_leaves_the_vault,
    signed_in,
)


def register(commands: Subparsers) -> None:
    report = commands.add_parser("report", help="reports for managers (from the reporting layer)")
    kinds = report.add_subparsers(dest="report_command", required=True)
    service = kinds.add_parser("service", help="the service report for a period (XLSX, PDF)")
    service.add_argument("--from", dest="period_from", type=day, required=True, metavar="DATE")
    service.add_argument("--to", dest="period_to", type=day, required=True, metavar="DATE")
    service.add_argument("--team", metavar="TEAM", help="only this team's families")
    service.add_argument("--xlsx", type=Path, metavar="FILE")
    service.add_argument("--pdf", type=Path, metavar="FILE")
    layer = commands.add_parser("reporting", help="the reporting layer: enable, fill, status")
    steps = layer.add_subparsers(dest="reporting_command", required=True)
    steps.add_parser("enable", help="add the reporting key to this vault (administrators)")
    steps.add_parser("fill", help="build the summaries of the families you hold that lack one")
    steps.add_parser("status", help="how many families the reporting layer holds")


def cmd_report(args: argparse.Namespace) -> int:
    from familycase.reports.service_report import write_service_report
    from familycase.services.service_report import service_report

    targets = [(f, p) for f, p in (("xlsx", args.xlsx), ("pdf", args.pdf)) if p]
    if not targets:
        raise UsageError("say where to write the report: --xlsx and/or --pdf FILE")
    if args.period_to < args.period_from:
        raise UsageError("--to must be on or after --from")
    with signed_in(args) as session:
        report = service_report(session, args.period_from, args.period_to, team=args.team)
        for fmt, path in targets:
            write_service_report(session, report, path, fmt)
            print(f"Wrote the service report ({report.families} families) to {path}")
            note_leaves_the_vault(path)
    return EXIT_OK


def cmd_reporting(args: argparse.Namespace) -> int:
    from familycase.services import reporting

    with signed_in(args) as session:
        if args.reporting_command == "enable":
            reporting.enable(session)
            print("Added the reporting key; team leaders' next sign-in fills in the summaries.")
        elif args.reporting_command == "fill":
            total = 0
            while done := reporting.fill_missing(session, 200):
                total += done
            print(f"Built or sealed again the summaries of {total} families.")
        else:
            print(f"The reporting layer holds {reporting.count_summaries(session)} families.")
    return EXIT_OK


COMMANDS: dict[str, Handler] = {"report": cmd_report, "reporting": cmd_reporting}
