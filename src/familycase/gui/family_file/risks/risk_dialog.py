"""Record a risk or alert flag (or correct one), and end one with a reason."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from familycase.domain.consent import InfoCategory
from familycase.domain.enums import AgencyType
from familycase.domain.errors import validated
from familycase.domain.family import Member
from familycase.domain.risk import DEFAULT_CATEGORY, RiskFlag, RiskKind
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import (
    DateField,
    check_date_on_edit,
    checked_values,
    combo_value,
    enum_combo,
    member_checklist,
)
from familycase.services import risks
from familycase.services.vault import UserSession


class RiskDialog(EditorDialog):
    """Saves with ``risks.save_flag``. No one ticked: the flag is about the whole family."""

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        members: Sequence[Member],
        flag: RiskFlag | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Add a risk or alert") if flag is None else self.tr("Correct an alert")
        super().__init__(title, parent)
        self.setObjectName("riskDialog")
        self._session = session
        self._family_id = family_id
        self._flag = flag
        self.set_intro(
            self.tr(
                "Alerts show at the top of the family file and in caseloads. Panel summaries "
                "and printed chronologies include them only where the family agreed to share "
                "that kind of information with the agency (or a recorded decision allows it)."
            )
        )
        b = self.builder
        self.kind = b.add(
            self.tr("&Kind of alert"),
            enum_combo(RiskKind, words.risk_kind_text, flag.kind if flag else None),
            "Kind of alert",
        )
        self.other_kind = b.add(self.tr("&What kind"), QLineEdit(), "What kind of alert")
        self.category = b.add(
            self.tr("Type of &information"),
            enum_combo(InfoCategory, words.category_text),
            "Type of information",
            hint=self.tr("What the consent gate decides sharing by."),
        )
        self.about = b.add(
            self.tr("&About"),
            member_checklist(members, flag.member_ids if flag else ()),
            "About",
            hint=self.tr("Tick nobody for the whole family."),
        )
        self.since = b.add(
            self.tr("Sin&ce"), DateField(flag.started_on if flag else date.today()), "Since"
        )
        self.since.setProperty("past_only", True)
        self.agency = QComboBox()
        self.agency.addItem(self.tr("Not recorded"), None)
        for kind in AgencyType:
            self.agency.addItem(words.agency_type_text(kind), kind)
        b.add(self.tr("&Told by"), self.agency, "Told by (type of agency)")
        self.agency_name = b.add(self.tr("A&gency name"), QLineEdit(), "Told by (agency)")
        self.agency_name.setPlaceholderText(self.tr("e.g. Demoford Children's Services"))
        self.note = b.add(self.tr("&Note"), QPlainTextEdit(), "Note")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            self.tr("e.g. the category of the plan, the date of the next conference or MARAC.")
        )
        check_date_on_edit(self.since, self.errors, "Since")
        if flag is not None:
            self.other_kind.setText(flag.other_kind)
            self.category.setCurrentIndex(self.category.findData(flag.gate_category))
            self.agency.setCurrentIndex(max(0, self.agency.findData(flag.source_agency_type)))
            self.agency_name.setText(flag.source_agency_name)
            self.note.setPlainText(flag.note)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.save_button.setText(self.tr("&Save the alert"))
        self.resize(640, 640)
        self.finish_building()

    def _kind_changed(self) -> None:
        kind = RiskKind(combo_value(self.kind))
        other = kind is RiskKind.OTHER
        self.other_kind.setEnabled(other)
        self.category.setEnabled(other)
        if not other:
            self.category.setCurrentIndex(self.category.findData(DEFAULT_CATEGORY[kind]))

    def description(self) -> str:
        return self.windowTitle()

    def build_call(self) -> ServiceCall:
        kind = RiskKind(combo_value(self.kind))
        data = {
            "kind": kind,
            "other_kind": self.other_kind.text() if kind is RiskKind.OTHER else "",
            "category": combo_value(self.category) if kind is RiskKind.OTHER else None,
            "member_ids": checked_values(self.about),
            "started_on": self.since.value(),
            "source_agency_type": combo_value(self.agency),
            "source_agency_name": self.agency_name.text(),
            "note": self.note.toPlainText(),
        }
        if self._flag is not None:
            data["id"] = self._flag.id
        flag = validated(RiskFlag, data)
        session, family_id = self._session, self._family_id
        return lambda: risks.save_flag(session, family_id, flag)


class EndRiskDialog(EditorDialog):
    """End a flag: it stays in the chronology, and leaves the banner and the caseloads."""

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        flag: RiskFlag,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("End an alert"), parent)
        self.setObjectName("endRiskDialog")
        self._session = session
        self._family_id = family_id
        self._flag = flag
        self.set_intro(
            self.tr(
                "“{kind}” will leave the banner and the caseloads. It stays in the family's "
                "chronology."
            ).format(kind=words.risk_flag_title(flag))
        )
        b = self.builder
        self.on = b.add(self.tr("&Ended on"), DateField(date.today()), "Ended on")
        self.on.setProperty("past_only", True)
        self.reason = b.add(self.tr("&Why it ended"), QLineEdit(), "Why it ended")
        self.reason.setPlaceholderText(self.tr("e.g. plan ended at the review conference"))
        check_date_on_edit(self.on, self.errors, "Ended on")
        self.save_button.setText(self.tr("E&nd the alert"))
        self.resize(560, 320)
        self.reason.setFocus()
        self.finish_building()

    def build_call(self) -> ServiceCall:
        validated(
            RiskFlag,
            {
                **self._flag.model_dump(),
                "ended_on": self.on.value(),
                "end_reason": self.reason.text(),
            },
        )
        session, family_id, flag_id = self._session, self._family_id, self._flag.id
        on = self.on.value()
        reason = self.reason.text()
        return lambda: risks.end_flag(session, family_id, flag_id, reason, on)  # type: ignore[arg-type]
