"""The team leader's view: counts and weight from the services, and allocation with a reason."""

from __future__ import annotations

from PySide6.QtCore import Qt

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from familycase.domain.enums import FamilyStatus, Tier
from familycase.gui.common.widgets import record_at
from familycase.gui.team.allocate_dialog import AllocateDialog
from familycase.services import families, team
from test_gui_support import new_family, when

pytest_plugins = ["test_gui_support"]  # the shared fixtures


def test_team_overview_shows_the_services_numbers_and_allocates(qtbot, gui_team, start_app):
    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Gallowglass", ("Ivy", "Jem"), tier=Tier.COMPLEX)
    lead.lock()
    kim = gui_team.worker_id("kw1")
    controller = start_app("lead")
    window = controller.main_window
    assert window.team_button is not None
    qtbot.mouseClick(window.team_button, Qt.MouseButton.LeftButton)
    view = window.team_view
    when(qtbot, lambda: view.data is not None and not view.is_loading)

    session = gui_team.unlock("lead")
    expected = team.team_overview(session)
    session.lock()
    shown = [
        (record_at(view.workers, r), view.workers.item(r, 2).text(), view.workers.item(r, 3).text())
        for r in range(view.workers.rowCount())
    ]
    assert shown == [(w.worker_id, str(w.family_count), f"{w.weight:g}") for w in expected.workers]
    assert {r.family_id for r in view.unallocated.model_.rows()} == {
        r.family_id for r in expected.unallocated
    }
    assert family_id in {r.family_id for r in view.unallocated.model_.rows()}
    assert f"{len(expected.unallocated)} waiting for allocation" in view.summary.text()

    # Allocate the new family to Kim, from the queue.
    view.lists.setCurrentWidget(view.unallocated)
    rows = view.unallocated.model_.rows()
    view.unallocated.selectRow(next(i for i, r in enumerate(rows) if r.family_id == family_id))
    qtbot.mouseClick(view.allocate_button, Qt.MouseButton.LeftButton)
    dialog = window.open_editors()[-1]
    assert isinstance(dialog, AllocateDialog)
    # The team's loads arrive from the services: least loaded first, the suggestion chosen.
    when(qtbot, lambda: "Suggested:" in dialog.advice.text())
    session = gui_team.unlock("lead")
    advice = team.allocation_advice(session, family_id)
    session.lock()
    assert dialog.worker.currentData() == advice.suggestion.worker_id
    assert f"Suggested: {advice.suggestion.name}." in dialog.advice.text()
    assert "Waiting for allocation for 10 days." in dialog.advice.text()
    weights = [advice.loads[dialog.worker.itemData(i)][1] for i in range(dialog.worker.count())]
    assert weights == sorted(weights)
    dialog.worker.setCurrentIndex(dialog.worker.findData(kim))
    assert "families, weight" in dialog.worker.currentText()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: not dialog.is_busy and dialog.errors.field_message("Reason"))
    assert "Say why" in dialog.errors.field_message("Reason")
    qtbot.keyClicks(dialog.reason, "Knows the school well")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    when(
        qtbot,
        lambda: (
            view.data is not None
            and not view.is_loading
            and family_id not in {r.family_id for r in view.data.overview.unallocated}
        ),
    )

    when(qtbot, lambda: dialog.confirmation is not None)
    assert "is allocated to Kim Worker, who now leads 1 family" in (
        dialog.confirmation.text()
    )
    session = gui_team.unlock("lead")
    opened = families.open_family(session, family_id)
    session.lock()
    assert opened.lead_worker_id == kim and opened.status is FamilyStatus.OPEN
    assert opened.allocations[-1].allocation.reason == "Knows the school well"
    kim_session = gui_team.unlock("kw1")  # the key was granted: Kim can open the file now
    assert families.open_family(kim_session, family_id).file.details.family_name == (
        "Gallowglass family"
    )
    kim_session.lock()
    view.select_worker(kim)
    assert family_id in {r.family_id for r in view.worker_families.model_.rows()}
    assert view.data.overview.worker(kim).weight >= team.DEFAULT_TIER_WEIGHTS[Tier.COMPLEX]


def test_a_manager_sees_the_numbers_but_cannot_allocate(qtbot, gui_team, start_app):
    controller = start_app("boss")
    window = controller.main_window
    qtbot.mouseClick(window.team_button, Qt.MouseButton.LeftButton)
    view = window.team_view
    when(qtbot, lambda: view.data is not None and not view.is_loading)
    assert not view.allocate_button.isVisibleTo(view)
    assert not window.new_family_button.isVisibleTo(window)
