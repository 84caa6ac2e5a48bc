"""The service report: a period, the figures and charts on screen, and XLSX / PDF copies
(registered outputs). Managers and team leaders; built on the service thread from the
reporting layer, without family keys."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familycase.gui.common.tasks import run_in_background
from familycase.gui.reporting.chart import BarChart
from familycase.reports.service_report import summary_rows, write_service_report
from familycase.services import outputs
from familycase.services.service_report import SOURCE_WORDS, ServiceReport, service_report
from familycase.services.vault import UserSession


class ServiceReportDialog(QDialog):
    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceReportDialog")
        self.setWindowTitle(self.tr("Service report"))
        self.session = session
        self.report: ServiceReport | None = None
        self.written: list[Path] = []
        today = date.today()
        self.period_from = QDateEdit(QDate(today - timedelta(days=365)))
        self.period_to = QDateEdit(QDate(today))
        for edit in (self.period_from, self.period_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        form = QFormLayout()
        form.addRow(self.tr("&From"), self.period_from)
        form.addRow(self.tr("&To"), self.period_to)
        self.show_button = QPushButton(self.tr("&Show the report"))
        self.show_button.clicked.connect(self.build)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.notice = QLabel(self.tr(outputs.LEAVES_THE_VAULT))
        self.notice.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Measure"), self.tr("Value")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()  # row numbers say nothing (and left a nameless button)
        self.table.setAccessibleName(self.tr("The report's figures"))
        self.sources = BarChart(self.tr("Referrals by source"))
        self.caseload = BarChart(self.tr("Open families at each month end"))
        self.outcomes = BarChart(self.tr("Mean change in score, by outcome area"))
        charts = QWidget()
        chart_layout = QVBoxLayout(charts)
        for chart in (self.sources, self.caseload, self.outcomes):
            chart_layout.addWidget(chart)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        self.save_xlsx = QPushButton(self.tr("Save as &XLSX…"))
        self.save_pdf = QPushButton(self.tr("Save as &PDF…"))
        self.save_xlsx.clicked.connect(lambda: self._save("xlsx"))
        self.save_pdf.clicked.connect(lambda: self._save("pdf"))
        for button in (self.save_xlsx, self.save_pdf):
            button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addLayout(form)
        row.addWidget(self.show_button)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(scroll, 1)
        saves = QHBoxLayout()
        saves.addWidget(self.save_xlsx)
        saves.addWidget(self.save_pdf)
        saves.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addLayout(body, 1)
        layout.addWidget(self.notice)
        layout.addLayout(saves)
        layout.addWidget(buttons)
        self.resize(980, 620)

    def build(self) -> None:
        start = self.period_from.date().toPython()
        end = self.period_to.date().toPython()
        self.problem.setText(self.tr("Working out the report…"))
        self.show_button.setEnabled(False)
        run_in_background(
            lambda: service_report(self.session, start, end), self, self._shown, self._failed
        )

    def _shown(self, report: ServiceReport) -> None:
        self.report = report
        self.problem.clear()
        self.show_button.setEnabled(True)
        rows = summary_rows(report)
        self.table.setRowCount(len(rows))
        for index, (label, value) in enumerate(rows):
            self.table.setItem(index, 0, QTableWidgetItem(self.tr(label)))
            self.table.setItem(index, 1, QTableWidgetItem(str(value)))
        self.sources.set_items(
            [(SOURCE_WORDS.get(k, k), v) for k, v in report.referrals_by_source.items()]
        )
        self.caseload.set_items([(f"{m.month_end:%b %Y}", m.open_families) for m in report.months])
        self.outcomes.set_items(
            [(a.label, round(a.mean_change or 0.0, 2)) for a in report.outcome_areas]
        )
        for button in (self.save_xlsx, self.save_pdf):
            button.setEnabled(True)

    def _failed(self, error: Exception) -> None:
        self.show_button.setEnabled(True)
        self.problem.setText(str(error))

    def _save(self, fmt: str) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the service report"), f"service-report.{fmt}", f"*.{fmt}"
        )
        if path:
            self.save_to(Path(path), fmt)

    def save_to(self, path: Path, fmt: str) -> None:
        report = self.report
        assert report is not None
        run_in_background(
            lambda: write_service_report(self.session, report, path, fmt),
            self,
            self.written.append,
            self._failed,
        )
