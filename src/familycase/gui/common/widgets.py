"""Small shared widgets: read-only tables for the family file, section headings, buttons."""

from __future__ import annotations

import html
import textwrap
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
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

    Columns are as wide as their longest text, or share the room and wrap when the table is
    narrower than that (``fit_columns``); the long free-text columns named by
    ``show_full_text_below`` (``ELIDED_COLUMNS``) show the start of their text and the whole
    of it under the table for the selected row."""
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
    _measure_columns(table)
    table.horizontalHeader().setStretchLastSection(False)
    if table.property("fitsColumns") is None:
        table.setProperty("fitsColumns", True)
        table.viewport().installEventFilter(_ColumnFitter(table))
    fit_columns(table)


def _measure_columns(table: QTableWidget) -> tuple[list[int], list[int]]:
    """Each column's natural width (its widest text) and least width (its heading or longest
    word), with the table's padding; kept as the table's properties for ``fit_columns``.
    Measured over every row: Qt's resizeColumnsToContents() only looks at the rows on screen,
    and none are before the table has been laid out."""
    limit = table.fontMetrics().horizontalAdvance("M" * 24)
    elided = set(table.property(ELIDED_COLUMNS) or [])
    natural, least = [], []
    for c in range(table.columnCount()):
        width = _content_width(table, c) + _air(table)
        natural.append(min(limit, width) if c in elided else width)
        least.append(min(natural[-1], _least_width(table, c)))
    table.setProperty("leastWidths", least)
    table.setProperty("naturalWidths", natural)
    return natural, least


def _least_width(table: QTableWidget, column: int) -> int:
    """A column's heading or longest word, whichever is wider, with the padding."""
    widest = max(_header_width(table, column), _longest_word(table, column))
    return widest + _cell_padding(table) + _air(table)


def fit_columns(table: QTableWidget) -> None:
    """Every column's text whole and no sideways scrolling: columns as wide as their text
    when that fits (the last one takes what is left); otherwise each column gets at least its
    heading's width, the room left is shared in proportion to what each would need, and the
    text wraps onto more lines."""
    natural = [int(w) for w in (table.property("naturalWidths") or [])]
    least = [int(w) for w in (table.property("leastWidths") or natural)]
    room = table.viewport().width()
    bar = table.verticalScrollBar()
    if not bar.isVisible():
        # Rows that wrap grow taller and may bring the scroll bar: leave its room now, or the
        # columns would be fitted again one scroll bar narrower (and again without it).
        room -= bar.sizeHint().width()
    if not natural or room <= 0:
        return
    if sum(least) > room and not table.property("headingsOnTwoLines"):
        # Even the headings do not fit side by side: put the longer ones on two lines; if that
        # is not enough, every heading of two or more words.
        table.setProperty("headingsOnTwoLines", True)
        for short_ones_too in (False, True):
            for c in range(table.columnCount()):
                item = table.horizontalHeaderItem(c)
                if item is not None and " " in item.text() and "\n" not in item.text():
                    if short_ones_too:
                        item.setText(_two_lines(item.text()))
                    else:
                        longest = max(len(word) for word in item.text().split())
                        item.setText("\n".join(textwrap.wrap(item.text(), max(longest, 10))))
                least[c] = min(natural[c], _least_width(table, c))
            if sum(least) <= room:
                break
        table.setProperty("leastWidths", least)
    if sum(least) > room and not table.property(COMPACT):
        # Still too wide: long single words (Welsh has more of them) at 150%. Cells and
        # headings get narrower padding and no air between columns (style.qss, "compact").
        table.setProperty(COMPACT, True)
        for widget in (table, table.horizontalHeader()):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        natural, least = _measure_columns(table)
    wrap = sum(natural) > room
    if not wrap:
        widths = list(natural)
        widths[-1] += room - sum(natural)
    else:
        spare = max(0, room - sum(least))
        wanted = [n - m for n, m in zip(natural, least, strict=True)]
        total = sum(wanted) or 1
        widths = [m + spare * w // total for m, w in zip(least, wanted, strict=True)]
    for c, width in enumerate(widths):
        table.setColumnWidth(c, width)
    if wrap != table.wordWrap():
        table.setWordWrap(wrap)
        table.setTextElideMode(Qt.TextElideMode.ElideNone if wrap else Qt.TextElideMode.ElideRight)
    default = table.verticalHeader().defaultSectionSize()
    metrics = table.fontMetrics()
    elided = set(table.property(ELIDED_COLUMNS) or [])
    for r in range(table.rowCount()):
        height = default  # taller for wrapped text, or text of several lines
        for c, width in enumerate(widths):
            item = table.item(r, c)
            if item is None or not item.text() or (not wrap and "\n" not in item.text()):
                continue
            box = metrics.boundingRect(
                0, 0, max(10, width - _cell_padding(table)), 100_000,
                int(Qt.TextFlag.TextWordWrap.value), item.text(),
            )  # fmt: skip
            text_height = box.height()
            if c in elided:  # the start of the text (the whole of it is shown elsewhere)
                text_height = min(text_height, 2 * metrics.lineSpacing())
            height = max(height, text_height + metrics.height())
        table.setRowHeight(r, height)
    if table.property("fitHeightRows") is not None:
        _apply_fit_height(table)
    else:  # never so squeezed that the first row shows only in part
        first = table.rowHeight(0) if table.rowCount() else default
        table.setMinimumHeight(
            table.horizontalHeader().sizeHint().height() + first + 2 * table.frameWidth() + 4
        )


def _two_lines(text: str) -> str:
    """A heading on two lines, broken at the space that makes the longer line shortest."""
    words = text.split(" ")
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    first, second = min(splits, key=lambda pair: max(len(pair[0]), len(pair[1])))
    return f"{first}\n{second}"


class _ColumnFitter(QObject):
    """Fits a table's columns again whenever the table changes size."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        self._busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Resize:
            return False
        if self._busy:  # fitting changed the size (a scroll bar came or went): once more, after
            QTimer.singleShot(0, self._fit)
            return False
        self._fit()
        return False

    def _fit(self) -> None:
        if self._busy or not shiboken6.isValid(self.table):
            return
        self._busy = True
        try:
            fit_columns(self.table)
        finally:
            self._busy = False


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


def _header_width(table: QTableWidget, column: int) -> int:
    header = table.horizontalHeaderItem(column)
    if header is None:
        return 0
    bold = QFont(table.horizontalHeader().font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    lines = header.text().splitlines() or [""]
    arrow = 12 if table.isSortingEnabled() else 2  # room for the sort arrow
    return max(metrics.horizontalAdvance(line) for line in lines) + arrow


def _longest_word(table: QTableWidget, column: int) -> int:
    """The widest single word of a column: wrapping cannot make a column narrower than that
    without cutting the word."""
    metrics = table.fontMetrics()
    widest = 0
    for row in range(table.rowCount()):
        item = table.item(row, column)
        if item is not None and item.text():
            widest = max(widest, *(metrics.horizontalAdvance(w) for w in item.text().split()))
    return widest


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
    return widest + _cell_padding(table)


CELL_PADDING = 2 * 7 + 6  # style.qss: 7 px each side of a cell, and the focus frame
COMPACT = "compact"  # a table whose columns did not fit: tighter padding (style.qss)
COMPACT_CELL_PADDING = 2 * 3 + 6


def _cell_padding(table: QTableWidget) -> int:
    return COMPACT_CELL_PADDING if table.property(COMPACT) else CELL_PADDING


def _air(table: QTableWidget) -> int:
    """A little air between columns (none in a compact table)."""
    return 0 if table.property(COMPACT) else table.fontMetrics().horizontalAdvance("n")


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
    table.setProperty("fitHeightRows", [min_rows, max_rows])
    _apply_fit_height(table)


def _apply_fit_height(table: QTableWidget) -> None:
    """As tall as the first rows (their real heights: wrapped rows are taller)."""
    min_rows, max_rows = table.property("fitHeightRows")
    shown = min(table.rowCount(), max_rows)
    default = table.verticalHeader().defaultSectionSize()
    rows_height = sum(table.rowHeight(r) for r in range(shown))
    rows_height += default * max(0, min_rows - shown)
    height = (
        table.horizontalHeader().sizeHint().height()
        + rows_height
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
