"""The family file window, with one sub-package per tab holding that tab and its dialogs."""
