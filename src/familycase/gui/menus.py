"""The main window's menus, in one table.

Each row is one action: its menu, its words (with the mnemonic), its shortcut, who may use it,
and where its code is: ``w`` is the main window, and ``w.sharing``, ``w.costs``, ``w.admin``,
``w.team_actions`` and ``w.replicas`` are the actions of those places (``gui/sharing/``,
``gui/costs/``, ``gui/admin/``, ``gui/team/`` and ``gui/replicas/actions.py``). A new menu action
is one new row here plus a method in its place. Rows marked ``on_list`` are also in the
right-click menu of the list of families.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from operator import attrgetter

from PySide6.QtCore import QCoreApplication

from familycase.domain.enums import Role
from familycase.gui.admin.actions import RETENTION_ROLES
from familycase.gui.common.actions import ActionSpec, Handler, only
from familycase.gui.inbox.page import INBOX_PAGE
from familycase.gui.replicas.actions import may_take_offline
from familycase.gui.team.overview import TEAM_PAGE
from familycase.services.caseload import CaseloadView

ADMIN_PAGE = "admin"  # the administrator's first page (gui/admin/home.py)
TEAM_AND_MANAGERS = only(Role.TEAM_LEADER, Role.MANAGER)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def main_menu(views: Sequence[CaseloadView | str]) -> list[ActionSpec]:
    """Every action of the main window's menu bar, in order. ``views``: the lists this worker
    can switch between (caseload views, ``TEAM_PAGE``, ``ADMIN_PAGE``), numbered Ctrl+1...

    Ctrl+L, Ctrl+F and F1 work in every window and dialog (``common/app_shortcuts.py``); here
    they are shown in the menus."""
    file, view, help_menu = _tr("&File"), _tr("&View"), _tr("&Help")
    view_names = {
        ADMIN_PAGE: _tr("Admi&nistration"),
        CaseloadView.MINE: _tr("&My caseload"),
        CaseloadView.TEAM: _tr("&Team caseload"),
        CaseloadView.UNALLOCATED: _tr("&Unallocated families"),
        TEAM_PAGE: _tr("Team &overview"),
        INBOX_PAGE: _tr("&In-tray"),
    }
    return [
        # --- File: families, sharing, returns, administration, me, the session -----------------
        ActionSpec(file, _tr("&New family…"), lambda w: w.new_family, "Ctrl+N",
                   allowed=attrgetter("can_hold_cases"), name="new_family_action"),
        ActionSpec(file, _tr("&Open the selected family"), lambda w: w.open_current,
                   allowed=attrgetter("can_hold_cases"), name="open_action", on_list=True),
        ActionSpec(file, _tr("&Print panel summaries…"),
                   lambda w: w.sharing.print_panel_summaries, "Ctrl+P",
                   allowed=attrgetter("can_hold_cases"), name="panel_action", on_list=True),
        ActionSpec(file, _tr("E&xport summaries for my team…"),
                   lambda w: w.sharing.export_summaries,
                   allowed=only(Role.KEY_WORKER), name="export_action", separator_before=True),
        ActionSpec(file, _tr("&Import summary bundles…"), lambda w: w.sharing.import_bundles,
                   allowed=TEAM_AND_MANAGERS, name="import_action"),
        ActionSpec(file, _tr("Take t&hese families offline…"),
                   lambda w: w.replicas.take_offline, "Ctrl+Shift+O",
                   allowed=may_take_offline, name="take_offline_action", on_list=True,
                   separator_before=True),
        ActionSpec(file, _tr("&Bring my families back…"), lambda w: w.replicas.bring_back,
                   name="bring_back_action"),
        ActionSpec(file, _tr("Fa&milies on laptops…"), lambda w: w.replicas.open_laptops,
                   allowed=only(Role.TEAM_LEADER), name="laptops_action"),
        ActionSpec(file, _tr("&Cost-saving return and claims…"), lambda w: w.costs.open_returns,
                   allowed=TEAM_AND_MANAGERS, name="returns_action"),
        ActionSpec(file, _tr("Ser&vice report…"), lambda w: w.reporting.open_service_report,
                   allowed=TEAM_AND_MANAGERS, name="service_report_action"),
        ActionSpec(file, _tr("Alloca&te a lead professional…"),
                   lambda w: w.team_actions.allocate_selected,
                   allowed=only(Role.TEAM_LEADER), name="allocate_action", on_list=True),
        ActionSpec(file, _tr("&Supervision…"), lambda w: w.team_actions.open_supervision,
                   allowed=attrgetter("can_hold_cases"), name="supervision_action"),
        ActionSpec(file, _tr("Possible d&uplicate people…"),
                   lambda w: w.team_actions.open_duplicates,
                   allowed=only(Role.TEAM_LEADER), name="duplicates_action"),
        ActionSpec(file, _tr("&Audit log…"), lambda w: w.admin.open_audit,
                   allowed=attrgetter("reads_audit"), name="audit_action"),
        ActionSpec(file, _tr("Wor&kers…"), lambda w: w.admin.open_workers,
                   allowed=attrgetter("can_manage_users"), name="workers_action"),
        ActionSpec(file, _tr("&Retention…"), lambda w: w.admin.open_retention,
                   allowed=only(*RETENTION_ROLES), name="retention_action"),
        ActionSpec(file, _tr("Organisation settin&gs…"), lambda w: w.admin.open_settings,
                   allowed=only(Role.ADMINISTRATOR), name="settings_action"),
        ActionSpec(file, _tr("Change my pass&word…"), lambda w: w.admin.change_password,
                   name="password_action", separator_before=True),
        ActionSpec(file, _tr("My &fingerprint phrase…"),
                   lambda w: w.admin.show_my_fingerprint, name="fingerprint_action"),
        ActionSpec(file, _tr("Pr&eferences…"), lambda w: w.preferences_requested.emit, "Ctrl+,"),
        ActionSpec(file, _tr("&Lock"), lambda w: w.request_lock, "Ctrl+L",
                   separator_before=True),
        ActionSpec(file, _tr("&Quit"), lambda w: w.close, "Ctrl+Q"),
        # --- View: the lists (Ctrl+number), then finding ------------------------------------
        *(
            ActionSpec(view, view_names[shown], _show_list(shown), f"Ctrl+{number}")
            for number, shown in enumerate(views, start=1)
        ),
        ActionSpec(view, _tr("&Find a family"), lambda w: w.focus_search, "Ctrl+F",
                   separator_before=True),
        ActionSpec(view, _tr("&Clear filters"), lambda w: w.filters.reset),
        ActionSpec(view, _tr("&Refresh"), lambda w: w.refresh, "F5"),
        # --- Help -------------------------------------------------------------------------------
        ActionSpec(help_menu, _tr("&Keyboard help"), lambda w: w.show_keys, "F1"),
    ]  # fmt: skip


def _show_list(shown: CaseloadView | str) -> Handler:
    if shown == ADMIN_PAGE:
        return lambda w: w.show_admin
    if shown == TEAM_PAGE:
        return lambda w: w.show_team
    if shown == INBOX_PAGE:
        return lambda w: w.show_inbox
    return lambda w: partial(w.show_view, shown)
