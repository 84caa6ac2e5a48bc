"""Translation hook for text produced below the GUI layer.

The domain and services must not import Qt, but their messages reach users. They wrap
user-visible text in ``tr("context", "text")``; the GUI installs Qt's translator at start-up
(QCoreApplication.translate), so the same catalogues serve every layer. Without Qt (CLI, tests)
text passes through unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str, str], str] = lambda _context, text: text  # noqa: E731


def install_translator(translate: Callable[[str, str], str]) -> None:
    global _translate
    _translate = translate


def tr(context: str, text: str) -> str:
    return _translate(context, text)
