"""The Consent tab: who has agreed to share what, decisions to share without consent, and the
family's share log (every decision to share or not to share).

Everything shown is read through ``services/consent.py`` on the service thread; states are
written in words (and only emphasised with colour). Files that leave the encrypted vault (a
copy of the evidence, a subject access export) are only written after a warning.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.consent import ConsentRecord, ConsentState, SharingOverride
from familycase.gui.common import words
from familycase.gui.common.context import FamilyContext
from familycase.gui.common.editor import ServiceCall
from familycase.gui.common.lazy_tab import LoadsWhenShown
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import (
    button,
    button_row,
    fill_table,
    heading,
    record_table,
    selected_record,
    tell,
)
from familycase.gui.family_file.consent.consent_dialog import WithdrawDialog
from familycase.gui.family_file.consent.family_consent_dialog import FamilyConsentDialog
from familycase.gui.family_file.consent.override_dialog import OverrideDialog
from familycase.gui.family_file.consent.rows import consent_rows, override_rows, share_rows
from familycase.reports import subject_access_pdf
from familycase.services import consent as consent_service
from familycase.services import subject_access
from familycase.services.consent import ShareLogView
from familycase.services.errors import Locked
from familycase.services.vault import UserSession

ATTENTION = QColor("#a4262c")
EVERYONE = "__everyone__"


@dataclass(frozen=True)
class ConsentData:
    consents: list[ConsentRecord]
    overrides: list[SharingOverride]
    shares: list[ShareLogView]


def load_consent(session: UserSession, family_id: str) -> ConsentData:
    return ConsentData(
        consent_service.consents(session, family_id),
        consent_service.overrides(session, family_id),
        consent_service.share_log(session, family_id),
    )


def write_subject_access(
    session: UserSession, family_id: str, member_id: str, folder: Path
) -> list[Path]:
    """The person's subject access pack as JSON and PDF in ``folder`` (on the service thread)."""
    pack = subject_access.subject_access(session, family_id, member_id)
    stem = "subject-access-" + "".join(
        c if c.isalnum() else "-" for c in pack.person.full_name
    ).strip("-")
    return subject_access_pdf.write_subject_access(session, family_id, pack, folder, stem)


@dataclass
class EvidenceNote:
    evidence_id: str
    consent_id: str
    filename: str


@dataclass
class _Evidence:
    by_consent: dict[str, list[EvidenceNote]] = field(default_factory=dict)


class ConsentTab(LoadsWhenShown):
    def __init__(self, context: FamilyContext) -> None:
        super().__init__()
        self.setObjectName("consentTab")
        self.context = context
        self.data: ConsentData | None = None
        self._evidence = _Evidence()
        self.question: QMessageBox | None = None
        self.file_dialog: QFileDialog | None = None
        self.last_written: list[Path] = []
        self._bold = QFont()
        self._bold.setBold(True)

        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Show consent for"))
        self.person.currentIndexChanged.connect(lambda _i: self._show())
        person_label = QLabel(self.tr("Show &for"))
        person_label.setBuddy(self.person)
        self.subject_access = button(
            self.tr("Subject access e&xport…"),
            self._subject_access,
            self.tr("Everything held about the chosen person, as JSON and PDF"),
        )
        top = QHBoxLayout()
        top.addWidget(person_label)
        top.addWidget(self.person)
        top.addStretch(1)
        top.addWidget(self.subject_access)

        self.consents = record_table(
            [
                self.tr("Person"),
                self.tr("State"),
                self.tr("Agencies"),
                self.tr("Purposes"),
                self.tr("Information"),
                self.tr("Given by, how"),
                self.tr("Given – review or end"),  # noqa: RUF001 (typography)
                self.tr("Evidence"),
            ],
            "consents",
            self.tr("Consent to share"),
        )
        self.record = button(self.tr("&Record consent…"), self._record)
        self.withdraw = button(self.tr("&Withdraw…"), self._withdraw)
        self.attach = button(
            self.tr("A&ttach evidence…"),
            self._attach,
            self.tr("Keep an encrypted copy of the signed form or other evidence"),
        )
        self.save_evidence = button(
            self.tr("Save a cop&y of the evidence…"),
            self._save_evidence,
            self.tr("Write the evidence outside FamilyCase (it leaves the encrypted vault)"),
        )
        self.consents.itemSelectionChanged.connect(self._update_buttons)

        self.overrides = record_table(
            [
                self.tr("About"),
                self.tr("Agency"),
                self.tr("Purpose"),
                self.tr("Information"),
                self.tr("Reason"),
                self.tr("Lawful basis"),
                self.tr("Decided by"),
                self.tr("Applies until"),
            ],
            "overrides",
            self.tr("Decisions to share without consent"),
        )
        self.override = button(
            self.tr("Record a &decision to share without consent…"), self._override
        )

        self.shares = record_table(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("With whom"),
                self.tr("Purpose"),
                self.tr("Outcome"),
                self.tr("By whom"),
            ],
            "shareLog",
            self.tr("Share log"),
        )

        def section(title: str, *widgets: object) -> QWidget:
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 6, 0, 0)
            column.addWidget(heading(title))
            for widget in widgets:
                if isinstance(widget, QWidget):
                    column.addWidget(widget, 1)
                else:
                    column.addLayout(widget)  # type: ignore[arg-type]
            return holder

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(
            section(
                self.tr("Consent to share"),
                self.consents,
                button_row(self.record, self.withdraw, self.attach, self.save_evidence),
            )
        )
        split.addWidget(
            section(self.tr("Sharing without consent"), self.overrides, button_row(self.override))
        )
        split.addWidget(section(self.tr("Share log: what was shared, or withheld"), self.shares))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setStretchFactor(2, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([520, 170, 190])

        # Three lists on one page: on a small screen the page scrolls rather than squeezing a
        # list until its first row shows only in part.
        page = QScrollArea()
        page.setObjectName("pageScroll")
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page.setWidget(split)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(page, 1)
        self._update_buttons()

    # --- showing -----------------------------------------------------------------------------
    def show_data(self, data: object) -> None:
        members = data.view.file.members  # type: ignore[attr-defined]
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone in the family"), EVERYONE)
        for member in members:
            self.person.addItem(member.full_name, member.id)
        self.person.setCurrentIndex(max(0, self.person.findData(current)))
        self.person.blockSignals(False)
        super().show_data(data)  # read only while the tab is shown

    def loader(self) -> ServiceCall:
        return partial(load_consent, self.context.session, self.context.family_id)

    def loaded(self, result: object) -> None:
        self.data = result  # type: ignore[assignment]
        self._show()

    def load_failed_text(self) -> str:
        return self.tr("Could not read the consent records")

    def _names(self) -> dict[str, str]:
        return {m.id: m.full_name for m in self.context.data.view.file.members}

    def _show(self) -> None:
        data = self.data
        if data is None:
            return
        names = self._names()
        chosen = self.person.currentData()
        on = date.today()

        def wanted(member_id: str) -> bool:
            return chosen in (None, EVERYONE) or member_id == chosen

        evidence = {
            consent_id: ", ".join(note.filename for note in notes)
            for consent_id, notes in self._evidence.by_consent.items()
        }
        rows = consent_rows(data.consents, names, evidence, wanted, on)
        fill_table(self.consents, rows)
        for r, (c, _cells) in enumerate(rows):
            state = c.state_on(on)
            item = self.consents.item(r, 1)
            if words.consent_needs_attention(state):
                item.setForeground(QBrush(ATTENTION))
                item.setFont(self._bold)
            if state is ConsentState.WITHDRAWN and c.withdrawal is not None:
                item.setToolTip(
                    self.tr("Withdrawn on {date}: {reason}").format(
                        date=words.date_text(c.withdrawal.on), reason=c.withdrawal.reason
                    )
                )
        if not rows:
            self.consents.setRowCount(0)
        fill_table(self.overrides, override_rows(data.overrides, names, wanted))
        fill_table(self.shares, share_rows(data.shares))
        self._update_buttons()

    def clear(self) -> None:
        self.data = None
        self._evidence = _Evidence()
        for table in (self.consents, self.overrides, self.shares):
            table.setRowCount(0)
        self.person.clear()

    def _update_buttons(self) -> None:
        consent: ConsentRecord | None = selected_record(self.consents)
        has_people = bool(self.context.data.view.file.members)
        self.record.setEnabled(has_people)
        self.override.setEnabled(has_people)
        self.withdraw.setEnabled(consent is not None and consent.withdrawal is None)
        self.attach.setEnabled(consent is not None)
        self.save_evidence.setEnabled(
            consent is not None and bool(self._evidence.by_consent.get(consent.id))
        )
        self.subject_access.setEnabled(self.person.currentData() not in (None, EVERYONE))

    # --- actions -----------------------------------------------------------------------------
    def _members(self):  # noqa: ANN202 - list[Member]
        return self.context.data.view.file.members

    def _chosen_person(self) -> str | None:
        chosen = self.person.currentData()
        return None if chosen in (None, EVERYONE) else chosen

    def _record(self) -> None:
        self.context.open_editor(
            FamilyConsentDialog(
                self.context.session,
                self.context.family_id,
                self._members(),
                self._chosen_person(),
                self.window(),
            )
        )

    def _withdraw(self) -> None:
        consent: ConsentRecord | None = selected_record(self.consents)
        if consent is None or consent.withdrawal is not None:
            return
        self.context.open_editor(
            WithdrawDialog(
                self.context.session,
                self.context.family_id,
                consent,
                self._names().get(consent.member_id, "?"),
                self.window(),
            )
        )

    def _override(self) -> None:
        self.context.open_editor(
            OverrideDialog(
                self.context.session,
                self.context.family_id,
                self._members(),
                self._chosen_person(),
                self.window(),
            )
        )

    # --- evidence ----------------------------------------------------------------------------
    def _file_dialog(
        self, title: str, mode: QFileDialog.FileMode, save: bool = False
    ) -> QFileDialog:
        dialog = QFileDialog(self.window(), title)
        dialog.setFileMode(mode)
        if save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        return dialog

    def _attach(self) -> None:
        consent: ConsentRecord | None = selected_record(self.consents)
        if consent is None:
            return
        dialog = self._file_dialog(
            self.tr("Choose the evidence to keep"), QFileDialog.FileMode.ExistingFile
        )
        dialog.setNameFilters(
            [self.tr("Scans and documents (*.pdf *.png *.jpg *.jpeg)"), self.tr("Any file (*)")]
        )
        dialog.fileSelected.connect(partial(self.attach_file, consent.id))
        dialog.open()

    def attach_file(self, consent_id: str, path: str) -> None:
        """Read the file and keep it encrypted with the family's key (on the service thread)."""
        source = Path(path)
        session, family_id = self.context.session, self.context.family_id
        media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"

        def attach() -> EvidenceNote:
            evidence_id = consent_service.attach_evidence(
                session, family_id, consent_id, source.name, media_type, source.read_bytes()
            )
            return EvidenceNote(evidence_id, consent_id, source.name)

        def attached(note: EvidenceNote) -> None:
            self._evidence.by_consent.setdefault(note.consent_id, []).append(note)
            self.context.after_change()

        run_in_background(attach, self, attached, self._failed(self.tr("Could not attach")))

    def _save_evidence(self) -> None:
        consent: ConsentRecord | None = selected_record(self.consents)
        notes = self._evidence.by_consent.get(consent.id, []) if consent else []
        if not notes:
            return
        note = notes[-1]
        self.context.confirm(
            self.tr("Save a copy outside FamilyCase"),
            self.tr(
                "The copy of {file} will leave the encrypted vault: anyone who can open the "
                "folder you choose can read it. Keep it only as long as you need it."
            ).format(file=note.filename),
            self.tr("Choose where to save"),
            partial(self._choose_evidence_target, note),
        )

    def _choose_evidence_target(self, note: EvidenceNote) -> None:
        dialog = self._file_dialog(
            self.tr("Save a copy of the evidence"), QFileDialog.FileMode.AnyFile, save=True
        )
        dialog.selectFile(note.filename)
        dialog.fileSelected.connect(partial(self.save_evidence_to, note.evidence_id))
        dialog.open()

    def save_evidence_to(self, evidence_id: str, path: str) -> None:
        session, family_id = self.context.session, self.context.family_id
        target = Path(path)

        def save() -> Path:
            return consent_service.save_evidence_copy(session, family_id, evidence_id, target)

        run_in_background(
            save, self, self._written, self._failed(self.tr("Could not save the copy"))
        )

    # --- subject access ----------------------------------------------------------------------
    def _subject_access(self) -> None:
        member_id = self._chosen_person()
        if member_id is None:
            return
        name = self._names().get(member_id, "?")
        self.context.confirm(
            self.tr("Subject access export"),
            self.tr(
                "FamilyCase will write everything it holds about {name} as a JSON file and a "
                "PDF. These files leave the encrypted vault: check them, remove what is about "
                "other people where the law allows, and delete them once they are sent."
            ).format(name=name),
            self.tr("Choose a folder"),
            partial(self._choose_subject_access_folder, member_id),
        )

    def _choose_subject_access_folder(self, member_id: str) -> None:
        dialog = self._file_dialog(
            self.tr("Folder for the subject access export"), QFileDialog.FileMode.Directory
        )
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(partial(self.export_subject_access, member_id))
        dialog.open()

    def export_subject_access(self, member_id: str, folder: str) -> None:
        run_in_background(
            partial(
                write_subject_access,
                self.context.session,
                self.context.family_id,
                member_id,
                Path(folder),
            ),
            self,
            self._written,
            self._failed(self.tr("Could not write the subject access export")),
        )

    # --- results -----------------------------------------------------------------------------
    def _written(self, result: Path | list[Path]) -> None:
        paths = result if isinstance(result, list) else [result]
        self.last_written = paths
        self.question = tell(
            self.window(),
            self.tr("Written outside FamilyCase"),
            self.tr("Written (not encrypted):\n{files}").format(
                files="\n".join(str(p) for p in paths)
            ),
        )

    def _failed(self, what: str):  # noqa: ANN202 - a callback
        def failed(error: BaseException) -> None:
            if not isinstance(error, Locked):
                self.context.show_error(what, error)

        return failed
