"""The shared base of the desktop app: background tasks, editor and form plumbing, menu actions
as data, what places ask of their window, long-task dialogs, small widgets, the plain words
shown, the style sheet, .ui files, unsaved work, lazy tabs and crash reports."""
