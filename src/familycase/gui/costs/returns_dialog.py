"""The cost-saving return and the claims export, for team leaders and managers.

The return is built on the service thread (``services/costs.cohort_return``) with progress and
a thread-safe Stop flag, then written with the report modules (CSV, XLSX, PDF). The files are
built in memory and renamed into place, so Stop (or a failure) leaves no file. Each file that
leaves the encrypted vault is recorded in the audit log (``record_return_export``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.costs.money import normalise_financial_year
from familycase.gui.common import words
from familycase.gui.common.editor import error_text
from familycase.gui.common.forms import DateField
from familycase.gui.common.long_task import LongTaskDialog, notice_label
from familycase.gui.common.widgets import fit_to_screen, show_text, tell
from familycase.gui.costs.return_files import (
    ReturnWritten,
    financial_year_start,
    make_claims,
    make_return,
)
from familycase.gui.costs.return_method import MethodFields, labelled_form
from familycase.gui.costs.return_results import ReturnResults
from familycase.services.costs import (
    CostReturn,
    PreventedCostStatus,
    ReturnParameters,
    financial_year_of,
)
from familycase.services.vault import UserSession


class ReturnsDialog(LongTaskDialog):
    produced = Signal(list)  # the files written

    def __init__(
        self,
        session: UserSession,
        selected: Sequence[tuple[str, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``selected``: (family id, reference) of the families chosen in the list."""
        super().__init__(parent)
        self.setObjectName("returnsDialog")
        self.setWindowTitle(self.tr("Cost-saving return"))
        self.session = session
        self.selected = list(selected)
        self.written: list[Path] = []
        self.result: CostReturn | None = None

        heading = QLabel(self.tr("Cost-saving return"))
        heading.setObjectName("dialogHeading")
        intro = QLabel(
            self.tr(
                "What early help prevented for the families you choose, against what the work "
                "cost: three returns for every £1 spent, by kind of benefit, by agency and by "
                "outcome area. Only lines assessed, and money spent, in the period count; you "
                "need to hold a family's key for it to be counted."
            )
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)

        self.pages = QTabWidget()
        self.pages.setObjectName("returnPages")
        self.pages.setAccessibleName(self.tr("The return"))
        self.results = ReturnResults()
        self.pages.addTab(self._settings_page(session), self.tr("&What to count"))
        self.pages.addTab(self.results, self.tr("&Results"))
        self.progress.setAccessibleName(self.tr("Progress"))

        self.run_button = QPushButton(self.tr("&Make the return"))
        self.run_button.setObjectName("primary")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.claims_button = QPushButton(self.tr("C&laims check (CSV)…"))
        self.claims_button.setAutoDefault(False)
        self.claims_button.setToolTip(
            self.tr(
                "Which families meet the Supporting Families outcome rules (a lead "
                "practitioner, an assessment, a plan, and each need's positive outcome held "
                "for 6 months), as a CSV in the same folder"
            )
        )
        self.claims_button.clicked.connect(self.run_claims)
        buttons = QHBoxLayout()
        buttons.addWidget(self.claims_button)
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 12)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        fit_to_screen(self, 1080, 680)
        self._update_notice()
        self._set_busy(False)

    def _settings_page(self, session: UserSession) -> QWidget:
        """Which families, period and files (left); the method's parameters (right)."""
        today = date.today()
        self.period_from = DateField(financial_year_start(today))
        self.period_to = DateField(today)
        self.period_to.editingFinished.connect(self._update_notice)
        for field in (self.period_from, self.period_to):
            field.setMaximumWidth(160)

        self.team_choice = QRadioButton(self.tr("Every family I can open in my team"))
        if session.worker.team_id is None:
            self.team_choice.setText(self.tr("Every family I can open"))
        self.selected_choice = QRadioButton(
            self.tr("The {n} selected in the list").format(
                n=words.families_text(len(self.selected))
            )
            if self.selected
            else self.tr("Families selected in the list (none selected)")
        )
        if not self.selected:
            self.selected_choice.setToolTip(
                self.tr("Close this, select families in the list, and open it again.")
            )
        self.selected_choice.setEnabled(bool(self.selected))
        group = QButtonGroup(self)
        group.addButton(self.team_choice)
        group.addButton(self.selected_choice)
        # A single row is usually just the current one: the team is the likelier wish.
        (self.selected_choice if len(self.selected) > 1 else self.team_choice).setChecked(True)
        which = QVBoxLayout()
        which.setSpacing(2)
        which.addWidget(self.team_choice)
        which.addWidget(self.selected_choice)
        self.team_choice.setAccessibleName(self.team_choice.text())
        self.selected_choice.setAccessibleName(self.selected_choice.text())

        self.price_year = QLineEdit()
        self.price_year.setMaxLength(9)
        self.price_year.setMaximumWidth(160)
        self.price_year.setToolTip(
            self.tr(
                "Every amount is shown in this financial year's prices; older unit costs are "
                "uprated. Leave blank for the year the period ends in."
            )
        )
        self.price_year.textChanged.connect(self._update_notice)
        self.agreed_only = QCheckBox(self.tr("Count &agreed lines only (not proposed ones)"))

        self.csv = QCheckBox(self.tr("CS&V"))
        self.csv.setToolTip(self.tr("One table, for other systems"))
        self.xlsx = QCheckBox(self.tr("E&xcel (with formulas)"))
        self.xlsx.setChecked(True)
        self.pdf = QCheckBox(self.tr("PDF (with &charts)"))
        self.pdf.setToolTip(self.tr("With charts, to print"))
        self.pdf.setChecked(True)
        formats = QHBoxLayout()
        formats.setSpacing(14)
        for box in (self.csv, self.xlsx, self.pdf):
            formats.addWidget(box)
        formats.addStretch(1)

        self.location = QLineEdit(str(Path.home()))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAutoDefault(False)
        browse.setAccessibleName(self.tr("Choose the folder"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(browse)

        left = self._form(
            [
                (self.tr("Period &from"), self.period_from, self.period_from),
                (self.tr("Period &to"), self.period_to, self.period_to),
                (self.tr("Famil&ies"), which, self.team_choice),
                (self.tr("&Prices of year"), self.price_year, self.price_year),
                ("", self.agreed_only, self.agreed_only),
                (self.tr("Files"), formats, self.csv),
                (self.tr("Save i&n folder"), where, self.location),
            ]
        )
        self.method = MethodFields()
        self.discount, self.health_discount = self.method.discount, self.method.health_discount
        self.long_term, self.horizon = self.method.long_term, self.method.horizon
        self.cost_bias = self.method.cost_bias
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 3)
        columns.addWidget(self.method, 2, Qt.AlignmentFlag.AlignTop)

        self.notice = notice_label(self.tr("Before you start"))
        page = QWidget()
        page.setObjectName("pageBody")  # transparent, as the style sheet says
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 10, 8, 8)
        column.setSpacing(8)
        column.addLayout(columns)
        column.addStretch(1)
        column.addWidget(self.notice)
        scroll = QScrollArea()  # scrolls rather than squeezes on a small screen
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    @staticmethod
    def _form(rows: list[tuple[str, QWidget | QHBoxLayout | QVBoxLayout, QWidget]]) -> QFormLayout:
        return labelled_form(rows)

    # --- what is asked for -------------------------------------------------------------------
    def _period_end(self) -> date | None:
        value = self.period_to.value()
        return value if isinstance(value, date) else None

    def chosen_price_year(self) -> str:
        typed = self.price_year.text().strip()
        if typed:
            return typed
        end = self._period_end()
        return financial_year_of(end) if end else "?"

    def _update_notice(self, *_args: object) -> None:
        end = self._period_end()
        if not self.price_year.text().strip() and end is not None:
            self.price_year.setPlaceholderText(financial_year_of(end))
        self.notice.setText(
            self.tr(
                "All amounts will be in {year} prices. The files leave the encrypted vault: "
                "they name families by FamilyCase reference only (no names), but are still "
                "OFFICIAL-SENSITIVE. Keep them with the organisation's records and share them "
                "only with those who need them. Each file saved is recorded in the audit log."
            ).format(year=self.chosen_price_year())
        )

    def formats(self) -> list[str]:
        return [
            k
            for k, box in (("csv", self.csv), ("xlsx", self.xlsx), ("pdf", self.pdf))
            if box.isChecked()
        ]

    def cohort(self) -> tuple[list[str] | None, str | None]:
        if self.selected_choice.isChecked():
            return [fid for fid, _ref in self.selected], None
        return None, self.session.worker.team_id

    def parameters(self) -> ReturnParameters:
        """The return's parameters, or a plain problem (ValueError) to show."""
        start, end = self.period_from.value(), self.period_to.value()
        if not isinstance(start, date) or not isinstance(end, date):
            raise ValueError(self.tr("Give the period as dates, such as 01/04/2025."))
        if end < start:
            raise ValueError(self.tr("The period must end on or after the day it starts."))
        parameters = self.method.parameters()
        statuses = (
            (PreventedCostStatus.AGREED,)
            if self.agreed_only.isChecked()
            else (PreventedCostStatus.PROPOSED, PreventedCostStatus.AGREED)
        )
        year = self.price_year.text().strip() or None
        if year is not None:
            try:
                year = normalise_financial_year(year)
            except ValueError:
                raise ValueError(
                    self.tr("Prices of year must be a financial year, such as 2025-26.")
                ) from None
        try:
            return ReturnParameters(
                period_from=start,
                period_to=end,
                price_year=year,
                parameters=parameters,
                statuses=statuses,
            )
        except Exception as exc:  # InvalidRequest: plain words
            raise ValueError(error_text(exc)) from exc

    def _folder(self) -> Path:
        text = self.location.text().strip()
        if not text:
            raise ValueError(self.tr("Choose the folder to save in."))
        return Path(text).expanduser()

    # --- running -----------------------------------------------------------------------------
    def run(self) -> None:
        if self._busy:
            return
        try:
            params = self.parameters()
            folder = self._folder()
            formats = self.formats()
            if not formats:
                raise ValueError(self.tr("Tick at least one format."))
        except ValueError as exc:
            show_text(self.problem, str(exc))
            return
        show_text(self.problem, "")
        self.results.clear()  # the figures shown are always those of the files just written
        family_ids, team = self.cohort()
        self._start(
            partial(make_return, self.session, params, family_ids, team, folder, formats),
            self._made,
        )

    def run_claims(self) -> None:
        if self._busy:
            return
        try:
            folder = self._folder()
        except ValueError as exc:
            show_text(self.problem, str(exc))
            return
        show_text(self.problem, "")
        family_ids, team = self.cohort()
        self._start(partial(make_claims, self.session, family_ids, team, folder), self._claims_made)

    def _start(self, call: Callable[..., object], done: Callable[[Any], None]) -> None:
        self.progress.setRange(0, 0)  # busy until the first family is done
        self.progress.show()
        self.start(call, done)

    def _made(self, written: ReturnWritten) -> None:
        self._set_busy(False)
        self.progress.hide()
        self.written = written.paths
        self.result = written.ret
        self.produced.emit([str(p) for p in written.paths])
        ret = written.ret
        self.results.show_return(ret, written.paths)
        self.pages.setCurrentWidget(self.results)
        counted = words.families_text(len(ret.families))
        skipped = (
            self.tr("\n{n} could not be opened and are listed as left out.").format(
                n=words.families_text(len(ret.skipped))
            )
            if ret.skipped
            else ""
        )
        self._tell(
            self.tr("Cost-saving return saved"),
            self.tr(
                "Saved (not encrypted):\n{files}\n\n{counted} counted, in {year} prices.{skipped}"
                "\n\nThese files have left the encrypted vault: share them only with those who "
                "need them."
            ).format(
                files="\n".join(str(p) for p in written.paths),
                counted=counted,
                year=ret.price_year,
                skipped=skipped,
            ),
        )

    def _claims_made(self, path: Path) -> None:
        self._set_busy(False)
        self.progress.hide()
        self.written = [path]
        self.produced.emit([str(path)])
        self._tell(
            self.tr("Claims check saved"),
            self.tr(
                "Saved (not encrypted):\n{file}\n\nOne row per family, by reference only. It "
                "has left the encrypted vault: share it only with those who need it."
            ).format(file=path),
        )

    def _tell(self, title: str, text: str) -> None:
        self.question = tell(self, title, text)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Folder for the return"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.location.setText)
        self.file_dialog = dialog
        dialog.open()

    # --- buttons, failure --------------------------------------------------------------------
    def idle_text(self) -> str:
        return self.tr("Close")

    def stopped_text(self) -> str:
        return self.tr("Stopped: nothing was produced and no file was saved.")

    def _update_buttons(self, *_args: object) -> None:
        self.run_button.setEnabled(not self._busy)
        self.claims_button.setEnabled(not self._busy)
