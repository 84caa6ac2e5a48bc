"""The Risks and alerts tab: current flags first, then ended ones; add, correct and end."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from familycase.domain.risk import RiskFlag
from familycase.gui.common import words
from familycase.gui.common.context import FamilyContext
from familycase.gui.common.widgets import (
    button,
    button_row,
    empty_note,
    fill_table,
    heading,
    record_table,
    selected_record,
)
from familycase.gui.family_file.risks.risk_dialog import EndRiskDialog, RiskDialog
from familycase.services.clock import today


class RisksTab(QWidget):
    def __init__(self, context: FamilyContext) -> None:
        super().__init__()
        self.setObjectName("risksTab")
        self.context = context
        self.table = record_table(
            [
                self.tr("Alert"),
                self.tr("About"),
                self.tr("Since"),
                self.tr("Ended"),
                self.tr("Told by"),
                self.tr("Note"),
            ],
            "riskFlags",
            self.tr("Risk and alert flags"),
        )
        self.table.itemSelectionChanged.connect(self._update)
        self.table.activated.connect(lambda _index: self._edit())
        self.add = button(self.tr("&Add an alert…"), self._add)
        self.edit = button(self.tr("&Correct the alert…"), self._edit)
        self.end = button(self.tr("&End the alert…"), self._end)
        self.detail = QTextBrowser()
        self.detail.setObjectName("riskDetail")
        self.detail.setAccessibleName(self.tr("The selected alert"))
        self.detail.setMaximumHeight(self.fontMetrics().height() * 7)
        self.summary = QLabel()
        self.summary.setObjectName("subheading")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Risk and alert flags")))
        layout.addWidget(
            empty_note(
                self.tr(
                    "Statutory plans (child protection, child in need, looked after), domestic "
                    "abuse and MARAC, going missing, exploitation, caring for someone. Ended "
                    "alerts stay here and in the chronology."
                )
            )
        )
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.add, self.edit, self.end))
        layout.addWidget(self.detail)
        self._names: dict[str, str] = {}

    def show_data(self, data: object) -> None:
        view = data.view  # type: ignore[attr-defined]
        self._names = {m.id: m.full_name for m in view.file.members}
        on = today()
        current = view.current_risks
        self.summary.setText(
            self.tr("{n} current, {ended} ended").format(
                n=len(current), ended=len(view.risks) - len(current)
            )
        )
        fill_table(
            self.table,
            [
                (
                    flag,
                    [
                        words.risk_flag_title(flag),
                        self._about(flag),
                        words.date_text(flag.started_on),
                        words.date_text(flag.ended_on)
                        if flag.ended_on and not flag.current_on(on)
                        else self.tr("current"),
                        flag.source_agency_name
                        or (
                            words.agency_type_text(flag.source_agency_type)
                            if flag.source_agency_type
                            else ""
                        ),
                        flag.note.replace("\n", " "),
                    ],
                )
                for flag in view.risks
            ],
        )
        if view.risks and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)
        self._update()

    def _about(self, flag: RiskFlag) -> str:
        return ", ".join(self._names.get(m, "?") for m in flag.member_ids) or self.tr(
            "The whole family"
        )

    def _update(self) -> None:
        flag: RiskFlag | None = selected_record(self.table)
        open_ = flag is not None and flag.ended_on is None
        self.edit.setEnabled(open_)
        self.end.setEnabled(open_)
        if flag is None:
            self.detail.setPlainText(self.tr("No alerts recorded."))
            return
        lines = [
            f"{words.risk_flag_title(flag)} \N{EM DASH} {self._about(flag)}",
            self.tr("Type of information: {category}").format(
                category=words.category_text(flag.gate_category)
            ),
            self.tr("Recorded by {name}").format(name=flag.recorded_by) if flag.recorded_by else "",
            flag.note,
            self.tr("Ended on {date}: {reason}").format(
                date=words.date_text(flag.ended_on), reason=flag.end_reason
            )
            if flag.ended_on
            else "",
        ]
        self.detail.setPlainText("\n".join(line for line in lines if line))

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.detail.clear()
        self.summary.clear()

    # --- actions -----------------------------------------------------------------------------
    def _add(self) -> None:
        self.context.open_editor(
            RiskDialog(
                self.context.session,
                self.context.family_id,
                self.context.data.view.file.members,
                None,
                self.window(),
            )
        )

    def _edit(self) -> None:
        flag: RiskFlag | None = selected_record(self.table)
        if flag is None or flag.ended_on is not None:
            return
        self.context.open_editor(
            RiskDialog(
                self.context.session,
                self.context.family_id,
                self.context.data.view.file.members,
                flag,
                self.window(),
            )
        )

    def _end(self) -> None:
        flag: RiskFlag | None = selected_record(self.table)
        if flag is None or flag.ended_on is not None:
            return
        self.context.open_editor(
            EndRiskDialog(self.context.session, self.context.family_id, flag, self.window())
        )
