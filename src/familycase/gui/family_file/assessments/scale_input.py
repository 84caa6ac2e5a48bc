"""The scale input of a generated assessment form: score buttons grouped by stage, and the
family's and the worker's scores when they see an area differently."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.assessment import Disagreement
from familycase.domain.instruments import Question, Scale
from familycase.gui.family_file.assessments.inputs import AnswerInput, text_box

_CONTEXT = "AssessmentForm"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class ScoreRow(QFrame):
    """The score buttons of one area, as one keyboard stop: Tab comes here once, then Left and
    Right (or Down and Up) move the score, Home and End go to the ends, a digit picks that
    score (0 is 10), and Space, Delete or Backspace clears it. The buttons are for the mouse.
    Keys are never passed on, so the form does not scroll sideways under them."""

    def __init__(self, scale: Scale, choose: Callable[[int | None], None]) -> None:
        super().__init__()
        self.setObjectName("scoreRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._scale = scale
        self._choose = choose
        self.current: int | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        low, high = self._scale.min, self._scale.max
        now = self.current
        chosen: int | bool | None = False  # False: the key is not ours
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            chosen = low if now is None else min(high, now + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            chosen = low if now is None else max(low, now - 1)
        elif key == Qt.Key.Key_Home:
            chosen = low
        elif key == Qt.Key.Key_End:
            chosen = high
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            chosen = None
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            digit = key - Qt.Key.Key_0
            value = 10 if digit == 0 else digit
            if low <= value <= high:
                chosen = value
        if chosen is False:
            super().keyPressEvent(event)
            return
        event.accept()
        self._choose(chosen)  # type: ignore[arg-type]  (an int or None here)


class ScaleInput(AnswerInput):
    """Score buttons grouped by stage, the stage shown for the score chosen, and the worker's
    and family's scores when they see the area differently. Clicking the chosen score again
    clears it (an area can be left unscored). By keyboard the row of scores is one stop
    (``ScoreRow``)."""

    def __init__(self, question: Question, scale: Scale, different_views: bool = True) -> None:
        super().__init__(question)
        self.scale = scale
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.row = ScoreRow(scale, self.choose)
        self.row.setAccessibleName(question.label)
        row = QHBoxLayout(self.row)
        row.setContentsMargins(3, 3, 3, 3)
        row.setSpacing(8)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._buttons: dict[int, QToolButton] = {}
        for stage in scale.stages:
            column = QVBoxLayout()
            column.setSpacing(2)
            buttons = QHBoxLayout()
            buttons.setSpacing(2)
            for score in range(stage.from_score, stage.to_score + 1):
                button = QToolButton()
                button.setText(str(score))
                button.setCheckable(True)
                button.setMinimumSize(30, 28)
                button.setObjectName("scoreButton")
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the keys
                button.setProperty("keysHandledBy", "scoreRow")
                button.setAccessibleName(f"{question.label}: {score}, {stage.label}")
                button.setToolTip(f"{score}: {stage.label}")
                self._group.addButton(button, score)
                self._buttons[score] = button
                buttons.addWidget(button)
            column.addLayout(buttons)
            name = QLabel(stage.label)
            name.setObjectName("hint")
            name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            name.setWordWrap(True)
            column.addWidget(name)
            row.addLayout(column)
        row.addStretch(1)
        layout.addWidget(self.row)
        self._stage = QLabel()
        self._stage.setWordWrap(True)
        self._stage.setObjectName("stageDescription")
        layout.addWidget(self._stage)
        self._group.buttonClicked.connect(self._clicked)
        # The chosen score must stand out in any theme (and in greyscale): filled, bold. The
        # row shows where the keyboard is.
        self.setStyleSheet(
            "QToolButton:checked { background: #1d5c8c; color: #ffffff; font-weight: 600;"
            " border: 1px solid #1d5c8c; border-radius: 3px; }"
            " QFrame#scoreRow { border: 2px solid transparent; border-radius: 4px; }"
            " QFrame#scoreRow:focus { border: 2px solid #1d5c8c; }"
        )

        self._differ = QCheckBox(_tr("We see this differently"))
        self._differ.toggled.connect(self._show_views)
        self._differ.toggled.connect(self.changed)
        layout.addWidget(self._differ)
        self._views = QFrame()
        views = QFormLayout(self._views)
        views.setContentsMargins(18, 0, 0, 0)
        views.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._family_score = self._score_box()
        self._worker_score = self._score_box()
        self._family_view = text_box(2)
        self._worker_view = text_box(2)
        for widget, text in (
            (self._family_score, _tr("Family's score")),
            (self._family_view, _tr("How the family sees it")),
            (self._worker_score, _tr("Worker's score")),
            (self._worker_view, _tr("How the worker sees it")),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            views.addRow(label, widget)
            widget.setAccessibleName(f"{question.label}: {text}")
        self._family_view.textChanged.connect(self.changed)
        self._worker_view.textChanged.connect(self.changed)
        layout.addWidget(self._views)
        self._views.hide()
        self._differ.setVisible(different_views)
        self._show_stage(None)

    def _score_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(self.scale.min - 1, self.scale.max)
        box.setSpecialValueText(_tr("not given"))
        box.setValue(self.scale.min - 1)
        box.valueChanged.connect(self.changed)
        return box

    def _clicked(self, button: QAbstractButton) -> None:
        score = self._group.id(button)
        for other, each in self._buttons.items():
            if other != score:
                each.setChecked(False)
        self._show_stage(score if button.isChecked() else None)
        self.changed.emit()

    def _show_stage(self, score: int | None) -> None:
        self.row.current = score
        if score is None:
            self._stage.setText(_tr("Not scored yet."))
            self.row.setAccessibleDescription(_tr("Not scored yet."))
            return
        stage = self.scale.stage_for(score)
        description = self.question.stage_descriptions.get(stage.id) or stage.description
        self._stage.setText(f"<b>{score} \N{EN DASH} {stage.label}.</b> {description}")
        self.row.setAccessibleDescription(f"{score} \N{EN DASH} {stage.label}")

    def _show_views(self, on: bool) -> None:
        self._views.setVisible(on)

    def value(self) -> object:
        for score, button in self._buttons.items():
            if button.isChecked():
                return score
        return None

    def set_value(self, value: object) -> None:
        chosen = value if isinstance(value, int) and not isinstance(value, bool) else None
        for score, button in self._buttons.items():
            button.setChecked(score == chosen)
        self._show_stage(chosen if chosen in self._buttons else None)

    def choose(self, score: int | None) -> None:
        """As if the score button were clicked (for keyboard shortcuts and tests)."""
        self.set_value(score)
        self.changed.emit()

    def disagreement(self) -> Disagreement | None:
        if not self._differ.isChecked():
            return None

        def score(box: QSpinBox) -> int | None:
            return None if box.value() < self.scale.min else box.value()

        return Disagreement(
            family_score=score(self._family_score),
            worker_score=score(self._worker_score),
            family_view=self._family_view.toPlainText(),
            worker_view=self._worker_view.toPlainText(),
        )

    def set_disagreement(self, disagreement: Disagreement | None) -> None:
        self._differ.setChecked(disagreement is not None)
        d = disagreement or Disagreement()
        self._family_score.setValue(
            d.family_score if d.family_score is not None else self.scale.min - 1
        )
        self._worker_score.setValue(
            d.worker_score if d.worker_score is not None else self.scale.min - 1
        )
        self._family_view.setPlainText(d.family_view)
        self._worker_view.setPlainText(d.worker_view)

    def focus_widget(self) -> QWidget:
        return self.row

