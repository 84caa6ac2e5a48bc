"""Building blocks for forms: labelled fields with an error line under each, date fields,
inline checks of UK identifiers as people type, and a snapshot of a form to spot unsaved edits.

Validation itself is the domain's: forms build a pydantic model with ``validated()`` and show
each ``FieldProblem`` next to the field whose label it names. The identifier normalisers
(``domain.identifiers``) are called as soon as someone leaves an NHS number, postcode, phone
number or email field, so mistakes show before Save.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.errors import FieldProblem
from familycase.domain.family import Member
from familycase.gui.common import words
from familycase.gui.common.widgets import problem_label

E = TypeVar("E", bound=Enum)
_CONTEXT = "Forms"
GENERAL = "This record"  # the label domain errors use for problems with a record as a whole


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


# --- dates -------------------------------------------------------------------------------------

_DATE_PARTS = re.compile(r"^\s*(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(text: str, on: date | None = None) -> date | None:
    """A date as UK key workers type it: 25/11/2026, 25.11.26, 25-11-2026, 2026-11-25 or
    "today". Blank is None; anything else raises ValueError."""
    text = text.strip()
    if not text:
        return None
    today = on or date.today()
    if text.casefold() in {"today", "t"}:
        return today
    if match := _ISO.match(text):
        year, month, day = (int(part) for part in match.groups())
        return date(year, month, day)
    match = _DATE_PARTS.match(text)
    if match is None:
        raise ValueError(text)
    day, month, year = (int(part) for part in match.groups())
    if year < 100:  # 25/11/26: this century unless that is more than a year ahead
        year += 2000 if 2000 + year <= today.year + 1 else 1900
    return date(year, month, day)


class DateField(QLineEdit):
    """A date typed as dd/mm/yyyy. ``value()`` gives a date, None when blank, or the text as
    typed when it is not a date (so that validation reports it in plain English)."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_tr("dd/mm/yyyy"))
        self.setMaxLength(20)
        self.set_value(value)
        self.editingFinished.connect(self._tidy)

    def set_value(self, value: date | None) -> None:
        self.setText(words.date_text(value))

    def value(self) -> date | str | None:
        try:
            return parse_date(self.text())
        except ValueError:
            return self.text().strip()

    def _tidy(self) -> None:
        value = self.value()
        if isinstance(value, date):
            self.setText(words.date_text(value))


# --- choices -----------------------------------------------------------------------------------


def enum_combo(
    values: Iterable[E], text: Callable[[E], str], current: E | None = None
) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(text(value), value)
    if current is not None:
        combo.setCurrentIndex(combo.findData(current))
    return combo


def person_combo(members: Sequence[Member], current: str | None = None) -> QComboBox:
    """Choose one of the family's people (their member id is the value)."""
    combo = QComboBox()
    for member in members:
        combo.addItem(member.full_name, member.id)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def checklist(
    values: Iterable[Any],
    text: Callable[[Any], str],
    checked: Iterable[Any] = (),
    rows: int = 6,
    *,
    name: str = "checklist",
    empty_height: int | None = None,
) -> QListWidget:
    """Tick any of ``values``; Space ticks the current one. At most ``rows`` rows are shown
    before it scrolls; an empty list is ``empty_height`` tall when that is given."""
    box = QListWidget()
    box.setObjectName(name)
    ticked = set(checked)
    for value in values:
        item = QListWidgetItem(text(value))
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in ticked else Qt.CheckState.Unchecked)
        box.addItem(item)
    if not box.count() and empty_height is not None:
        box.setFixedHeight(empty_height)
        return box
    shown = max(1, min(box.count(), rows))
    box.setFixedHeight(box.sizeHintForRow(0) * shown + 2 * box.frameWidth() + 4)
    return box


def member_checklist(members: Sequence[Member], checked: Sequence[str] = ()) -> QListWidget:
    """Tick the people something involves (their member ids are the values)."""
    names = {member.id: member.full_name for member in members}
    return checklist(names, names.__getitem__, checked, name="memberChecklist", empty_height=40)


def checked_values(box: QListWidget) -> list[Any]:
    return [
        box.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(box.count())
        if box.item(i).checkState() == Qt.CheckState.Checked
    ]


def set_checked(box: QListWidget, values: Iterable[Any]) -> None:
    wanted = set(values)
    for i in range(box.count()):
        item = box.item(i)
        item.setCheckState(
            Qt.CheckState.Checked
            if item.data(Qt.ItemDataRole.UserRole) in wanted
            else Qt.CheckState.Unchecked
        )


def combo_value(combo: QComboBox) -> Any:
    return combo.currentData()


# --- errors next to fields ---------------------------------------------------------------------


def problem_text(problem: FieldProblem) -> str:
    """ "Date of birth cannot be in the future." from ("Date of birth", "cannot be ..."); the
    field is named by its own label only ("Address / Postcode" -> "Postcode"), as the message
    sits under that field."""
    message = problem.message
    if message[:1].islower():
        return _tr("{field} {message}").format(field=field_text(problem.field), message=message)
    return message


def field_text(field: str) -> str:
    """A domain field's title as shown ("Date of birth", "Dyddiad geni"): the last part of a
    nested title, in the language in use (titles are catalogued under "validation")."""
    return QCoreApplication.translate("validation", field.split(" / ")[-1])


class FieldErrors:
    """Shows each validation problem under the field it is about; others in a general box."""

    def __init__(self, general: QLabel) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._general = general
        self._order: list[str] = []

    def register(self, label: str, widget: QWidget, error: QLabel) -> None:
        self._fields[label] = (widget, error)
        self._order.append(label)

    def labels(self) -> list[str]:
        return list(self._order)

    def clear(self) -> None:
        for widget, error in self._fields.values():
            self._mark(widget, error, "")
        self._general.clear()
        self._general.hide()

    def clear_field(self, label: str) -> None:
        if label in self._fields:
            self._mark(*self._fields[label], "")

    def set_field(self, label: str, message: str) -> None:
        widget, error = self._fields[label]
        self._mark(widget, error, message)

    def field_message(self, label: str) -> str:
        _widget, error = self._fields[label]
        return "" if error.isHidden() else error.text()

    def general_message(self) -> str:
        return "" if self._general.isHidden() else self._general.text()

    def find(self, field: str) -> str | None:
        """The registered label a problem's field refers to: exact, or the most specific
        registered label it ends with ("Address / Postcode" -> "Postcode") or starts with."""
        if field in self._fields:
            return field
        parts = field.split(" / ")
        for start in range(1, len(parts)):
            tail = " / ".join(parts[start:])
            if tail in self._fields:
                return tail
        for end in range(len(parts) - 1, 0, -1):
            head = " / ".join(parts[:end])
            if head in self._fields:
                return head
        return None

    def show(self, problems: Sequence[FieldProblem]) -> None:
        self.clear()
        general: list[str] = []
        first: QWidget | None = None
        for problem in problems:
            label = self.find(problem.field)
            if label is None:
                general.append(
                    problem.message
                    if problem.field == GENERAL
                    else _tr("{field}: {message}").format(
                        field=field_text(problem.field), message=problem.message
                    )
                )
                continue
            widget, error = self._fields[label]
            text = problem_text(problem)
            if not error.isHidden():
                text = f"{error.text()}\n{text}"
            self._mark(widget, error, text)
            if first is None:
                first = widget
        if general:
            self.show_general("\n".join(general))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_general(self, text: str) -> None:
        self._general.setText(text)
        self._general.setVisible(bool(text))

    @staticmethod
    def _mark(widget: QWidget, error: QLabel, message: str) -> None:
        error.setText(message)
        error.setVisible(bool(message))
        widget.setProperty("invalid", bool(message))
        widget.setAccessibleDescription(message)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def hint_label(text: str) -> QLabel:
    """A short explanation under a field or at the top of a section."""
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def general_error_label() -> QLabel:
    label = problem_label()
    label.setAccessibleName(_tr("Problems"))
    return label


class FormBuilder:
    """Adds labelled rows to a QFormLayout: a mnemonic label (its buddy is the field), the
    field's accessible name, an optional hint, and an error line under the field."""

    def __init__(self, form: QFormLayout, errors: FieldErrors) -> None:
        self.form = form
        self.errors = errors
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)

    def add(
        self,
        text: str,
        widget: QWidget,
        model_label: str | None = None,
        hint: str = "",
    ) -> QWidget:
        """``text`` is what people read (with an & mnemonic); ``model_label`` the domain
        field title it corresponds to, for mapping validation problems (defaults to text)."""
        plain = text.replace("&", "")
        label = QLabel(text)
        label.setObjectName("formLabel")  # nudged down to line up with the field's text
        label.setBuddy(widget)
        widget.setAccessibleName(plain)
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            column.addWidget(hint_label(hint))
            widget.setToolTip(hint)
        error = error_label()
        column.addWidget(error)
        self.errors.register(model_label or plain, widget, error)
        self.form.addRow(label, cell)
        return widget

    def add_check(self, text: str, box: QCheckBox, model_label: str | None = None) -> QCheckBox:
        box.setText(text)
        box.setAccessibleName(text.replace("&", ""))
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(box)
        error = error_label()
        column.addWidget(error)
        self.errors.register(model_label or text.replace("&", ""), box, error)
        self.form.addRow("", cell)
        return box

    def section(self, title: str) -> None:
        heading = QLabel(title)
        heading.setObjectName("formSection")
        self.form.addRow(heading)


def check_on_edit(
    field: QLineEdit,
    errors: FieldErrors,
    label: str,
    normalise: Callable[[str], str],
    shown: Callable[[str], str] | None = None,
) -> None:
    """When someone leaves ``field``, normalise what they typed (and show it tidied), or say
    plainly what is wrong with it under the field."""

    def check() -> None:
        text = field.text().strip()
        if not text:
            errors.clear_field(label)
            return
        try:
            value = normalise(text)
        except ValueError as exc:
            errors.set_field(label, str(exc))
            return
        errors.clear_field(label)
        tidy = shown(value) if shown else value
        if tidy != field.text():
            field.setText(tidy)

    field.editingFinished.connect(check)


def check_date_on_edit(field: DateField, errors: FieldErrors, label: str) -> None:
    def check() -> None:
        value = field.value()
        if isinstance(value, str) and value:
            errors.set_field(
                label,
                _tr("{label} is not a date we recognise (use a date such as 25/11/2026).").format(
                    label=label
                ),
            )
        elif isinstance(value, date) and value > date.today() and field.property("past_only"):
            errors.set_field(label, _tr("{label} cannot be in the future.").format(label=label))
        else:
            errors.clear_field(label)

    field.editingFinished.connect(check)


# --- unsaved edits -----------------------------------------------------------------------------


def form_state(root: QWidget) -> tuple[object, ...]:
    """Every input's value under ``root``: compare two snapshots to see whether anything was
    edited. Widgets with the property ``ignoreForChanges`` (and their children) are left out."""
    values: list[object] = []
    for widget in root.findChildren(QWidget):
        if _ignored(widget, root):
            continue
        if isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QComboBox):
            values.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            values.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            values.append(widget.currentText() if widget.isEditable() else widget.currentIndex())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
        elif isinstance(widget, QSpinBox):
            values.append(widget.value())
        elif isinstance(widget, QListWidget):
            values.append(tuple(widget.item(i).checkState().value for i in range(widget.count())))
    return tuple(values)


def _ignored(widget: QWidget, root: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None and current is not root:
        if current.property("ignoreForChanges"):
            return True
        current = current.parentWidget()
    return False
