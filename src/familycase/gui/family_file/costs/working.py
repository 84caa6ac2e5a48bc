"""The Costs tab's "Show the working": every step of every prevented-cost line, in words, then
the costs and the totals (``working_html``), in a dialog of its own."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from familycase.domain.costs.money import round_money
from familycase.domain.costs.result import CostBenefitResult, LineResult
from familycase.gui.common import words
from familycase.gui.common.widgets import fit_to_screen


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CostsTab", text)


def line_working(line: LineResult, price_year: str) -> list[str]:
    """A line's steps, in plain words: each one figure after one adjustment."""
    uc = line.unit_cost
    s = line.steps
    m = words.money_text
    unit = uc.unit.lower()
    how_long = f"{line.duration.normalize():f} {line.duration_unit}".strip()
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
        ).format(n=f"{line.quantity.normalize():f}", d=how_long, y=years, gross=m(s.gross)),
        _tr("× {p} chance it would have happened = {v}.").format(  # noqa: RUF001 (typography)
            p=words.percent_text(line.probability), v=m(s.after_probability)
        ),
        _tr("Take off {d} that would have happened anyway (deadweight) = {v}.").format(
            d=words.percent_text(line.deadweight), v=m(s.after_deadweight)
        ),
        _tr("× {a} of the credit due to this work (attribution) = {v}.").format(  # noqa: RUF001 (typography)
            a=words.percent_text(line.attribution), v=m(s.after_attribution)
        ),
        _tr("Take off {o} because the evidence is {e} (optimism bias) = {v}.").format(
            o=words.percent_text(line.optimism_bias),
            e=words.evidence_strength_short(line.evidence_strength).lower(),
            v=m(s.after_optimism_bias),
        ),
    ]
    if round_money(s.after_drop_off) != round_money(s.after_optimism_bias):
        steps.append(
            _tr(
                "After the effect wears off in later years (drop-off) or falls beyond the "
                "time horizon = {v}."
            ).format(v=m(s.after_drop_off))
        )
    steps.append(
        _tr("In today's money (later years count for less: discounting) = {v}.").format(
            v=m(s.present_value)
        )
    )
    return steps


def working_html(result: CostBenefitResult) -> str:
    """The whole working as simple HTML: every line's steps, the costs, and the totals."""
    e = html.escape
    m = words.money_text
    price_year = result.prices.price_year or ""
    parts = [f"<p>{e(result.prices.statement)}</p>"]
    parts.append(
        "<p>"
        + e(
            _tr(
                "Each prevented cost starts from a published unit cost and is then reduced, "
                "step by step, so that the figure is cautious. Discount rate {rate} a year; "
                "years counted: {years}."
            ).format(
                rate=words.percent_text(result.parameters.discount_rate),
                years=result.parameters.horizon_years,
            )
        )
        + "</p>"
    )
    for line in result.lines:
        parts.append(f"<h3>{e(str(line.line))}. {e(line.what_was_avoided)}</h3><ol>")
        parts.extend(f"<li>{e(step)}</li>" for step in line_working(line, price_year))
        parts.append("</ol>")
        parts.append(f"<p><i>{e(_tr('Source:'))} {e(line.unit_cost.citation)}</i></p>")
    if result.intervention_costs:
        parts.append(f"<h3>{e(_tr('What the work cost'))}</h3><ul>")
        for cost in result.intervention_costs:
            parts.append(
                "<li>"
                + e(
                    _tr("{what}: {amount} as spent, {now} in {year} prices.").format(
                        what=cost.description,
                        amount=m(cost.amount),
                        now=m(cost.amount_in_reporting_prices),
                        year=price_year,
                    )
                )
                + "</li>"
            )
        parts.append("</ul>")
    if result.summary is not None:
        s = result.summary
        parts.append(f"<h3>{e(_tr('Totals'))}</h3><p>")
        parts.append(
            e(
                _tr(
                    "Benefit {b} ÷ cost {c} = {r}: for every £1 spent, about £{x} of costs "
                    "were avoided. Net benefit {n}."
                ).format(
                    b=m(s.total_benefit),
                    c=m(s.total_cost),
                    r=words.ratio_text(s.ratio),
                    x=f"{s.benefit_cost_ratio:.2f}" if s.benefit_cost_ratio is not None else "–",  # noqa: RUF001
                    n=m(s.net_benefit),
                )
            )
        )
        parts.append("</p>")
    if result.warnings:
        parts.append(f"<h3>{e(_tr('Please note'))}</h3><ul>")
        parts.extend(f"<li>{e(w)}</li>" for w in result.warnings)
        parts.append("</ul>")
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
        fit_to_screen(self, 760, 620)
