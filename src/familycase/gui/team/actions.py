"""The main window's team actions: the team leader's list of possible duplicate people across
the team's family files (each decided as the same person, or not). Wired by ``gui/menus.py``."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt

from familycase.domain.enums import Role
from familycase.domain.staff import Worker
from familycase.gui.common.actions import WindowActions
from familycase.gui.common.context import MainContext
from familycase.gui.common.widgets import close_if_alive, raise_if_open
from familycase.gui.team.allocate_dialog import AllocateDialog
from familycase.gui.team.matches_dialog import MatchesDialog
from familycase.gui.team.supervision_dialog import SupervisionDialog
from familycase.gui.team.supervision_list import SupervisionList
from familycase.services import people, supervision, users
from familycase.services.caseload import CaseloadRow
from familycase.services.people import PossibleMatch
from familycase.services.supervision import SessionView


class TeamActions(WindowActions):
    def __init__(self, window: MainContext) -> None:
        super().__init__(window)
        self.duplicates_dialog: MatchesDialog | None = None
        self.supervision_dialog: SupervisionList | None = None
        self._worker_wanted = ""

    # --- allocation ----------------------------------------------------------------------------
    def allocate_selected(self) -> None:
        """Allocate (or change) the lead professional of the family chosen in the list."""
        rows = self.window.selected_rows()
        if rows:
            self.allocate(rows[0])

    def allocate(self, row: CaseloadRow) -> None:
        self.run(
            partial(users.list_workers, self.window.session),
            partial(self._allocate, row),
            self.tr("Could not list the workers"),
        )

    def _allocate(self, row: CaseloadRow, workers: list[Worker]) -> None:
        label = f"{row.display_name} ({row.reference})"
        dialog = AllocateDialog(
            self.window.session, row.family_id, label, row.lead_worker_id, workers, self.widget
        )
        self.window.open_editor(dialog)

    # --- supervision ---------------------------------------------------------------------------
    def open_supervision(self, worker_id: str = "") -> None:
        """The supervision sessions (a worker's own; a team leader's team's)."""
        self._worker_wanted = worker_id
        self.run(
            partial(supervision.sessions, self.window.session),
            self._show_supervision,
            self.tr("Could not read supervision"),
        )

    def _show_supervision(self, sessions: list[SessionView]) -> None:
        if self.supervision_dialog is not None:
            self.supervision_dialog.show_sessions(sessions)
        else:
            can_record = self.window.session.worker.role is Role.TEAM_LEADER
            dialog = SupervisionList(sessions, can_record, self.widget)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda _obj=None: setattr(self, "supervision_dialog", None))
            dialog.record_requested.connect(self.record_supervision)
            self.supervision_dialog = dialog
            dialog.open()
        if self._worker_wanted:
            self.supervision_dialog.select_worker(self._worker_wanted)

    def record_supervision(self, worker_id: str = "") -> None:
        self.run(
            partial(users.list_workers, self.window.session),
            partial(self._record, worker_id),
            self.tr("Could not list the workers"),
        )

    def _record(self, worker_id: str, workers: list[Worker]) -> None:
        team_id = self.window.session.worker.team_id
        dialog = SupervisionDialog(
            self.window.session,
            [w for w in workers if w.team_id == team_id],
            worker_id or None,
            self.supervision_dialog or self.widget,
        )
        dialog.saved.connect(lambda _result: self.open_supervision(worker_id))
        self.window.open_editor(dialog)

    def open_duplicates(self) -> None:
        if raise_if_open(self.duplicates_dialog):
            return
        self.run(
            partial(people.duplicates, self.window.session),
            self._show_duplicates,
            self.tr("Could not look for possible duplicates"),
        )

    def _show_duplicates(self, matches: list[PossibleMatch]) -> None:
        dialog = MatchesDialog(
            self.window.session,
            matches,
            self._run_change,
            self.tr("Possible duplicate people in the team's families"),
            self.tr(
                "People recorded in two of the team's family files with the same NHS number "
                "or Unique Pupil Number, or a similar name and the same date of birth. Decide "
                "each pair: the same person (the files are linked) or different people. "
                "Nothing about this is stored until you decide."
            ),
            self.widget,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "duplicates_dialog", None))
        self.duplicates_dialog = dialog
        dialog.open()

    def _run_change(self, call: Callable[[], Any], failed: str) -> None:
        self.run(call, lambda _result: None, failed)

    def discard(self) -> None:
        close_if_alive(self.duplicates_dialog)
        close_if_alive(self.supervision_dialog)
        self.duplicates_dialog = None
        self.supervision_dialog = None
