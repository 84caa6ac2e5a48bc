"""The organisation's settings (administrators): which decisions need a team leader, the
jurisdiction (which forms are offered), the follow-up after closure, the caseload cap and
weights, and the in-tray's thresholds. Saving signs one entry of the staff directory
(``org_settings.change``), so nobody can change them by editing the database."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QSpinBox, QWidget

from familycase.domain.enums import Tier
from familycase.domain.settings import ApprovalKind, Jurisdiction, OrganisationSettings
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import combo_value, enum_combo
from familycase.services import org_settings
from familycase.services.vault import UserSession


def _spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


class SettingsDialog(EditorDialog):
    def __init__(
        self, session: UserSession, current: OrganisationSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Organisation settings"), parent)
        self.setObjectName("settingsDialog")
        self._session = session
        self.set_intro(
            self.tr(
                "These apply to everyone in the organisation. Saving signs them into the staff "
                "list with your key: they cannot be changed by editing the database."
            )
        )
        b = self.builder
        b.section(self.tr("Decisions that need a team leader"))
        self.approvals: dict[ApprovalKind, QCheckBox] = {}
        texts = {
            ApprovalKind.STEP_UP: self.tr("Step &up"),
            ApprovalKind.STEP_DOWN: self.tr("Step &down"),
            ApprovalKind.CLOSURE: self.tr("&Closure"),
            ApprovalKind.ASSESSMENT_SIGN_OFF: self.tr("Assessment si&gn-off"),
        }
        for kind in ApprovalKind:
            box = QCheckBox()
            box.setChecked(kind in current.approvals)
            self.approvals[kind] = b.add_check(texts[kind], box, words.approval_kind_text(kind))
        b.section(self.tr("Forms and follow-up"))
        self.jurisdiction = b.add(
            self.tr("&Jurisdiction"),
            enum_combo(Jurisdiction, words.jurisdiction_text, current.jurisdiction),
            "Jurisdiction",
            self.tr("Chooses the forms offered (the carers' forms differ by nation)"),
        )
        self.follow_up = b.add(
            self.tr("&Follow-up after closure (months)"),
            _spin(1, 36, current.follow_up_months),
            "Follow-up after closure (months)",
        )
        b.section(self.tr("Caseloads and allocation"))
        self.cap = QDoubleSpinBox()
        self.cap.setRange(0.5, 200)
        self.cap.setSingleStep(0.5)
        self.cap.setDecimals(1)
        self.cap.setValue(current.allocation_cap)
        b.add(self.tr("Caseload &weight cap"), self.cap, "Caseload weight cap")
        self.weights: dict[Tier, QDoubleSpinBox] = {}
        for tier in Tier:
            box = QDoubleSpinBox()
            box.setRange(0, 20)
            box.setSingleStep(0.5)
            box.setDecimals(1)
            box.setValue(current.tier_weights[tier])
            label = self.tr("Weight of a tier &{n} family").format(n=int(tier))
            self.weights[tier] = b.add(label, box, "Caseload weight by tier")
        b.section(self.tr("In-tray"))
        self.unallocated = b.add(
            self.tr("U&nallocated for more than (days)"),
            _spin(0, 365, current.unallocated_days),
            "Unallocated for more than (days)",
        )
        self.due_soon = b.add(
            self.tr("Show what is due within (da&ys)"),
            _spin(0, 90, current.due_soon_days),
            "Show what is due within (days)",
        )
        self.checkout = b.add(
            self.tr("Checked out for more than (days, &laptops)"),
            _spin(1, 365, current.checkout_days),
            "Checked out for more than (days)",
        )
        self.save_button.setText(self.tr("&Sign and save"))
        self.resize(640, 620)
        self.finish_building()

    def description(self) -> str:
        return self.tr("Organisation settings")

    def build_call(self) -> ServiceCall:
        changes = {
            "approvals": frozenset(k for k, box in self.approvals.items() if box.isChecked()),
            "jurisdiction": combo_value(self.jurisdiction),
            "follow_up_months": self.follow_up.value(),
            "allocation_cap": self.cap.value(),
            "tier_weights": {tier: box.value() for tier, box in self.weights.items()},
            "unallocated_days": self.unallocated.value(),
            "due_soon_days": self.due_soon.value(),
            "checkout_days": self.checkout.value(),
        }
        session = self._session
        return lambda: org_settings.change(session, **changes)
