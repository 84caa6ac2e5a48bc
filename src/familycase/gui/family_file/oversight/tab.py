"""The Oversight section: management oversight on the file, as inspectors look for it. Requests
for a team leader's approval and their decisions (approve, return, withdraw here); the
sustained-outcome checks after closure (record one here); supervision discussions of this
family with their actions (mark one done here)."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from familycase.domain.approvals import ApprovalStatus
from familycase.gui.common import words
from familycase.gui.common.context import FamilyContext
from familycase.gui.common.editor import ServiceCall
from familycase.gui.common.lazy_tab import LoadsWhenShown
from familycase.gui.common.widgets import (
    button,
    button_row,
    empty_note,
    fill_table,
    fit_height,
    heading,
    record_at,
    record_table,
    selected_record,
)
from familycase.gui.family_file.oversight.dialogs import (
    ActionDoneDialog,
    DecideDialog,
    FollowUpDialog,
)
from familycase.services import approvals, oversight
from familycase.services.approvals import ApprovalView, Source, Waiting
from familycase.services.follow_ups import FollowUpView
from familycase.services.oversight import OversightRecord
from familycase.services.supervision import ActionView


class OversightTab(LoadsWhenShown):
    def __init__(self, context: FamilyContext) -> None:
        super().__init__()
        self.setObjectName("oversightTab")
        self.context = context
        self.record: OversightRecord | None = None

        self.waiting = QLabel()
        self.waiting.setObjectName("notice")
        self.waiting.setWordWrap(True)
        self.waiting.hide()
        self.approve = button(self.tr("&Approve…"), partial(self._decide, True))
        self.send_back = button(self.tr("Re&turn with a reason…"), partial(self._decide, False))
        self.withdraw = button(self.tr("&Withdraw the request"), self._withdraw)
        self.requests = record_table(
            [
                self.tr("Asked on"),
                self.tr("What"),
                self.tr("Asked by"),
                self.tr("Decision"),
                self.tr("Decided by"),
                self.tr("Reason"),
            ],
            "approvalRequests",
            self.tr("Requests for a team leader's approval"),
        )
        self.checks = record_table(
            [self.tr("Due"), self.tr("Done"), self.tr("How"), self.tr("What we found")],
            "followUpChecks",
            self.tr("Follow-up checks after closure"),
        )
        self.checks.itemSelectionChanged.connect(self._update)
        self.record_check = button(self.tr("&Record the follow-up check…"), self._check)
        self.no_requests = empty_note(self.tr("Nothing has been asked of a team leader."))
        self.no_checks = empty_note(
            self.tr("A check is scheduled when the family closes (6 months later by default).")
        )
        self.no_supervision = empty_note(
            self.tr("This family has not been discussed in supervision yet.")
        )
        self.discussions = record_table(
            [self.tr("Date"), self.tr("Worker"), self.tr("Team leader"), self.tr("Reflection")],
            "supervisionNotes",
            self.tr("Supervision discussions of this family"),
        )
        self.actions = record_table(
            [self.tr("Action"), self.tr("Whose"), self.tr("By when"), self.tr("Done")],
            "supervisionActions",
            self.tr("Actions agreed in supervision"),
        )
        self.actions.itemSelectionChanged.connect(self._update)
        self.done = button(self.tr("Mark the action &done…"), self._action_done)

        inner = QWidget()
        inner.setObjectName("pageBody")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 12, 12, 4)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Decisions for a team leader")))
        layout.addWidget(
            empty_note(
                self.tr(
                    "Steps up and down, closures and assessment sign-off that this "
                    "organisation reserves for a team leader: asked for, then approved or "
                    "returned with a reason."
                )
            )
        )
        layout.addWidget(self.waiting)
        layout.addLayout(button_row(self.approve, self.send_back, self.withdraw))
        layout.addWidget(self.requests)
        layout.addWidget(self.no_requests)
        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("Follow-up after closure")))
        layout.addWidget(self.checks)
        layout.addWidget(self.no_checks)
        layout.addLayout(button_row(self.record_check))
        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("Supervision")))
        layout.addWidget(self.discussions)
        layout.addWidget(self.actions)
        layout.addWidget(self.no_supervision)
        layout.addLayout(button_row(self.done))
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._update()

    # --- loading -----------------------------------------------------------------------------
    def loader(self) -> ServiceCall:
        return partial(oversight.family_record, self.context.session, self.context.family_id)

    def load_failed_text(self) -> str:
        return self.tr("Could not read the oversight record")

    def loaded(self, result: object) -> None:
        assert isinstance(result, OversightRecord)
        self.record = result
        fill_table(
            self.requests,
            [
                (
                    r,
                    [
                        words.date_text(r.requested_at.date()),
                        words.request_text(r.request),
                        r.request.requested_by_name,
                        words.approval_status_text(r.status),
                        " ".join(
                            filter(
                                None,
                                [
                                    r.request.decided_by_name,
                                    words.date_text(r.decided_at.date()) if r.decided_at else "",
                                ],
                            )
                        ),
                        (r.request.decision_note or r.request.reason).replace("\n", " "),
                    ],
                )
                for r in result.requests
            ],
        )
        fill_table(self.checks, [(c, self._check_cells(c)) for c in result.follow_ups])
        fill_table(
            self.discussions,
            [
                (
                    d,
                    [
                        words.date_text(d.held_on),
                        d.note.worker_name,
                        d.note.supervisor_name,
                        d.note.reflection.replace("\n", " "),
                    ],
                )
                for d in result.supervision
            ],
        )
        actions = [a for d in result.supervision for a in d.actions]
        fill_table(
            self.actions,
            [
                (
                    a,
                    [
                        a.action.what,
                        a.action.owner_name,
                        words.date_text(a.due_on),
                        words.date_text(a.done_on) or self.tr("Not yet"),
                    ],
                )
                for a in actions
            ],
        )
        for table in (self.requests, self.checks, self.discussions, self.actions):
            fit_height(table)
        for table, note in (
            (self.requests, self.no_requests),
            (self.checks, self.no_checks),
            (self.discussions, self.no_supervision),
        ):
            table.setVisible(table.rowCount() > 0)
            note.setVisible(table.rowCount() == 0)
        self.actions.setVisible(self.actions.rowCount() > 0)
        self.record_check.setVisible(self.checks.rowCount() > 0)
        self.done.setVisible(self.actions.rowCount() > 0)
        pending = self._pending()
        self.waiting.setVisible(pending is not None)
        if pending is not None:
            self.waiting.setText(
                self.tr("Waiting for a team leader: {what}, asked by {who} on {date}.").format(
                    what=words.request_text(pending.request),
                    who=pending.request.requested_by_name,
                    date=words.date_text(pending.requested_at.date()),
                )
            )
        self._update()

    def _check_cells(self, view: FollowUpView) -> list[str]:
        check = view.follow_up.check
        if check is None:
            return [words.date_text(view.due_on), self.tr("Not yet"), "", ""]
        found = "; ".join(
            (self.tr("{area}: held") if a.held else self.tr("{area}: not held")).format(
                area=words.outcome_area_text(a.outcome_area)
            )
            for a in check.areas
        )
        return [
            words.date_text(view.due_on),
            words.date_text(view.done_on),
            words.check_method_text(check.method),
            found or check.note,
        ]

    def _pending(self) -> ApprovalView | None:
        if self.record is None:
            return None
        return next((r for r in self.record.requests if r.status is ApprovalStatus.PENDING), None)

    def _update(self) -> None:
        record, pending = self.record, self._pending()
        decides = record is not None and record.decides
        self.approve.setVisible(decides and pending is not None)
        self.send_back.setVisible(decides and pending is not None)
        self.approve.setEnabled(pending is not None)
        self.send_back.setEnabled(pending is not None)
        self.withdraw.setVisible(pending is not None)
        self.withdraw.setEnabled(
            pending is not None
            and record is not None
            and (decides or pending.requested_by == record.worker_id)
        )
        check = selected_record(self.checks)
        self.record_check.setEnabled(isinstance(check, FollowUpView))
        action = selected_record(self.actions)
        self.done.setEnabled(
            isinstance(action, ActionView)
            and action.done_on is None
            and record is not None
            and (decides or action.owner_id == record.worker_id)
        )

    # --- actions -----------------------------------------------------------------------------
    def _decide(self, approve: bool) -> None:
        pending = self._pending()
        if pending is None:
            return
        view = self.context.data.view
        item = Waiting(
            Source.REQUEST,
            pending.id,
            pending.family_id,
            view.file.reference,
            view.file.details.family_name,
            pending.kind,
            words.request_text(pending.request),
            pending.request.reason,
            pending.request.requested_by_name,
            pending.requested_at.date(),
        )
        self.context.open_editor(DecideDialog(self.context.session, item, approve, self.window()))

    def _withdraw(self) -> None:
        pending = self._pending()
        if pending is None:
            return
        session, family_id = self.context.session, self.context.family_id
        self.context.confirm(
            self.tr("Withdraw the request"),
            self.tr("Withdraw “{what}”? Nothing in the family file changes.").format(
                what=words.request_text(pending.request)
            ),
            self.tr("&Withdraw"),
            lambda: self.context.run_change(
                partial(approvals.withdraw, session, family_id, pending.id),
                self.tr("Withdrawing the request"),
            ),
        )

    def _check(self) -> None:
        check = selected_record(self.checks)
        if not isinstance(check, FollowUpView):
            return
        self.context.open_editor(
            FollowUpDialog(
                self.context.session,
                self.context.family_id,
                check.id,
                check.follow_up.closed_on,
                check.due_on,
                self.window(),
            )
        )

    def _action_done(self) -> None:
        action = selected_record(self.actions)
        if not isinstance(action, ActionView):
            return
        self.context.open_editor(
            ActionDoneDialog(
                self.context.session,
                self.context.family_id,
                action.id,
                action.action.what,
                self.window(),
            )
        )

    def select_item(self, item_id: str | None) -> None:
        """Select the follow-up check or action an in-tray item is about."""
        for table in (self.checks, self.actions):
            for row in range(table.rowCount()):
                if getattr(record_at(table, row), "id", None) == item_id:
                    table.selectRow(row)
                    return

    def clear(self) -> None:
        self.record = None
        for table in (self.requests, self.checks, self.discussions, self.actions):
            table.setRowCount(0)
        self.waiting.clear()
