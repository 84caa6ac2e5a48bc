"""Command-line sharing: panel packs, summary bundles, the exchange schema."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from familycase.cli.context import (
    Handler,
    Subparsers,
    UsageError,
    end_progress_line,
    families_progress,
    note_leaves_the_vault,
    read_text_file,
    signed_in,
)
from familycase.domain.consent import Purpose
from familycase.domain.enums import AgencyType


def register(commands: Subparsers) -> None:
    pack = commands.add_parser("panel-pack", help="print panel case summaries to a PDF")
    pack.add_argument("references", nargs="+", metavar="REFERENCE")
    pack.add_argument(
        "--agency",
        required=True,
        choices=[a.value for a in AgencyType],
        help="the type of agency receiving the pack",
    )
    pack.add_argument("--agency-name", default="", help="e.g. 'Demoford Police'")
    pack.add_argument("--purpose", default=Purpose.PANEL.value, choices=[p.value for p in Purpose])
    pack.add_argument("--question", default="", help="what the panel is asked to decide")
    pack.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    pack.add_argument(
        "--pdf-password-file",
        type=Path,
        metavar="FILE",
        help="protect the PDF with the password in FILE (AES-256)",
    )

    export = commands.add_parser("export", help="export summaries, or the exchange schema")
    what = export.add_subparsers(dest="export_command", required=True)
    summaries = what.add_parser("summaries", help="a signed, encrypted bundle for your team")
    summaries.add_argument("--out", type=Path, required=True, metavar="FOLDER")
    what.add_parser("schema", help="print the JSON Schema of the summary exchange format")

    bring = commands.add_parser("import", help="import summary bundles (team leaders, managers)")
    bring.add_argument("paths", nargs="+", type=Path, metavar="BUNDLE_OR_FOLDER")
    commands.add_parser("dashboard", help="the team's families, including imported summaries")


def cmd_panel_pack(args: argparse.Namespace) -> int:
    from familycase.reports.panel_pdf import MIN_PASSWORD_LENGTH, write_panel_pack
    from familycase.services import families, panel
    from familycase.services.consent import Recipient

    password = None
    if args.pdf_password_file is not None:
        password = read_text_file(args.pdf_password_file).rstrip("\r\n")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise UsageError(f"the PDF password needs at least {MIN_PASSWORD_LENGTH} characters")
    recipient = Recipient(agency_type=AgencyType(args.agency), name=args.agency_name)
    with signed_in(args) as session:
        ids = [families.find_by_reference(session, ref) for ref in args.references]
        progress = families_progress()
        request = panel.PanelRequest(question=args.question)
        summaries = panel.build_pack(
            session, ids, recipient, dict.fromkeys(ids, request), Purpose(args.purpose), progress
        )
        end_progress_line(progress)
        write_panel_pack(session, summaries, password, args.out)
    withheld = sum(s.withheld_count for s in summaries)
    print(
        f"Wrote {len(summaries)} case summaries to {args.out} "
        f"({withheld} items withheld for lack of consent)."
    )
    note_leaves_the_vault(args.out)
    if password is None:
        print(
            f"familycase: note: {args.out} is not password-protected; handle it as "
            "OFFICIAL-SENSITIVE.",
            file=sys.stderr,
        )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from familycase.exchange.summary import json_schema

    if args.export_command == "schema":
        print(json.dumps(json_schema(), indent=2, sort_keys=True))
        return 0
    from familycase.services.exchange import export_summaries

    with signed_in(args) as session:
        path = export_summaries(session, args.out)
    print(f"Wrote {path}")
    note_leaves_the_vault(path)
    print(
        "It is signed by you and encrypted to your team leaders and managers: only they can "
        "open it."
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Each bundle on its own: one refused bundle does not stop the others (each is atomic)."""
    from familycase.services.exchange import BUNDLE_SUFFIX
    from familycase.services.sync import BundleRefused, import_bundle

    files: list[Path] = []
    for path in args.paths:
        files += sorted(path.glob(f"*{BUNDLE_SUFFIX}")) if path.is_dir() else [path]
    if not files:
        raise UsageError("no bundles found (they end in .fcbundle)")
    refused = 0
    with signed_in(args) as session:
        for path in files:
            try:
                print(import_bundle(session, path).describe())
            except BundleRefused as exc:
                refused += 1
                print(f"familycase: not imported: {exc}", file=sys.stderr)
    return 0 if refused == 0 else 2


def cmd_dashboard(args: argparse.Namespace) -> int:
    from familycase.services.sync import team_dashboard

    with signed_in(args) as session:
        rows = team_dashboard(session)
    for r in rows:
        review = f"{r.next_review_due:%d/%m/%Y}" if r.next_review_due else ""
        print(
            f"{r.reference:<11} {(r.family_name or '(name withheld)')[:26]:<26} "
            f"{r.lead_name[:24]:<24} {r.tier or '':<4} {r.status:<11} {review:<10} {r.source}"
        )
    print(f"{len(rows)} families")
    return 0


COMMANDS: dict[str, Handler] = {
    "panel-pack": cmd_panel_pack,
    "export": cmd_export,
    "import": cmd_import,
    "dashboard": cmd_dashboard,
}
