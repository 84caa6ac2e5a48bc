"""Administration: workers, retention and destruction, the audit log viewer, preferences and
changing my password (with the main window's menu actions for them)."""
