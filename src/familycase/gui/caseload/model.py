"""A Qt table model over the caseload read-model (``list[CaseloadRow]`` from the services)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from familycase.domain.consent import URGENCY
from familycase.domain.enums import FamilyStatus
from familycase.gui.common import words
from familycase.services.caseload import CaseloadRow
from familycase.services.clock import today
from familycase.services.team import DEFAULT_CONTACT_DAYS, contact_overdue

Index = QModelIndex | QPersistentModelIndex

OVERDUE_COLOUR = QColor("#a4161a")  # 7:1 on white, still 5.5:1 on the alternate row colour
MUTED_COLOUR = QColor("#56606b")
CONSENT_ORDER = {state: n for n, state in enumerate(URGENCY)}  # most urgent first
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
NO_VALUE = 10**9  # sorts after every real date ordinal or day count
ALERT_MARKER = "\N{BLACK FLAG} "  # ⚑: a current risk or alert flag (the kinds in the tooltip)

STATUS_ORDER = {
    FamilyStatus.REFERRED: 0,
    FamilyStatus.OPEN: 1,
    FamilyStatus.STEPPED_UP: 2,
    FamilyStatus.CLOSED: 3,
}


class Column(IntEnum):
    REFERENCE = 0
    FAMILY = 1  # with a ⚑ marker when the family has a current risk or alert flag
    LEAD = 2
    TIER = 3
    STATUS = 4
    NEXT_REVIEW = 5
    CONSENT = 6  # consent to share: the most urgent state of anyone's latest consent
    DAYS_SINCE_CONTACT = 7
    MEMBERS = 8


NUMERIC_COLUMNS = (Column.DAYS_SINCE_CONTACT, Column.MEMBERS)


class CaseloadModel(QAbstractTableModel):
    """Read-only rows, sorted by the model itself.

    A QSortFilterProxyModel calls ``data()`` from C++ for every comparison: over 10,000 rows
    that is about a second per keystroke. Sorting the Python list with a key is a few
    milliseconds, so the model sorts (``sort()``, called by the view's header) and the window
    filters and searches in memory before handing the rows over (``set_rows``).
    """

    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the CaseloadRow itself

    def __init__(
        self,
        rows: Sequence[CaseloadRow] = (),
        on: date | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadRow] = list(rows)
        self._on = on or today()
        self._search_words: list[str] = []
        self._sort_column = Column.REFERENCE
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._headers = {
            Column.REFERENCE: self.tr("Reference"),
            Column.FAMILY: self.tr("Family"),
            Column.LEAD: self.tr("Lead\nprofessional"),
            Column.TIER: self.tr("Tier"),
            Column.STATUS: self.tr("Status"),
            Column.NEXT_REVIEW: self.tr("Next review"),
            Column.CONSENT: self.tr("Consent"),
            Column.DAYS_SINCE_CONTACT: self.tr("Days since\ncontact"),
            Column.MEMBERS: self.tr("Members"),
        }
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- content -----------------------------------------------------------------------------
    def set_rows(
        self, rows: Sequence[CaseloadRow], on: date | None = None, search: str = ""
    ) -> None:
        """``search``: the text these rows were found by; the Family column then also names
        the members whose names contain it, so that people can see why a family is listed."""
        self.beginResetModel()
        self._rows = list(rows)
        self._on = on or today()
        self._search_words = search.casefold().split()
        self._sort_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self._sort_column = Column(column)
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [(self._rows[i.row()].family_id, i.column()) for i in before]
        self._sort_rows()
        position = {row.family_id: r for r, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(position[family], column) for family, column in kept]
        )
        self.layoutChanged.emit()

    def sort_state(self) -> tuple[Column, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def _sort_rows(self) -> None:
        column = self._sort_column
        self._rows.sort(key=lambda row: row.reference)  # ties: by reference
        self._rows.sort(
            key=lambda row: self._sort_key(row, column),
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[CaseloadRow]:
        return list(self._rows)

    def row_at(self, row: int) -> CaseloadRow:
        return self._rows[row]

    # --- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.CONSENT:
            return self.tr("Consent to share information with other agencies")

        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(Column):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column, role)
        if role == self.SORT_ROLE:
            return self._sort_key(row, column)
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    # --- presentation ------------------------------------------------------------------------
    def overdue_text(self, date_text: str) -> str:
        return self.tr("{date} – overdue").format(date=date_text)  # noqa: RUF001 (typography)

    def no_contact_text(self) -> str:
        return self.tr("No contact yet")

    def contact_overdue_text(self, days: int) -> str:
        return self.tr("{n} – overdue").format(n=days)  # noqa: RUF001 (typography)

    def _overdue(self, row: CaseloadRow) -> bool:
        return row.review_overdue(self._on)

    def _text(
        self, row: CaseloadRow, column: Column, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str:
        match column:
            case Column.REFERENCE:
                return row.reference
            case Column.FAMILY:
                marker = ALERT_MARKER if row.alerts else ""
                matched = self._matching_members(row)
                if not matched:
                    return marker + row.display_name
                # "Upwood · Jordan": the word "family" gives way to the names that matched.
                family = row.display_name.removesuffix(" family").removesuffix(" Family")
                return marker + self.tr("{family} · {members}").format(
                    family=family, members=", ".join(matched)
                )
            case Column.LEAD:
                return row.lead_name or self.tr("Not allocated")
            case Column.TIER:
                return words.tier_text(row.tier)
            case Column.STATUS:
                waited = row.days_waiting(self._on)
                status = (
                    self.tr("{status}: {days} days").format(
                        status=words.status_text(row.status), days=waited
                    )
                    if waited is not None
                    else words.status_text(row.status)
                )
                if row.checked_out:
                    # Two lines on screen; the whole "checked out to..." is read out.
                    if role == ACCESSIBLE:
                        return status + ", " + self.checked_out_text(row.checked_out)
                    return status + "\n" + self.tr("On a laptop")
                return status
            case Column.CONSENT:
                # Two lines ("6 of 7 people" / "1 withdrawn…"): the list fits a laptop.
                text = words.consent_text(row.consent, short=True)
                return text.replace(", ", "\n", 1) if role != ACCESSIBLE else text
            case Column.NEXT_REVIEW:
                if row.next_review_due is None:
                    return self.tr("Not booked")
                text = words.date_text(row.next_review_due)
                if not self._overdue(row):
                    return text
                text = self.overdue_text(text)
                # Two lines on screen (the date, then "overdue"): the list fits a laptop.
                return text.replace(" ", "\n", 1) if role != ACCESSIBLE else text
            case Column.DAYS_SINCE_CONTACT:
                days = row.days_since_contact(self._on)
                if days is None:
                    return self.no_contact_text()
                if not self._contact_overdue(row):
                    return str(days)
                return self.contact_overdue_text(days)
            case Column.MEMBERS:
                return str(row.member_count)

    def _matching_members(self, row: CaseloadRow) -> list[str]:
        """Members whose names contain a search word, shortened to what is not already in the
        family's name ("Upwood family · Jordan"), so that the reason for a match fits."""
        if not self._search_words:
            return []
        family = f"{row.family_name or ''} {row.reference}".casefold()
        if all(word in family for word in self._search_words):
            return []  # found by the family's own name or reference
        family_words = set(family.split())
        matched = []
        for name in row.member_names:
            if any(word in name.casefold() for word in self._search_words):
                kept = [part for part in name.split() if part.casefold() not in family_words]
                matched.append(" ".join(kept) or name)
        return matched

    def _sort_key(self, row: CaseloadRow, column: Column) -> str | int | tuple[int, float]:
        match column:
            case Column.REFERENCE:
                return row.reference
            case Column.FAMILY:
                return row.display_name.casefold()
            case Column.LEAD:
                return row.lead_name.casefold() if row.lead_name else "\uffff"
            case Column.TIER:
                return int(row.tier) if row.tier is not None else 0
            case Column.STATUS:
                return STATUS_ORDER[row.status]
            case Column.NEXT_REVIEW:
                due = row.next_review_due
                return due.toordinal() if due is not None else NO_VALUE
            case Column.CONSENT:
                return row.consent.sort_key() if row.consent else (len(CONSENT_ORDER), -1.0)
            case Column.DAYS_SINCE_CONTACT:
                days = row.days_since_contact(self._on)
                return NO_VALUE if days is None else days
            case Column.MEMBERS:
                return row.member_count

    @staticmethod
    def _alignment(column: Column) -> int:
        horizontal = (
            Qt.AlignmentFlag.AlignRight if column in NUMERIC_COLUMNS else Qt.AlignmentFlag.AlignLeft
        )
        return int((horizontal | Qt.AlignmentFlag.AlignVCenter).value)

    def _contact_overdue(self, row: CaseloadRow) -> bool:
        return row.last_contact_on is not None and contact_overdue(row, self._on)

    def _foreground(self, row: CaseloadRow, column: Column) -> QBrush | None:
        if column is Column.NEXT_REVIEW and self._overdue(row):
            return QBrush(OVERDUE_COLOUR)
        if column is Column.DAYS_SINCE_CONTACT and self._contact_overdue(row):
            return QBrush(OVERDUE_COLOUR)
        if column is Column.FAMILY and row.damaged:
            return QBrush(OVERDUE_COLOUR)
        if column is Column.CONSENT and words.consent_needs_attention(row.consent):
            return QBrush(OVERDUE_COLOUR)
        if self._is_placeholder(row, column):
            return QBrush(MUTED_COLOUR)
        return None

    def _font(self, row: CaseloadRow, column: Column) -> QFont | None:
        if column is Column.NEXT_REVIEW and self._overdue(row):
            return self._bold
        if column is Column.DAYS_SINCE_CONTACT and self._contact_overdue(row):
            return self._bold
        if column is Column.CONSENT and words.consent_needs_attention(row.consent):
            return self._bold
        if self._is_placeholder(row, column):
            return self._italic
        return None

    @staticmethod
    def _is_placeholder(row: CaseloadRow, column: Column) -> bool:
        return (
            (column is Column.LEAD and not row.lead_name)
            or (column is Column.NEXT_REVIEW and row.next_review_due is None)
            or (column is Column.DAYS_SINCE_CONTACT and row.last_contact_on is None)
            or (column is Column.FAMILY and row.family_name is None and not row.damaged)
            or (column is Column.CONSENT and row.consent_state is None)
        )

    def checked_out_text(self, label: str) -> str:
        return self.tr("Checked out to {where}").format(where=label)

    def _tooltip(self, row: CaseloadRow, column: Column) -> str | None:
        if column is Column.STATUS and row.checked_out:
            return (
                self.checked_out_text(row.checked_out)
                + "\n"
                + self.tr(
                    "Nobody can change it on the team store until it is brought back or a team "
                    "leader recalls it."
                )
            )
        if column is Column.CONSENT:
            if row.consent is None:
                return self.tr("No consent to share has been recorded for anyone in this family.")
            return row.consent.text() + "\n" + row.consent.explanation()
        if column is Column.FAMILY:
            if row.damaged:
                return self.tr(
                    "This family's list entry failed its integrity check. "
                    "Ask an administrator to run 'familycase verify'."
                )
            if row.family_name is None:
                return self.tr("You have not been given access to this family file.")
            alerts = [words.risk_kind_text(kind) for kind in row.alerts]
            if alerts:
                alerts = [self.tr("Current alerts:"), *alerts, ""]
            if row.member_names or alerts:
                return "\n".join([*alerts, *row.member_names])
        if column is Column.DAYS_SINCE_CONTACT and self._contact_overdue(row):
            return self.tr(
                "No contact for more than {n} days: the family needs a visit or a call."
            ).format(n=DEFAULT_CONTACT_DAYS)
        if column is Column.NEXT_REVIEW and self._overdue(row):
            return self.tr("The review was due on {date}.").format(
                date=words.date_text(row.next_review_due)
            )
        return None
