"""Qt Designer forms, the style sheet and icons: package data, read with importlib.resources."""
