"""The Outcomes tab: the family's readings of the Family Progress Measure as a radar chart
(first against latest, or any two chosen), the distance travelled per area, and each move from
one stage to another. With fewer than two readings it says, in plain words, when the next one
is due (from the review rhythm in ``services.plans``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.assessment import AreaChange
from familycase.domain.review_rhythm import RhythmState
from familycase.gui.common import words
from familycase.gui.common.context import FamilyContext
from familycase.gui.common.editor import ServiceCall
from familycase.gui.common.lazy_tab import LoadsWhenShown
from familycase.gui.common.widgets import empty_note, fill_table, fit_height, heading, record_table
from familycase.gui.family_file.outcomes.radar import RadarChart, radar_from_history
from familycase.services import assessments, plans
from familycase.services.assessments import OutcomeHistory
from familycase.services.vault import UserSession


@dataclass(frozen=True)
class OutcomesData:
    history: OutcomeHistory
    rhythm: RhythmState | None


def load_outcomes(session: UserSession, family_id: str) -> OutcomesData:
    history = assessments.outcome_history(session, family_id)
    try:
        rhythm = plans.rhythm_for_family(session, family_id)
    except Exception:
        rhythm = None
    return OutcomesData(history, rhythm)


def _fit_columns(table) -> None:  # noqa: ANN001 - a QTableWidget
    """Every column visible without scrolling sideways: the text column takes what is left."""
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    wide = table.columnCount() - 1
    for column in range(table.columnCount()):
        header.setSectionResizeMode(
            column,
            QHeaderView.ResizeMode.Stretch
            if column == wide
            else QHeaderView.ResizeMode.ResizeToContents,
        )


def _signed(change: int) -> str:
    return f"+{change}" if change > 0 else ("0" if change == 0 else f"\N{MINUS SIGN}{-change}")


class OutcomesTab(LoadsWhenShown):
    def __init__(self, context: FamilyContext) -> None:
        super().__init__()
        self.setObjectName("outcomesTab")
        self.context = context
        self.data: OutcomesData | None = None

        self.radar = RadarChart()
        self.radar.setMinimumSize(320, 320)
        self.note = QLabel()
        self.note.setObjectName("notice")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()

        self.first = QComboBox()
        self.first.setAccessibleName(self.tr("Earlier reading to compare"))
        self.latest = QComboBox()
        self.latest.setAccessibleName(self.tr("Later reading to compare"))
        for combo in (self.first, self.latest):
            combo.currentIndexChanged.connect(self._compare)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(len("00/00/0000"))
        pick = QGridLayout()
        pick.setHorizontalSpacing(10)
        first_label = QLabel(self.tr("&Compare"))
        first_label.setBuddy(self.first)
        latest_label = QLabel(self.tr("&with"))
        latest_label.setBuddy(self.latest)
        pick.addWidget(first_label, 0, 0)
        pick.addWidget(self.first, 0, 1)
        pick.addWidget(latest_label, 0, 2)
        pick.addWidget(self.latest, 0, 3)
        pick.setColumnStretch(4, 1)

        self.summary = QLabel()
        self.summary.setObjectName("subheading")
        self.summary.setWordWrap(True)
        self.distance = record_table(
            [self.tr("Area"), self.tr("Score"), self.tr("Change"), self.tr("Stage")],
            "distanceTable",
            self.tr("Distance travelled per area"),
        )
        self.stages = record_table(
            [self.tr("Date"), self.tr("Area"), self.tr("From stage"), self.tr("To stage")],
            "stageChanges",
            self.tr("Stage changes between readings"),
        )

        side = QWidget()
        side.setObjectName("pageBody")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 12, 12, 4)
        side_layout.setSpacing(8)
        side_layout.addWidget(self.note)
        side_layout.addLayout(pick)
        side_layout.addWidget(
            empty_note(
                self.tr(
                    "Each area is scored with the family from 1 (under pressure) to 10 (steady "
                    "on our own)."
                )
            )
        )
        side_layout.addWidget(heading(self.tr("Distance travelled")))
        side_layout.addWidget(self.summary)
        side_layout.addWidget(self.distance)
        side_layout.addWidget(heading(self.tr("Stage changes")))
        self.no_stages = empty_note(self.tr("No area has moved to another stage yet."))
        side_layout.addWidget(self.no_stages)
        side_layout.addWidget(self.stages)
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(side)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.radar)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(splitter, 1)

    # --- showing -----------------------------------------------------------------------------
    def loader(self) -> ServiceCall:
        return partial(load_outcomes, self.context.session, self.context.family_id)

    def load_failed_text(self) -> str:
        return self.tr("Could not show the outcome readings")

    def loaded(self, data: OutcomesData) -> None:  # type: ignore[override]
        self.data = data
        history = data.history
        readings = history.readings
        for combo in (self.first, self.latest):
            combo.blockSignals(True)
            combo.clear()
            for reading in readings:
                combo.addItem(words.date_text(reading.on), reading.assessment_id)
            combo.blockSignals(False)
        if readings:
            self.first.setCurrentIndex(0)
            self.latest.setCurrentIndex(len(readings) - 1)
        enough = len(readings) >= 2
        for combo in (self.first, self.latest):
            combo.setEnabled(enough)
        self.note.setText(self._note_text(data))
        self.note.setVisible(not enough)
        self._compare()
        self._show_stage_changes()

    def _note_text(self, data: OutcomesData) -> str:
        if len(data.history.readings) >= 2:
            return ""
        how = self.tr(
            "Take a reading by starting a Family Progress Measure on the Assessments tab and "
            "marking it complete."
        )
        return self._due_text(data) + " " + how

    def _due_text(self, data: OutcomesData) -> str:
        readings = data.history.readings
        rhythm = data.rhythm
        if not readings:
            due = rhythm.first_reading_due if rhythm else None
            if due is not None:
                return self.tr(
                    "No outcome readings yet. Two readings are needed to show change; the first "
                    "is due by {date}."
                ).format(date=words.date_text(due))
            return self.tr("No outcome readings yet. Two readings are needed to show change.")
        first = words.date_text(readings[0].on)
        if rhythm is not None:
            return self.tr(
                "One reading so far ({date}). Two readings are needed to show change; the next "
                "is due by the review on {due}."
            ).format(date=first, due=words.date_text(rhythm.review_due))
        return self.tr(
            "One reading so far ({date}). Two readings are needed to show change."
        ).format(date=first)

    def chosen(self) -> tuple[str | None, str | None]:
        return self.first.currentData(), self.latest.currentData()

    def _compare(self) -> None:
        if self.data is None:
            return
        history = self.data.history
        first_id, latest_id = self.chosen()
        readings = history.readings
        default = (
            len(readings) >= 2
            and first_id == readings[0].assessment_id
            and latest_id == readings[-1].assessment_id
        )
        if default or len(readings) < 2:
            axes, series, (low, high, ends) = radar_from_history(history)
        else:
            axes, series, (low, high, ends) = radar_from_history(history, first_id, latest_id)
        self.radar.set_data(
            axes,
            series,
            title=history.title if history.readings else "",
            minimum=low,
            maximum=high,
            stage_ends=ends,
        )
        changes: list[AreaChange] = []
        if len(readings) >= 2 and first_id and latest_id and first_id != latest_id:
            changes = history.compare(first_id, latest_id)
        self.show_distance(changes)

    def show_distance(self, changes: list[AreaChange]) -> None:
        fill_table(
            self.distance,
            [
                (
                    change,
                    [
                        change.label,
                        f"{change.first} \N{RIGHTWARDS ARROW} {change.latest}",
                        _signed(change.change),
                        self._stage_text(change),
                    ],
                )
                for change in changes
            ],
        )
        _fit_columns(self.distance)
        fit_height(self.distance, max_rows=12)
        if not changes:
            self.summary.setText(self.tr("Nothing to compare yet."))
            return
        up = sum(c.change > 0 for c in changes)
        down = sum(c.change < 0 for c in changes)
        stages_up = sum(c.moved_up_a_stage for c in changes)
        self.summary.setText(
            self.tr(
                "Of {n} areas scored both times: {up} better, {same} the same, {down} worse. "
                "{stages} moved up at least one stage."
            ).format(
                n=len(changes),
                up=up,
                same=len(changes) - up - down,
                down=down,
                stages=stages_up,
            )
        )

    def _stage_text(self, change: AreaChange) -> str:
        if change.first_stage == change.latest_stage:
            return self.tr("{stage} (no change)").format(stage=change.latest_stage)
        return f"{change.first_stage} \N{RIGHTWARDS ARROW} {change.latest_stage}"

    def _show_stage_changes(self) -> None:
        assert self.data is not None
        changes = self.data.history.stage_changes
        fill_table(
            self.stages,
            [
                (
                    change,
                    [
                        words.date_text(change.on),
                        change.label,
                        change.from_stage,
                        change.to_stage,
                    ],
                )
                for change in changes
            ],
        )
        _fit_columns(self.stages)
        fit_height(self.stages, max_rows=10)
        self.stages.setVisible(bool(changes))
        self.no_stages.setVisible(not changes)

    def clear(self) -> None:
        self.data = None
        self.radar.set_data([], [])
        self.distance.setRowCount(0)
        self.stages.setRowCount(0)
        self.first.clear()
        self.latest.clear()
