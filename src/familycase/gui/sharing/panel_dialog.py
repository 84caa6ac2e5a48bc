"""Print panel case summaries for one or more families.

Three steps, each on the service thread: *Check* prepares every family's summary through
the consent gate (``panel.build_pack``; progress and Cancel), then what the gate will withhold
is shown and must be acknowledged, then *Save the PDF* writes the pack, records every family's
decisions in its share log (``panel.record_printed``) and says where the file is (outside the
encrypted vault). A cancelled or unacknowledged pack shares nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.consent import InfoCategory, Purpose
from familycase.domain.enums import AgencyType
from familycase.gui.common import words
from familycase.gui.common.forms import enum_combo
from familycase.gui.common.long_task import LongTaskDialog, notice_label
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import fit_to_screen, show_text, tell
from familycase.gui.family_file.consent.consent_dialog import SHARING_AGENCIES
from familycase.reports.panel_pdf import MIN_PASSWORD_LENGTH, write_panel_pack
from familycase.services import panel
from familycase.services.caseload import CaseloadRow
from familycase.services.consent import Recipient
from familycase.services.panel import PanelRequest, PanelSummary
from familycase.services.vault import UserSession


def write_pack(
    session: UserSession, summaries: Sequence[PanelSummary], password: str | None, target: Path
) -> Path:
    """Write the PDF, then log every family's decisions (on the service thread)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return write_panel_pack(session, summaries, password or None, target)


class PanelDialog(LongTaskDialog):
    produced = Signal(str)  # where the PDF was written

    def __init__(
        self, session: UserSession, rows: Sequence[CaseloadRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("panelDialog")
        self.setWindowTitle(self.tr("Print panel summaries"))
        self.session = session
        self.rows = list(rows)
        self.summaries: list[PanelSummary] = []
        self.written: Path | None = None

        heading = QLabel(self.tr("Print panel summaries"))
        heading.setObjectName("dialogHeading")
        names = ", ".join(f"{r.reference} {r.display_name}" for r in self.rows[:4])
        if len(self.rows) > 4:
            names += self.tr(" and {n} more").format(n=len(self.rows) - 4)
        intro = QLabel(
            self.tr(
                "One case summary for each of {families}: {names}. Only what each family "
                "agreed to share with the recipient is printed; the rest is marked WITHHELD."
            ).format(families=words.families_text(len(self.rows)), names=names)
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)

        self.agency = enum_combo(SHARING_AGENCIES, words.agency_type_text, AgencyType.SOCIAL_CARE)
        self.agency_name = QLineEdit()
        self.agency_name.setPlaceholderText(self.tr("For example: Northshire MASH panel"))
        self.purpose = enum_combo(Purpose, words.purpose_text, Purpose.PANEL)
        self.question_text = QPlainTextEdit()
        self.question_text.setTabChangesFocus(True)
        self.question_text.setPlaceholderText(
            self.tr("For example: should the family step up to tier 4?")
        )
        self.question_text.setMinimumHeight(self.question_text.fontMetrics().height() * 4)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("Optional, at least {n} characters").format(n=MIN_PASSWORD_LENGTH)
        )
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("Where to save the PDF"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAutoDefault(False)
        browse.setAccessibleName(self.tr("Choose where to save the PDF"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(browse)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for text, widget in [
            (self.tr("Recipient &agency"), self.agency),
            (self.tr("Agency &name"), self.agency_name),
            (self.tr("&Purpose"), self.purpose),
            (self.tr("&Question for the panel"), self.question_text),
            (self.tr("PDF pass&word"), self.password),
        ]:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        where_label = QLabel(self.tr("Save &to"))
        where_label.setBuddy(self.location)
        self.location.setAccessibleName(self.tr("Save to"))
        form.addRow(where_label, where)

        self.progress.setAccessibleName(self.tr("Progress preparing the summaries"))
        self.progress.setRange(0, max(1, len(self.rows)))
        self.progress.setValue(0)

        self.warning = notice_label(self.tr("What will be withheld"))
        self.warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning.hide()
        self.acknowledge = QCheckBox(
            self.tr(
                "I understand what will be withheld, and that the PDF leaves the encrypted "
                "vault once saved"
            )
        )
        self.acknowledge.hide()
        self.acknowledge.toggled.connect(self._update_buttons)

        self.check_button = QPushButton(self.tr("&Check what will be shared"))
        self.check_button.setObjectName("primary")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.save_button = QPushButton(self.tr("&Save the PDF"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.progress)
        layout.addWidget(self.warning)
        layout.addWidget(self.acknowledge)
        layout.addStretch(1)
        layout.addLayout(buttons)
        fit_to_screen(self, 720, 680)
        for widget in (self.agency, self.agency_name, self.purpose, self.question_text):
            signal = getattr(widget, "currentIndexChanged", None) or widget.textChanged
            signal.connect(self._forget_check)
        self._update_buttons()

    # --- step 1: check ------------------------------------------------------------------------
    def recipient(self) -> Recipient:
        return Recipient(agency_type=self.agency.currentData(), name=self.agency_name.text())

    def _problems(self) -> str:
        password = self.password.text()
        if password and len(password) < MIN_PASSWORD_LENGTH:
            return self.tr("A PDF password needs at least {n} characters.").format(
                n=MIN_PASSWORD_LENGTH
            )
        if len(self.agency_name.text()) > 200:
            return self.tr("The agency name can be at most 200 characters.")
        return ""

    def check(self) -> None:
        if self._busy:
            return
        problem = self._problems()
        show_text(self.problem, problem)
        if problem:
            return
        self.progress.setValue(0)
        self.progress.show()
        requests = {
            r.family_id: PanelRequest(question=self.question_text.toPlainText().strip())
            for r in self.rows
        }
        self.start(
            partial(
                panel.build_pack,
                self.session,
                [r.family_id for r in self.rows],
                self.recipient(),
                requests,
                Purpose(self.purpose.currentData()),
            ),
            self._checked,
        )

    def _checked(self, summaries: list[PanelSummary]) -> None:
        self._set_busy(False)
        self.summaries = summaries
        self.warning.setText(self.withheld_text(summaries))
        self.warning.show()
        self.acknowledge.setChecked(False)
        self.acknowledge.show()
        self.acknowledge.setFocus()
        self.check_button.setText(self.tr("C&heck again"))
        self.check_button.setDefault(False)
        self.save_button.setDefault(True)
        self._update_buttons()

    def withheld_text(self, summaries: Sequence[PanelSummary]) -> str:
        recipient = self.agency_name.text() or words.agency_type_text(
            AgencyType(self.agency.currentData())
        )
        lines = []
        for summary in summaries:
            withheld = [d for d in summary.decisions if not d.allowed]
            if not withheld:
                lines.append(
                    self.tr("{reference}: everything in the summary may be shared.").format(
                        reference=summary.reference
                    )
                )
                continue
            # Each kind of information withheld, for how many people, and why (in words:
            # no consent, withdrawn, or what the consent leaves out: a purpose, this agency).
            grouped: dict[tuple[InfoCategory, str], set[str]] = {}
            for d in withheld:
                why = panel.reason_in_words(d, recipient)
                grouped.setdefault((d.category, why), set()).add(d.member_id)
            parts = [
                self.tr("{what} for {n}: {why}").format(
                    what=words.category_text(category),
                    n=self.tr("1 person")
                    if len(ids) == 1
                    else self.tr("{n} people").format(n=len(ids)),
                    why=why,
                )
                for (category, why), ids in grouped.items()
            ]
            lines.append(
                self.tr("{reference}: WITHHELD –").format(reference=summary.reference)  # noqa: RUF001
                + "\n    "
                + "\n    ".join(parts)
            )
        overridden = sum(
            1 for s in summaries for d in s.decisions if d.outcome.value == "allow_by_override"
        )
        text = self.tr("What the consent gate decided for {recipient}:").format(recipient=recipient)
        text += "\n" + "\n".join(f"• {line}" for line in lines)
        if overridden:
            text += "\n" + self.tr(
                "{n} item(s) will be shared without consent, under a recorded decision."
            ).format(n=overridden)
        text += "\n" + self.tr(
            "Withheld items are printed as WITHHELD, never left out silently. Every decision "
            "is written to each family's share log when the PDF is saved."
        )
        return text

    def _forget_check(self, *_args: object) -> None:
        if self.summaries:
            self.summaries = []
            self.warning.hide()
            self.acknowledge.hide()
            self.acknowledge.setChecked(False)
        self._update_buttons()

    # --- step 2: save -------------------------------------------------------------------------
    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the panel summaries"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile("panel-summaries.pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.location.setText)
        self.file_dialog = dialog
        dialog.open()

    def save(self) -> None:
        if self._busy or not self.summaries or not self.acknowledge.isChecked():
            return
        problem = self._problems()
        if not problem and not self.location.text().strip():
            problem = self.tr("Choose where to save the PDF.")
        show_text(self.problem, problem)
        if problem:
            return
        target = Path(self.location.text().strip()).expanduser()
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self._set_busy(True)
        run_in_background(
            partial(write_pack, self.session, list(self.summaries), self.password.text(), target),
            self,
            self._saved,
            self._failed,
        )

    def _saved(self, target: Path) -> None:
        self._set_busy(False)
        self.written = target
        self.produced.emit(str(target))
        self.question = tell(
            self.parentWidget(),
            self.tr("Panel summaries saved"),
            self.tr(
                "Saved to {path}.\n\nThis file has left the encrypted vault{protected}. Send it "
                "securely and delete it when the panel has met."
            ).format(
                path=target,
                protected=self.tr(" (it needs the password to open)")
                if self.password.text()
                else "",
            ),
        )
        self.accept()

    # --- buttons, failure --------------------------------------------------------------------
    def _update_buttons(self, *_args: object) -> None:
        self.check_button.setEnabled(not self._busy)
        self.save_button.setEnabled(
            not self._busy and bool(self.summaries) and self.acknowledge.isChecked()
        )

    def stopped_text(self) -> str:
        return self.tr("Stopped: nothing was produced and nothing was shared.")
