"""The Family tree section: a genogram of the household and wider family, drawn from the
people and relationships in the Household section (nothing more is read: it is the file view
already open), with a key to its symbols, a size, and printing for an agency through the
consent gate (``print_dialog.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.genogram import Genogram, LinkKind, drawing, layout
from familycase.gui.common import words
from familycase.gui.common.context import FamilyContext
from familycase.gui.common.widgets import button, close_if_alive
from familycase.gui.family_file.genogram.painting import TreeWidget
from familycase.gui.family_file.genogram.print_dialog import GenogramPrintDialog

SIZES = (0.75, 1.0, 1.25, 1.5)


class FamilyTreeTab(QWidget):
    def __init__(self, context: FamilyContext) -> None:
        super().__init__()
        self.setObjectName("familyTreeTab")
        self.context = context
        self.genogram: Genogram | None = None
        self.dialog: GenogramPrintDialog | None = None

        intro = QLabel(
            self.tr(
                "Drawn from the people and relationships recorded under Household. Add a "
                "relationship there (parent, partner, ex-partner...) to join people up."
            )
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.empty = QLabel(self.tr("Nobody is recorded in this family file yet."))
        self.empty.hide()
        self.tree = TreeWidget()
        self.tree.setAccessibleName(self.tr("Family tree"))
        self.scroll = QScrollArea()
        self.scroll.setObjectName("familyTreeScroll")
        self.scroll.setWidget(self.tree)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys scroll it
        self.scroll.setAccessibleName(self.tr("Family tree"))
        self.size_choice = QComboBox()
        for scale in SIZES:
            self.size_choice.addItem(f"{round(scale * 100)}%", scale)
        self.size_choice.setCurrentIndex(SIZES.index(1.0))
        self.size_choice.currentIndexChanged.connect(self._resize)
        size_label = QLabel(self.tr("Si&ze"))
        size_label.setBuddy(self.size_choice)
        self.size_choice.setAccessibleName(self.tr("Size of the family tree"))
        self.print_button = button(self.tr("&Print the family tree…"), self._print)
        self.print_button.setToolTip(
            self.tr("A PDF for one agency: only the people the family agreed to share are named")
        )
        QShortcut(QKeySequence.StandardKey.ZoomIn, self).activated.connect(lambda: self._step(1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self).activated.connect(lambda: self._step(-1))

        controls = QHBoxLayout()
        controls.addWidget(size_label)
        controls.addWidget(self.size_choice)
        controls.addStretch(1)
        controls.addWidget(self.print_button)
        layout_ = QVBoxLayout(self)
        layout_.setContentsMargins(4, 12, 12, 4)
        layout_.setSpacing(8)
        layout_.addWidget(intro)
        layout_.addLayout(controls)
        layout_.addWidget(self.empty)
        layout_.addWidget(self.scroll, 1)

    def show_data(self, data: object) -> None:
        view = data.view  # type: ignore[attr-defined]
        members, relationships = view.file.members, view.file.relationships
        self.empty.setVisible(not members)
        self.scroll.setVisible(bool(members))
        self.print_button.setEnabled(bool(members))
        self.genogram = layout(members, relationships)
        self.tree.set_picture(drawing(self.genogram))
        self.tree.setAccessibleDescription(self.describe(data))

    def describe(self, data: object) -> str:
        """The tree in words, for screen readers (the drawing is not the only way to read it)."""
        view = data.view  # type: ignore[attr-defined]
        names = {m.id: m.full_name for m in view.file.members}
        sentences = [
            self.tr("{name} {relationship} {other}.").format(
                name=names[r.from_member_id],
                relationship=words.relationship_text(r.kind).lower(),
                other=names[r.to_member_id],
            )
            for r in view.file.relationships
            if r.from_member_id in names and r.to_member_id in names
        ]
        died = [m.full_name for m in view.file.members if m.deceased]
        if died:
            sentences.append(self.tr("Has died: {names}.").format(names=", ".join(died)))
        return " ".join(sentences) or self.tr("No relationships are recorded.")

    def links(self, kind: LinkKind) -> int:
        found = self.genogram.links if self.genogram else []
        return sum(1 for link in found if link.kind is kind)

    def _resize(self) -> None:
        self.tree.set_scale(float(self.size_choice.currentData()))

    def _step(self, by: int) -> None:
        index = min(max(self.size_choice.currentIndex() + by, 0), len(SIZES) - 1)
        self.size_choice.setCurrentIndex(index)

    def _print(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        self.dialog = GenogramPrintDialog(
            self.context.session, self.context.family_id, self.window()
        )
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.produced.connect(lambda _path: self.context.after_change())
        self.dialog.open()

    def clear(self) -> None:
        close_if_alive(self.dialog)
        self.dialog = None
        self.genogram = None
        self.tree.set_picture(drawing(layout([], [])))
