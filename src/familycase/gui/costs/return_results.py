"""The "Results" page of the cost-saving return dialog: once a return is made, the figures in
the files it wrote, on screen. The three returns side by side (``ret.total.summary.measures``),
the net budget impact and payback, the benefits by kind (``ret.benefit_split``), who invests and
who gains by agency (``ret.total.who_invests_who_gains``) and what to know before quoting them
(the result's warnings). Every figure is the services'; nothing is added up here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from familycase.gui.common import words
from familycase.gui.common.widgets import fit_height, show_text
from familycase.gui.costs import figures
from familycase.services.costs import CostReturn


class ReturnResults(QScrollArea):
    """The figures of the return just made (empty until one is)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("pageScroll")  # transparent, as the style sheet says
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("pageBody")
        self.about = self._text(self.tr("About this return"))
        self.returns = figures.ReturnsRow()
        self.budget = self._text(self.tr("Net budget impact and payback"))
        self.split = figures.split_table()
        split_label = QLabel(self.tr("Benefits by &kind (today's values)"))
        split_label.setObjectName("sectionHeading")
        split_label.setBuddy(self.split)
        self.invest_gain = figures.invest_gain_table()
        invest_label = QLabel(self.tr("Who inv&ests and who gains, by agency (today's values)"))
        invest_label.setObjectName("sectionHeading")
        invest_label.setBuddy(self.invest_gain)
        self.notes = self._text(self.tr("Please note"))
        self.notes.setObjectName("muted")
        column = QVBoxLayout(body)
        column.setContentsMargins(2, 6, 8, 6)
        column.setSpacing(6)
        column.addWidget(self.about)
        column.addWidget(self.returns)
        column.addWidget(self.budget)
        column.addWidget(split_label)
        column.addWidget(self.split)
        column.addWidget(invest_label)
        column.addWidget(self.invest_gain)
        column.addWidget(self.notes)
        column.addStretch(1)
        self.setWidget(body)
        self.sections = [self.returns, split_label, self.split, invest_label, self.invest_gain]
        self.clear()

    def clear(self) -> None:
        """No return yet (or a new one on its way): nothing that could be mistaken for it."""
        self.about.setText(
            self.tr("Make the return to see its figures here: the same as in the files.")
        )
        for widget in self.sections:
            widget.hide()
        show_text(self.budget, "")
        show_text(self.notes, "")

    @staticmethod
    def _text(accessible: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setAccessibleName(accessible)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_return(self, ret: CostReturn, paths: Sequence[Path]) -> None:
        total = ret.total
        summary = total.summary if total is not None else None
        about = self.tr("{counted} counted: {cohort}, in {year} prices. Saved: {files}.").format(
            counted=words.families_text(len(ret.families)),
            cohort=ret.cohort,
            year=ret.price_year,
            files=", ".join(p.name for p in paths),
        )
        if ret.skipped:
            about += " " + self.tr("{n} could not be opened and are listed as left out.").format(
                n=words.families_text(len(ret.skipped))
            )
        self.about.setText(about)
        for widget in self.sections:
            widget.setVisible(summary is not None)
        if total is None or summary is None:
            show_text(self.budget, self.tr("Nothing was counted in the period, so no figures."))
            show_text(self.notes, "")
            return
        self.returns.show_measures(summary.measures)
        show_text(self.budget, figures.budget_text(summary, total.parameters.horizon_years))
        figures.fill_money_table(self.split, figures.return_split_rows(ret.benefit_split), 2)
        fit_height(self.split, max_rows=8)
        figures.fill_money_table(
            self.invest_gain, figures.invest_gain_rows(total.who_invests_who_gains), 1
        )
        fit_height(self.invest_gain, max_rows=8)
        show_text(
            self.notes,
            "\n".join([self.tr("Please note:")] + [f"{words.EN_DASH} {w}" for w in total.warnings])
            if total.warnings
            else "",
        )
