"""Checks a person would make of every FamilyCase window and dialog (issue 17), as functions
over live widgets: duplicate mnemonics within one window, inputs without an accessible name,
controls the Tab key never reaches, text cut off, windows larger than the screen, and colour
pairs of the style sheet below WCAG AA. Used by tests/all_windows_walk.py and
tests/test_all_windows.py; each returns plain-English problems (empty: none).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QButtonGroup,
    QCalendarWidget,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenuBar,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QSlider,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")
# A control whose keys are handled by an ancestor that takes the focus for the whole row
# (e.g. the score buttons of a scale: the row takes Tab, arrows and digits) says so with
# this property, naming the ancestor's object name.
KEYS_IN = "keysHandledBy"
# A table column that shows the start of long free text on purpose (the whole text is shown
# beside or below the table) is listed in this property of the view.
ELIDES_ON_PURPOSE = "elidedColumns"
# A wide reference table that may scroll sideways (a person looks along it) says so.
SIDEWAYS = "scrollsSideways"


def name_of(widget: QWidget) -> str:
    cls = type(widget).__name__
    name = widget.objectName()
    text = ""
    if isinstance(widget, QAbstractButton | QLabel):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    accessible = widget.accessibleName()
    bits = [b for b in (name, accessible or text[:40]) if b]
    return f"{cls}({', '.join(repr(b) for b in bits)})"


def shown(widget: QWidget, window: QWidget) -> bool:
    return widget.window() is window and widget.isVisibleTo(window) and widget.isVisible()


def descendants(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if shown(w, window)]


def _is_internal(widget: QWidget) -> bool:
    """Parts of Qt's own composite widgets (a spin box's line edit, a view's scroll bars)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(
            parent, QAbstractSpinBox | QComboBox | QCalendarWidget | QFileDialog | QLineEdit
        ):
            return True
        if isinstance(widget, QScrollBar | QHeaderView):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QScrollBar | QHeaderView)


# --- mnemonics ---------------------------------------------------------------------------------


def mnemonic_texts(window: QWidget) -> list[tuple[str, str]]:
    """(text, where) of everything in the window that Alt+letter can reach."""
    found: list[tuple[str, str]] = []
    for widget in descendants(window):
        if _is_internal(widget) or not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton):
            found.append((widget.text(), name_of(widget)))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            if widget.buddy().isVisible():
                found.append((widget.text(), name_of(widget)))
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            found.append((widget.title(), name_of(widget)))
        elif isinstance(widget, QTabBar):
            found += [
                (widget.tabText(i), f"tab {widget.tabText(i)!r}")
                for i in range(widget.count())
                if widget.isTabVisible(i) and widget.isTabEnabled(i)
            ]
        elif isinstance(widget, QMenuBar):
            found += [
                (a.text(), f"menu {a.text()!r}") for a in widget.actions() if a.isVisible()
            ]
    return found


def mnemonic_clashes(window: QWidget) -> list[str]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text, where in mnemonic_texts(window):
        match = MNEMONIC.search(text)
        if match:
            by_letter[match.group(1).casefold()].append(where)
    return [
        f"Alt+{letter.upper()} is used {len(places)} times: {', '.join(places)}"
        for letter, places in sorted(by_letter.items())
        if len(places) > 1
    ]


# --- accessible names --------------------------------------------------------------------------

INPUTS = (
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QSlider,
    QAbstractButton,
)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or widget.accessibleName()).replace("&", "").strip()


def unnamed_inputs(window: QWidget) -> list[str]:
    problems = []
    for widget in descendants(window):
        if not isinstance(widget, INPUTS) or _is_internal(widget):
            continue
        if isinstance(widget, QAbstractItemView) and isinstance(
            widget.parentWidget(), QComboBox
        ):
            continue
        if not accessible_name(widget):
            problems.append(f"{name_of(widget)} has no accessible name (nothing for a screen "
                            "reader to say; give it a label with a buddy or setAccessibleName)")
    return problems


# --- Tab ----------------------------------------------------------------------------------------

CONTROLS = (
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QSlider,
    QAbstractButton,
    QTabBar,
)


def tab_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits in this window, in order (Qt's focus chain, as Tab walks it)."""
    visited: list[QWidget] = []
    widget = window.nextInFocusChain()
    for _ in range(10_000):
        if widget is window or widget is None:
            break
        if (
            shown(widget, window)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        ):
            visited.append(widget)
        widget = widget.nextInFocusChain()
    return visited


def _exclusive_group_reached(button: QAbstractButton, reached: set[int]) -> bool:
    group: QButtonGroup | None = button.group()
    members: Iterable[QAbstractButton]
    if group is not None and group.exclusive():
        members = group.buttons()
    elif button.autoExclusive() and button.parentWidget() is not None:
        members = [
            b
            for b in button.parentWidget().findChildren(QAbstractButton)
            if b.autoExclusive() and b.parentWidget() is button.parentWidget()
        ]
    else:
        return False
    return any(id(m) in reached for m in members)


def _keys_handled_by_ancestor(widget: QWidget, reached: set[int]) -> bool:
    owner = widget.property(KEYS_IN)
    if not owner:
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName() == owner:
            return id(parent) in reached
        parent = parent.parentWidget()
    return False


def unreachable_by_tab(window: QWidget) -> list[str]:
    reached = {id(w) for w in tab_chain(window)}
    problems = []
    for widget in descendants(window):
        if not isinstance(widget, CONTROLS) or _is_internal(widget) or not widget.isEnabled():
            continue
        if isinstance(widget, QTabBar) and isinstance(widget.parentWidget(), QMainWindow):
            continue
        if id(widget) in reached:
            continue
        if widget.focusProxy() is not None and id(widget.focusProxy()) in reached:
            continue
        if isinstance(widget, QAbstractButton) and _exclusive_group_reached(widget, reached):
            continue  # one Tab stop for the group; arrow keys move within it
        if _keys_handled_by_ancestor(widget, reached):
            continue
        if (
            isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit)
            and widget.isReadOnly()
            and widget.focusPolicy() == Qt.FocusPolicy.NoFocus
        ):
            continue  # shown text, not a control
        problems.append(f"{name_of(widget)} can take input but Tab never reaches it")
    return problems


# --- text cut off -------------------------------------------------------------------------------


def _label_cut(label: QLabel) -> bool:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return False
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        return needed > label.height() + 1
    return label.sizeHint().width() > label.width() + 1


def _cut_cells(view: QTableView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    on_purpose = set(view.property(ELIDES_ON_PURPOSE) or [])
    problems = []
    header = view.horizontalHeader()
    rows = min(model.rowCount(), 60)
    for column in range(model.columnCount()):
        if view.isColumnHidden(column) or column in on_purpose:
            continue
        width = view.columnWidth(column)
        if header.stretchLastSection() and column == model.columnCount() - 1:
            width = max(width, view.viewport().width() - header.sectionPosition(column))
        for row in range(rows):
            index = model.index(row, column, QModelIndex())
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is None or str(text) == "":
                continue
            if view.wordWrap():
                needed_height = _wrapped_height(view, index, str(text), width)
                word = _widest_word(view, index, str(text))
                if word > width:
                    heading = model.headerData(column, Qt.Orientation.Horizontal)
                    problems.append(
                        f"{name_of(view)}: column {heading!r} cuts a word of {str(text)[:40]!r} "
                        f"({word} px needed, {width} px wide)"
                    )
                    break
                if needed_height > view.rowHeight(row) + 1:
                    heading = model.headerData(column, Qt.Orientation.Horizontal)
                    problems.append(
                        f"{name_of(view)}: column {heading!r} cuts {str(text)[:40]!r} "
                        f"({needed_height} px tall needed, row {view.rowHeight(row)} px)"
                    )
                    break
                continue
            needed = _cell_width(view, index, str(text))
            if needed > width + 1:
                heading = model.headerData(column, Qt.Orientation.Horizontal)
                problems.append(
                    f"{name_of(view)}: column {heading!r} cuts {str(text)[:40]!r} "
                    f"({needed} px needed, {width} px wide)"
                )
                break
    return problems


def _cell_width(view: QTableView, index: QModelIndex, text: str) -> int:
    font = index.data(Qt.ItemDataRole.FontRole) or view.font()
    metrics = QFontMetrics(font)
    longest = max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)
    margin = view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) + 1
    return longest + 2 * _padding(view) + 2 * margin


def _widest_word(view: QTableView, index: QModelIndex, text: str) -> int:
    font = index.data(Qt.ItemDataRole.FontRole) or view.font()
    metrics = QFontMetrics(font)
    margin = view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) + 1
    words = text.split() or [""]
    return max(metrics.horizontalAdvance(w) for w in words) + 2 * _padding(view) + 2 * margin


def _wrapped_height(view: QTableView, index: QModelIndex, text: str, width: int) -> int:
    font = index.data(Qt.ItemDataRole.FontRole) or view.font()
    margin = view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) + 1
    inner = max(10, width - 2 * _padding(view) - 2 * margin)
    box = QFontMetrics(font).boundingRect(
        0, 0, inner, 100_000, int(Qt.TextFlag.TextWordWrap.value), text
    )
    return box.height()


PADDING_PX = 7  # style.qss: QTableView::item padding (left and right)
COMPACT_PADDING_PX = 3  # style.qss: a table whose columns did not fit (property "compact")


def _padding(view: QTableView) -> int:
    return COMPACT_PADDING_PX if view.property("compact") else PADDING_PX


def _header_cut(view: QTableView) -> list[str]:
    header = view.horizontalHeader()
    model = view.model()
    problems = []
    if model is None or not header.isVisible():
        return problems
    metrics = header.fontMetrics()
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        padding = 8 if view.property("compact") else 16  # style.qss: QHeaderView::section
        needed = max((metrics.horizontalAdvance(t) for t in text.splitlines()), default=0) + padding
        if needed > header.sectionSize(column) + 1 and column < model.columnCount() - 1:
            problems.append(f"{name_of(view)}: heading {text!r} is cut")
    return problems


def cut_off_text(window: QWidget) -> list[str]:
    problems = []
    for widget in descendants(window):
        if _is_internal(widget):
            continue
        if isinstance(widget, QLabel) and _label_cut(widget):
            problems.append(f"{name_of(widget)} is cut off ({widget.text()[:60]!r})")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{name_of(widget)} is too narrow for its words")
        elif isinstance(widget, QComboBox) and widget.currentText():
            needed = widget.fontMetrics().horizontalAdvance(widget.currentText()) + 36
            if needed > widget.width() + 1:
                problems.append(f"{name_of(widget)} cuts {widget.currentText()[:40]!r}")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.tabSizeHint(i).width() > widget.tabRect(i).width() + 1:
                    problems.append(f"tab {widget.tabText(i)!r} is cut off")
            if widget.usesScrollButtons() and widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{name_of(widget)} needs scroll arrows: some tabs are hidden")
        elif isinstance(widget, QTableView):
            problems += _cut_cells(widget) + _header_cut(widget)
            bar = widget.horizontalScrollBar()
            model = widget.model()
            total = sum(
                widget.columnWidth(c)
                for c in range(model.columnCount() if model is not None else 0)
                if not widget.isColumnHidden(c)
            )
            overflow = total > widget.viewport().width() + 1 or (
                bar.isVisible() and bar.maximum() > 0
            )
            if overflow and not widget.property(SIDEWAYS):
                problems.append(
                    f"{name_of(widget)} is wider than its window: some columns are only seen "
                    "by scrolling sideways"
                )
        elif isinstance(widget, QScrollArea) and widget.widget() is not None:
            inner = widget.widget()
            if inner.isVisible() and inner.width() > widget.viewport().width() + 1:
                problems.append(
                    f"{name_of(widget)} is wider than its window ({inner.width()} px in "
                    f"{widget.viewport().width()}): its right side is cut off or scrolls sideways"
                )
        elif (
            isinstance(widget, QListView)
            and widget.model() is not None
            and not (widget.wordWrap() and widget.textElideMode() == Qt.TextElideMode.ElideNone)
        ):
            model = widget.model()
            for row in range(min(model.rowCount(), 60)):
                text = str(model.index(row, 0).data() or "")
                needed = widget.fontMetrics().horizontalAdvance(text) + 2 * PADDING_PX + 8
                if text and needed > widget.viewport().width() + 1:
                    problems.append(f"{name_of(widget)} cuts {text[:40]!r}")
    return problems


def too_big_for_the_screen(window: QWidget) -> list[str]:
    screen = window.screen()
    if screen is None:
        return []
    free = screen.availableGeometry()
    problems = []
    size = window.frameGeometry()
    if size.height() > free.height() or size.width() > free.width():
        problems.append(
            f"{name_of(window)} is {size.width()}x{size.height()}, larger than the "
            f"{free.width()}x{free.height()} the screen has"
        )
    needed = window.minimumSizeHint()
    if needed.height() > free.height() or needed.width() > free.width():
        problems.append(
            f"{name_of(window)} needs at least {needed.width()}x{needed.height()}; the screen "
            f"has {free.width()}x{free.height()}"
        )
    return problems


def check_window(window: QWidget, text_too: bool = True) -> list[str]:
    problems = mnemonic_clashes(window) + unnamed_inputs(window) + unreachable_by_tab(window)
    if text_too:
        problems += cut_off_text(window) + too_big_for_the_screen(window)
    return problems


# --- contrast -----------------------------------------------------------------------------------

RULE = re.compile(r"([^{}]+)\{([^{}]*)\}", re.S)
COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def luminance(colour: str) -> float:
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    a, b = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def colour_pairs(qss: str, page: str, base: str) -> list[tuple[str, str, str]]:
    """(selector, text colour, background) for every rule that sets a text colour. A rule
    without its own background is paired with the page and the base (white) backgrounds."""
    text = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    pairs = []
    for selectors, body in RULE.findall(text):
        props = {}
        for line in body.split(";"):
            key, _, value = line.partition(":")
            match = COLOUR.search(value)
            if match:
                props[key.strip()] = match.group(0)
        selector = " ".join(selectors.split())
        if "color" in props:
            background = props.get("background") or props.get("background-color")
            for bg in [background] if background else [page, base]:
                pairs.append((selector, props["color"], bg))
        if "selection-color" in props and "selection-background-color" in props:
            pairs.append(
                (selector + " (selected)", props["selection-color"],
                 props["selection-background-color"])
            )  # fmt: skip
    return pairs


def contrast_problems(
    pairs: Iterable[tuple[str, str, str]], minimum: float = 4.5
) -> list[str]:
    return [
        f"{selector}: {fg} on {bg} has contrast {contrast(fg, bg):.2f}:1, below {minimum}:1"
        for selector, fg, bg in pairs
        if ":disabled" not in selector and contrast(fg, bg) < minimum
    ]
