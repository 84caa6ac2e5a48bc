"""The top of the Costs tab: the family's three returns side by side (cashable, financial and
public value), the benefits by kind, the net budget impact and the payback, and the way to the
working. Every figure is the engine's (``services.costs.evaluate_family``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from familycase.domain.costs.result import CostBenefitResult
from familycase.gui.common.widgets import button, problem_label, show_text
from familycase.gui.costs import figures

BOX_STYLE = (
    "QFrame#resultBox { background: #f3f6fa; border: 1px solid #c8d1dc; border-radius: 4px; }"
)


class ResultBox(QFrame):
    """What the family's figures come to, or why there are none yet."""

    def __init__(self, show_working: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("resultBox")
        self.setStyleSheet(BOX_STYLE)
        self.headline = QLabel()
        self.headline.setObjectName("sectionHeading")
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName(self.tr("The family's figures"))
        self.problem = problem_label()
        self.problem.setAccessibleName(self.tr("Why there are no figures"))
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.returns = figures.ReturnsRow()
        self.split = self._line(self.tr("Benefits by kind"))
        self.budget = self._line(self.tr("Net budget impact and payback"))
        self.prices = self._line(self.tr("Prices and what counts"))
        self.prices.setObjectName("muted")
        self.show_working = button(
            self.tr("Show the &working…"),
            show_working,
            self.tr("Every step from the unit cost to the figure, in plain words"),
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.prices, 1)
        bottom.addWidget(self.show_working, 0, Qt.AlignmentFlag.AlignBottom)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(4)
        column.addWidget(self.headline)
        column.addWidget(self.problem)
        column.addWidget(self.returns)
        column.addWidget(self.split)
        column.addWidget(self.budget)
        column.addLayout(bottom)
        self.show_result(None, None, "", loading=True)

    @staticmethod
    def _line(accessible: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setAccessibleName(accessible)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_result(
        self,
        result: CostBenefitResult | None,
        problem: str | None,
        price_year: str,
        loading: bool = False,
    ) -> None:
        summary = result.summary if result is not None else None
        figures_shown = summary is not None and bool(result and result.lines) and not problem
        self.show_working.setEnabled(result is not None and bool(result.lines))
        self.returns.setVisible(figures_shown)
        show_text(self.problem, problem or "")
        if loading:
            headline = self.tr("Reading the cost records…")
        elif problem:
            headline = self.tr("The family's figures cannot be worked out yet")
        elif summary is None:
            headline = self.tr("No prevented costs or costs of the work recorded yet")
        elif not result.lines:
            headline = self.tr("No prevented costs counted yet, so there are no returns")
        else:
            headline = ""
        show_text(self.headline, headline)
        if summary is None or problem:
            show_text(
                self.split,
                ""
                if loading or problem
                else self.tr(
                    "Add what the work prevented and what it cost, and FamilyCase works out "
                    "three returns for every £1 spent: cashable, financial (all public money) "
                    "and public value."
                ),
            )
            show_text(self.budget, "")
            show_text(self.prices, "")
            self.returns.show_measures(None)
            return
        assert result is not None
        self.returns.show_measures(summary.measures)
        disbenefits = result.benefits.disbenefits.present_value if result.benefits else None
        show_text(self.split, figures.split_text(summary, disbenefits))
        show_text(self.budget, figures.budget_text(summary, result.parameters.horizon_years))
        show_text(
            self.prices,
            self.tr(
                "Today's values in {year} prices. Proposed and agreed lines count, withdrawn "
                "ones do not. Cautious figures: see the working."
            ).format(year=price_year),
        )
