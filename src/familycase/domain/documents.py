"""Documents attached to a family file: letters, reports, photos of a signed form.

The content is encrypted with the family's key like every record; what a list needs (name,
type, size, what it is attached to) is encrypted too. Only document types people read are
accepted (no programs or scripts: a copy saved from FamilyCase and double-clicked must not run
anything), and each is at most ``MAX_DOCUMENT_BYTES``.
"""

from __future__ import annotations

from pathlib import PurePath

from pydantic import Field, field_validator

from familycase.domain.family import Record
from familycase.domain.types import Name, ShortText

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

# Extension -> media type: the document types FamilyCase keeps.
DOCUMENT_TYPES = {
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".rtf": "application/rtf",
    ".txt": "text/plain",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".csv": "text/csv",
    ".eml": "message/rfc822",
    ".msg": "application/vnd.ms-outlook",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".heic": "image/heic",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
}
TYPE_WORDS = {
    "application/pdf": "PDF document",
    "application/msword": "Word document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document",
    "application/vnd.oasis.opendocument.text": "Text document",
    "application/rtf": "Text document",
    "text/plain": "Plain text",
    "application/vnd.ms-excel": "Spreadsheet",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Spreadsheet",
    "application/vnd.oasis.opendocument.spreadsheet": "Spreadsheet",
    "text/csv": "Spreadsheet (CSV)",
    "message/rfc822": "Email",
    "application/vnd.ms-outlook": "Email",
    "image/jpeg": "Photo or scan",
    "image/png": "Picture",
    "image/gif": "Picture",
    "image/heic": "Photo",
    "image/tiff": "Scan",
}


def media_type_of(filename: str) -> str | None:
    """The media type for a file name, or None if FamilyCase does not keep that type."""
    return DOCUMENT_TYPES.get(PurePath(filename).suffix.lower())


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class DocumentInfo(Record):
    """Everything about an attached document except its content (all encrypted)."""

    filename: Name = Field(title="File name")
    media_type: ShortText = Field(title="Type")
    size_bytes: int = Field(ge=0, le=MAX_DOCUMENT_BYTES, title="Size")
    description: ShortText = Field(default="", title="What it is")
    member_id: str | None = Field(default=None, title="About")
    contact_note_id: str | None = Field(default=None, title="Contact note")
    added_by: ShortText = Field(default="", title="Added by")
    added_by_id: str = ""

    @field_validator("filename")
    @classmethod
    def _plain_name(cls, value: str) -> str:
        name = PurePath(value.replace("\\", "/")).name
        if not name or name in {".", ".."}:
            raise ValueError("needs a file name.")
        return name

    @property
    def type_text(self) -> str:
        return TYPE_WORDS.get(self.media_type, self.media_type)
