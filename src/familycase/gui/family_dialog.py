"""A read-only look at one family: who is in the household (the full family file comes later)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familycase.gui import words
from familycase.services.clock import today
from familycase.services.families import FamilyFileView


class FamilyDialog(QDialog):
    def __init__(
        self, view: FamilyFileView, lead_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("familyDialog")
        file = view.file
        name = file.details.family_name
        self.setWindowTitle(
            self.tr("{family} – {reference}").format(  # noqa: RUF001 (typography)
                family=name, reference=file.reference
            )
        )

        heading = QLabel(name)
        heading.setObjectName("heading")
        facts = [
            file.reference,
            words.status_text(view.status),
            (
                self.tr("Tier {tier}").format(tier=words.tier_text(view.tier))
                if view.tier is not None
                else self.tr("No tier set")
            ),
            self.tr("Lead professional: {name}").format(name=lead_name or self.tr("not allocated")),
        ]
        summary = QLabel("  ·  ".join(facts))
        summary.setObjectName("subheading")
        summary.setWordWrap(True)
        address = file.details.address
        where = QLabel(address.one_line() if address else self.tr("No address recorded"))
        where.setObjectName("muted")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        on = today()
        headers = [
            self.tr("Name"),
            self.tr("Known as"),
            self.tr("Role in household"),
            self.tr("Age"),
            self.tr("Date of birth"),
            self.tr("School or setting"),
        ]
        self.members = QTableWidget(len(file.members), len(headers))
        self.members.setObjectName("members")
        self.members.setAccessibleName(self.tr("Family members"))
        self.members.setHorizontalHeaderLabels(headers)
        self.members.verticalHeader().hide()
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setAlternatingRowColors(True)
        self.members.setShowGrid(False)
        self.members.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 4)
        for r, member in enumerate(file.members):
            age = member.age_on(on)
            born = member.date_of_birth
            if born is None and member.expected_date is not None:
                born_text = self.tr("Due {date}").format(date=words.date_text(member.expected_date))
            else:
                born_text = words.date_text(born)
            role = words.household_role_text(member.household_role)
            if not member.lives_in_household:
                role = self.tr("{role} (lives elsewhere)").format(role=role)
            cells = [
                member.full_name,
                member.known_as,
                role,
                "" if age is None else str(age),
                born_text,
                member.school_or_setting,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.members.setItem(r, c, item)
        header = self.members.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        self.members.ensurePolished()
        self.members.resizeColumnsToContents()
        padding = 2 * self.members.fontMetrics().horizontalAdvance("M")
        for column in range(len(headers)):
            self.members.setColumnWidth(column, self.members.columnWidth(column) + padding)
        header.setStretchLastSection(True)
        wanted = sum(self.members.columnWidth(c) for c in range(len(headers))) + 80
        self.resize(max(640, wanted), 440)

        buttons = QDialogButtonBox()
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        self._close = close

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addWidget(where)
        layout.addSpacing(6)
        layout.addWidget(self.members, 1)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._close.setFocus()  # Enter or Escape closes; no cell looks "selected" on opening
