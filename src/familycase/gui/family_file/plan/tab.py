"""The Plan and reviews tab: the family plan (outcomes wanted, actions), every earlier version
of it, the reviews and Team Around the Family meetings, and the family's next review date.

Editing the plan saves a new version (``services.plans.save_plan``); recording a review stores
who came, progress on each action, decisions and the next review date
(``services.plans.record_review``), which moves the family's next review date on.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.enums import AgencyType
from familycase.domain.errors import validated
from familycase.domain.plan import (
    ActionStatus,
    FamilyPlan,
    PlanAction,
    PlanOutcome,
    Review,
    ReviewKind,
)
from familycase.domain.review_rhythm import RhythmState
from familycase.gui.common import words
from familycase.gui.common.context import FamilyContext
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import DateField, error_label
from familycase.gui.common.lazy_tab import LoadsWhenShown
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import (
    button,
    button_row,
    empty_note,
    fill_table,
    fit_height,
    heading,
    record_table,
)
from familycase.services import plans
from familycase.services.errors import Locked
from familycase.services.plans import PlanVersionView, ReviewView
from familycase.services.vault import UserSession

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


def _combo(values: list[tuple[str, object]], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for text, value in values:
        combo.addItem(text, value)
    return combo


def _status_combo(current: ActionStatus, name: str) -> QComboBox:
    combo = _combo([(action_status_text(s), s) for s in ActionStatus], name)
    combo.setCurrentIndex(combo.findData(current))
    return combo


def _agency_combo(current: AgencyType | None, name: str) -> QComboBox:
    combo = _combo(
        [(_tr("(none)"), None)] + [(words.agency_type_text(a), a) for a in AgencyType], name
    )
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


@dataclass(frozen=True)
class PlanData:
    versions: list[PlanVersionView]
    reviews: list[ReviewView]
    rhythm: RhythmState | None

    @property
    def current(self) -> PlanVersionView | None:
        return self.versions[-1] if self.versions else None


def load_plan(session: UserSession, family_id: str) -> PlanData:
    versions = plans.plan_versions(session, family_id)
    reviews = plans.reviews(session, family_id)
    try:
        rhythm = plans.rhythm_for_family(session, family_id)
    except Exception:
        rhythm = None
    return PlanData(versions, reviews, rhythm)


def plan_html(view: PlanVersionView, names: dict[str, str]) -> str:
    """The plan as a readable page."""
    plan = view.plan
    esc = html.escape
    parts = [
        "<p style='color:#4f5b67'>"
        + esc(
            _tr("Version {n}, saved {date} by {who}").format(
                n=view.version, date=words.date_text(view.made_at.date()), who=view.made_by
            )
        )
        + (f" \N{EM DASH} {esc(plan.change_note)}" if plan.change_note else "")
        + "</p>",
        f"<h3>{esc(_tr('What the family wants to be different'))}</h3>",
    ]
    outcome_text = {o.id: o.text for o in plan.outcomes}
    if plan.outcomes:
        parts.append("<ol>")
        for outcome in plan.outcomes:
            who = ", ".join(names.get(m, "?") for m in outcome.member_ids)
            extra = f" <span style='color:#4f5b67'>({esc(who)})</span>" if who else ""
            done = (
                " <b>"
                + esc(_tr("Achieved {date}").format(date=words.date_text(outcome.achieved_on)))
                + "</b>"
                if outcome.achieved_on
                else ""
            )
            parts.append(f"<li>{esc(outcome.text)}{extra}{done}</li>")
        parts.append("</ol>")
    else:
        parts.append(f"<p>{esc(_tr('No outcomes written yet.'))}</p>")
    parts.append(f"<h3>{esc(_tr('Actions'))}</h3>")
    if plan.actions:
        headers = [
            _tr("What will be done"),
            _tr("Who"),
            _tr("Agency"),
            _tr("By when"),
            _tr("Status"),
            _tr("Works towards / needs"),
        ]
        parts.append("<table width='100%' cellspacing='0' cellpadding='5' border='0'>")
        parts.append(
            "<tr>"
            + "".join(f"<th align='left' style='background:#eef1f4'>{esc(h)}</th>" for h in headers)
            + "</tr>"
        )
        for action in plan.actions:
            agency = action.agency_name or (
                words.agency_type_text(action.agency_type) if action.agency_type else ""
            )
            links = [outcome_text.get(o, "") for o in action.outcome_ids]
            links += [n.area for n in action.needs if n.area]
            note = (
                f"<br><span style='color:#4f5b67'>{esc(action.note)}</span>" if action.note else ""
            )
            parts.append(
                "<tr>"
                f"<td valign='top'>{esc(action.what)}{note}</td>"
                f"<td valign='top'>{esc(action.who)}</td>"
                f"<td valign='top'>{esc(agency)}</td>"
                f"<td valign='top'>{words.date_text(action.by_when)}</td>"
                f"<td valign='top'>{esc(action_status_text(action.status))}</td>"
                f"<td valign='top'>{esc('; '.join(x for x in links if x))}</td>"
                "</tr>"
            )
        parts.append("</table>")
    else:
        parts.append(f"<p>{esc(_tr('No actions yet.'))}</p>")
    if plan.family_view:
        parts.append(f"<h3>{esc(_tr('What the family says about the plan'))}</h3>")
        parts.append(f"<p>{esc(plan.family_view).replace(chr(10), '<br>')}</p>")
    return "".join(parts)


def _agencies(review: Review) -> list[str]:
    """The agencies that came, named as on screen elsewhere."""
    seen: list[str] = []
    for attendee in review.attendees:
        if attendee.attended and attendee.agency_type is not None:
            name = attendee.agency_name or words.agency_type_text(attendee.agency_type)
            if name not in seen:
                seen.append(name)
    return seen


class PlanTab(LoadsWhenShown):
    def __init__(self, context: FamilyContext) -> None:
        super().__init__()
        self.setObjectName("planTab")
        self.context = context
        self.data: PlanData | None = None

        self.next_review = QLabel()
        self.next_review.setObjectName("subheading")
        self.next_review.setWordWrap(True)
        self.edit = button(self.tr("&Edit the plan…"), self.edit_plan)
        self.record = button(self.tr("Record a re&view…"), self.record_review)
        self.versions = QComboBox()
        self.versions.setAccessibleName(self.tr("Plan version to show"))
        self.versions.currentIndexChanged.connect(self._show_version)
        version_label = QLabel(self.tr("Ve&rsion"))
        version_label.setBuddy(self.versions)
        self.plan_view = QTextBrowser()
        self.plan_view.setObjectName("planView")
        self.plan_view.setAccessibleName(self.tr("The family plan"))
        self.plan_view.setOpenLinks(False)
        self.plan_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reviews = record_table(
            [
                self.tr("Date"),
                self.tr("Meeting"),
                self.tr("Who came"),
                self.tr("Agencies"),
                self.tr("Next review"),
                self.tr("Decisions"),
            ],
            "reviewList",
            self.tr("Reviews and TAF meetings"),
        )
        self.no_reviews = empty_note(self.tr("No reviews or TAF meetings recorded yet."))

        top = QGridLayout()
        top.setHorizontalSpacing(10)
        top.addWidget(self.next_review, 0, 0, 1, 5)
        top.addWidget(version_label, 1, 0)
        top.addWidget(self.versions, 1, 1)
        top.setColumnStretch(2, 1)
        top.addWidget(self.edit, 1, 3)
        top.addWidget(self.record, 1, 4)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(heading(self.tr("Reviews and Team Around the Family meetings")))
        lower_layout.addWidget(self.no_reviews)
        lower_layout.addWidget(self.reviews)
        splitter = QSplitter(Qt.Orientation.Vertical)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(heading(self.tr("Family plan")))
        upper_layout.addWidget(self.plan_view, 1)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # --- showing -----------------------------------------------------------------------------
    def show_data(self, data: object) -> None:
        is_open = self.context.data.view.current_episode is not None
        self.edit.setEnabled(is_open)
        self.record.setEnabled(is_open)
        super().show_data(data)

    def loader(self) -> ServiceCall:
        return partial(load_plan, self.context.session, self.context.family_id)

    def load_failed_text(self) -> str:
        return self.tr("Could not show the family plan")

    def _names(self) -> dict[str, str]:
        return {m.id: m.known_as or m.given_names for m in self.context.data.view.file.members}

    def loaded(self, data: PlanData) -> None:  # type: ignore[override]
        self.data = data
        rhythm = data.rhythm
        if self.context.data.view.current_episode is None:
            self.next_review.setText(self.tr("The work with this family is closed."))
        elif rhythm is not None:
            text = self.tr("Next review due: {date}").format(date=words.date_text(rhythm.next_due))
            if rhythm.first_reading_due is not None:
                text += "  \N{MIDDLE DOT}  " + self.tr(
                    "First outcome reading due by {first}; review meeting due {review}"
                ).format(
                    first=words.date_text(rhythm.first_reading_due),
                    review=words.date_text(rhythm.review_due),
                )
            self.next_review.setText(text)
        self.edit.setText(
            self.tr("&Edit the plan…") if data.versions else self.tr("&Write the plan…")
        )
        self.versions.blockSignals(True)
        self.versions.clear()
        for view in reversed(data.versions):
            label = self.tr("Version {n} \N{EM DASH} {date}").format(
                n=view.version, date=words.date_text(view.made_at.date())
            )
            if view is data.versions[-1]:
                label += " " + self.tr("(current)")
            self.versions.addItem(label, view.version)
        self.versions.blockSignals(False)
        self.versions.setEnabled(len(data.versions) > 1)
        self._show_version()
        names = self._names()
        fill_table(
            self.reviews,
            [
                (
                    view,
                    [
                        words.date_text(view.review.held_on),
                        review_kind_text(view.review.kind),
                        ", ".join(
                            a.name + ("" if a.attended else " " + self.tr("(apologies)"))
                            for a in view.review.attendees
                        ),
                        ", ".join(_agencies(view.review)),
                        words.date_text(view.review.next_review_on),
                        view.review.decisions.replace("\n", " "),
                    ],
                )
                for view in reversed(data.reviews)
            ],
        )
        del names
        fit_height(self.reviews, max_rows=5)
        self.reviews.setVisible(bool(data.reviews))
        self.no_reviews.setVisible(not data.reviews)

    def shown_version(self) -> PlanVersionView | None:
        if self.data is None:
            return None
        number = self.versions.currentData()
        return next((v for v in self.data.versions if v.version == number), None)

    def _show_version(self) -> None:
        view = self.shown_version()
        if view is None:
            self.plan_view.setHtml(
                "<p>"
                + html.escape(
                    self.tr(
                        "There is no family plan yet. Write it with the family after the "
                        "assessment: what they want to be different, and who will do what."
                    )
                )
                + "</p>"
            )
            return
        self.plan_view.setHtml(plan_html(view, self._names()))

    def clear(self) -> None:
        self.data = None
        self.plan_view.clear()
        self.reviews.setRowCount(0)
        self.versions.clear()

    # --- actions -----------------------------------------------------------------------------
    def edit_plan(self) -> None:
        data = self.data
        current = data.current.plan if data and data.current else None
        self.context.open_editor(
            PlanDialog(
                self.context.session,
                self.context.family_id,
                self.context.data.family_name,
                current,
                self.window(),
            )
        )

    def record_review(self) -> None:
        session, family_id = self.context.session, self.context.family_id
        run_in_background(
            partial(plans.default_review_date, session, family_id),
            self,
            self._open_review,
            self._failed,
        )

    def _open_review(self, next_on: date) -> None:
        data = self.data
        current = data.current if data else None
        self.context.open_editor(
            ReviewDialog(
                self.context.session,
                self.context.family_id,
                self.context.data.family_name,
                current,
                next_on,
                self.window(),
            )
        )

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, Locked):
            self.context.show_error(self.tr("Could not record a review"), error)  # type: ignore[attr-defined]


# --- editing the plan -------------------------------------------------------------------------


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
        self.agency_type = _agency_combo(
            action.agency_type if action else None, _tr("Action {n}: agency type").format(n=number)
        )
        self.agency = QLineEdit(action.agency_name if action else "")
        self.by_when = DateField(action.by_when if action else None)
        self.status = _status_combo(
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
        self.resize(820, 680)
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


# --- recording a review -----------------------------------------------------------------------


def _attendee_grid() -> QGridLayout:
    """One grid for every person at the meeting, with column captions on its first row."""
    grid = QGridLayout()
    grid.setContentsMargins(0, 0, 0, 0)
    captions = (_tr("Name"), _tr("Role"), _tr("Agency"), _tr("Agency name"), "")
    for column, caption in enumerate(captions):
        label = QLabel(caption)
        label.setObjectName("caption")
        grid.addWidget(label, 0, column)
    for column, stretch in enumerate((3, 3, 2, 3, 0)):
        grid.setColumnStretch(column, stretch)
    return grid


class _AttendeeRow:
    """One person at the meeting: a row of the dialog's attendee grid."""

    def __init__(
        self,
        grid: QGridLayout,
        number: int,
        name: str = "",
        role: str = "",
        agency: AgencyType | None = None,
    ) -> None:
        self.name = QLineEdit(name)
        self.name.setAccessibleName(_tr("Person {n}: name").format(n=number))
        self.name.setPlaceholderText(_tr("Name"))
        self.role = QLineEdit(role)
        self.role.setAccessibleName(_tr("Person {n}: role").format(n=number))
        self.role.setPlaceholderText(_tr("e.g. Mum"))
        self.agency_type = _agency_combo(agency, _tr("Person {n}: agency").format(n=number))
        self.agency = QLineEdit()
        self.agency.setAccessibleName(_tr("Person {n}: agency name").format(n=number))
        self.agency.setPlaceholderText(_tr("Optional"))
        self.attended = QCheckBox(_tr("Came"))
        self.attended.setChecked(True)
        self.attended.setAccessibleName(
            _tr("Person {n} came (untick: sent apologies)").format(n=number)
        )
        for column, widget in enumerate(
            (self.name, self.role, self.agency_type, self.agency, self.attended)
        ):
            grid.addWidget(widget, number, column)
        self.name.setCursorPosition(0)

    def data(self) -> dict[str, object] | None:
        if not self.name.text().strip():
            return None
        return {
            "name": self.name.text(),
            "role": self.role.text(),
            "agency_type": self.agency_type.currentData(),
            "agency_name": self.agency.text(),
            "attended": self.attended.isChecked(),
        }


class ReviewDialog(EditorDialog):
    """Record a review or TAF meeting: who came, progress on each action, decisions and the
    next review date."""

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        family_name: str,
        plan: PlanVersionView | None,
        next_on: date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Record a review"), parent)
        self.setObjectName("reviewDialog")
        self._session = session
        self._family_id = family_id
        self._family_name = family_name
        self._plan = plan
        self.set_intro(
            self.tr(
                "A review with {family}, or a Team Around the Family meeting. Progress on the "
                "actions updates the plan (as a new version)."
            ).format(family=family_name)
        )
        b = self.builder
        self.held_on = b.add(self.tr("&Date held"), DateField(date.today()), "Date held")
        self.held_on.setProperty("past_only", True)
        self.kind = b.add(
            self.tr("&Kind of meeting"),
            _combo([(review_kind_text(k), k) for k in ReviewKind], "Kind of meeting"),
            "Kind of meeting",
        )
        b.section(self.tr("Who came"))
        self.attendee_rows: list[_AttendeeRow] = []
        self.attendees_grid = _attendee_grid()
        holder = QWidget()
        holder.setLayout(self.attendees_grid)
        self.form.addRow(holder)
        self.add_person = button(self.tr("Add a &person"), lambda: self._add_attendee())
        self.form.addRow("", self.add_person)
        self._add_attendee(
            session.worker.display_name, self.tr("Lead professional"), AgencyType.EARLY_HELP
        )
        self._add_attendee()
        self.progress_rows: list[tuple[PlanAction, QComboBox, QLineEdit]] = []
        if plan is not None and plan.plan.actions:
            b.section(self.tr("Progress on the actions (plan version {n})").format(n=plan.version))
            for number, action in enumerate(plan.plan.actions, start=1):
                status = _status_combo(action.status, _tr("Action {n}: status").format(n=number))
                note = QLineEdit()
                note.setAccessibleName(_tr("Action {n}: progress").format(n=number))
                note.setPlaceholderText(self.tr("Progress (optional)"))
                cell = QWidget()
                grid = QGridLayout(cell)
                grid.setContentsMargins(0, 0, 0, 0)
                grid.addWidget(status, 0, 0)
                grid.addWidget(note, 0, 1)
                grid.setColumnStretch(1, 1)
                label = QLabel(f"{action.what} ({action.who})")
                label.setWordWrap(True)
                label.setBuddy(status)
                self.form.addRow(label, cell)
                self.progress_rows.append((action, status, note))
        b.section(self.tr("What was decided"))
        self.decisions = b.add(self.tr("De&cisions"), QPlainTextEdit(), "Decisions")
        self.family_view = b.add(
            self.tr("What the &family said"), QPlainTextEdit(), "What the family said"
        )
        for edit in (self.decisions, self.family_view):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
        self.next_on = b.add(
            self.tr("&Next review"),
            DateField(next_on),
            "Next review",
            hint=self.tr("Agreed at the meeting; left blank, the review rhythm sets it."),
        )
        self.save_button.setText(self.tr("&Record the review"))
        self.resize(820, 680)
        self.finish_building()

    def _add_attendee(
        self, name: str = "", role: str = "", agency: AgencyType | None = None
    ) -> None:
        row = _AttendeeRow(self.attendees_grid, len(self.attendee_rows) + 1, name, role, agency)
        self.attendee_rows.append(row)
        if self.isVisible():
            row.name.setFocus()

    def description(self) -> str:
        return self.tr("The review for {family}").format(family=self._family_name)

    def build_call(self) -> ServiceCall:
        attendees = [d for row in self.attendee_rows if (d := row.data()) is not None]
        progress = [
            {"action_id": action.id, "status": status.currentData(), "note": note.text()}
            for action, status, note in self.progress_rows
        ]
        review = validated(
            Review,
            {
                "kind": self.kind.currentData(),
                "held_on": self.held_on.value(),
                "attendees": attendees,
                "plan_version": self._plan.version if self._plan else None,
                "progress": progress,
                "decisions": self.decisions.toPlainText(),
                "family_view": self.family_view.toPlainText(),
                "next_review_on": self.next_on.value(),
            },
        )
        session, family_id = self._session, self._family_id
        return lambda: plans.record_review(session, family_id, review)
