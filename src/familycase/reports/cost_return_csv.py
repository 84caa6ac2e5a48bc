"""The cost-saving return as CSV: one file, every view, one row per item.

The ``view`` column says which view a row belongs to: ``note`` (prices, privacy, cohort),
``summary`` (the cohort total), ``measure`` (the returns side by side: cashable, financial
(fiscal) and public value), ``split`` (benefits by kind: fiscal cashable, fiscal non-cashable,
economic, social), ``invest_gain`` (who invests and who gains, by agency), ``agency`` (who
gains), ``outcome`` (by Supporting Families outcome area) and ``family`` (one row per family, by
reference only: no names). Money is in pounds to the penny, in the return's price year; ratios
are numbers and "1:x". Text cells that a spreadsheet would read as a formula (starting with
= + - @ or a tab) are prefixed with an apostrophe (CSV injection).

The writers here and in ``cost_return_xlsx`` / ``cost_return_pdf`` build the whole file in
memory and only then write it (to a temporary file renamed into place), so a cancelled export
leaves no file behind.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from familycase.domain.costs.money import ZERO, round_2dp, round_money
from familycase.domain.costs.result import CostBenefitResult, InvestGain, ReturnMeasure
from familycase.reports import cells
from familycase.services import outputs
from familycase.services.costs import CostReturn, FamilyReturn
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
    "benefit_type",
    "cashable",
    "fiscal_present_value",
    "economic_present_value",
    "social_present_value",
    "financial_roi",
    "financial_ratio",
    "cashable_roi",
    "cashable_ratio",
    "cost_undiscounted",
    "benefit_cost_ratio_undiscounted",
    "note",
]


def safe(text: str) -> str:
    """Kept for older callers: ``cells.text`` (formula injection, text cells only)."""
    return cells.text(text)


@dataclass(frozen=True)
class Row:
    """One figure row shared by the CSV, XLSX and PDF writers (values exact, unrounded).

    ``benefit_pv`` is every benefit (public value); ``fiscal_pv`` and ``cashable_pv`` the
    fiscal and cashable fiscal parts, so the financial and public value returns sit side by
    side.
    """

    name: str
    lines: int | None
    benefit_pv: Decimal
    benefit_undiscounted: Decimal
    cashable_pv: Decimal | None
    cost_pv: Decimal | None
    ratio_text: str = ""
    fiscal_pv: Decimal | None = None
    economic_pv: Decimal | None = None
    social_pv: Decimal | None = None

    @property
    def net_pv(self) -> Decimal | None:
        return None if self.cost_pv is None else self.benefit_pv - self.cost_pv

    @property
    def ratio(self) -> Decimal | None:
        if not self.cost_pv:
            return None
        return self.benefit_pv / self.cost_pv

    @property
    def financial_ratio(self) -> Decimal | None:
        if not self.cost_pv or self.fiscal_pv is None:
            return None
        return self.fiscal_pv / self.cost_pv

    @property
    def cashable_ratio(self) -> Decimal | None:
        if not self.cost_pv or self.cashable_pv is None:
            return None
        return self.cashable_pv / self.cost_pv


def _kinds(result: CostBenefitResult) -> dict[str, Decimal]:
    s = result.summary
    assert s is not None
    return {"fiscal": s.fiscal_benefit, "economic": s.economic_benefit, "social": s.social_benefit}


def summary_row(ret: CostReturn) -> Row | None:
    total = ret.total
    if total is None or total.summary is None or total.benefits is None:
        return None
    kinds = _kinds(total)
    return Row(
        "All families in the return",
        len(ret.lines),
        total.summary.total_benefit,
        total.summary.total_benefit_undiscounted,
        total.benefits.cashable.present_value,
        total.summary.total_cost,
        total.summary.ratio or "",
        fiscal_pv=kinds["fiscal"],
        economic_pv=kinds["economic"],
        social_pv=kinds["social"],
    )


def measure_rows(ret: CostReturn) -> list[ReturnMeasure]:
    """The returns side by side: cashable, financial (fiscal), public value."""
    if ret.total is None or ret.total.summary is None:
        return []
    return list(ret.total.summary.measures)


def invest_gain_rows(ret: CostReturn) -> list[InvestGain]:
    """Who invests and who gains, by agency (present values)."""
    return [] if ret.total is None else list(ret.total.who_invests_who_gains)


def agency_rows(ret: CostReturn) -> list[Row]:
    if ret.total is None or ret.total.benefits is None:
        return []
    costs = (
        {c.agency.casefold(): c.present_value for c in ret.total.costs.by_agency}
        if (ret.total.costs)
        else {}
    )
    lines: dict[str, int] = {}
    for line in ret.lines:
        if line.benefit_type != "fiscal" or not line.agencies:
            key = f"no agency ({line.benefit_type} benefit)"
        for agency in line.agencies if line.benefit_type == "fiscal" else ():
            key = _agency_key(agency)
            lines[key] = lines.get(key, 0) + 1
        if line.benefit_type != "fiscal" or not line.agencies:
            lines[key] = lines.get(key, 0) + 1
    return [
        Row(
            a.agency,
            lines.get(_agency_key(a.agency), 0),
            a.present_value,
            a.undiscounted,
            a.cashable_present_value,
            costs.get(a.agency.casefold()),
        )
        for a in ret.total.benefits.by_agency
    ]


def _agency_key(name: str) -> str:
    """Agencies are matched ignoring case and spacing (as the engine matches them)."""
    return " ".join(name.casefold().split())


def outcome_rows(ret: CostReturn) -> list[Row]:
    return [
        Row(o.label, o.lines, o.present_value, o.undiscounted, None, None) for o in ret.by_outcome
    ]


def _family_row(name: str, returns: list[FamilyReturn]) -> Row | None:
    """One row for one family, or (several) the sum of several families' figures."""
    parts = [
        (f, f.result.summary, f.result.benefits)
        for f in returns
        if f.result.summary is not None and f.result.benefits is not None
    ]
    if not parts:
        return None

    def total(get: Callable[[Any, Any], Decimal]) -> Decimal:
        return sum((get(s, b) for _f, s, b in parts), ZERO)

    return Row(
        name,
        sum(f.lines for f, _s, _b in parts),
        total(lambda s, b: s.total_benefit),
        total(lambda s, b: s.total_benefit_undiscounted),
        total(lambda s, b: b.cashable.present_value),
        total(lambda s, b: s.total_cost),
        (parts[0][1].ratio or "") if len(parts) == 1 else "",
        fiscal_pv=total(lambda s, b: s.fiscal_benefit),
        economic_pv=total(lambda s, b: s.economic_benefit),
        social_pv=total(lambda s, b: s.social_benefit),
    )


WITHHELD_ROW = "Families whose own rows are withheld (no consent for monitoring), together"


def family_rows(ret: CostReturn) -> list[Row]:
    """One row per family whose own row may be shared (by reference only), and one row adding
    up the families whose rows the consent gate withheld, so the rows still add up to the
    return's totals without showing any withheld family's own figures."""
    rows = []
    for f in ret.families:
        if f.withheld is not None:
            continue
        row = _family_row(f.reference, [f])
        if row is not None:
            rows.append(row)
    withheld = ret.withheld
    if withheld:
        row = _family_row(f"{WITHHELD_ROW} ({len(withheld)})", withheld)
        if row is not None:
            rows.append(row)
    return rows


def notes(ret: CostReturn) -> list[str]:
    p = ret.params
    out = [
        f"Cost-saving return for {ret.organisation}: {ret.cohort}, lines assessed and money "
        f"spent from {p.period_from:%d/%m/%Y} to {p.period_to:%d/%m/%Y}.",
        f"Produced {ret.produced_at:%d/%m/%Y %H:%M} UTC by {ret.produced_by}.",
        ret.prices_note,
        ret.privacy_note,
        "Benefits are present values after probability, deadweight, attribution, "
        "displacement, leakage and substitution, optimism bias, drop-off and discounting, net "
        "of disbenefits (see docs/costs.md); costs are present values after the optimism bias "
        "on estimated costs. A ratio is 1:x, £x of benefit for every £1 spent.",
        "Three returns are given side by side and must not be confused: the cashable return "
        "(budget actually released), the financial return on investment (every fiscal benefit: "
        "costs public agencies avoid) and the public value return (fiscal + economic + social "
        "value). Only the cashable return is money that can be taken out of a budget.",
    ]
    if ret.skipped:
        out.append(
            f"{len(ret.skipped)} famil{'y was' if len(ret.skipped) == 1 else 'ies were'} left "
            "out because they could not be opened: "
            + ", ".join(f"{ref} ({why})" for ref, why in ret.skipped)
            + "."
        )
    if ret.withheld:
        out.append(
            f"{len(ret.withheld)} famil{'y is' if len(ret.withheld) == 1 else 'ies are'} "
            "counted in the totals but not shown on their own: consent to share their outcomes "
            "with the early help team for monitoring and reporting is not in place (withheld: "
            + ", ".join(f.reference for f in ret.withheld)
            + ")."
        )
    if ret.not_summarised:
        out.append(
            f"{len(ret.not_summarised)} famil"
            f"{'y has' if len(ret.not_summarised) == 1 else 'ies have'}"
            " no summary in the reporting layer yet and are not in this return: "
            + ", ".join(ret.not_summarised)
            + ". A team leader's next sign-in fills them in."
        )
    if ret.total is not None:
        out.extend(f"Warning: {w}" for w in ret.total.warnings)
    return out


def money(value: Decimal | None) -> Decimal | str:
    """Pounds to the penny, as a number ("" when there is none)."""
    return "" if value is None else round_money(value)


def _ratio(value: Decimal | None) -> Decimal | str:
    return "" if value is None else round_2dp(value)


def check_cancel(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled("The export was cancelled; no file was written.")


def write_atomically(path: Path, data: bytes) -> None:
    """Whole and owner-only (0600): the registry's writer (``outputs.write_private``)."""
    outputs.write_private(path, data)


def _one_place(value: Decimal | None) -> Decimal | str:
    """A ratio 1:x as the number x to one decimal place (a number, never the text "1:x",
    which a spreadsheet reads as a time of day)."""
    if value is None:
        return ""
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _text_or(value: str | None) -> str:
    return "" if value is None else value


def cost_return_csv(ret: CostReturn, cancelled: Callable[[], bool] | None = None) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n", restval="")
    writer.writeheader()

    def write(values: dict[str, object]) -> None:
        writer.writerow({k: cells.neutralise(v) for k, v in values.items()})

    for note in notes(ret):
        write({"view": "note", "note": note})

    def emit(view: str, row: Row, **extra: object) -> None:
        write(
            {
                **extra,
                "view": view,
                "name": row.name,
                "lines": "" if row.lines is None else row.lines,
                "benefit_present_value": money(row.benefit_pv),
                "benefit_undiscounted": money(row.benefit_undiscounted),
                "cashable_present_value": money(row.cashable_pv),
                "cost_present_value": money(row.cost_pv),
                "net_present_value": money(row.net_pv),
                "benefit_cost_ratio": _ratio(row.ratio),
                "ratio": _one_place(row.ratio),
                "fiscal_present_value": money(row.fiscal_pv),
                "economic_present_value": money(row.economic_pv),
                "social_present_value": money(row.social_pv),
                "financial_roi": _ratio(row.financial_ratio),
                "cashable_roi": _ratio(row.cashable_ratio),
            }
        )

    total = summary_row(ret)
    if total is not None and ret.total is not None and ret.total.summary is not None:
        s = ret.total.summary
        emit(
            "summary",
            total,
            financial_ratio=_one_place(s.financial_roi),
            cashable_ratio=_one_place(s.financial_roi_cashable),
            cost_undiscounted=money(s.total_cost_undiscounted),
            benefit_cost_ratio_undiscounted=_ratio(s.benefit_cost_ratio_undiscounted),
        )
    for m in measure_rows(ret):
        write(
            {
                "view": "measure",
                "name": m.label,
                "benefit_type": m.measure,
                "benefit_present_value": money(m.benefit),
                "benefit_undiscounted": money(m.benefit_undiscounted),
                "cost_present_value": money(m.cost),
                "cost_undiscounted": money(m.cost_undiscounted),
                "net_present_value": money(m.net_present_value),
                "benefit_cost_ratio": _ratio(m.ratio),
                "ratio": _one_place(m.ratio),
                "benefit_cost_ratio_undiscounted": _ratio(m.ratio_undiscounted),
            }
        )
    for split in ret.benefit_split:
        write(
            {
                "view": "split",
                "name": split.label,
                "benefit_type": split.benefit_type,
                "cashable": "yes" if split.cashable else "no",
                "benefit_present_value": money(split.present_value),
                "benefit_undiscounted": money(split.undiscounted),
            }
        )
    for g in invest_gain_rows(ret):
        write(
            {
                "view": "invest_gain",
                "name": g.agency,
                "cost_present_value": money(g.invests),
                "cashable_present_value": money(g.gains_fiscal_cashable),
                "fiscal_present_value": money(
                    g.gains_fiscal_cashable + g.gains_fiscal_non_cashable
                ),
                "economic_present_value": money(g.gains_economic),
                "social_present_value": money(g.gains_social),
                "benefit_present_value": money(g.gains_total),
                "net_present_value": money(g.net),
                "benefit_cost_ratio": _ratio(g.return_per_pound),
            }
        )
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
    write_atomically(path, cells.csv_bytes(text))


__all__ = ["ZERO", "cost_return_csv", "write_cost_return_csv"]
