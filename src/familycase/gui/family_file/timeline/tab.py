"""The Chronology tab: every significant event in the family file, newest first, filtered by
kind, person and date (``services.timeline``); events recorded by hand; printing it."""

from __future__ import annotations

import html
from datetime import date
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
)

from familycase.gui.common import words
from familycase.gui.common.context import FamilyContext
from familycase.gui.common.editor import ServiceCall
from familycase.gui.common.forms import DateField
from familycase.gui.common.lazy_tab import LoadsWhenShown
from familycase.gui.common.widgets import button, button_row, close_if_alive, empty_note
from familycase.gui.family_file.timeline.event_dialog import EventDialog
from familycase.gui.family_file.timeline.print_dialog import ChronologyPrintDialog
from familycase.services import timeline
from familycase.services.timeline import (
    ChronologyFilter,
    ChronologySources,
    EventGroup,
    EventKind,
    TimelineEvent,
    build_timeline,
)

_MARKS = {
    EventKind.REFERRAL: "●",
    EventKind.DECISION: "●",
    EventKind.FEEDBACK: "●",
    EventKind.TIER: "▲",
    EventKind.STEP_UP: "▲",
    EventKind.STEP_DOWN: "▼",
    EventKind.ALLOCATION: "◆",
    EventKind.ALLOCATION_ENDED: "◇",
    EventKind.CONTACT: "○",
    EventKind.CLOSURE: "■",
    EventKind.RISK_STARTED: "⚑",
    EventKind.RISK_ENDED: "⚐",
    EventKind.ASSESSMENT_STARTED: "□",
    EventKind.ASSESSMENT_COMPLETED: "☑",
    EventKind.ASSESSMENT_SIGNED_OFF: "☑",
    EventKind.READING: "◎",
    EventKind.PLAN: "▣",
    EventKind.REVIEW: "▣",
    EventKind.TAF_MEETING: "▣",
    EventKind.CONSENT_GIVEN: "✓",
    EventKind.CONSENT_WITHDRAWN: "✗",
    EventKind.CONSENT_OVERRIDE: "!",
    EventKind.HOUSEHOLD: "⌂",
    EventKind.SIGNIFICANT_EVENT: "★",
}
_RED = {EventKind.RISK_STARTED, EventKind.CONSENT_OVERRIDE, EventKind.STEP_UP}


class ChronologyTab(LoadsWhenShown):
    def __init__(self, context: FamilyContext) -> None:
        super().__init__()
        self.setObjectName("timelineTab")
        self.context = context
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of event"))
        self.kind.addItem(self.tr("Every kind"), None)
        for group in EventGroup:
            self.kind.addItem(group.label, group)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person"))
        self.since = DateField()
        self.since.setAccessibleName(self.tr("From"))
        self.until = DateField()
        self.until.setAccessibleName(self.tr("To"))
        self.all_contacts = QCheckBox(self.tr("Every &contact"))
        self.all_contacts.setToolTip(
            self.tr("Show every contact, not only those marked as significant.")
        )
        for combo in (self.kind, self.person):
            combo.currentIndexChanged.connect(self._show)
        for field in (self.since, self.until):
            field.editingFinished.connect(self._show)
        self.all_contacts.toggled.connect(self._show)
        # Two rows: on one, the kinds and names (long in Welsh) and the dates would make the
        # family file wider than a 1366 px screen.
        who_and_what, when = QHBoxLayout(), QHBoxLayout()
        for row, text, widget in [
            (who_and_what, self.tr("&Kind"), self.kind),
            (who_and_what, self.tr("P&erson"), self.person),
            (when, self.tr("&From"), self.since),
            (when, self.tr("&To"), self.until),
        ]:
            label = QLabel(text)
            label.setBuddy(widget)
            row.setSpacing(6)
            row.addWidget(label)
            row.addWidget(widget)
            row.addSpacing(8)
        for field in (self.since, self.until):
            field.setFixedWidth(self.fontMetrics().horizontalAdvance("dd/mm/yyyy") + 52)
        for combo in (self.kind, self.person):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        when.addWidget(self.all_contacts)
        for row in (who_and_what, when):
            row.addStretch(1)
        filters = QVBoxLayout()
        filters.setSpacing(6)
        filters.addLayout(who_and_what)
        filters.addLayout(when)
        self.add_event = button(self.tr("Add a significant e&vent…"), self._add_event)
        self.print = button(self.tr("&Print the chronology…"), self._print)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.view = QTextBrowser()
        self.view.setObjectName("timeline")
        self.view.setAccessibleName(self.tr("Chronology of the family's file"))
        self.view.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.addWidget(
            empty_note(
                self.tr(
                    "Every significant event in this family's file, newest first: referrals and "
                    "decisions, assessments, readings, plans and reviews, consent, tiers, lead "
                    "professionals, alerts, household changes, contacts marked significant and "
                    "events recorded by hand."
                )
            )
        )
        layout.addLayout(filters)
        layout.addLayout(button_row(self.add_event, self.print, self.count))
        layout.addWidget(self.view, 1)
        self.events: list[TimelineEvent] = []  # shown now, after the filters
        self._all: list[TimelineEvent] = []
        self.question = None

    # --- loading -----------------------------------------------------------------------------
    def show_data(self, data: object) -> None:
        view = data.view  # type: ignore[attr-defined]
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), None)
        for member in view.file.members:
            self.person.addItem(member.full_name, member.id)
        self.person.setCurrentIndex(max(0, self.person.findData(chosen)))
        self.person.blockSignals(False)
        super().show_data(data)

    def loader(self) -> ServiceCall:
        return partial(timeline.gather, self.context.session, self.context.family_id)

    def loaded(self, result: object) -> None:
        assert isinstance(result, ChronologySources)
        self._all = build_timeline(self.context.data.view, result)
        self._show()

    def load_failed_text(self) -> str:
        return self.tr("Could not read the chronology")

    # --- showing -----------------------------------------------------------------------------
    def wanted(self) -> ChronologyFilter:
        group = self.kind.currentData()
        since, until = self.since.value(), self.until.value()
        return ChronologyFilter(
            groups=frozenset({EventGroup(group)}) if group is not None else None,
            member_id=self.person.currentData(),
            since=since if isinstance(since, date) else None,
            until=until if isinstance(until, date) else None,
            all_contacts=self.all_contacts.isChecked(),
        )

    def _show(self) -> None:
        self.events = self.wanted().apply(self._all)
        self.count.setText(
            self.tr("{shown} of {total} events").format(
                shown=len(self.events), total=len(self._all)
            )
        )
        self.view.setHtml(self.render(self.events))

    def render(self, events: list[TimelineEvent]) -> str:
        if not events:
            return "<p>" + html.escape(self.tr("Nothing to show.")) + "</p>"
        parts = ["<table width='100%' cellspacing='0' cellpadding='6'>"]
        previous = None
        for event in events:
            day = words.date_text(event.on) if event.on != previous else ""
            previous = event.on
            detail = html.escape(event.detail).replace("\n", "<br>")
            who = f"<div style='color:#4f5b67'>{html.escape(event.who)}</div>" if event.who else ""
            colour = "#a4161a" if event.kind in _RED else "#1d5c8c"
            parts.append(
                "<tr>"
                f"<td width='110' valign='top' style='color:#4f5b67'><b>{day}</b></td>"
                f"<td width='24' valign='top' style='color:{colour}'>{_MARKS[event.kind]}</td>"
                f"<td valign='top'><b>{html.escape(event.title)}</b>{who}"
                f"{f'<div>{detail}</div>' if detail else ''}</td>"
                "</tr>"
            )
        parts.append("</table>")
        return "".join(parts)

    def clear(self) -> None:
        close_if_alive(self.question)
        self.question = None
        self.events = []
        self._all = []
        self.view.clear()
        self.count.clear()

    # --- actions -----------------------------------------------------------------------------
    def _add_event(self) -> None:
        self.context.open_editor(
            EventDialog(
                self.context.session,
                self.context.family_id,
                self.context.data.view.file.members,
                self.window(),
            )
        )

    def _print(self) -> None:
        dialog = ChronologyPrintDialog(
            self.context.session, self.context.family_id, self.wanted(), self.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.question = dialog
        dialog.open()
