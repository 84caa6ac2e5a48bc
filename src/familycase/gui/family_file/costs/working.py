"""The Costs tab's "Show the working": every step of every prevented-cost line, in words, then
the costs of the work, the three returns, who invests and who gains, how far the assumptions
can move (switching values) and what to know before quoting the figures (``working_html``), in
a dialog of its own. Every figure is the engine's; this only puts it into words.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from familycase.domain.costs.money import round_money
from familycase.domain.costs.result import (
    CostBenefitResult,
    DiscountBandOut,
    InterventionCostResult,
    LineResult,
)
from familycase.gui.common import words
from familycase.gui.common.widgets import fit_to_screen
from familycase.gui.costs import figures

E = html.escape


def _tr(text: str) -> str:
    return QCoreApplication.translate("CostsTab", text)


def _number(value: object) -> str:
    return f"{value.normalize():f}"  # type: ignore[attr-defined]


def line_kind_text(line: LineResult) -> str:
    """ "A benefit to public money (cashable), for Police" / "A disbenefit: ..."."""
    kind = {
        "fiscal": _tr("public money (fiscal)"),
        "economic": _tr("the wider economy"),
        "social": _tr("wellbeing and quality of life (social)"),
    }.get(line.benefit_type, line.benefit_type)
    agencies = ", ".join(
        a.agency if a.share == 1 else f"{a.agency} ({words.percent_text(a.share)})"
        for a in line.agencies
    )
    if line.effect == "disbenefit":
        text = _tr(
            "A disbenefit: a cost the work caused, to {kind}; it is worked out like a benefit "
            "and taken off the total."
        ).format(kind=kind)
    elif line.cashable:
        text = _tr("A benefit to {kind}, cashable (a budget is actually freed up).").format(
            kind=kind
        )
    else:
        text = _tr("A benefit to {kind}, not cashable.").format(kind=kind)
    if agencies:
        text += " " + _tr("Who it falls to: {agencies}.").format(agencies=agencies)
    return text


def line_working(line: LineResult, price_year: str) -> list[str]:
    """A line's steps, in plain words: each one figure after one adjustment."""
    uc = line.unit_cost
    s = line.steps
    m = words.money_text
    unit = uc.unit.lower()
    how_long = f"{_number(line.duration)} {line.duration_unit}".strip()
    years = line.timing.years or len(line.years) or 1
    steps = [
        _tr(
            "Unit cost {code}: {value} {unit} in {year} prices, which is {now} in {report} prices."
        ).format(
            code=uc.code or _tr("(local figure)"),
            value=m(uc.value),
            unit=unit,
            year=uc.price_year,
            now=m(uc.value_in_reporting_prices),
            report=price_year,
        ),
        _tr(
            "× {n} (how many) × {d} (for how long), over {y} year(s) = {gross} before any "  # noqa: RUF001 (typography)
            "adjustment."
        ).format(n=_number(line.quantity), d=how_long, y=years, gross=m(s.gross)),
        _tr("× {p} chance it would have happened = {v}.").format(  # noqa: RUF001 (typography)
            p=words.percent_text(line.probability), v=m(s.after_probability)
        ),
        _tr("Take off {d} that would have happened anyway (deadweight) = {v}.").format(
            d=words.percent_text(line.deadweight), v=m(s.after_deadweight)
        ),
        _tr("× {a} of the credit due to this work (attribution) = {v}.").format(  # noqa: RUF001 (typography)
            a=words.percent_text(line.attribution), v=m(s.after_attribution)
        ),
        _tr(
            "Take off {d} offset by a loss elsewhere (displacement), {l} going outside the "
            "intended group (leakage) and {s} swapped for a similar activity (substitution) "
            "= {v} (additionality)."
        ).format(
            d=words.percent_text(line.displacement),
            l=words.percent_text(line.leakage),
            s=words.percent_text(line.substitution),
            v=m(s.after_additionality),
        ),
    ]
    if line.effect == "disbenefit":
        steps.append(
            _tr(
                "Not reduced for a disbenefit: weak evidence must not make a cost the work "
                "caused look smaller (no optimism bias) = {v}."
            ).format(v=m(s.after_optimism_bias))
        )
    else:
        steps.append(
            _tr("Take off {o} because the evidence is {e} (optimism bias) = {v}.").format(
                o=words.percent_text(line.optimism_bias),
                e=words.evidence_strength_short(line.evidence_strength).lower(),
                v=m(s.after_optimism_bias),
            )
        )
    if round_money(s.after_drop_off) != round_money(s.after_optimism_bias):
        steps.append(
            _tr(
                "After the effect wears off in later years (drop-off) or falls beyond the "
                "time horizon = {v}."
            ).format(v=m(s.after_drop_off))
        )
    if line.discount_as == "health":
        steps.append(
            _tr(
                "In today's money, discounted at the health rate for values of health and "
                "life (later years count for less) = {v}."
            ).format(v=m(s.present_value))
        )
    else:
        steps.append(
            _tr("In today's money (later years count for less: discounting) = {v}.").format(
                v=m(s.present_value)
            )
        )
    return steps


def schedule_text(bands: Sequence[DiscountBandOut], horizon: int) -> str:
    """ "3.5% a year in years 0-30, then 3% (years 31-75)" for the bands the horizon reaches."""
    shown = [b for b in bands if b.from_year < horizon] or list(bands[:1])
    parts = []
    for n, band in enumerate(shown):
        following = bands[n + 1].from_year - 1 if n + 1 < len(bands) else None
        rate = words.percent_text(band.rate)
        if following is None:
            parts.append(_tr("{rate} from year {start}").format(rate=rate, start=band.from_year))
        else:
            parts.append(
                _tr("{rate} in years {start}-{end}").format(
                    rate=rate, start=band.from_year, end=following
                )
            )
    if len(bands) == 1:
        return _tr("{rate} a year, every year (a flat rate)").format(
            rate=words.percent_text(bands[0].rate)
        )
    return ", ".join(parts)


def cost_working(cost: InterventionCostResult, price_year: str) -> str:
    m = words.money_text
    if cost.quantity is not None and cost.unit_rate is not None:
        how = _tr("{q} × {rate} per {unit} = {amount}").format(  # noqa: RUF001 (typography)
            q=_number(cost.quantity),
            unit=cost.unit or _tr("unit"),
            rate=m(cost.unit_rate),
            amount=m(cost.amount),
        )
    else:
        how = m(cost.amount)
    if cost.years > 1:
        how += " " + _tr("a year for {n} years from year {y}").format(n=cost.years, y=cost.year)
    year = cost.price_year
    if cost.price_year_assumed:
        year = _tr("{year} (no price year given, so assumed)").format(year=cost.price_year)
    text = _tr("{what}: {how} in {year} prices, {now} in {report} prices.").format(
        what=cost.description,
        how=how,
        year=year,
        now=m(cost.amount_in_reporting_prices),
        report=price_year,
    )
    if cost.basis == "estimate":
        text += " " + _tr(
            "Estimated, so increased by {ob} for optimism bias = {after} a year."
        ).format(ob=words.percent_text(cost.optimism_bias), after=m(cost.after_optimism_bias))
    elif cost.optimism_bias:
        text += " " + _tr("Spent, increased by {ob} = {after} a year.").format(
            ob=words.percent_text(cost.optimism_bias), after=m(cost.after_optimism_bias)
        )
    else:
        text += " " + _tr("Spent (actual), so not increased for optimism bias.")
    if not cost.counted:
        text += " " + _tr("It falls after the years counted, so it is not counted.")
    else:
        text += " " + _tr("Today's value {pv}; paid by {agency}.").format(
            pv=m(cost.present_value), agency=cost.agency or _tr("not stated")
        )
    return text


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain HTML table; columns after the first are figures (right-aligned)."""

    def cell(n: int, text: str, tag: str = "td") -> str:
        return f"<{tag} align='{'left' if n == 0 else 'right'}'>{E(text)}</{tag}>"

    head = "".join(cell(n, h, "th") for n, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(cell(n, text) for n, text in enumerate(row)) + "</tr>" for row in rows
    )
    return f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"


def _h3(text: str) -> str:
    return f"<h3>{E(text)}</h3>"


def _list(items: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{E(i)}</li>" for i in items) + "</ul>"


def _method_html(result: CostBenefitResult) -> list[str]:
    p = result.parameters
    return [
        f"<p>{E(result.prices.statement)}</p>",
        "<p>"
        + E(
            _tr(
                "Each prevented cost starts from a published unit cost and is then reduced, "
                "step by step, so that the figure is cautious. Years counted: {years}. "
                "Discount rates (HM Treasury Green Book): {standard}; for values of health "
                "and life, {health}."
            ).format(
                years=p.horizon_years,
                standard=schedule_text(p.discount_schedule, p.horizon_years),
                health=schedule_text(p.health_discount_schedule, p.horizon_years),
            )
        )
        + "</p>",
    ]


def _totals_html(result: CostBenefitResult) -> list[str]:
    s = result.summary
    if s is None:
        return []
    m = words.money_text
    parts = [_h3(_tr("The three returns"))]
    items = [
        _tr("{name}: benefit {b} ÷ cost {c} = {ratio}, {per_pound}. Net {n}.").format(
            name=figures.measure_name(measure.measure),
            b=m(measure.benefit),
            c=m(measure.cost),
            ratio=figures.ratio_text(measure.ratio, measure.ratio_text),
            per_pound=figures.per_pound_text(measure),
            n=m(measure.net_present_value),
        )
        if measure.ratio is not None
        else _tr("{name}: benefit {b}; no costs of the work counted, so no ratio.").format(
            name=figures.measure_name(measure.measure), b=m(measure.benefit)
        )
        for measure in s.measures
    ]
    parts.append(_list(items))
    disbenefits = result.benefits.disbenefits.present_value if result.benefits else None
    parts.append(f"<p>{E(figures.split_text(s, disbenefits))}</p>")
    parts.append(f"<p>{E(figures.budget_text(s, result.parameters.horizon_years))}</p>")
    return parts


def working_html(result: CostBenefitResult) -> str:
    """The whole working as simple HTML: every line's steps, the costs, and the totals."""
    price_year = result.prices.price_year or ""
    parts = _method_html(result)
    if result.notes:
        parts.append(_h3(_tr("How the figures were read")) + _list(result.notes))
    for line in result.lines:
        parts.append(f"<h3>{E(str(line.line))}. {E(line.what_was_avoided)}</h3>")
        parts.append(f"<p>{E(line_kind_text(line))}</p><ol>")
        parts.extend(f"<li>{E(step)}</li>" for step in line_working(line, price_year))
        parts.append("</ol>")
        parts.append(f"<p><i>{E(_tr('Source:'))} {E(line.unit_cost.citation)}</i></p>")
    if result.intervention_costs:
        parts.append(_h3(_tr("What the work cost")))
        parts.append(_list([cost_working(c, price_year) for c in result.intervention_costs]))
    parts.extend(_totals_html(result))
    if result.who_invests_who_gains:
        parts.append(_h3(_tr("Who invests and who gains (today's values)")))
        parts.append(
            _table(
                [h for h, _tip in figures.invest_gain_headers()],
                figures.invest_gain_rows(result.who_invests_who_gains),
            )
        )
    switching = result.sensitivity.switching_values
    if switching:
        parts.append(_h3(_tr("How far the assumptions can move (switching values)")))
        parts.append(_list([sv.explanation for sv in switching]))
    if result.warnings:
        parts.append(_h3(_tr("Please note")) + _list(result.warnings))
    return "".join(parts)


class WorkingDialog(QDialog):
    """ "Show the working": every step of every line, in words."""

    def __init__(self, result: CostBenefitResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workingDialog")
        self.setWindowTitle(self.tr("How the figures were worked out"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("The working"))
        self.text.setHtml(working_html(result))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 860, 640)
