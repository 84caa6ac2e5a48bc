"""``familycase costs``: cost-benefit scenarios and the unit cost library, without a vault.

    familycase costs evaluate SCENARIO.json [--deflators FILE]   result as JSON on stdout
    familycase costs schema [--result]                           JSON Schema of a scenario
    familycase costs lookup CODE                                 one unit cost, as JSON
    familycase costs search WORDS... [--limit N]                 unit costs matching every word

A bad scenario is one line on stderr naming the field, exit 2 (via ``cli.main``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from familycase import costs_data
from familycase.domain.costs.engine import evaluate
from familycase.domain.costs.library import UnitCost
from familycase.domain.costs.result import CostBenefitResult
from familycase.domain.costs.scenario import Scenario
from familycase.domain.costs.validation import validated
from familycase.domain.errors import DomainValidationError
from familycase.services.errors import UserMistake

EXIT_OK = 0


class BadScenario(UserMistake):
    """The scenario file cannot be read or is wrong: exit 2 with one line."""


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add ``costs`` and its commands to the main parser's subcommands."""
    costs = subparsers.add_parser(
        "costs", help="cost-benefit scenarios and the unit cost library (no vault needed)"
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
    search.add_argument("--limit", type=int, default=50, metavar="N")
    return costs


def _print_json(data: object) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _unit_cost_json(entry: UnitCost) -> dict[str, object]:
    data = entry.model_dump(mode="json")
    data["value"] = float(entry.value)
    data["citation"] = entry.citation()
    return data


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


def cmd_costs(args: argparse.Namespace) -> int:
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
            raise BadScenario(f"{args.code} is not in the unit cost library")
        _print_json(_unit_cost_json(entry))
    else:
        if args.limit < 1:
            raise BadScenario("--limit must be 1 or more")
        found = costs_data.unit_cost_library().search(" ".join(args.words), limit=args.limit)
        _print_json([_unit_cost_json(e) for e in found])
    return EXIT_OK
