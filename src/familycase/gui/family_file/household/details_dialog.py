"""Edit the family's own details: name, address, language."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from familycase.domain import identifiers
from familycase.domain.errors import validated
from familycase.domain.family import FamilyDetails
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import FormBuilder, check_on_edit
from familycase.gui.common.widgets import fit_to_screen
from familycase.services import families
from familycase.services.vault import UserSession


def add_family_fields(owner: QWidget, b: FormBuilder) -> dict[str, QWidget]:
    """The family's fields (shared with "New family"); keys name the widgets."""
    tr = owner.tr
    fields: dict[str, QWidget] = {}
    fields["name"] = b.add(tr("Family &name"), QLineEdit(), "Family name")
    fields["name"].setPlaceholderText(tr("e.g. Brambleford family"))
    fields["line1"] = b.add(tr("&Address"), QLineEdit(), "Address")
    fields["line2"] = b.add(tr("Address line &2"), QLineEdit(), "Address line 2")
    fields["town"] = b.add(tr("&Town"), QLineEdit(), "Town")
    fields["postcode"] = b.add(tr("Post&code"), QLineEdit(), "Postcode")
    fields["language"] = b.add(tr("Main &language at home"), QLineEdit("English"))
    fields["interpreter"] = b.add_check(
        tr("&Interpreter needed"), QCheckBox(), "Interpreter needed"
    )
    check_on_edit(fields["postcode"], b.errors, "Postcode", identifiers.normalise_postcode)
    return fields


def family_details_data(fields: dict[str, QWidget], notes: str = "") -> dict[str, object]:
    text = {key: w.text() for key, w in fields.items() if isinstance(w, QLineEdit)}
    address = None
    if any(text[k].strip() for k in ("line1", "line2", "town", "postcode")):
        lines = [text["line1"]] + ([text["line2"]] if text["line2"].strip() else [])
        address = {"lines": lines, "town": text["town"], "postcode": text["postcode"]}
    interpreter = fields["interpreter"]
    assert isinstance(interpreter, QCheckBox)
    return {
        "family_name": text["name"],
        "address": address,
        "main_language": text["language"],
        "interpreter_needed": interpreter.isChecked(),
        "notes": notes,
    }


def fill_family_fields(fields: dict[str, QWidget], details: FamilyDetails) -> None:
    def set_text(key: str, value: str) -> None:
        widget = fields[key]
        assert isinstance(widget, QLineEdit)
        widget.setText(value)

    set_text("name", details.family_name)
    if details.address is not None:
        set_text("line1", details.address.lines[0])
        set_text("line2", ", ".join(details.address.lines[1:]))
        set_text("town", details.address.town)
        set_text("postcode", details.address.postcode)
    set_text("language", details.main_language)
    interpreter = fields["interpreter"]
    assert isinstance(interpreter, QCheckBox)
    interpreter.setChecked(details.interpreter_needed)


class FamilyDetailsDialog(EditorDialog):
    def __init__(
        self,
        session: UserSession,
        family_id: str,
        details: FamilyDetails,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Family details"), parent)
        self.setObjectName("familyDetailsDialog")
        self._session = session
        self._family_id = family_id
        self.fields = add_family_fields(self, self.builder)
        self.notes = self.builder.add(self.tr("N&otes"), QPlainTextEdit(), "Notes")
        self.notes.setTabChangesFocus(True)
        fill_family_fields(self.fields, details)
        self.notes.setPlainText(details.notes)
        fit_to_screen(self, 600, 520)
        self.finish_building()

    def details(self) -> FamilyDetails:
        return validated(FamilyDetails, family_details_data(self.fields, self.notes.toPlainText()))

    def build_call(self) -> ServiceCall:
        details = self.details()
        session, family_id = self._session, self._family_id
        return lambda: families.save_details(session, family_id, details)
