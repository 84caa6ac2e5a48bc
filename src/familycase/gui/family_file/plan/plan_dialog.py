"""Editing the family plan: what the family wants to be different (outcomes) and the actions
towards it. Saving makes a new version of the plan (``services.plans.save_plan``)."""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.errors import validated
from familycase.domain.plan import ActionStatus, FamilyPlan, PlanAction, PlanOutcome
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import DateField, error_label
from familycase.gui.common.widgets import button, button_row, fit_to_screen, heading
from familycase.gui.family_file.plan.fields import agency_combo, status_combo
from familycase.services import plans
from familycase.services.vault import UserSession

_CONTEXT = "PlanTab"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class _OutcomeRow(QWidget):
    def __init__(self, outcome: PlanOutcome | None, number: int, dialog: PlanDialog) -> None:
        super().__init__()
        self.outcome = outcome
        self.text = QLineEdit(outcome.text if outcome else "")
        self.text.setAccessibleName(_tr("Outcome {n}").format(n=number))
        self.text.setPlaceholderText(_tr("e.g. The children get to school on time every day"))
        self.remove = QPushButton(_tr("Remove"))
        self.remove.setAccessibleName(_tr("Remove outcome {n}").format(n=number))
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(partial(dialog.remove_row, self))
        self.error = error_label()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(f"{number}."), 0, 0)
        grid.addWidget(self.text, 0, 1)
        grid.addWidget(self.remove, 0, 2)
        grid.addWidget(self.error, 1, 1)
        grid.setColumnStretch(1, 1)
        dialog.errors.register(
            f"Outcomes / #{number} / What the family wants to be different", self.text, self.error
        )


class _ActionRow(QFrame):
    def __init__(self, action: PlanAction | None, number: int, dialog: PlanDialog) -> None:
        super().__init__()
        self.setObjectName("planActionRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.action = action
        self.what = QLineEdit(action.what if action else "")
        self.who = QLineEdit(action.who if action else "")
        self.agency_type = agency_combo(
            action.agency_type if action else None, _tr("Action {n}: agency type").format(n=number)
        )
        self.agency = QLineEdit(action.agency_name if action else "")
        self.by_when = DateField(action.by_when if action else None)
        self.status = status_combo(
            action.status if action else ActionStatus.NOT_STARTED,
            _tr("Action {n}: status").format(n=number),
        )
        self.what.setPlaceholderText(_tr("What will be done"))
        self.who.setPlaceholderText(_tr("Name"))
        self.agency.setPlaceholderText(_tr("e.g. Demoford Primary School"))
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        # (caption, widget, model label, row, column, columns spanned)
        fields = [
            (_tr("What will be done"), self.what, "What will be done", 1, 0, 3),
            (_tr("Who will do it"), self.who, "Who will do it", 3, 0, 1),
            (_tr("By when"), self.by_when, "By when", 3, 2, 1),
            (_tr("Agency"), self.agency, "Agency", 5, 0, 1),
        ]
        title = QLabel(f"<b>{html.escape(_tr('Action {n}').format(n=number))}</b>")
        grid.addWidget(title, 0, 0)
        remove = QPushButton(_tr("Remove"))
        remove.setAccessibleName(_tr("Remove action {n}").format(n=number))
        remove.setAutoDefault(False)
        remove.clicked.connect(partial(dialog.remove_row, self))
        grid.addWidget(remove, 0, 3, Qt.AlignmentFlag.AlignRight)
        for caption, widget, model, row, column, span in fields:
            label = QLabel(caption)
            label.setBuddy(widget)
            widget.setAccessibleName(_tr("Action {n}: {field}").format(n=number, field=caption))
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1, 1, span)
            error = error_label()
            grid.addWidget(error, row + 1, column + 1, 1, span)
            dialog.errors.register(f"Actions / #{number} / {model}", widget, error)
        if action is not None:
            self.what.setCursorPosition(0)
        status_label = QLabel(_tr("Status"))
        status_label.setBuddy(self.status)
        type_label = QLabel(_tr("Agency type"))
        type_label.setBuddy(self.agency_type)
        grid.addWidget(type_label, 5, 2)
        grid.addWidget(self.agency_type, 5, 3)
        grid.addWidget(status_label, 7, 0)
        grid.addWidget(self.status, 7, 1)
        if action is not None and action.needs:
            needs = QLabel(
                _tr("Needs it addresses: {needs}").format(
                    needs="; ".join(n.area for n in action.needs if n.area)
                )
            )
            needs.setObjectName("hint")
            needs.setWordWrap(True)
            grid.addWidget(needs, 8, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def data(self) -> dict[str, object]:
        kept = self.action.model_dump() if self.action else {}
        return {
            **kept,
            "what": self.what.text(),
            "who": self.who.text(),
            "agency_type": self.agency_type.currentData(),
            "agency_name": self.agency.text(),
            "by_when": self.by_when.value(),
            "status": self.status.currentData(),
        }

    def is_blank(self) -> bool:
        return self.action is None and not any(
            w.text().strip() for w in (self.what, self.who, self.agency, self.by_when)
        )


class PlanDialog(EditorDialog):
    """Edit the family plan; saving makes a new version (earlier versions are kept)."""

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        family_name: str,
        plan: FamilyPlan | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("The family plan"), parent)
        self.setObjectName("planDialog")
        self._session = session
        self._family_id = family_id
        self._family_name = family_name
        self._plan = plan
        self.set_intro(
            self.tr(
                "Write the plan with {family}: what they want to be different, and the actions "
                "that will get there. Saving keeps the earlier version, so the plan as it stood "
                "at each review can still be seen."
            ).format(family=family_name)
        )
        self.outcome_rows: list[_OutcomeRow] = []
        self.action_rows: list[_ActionRow] = []
        self.outcomes_box = QVBoxLayout()
        self.actions_box = QVBoxLayout()
        self.add_outcome = button(self.tr("Add an &outcome"), lambda: self._add_outcome(None))
        self.add_action = button(self.tr("Add an &action"), lambda: self._add_action(None))
        self.family_view = QPlainTextEdit(plan.family_view if plan else "")
        self.family_view.setTabChangesFocus(True)
        self.family_view.setFixedHeight(70)
        self.change_note = QLineEdit()
        self.change_note.setPlaceholderText(self.tr("e.g. Added the housing action"))

        self.body_layout.insertWidget(0, heading(self.tr("What the family wants to be different")))
        self.body_layout.insertLayout(1, self.outcomes_box)
        self.body_layout.insertLayout(2, button_row(self.add_outcome))
        self.body_layout.insertWidget(3, heading(self.tr("Actions")))
        self.body_layout.insertLayout(4, self.actions_box)
        self.body_layout.insertLayout(5, button_row(self.add_action))
        self.body_layout.insertSpacing(6, 8)
        self.builder.add(
            self.tr("What the &family says"),
            self.family_view,
            "What the family says about the plan",
        )
        self.builder.add(
            self.tr("What &changed in this version"),
            self.change_note,
            "What changed in this version",
        )
        for outcome in plan.outcomes if plan else []:
            self._add_outcome(outcome)
        for action in plan.actions if plan else []:
            self._add_action(action)
        if plan is None:
            self._add_outcome(None)
            self._add_action(None)
        self.save_button.setText(self.tr("&Save as a new version"))
        fit_to_screen(self, 900, 680)
        self.finish_building()

    def _add_outcome(self, outcome: PlanOutcome | None) -> None:
        row = _OutcomeRow(outcome, len(self.outcome_rows) + 1, self)
        self.outcome_rows.append(row)
        self.outcomes_box.addWidget(row)
        if outcome is None and self.isVisible():
            row.text.setFocus()

    def _add_action(self, action: PlanAction | None) -> None:
        row = _ActionRow(action, len(self.action_rows) + 1, self)
        self.action_rows.append(row)
        self.actions_box.addWidget(row)
        if action is None and self.isVisible():
            row.what.setFocus()

    def remove_row(self, row: QWidget) -> None:
        if row in self.outcome_rows:
            self.outcome_rows.remove(row)  # type: ignore[arg-type]
        if row in self.action_rows:
            self.action_rows.remove(row)  # type: ignore[arg-type]
        row.hide()
        row.setProperty("ignoreForChanges", True)
        # Removing always counts as a change.
        self._initial = (*self._initial, "removed")

    def description(self) -> str:
        return self.tr("The family plan for {family}").format(family=self._family_name)

    def build_call(self) -> ServiceCall:
        outcomes = []
        for row in self.outcome_rows:
            if row.outcome is None and not row.text.text().strip():
                continue
            kept = row.outcome.model_dump() if row.outcome else {}
            outcomes.append({**kept, "text": row.text.text()})
        kept_ids = {o.get("id") for o in outcomes}
        actions = []
        for row in self.action_rows:
            if row.is_blank():
                continue
            data = row.data()
            data["outcome_ids"] = [o for o in data.get("outcome_ids", []) if o in kept_ids]  # type: ignore[union-attr]
            actions.append(data)
        base = self._plan.model_dump() if self._plan else {}
        plan = validated(
            FamilyPlan,
            {
                **base,
                "outcomes": outcomes,
                "actions": actions,
                "family_view": self.family_view.toPlainText(),
                "change_note": self.change_note.text(),
            },
        )
        session, family_id = self._session, self._family_id
        return lambda: plans.save_plan(session, family_id, plan)
