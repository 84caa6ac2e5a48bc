"""Sharing from the desktop app: panel packs through the consent gate, the audit viewer, and
summary bundles from a laptop to the team leader, against a real vault."""

from __future__ import annotations

import io
import shutil
import threading
from datetime import date, timedelta

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from familycase.domain.consent import (
    ConsentMethod,
    ConsentRecord,
    GivenBy,
    InfoCategory,
    Purpose,
)
from familycase.domain.enums import AgencyType
from familycase.gui.admin.audit import AuditWindow
from familycase.gui.common.tasks import run_in_background, wait_for_background_work
from familycase.services import audit_log, families, users, work
from familycase.services import consent as consent_service
from familycase.services.audit import Action
from familycase.services.exchange import export_summaries
from familycase.services.vault import Vault
from test_gui_support import PASSWORD, new_family, when

pytest_plugins = ["test_gui_support"]  # the shared fixtures


def settle(qtbot) -> None:
    """Until the service thread is idle (other tabs load in the background after a change),
    so that a second session reading the vault does not race the app's own writes."""
    for _ in range(3):
        wait_for_background_work()
        qtbot.wait(30)
    wait_for_background_work()


def _family_with_health_consent(gui_team, surname: str) -> str:
    session = gui_team.unlock("lead")
    try:
        family_id = new_family(session, surname, ("Dana", "Eli"))
        for member in families.open_family(session, family_id).file.members:
            consent_service.record_consent(
                session,
                family_id,
                ConsentRecord(
                    member_id=member.id,
                    given_by=GivenBy.THE_PERSON,
                    method=ConsentMethod.WRITTEN,
                    agencies=[AgencyType.HEALTH],
                    purposes=[Purpose.PANEL],
                    categories=[InfoCategory.BASIC_DETAILS, InfoCategory.ASSESSMENT_AND_PLAN],
                    given_on=date.today() - timedelta(days=30),
                    review_on=date.today() + timedelta(days=300),
                ),
            )
        return family_id
    finally:
        session.lock()


def _select_family(window, family_id: str) -> None:
    model = window.table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(model.ROW_ROLE).family_id == family_id:
            window.table.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError("family not in the caseload")


def _shares(gui_team, family_id: str, qtbot=None):
    if qtbot is not None:
        settle(qtbot)
    session = gui_team.unlock("lead")
    try:
        return consent_service.share_log(session, family_id)
    finally:
        session.lock()


def test_panel_pack_withholds_without_consent_and_can_be_cancelled(
    qtbot, gui_team, start_app, tmp_path
):
    family_id = _family_with_health_consent(gui_team, "Panelford")
    controller = start_app("lead")
    window = controller.main_window
    window.filters.reset()
    when(qtbot, lambda: not window.is_loading)
    _select_family(window, family_id)
    window.sharing.print_panel_summaries()
    dialog = window.sharing.panel_dialog
    assert dialog is not None and [r.family_id for r in dialog.rows] == [family_id]

    # Cancel: the service thread is held busy, so Stop lands before the first family.
    gate = threading.Event()
    run_in_background(lambda: gate.wait(5), window, lambda _r: None, lambda _e: None)
    dialog.agency.setCurrentIndex(dialog.agency.findData(AgencyType.SOCIAL_CARE))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.is_busy
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    when(qtbot, lambda: not dialog.is_busy)
    assert "nothing was shared" in dialog.problem.text()
    assert not dialog.summaries and not dialog.save_button.isEnabled()
    assert _shares(gui_team, family_id, qtbot) == []

    # A short password is refused in plain words.
    dialog.password.setText("short")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "at least 10 characters" in dialog.problem.text()
    dialog.password.clear()

    dialog.agency_name.setText("Northshire MASH")
    dialog.question_text.setPlainText("Should the family step up?")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: dialog.summaries or dialog.problem.text())
    assert not dialog.problem.text(), dialog.problem.text()
    assert "WITHHELD" in dialog.warning.text()
    # Each withheld item says why, in words (here: consent was for health, not social care).
    assert "their consent does not include Northshire MASH" in dialog.warning.text()
    assert dialog.warning.isVisible() and not dialog.save_button.isEnabled()
    target = tmp_path / "pack.pdf"
    dialog.location.setText(str(target))
    dialog.acknowledge.setChecked(True)
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: target.exists() and window.sharing.panel_dialog is None)
    text = "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(target.read_bytes())).pages
    )
    assert "WITHHELD" in text and "Northshire MASH" in text
    assert "Dana" not in text  # no consent for social care: names are withheld
    (logged,) = _shares(gui_team, family_id, qtbot)
    assert logged.outcome == "withheld" and logged.channel == "print"


def test_audit_viewer_filters_exports_and_checks(qtbot, gui_team, start_app, tmp_path):
    family_id = _family_with_health_consent(gui_team, "Auditham")
    controller = start_app("lead")
    window = controller.main_window
    assert window.audit_action.isVisible()
    window.admin.open_audit()
    viewer = window.admin.audit_window
    assert isinstance(viewer, AuditWindow)
    when(qtbot, lambda: viewer.entries and not viewer.is_loading)
    everything = viewer.table.rowCount()

    settle(qtbot)
    session = gui_team.unlock("lead")
    reference = families.open_family(session, family_id).file.reference
    session.lock()
    viewer.reference.setText(reference)
    viewer.action.setCurrentIndex(viewer.action.findData(Action.CONSENT))
    qtbot.mouseClick(viewer.apply_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: not viewer.is_loading and viewer.filters.reference == reference)
    settle(qtbot)
    session = gui_team.unlock("lead")
    expected = audit_log.query_audit(session, family_id=family_id, action=Action.CONSENT)
    session.lock()
    assert 0 < viewer.table.rowCount() == len(expected) == 2 < everything
    assert [e.seq for e in viewer.entries] == [e.seq for e in expected]

    viewer.since.setText("31/02/2026")
    qtbot.mouseClick(viewer.apply_button, Qt.MouseButton.LeftButton)
    assert "not a date" in viewer.problem.text()
    viewer.since.clear()

    target = tmp_path / "audit.csv"
    viewer.export_to(str(target))
    when(qtbot, lambda: target.exists() and getattr(viewer, "last_export", None))
    assert target.read_text().count("\n") == 3  # the header and two entries
    settle(qtbot)
    session = gui_team.unlock("lead")
    (export,) = audit_log.query_audit(session, action=Action.EXPORT, limit=1)
    session.lock()
    assert export.object_type == "audit_log" and export.detail["rows"] == 2

    qtbot.mouseClick(viewer.verify_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: viewer.report_lines)
    assert "Everything checked is intact." in viewer.report_lines
    assert viewer.report.toPlainText().startswith("Nothing has been altered.")
    assert viewer.tabs.count() == 2  # a team leader also sees sharing without consent


def test_summaries_from_a_laptop_show_in_the_team_overview(qtbot, gui_team, start_app, tmp_path):
    gui_team.vault.dispose()
    shutil.copytree(gui_team.data_dir, tmp_path / "laptop")
    laptop = Vault.open(tmp_path / "laptop")
    try:
        lead = laptop.unlock("lead", PASSWORD)
        kim = next(w for w in users.list_workers(lead) if w.username == "kw1")
        family_id = new_family(lead, "Laptopshire", ("Lou",))
        work.allocate_lead_professional(lead, family_id, kim.id)
        lead.lock()
        bundle = export_summaries(laptop.unlock("kw1", PASSWORD), tmp_path / "drive")
    finally:
        laptop.dispose()

    worker = start_app("kw1").main_window
    assert worker.export_action.isVisible() and not worker.import_action.isVisible()
    worker.sharing.export_summaries_to(str(tmp_path / "from-app"))
    when(qtbot, lambda: getattr(worker.sharing, "last_bundle", None))
    assert worker.sharing.last_bundle.exists()

    window = start_app("lead").main_window
    assert window.import_action.isVisible()
    window.show_team()
    when(qtbot, lambda: window.team_view.data is not None and not window.team_view.is_loading)
    view = window.team_view
    assert all(r.family_id != family_id for r in view.data.dashboard)
    not_a_bundle = tmp_path / "notes.txt"
    not_a_bundle.write_text("hello")
    window.sharing.import_bundles_from([str(bundle), str(not_a_bundle)])
    when(qtbot, lambda: getattr(window.sharing, "import_results", None))
    (_, ok, text), (_, refused, why) = window.sharing.import_results
    assert ok and "1 new" in text
    assert not refused and why
    when(qtbot, lambda: any(r.family_id == family_id for r in view.data.dashboard))
    sources = [
        view.all_families.item(r, 8).text()
        for r in range(view.all_families.rowCount())
        if view.all_families.item(r, 0).data(Qt.ItemDataRole.UserRole + 10).family_id == family_id
    ]
    assert sources and sources[0].startswith("Summary from Kim Worker")
