"""The Documents tab: documents kept encrypted in the family file (on the family, a person or
a contact note). "Save a copy" is the one way a document leaves the vault: after a warning, it
is written owner-only and recorded as an export (``services.documents.save_copy``)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout

from familycase.domain.documents import size_text
from familycase.gui.common import words
from familycase.gui.common.context import FamilyContext
from familycase.gui.common.editor import ServiceCall
from familycase.gui.common.lazy_tab import LoadsWhenShown
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import (
    button,
    button_row,
    close_if_alive,
    empty_note,
    fill_table,
    heading,
    record_table,
    selected_record,
    tell,
)
from familycase.gui.family_file.documents.add_dialog import AddDocumentDialog
from familycase.services import documents
from familycase.services.documents import DocumentItem
from familycase.services.errors import Locked


class DocumentsTab(LoadsWhenShown):
    def __init__(self, context: FamilyContext) -> None:
        super().__init__()
        self.setObjectName("documentsTab")
        self.context = context
        self.items: list[DocumentItem] = []
        self.file_dialog: QFileDialog | None = None
        self.question: QMessageBox | None = None
        self.table = record_table(
            [
                self.tr("File"),
                self.tr("Type"),
                self.tr("Size"),
                self.tr("About"),
                self.tr("Added"),
                self.tr("By"),
                self.tr("What it is"),
            ],
            "documents",
            self.tr("Documents"),
        )
        self.table.itemSelectionChanged.connect(self._update)
        self.add = button(self.tr("&Add a document…"), self._add)
        self.save_copy = button(self.tr("&Save a copy…"), self._save_copy)
        self.remove = button(self.tr("Re&move…"), self._remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Documents")))
        layout.addWidget(
            empty_note(
                self.tr(
                    "Letters, reports, photos of a signed form: kept encrypted in the family "
                    "file, never as files on this computer. To read one, save a copy (it then "
                    "leaves the encrypted vault)."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.add, self.save_copy, self.remove))
        self._update()

    # --- loading -----------------------------------------------------------------------------
    def loader(self) -> ServiceCall:
        return partial(documents.documents, self.context.session, self.context.family_id)

    def loaded(self, result: object) -> None:
        self.items = list(result)  # type: ignore[call-overload]
        view = self.context.data.view
        names = {m.id: m.full_name for m in view.file.members}
        notes = {n.id: n for n in view.contacts}

        def about(item: DocumentItem) -> str:
            info = item.info
            if info.member_id:
                return names.get(info.member_id, "?")
            if info.contact_note_id and info.contact_note_id in notes:
                note = notes[info.contact_note_id]
                return self.tr("Contact on {date}").format(date=words.date_text(note.occurred_on))
            return self.tr("The whole family")

        fill_table(
            self.table,
            [
                (
                    item,
                    [
                        item.info.filename,
                        words.document_type_text(item.info.type_text),
                        size_text(item.info.size_bytes),
                        about(item),
                        words.date_text(item.added_at.date()),
                        item.info.added_by,
                        item.info.description,
                    ],
                )
                for item in self.items
            ],
        )
        if self.items and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)
        self._update()

    def load_failed_text(self) -> str:
        return self.tr("Could not list the documents")

    def _update(self) -> None:
        chosen = selected_record(self.table) is not None
        self.save_copy.setEnabled(chosen)
        self.remove.setEnabled(chosen)

    def clear(self) -> None:
        close_if_alive(self.file_dialog)
        close_if_alive(self.question)
        self.items = []
        self.table.setRowCount(0)

    # --- actions -----------------------------------------------------------------------------
    def _file_dialog(self, title: str, save: bool = False) -> QFileDialog:
        dialog = QFileDialog(self.window(), title)
        if save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        return dialog

    def _add(self) -> None:
        dialog = self._file_dialog(self.tr("Choose the document to keep"))
        dialog.setNameFilters(
            [
                self.tr(
                    "Documents, photos and scans (*.pdf *.doc *.docx *.odt *.rtf *.txt *.xls "
                    "*.xlsx *.ods *.csv *.eml *.msg *.jpg *.jpeg *.png *.gif *.heic *.tif *.tiff)"
                ),
            ]
        )
        dialog.fileSelected.connect(self.add_file)
        dialog.open()

    def add_file(self, path: str) -> None:
        view = self.context.data.view
        self.context.open_editor(
            AddDocumentDialog(
                self.context.session,
                self.context.family_id,
                Path(path),
                view.file.members,
                view.contacts,
                self.window(),
            )
        )

    def _save_copy(self) -> None:
        item: DocumentItem | None = selected_record(self.table)
        if item is None:
            return
        self.context.confirm(
            self.tr("Save a copy outside FamilyCase"),
            self.tr(
                "The copy of {file} will leave the encrypted vault: anyone who can open the "
                "folder you choose can read it. Keep it only as long as you need it, and "
                "share it only as your information-sharing rules allow."
            ).format(file=item.info.filename),
            self.tr("Choose where to save"),
            partial(self._choose_target, item),
        )

    def _choose_target(self, item: DocumentItem) -> None:
        dialog = self._file_dialog(self.tr("Save a copy of the document"), save=True)
        dialog.selectFile(item.info.filename)
        dialog.fileSelected.connect(partial(self.save_copy_to, item.id))
        dialog.open()

    def save_copy_to(self, document_id: str, path: str) -> None:
        run_in_background(
            partial(
                documents.save_copy,
                self.context.session,
                self.context.family_id,
                document_id,
                Path(path),
            ),
            self,
            self._written,
            self._failed(self.tr("Could not save the copy")),
        )

    def _written(self, path: Path) -> None:
        self.question = tell(
            self.window(),
            self.tr("Written outside FamilyCase"),
            self.tr("Written (not encrypted), readable only by you:\n{file}").format(file=path),
        )

    def _remove(self) -> None:
        item: DocumentItem | None = selected_record(self.table)
        if item is None:
            return
        session, family_id = self.context.session, self.context.family_id
        self.context.confirm(
            self.tr("Remove a document"),
            self.tr("Remove {file} from this family file? It cannot be brought back.").format(
                file=item.info.filename
            ),
            self.tr("Remove it"),
            lambda: self.context.run_change(
                lambda: documents.remove(session, family_id, item.id),
                self.tr("Could not remove the document"),
            ),
        )

    def _failed(self, what: str):  # noqa: ANN202 - a callback
        def failed(error: BaseException) -> None:
            if not isinstance(error, Locked):
                self.context.show_error(what, error)

        return failed
