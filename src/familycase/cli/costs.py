"""``familycase costs``: cost-benefit scenarios and the unit cost library (no vault needed), and
with a vault: cost-saving returns, claims, local unit costs and the deflator table.

    familycase costs evaluate SCENARIO.json [--deflators FILE]   result as JSON on stdout
    familycase costs schema [--result]                           JSON Schema of a scenario
    familycase costs lookup CODE                                 one unit cost, as JSON
    familycase costs search WORDS... [--limit N]                 unit costs matching every word
    familycase costs library-check [--file EXTRACT.json] [--json]  suspect unit costs, and why

With a vault (sign in as for any other command):

    familycase costs return --from DATE --to DATE [--team T | --family REF...]
                            [--price-year YYYY-YY] [--agreed-only] --csv/--xlsx/--pdf FILE
    familycase costs claims --csv FILE [--as-of DATE] [--sustain-months N] [--family REF...]
    familycase costs unit-cost add CODE --description D --unit U --value V --agency A
                                   --price-year YYYY-YY --source S
    familycase costs unit-cost list | edit CODE ... | remove CODE
    familycase costs deflators show | set --file FILE | set --year YYYY-YY --index N

A bad scenario or argument is one line on stderr naming the field, exit 2 (via
``context.exit_code``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from familycase import costs_data
from familycase.cli.context import (
    EXIT_OK,
    Handler,
    Subparsers,
    UsageError,
    bounded_decimal,
    bounded_int,
    day,
    note_leaves_the_vault,
    open_vault,
    signed_in,
)
from familycase.domain.costs.engine import evaluate
from familycase.domain.costs.library import UnitCost
from familycase.domain.costs.result import CostBenefitResult
from familycase.domain.costs.scenario import Scenario
from familycase.domain.costs.validation import validated
from familycase.domain.errors import DomainValidationError
from familycase.services.errors import UserMistake
from familycase.services.vault import UserSession


class BadScenario(UserMistake):
    """The scenario file cannot be read or is wrong: exit 2 with one line."""


def register(subparsers: Subparsers) -> argparse.ArgumentParser:
    """Add ``costs`` and its commands to the main parser's subcommands."""
    costs = subparsers.add_parser(
        "costs", help="cost-benefit scenarios, unit costs, cost-saving returns and claims"
    )
    commands = costs.add_subparsers(
        dest="costs_command", metavar="COMMAND", required=True, parser_class=type(costs)
    )

    evaluate_cmd = commands.add_parser(
        "evaluate", help="work out a scenario's costs and benefits; prints JSON"
    )
    evaluate_cmd.add_argument("scenario", type=Path, metavar="SCENARIO.json")
    evaluate_cmd.add_argument(
        "--deflators",
        type=Path,
        metavar="FILE",
        help="a deflator table (JSON, like the shipped gdp-deflators.json) to use by default",
    )
    schema = commands.add_parser("schema", help="print the JSON Schema of a scenario")
    schema.add_argument("--result", action="store_true", help="the schema of the result instead")
    lookup = commands.add_parser("lookup", help="print one unit cost from the library")
    lookup.add_argument("code", metavar="CODE")
    search = commands.add_parser("search", help="find unit costs whose text has every word")
    search.add_argument("words", nargs="+", metavar="WORD")
    search.add_argument("--limit", type=bounded_int(1, 1000), default=50, metavar="N")
    check = commands.add_parser(
        "library-check",
        help="check every unit cost against its peers and list the suspect ones",
    )
    check.add_argument(
        "--file",
        type=Path,
        metavar="EXTRACT.json",
        help="check another extract laid out like the shipped one (default: the shipped one)",
    )
    check.add_argument("--json", action="store_true", help="print the findings as JSON")
    _register_vault_commands(commands)
    return costs


def _register_vault_commands(commands: Subparsers) -> None:
    ret = commands.add_parser(
        "return", help="the cost-saving return for a period (CSV, XLSX, PDF; needs the vault)"
    )
    ret.add_argument("--from", dest="period_from", type=day, required=True, metavar="DATE")
    ret.add_argument("--to", dest="period_to", type=day, required=True, metavar="DATE")
    who = ret.add_mutually_exclusive_group()
    who.add_argument("--team", metavar="TEAM", help="only this team's families (name or id)")
    who.add_argument(
        "--family", nargs="+", metavar="REF", help="only these families, e.g. FC-000123"
    )
    ret.add_argument("--price-year", metavar="YYYY-YY", help="default: the year --to falls in")
    ret.add_argument(
        "--agreed-only", action="store_true", help="count only lines a team leader agreed"
    )
    ret.add_argument("--csv", type=Path, metavar="FILE")
    ret.add_argument("--xlsx", type=Path, metavar="FILE")
    ret.add_argument("--pdf", type=Path, metavar="FILE")

    claims = commands.add_parser(
        "claims", help="which families meet the results framework, with the evidence (CSV)"
    )
    claims.add_argument("--csv", type=Path, required=True, metavar="FILE")
    claims.add_argument("--as-of", type=day, metavar="DATE", help="default: today")
    claims.add_argument(
        "--sustain-months", type=bounded_int(1, 120), metavar="N", help="default: 6"
    )
    claims.add_argument(
        "--sustain-from",
        choices=["closure", "achieved"],
        help="count the sustain period from closure (default) or from the outcome",
    )
    claims_who = claims.add_mutually_exclusive_group()
    claims_who.add_argument("--team", metavar="TEAM")
    claims_who.add_argument("--family", nargs="+", metavar="REF")

    unit = commands.add_parser("unit-cost", help="local unit costs kept in the vault")
    unit_commands = unit.add_subparsers(dest="unit_command", required=True, metavar="ACTION")
    unit_commands.add_parser("list", help="list the local unit costs")
    for action in ("add", "edit"):
        cmd = unit_commands.add_parser(
            action, help=f"{action} a local unit cost (admins, managers)"
        )
        cmd.add_argument("code")
        cmd.add_argument("--description", required=True)
        cmd.add_argument("--unit", required=True, help="e.g. per week, per session")
        cmd.add_argument(
            "--value",
            type=bounded_decimal(Decimal(0), Decimal(100_000_000)),
            required=True,
            metavar="POUNDS",
        )
        cmd.add_argument("--agency", required=True, help="the agency that bears the cost")
        cmd.add_argument("--price-year", required=True, metavar="YYYY-YY")
        cmd.add_argument("--source", required=True, help="where the figure comes from")
        cmd.add_argument("--category", default="")
    remove = unit_commands.add_parser("remove", help="remove a local unit cost")
    remove.add_argument("code")

    defl = commands.add_parser("deflators", help="the deflator table in use (vault)")
    defl_commands = defl.add_subparsers(dest="deflators_command", required=True, metavar="ACTION")
    defl_commands.add_parser("show", help="print the table in use as JSON")
    set_cmd = defl_commands.add_parser(
        "set", help="replace the table from a file, or change one year (admins, managers)"
    )
    set_cmd.add_argument("--file", type=Path, metavar="FILE")
    set_cmd.add_argument("--year", metavar="YYYY-YY")
    set_cmd.add_argument(
        "--index", type=bounded_decimal(Decimal("0.001"), Decimal(1000)), metavar="N"
    )


def _print_json(data: object) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _unit_cost_json(entry: UnitCost) -> dict[str, object]:
    data = entry.model_dump(mode="json")
    data["value"] = float(entry.value)
    data["citation"] = entry.citation()
    data["status"] = "suspect value" if entry.suspect is not None else "ok"
    return data


def cmd_library_check(args: argparse.Namespace) -> int:
    """Audit every entry; list the suspect ones with the reason (and compare with the marks)."""
    from familycase.domain.costs.audit import audit_library
    from familycase.domain.costs.library import parse_gmca_database

    if args.file is not None:
        try:
            raw = json.loads(args.file.read_text(encoding="utf-8"))
            library = parse_gmca_database(raw)
        except OSError as exc:
            raise BadScenario(f"cannot read {args.file}: {exc.strerror or exc}") from None
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise BadScenario(f"{args.file} is not valid JSON") from None
        except (KeyError, TypeError, ValueError) as exc:
            raise BadScenario(
                f"{args.file.name} is not laid out like the GMCA extract: {exc}"
            ) from None
    else:
        library = costs_data.unit_cost_library()
    audit = audit_library(library.entries)
    marked = {e.code for e in library.suspect()}
    found = set(audit.suspect)
    order = [e.code for e in library.entries]
    suspect = [
        {
            "code": code,
            "description": library.get(code).description,  # type: ignore[union-attr]
            "value": float(library.get(code).value),  # type: ignore[union-attr]
            "unit": library.get(code).unit,  # type: ignore[union-attr]
            "checks": [f.check for f in audit.suspect[code]],
            "reason": audit.reason(code),
            "marked_in_data": code in marked,
        }
        for code in order
        if code in found
    ]
    report = {
        "library": library.name,
        "checked": audit.checked,
        "suspect": suspect,
        "cleared": [
            {"code": c.code, "checks": [f.check for f in c.findings], "because": c.because}
            for c in audit.cleared
        ],
        "without_price_year": audit.without_price_year,
        "marked_in_data_but_not_found": sorted(marked - found),
        "found_but_not_marked": sorted(found - marked),
    }
    if args.json:
        _print_json(report)
        return EXIT_OK
    print(
        f"{library.name}: {audit.checked} entries checked, {len(suspect)} suspect, "
        f"{len(audit.without_price_year)} without a readable price year."
    )
    for item in suspect:
        print(f"\n{item['code']}  {item['description']}")
        print(f"  suspect value: {item['reason']}")
    if audit.cleared:
        print("\nOut of line, but corroborated by other figures (not suspect):")
        for c in audit.cleared:
            print(f"  {c.code}: {c.because}")
    for code in audit.without_price_year:
        print(f"\n{code}: no readable price year (a line using it must give one)")
    if report["found_but_not_marked"] or report["marked_in_data_but_not_found"]:
        print(
            "\nThe marks in the data differ from these findings: found but not marked "
            f"{report['found_but_not_marked']}, marked but not found "
            f"{report['marked_in_data_but_not_found']}."
        )
    print(
        "\nSuspect values are never used: a scenario or return using one is refused until a "
        "local unit cost with the same code (checked against the published workbook) replaces "
        "it. No value has been changed or guessed."
    )
    return EXIT_OK


def load_scenario(path: Path) -> Scenario:
    try:
        raw = costs_data.read_json_file(path)
    except OSError as exc:
        raise BadScenario(f"cannot read the scenario {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise BadScenario(f"the scenario {path} is not a UTF-8 text file") from None
    except json.JSONDecodeError as exc:
        raise BadScenario(
            f"the scenario {path} is not valid JSON (line {exc.lineno}, column {exc.colno}: "
            f"{exc.msg})"
        ) from None
    try:
        return validated(Scenario, raw)
    except DomainValidationError as exc:
        raise BadScenario(f"{path.name}: {exc}") from None


def evaluate_file(path: Path, deflators_file: Path | None = None) -> CostBenefitResult:
    scenario = load_scenario(path)
    if deflators_file is not None:
        try:
            deflators = costs_data.read_deflators(deflators_file)
        except OSError as exc:
            raise BadScenario(
                f"cannot read the deflator table {deflators_file}: {exc.strerror or exc}"
            ) from None
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise BadScenario(f"the deflator table {deflators_file} is not valid JSON") from None
        except DomainValidationError as exc:
            raise BadScenario(f"{deflators_file.name}: {exc}") from None
    else:
        deflators = costs_data.default_deflators()
    try:
        return evaluate(scenario, costs_data.unit_cost_library(), deflators)
    except DomainValidationError as exc:
        raise BadScenario(f"{path.name}: {exc}") from None


def _progress_printer(what: str) -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None

    def progress(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        print(f"\r{what}: {done}/{total} families", end=end, file=sys.stderr, flush=True)

    return progress


def _family_ids(session: UserSession, references: list[str] | None) -> list[str] | None:
    from familycase.services import families

    if not references:
        return None
    return [families.find_by_reference(session, ref) for ref in references]


def cmd_return(args: argparse.Namespace) -> int:
    from familycase.domain.costs.money import normalise_financial_year
    from familycase.reports.cost_return_csv import write_cost_return_csv
    from familycase.reports.cost_return_pdf import write_cost_return_pdf
    from familycase.reports.cost_return_xlsx import write_cost_return_xlsx
    from familycase.services import costs as cost_service

    outputs = [(f, p) for f, p in (("csv", args.csv), ("xlsx", args.xlsx), ("pdf", args.pdf)) if p]
    if not outputs:
        raise UsageError("say where to write the return: --csv, --xlsx and/or --pdf FILE")
    if args.period_to < args.period_from:
        raise UsageError("--to must be on or after --from")
    price_year = None
    if args.price_year:
        try:
            price_year = normalise_financial_year(args.price_year)
        except ValueError:
            raise UsageError(f"--price-year {args.price_year} is not a year like 2024-25") from None
    statuses = (
        (cost_service.PreventedCostStatus.AGREED,)
        if args.agreed_only
        else (cost_service.PreventedCostStatus.PROPOSED, cost_service.PreventedCostStatus.AGREED)
    )
    params = cost_service.ReturnParameters(
        args.period_from, args.period_to, price_year=price_year, statuses=statuses
    )
    with signed_in(args) as session:
        ret = cost_service.cohort_return(
            session,
            params,
            family_ids=_family_ids(session, args.family),
            team=args.team,
            progress=_progress_printer("Working out the return"),
        )
        writers = {
            "csv": write_cost_return_csv,
            "xlsx": write_cost_return_xlsx,
            "pdf": write_cost_return_pdf,
        }
        for fmt, path in outputs:
            writers[fmt](ret, path)
            cost_service.record_return_export(session, ret, fmt)
            print(f"Wrote the cost-saving return ({len(ret.families)} families) to {path}")
            note_leaves_the_vault(path)
        if ret.skipped:
            print(
                f"familycase: note: {len(ret.skipped)} families could not be opened and are not "
                "in the return (you do not hold their keys).",
                file=sys.stderr,
            )
        summary = ret.total.summary if ret.total is not None else None
        if summary is not None:
            print(
                "Returns per £1 spent: cashable "
                f"{summary.financial_roi_cashable_text or 'none'}, financial (fiscal) "
                f"{summary.financial_roi_text or 'none'}, public value "
                f"{summary.ratio or 'none'} (see the files for the split by kind and by agency)."
            )
        print(ret.prices_note)
    return EXIT_OK


def cmd_claims(args: argparse.Namespace) -> int:
    from familycase.domain.claims import SUPPORTING_FAMILIES
    from familycase.reports.claims_csv import write_claims_csv
    from familycase.services import claims

    changes: dict[str, object] = {}
    if args.sustain_months is not None:
        if not 0 <= args.sustain_months <= 60:
            raise UsageError("--sustain-months must be between 0 and 60")
        changes["sustain_months"] = args.sustain_months
    if args.sustain_from:
        changes["sustain_from"] = args.sustain_from
    framework = SUPPORTING_FAMILIES.model_copy(update=changes) if changes else SUPPORTING_FAMILIES
    with signed_in(args) as session:
        report = claims.claims_report(
            session,
            framework,
            as_of=args.as_of,
            family_ids=_family_ids(session, args.family),
            team=args.team,
            progress=_progress_printer("Checking claims"),
        )
        write_claims_csv(report, args.csv)
        claims.record_claims_export(session, report, str(args.csv))
        print(
            f"{report.met} of {len(report.results)} families meet {framework.describe()} "
            f"Wrote {args.csv}"
        )
        note_leaves_the_vault(args.csv)
    return EXIT_OK


def cmd_unit_cost(args: argparse.Namespace) -> int:
    from familycase.services import costs as cost_service

    vault = open_vault(args)
    if args.unit_command == "list":
        _print_json(
            [
                {**v.cost.model_dump(mode="json"), "value": float(v.cost.value)}
                for v in cost_service.local_unit_costs(vault)
            ]
        )
        return EXIT_OK
    with signed_in(args, vault) as session:
        if args.unit_command == "remove":
            cost_service.remove_local_unit_cost(session, args.code)
            print(f"Removed the local unit cost {args.code.upper()}")
            return EXIT_OK
        cost = validated(
            cost_service.LocalUnitCost,
            {
                "code": args.code,
                "description": args.description,
                "unit": args.unit,
                "value": args.value,
                "agency": args.agency,
                "price_year": args.price_year,
                "source": args.source,
                "category": args.category,
            },
        )
        if args.unit_command == "add":
            cost_service.add_local_unit_cost(session, cost)
            print(f"Added the local unit cost {cost.code.upper()}")
        else:
            cost_service.edit_local_unit_cost(session, args.code, cost)
            print(f"Changed the local unit cost {cost.code.upper()}")
    return EXIT_OK


def cmd_deflators(args: argparse.Namespace) -> int:
    from familycase.services import costs as cost_service

    vault = open_vault(args)
    if args.deflators_command == "show":
        table = cost_service.current_deflators(vault)
        data = json.loads(table.model_dump_json())
        data["in_use_from"] = "vault" if cost_service.deflators_in_vault(vault) else "shipped"
        _print_json(data)
        return EXIT_OK
    if (args.file is None) == (args.year is None):
        raise UsageError("give either --file FILE or --year YYYY-YY --index N")
    if args.year is not None and args.index is None:
        raise UsageError("--year needs --index N")
    with signed_in(args, vault) as session:
        if args.file is not None:
            try:
                table = costs_data.read_deflators(args.file)
            except OSError as exc:
                raise BadScenario(f"cannot read {args.file}: {exc.strerror or exc}") from None
            except (json.JSONDecodeError, UnicodeDecodeError):
                raise BadScenario(f"{args.file} is not valid JSON") from None
            except DomainValidationError as exc:
                raise BadScenario(f"{args.file.name}: {exc}") from None
            cost_service.set_deflators(session, table)
            print(f"The deflator table in use is now '{table.name}' ({table.coverage()})")
        else:
            table = cost_service.set_deflator_index(session, args.year, args.index)
            print(f"Set the index for {args.year}; the table is now marked as not checked")
    return EXIT_OK


def cmd_costs(args: argparse.Namespace) -> int:
    vault_commands = {
        "return": cmd_return,
        "claims": cmd_claims,
        "unit-cost": cmd_unit_cost,
        "deflators": cmd_deflators,
    }
    if args.costs_command in vault_commands:
        return vault_commands[args.costs_command](args)
    if args.costs_command == "evaluate":
        result = evaluate_file(args.scenario, args.deflators)
        print(result.model_dump_json(indent=2))
    elif args.costs_command == "schema":
        model = CostBenefitResult if args.result else Scenario
        mode = "serialization" if args.result else "validation"
        _print_json(model.model_json_schema(mode=mode))
    elif args.costs_command == "lookup":
        entry = costs_data.unit_cost_library().get(args.code)
        if entry is None:
            raise UsageError(f"{args.code} is not in the unit cost library")
        _print_json(_unit_cost_json(entry))
        if entry.suspect is not None:
            print(
                f"familycase: {entry.code} is a suspect value and cannot be used until a local "
                f"unit cost replaces it: {entry.suspect}",
                file=sys.stderr,
            )
    elif args.costs_command == "library-check":
        return cmd_library_check(args)
    else:
        if args.limit < 1:
            raise UsageError("--limit must be 1 or more")
        found = costs_data.unit_cost_library().search(" ".join(args.words), limit=args.limit)
        _print_json([_unit_cost_json(e) for e in found])
    return EXIT_OK


COMMANDS: dict[str, Handler] = {"costs": cmd_costs}
