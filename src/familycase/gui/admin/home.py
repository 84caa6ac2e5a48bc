"""The administrator's first page: what an administrator comes to do (workers, the audit log,
retention, their own password), not a list of families they hold no key to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from familycase.gui.admin.actions import AdminActions


class AdminHome(QWidget):
    def __init__(self, actions: AdminActions) -> None:
        super().__init__()
        self.setObjectName("adminHome")
        intro = QLabel(
            self.tr(
                "You look after FamilyCase for your organisation: the people who use it, the "
                "audit log and how long records are kept. Administrators hold no family keys, "
                "so family files are not shown here; key workers and team leaders open them."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        rows = [
            (
                self.tr("Manage &workers…"),
                self.tr("Add workers, change their role or team, disable an account."),
                actions.open_workers,
                "homeWorkers",
            ),
            (
                self.tr("&Audit log…"),
                self.tr("Who did what, when: every view, change, print and export."),
                actions.open_audit,
                "homeAudit",
            ),
            (
                self.tr("&Retention…"),
                self.tr("Family files past their retention date, ready to be destroyed."),
                actions.open_retention,
                "homeRetention",
            ),
            (
                self.tr("Change my &password…"),
                self.tr("Your own password."),
                actions.change_password,
                "homePassword",
            ),
        ]
        self.buttons: list[QPushButton] = []
        for row, (text, hint, slot, name) in enumerate(rows):
            push = QPushButton(text)
            push.setObjectName(name)
            push.setAutoDefault(False)
            push.setAccessibleName(text.replace("&", "").rstrip("…"))
            push.setAccessibleDescription(hint)
            push.clicked.connect(lambda _checked=False, slot=slot: slot())
            label = QLabel(hint)
            label.setWordWrap(True)
            grid.addWidget(push, row, 0)
            grid.addWidget(label, row, 1)
            self.buttons.append(push)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
