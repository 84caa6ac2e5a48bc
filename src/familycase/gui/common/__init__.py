"""The shared base of the desktop app: background tasks, editor and form plumbing, small
widgets, the plain words shown, the style sheet, .ui files, unsaved work, crash reports."""
