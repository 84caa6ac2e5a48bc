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
    QComboBox,
    QGridLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.plan import Review
from familycase.domain.review_rhythm import RhythmState
from familycase.gui.common import words
from familycase.gui.common.context import FamilyContext
from familycase.gui.common.editor import ServiceCall
from familycase.gui.common.lazy_tab import LoadsWhenShown
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import (
    button,
    empty_note,
    fill_table,
    fit_height,
    heading,
    record_table,
    show_full_text_below,
)
from familycase.gui.family_file.plan.fields import action_status_text, review_kind_text
from familycase.gui.family_file.plan.plan_dialog import PlanDialog
from familycase.gui.family_file.plan.review_dialog import ReviewDialog
from familycase.services import plans
from familycase.services.errors import Locked
from familycase.services.plans import PlanVersionView, ReviewView
from familycase.services.vault import UserSession

_CONTEXT = "PlanTab"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


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
        self.versions.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
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
        self.review_details = show_full_text_below(
            self.reviews, [5], self.tr("Decisions of the selected review")
        )

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
        lower_layout.addWidget(self.review_details)
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
            label = self.tr("Version {n} — {date}").format(
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
