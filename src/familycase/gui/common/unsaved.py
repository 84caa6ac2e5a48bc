"""Asking Save / Discard / Cancel before closing or locking with unsaved edits, and saving a
batch of pending edits in order on the service thread."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from familycase.gui.common.editor import PendingSave, error_text
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import tell


def _tr(text: str) -> str:
    return QCoreApplication.translate("Unsaved", text)


def describe(pending: Sequence[PendingSave]) -> str:
    """An HTML list of the unsaved items, with the reasons any of them cannot be saved."""
    items = []
    for item in pending:
        text = html.escape(item.description)
        if not item.can_save:
            reasons = "<br>".join(html.escape(p) for p in item.problems)
            text += f"<br><span style='color:#a4161a'>{reasons}</span>"
        items.append(f"<li>{text}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def save_all(
    owner: QObject,
    pending: Sequence[PendingSave],
    on_all_saved: Callable[[], None],
    on_failed: Callable[[PendingSave, BaseException], None],
) -> None:
    """Queue every savable item's call (they run one after another on the service thread)."""
    savable = [item for item in pending if item.call is not None]
    left = [len(savable)]
    if not savable:
        on_all_saved()
        return

    def saved(item: PendingSave, _result: object) -> None:
        if item.on_saved is not None:
            item.on_saved()
        left[0] -= 1
        if left[0] == 0:
            on_all_saved()

    def failed(item: PendingSave, error: BaseException) -> None:
        left[0] = -1  # never reports all saved
        on_failed(item, error)

    for item in savable:
        assert item.call is not None
        run_in_background(
            item.call,
            owner,
            lambda result, item=item: saved(item, result),
            lambda error, item=item: failed(item, error),
        )


def ask_about_unsaved(
    parent: QWidget,
    pending: Sequence[PendingSave],
    action: str,
    on_done: Callable[[], None],
    proceed_text: str | None = None,
) -> QMessageBox:
    """Save / Discard / Cancel. ``on_done`` runs after a successful save or a discard; it is
    not called on Cancel, or when something cannot be saved as it is (that is then shown)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(action)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        _tr("<p>These changes have not been saved:</p>{items}").format(items=describe(pending))
    )
    save = box.addButton(_tr("&Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(
        proceed_text or _tr("&Discard changes"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    parent.setProperty("unsavedQuestionOpen", True)

    def answered() -> None:
        parent.setProperty("unsavedQuestionOpen", False)
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is discard:
            on_done()
        elif clicked is save:
            if all(item.can_save for item in pending):
                save_all(
                    parent, pending, on_done, lambda item, error: _save_failed(parent, item, error)
                )
            else:
                _cannot_save(parent, pending)

    box.finished.connect(answered)
    box.open()
    return box


def _cannot_save(parent: QWidget, pending: Sequence[PendingSave]) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Not saved"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        _tr(
            "<p>Nothing was saved, because some of it cannot be saved as it is:</p>{items}"
            "<p>Put these right, or choose Discard.</p>"
        ).format(items=describe([item for item in pending if not item.can_save]))
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def _save_failed(parent: QWidget, item: PendingSave, error: BaseException) -> None:
    tell(
        parent,
        _tr("Not saved"),
        _tr("“{what}” could not be saved: {problem}").format(
            what=item.description, problem=error_text(error)
        ),
        QMessageBox.Icon.Warning,
    )
