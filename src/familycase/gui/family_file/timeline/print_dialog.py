"""Print the chronology (as filtered on screen) to a PDF for an agency, through the consent
gate: the registered output ``chronology_pdf``."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from familycase.domain.enums import AgencyType
from familycase.gui.common import words
from familycase.gui.common.editor import ServiceCall
from familycase.gui.common.output_dialog import OutputDialog, write_with
from familycase.reports.chronology_pdf import write_chronology
from familycase.services import timeline
from familycase.services.timeline import ChronologyFilter, ChronologyPrint
from familycase.services.vault import UserSession


class ChronologyPrintDialog(OutputDialog):
    def __init__(
        self,
        session: UserSession,
        family_id: str,
        wanted: ChronologyFilter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Print the chronology"),
            self.tr(
                "The chronology as it is filtered on screen, for one agency. Each event is "
                "printed only if the family agreed to share that kind of information with the "
                "agency (or a recorded decision allows it); the rest are counted as withheld."
            ),
            "chronology.pdf",
            parent,
        )
        self.setObjectName("chronologyPrintDialog")
        self.session = session
        self.family_id = family_id
        self.wanted = wanted
        self.add_recipient_fields(
            AgencyType.SOCIAL_CARE, self.tr("e.g. Demoford Children's Services")
        )

    def prepare_call(self) -> ServiceCall:
        recipient, purpose = self.recipient(), self.chosen_purpose()
        session, family_id = self.session, self.family_id
        wanted = self.wanted
        return lambda: timeline.prepare_print(session, family_id, recipient, purpose, wanted)

    def describe(self, prepared: Any) -> tuple[str, int]:
        assert isinstance(prepared, ChronologyPrint)
        esc = html.escape
        parts = [
            "<p><b>"
            + esc(
                self.tr("{shown} events will be printed; {withheld} withheld.").format(
                    shown=len(prepared.shown), withheld=prepared.withheld
                )
            )
            + "</b></p>"
        ]
        if prepared.withheld:
            parts.append(
                "<p>"
                + esc(
                    self.tr(
                        "Withheld events are counted in a WITHHELD notice on the first page, "
                        "never left out silently. Every decision goes to the share log when "
                        "the PDF is saved."
                    )
                )
                + "</p>"
            )
        parts.append("<ul>")
        parts += [
            f"<li>{words.date_text(e.on)} \N{EN DASH} {esc(e.title)}</li>"
            for e in prepared.shown[:40]
        ]
        parts.append("</ul>")
        if len(prepared.shown) > 40:
            parts.append(
                "<p>" + esc(self.tr("…and {n} more.").format(n=len(prepared.shown) - 40)) + "</p>"
            )
        return "".join(parts), prepared.withheld

    def write_call(self, prepared: Any, target: Path) -> ServiceCall:
        return write_with(write_chronology, self.session, prepared, target)
