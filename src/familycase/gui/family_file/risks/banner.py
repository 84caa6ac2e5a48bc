"""The banner under the family file's header: every current risk and alert flag, read first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from familycase.domain.risk import RiskFlag
from familycase.gui.common import words


class AlertBanner(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("alertBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Current risk and alert flags"))
        self.hide()

    def show_flags(self, flags: Sequence[RiskFlag], names: Mapping[str, str]) -> None:
        """Statutory plans first; each with whom it is about and since when."""
        if not flags:
            self.clear()
            self.hide()
            return
        ordered = sorted(flags, key=lambda f: not f.kind.statutory)
        parts = []
        for flag in ordered:
            about = ", ".join(names.get(m, "?") for m in flag.member_ids) or self.tr("whole family")
            parts.append(
                self.tr("{kind} ({about}, since {date})").format(
                    kind=words.risk_flag_title(flag),
                    about=about,
                    date=words.date_text(flag.started_on),
                )
            )
        self.setText("\N{BLACK FLAG} " + " \N{MIDDLE DOT} ".join(parts))
        self.show()
