"""The main window's reporting action (managers and team leaders): the service report.
Wired by ``gui/menus.py``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from familycase.domain.enums import Role
from familycase.gui.common.actions import WindowActions
from familycase.gui.common.context import MainContext
from familycase.gui.common.widgets import close_if_alive
from familycase.gui.reporting.service_dialog import ServiceReportDialog
from familycase.services import reporting


class ReportingActions(WindowActions):
    def __init__(self, window: MainContext) -> None:
        super().__init__(window)
        self.service_dialog: ServiceReportDialog | None = None

    def open_service_report(self) -> None:
        if self.service_dialog is not None:
            self.service_dialog.raise_()
            return
        dialog = ServiceReportDialog(self.window.session, self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "service_dialog", None))
        self.service_dialog = dialog
        dialog.open()

    def after_sign_in(self) -> None:
        """The reporting layer's upkeep when someone signs in: an administrator of a vault
        made before it is asked to add the reporting key; a holder of the key shares it with
        managers and team leaders who lack it; a team leader's session builds the summaries
        of the families they hold that have none yet, a batch at a time on the service
        thread (other work interleaves)."""
        session = self.window.session
        role = session.worker.role
        if (
            role is Role.ADMINISTRATOR
            and session.directory_signed
            and not reporting.has_reporting_key(session)
        ):
            self._offer_key()
            return
        if role in (Role.ADMINISTRATOR, Role.MANAGER, Role.TEAM_LEADER):
            self.run(
                lambda: reporting.share_key(session),
                lambda _n: self._fill(),
                self.tr("Could not share the reporting key"),
            )

    def _fill(self) -> None:
        session = self.window.session
        if session.worker.role is not Role.TEAM_LEADER or session.is_locked:
            return
        self.run(
            lambda: reporting.fill_missing(session, reporting.FILL_BATCH),
            lambda done: self._fill() if done else None,
            self.tr("Could not build the families' summaries for reporting"),
        )

    def _offer_key(self) -> None:
        answer = QMessageBox.question(
            self.widget,
            self.tr("Add the reporting key"),
            self.tr(
                "This vault was made before managers' reports had their own key. Add it now? "
                "Its public half is signed into the staff list; managers and team leaders "
                "receive it, and team leaders' next sign-in builds each family's summary for "
                "reporting. Names are only ever shown where a family agreed to monitoring."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            session = self.window.session
            self.run(
                lambda: reporting.enable(session),
                lambda _r: None,
                self.tr("Could not add the reporting key"),
            )

    def discard(self) -> None:
        close_if_alive(self.service_dialog)
