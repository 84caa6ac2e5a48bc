"""The audit viewer, for team leaders and administrators.

Filter the audit log by worker, family reference, action and dates (``audit_log.query_audit``),
export what is shown as CSV (it leaves the vault, so the export itself is audited), check the
audit chain and every record (``verify.verify_vault``), and, for team leaders, see every
decision to share without consent in the team (``consent.overrides_for_team``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.enums import Role
from familycase.gui.common import words
from familycase.gui.common.editor import error_text
from familycase.gui.common.forms import DateField
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import (
    button,
    button_row,
    fill_table,
    fit_to_screen,
    heading,
    problem_label,
    record_table,
    show_full_text_below,
    show_text,
    tell,
)
from familycase.reports.audit_csv import write_audit_csv
from familycase.services import audit_log, families, users
from familycase.services import consent as consent_service
from familycase.services.audit import Action
from familycase.services.audit_log import AuditEntryView
from familycase.services.caseload import CaseloadView, caseload, views_for
from familycase.services.errors import Locked
from familycase.services.vault import UserSession
from familycase.services.verify import verify_vault

SHOWN_AT_MOST = 5000


@dataclass(frozen=True)
class AuditFilters:
    worker_id: str | None = None
    reference: str = ""
    action: str | None = None
    since: date | None = None
    until: date | None = None

    def described(self) -> dict[str, str]:
        """For the audit entry of an export: which filters were used."""
        return {
            key: str(value)
            for key, value in {
                "worker": self.worker_id,
                "family": self.reference,
                "action": self.action,
                "since": self.since,
                "until": self.until,
            }.items()
            if value
        }


def run_query(session: UserSession, filters: AuditFilters) -> list[AuditEntryView]:
    family_id = (
        families.find_by_reference(session, filters.reference) if filters.reference else None
    )
    return audit_log.query_audit(
        session,
        actor_id=filters.worker_id,
        family_id=family_id,
        action=filters.action,
        since=filters.since,
        until=filters.until,
        limit=SHOWN_AT_MOST,
    )


def write_csv(
    session: UserSession, entries: list[AuditEntryView], filters: AuditFilters, target: Path
) -> Path:
    return write_audit_csv(session, entries, target, filters.described())


def _action_text(action: str) -> str:
    return action.replace("_", " ").capitalize()


def family_references(session: UserSession) -> dict[str, str]:
    """Family id -> reference for the families this person can list (for readable entries)."""
    views = views_for(session.worker.role)
    view = next((v for v in (CaseloadView.ALL, CaseloadView.TEAM) if v in views), None)
    if view is None:
        return {}
    return {row.family_id: row.reference for row in caseload(session, view, statuses=None)}


def staff_names(session: UserSession) -> dict[str, str]:
    """Worker id -> name, from the verified staff directory (never the plain users table)."""
    return {user.id: user.display_name for user in session.staff.users.values()}


def _readable(value: object, references: dict[str, str], names: dict[str, str]) -> str:
    """A detail's value in words: a worker's name for their id, a family's reference for its
    id (in lists too), never a raw id where a name is known."""
    if isinstance(value, list | tuple):
        return ", ".join(_readable(v, references, names) for v in value)
    text = str(value)
    if text in names:
        return names[text]
    if text in references:
        return references[text]
    return text.replace("_", " ")


def _what(
    entry: AuditEntryView, references: dict[str, str], names: dict[str, str] | None = None
) -> str:
    names = names or {}
    kind = entry.object_type.replace("_", " ").capitalize()
    if entry.object_type == "family" and entry.object_id in references:
        return f"{kind} {references[entry.object_id]}"
    if entry.object_id and entry.object_id in names:
        return f"{kind} {names[entry.object_id]}"
    text = kind + (f" {entry.object_id[:8]}" if entry.object_id else "")
    family = entry.family_id
    if family and family in references:
        text += f" ({references[family]})"
    return text


def _details(
    detail: dict[str, Any] | None, references: dict[str, str], names: dict[str, str] | None = None
) -> str:
    if not detail:
        return ""
    if detail.get("unreadable"):
        return "Details damaged: run the check below"
    if detail.get("sealed"):
        return "Details sealed (you do not hold the audit key)"
    return ", ".join(
        f"{k.replace('_', ' ')}: {_readable(v, references, names or {})}"
        for k, v in sorted(detail.items())
        if not (k == "family" and v in references)  # already shown under "What"
    )


class AuditWindow(QMainWindow):
    loaded = Signal()

    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Audit log – FamilyCase"))  # noqa: RUF001 (typography)
        self.session = session
        self.entries: list[AuditEntryView] = []
        self.filters = AuditFilters()
        self.report_lines: list[str] = []
        self.references: dict[str, str] = {}
        self.names: dict[str, str] = {}  # worker id -> name (the staff directory)
        self._loading = False
        self.file_dialog: QFileDialog | None = None
        self.question: QMessageBox | None = None
        fit_to_screen(self, 1180, 680)

        self.worker = QComboBox()
        self.worker.addItem(self.tr("Anyone"), None)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("e.g. FC-000123"))
        self.action = QComboBox()
        self.action.addItem(self.tr("Any action"), None)
        for name, value in sorted(vars(Action).items()):
            if not name.startswith("_") and isinstance(value, str):
                self.action.addItem(_action_text(value), value)
        self.since = DateField()
        self.until = DateField()
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for column, (text, widget) in enumerate(
            [
                (self.tr("&Worker"), self.worker),
                (self.tr("&Family reference"), self.reference),
                (self.tr("A&ction"), self.action),
                (self.tr("Fro&m"), self.since),
                (self.tr("&To"), self.until),
            ]
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        self.apply_button = button(self.tr("&Show entries"), self.apply)
        self.apply_button.setObjectName("primary")
        self.clear_button = button(self.tr("C&lear filters"), self.clear_filters)
        grid.addWidget(self.apply_button, 1, 5)
        grid.addWidget(self.clear_button, 1, 6)
        grid.setColumnStretch(1, 1)
        self.reference.returnPressed.connect(self.apply)

        self.problem = problem_label()
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.table = record_table(
            [
                self.tr("Time"),
                self.tr("Worker"),
                self.tr("Action"),
                self.tr("What"),
                self.tr("Details"),
            ],
            "auditEntries",
            self.tr("Audit entries"),
        )
        self.export_button = button(
            self.tr("&Export as CSV…"),
            self.export,
            self.tr("Save the entries shown as a CSV file (it leaves the encrypted vault)"),
        )
        self.verify_button = button(
            self.tr("Check the audit chain and &records"),
            self.verify,
            self.tr("Check that nothing in the audit log or the family files has been altered"),
        )
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Result of the check"))
        self.report.setPlaceholderText(
            self.tr("The result of the check appears here; it can take a minute.")
        )
        self.report.setFixedHeight(self.report.fontMetrics().height() * 6)

        log_page = QWidget()
        log_layout = QVBoxLayout(log_page)
        log_layout.setContentsMargins(0, 8, 0, 0)
        log_layout.addLayout(grid)
        log_layout.addWidget(self.problem)
        log_layout.addWidget(self.count)
        log_layout.addWidget(self.table, 1)
        self.details = show_full_text_below(
            self.table, [4], self.tr("Details of the selected entry")
        )
        log_layout.addWidget(self.details)
        log_layout.addLayout(button_row(self.export_button, self.verify_button))
        log_layout.addWidget(self.report)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(log_page, self.tr("Audit log"))
        self.overrides = record_table(
            [
                self.tr("Family"),
                self.tr("Decided"),
                self.tr("Agency"),
                self.tr("Purpose"),
                self.tr("Information"),
                self.tr("Reason"),
                self.tr("Lawful basis"),
                self.tr("Decided by"),
                self.tr("Applies until"),
            ],
            "teamOverrides",
            self.tr("Sharing without consent in the team"),
        )
        if session.worker.role is Role.TEAM_LEADER:
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 8, 0, 0)
            note = QLabel(
                self.tr(
                    "Every decision in your team's families to share information without "
                    "consent, newest first."
                )
            )
            note.setObjectName("muted")
            note.setWordWrap(True)
            page_layout.addWidget(note)
            page_layout.addWidget(self.overrides, 1)
            self.tabs.addTab(page, self.tr("Sharing without consent"))

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Audit log"), "heading"))
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(body)
        self._start()

    # --- loading -----------------------------------------------------------------------------
    @property
    def is_loading(self) -> bool:
        return self._loading

    def _start(self) -> None:
        session = self.session
        team_leader = session.worker.role is Role.TEAM_LEADER

        def first() -> tuple[list[Any], list[Any], dict[str, str], dict[str, str]]:
            workers = users.list_workers(session)
            overrides = consent_service.overrides_for_team(session) if team_leader else []
            return workers, overrides, family_references(session), staff_names(session)

        self._loading = True
        run_in_background(first, self, self._started, self._failed)

    def _started(self, result: tuple[list[Any], list[Any], dict[str, str], dict[str, str]]) -> None:
        workers, overrides, self.references, self.names = result
        for worker in sorted(workers, key=lambda w: w.display_name.casefold()):
            self.worker.addItem(worker.display_name, worker.id)
        fill_table(
            self.overrides,
            [
                (
                    view,
                    [
                        view.reference,
                        words.date_text(view.override.decided_on),
                        view.override.agency_name or words.agency_type_text(view.override.agency),
                        words.purpose_text(view.override.purpose),
                        ", ".join(words.category_text(c) for c in view.override.categories),
                        view.override.reason,
                        words.lawful_basis_text(view.override.lawful_basis),
                        view.override.decided_by,
                        words.date_text(view.override.applies_until),
                    ],
                )
                for view in overrides
            ],
        )
        if self.tabs.count() > 1:
            self.tabs.setTabText(
                1, self.tr("Sharing without consent ({n})").format(n=len(overrides))
            )
        self.apply()

    def current_filters(self) -> AuditFilters | str:
        """The filters, or what is wrong with them in plain words."""
        dates = []
        for field, name in ((self.since, self.tr("From")), (self.until, self.tr("To"))):
            value = field.value()
            if isinstance(value, str):
                return self.tr("{name} is not a date we recognise (use 25/11/2026).").format(
                    name=name
                )
            dates.append(value)
        since, until = dates
        if since and until and until < since:
            return self.tr("The 'To' date is before the 'From' date.")
        return AuditFilters(
            self.worker.currentData(),
            self.reference.text().strip(),
            self.action.currentData(),
            since,
            until,
        )

    def apply(self) -> None:
        filters = self.current_filters()
        if isinstance(filters, str):
            show_text(self.problem, filters)
            return
        show_text(self.problem, "")
        self._loading = True
        self.apply_button.setEnabled(False)
        run_in_background(
            partial(run_query, self.session, filters),
            self,
            partial(self._queried, filters),
            self._failed,
        )

    def clear_filters(self) -> None:
        self.worker.setCurrentIndex(0)
        self.reference.clear()
        self.action.setCurrentIndex(0)
        self.since.clear()
        self.until.clear()
        self.apply()

    def _queried(self, filters: AuditFilters, entries: list[AuditEntryView]) -> None:
        self._loading = False
        self.apply_button.setEnabled(True)
        self.filters = filters
        self.entries = entries
        fill_table(
            self.table,
            [
                (
                    e,
                    [
                        e.at[:19].replace("T", " "),
                        self._who(e),
                        _action_text(e.action),
                        _what(e, self.references, self.names),
                        _details(e.detail, self.references, self.names),
                    ],
                )
                for e in entries
            ],
        )
        text = self.tr("{n} entries, newest first").format(n=len(entries))
        if len(entries) >= SHOWN_AT_MOST:
            text += self.tr(" (only the newest {n} are shown: narrow the filters)").format(
                n=SHOWN_AT_MOST
            )
        self.count.setText(text)
        self.export_button.setEnabled(bool(entries))
        self.loaded.emit()

    def _who(self, entry: AuditEntryView) -> str:
        who = entry.actor_name or self.tr("(nobody signed in)")
        if entry.laptop is None:
            return who
        return self.tr("{who}, on the laptop {laptop}").format(who=who, laptop=entry.laptop)

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.apply_button.setEnabled(True)
        self.verify_button.setEnabled(True)
        if not isinstance(error, Locked):
            show_text(self.problem, error_text(error))

    # --- export ------------------------------------------------------------------------------
    def export(self) -> None:
        if not self.entries:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export the audit log"),
            self.tr(
                "The {n} entries shown will be saved as a CSV file outside the encrypted "
                "vault. Anyone who can open the file can read who looked at which family. "
                "The export itself is recorded in the audit log."
            ).format(n=len(self.entries)),
            parent=self,
        )
        go = box.addButton(self.tr("Choose where to save"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered() -> None:
            self.question = None
            if box.clickedButton() is go:
                self._choose_csv()
            box.deleteLater()

        box.finished.connect(answered)
        self.question = box
        box.open()

    def _choose_csv(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the audit log as CSV"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.selectFile(f"familycase-audit-{date.today():%Y%m%d}.csv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.export_to)
        self.file_dialog = dialog
        dialog.open()

    def export_to(self, path: str) -> None:
        run_in_background(
            partial(write_csv, self.session, list(self.entries), self.filters, Path(path)),
            self,
            self._exported,
            self._failed,
        )

    def _exported(self, target: Path) -> None:
        self.last_export = target
        self._inform(
            self.tr("Audit log exported"),
            self.tr(
                "Saved to {path} (not encrypted). Delete it when it is no longer needed."
            ).format(path=target),
        )

    # --- verify ------------------------------------------------------------------------------
    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.report.setPlainText(self.tr("Checking… this can take a minute."))
        session = self.session
        run_in_background(
            lambda: verify_vault(session.vault, session=session),
            self,
            self._verified,
            self._failed,
        )

    def _verified(self, report: Any) -> None:
        self.verify_button.setEnabled(True)
        self.report_lines = report.lines()
        headline = (
            self.tr("Nothing has been altered.")
            if report.ok
            else self.tr("Problems were found: tell your administrator now.")
        )
        self.report.setPlainText("\n".join([headline, *self.report_lines]))

    def _inform(self, title: str, text: str) -> None:
        self.question = tell(self, title, text)

    def discard(self) -> None:
        self.entries = []
        self.table.setRowCount(0)
        self.overrides.setRowCount(0)
        self.report.clear()
        self.close()
