"""Which store a test module runs on. Service-level tests run on both a file vault and a team
server (conftest.backend); a module about one kind of store imports this to run on files only:

    from backends import file_vault_only  # noqa: F401  (the desktop app, the vault folder...)
"""

from __future__ import annotations

import pytest


@pytest.fixture(name="backend")
def file_vault_only() -> str:
    return "sqlite"


# One test about the vault folder itself (its files on disk): on a file vault only.
file_only = pytest.mark.parametrize("backend", ["sqlite"])
