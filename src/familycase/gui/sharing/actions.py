"""The main window's sharing actions: panel summaries for the families chosen in the list,
exporting this worker's summaries as a bundle for the team, importing bundles (team leaders and
managers). Wired into the menus by ``gui/menus.py``."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from familycase.gui.common.actions import WindowActions
from familycase.gui.common.context import MainContext
from familycase.gui.common.widgets import close_if_alive
from familycase.gui.sharing.panel_dialog import PanelDialog
from familycase.services.errors import FamilyCaseError, Locked
from familycase.services.exchange import BUNDLE_SUFFIX, export_summaries
from familycase.services.sync import import_bundle


class SharingActions(WindowActions):
    def __init__(self, window: MainContext) -> None:
        super().__init__(window)
        self.panel_dialog: PanelDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.last_bundle: Path | None = None
        self.import_results: list[tuple[str, bool, str]] = []

    # --- panel summaries ------------------------------------------------------------------------
    def print_panel_summaries(self) -> None:
        rows = self.window.selected_rows()
        if not rows:
            self.window.inform(
                self.tr("Print panel summaries"),
                self.tr("Choose one or more families in the list first (Ctrl+click for more)."),
            )
            return
        dialog = PanelDialog(self.window.session, rows, self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "panel_dialog", None))
        self.panel_dialog = dialog
        dialog.open()

    # --- summary bundles ------------------------------------------------------------------------
    def _choose_files(
        self, title: str, mode: QFileDialog.FileMode, on_chosen: Callable[..., None]
    ) -> QFileDialog:
        dialog = QFileDialog(self.widget, title)
        dialog.setFileMode(mode)
        if mode is QFileDialog.FileMode.Directory:
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(on_chosen)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export_summaries(self) -> None:
        self._choose_files(
            self.tr("Folder to put the summary bundle in"),
            QFileDialog.FileMode.Directory,
            lambda paths: paths and self.export_summaries_to(paths[0]),
        )

    def export_summaries_to(self, folder: str) -> None:
        self.run(
            partial(export_summaries, self.window.session, Path(folder)),
            self._exported,
            self.tr("Could not export the summaries"),
        )

    def _exported(self, path: Path) -> None:
        self.last_bundle = path
        self.window.inform(
            self.tr("Summaries exported"),
            self.tr(
                "Saved {file}.\n\nIt is encrypted for your team leader and manager and signed "
                "by you: only they can open it. Copy it to the team's shared folder."
            ).format(file=path),
        )

    def import_bundles(self) -> None:
        dialog = self._choose_files(
            self.tr("Choose summary bundles to import"),
            QFileDialog.FileMode.ExistingFiles,
            self.import_bundles_from,
        )
        dialog.setNameFilters(
            [
                self.tr("Summary bundles (*{suffix})").format(suffix=BUNDLE_SUFFIX),
                self.tr("Any file (*)"),
            ]
        )

    def import_bundles_from(self, paths: list[str]) -> None:
        session = self.window.session

        def import_all() -> list[tuple[str, bool, str]]:
            results = []
            for path in paths:
                try:
                    results.append(
                        (Path(path).name, True, import_bundle(session, Path(path)).describe())
                    )
                except FamilyCaseError as exc:
                    if isinstance(exc, Locked):
                        raise
                    results.append((Path(path).name, False, str(exc)))
            return results

        self.run(import_all, self._imported, self.tr("Could not import the bundles"))

    def _imported(self, results: list[tuple[str, bool, str]]) -> None:
        self.import_results = results
        lines = [
            (self.tr("Imported: {text}") if ok else self.tr("Not imported: {text}")).format(
                text=text
            )
            for _name, ok, text in results
        ]
        self.window.inform(
            self.tr("Summary bundles"), "\n\n".join(lines) or self.tr("No files chosen.")
        )
        self.window.refresh_team_overview()

    # --- locking --------------------------------------------------------------------------------
    def discard(self) -> None:
        close_if_alive(self.panel_dialog)
        close_if_alive(self.file_dialog)
