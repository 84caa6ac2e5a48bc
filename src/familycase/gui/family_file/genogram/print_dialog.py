"""Print the family tree to a PDF for an agency, through the consent gate: the registered
output ``genogram_pdf``. People whose details the family has not agreed to share with that
agency are drawn as "Withheld" and counted."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from familycase.domain.enums import AgencyType
from familycase.domain.genogram import Shape
from familycase.gui.common.editor import ServiceCall
from familycase.gui.common.output_dialog import OutputDialog, write_with
from familycase.reports.genogram_pdf import write_genogram
from familycase.services import genogram
from familycase.services.genogram import GenogramPrint
from familycase.services.vault import UserSession


class GenogramPrintDialog(OutputDialog):
    def __init__(self, session: UserSession, family_id: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Print the family tree"),
            self.tr(
                "The family tree for one agency. Each person is named only if the family "
                "agreed to share their details with that agency (or a recorded decision allows "
                "it); the rest are drawn as Withheld and counted."
            ),
            "family-tree.pdf",
            parent,
        )
        self.setObjectName("genogramPrintDialog")
        self.session = session
        self.family_id = family_id
        self.add_recipient_fields(AgencyType.SCHOOL, self.tr("e.g. Demoford Primary School"))

    def prepare_call(self) -> ServiceCall:
        recipient, purpose = self.recipient(), self.chosen_purpose()
        session, family_id = self.session, self.family_id
        return lambda: genogram.prepare_print(session, family_id, recipient, purpose)

    def describe(self, prepared: Any) -> tuple[str, int]:
        assert isinstance(prepared, GenogramPrint)
        esc = html.escape
        people = prepared.genogram.people
        named = [p for p in people if p.shape is not Shape.WITHHELD]
        parts = [
            "<p><b>"
            + esc(
                self.tr("{named} people will be named; {withheld} drawn as Withheld.").format(
                    named=len(named), withheld=prepared.withheld
                )
            )
            + "</b></p><ul>"
        ]
        parts += [f"<li>{esc(' '.join(p.label[:2]))}</li>" for p in named]
        parts.append("</ul>")
        if prepared.withheld:
            parts.append(
                "<p>"
                + esc(
                    self.tr(
                        "Withheld people keep their place in the tree as grey boxes, so its "
                        "shape is right, with a WITHHELD notice; their names, ages and "
                        "genders are not printed. Every decision goes to the share log when "
                        "the PDF is saved."
                    )
                )
                + "</p>"
            )
        return "".join(parts), prepared.withheld

    def write_call(self, prepared: Any, target: Path) -> ServiceCall:
        return write_with(write_genogram, self.session, prepared, target)
