"""The strip under a family file's header that says where the family is: checked out to a
laptop (on the team store nobody can change it meanwhile), on this laptop (on a replica), and
how many conflicting versions from a laptop wait to be resolved, with the button to them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from familycase.gui.common.long_task import notice_label
from familycase.services.checkouts import CheckoutInfo


class ReplicaStrip(QWidget):
    def __init__(self, open_conflicts: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replicaStrip")
        self.text = notice_label(self.tr("Where this family is"))
        self.conflicts_button = QPushButton(self.tr("Conflictin&g versions…"))
        self.conflicts_button.setObjectName("conflictsButton")
        self.conflicts_button.setAutoDefault(False)
        self.conflicts_button.clicked.connect(open_conflicts)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.conflicts_button)
        self.hide()

    def show_state(self, away: CheckoutInfo | None, on_replica: bool, conflicts: int) -> None:
        lines = []
        if away is not None and away.in_force:
            if on_replica:
                lines.append(
                    self.tr(
                        "On this laptop since {since}. Bring it back (File > Bring my families "
                        "back…) when you are on the network."
                    ).format(since=f"{away.since:%d/%m/%Y %H:%M}")
                )
            else:
                lines.append(
                    self.tr(
                        "Checked out to {where}. Nobody can change it here until it is brought "
                        "back, or a team leader recalls it."
                    ).format(where=away.label())
                )
        if conflicts:
            lines.append(
                self.tr("A conflicting version from a laptop waits for you to choose.")
                if conflicts == 1
                else self.tr(
                    "{n} conflicting versions from a laptop wait for you to choose."
                ).format(n=conflicts)
            )
        self.text.setText("\n".join(lines))
        self.conflicts_button.setVisible(bool(conflicts))
        self.setVisible(bool(lines))
