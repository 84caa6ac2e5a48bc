"""Conflicting versions: a recalled family's changes from a laptop, resolved record by record.

The list on the left is every version waiting (and, below a line, those already resolved);
the right shows the chosen one field by field, the laptop's beside the team's, the fields that
differ marked. Keep the laptop's, keep the team's, or (notes and chronology entries) keep both.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familycase.gui.common.widgets import (
    button,
    button_row,
    empty_note,
    heading,
    record_table,
)
from familycase.services import conflicts
from familycase.services.conflicts import ConflictItem
from familycase.services.vault import UserSession

Run = Callable[[Callable[[], Any], Callable[[Any], None], str], None]
ITEM_ROLE = Qt.ItemDataRole.UserRole + 7


class ConflictsDialog(QDialog):
    def __init__(
        self,
        session: UserSession,
        family_id: str,
        reference: str,
        run: Run,
        on_resolved: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.family_id = family_id
        self.run = run
        self.on_resolved = on_resolved
        self.items: list[ConflictItem] = []
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicting versions: {ref}").format(ref=reference))
        self.resize(900, 560)

        intro = QLabel(
            self.tr(
                "This family was recalled while it was on a laptop. These are the laptop's "
                "changes that the team store did not take. Nothing is applied or dropped until "
                "you choose, and each choice is recorded."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.setAccessibleName(self.tr("Conflicting versions"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(self._show_current)
        self.empty = empty_note(self.tr("No conflicting versions are waiting."))

        self.title = heading("", "conflictTitle")
        self.title.setWordWrap(True)
        self.fields = record_table(
            [self.tr("Field"), self.tr("Laptop's version"), self.tr("Team's version")],
            "conflictFields",
            self.tr("The two versions, field by field"),
        )
        self.fields.setWordWrap(True)
        # The three columns share the width (a heading is never cut, in English or Welsh); the
        # versions wrap onto as many lines as they need.
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_laptop = button(
            self.tr("Keep the &laptop's"), partial(self._resolve, conflicts.KEEP_LAPTOP)
        )
        self.keep_team = button(
            self.tr("Keep the &team's"), partial(self._resolve, conflicts.KEEP_TEAM)
        )
        self.keep_both = button(
            self.tr("Keep &both"),
            partial(self._resolve, conflicts.KEEP_BOTH),
            self.tr("The laptop's note is kept as a note of its own beside the team's"),
        )
        for push, name in (
            (self.keep_laptop, "keepLaptopButton"),
            (self.keep_team, "keepTeamButton"),
            (self.keep_both, "keepBothButton"),
        ):
            push.setObjectName(name)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        left_layout.addWidget(self.empty)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.fields, 1)
        right_layout.addLayout(button_row(self.keep_laptop, self.keep_team, self.keep_both))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 600])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self._show_current(None)

    def reload(self) -> None:
        session, family_id = self.session, self.family_id
        self.run(
            lambda: conflicts.open_conflicts(session, family_id, resolved=True),
            self._show,
            self.tr("Could not open the conflicting versions"),
        )

    def _show(self, items: list[ConflictItem]) -> None:
        current = self.current()
        waiting = [i for i in items if i.resolved_at is None]
        done = [i for i in items if i.resolved_at is not None]
        self.items = waiting + done
        self.list.clear()
        for item in self.items:
            text = item.summary().replace(" on ", "\non ", 1)  # the laptop on a line of its own
            if item.resolved_at is not None:
                text = self.tr("{what} (resolved: kept {kept})").format(
                    what=text, kept=_kept_words(self, item.kept)
                )
            row = QListWidgetItem(text)
            row.setData(ITEM_ROLE, item)
            if item.resolved_at is not None:
                row.setForeground(Qt.GlobalColor.darkGray)
            self.list.addItem(row)
        self.empty.setVisible(not waiting)
        index = next(
            (n for n, i in enumerate(self.items) if current is not None and i.id == current.id),
            0 if self.items else -1,
        )
        if index >= 0:
            self.list.setCurrentRow(index)
        else:
            self._show_current(None)

    def current(self) -> ConflictItem | None:
        row = self.list.currentItem()
        return row.data(ITEM_ROLE) if row is not None else None

    def _show_current(self, *_args: object) -> None:
        item = self.current()
        open_item = item is not None and item.resolved_at is None
        self.keep_laptop.setEnabled(open_item)
        self.keep_team.setEnabled(open_item)
        self.keep_both.setEnabled(open_item and item is not None and item.can_keep_both)
        if item is None:
            self.title.setText("")
            self.fields.setRowCount(0)
            return
        self.title.setText(
            self.tr("{what}, kept at check-in on {when}").format(
                what=item.summary(), when=f"{item.made_at:%d/%m/%Y %H:%M}"
            )
        )
        laptop, team = dict(item.laptop), dict(item.team)
        names = [k for k, _ in item.laptop] + [k for k, _ in item.team if k not in laptop]
        self.fields.setRowCount(len(names))
        bold = QFont(self.fields.font())
        bold.setBold(True)
        for r, name in enumerate(names):
            mine = laptop.get(name, self.tr("(deleted)") if item.change == "deleted" else "")
            theirs = team.get(name, "" if item.team else self.tr("(not on the team store)"))
            differs = mine != theirs
            for c, text in enumerate((name + (" *" if differs else ""), mine, theirs)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text if len(text) > 40 else "")
                if differs:
                    cell.setFont(bold)
                self.fields.setItem(r, c, cell)
        self.fields.resizeRowsToContents()
        _fit_columns(self.fields)

    def _resolve(self, keep: str) -> None:
        item = self.current()
        if item is None or item.resolved_at is not None:
            return
        session = self.session
        self.run(
            lambda: conflicts.resolve(session, item.id, keep),
            self._resolved,
            self.tr("Could not keep that version"),
        )

    def _resolved(self, _item: ConflictItem) -> None:
        self.reload()
        self.on_resolved()


def _kept_words(dialog: QDialog, kept: str | None) -> str:
    return {
        conflicts.KEEP_LAPTOP: dialog.tr("the laptop's"),
        conflicts.KEEP_TEAM: dialog.tr("the team's"),
        conflicts.KEEP_BOTH: dialog.tr("both"),
    }.get(kept or "", kept or "")


def _fit_columns(table: QTableWidget) -> None:
    width = max(table.viewport().width(), 600)
    table.setColumnWidth(0, width // 5)
    table.setColumnWidth(1, (width - width // 5) // 2)
