"""A team leader sends a complete assessment back to draft, saying why."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.widgets import fit_to_screen
from familycase.services import assessments
from familycase.services.vault import UserSession


class ReturnToDraftDialog(EditorDialog):
    """A team leader sends a complete assessment back, saying why."""

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        assessment_id: str,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Return to draft"), parent)
        self.setObjectName("returnToDraftDialog")
        self._session = session
        self._family_id = family_id
        self._assessment_id = assessment_id
        self._title = title
        self.set_intro(
            self.tr(
                "“{form}” goes back to the worker as a draft. Say what needs more work."
            ).format(form=title)
        )
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.builder.add(self.tr("&Why"), self.reason, "Reason")
        self.save_button.setText(self.tr("&Return to draft"))
        fit_to_screen(self, 520, 320)
        self.finish_building()

    def description(self) -> str:
        return self.tr("Returning “{form}” to draft").format(form=self._title)

    def build_call(self) -> ServiceCall:
        session, family_id, assessment_id = self._session, self._family_id, self._assessment_id
        reason = self.reason.toPlainText()
        return lambda: assessments.return_to_draft(session, family_id, assessment_id, reason)
