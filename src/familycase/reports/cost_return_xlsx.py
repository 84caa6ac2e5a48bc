"""The cost-saving return as an XLSX workbook (openpyxl).

Sheets: Summary, By agency, By outcome, Per family, Prices. Figures the engine works out
(present values after every adjustment) are written as values, rounded to the penny; what
follows from them (net benefit, the ratio, totals) is written as a formula over those cells,
so a reader can see how each was made. Column headings say which is which.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from familycase.domain.costs.money import round_money
from familycase.reports.cost_return_csv import (
    Row,
    agency_rows,
    check_cancel,
    family_rows,
    notes,
    outcome_rows,
    summary_row,
    write_atomically,
)
from familycase.reports.pdf_common import MARKING
from familycase.services.costs import CostReturn

MONEY = '"£"#,##0.00'
SHEETS = ("Summary", "By agency", "By outcome", "Per family", "Prices")
BOLD = Font(bold=True)


def _m(value: Decimal | None) -> float | None:
    return None if value is None else float(round_money(value))


def _heading(ws: Worksheet, title: str, subtitle: str) -> None:
    ws["A1"] = MARKING
    ws["A1"].font = BOLD
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = subtitle
    ws["A3"].alignment = Alignment(wrap_text=False)


def _table(
    ws: Worksheet,
    first_column: str,
    rows: list[Row],
    *,
    with_costs: bool,
    with_cashable: bool,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write a table from row 5; returns the row number of the total line."""
    headers = [first_column, "Lines", "Benefit, present value (£, value)"]
    headers.append("Benefit, undiscounted (£, value)")
    if with_cashable:
        headers.append("Cashable benefit, present value (£, value)")
    if with_costs:
        headers += [
            "Cost, present value (£, value)",
            "Net benefit (£, formula: benefit - cost)",
            "Benefit per £1 spent (formula: benefit / cost)",
        ]
    ws.append([])
    ws.append(headers)
    for cell in ws[5]:
        cell.font = BOLD
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    start = 6
    for i, row in enumerate(rows):
        if i % 50 == 0:
            check_cancel(cancelled)
        r = start + i
        values: list[object] = [
            row.name,
            row.lines,
            _m(row.benefit_pv),
            _m(row.benefit_undiscounted),
        ]
        if with_cashable:
            values.append(_m(row.cashable_pv))
        if with_costs:
            cost_col = "F" if with_cashable else "E"
            values.append(_m(row.cost_pv))
            if row.cost_pv is None:
                values += [None, None]
            else:
                values += [f"=C{r}-{cost_col}{r}", f'=IF({cost_col}{r}>0,C{r}/{cost_col}{r},"")']
        ws.append(values)
    end = start + len(rows) - 1
    total_row = end + 1
    total: list[object] = ["Total (formula: sum of the rows above)"]
    total.append(f"=SUM(B{start}:B{end})" if rows else 0)
    cols = ["C", "D"] + (["E"] if with_cashable else [])
    if with_costs:
        cost_col = "F" if with_cashable else "E"
        cols.append(cost_col)
    for col in cols:
        total.append(f"=SUM({col}{start}:{col}{end})" if rows else 0)
    if with_costs:
        cost_col = "F" if with_cashable else "E"
        total += [
            f"=C{total_row}-{cost_col}{total_row}",
            f'=IF({cost_col}{total_row}>0,C{total_row}/{cost_col}{total_row},"")',
        ]
    ws.append(total)
    for cell in ws[total_row]:
        cell.font = BOLD
    for row_cells in ws.iter_rows(min_row=start, max_row=total_row, min_col=3):
        for cell in row_cells:
            cell.number_format = MONEY
    if with_costs:
        ratio_col = 8 if with_cashable else 7
        for (cell,) in ws.iter_rows(
            min_row=start, max_row=total_row, min_col=ratio_col, max_col=ratio_col
        ):
            cell.number_format = "0.00"
    ws.column_dimensions["A"].width = 42
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 18
    ws.freeze_panes = "A6"
    return total_row


def _summary(ws: Worksheet, ret: CostReturn) -> None:
    _heading(ws, "Cost-saving return: summary", ret.prices_note)
    total = summary_row(ret)
    ws.append([])
    rows: list[list[object]] = [
        ["Organisation", ret.organisation],
        ["Families", ret.cohort],
        ["Period", f"{ret.params.period_from:%d/%m/%Y} to {ret.params.period_to:%d/%m/%Y}"],
        ["Price year", ret.price_year],
        ["Families in the return (value)", len(ret.families)],
    ]
    if total is not None:
        assert ret.total is not None and ret.total.summary is not None
        rows += [
            ["Total benefit, present value (£, value)", _m(total.benefit_pv)],  # B10
            ["Total cost, present value (£, value)", _m(total.cost_pv)],  # B11
            ["Net benefit (£, formula: B10 - B11)", "=B10-B11"],  # B12
            ["Benefit per £1 spent (formula: B10 / B11)", '=IF(B11>0,B10/B11,"")'],  # B13
            ["Cost-benefit ratio (as worked out by FamilyCase)", total.ratio_text or "no costs"],
            ["Cashable benefit, present value (£, value)", _m(total.cashable_pv)],
            ["Total benefit, undiscounted (£, value)", _m(total.benefit_undiscounted)],
        ]
    else:
        rows.append(["Result", "Nothing was recorded for these families in this period."])
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=10, max_row=16, min_col=2, max_col=2):
        for cell in row:
            cell.number_format = MONEY
    if total is not None:
        ws["B13"].number_format = "0.00"
    ws.column_dimensions["A"].width = 50
    ws.column_dimensions["B"].width = 30


def _prices(ws: Worksheet, ret: CostReturn) -> None:
    _heading(ws, "Prices, method and notes", ret.prices_note)
    ws.append([])
    for note in notes(ret):
        ws.append([note])
    ws.append([])
    ws.append(["Deflator table", ret.deflators.name])
    ws.append(["Basis", ret.deflators.basis])
    ws.append(["Source", ret.deflators.source])
    ws.append(["Checked against its source", "yes" if ret.deflators.verified else "NO"])
    ws.append(["Year", "Index"])
    for year in ret.deflators.years():
        ws.append([year, float(ret.deflators.index[year])])
    if ret.total is not None:
        ws.append([])
        ws.append(["Unit costs used (citation)"])
        for citation in sorted({line.unit_cost.citation for line in ret.total.lines}):
            ws.append([citation])
    ws.column_dimensions["A"].width = 100


def cost_return_xlsx(ret: CostReturn, cancelled: Callable[[], bool] | None = None) -> bytes:
    wb = Workbook()
    summary = wb.active
    summary.title = SHEETS[0]
    _summary(summary, ret)
    ws = wb.create_sheet(SHEETS[1])
    _heading(ws, "Benefits by agency: who gains", ret.prices_note)
    _table(ws, "Agency", agency_rows(ret), with_costs=False, with_cashable=True)
    ws = wb.create_sheet(SHEETS[2])
    _heading(ws, "Benefits by Supporting Families outcome area", ret.prices_note)
    _table(ws, "Outcome area", outcome_rows(ret), with_costs=False, with_cashable=False)
    ws = wb.create_sheet(SHEETS[3])
    _heading(ws, "Per family (FamilyCase reference only: no names)", ret.privacy_note)
    _table(
        ws,
        "Family reference",
        family_rows(ret),
        with_costs=True,
        with_cashable=True,
        cancelled=cancelled,
    )
    _prices(wb.create_sheet(SHEETS[4]), ret)
    check_cancel(cancelled)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def write_cost_return_xlsx(
    ret: CostReturn, path: Path, cancelled: Callable[[], bool] | None = None
) -> None:
    data = cost_return_xlsx(ret, cancelled)
    check_cancel(cancelled)
    write_atomically(path, data)
