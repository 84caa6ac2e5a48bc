"""Take these families offline: check the chosen families out to a laptop replica.

The worker picks the replica's folder (a new one, or the laptop's replica already there) and,
for a new replica, a name for the laptop. The check-out runs on the service thread, family by
family, with progress and Stop; a stopped check-out takes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familycase.gui.common.long_task import LongTaskDialog, notice_label
from familycase.gui.common.widgets import show_text
from familycase.services import replica
from familycase.services.caseload import CaseloadRow
from familycase.services.replica import CheckoutResult
from familycase.services.vault import UserSession


def default_folder() -> Path:
    return Path.home() / "FamilyCase laptop"


class TakeOfflineDialog(LongTaskDialog):
    def __init__(
        self, session: UserSession, rows: Sequence[CaseloadRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.rows = list(rows)
        self.checkout: CheckoutResult | None = None
        self.setObjectName("takeOfflineDialog")
        self.setWindowTitle(self.tr("Take families offline"))
        self.setMinimumWidth(520)

        names = ", ".join(f"{r.reference} {r.family_name or ''}".strip() for r in self.rows)
        self.families = QLabel(
            self.tr("{count} families: {names}").format(count=len(self.rows), names=names)
        )
        self.families.setObjectName("offlineFamilies")
        self.families.setWordWrap(True)

        self.folder = QLineEdit(str(default_folder()))
        self.folder.setObjectName("replicaFolder")
        self.folder.setAccessibleName(self.tr("The laptop replica's folder"))
        self.folder.textChanged.connect(self._folder_changed)
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)

        self.device = QLineEdit(replica.clean_device_name(None))
        self.device.setObjectName("deviceName")
        self.device.setAccessibleName(self.tr("A name for this laptop"))
        self.device.setPlaceholderText(self.tr("e.g. Kim's laptop"))
        self.device_note = QLabel()
        self.device_note.setWordWrap(True)

        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        device_label = QLabel(self.tr("&Laptop's name:"))
        device_label.setBuddy(self.device)
        form.addRow(device_label, self.device)
        form.addRow("", self.device_note)

        notice = notice_label(self.tr("What taking families offline does"))
        notice.setText(
            self.tr(
                "The families' records go to this folder encrypted, as they are on the team "
                "store, and the folder itself is encrypted with a key only your password opens. "
                "Until you bring them back (File > Bring my families back…, on the laptop) or a "
                "team leader recalls them, nobody can change these families on the team store."
            )
        )

        self.outcome = QLabel()
        self.outcome.setObjectName("offlineOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.hide()

        self.go = QPushButton(self.tr("&Take offline"))
        self.go.setObjectName("takeOfflineButton")
        self.go.setDefault(True)
        self.go.clicked.connect(self.take)
        buttons = QDialogButtonBox()
        buttons.addButton(self.go, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.families)
        layout.addLayout(form)
        layout.addWidget(notice)
        layout.addWidget(self.outcome)
        layout.addWidget(self.problem)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self._folder_changed(self.folder.text())

    # --- LongTaskDialog -----------------------------------------------------------------------
    def idle_text(self) -> str:
        return self.tr("Close") if getattr(self, "checkout", None) else self.tr("Cancel")

    def stopped_text(self) -> str:
        return self.tr("Stopped: nothing was taken offline.")

    def _update_buttons(self, *_args: object) -> None:
        idle = not self.is_busy and self.checkout is None
        for widget in (self.go, self.folder, self.browse, self.device):
            widget.setEnabled(idle)

    # --- actions ------------------------------------------------------------------------------
    def _browse(self) -> None:
        self.file_dialog = QFileDialog(self, self.tr("Folder for the laptop replica"))
        self.file_dialog.setFileMode(QFileDialog.FileMode.Directory)
        self.file_dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        self.file_dialog.fileSelected.connect(self.folder.setText)
        self.file_dialog.open()

    def _folder_changed(self, text: str) -> None:
        device = replica.device_of(Path(text).expanduser()) if text.strip() else None
        if device is not None:
            self.device.setText(device)
            self.device.setReadOnly(True)
            self.device_note.setText(
                self.tr(
                    "This folder is already the replica of '{device}': the families are added "
                    "to it."
                ).format(device=device)
            )
        else:
            self.device.setReadOnly(False)
            self.device_note.setText(self.tr("A new replica is made in this folder."))

    def take(self) -> None:
        folder = Path(self.folder.text().strip()).expanduser()
        if not self.folder.text().strip():
            show_text(self.problem, self.tr("Choose a folder for the laptop replica."))
            return
        device = self.device.text().strip()
        if not device and replica.device_of(folder) is None:
            show_text(self.problem, self.tr("Give this laptop a name (e.g. Kim's laptop)."))
            return
        show_text(self.problem, "")
        references = [r.reference for r in self.rows]
        self.progress.setRange(0, len(references))
        self.progress.setValue(0)
        self.progress.show()

        def call(progress: Callable[[int, int], bool]) -> CheckoutResult:
            return replica.check_out(self.session, references, folder, device or None, progress)

        self.start_stoppable(call, self._done)

    def _done(self, result: CheckoutResult) -> None:
        self.checkout = result
        self._set_busy(False)
        self.progress.hide()
        lines = []
        if result.checked_out:
            lines.append(
                self.tr("Taken offline to '{device}': {refs}.").format(
                    device=result.device, refs=", ".join(result.checked_out)
                )
            )
        if result.already_there:
            lines.append(
                self.tr("Already on it (kept as they are): {refs}.").format(
                    refs=", ".join(result.already_there)
                )
            )
        lines.append(
            self.tr(
                "To work offline, open the folder {folder} in FamilyCase and sign in as usual."
            ).format(folder=result.folder)
        )
        self.outcome.setText("\n".join(lines))
        self.outcome.show()
        self.cancel_button.setFocus()
