"""Keep a document in the family file: what it is, and whom or which contact it is about.
The file is read on the service thread and kept encrypted; nothing is written to disk."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from familycase.domain.documents import MAX_DOCUMENT_BYTES, media_type_of, size_text
from familycase.domain.errors import DomainValidationError, FieldProblem
from familycase.domain.family import Member
from familycase.domain.work import ContactNote
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import combo_value
from familycase.services import documents
from familycase.services.vault import UserSession


class AddDocumentDialog(EditorDialog):
    def __init__(
        self,
        session: UserSession,
        family_id: str,
        path: Path,
        members: Sequence[Member],
        notes: Sequence[ContactNote],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Keep a document in the family file"), parent)
        self.setObjectName("addDocumentDialog")
        self._session = session
        self._family_id = family_id
        self._path = path
        try:
            size = path.stat().st_size
        except OSError:
            size = -1
        kind = media_type_of(path.name)
        self.set_intro(
            self.tr(
                "The document is kept encrypted with the family's key, like everything in the "
                "file. It can be at most {limit}."
            ).format(limit=size_text(MAX_DOCUMENT_BYTES))
        )
        b = self.builder
        self.file = QLabel(
            self.tr("{name} ({size})").format(name=path.name, size=size_text(max(size, 0)))
        )
        self.file.setWordWrap(True)
        b.form.addRow(self.tr("File"), self.file)
        self.description = b.add(self.tr("&What it is"), QLineEdit(), "What it is")
        self.description.setPlaceholderText(self.tr("e.g. letter from school about attendance"))
        self.about = QComboBox()
        self.about.addItem(self.tr("The whole family"), None)
        for member in members:
            self.about.addItem(member.full_name, ("member", member.id))
        for note in notes[:30]:
            self.about.addItem(
                self.tr("Contact on {date}: {kind}").format(
                    date=words.date_text(note.occurred_on), kind=words.contact_kind_text(note.kind)
                ),
                ("note", note.id),
            )
        b.add(self.tr("&About"), self.about, "About")
        problem = ""
        if kind is None:
            problem = self.tr(
                "FamilyCase keeps documents, photos and scans, not this kind of file."
            )
        elif size > MAX_DOCUMENT_BYTES:
            problem = self.tr("This file is larger than {limit}.").format(
                limit=size_text(MAX_DOCUMENT_BYTES)
            )
        elif size < 0:
            problem = self.tr("This file cannot be read.")
        self._problem = problem
        if problem:
            self.errors.show_general(problem)
        self.save_button.setText(self.tr("&Keep it"))
        self.resize(600, 360)
        self.description.setFocus()
        self.finish_building()

    def build_call(self) -> ServiceCall:
        if self._problem:
            raise DomainValidationError([FieldProblem("File", self._problem)])
        about = combo_value(self.about)
        member_id = about[1] if about and about[0] == "member" else None
        note_id = about[1] if about and about[0] == "note" else None
        session, family_id, path = self._session, self._family_id, self._path
        description = self.description.text()
        return lambda: documents.attach(
            session, family_id, path.name, path.read_bytes(), description, member_id, note_id
        )
