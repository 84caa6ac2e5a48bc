"""Small shared widgets: read-only tables for the family file, section headings, buttons."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

ROW_ROLE = Qt.ItemDataRole.UserRole + 10  # the record a table row shows


def record_table(headers: Sequence[str], name: str, accessible: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 2.1))
    return table


ELIDED_COLUMNS = "elidedColumns"  # columns that show the start of long text on purpose


def fill_table(table: QTableWidget, rows: Sequence[tuple[object, Sequence[str]]]) -> None:
    """``rows``: (record, cell texts). The record is kept on the first cell (``ROW_ROLE``).

    Columns are as wide as their longest text (the table scrolls sideways if it must), except
    the long free-text columns named by ``show_full_text_below`` (``ELIDED_COLUMNS``), which
    show the start of their text and the whole of it under the table for the selected row."""
    selected = selected_record(table)
    table.ensurePolished()  # measure with the style sheet's font and padding
    table.setRowCount(len(rows))
    for r, (record, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text if len(text) > 40 else "")
            if c == 0:
                item.setData(ROW_ROLE, record)
            table.setItem(r, c, item)
        if record is not None and selected is not None and _key(record) == _key(selected):
            table.selectRow(r)
    # Measured here, over every row: Qt's resizeColumnsToContents() only looks at the rows
    # on screen, and none are before the table has been laid out.
    padding = table.fontMetrics().horizontalAdvance("MM")
    limit = table.fontMetrics().horizontalAdvance("M" * 24)
    elided = set(table.property(ELIDED_COLUMNS) or [])
    last = table.columnCount() - 1
    for c in range(last + 1):
        width = _content_width(table, c) + padding
        if c < last:
            table.setColumnWidth(c, min(limit, width) if c in elided else width)
        else:
            table.setColumnWidth(c, width)
    if last >= 0 and last not in elided:
        # The last column fills what is left, but never gets narrower than its text.
        table.setProperty("lastColumnNeeds", table.columnWidth(last))
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        if table.property("fitsLastColumn") is None:
            table.setProperty("fitsLastColumn", True)
            table.viewport().installEventFilter(_LastColumnFitter(table))
        _fit_last_column(table)


def _fit_last_column(table: QTableWidget) -> None:
    last = table.columnCount() - 1
    if last < 0:
        return
    needed = int(table.property("lastColumnNeeds") or 0)
    left = table.viewport().width() - sum(
        table.columnWidth(c) for c in range(last) if not table.isColumnHidden(c)
    )
    table.setColumnWidth(last, max(needed, left))


class _LastColumnFitter(QObject):
    """Fits a table's last column again whenever the table changes size."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            _fit_last_column(self.table)
        return False


def show_full_text_below(table: QTableWidget, columns: Sequence[int], name: str) -> QLabel:
    """A label under ``table`` that shows the whole of the selected row's long texts (those
    ``columns`` are cut short in the table, on purpose). Put it in the layout under the table."""
    table.setProperty(ELIDED_COLUMNS, list(columns))
    label = QLabel()
    label.setObjectName("rowDetails")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(name)

    def show() -> None:
        row = table.currentRow()
        parts = []
        for column in columns:
            item = table.item(row, column) if row >= 0 else None
            if item is not None and item.text():
                heading = table.horizontalHeaderItem(column)
                title = heading.text() if heading is not None else ""
                parts.append(f"<b>{html.escape(title)}:</b> {html.escape(item.text())}")
        label.setText("<br>".join(parts))
        label.setVisible(bool(parts))

    table.itemSelectionChanged.connect(show)
    label.hide()
    return label


def _content_width(table: QTableWidget, column: int) -> int:
    """The widest text of a column, its heading included, with the cells' padding."""
    metrics = table.fontMetrics()
    header = table.horizontalHeaderItem(column)
    bold = QFont(table.horizontalHeader().font())
    bold.setBold(True)
    widest = QFontMetrics(bold).horizontalAdvance(header.text()) + 12 if header else 0
    for row in range(table.rowCount()):
        item = table.item(row, column)
        if item is not None and item.text():
            lines = item.text().splitlines() or [""]
            widest = max(widest, max(metrics.horizontalAdvance(line) for line in lines))
    return widest + CELL_PADDING


CELL_PADDING = 2 * 10 + 6  # style.qss: 10 px each side of a cell, and the focus frame


def _key(record: object) -> object:
    return getattr(record, "id", record)


def selected_record(table: QTableWidget) -> Any:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        current = table.currentRow()
        if current < 0 or not table.item(current, 0):
            return None
        return table.item(current, 0).data(ROW_ROLE)
    item = table.item(rows[0].row(), 0)
    return item.data(ROW_ROLE) if item else None


def select_where(
    table: QTableWidget, records: Sequence[Any], matches: Callable[[Any], bool]
) -> None:
    """Select the row of the first record that ``matches`` (``records`` in the table's order)."""
    for row, record in enumerate(records):
        if matches(record):
            table.selectRow(row)
            return


def record_at(table: QTableWidget, row: int) -> Any:
    item = table.item(row, 0)
    return item.data(ROW_ROLE) if item else None


def heading(text: str, name: str = "sectionHeading") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    return label


def button(text: str, slot: Callable[[], None], tooltip: str = "") -> QPushButton:
    push = QPushButton(text)
    push.setAutoDefault(False)
    push.setAccessibleName(text.replace("&", "").rstrip("…"))
    if tooltip:
        push.setToolTip(tooltip)
    push.clicked.connect(slot)
    return push


def button_row(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    for push in buttons:
        row.addWidget(push)
    row.addStretch(1)
    return row


def problem_label() -> QLabel:
    """A line saying what went wrong, in plain words; hidden while there is nothing to say."""
    label = QLabel()
    label.setObjectName("errorMessage")
    label.setWordWrap(True)
    label.hide()
    return label


def show_text(label: QLabel, text: str) -> None:
    """Say ``text`` in ``label``, or hide the label when there is nothing to say."""
    label.setText(text)
    label.setVisible(bool(text))


def empty_note(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


def set_enabled(enabled: bool, *widgets: QWidget) -> None:
    for widget in widgets:
        widget.setEnabled(enabled)


def is_alive(widget: QWidget | None) -> bool:
    """There is a widget and Qt has not deleted it (answered questions delete themselves)."""
    return widget is not None and shiboken6.isValid(widget)


def close_if_alive(widget: QWidget | None) -> None:
    """Close a dialog that may already have been deleted."""
    if is_alive(widget):
        widget.close()


def fit_height(table: QTableWidget, min_rows: int = 1, max_rows: int = 6) -> None:
    """Make a short table exactly as tall as its rows (within limits), so that a page of
    several tables does not leave empty boxes."""
    rows = min(max(table.rowCount(), min_rows), max_rows)
    height = (
        table.horizontalHeader().sizeHint().height()
        + rows * table.verticalHeader().defaultSectionSize()
        + 2 * table.frameWidth()
        + (table.horizontalScrollBar().sizeHint().height() if table.rowCount() > max_rows else 4)
    )
    table.setFixedHeight(height)


def raise_if_open(widget: QWidget | None) -> bool:
    """Bring a window or dialog that is still open to the front. False when there is none
    (never opened, or closed and deleted since)."""
    if not is_alive(widget):
        return False
    widget.raise_()
    widget.activateWindow()
    return True


def tell(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
) -> QMessageBox:
    """Show a message without waiting for it (never ``exec()``: FamilyCase could not lock
    under it); the box deletes itself when it is closed."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size a window as asked, but never larger than the screen's free area: at 150% scaling a
    1920x1080 laptop has about 720 logical pixels, less the task bar."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width() - 16)
        height = min(height, free.height() - 40)  # the title bar
    window.resize(max(width, 320), max(height, 240))
