"""The feedback letter to the referrer: checked with the consent gate for the referrer's agency
and the purpose "telling the referrer the outcome", shown as it will read, then saved as a PDF
(the registered output ``referral_letter``). The day it is sent is recorded separately."""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from familycase.gui.common.editor import ServiceCall
from familycase.gui.common.output_dialog import OutputDialog, write_with
from familycase.reports.referral_letter_pdf import write_letter
from familycase.services import referrals
from familycase.services.referrals import FeedbackLetter
from familycase.services.timeline import recipient_text
from familycase.services.vault import UserSession


class LetterDialog(OutputDialog):
    def __init__(
        self, session: UserSession, family_id: str, reference: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Feedback letter to the referrer"),
            self.tr(
                "Tells the referrer what was decided. The family's name and the decision go in "
                "only if the family agreed to the referrer being told; otherwise the letter "
                "says a decision was made and that the outcome cannot be shared."
            ),
            f"referral-feedback-{reference}.pdf",
            parent,
        )
        self.setObjectName("letterDialog")
        self.session = session
        self.family_id = family_id

    def prepare_call(self) -> ServiceCall:
        return partial(referrals.prepare_letter, self.session, self.family_id)

    def describe(self, prepared: Any) -> tuple[str, int]:
        assert isinstance(prepared, FeedbackLetter)
        esc = html.escape
        withheld = sum(1 for d in prepared.decisions if not d.allowed)
        state = (
            self.tr(
                "The outcome is withheld: the family has not agreed to the referrer being told."
            )
            if prepared.outcome_withheld
            else self.tr("The family agreed to the referrer being told the outcome.")
        )
        parts = [
            f"<p><b>{esc(state)}</b></p>",
            "<hr>",
            f"<p>{esc(recipient_text(prepared.recipient))}</p>",
            f"<p><b>{esc(prepared.subject)}</b></p>",
            f"<p>{esc(prepared.salutation)}</p>",
            *(f"<p>{esc(text)}</p>" for text in prepared.paragraphs),
            f"<p>{esc(prepared.closing)}<br><br>{esc(prepared.written_by)}</p>",
        ]
        return "".join(parts), withheld

    def write_call(self, prepared: Any, target: Path) -> ServiceCall:
        return write_with(write_letter, self.session, prepared, target)
