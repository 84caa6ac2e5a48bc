"""The Timeline tab: everything that happened, newest first (``services.timeline``)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from familycase.gui.common import words
from familycase.gui.common.context import FamilyContext
from familycase.gui.common.widgets import empty_note
from familycase.services.timeline import EventKind, TimelineEvent

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
}


class TimelineTab(QWidget):
    def __init__(self, context: FamilyContext) -> None:
        super().__init__()
        self.setObjectName("timelineTab")
        self.context = context
        self.view = QTextBrowser()
        self.view.setObjectName("timeline")
        self.view.setAccessibleName(self.tr("Timeline of the family's file"))
        self.view.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.addWidget(
            empty_note(
                self.tr(
                    "Everything recorded in this family's file, newest first: referrals, tier "
                    "changes, lead professionals, contacts and closure."
                )
            )
        )
        layout.addWidget(self.view, 1)
        self.events: list[TimelineEvent] = []

    def show_data(self, data: object) -> None:
        self.events = list(data.timeline)  # type: ignore[attr-defined]
        self.view.setHtml(self.render(self.events))

    def render(self, events: list[TimelineEvent]) -> str:
        if not events:
            return "<p>" + html.escape(self.tr("Nothing recorded yet.")) + "</p>"
        parts = ["<table width='100%' cellspacing='0' cellpadding='6'>"]
        previous = None
        for event in events:
            day = words.date_text(event.on) if event.on != previous else ""
            previous = event.on
            detail = html.escape(event.detail).replace("\n", "<br>")
            who = f"<div style='color:#4f5b67'>{html.escape(event.who)}</div>" if event.who else ""
            parts.append(
                "<tr>"
                f"<td width='110' valign='top' style='color:#4f5b67'><b>{day}</b></td>"
                f"<td width='24' valign='top' style='color:#1d5c8c'>{_MARKS[event.kind]}</td>"
                f"<td valign='top'><b>{html.escape(event.title)}</b>{who}"
                f"{f'<div>{detail}</div>' if detail else ''}</td>"
                "</tr>"
            )
        parts.append("</table>")
        return "".join(parts)

    def _who(self, event: TimelineEvent) -> str:
        if event.kind is EventKind.CONTACT:
            return self.tr("Seen: {who}").format(who=event.who)
        if event.kind in (EventKind.TIER, EventKind.STEP_UP, EventKind.STEP_DOWN):
            return self.tr("Decided by {who}").format(who=event.who)
        return event.who

    def clear(self) -> None:
        self.events = []
        self.view.clear()
