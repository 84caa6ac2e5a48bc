"""The inputs of a generated assessment form: one widget per question (for one person), by
answer type. ``AnswerInput`` is what the form (``form.py``) asks of each: its value, who
reported it and, for scales, a disagreement; scales are in ``scale_input.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.assessment import ContributorKind, Disagreement, StrengthsNeeds
from familycase.domain.instruments import AnswerType, Question
from familycase.gui.common.forms import DateField

_CONTEXT = "AssessmentForm"
NOT_ANSWERED = ""


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)



def text_box(lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(int(box.fontMetrics().lineSpacing() * lines + 14))
    return box



class AnswerInput(QWidget):
    """The input for one question (for one person). ``value()`` is an answer value or None."""

    changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def reported_by(self) -> list[ContributorKind]:
        return []

    def set_reported_by(self, kinds: Sequence[ContributorKind]) -> None:
        del kinds

    def disagreement(self) -> Disagreement | None:
        return None

    def set_disagreement(self, disagreement: Disagreement | None) -> None:
        del disagreement

    def focus_widget(self) -> QWidget:
        return self


class TextInput(AnswerInput):
    def __init__(self, question: Question, long: bool) -> None:
        super().__init__(question)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._edit: QLineEdit | QPlainTextEdit
        if long:
            self._edit = text_box()
            self._edit.textChanged.connect(self.changed)
        else:
            self._edit = QLineEdit()
            self._edit.setMaxLength(200)
            self._edit.textChanged.connect(self.changed)
        layout.addWidget(self._edit)

    def value(self) -> object:
        edit = self._edit
        text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        return text.strip() or None

    def set_value(self, value: object) -> None:
        text = value if isinstance(value, str) else ""
        if isinstance(self._edit, QPlainTextEdit):
            self._edit.setPlainText(text)
        else:
            self._edit.setText(text)

    def focus_widget(self) -> QWidget:
        return self._edit


class ComboInput(AnswerInput):
    """Yes / no, or one of the choices; the first entry is "Not answered"."""

    def __init__(self, question: Question) -> None:
        super().__init__(question)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._combo = QComboBox()
        # As wide as the answer chosen, up to the room there is (long choices show in full
        # in the open list): a long choice must not push the form off the screen.
        self._combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._combo.setMaximumWidth(440)
        self._combo.addItem(_tr("Not answered"), None)
        if question.type is AnswerType.YES_NO:
            self._combo.addItem(_tr("Yes"), True)
            self._combo.addItem(_tr("No"), False)
        else:
            for choice in question.choices:
                self._combo.addItem(choice.label, choice.id)
        self._combo.currentIndexChanged.connect(self.changed)
        layout.addWidget(self._combo)

    def value(self) -> object:
        return self._combo.currentData()

    def set_value(self, value: object) -> None:
        for index in range(self._combo.count()):
            data = self._combo.itemData(index)
            if data is value or (data == value and type(data) is type(value)):
                self._combo.setCurrentIndex(index)
                return
        self._combo.setCurrentIndex(0)

    def focus_widget(self) -> QWidget:
        return self._combo


class MultiChoiceInput(AnswerInput):
    def __init__(self, question: Question) -> None:
        super().__init__(question)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._boxes: list[tuple[str, QCheckBox]] = []
        longest = max((len(choice.label) for choice in question.choices), default=0)
        columns = 2 if len(question.choices) > 4 and longest <= 28 else 1
        for index, choice in enumerate(question.choices):
            box = QCheckBox(choice.label)
            box.toggled.connect(self.changed)
            layout.addWidget(box, index // columns, index % columns)
            self._boxes.append((choice.id, box))

    def value(self) -> object:
        chosen = [choice_id for choice_id, box in self._boxes if box.isChecked()]
        return chosen or None

    def set_value(self, value: object) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for choice_id, box in self._boxes:
            box.setChecked(choice_id in chosen)

    def focus_widget(self) -> QWidget:
        return self._boxes[0][1] if self._boxes else self


class DateInput(AnswerInput):
    def __init__(self, question: Question) -> None:
        super().__init__(question)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._field = DateField()
        self._field.textChanged.connect(self.changed)
        layout.addWidget(self._field)

    def value(self) -> object:
        value = self._field.value()
        if isinstance(value, date):
            return value.isoformat()
        return value or None  # text that is not a date: validation names it

    def set_value(self, value: object) -> None:
        try:
            day = date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            day = None
        self._field.set_value(day)

    def focus_widget(self) -> QWidget:
        return self._field


class NumberInput(AnswerInput):
    def __init__(self, question: Question) -> None:
        super().__init__(question)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._edit = QLineEdit()
        validator = QDoubleValidator(self._edit)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self._edit.setValidator(validator)
        self._edit.textChanged.connect(self.changed)
        layout.addWidget(self._edit)

    def value(self) -> object:
        text = self._edit.text().strip().replace(",", "")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number.is_integer() else number

    def set_value(self, value: object) -> None:
        is_number = isinstance(value, int | float) and not isinstance(value, bool)
        self._edit.setText(f"{value:g}" if is_number else "")  # type: ignore[str-format]

    def focus_widget(self) -> QWidget:
        return self._edit


class StrengthsNeedsInput(AnswerInput):
    def __init__(self, question: Question) -> None:
        super().__init__(question)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._strengths = text_box(3)
        self._needs = text_box(3)
        self._strengths.setAccessibleName(f"{question.text}: " + _tr("what is going well"))
        self._needs.setAccessibleName(f"{question.text}: " + _tr("what needs to change"))
        layout.addWidget(QLabel(_tr("What is going well")), 0, 0)
        layout.addWidget(QLabel(_tr("What needs to change")), 0, 1)
        layout.addWidget(self._strengths, 1, 0)
        layout.addWidget(self._needs, 1, 1)
        told = QGridLayout()
        told.setContentsMargins(0, 0, 0, 0)
        told.addWidget(QLabel(_tr("Who told us:")), 0, 0)
        self._told: list[tuple[ContributorKind, QCheckBox]] = []
        for index, kind in enumerate(ContributorKind):
            box = QCheckBox(_tr(kind.label))
            box.setAccessibleName(f"{question.text}: " + _tr("told us: ") + _tr(kind.label))
            box.toggled.connect(self.changed)
            told.addWidget(box, index // 2, 1 + index % 2)  # two across: fits 1366 and 150%
            self._told.append((kind, box))
        told.setColumnStretch(4, 1)
        layout.addLayout(told, 2, 0, 1, 2)
        self._strengths.textChanged.connect(self.changed)
        self._needs.textChanged.connect(self.changed)

    def value(self) -> object:
        value = StrengthsNeeds(
            strengths=self._strengths.toPlainText(), needs=self._needs.toPlainText()
        )
        return None if value.empty else value

    def set_value(self, value: object) -> None:
        value = value if isinstance(value, StrengthsNeeds) else StrengthsNeeds()
        self._strengths.setPlainText(value.strengths)
        self._needs.setPlainText(value.needs)

    def reported_by(self) -> list[ContributorKind]:
        return [kind for kind, box in self._told if box.isChecked()]

    def set_reported_by(self, kinds: Sequence[ContributorKind]) -> None:
        for kind, box in self._told:
            box.setChecked(kind in kinds)

    def focus_widget(self) -> QWidget:
        return self._strengths

