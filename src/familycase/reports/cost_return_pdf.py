"""The cost-saving return as a PDF: summary, the returns side by side (cashable, financial,
public value), the split by kind of benefit, who invests and who gains, a bar chart of benefits
by agency, a chart by outcome area, and tables (per family by reference only).
OFFICIAL-SENSITIVE on every page. Charts use shades of grey and print every value as text, so
they read in greyscale."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from familycase.domain.costs.money import round_2dp, round_money
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
from familycase.reports.pdf_common import (
    FONT,
    FONT_BOLD,
    MARGIN,
    PAGE,
    STYLES,
    build_pdf,
    grid_style,
)
from familycase.services.costs import CostReturn

WIDTH = PAGE[0] - 2 * MARGIN
LABEL_CHARS = 44


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(text), STYLES[style])


def pounds(value: Decimal | None) -> str:
    if value is None:
        return ""
    rounded = round_money(value)
    return f"-£{-rounded:,.2f}" if rounded < 0 else f"£{rounded:,.2f}"


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def bar_chart(title: str, rows: list[Row]) -> Drawing:
    """Horizontal bars of present-value benefit, largest first, each labelled with its amount."""
    rows = sorted(rows, key=lambda r: r.benefit_pv, reverse=True)[:12]
    bar = 16
    height = max(60, bar * len(rows) + 40)
    drawing = Drawing(WIDTH, height)
    drawing.add(String(0, height - 12, title, fontName=FONT_BOLD, fontSize=10))
    if not rows:
        drawing.add(String(0, height - 30, "Nothing to show.", fontName=FONT, fontSize=9))
        return drawing
    chart = HorizontalBarChart()
    chart.x = 215
    chart.y = 20
    chart.width = WIDTH - 215 - 60
    chart.height = bar * len(rows)
    values = [float(round_money(r.benefit_pv)) for r in reversed(rows)]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [_short(r.name) for r in reversed(rows)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: f"£{v:,.0f}"
    chart.bars[0].fillColor = colors.HexColor("#555555")
    chart.bars[0].strokeColor = colors.black
    chart.barLabelFormat = lambda v: f"£{v:,.0f}"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _table(headers: list[str], body: list[list[str]]) -> Table:
    data = [[_p(h, "small") for h in headers]] + [[_p(c, "small") for c in row] for row in body]
    table = Table(data, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(header="#dddddd", grid="#777777"))
    return table


SHORT_MEASURE = {
    "financial_cashable": "Cashable return (budget released)",
    "financial": "Financial return (all fiscal benefit)",
    "public_value": "Public value return (fiscal + economic + social)",
}


def _x(value: Decimal | None) -> str:
    return "-" if value is None else f"{round_2dp(value):.2f}"


def _returns_tables(ret: CostReturn) -> list[object]:
    """The returns side by side, the split by kind, and who invests / who gains."""
    out: list[object] = [
        _p("Returns side by side", "h2"),
        _p(
            "Only the cashable return is budget that can actually be released. The financial "
            "return counts every cost public agencies avoid; public value adds economic and "
            "social value.",
            "small",
        ),
        _table(
            ["Measure", "Benefit (PV)", "Cost (PV)", "Net (PV)", "Per £1", "Per £1 undiscounted"],
            [
                [
                    SHORT_MEASURE[m.measure],
                    pounds(m.benefit),
                    pounds(m.cost),
                    pounds(m.net_present_value),
                    m.ratio_text or "-",
                    _x(m.ratio_undiscounted),
                ]
                for m in measure_rows(ret)
            ],
        ),
        _p("Benefits by kind", "h2"),
        _table(
            ["Kind", "Cashable", "Present value", "Undiscounted"],
            [
                [
                    r.label,
                    "yes" if r.cashable else "no",
                    pounds(r.present_value),
                    pounds(r.undiscounted),
                ]
                for r in ret.benefit_split
            ],
        ),
        _p("Who invests and who gains (present values)", "h2"),
        _table(
            [
                "Agency",
                "Invests",
                "Fiscal cashable",
                "Fiscal other",
                "Economic",
                "Social",
                "Net",
                "Per £1 invested",
            ],
            [
                [
                    g.agency,
                    pounds(g.invests),
                    pounds(g.gains_fiscal_cashable),
                    pounds(g.gains_fiscal_non_cashable),
                    pounds(g.gains_economic),
                    pounds(g.gains_social),
                    pounds(g.net),
                    _x(g.return_per_pound),
                ]
                for g in invest_gain_rows(ret)
            ],
        ),
    ]
    return out


def cost_return_pdf(ret: CostReturn, cancelled: Callable[[], bool] | None = None) -> bytes:
    p = ret.params
    story: list[object] = [
        _p("Cost-saving return", "title"),
        _p(
            f"{ret.organisation}: {ret.cohort}. Lines assessed and money spent from "
            f"{p.period_from:%d/%m/%Y} to {p.period_to:%d/%m/%Y}."
        ),
        _p(ret.prices_note, "note"),
        _p(ret.privacy_note, "note"),
    ]
    total = summary_row(ret)
    if total is None:
        story.append(_p("Nothing was recorded for these families in this period."))
    else:
        summary = ret.total.summary if ret.total is not None else None
        assert summary is not None
        payback = summary.payback_period_years
        story += [
            _p("Summary", "h2"),
            _table(
                ["Figure", "Amount"],
                [
                    ["Families in the return", str(len(ret.families))],
                    ["Total cost (present value)", pounds(total.cost_pv)],
                    ["Cashable fiscal benefit (present value)", pounds(total.cashable_pv)],
                    ["Fiscal benefit (present value)", pounds(total.fiscal_pv)],
                    ["Public value: all benefits (present value)", pounds(total.benefit_pv)],
                    [
                        "Cashable return (£ per £1)",
                        summary.financial_roi_cashable_text or "no costs",
                    ],
                    ["Financial return (fiscal, £ per £1)", summary.financial_roi_text or "-"],
                    ["Public value return (£ per £1)", total.ratio_text or "no costs"],
                    ["Net present public value", pounds(total.net_pv)],
                    [
                        "Net present budget impact (fiscal - cost)",
                        pounds(summary.net_present_budget_impact),
                    ],
                    [
                        "Payback on cashable benefit",
                        f"{round_2dp(payback):.2f} years"
                        if payback is not None
                        else "not within the horizon",
                    ],
                    ["Total benefit, undiscounted", pounds(total.benefit_undiscounted)],
                ],
            ),
            *_returns_tables(ret),
            Spacer(1, 6 * mm),
            KeepTogether([bar_chart("Benefits by agency (present value)", agency_rows(ret))]),
            Spacer(1, 4 * mm),
            KeepTogether(
                [bar_chart("Benefits by outcome area (present value)", outcome_rows(ret))]
            ),
            _p("By agency: who gains", "h2"),
            _table(
                ["Agency", "Benefit (PV)", "Cashable (PV)", "Undiscounted"],
                [
                    [
                        r.name,
                        pounds(r.benefit_pv),
                        pounds(r.cashable_pv),
                        pounds(r.benefit_undiscounted),
                    ]
                    for r in agency_rows(ret)
                ],
            ),
            _p("By outcome area", "h2"),
            _table(
                ["Outcome area", "Lines", "Benefit (PV)", "Undiscounted"],
                [
                    [r.name, str(r.lines), pounds(r.benefit_pv), pounds(r.benefit_undiscounted)]
                    for r in outcome_rows(ret)
                ],
            ),
        ]
        body = []
        for i, r in enumerate(family_rows(ret)):
            if i % 50 == 0:
                check_cancel(cancelled)
            body.append(
                [
                    r.name,
                    str(r.lines),
                    pounds(r.benefit_pv),
                    pounds(r.cost_pv),
                    pounds(r.net_pv),
                    r.ratio_text or "-",
                ]
            )
        story += [
            _p("Per family (reference only: no names)", "h2"),
            _table(["Reference", "Lines", "Benefit (PV)", "Cost (PV)", "Net", "Ratio"], body),
        ]
    story.append(_p("Notes", "h2"))
    story += [_p(n, "small") for n in notes(ret)[2:]]
    check_cancel(cancelled)
    return build_pdf(
        story,
        title="Cost-saving return",
        author=ret.organisation,
        marked_for=f"{ret.organisation} (cost-saving return)",
        produced=ret.produced_at,
    )


def write_cost_return_pdf(
    ret: CostReturn, path: Path, cancelled: Callable[[], bool] | None = None
) -> None:
    data = cost_return_pdf(ret, cancelled)
    check_cancel(cancelled)
    write_atomically(path, data)
