"""Step a family up or down a tier, with the reason (always required)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from familycase.domain.enums import Tier, TierChangeKind
from familycase.domain.errors import validated
from familycase.domain.settings import ApprovalKind
from familycase.domain.work import TierChange
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import DateField, check_date_on_edit, combo_value, enum_combo
from familycase.services import approvals
from familycase.services.vault import UserSession


class TierDialog(EditorDialog):
    """A decision: never saved automatically (see ``common/editor.py``)."""

    is_decision = True

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        family_name: str,
        current: Tier,
        parent: QWidget | None = None,
        reserved: frozenset[ApprovalKind] = frozenset(),
    ) -> None:
        super().__init__(self.tr("Step up or step down"), parent)
        self.setObjectName("tierDialog")
        self._session = session
        self._family_id = family_id
        self._family_name = family_name
        self._current = current
        self._reserved = reserved
        self.set_intro(
            self.tr(
                "{family} is at tier {tier} now. Stepping up to tier 4 hands the family to "
                "children's social care; stepping down brings them back to early help."
            ).format(family=family_name, tier=words.tier_text(current))
        )
        b = self.builder
        others = [tier for tier in Tier if tier is not current]
        default = min(others, key=lambda tier: abs(int(tier) - int(current) - 1))
        self.tier = b.add(
            self.tr("New &tier"), enum_combo(others, words.tier_text, default), "To tier"
        )
        self.direction = QLabel()
        self.direction.setObjectName("subheading")
        self.form.addRow("", self.direction)
        self.on = b.add(self.tr("&Date"), DateField(date.today()), "Date")
        self.on.setProperty("past_only", True)
        self.reason = b.add(self.tr("&Reason"), QPlainTextEdit(), "Reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why the family is moving tier, and who decided."))
        check_date_on_edit(self.on, self.errors, "Date")
        self.tier.currentIndexChanged.connect(self._show_direction)
        self._show_direction()
        self.resize(600, 460)
        self.reason.setFocus()
        self.finish_building()

    def _kind(self) -> TierChangeKind:
        higher = int(combo_value(self.tier)) > int(self._current)
        return TierChangeKind.STEP_UP if higher else TierChangeKind.STEP_DOWN

    def _needs_approval(self) -> bool:
        kind = self._kind()
        wanted = ApprovalKind.STEP_UP if kind is TierChangeKind.STEP_UP else ApprovalKind.STEP_DOWN
        return wanted in self._reserved

    def _show_direction(self) -> None:
        text = (
            self.tr("This is a step up.")
            if self._kind() is TierChangeKind.STEP_UP
            else self.tr("This is a step down.")
        )
        if self._needs_approval():
            text += " " + self.tr("A team leader approves it: it takes effect when they do.")
        self.direction.setText(text)
        self.direction.setWordWrap(True)
        self.save_button.setText(
            self.tr("&Ask a team leader")
            if self._needs_approval()
            else self.tr("&Record the change")
        )

    def description(self) -> str:
        return self.tr("Tier change for {family}").format(family=self._family_name)

    def build_call(self) -> ServiceCall:
        change = validated(
            TierChange,
            {
                "kind": self._kind(),
                "from_tier": self._current,
                "to_tier": combo_value(self.tier),
                "reason": self.reason.toPlainText(),
                "on": self.on.value(),
            },
        )
        session, family_id = self._session, self._family_id
        return lambda: approvals.change_tier_or_ask(
            session, family_id, change.to_tier, change.reason, change.on
        )
