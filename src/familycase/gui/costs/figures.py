"""How cost-benefit figures read on screen, shared by the family file's Costs tab and the
cost-saving return dialog: the three returns side by side, the benefits by kind (fiscal,
economic, social) and who invests and who gains, by agency.

Every figure is the engine's (``services/costs.py`` -> ``domain/costs/engine.py``), shown as
it is: nothing here adds, subtracts or decides. Ratios read "1:x" as in the files and the
command line, with "about £x for every £1 spent" in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.costs.engine import format_ratio
from familycase.domain.costs.money import round_2dp
from familycase.domain.costs.result import InvestGain, ReturnMeasure, Summary
from familycase.gui.common import words
from familycase.gui.common.widgets import fill_table, record_table
from familycase.services.costs import BenefitSplitRow

MEASURES = ("financial_cashable", "financial", "public_value")  # cashable first
CARD_STYLE = (
    "QFrame#returnCard { background: #ffffff; border: 1px solid #c8d1dc; border-radius: 4px; }"
)
SMALL = "font-size: 9.5pt;"
NBSP = "\N{NO-BREAK SPACE}"
WORD_JOINER = "\N{WORD JOINER}"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _tr(text: str) -> str:
    return QCoreApplication.translate("CostFigures", text)


def measure_name(measure: str) -> str:
    return {
        "financial_cashable": _tr("Cashable return"),
        "financial": _tr("Financial return (all public purse)"),
        "public_value": _tr("Public value return (incl. economic and social)"),
    }.get(measure, measure)


def measure_meaning(measure: str) -> str:
    """What a return counts, for its tooltip."""
    return {
        "financial_cashable": _tr(
            "Cashable public money only: budget actually released, money that can be taken "
            "out of a budget. The payback counts this alone."
        ),
        "financial": _tr(
            "Every public-money (fiscal) benefit: costs that public agencies avoid, whether or "
            "not a budget is released."
        ),
        "public_value": _tr(
            "Public money, economic and social value together: what the work was worth to "
            "society. Never quote it as savings."
        ),
    }.get(measure, "")


def ratio_text(ratio: Decimal | None, text: str | None = None) -> str:
    """The engine's "1:x" (or the same rule for a ratio it gives only as a number)."""
    if ratio is None:
        return _tr("no ratio")
    return text or format_ratio(ratio)


def per_pound_text(measure: ReturnMeasure) -> str:
    """ "about £2.43 of costs avoided for every £1 spent" (only the financial return speaks of
    costs avoided: the others count budget released, or value)."""
    if measure.ratio is None:
        return _tr("No costs of the work counted, so there is no ratio.")
    x = words.money_text(measure.ratio)
    return {
        "financial_cashable": _tr("about {x} of budget released for every £1 spent"),
        "financial": _tr("about {x} of costs avoided for every £1 spent"),
        "public_value": _tr("about {x} of value to society for every £1 spent"),
    }[measure.measure].format(x=x)


def undiscounted_text(measure: ReturnMeasure) -> str:
    return _tr("undiscounted {ratio}").format(ratio=ratio_text(measure.ratio_undiscounted))


def payback_text(summary: Summary, horizon_years: int) -> str:
    if summary.payback_period_years is not None:
        return _tr("Pays back after {years} years (cashable benefit only)").format(
            years=f"{round_2dp(summary.payback_period_years):f}"
        )
    if summary.fiscal_cashable_benefit <= 0:
        return _tr("No payback: nothing cashable")
    return _tr("No payback within the {n} years counted (cashable benefit only)").format(
        n=horizon_years
    )


def split_text(summary: Summary, disbenefits: Decimal | None = None) -> str:
    """Benefits by kind, today's values: "Public money £x (cashable £y) · economic ..."."""
    m = words.money_text
    text = _tr(
        "Benefits by kind: public money (fiscal) {fiscal}, of which cashable {cashable} · "
        "economic {economic} · social {social}"
    ).format(
        fiscal=m(summary.fiscal_benefit),
        cashable=m(summary.fiscal_cashable_benefit),
        economic=m(summary.economic_benefit),
        social=m(summary.social_benefit),
    )
    if disbenefits:
        text += _tr(" · disbenefits (already taken off) {d}").format(d=m(disbenefits))
    return text


def budget_text(summary: Summary, horizon_years: int) -> str:
    return _tr(
        "Net budget impact (public money minus the cost of the work) {impact} · {payback}"
    ).format(
        impact=words.money_text(summary.net_present_budget_impact),
        payback=payback_text(summary, horizon_years),
    )


# --- the three returns side by side ------------------------------------------------------------


def keep_together(text: str) -> str:
    """``text`` that a wrapping label never breaks: no-break spaces, and a word joiner between
    a minus sign and the pound sign (so "-£1,481.65" never reads as "-" then "£1,481.65")."""
    return text.replace(" ", NBSP).replace("-£", f"-{WORD_JOINER}£")


def plain(text: str) -> str:
    """``text`` without the characters ``keep_together`` adds (for screen readers and tests)."""
    return text.replace(NBSP, " ").replace(WORD_JOINER, "")


class ReturnCard(QFrame):
    """One return: its name and "1:x", what that means per £1, then benefit, net and the
    undiscounted ratio (each kept on one line)."""

    def __init__(self, measure: str) -> None:
        super().__init__()
        self.measure = measure
        self.setObjectName("returnCard")
        self.setStyleSheet(CARD_STYLE)
        self.setToolTip(measure_meaning(measure))
        self.name = QLabel(measure_name(measure))
        self.name.setWordWrap(True)
        self.name.setStyleSheet("font-weight: 600;")
        self.ratio = QLabel()
        self.ratio.setStyleSheet("font-size: 13pt; font-weight: 600; color: #1d5c8c;")
        self.ratio.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.per_pound = QLabel()
        self.per_pound.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setObjectName("muted")
        self.figures.setWordWrap(True)
        self.figures.setStyleSheet(SMALL)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.name, 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.ratio, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 5, 10, 5)
        column.setSpacing(1)
        column.addLayout(top)
        column.addWidget(self.per_pound)
        column.addWidget(self.figures)
        column.addStretch(1)
        for label in self.labels():
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_measure(None)

    def labels(self) -> list[QLabel]:
        return [self.name, self.ratio, self.per_pound, self.figures]

    def show_measure(self, measure: ReturnMeasure | None) -> None:
        if measure is None:
            self.ratio.setText(words.EN_DASH)
            texts = ["", ""]
        else:
            self.ratio.setText(ratio_text(measure.ratio, measure.ratio_text))
            parts = [
                _tr("Benefit {benefit}").format(benefit=words.money_text(measure.benefit)),
                _tr("net {net}").format(net=words.money_text(measure.net_present_value)),
            ]
            if measure.ratio is not None:
                parts.append(undiscounted_text(measure))
            texts = [per_pound_text(measure), " · ".join(keep_together(p) for p in parts)]
        for label, text in zip((self.per_pound, self.figures), texts, strict=True):
            label.setText(text)
            label.setVisible(bool(text))
        self.setAccessibleName(self.text())

    def text(self) -> str:
        """Everything the card says, in one line (its accessible name)."""
        return ". ".join(plain(label.text()) for label in self.labels() if label.text())


class ReturnsRow(QWidget):
    """The three returns side by side, cashable first (``summary.measures``)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("returnsRow")
        self.setAccessibleName(self.tr("The three returns"))
        self.cards = {measure: ReturnCard(measure) for measure in MEASURES}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for card in self.cards.values():
            row.addWidget(card, 1)

    def show_measures(self, measures: Sequence[ReturnMeasure] | None) -> None:
        by_name = {m.measure: m for m in measures or ()}
        for name, card in self.cards.items():
            card.show_measure(by_name.get(name))


# --- tables ------------------------------------------------------------------------------------


def money_table(
    headers: Sequence[str], tips: Sequence[str], name: str, accessible: str
) -> QTableWidget:
    table = record_table(headers, name, accessible)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectItems)
    table.horizontalHeader().setStretchLastSection(False)
    for column, tip in enumerate(tips):
        item = table.horizontalHeaderItem(column)
        if item is not None and tip:
            item.setToolTip(tip)
    return table


def fill_money_table(table: QTableWidget, rows: Sequence[Sequence[str]], first_money: int) -> None:
    """Fill a read-only table; columns from ``first_money`` on are amounts (right-aligned)."""
    fill_table(table, [(None, list(cells)) for cells in rows])
    for r in range(table.rowCount()):
        for c in range(first_money, table.columnCount()):
            item = table.item(r, c)
            if item is not None:
                item.setTextAlignment(RIGHT)


def invest_gain_headers() -> list[tuple[str, str]]:
    """(heading, what it means) for each column of the who-invests / who-gains table."""
    return [
        (_tr("Agency"), ""),
        (_tr("Puts in"), _tr("Present value of the costs of the work it pays")),
        (_tr("Gains: cashable"), _tr("Cashable public money: budget actually released")),
        (
            _tr("Gains: not cashable"),
            _tr("Public money it gains that is not released from a budget"),
        ),
        (_tr("Gains: economic"), _tr("Economic benefits recorded against it")),
        (_tr("Gains: social"), _tr("Social benefits recorded against it")),
        (_tr("Gains in all"), _tr("Everything it gains, net of disbenefits")),
        (_tr("Net"), _tr("Gains in all minus what it puts in")),
        (_tr("Per £1 put in"), _tr("Its own return: what it gains for every £1 it puts in")),
    ]


def invest_gain_table(name: str = "investGain") -> QTableWidget:
    headers = invest_gain_headers()
    return money_table(
        [h for h, _tip in headers],
        [tip for _h, tip in headers],
        name,
        _tr("Who invests and who gains"),
    )


def invest_gain_rows(rows: Sequence[InvestGain]) -> list[list[str]]:
    m = words.money_text
    return [
        [
            g.agency,
            m(g.invests),
            m(g.gains_fiscal_cashable),
            m(g.gains_fiscal_non_cashable),
            m(g.gains_economic),
            m(g.gains_social),
            m(g.gains_total),
            m(g.net),
            ratio_text(g.return_per_pound)
            if g.return_per_pound is not None
            else _tr("puts nothing in"),
        ]
        for g in rows
    ]


def split_headers() -> list[tuple[str, str]]:
    return [
        (_tr("Kind of benefit"), ""),
        (_tr("Cashable"), _tr("Budget actually released (public money only)")),
        (_tr("Today's value"), _tr("Present value: later years discounted (Green Book)")),
        (_tr("Not discounted"), _tr("The same benefits, undiscounted")),
    ]


def split_table(name: str = "benefitSplit") -> QTableWidget:
    headers = split_headers()
    return money_table(
        [h for h, _tip in headers],
        [tip for _h, tip in headers],
        name,
        _tr("Benefits by kind"),
    )


def split_kind_text(benefit_type: str, cashable: bool) -> str:
    if benefit_type == "fiscal":
        return (
            _tr("Public money (fiscal), cashable")
            if cashable
            else _tr("Public money (fiscal), not cashable")
        )
    return {
        "economic": _tr("Economic"),
        "social": _tr("Social"),
        "all": _tr("Total (public value)"),
    }.get(benefit_type, benefit_type)


def return_split_rows(split: Sequence[BenefitSplitRow]) -> list[list[str]]:
    """A return's benefits by kind (``CostReturn.benefit_split``), as table rows."""
    return [
        [
            split_kind_text(row.benefit_type, row.cashable),
            "" if row.benefit_type == "all" else words.yes_no(row.cashable),
            words.money_text(row.present_value),
            words.money_text(row.undiscounted),
        ]
        for row in split
    ]
