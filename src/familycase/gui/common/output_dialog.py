"""A dialog for one registered output that leaves the vault as a PDF (a printed chronology, a
referral feedback letter): *Check* asks the services what the consent gate allows (on the
service thread), the result and the "this leaves the encrypted vault" notice are shown, what
is withheld must be acknowledged, then *Save the PDF* writes the file through the output's own
writer (owner-only, share-logged) and says where it is.

Subclasses add their fields to ``form`` and say how to prepare (``prepare_call``), what the
prepared output says (``describe``: text and how many items are withheld) and how to write it
(``write_call``). Nothing is produced or logged until Save.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.consent import Purpose
from familycase.domain.enums import AgencyType
from familycase.gui.common import words
from familycase.gui.common.editor import ServiceCall, error_text
from familycase.gui.common.forms import combo_value, enum_combo
from familycase.gui.common.long_task import notice_label
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import close_if_alive, problem_label, show_text, tell
from familycase.services.consent import Recipient
from familycase.services.errors import Locked


class OutputDialog(QDialog):
    produced = Signal(str)  # where the file was written

    def __init__(self, title: str, intro: str, file_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._busy = False
        self.prepared: Any = None
        self.written: Path | None = None
        self.file_dialog: QFileDialog | None = None
        self.question: QMessageBox | None = None
        self._file_name = file_name

        heading = QLabel(title)
        heading.setObjectName("dialogHeading")
        intro_label = QLabel(intro)
        intro_label.setObjectName("muted")
        intro_label.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.preview = QTextBrowser()
        self.preview.setObjectName("outputPreview")
        self.preview.setAccessibleName(self.tr("What will be written"))
        self.preview.setPlaceholderText(self.tr("Check what can be shared first."))
        self.notice = notice_label(self.tr("Leaves the encrypted vault"))
        self.notice.setText(
            self.tr(
                "The PDF leaves the encrypted vault: anyone who can open the folder you choose "
                "can read it. Send it securely and delete it once it has been sent."
            )
        )
        self.acknowledge = QCheckBox(
            self.tr("I understand that what is &withheld is marked, not sent")
        )
        self.acknowledge.hide()
        self.acknowledge.toggled.connect(self._update_buttons)
        self.location = QLineEdit()
        self.location.setAccessibleName(self.tr("Where to save the PDF"))
        self.location.setPlaceholderText(self.tr("Where to save the PDF"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAutoDefault(False)
        browse.setAccessibleName(self.tr("Choose where to save the PDF"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(browse)
        self.problem = problem_label()

        self.check_button = QPushButton(self.tr("C&heck what can be shared"))
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check)
        self.save_button = QPushButton(self.tr("&Save the PDF"))
        self.save_button.setObjectName("primary")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(intro_label)
        layout.addLayout(self.form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.acknowledge)
        layout.addLayout(where)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self._update_buttons()

    # --- for subclasses ----------------------------------------------------------------------
    def add_recipient_fields(self, agency: AgencyType, placeholder: str) -> None:
        """The agency the output is for (its type and name) and the purpose, as the consent
        gate needs them; changing any of them means checking again."""
        translate = QCoreApplication.translate
        self.agency = enum_combo(AgencyType, words.agency_type_text, agency)
        self.agency_name = QLineEdit()
        self.agency_name.setPlaceholderText(placeholder)
        self.purpose = enum_combo(Purpose, words.purpose_text, Purpose.ASSESSMENT_AND_PLANNING)
        for text, widget in [
            (translate("OutputDialog", "For (type of &agency)"), self.agency),
            (translate("OutputDialog", "Agency &name"), self.agency_name),
            (translate("OutputDialog", "&Purpose"), self.purpose),
        ]:
            widget.setAccessibleName(text.replace("&", ""))
            self.form.addRow(text, widget)
            label = self.form.labelForField(widget)
            label.setBuddy(widget)  # type: ignore[attr-defined]
        self.agency.currentIndexChanged.connect(self.forget_check)
        self.agency_name.textChanged.connect(self.forget_check)
        self.purpose.currentIndexChanged.connect(self.forget_check)

    def recipient(self) -> Recipient:
        return Recipient(
            agency_type=AgencyType(combo_value(self.agency)), name=self.agency_name.text()
        )

    def chosen_purpose(self) -> Purpose:
        return Purpose(combo_value(self.purpose))

    def prepare_call(self) -> ServiceCall:
        raise NotImplementedError

    def describe(self, prepared: Any) -> tuple[str, int]:
        """The preview as HTML, and how many items the gate withholds."""
        raise NotImplementedError

    def write_call(self, prepared: Any, target: Path) -> ServiceCall:
        raise NotImplementedError

    def forget_check(self, *_args: object) -> None:
        """Connect to every field that changes what would be written."""
        self.prepared = None
        self.preview.clear()
        self.acknowledge.hide()
        self.acknowledge.setChecked(False)
        self._update_buttons()

    # --- step 1: check -----------------------------------------------------------------------
    def check(self) -> None:
        if self._busy:
            return
        show_text(self.problem, "")
        self._set_busy(True)
        run_in_background(self.prepare_call(), self, self._checked, self._failed)

    def _checked(self, prepared: Any) -> None:
        self._set_busy(False)
        self.prepared = prepared
        text, withheld = self.describe(prepared)
        self.preview.setHtml(text)
        self.acknowledge.setVisible(withheld > 0)
        self.acknowledge.setChecked(False)
        self._update_buttons()

    # --- step 2: save ------------------------------------------------------------------------
    def _browse(self) -> None:
        dialog = QFileDialog(self, self.windowTitle())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(self._file_name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.location.setText)
        self.file_dialog = dialog
        dialog.open()

    def save(self) -> None:
        if self._busy or not self._ready():
            return
        if not self.location.text().strip():
            show_text(self.problem, self.tr("Choose where to save the PDF."))
            return
        target = Path(self.location.text().strip()).expanduser()
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self._set_busy(True)
        run_in_background(self.write_call(self.prepared, target), self, self._saved, self._failed)

    def _saved(self, target: Path) -> None:
        self._set_busy(False)
        self.written = target
        self.produced.emit(str(target))
        self.question = tell(
            self.parentWidget(),
            self.tr("Saved outside FamilyCase"),
            self.tr(
                "Saved to {path}.\n\nThis file has left the encrypted vault. Send it securely "
                "and delete it once it has been sent."
            ).format(path=target),
        )
        self.accept()

    # --- state -------------------------------------------------------------------------------
    def _ready(self) -> bool:
        return self.prepared is not None and (
            self.acknowledge.isHidden() or self.acknowledge.isChecked()
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        self.check_button.setEnabled(not self._busy)
        self.save_button.setEnabled(not self._busy and self._ready())

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, Locked):
            show_text(self.problem, error_text(error))

    def done(self, result: int) -> None:
        close_if_alive(self.file_dialog)
        super().done(result)


def write_with(call: Any, *args: Any) -> ServiceCall:
    """A service call that writes an output and returns where (for ``write_call``)."""
    return partial(call, *args)
