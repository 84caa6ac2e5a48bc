"""The main window's reporting action (managers and team leaders): the service report.
Wired by ``gui/menus.py``."""

from __future__ import annotations

from PySide6.QtCore import Qt

from familycase.gui.common.actions import WindowActions
from familycase.gui.common.context import MainContext
from familycase.gui.common.widgets import close_if_alive
from familycase.gui.reporting.service_dialog import ServiceReportDialog


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

    def discard(self) -> None:
        close_if_alive(self.service_dialog)
