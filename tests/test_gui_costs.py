"""The Costs tab, its dialogs and the cost-saving return dialog, against a real vault.

What was stored is always read back through the services in a session of its own.
"""

from __future__ import annotations

import threading
from datetime import date, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from familycase.domain.costs.money import round_money
from familycase.domain.costs.scenario import EvidenceStrength
from familycase.gui.common import words
from familycase.gui.common.tasks import run_in_background, wait_for_background_work
from familycase.gui.costs.returns_dialog import ReturnsDialog
from familycase.gui.family_file.costs.prevented_cost_dialog import PreventedCostDialog
from familycase.gui.family_file.costs.tab import family_parameters
from familycase.gui.family_file.costs.working import working_html
from familycase.services import costs as cost_service
from familycase.services import families
from familycase.services.costs import ReturnParameters
from test_gui_support import activate, new_family, open_family_window, when

pytest_plugins = ["test_gui_support"]  # the shared fixtures


def settle(qtbot) -> None:
    for _ in range(3):
        wait_for_background_work()
        qtbot.wait(30)
    wait_for_background_work()


def family_with_spend(gui_team, surname: str) -> str:
    session = gui_team.unlock("lead")
    try:
        family_id = new_family(session, surname)
        cost_service.record_intervention_cost(
            session,
            family_id,
            cost_service.InterventionCostEntry(
                kind=cost_service.InterventionCostKind.KEY_WORKER_TIME,
                spent_on=date.today() - timedelta(days=5),
                description="Key worker time",
                hours=Decimal(40),
                hourly_rate=Decimal("32.50"),
            ),
        )
        return family_id
    finally:
        session.lock()


def costs_tab(qtbot, window, family_id):
    family = open_family_window(qtbot, window, family_id)
    activate(qtbot, family)
    qtbot.keyClick(family, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # Ctrl+0
    assert family.current_section() == "costs"
    when(qtbot, lambda: family.costs.data is not None and not family.costs.is_loading)
    return family, family.costs


def test_add_a_prevented_cost_through_the_dialog(qtbot, gui_team, start_app):
    family_id = family_with_spend(gui_team, "Costly")
    controller = start_app("lead")
    family, tab = costs_tab(qtbot, controller.main_window, family_id)
    assert tab.lines.rowCount() == 0
    assert "no prevented costs" in tab.result_box.headline.text().lower()
    assert not tab.result_box.returns.isVisible()

    qtbot.mouseClick(tab.add_line, Qt.MouseButton.LeftButton)
    dialog = family.open_editors()[-1]
    assert isinstance(dialog, PreventedCostDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # plain-English problems under the fields, nothing stored
    assert "blank" in dialog.errors.field_message("What was avoided")
    assert dialog.errors.field_message("Unit cost")

    dialog.what.setText("Youngest child going into foster care")
    dialog.unit_cost.choose("SS2.0")
    assert "SS2.0" in dialog.unit_cost.chosen.text()
    assert "2013-14" in dialog.unit_cost.chosen.text()  # its price year is shown
    dialog.duration.setText("26")
    dialog.duration_unit.setText("weeks")
    dialog.probability.setValue(40)
    dialog.evidence.setCurrentIndex(dialog.evidence.findData(EvidenceStrength.MODERATE))
    dialog.deadweight.setValue(10)
    dialog.attribution.setValue(70)
    assert dialog.has_unsaved_changes()
    assert family.has_unsaved_changes()  # part of the window's Save / Discard / Cancel
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: not family.open_editors())
    when(qtbot, lambda: tab.lines.rowCount() == 1 and not tab.is_loading)
    settle(qtbot)

    session = gui_team.unlock("lead")
    try:
        stored = cost_service.prevented_costs(session, family_id)
        result = cost_service.evaluate_family(session, family_id, family_parameters())
    finally:
        session.lock()
    assert len(stored) == 1
    line = stored[0].record.line
    assert line.unit_cost.gmca_code == "SS2.0"
    assert line.probability == Decimal("0.4")
    assert line.deadweight == Decimal("0.1")
    assert line.attribution == Decimal("0.7")
    assert line.duration == 26
    assert line.assessed_by == "Lee Leader"
    assert result is not None and result.summary is not None
    public_value = tab.result_box.returns.cards["public_value"]
    assert result.summary.ratio and public_value.ratio.text() == result.summary.ratio
    assert tab.lines.item(0, 8).text().startswith("SS2.0")
    assert tab.lines.item(0, 1).text() == "Benefit"
    assert tab.lines.item(0, 2).text() == words.money_text(result.lines[0].steps.present_value)
    working = working_html(result)
    assert "deadweight" in working and "attribution" in working and "optimism bias" in working

    tab._show_working()
    assert tab.working is not None and "foster care" in tab.working.text.toPlainText()
    tab.working.close()


def _return_dialog(controller, family_id: str, folder) -> ReturnsDialog:
    window = controller.main_window
    window.costs.open_returns()
    assert window.costs.returns_dialog is not None  # the File menu's dialog opens
    window.costs.returns_dialog.reject()
    session = controller.main_window.session
    reference = families.open_family(session, family_id).file.reference
    dialog = ReturnsDialog(session, [(family_id, reference)], window)
    assert dialog.team_choice.isChecked()  # one row is usually just the current one
    dialog.selected_choice.setChecked(True)
    dialog.location.setText(str(folder))
    dialog.csv.setChecked(False)
    dialog.pdf.setChecked(False)
    dialog.xlsx.setChecked(True)
    dialog.period_from.set_value(date.today() - timedelta(days=30))
    dialog.period_to.set_value(date.today())
    return dialog


def _family_with_a_line(gui_team, surname: str) -> str:
    family_id = family_with_spend(gui_team, surname)
    session = gui_team.unlock("lead")
    try:
        cost_service.record_prevented_cost(
            session,
            family_id,
            cost_service.PreventedCostRecord(
                line={
                    "what_was_avoided": "A&E attendances",
                    "unit_cost": {"gmca_code": "HE4.0"},
                    "quantity": 3,
                    "probability": "0.7",
                    "evidence_strength": "weak",
                    "assessed_on": date.today() - timedelta(days=2),
                }
            ),
        )
    finally:
        session.lock()
    return family_id


def test_returns_dialog_writes_an_xlsx_matching_the_service(qtbot, gui_team, start_app, tmp_path):
    family_id = _family_with_a_line(gui_team, "Returnable")
    controller = start_app("lead")
    dialog = _return_dialog(controller, family_id, tmp_path)
    assert "prices" in dialog.notice.text() and "leave the encrypted vault" in dialog.notice.text()
    dialog.run()
    when(qtbot, lambda: not dialog.is_busy)
    assert not dialog.problem.text(), dialog.problem.text()
    assert len(dialog.written) == 1 and dialog.written[0].suffix == ".xlsx"
    settle(qtbot)

    session = gui_team.unlock("lead")
    try:
        ret = cost_service.cohort_return(
            session,
            ReturnParameters(date.today() - timedelta(days=30), date.today()),
            family_ids=[family_id],
        )
    finally:
        session.lock()
    assert ret.total is not None and ret.total.summary is not None
    wb = load_workbook(dialog.written[0])
    summary = wb["Summary"]
    # Exact figures in the cells (rounded once, by the cell's format, when shown).
    assert summary["B10"].value == pytest.approx(float(ret.total.summary.total_benefit))
    assert summary["B11"].value == pytest.approx(float(ret.total.summary.total_cost))
    assert round(summary["B10"].value, 2) == float(round_money(ret.total.summary.total_benefit))
    assert ret.price_year in str(summary["B8"].value)
    dialog.close()


def test_stop_leaves_no_file(qtbot, gui_team, start_app, tmp_path):
    family_id = _family_with_a_line(gui_team, "Stoppable")
    controller = start_app("lead")
    dialog = _return_dialog(controller, family_id, tmp_path)
    dialog.pdf.setChecked(True)
    gate = threading.Event()
    # Hold the service thread, so that Stop is pressed before the return has begun.
    run_in_background(lambda: gate.wait(10), dialog, lambda _r: None, lambda _e: None)
    dialog.run()
    assert dialog.is_busy and dialog.cancel_button.text().replace("&", "") == "Stop"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    when(qtbot, lambda: not dialog.is_busy)
    assert "Stopped" in dialog.problem.text()
    assert list(tmp_path.iterdir()) == []
    assert dialog.written == []
    dialog.close()


def test_a_stored_figure_too_large_to_count_shows_the_records_and_why(qtbot, gui_team, start_app):
    """A line saved before the limit with a figure too large to count (1E+300): the tab lists
    the records and says in plain words what to correct, instead of failing."""
    from familycase.domain.costs.scenario import PreventedCostLine
    from familycase.services.records import seal_row
    from familycase.store.schema import PreventedCostRow

    session = gui_team.unlock("lead")
    try:
        family_id = new_family(session, "Huge")
        line = PreventedCostLine.model_validate(
            {
                "what_was_avoided": "Youngest child going into foster care",
                "unit_cost": {"gmca_code": "SS2.0"},
                "quantity": 1,
                "duration": 26,
                "duration_unit": "weeks",
                "probability": "0.4",
                "evidence_strength": "moderate",
                "assessed_on": date.today(),
            }
        )
        record_id = cost_service.record_prevented_cost(
            session, family_id, cost_service.PreventedCostRecord(line=line)
        )
        old = cost_service.PreventedCostRecord.model_construct(
            line=line.model_copy(update={"quantity": Decimal("1E+300")})
        )
        with session.write() as s:  # as a version before the limit saved it
            row = s.get(PreventedCostRow, record_id)
            row.payload_ct = seal_row(session, old, row)
    finally:
        session.lock()
    controller = start_app("lead")
    _family, tab = costs_tab(qtbot, controller.main_window, family_id)
    assert tab.lines.rowCount() == 1
    shown = tab.result_box.problem.text()
    assert tab.result_box.problem.isVisible()
    assert "larger than FamilyCase can count" in shown and "correct it" in shown
