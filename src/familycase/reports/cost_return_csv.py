"""The cost-saving return as CSV: one file, every view, one row per item.

The ``view`` column says which view a row belongs to: ``note`` (prices, privacy, cohort),
``summary`` (the cohort total), ``agency`` (who gains), ``outcome`` (by Supporting Families
outcome area) and ``family`` (one row per family, by reference only: no names). Money is in
pounds to the penny, in the return's price year; ratios are "1:x".

The writers here and in ``cost_return_xlsx`` / ``cost_return_pdf`` build the whole file in
memory and only then write it (to a temporary file renamed into place), so a cancelled export
leaves no file behind.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from familycase.domain.costs.money import ZERO, round_2dp, round_money
from familycase.services.costs import CostReturn
from familycase.services.errors import Cancelled

COLUMNS = [
    "view",
    "name",
    "lines",
    "benefit_present_value",
    "benefit_undiscounted",
    "cashable_present_value",
    "cost_present_value",
    "net_present_value",
    "benefit_cost_ratio",
    "ratio",
    "note",
]


@dataclass(frozen=True)
class Row:
    """One figure row shared by the CSV, XLSX and PDF writers (values exact, unrounded)."""

    name: str
    lines: int | None
    benefit_pv: Decimal
    benefit_undiscounted: Decimal
    cashable_pv: Decimal | None
    cost_pv: Decimal | None
    ratio_text: str = ""

    @property
    def net_pv(self) -> Decimal | None:
        return None if self.cost_pv is None else self.benefit_pv - self.cost_pv

    @property
    def ratio(self) -> Decimal | None:
        if not self.cost_pv:
            return None
        return self.benefit_pv / self.cost_pv


def summary_row(ret: CostReturn) -> Row | None:
    total = ret.total
    if total is None or total.summary is None or total.benefits is None:
        return None
    return Row(
        "All families in the return",
        len(total.lines),
        total.summary.total_benefit,
        total.summary.total_benefit_undiscounted,
        total.benefits.cashable.present_value,
        total.summary.total_cost,
        total.summary.ratio or "",
    )


def agency_rows(ret: CostReturn) -> list[Row]:
    if ret.total is None or ret.total.benefits is None:
        return []
    costs = (
        {c.agency.casefold(): c.present_value for c in ret.total.costs.by_agency}
        if (ret.total.costs)
        else {}
    )
    return [
        Row(
            a.agency,
            None,
            a.present_value,
            a.undiscounted,
            a.cashable_present_value,
            costs.get(a.agency.casefold()),
        )
        for a in ret.total.benefits.by_agency
    ]


def outcome_rows(ret: CostReturn) -> list[Row]:
    return [
        Row(o.label, o.lines, o.present_value, o.undiscounted, None, None) for o in ret.by_outcome
    ]


def family_rows(ret: CostReturn) -> list[Row]:
    rows = []
    for f in ret.families:
        s = f.result.summary
        b = f.result.benefits
        if s is None or b is None:
            continue
        rows.append(
            Row(
                f.reference,
                f.lines,
                s.total_benefit,
                s.total_benefit_undiscounted,
                b.cashable.present_value,
                s.total_cost,
                s.ratio or "",
            )
        )
    return rows


def notes(ret: CostReturn) -> list[str]:
    p = ret.params
    out = [
        f"Cost-saving return for {ret.organisation}: {ret.cohort}, lines assessed and money "
        f"spent from {p.period_from:%d/%m/%Y} to {p.period_to:%d/%m/%Y}.",
        f"Produced {ret.produced_at:%d/%m/%Y %H:%M} UTC by {ret.produced_by}.",
        ret.prices_note,
        ret.privacy_note,
        "Benefits are present values after probability, deadweight, attribution, optimism "
        "bias, drop-off and discounting (see docs/costs.md); the ratio is 1:x, £x of benefit "
        "for every £1 spent.",
    ]
    if ret.skipped:
        out.append(
            f"{len(ret.skipped)} famil{'y was' if len(ret.skipped) == 1 else 'ies were'} left "
            "out because they could not be opened: "
            + ", ".join(f"{ref} ({why})" for ref, why in ret.skipped)
            + "."
        )
    if ret.total is not None:
        out.extend(f"Warning: {w}" for w in ret.total.warnings)
    return out


def money(value: Decimal | None) -> str:
    return "" if value is None else f"{round_money(value):.2f}"


def _ratio(value: Decimal | None) -> str:
    return "" if value is None else f"{round_2dp(value):.2f}"


def check_cancel(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled("The export was cancelled; no file was written.")


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder (never half a file)."""
    tmp = path.with_name(f".{path.name}.partial")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def cost_return_csv(ret: CostReturn, cancelled: Callable[[], bool] | None = None) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for note in notes(ret):
        writer.writerow(["note", "", "", "", "", "", "", "", "", "", note])

    def emit(view: str, row: Row) -> None:
        writer.writerow(
            [
                view,
                row.name,
                "" if row.lines is None else row.lines,
                money(row.benefit_pv),
                money(row.benefit_undiscounted),
                money(row.cashable_pv),
                money(row.cost_pv),
                money(row.net_pv),
                _ratio(row.ratio),
                row.ratio_text,
                "",
            ]
        )

    total = summary_row(ret)
    if total is not None:
        emit("summary", total)
    for row in agency_rows(ret):
        emit("agency", row)
    for row in outcome_rows(ret):
        emit("outcome", row)
    for i, row in enumerate(family_rows(ret)):
        if i % 50 == 0:
            check_cancel(cancelled)
        emit("family", row)
    return out.getvalue()


def write_cost_return_csv(
    ret: CostReturn, path: Path, cancelled: Callable[[], bool] | None = None
) -> None:
    text = cost_return_csv(ret, cancelled)
    check_cancel(cancelled)
    write_atomically(path, text.encode("utf-8"))


__all__ = ["ZERO", "cost_return_csv", "write_cost_return_csv"]
