"""PySide6 desktop app: windows, dialogs and Qt item models over the services.

Only gui/ imports Qt; every action calls the services layer.
"""
