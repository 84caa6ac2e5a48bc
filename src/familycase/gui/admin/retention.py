"""Retention, for team leaders and administrators: the retention period, the closed families
whose period has ended (``retention.past_retention``), and destroying one of them
(``retention.destroy_family``) after its reference is typed again. Administrators can change
the period (``retention.set_retention_years``).

Whether a family may be destroyed, and whether the reference typed is right, is decided by the
service; the window only asks, and says plainly what happened.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.enums import Role
from familycase.gui.common import words
from familycase.gui.common.editor import error_text
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import (
    button,
    button_row,
    fill_table,
    fit_to_screen,
    heading,
    problem_label,
    record_table,
    select_where,
    selected_record,
    show_text,
)
from familycase.services import retention
from familycase.services.errors import Locked
from familycase.services.retention import RetentionRow
from familycase.services.vault import UserSession


def load_retention(session: UserSession, on: date | None) -> tuple[int, list[RetentionRow]]:
    return retention.retention_years(session.vault), retention.past_retention(session, on)


class DestroyDialog(QDialog):
    """Asks for the family's reference again before destroying it, and says it is final."""

    destroyed_family = Signal(str)  # the reference

    def __init__(
        self,
        session: UserSession,
        row: RetentionRow,
        on: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("destroyDialog")
        self.setWindowTitle(self.tr("Destroy {reference}").format(reference=row.reference))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.session = session
        self.row = row
        self.on = on
        self._busy = False

        title = QLabel(
            self.tr("Destroy the family file {reference}?").format(reference=row.reference)
        )
        title.setObjectName("dialogHeading")
        explain = QLabel(
            self.tr(
                "This family's last episode closed on {closed}; the retention period ended on "
                "{ended}.\n\nDestroying it deletes everything recorded about the family: "
                "people, notes, assessments, plans, consent and costs. The family's key is "
                "destroyed first, so even old backups of the vault can no longer be read. "
                "This cannot be undone. The audit log keeps only the reference and dates, no names."
            ).format(
                closed=words.date_text(row.last_closed_on),
                ended=words.date_text(row.destroy_after),
            )
        )
        explain.setWordWrap(True)
        self.reference = QLineEdit()
        self.reference.setObjectName("confirmReference")
        self.reference.setPlaceholderText(row.reference)
        self.reference.setAccessibleName(self.tr("Type the family's reference to confirm"))
        label = QLabel(
            self.tr("&Type the reference {reference} again to confirm:").format(
                reference=row.reference
            )
        )
        label.setBuddy(self.reference)
        label.setWordWrap(True)
        self.problem = problem_label()

        self.destroy_button = QPushButton(self.tr("&Destroy for ever"))
        self.destroy_button.setObjectName("danger")
        self.destroy_button.setAutoDefault(False)
        self.destroy_button.setAccessibleName(self.tr("Destroy for ever"))
        self.destroy_button.clicked.connect(self.confirm_destroy)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        # No default button: Enter in the reference field means "destroy", handled below,
        # and must not also press Cancel.
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        buttons.addButton(self.destroy_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.reference.returnPressed.connect(self.confirm_destroy)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addWidget(label)
        layout.addWidget(self.reference)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 360)
        self.reference.setFocus()

    @property
    def is_busy(self) -> bool:
        return self._busy

    def confirm_destroy(self) -> None:
        if self._busy:
            return
        typed = self.reference.text()
        if not typed.strip():
            show_text(self.problem,
                self.tr("Type the reference {reference} to confirm.").format(
                    reference=self.row.reference
                )
            )
            return
        self._busy = True
        self.destroy_button.setEnabled(False)
        show_text(self.problem, "")
        run_in_background(
            partial(retention.destroy_family, self.session, self.row.family_id, typed, self.on),
            self,
            self._destroyed,
            self._failed,
        )

    def reject(self) -> None:
        if not self._busy:  # once asked, wait for the answer (it cannot be called back)
            super().reject()

    def _destroyed(self, reference: str) -> None:
        self._busy = False
        self.destroyed_family.emit(reference)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.destroy_button.setEnabled(True)
        if not isinstance(error, Locked):
            show_text(self.problem, error_text(error))
            self.reference.selectAll()
            self.reference.setFocus()


class RetentionWindow(QMainWindow):
    """``on``: the day to measure retention against (today unless a test says otherwise)."""

    loaded = Signal()

    def __init__(
        self, session: UserSession, parent: QWidget | None = None, on: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("retentionWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Retention – FamilyCase"))  # noqa: RUF001 (typography)
        self.session = session
        self.on = on
        self.rows: list[RetentionRow] = []
        self.years = retention.DEFAULT_RETENTION_YEARS
        self.destroy_dialog: DestroyDialog | None = None
        self.destroyed_references: list[str] = []
        self._loading = False
        fit_to_screen(self, 900, 600)
        administrator = session.worker.role is Role.ADMINISTRATOR

        self.period = QLabel()
        self.period.setWordWrap(True)
        self.years_box = QSpinBox()
        self.years_box.setRange(1, 100)
        self.years_box.setSuffix(self.tr(" years"))
        self.years_box.setMaximumWidth(self.years_box.fontMetrics().horizontalAdvance("M" * 10))
        self.years_box.setAccessibleName(self.tr("Retention period in years"))
        years_label = QLabel(self.tr("Retention &period:"))
        years_label.setBuddy(self.years_box)
        self.save_years_button = button(self.tr("&Change the period"), self.save_years)
        period_row = QHBoxLayout()
        period_row.setSpacing(8)
        period_row.addWidget(years_label)
        period_row.addWidget(self.years_box)
        period_row.addWidget(self.save_years_button)
        period_row.addStretch(1)
        period_box = QWidget()
        period_box.setLayout(period_row)
        period_row.setContentsMargins(0, 0, 0, 0)
        period_box.setVisible(administrator)

        self.problem = problem_label()
        self.message = QLabel()
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        self.message.hide()
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.table = record_table(
            [self.tr("Reference"), self.tr("Closed on"), self.tr("Retention ended")],
            "retentionTable",
            self.tr("Families past their retention period"),
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self.ask_to_destroy())
        self.destroy_button = button(
            self.tr("&Destroy…"),
            self.ask_to_destroy,
            self.tr("Destroy the chosen family file for ever, after typing its reference"),
        )
        self.destroy_button.setObjectName("danger")
        self.refresh_button = button(self.tr("&Refresh"), self.load)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Retention"), "heading"))
        layout.addWidget(self.period)
        layout.addWidget(period_box)
        layout.addSpacing(4)
        layout.addWidget(heading(self.tr("Families past their retention period")))
        layout.addWidget(self.problem)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addLayout(button_row(self.destroy_button, self.refresh_button))
        self.setCentralWidget(body)
        self._update_buttons()
        self.load()

    @property
    def is_loading(self) -> bool:
        return self._loading

    # --- loading -------------------------------------------------------------------------------
    def load(self) -> None:
        self._loading = True
        run_in_background(
            partial(load_retention, self.session, self.on), self, self._loaded, self._failed
        )

    def _loaded(self, result: tuple[int, list[RetentionRow]]) -> None:
        self._loading = False
        years, rows = result
        self.years = years
        self.rows = sorted(rows, key=lambda r: (r.destroy_after, r.reference))
        self.years_box.setValue(self.years)
        whose = (
            self.tr("your team's")
            if self.session.worker.role is Role.TEAM_LEADER
            else self.tr("the organisation's")
        )
        self.period.setText(
            self.tr(
                "When all of a family's episodes are closed, the file is kept for {years} years "
                "after the last closure, then listed here to be destroyed. This lists {whose} "
                "families."
            ).format(years=self.years, whose=whose)
        )
        fill_table(
            self.table,
            [
                (
                    row,
                    [
                        row.reference,
                        words.date_text(row.last_closed_on),
                        words.date_text(row.destroy_after),
                    ],
                )
                for row in self.rows
            ],
        )
        self.count.setText(
            self.tr("No family is past its retention period.")
            if not self.rows
            else words.families_text(len(self.rows))
        )
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.save_years_button.setEnabled(True)
        if not isinstance(error, Locked):
            show_text(self.problem, error_text(error))

    def selected(self) -> RetentionRow | None:
        return selected_record(self.table)

    def select(self, reference: str) -> None:
        select_where(self.table, self.rows, lambda row: row.reference == reference)

    def _update_buttons(self) -> None:
        self.destroy_button.setEnabled(self.selected() is not None)

    # --- the period ----------------------------------------------------------------------------
    def save_years(self) -> None:
        years = self.years_box.value()
        self.save_years_button.setEnabled(False)
        show_text(self.problem, "")
        run_in_background(
            partial(retention.set_retention_years, self.session, years),
            self,
            lambda _result: self._years_saved(years),
            self._failed,
        )

    def _years_saved(self, years: int) -> None:
        self.save_years_button.setEnabled(True)
        show_text(self.message,
            self.tr("The retention period is now {years} years.").format(years=years)
        )
        self.load()

    # --- destroying ----------------------------------------------------------------------------
    def ask_to_destroy(self) -> None:
        row = self.selected()
        if row is None:
            return
        if self.destroy_dialog is not None and shiboken6.isValid(self.destroy_dialog):
            self.destroy_dialog.raise_()
            return
        dialog = DestroyDialog(self.session, row, self.on, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed_family.connect(self._destroyed)
        dialog.finished.connect(lambda _result: setattr(self, "destroy_dialog", None))
        self.destroy_dialog = dialog
        dialog.open()

    def _destroyed(self, reference: str) -> None:
        self.destroyed_references.append(reference)
        show_text(self.problem, "")
        destroyed = self.tr("{reference} has been destroyed.").format(reference=reference)
        show_text(self.message, destroyed)
        self.load()

    # --- locking -------------------------------------------------------------------------------
    def discard(self) -> None:
        if self.destroy_dialog is not None and shiboken6.isValid(self.destroy_dialog):
            self.destroy_dialog.close()
        self.destroy_dialog = None
        self.rows = []
        self.table.setRowCount(0)
        self.close()
