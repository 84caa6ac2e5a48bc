"""An unexpected error in the desktop app reports no personal data on stderr."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QMessageBox

from familycase.gui.common import crash


def test_unexpected_errors_are_reported_without_their_message(qtbot, capsys, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[1]))
    monkeypatch.delenv("FAMILYCASE_DEBUG", raising=False)
    try:
        raise ValueError("Date of birth for Zandragor Qwibblethorpe is wrong")
    except ValueError as error:
        crash.report(type(error), error, error.__traceback__)
    err = capsys.readouterr().err
    assert "ValueError" in err and "test_gui_crash.py" in err
    assert "Zandragor" not in err and "Qwibblethorpe" not in err
    assert shown == ["Something went wrong"]


def test_debug_mode_shows_the_whole_traceback(qtbot, capsys, monkeypatch):
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: None)
    monkeypatch.setenv("FAMILYCASE_DEBUG", "1")
    try:
        raise ValueError("detail for developers")
    except ValueError as error:
        crash.report(type(error), error, error.__traceback__)
    assert "detail for developers" in capsys.readouterr().err
