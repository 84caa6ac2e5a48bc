"""The Costs tab: what the work prevented (prevented-cost lines), what the work cost, outcomes
achieved, the services used before and who invests and who gains, with the family's three
returns (``result_box.py``) and the working.

Everything is read and worked out by ``services/costs.py`` on the service thread (the same
engine as ``familycase costs evaluate``); this tab only shows it, in plain words. It is read
only when shown, so the family file opens without waiting for it. A family whose recorded
lines cannot be counted (a suspect unit cost recorded before the library check) still shows
its records, with the services' reason in place of the figures.

Mnemonics are unique across the tab's pages (tests/test_gui_costs_screens.py): W working;
P, K, H, B, Y the sections; A add, C change, R remove (prevented costs); D add, V remove
(costs of the work); N add, M remove (outcomes); U add, E remove (service use before).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from familycase.domain.costs.library import UnitCostLibrary
from familycase.domain.costs.result import CostBenefitResult
from familycase.gui.common.context import FamilyContext
from familycase.gui.common.editor import ServiceCall
from familycase.gui.common.lazy_tab import LoadsWhenShown
from familycase.gui.common.widgets import (
    button,
    button_row,
    fill_table,
    record_table,
    selected_record,
)
from familycase.gui.costs import figures
from familycase.gui.family_file.costs.baseline_dialog import BaselineDialog
from familycase.gui.family_file.costs.outcome_dialog import OutcomeDialog
from familycase.gui.family_file.costs.prevented_cost_dialog import PreventedCostDialog
from familycase.gui.family_file.costs.result_box import ResultBox
from familycase.gui.family_file.costs.rows import baseline_rows, line_rows, outcome_rows, spend_rows
from familycase.gui.family_file.costs.spend_dialog import SpendDialog
from familycase.gui.family_file.costs.working import WorkingDialog
from familycase.services import costs as cost_service
from familycase.services.costs import (
    BaselineServiceUse,
    InterventionCostEntry,
    PreventedCostRecord,
    RealisedOutcome,
    ReturnParameters,
    Stored,
)
from familycase.services.errors import InvalidRequest
from familycase.services.vault import UserSession

EARLIEST = date(2000, 1, 1)  # the family's result counts everything recorded up to today


@dataclass(frozen=True)
class CostsData:
    lines: list[Stored[PreventedCostRecord]]
    spend: list[Stored[InterventionCostEntry]]
    outcomes: list[Stored[RealisedOutcome]]
    baselines: list[Stored[BaselineServiceUse]]
    result: CostBenefitResult | None
    library: UnitCostLibrary
    price_year: str
    problem: str | None = None  # why the figures cannot be worked out (the services' words)


def family_parameters(on: date | None = None) -> ReturnParameters:
    """Everything recorded for the family up to today, in this financial year's prices."""
    return ReturnParameters(period_from=EARLIEST, period_to=on or date.today())


def load_costs(session: UserSession, family_id: str) -> CostsData:
    params = family_parameters()
    result: CostBenefitResult | None = None
    problem: str | None = None
    try:
        result = cost_service.evaluate_family(session, family_id, params)
    except InvalidRequest as exc:  # a line the engine refuses: show the records and why
        problem = str(exc)
    return CostsData(
        cost_service.prevented_costs(session, family_id),
        cost_service.intervention_costs(session, family_id),
        cost_service.realised_outcomes(session, family_id),
        cost_service.baselines(session, family_id),
        result,
        cost_service.combined_library(session.vault),
        params.reporting_year,
        problem,
    )


class CostsTab(LoadsWhenShown):
    def __init__(self, context: FamilyContext) -> None:
        super().__init__()
        self.setObjectName("costsTab")
        self.context = context
        self.data: CostsData | None = None
        self.working: WorkingDialog | None = None

        # --- the result -------------------------------------------------------------------------
        self.result_box = ResultBox(self._show_working)
        self.show_working = self.result_box.show_working

        # --- prevented costs --------------------------------------------------------------------
        self.lines = record_table(
            [
                self.tr("What was avoided"),
                self.tr("Benefit or disbenefit"),
                self.tr("Today's value"),
                self.tr("Counts as"),
                self.tr("Status"),
                self.tr("Likelihood"),
                self.tr("Evidence"),
                self.tr("How many"),
                self.tr("Unit cost"),
                self.tr("Assessed by, on"),
            ],
            "preventedCosts",
            self.tr("Prevented costs"),
        )
        self.lines.doubleClicked.connect(lambda _i: self._edit_line())
        self.add_line = button(self.tr("&Add a prevented cost…"), self._add_line)
        self.edit_line = button(self.tr("&Change…"), self._edit_line)
        self.remove_line = button(self.tr("&Remove…"), self._remove_line)
        self.lines.itemSelectionChanged.connect(self._update_buttons)
        lines_page = self._page(
            self.tr(
                "What the family would probably have needed without the work, priced with "
                "published unit costs. Withdrawn lines are kept but never counted."
            ),
            self.lines,
            button_row(self.add_line, self.edit_line, self.remove_line),
        )

        # --- what the work cost -----------------------------------------------------------------
        self.spend = record_table(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("What it paid for"),
                self.tr("Amount"),
                self.tr("Spent or estimated"),
                self.tr("Agency paying"),
            ],
            "interventionCosts",
            self.tr("Costs of the work"),
        )
        self.add_spend = button(self.tr("A&dd a cost of the work…"), self._add_spend)
        self.remove_spend = button(self.tr("Remo&ve…"), self._remove_spend)
        self.spend.itemSelectionChanged.connect(self._update_buttons)
        spend_page = self._page(
            self.tr(
                "Key worker time, flexible spend and other money spent on the work, or planned "
                "(an estimate, increased for optimism bias in the figures)."
            ),
            self.spend,
            button_row(self.add_spend, self.remove_spend),
        )

        # --- outcomes ---------------------------------------------------------------------------
        self.outcomes = record_table(
            [
                self.tr("Outcome area"),
                self.tr("What changed"),
                self.tr("Positive"),
                self.tr("Achieved"),
                self.tr("Last confirmed"),
            ],
            "realisedOutcomes",
            self.tr("Outcomes achieved"),
        )
        self.add_outcome = button(self.tr("Record a&n outcome…"), self._add_outcome)
        self.remove_outcome = button(self.tr("Re&move…"), self._remove_outcome)
        self.outcomes.itemSelectionChanged.connect(self._update_buttons)
        outcomes_page = self._page(
            self.tr("Changes achieved for the family's needs, and when they were last checked."),
            self.outcomes,
            button_row(self.add_outcome, self.remove_outcome),
        )

        # --- baseline ---------------------------------------------------------------------------
        self.baselines = record_table(
            [
                self.tr("Period"),
                self.tr("Services used"),
                self.tr("Where the figures come from"),
            ],
            "baselines",
            self.tr("Service use before the work"),
        )
        self.add_baseline = button(self.tr("Add service &use…"), self._add_baseline)
        self.remove_baseline = button(self.tr("R&emove…"), self._remove_baseline)
        self.baselines.itemSelectionChanged.connect(self._update_buttons)
        baseline_page = self._page(
            self.tr("What the family used before the work started (where they started from)."),
            self.baselines,
            button_row(self.add_baseline, self.remove_baseline),
        )

        # --- who invests, who gains -------------------------------------------------------------
        self.invest_gain = figures.invest_gain_table()
        invest_page = self._page(
            self.tr(
                "For each agency: what it puts into the work and what it gains, by kind, in "
                "today's values. Gains are net of disbenefits."
            ),
            self.invest_gain,
            QHBoxLayout(),
        )

        self.sections = QTabWidget()
        self.sections.setObjectName("costSections")
        self.sections.setAccessibleName(self.tr("Cost records"))
        self.sections.addTab(lines_page, self.tr("&Prevented costs"))
        self.sections.addTab(spend_page, self.tr("Costs of the wor&k"))
        self.sections.addTab(outcomes_page, self.tr("Outcomes ac&hieved"))
        self.sections.addTab(baseline_page, self.tr("Service use &before"))
        self.sections.addTab(invest_page, self.tr("Who pa&ys, who gains"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(self.result_box)
        layout.addWidget(self.sections, 1)
        QShortcut(QKeySequence("Delete"), self.lines).activated.connect(self._remove_line)
        self._show()

    @staticmethod
    def _page(intro: str, table: QWidget, buttons: QHBoxLayout) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(6, 8, 6, 6)
        note = QLabel(intro)
        note.setObjectName("muted")
        note.setWordWrap(True)
        column.addWidget(note)
        column.addWidget(table, 1)
        column.addLayout(buttons)
        return page

    # --- loading -----------------------------------------------------------------------------
    def loader(self) -> ServiceCall:
        return partial(load_costs, self.context.session, self.context.family_id)

    def loaded(self, result: object) -> None:
        self.data = result  # type: ignore[assignment]
        self._show()

    def load_failed_text(self) -> str:
        return self.tr("Could not read the cost records")

    def clear(self) -> None:
        self.data = None
        for table in (self.lines, self.spend, self.outcomes, self.baselines, self.invest_gain):
            table.setRowCount(0)
        if self.working is not None:
            self.working.close()
            self.working = None
        self._show()

    # --- showing -----------------------------------------------------------------------------
    def _show(self) -> None:
        data = self.data
        if data is None:
            self.result_box.show_result(None, None, "", loading=True)
            self._update_buttons()
            return
        self.result_box.show_result(data.result, data.problem, data.price_year)
        fill_table(self.lines, line_rows(data.lines, data.result, data.library))
        fill_table(self.spend, spend_rows(data.spend))
        fill_table(self.outcomes, outcome_rows(data.outcomes))
        fill_table(self.baselines, baseline_rows(data.baselines))
        figures.fill_money_table(
            self.invest_gain,
            figures.invest_gain_rows(data.result.who_invests_who_gains if data.result else []),
            1,
        )
        self.sections.setTabText(0, self.tr("&Prevented costs ({n})").format(n=len(data.lines)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.data is not None
        for push in (self.add_line, self.add_spend, self.add_outcome, self.add_baseline):
            push.setEnabled(ready)
        line = selected_record(self.lines) if ready else None
        self.edit_line.setEnabled(line is not None)
        self.remove_line.setEnabled(line is not None)
        self.remove_spend.setEnabled(ready and selected_record(self.spend) is not None)
        self.remove_outcome.setEnabled(ready and selected_record(self.outcomes) is not None)
        self.remove_baseline.setEnabled(ready and selected_record(self.baselines) is not None)

    # --- actions -----------------------------------------------------------------------------
    def _add_line(self) -> None:
        if self.data is None:
            return
        self.context.open_editor(
            PreventedCostDialog(
                self.context.session, self.context.family_id, self.data.library, None, self.window()
            )
        )

    def _edit_line(self) -> None:
        stored = selected_record(self.lines)
        if self.data is None or stored is None:
            return
        self.context.open_editor(
            PreventedCostDialog(
                self.context.session,
                self.context.family_id,
                self.data.library,
                stored,
                self.window(),
            )
        )

    def _add_spend(self) -> None:
        self.context.open_editor(
            SpendDialog(self.context.session, self.context.family_id, self.window())
        )

    def _add_outcome(self) -> None:
        self.context.open_editor(
            OutcomeDialog(self.context.session, self.context.family_id, self.window())
        )

    def _add_baseline(self) -> None:
        self.context.open_editor(
            BaselineDialog(self.context.session, self.context.family_id, self.window())
        )

    def _remove(self, table: QWidget, what: str, remove: object) -> None:
        stored = selected_record(table)
        if stored is None:
            return
        session, family_id = self.context.session, self.context.family_id
        self.context.confirm(
            self.tr("Remove"),
            self.tr("Remove {what}? This cannot be undone.").format(what=what),
            self.tr("&Remove"),
            lambda: self.context.run_change(
                partial(remove, session, family_id, stored.id),  # type: ignore[arg-type]
                self.tr("Could not remove it"),
            ),
        )

    def _remove_line(self) -> None:
        stored = selected_record(self.lines)
        if stored is not None:
            self._remove(
                self.lines,
                self.tr("the prevented cost “{what}”").format(
                    what=stored.record.line.what_was_avoided
                ),
                cost_service.remove_prevented_cost,
            )

    def _remove_spend(self) -> None:
        self._remove(
            self.spend, self.tr("this cost of the work"), cost_service.remove_intervention_cost
        )

    def _remove_outcome(self) -> None:
        self._remove(self.outcomes, self.tr("this outcome"), cost_service.remove_outcome)

    def _remove_baseline(self) -> None:
        self._remove(self.baselines, self.tr("this service use"), cost_service.remove_baseline)

    def _show_working(self) -> None:
        if self.data is None or self.data.result is None:
            return
        dialog = WorkingDialog(self.data.result, self.window())
        dialog.finished.connect(lambda _r: setattr(self, "working", None))
        self.working = dialog
        dialog.open()
