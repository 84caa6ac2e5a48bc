"""The Work tab: the episode's referral, tier history (step up / step down), lead professional
and closure."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from familycase.domain.enums import ReferralDecision, TierChangeKind
from familycase.domain.settings import ApprovalKind
from familycase.gui.common import words
from familycase.gui.common.context import FamilyContext
from familycase.gui.common.widgets import (
    button,
    button_row,
    close_if_alive,
    fill_table,
    fit_height,
    heading,
    record_table,
)
from familycase.gui.family_file.work.closure_dialog import ClosureDialog
from familycase.gui.family_file.work.letter_dialog import LetterDialog
from familycase.gui.family_file.work.referral_dialogs import (
    DecisionDialog,
    ReopenDialog,
    ToldDialog,
)
from familycase.gui.family_file.work.tier_dialog import TierDialog
from familycase.gui.team.allocate_dialog import AllocateDialog
from familycase.services.families import EpisodeView


class WorkTab(QWidget):
    def __init__(self, context: FamilyContext) -> None:
        super().__init__()
        self.setObjectName("workTab")
        self.context = context

        self.closed_note = QLabel()
        self.closed_note.setObjectName("notice")
        self.closed_note.setWordWrap(True)
        self.closed_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.closed_note.hide()
        self.reopen = button(self.tr("&Reopen as a new episode…"), self._reopen)
        self.reopen.hide()

        self.referral = QGridLayout()
        self.referral.setHorizontalSpacing(16)
        self.referral.setVerticalSpacing(4)
        self.referral.setColumnStretch(1, 1)
        self._referral_values: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate(
            [
                ("received", self.tr("Received")),
                ("source", self.tr("Referred by")),
                ("reason", self.tr("Reason")),
                ("consent", self.tr("Family agreed to the referral")),
                ("decision", self.tr("Decision")),
                ("feedback", self.tr("Referrer told the outcome")),
            ]
        ):
            label = QLabel(caption)
            label.setObjectName("caption")
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.referral.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.referral.addWidget(value, row, 1)
            self._referral_values[key] = value

        self.decide = button(self.tr("Record the &decision…"), self._decide)
        self.letter = button(self.tr("Feedback &letter…"), self._letter)
        self.told = button(self.tr("Referrer &told…"), self._told)
        self.question = None

        self.tier_now = QLabel()
        self.tier_now.setObjectName("subheading")
        self.tiers = record_table(
            [
                self.tr("Date"),
                self.tr("Change"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Decided by"),
                self.tr("Reason"),
            ],
            "tierHistory",
            self.tr("Tier history"),
        )
        self.waiting = QLabel()
        self.waiting.setObjectName("notice")
        self.waiting.setWordWrap(True)
        self.waiting.hide()
        self.step = button(self.tr("Step &up or down…"), self._step)
        self.close_episode = button(self.tr("&Close this episode…"), self._close)

        self.lead_now = QLabel()
        self.lead_now.setObjectName("subheading")
        self.leads = record_table(
            [self.tr("Lead professional"), self.tr("From"), self.tr("Until"), self.tr("Reason")],
            "leadHistory",
            self.tr("Lead professionals"),
        )
        self.allocate = button(self.tr("Change lead &professional…"), self._allocate)
        self.allocate.setVisible(context.can_allocate)
        self.earlier = QLabel()
        self.earlier.setObjectName("muted")

        inner = QWidget()
        inner.setObjectName("pageBody")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 12, 12, 4)
        layout.setSpacing(8)
        layout.addWidget(self.closed_note)
        layout.addLayout(button_row(self.reopen))
        layout.addWidget(heading(self.tr("Referral")))
        layout.addLayout(self.referral)
        layout.addLayout(button_row(self.decide, self.letter, self.told))
        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("Tier")))
        layout.addWidget(self.tier_now)
        layout.addWidget(self.tiers)
        layout.addWidget(self.waiting)
        layout.addLayout(button_row(self.step, self.close_episode))
        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("Lead professional")))
        layout.addWidget(self.lead_now)
        layout.addWidget(self.leads)
        layout.addLayout(button_row(self.allocate))
        layout.addWidget(self.earlier)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- showing -----------------------------------------------------------------------------
    def _episode(self) -> EpisodeView | None:
        view = self.context.data.view
        return view.current_episode or (view.episodes[-1] if view.episodes else None)

    def show_data(self, data: object) -> None:
        view = data.view  # type: ignore[attr-defined]
        episode = self._episode()
        is_open = view.current_episode is not None
        pending = data.oversight.pending  # type: ignore[attr-defined]
        self.step.setEnabled(is_open and pending is None)
        self.close_episode.setEnabled(is_open and pending is None)
        self.waiting.setVisible(pending is not None)
        if pending is not None:
            self.waiting.setText(
                self.tr(
                    "Waiting for a team leader: {what}, asked by {who} on {date}. Nothing "
                    "changes until it is approved (see Oversight)."
                ).format(
                    what=words.request_text(pending.request),
                    who=pending.request.requested_by_name,
                    date=words.date_text(pending.requested_at.date()),
                )
            )
        self.allocate.setEnabled(is_open)
        self.allocate.setText(
            self.tr("Change lead &professional…")
            if view.lead_worker_id
            else self.tr("Allocate a lead &professional…")
        )
        if episode is None:
            return
        referral = episode.details.referral
        source = words.agency_type_text(referral.source_type)
        if referral.source_name:
            source = f"{referral.source_name} ({source})"
        decision = words.decision_text(referral.decision)
        if referral.decided_on:
            decision += "  ·  " + words.date_text(referral.decided_on)
        if referral.decided_by:
            decision += "  ·  " + referral.decided_by
        if referral.decision_reason:
            decision += "\n" + referral.decision_reason
        decided = referral.decision is not ReferralDecision.PENDING
        self.letter.setEnabled(decided)
        self.told.setEnabled(decided)
        values = {
            "received": words.date_text(referral.received_on),
            "source": source,
            "reason": referral.reason,
            "consent": words.yes_no(referral.consent_to_referral),
            "decision": decision,
            "feedback": words.date_text(referral.feedback_to_referrer_on) or self.tr("Not yet"),
        }
        for key, text in values.items():
            self._referral_values[key].setText(text)
        closure = episode.details.closure
        if closure is not None:
            self.closed_note.setText(
                self.tr("<b>Closed on {date}</b>: {reason}.<br>Exit plan: {plan}").format(
                    date=words.date_text(closure.on),
                    reason=html.escape(words.closure_reason_text(closure.reason)),
                    plan=html.escape(closure.exit_plan),
                )
            )
        self.closed_note.setVisible(closure is not None)
        self.reopen.setVisible(not is_open and bool(view.episodes))
        self.tier_now.setText(self.tr("Tier now: {tier}").format(tier=words.tier_text(view.tier)))
        kinds = {
            TierChangeKind.INITIAL: self.tr("First tier"),
            TierChangeKind.STEP_UP: self.tr("Step up"),
            TierChangeKind.STEP_DOWN: self.tr("Step down"),
        }
        fill_table(
            self.tiers,
            [
                (
                    change,
                    [
                        words.date_text(change.on),
                        kinds[change.kind],
                        words.tier_text(change.from_tier) if change.from_tier else "",
                        words.tier_text(change.to_tier),
                        self.tr("{who} (approved by {leader})").format(
                            who=change.decided_by, leader=change.approved_by
                        )
                        if change.approved_by
                        else change.decided_by,
                        change.reason.replace("\n", " "),
                    ],
                )
                for change in reversed(episode.details.tier_history)
            ],
        )
        fit_height(self.tiers)
        lead = data.worker_name(view.lead_worker_id)  # type: ignore[attr-defined]
        self.lead_now.setText(
            self.tr("Lead professional now: {name}").format(name=lead)
            if lead
            else self.tr("No lead professional is allocated.")
        )
        fill_table(
            self.leads,
            [
                (
                    allocation,
                    [
                        allocation.worker_name,
                        words.date_text(allocation.allocation.started_on),
                        words.date_text(allocation.allocation.ended_on) or self.tr("now"),
                        allocation.allocation.reason,
                    ],
                )
                for allocation in reversed(view.allocations)
            ],
        )
        fit_height(self.leads)
        earlier = len(view.episodes) - 1
        self.earlier.setText(
            self.tr("Earlier episodes of work: {n} (see the Timeline).").format(n=earlier)
            if earlier > 0
            else ""
        )

    def clear(self) -> None:
        close_if_alive(self.question)
        self.question = None
        self.tiers.setRowCount(0)
        self.leads.setRowCount(0)
        for value in self._referral_values.values():
            value.clear()
        self.closed_note.clear()

    # --- actions -----------------------------------------------------------------------------
    def _step(self) -> None:
        view = self.context.data.view
        if view.current_episode is None or view.tier is None:
            return
        self.context.open_editor(
            TierDialog(
                self.context.session,
                self.context.family_id,
                view.file.details.family_name,
                view.tier,
                self.window(),
                self.context.data.oversight.reserved,
            )
        )

    def _close(self) -> None:
        view = self.context.data.view
        if view.current_episode is None:
            return
        self.context.open_editor(
            ClosureDialog(
                self.context.session,
                self.context.family_id,
                view.file.details.family_name,
                self.window(),
                ApprovalKind.CLOSURE in self.context.data.oversight.reserved,
            )
        )

    def _referral(self):  # noqa: ANN202 - Referral | None
        episode = self._episode()
        return episode.details.referral if episode else None

    def _decide(self) -> None:
        referral = self._referral()
        if referral is None:
            return
        self.context.open_editor(
            DecisionDialog(self.context.session, self.context.family_id, referral, self.window())
        )

    def _told(self) -> None:
        self.context.open_editor(
            ToldDialog(self.context.session, self.context.family_id, self.window())
        )

    def _letter(self) -> None:
        dialog = LetterDialog(
            self.context.session,
            self.context.family_id,
            self.context.data.view.file.reference,
            self.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.produced.connect(lambda _path: self.context.after_change())
        self.question = dialog
        dialog.open()
        dialog.check()

    def _reopen(self) -> None:
        view = self.context.data.view
        if view.current_episode is not None:
            return
        self.context.open_editor(
            ReopenDialog(
                self.context.session,
                self.context.family_id,
                view.file.details.family_name,
                self.window(),
            )
        )

    def _allocate(self) -> None:
        data = self.context.data
        view = data.view
        label = f"{view.file.details.family_name} ({view.file.reference})"
        self.context.open_editor(
            AllocateDialog(
                self.context.session,
                self.context.family_id,
                label,
                view.lead_worker_id,
                data.workers,
                self.window(),
            )
        )
