"""The cost-saving return as an XLSX workbook (openpyxl).

Sheets: Summary, Returns (cashable, financial and public value side by side), Benefit split
(fiscal cashable / non-cashable, economic, social), Who invests and gains (by agency), By
agency, By outcome, Per family, Prices. Figures the engine works out (present values after
every adjustment) are written as values, rounded to the penny; what follows from them (net
benefit, the ratios, totals) is written as a formula over those cells, so a reader can see how
each was made. Column headings say which is which.

Text from the vault (agency names, the organisation, who produced it, notes) is always stored
as text, never as a formula, even when it starts with "=" (spreadsheet formula injection).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from familycase.domain.costs.money import round_2dp
from familycase.reports import cells, xlsx_common
from familycase.reports.cost_return_csv import (
    Row,
    agency_rows,
    check_cancel,
    family_rows,
    invest_gain_rows,
    measure_rows,
    notes,
    outcome_rows,
    summary_row,
    write_atomically,
)
from familycase.reports.pdf_common import MARKING
from familycase.reports.xlsx_common import MONEY, RATIO, Formula
from familycase.services.costs import CostReturn

SHEETS = (
    "Summary",
    "Returns",
    "Benefit split",
    "Who invests and gains",
    "By agency",
    "By outcome",
    "Per family",
    "Prices",
)
BOLD = Font(bold=True)


def append(ws: Worksheet, values: list[object]) -> None:
    """ws.append, with text neutralised against formula injection (cells.text) and kept as
    text; only FamilyCase's own ``Formula`` cells are formulas."""
    values = [
        cells.text(v) if isinstance(v, str) and not isinstance(v, Formula) else v for v in values
    ]
    ws.append(values)
    for cell, value in zip(ws[ws.max_row], values, strict=False):
        if isinstance(value, str) and not isinstance(value, Formula) and cell.data_type == "f":
            cell.value = value
            cell.data_type = "s"


def _m(value: Decimal | None) -> float | None:
    """Money as the exact figure (rounded once, at presentation, by the cell's format), so
    totals on every sheet agree to the penny."""
    return None if value is None else float(value)


def _heading(ws: Worksheet, title: str, subtitle: str) -> None:
    ws["A1"] = MARKING
    ws["A2"] = cells.text(title)
    ws["A3"] = cells.text(subtitle)  # may hold text from the vault (a deflator table's name)
    for ref in ("A2", "A3"):
        if ws[ref].data_type == "f":
            ws[ref].data_type = "s"
    ws["A1"].font = BOLD
    ws["A2"].font = Font(bold=True, size=14)
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
    append(ws, headers)
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
                values += [
                    Formula(f"=C{r}-{cost_col}{r}"),
                    Formula(f'=IF({cost_col}{r}>0,C{r}/{cost_col}{r},"")'),
                ]
        append(ws, values)
    end = start + len(rows) - 1
    total_row = end + 1
    total: list[object] = ["Total (formula: sum of the rows above)"]
    total.append(Formula(f"=SUM(B{start}:B{end})") if rows else 0)
    cols = ["C", "D"] + (["E"] if with_cashable else [])
    if with_costs:
        cost_col = "F" if with_cashable else "E"
        cols.append(cost_col)
    for col in cols:
        total.append(Formula(f"=SUM({col}{start}:{col}{end})") if rows else 0)
    if with_costs:
        cost_col = "F" if with_cashable else "E"
        total += [
            Formula(f"=C{total_row}-{cost_col}{total_row}"),
            Formula(f'=IF({cost_col}{total_row}>0,C{total_row}/{cost_col}{total_row},"")'),
        ]
    append(ws, total)
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
            cell.number_format = RATIO
    ws.column_dimensions["A"].width = 42
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 18
    ws.freeze_panes = "A6"
    return total_row


def _per_family_returns(ws: Worksheet, rows: list[Row]) -> None:
    """Columns I-L beside each family: fiscal benefit and the financial returns (formulas)."""
    heads = {
        "I": "Fiscal benefit, present value (£, value)",
        "J": "Financial return per £1 (formula: I / F)",
        "K": "Cashable return per £1 (formula: E / F)",
        "L": "Economic + social, present value (£, value)",
    }
    for col, text in heads.items():
        ws[f"{col}5"] = text
        ws[f"{col}5"].font = BOLD
        ws[f"{col}5"].alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[col].width = 18
    for i, row in enumerate(rows):
        r = 6 + i
        ws[f"I{r}"] = _m(row.fiscal_pv)
        ws[f"I{r}"].number_format = MONEY
        ws[f"J{r}"] = Formula(f'=IF(F{r}>0,I{r}/F{r},"")')
        ws[f"K{r}"] = Formula(f'=IF(F{r}>0,E{r}/F{r},"")')
        ws[f"J{r}"].number_format = ws[f"K{r}"].number_format = RATIO
        other = None
        if row.economic_pv is not None and row.social_pv is not None:
            other = row.economic_pv + row.social_pv
        ws[f"L{r}"] = _m(other)
        ws[f"L{r}"].number_format = MONEY


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
        summary = ret.total.summary
        payback = summary.payback_period_years
        rows += [
            ["Total benefit (public value), present value (£, value)", _m(total.benefit_pv)],
            ["Total cost, present value (£, value)", _m(total.cost_pv)],  # B11
            ["Net present public value (£, formula: B10 - B11)", Formula("=B10-B11")],  # B12
            [
                "Public value per £1 spent (formula: B10 / B11)",
                Formula('=IF(B11>0,B10/B11,"")'),
            ],  # B13
            [
                "Public value ratio (1:x, as worked out by FamilyCase)",
                float(total.ratio) if total.ratio is not None else "no costs",
            ],
            ["Cashable fiscal benefit, present value (£, value)", _m(total.cashable_pv)],  # B15
            ["Total benefit, undiscounted (£, value)", _m(total.benefit_undiscounted)],  # B16
            ["Fiscal benefit, present value (£, value)", _m(total.fiscal_pv)],  # B17
            ["Economic benefit, present value (£, value)", _m(total.economic_pv)],  # B18
            ["Social benefit, present value (£, value)", _m(total.social_pv)],  # B19
            [
                "Financial return: fiscal benefit per £1 spent (formula: B17 / B11)",
                Formula('=IF(B11>0,B17/B11,"")'),
            ],  # B20
            [
                "Cashable return: cashable benefit per £1 spent (formula: B15 / B11)",
                Formula('=IF(B11>0,B15/B11,"")'),
            ],  # B21
            [
                "Net present budget impact (£, formula: B17 - B11)",
                Formula("=B17-B11"),
            ],  # B22
            [
                "Payback on cashable fiscal benefit (years, value)",
                float(round_2dp(payback)) if payback is not None else "not within the horizon",
            ],  # B23
            [
                "Public value ratio, undiscounted (value)",
                float(round_2dp(summary.benefit_cost_ratio_undiscounted))
                if summary.benefit_cost_ratio_undiscounted is not None
                else "no costs",
            ],  # B24
        ]
    else:
        rows.append(["Result", "Nothing was recorded for these families in this period."])
    for r in rows:
        append(ws, r)
    for row in ws.iter_rows(min_row=10, max_row=22, min_col=2, max_col=2):
        for cell in row:
            cell.number_format = MONEY
    if total is not None:
        for ref in ("B13", "B14", "B20", "B21", "B24"):
            ws[ref].number_format = RATIO
        ws["B23"].number_format = "0.00"
    ws.column_dimensions["A"].width = 50
    ws.column_dimensions["B"].width = 30


def _prices(ws: Worksheet, ret: CostReturn) -> None:
    _heading(ws, "Prices, method and notes", ret.prices_note)
    ws.append([])
    for note in notes(ret):
        append(ws, [note])
    ws.append([])
    d = ret.deflators
    append(ws, ["Deflator table", d.name])
    append(ws, ["Basis", d.basis])
    append(ws, ["Source", d.source])
    append(ws, ["Vintage", d.vintage or "not stated"])
    append(ws, ["Checked against its source", "yes" if d.verified else "NO"])
    for year, why in sorted(d.queries.items()):
        append(ws, [f"Queried: {year}", why])
    append(ws, ["Year", "Index"])
    for year in d.years():
        append(ws, [year, float(d.index[year])])
    if ret.total is not None:
        ws.append([])
        append(ws, ["Unit costs used (citation)"])
        for citation in sorted({line.citation for line in ret.lines}):
            append(ws, [citation])
    ws.column_dimensions["A"].width = 100


def _returns(ws: Worksheet, ret: CostReturn) -> None:
    _heading(
        ws,
        "Returns side by side: cashable, financial (fiscal) and public value",
        "Only the cashable return is budget that can actually be released.",
    )
    ws.append([])
    append(
        ws,
        [
            "Measure",
            "Benefit, present value (£, value)",
            "Cost, present value (£, value)",
            "Net present value (£, formula: B - C)",
            "Benefit per £1 spent (formula: B / C)",
            "Benefit, undiscounted (£, value)",
            "Cost, undiscounted (£, value)",
            "Per £1, undiscounted (formula: F / G)",
        ],
    )
    for cell in ws[5]:
        cell.font = BOLD
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for m in measure_rows(ret):
        r = ws.max_row + 1
        append(
            ws,
            [
                m.label,
                _m(m.benefit),
                _m(m.cost),
                Formula(f"=B{r}-C{r}"),
                Formula(f'=IF(C{r}>0,B{r}/C{r},"")'),
                _m(m.benefit_undiscounted),
                _m(m.cost_undiscounted),
                Formula(f'=IF(G{r}>0,F{r}/G{r},"")'),
            ],
        )
        for col in "BCDFG":
            ws[f"{col}{r}"].number_format = MONEY
        for col in "EH":
            ws[f"{col}{r}"].number_format = RATIO
    ws.column_dimensions["A"].width = 70
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 18


def _split(ws: Worksheet, ret: CostReturn) -> None:
    _heading(ws, "Benefits by kind: fiscal (cashable or not), economic, social", ret.prices_note)
    ws.append([])
    append(ws, ["Kind", "Cashable", "Present value (£, value)", "Undiscounted (£, value)"])
    for cell in ws[5]:
        cell.font = BOLD
    rows = ret.benefit_split
    for row in rows[:-1]:
        append(
            ws,
            [
                row.label,
                "yes" if row.cashable else "no",
                _m(row.present_value),
                _m(row.undiscounted),
            ],
        )
    if rows:
        first, last = 6, 6 + len(rows) - 2
        append(
            ws,
            [
                "Total: public value (formula: sum of the rows above)",
                "",
                Formula(f"=SUM(C{first}:C{last})"),
                Formula(f"=SUM(D{first}:D{last})"),
            ],
        )
        for cell in ws[ws.max_row]:
            cell.font = BOLD
    for row_cells in ws.iter_rows(min_row=6, max_row=ws.max_row, min_col=3, max_col=4):
        for cell in row_cells:
            cell.number_format = MONEY
    ws.column_dimensions["A"].width = 50
    for col in "BCD":
        ws.column_dimensions[col].width = 20


def _invest_gain(ws: Worksheet, ret: CostReturn) -> None:
    _heading(
        ws,
        "Who invests and who gains, by agency (present values)",
        "Economic and social benefits without an agency are listed as 'No agency'.",
    )
    ws.append([])
    append(
        ws,
        [
            "Agency",
            "Invests (£, value)",
            "Gains: fiscal cashable (£, value)",
            "Gains: fiscal non-cashable (£, value)",
            "Gains: economic (£, value)",
            "Gains: social (£, value)",
            "Gains in all (£, formula: C + D + E + F)",
            "Net (£, formula: G - B)",
            "Gain per £1 it invests (formula: G / B)",
        ],
    )
    for cell in ws[5]:
        cell.font = BOLD
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for g in invest_gain_rows(ret):
        r = ws.max_row + 1
        append(
            ws,
            [
                g.agency,
                _m(g.invests),
                _m(g.gains_fiscal_cashable),
                _m(g.gains_fiscal_non_cashable),
                _m(g.gains_economic),
                _m(g.gains_social),
                Formula(f"=C{r}+D{r}+E{r}+F{r}"),
                Formula(f"=G{r}-B{r}"),
                Formula(f'=IF(B{r}>0,G{r}/B{r},"")'),
            ],
        )
        for col in "BCDEFGH":
            ws[f"{col}{r}"].number_format = MONEY
        ws[f"I{r}"].number_format = RATIO
    ws.column_dimensions["A"].width = 42
    for col in "BCDEFGHI":
        ws.column_dimensions[col].width = 18
    ws.freeze_panes = "A6"


def cost_return_xlsx(ret: CostReturn, cancelled: Callable[[], bool] | None = None) -> bytes:
    wb = Workbook()
    summary = wb.active
    summary.title = SHEETS[0]
    _summary(summary, ret)
    _returns(wb.create_sheet("Returns"), ret)
    _split(wb.create_sheet("Benefit split"), ret)
    _invest_gain(wb.create_sheet("Who invests and gains"), ret)
    ws = wb.create_sheet("By agency")
    _heading(ws, "Benefits by agency: who gains", ret.prices_note)
    _table(ws, "Agency", agency_rows(ret), with_costs=False, with_cashable=True)
    ws = wb.create_sheet("By outcome")
    _heading(ws, "Benefits by Supporting Families outcome area", ret.prices_note)
    _table(ws, "Outcome area", outcome_rows(ret), with_costs=False, with_cashable=False)
    ws = wb.create_sheet("Per family")
    _heading(ws, "Per family (FamilyCase reference only: no names)", ret.privacy_note)
    _table(
        ws,
        "Family reference",
        family_rows(ret),
        with_costs=True,
        with_cashable=True,
        cancelled=cancelled,
    )
    _per_family_returns(ws, family_rows(ret))
    _prices(wb.create_sheet("Prices"), ret)
    check_cancel(cancelled)
    return xlsx_common.save(wb)


def write_cost_return_xlsx(
    ret: CostReturn, path: Path, cancelled: Callable[[], bool] | None = None
) -> None:
    data = cost_return_xlsx(ret, cancelled)
    check_cancel(cancelled)
    write_atomically(path, data)
