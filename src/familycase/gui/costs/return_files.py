"""Making the cost-saving return and the claims check on the service thread: build them with
the services, write each chosen format with the report modules, and record in the audit log
each file that leaves the encrypted vault. Stopped (``cancelled()``) means no file is left.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from familycase.reports.claims_csv import write_claims_csv
from familycase.reports.cost_return_csv import write_cost_return_csv
from familycase.reports.cost_return_pdf import write_cost_return_pdf
from familycase.reports.cost_return_xlsx import write_cost_return_xlsx
from familycase.services import claims as claims_service
from familycase.services import costs as cost_service
from familycase.services.costs import CostReturn, ReturnParameters
from familycase.services.errors import Cancelled
from familycase.services.vault import UserSession

WRITERS: dict[str, Callable[..., None]] = {
    "csv": write_cost_return_csv,
    "xlsx": write_cost_return_xlsx,
    "pdf": write_cost_return_pdf,
}


@dataclass(frozen=True)
class ReturnWritten:
    paths: list[Path]
    ret: CostReturn


def make_return(
    session: UserSession,
    params: ReturnParameters,
    family_ids: Sequence[str] | None,
    team: str | None,
    folder: Path,
    formats: Sequence[str],
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> ReturnWritten:
    """Build the return, write each chosen format, audit each file (on the service thread)."""
    ret = cost_service.cohort_return(session, params, family_ids, team, progress, cancelled)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"cost-saving-return-{params.period_from:%Y%m%d}-{params.period_to:%Y%m%d}"
    paths = []
    for kind in formats:
        target = folder / f"{stem}.{kind}"
        WRITERS[kind](ret, target, cancelled)
        paths.append(target)
    if cancelled():  # stopped after the last file: take them all back
        for path in paths:
            path.unlink(missing_ok=True)
        raise Cancelled("The cost-saving return was cancelled; nothing was produced.")
    for path in paths:
        cost_service.record_return_export(session, ret, str(path))
    return ReturnWritten(paths, ret)


def make_claims(
    session: UserSession,
    family_ids: Sequence[str] | None,
    team: str | None,
    folder: Path,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> Path:
    report = claims_service.claims_report(
        session, family_ids=family_ids, team=team, progress=progress, cancelled=cancelled
    )
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"claims-{report.as_of:%Y%m%d}.csv"
    if cancelled():
        raise Cancelled("The claims check was cancelled; nothing was produced.")
    write_claims_csv(report, target)
    claims_service.record_claims_export(session, report, str(target))
    return target


def financial_year_start(on: date) -> date:
    return date(on.year if on.month >= 4 else on.year - 1, 4, 1)
