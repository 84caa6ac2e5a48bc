"""The plan's words and choice boxes, shared by the Plan tab and its dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from familycase.domain.enums import AgencyType
from familycase.domain.plan import ActionStatus, ReviewKind
from familycase.gui.common import words

_CONTEXT = "PlanTab"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def action_status_text(status: ActionStatus) -> str:
    return {
        ActionStatus.NOT_STARTED: _tr("Not started"),
        ActionStatus.IN_PROGRESS: _tr("In progress"),
        ActionStatus.DONE: _tr("Done"),
        ActionStatus.STOPPED: _tr("Stopped"),
    }[status]


def review_kind_text(kind: ReviewKind) -> str:
    return {ReviewKind.REVIEW: _tr("Review"), ReviewKind.TAF_MEETING: _tr("TAF meeting")}[kind]


def choice_combo(values: list[tuple[str, object]], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for text, value in values:
        combo.addItem(text, value)
    return combo


def status_combo(current: ActionStatus, name: str) -> QComboBox:
    combo = choice_combo([(action_status_text(s), s) for s in ActionStatus], name)
    combo.setCurrentIndex(combo.findData(current))
    return combo


def agency_combo(current: AgencyType | None, name: str) -> QComboBox:
    combo = choice_combo(
        [(_tr("(none)"), None)] + [(words.agency_type_text(a), a) for a in AgencyType], name
    )
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo
