"""Managers in the desktop app: only what a manager can use (no open-family or panel actions),
caseload names only where consent for monitoring holds, and the service report on screen and
as XLSX, built from the reporting layer without family keys."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtGui import QAction

from backends import file_vault_only  # noqa: F401  (about the desktop app)
from conftest import consent_for_monitoring
from familycase.gui.reporting.service_dialog import ServiceReportDialog
from test_gui_support import new_family, when

pytest_plugins = ["test_gui_support"]  # the shared fixtures


def _actions(window) -> dict[str, QAction]:
    names = ("open_action", "panel_action", "service_report_action", "returns_action")
    return {name: getattr(window, name) for name in names}


def test_a_manager_sees_what_a_manager_can_use(qtbot, gui_team, start_app, tmp_path):
    lead = gui_team.vault.unlock("lead", "correct horse battery")
    shared = new_family(lead, "Sharewell")
    new_family(lead, "Private")
    consent_for_monitoring(lead, shared)
    lead.lock()
    controller = start_app("boss")
    window = controller.main_window
    actions = _actions(window)
    for name in ("open_action", "panel_action"):
        assert not actions[name].isVisible() and not actions[name].isEnabled(), name
    assert actions["service_report_action"].isEnabled()
    assert actions["returns_action"].isEnabled()
    when(qtbot, lambda: window.caseload.model.rowCount() >= 2)
    names = {
        window.caseload.model.index(r, 0).data(window.caseload.model.ROW_ROLE).display_name
        for r in range(window.caseload.model.rowCount())
    }
    assert "Sharewell family" in names and "(name not shared)" in names
    assert "(no access)" not in names
    dialog = ServiceReportDialog(window.session, window)
    dialog.build()
    when(qtbot, lambda: dialog.report is not None)
    assert dialog.table.rowCount() > 10 and dialog.sources.items == [("School", 2)]
    dialog.save_to(tmp_path / "service.xlsx", "xlsx")
    when(qtbot, lambda: dialog.written)
    sheet = load_workbook(dialog.written[0], data_only=True)["Summary"]
    values = {r[0]: r[1] for r in sheet.iter_rows(min_row=6, values_only=True)}
    assert values["Referrals received in the period"] == 2
    dialog.close()
