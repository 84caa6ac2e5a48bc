"""PySide6 desktop app: windows, dialogs and Qt item models over the services.

Only gui/ imports Qt; every action calls the services layer. One sub-package per place a user
works (caseload/, family_file/, team/, sharing/, costs/, admin/, session/) over common/;
app.py starts it, main_window.py composes the places and menus.py is its one table of menu
actions (docs/architecture.md, "Desktop app").
"""
