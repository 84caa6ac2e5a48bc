"""The caseload: the families listed in the main window, their table model and filters."""
